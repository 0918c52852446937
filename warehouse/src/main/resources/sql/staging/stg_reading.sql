-- How well each loaded narrative report was read: its numbers by role, from the extractor's number ledger.
CREATE OR REPLACE TEMP VIEW stg_reading AS
SELECT CAST(source_file AS VARCHAR)         AS source_file,
       CAST(source_sha256 AS VARCHAR)       AS source_sha256,
       CAST(unit_code AS VARCHAR)           AS unit_code,
       CAST(period_key AS VARCHAR)          AS period_key,
       CAST(numbers_seen AS INTEGER)        AS numbers_seen,
       CAST(numbers_facts AS INTEGER)       AS numbers_facts,
       CAST(numbers_explained AS INTEGER)   AS numbers_explained,
       CAST(numbers_unread AS INTEGER)      AS numbers_unread
FROM read_parquet('${parquet}/reading/**/*.parquet');
