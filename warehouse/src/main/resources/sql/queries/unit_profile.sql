-- One unit's profile in one frame as three kinds of rows, put together by indicator in Java (UnitProfileQuery):
--   'unit'  the unit's ranking row of each indicator it has a value for (parameters 1: unit, 2: frame);
--   'city'  the city median and n of each indicator with values in the frame (parameter 3: frame);
--   'peers' the median of the values of the unit's k nearest peers (see mart_peers.sql) and how many have one
--           (parameters 4: frame, 5: unit, 6: k).
-- One statement without joins: joining the three to the catalogue and ordering in SQL took as long as reading them
-- (bench/profile-notes.md); the catalogue's order and names come from the snapshot's dimensions.
SELECT 'unit' AS part, indicator, value, basis, rank, n, percentile, quartile, tied_with, previous_value, trend
FROM mart_rankings
WHERE unit_code = ? AND frame_key = ?
UNION ALL
SELECT 'city', indicator, median, NULL, NULL, n, NULL, NULL, NULL, NULL, NULL
FROM mart_indicator_stats
WHERE frame_key = ?
UNION ALL
SELECT 'peers', indicator, median(value), NULL, NULL, CAST(count(*) AS INTEGER), NULL, NULL, NULL, NULL, NULL
FROM int_values
WHERE frame_key = ? AND unit_code IN (SELECT peer_code FROM mart_peers WHERE unit_code = ? AND peer_rank <= ?)
GROUP BY indicator
