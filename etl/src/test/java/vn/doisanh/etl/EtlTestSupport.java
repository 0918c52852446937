package vn.doisanh.etl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.doisanh.warehouse.snapshot.SnapshotStore;
import vn.doisanh.warehouse.sql.DuckDb;

/** Copies of the test reports, ETL runs over them, and the warehouse's contents in comparable form. */
final class EtlTestSupport {
    /** Every copied file gets this modification time, so "newer" is decided by report date, then name. */
    static final Instant FIXED_MTIME = Instant.parse("2026-04-15T00:00:00Z");

    /** The tables whose contents must not depend on how or how often the job ran. */
    private static final List<String> CONTENT_TABLES = List.of("int_units", "int_indicators", "int_periods",
            "int_reports", "int_facts", "int_facts_history", "int_values", "mart_rankings", "mart_indicator_stats",
            "mart_peers", "mart_quality");

    private static Path sharedLocalRun;
    private static Path sharedReports;

    private EtlTestSupport() {
    }

    /** A fresh copy of src/test/resources/reports under {@code dir}/reports, with fixed modification times. */
    static Path copyReports(Path dir) {
        try {
            Path source = Path.of(EtlTestSupport.class.getResource("/reports").toURI());
            Path target = dir.resolve("reports");
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.sorted().toList()) {
                    Path copy = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(path, copy);
                        Files.setLastModifiedTime(copy, FileTime.from(FIXED_MTIME));
                    }
                }
            }
            // Build output of a Maven module beside reports (git ignores target/, so it is made here).
            Files.createDirectories(target.resolve("tools/target"));
            Files.writeString(target.resolve("tools/target/copy.txt"), "not a report either\n");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One local[*] run over the test reports, shared by the test classes of this JVM (a run costs seconds). */
    static synchronized Path sharedLocalRun() {
        if (sharedLocalRun == null) {
            try {
                Path dir = Files.createTempDirectory("doisanh-etl-local");
                deleteOnExit(dir);
                sharedReports = copyReports(dir);
                sharedLocalRun = dir.resolve("data");
                run(EtlOptions.local(List.of(sharedReports.toString()), sharedLocalRun));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sharedLocalRun;
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

    static synchronized Path sharedReports() {
        sharedLocalRun();
        return sharedReports;
    }

    static EtlSummary run(EtlOptions options) {
        return new EtlRun(options, new PrintStream(System.err, true, StandardCharsets.UTF_8)).run();
    }

    static Path currentDatabase(Path data) {
        return new SnapshotStore(data).current().orElseThrow().database();
    }

    /** Every content table as sorted rows of text: equal maps mean equal warehouses. */
    static Map<String, List<String>> contents(Path database) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : CONTENT_TABLES) {
            tables.put(table, rows(database, "SELECT * FROM " + table + " ORDER BY ALL"));
        }
        return tables;
    }

    static List<String> rows(Path database, String sql) {
        try (Connection c = DuckDb.open(database, true); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(r.getObject(i));
                }
                out.add(row.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
