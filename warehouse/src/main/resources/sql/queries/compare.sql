-- Several units (parameter 2: comma-separated 5-digit codes) side by side in one frame (parameters 1 and 3): one
-- row per indicator with a value in the frame and the city median, joined to the units' ranking rows (one row per
-- unit with a value; unit_code is null when none of them has one). One statement instead of a cells query and a
-- medians query: each statement is parsed and planned anew per request.
WITH cells AS (
    SELECT indicator, unit_code, value, basis, rank, n, percentile, quartile
    FROM mart_rankings
    WHERE frame_key = ? AND list_contains(string_split(?, ','), unit_code)
)
SELECT s.indicator, s.median, c.unit_code, c.value, c.basis, c.rank, c.n, c.percentile, c.quartile
FROM mart_indicator_stats s
LEFT JOIN cells c USING (indicator)
WHERE s.frame_key = ?
