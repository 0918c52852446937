-- The distribution of each indicator in each frame: what a box plot and the city median need.
CREATE OR REPLACE TABLE mart_indicator_stats AS
SELECT frame_key, indicator,
       CAST(count(*) AS INTEGER)   AS n,
       min(value)                  AS min,
       quantile_cont(value, 0.25)  AS p25,
       median(value)               AS median,
       quantile_cont(value, 0.75)  AS p75,
       max(value)                  AS max,
       avg(value)                  AS mean,
       stddev_pop(value)           AS stddev
FROM int_values
GROUP BY frame_key, indicator
ORDER BY frame_key, indicator;
