package vn.doisanh.sampledata.figures;

import java.time.LocalDate;

/**
 * Documents issued over a span a report names. {@code start == null} means the report period itself ("trong
 * quý"); {@code end == null} with a start means "từ ngày … đến nay".
 */
public record DocumentBatch(LocalDate start, LocalDate end, DocumentCounts counts) {
    public boolean wholePeriod() {
        return start == null;
    }

    public FigureQualifier qualifier() {
        return wholePeriod() ? FigureQualifier.NONE : FigureQualifier.subPeriod(start, end);
    }
}
