-- Flags for a unit (parameters 1-2, NULL for all) and a report period (parameters 3-4, NULL for all).
SELECT kind, unit_code, period_key, source_file, code, message, indicators, evidence_text, evidence_location, origin,
       arg_names, arg_values
FROM mart_quality
WHERE (CAST(? AS VARCHAR) IS NULL OR unit_code = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR period_key = ?)
ORDER BY kind DESC, unit_code NULLS FIRST, period_key, source_file, code
