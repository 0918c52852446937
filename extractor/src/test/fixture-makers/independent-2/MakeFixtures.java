// Makes the .docx and .pdf reports of the independent-2 test set from the text inputs in this folder,
// then reads them back (XWPFDocument / PDFTextStripper) and writes the extracted text to ./extracted/
// so that the label files can refer to line numbers of the extracted text.
//
// Run from the repository root:
//   java -cp "extractor/target/lib/*" extractor/src/test/fixture-makers/independent-2/MakeFixtures.java
//
// Input mini-markup (one line = one paragraph):
//   #T text   title (bold, centred, larger)
//   #C text   centred paragraph
//   #R text   right-aligned paragraph
//   #H text   bold heading
//   #B text   bold sub-heading
//   #S text   (PDF) one line, font shrunk until it fits, never wrapped
//   #TABLE ... #ENDTABLE   table; each line is a row, cells separated by " | " (first row = header)
//   anything else: normal paragraph

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;

import org.apache.poi.xwpf.usermodel.*;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

public class MakeFixtures {
    static final Path HERE = Paths.get("extractor/src/test/fixture-makers/independent-2");
    static final Path OUT = Paths.get("extractor/src/test/resources/independent-2");
    static final Path FONT = Paths.get("extractor/src/test/resources/fonts/DejaVuSans.ttf");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(HERE.resolve("extracted"));
        makeDocx("04_gia_loc_9thang_2026");
        makePdf("09_an_duong_thang10_2025");
    }

    static List<String> readInput(String stem) throws IOException {
        List<String> lines = Files.readAllLines(HERE.resolve(stem + ".input.txt"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String l : lines) out.add(Normalizer.normalize(l, Normalizer.Form.NFC));
        return out;
    }

    // ---------------------------------------------------------------- DOCX
    static void makeDocx(String stem) throws Exception {
        List<String> lines = readInput(stem);
        Path target = OUT.resolve(stem + ".docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            List<String> tableRows = null;
            for (String line : lines) {
                if (line.equals("#TABLE")) { tableRows = new ArrayList<>(); continue; }
                if (line.equals("#ENDTABLE")) { addTable(doc, tableRows); tableRows = null; continue; }
                if (tableRows != null) { tableRows.add(line); continue; }
                if (line.isBlank()) continue;
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(13);
                String text = line;
                if (line.startsWith("#T ")) { text = line.substring(3); p.setAlignment(ParagraphAlignment.CENTER); r.setBold(true); r.setFontSize(14); }
                else if (line.startsWith("#C ")) { text = line.substring(3); p.setAlignment(ParagraphAlignment.CENTER); }
                else if (line.startsWith("#R ")) { text = line.substring(3); p.setAlignment(ParagraphAlignment.RIGHT); r.setItalic(true); }
                else if (line.startsWith("#H ")) { text = line.substring(3); r.setBold(true); }
                else if (line.startsWith("#B ")) { text = line.substring(3); r.setBold(true); r.setItalic(true); }
                else { p.setAlignment(ParagraphAlignment.BOTH); }
                r.setText(text);
            }
            try (OutputStream os = Files.newOutputStream(target)) { doc.write(os); }
        }
        // read back
        StringBuilder sb = new StringBuilder();
        int tables = 0;
        try (InputStream is = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(is)) {
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (el instanceof XWPFTable t) {
                    tables++;
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) cells.add(c.getText());
                        sb.append(String.join(" | ", cells)).append('\n');
                    }
                }
            }
        }
        Files.writeString(HERE.resolve("extracted").resolve(stem + ".txt"), sb.toString(), StandardCharsets.UTF_8);
        System.out.println(target + ": opened OK, " + tables + " tables, " + sb.toString().split("\n").length + " extracted lines");
    }

    static void addTable(XWPFDocument doc, List<String> rows) {
        int ncols = rows.get(0).split(" \\| ", -1).length;
        XWPFTable t = doc.createTable(rows.size(), ncols);
        t.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(" \\| ", -1);
            if (cells.length != ncols) throw new IllegalStateException("bad row: " + rows.get(i));
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < ncols; j++) {
                XWPFTableCell c = row.getCell(j);
                XWPFParagraph p = c.getParagraphs().get(0);
                XWPFRun r = p.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(12);
                if (i == 0) r.setBold(true);
                r.setText(cells[j].trim());
            }
        }
    }

    // ---------------------------------------------------------------- PDF
    static void makePdf(String stem) throws Exception {
        List<String> lines = readInput(stem);
        Path target = OUT.resolve(stem + ".pdf");
        PDRectangle size = PDRectangle.A5;
        float margin = 42f;
        float width = size.getWidth() - 2 * margin;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String raw : lines) {
                if (raw.isBlank()) continue;
                float fs = 9.5f;
                boolean centre = false;
                String text = raw;
                if (raw.startsWith("#T ")) { text = raw.substring(3); fs = 11.5f; centre = true; }
                else if (raw.startsWith("#H ")) { text = raw.substring(3); fs = 10.5f; }
                else if (raw.startsWith("#S ")) { // single line, shrink to fit, never wrapped
                    text = raw.substring(3);
                    while (font.getStringWidth(text) / 1000f * fs > width) fs -= 0.25f;
                }
                float leading = fs * 1.45f;
                List<String> wrapped = wrap(text, font, fs, width);
                for (String w : wrapped) {
                    if (cs == null || y < margin + leading) {
                        if (cs != null) cs.close();
                        page = new PDPage(size);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = size.getHeight() - margin;
                    }
                    float x = margin;
                    if (centre) x = margin + (width - font.getStringWidth(w) / 1000f * fs) / 2f;
                    y -= leading;
                    cs.beginText();
                    cs.setFont(font, fs);
                    cs.newLineAtOffset(x, y);
                    cs.showText(w);
                    cs.endText();
                }
                y -= fs * 0.5f; // paragraph spacing
            }
            if (cs != null) cs.close();
            doc.save(target.toFile());
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            PDFTextStripper st = new PDFTextStripper();
            text = st.getText(doc);
            System.out.println(target + ": " + doc.getNumberOfPages() + " pages");
        }
        Files.writeString(HERE.resolve("extracted").resolve(stem + ".txt"), text, StandardCharsets.UTF_8);
        System.out.println("  extracted lines: " + text.split("\n").length);
    }

    static List<String> wrap(String text, PDType0Font font, float fs, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder cur = new StringBuilder();
        for (String w : words) {
            String cand = cur.length() == 0 ? w : cur + " " + w;
            if (font.getStringWidth(cand) / 1000f * fs > width && cur.length() > 0) {
                out.add(cur.toString());
                cur = new StringBuilder(w);
            } else {
                cur = new StringBuilder(cand);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
