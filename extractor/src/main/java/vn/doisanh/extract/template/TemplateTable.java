package vn.doisanh.extract.template;

import java.util.List;

/**
 * A structured template read into plain cells, whatever its format. {@code rowLocations} name each data row as
 * a person finds it ("line 3" in a CSV, "Sheet1!row 3" in a workbook).
 */
public record TemplateTable(List<String> header, List<List<String>> rows, List<String> rowLocations,
                            String sheetName) {
    public TemplateTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        rowLocations = List.copyOf(rowLocations);
        if (rows.size() != rowLocations.size()) {
            throw new IllegalArgumentException("every template row needs a location");
        }
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
