-- Warnings: the extractor's validations (origin extractor) and the ETL's own (origin etl: superseded, duplicate).
CREATE OR REPLACE TEMP VIEW stg_quality AS
SELECT CAST(source_file AS VARCHAR)       AS source_file,
       CAST(source_sha256 AS VARCHAR)     AS source_sha256,
       CAST(unit_code AS VARCHAR)         AS unit_code,
       CAST(period_key AS VARCHAR)        AS period_key,
       CAST(code AS VARCHAR)              AS code,
       CAST(message AS VARCHAR)           AS message,
       CAST(indicators AS VARCHAR[])      AS indicators,
       CAST(evidence_text AS VARCHAR)     AS evidence_text,
       CAST(evidence_offset AS INTEGER)   AS evidence_offset,
       CAST(evidence_matched AS VARCHAR)  AS evidence_matched,
       CAST(evidence_location AS VARCHAR) AS evidence_location,
       CAST(origin AS VARCHAR)            AS origin,
       CAST(arg_names AS VARCHAR[])       AS arg_names,
       CAST(arg_values AS VARCHAR[])      AS arg_values
FROM read_parquet('${parquet}/quality/**/*.parquet');
