package vn.doisanh.dashboard.upload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the dashboard starts the ETL: as its own OS process, so the dashboard never loads Spark. The load adds
 * {@code --out DATA --keep N --in DIR…} to {@code command}.
 *
 * @param command     the prefix: {@code [<root>/doisanh, etl]} in production; in tests
 *                    {@code [java, -cp, <etl classpath>, vn.doisanh.etl.EtlCommand]}
 * @param workingDir  where the ETL runs; relative inputs recorded in a snapshot's manifest are relative to it
 * @param environment added to the dashboard's own (e.g. {@code SPARK_LOCAL_IP})
 * @param keep        snapshots the ETL keeps: more than its default of 3, so there is something to restore
 * @param timeout     a run still going after this is stopped and the load marked failed (a hung ETL would
 *                    otherwise block every later load)
 */
public record EtlProcess(List<String> command, Path workingDir, Map<String, String> environment, int keep,
                         Duration timeout) {
    public static final int DEFAULT_KEEP = 10;
    /** The city's ~340 reports take about a minute on two cores; an hour is far beyond any honest run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    public EtlProcess {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(workingDir, "workingDir");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the ETL command is empty");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (keep < 2) {
            throw new IllegalArgumentException("keep at least 2 snapshots, so a load can be undone; got " + keep);
        }
    }

    public EtlProcess(List<String> command, Path workingDir, Map<String, String> environment, int keep) {
        this(command, workingDir, environment, keep, DEFAULT_TIMEOUT);
    }

    /**
     * The launcher of the checkout the dashboard runs from: {@code ./doisanh} passes its root as the system property
     * {@code doisanh.root}; without it, the working folder.
     */
    public static EtlProcess fromLauncher() {
        return launcher(Path.of(System.getProperty("doisanh.root", "")));
    }

    /** The launcher of a checkout: {@code <root>/doisanh etl}, run from the root. */
    public static EtlProcess launcher(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new EtlProcess(List.of(absolute.resolve("doisanh").toString(), "etl"), absolute,
                Map.of("SPARK_LOCAL_IP", "127.0.0.1"), DEFAULT_KEEP);
    }
}
