package vn.doisanh.extract.rules;

import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese reports write them: {@code .} groups thousands ({@code 17.049} = 17049), {@code ,}
 * is the decimal mark ({@code 99,89} = 99.89), leading zeros are common ({@code 02} = 2). A lone dot followed by
 * anything but exactly three digits ({@code 99.89}) is taken as a decimal point, as some offices type it.
 */
public final class VietnameseNumber {
    /** The shape of one number as reports write it: "17.049", "17.049,5", "99,89", "02". */
    public static final String SHAPE = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern INTEGER = Pattern.compile("\\d+");

    private VietnameseNumber() {
    }

    public static double parse(String text) {
        String s = text.trim().replace(" ", "");
        if (s.startsWith("-") || s.startsWith("−")) {
            return -parse(s.substring(1));
        }
        if (INTEGER.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        if (GROUPED.matcher(s).matches()) {
            return Double.parseDouble(s.replace(".", "").replace(',', '.'));
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            return Double.parseDouble(s.replace(',', '.'));
        }
        if (DECIMAL_POINT.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        throw new NumberFormatException("not a number in Vietnamese notation: '" + text + "'");
    }

    /** True when {@link #parse} reads the text ("17.049", "99,89", "02"), false for "1.2.3" or "1,2,3". */
    public static boolean isNumber(String text) {
        String s = text.trim();
        return INTEGER.matcher(s).matches() || GROUPED.matcher(s).matches() || DECIMAL_COMMA.matcher(s).matches()
                || DECIMAL_POINT.matcher(s).matches();
    }

    /** Million VND for an amount written with its scale word: "186,4 tỷ đồng" → 186400. */
    public static double toMillionVnd(double amount, String scaleWord) {
        String scale = scaleWord == null ? "" : scaleWord.toLowerCase(java.util.Locale.ROOT);
        if (scale.startsWith("tỷ")) {
            return amount * 1000;
        }
        if (scale.startsWith("triệu")) {
            return amount;
        }
        if (scale.startsWith("nghìn") || scale.startsWith("ngàn")) {
            return amount / 1000;
        }
        return amount / 1_000_000;
    }
}
