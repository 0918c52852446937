SELECT indicator, median
FROM mart_indicator_stats
WHERE frame_key = ?
