package vn.doisanh.extract.model;

import java.time.LocalDate;
import java.util.Objects;

/** The period a whole report covers, with the label it is known by ("Quý III/2025"). */
public record ReportPeriod(LocalDate start, LocalDate end, String label) {
    public ReportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends " + end + " before it starts " + start);
        }
    }

    /** Stable key used by the warehouse: "2025-07-01..2025-09-30". */
    public String key() {
        return start + ".." + end;
    }
}
