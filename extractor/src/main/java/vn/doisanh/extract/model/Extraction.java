package vn.doisanh.extract.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything taken from one report file. {@code synthetic} is true when the file says it is synthetic sample
 * data; the warehouse carries the flag on every fact. {@code reportDate} is the signed date of a narrative report
 * ("ngày 15 tháng 10 năm 2025"), null when the date line is blank or the file is a template: it decides which of
 * two reports for the same unit and period is the newer.
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
        List<Warning> warnings) {
    public Extraction {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
