package vn.doisanh.export.text;

import vn.doisanh.catalogue.UnitLabels;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.doisanh.warehouse.cli.VietnameseNumbers;

/**
 * Numbers and dates as Vietnamese readers expect them on a slide or a printout: {@code 17.049 hồ sơ},
 * {@code 99,89%}, {@code 27/11/2026}. Machine formats (CSV cells) keep plain numbers instead.
 */
public final class VnFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VnFormat() {
    }

    public static String number(Double value, int maxDecimals) {
        return value == null ? "—" : VietnameseNumbers.format(value, maxDecimals);
    }

    public static String number(Double value) {
        return number(value, 2);
    }

    /** A value with its unit of measure: {@code 99,89%}, {@code 17.049 hồ sơ}, {@code 26,29 km²}. */
    public static String measure(Double value, String unit) {
        if (value == null) {
            return "—";
        }
        String label = UnitLabels.label(unit);
        String number = number(value);
        if (label.isEmpty()) {
            return number;
        }
        return label.equals("%") || label.startsWith("/") ? number + label : number + " " + label;
    }

    /** Percentiles read as whole numbers: 99,1 would suggest a precision 113 units do not have. */
    public static String percentile(Double value) {
        return number(value, 0);
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    public static String utc(LocalDateTime dateTime) {
        return dateTime.format(DATE_TIME) + " UTC";
    }
}
