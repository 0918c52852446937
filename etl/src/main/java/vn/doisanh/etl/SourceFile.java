package vn.doisanh.etl;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file as listed on the driver: a Hadoop path (file:, hdfs:, s3a:…), its modification time and size,
 * and the name the warehouse records for it: relative to the parent of the input folder it was found under
 * ({@code --in sample-data} gives {@code sample-data/real/…}), so a clone elsewhere loads the same warehouse.
 */
record SourceFile(String path, String displayPath, long modifiedAtMillis, long length) implements Serializable {
    SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /** The last path segment, which is what the extractor's format detection and report filter look at. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
