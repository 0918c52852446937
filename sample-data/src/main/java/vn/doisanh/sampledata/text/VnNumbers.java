package vn.doisanh.sampledata.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers the Vietnamese way: "." groups thousands (17.049), "," is the decimal mark (99,89). */
public final class VnNumbers {
    private VnNumbers() {
    }

    /** A whole number, grouped ("17.049") or not ("17049", which reports also write). */
    public static String whole(BigDecimal value, boolean group) {
        BigDecimal whole = value.setScale(0, RoundingMode.UNNECESSARY);
        String digits = whole.abs().toPlainString();
        String body = group ? grouped(digits) : digits;
        return whole.signum() < 0 ? "-" + body : body;
    }

    /** A small count with the leading zero administrative writing uses ("03 phòng", "02 tôn giáo"). */
    public static String padded(BigDecimal value) {
        return value.compareTo(BigDecimal.TEN) < 0 && value.signum() >= 0 ? "0" + whole(value, false)
                : whole(value, true);
    }

    /** A decimal with at most its significant decimals: 98.50 → "98,5", 100.00 → "100". */
    public static String decimal(BigDecimal value, boolean group) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return whole(stripped.setScale(0, RoundingMode.UNNECESSARY), group);
        }
        String plain = stripped.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = group ? grouped(plain.substring(0, dot)) : plain.substring(0, dot);
        return (stripped.signum() < 0 ? "-" : "") + integer + "," + plain.substring(dot + 1);
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
