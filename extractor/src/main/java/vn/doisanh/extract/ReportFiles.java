package vn.doisanh.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The report files under a folder, in a stable order. Skips what sits beside reports but is not one: hidden
 * files, the unit registry, manifests, ground truth and expected-outcome tables, and anything named {@code _*}.
 */
public final class ReportFiles {
    private static final Set<String> EXTENSIONS = Set.of("txt", "docx", "pdf", "csv", "xlsx");
    private static final Set<String> NOT_REPORTS = Set.of("units.csv", "manifest.csv", "ground-truth.csv",
            "expected-outcomes.csv");

    private ReportFiles() {
    }

    public static List<Path> under(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                files.addAll(walk(root));
            } else {
                files.add(root);
            }
        }
        return files;
    }

    private static List<Path> walk(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(ReportFiles::isReport).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public static boolean isReport(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (name.startsWith(".") || name.startsWith("_") || dot < 0 || NOT_REPORTS.contains(lower)
                || lower.endsWith(".expected.csv") || lower.endsWith(".meta.csv")) {
            return false;
        }
        return EXTENSIONS.contains(lower.substring(dot + 1));
    }
}
