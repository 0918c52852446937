-- For a funnel plot: each unit's value of a rate and of the count it is a share of, in one frame, for the units
-- of a comparison group. Parameters: 1 the denominator indicator, 2 the frame key, 3 the rate indicator,
-- 4 the group's unit codes joined by ",".
SELECT u.unit_code, u.unit_name, rate.value AS rate, denominator.value AS denominator
FROM int_values rate
JOIN int_values denominator
  ON denominator.frame_key = rate.frame_key AND denominator.unit_code = rate.unit_code
 AND denominator.indicator = ?
JOIN int_units u ON u.unit_code = rate.unit_code
WHERE rate.frame_key = ?
  AND rate.indicator = ?
  AND denominator.value > 0
  AND list_contains(string_split(?, ','), rate.unit_code)
ORDER BY u.unit_code
