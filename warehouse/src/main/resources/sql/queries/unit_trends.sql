-- A unit (1) on every indicator over the frames of the same length as a given frame (2, 3), oldest first:
-- the sparkline of each card of a unit's profile, in one query.
SELECT r.indicator, r.frame_key, p.label, p.period_start, r.value
FROM mart_rankings r
JOIN int_periods p ON p.period_key = r.frame_key
WHERE r.unit_code = ?
  AND (p.months = (SELECT months FROM int_periods WHERE period_key = ?) OR p.period_key = ?)
ORDER BY r.indicator, p.period_start
