package vn.doisanh.sampledata.figures;

import java.time.LocalDate;

/**
 * What narrows a written figure, exactly as the text states it: a sub-period ("từ ngày 01/10/2025 đến nay"), a
 * point in time ("đến thời điểm 30/9/2025") or a breakdown category. A qualifier is set only when the words are
 * in the text; a figure for the whole report period carries none.
 *
 * @param subPeriodEnd an ISO date, or {@link #REPORT_DATE} for "đến nay"
 */
public record FigureQualifier(LocalDate subPeriodStart, String subPeriodEnd, LocalDate asOf, String breakdown) {
    public static final String REPORT_DATE = "report_date";
    public static final FigureQualifier NONE = new FigureQualifier(null, null, null, null);

    public FigureQualifier {
        if ((subPeriodStart == null) != (subPeriodEnd == null)) {
            throw new IllegalArgumentException("a sub-period needs both ends: " + subPeriodStart + ".." + subPeriodEnd);
        }
    }

    public static FigureQualifier asOf(LocalDate date) {
        return new FigureQualifier(null, null, date, null);
    }

    /** A sub-period ending on {@code end}, or "đến nay" when {@code end} is null. */
    public static FigureQualifier subPeriod(LocalDate start, LocalDate end) {
        return new FigureQualifier(start, end == null ? REPORT_DATE : end.toString(), null, null);
    }

    public FigureQualifier withBreakdown(String category) {
        return new FigureQualifier(subPeriodStart, subPeriodEnd, asOf, category);
    }

    /** A stable key: two figures with the same indicator and key describe the same thing. */
    public String key() {
        return subPeriodStart + ".." + subPeriodEnd + "|" + asOf + "|" + breakdown;
    }
}
