package vn.doisanh.extract.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "3 215 hồ sơ", "19 873 triệu đồng": thousands grouped with a space (or a no-break space, as Word writes them) are
 * one number. The readers see them with a dot in place of each space ("3.215"), which keeps every offset, so that
 * "3 215" is never read as 3 and 215. A day, month, quarter or year before the first group ("tháng 1 702",
 * "ngày 15 200") keeps its space: there the first number is not a group of the second.
 */
public final class SpacedThousands {
    private static final Pattern GROUPED = Pattern.compile(
            "(?=\\d)(?<![\\p{L}\\d.,/:])(?<!(?:tháng|quý|năm|ngày|tuần|thứ|lần|tổ|khu|thôn|đội|mục|điều|khoản|phần) )"
            + "\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d%/]|[.,]\\d|[ \\u00A0\\u202F]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word, a bracket or a stop after the number, or the wide gap or bar that ends a table cell. */
    private static final Pattern ENDS_A_FIGURE = Pattern.compile("[ \\u00A0]?[\\p{L}(),;:.]|[ \\t]{2,}|[ \\t]*\\|");
    private static final Pattern STARTS_A_CELL = Pattern.compile("(?:^|[ \\t]{2,}|\\|[ \\t]*)$");

    private SpacedThousands() {
    }

    /**
     * A PDF's table row comes out with one space between its cells ("Văn bản ban hành 164 802"): a group at the end of
     * a line is joined only when it opens a cell of its own (after a wide gap or a bar, or at the line's start).
     */
    private static boolean standsAlone(String text, int start, int end) {
        if (ENDS_A_FIGURE.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return STARTS_A_CELL.matcher(text.substring(lineStart, start)).find();
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    public static String joined(String text) {
        Matcher m = GROUPED.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] chars = text.toCharArray();
        do {
            if (!standsAlone(text, m.start(), m.end())) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (isGap(chars[i])) {
                    chars[i] = '.';
                }
            }
        } while (m.find());
        return new String(chars);
    }
}
