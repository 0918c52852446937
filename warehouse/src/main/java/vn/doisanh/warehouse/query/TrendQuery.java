package vn.doisanh.warehouse.query;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's values of one indicator over the frames as long as the one asked for (quarter after quarter),
 * with its rank in each: what a sparkline or a trend chart draws.
 */
public final class TrendQuery {
    private final Warehouse warehouse;

    public TrendQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code period}: any frame of the wanted length; empty for the unit's latest reported frame. */
    public record Request(String unitCode, String indicator, Optional<String> period) {
        public Request {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
        }
    }

    public record Point(String periodKey, String label, LocalDate start, LocalDate end, double value, String basis,
            int rank, int n, double percentile) {
    }

    public List<Point> run(Request request) {
        try (Session session = warehouse.session()) {
            UnitInfo unit = session.dimensions().unit(request.unitCode());
            IndicatorInfo indicator = session.dimensions().indicator(request.indicator());
            Frame frame = FramesQuery.resolveForUnit(session, unit.code(), request.period());
            return Jdbc.list(session, "queries/trend.sql", row -> new Point(row.getString("frame_key"),
                    row.getString("label"), row.getObject("period_start", LocalDate.class),
                    row.getObject("period_end", LocalDate.class), row.getDouble("value"), row.getString("basis"),
                    row.getInt("rank"), row.getInt("n"), row.getDouble("percentile")),
                    unit.code(), indicator.id(), frame.periodKey(), frame.periodKey());
        } catch (SQLException e) {
            throw Jdbc.failure("trend of " + request.indicator() + " for " + request.unitCode(), e);
        }
    }
}
