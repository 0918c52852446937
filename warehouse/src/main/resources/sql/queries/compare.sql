-- The ranking rows of several units (parameter 2: comma-separated 5-digit codes) in one frame (parameter 1).
SELECT unit_code, indicator, value, basis, rank, n, percentile, quartile
FROM mart_rankings
WHERE frame_key = ? AND list_contains(string_split(?, ','), unit_code)
ORDER BY ordinal, unit_code
