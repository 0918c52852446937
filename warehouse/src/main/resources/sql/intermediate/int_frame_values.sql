-- The value of each reported indicator for each unit in each comparison frame (every period some report covers),
-- so that a unit whose only report covers a year can be ranked against units that report quarterly:
--   reported  - the unit sent a report for exactly this period;
--   rolled_up - made from the unit's reports for shorter periods inside the frame: flows add up when those
--               periods follow each other without gap or overlap and cover the whole frame; rates and stocks
--               take the latest report inside the frame;
--   rolled_up_scaled - a flow whose consecutive periods cover at least two thirds of the frame, but not all of
--               it, is added up and scaled to the frame's length (sum * frame days / covered days): an estimate,
--               so that a unit with three quarters can stand beside one that reported for the year.
-- Only a unit's finest reports are rolled up (a half-year report is not added to the quarters inside it).
CREATE OR REPLACE TABLE int_frame_values AS
WITH unit_periods AS (
    SELECT DISTINCT unit_code, period_key, period_start, period_end FROM int_report_values
),
finest AS (
    SELECT r.unit_code, r.period_key
    FROM unit_periods r
    WHERE NOT EXISTS (SELECT 1 FROM unit_periods o
                      WHERE o.unit_code = r.unit_code AND o.period_key <> r.period_key
                        AND o.period_start >= r.period_start AND o.period_end <= r.period_end)
),
exact AS (
    SELECT period_key AS frame_key, unit_code, indicator, value, 'reported' AS basis, [period_key] AS source_periods
    FROM int_report_values
),
inside AS (
    SELECT f.period_key AS frame_key, f.period_start AS frame_start, f.period_end AS frame_end, f.days AS frame_days,
           v.unit_code, v.indicator, v.value, v.period_key, v.period_start, v.period_end, v.days, i.measure
    FROM int_periods f
    JOIN int_report_values v ON v.period_start >= f.period_start AND v.period_end <= f.period_end
                             AND v.period_key <> f.period_key
    JOIN finest x ON x.unit_code = v.unit_code AND x.period_key = v.period_key
    JOIN int_indicators i ON i.indicator = v.indicator
),
latest_inside AS (
    SELECT frame_key, unit_code, indicator, value, 'rolled_up' AS basis, [period_key] AS source_periods
    FROM inside
    WHERE measure IN ('rate', 'stock')
    QUALIFY row_number() OVER (PARTITION BY frame_key, unit_code, indicator
                               ORDER BY period_end DESC, period_start DESC) = 1
),
flow_pieces AS (
    SELECT *, lag(period_end) OVER (PARTITION BY frame_key, unit_code, indicator ORDER BY period_start) AS previous_end
    FROM inside
    WHERE measure = 'flow'
),
summed_inside AS (
    SELECT frame_key, unit_code, indicator,
           sum(value) * frame_days / sum(days) AS value,
           CASE WHEN sum(days) = frame_days THEN 'rolled_up' ELSE 'rolled_up_scaled' END AS basis,
           list(period_key ORDER BY period_start) AS source_periods
    FROM flow_pieces
    GROUP BY frame_key, unit_code, indicator, frame_days
    HAVING bool_and(previous_end IS NULL OR period_start = previous_end + INTERVAL 1 DAY)
       AND sum(days) * 3 >= frame_days * 2
),
rolled_up AS (
    SELECT * FROM latest_inside
    UNION ALL
    SELECT * FROM summed_inside
)
SELECT * FROM exact
UNION ALL
SELECT r.* FROM rolled_up r
WHERE NOT EXISTS (SELECT 1 FROM exact e WHERE (e.frame_key, e.unit_code, e.indicator)
                                             = (r.frame_key, r.unit_code, r.indicator))
ORDER BY frame_key, unit_code, indicator;
