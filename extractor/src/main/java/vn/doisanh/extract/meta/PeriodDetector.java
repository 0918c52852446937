package vn.doisanh.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * Finds the period a report covers from its heading: "Quý III/2025", "6 tháng đầu năm 2026", "9 tháng năm 2025",
 * "từ ngày 01/10/2025 đến ngày 31/12/2025", "Sơ kết 01 năm…" (the first year of the two-tier government), or a
 * whole year ("Báo cáo … năm 2025"). Only the heading counts: the body mentions many other dates.
 */
public final class PeriodDetector {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int HEAD_LENGTH = 1500;
    private static final int TITLE_LINES = 4;
    static final Pattern QUARTER = Pattern.compile("quý\\s+(IV|I{1,3}|[1-4])(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})", FLAGS);
    static final Pattern HALF = Pattern.compile("(?:6|sáu) tháng (đầu|cuối) năm (\\d{4})", FLAGS);
    static final Pattern NINE_MONTHS = Pattern.compile("(?:9|chín) tháng(?: đầu)? năm (\\d{4})", FLAGS);
    private static final Pattern FIRST_YEAR_REVIEW = Pattern.compile("sơ kết 0?1 năm", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<!tháng\\s{1,3}|tháng\\s{1,3}\\d{1,2}\\s{1,3})năm (\\d{4})", FLAGS);
    private static final Pattern DATE_LINE = Pattern.compile("ngày[\\s.…_]*(\\d{1,2})?[\\s.…_]*tháng[\\s.…_]*(\\d{1,2})?"
            + "[\\s.…_]*năm\\s+(\\d{4})", FLAGS);

    private PeriodDetector() {
    }

    public static Optional<ReportPeriod> detect(String flowText) {
        String head = flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH));
        return inOrder(title(head)).or(() -> inOrder(head));
    }

    private static Optional<ReportPeriod> inOrder(String text) {
        return quarter(text).or(() -> half(text)).or(() -> nineMonths(text)).or(() -> range(text))
                .or(() -> firstYearReview(text)).or(() -> wholeYear(text));
    }

    /**
     * The subject lines say what the report covers: the "V/v …" line and the lines under "BÁO CÁO". The rest of
     * the head may mention other periods ("6 tháng đầu năm" in a sentence of an annual report).
     */
    static String title(String head) {
        StringBuilder title = new StringBuilder();
        List<String> lines = head.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.regionMatches(true, 0, "V/v", 0, 3)) {
                title.append(line).append('\n');
            }
            if (line.equalsIgnoreCase("BÁO CÁO") || line.matches("(?iu)^BÁO CÁO\\b.*")) {
                appendSubjectLines(lines.subList(i, lines.size()), title);
                break;
            }
        }
        return title.toString();
    }

    /** The date the report was signed, if its date line is filled in ("ngày 15 tháng 10 năm 2025"). */
    public static Optional<LocalDate> reportDate(String flowText) {
        Matcher m = DATE_LINE.matcher(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        if (!m.find() || m.group(1) == null || m.group(2) == null) {
            return Optional.empty();
        }
        return DateText.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
    }

    /** True when the head has a date line left blank for signing, as the Hà Bắc report does. */
    public static boolean hasBlankDateLine(String flowText) {
        Matcher m = DATE_LINE.matcher(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        return m.find() && (m.group(1) == null || m.group(2) == null);
    }

    /** The subject runs over a few lines under "BÁO CÁO" and ends before the first sentence of the body. */
    private static void appendSubjectLines(List<String> lines, StringBuilder title) {
        int taken = 0;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (taken++ == TITLE_LINES || stripped.endsWith(".") || stripped.endsWith(":")) {
                return;
            }
            title.append(stripped).append('\n');
        }
    }

    private static Optional<ReportPeriod> quarter(String head) {
        Matcher m = QUARTER.matcher(head);
        return m.find() ? Optional.of(Periods.quarter(Integer.parseInt(m.group(2)),
                DateText.romanOrArabicQuarter(m.group(1)))) : Optional.empty();
    }

    private static Optional<ReportPeriod> half(String head) {
        Matcher m = HALF.matcher(head);
        return m.find() ? Optional.of(Periods.half(Integer.parseInt(m.group(2)),
                m.group(1).equalsIgnoreCase("đầu") ? 1 : 2)) : Optional.empty();
    }

    private static Optional<ReportPeriod> nineMonths(String head) {
        Matcher m = NINE_MONTHS.matcher(head);
        return m.find() ? Optional.of(Periods.nineMonths(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private static Optional<ReportPeriod> range(String head) {
        Matcher m = DateRange.PATTERN.matcher(head);
        while (m.find()) {
            Optional<LocalDate[]> span = DateRange.of(m);
            if (span.isPresent()) {
                return Optional.of(Periods.range(span.get()[0], span.get()[1]));
            }
        }
        return Optional.empty();
    }

    private static Optional<ReportPeriod> firstYearReview(String head) {
        return FIRST_YEAR_REVIEW.matcher(head).find() ? Optional.of(Periods.firstYearOfTwoTierGovernment())
                : Optional.empty();
    }

    private static Optional<ReportPeriod> wholeYear(String head) {
        Matcher m = YEAR.matcher(head);
        while (m.find()) {
            if (!insideDateLine(head, m.start())) {
                return Optional.of(Periods.year(Integer.parseInt(m.group(1))));
            }
        }
        return Optional.empty();
    }

    private static boolean insideDateLine(String head, int at) {
        int lineStart = head.lastIndexOf('\n', at) + 1;
        String before = head.substring(Math.max(lineStart, at - 40), at).toLowerCase(java.util.Locale.ROOT);
        return before.contains("ngày") || before.contains("số:");
    }
}
