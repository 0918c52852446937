package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spread of every indicator over a comparison group (all units, same type, same former district, peers) in one
 * frame: min, quartiles, median, max. A spine chart draws a unit against it.
 */
public final class GroupStatsQuery {
    private final Warehouse warehouse;

    public GroupStatsQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Stats(String indicator, int n, double min, double p25, double median, double p75, double max) {
    }

    /** Stats per indicator id, for the given frame and group of unit codes. */
    public Map<String, Stats> run(String frameKey, List<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = warehouse.connect()) {
            Map<String, Stats> byIndicator = new LinkedHashMap<>();
            Jdbc.list(connection, "queries/group_stats.sql", row -> new Stats(row.getString("indicator"),
                    row.getInt("n"), row.getDouble("min"), row.getDouble("p25"), row.getDouble("median"),
                    row.getDouble("p75"), row.getDouble("max")), frameKey, String.join(",", unitCodes))
                    .forEach(stats -> byIndicator.put(stats.indicator(), stats));
            return byIndicator;
        } catch (SQLException e) {
            throw Jdbc.failure("group statistics", e);
        }
    }
}
