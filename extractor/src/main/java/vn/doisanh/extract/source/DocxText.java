package vn.doisanh.extract.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.doisanh.extract.model.ExtractionException;

/**
 * Reads a .docx in document order: each paragraph is a line, each table row is a line whose cells are joined by
 * {@code " | "}, so "Tổng số hồ sơ tiếp nhận | 12.345 | hồ sơ" reads like a sentence to the rules.
 */
public final class DocxText {
    private static final int MAX_SPAN = 20;
    private static final int MAX_HEADING_ROWS = 3;
    private static final java.util.regex.Pattern NUMBER_CELL = java.util.regex.Pattern.compile("^[-+]?\\d[\\d.,]*\\s*%?$");
    /** "03 phòng", "19 / 16": a figure with its noun, or two in one cell; no heading names a column so. */
    private static final java.util.regex.Pattern FIGURE_CELL = java.util.regex.Pattern.compile(
            "^\\d{1,3}(?:[.,]\\d+)*(?:(?:\\s*/\\s*\\d{1,3}(?:[.,]\\d+)*)+|\\s+(?!tháng|năm|quý|tuần|ngày)\\p{L}+)$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    /** "I | Địa bàn, dân cư": a section row opens the body; its Roman numeral is no heading's word. */
    private static final java.util.regex.Pattern SECTION_CELL = java.util.regex.Pattern.compile("^(?:[IVX]{1,5}|[A-Z])[.)]?$");
    private DocxText() {
    }

    public static String read(byte[] bytes, String file) throws ExtractionException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            appendBody(document.getBodyElements(), text);
            return TextDecoder.normalise(text.toString());
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            throw new ExtractionException("unreadable_file", file,
                    "the .docx is password-protected or is an old binary Word file; save it as an open .docx");
        } catch (NotOfficeXmlFileException e) {
            throw new ExtractionException("unreadable_file", file, "not a Word .docx file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw OfficeFileErrors.damaged(file, ".docx", e);
        } catch (RuntimeException e) {
            // POI throws many unchecked exceptions on malformed parts; for an untrusted upload they all mean "damaged".
            throw new ExtractionException("unreadable_file", file,
                    "the .docx is damaged or truncated (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static void appendBody(List<IBodyElement> elements, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                text.append(paragraph.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                appendTable(table, text);
            }
        }
    }

    /**
     * A heading of two or three rows under merged cells ("Thực hiện năm 2026" over "Quý II | Lũy kế 6 tháng") is
     * written as one row, each column named by all the cells above it, so that the data rows below line up with
     * their headings; a merged cell counts once per column it spans.
     */
    private static void appendTable(XWPFTable table, StringBuilder text) {
        List<List<String>> rows = table.getRows().stream().map(DocxText::gridCells).toList();
        int headingRows = headingRows(rows);
        if (headingRows > 1) {
            text.append(String.join(" | ", combined(rows.subList(0, headingRows)))).append('\n');
            rows = rows.subList(headingRows, rows.size());
        }
        for (List<String> row : rows) {
            text.append(String.join(" | ", row)).append('\n');
        }
        text.append('\n');
    }

    /** The row's cells, a cell merged across n grid columns written n times (a number only once). */
    private static List<String> gridCells(XWPFTableRow row) {
        List<String> cells = new java.util.ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            String content = cellText(cell);
            int span = span(cell);
            cells.add(content);
            for (int k = 1; k < span; k++) {
                cells.add(NUMBER_CELL.matcher(content).matches() ? "" : content);
            }
        }
        return cells;
    }

    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, properties.getGridSpan().getVal().intValue()));
    }

    /** Leading rows without a number cell, all as wide as the first data row: the heading. */
    private static int headingRows(List<List<String>> rows) {
        int count = 0;
        while (count < rows.size() && count < MAX_HEADING_ROWS
                && rows.get(count).stream().noneMatch(c -> NUMBER_CELL.matcher(c).matches() || FIGURE_CELL.matcher(c).matches())
                && !opensSection(rows.get(count))) {
            count++;
        }
        if (count < 2 || count == rows.size()) {
            return 0;
        }
        int width = rows.get(count).size();
        return rows.subList(0, count).stream().allMatch(r -> r.size() == width) ? count : 0;
    }

    /** "I | Địa bàn, dân cư", or one cell merged across the whole row ("A. Thủ tục hành chính"). */
    private static boolean opensSection(List<String> row) {
        if (row.isEmpty()) {
            return false;
        }
        boolean acrossTheRow = row.size() > 1 && !row.get(0).isEmpty() && row.stream().allMatch(row.get(0)::equals);
        return acrossTheRow || SECTION_CELL.matcher(row.get(0)).matches();
    }

    private static List<String> combined(List<List<String>> heading) {
        List<String> columns = new java.util.ArrayList<>();
        for (int c = 0; c < heading.get(0).size(); c++) {
            StringBuilder name = new StringBuilder();
            for (List<String> row : heading) {
                String cell = row.get(c);
                if (!cell.isEmpty() && !name.toString().endsWith(cell)) {
                    name.append(name.isEmpty() ? "" : " ").append(cell);
                }
            }
            columns.add(name.toString());
        }
        return columns;
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining(" ")).trim();
    }
}
