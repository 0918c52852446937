package vn.doisanh.etl;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * The job's Spark session. Local by default; any master URL works. For a standalone cluster on this machine
 * (master on 127.0.0.1 or localhost) the executors are started from the driver's own classpath and JVM flags, so
 * the project runs on a real multi-process cluster with nothing installed; a remote cluster needs the application
 * jars shipped (pass {@code --conf spark.jars=…}).
 */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession start(String master, Map<String, String> conf) {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("doisanh-etl")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // LocalDate and Instant in rows, not java.sql.Date: no time-zone shifts on dates.
                .config("spark.sql.datetime.java8API.enabled", "true")
                // A few hundred reports: a handful of shuffle partitions, not the default 200.
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
        if (isLoopbackCluster(master)) {
            builder.config("spark.executor.extraClassPath", absoluteClassPath())
                    .config("spark.executor.extraJavaOptions", jvmOpens());
        }
        conf.forEach(builder::config);
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    static boolean isLoopbackCluster(String master) {
        if (!master.startsWith("spark://")) {
            return false;
        }
        String host = URI.create(master.split(",")[0]).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }

    /** Executors start in the worker's folder: relative classpath entries must become absolute. */
    static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> entry.endsWith("*") ? java.nio.file.Path.of(entry.substring(0, entry.length() - 1))
                        .toAbsolutePath() + java.io.File.separator + "*"
                        : java.nio.file.Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** The driver's --add-opens and the two flags that go with them (the launcher's jvm.opens). */
    static String jvmOpens() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect.useDirectMethodHandle")
                        || a.startsWith("-Dio.netty.tryReflectionSetAccessible") || a.startsWith("-Dfile.encoding"))
                .collect(Collectors.joining(" "));
    }
}
