package vn.doisanh.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as an Excel workbook: the context on top (title, labelled lines, the synthetic note in red), then the
 * table with a frozen, filterable header. Numbers are numeric cells with a format, so Excel shows them in the
 * reader's own locale (99,89 on a Vietnamese Windows) and can sum them.
 */
public final class XlsxTable {
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxTable() {
    }

    public static void write(Table table, String sheetName, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(sheetName);
            workbook.getProperties().getCoreProperties().setTitle(table.context().title());
            int r = 0;
            cell(sheet.createRow(r++), 0, table.context().title(), styles.title);
            for (ExportContext.Entry entry : table.context().withNote()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, entry.label(), styles.bold);
                boolean note = entry.label().equals("Ghi chú");
                cell(row, 1, entry.value(), note ? styles.warning : null);
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                cell(header, c, table.columns().get(c).header(), styles.header);
            }
            for (int i = 0; i < table.rows().size(); i++) {
                Row row = sheet.createRow(r++);
                boolean marked = table.highlighted().contains(i);
                List<Cell> cells = table.rows().get(i);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = cells.get(c);
                    org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
                    if (cell.isNumber()) {
                        target.setCellValue(cell.number());
                        target.setCellStyle(styles.number(cell.excelFormat(), marked));
                    } else {
                        target.setCellValue(cell.text());
                        if (marked) {
                            target.setCellStyle(styles.marked);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0,
                    table.columns().size() - 1));
            widths(sheet, table);
            workbook.write(out);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** From the longest text of each column: autoSizeColumn would need AWT fonts on the server. */
    private static void widths(XSSFSheet sheet, Table table) {
        for (int c = 0; c < table.columns().size(); c++) {
            int chars = table.columns().get(c).header().length();
            for (List<Cell> row : table.rows()) {
                chars = Math.max(chars, row.get(c).text().length());
            }
            if (c <= 1) {
                chars = Math.max(chars, 14); // the context's labels and values start here
            }
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, chars + 2) * 256);
        }
    }

    /** Cell styles are per workbook and limited in number: made once, shared by every cell. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle warning;
        final CellStyle header;
        final CellStyle marked;
        final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            title = style(font(true, (short) 14, IndexedColors.BLACK));
            bold = style(font(true, (short) 11, IndexedColors.BLACK));
            warning = style(font(true, (short) 11, IndexedColors.DARK_RED));
            header = style(font(true, (short) 11, IndexedColors.BLACK));
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            marked = style(font(true, (short) 11, IndexedColors.BLACK));
            fill(marked);
        }

        CellStyle number(String format, boolean isMarked) {
            return numbers.computeIfAbsent(format + isMarked, key -> {
                CellStyle style = workbook.createCellStyle();
                if (isMarked) {
                    style.cloneStyleFrom(marked);
                }
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                return style;
            });
        }

        private static void fill(CellStyle style) {
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private Font font(boolean isBold, short points, IndexedColors color) {
            Font font = workbook.createFont();
            font.setBold(isBold);
            font.setFontHeightInPoints(points);
            font.setColor(color.getIndex());
            return font;
        }

        private CellStyle style(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
