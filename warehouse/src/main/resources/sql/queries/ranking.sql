-- All units with a value for one indicator (parameter 2) in one frame (parameter 1), best first.
SELECT r.rank, r.n, r.value, r.basis, r.percentile, r.quartile, r.tied_with, r.previous_value, r.trend,
       u.unit_code, u.unit_name, u.unit_type, u.unit_type_vi, u.former_district, u.population, u.area_km2
FROM mart_rankings r
JOIN int_units u USING (unit_code)
WHERE r.frame_key = ? AND r.indicator = ?
ORDER BY r.rank, u.unit_code
