package vn.doisanh.sampledata.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a filled-in template as the first sheet of an .xlsx; figures are numeric cells, the rest text. */
public final class XlsxTemplateWriter {
    private XlsxTemplateWriter() {
    }

    public static byte[] write(TemplateTable table, String sheetName, LocalDate reportDate) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            fill(sheet.createRow(0), table.header().stream().map(h -> (Object) h).toList());
            for (int r = 0; r < table.rows().size(); r++) {
                fill(sheet.createRow(r + 1), table.rows().get(r));
            }
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            Date date = Date.from(DocxWriter.stamp(reportDate).toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setCreator("Van thu UBND");
            core.setDescription("Dữ liệu mô phỏng (synthetic) cho thử nghiệm Đối sánh");
            workbook.write(out);
            return OoxmlZip.normalise(out.toByteArray(), DocxWriter.stamp(reportDate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an .xlsx template", e);
        }
    }

    private static void fill(Row row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof BigDecimal number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (cell != null) {
                row.createCell(c).setCellValue(cell.toString());
            }
        }
    }
}
