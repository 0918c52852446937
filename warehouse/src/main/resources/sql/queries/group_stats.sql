-- Per indicator, the spread of values over a comparison group of units (parameter 2: unit codes joined by ",")
-- in one frame (parameter 1): what a spine chart draws behind a unit's dot.
SELECT v.indicator,
       CAST(count(*) AS INTEGER)        AS n,
       min(v.value)                     AS min,
       quantile_cont(v.value, 0.25)     AS p25,
       median(v.value)                  AS median,
       quantile_cont(v.value, 0.75)     AS p75,
       max(v.value)                     AS max
FROM int_values v
WHERE v.frame_key = ?
  AND list_contains(string_split(?, ','), v.unit_code)
GROUP BY v.indicator
ORDER BY v.indicator
