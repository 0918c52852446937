package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row with several numbers whose columns nothing has named (no heading the comparison columns, the
 * measure-by-category cells or the result column understood): "Quá hạn | hồ sơ | 0 | 23 | 49 | 61 | - | 37,7"
 * under a merged two-row heading. A rule reading the row would take its first number, which may be the plan's;
 * so none of them is read, and each stays unread for an analyst.
 */
final class UnknownColumns {

    private UnknownColumns() {
    }

    static List<UnsureNumber> setAside(String text, Claims claims) {
        List<UnsureNumber> unsure = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            if (line.indexOf('|') < 0 && line.indexOf('\t') < 0) {
                continue;
            }
            List<TableCells.Cell> cells = TableCells.cells(line, lineStart);
            if (cells.stream().filter(c -> !c.text().isEmpty()).count() < 3 || isUnderstood(cells, claims)) {
                continue;
            }
            List<TableCells.Cell> open = new ArrayList<>();
            TableCells.Cell first = cells.stream().filter(c -> !c.text().isEmpty()).findFirst().orElseThrow();
            for (TableCells.Cell cell : cells) {
                boolean numbering = cell == first && TableCells.ROW_NUMBER.matcher(cell.text()).matches();
                if (!numbering && TableCells.isNumeric(cell) && !claims.isTaken(cell.offset(), end(cell))) {
                    open.add(cell);
                }
            }
            if (open.size() < 2) {
                continue;
            }
            for (TableCells.Cell cell : open) {
                claims.setAside(cell.offset(), end(cell));
                unsure.add(new UnsureNumber(cell.offset(), end(cell), null, "table.columns_unknown"));
            }
        }
        return unsure;
    }

    /**
     * A row whose plan or last-year cells were set aside (masked as "___") or whose cells a column heading gave
     * to an indicator sits under a heading that was understood.
     */
    private static boolean isUnderstood(List<TableCells.Cell> cells, Claims claims) {
        return cells.stream().anyMatch(c -> !c.text().isEmpty() && c.text().chars().allMatch(ch -> ch == '_')
                || claims.isTaken(c.offset(), end(c)));
    }

    private static int end(TableCells.Cell cell) {
        return cell.offset() + cell.text().length();
    }
}
