-- The unread numbers of one unit's current reports (parameter 1), optionally of one report period (2-3).
SELECT unit_code, period_key, source_file, number, location, sentence, candidates
FROM mart_unread_numbers
WHERE unit_code = ?
  AND (CAST(? AS VARCHAR) IS NULL OR period_key = ?)
ORDER BY period_key, source_file, number_offset
