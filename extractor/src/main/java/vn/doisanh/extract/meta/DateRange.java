package vn.doisanh.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "từ ngày 01/10/2025 đến ngày 31/12/2025", "Từ ngày 1-10 đến ngày 31-12-2025", "từ 01.7.2025 đến hết 30.9.2025":
 * a span of dates as reports write it. The start may leave out its year when the end has one (the year before
 * when its month comes later than the end's).
 */
final class DateRange {
    private static final String WEEKDAY = "(?:(?:thứ\\s+\\p{L}+|chủ\\s+nhật)\\s+)?";
    static final Pattern PATTERN = Pattern.compile("từ (?:ngày )?" + WEEKDAY + "(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?"
            + "\\s*(?:đến|tới|-|–)\\s*(?:hết )?(?:ngày )?" + WEEKDAY + "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "(01/7/2025 – 30/6/2026)": both dates whole, no "từ". */
    static final Pattern BARE = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))\\s*(?:-|–|—|đến)"
            + "\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/.]\\d)");

    private DateRange() {
    }

    /** The span the match names, if its dates exist and it does not end before it starts. */
    static Optional<LocalDate[]> of(Matcher m) {
        try {
            int endYear = Integer.parseInt(m.group(6));
            LocalDate end = LocalDate.of(endYear, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            int startMonth = Integer.parseInt(m.group(2));
            int startYear = m.group(3) != null ? Integer.parseInt(m.group(3))
                    : startMonth > end.getMonthValue() ? endYear - 1 : endYear;
            LocalDate start = LocalDate.of(startYear, startMonth, Integer.parseInt(m.group(1)));
            return end.isBefore(start) ? Optional.empty() : Optional.of(new LocalDate[] {start, end});
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
