package vn.doisanh.extract.validate;

import java.util.Locale;

/** How warnings print numbers: as the report would (no trailing zeros), dot as decimal mark for logs. */
final class Numbers {
    private Numbers() {
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
