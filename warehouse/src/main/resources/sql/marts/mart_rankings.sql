-- Every unit ranked on every indicator in every frame.
--   rank       competition ranking (1, 2, 2, 4): tied units share the better rank; rank 1 is the best unit for
--              higher_better and lower_better indicators, the largest value for neutral ones (direction tells);
--   n          units with a value for that indicator in that frame;
--   percentile 100 * (n - rank) / (n - 1): the best unit 100, the worst 0, tied units alike (100 when n = 1);
--   quartile   1 (top quarter: percentile >= 75) to 4 (bottom quarter: below 25);
--   previous_value / trend: the same unit and indicator in the frame of the same length just before this one;
--              improving / worsening by direction (up / down for neutral ones), stable within 1 %.
CREATE OR REPLACE TABLE mart_rankings AS
WITH scored AS (
    SELECT v.*, i.direction, i.ordinal,
           CASE WHEN i.direction = 'lower_better'
                THEN rank() OVER (PARTITION BY v.frame_key, v.indicator ORDER BY v.value ASC)
                ELSE rank() OVER (PARTITION BY v.frame_key, v.indicator ORDER BY v.value DESC) END AS rank,
           count(*) OVER (PARTITION BY v.frame_key, v.indicator) AS n,
           count(*) OVER (PARTITION BY v.frame_key, v.indicator, v.value) - 1 AS tied_with,
           median(v.value) OVER (PARTITION BY v.frame_key, v.indicator) AS city_median
    FROM int_values v
    JOIN int_indicators i USING (indicator)
),
with_percentile AS (
    SELECT *,
           CASE WHEN n = 1 THEN 100.0 ELSE 100.0 * (n - rank) / (n - 1) END AS percentile
    FROM scored
),
with_previous AS (
    SELECT r.*, pf.period_key AS previous_frame_key, pv.value AS previous_value
    FROM with_percentile r
    JOIN int_periods f ON f.period_key = r.frame_key
    LEFT JOIN int_periods pf ON pf.months = f.months AND pf.period_end = f.period_start - INTERVAL 1 DAY
    LEFT JOIN int_values pv ON pv.frame_key = pf.period_key AND pv.unit_code = r.unit_code
                           AND pv.indicator = r.indicator
)
SELECT frame_key, unit_code, indicator, value, basis, source_periods, direction,
       CAST(rank AS INTEGER) AS rank, CAST(n AS INTEGER) AS n, CAST(tied_with AS INTEGER) AS tied_with,
       percentile,
       CASE WHEN percentile >= 75 THEN 1 WHEN percentile >= 50 THEN 2 WHEN percentile >= 25 THEN 3 ELSE 4 END
           AS quartile,
       city_median,
       previous_frame_key,
       previous_value,
       CASE WHEN previous_value IS NULL THEN NULL
            WHEN abs(value - previous_value) <= 0.01 * abs(previous_value) THEN 'stable'
            WHEN direction = 'neutral' THEN CASE WHEN value > previous_value THEN 'up' ELSE 'down' END
            WHEN (value > previous_value) = (direction = 'higher_better') THEN 'improving'
            ELSE 'worsening' END AS trend,
       ordinal
FROM with_previous
ORDER BY frame_key, ordinal, rank, unit_code;
