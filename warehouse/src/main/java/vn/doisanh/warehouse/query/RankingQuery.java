package vn.doisanh.warehouse.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All units ranked on one indicator in one frame: rank (ties share the better rank), percentile, quartile,
 * direction-aware. See mart_rankings.sql for the definitions.
 */
public final class RankingQuery {
    private final Warehouse warehouse;

    public RankingQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code period}: a key, {@code 2025-Q3}-style name or label; empty for the city-wide default frame. */
    public record Request(String indicator, Optional<String> period) {
        public Request {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
        }
    }

    public record Ranking(IndicatorInfo indicator, Frame frame, Double cityMedian, List<Row> rows) {
        public Ranking {
            rows = List.copyOf(rows);
        }

        public Optional<Row> of(String unitCode) {
            return rows.stream().filter(r -> r.unit().code().equals(unitCode)).findFirst();
        }
    }

    /** {@code basis}: reported, rolled_up, computed or computed_registry (see int_frame_values.sql). */
    public record Row(int rank, int n, UnitInfo unit, double value, String basis, double percentile, int quartile,
            int tiedWith, Double previousValue, String trend) {
    }

    public Ranking run(Request request) {
        try (Session session = warehouse.session()) {
            Dimensions dimensions = session.dimensions();
            IndicatorInfo indicator = dimensions.indicator(request.indicator());
            Frame frame = FramesQuery.resolve(dimensions.frames(), request.period());
            List<Read> read = Jdbc.list(session, "queries/ranking.sql", r -> read(r, dimensions),
                    frame.periodKey(), indicator.id());
            List<Row> rows = read.stream().map(Read::row).filter(Objects::nonNull).toList();
            // mart_rankings.city_median is mart_indicator_stats.median: the median of the frame's values.
            Double median = read.isEmpty() ? null : read.get(0).cityMedian();
            return new Ranking(indicator, frame, median, rows);
        } catch (SQLException e) {
            throw Jdbc.failure("ranking of " + request.indicator(), e);
        }
    }

    /** A row as read, with the frame's median; row is null for a unit missing from the registry's table. */
    private record Read(Row row, Double cityMedian) {
    }

    private static Read read(ResultSet row, Dimensions dimensions) throws SQLException {
        // Units missing from int_units are left out, as the join to int_units this lookup replaces left them out.
        Optional<UnitInfo> unit = dimensions.findUnit(row.getString("unit_code"));
        Row ranked = unit.isEmpty() ? null : new Row(row.getInt("rank"), row.getInt("n"), unit.get(),
                row.getDouble("value"), row.getString("basis"), row.getDouble("percentile"), row.getInt("quartile"),
                row.getInt("tied_with"), Jdbc.nullableDouble(row, "previous_value"), row.getString("trend"));
        return new Read(ranked, Jdbc.nullableDouble(row, "city_median"));
    }
}
