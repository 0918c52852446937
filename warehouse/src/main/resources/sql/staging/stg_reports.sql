-- One row per (file, unit, period) the extractor read; status says whether it is the current report of its unit
-- and period or was superseded by a newer one (superseded_by names it).
CREATE OR REPLACE TEMP VIEW stg_reports AS
SELECT CAST(source_file AS VARCHAR)      AS source_file,
       CAST(source_sha256 AS VARCHAR)    AS source_sha256,
       CAST(source_format AS VARCHAR)    AS source_format,
       CAST(unit_code AS VARCHAR)        AS unit_code,
       CAST(period_key AS VARCHAR)       AS period_key,
       CAST(period_start AS DATE)        AS period_start,
       CAST(period_end AS DATE)          AS period_end,
       CAST(period_label AS VARCHAR)     AS period_label,
       CAST(synthetic AS BOOLEAN)        AS synthetic,
       CAST(report_date AS DATE)         AS report_date,
       CAST(modified_at AS TIMESTAMP)    AS modified_at,
       CAST(fact_count AS INTEGER)       AS fact_count,
       CAST(warning_count AS INTEGER)    AS warning_count,
       CAST(status AS VARCHAR)           AS status,
       CAST(superseded_by AS VARCHAR)    AS superseded_by
FROM read_parquet('${parquet}/reports/**/*.parquet');
