-- Peer groups: every unit's other units ordered by distance (peer_rank 1 = nearest); a query keeps the first k.
-- Method: each unit is a point of three coordinates
--   z_population = z-score of ln(population)  (log, because sizes spread over orders of magnitude: 686 to 160,000)
--   z_area       = z-score of ln(area in km2)
--   type         = xã / phường / đặc khu (categorical)
-- z-scores use the mean and population standard deviation over all units, so both sizes weigh alike whatever
-- their scale. distance = sqrt(w_pop * dz_pop^2 + w_area * dz_area^2 + w_type * [types differ]) with all three
-- weights 1: a different type costs as much as one standard deviation of log population. Population and area are
-- the registry's (complete and the same for every period), so peer groups do not change with the period chosen.
CREATE OR REPLACE TABLE mart_peers AS
WITH weights AS (
    SELECT 1.0 AS w_population, 1.0 AS w_area, 1.0 AS w_type
),
logs AS (
    SELECT unit_code, unit_type, ln(population) AS log_population, ln(area_km2) AS log_area
    FROM int_units
    WHERE population > 0 AND area_km2 > 0
),
scored AS (
    SELECT unit_code, unit_type,
           (log_population - avg(log_population) OVER ()) / nullif(stddev_pop(log_population) OVER (), 0) AS z_population,
           (log_area - avg(log_area) OVER ()) / nullif(stddev_pop(log_area) OVER (), 0) AS z_area
    FROM logs
),
pairs AS (
    SELECT a.unit_code, b.unit_code AS peer_code,
           b.z_population - a.z_population AS dz_population,
           b.z_area - a.z_area AS dz_area,
           a.unit_type <> b.unit_type AS type_differs,
           sqrt(w.w_population * power(coalesce(b.z_population - a.z_population, 0), 2)
                + w.w_area * power(coalesce(b.z_area - a.z_area, 0), 2)
                + CASE WHEN a.unit_type <> b.unit_type THEN w.w_type ELSE 0 END) AS distance
    FROM scored a
    JOIN scored b ON a.unit_code <> b.unit_code
    CROSS JOIN weights w
)
SELECT unit_code, peer_code, distance, dz_population, dz_area, type_differs,
       CAST(row_number() OVER (PARTITION BY unit_code ORDER BY distance, peer_code) AS INTEGER) AS peer_rank
FROM pairs
ORDER BY unit_code, peer_rank;
