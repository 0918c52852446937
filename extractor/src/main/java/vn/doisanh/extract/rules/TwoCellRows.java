package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Phòng chuyên môn (không kể Trung tâm …) | 03 phòng", "Biên chế tiếp nhận ngày 01/7/2025 | 72 người": a row of a
 * table of two columns, a label and its figure with its noun. Read as "label: 03 phòng" through the rules like a
 * row of a wider table; the bar and the label's brackets no longer stand between the words and the number.
 */
final class TwoCellRows {
    private static final Pattern ROW = Pattern.compile("^\\s*(?<label>\\p{L}[^|]{2,120}?)\\s*\\|\\s*(?<value>\\d{1,3}"
            + "(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(?<unit>%|\\p{L}+(?:\\s+\\p{L}+)?)?\\s*$");

    private TwoCellRows() {
    }

    static List<TableRows.View> views(String text) {
        List<TableRows.View> views = new ArrayList<>();
        for (TextLine textLine : TextLine.of(text)) {
            String line = textLine.text();
            int lineStart = textLine.start();
            int bar = line.indexOf('|');
            if (bar < 0 || line.indexOf('|', bar + 1) >= 0) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String unit = row.group("unit") == null ? "" : row.group("unit");
                views.add(TableRows.sentence("", row.group("label"), row.group("value"), lineStart + row.start("value"),
                        unit, lineStart, line));
            }
        }
        return views;
    }
}
