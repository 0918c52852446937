SELECT r.unit_code, u.unit_name, r.value, r.quartile
FROM mart_rankings r
JOIN int_units u USING (unit_code)
WHERE r.frame_key = ? AND r.indicator = ?
ORDER BY r.value, r.unit_code
