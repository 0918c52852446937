-- One row per frame and unit with every input of a derived formula as a column (rendered from the catalogue's
-- formulas by DerivedIndicatorSql). Population and area fall back to the registry when the unit reported none;
-- the <input>__from_registry columns say so, and the derived value's basis carries it on.
CREATE OR REPLACE TABLE int_derived_inputs AS
SELECT v.frame_key,
       v.unit_code,
       list_sort(list_distinct(flatten(list(v.source_periods)))) AS source_periods,
${input_columns}
FROM int_frame_values v
JOIN int_units u USING (unit_code)
GROUP BY v.frame_key, v.unit_code
ORDER BY v.frame_key, v.unit_code;
