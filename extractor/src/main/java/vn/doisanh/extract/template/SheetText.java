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
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add("");
            }
            String line = line(padded, plainNumbers);
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    }

    /** A title row keeps its one cell; a table row keeps every column, so that its cells stay under their heading. */
    private static String line(List<String> row, boolean plainNumbers) {
        int last = row.size() - 1;
        if (row.stream().filter(cell -> !cell.isBlank()).count() <= 1) {
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

    private static String vietnamese(String plain) {
        String stripped = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
        return stripped.replace('.', ',');
    }
}
