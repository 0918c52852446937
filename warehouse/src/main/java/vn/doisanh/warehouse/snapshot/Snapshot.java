package vn.doisanh.warehouse.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One immutable build of the warehouse: {@code snapshots/<id>/} with the Parquet the ETL wrote, the DuckDB file
 * built from it and, written last, {@code snapshot.json}; a folder without it is unfinished and never published.
 */
public record Snapshot(String id, Path dir) {
    public static final String DATABASE = "warehouse.duckdb";
    public static final String PARQUET = "parquet";
    public static final String MANIFEST = "snapshot.json";

    public Snapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dir, "dir");
    }

    public Path database() {
        return dir.resolve(DATABASE);
    }

    public Path parquet() {
        return dir.resolve(PARQUET);
    }

    public Path manifest() {
        return dir.resolve(MANIFEST);
    }

    public boolean isComplete() {
        return Files.isRegularFile(manifest()) && Files.isRegularFile(database());
    }
}
