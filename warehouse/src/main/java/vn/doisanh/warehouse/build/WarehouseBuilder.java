package vn.doisanh.warehouse.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.warehouse.sql.DuckDb;
import vn.doisanh.warehouse.sql.SqlResource;

/**
 * Builds one warehouse file from one folder of Parquet tables (the ETL's output), running the SQL layers listed
 * in {@code /sql/build.txt} in order. The file is new and private until published, so the build needs no care for
 * readers; a failed build leaves a file nobody points to.
 */
public final class WarehouseBuilder {
    /** The Parquet tables the ETL writes; each must have at least one file (an empty table still has one). */
    public static final List<String> PARQUET_TABLES = List.of("units", "indicators", "periods", "reports", "facts",
            "facts_history", "quality", "quarantine", "reading", "unread_numbers");

    private final Catalogue catalogue;

    public WarehouseBuilder(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** What the snapshot_info table records about the build. */
    public record BuildInfo(String snapshotId, Instant builtAt) {
        public BuildInfo {
            Objects.requireNonNull(snapshotId, "snapshotId");
            Objects.requireNonNull(builtAt, "builtAt");
        }
    }

    public void build(Path parquetDir, Path databaseFile, BuildInfo info) {
        requireParquetTables(parquetDir);
        if (Files.exists(databaseFile)) {
            throw new IllegalStateException("warehouse file " + databaseFile + " already exists; a build never "
                    + "overwrites one (snapshots are immutable once built)");
        }
        DerivedIndicatorSql derived = new DerivedIndicatorSql(catalogue);
        Map<String, String> placeholders = Map.of(
                "parquet", parquetDir.toAbsolutePath().normalize().toString().replace("'", "''"),
                "input_columns", derived.inputColumns(),
                "derived_selects", derived.derivedSelects());
        try (Connection connection = DuckDb.open(databaseFile, false)) {
            for (String script : scripts()) {
                run(connection, SqlResource.load(script).with(placeholders), info);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("warehouse build failed: " + e.getMessage(), e);
        }
    }

    private void run(Connection connection, SqlResource script, BuildInfo info) throws SQLException {
        for (String sql : script.statements()) {
            try {
                if (sql.contains("?")) {
                    // The only parameterised build statement is snapshot_info: (id, build time, catalogue version).
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setString(1, info.snapshotId());
                        statement.setTimestamp(2, Timestamp.from(info.builtAt()));
                        statement.setString(3, Catalogue.VERSION);
                        statement.execute();
                    }
                } else {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }
            } catch (SQLException e) {
                throw new SQLException(script.path() + ": " + e.getMessage(), e);
            }
        }
    }

    static List<String> scripts() {
        return SqlResource.load("build.txt").text().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static void requireParquetTables(Path parquetDir) {
        for (String table : PARQUET_TABLES) {
            Path folder = parquetDir.resolve(table);
            if (!hasParquetFile(folder)) {
                throw new IllegalArgumentException("Parquet table '" + table + "' has no .parquet file under "
                        + folder + " (the ETL writes at least one, even for an empty table)");
            }
        }
    }

    private static boolean hasParquetFile(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + folder, e);
        }
    }
}
