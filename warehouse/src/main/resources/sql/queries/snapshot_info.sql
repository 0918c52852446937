SELECT snapshot_id, built_at, catalogue_version, units, units_reporting, periods, reports, facts, facts_history,
       warnings, quarantined
FROM snapshot_info
