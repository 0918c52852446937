-- What this snapshot is: filled from the builder's parameters, read by the dashboard's footer and the CLI.
CREATE OR REPLACE TABLE snapshot_info AS
SELECT CAST(? AS VARCHAR)    AS snapshot_id,
       CAST(? AS TIMESTAMP)  AS built_at,
       CAST(? AS VARCHAR)    AS catalogue_version,
       (SELECT count(*) FROM int_units)                           AS units,
       (SELECT count(DISTINCT unit_code) FROM int_facts)          AS units_reporting,
       (SELECT count(*) FROM int_periods)                         AS periods,
       (SELECT count(*) FROM int_reports WHERE status = 'current') AS reports,
       (SELECT count(*) FROM int_facts)                           AS facts,
       (SELECT count(*) FROM int_facts_history)                   AS facts_history,
       (SELECT count(*) FROM stg_quality)                         AS warnings,
       (SELECT count(*) FROM stg_quarantine)                      AS quarantined;
