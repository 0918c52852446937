-- The current facts: one row per figure of the current report of each unit and period. Partitioned by period_key
-- (hive layout); the key is text like 2025-07-01..2025-09-30, so partition values stay VARCHAR, never guessed
-- (an empty table is one unpartitioned file, which hive_types would reject).
CREATE OR REPLACE TEMP VIEW stg_facts AS
SELECT CAST(unit_code AS VARCHAR)         AS unit_code,
       CAST(period_key AS VARCHAR)        AS period_key,
       CAST(period_start AS DATE)         AS period_start,
       CAST(period_end AS DATE)           AS period_end,
       CAST(indicator AS VARCHAR)         AS indicator,
       CAST(value AS DOUBLE)              AS value,
       CAST(unit AS VARCHAR)              AS unit,
       CAST(qualifier_key AS VARCHAR)     AS qualifier_key,
       CAST(sub_period_start AS VARCHAR)  AS sub_period_start,
       CAST(sub_period_end AS VARCHAR)    AS sub_period_end,
       CAST(as_of AS VARCHAR)             AS as_of,
       CAST(breakdown AS VARCHAR)         AS breakdown,
       CAST(basis AS VARCHAR)             AS basis,
       CAST(synthetic AS BOOLEAN)         AS synthetic,
       CAST(source_file AS VARCHAR)       AS source_file,
       CAST(source_sha256 AS VARCHAR)     AS source_sha256,
       CAST(evidence_text AS VARCHAR)     AS evidence_text,
       CAST(evidence_offset AS INTEGER)   AS evidence_offset,
       CAST(evidence_matched AS VARCHAR)  AS evidence_matched,
       CAST(evidence_location AS VARCHAR) AS evidence_location,
       CAST(rule AS VARCHAR)              AS rule
FROM read_parquet('${parquet}/facts/**/*.parquet', hive_partitioning = true, hive_types_autocast = false);
