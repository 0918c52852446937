package vn.doisanh.extract.meta;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * The spans of time a text names, where it names them: "tháng 10 năm 2025", "tháng 01/2026", "quý II",
 * "5 tháng đầu năm 2026", "ba tháng cuối năm 2025", "tuần 11 năm 2026", "từ ngày 1-10 đến ngày 31-12-2025",
 * "(01/7/2025 – 30/6/2026)", "sơ kết 01 năm chính quyền hai cấp". A phrase that leaves out its year ("quý I,
 * phương hướng nhiệm vụ quý II năm 2026") takes the next year the text writes, else the year of the report's
 * signing date ("năm nay"; a year earlier for a period that would start after the report was signed: "quý IV và
 * nhiệm vụ năm 2026", signed in January 2026, reports on 2025).
 * A phrase whose year cannot be known is left out rather than guessed.
 */
final class PeriodPhrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR_TAIL = "(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4}|nay)";
    private static final String COUNT = "(\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)";
    private static final Pattern MONTH = Pattern.compile("(?<!ngày\\s{0,3}\\d{1,2}\\s{0,3}|mùng\\s{0,3}\\d{1,2}\\s{0,3}"
            + "|hết\\s{1,3}|từ\\s{1,3}|đến\\s{1,3}|tới\\s{1,3}|\\d\\s{1,3})tháng\\s+(\\d{1,2})(?!\\d|[/.-]\\d{1,2}[/.-])"
            + "(?:" + YEAR_TAIL + ")?\\b", FLAGS);
    private static final Pattern SHORT_MONTH = Pattern.compile("(?<![\\p{L}\\d/.-])T(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** "THÁNG SÁU NĂM 2026": a month in words counts only with its year ("tháng năm 2026" is a blank date line). */
    private static final Pattern MONTH_WORD = Pattern.compile("(?<!ngày\\s{0,3}\\p{L}{0,6}\\s{0,3})tháng\\s+(giêng|một|hai|ba|tư"
            + "|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười|chạp)\\s+năm\\s+(\\d{4})\\b", FLAGS);
    private static final List<String> MONTH_WORDS = List.of("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám",
            "chín", "mười", "mười một", "mười hai");
    private static final Pattern QUARTER = Pattern.compile("quý\\s+(IV|I{1,3}|[1-4])\\b(?:" + YEAR_TAIL + ")?", FLAGS);
    private static final Pattern MONTHS = Pattern.compile("\\b" + COUNT + "\\s+tháng\\s+(?:(đầu|cuối)\\s+năm"
            + "(?:\\s+(\\d{4}|nay))?|năm\\s+(\\d{4}))", FLAGS);
    /** "nhiệm vụ 9 tháng, phương hướng quý IV năm 2026": a bare count of months that a list goes on from, counted from January. */
    private static final Pattern MONTHS_LISTED = Pattern.compile("(?<!sau\\s|trong\\s|qua\\s)\\b" + COUNT
            + "\\s+tháng(?=\\s*(?:,|;|và\\s)\\s*(?:phương hướng|nhiệm vụ|kế hoạch))", FLAGS);
    private static final Pattern WEEK = Pattern.compile("tuần\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})", FLAGS);
    private static final Pattern FIRST_YEAR = Pattern.compile("(?:sau|qua) (?:một|01|1) năm (?:vận hành|triển khai|"
            + "thực hiện|hoạt động)?(?: mô hình)? ?chính quyền (?:địa phương )?(?:hai|02|2) cấp|sơ kết (?:một|01|1) năm",
            FLAGS);
    /** "Từ đầu năm đến 30/11/2026": the year so far, to the day written. */
    private static final Pattern YEAR_SO_FAR = Pattern.compile("từ đầu năm(?: nay| \\d{4})?\\s+(?:đến|tới)\\s+(?:hết\\s+)?"
            + "(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})", FLAGS);
    private static final Pattern NEXT_YEAR = Pattern.compile("(?:năm\\s+|/\\s*)(\\d{4})\\b", FLAGS);
    private static final List<String> COUNT_WORDS = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
            "chín", "mười", "mười một", "mười hai");

    private PeriodPhrases() {
    }

    /** A span named at {@code start} of the text, and how: by its dates, or as the two-tier government's first year. */
    record Mention(int start, ReportPeriod period, boolean yearWritten, Kind kind) {
        Mention(int start, ReportPeriod period, boolean yearWritten) {
            this(start, period, yearWritten, Kind.NAMED);
        }

        boolean isDateRange() {
            return kind == Kind.DATES;
        }

        boolean isFirstYearReview() {
            return kind == Kind.FIRST_YEAR_REVIEW;
        }
    }

    enum Kind { NAMED, DATES, FIRST_YEAR_REVIEW }

    /** Every span the text names, in order; {@code signed} (may be null) gives the year a phrase leaves out. */
    static List<Mention> find(String text, LocalDate signed) {
        List<Mention> found = new ArrayList<>();
        ranges(text, found);
        yearSoFar(text, found);
        months(text, signed, found);
        monthWords(text, found);
        shortMonths(text, found);
        quarters(text, signed, found);
        monthCounts(text, signed, found);
        weeks(text, found);
        Matcher review = FIRST_YEAR.matcher(text);
        while (review.find()) {
            found.add(new Mention(review.start(), Periods.firstYearOfTwoTierGovernment(), true, Kind.FIRST_YEAR_REVIEW));
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void ranges(String text, List<Mention> into) {
        for (Pattern pattern : List.of(DateRange.PATTERN, DateRange.BARE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int at = m.start();
                DateRange.of(m).ifPresent(d -> into.add(new Mention(at, Periods.range(d[0], d[1]), true, Kind.DATES)));
            }
        }
    }

    private static void yearSoFar(String text, List<Mention> into) {
        Matcher m = YEAR_SO_FAR.matcher(text);
        while (m.find()) {
            int at = m.start();
            DateText.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3))
                    .filter(end -> end.getDayOfYear() > 1)
                    .ifPresent(end -> into.add(new Mention(at, Periods.range(end.withDayOfYear(1), end), true, Kind.DATES)));
        }
    }

    private static void months(String text, LocalDate signed, List<Mention> into) {
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                add(into, text, m, m.group(2), signed, year -> Periods.month(year, month));
            }
        }
    }

    /** "số liệu nhanh T10/2026": a clerk's short form of a month, only with its year. */
    private static void shortMonths(String text, List<Mention> into) {
        Matcher m = SHORT_MONTH.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                into.add(new Mention(m.start(), Periods.month(Integer.parseInt(m.group(2)), month), true));
            }
        }
    }

    private static void monthWords(String text, List<Mention> into) {
        Matcher m = MONTH_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int month = switch (word) {
                case "giêng" -> 1;
                case "bốn" -> 4;
                case "chạp" -> 12;
                default -> MONTH_WORDS.indexOf(word) + 1;
            };
            int year = Integer.parseInt(m.group(2));
            into.add(new Mention(m.start(), Periods.month(year, month), true));
        }
    }

    private static void quarters(String text, LocalDate signed, List<Mention> into) {
        Matcher m = QUARTER.matcher(text);
        while (m.find()) {
            int quarter = DateText.romanOrArabicQuarter(m.group(1));
            add(into, text, m, m.group(2), signed, year -> Periods.quarter(year, quarter));
        }
    }

    private static void monthCounts(String text, LocalDate signed, List<Mention> into) {
        Matcher m = MONTHS.matcher(text);
        while (m.find()) {
            int count = count(m.group(1));
            if (count < 1 || count > 12) {
                continue;
            }
            boolean last = "cuối".equalsIgnoreCase(m.group(2));
            String year = m.group(3) != null ? m.group(3) : m.group(4);
            add(into, text, m, year, signed, y -> last ? Periods.lastMonths(y, count) : Periods.firstMonths(y, count));
        }
        Matcher listed = MONTHS_LISTED.matcher(text);
        while (listed.find()) {
            int count = count(listed.group(1));
            if (count > 1 && count < 12) {
                add(into, text, listed, null, signed, y -> Periods.firstMonths(y, count));
            }
        }
    }

    private static void weeks(String text, List<Mention> into) {
        Matcher m = WEEK.matcher(text);
        while (m.find()) {
            int week = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (week < 1 || week > 53) {
                continue;
            }
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
            into.add(new Mention(m.start(), Periods.range(monday, monday.plusDays(6)), true));
        }
    }

    private static void add(List<Mention> into, String text, Matcher m, String writtenYear, LocalDate signed,
            IntFunction<ReportPeriod> period) {
        if (writtenYear != null && !writtenYear.equalsIgnoreCase("nay")) {
            into.add(new Mention(m.start(), period.apply(Integer.parseInt(writtenYear)), true));
            return;
        }
        if (writtenYear != null && signed != null) {
            into.add(new Mention(m.start(), period.apply(signed.getYear()), true));
            return;
        }
        Optional<ReportPeriod> resolved = nextYearWritten(text, m.end()).map(period::apply)
                .filter(p -> signed == null || !p.start().isAfter(signed));
        if (resolved.isEmpty() && signed != null) {
            ReportPeriod thisYear = period.apply(signed.getYear());
            resolved = Optional.of(thisYear.start().isAfter(signed) ? period.apply(signed.getYear() - 1) : thisYear);
        }
        resolved.ifPresent(p -> into.add(new Mention(m.start(), p, false)));
    }

    /** "quý I, phương hướng nhiệm vụ quý II năm 2026": the year written a little further on, in the same sentence. */
    private static Optional<Integer> nextYearWritten(String text, int from) {
        int sentenceEnd = text.indexOf(". ", from);
        String rest = text.substring(from, Math.min(sentenceEnd < 0 ? text.length() : sentenceEnd,
                Math.min(text.length(), from + 120)));
        Matcher m = NEXT_YEAR.matcher(rest);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static int count(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        return COUNT_WORDS.indexOf(written.toLowerCase(Locale.ROOT)) + 1;
    }
}
