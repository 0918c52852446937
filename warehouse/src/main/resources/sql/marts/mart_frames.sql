-- Every comparison frame with how many units have values in it and how many reported for exactly it. Built once
-- per snapshot: the dashboard needs the frames on every request, and counting them over int_values each time was
-- the largest cost of an API request (see BENCHMARKS.md).
CREATE OR REPLACE TABLE mart_frames AS
SELECT p.period_key, p.period_start, p.period_end, p.label, p.months,
       CAST(count(DISTINCT v.unit_code) AS INTEGER) AS units,
       CAST(count(DISTINCT v.unit_code) FILTER (WHERE v.basis = 'reported') AS INTEGER) AS units_reporting
FROM int_periods p
LEFT JOIN int_values v ON v.frame_key = p.period_key
GROUP BY p.period_key, p.period_start, p.period_end, p.label, p.months
ORDER BY p.period_start, p.period_end;
