package vn.doisanh.extract.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sheet that is not the city's template (a "biểu số liệu" with a title, a "Chỉ tiêu | ĐVT | Số liệu" table, notes)
 * written out as the narrative reader reads a Word table: one line per row, its cells joined with " | ". A workbook's
 * numeric cells come out plain ("24.37"); they are written the Vietnamese way ("24,37") so that a decimal point is
 * never taken for a thousands dot.
 */
public final class SheetText {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private SheetText() {
    }

    public static String of(TemplateTable table, boolean plainNumbers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int firstTableRow = firstTableRow(rows);
        int lastTableRow = lastTableRow(rows);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> padded = new ArrayList<>(rows.get(r));
            while (padded.size() < width) {
                padded.add("");
            }
            boolean inTable = r > firstTableRow && r < lastTableRow;
            String line = line(padded, plainNumbers, inTable);
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    }

    /**
     * A title row keeps its one cell; a table row keeps every column, so that its cells stay under their heading.
     * A section row inside the table ("I. THÔNG TIN CHUNG" between the heading and the rows under it) is a row of
     * the table: written as a title, it would end the table for the readers of its heading.
     */
    private static String line(List<String> row, boolean plainNumbers, boolean inTable) {
        int last = row.size() - 1;
        if (!inTable && row.stream().filter(cell -> !cell.isBlank()).count() <= 1) {
            while (last >= 0 && row.get(last).isBlank()) {
                last--;
            }
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            String cell = row.get(i).strip().replaceAll("\\s*\\R\\s*", " ");
            cells.add(plainNumbers && PLAIN_DECIMAL.matcher(cell).matches() ? vietnamese(cell) : cell);
        }
        return String.join(" | ", cells);
    }

    private static int firstTableRow(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (isTableRow(rows.get(r))) {
                return r;
            }
        }
        return rows.size();
    }

    private static int lastTableRow(List<List<String>> rows) {
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (isTableRow(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isTableRow(List<String> row) {
        return row.stream().filter(cell -> !cell.isBlank()).count() >= 3;
    }

    private static String vietnamese(String plain) {
        String stripped = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
        return stripped.replace('.', ',');
    }
}
