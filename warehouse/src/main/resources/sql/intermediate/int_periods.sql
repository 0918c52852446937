-- The comparison frames: every period a loaded report covers. months is set for whole calendar months (a quarter
-- is 3, the first-year review 12) and lets trends compare a frame with the one of the same length before it.
CREATE OR REPLACE TABLE int_periods AS
SELECT period_key,
       period_start,
       period_end,
       label,
       CAST(datediff('day', period_start, period_end) + 1 AS INTEGER) AS days,
       CASE WHEN day(period_start) = 1 AND period_end = last_day(period_end)
            THEN CAST(datediff('month', period_start, period_end) + 1 AS INTEGER) END AS months
FROM stg_periods
ORDER BY period_start, period_end;
