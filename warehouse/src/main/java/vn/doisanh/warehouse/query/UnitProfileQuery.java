package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit on every indicator of the catalogue in one frame: value, rank of N, percentile, quartile, the city
 * median, the median of its k nearest peers (see mart_peers.sql) and the trend against the frame before.
 * Indicators the unit has no value for are listed too, with a null value, so a profile shows its gaps.
 */
public final class UnitProfileQuery {
    public static final int DEFAULT_PEERS = 10;

    private final Warehouse warehouse;

    public UnitProfileQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code period} empty: the latest frame the unit reported for. */
    public record Request(String unitCode, Optional<String> period, int peers) {
        public Request {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(period, "period");
            if (peers < 1) {
                throw new IllegalArgumentException("peers must be at least 1, got " + peers);
            }
        }

        public static Request of(String unitCode) {
            return new Request(unitCode, Optional.empty(), DEFAULT_PEERS);
        }
    }

    public record Profile(UnitInfo unit, Frame frame, int peers, List<Line> lines) {
        public Profile {
            lines = List.copyOf(lines);
        }

        public List<Line> withValues() {
            return lines.stream().filter(Line::hasValue).toList();
        }

        public Optional<Line> line(String indicator) {
            return lines.stream().filter(l -> l.indicator().id().equals(indicator)).findFirst();
        }
    }

    /** Rank fields are null when the unit has no value; peerMedian is null when no peer has one. */
    public record Line(IndicatorInfo indicator, Double value, String basis, Integer rank, Integer n, Double percentile,
            Integer quartile, Integer tiedWith, Double cityMedian, Integer cityN, Double peerMedian, int peersWithValue,
            Double previousValue, String trend) {
        public boolean hasValue() {
            return value != null;
        }
    }

    public Profile run(Request request) {
        try (Connection connection = warehouse.connect()) {
            UnitInfo unit = Lookup.unit(connection, request.unitCode());
            Frame frame = FramesQuery.resolveForUnit(connection, unit.code(), request.period());
            List<Line> lines = Jdbc.list(connection, "queries/unit_profile.sql", UnitProfileQuery::line,
                    unit.code(), request.peers(), frame.periodKey(), frame.periodKey(), unit.code(), frame.periodKey());
            return new Profile(unit, frame, request.peers(), lines);
        } catch (SQLException e) {
            throw Jdbc.failure("profile of " + request.unitCode(), e);
        }
    }

    private static Line line(ResultSet row) throws SQLException {
        return new Line(Lookup.indicatorOf(row), Jdbc.nullableDouble(row, "value"), row.getString("basis"),
                Jdbc.nullableInt(row, "rank"), Jdbc.nullableInt(row, "n"), Jdbc.nullableDouble(row, "percentile"),
                Jdbc.nullableInt(row, "quartile"), Jdbc.nullableInt(row, "tied_with"),
                Jdbc.nullableDouble(row, "city_median"), Jdbc.nullableInt(row, "city_n"),
                Jdbc.nullableDouble(row, "peer_median"), row.getInt("peers_with_value"),
                Jdbc.nullableDouble(row, "previous_value"), row.getString("trend"));
    }
}
