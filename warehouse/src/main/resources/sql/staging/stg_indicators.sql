-- The indicator catalogue as the ETL wrote it; ordinal keeps the catalogue's order for profiles.
CREATE OR REPLACE TEMP VIEW stg_indicators AS
SELECT CAST(ordinal AS INTEGER)       AS ordinal,
       CAST(id AS VARCHAR)            AS indicator,
       CAST("group" AS VARCHAR)       AS indicator_group,
       CAST(kind AS VARCHAR)          AS kind,
       CAST(unit AS VARCHAR)          AS unit,
       CAST(direction AS VARCHAR)     AS direction,
       CAST(name_vi AS VARCHAR)       AS name_vi,
       CAST(name_en AS VARCHAR)       AS name_en,
       CAST(definition_vi AS VARCHAR) AS definition_vi,
       CAST(definition_en AS VARCHAR) AS definition_en,
       CAST(formula AS VARCHAR)       AS formula,
       CAST(plausible_min AS DOUBLE)  AS plausible_min,
       CAST(plausible_max AS DOUBLE)  AS plausible_max,
       CAST(breakdown AS VARCHAR)     AS breakdown
FROM read_parquet('${parquet}/indicators/**/*.parquet');
