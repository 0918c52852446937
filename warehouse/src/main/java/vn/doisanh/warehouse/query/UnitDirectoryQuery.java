package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Every unit of the registry with its former units and whether its figures are synthetic sample data. */
public final class UnitDirectoryQuery {
    private final Warehouse warehouse;

    public UnitDirectoryQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Entry(UnitInfo unit, String mergedFrom, boolean synthetic, boolean hasReports) {
    }

    public List<Entry> run() {
        try (Connection connection = warehouse.connect()) {
            return Jdbc.list(connection, "queries/unit_directory.sql", row -> new Entry(Lookup.unitOf(row),
                    row.getString("merged_from"), row.getBoolean("synthetic"), row.getBoolean("has_reports")));
        } catch (SQLException e) {
            throw Jdbc.failure("unit directory", e);
        }
    }
}
