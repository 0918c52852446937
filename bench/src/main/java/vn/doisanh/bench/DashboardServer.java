package vn.doisanh.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `./doisanh serve` in a child JVM on a free loopback port, so its RSS is the dashboard's alone. */
public final class DashboardServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private DashboardServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static DashboardServer start(Path data, Path log) throws IOException, InterruptedException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(log.getParent());
        // Public read-only: the benchmark reads anonymously, as wrk and the page timings cannot sign in.
        Process process = ChildJvm.builder(jvmOptions(), "vn.doisanh.dashboard.ServeCommand",
                List.of("--data", data.toString(), "--port", Integer.toString(port), "--public-read-only"), log).start();
        DashboardServer server = new DashboardServer(process, port);
        server.awaitUp(log);
        return server;
    }

    /** The dashboard's own JVM options (dashboard/jvm.options), as ./doisanh serve starts it. */
    static List<String> jvmOptions() throws IOException {
        Path options = Path.of("dashboard", "jvm.options");
        if (!Files.isRegularFile(options)) {
            return List.of();
        }
        return Files.readAllLines(options).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitUp(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the dashboard exited at start: see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("/api/meta")).toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the dashboard did not answer within 60 s: see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
