-- The catalogue with how each indicator adds up over time, which decides how longer periods are rolled up:
--   flow  (cases, documents, money): figures of consecutive shorter periods add up;
--   rate  (percentages, scores) and stock (people, counts, area): the latest figure stands for the period.
CREATE OR REPLACE TABLE int_indicators AS
SELECT *,
       CASE WHEN kind = 'derived' THEN 'derived'
            WHEN unit IN ('cases', 'documents', 'million_vnd') THEN 'flow'
            WHEN unit IN ('pct', 'points') THEN 'rate'
            ELSE 'stock' END AS measure
FROM stg_indicators
ORDER BY ordinal;
