-- Every comparison frame with how many units have values in it and how many reported for exactly it.
SELECT period_key, period_start, period_end, label, months, units, units_reporting
FROM mart_frames
ORDER BY period_start, period_end
