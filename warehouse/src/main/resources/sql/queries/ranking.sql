-- All units with a value for one indicator (parameter 2) in one frame (parameter 1), best first, with the city
-- median (the same on every row). Unit names, types and sizes come from the snapshot's dimensions in Java: sending
-- five text columns per row through JDBC was most of this query's time at national scale (bench/profile-notes.md).
SELECT rank, n, value, basis, percentile, quartile, tied_with, previous_value, trend, unit_code, city_median
FROM mart_rankings
WHERE frame_key = ? AND indicator = ?
ORDER BY rank, unit_code
