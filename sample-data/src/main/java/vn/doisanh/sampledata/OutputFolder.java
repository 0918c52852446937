package vn.doisanh.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares the output folder. A folder from an earlier run (it has ground-truth.csv) is cleared of what the
 * generator made, unit folders and its CSVs, and nothing else; any other non-empty folder is refused, so a wrong
 * --out cannot wipe someone's files.
 */
final class OutputFolder {
    static final String GROUND_TRUTH = "ground-truth.csv";
    static final String OUTCOMES = "expected-outcomes.csv";
    static final String INVENTED_UNITS = "synthetic-units.csv";
    private static final List<String> OWN_FILES = List.of(GROUND_TRUTH, OUTCOMES, INVENTED_UNITS);

    private OutputFolder() {
    }

    static void prepare(Path out) {
        try {
            Files.createDirectories(out);
            boolean earlierRun = Files.exists(out.resolve(GROUND_TRUTH));
            try (Stream<Path> children = Files.list(out)) {
                for (Path child : children.sorted().toList()) {
                    if (!earlierRun) {
                        throw new IllegalArgumentException(out + " is not empty and holds no earlier generation ("
                                + GROUND_TRUTH + " is missing); choose an empty --out");
                    }
                    if (isGenerated(child)) {
                        deleteTree(child);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + out, e);
        }
    }

    private static boolean isGenerated(Path child) {
        String name = child.getFileName().toString();
        return OWN_FILES.contains(name) || (Files.isDirectory(child) && name.matches("\\d{5}"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
