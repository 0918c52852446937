-- One headline value per unit, report period and reported indicator, chosen from that report's facts:
--   * totals only (breakdown items are detail, not the headline);
--   * a figure for the whole report period wins; among several (a stock given at two dates) the latest as_of wins,
--     and a figure with no as_of counts as at the report date, i.e. the latest;
--   * failing that, sub-period figures: a flow adds up its sub-periods when they do not overlap (documents issued
--     "from 1/7 to 31/12" plus "from 1/1 to date"), otherwise, and for rates and stocks, the latest sub-period wins.
CREATE OR REPLACE TABLE int_report_values AS
WITH candidates AS (
    SELECT f.unit_code, f.period_key, f.period_start, f.period_end, f.indicator, f.value, f.as_of,
           f.sub_period_start, f.sub_period_end, f.evidence_offset, i.measure,
           (f.sub_period_start IS NULL AND f.sub_period_end IS NULL) AS whole_period,
           -- "report_date" (figures "đến nay") runs to the report date: later than any written date.
           CASE WHEN f.sub_period_end = 'report_date' THEN DATE '9999-12-31'
                ELSE TRY_CAST(f.sub_period_end AS DATE) END AS sub_end,
           TRY_CAST(f.sub_period_start AS DATE) AS sub_start
    FROM int_facts f
    JOIN int_indicators i USING (indicator)
    WHERE f.breakdown IS NULL AND f.basis = 'reported' AND i.kind = 'reported'
),
whole AS (
    SELECT unit_code, period_key, indicator, value, 'whole_period' AS pick
    FROM candidates
    WHERE whole_period
    QUALIFY row_number() OVER (PARTITION BY unit_code, period_key, indicator
                               ORDER BY coalesce(TRY_CAST(as_of AS DATE), DATE '9999-12-31') DESC,
                                        evidence_offset) = 1
),
sub_periods AS (
    -- the same sub-period stated twice counts once
    SELECT unit_code, period_key, indicator, measure, sub_start, sub_end,
           first(value ORDER BY evidence_offset) AS value
    FROM candidates
    WHERE NOT whole_period
    GROUP BY ALL
),
sub_periods_checked AS (
    SELECT *,
           bool_and(previous_end IS NULL OR sub_start > previous_end)
               OVER (PARTITION BY unit_code, period_key, indicator) AS disjoint
    FROM (SELECT *, lag(sub_end) OVER (PARTITION BY unit_code, period_key, indicator
                                       ORDER BY sub_start NULLS FIRST, sub_end) AS previous_end
          FROM sub_periods)
),
summed AS (
    SELECT unit_code, period_key, indicator, sum(value) AS value, 'sum_of_sub_periods' AS pick
    FROM sub_periods_checked
    WHERE measure = 'flow' AND disjoint
    GROUP BY unit_code, period_key, indicator
),
latest_sub AS (
    SELECT unit_code, period_key, indicator, value, 'latest_sub_period' AS pick
    FROM sub_periods_checked
    WHERE NOT (measure = 'flow' AND disjoint)
    QUALIFY row_number() OVER (PARTITION BY unit_code, period_key, indicator
                               ORDER BY sub_end DESC NULLS LAST, sub_start DESC NULLS LAST) = 1
),
chosen AS (
    SELECT * FROM whole
    UNION ALL
    SELECT * FROM summed s
    WHERE NOT EXISTS (SELECT 1 FROM whole w WHERE (w.unit_code, w.period_key, w.indicator)
                                                 = (s.unit_code, s.period_key, s.indicator))
    UNION ALL
    SELECT * FROM latest_sub l
    WHERE NOT EXISTS (SELECT 1 FROM whole w WHERE (w.unit_code, w.period_key, w.indicator)
                                                 = (l.unit_code, l.period_key, l.indicator))
)
SELECT c.unit_code, c.period_key, p.period_start, p.period_end, p.days, c.indicator, c.value, c.pick
FROM chosen c
JOIN int_periods p USING (period_key)
ORDER BY c.unit_code, c.period_key, c.indicator;
