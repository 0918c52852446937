package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ETL rows: the city run (repeated, Spark start-up apart) and the national ladder (N = 1k, 5k, … each beside
 * the same files through one plain extractor thread), with the peak heap of the largest run.
 */
public final class EtlSection {
    private final EtlBench etl;
    private final Path work;
    private final Log log;

    public EtlSection(Path work, Log log) {
        this.etl = new EtlBench(work);
        this.work = work;
        this.log = log;
    }

    public Figure city(Path sampleData, int reps) throws Exception {
        List<Double> wall = new ArrayList<>();
        List<Double> spark = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            EtlRunResult r = etl.run("city-" + (i + 1), sampleData, cityData(), null, List.of());
            wall.add(r.wallSeconds());
            spark.add(r.sparkStartSeconds());
            log.line(String.format(Locale.ROOT, "etl city run %d: %.1f s wall, Spark start-up %.1f s", i + 1,
                    r.wallSeconds(), r.sparkStartSeconds()));
        }
        Stats w = Stats.of(wall);
        Stats s = Stats.of(spark);
        return new Figure("ETL, city (sample-data: 114 units × all periods)",
                w.medianWithRange("%.1f") + " s wall, of which Spark start-up " + s.medianWithRange("%.1f") + " s",
                "—", null, "≤ 20 s including start-up", Verdict.of(w.p50() <= 20),
                "wall = child JVM launch to exit, as `./doisanh etl` is timed from the shell; Spark start-up is the "
                        + "ETL's own figure (session ready), included in the wall time.");
    }

    public Path cityData() {
        return work.resolve("city-data");
    }

    public Path nationalData(int reports) {
        return work.resolve("national-data-" + reports);
    }

    /** One rung of the national ladder: the ETL, then the plain-thread baseline over the same files. */
    public NationalRung national(Path files, int reports, Path registry) throws Exception {
        EtlRunResult r = etl.run("national-" + reports, files, nationalData(reports), registry, List.of());
        log.line(String.format(Locale.ROOT, "etl national N=%d: %.1f s wall (Spark start-up %.1f s), peak heap %s",
                reports, r.wallSeconds(), r.sparkStartSeconds(), r.heapText()));
        double plain = PlainExtraction.seconds(files, registry);
        log.line(String.format(Locale.ROOT, "  same files, one plain extractor thread: %.1f s", plain));
        return new NationalRung(reports, r, plain);
    }

    public record NationalRung(int reports, EtlRunResult etl, double plainSeconds) {
        public Figure figure(boolean largest) {
            String target = largest ? "≤ 3 min (at 26,568); near-linear growth" : "near-linear growth";
            Verdict verdict = largest ? Verdict.of(reports >= 26_568 && etl.wallSeconds() <= 180) : Verdict.NO_TARGET;
            if (largest && reports < 26_568) {
                verdict = etl.wallSeconds() <= 180 * reports / 26_568.0 ? Verdict.NO_TARGET : Verdict.MISSED;
            }
            return new Figure(String.format(Locale.ROOT, "ETL, national N = %,d reports", reports),
                    String.format(Locale.ROOT, "%.1f s wall (n=1; Spark start-up %.1f s), %.0f reports/s",
                            etl.wallSeconds(), etl.sparkStartSeconds(), reports / etl.wallSeconds()),
                    String.format(Locale.ROOT, "%.1f s, one plain extractor thread (%.0f reports/s)", plainSeconds,
                            reports / plainSeconds),
                    Ratio.of(etl.wallSeconds(), plainSeconds), target, verdict, null);
        }
    }
}
