-- The frames a unit sent a report for, exactly.
SELECT DISTINCT frame_key
FROM int_values
WHERE unit_code = ? AND basis = 'reported'
