package vn.doisanh.etl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run is asked to do.
 *
 * @param inputs report folders or files, any Hadoop path ({@code sample-data}, {@code hdfs://…/reports})
 * @param out    the local warehouse folder: {@code snapshots/} and the {@code current} link
 * @param master a Spark master URL ({@code local[*]}, {@code spark://host:7077}…)
 * @param keep   snapshots to keep, the current one included
 * @param fresh  ignore the published snapshot: history starts empty
 * @param conf   extra Spark settings
 */
record EtlOptions(List<String> inputs, Path out, String master, int keep, boolean fresh, Map<String, String> conf,
                  String givenUnit, String givenPeriod) {
    EtlOptions {
        inputs = List.copyOf(inputs);
        conf = Map.copyOf(conf);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(master, "master");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one --in folder of reports");
        }
        if (keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1 (the current snapshot), got " + keep);
        }
    }

    EtlOptions(List<String> inputs, Path out, String master, int keep, boolean fresh, Map<String, String> conf) {
        this(inputs, out, master, keep, fresh, conf, null, null);
    }

    static EtlOptions local(List<String> inputs, Path out) {
        return new EtlOptions(inputs, out, "local[*]", 3, false, Map.of());
    }
}
