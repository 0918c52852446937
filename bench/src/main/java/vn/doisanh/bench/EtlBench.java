package vn.doisanh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the ETL command in a child JVM, as `./doisanh etl` does, timing it and watching its heap. */
public final class EtlBench {
    private final Path work;

    public EtlBench(Path work) {
        this.work = work;
    }

    /** One ETL run of {@code in} into a fresh {@code out}; {@code extraRegistry} for the invented national units. */
    public EtlRunResult run(String label, Path in, Path out, Path extraRegistry, List<String> extraJvmArgs)
            throws IOException, InterruptedException {
        NationalSet.deleteTree(out);
        Path log = work.resolve("logs").resolve("etl-" + label + ".log");
        Path peak = work.resolve("logs").resolve("etl-" + label + ".heap");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Files.deleteIfExists(peak);
        List<String> jvm = new ArrayList<>(extraJvmArgs);
        if (extraRegistry != null) {
            jvm.add("-D" + vn.doisanh.units.UnitRegistry.EXTRA_PROPERTY + "=" + extraRegistry);
        }
        List<String> args = List.of(peak.toString(), "vn.doisanh.etl.EtlCommand", "--in", in.toString(), "--out",
                out.toString(), "--fresh", "--keep", "1");
        long start = System.nanoTime();
        ChildJvm.runToEnd(ChildJvm.builder(jvm, HeapWatch.class.getName(), args, log), log);
        double wall = (System.nanoTime() - start) / 1e9;
        long peakBytes = Files.exists(peak) ? Long.parseLong(Files.readString(peak).trim()) : -1;
        return EtlRunResult.parse(Files.readString(log, StandardCharsets.UTF_8), wall, peakBytes);
    }
}
