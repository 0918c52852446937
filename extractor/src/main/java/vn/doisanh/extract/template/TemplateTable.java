package vn.doisanh.extract.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A structured template read into plain cells, whatever its format. {@code rowLocations} name each data row as
 * a person finds it ("line 3" in a CSV, "Sheet1!row 3" in a workbook).
 */
public record TemplateTable(List<String> header, List<List<String>> rows, List<String> rowLocations,
                            String sheetName, int titleRows, List<String> noteRows) {
    public TemplateTable(List<String> header, List<List<String>> rows, List<String> rowLocations, String sheetName) {
        this(header, rows, rowLocations, sheetName, 0, List.of());
    }

    public TemplateTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        rowLocations = List.copyOf(rowLocations);
        noteRows = List.copyOf(noteRows);
        if (rows.size() != rowLocations.size()) {
            throw new IllegalArgumentException("every template row needs a location");
        }
    }

    /** How far down a sheet its header may sit below a title ("BIỂU MẪU BÁO CÁO…", "Kèm theo Công văn số…"). */
    static final int MAX_TITLE_ROWS = 20;

    /**
     * The table read from the row that names the template's unit column, when rows of title text sit above it;
     * the same table when its first row is the header, or no row within {@link #MAX_TITLE_ROWS} is.
     */
    public TemplateTable belowItsTitle() {
        if (names(header)) {
            return this;
        }
        for (int i = 0; i < Math.min(rows.size(), MAX_TITLE_ROWS); i++) {
            if (names(rows.get(i))) {
                return new TemplateTable(rows.get(i), rows.subList(i + 1, rows.size()),
                        rowLocations.subList(i + 1, rowLocations.size()), sheetName, i + 1, noteRows);
            }
        }
        return this;
    }

    /**
     * The table without the rows that hold one cell of text and nothing else: the "Ghi chú: …" or "Người lập
     * biểu" lines a clerk writes under the data. Such a row names no figure, so refusing the whole sheet for it
     * would lose every figure above it; its location is kept in {@link #noteRows()}.
     */
    public TemplateTable withoutNoteRows() {
        List<List<String>> kept = new ArrayList<>();
        List<String> keptAt = new ArrayList<>();
        List<String> notes = new ArrayList<>(noteRows);
        for (int i = 0; i < rows.size(); i++) {
            if (filledCells(rows.get(i)) == 1) {
                notes.add(rowLocations.get(i));
                continue;
            }
            kept.add(rows.get(i));
            keptAt.add(rowLocations.get(i));
        }
        return new TemplateTable(header, kept, keptAt, sheetName, titleRows, notes);
    }

    private static long filledCells(List<String> row) {
        return row.stream().filter(c -> !c.isBlank()).count();
    }

    /** The number of title rows skipped above the header. */
    public int titleRows() {
        return titleRows;
    }

    private static boolean names(List<String> row) {
        return row.stream().map(String::strip).anyMatch(c -> c.equalsIgnoreCase("unit_code") || c.equalsIgnoreCase("unit_name"));
    }

    public int column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean hasColumn(String name) {
        return column(name) >= 0;
    }

    public String cell(List<String> row, String name) {
        int index = column(name);
        return index < 0 || index >= row.size() ? "" : row.get(index).trim();
    }
}
