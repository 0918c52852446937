package vn.doisanh.etl;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.units.UnitRegistry;
import vn.doisanh.warehouse.build.WarehouseBuilder;
import vn.doisanh.warehouse.snapshot.PublishLock;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/**
 * One ETL run: list the reports, extract them in parallel on Spark, supersede older reports, write the Parquet of
 * a new snapshot, stop Spark, build the DuckDB warehouse from that Parquet, then publish the snapshot in one atomic
 * step and prune old ones. Nothing a reader can see changes until the publish.
 */
final class EtlRun {
    private final EtlOptions options;
    private final PrintStream err;

    EtlRun(EtlOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    EtlSummary run() {
        long started = System.nanoTime();
        InputListing.requireLocalInputsExist(options.inputs());
        SnapshotStore store = new SnapshotStore(options.out());
        Catalogue catalogue = Catalogue.load();
        UnitRegistry registry = UnitRegistry.load();
        try (PublishLock lock = PublishLock.acquire(store.root()); Progress progress = new Progress(err)) {
            Optional<Snapshot> previous = options.fresh() ? Optional.empty() : store.current();
            SparkSession spark = SparkSessions.start(options.master(), options.conf());
            double sparkStart = seconds(started);
            Snapshot snapshot = store.create(Instant.now());
            Counts counts;
            long jobStarted = System.nanoTime();
            try {
                JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
                progress.watch(context);
                counts = extractAndWrite(spark, context, progress, previous, snapshot, catalogue, registry);
            } finally {
                progress.phase("stopping Spark");
                spark.stop();
            }
            double job = seconds(jobStarted);
            long warehouseStarted = System.nanoTime();
            progress.phase("building the DuckDB warehouse");
            new WarehouseBuilder(catalogue).build(snapshot.parquet(), snapshot.database(),
                    new WarehouseBuilder.BuildInfo(snapshot.id(), Instant.now()));
            EtlSummary summary = counts.summary(snapshot, registry.size(), sparkStart, job, seconds(warehouseStarted),
                    seconds(started));
            new SnapshotManifest(snapshot.id(), Instant.now().toString(), Catalogue.VERSION, options.inputs(),
                    summary.counts()).writeTo(snapshot);
            progress.phase("publishing");
            store.publish(snapshot);
            progress.phase("pruning old snapshots");
            store.prune(options.keep(), Optional.empty());
            return summary;
        }
    }

    private Counts extractAndWrite(SparkSession spark, JavaSparkContext context, Progress progress,
            Optional<Snapshot> previous, Snapshot snapshot, Catalogue catalogue, UnitRegistry registry) {
        progress.phase("listing reports");
        List<SourceFile> files = InputListing.list(context.hadoopConfiguration(), options.inputs());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no report files under " + String.join(", ", options.inputs()));
        }
        progress.phase("extracting " + files.size() + " files");
        Broadcast<SerializableConfiguration> hadoopConf = context.broadcast(
                new SerializableConfiguration(context.hadoopConfiguration()));
        JavaRDD<FileOutcome> outcomes = context.parallelize(files, slices(files.size(), context.defaultParallelism()))
                .mapPartitions(new ExtractFiles(hadoopConf, options.givenUnit(), options.givenPeriod()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long quarantinedFiles = outcomes.filter(FileOutcome::quarantinedWhole).count();
        Dataset<Row> reportsIn = spark.createDataFrame(outcomes.flatMap(o -> o.reports().iterator()), Tables.REPORTS);
        Dataset<Row> factsIn = spark.createDataFrame(outcomes.flatMap(o -> o.facts().iterator()), Tables.FACTS);
        Dataset<Row> warningsIn = spark.createDataFrame(outcomes.flatMap(o -> o.warnings().iterator()), Tables.QUALITY);
        Dataset<Row> quarantine = spark.createDataFrame(outcomes.flatMap(o -> o.quarantine().iterator()),
                Tables.QUARANTINE).cache();
        Dataset<Row> reading = spark.createDataFrame(outcomes.flatMap(o -> o.reading().iterator()), Tables.READING);
        Dataset<Row> unreadNumbers = spark.createDataFrame(outcomes.flatMap(o -> o.unreadNumbers().iterator()),
                Tables.UNREAD_NUMBERS);
        Optional<Path> previousParquet = previous.map(Snapshot::parquet);
        Supersession.Result result = Supersession.apply(reportsIn, factsIn,
                ParquetTables.readOrEmpty(spark, previousParquet, "facts", Tables.FACTS),
                ParquetTables.readOrEmpty(spark, previousParquet, "facts_history", Tables.HISTORY));
        Dataset<Row> reports = result.reports().cache();
        Dataset<Row> facts = result.facts().cache();
        Dataset<Row> history = result.history().cache();
        Dataset<Row> quality = warningsIn.unionByName(result.warnings()).cache();
        Dataset<Row> currentReports = reports.where(col("status").equalTo("current"));

        ParquetTables parquet = new ParquetTables(spark, snapshot.parquet(), progress);
        parquet.write("units", Dimensions.units(spark, registry), "code");
        parquet.write("indicators", Dimensions.indicators(spark, catalogue), "ordinal");
        parquet.write("periods", Dimensions.periods(currentReports), "period_start", "period_end");
        parquet.write("reports", reports, "unit_code", "period_key", "source_file");
        parquet.writePartitioned("facts", facts, "unit_code", "indicator", "qualifier_key", "source_file");
        parquet.writePartitioned("facts_history", history, "unit_code", "indicator", "qualifier_key", "source_file");
        parquet.write("quality", quality, "source_file", "unit_code", "period_key", "code", "message");
        parquet.write("quarantine", quarantine, "source_file", "code", "indicator");
        parquet.write("reading", reading, "source_file", "unit_code", "period_key");
        parquet.write("unread_numbers", unreadNumbers, "source_file", "unit_code", "period_key", "number_offset");

        progress.phase("counting");
        // One aggregate per table instead of a count job each (same numbers; a distinct count includes null, as
        // distinct().count() does).
        Column current = col("status").equalTo("current");
        Row reportCounts = reports.agg(count(lit(1)), count(when(current, lit(1))),
                distinctWithNull(when(current, col("period_key")), current.and(col("period_key").isNull()))).first();
        Row factCounts = facts.agg(count(lit(1)), distinctWithNull(col("unit_code"), col("unit_code").isNull()))
                .first();
        long currentCount = reportCounts.getLong(1);
        Counts counts = new Counts(files.size(), quarantinedFiles, currentCount,
                reportCounts.getLong(0) - currentCount, factCounts.getLong(1), reportCounts.getLong(2),
                factCounts.getLong(0), history.count(), quarantine.where(col("indicator").isNotNull()).count(),
                quality.count());
        outcomes.unpersist();
        return counts;
    }

    /** The number of distinct values of {@code value}, counting null once if {@code isNull} holds on any row. */
    private static Column distinctWithNull(Column value, Column isNull) {
        return count_distinct(value).plus(coalesce(max(when(isNull, lit(1L)).otherwise(lit(0L))), lit(0L)));
    }

    /**
     * Enough tasks for a useful progress line and an even spread, never fewer than four per core: about 32 files
     * a task (8 made the per-task cost of every stage over the outcomes, not the extraction, the larger part at
     * national scale; see bench/profile-notes.md).
     */
    static int slices(int files, int parallelism) {
        return Math.max(1, Math.min(files, Math.max(parallelism * 4, (files + 31) / 32)));
    }

    private record Counts(long files, long quarantinedFiles, long reports, long superseded, long units, long periods,
            long facts, long history, long quarantinedFacts, long warnings) {
        EtlSummary summary(Snapshot snapshot, int registrySize, double sparkStart, double job, double warehouse,
                double total) {
            return new EtlSummary(snapshot.id(), snapshot.dir().toString(), files, quarantinedFiles, reports,
                    superseded, units, registrySize, periods, facts, history, quarantinedFacts, warnings, sparkStart,
                    job, warehouse, total);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
