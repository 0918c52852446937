-- The k (parameter 2) nearest peers of a unit (parameter 1), nearest first. The peers' names, types and sizes come
-- from the snapshot's dimensions in Java (see query/Dimensions.java).
SELECT peer_rank, distance, dz_population, dz_area, type_differs, peer_code
FROM mart_peers
WHERE unit_code = ? AND peer_rank <= ?
ORDER BY peer_rank
