-- Every unit of the registry: the snapshot's unit dimension, read once per snapshot (see query/Dimensions.java).
SELECT unit_code, unit_name, unit_type, unit_type_vi, former_district, population, area_km2
FROM int_units
ORDER BY unit_code
