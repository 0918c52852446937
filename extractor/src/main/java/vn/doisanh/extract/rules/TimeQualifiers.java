package vn.doisanh.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.meta.DateText;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * Reads the time a figure refers to from the words before it in its sentence: a sub-period for flows ("Từ ngày
 * 01/7/2025 đến 31/12/2025 đã ban hành…", "giai đoạn 2026-2030"), an as-of date for stocks ("Đến thời điểm
 * 01/5/2026: …"). The phrase closest to the figure wins. A sub-period equal to the report's own period says
 * nothing new and is dropped.
 */
final class TimeQualifiers {
    private static final String DATE = "(\\d{1,2}/\\d{1,2}/\\d{4})";
    private static final Pattern RANGE = CaseFold.compile("từ (?:ngày )?" + DATE + " (?:đến|tới)(?: ngày)? "
            + "(\\d{1,2}/\\d{1,2}/\\d{4}|nay|hiện nay|hiện tại|thời điểm báo cáo|ngày báo cáo)", RulePatterns.FLAGS);
    private static final Pattern QUARTER = CaseFold.compile("quý (IV|I{1,3}|[1-4])(?:/| năm )(\\d{4})", RulePatterns.FLAGS);
    /** "Điểm hài lòng quý III là 16,95 điểm" in a report on July to December: the quarter of the period so named. */
    private static final Pattern QUARTER_WITHOUT_YEAR = CaseFold.compile("quý (IV|I{1,3}|[1-4])(?![\\p{L}\\d])"
            + "(?!\\s*(?:/|năm|-)\\s*\\d)", RulePatterns.FLAGS);
    /** "Từ đầu năm: Hồ sơ tiếp nhận: 11.512" (a column of the year so far): from January to the period's end. */
    private static final Pattern SINCE_JANUARY = CaseFold.compile("từ đầu năm(?! \\d)(?! (?:đến|tới))",
            RulePatterns.FLAGS);
    /** "Tháng 7: Hồ sơ tiếp nhận: 1.016" in a quarter's table: the month of the period so named. */
    /** "tháng 3" opening a clause, or after "riêng", "trong": not "15 tháng 3", nor "hai tháng" … */
    private static final Pattern MONTH_WITHOUT_YEAR = CaseFold.compile("(?:(?<=riêng |trong |vào )|(?<![\\p{L}\\d] ))"
            + "tháng (\\d{1,2})(?![\\d/])"
            + "(?!\\s*(?:năm|-)\\s*\\d)", RulePatterns.FLAGS);
    /** A figure, not a date, a year or a length of time ("10 tháng"). */
    private static final Pattern OWN_FIGURE = CaseFold.compile("(?<![\\d/.,])(?<!năm |quý |ngày )"
            + "(?!(?<=tháng )\\d{1,2}(?![\\d.,]))\\d+(?:[.,]\\d+)*(?![\\d/]|\\s*(?:tháng|năm|quý|ngày|tuần))",
            RulePatterns.FLAGS);
    /** "riêng quý I/2026 tiếp nhận 1.905 hồ sơ; đã giải quyết 6.377 hồ sơ": the part's span ends with its clause. */
    private static final Pattern PART_CLAUSE = CaseFold.compile("riêng[^;]*;", RulePatterns.FLAGS);
    private static final Pattern MONTH = CaseFold.compile("(?<!ngày \\d{1,2} )tháng (\\d{1,2})(?:/| năm )(\\d{4})",
            RulePatterns.FLAGS);
    private static final Pattern YEARS = CaseFold.compile("giai đoạn (\\d{4})\\s*[-–]\\s*(\\d{4})", RulePatterns.FLAGS);
    private static final Pattern IN_YEAR = CaseFold.compile("(?:trong|cả|lũy kế[^.;\\n\\d]{0,30}) năm (\\d{4})",
            RulePatterns.FLAGS);
    private static final Pattern HALF = CaseFold.compile("(?:6|sáu) tháng (đầu|cuối) năm (\\d{4})", RulePatterns.FLAGS);
    /** "Lũy kế 6 tháng", "5 tháng đầu năm": months from January of the report's year, which the words leave out. */
    private static final Pattern MONTHS_OF_THE_YEAR = CaseFold.compile("(?:(?:lũy kế|luỹ kế|cộng dồn)\\s+(\\d{1,2}) tháng"
            + "(?!\\s*(?:đầu|cuối) năm \\d)(?! (?:qua|trước))|(\\d{1,2}) tháng đầu năm(?! \\d))", RulePatterns.FLAGS);
    /** "Lũy kế từ 01/7/2025": from that date to the end of the report's period. */
    private static final Pattern RUNNING_FROM = CaseFold.compile("(?:lũy kế|luỹ kế|cộng dồn)\\s+từ (?:ngày )?" + DATE
            + "(?!\\s*(?:đến|tới|-|–))", RulePatterns.FLAGS);
    /** "Từ 01/7 đến 31/12/2025", "từ 1/7 đến nay": a start without its year. */
    private static final Pattern RANGE_WITHOUT_YEAR = CaseFold.compile("từ (?:ngày )?(\\d{1,2})/(\\d{1,2})(?![/\\d])\\)?"
            + "\\s*(?:đến|tới)(?: hết)?(?: ngày)? (\\d{1,2}/\\d{1,2}/\\d{4}|nay|hiện nay|hiện tại|thời điểm báo cáo)",
            RulePatterns.FLAGS);
    /** "Tuần 1 (01/11 – 08/11)", "(từ 09/11 đến 15/11)": a span of days whose year is the period's. */
    private static final Pattern DAYS_WITHOUT_YEAR = CaseFold.compile("(?<![\\d/.])(?:từ (?:ngày )?)?(\\d{1,2})/(\\d{1,2})"
            + "\\s*(?:–|—|-|đến|tới)\\s*(?:ngày )?(\\d{1,2})/(\\d{1,2})(?![/\\d])", RulePatterns.FLAGS);
    /** "Kể từ khi xã mới đi vào hoạt động đến nay": since the two-tier government began, 1 July 2025. */
    private static final Pattern SINCE_THE_NEW_UNIT = CaseFold.compile("từ khi[^.;:\\d]{0,60}?(?:đi vào hoạt động|vận hành"
            + "|thành lập|hoạt động)[^.;:]{0,30}?(?:đến nay|tới nay|đến thời điểm báo cáo)", RulePatterns.FLAGS);
    private static final Pattern SINCE_NEW_YEAR = CaseFold.compile("từ đầu năm (\\d{4}) đến nay", RulePatterns.FLAGS);
    /** "On-board as of 31/12/2025", "Key figures (as of 30 September 2026)": an English report's day of count. */
    private static final Pattern AS_OF_ENGLISH = CaseFold.compile("\\bas of\\s+(?:" + DATE + "|(\\d{1,2})\\s+(January|February"
            + "|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4}))", RulePatterns.FLAGS);
    private static final java.util.List<String> ENGLISH_MONTHS = java.util.List.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Pattern AS_OF = CaseFold.compile(
            "(?:đến|tính đến|tại|vào)(?: hết)? (?:thời điểm|ngày)(?: ngày)? " + DATE, RulePatterns.FLAGS);
    /** "Đến 30/9/2026, có mặt 61 cán bộ": a bare date dates only its own clause, up to the next semicolon. */
    private static final Pattern AS_OF_IN_CLAUSE = CaseFold.compile("(?:đến|tính đến)(?: hết)? " + DATE + "(?=[^;]*$)",
            RulePatterns.FLAGS);

    /** Figures of the budget year, which "đến" a day count from 1 January. */
    private static final java.util.Set<String> YEAR_TO_DATE = java.util.Set.of("budget_revenue", "budget_expenditure",
            "budget_revenue_vs_plan_pct", "public_investment_disbursement_pct");
    private static final int FIRST_FULL_YEAR = 2026;
    private static final Pattern TO_DATE = CaseFold.compile("(?:đến|tính đến)(?: hết)?(?: ngày)? (\\d{1,2})/(\\d{1,2})"
            + "(?:/(\\d{4}))?(?![\\d/])", RulePatterns.FLAGS);

    private record Span(int at, String start, String end) {
    }

    private TimeQualifiers() {
    }

    static Qualifier qualify(String lead, ExtractionRule.Timing timing, ReportPeriod period) {
        return qualify(lead, timing, period, null);
    }

    /**
     * As {@link #qualify(String, ExtractionRule.Timing, ReportPeriod)}, for a figure of {@code indicator}: a count in
     * post ("…_present") is also dated by a bare date in its clause ("Đến 30/9/2026, có mặt 61"); a quota beside it
     * is decided, not counted, and keeps no such date.
     */
    static Qualifier qualify(String sentenceLead, ExtractionRule.Timing timing, ReportPeriod period, String indicator) {
        String lead = CaseFold.of(sentenceLead); // the patterns are folded (CaseFold): they match the folded lead
        if (timing == ExtractionRule.Timing.STOCK) {
            boolean countInPost = indicator != null && indicator.endsWith("_present");
            return asOf(lead, countInPost).map(Qualifier.NONE::withAsOf).orElse(Qualifier.NONE);
        }
        Optional<Span> named = subPeriod(lead, period);
        if (named.isEmpty() && period != null && indicator != null && YEAR_TO_DATE.contains(indicator)) {
            named = yearToDate(lead, period);
        }
        return named
                .filter(span -> period == null || !(span.start().equals(period.start().toString())
                        && span.end().equals(period.end().toString())))
                .map(span -> Qualifier.NONE.withSubPeriod(span.start(), span.end()))
                .orElse(Qualifier.NONE);
    }

    /** Whether the words name exactly the report's period ("Quý III" in a third-quarter report). */
    static boolean namesThePeriod(String words, ReportPeriod period) {
        return period != null && subPeriod(CaseFold.of(words), period).filter(span -> span.start().equals(period.start().toString())
                && span.end().equals(period.end().toString())).isPresent();
    }

    private static Optional<String> asOf(String lead, boolean countInPost) {
        Matcher m = AS_OF.matcher(lead);
        String last = null;
        int lastAt = -1;
        while (m.find()) {
            last = DateText.parse(m.group(1)).map(LocalDate::toString).orElse(last);
            lastAt = m.start();
        }
        Matcher english = AS_OF_ENGLISH.matcher(lead);
        while (english.find()) {
            if (english.start() > lastAt) {
                last = englishDate(english).map(LocalDate::toString).orElse(last);
                lastAt = english.start();
            }
        }
        Matcher inClause = AS_OF_IN_CLAUSE.matcher(lead);
        while (countInPost && inClause.find()) {
            if (inClause.start() > lastAt) {
                last = DateText.parse(inClause.group(1)).map(LocalDate::toString).orElse(last);
            }
        }
        return Optional.ofNullable(last);
    }

    private static Optional<LocalDate> englishDate(Matcher m) {
        if (m.group(1) != null) {
            return DateText.parse(m.group(1));
        }
        int month = ENGLISH_MONTHS.indexOf(m.group(3).toLowerCase(java.util.Locale.ROOT)) + 1;
        return DateText.parse(m.group(2) + "/" + month + "/" + m.group(4));
    }

    /**
     * "Giải ngân vốn đầu tư công đến 30/11/2026 đạt 71,8%" in a November report: the budget is counted from 1 January,
     * so a revenue, spending or disbursement "đến" a day runs from the first of that year to it. Not in 2025, the
     * units' first half year, whose budget began with them on 1 July.
     */
    private static Optional<Span> yearToDate(String lead, ReportPeriod period) {
        int clause = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('('));
        Matcher m = TO_DATE.matcher(clause < 0 ? lead : lead.substring(clause + 1));
        Span found = null;
        while (m.find()) {
            int year = m.group(3) == null ? period.end().getYear() : Integer.parseInt(m.group(3));
            try {
                LocalDate end = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                if (year < FIRST_FULL_YEAR) {
                    return Optional.empty(); // 2025: the units' budget began on 1 July, and the sets disagree on it
                }
                found = new Span(m.start(), LocalDate.of(year, 1, 1).toString(), end.toString());
            } catch (java.time.DateTimeException e) {
                return Optional.empty(); // "đến 31/9": no day, no span
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Span> subPeriod(String sentenceLead, ReportPeriod period) {
        String lead = PART_CLAUSE.matcher(sentenceLead).replaceAll(";");
        List<Span> spans = new ArrayList<>();
        if (period != null) {
            relativeToThePeriod(lead, period, spans);
        }
        Matcher range = RANGE.matcher(lead);
        while (range.find()) {
            Optional<LocalDate> start = DateText.parse(range.group(1));
            String end = DateText.parse(range.group(2)).map(LocalDate::toString).orElse(Qualifier.REPORT_DATE);
            start.ifPresent(s -> spans.add(new Span(range.start(), s.toString(), end)));
        }
        Matcher quarter = QUARTER.matcher(lead);
        while (quarter.find()) {
            int q = DateText.romanOrArabicQuarter(quarter.group(1));
            LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(2)), 3 * q - 2, 1);
            spans.add(new Span(quarter.start(), start.toString(), start.plusMonths(3).minusDays(1).toString()));
        }
        Matcher month = MONTH.matcher(lead);
        while (month.find()) {
            int number = Integer.parseInt(month.group(1));
            if (number >= 1 && number <= 12) {
                LocalDate start = LocalDate.of(Integer.parseInt(month.group(2)), number, 1);
                spans.add(new Span(month.start(), start.toString(), start.plusMonths(1).minusDays(1).toString()));
            }
        }
        Matcher years = YEARS.matcher(lead);
        while (years.find()) {
            spans.add(new Span(years.start(), years.group(1) + "-01-01", years.group(2) + "-12-31"));
        }
        Matcher inYear = IN_YEAR.matcher(lead);
        while (inYear.find()) {
            spans.add(new Span(inYear.start(), inYear.group(1) + "-01-01", inYear.group(1) + "-12-31"));
        }
        Matcher half = HALF.matcher(lead);
        while (half.find()) {
            boolean first = half.group(1).equalsIgnoreCase("đầu");
            String year = half.group(2);
            spans.add(new Span(half.start(), year + (first ? "-01-01" : "-07-01"), year + (first ? "-06-30" : "-12-31")));
        }
        Matcher sinceNewYear = SINCE_NEW_YEAR.matcher(lead);
        while (sinceNewYear.find()) {
            spans.add(new Span(sinceNewYear.start(), sinceNewYear.group(1) + "-01-01", Qualifier.REPORT_DATE));
        }
        // "… tháng 11 được 3.472; lũy kế 11 tháng 47.905; chi … 3.119": a span named in a middle clause is that clause's
        // own; only the opening clause's ("Trong 9 tháng, tiếp nhận …; giải quyết …") carries past a semicolon.
        int first = lead.indexOf(';');
        int last = lead.lastIndexOf(';');
        return spans.stream().filter(span -> first < 0 || span.at() < first || span.at() > last)
                .filter(span -> !inBracketsWithTheirOwnFigure(lead, span.at()))
                .max(Comparator.comparingInt(Span::at));
    }

    /** "tiếp nhận 5.238 (lũy kế 10 tháng 48.906); đã giải quyết 5.104": a span in brackets holding a figure is theirs. */
    private static boolean inBracketsWithTheirOwnFigure(String lead, int at) {
        int open = lead.lastIndexOf('(', at);
        if (open < 0 || lead.lastIndexOf(')', at) > open) {
            return false;
        }
        int close = lead.indexOf(')', at);
        return close > 0 && OWN_FIGURE.matcher(lead).region(at, close).find();
    }

    /** The days a yearless span names, in the one year that puts both inside the period. */
    private static Optional<LocalDate[]> daysInside(ReportPeriod period, Matcher days) {
        List<LocalDate[]> inside = new ArrayList<>();
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            Optional<LocalDate> start = DateText.parse(days.group(1) + "/" + days.group(2) + "/" + year);
            Optional<LocalDate> end = DateText.parse(days.group(3) + "/" + days.group(4) + "/" + year);
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                    && !start.get().isBefore(period.start()) && !end.get().isAfter(period.end())) {
                inside.add(new LocalDate[] {start.get(), end.get()});
            }
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    /** The first day of the one month with this number that lies inside the period, if exactly one does. */
    private static Optional<LocalDate> monthInside(ReportPeriod period, int month) {
        return spanInside(period, month, 1);
    }

    /** The start of the one quarter with this number that lies inside the period, if exactly one does. */
    private static Optional<LocalDate> quarterInside(ReportPeriod period, int quarter) {
        return spanInside(period, 3 * quarter - 2, 3);
    }

    /** The start of the one span of {@code months} from {@code firstMonth} of some year inside the period. */
    private static Optional<LocalDate> spanInside(ReportPeriod period, int firstMonth, int months) {
        List<LocalDate> inside = new ArrayList<>();
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            LocalDate start = LocalDate.of(year, firstMonth, 1);
            if (!start.isBefore(period.start()) && !start.plusMonths(months).minusDays(1).isAfter(period.end())) {
                inside.add(start);
            }
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    private static boolean inBrackets(String text, int at) {
        int open = text.lastIndexOf('(', at);
        return open > text.lastIndexOf(')', at) && !text.substring(open + 1, at).isBlank();
    }

    private static void relativeToThePeriod(String lead, ReportPeriod period, List<Span> spans) {
        int year = period.end().getYear();
        Matcher noYear = RANGE_WITHOUT_YEAR.matcher(lead);
        while (noYear.find()) {
            Optional<LocalDate> end = DateText.parse(noYear.group(3));
            LocalDate reference = end.orElse(period.end());
            int month = Integer.parseInt(noYear.group(2));
            int startYear = month > reference.getMonthValue() ? reference.getYear() - 1 : reference.getYear();
            Optional<LocalDate> start = DateText.parse(noYear.group(1) + "/" + month + "/" + startYear);
            String endText = end.map(LocalDate::toString).orElse(Qualifier.REPORT_DATE);
            start.ifPresent(s -> spans.add(new Span(noYear.start(), s.toString(), endText)));
        }
        Matcher days = DAYS_WITHOUT_YEAR.matcher(lead);
        while (days.find()) {
            daysInside(period, days).ifPresent(span -> spans.add(new Span(days.start(), span[0].toString(),
                    span[1].toString())));
        }
        Matcher sinceNewUnit = SINCE_THE_NEW_UNIT.matcher(lead);
        while (sinceNewUnit.find()) {
            spans.add(new Span(sinceNewUnit.start(), Periods.TWO_TIER_START.toString(),
                    Qualifier.REPORT_DATE));
        }
        Matcher months = MONTHS_OF_THE_YEAR.matcher(lead);
        while (months.find()) {
            if (inBrackets(lead, months.start())) {
                continue; // "(bao gồm số liệu của các xã cũ trong 6 tháng đầu năm)" describes a part, not the span
            }
            int count = Integer.parseInt(months.group(1) != null ? months.group(1) : months.group(2));
            LocalDate end = LocalDate.of(year, 1, 1).plusMonths(count).minusDays(1);
            if (count >= 1 && count <= 12 && !end.isAfter(period.end())) {
                spans.add(new Span(months.start(), year + "-01-01", end.toString()));
            }
        }
        Matcher sinceJanuary = SINCE_JANUARY.matcher(lead);
        while (sinceJanuary.find()) {
            spans.add(new Span(sinceJanuary.start(), year + "-01-01", period.end().toString()));
        }
        Matcher month = MONTH_WITHOUT_YEAR.matcher(lead);
        while (month.find()) {
            int number = Integer.parseInt(month.group(1));
            if (number >= 1 && number <= 12) {
                monthInside(period, number).ifPresent(start -> spans.add(new Span(month.start(), start.toString(),
                        start.plusMonths(1).minusDays(1).toString())));
            }
        }
        Matcher quarter = QUARTER_WITHOUT_YEAR.matcher(lead);
        while (quarter.find()) {
            quarterInside(period, DateText.romanOrArabicQuarter(quarter.group(1)))
                    .ifPresent(start -> spans.add(new Span(quarter.start(), start.toString(),
                            start.plusMonths(3).minusDays(1).toString())));
        }
        Matcher from = RUNNING_FROM.matcher(lead);
        while (from.find()) {
            DateText.parse(from.group(1)).filter(start -> start.isBefore(period.end()))
                    .ifPresent(start -> spans.add(new Span(from.start(), start.toString(), period.end().toString())));
        }
    }
}
