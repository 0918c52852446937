-- Division that gives NULL, not Infinity, for a zero or missing divisor (DuckDB 2 follows IEEE 754 for 1.0/0).
-- Persistent on purpose: the derived-indicator SQL uses it and so may ad-hoc analyst queries.
CREATE OR REPLACE MACRO safe_div(numerator, denominator) AS
    CASE WHEN denominator IS NULL OR denominator = 0 THEN NULL ELSE numerator / denominator END;
