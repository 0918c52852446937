package vn.doisanh.extract.model;

import java.util.List;

/**
 * Everything taken from one report file. {@code synthetic} is true when the file says it is synthetic sample
 * data; the warehouse carries the flag on every fact.
 */
public record Extraction(
        String file,
        String sha256,
        String format,
        UnitRef unit,
        ReportPeriod period,
        boolean synthetic,
        List<Fact> facts,
        List<Warning> warnings) {
    public Extraction {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
