import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the .docx and .pdf reports of the independent test set from the
 * plain-text sources kept next to this file (*.src.txt).
 *
 * Source markup (one source line = one paragraph):
 *   "# text"      bold paragraph (headings)
 *   "| a | b |"   consecutive pipe lines form one Word table (first row = header);
 *                 in the PDF source there are no tables
 *   ""            blank line: ignored in the docx, vertical space in the pdf
 *   anything else a normal paragraph
 *
 * Run from the repository root:
 *   java -cp "extractor/target/lib/*" \
 *     extractor/src/test/fixture-makers/independent/MakeIndependentFixtures.java
 *
 * The extracted text of every output is written to extracted/ (next to this
 * file) so that check_independent.py can compare labels with what a reader sees.
 */
public class MakeIndependentFixtures {

    static final Path HERE = Path.of("extractor/src/test/fixture-makers/independent");
    static final Path OUT = Path.of("extractor/src/test/resources/independent");
    static final Path FONT = Path.of("extractor/src/test/resources/fonts/DejaVuSans.ttf");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(HERE.resolve("extracted"));
        makeDocx("ind04_10532_quarterly_ward");
        makePdf("ind11_11455_monthly_pdf");
    }

    static List<String> readSource(String stem) throws IOException {
        String s = Files.readString(HERE.resolve(stem + ".src.txt"), StandardCharsets.UTF_8);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    // ------------------------------------------------------------------ docx

    static void makeDocx(String stem) throws Exception {
        List<String> lines = readSource(stem);
        File out = OUT.resolve(stem + ".docx").toFile();
        try (XWPFDocument doc = new XWPFDocument()) {
            int i = 0;
            int paraNo = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.startsWith("|")) {
                    List<String[]> rows = new ArrayList<>();
                    while (i < lines.size() && lines.get(i).startsWith("|")) {
                        rows.add(splitRow(lines.get(i)));
                        i++;
                    }
                    addTable(doc, rows);
                    continue;
                }
                i++;
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(13);
                if (line.startsWith("# ")) {
                    r.setBold(true);
                    line = line.substring(2);
                    if (paraNo < 6) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    }
                } else if (paraNo < 3) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                } else {
                    p.setAlignment(ParagraphAlignment.BOTH);
                }
                r.setText(line);
                paraNo++;
            }
            try (FileOutputStream fos = new FileOutputStream(out)) {
                doc.write(fos);
            }
        }
        // verify: reopen and dump paragraphs and table cells in body order
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(out))) {
            for (var el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (el instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        row.getTableCells().forEach(c -> cells.add(c.getText()));
                        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
                    }
                }
            }
            System.out.println("== " + out + ": " + doc.getParagraphs().size() + " paragraphs, "
                    + doc.getTables().size() + " tables");
        }
        Files.writeString(HERE.resolve("extracted").resolve(stem + ".docx.txt"), sb.toString(), StandardCharsets.UTF_8);
        printHead(sb.toString(), 12);
    }

    static String[] splitRow(String line) {
        String t = line.trim();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        String[] cells = t.split("\\|", -1);
        for (int k = 0; k < cells.length; k++) cells[k] = cells[k].trim();
        return cells;
    }

    static void addTable(XWPFDocument doc, List<String[]> rows) {
        int cols = rows.get(0).length;
        XWPFTable table = doc.createTable(rows.size(), cols);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            String[] cells = rows.get(r);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                if (c > 1 || (c == 1 && r > 0 && cols > 4)) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                XWPFRun run = p.createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(11);
                if (r == 0) run.setBold(true);
                run.setText(c < cells.length ? cells[c] : "");
            }
        }
    }

    // ------------------------------------------------------------------- pdf

    static void makePdf(String stem) throws Exception {
        List<String> lines = readSource(stem);
        File out = OUT.resolve(stem + ".pdf").toFile();
        float fontSize = 11f;
        float leading = 15f;
        float margin = 56f;
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            PDRectangle box = PDRectangle.A4;
            float width = box.getWidth() - 2 * margin;
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : lines) {
                float size = fontSize;
                if (line.startsWith("DỮ LIỆU MÔ PHỎNG")) {
                    // keep the synthetic marker on one line: shrink it to fit
                    size = Math.min(fontSize, width * 1000f / font.getStringWidth(line) - 0.05f);
                }
                List<String> wrapped = line.isBlank() ? List.of("") : wrap(line, font, size, width);
                for (String w : wrapped) {
                    if (cs == null || y < margin) {
                        if (cs != null) cs.close();
                        page = new PDPage(box);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = box.getHeight() - margin;
                    }
                    if (!w.isEmpty()) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(margin, y);
                        cs.showText(w);
                        cs.endText();
                    }
                    y -= w.isEmpty() ? leading * 0.6f : leading;
                }
            }
            if (cs != null) cs.close();
            doc.save(out);
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(out)) {
            text = new PDFTextStripper().getText(doc);
            System.out.println("== " + out + ": " + doc.getNumberOfPages() + " pages");
        }
        Files.writeString(HERE.resolve("extracted").resolve(stem + ".pdf.txt"), text, StandardCharsets.UTF_8);
        printHead(text, 12);
        // show where a line ends with a number (number and its noun split across lines)
        String[] tl = text.split("\\R");
        for (int k = 0; k + 1 < tl.length; k++) {
            String a = tl[k].strip();
            if (a.matches(".*\\d[\\d.,]*%?$") && !tl[k + 1].isBlank()) {
                System.out.println("   split: «" + tail(a) + "» / «" + head(tl[k + 1].strip()) + "»");
            }
        }
    }

    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String[] words = text.split(" ", -1);
        StringBuilder cur = new StringBuilder();
        for (String word : words) {
            String cand = cur.length() == 0 ? word : cur + " " + word;
            if (font.getStringWidth(cand) / 1000f * size > width && cur.length() > 0) {
                out.add(cur.toString().stripTrailing());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(cand);
            }
        }
        out.add(cur.toString().stripTrailing());
        return out;
    }

    static String tail(String s) { return s.length() > 30 ? "…" + s.substring(s.length() - 30) : s; }
    static String head(String s) { return s.length() > 30 ? s.substring(0, 30) + "…" : s; }

    static void printHead(String text, int n) {
        String[] l = text.split("\\R");
        for (int k = 0; k < Math.min(n, l.length); k++) {
            System.out.println("   " + l[k]);
        }
    }
}
