package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Climbs the national sizes within the time budget: before each rung it projects that rung's cost from the last
 * one (time per report, ETL plus baseline) and, when it would not fit, runs the largest size that does and says so.
 */
public final class NationalLadder {
    /** Seconds kept for what runs after the ladder (the warehouse queries) and for writing the report. */
    static final double RESERVE_SECONDS = 60;
    private final EtlSection etl;
    private final Log log;
    private final List<String> notes;

    public NationalLadder(EtlSection etl, Log log, List<String> notes) {
        this.etl = etl;
        this.log = log;
        this.notes = notes;
    }

    public List<EtlSection.NationalRung> climb(NationalSet set, Path full, List<Integer> sizes, double budgetSeconds)
            throws Exception {
        List<EtlSection.NationalRung> rungs = new ArrayList<>();
        Path registry = NationalSet.registryOf(full);
        for (int requested : sizes) {
            int size = requested;
            if (!rungs.isEmpty()) {
                EtlSection.NationalRung last = rungs.get(rungs.size() - 1);
                double perReport = (last.etl().wallSeconds() + last.plainSeconds()) / last.reports();
                size = fitting(requested, perReport, budgetSeconds - log.elapsedSeconds() - RESERVE_SECONDS);
                if (size <= last.reports()) {
                    notes.add(String.format(Locale.ROOT, "National N = %,d was not run: projected %.0f s would "
                            + "exceed the time budget.", requested, requested * perReport));
                    continue;
                }
                if (size < requested) {
                    notes.add(String.format(Locale.ROOT, "National N = %,d was projected at %.0f s (ETL + baseline) "
                            + "and would not fit the %.0f-min budget: ran the largest that fits, N = %,d.",
                            requested, requested * perReport, budgetSeconds / 60, size));
                }
            }
            log.line(String.format(Locale.ROOT, "national rung N = %,d", size));
            rungs.add(etl.national(set.subset(full, size), size, registry));
        }
        return rungs;
    }

    /** The largest multiple of 8 (whole units × 8 quarters) at or below {@code requested} that fits the time left. */
    static int fitting(int requested, double secondsPerReport, double secondsLeft) {
        int affordable = (int) Math.floor(secondsLeft / secondsPerReport);
        int size = Math.min(requested, affordable);
        return size < NationalSet.PERIODS ? 0 : size - size % NationalSet.PERIODS;
    }
}
