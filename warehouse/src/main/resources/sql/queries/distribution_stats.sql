SELECT n, min, p25, median, p75, max, mean, coalesce(stddev, 0) AS stddev
FROM mart_indicator_stats
WHERE frame_key = ? AND indicator = ?
