package vn.doisanh.export.pack.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded in the document (subset: only the glyphs used), so Vietnamese renders
 * the same on any reader whatever fonts its machine has. The font files ship in this module's resources.
 */
record PdfFonts(PDType0Font regular, PDType0Font bold) {
    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, "/fonts/DejaVuSans.ttf"), font(document, "/fonts/DejaVuSans-Bold.ttf"));
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the export module's resources");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
