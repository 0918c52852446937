SELECT median
FROM mart_indicator_stats
WHERE frame_key = ? AND indicator = ?
