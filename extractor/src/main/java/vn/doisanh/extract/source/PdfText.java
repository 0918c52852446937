package vn.doisanh.extract.source;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.doisanh.extract.model.ExtractionException;

/** Reads the text layer of a PDF, pages separated by a blank line. Scanned PDFs without text are an error. */
public final class PdfText {
    private PdfText() {
    }

    public static String read(byte[] bytes, String file) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\n\n");
            String text = TextDecoder.normalise(stripper.getText(document));
            if (text.isBlank()) {
                throw new ExtractionException("no_text_layer", file,
                        "the PDF has no text layer (a scan?); send the Word file or a PDF exported from it");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("unreadable_file", file, "the PDF is password-protected");
        } catch (IOException e) {
            throw new ExtractionException("unreadable_file", file,
                    "the PDF is damaged or truncated (" + e.getMessage() + ")");
        }
    }
}
