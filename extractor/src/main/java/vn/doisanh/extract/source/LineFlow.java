package vn.doisanh.extract.source;

import java.util.regex.Pattern;

/**
 * Joins lines that only wrap a sentence. A break is kept where the line before ends a sentence or a heading
 * (.;:!?), or the next line starts a bullet, a numbered item or a table row. A single line break is joined when
 * the next line goes on in lower case or with a number, or the line before ends with a comma; a blank line only
 * when the next line starts in lower case (a page break in the middle of a sentence, as in the Hà Bắc report).
 * Offsets never move: one char for one char. Slides and infographics put each figure on a line of its own above
 * its label ("68,4%" / "Nộp trực tuyến" / "96,8%" / "Thanh toán trực tuyến"): there a figure line is not joined to
 * the label before it, which is another figure's.
 */
final class LineFlow {
    private static final Pattern LONE_FIGURE = Pattern.compile("^\\s*[-+]?\\d[\\d.,]*\\s*%?\\s*$");
    private static final Pattern BULLET_START = Pattern.compile("^\\s*(?:[-+•*–]|\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\)|[IVX]+\\.)\\s");

    private LineFlow() {
    }

    static String reflow(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            if (out[i] != '\n') {
                i++;
                continue;
            }
            int breakEnd = i;
            while (breakEnd < out.length && Character.isWhitespace(out[breakEnd])) {
                breakEnd++;
            }
            if (joins(text, i, breakEnd)) {
                for (int k = i; k < breakEnd; k++) {
                    out[k] = ' ';
                }
            }
            i = Math.max(breakEnd, i + 1);
        }
        return new String(out);
    }

    private static boolean joins(String text, int breakStart, int nextStart) {
        if (nextStart >= text.length()) {
            return false;
        }
        char last = lastVisible(text, breakStart);
        if (last == 0 || ".;:!?".indexOf(last) >= 0) {
            return false;
        }
        int lineEnd = text.indexOf('\n', nextStart);
        String nextLine = text.substring(nextStart, lineEnd < 0 ? text.length() : lineEnd);
        if (BULLET_START.matcher(nextLine).find() || nextLine.contains(" | ") || isTabRow(nextLine)
                || isTabRow(text.substring(text.lastIndexOf('\n', breakStart - 1) + 1, breakStart))) {
            return false;
        }
        boolean blankLineBetween = text.substring(breakStart, nextStart).chars().filter(c -> c == '\n').count() > 1;
        char first = nextLine.charAt(0);
        if (blankLineBetween) {
            return Character.isLowerCase(first); // a page break in the middle of a sentence
        }
        if (LONE_FIGURE.matcher(nextLine).matches() && lineBeforeIsLoneFigure(text, breakStart)) {
            return false;
        }
        // A wrapped line goes on in lower case or with a number; a line ending in a comma always goes on.
        return Character.isLowerCase(first) || Character.isDigit(first) || last == ',';
    }

    /** A row of a table copied from a sheet: its cells apart by tabs. */
    private static boolean isTabRow(String line) {
        return line.strip().indexOf('\t') > 0;
    }

    /** Whether the line above the one that ends at {@code breakStart} is a figure on its own. */
    private static boolean lineBeforeIsLoneFigure(String text, int breakStart) {
        int lineStart = text.lastIndexOf('\n', breakStart - 1);
        if (lineStart < 0) {
            return false;
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 1) + 1;
        return LONE_FIGURE.matcher(text.substring(previousStart, lineStart)).matches();
    }

    private static char lastVisible(String text, int before) {
        for (int k = before - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return 0;
            }
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }
}
