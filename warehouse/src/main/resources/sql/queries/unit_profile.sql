-- One unit (parameters 1 and 5) on every indicator in one frame (parameters 3, 4, 6), with the median of its
-- k nearest peers (parameter 2) in the same frame.
WITH peers AS (
    SELECT peer_code FROM mart_peers WHERE unit_code = ? AND peer_rank <= ?
),
peer_values AS (
    SELECT indicator, median(value) AS peer_median, CAST(count(*) AS INTEGER) AS peers_with_value
    FROM int_values
    WHERE frame_key = ? AND unit_code IN (SELECT peer_code FROM peers)
    GROUP BY indicator
),
city AS (
    SELECT indicator, median AS city_median, n AS city_n FROM mart_indicator_stats WHERE frame_key = ?
),
mine AS (
    SELECT indicator, value, basis, rank, n, percentile, quartile, tied_with, previous_value, trend
    FROM mart_rankings
    WHERE unit_code = ? AND frame_key = ?
)
SELECT i.indicator, i.indicator_group, i.kind, i.unit, i.direction, i.measure, i.name_vi, i.name_en,
       i.definition_vi, i.definition_en, i.formula,
       m.value, m.basis, m.rank, m.n, m.percentile, m.quartile, m.tied_with, m.previous_value, m.trend,
       c.city_median, c.city_n, p.peer_median, coalesce(p.peers_with_value, 0) AS peers_with_value
FROM int_indicators i
LEFT JOIN mine m USING (indicator)
LEFT JOIN city c USING (indicator)
LEFT JOIN peer_values p USING (indicator)
ORDER BY i.ordinal
