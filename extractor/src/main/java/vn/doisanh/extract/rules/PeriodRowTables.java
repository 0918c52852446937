package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables with a row per period and a column per measure, as a service centre counts its cases month by month:
 * <pre>
 *   | Thời gian    | Mới tiếp nhận | Đã giải quyết | Quá hạn | Tỷ lệ đúng hạn |
 *   | Tháng 1      | 702           | 688           | 2       | 99,71          |
 *   | Cộng quý I   | 2.033         | 2.000         | 6       | 99,70          |
 * </pre>
 * Each cell reads as the sentence "tháng 1: Mới tiếp nhận: 702", so that the rules name the measure and the row's
 * span dates it; a row the report's period cannot place stays unread, as in {@link TableRows}. A heading written
 * over two lines ("Mới tiếp" above "nhận") is one heading, and a row of the same period last year or of a plan is
 * never read. Only a table whose first column is headed as time ("Thời gian", "Tháng", "Kỳ") is read so.
 */
final class PeriodRowTables {
    private static final Pattern TIME_HEADING = Pattern.compile("^(?:thời gian|tháng|quý|kỳ|kỳ báo cáo|thời kỳ|giai đoạn)$",
            RulePatterns.FLAGS);
    /** "Cộng quý I", "Tổng 6 tháng", "Lũy kế 9 tháng": the span the row adds up. */
    private static final Pattern ADDS_UP = Pattern.compile("^(?:cộng|tổng cộng|tổng|lũy kế|luỹ kế)\\s+", RulePatterns.FLAGS);
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:cộng|tổng cộng|tổng)$", RulePatterns.FLAGS);
    private static final Pattern NOT_THIS_PERIOD = Pattern.compile("cùng kỳ|năm trước|kế hoạch|dự kiến|so với|so sánh",
            RulePatterns.FLAGS);
    private static final Pattern RATE_HEADING = Pattern.compile("^tỷ lệ|\\(%\\)|%$", RulePatterns.FLAGS);

    private PeriodRowTables() {
    }

    static List<TableRows.View> views(String text) {
        List<TableRows.View> views = new ArrayList<>();
        List<String> heading = null;
        boolean headingOpen = false;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            if (TableCells.RULE_LINE.matcher(line.strip()).matches()) {
                headingOpen = false;
                continue;
            }
            if (line.indexOf('|') < 0) {
                heading = null;
                continue;
            }
            List<TableCells.Cell> cells = TableCells.cells(line, lineStart);
            if (cells.stream().noneMatch(TableCells::isNumeric)) {
                if (heading != null && headingOpen && cells.size() == heading.size()) {
                    heading = merged(heading, cells);
                } else {
                    heading = texts(cells);
                    headingOpen = true;
                }
                continue;
            }
            headingOpen = false;
            if (heading != null && cells.size() == heading.size()) {
                views.addAll(row(cells, heading, lineStart, line));
            }
        }
        return views;
    }

    private static List<TableRows.View> row(List<TableCells.Cell> cells, List<String> heading, int lineStart, String line) {
        int labelColumn = firstFilled(heading);
        if (labelColumn < 0 || !TIME_HEADING.matcher(heading.get(labelColumn)).matches()) {
            return List.of();
        }
        String label = cells.get(labelColumn).text();
        if (label.isEmpty() || NOT_THIS_PERIOD.matcher(label).find()) {
            return List.of();
        }
        boolean total = TOTAL_ROW.matcher(label).matches();
        String phrase = total ? "" : TableRows.periodPhrase(ADDS_UP.matcher(label).replaceFirst(""));
        if (!total && phrase.isEmpty()) {
            return List.of();
        }
        List<TableRows.View> views = new ArrayList<>();
        for (int col = labelColumn + 1; col < cells.size(); col++) {
            TableCells.Cell cell = cells.get(col);
            String measure = heading.get(col);
            if (!TableCells.isNumeric(cell) || measure.isEmpty() || NOT_THIS_PERIOD.matcher(measure).find()) {
                continue;
            }
            String unit = RATE_HEADING.matcher(measure).find() && !measure.contains("(%)") ? "%" : "";
            TableRows.View view = TableRows.sentence(phrase.isEmpty() ? "" : phrase + ": ", measure, cell.text(),
                    cell.offset(), unit, lineStart, line);
            views.add(phrase.isEmpty() ? view : view.namingPeriod(phrase));
        }
        return views;
    }

    private static int firstFilled(List<String> heading) {
        for (int i = 0; i < heading.size(); i++) {
            if (!heading.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(List<TableCells.Cell> cells) {
        return cells.stream().map(TableCells.Cell::text).toList();
    }

    /** "Mới tiếp" over "nhận": a heading cell continued on the next line. */
    private static List<String> merged(List<String> heading, List<TableCells.Cell> more) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < heading.size(); i++) {
            String next = more.get(i).text();
            joined.add(next.isEmpty() ? heading.get(i) : (heading.get(i) + " " + next).strip());
        }
        return joined;
    }
}
