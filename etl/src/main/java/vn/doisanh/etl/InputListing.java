package vn.doisanh.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import vn.doisanh.extract.ReportFiles;

/**
 * The report files under the input folders, on any Hadoop file system, in path order. Skips what is not a report
 * (ReportFiles' rules: units.csv, ground truth, manifests, hidden and {@code _} files), hidden folders, and the
 * {@code src} and {@code target} folders of a Maven module (sample-data is one: its generator's sources and build
 * output are not reports).
 */
final class InputListing {
    private InputListing() {
    }

    /** Fails before Spark starts (seconds) when a local input is missing; remote ones are checked when listed. */
    static void requireLocalInputsExist(List<String> inputs) {
        for (String input : inputs) {
            java.net.URI uri = new org.apache.hadoop.fs.Path(input).toUri();
            boolean local = uri.getScheme() == null || "file".equals(uri.getScheme());
            if (local && !java.nio.file.Files.exists(Path.of(uri.getPath()))) {
                throw new IllegalArgumentException("input " + input + " does not exist");
            }
        }
    }

    static List<SourceFile> list(Configuration hadoop, List<String> inputs) {
        List<SourceFile> files = new ArrayList<>();
        for (String input : inputs) {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
            try {
                FileSystem fs = root.getFileSystem(hadoop);
                if (!fs.exists(root)) {
                    throw new IllegalArgumentException("input " + input + " does not exist");
                }
                FileStatus status = fs.getFileStatus(root);
                String base = status.isFile() ? status.getPath().getParent().toString()
                        : status.getPath().getParent() == null ? status.getPath().toString()
                        : status.getPath().getParent().toString();
                walk(fs, status, base, files);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static void walk(FileSystem fs, FileStatus status, String base, List<SourceFile> files)
            throws IOException {
        if (status.isFile()) {
            if (ReportFiles.isReport(Path.of(status.getPath().getName()))) {
                String path = status.getPath().toString();
                String display = path.startsWith(base + "/") ? path.substring(base.length() + 1) : path;
                files.add(new SourceFile(path, display, status.getModificationTime(), status.getLen()));
            }
            return;
        }
        FileStatus[] children = fs.listStatus(status.getPath());
        boolean mavenModule = false;
        for (FileStatus child : children) {
            mavenModule |= child.isFile() && child.getPath().getName().equals("pom.xml");
        }
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            boolean skippedFolder = child.isDirectory() && (name.startsWith(".") || name.startsWith("_")
                    || mavenModule && (name.equals("src") || name.equals("target")));
            if (!skippedFolder) {
                walk(fs, child, base, files);
            }
        }
    }
}
