package vn.doisanh.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything taken from one report file. {@code synthetic} is true when the file says it is synthetic sample
 * data; the warehouse carries the flag on every fact. {@code reportDate} is the signed date of a narrative report
 * ("ngày 15 tháng 10 năm 2025"), null when the date line is blank or the file is a template: it decides which of
 * two reports for the same unit and period is the newer. {@code unit} or {@code period} is null when neither the
 * text nor the file's place says it: the report is then held ({@link #status()}) with its figures kept.
 */
public record Extraction(
        String file,
        String sha256,
        String format,
        UnitRef unit,
        ReportPeriod period,
        LocalDate reportDate,
        boolean synthetic,
        List<Fact> facts,
        List<Warning> warnings,
        NumberLedger ledger) {
    /** A report whose unit nobody has said yet: its figures are kept, but it cannot be ranked. */
    public static final String NEEDS_UNIT = "needs_unit";
    /** A report whose period nobody has said yet: its figures are kept, but it cannot be compared. */
    public static final String NEEDS_PERIOD = "needs_period";
    public static final String READY = "ready";

    public Extraction {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
        ledger = ledger == null ? NumberLedger.EMPTY : ledger;
    }

    /** A template's extraction: every number is a cell under a named column, so there is no ledger to keep. */
    public Extraction(String file, String sha256, String format, UnitRef unit, ReportPeriod period, LocalDate reportDate,
            boolean synthetic, List<Fact> facts, List<Warning> warnings) {
        this(file, sha256, format, unit, period, reportDate, synthetic, facts, warnings, NumberLedger.EMPTY);
    }

    /** {@link #READY}, or why the report is held: {@link #NEEDS_UNIT} (unit null) or {@link #NEEDS_PERIOD}. */
    public String status() {
        return unit == null ? NEEDS_UNIT : period == null ? NEEDS_PERIOD : READY;
    }

    public boolean held() {
        return !READY.equals(status());
    }
}
