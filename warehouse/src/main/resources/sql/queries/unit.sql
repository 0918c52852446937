SELECT unit_code, unit_name, unit_type, unit_type_vi, former_district, population, area_km2
FROM int_units
WHERE unit_code = ?
