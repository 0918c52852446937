-- A unit (1) on an indicator (2) over the frames of the same length as a given frame (3, 4), oldest first.
-- Frames that are not whole months only match themselves.
SELECT r.frame_key, p.label, p.period_start, p.period_end, r.value, r.basis, r.rank, r.n, r.percentile
FROM mart_rankings r
JOIN int_periods p ON p.period_key = r.frame_key
WHERE r.unit_code = ? AND r.indicator = ?
  AND (p.months = (SELECT months FROM int_periods WHERE period_key = ?)
       OR p.period_key = ?)
ORDER BY p.period_start
