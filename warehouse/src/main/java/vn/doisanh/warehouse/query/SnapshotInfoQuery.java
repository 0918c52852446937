package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** What the open snapshot is and holds (the dashboard's footer, the CLI's header). */
public final class SnapshotInfoQuery {
    private final Warehouse warehouse;

    public SnapshotInfoQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code builtAt} is UTC. */
    public record Info(String snapshotId, LocalDateTime builtAt, String catalogueVersion, long units,
            long unitsReporting, long periods, long reports, long facts, long factsHistory, long warnings,
            long quarantined) {
    }

    public Info run() {
        try (Connection connection = warehouse.connect()) {
            return Jdbc.list(connection, "queries/snapshot_info.sql", row -> new Info(row.getString("snapshot_id"),
                    row.getObject("built_at", LocalDateTime.class), row.getString("catalogue_version"),
                    row.getLong("units"), row.getLong("units_reporting"), row.getLong("periods"),
                    row.getLong("reports"), row.getLong("facts"), row.getLong("facts_history"),
                    row.getLong("warnings"), row.getLong("quarantined"))).get(0);
        } catch (SQLException e) {
            throw Jdbc.failure("snapshot info", e);
        }
    }
}
