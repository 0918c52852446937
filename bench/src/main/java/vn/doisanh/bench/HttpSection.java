package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * wrk at 64 connections on loopback against two API routes, each beside a static file served by the same server,
 * and the dashboard's RSS under that load. wrk shares the 2 cores with the server, as it would on this machine.
 */
public final class HttpSection {
    static final String STATIC = "/assets/css/app.css";
    static final List<String> ROUTES = List.of("/api/ranking", "/api/units/10816/profile");
    private final Wrk wrk;
    private final int seconds;
    private final int warmupSeconds;
    private final Path logs;
    private final Log log;

    public HttpSection(Wrk wrk, int seconds, int warmupSeconds, Path logs, Log log) {
        this.wrk = wrk;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.logs = logs;
        this.log = log;
    }

    public List<Figure> run(DashboardServer server) throws Exception {
        Path wrkLog = logs.resolve("wrk.log");
        List<Figure> figures = new ArrayList<>();
        try (RssSampler rss = new RssSampler(server.pid())) {
            for (String path : List.of(STATIC, ROUTES.get(0), ROUTES.get(1))) {
                wrk.run(server.url(path), 64, warmupSeconds, wrkLog); // JIT and caches warm, not counted
            }
            WrkResult base = wrk.run(server.url(STATIC), 64, seconds, wrkLog);
            log.line("http static " + STATIC + ": " + base.describe());
            for (String route : ROUTES) {
                WrkResult r = wrk.run(server.url(route), 64, seconds, wrkLog);
                log.line("http " + route + ": " + r.describe());
                boolean holds = r.requestsPerSecond() >= 2000 && r.p99Ms() <= 25 && r.errors() == 0;
                figures.add(new Figure("HTTP " + route + ", 64 connections, " + seconds + " s, city warehouse",
                        r.describe() + " (p90 " + String.format(Locale.ROOT, "%.2f", r.p90Ms()) + " ms)",
                        "static " + STATIC + ": " + base.describe(),
                        Ratio.of(r.requestsPerSecond(), base.requestsPerSecond()),
                        "≥ 2,000 req/s, p99 ≤ 25 ms, 0 errors", Verdict.of(holds),
                        "ratio = req/s of the route ÷ req/s of the static file."));
            }
            double peak = rss.peakMb();
            log.line(String.format(Locale.ROOT, "dashboard RSS peak under load: %.0f MB", peak));
            figures.add(new Figure("memory: dashboard RSS under the HTTP load", String.format(Locale.ROOT,
                    "%.0f MB peak (VmRSS sampled every 100 ms)", peak), "—", null, "≤ 512 MB",
                    Verdict.of(peak <= 512), "JVM options of dashboard/jvm.options, as `./doisanh serve` starts it."));
        }
        return figures;
    }
}
