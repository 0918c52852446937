-- The k (parameter 2) nearest peers of a unit (parameter 1), nearest first.
SELECT p.peer_rank, p.distance, p.dz_population, p.dz_area, p.type_differs,
       u.unit_code, u.unit_name, u.unit_type, u.unit_type_vi, u.former_district, u.population, u.area_km2
FROM mart_peers p
JOIN int_units u ON u.unit_code = p.peer_code
WHERE p.unit_code = ? AND p.peer_rank <= ?
ORDER BY p.peer_rank
