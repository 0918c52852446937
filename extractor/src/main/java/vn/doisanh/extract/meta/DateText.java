package vn.doisanh.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Dates as reports write them: "01/7/2025", "1/1/2026", "01-07-2025", "2025-07-01". */
public final class DateText {
    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        String s = text.trim();
        try {
            if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = s.split("-");
                return Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            if (s.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
                String[] p = s.split("[/.-]");
                return Optional.of(LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static int romanOrArabicQuarter(String text) {
        return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            case "IV", "4" -> 4;
            default -> throw new IllegalArgumentException("not a quarter: " + text);
        };
    }
}
