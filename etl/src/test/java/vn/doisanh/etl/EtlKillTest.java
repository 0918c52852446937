package vn.doisanh.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.warehouse.snapshot.PublishLock;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/**
 * Fault injection: the ETL, a child JVM running {@link EtlCommand}, is SIGKILLed at random moments of a load, aimed
 * at each phase by its progress lines on stderr. After every kill the served snapshot must be whole (the one
 * before the kill, or the new one if the kill came after the publish), the publish lock free, and the next load
 * must succeed and clear what the killed one left. {@code -Dkills=N} (default 21), {@code -Dkills.seed=N|random}.
 */
class EtlKillTest {
    /** Where a kill is aimed: the progress line that opens the phase (null: the launch of the JVM). */
    private enum Phase {
        SPARK_START_UP(null), EXTRACTION("etl: extracting"), PARQUET_WRITES("etl: writing Parquet"),
        COUNTING("etl: counting"), DUCKDB_BUILD("etl: building the DuckDB"), PUBLISH("etl: publishing"),
        PRUNE("etl: pruning");

        final String line;

        Phase(String line) {
            this.line = line;
        }

        /** The phase a progress line belongs to. */
        static Phase of(String line) {
            Phase found = SPARK_START_UP;
            for (Phase phase : values()) {
                if (phase.line != null && line.startsWith(phase.line)) {
                    found = phase;
                }
            }
            return line.startsWith("etl: stopping Spark") ? COUNTING : found;
        }
    }

    private static final int KEEP = 2;

    @TempDir
    static Path dir;
    private static Path inputA;
    private static Path inputB;

