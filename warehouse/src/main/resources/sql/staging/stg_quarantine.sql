-- What was not loaded, and why: whole files (unreadable, no unit…) or single facts (unit of measure mismatch…).
CREATE OR REPLACE TEMP VIEW stg_quarantine AS
SELECT CAST(source_file AS VARCHAR)   AS source_file,
       CAST(source_sha256 AS VARCHAR) AS source_sha256,
       CAST(code AS VARCHAR)          AS code,
       CAST(reason AS VARCHAR)        AS reason,
       CAST(unit_code AS VARCHAR)     AS unit_code,
       CAST(period_key AS VARCHAR)    AS period_key,
       CAST(indicator AS VARCHAR)     AS indicator
FROM read_parquet('${parquet}/quarantine/**/*.parquet');
