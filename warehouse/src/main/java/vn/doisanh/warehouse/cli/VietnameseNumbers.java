package vn.doisanh.warehouse.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: {@code 36.429} people, {@code 99,89} %. */
public final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    /** At most {@code maxDecimals} decimals, none when the value is whole. */
    public static String format(double value, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        // Through BigDecimal so that 0.125 rounds the way people expect, not the way its binary form does.
        return format.format(BigDecimal.valueOf(value));
    }

    public static String format(double value) {
        return format(value, 2);
    }

    /** For values that may be missing: a dash then. */
    public static String format(Number value) {
        return value == null ? "—" : format(value.doubleValue(), 2);
    }
}
