-- Equal-width bins between min and max; parameters: bin count, frame, indicator, frame, indicator.
WITH stats AS (
    SELECT min, max, CAST(? AS INTEGER) AS bins FROM mart_indicator_stats WHERE frame_key = ? AND indicator = ?
)
SELECT CASE WHEN s.max = s.min THEN 0
            ELSE least(CAST(floor((v.value - s.min) / (s.max - s.min) * s.bins) AS INTEGER), s.bins - 1) END AS bin,
       CAST(count(*) AS INTEGER) AS count
FROM int_values v, stats s
WHERE v.frame_key = ? AND v.indicator = ?
GROUP BY ALL
ORDER BY bin
