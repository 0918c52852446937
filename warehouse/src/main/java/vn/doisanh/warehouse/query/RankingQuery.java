package vn.doisanh.warehouse.query;

import java.sql.Connection;
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
        try (Connection connection = warehouse.connect()) {
            IndicatorInfo indicator = Lookup.indicator(connection, request.indicator());
            Frame frame = FramesQuery.resolve(connection, request.period());
            List<Row> rows = Jdbc.list(connection, "queries/ranking.sql", RankingQuery::row, frame.periodKey(),
                    indicator.id());
            Double median = Jdbc.list(connection, "queries/indicator_median.sql", r -> Jdbc.nullableDouble(r, "median"),
                    frame.periodKey(), indicator.id()).stream().findFirst().orElse(null);
            return new Ranking(indicator, frame, median, rows);
        } catch (SQLException e) {
            throw Jdbc.failure("ranking of " + request.indicator(), e);
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(row.getInt("rank"), row.getInt("n"), Lookup.unitOf(row), row.getDouble("value"),
                row.getString("basis"), row.getDouble("percentile"), row.getInt("quartile"), row.getInt("tied_with"),
                Jdbc.nullableDouble(row, "previous_value"), row.getString("trend"));
    }
}
