package vn.doisanh.extract.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.source.OfficeFileErrors;

/** Reads the first sheet of a template workbook; numeric cells keep their exact value, dates become ISO. */
public final class XlsxTemplate {
    private XlsxTemplate() {
    }

    public static TemplateTable read(byte[] bytes, String file) throws ExtractionException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            List<String> locations = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = cells(row, formatter);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                rows.add(cells);
                locations.add(sheet.getSheetName() + "!row " + (row.getRowNum() + 1));
            }
            if (header == null) {
                throw new ExtractionException("bad_template", file, "the first sheet is empty");
            }
            return new TemplateTable(header, rows, locations, sheet.getSheetName());
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            throw new ExtractionException("unreadable_file", file,
                    "the workbook is password-protected or an old .xls; save it as an open .xlsx");
        } catch (NotOfficeXmlFileException e) {
            throw new ExtractionException("unreadable_file", file, "not an Excel .xlsx file");
        } catch (IOException e) {
            throw OfficeFileErrors.damaged(file, "workbook", e);
        } catch (RuntimeException e) {
            // POI throws many unchecked exceptions on malformed parts; for an untrusted upload they all mean "damaged".
            throw new ExtractionException("unreadable_file", file,
                    "the workbook is damaged or truncated (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            String plain = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            // "12.345" would read as twelve thousand in Vietnamese notation; a fourth decimal keeps it 12.345.
            return plain.matches("-?\\d+\\.\\d{3}") ? plain + "0" : plain;
        }
        return formatter.formatCellValue(cell).trim();
    }
}
