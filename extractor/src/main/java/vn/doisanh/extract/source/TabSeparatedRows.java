package vn.doisanh.extract.source;

/**
 * "Hồ sơ TTHC tiếp nhận\thồ sơ\t\t1.962\t5.540": a table pasted from Word or a sheet into plain text keeps its cells
 * apart by tabs, an empty cell by two tabs in a row. The readers see such a row as Word tables come out, with a bar
 * between cells ("Hồ sơ TTHC tiếp nhận|hồ sơ||1.962|5.540"), one character for one, so offsets hold. Tabs after the
 * last cell are its empty cells ("I. Hành chính công\t\t\t", a group row); a tab that only indents a line (a
 * signature block) is a space.
 */
public final class TabSeparatedRows {
    private TabSeparatedRows() {
    }

    public static String asBars(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int start = 0;
        while (start < chars.length) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? chars.length : end;
            barred(chars, start, end);
            start = end + 1;
        }
        return new String(chars);
    }

    private static void barred(char[] chars, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(chars[first])) {
            first++;
        }
        for (int i = start; i < end; i++) {
            if (chars[i] == '\t') {
                chars[i] = i > first ? '|' : ' ';
            }
        }
    }
}
