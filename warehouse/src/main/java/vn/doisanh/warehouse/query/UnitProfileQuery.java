package vn.doisanh.warehouse.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        try (Session session = warehouse.session()) {
            Dimensions dimensions = session.dimensions();
            UnitInfo unit = dimensions.unit(request.unitCode());
            Frame frame = FramesQuery.resolveForUnit(session, unit.code(), request.period());
            Map<String, Part> mine = new HashMap<>();
            Map<String, Part> city = new HashMap<>();
            Map<String, Part> peers = new HashMap<>();
            for (Part part : Jdbc.list(session, "queries/unit_profile.sql", UnitProfileQuery::part, unit.code(),
                    frame.periodKey(), frame.periodKey(), frame.periodKey(), unit.code(), request.peers())) {
                Map<String, Part> kind = switch (part.kind()) {
                    case "unit" -> mine;
                    case "city" -> city;
                    default -> peers;
                };
                kind.put(part.indicator(), part);
            }
            List<Line> lines = new ArrayList<>();
            for (IndicatorInfo indicator : dimensions.indicators()) {
                lines.add(line(indicator, mine.get(indicator.id()), city.get(indicator.id()),
                        peers.get(indicator.id())));
            }
            return new Profile(unit, frame, request.peers(), lines);
        } catch (SQLException e) {
            throw Jdbc.failure("profile of " + request.unitCode(), e);
        }
    }

    /** One row of unit_profile.sql: the unit's ranking row, the city's median and n, or the peers' median and n. */
    private record Part(String kind, String indicator, Double value, String basis, Integer rank, Integer n,
            Double percentile, Integer quartile, Integer tiedWith, Double previousValue, String trend) {
    }

    private static Part part(ResultSet row) throws SQLException {
        return new Part(row.getString("part"), row.getString("indicator"), Jdbc.nullableDouble(row, "value"),
                row.getString("basis"), Jdbc.nullableInt(row, "rank"), Jdbc.nullableInt(row, "n"),
                Jdbc.nullableDouble(row, "percentile"), Jdbc.nullableInt(row, "quartile"),
                Jdbc.nullableInt(row, "tied_with"), Jdbc.nullableDouble(row, "previous_value"),
                row.getString("trend"));
    }

    /** Every indicator of the catalogue gets a line, in catalogue order: absent parts leave their fields null. */
    private static Line line(IndicatorInfo indicator, Part mine, Part city, Part peers) {
        return new Line(indicator, mine == null ? null : mine.value(), mine == null ? null : mine.basis(),
                mine == null ? null : mine.rank(), mine == null ? null : mine.n(),
                mine == null ? null : mine.percentile(), mine == null ? null : mine.quartile(),
                mine == null ? null : mine.tiedWith(), city == null ? null : city.value(),
                city == null ? null : city.n(), peers == null ? null : peers.value(),
                peers == null ? 0 : peers.n(), mine == null ? null : mine.previousValue(),
                mine == null ? null : mine.trend());
    }
}
