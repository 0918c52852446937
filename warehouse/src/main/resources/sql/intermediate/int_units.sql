-- Units, as the registry has them. Population and area here are the registry's: the fallback for derived
-- indicators when a report gives none, and the (complete) basis of peer groups.
CREATE OR REPLACE TABLE int_units AS
SELECT * FROM stg_units
ORDER BY unit_code;
