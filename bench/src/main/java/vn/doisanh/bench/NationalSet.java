package vn.doisanh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import vn.doisanh.sampledata.GenerateCommand;

/**
 * The national sets: the generator's 3,321-unit × 8-quarter run made once (it is seeded, so a folder that already
 * holds a complete run is reused), and subsets of N reports as hard links to the first N/8 unit folders (no copy).
 */
public final class NationalSet {
    public static final int PERIODS = 8;
    public static final int MAX_UNITS = 3321;
    private final Path root;

    public NationalSet(Path work) {
        this.root = work.resolve("national");
    }

    /** The full generated run; generates it if missing (about 75 s on 2 cores), logging the time apart. */
    public Path full(Log log) throws IOException, InterruptedException {
        Path full = root.resolve("all-" + MAX_UNITS + "x" + PERIODS);
        Path done = full.resolve(".complete");
        if (Files.exists(done)) {
            log.line("national: reusing the generated set in " + full + " (seeded: same files as a fresh run)");
            return full;
        }
        deleteTree(full);
        log.line("national: generating " + MAX_UNITS + " units × " + PERIODS + " quarters into " + full);
        long start = System.nanoTime();
        Path genLog = root.resolve("generate.log");
        Files.createDirectories(root);
        ChildJvm.runToEnd(ChildJvm.builder(List.of(), GenerateCommand.class.getName(), List.of("--units",
                Integer.toString(MAX_UNITS), "--periods", Integer.toString(PERIODS), "--out", full.toString()),
                genLog), genLog);
        Files.writeString(done, "");
        log.line(String.format(java.util.Locale.ROOT, "national: generated in %.0f s", (System.nanoTime() - start) / 1e9));
        return full;
    }

    /** The first {@code reports / 8} unit folders of the full set, hard-linked; the full set itself at the top. */
    public Path subset(Path full, int reports) throws IOException {
        int units = Math.min(MAX_UNITS, (reports + PERIODS - 1) / PERIODS);
        if (units >= MAX_UNITS) {
            return full;
        }
        Path subset = root.resolve("n" + units * PERIODS);
        deleteTree(subset);
        List<Path> unitDirs;
        try (Stream<Path> children = Files.list(full)) {
            unitDirs = children.filter(Files::isDirectory).sorted().limit(units).toList();
        }
        for (Path unitDir : unitDirs) {
            try (Stream<Path> files = Files.walk(unitDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = subset.resolve(full.relativize(file));
                    Files.createDirectories(target.getParent());
                    Files.createLink(target, file);
                }
            }
        }
        return subset;
    }

    public static Path registryOf(Path full) {
        return full.resolve("synthetic-units.csv");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
