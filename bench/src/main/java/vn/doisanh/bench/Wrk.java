package vn.doisanh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The `wrk` load generator (Debian package wrk): found on the PATH, or installed with apt-get when root. */
public final class Wrk {
    private final String binary;

    private Wrk(String binary) {
        this.binary = binary;
    }

    /** wrk if present or installable; empty with the reason logged otherwise (the HTTP rows say "not run"). */
    public static Optional<Wrk> findOrInstall(Log log) throws InterruptedException {
        Optional<String> found = which();
        if (found.isEmpty() && "root".equals(System.getProperty("user.name"))) {
            log.line("http: wrk is missing; installing the Debian package (apt-get install -y wrk)");
            run(List.of("apt-get", "install", "-y", "-q", "wrk"));
            found = which();
        }
        if (found.isEmpty()) {
            log.line("http: wrk is missing. Install it (sudo apt-get install wrk) and run again; HTTP rows skipped.");
        }
        return found.map(Wrk::new);
    }

    /** One run: {@code connections} connections, 2 threads (one per core), latency distribution on. */
    public WrkResult run(String url, int connections, int seconds, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(binary, "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.writeString(log, out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return WrkResult.parse(out);
    }

    private static Optional<String> which() throws InterruptedException {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static void run(List<String> command) throws InterruptedException {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            // apt-get missing: the caller reports wrk as missing
        }
    }
}
