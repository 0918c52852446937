package vn.doisanh.warehouse.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's k nearest neighbours by standardised log population, log area and type (method in mart_peers.sql),
 * with each peer's distance and the two size differences in standard deviations (positive: the peer is bigger).
 */
public final class PeerGroupQuery {
    public static final int DEFAULT_K = 10;

    private final Warehouse warehouse;

    public PeerGroupQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Request(String unitCode, int k) {
        public Request {
            Objects.requireNonNull(unitCode, "unitCode");
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, got " + k);
            }
        }
    }

    public record PeerGroup(UnitInfo unit, List<Peer> peers) {
        public PeerGroup {
            peers = List.copyOf(peers);
        }

        public List<String> codes() {
            return peers.stream().map(p -> p.unit().code()).toList();
        }
    }

    public record Peer(int rank, UnitInfo unit, double distance, Double dzPopulation, Double dzArea,
            boolean typeDiffers) {
    }

    public PeerGroup run(Request request) {
        try (Session session = warehouse.session()) {
            Dimensions dimensions = session.dimensions();
            UnitInfo unit = dimensions.unit(request.unitCode());
            List<Peer> peers = new ArrayList<>();
            for (Peer peer : Jdbc.list(session, "queries/peers.sql", r -> peer(r, dimensions),
                    unit.code(), request.k())) {
                if (peer != null) {
                    peers.add(peer);
                }
            }
            return new PeerGroup(unit, peers);
        } catch (SQLException e) {
            throw Jdbc.failure("peers of " + request.unitCode(), e);
        }
    }

    /** Null for a peer missing from int_units, which the join to int_units this lookup replaces left out. */
    private static Peer peer(ResultSet row, Dimensions dimensions) throws SQLException {
        Optional<UnitInfo> peer = dimensions.findUnit(row.getString("peer_code"));
        return peer.isEmpty() ? null : new Peer(row.getInt("peer_rank"), peer.get(), row.getDouble("distance"),
                Jdbc.nullableDouble(row, "dz_population"), Jdbc.nullableDouble(row, "dz_area"),
                row.getBoolean("type_differs"));
    }
}
