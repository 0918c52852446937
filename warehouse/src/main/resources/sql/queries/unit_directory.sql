-- Every unit of the registry with the former units merged into it and whether its data is synthetic.
SELECT u.unit_code, u.unit_name, u.unit_type, u.unit_type_vi, u.former_district, u.population, u.area_km2,
       u.merged_from,
       coalesce(s.synthetic, false) AS synthetic,
       coalesce(s.has_reports, false) AS has_reports
FROM int_units u
LEFT JOIN (SELECT unit_code, bool_or(synthetic) AS synthetic, true AS has_reports
           FROM int_facts GROUP BY unit_code) s USING (unit_code)
ORDER BY u.unit_code
