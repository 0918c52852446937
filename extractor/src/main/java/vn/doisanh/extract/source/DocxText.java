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

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            String line = row.getTableCells().stream()
                    .map(DocxText::cellText)
                    .collect(Collectors.joining(" | "));
            text.append(line).append('\n');
        }
        text.append('\n');
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining(" ")).trim();
    }
}
