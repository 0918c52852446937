-- Data-quality flags in one place: warnings on loaded reports and what was quarantined, per unit and period
-- where known (a file that could not be read belongs to no unit yet).
CREATE OR REPLACE TABLE mart_quality AS
SELECT 'warning' AS kind, q.unit_code, q.period_key, q.source_file, q.code, q.message, q.indicators,
       q.evidence_text, q.evidence_offset, q.evidence_matched, q.evidence_location, q.origin,
       q.arg_names, q.arg_values
FROM stg_quality q
UNION ALL
SELECT 'quarantine' AS kind, z.unit_code, z.period_key, z.source_file, z.code, z.reason AS message,
       CASE WHEN z.indicator IS NULL THEN []::VARCHAR[] ELSE [z.indicator] END AS indicators,
       NULL, NULL, NULL, NULL, 'etl' AS origin, []::VARCHAR[], []::VARCHAR[]
FROM stg_quarantine z
ORDER BY kind, unit_code NULLS FIRST, period_key, source_file, code;
