-- Numbers of loaded reports that no rule read and no cue explains, with their sentence and candidate indicators.
CREATE OR REPLACE TEMP VIEW stg_unread_numbers AS
SELECT CAST(source_file AS VARCHAR)     AS source_file,
       CAST(source_sha256 AS VARCHAR)   AS source_sha256,
       CAST(unit_code AS VARCHAR)       AS unit_code,
       CAST(period_key AS VARCHAR)      AS period_key,
       CAST(number AS VARCHAR)          AS number,
       CAST(location AS VARCHAR)        AS location,
       CAST(number_offset AS INTEGER)   AS number_offset,
       CAST(sentence AS VARCHAR)        AS sentence,
       CAST(candidates AS VARCHAR[])    AS candidates
FROM read_parquet('${parquet}/unread_numbers/**/*.parquet');
