package vn.doisanh.export.table;

/**
 * One table cell: the text a reader sees (Vietnamese number format) and, for numbers, the value itself with an
 * Excel number format, so that CSV and XLSX keep numbers as numbers.
 */
public record Cell(String text, Double number, String excelFormat) {
    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, null);
    }

    public static Cell number(Double value, String text) {
        if (value == null) {
            return text("—");
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return new Cell(text, value, whole ? "#,##0" : "#,##0.00");
    }

    public static Cell integer(Integer value) {
        return value == null ? text("—") : new Cell(String.valueOf(value), value.doubleValue(), "0");
    }

    public boolean isNumber() {
        return number != null;
    }
}
