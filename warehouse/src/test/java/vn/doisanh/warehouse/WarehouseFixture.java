package vn.doisanh.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.warehouse.build.WarehouseBuilder;
import vn.doisanh.warehouse.query.Warehouse;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.sql.DuckDb;

/**
 * The test warehouse: Parquet written by DuckDB from {@code fixture/make-parquet.sql} in the ETL's layout, then
 * built by the real {@link WarehouseBuilder} into a real DuckDB file. Built once per test JVM; read-only after.
 */
public final class WarehouseFixture {
    private static Path shared;

    private WarehouseFixture() {
    }

    /** A snapshot folder holding the fixture's Parquet and warehouse file, shared by all tests (read-only). */
    public static synchronized Path sharedSnapshot() {
        if (shared == null) {
            try {
                Path root = Files.createTempDirectory("doisanh-warehouse-fixture");
                deleteOnExit(root);
                Path dir = root.resolve("fixture-snapshot");
                buildSnapshot(dir, "fixture");
                shared = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The shared folder outlives each test class but not the JVM. */
    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover temporary folder is not worth failing the build for
            }
        }));
    }

    public static Warehouse open() {
        return Warehouse.openSnapshot(sharedSnapshot());
    }

    /** Writes the fixture Parquet into {@code dir/parquet} and builds {@code dir/warehouse.duckdb}. */
    public static void buildSnapshot(Path dir, String snapshotId) {
        Path parquet = dir.resolve(Snapshot.PARQUET);
        writeParquet(parquet);
        new WarehouseBuilder(Catalogue.load()).build(parquet, dir.resolve(Snapshot.DATABASE),
                new WarehouseBuilder.BuildInfo(snapshotId, Instant.parse("2026-05-14T08:00:00Z")));
    }

    public static void writeParquet(Path parquet) {
        try {
            for (String table : WarehouseBuilder.PARQUET_TABLES) {
                Files.createDirectories(parquet.resolve(table));
            }
            String script = resource("/fixture/make-parquet.sql").replace("${out}", parquet.toString());
            try (Connection connection = DuckDb.inMemory()) {
                writeIndicators(connection, Catalogue.load().all());
                try (Statement statement = connection.createStatement()) {
                    for (String sql : script.split(";\\s*\\n")) {
                        if (!sql.replaceAll("(?m)--.*$", "").isBlank()) {
                            statement.execute(sql);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("fixture: " + e.getMessage(), e);
        }
    }

    private static void writeIndicators(Connection connection, List<Indicator> indicators) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE indicators (ordinal INTEGER, id VARCHAR, \"group\" VARCHAR, kind VARCHAR, "
                    + "unit VARCHAR, direction VARCHAR, name_vi VARCHAR, name_en VARCHAR, definition_vi VARCHAR, "
                    + "definition_en VARCHAR, formula VARCHAR, plausible_min DOUBLE, plausible_max DOUBLE, "
                    + "breakdown VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Indicator i : indicators) {
                Object[] values = {ordinal++, i.id(), i.group(), i.kind().code(), i.unit(), i.direction().code(),
                    i.nameVi(), i.nameEn(), i.definitionVi(), i.definitionEn(), i.formula(), i.plausibleMin(),
                    i.plausibleMax(), i.breakdown()};
                for (int c = 0; c < values.length; c++) {
                    insert.setObject(c + 1, values[c]);
                }
                insert.execute();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WarehouseFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
