package vn.doisanh.warehouse.query;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period names people type: a key {@code 2025-07-01..2026-06-30}, a quarter {@code 2025-Q3}, a half year
 * {@code 2026-H1} or a calendar year {@code 2025}. Anything else is matched against frame labels by the caller.
 */
public final class PeriodText {
    private static final Pattern KEY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?H([12])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private PeriodText() {
    }

    /** The period key the text names, if it has one of the shapes above. */
    public static Optional<String> toKey(String text) {
        String s = text.strip();
        Matcher m = KEY.matcher(s);
        if (m.matches()) {
            return Optional.of(s);
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            return Optional.of(key(start, start.plusMonths(3).minusDays(1)));
        }
        m = HALF.matcher(s);
        if (m.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
            return Optional.of(key(start, start.plusMonths(6).minusDays(1)));
        }
        if (YEAR.matcher(s).matches()) {
            int year = Integer.parseInt(s);
            return Optional.of(key(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return Optional.empty();
    }

    private static String key(LocalDate start, LocalDate end) {
        return start + ".." + end;
    }
}
