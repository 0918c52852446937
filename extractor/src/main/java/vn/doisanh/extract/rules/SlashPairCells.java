package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Hộ nghèo / tỷ lệ | hộ / % | 23 / 0,31", "Viên chức giáo dục giao / có mặt | người | 318 / 309": a row of a sheet
 * that gives two figures in one cell, named in order by its label. Each is read as its own row ("Hộ nghèo: 23 hộ",
 * "tỷ lệ hộ nghèo: 0,31%"), only when that cell is the row's one figure, so no plan or last year's column is taken.
 */
final class SlashPairCells {
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final Pattern PAIR = Pattern.compile("^(?<a>" + NUMBER + ")\\s*/\\s*(?<b>" + NUMBER + ")$");
    private static final Pattern TWO_NAMES = Pattern.compile("^(?:\\d+\\s*[.)|]?\\s*)?(?<x>[\\p{L}][^/|\\d]{1,60}?)\\s*/\\s*"
            + "(?<y>[\\p{L}][^/|\\d]{1,60}?)\\s*$");
    private static final Pattern UNITS = Pattern.compile("^(?<x>[^/|\\d]{1,15}?)\\s*/\\s*(?<y>[^/|\\d]{1,15}?)$");
    /** "giao / có mặt": the second name is the same staff, counted another way. */
    private static final Pattern SAME_STAFF = Pattern.compile("^(?:có mặt|hiện có|thực hiện|thực tế)$", RulePatterns.FLAGS);
    private static final Pattern QUOTA = Pattern.compile("^(?:biên chế\\s+)?(?:được\\s+)?giao$", RulePatterns.FLAGS);
    private static final Pattern IN_POST_WORD = Pattern.compile("\\s+(?:có mặt|hiện có)$", RulePatterns.FLAGS);
    private static final Pattern QUOTA_WORD = Pattern.compile("\\s+(?:được\\s+)?(?:giao|biên chế giao)$", RulePatterns.FLAGS);

    private SlashPairCells() {
    }

    static List<TableRows.View> views(String text) {
        List<TableRows.View> views = new ArrayList<>();
        for (TextLine line : TextLine.of(text)) {
            if (line.text().indexOf('|') >= 0 && line.text().indexOf('/') >= 0) {
                views.addAll(row(barCells(line.text(), line.start()), line.start(), line.text()));
            }
        }
        return views;
    }

    /** The cells between bars, also of a row of two ("Công chức có mặt / biên chế giao | 61/66"). */
    private static List<TableCells.Cell> barCells(String line, int lineStart) {
        List<TableCells.Cell> cells = new ArrayList<>();
        int start = 0;
        while (start <= line.length()) {
            int bar = line.indexOf('|', start);
            int end = bar < 0 ? line.length() : bar;
            String raw = line.substring(start, end);
            String text = raw.strip();
            cells.add(new TableCells.Cell(text, lineStart + start + (text.isEmpty() ? 0 : raw.indexOf(text))));
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        return cells;
    }

    private static List<TableRows.View> row(List<TableCells.Cell> cells, int lineStart, String line) {
        Matcher names = null;
        Matcher pair = null;
        TableCells.Cell pairCell = null;
        String[] units = {"", ""};
        for (int i = 0; i < cells.size(); i++) {
            TableCells.Cell cell = cells.get(i);
            if (i == 0 && TableCells.ROW_NUMBER.matcher(cell.text()).matches()) {
                continue;
            }
            Matcher two = TWO_NAMES.matcher(cell.text());
            Matcher numbers = PAIR.matcher(cell.text());
            Matcher unitPair = UNITS.matcher(cell.text());
            if (TableCells.isNumeric(cell) || numbers.matches() && pair != null) {
                return List.of(); // another figure in the row: which column is which is not sure
            }
            if (numbers.matches()) {
                pair = numbers;
                pairCell = cell;
            } else if (names == null && two.matches()) {
                names = two;
            } else if (names != null && pair == null && unitPair.matches()) {
                units = new String[] {unitPair.group("x"), unitPair.group("y")};
            }
        }
        if (names == null || pair == null) {
            return List.of();
        }
        String first = names.group("x").strip();
        String second = secondName(first, names.group("y").strip());
        return List.of(
                TableRows.sentence("", first, pair.group("a"), pairCell.offset() + pair.start("a"), units[0], lineStart, line),
                TableRows.sentence("", second, pair.group("b"), pairCell.offset() + pair.start("b"), units[1], lineStart, line));
    }

    /** "tỷ lệ" after "Hộ nghèo" is the rate of poor households; "có mặt" after "Viên chức giáo dục giao" their count. */
    private static String secondName(String first, String second) {
        if (second.equalsIgnoreCase("tỷ lệ")) {
            return "tỷ lệ " + first;
        }
        if (SAME_STAFF.matcher(second).matches()) {
            return QUOTA_WORD.matcher(first).replaceFirst("") + " " + second;
        }
        Matcher inPost = IN_POST_WORD.matcher(first);
        if (QUOTA.matcher(second).matches() && inPost.find()) {
            return first.substring(0, inPost.start()) + " được giao"; // "Công chức có mặt / biên chế giao"
        }
        return second;
    }
}
