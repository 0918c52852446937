-- Every period some loaded report covers, with the label most reports give it.
CREATE OR REPLACE TEMP VIEW stg_periods AS
SELECT CAST(period_key AS VARCHAR) AS period_key,
       CAST(period_start AS DATE)  AS period_start,
       CAST(period_end AS DATE)    AS period_end,
       CAST(label AS VARCHAR)      AS label
FROM read_parquet('${parquet}/periods/**/*.parquet');
