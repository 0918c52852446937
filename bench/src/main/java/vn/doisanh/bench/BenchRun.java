package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sections in order: extraction, city ETL, HTTP and page over the city warehouse, national ladder, queries. */
final class BenchRun {
    private final BenchOptions options;
    private final Log log;
    private final List<String> notes;

    BenchRun(BenchOptions options, Log log, List<String> notes) {
        this.options = options;
        this.log = log;
        this.notes = notes;
    }

    List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        Optional<Wrk> wrk = Wrk.findOrInstall(log);
        log.line("extraction over " + options.sampleData());
        figures.add(new ExtractionBench(options.sampleData(), options.extractionWarmups(), options.extractionPasses())
                .run(log));
        EtlSection etl = new EtlSection(options.work(), log);
        figures.add(etl.city(options.sampleData(), options.cityEtlRuns()));
        figures.addAll(dashboard(etl.cityData(), wrk));

        NationalSet set = new NationalSet(options.work());
        Path full = set.full(log);
        List<EtlSection.NationalRung> rungs = new NationalLadder(etl, log, notes)
                .climb(set, full, options.ladder(), options.budgetSeconds());
        for (int i = 0; i < rungs.size(); i++) {
            figures.add(rungs.get(i).figure(i == rungs.size() - 1));
        }
        EtlSection.NationalRung top = rungs.get(rungs.size() - 1);
        linearity(rungs);
        figures.add(new Figure(String.format(Locale.ROOT, "memory: ETL peak heap, national N = %,d", top.reports()),
                top.etl().heapText() + " (used heap sampled every 20 ms)", "—", null, "≤ 4 GB",
                Verdict.of(top.etl().peakHeapBytes() > 0 && top.etl().peakHeapBytes() <= 4e9),
                "JVM defaults (max heap = ¼ of memory), as `./doisanh etl` starts it."));
        String scale = String.format(Locale.ROOT, "national warehouse (N = %,d)", top.reports());
        figures.addAll(new WarehouseSection(options.queries(), log).run(etl.nationalData(top.reports()), scale));
        return figures;
    }

    private List<Figure> dashboard(Path cityData, Optional<Wrk> wrk) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path logs = options.work().resolve("logs");
        try (DashboardServer server = DashboardServer.start(cityData, logs.resolve("dashboard.log"))) {
            if (wrk.isPresent()) {
                figures.addAll(new HttpSection(wrk.get(), options.wrkSeconds(), options.wrkWarmupSeconds(), logs, log)
                        .run(server));
            } else {
                HttpSection.ROUTES.forEach(r -> figures.add(Figure.notRun("HTTP " + r,
                        "≥ 2,000 req/s, p99 ≤ 25 ms, 0 errors", "wrk is not installed (apt-get install wrk)")));
            }
            try {
                figures.addAll(new PageSection(options.pageRuns(), log).run(server, options.work()));
            } catch (RuntimeException e) {
                log.line("page: " + e.getMessage());
                figures.add(Figure.notRun("page: navigation to first chart", "≤ 1.5 s",
                        "headless Chromium failed: " + e.getMessage()));
            }
        }
        return figures;
    }

    /** Near-linear growth: time per report at the top rung against the first one. */
    private void linearity(List<EtlSection.NationalRung> rungs) {
        if (rungs.size() < 2) {
            return;
        }
        EtlSection.NationalRung first = rungs.get(0);
        EtlSection.NationalRung top = rungs.get(rungs.size() - 1);
        double perFirst = (first.etl().wallSeconds() - first.etl().sparkStartSeconds()) / first.reports();
        double perTop = (top.etl().wallSeconds() - top.etl().sparkStartSeconds()) / top.reports();
        notes.add(String.format(Locale.ROOT, "National growth: ETL time per report after Spark start-up is %.2f ms "
                + "at N = %,d and %.2f ms at N = %,d (%s): %s.", perFirst * 1000, first.reports(), perTop * 1000,
                top.reports(), Ratio.format(perTop / perFirst), perTop / perFirst <= 1.25
                        ? "near-linear (fixed costs amortise, per-report cost does not grow)"
                        : "super-linear: per-report cost grows with N"));
    }
}
