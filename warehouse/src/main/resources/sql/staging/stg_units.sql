-- The unit registry as the ETL wrote it (one row per commune-level unit).
CREATE OR REPLACE TEMP VIEW stg_units AS
SELECT CAST(code AS VARCHAR)            AS unit_code,
       CAST(name AS VARCHAR)            AS unit_name,
       CAST(type AS VARCHAR)            AS unit_type,
       CAST(type_vi AS VARCHAR)         AS unit_type_vi,
       CAST(former_district AS VARCHAR) AS former_district,
       CAST(merged_from AS VARCHAR)     AS merged_from,
       CAST(area_km2 AS DOUBLE)         AS area_km2,
       CAST(population AS BIGINT)       AS population
FROM read_parquet('${parquet}/units/**/*.parquet');
