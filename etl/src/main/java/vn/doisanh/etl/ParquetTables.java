package vn.doisanh.etl;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes and reads the snapshot's Parquet tables ({@code <snapshot>/parquet/<table>}). Facts and their history are
 * partitioned by period, one file per period, rows sorted, so the same input gives the same files. An empty
 * table still gets one file with its schema: the warehouse build reads every table.
 */
final class ParquetTables {
    static final String PARTITION = "period_key";

    private final Path root;
    private final Progress progress;

    ParquetTables(SparkSession spark, Path root, Progress progress) {
        this.root = root;
        this.progress = progress;
    }

    void write(String table, Dataset<Row> rows, String... sortColumns) {
        progress.phase("writing Parquet: " + table);
        String path = root.resolve(table).toUri().toString();
        rows.coalesce(1).sortWithinPartitions(sortOrder(sortColumns)).write().mode(SaveMode.ErrorIfExists).parquet(path);
        requireAFile(table);
    }

    void writePartitioned(String table, Dataset<Row> rows, String... sortColumns) {
        progress.phase("writing Parquet: " + table);
        String path = root.resolve(table).toUri().toString();
        if (rows.isEmpty()) {
            rows.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(path);
        } else {
            rows.repartition(col(PARTITION)).sortWithinPartitions(sortOrder(sortColumns)).write().mode(SaveMode.ErrorIfExists)
                    .partitionBy(PARTITION).parquet(path);
        }
        requireAFile(table);
    }

    private static org.apache.spark.sql.Column[] sortOrder(String[] names) {
        return java.util.Arrays.stream(names).map(name -> col(name).asc_nulls_first())
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    /** A table of an earlier snapshot, or an empty one when there is none (first run, or --fresh). */
    static Dataset<Row> readOrEmpty(SparkSession spark, Optional<Path> parquetRoot, String table, StructType schema) {
        if (parquetRoot.isPresent() && Files.isDirectory(parquetRoot.get().resolve(table))) {
            return spark.read().schema(schema).parquet(parquetRoot.get().resolve(table).toUri().toString())
                    .select(Supersession.columns(schema));
        }
        return spark.createDataFrame(java.util.List.of(), schema);
    }

    private void requireAFile(String table) {
        try (Stream<Path> files = Files.walk(root.resolve(table))) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".parquet"))) {
                throw new IllegalStateException("Spark wrote no Parquet file for table " + table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
