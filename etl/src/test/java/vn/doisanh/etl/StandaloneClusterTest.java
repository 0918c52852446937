package vn.doisanh.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on a real multi-process Spark cluster: a standalone master and one worker started on loopback from
 * this module's own classpath (no Spark installation), the worker's executors in their own JVMs. Its warehouse
 * must equal the local[*] run's.
 */
class StandaloneClusterTest {
    @TempDir
    static Path dir;
    private static final List<Process> daemons = new ArrayList<>();
    private static String masterUrl;

    @BeforeAll
    @Timeout(90)
    static void startMasterAndWorker() throws Exception {
        // The worker builds executor command lines from SPARK_HOME/jars (empty here: the classpath comes from
        // spark.executor.extraClassPath, which the job sets for a loopback master).
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars")).getParent();
        // The daemons log at info (the module's own log4j2.properties says warn) so the test sees the worker register.
        Files.writeString(dir.resolve("log4j2-daemons.properties"), String.join("\n",
                "appender.file.type = Console", "appender.file.name = out",
                "appender.file.layout.type = PatternLayout", "appender.file.layout.pattern = %d %p %c{1} %m%n",
                "rootLogger.level = info", "rootLogger.appenderRef.out.ref = out", ""));
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        daemons.add(start("master", sparkHome, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        waitForPort(port, Duration.ofSeconds(60));
        Path workerLog = dir.resolve("worker.log");
        daemons.add(start("worker", sparkHome, "org.apache.spark.deploy.worker.Worker", masterUrl, "--host",
                "127.0.0.1", "--cores", "2", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", dir.resolve("work").toString()));
        waitForLine(workerLog, "Successfully registered with master", Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopDaemons() {
        for (Process daemon : daemons) {
            daemon.descendants().forEach(ProcessHandle::destroy);
            daemon.destroy();
        }
        for (Process daemon : daemons) {
            try {
                if (!daemon.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    daemon.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    @Timeout(150)
    void theJobOnAStandaloneClusterBuildsTheSameWarehouseAsLocally() {
        Path local = EtlTestSupport.sharedLocalRun();
        Path reports = EtlTestSupport.sharedReports();
        Path data = dir.resolve("cluster-data");
        EtlSummary summary = EtlTestSupport.run(new EtlOptions(List.of(reports.toString()), data, masterUrl, 3,
                false, Map.of("spark.executor.memory", "512m", "spark.cores.max", "2")));
        assertThat(summary.reports()).isEqualTo(13);
        assertThat(EtlTestSupport.contents(EtlTestSupport.currentDatabase(data)))
                .isEqualTo(EtlTestSupport.contents(EtlTestSupport.currentDatabase(local)));
        assertThat(dir.resolve("work")).isNotEmptyDirectory(); // the executors really ran in the worker
    }

    private static Process start(String name, Path sparkHome, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2-daemons.properties"));
        command.addAll(List.of(System.getProperty("doisanh.jvm.opens", "").split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        command.removeIf(String::isBlank);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        // Without it Spark's launcher looks for a Spark source build under SPARK_HOME to learn the Scala version.
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_LOG_DIR", dir.resolve("logs").toString());
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on " + port + ": "
                + Files.readString(dir.resolve("master.log")));
    }

    private static void waitForLine(Path log, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the Spark worker did not register: " + Files.readString(log));
    }
}
