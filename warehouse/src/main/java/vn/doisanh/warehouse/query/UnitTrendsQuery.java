package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A unit's value of every indicator over the frames as long as a given one: one sparkline per indicator. */
public final class UnitTrendsQuery {
    private final Warehouse warehouse;

    public UnitTrendsQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Point(String periodKey, String label, LocalDate start, double value) {
    }

    public Map<String, List<Point>> run(String unitCode, String frameKey) {
        Map<String, List<Point>> byIndicator = new LinkedHashMap<>();
        try (Connection connection = warehouse.connect()) {
            Jdbc.list(connection, "queries/unit_trends.sql", row -> byIndicator
                    .computeIfAbsent(row.getString("indicator"), k -> new ArrayList<>())
                    .add(new Point(row.getString("frame_key"), row.getString("label"),
                            row.getObject("period_start", LocalDate.class), row.getDouble("value"))),
                    unitCode, frameKey, frameKey);
            return byIndicator;
        } catch (SQLException e) {
            throw Jdbc.failure("trends of " + unitCode, e);
        }
    }
}
