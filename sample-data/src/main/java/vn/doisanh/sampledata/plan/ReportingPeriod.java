package vn.doisanh.sampledata.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter a report covers. Reporting under the two-tier government starts with Quý III/2025. */
public record ReportingPeriod(int year, int quarter) implements Comparable<ReportingPeriod> {
    /** Quý III/2025, the first quarter of the two-tier local government (index arithmetic below uses 2025, 3). */
    public static final ReportingPeriod FIRST = new ReportingPeriod(2025, 3);
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    public ReportingPeriod {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
        if (year * 4 + quarter < 2025 * 4 + 3) {
            throw new IllegalArgumentException("reports start with Quý III/2025, got " + year + "-Q" + quarter);
        }
    }

    /** The first {@code count} quarters from Quý III/2025 on. */
    public static List<ReportingPeriod> sequence(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one period, got " + count);
        }
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod period = FIRST;
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.next();
        }
        return periods;
    }

    /** Folder name and stable key: "2025-Q3". */
    public String key() {
        return year + "-Q" + quarter;
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public String roman() {
        return ROMAN.get(quarter - 1);
    }

    /** "Quý III/2025", as reports title it. */
    public String label() {
        return "Quý " + roman() + "/" + year;
    }

    public ReportingPeriod next() {
        return quarter == 4 ? new ReportingPeriod(year + 1, 1) : new ReportingPeriod(year, quarter + 1);
    }

    /** Quarters since Quý III/2025 (0 for the first); drives the trends. */
    public int index() {
        return year * 4 + quarter - (2025 * 4 + 3);
    }

    public boolean isFirst() {
        return equals(FIRST);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return Integer.compare(index(), other.index());
    }
}
