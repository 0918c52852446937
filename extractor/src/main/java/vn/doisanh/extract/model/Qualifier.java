package vn.doisanh.extract.model;

import java.util.StringJoiner;

/**
 * What narrows a fact beyond unit, period and indicator. All fields are optional.
 *
 * @param subPeriodStart first day of a sub-period the figure covers ("từ ngày 01/7/2025…"), ISO date
 * @param subPeriodEnd   last day of that sub-period, ISO date, or {@link #REPORT_DATE} for "đến nay"
 * @param asOf           the point in time a stock figure holds at ("đến thời điểm 01/5/2026"), ISO date
 * @param breakdown      the category of a breakdown item (document type "Quyết định", school level "Mầm non"…)
 * @param basis          {@code reported} for figures read from the report, {@code computed} for ones we derive
 */
public record Qualifier(String subPeriodStart, String subPeriodEnd, String asOf, String breakdown, String basis) {
    public static final String REPORT_DATE = "report_date";
    public static final String REPORTED = "reported";
    public static final String COMPUTED = "computed";
    public static final Qualifier NONE = new Qualifier(null, null, null, null, REPORTED);

    public Qualifier withBreakdown(String category) {
        return new Qualifier(subPeriodStart, subPeriodEnd, asOf, category, basis);
    }

    public Qualifier withoutBreakdown() {
        return new Qualifier(subPeriodStart, subPeriodEnd, asOf, null, basis);
    }

    public Qualifier withSubPeriod(String start, String end) {
        return new Qualifier(start, end, asOf, breakdown, basis);
    }

    public Qualifier withAsOf(String date) {
        return new Qualifier(subPeriodStart, subPeriodEnd, date, breakdown, basis);
    }

    public boolean hasBreakdown() {
        return breakdown != null;
    }

    /** A compact, stable text form ("sub_period=2025-07-01..2025-12-31;breakdown=Quyết định") for keys. */
    public String key() {
        StringJoiner joiner = new StringJoiner(";");
        if (subPeriodStart != null || subPeriodEnd != null) {
            joiner.add("sub_period=" + nullToEmpty(subPeriodStart) + ".." + nullToEmpty(subPeriodEnd));
        }
        if (asOf != null) {
            joiner.add("as_of=" + asOf);
        }
        if (breakdown != null) {
            joiner.add("breakdown=" + breakdown);
        }
        if (!REPORTED.equals(basis)) {
            joiner.add("basis=" + basis);
        }
        return joiner.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
