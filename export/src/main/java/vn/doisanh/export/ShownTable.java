package vn.doisanh.export;

import java.util.List;
import java.util.Objects;

/**
 * A table as a page shows it (compare, peers, quality, the catalogue): its title, the context lines the page wrote
 * above it, whether it shows synthetic data, and its rows of text, the header first. The page sends it when there
 * is no server-side query for that table, so that Excel gets it as well as CSV.
 */
public record ShownTable(String title, List<String> lines, boolean synthetic, List<List<String>> rows) {
    public static final int MAX_ROWS = 5000;
    public static final int MAX_COLUMNS = 60;
    public static final int MAX_CELL_CHARS = 2000;

    public ShownTable {
        Objects.requireNonNull(title, "title");
        lines = lines == null ? List.of() : List.copyOf(lines);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("a table needs a header row and at most " + MAX_ROWS + " rows, got "
                    + rows.size());
        }
        int columns = rows.get(0).size();
        if (columns == 0 || columns > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table needs 1 to " + MAX_COLUMNS + " columns, got " + columns);
        }
        for (List<String> row : rows) {
            if (row.stream().anyMatch(cell -> cell != null && cell.length() > MAX_CELL_CHARS)) {
                throw new IllegalArgumentException("a cell is longer than " + MAX_CELL_CHARS + " characters");
            }
        }
    }
}