    @BeforeAll
    static void twoSmallInputs() throws IOException {
        Path reports = EtlTestSupport.copyReports(dir.resolve("copy"));
        inputA = copyTree(reports.resolve("11560"), dir.resolve("a/11560"));
        inputB = copyTree(reports.resolve("11635"), dir.resolve("b/11635"));
        inputA = inputA.getParent();
        inputB = inputB.getParent();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void SIGKILL_at_any_moment_leaves_the_served_snapshot_whole() throws Exception {
        int kills = Integer.getInteger("kills", 21);
        String seedText = System.getProperty("kills.seed", "20261127");
        long seed = seedText.equals("random") ? System.nanoTime() : Long.parseLong(seedText);
        System.out.println("[kill] seed " + seed + ", " + kills + " kills");
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path scratch = Files.createDirectories(dir.resolve("spark-scratch"));
        SnapshotStore store = new SnapshotStore(data);

        // Two whole loads first: their contents are the only answers the warehouse may ever give.
        ChildRun baseline = ChildRun.start(inputA, data, scratch);
        assertThat(baseline.awaitExit(5, TimeUnit.MINUTES)).as("baseline run:\n%s", baseline.log()).isZero();
        Map<Path, Contents> expected = new LinkedHashMap<>();
        expected.put(inputA, Contents.of(store.current().orElseThrow()));
        loadInProcess(inputB, data, scratch);
        expected.put(inputB, Contents.of(store.current().orElseThrow()));
        assertThat(expected.get(inputA)).isNotEqualTo(expected.get(inputB));
        Map<Phase, Long> starts = baseline.phaseStarts();
        long end = baseline.ended();
        System.out.println("[kill] baseline phases (ms from launch): " + starts + ", exit " + end);

        List<String> outcomes = new ArrayList<>();
        int killed = 0;
        for (int attempt = 0; killed < kills && attempt < kills * 2; attempt++) {
            Phase aim = Phase.values()[attempt % Phase.values().length];
            Path before = attempt % 2 == 0 ? inputB : inputA;
            Path load = before == inputA ? inputB : inputA;
            String beforeId = store.current().orElseThrow().id();

            ChildRun run = ChildRun.start(load, data, scratch);
            long delay = (long) (random.nextDouble() * phaseLength(starts, end, aim));
            Optional<Phase> at = run.killAt(aim, delay);
            Snapshot served = store.current().orElseThrow();
            String serves = served.id().equals(beforeId) ? "old" : "new";
            if (at.isEmpty()) {
                outcomes.add(aim + ":finished-first");
            } else {
                killed++;
                outcomes.add(at.get() + "+" + delay + "ms:" + serves);
            }
            System.out.println("[kill] " + (attempt + 1) + ": aimed at " + aim + " +" + delay + " ms, " + at
                    .map(p -> "killed in " + p).orElse("the run finished first") + ", current serves the " + serves
                    + " snapshot");

            assertThat(served.isComplete()).as("current after a kill in %s", at).isTrue();
            Contents now = Contents.of(served);
            if (served.id().equals(beforeId)) {
                assertThat(now).as("the snapshot served before the kill (%s)", at).isEqualTo(expected.get(before));
            } else {
                assertThat(now).as("the new load, published before the kill (%s)", at).isEqualTo(expected.get(load));
            }
            PublishLock.acquire(data).close();

            EtlSummary next = loadInProcess(load, data, scratch);
            assertThat(store.current().orElseThrow().id()).isEqualTo(next.snapshotId());
            assertThat(Contents.of(store.current().orElseThrow())).isEqualTo(expected.get(load));
            assertNoLitter(data);
        }
        long newServed = outcomes.stream().filter(o -> o.endsWith(":new")).count();
        long scratchLeft;
        try (Stream<Path> left = Files.list(scratch)) {
            scratchLeft = left.count();
        }
        System.out.printf("[kill] seed %d: %d kills, %d survived (%d served the old snapshot, %d the new one); "
                + "%d Spark scratch folders left in spark.local.dir; %s%n", seed, killed, killed, killed - newServed,
                newServed, scratchLeft, outcomes);
        assertThat(killed).isGreaterThanOrEqualTo(kills);
    }

    /** How long a phase lasted in the baseline run: the window a kill aimed at it is drawn from. */
    private static long phaseLength(Map<Phase, Long> starts, long ended, Phase phase) {
        long start = phase == Phase.SPARK_START_UP ? 0 : starts.getOrDefault(phase, 0L);
        long end = starts.entrySet().stream().filter(e -> e.getKey().ordinal() > phase.ordinal())
                .mapToLong(Map.Entry::getValue).min().orElse(ended);
        return Math.max(50, end - start);
    }

    private static EtlSummary loadInProcess(Path input, Path data, Path scratch) {
        return EtlTestSupport.run(new EtlOptions(List.of(input.toString()), data, "local[2]", KEEP, true,
                Map.of("spark.local.dir", scratch.toString())));
    }

    /** The data folder holds the snapshots kept, all complete, the link and the lock: nothing a killed run left. */
    private static void assertNoLitter(Path data) throws IOException {
        SnapshotStore store = new SnapshotStore(data);
        assertThat(store.listNewestFirst()).hasSizeLessThanOrEqualTo(KEEP).allMatch(Snapshot::isComplete);
        try (Stream<Path> children = Files.list(data)) {
            assertThat(children.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(SnapshotStore.CURRENT, SnapshotStore.SNAPSHOTS, ".lock");
        }
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(path));
                }
            }
        }
        return to;
    }

    /** What a snapshot answers: table counts from DuckDB opened read-only, and the manifest's counts. */
    private record Contents(Map<String, String> tables, Map<String, Long> manifest) {
        static Contents of(Snapshot snapshot) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (String table : List.of("int_reports", "int_facts", "int_facts_history", "int_values", "mart_rankings",
                    "mart_quality")) {
                tables.put(table, EtlTestSupport.rows(snapshot.database(), "SELECT count(*) FROM " + table).get(0));
            }
            tables.put("facts_sum", EtlTestSupport.rows(snapshot.database(),
                    "SELECT round(sum(value), 3) FROM int_facts").get(0));
            return new Contents(tables, SnapshotManifest.readFrom(snapshot).counts());
        }
    }

    /** One ETL in a child JVM, its stderr read line by line with the time each progress line arrived. */
    private static final class ChildRun {
        private final Process process;
        private final long launched = System.nanoTime();
        private final List<String> log = new ArrayList<>();
        private final Map<Phase, Long> phaseStarts = new java.util.EnumMap<>(Phase.class);
        private long ended = -1;
        private volatile Phase phase = Phase.SPARK_START_UP;
        private final Thread reader;

        private ChildRun(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "etl-child-stderr");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        static ChildRun start(Path input, Path data, Path scratch) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
            command.addAll(List.of(System.getProperty("doisanh.jvm.opens", "").split("\\s+")));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), EtlCommand.class.getName(),
                    "--in", input.toString(), "--out", data.toString(), "--master", "local[2]",
                    "--keep", String.valueOf(KEEP), "--fresh", "--conf", "spark.local.dir=" + scratch));
            command.removeIf(String::isBlank);
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return new ChildRun(builder.start());
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (log) {
                        log.add(line);
                        if (line.startsWith("etl: ") && !line.startsWith("etl: done")) {
                            Phase now = Phase.of(line);
                            phaseStarts.putIfAbsent(now, millisSinceLaunch());
                            phase = now;
                            log.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the process was killed: its pipe closes
            }
            synchronized (log) {
                ended = millisSinceLaunch();
                log.notifyAll();
            }
        }

        private long millisSinceLaunch() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
        }

        /** Waits for the phase to begin, then {@code delay} ms, then SIGKILL; the phase hit, or empty if it ended. */
        Optional<Phase> killAt(Phase aim, long delay) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            synchronized (log) {
                while (aim.line != null && phase.ordinal() < aim.ordinal() && process.isAlive()
                        && System.nanoTime() < deadline) {
                    log.wait(100);
                }
            }
            Thread.sleep(delay);
            Phase hit = phase;
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
            boolean wasAlive = process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 137;
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return wasAlive ? Optional.of(hit) : Optional.empty();
        }

        int awaitExit(long timeout, TimeUnit unit) throws InterruptedException {
            if (!process.waitFor(timeout, unit)) {
                process.destroyForcibly();
                return -1;
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return process.exitValue();
        }

        Map<Phase, Long> phaseStarts() {
            synchronized (log) {
                return new java.util.EnumMap<>(phaseStarts);
            }
        }

        long ended() {
            synchronized (log) {
                return ended;
            }
        }

        String log() {
            synchronized (log) {
                return String.join("\n", log);
            }
        }
    }
}
