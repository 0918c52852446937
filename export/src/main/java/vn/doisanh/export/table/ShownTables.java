package vn.doisanh.export.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.doisanh.export.ShownTable;

/**
 * Turns a table as shown on a page into a {@link Table}: header cells become text columns, and cells written as
 * Vietnamese numbers ("17.049", "99,89%") become numbers again, so Excel can sort and sum them.
 */
public final class ShownTables {
    private static final Pattern VIETNAMESE_NUMBER = Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|-?\\d+(?:,\\d+)?");

    private ShownTables() {
    }

    public static Table of(ShownTable shown) {
        List<String> header = shown.rows().get(0);
        List<Column> columns = header.stream().map(h -> Column.text(h == null ? "" : h, 1)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<String> row : shown.rows().subList(1, shown.rows().size())) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(c < row.size() ? row.get(c) : ""));
            }
            rows.add(cells);
        }
        List<ExportContext.Entry> entries = shown.lines().stream().filter(l -> l != null && !l.isBlank())
                .map(ShownTables::entry).toList();
        Optional<String> note = shown.synthetic()
                ? Optional.of("Bảng có số liệu mô phỏng (synthetic), không phải số liệu thật.") : Optional.empty();
        return new Table(new ExportContext(shown.title(), entries, note), columns, rows, java.util.Set.of(),
                java.util.Set.of());
    }

    private static ExportContext.Entry entry(String line) {
        int colon = line.indexOf(": ");
        return colon > 0 ? new ExportContext.Entry(line.substring(0, colon), line.substring(colon + 2))
                : new ExportContext.Entry("", line);
    }

    private static Cell cell(String text) {
        String shown = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        String bare = shown.endsWith("%") ? shown.substring(0, shown.length() - 1).strip() : shown;
        if (!VIETNAMESE_NUMBER.matcher(bare).matches()) {
            return Cell.text(shown);
        }
        double value = Double.parseDouble(bare.replace(".", "").replace(',', '.'));
        return Cell.number(value, shown);
    }
}
