package vn.doisanh.sampledata.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.doisanh.sampledata.text.Block;

/**
 * Writes a report as a Word document: centred bold letterhead, bold headings, Times New Roman 13 as official
 * documents use, tables for table blocks. The package's dates are the report's date, so output is reproducible.
 */
public final class DocxWriter {
    public static final String BODY_PART = "word/document.xml";
    private static final String FONT = "Times New Roman";

    private DocxWriter() {
    }

    public static byte[] write(List<Block> blocks, String title, LocalDate reportDate) {
        return OoxmlZip.normalise(poiBytes(blocks, title, reportDate), stamp(reportDate));
    }

    /** The package with its body stored uncompressed, for {@link TruncatedDocx}. */
    static byte[] writeWithStoredBody(List<Block> blocks, String title, LocalDate reportDate) {
        return OoxmlZip.normaliseStoring(poiBytes(blocks, title, reportDate), stamp(reportDate), BODY_PART);
    }

    private static byte[] poiBytes(List<Block> blocks, String title, LocalDate reportDate) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks) {
                if (block instanceof Block.Table t) {
                    table(doc, t.rows());
                } else if (block instanceof Block.Title) {
                    paragraph(doc, block.text(), true, ParagraphAlignment.CENTER);
                } else if (block instanceof Block.Heading) {
                    paragraph(doc, block.text(), true, ParagraphAlignment.LEFT);
                } else {
                    paragraph(doc, block.text(), false, ParagraphAlignment.BOTH);
                }
            }
            properties(doc, title, reportDate);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a .docx", e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    /** One run; the lines of a multi-line block (the distribution list) are separated by line breaks. */
    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int columns = rows.get(0).size();
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                run(cell, c < rows.get(r).size() ? rows.get(r).get(c) : "", r == 0);
            }
        }
    }

    private static void properties(XWPFDocument doc, String title, LocalDate reportDate) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date date = Date.from(stamp(reportDate).toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("Van thu UBND");
        core.setTitle(title);
        core.setDescription("Dữ liệu mô phỏng (synthetic) cho thử nghiệm Đối sánh");
    }

    static LocalDateTime stamp(LocalDate reportDate) {
        return reportDate.atTime(8, 0);
    }
}
