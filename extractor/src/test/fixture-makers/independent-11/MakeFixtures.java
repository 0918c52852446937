// Builds the .docx and .pdf reports of the independent-11 test set from the plain specs
// written by build.py (fixture-makers/independent-11/spec/*.spec), and writes the text a
// reader gets back from them into fixture-makers/independent-11/extracted/.
//
// Run from /work/main:
//   java -cp "extractor/target/lib/*" extractor/src/test/fixture-makers/independent-11/MakeFixtures.java
//
// Spec format (UTF-8, one item a line):
//   OUT <file name>            name of the report file to write into resources/independent-11/
//   H <text>                   centred bold paragraph (docx) / bold line (pdf)
//   P <text>                   ordinary paragraph (pdf: word-wrapped)
//   T                          begins a table
//   R <cell>\t<cell>...        a table row; a cell "<<" continues the cell on its left
//                              (horizontal merge), "^^" continues the cell above (vertical merge)
//                              (docx only; in a pdf a row is drawn as one line of cells in fixed
//                              columns, the first column wider, with a rule under the row)
//   E                          ends the table
// An .xlsx spec is a list of R lines, one a row of the first sheet (cells separated by tabs; a
// cell "#<number>" is written as a numeric cell, any other as a text cell; H/P lines become
// one-cell rows). Its text is read back with DataFormatter, one line a sheet row, cells joined with " | ".
import java.io.*;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

import org.apache.poi.xwpf.usermodel.*;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.Loader;

public class MakeFixtures {
    static final Path BASE = Paths.get("extractor/src/test/fixture-makers/independent-11");
    static final Path OUT = Paths.get("extractor/src/test/resources/independent-11");
    static final Path FONT = Paths.get("extractor/src/test/resources/fonts/DejaVuSans.ttf");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(BASE.resolve("extracted"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(BASE.resolve("spec"), "*.spec")) {
            List<Path> specs = new ArrayList<>();
            ds.forEach(specs::add);
            Collections.sort(specs);
            for (Path p : specs) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                String out = lines.get(0).substring(4).trim();
                List<String> body = lines.subList(1, lines.size());
                if (out.endsWith(".docx")) makeDocx(out, body);
                else if (out.endsWith(".pdf")) makePdf(out, body);
                else if (out.endsWith(".xlsx")) makeXlsx(out, body);
                System.out.println("wrote " + out);
            }
        }
    }

    // ---------------------------------------------------------------- docx
    static void makeDocx(String out, List<String> body) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<List<String>> rows = null;
            for (String l : body) {
                if (l.startsWith("H ")) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    XWPFRun r = p.createRun();
                    r.setBold(true);
                    r.setText(l.substring(2));
                } else if (l.startsWith("P ")) {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText(l.substring(2));
                } else if (l.equals("T")) {
                    rows = new ArrayList<>();
                } else if (l.startsWith("R ")) {
                    rows.add(Arrays.asList(l.substring(2).split("\t", -1)));
                } else if (l.equals("E")) {
                    addTable(doc, rows);
                    rows = null;
                }
            }
            try (OutputStream os = Files.newOutputStream(OUT.resolve(out))) {
                doc.write(os);
            }
        }
        // read back: body paragraphs and table rows in document order, cells joined with " | "
        StringBuilder sb = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(OUT.resolve(out)))) {
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph) {
                    sb.append(((XWPFParagraph) el).getText()).append('\n');
                } else if (el instanceof XWPFTable) {
                    for (XWPFTableRow row : ((XWPFTable) el).getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) cells.add(c.getText());
                        sb.append(String.join(" | ", cells)).append('\n');
                    }
                }
            }
        }
        Files.writeString(BASE.resolve("extracted").resolve(out + ".txt"), sb.toString(), StandardCharsets.UTF_8);
    }

    static void addTable(XWPFDocument doc, List<List<String>> rows) {
        int ncols = rows.get(0).size();
        XWPFTable t = doc.createTable();
        CTTblPr pr = t.getCTTbl().getTblPr();
        if (pr == null) pr = t.getCTTbl().addNewTblPr();
        // remove the default row POI creates
        t.removeRow(0);
        for (List<String> cells : rows) {
            XWPFTableRow row = t.createRow();
            while (row.getTableCells().size() > 0) row.removeCell(0);
            int i = 0;
            while (i < cells.size()) {
                String text = cells.get(i);
                int span = 1;
                while (i + span < cells.size() && cells.get(i + span).equals("<<")) span++;
                XWPFTableCell c = row.addNewTableCell();
                CTTcPr tcPr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
                if (span > 1) tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                if (text.equals("^^")) {
                    tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
                    text = "";
                } else if (text.startsWith("^v")) { // first cell of a vertical merge
                    tcPr.addNewVMerge().setVal(STMerge.RESTART);
                    text = text.substring(2);
                }
                XWPFParagraph p = c.getParagraphs().get(0);
                p.createRun().setText(text);
                i += span;
            }
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid();
        if (grid == null) grid = t.getCTTbl().addNewTblGrid();
        for (int k = 0; k < ncols; k++) grid.addNewGridCol().setW(BigInteger.valueOf(9000 / ncols));
        // a paragraph after the table keeps Word from gluing tables together
    }

    // ---------------------------------------------------------------- xlsx
    static void makeXlsx(String out, List<String> body) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.createSheet("Bieu_so_lieu");
            int r = 0;
            for (String l : body) {
                if (l.equals("T") || l.equals("E")) continue;
                String[] cells = (l.startsWith("R ") ? l.substring(2) : l.substring(Math.min(2, l.length()))).split("\t", -1);
                org.apache.poi.ss.usermodel.Row row = sh.createRow(r++);
                for (int k = 0; k < cells.length; k++) {
                    String c = cells[k];
                    if (c.isEmpty() && k == cells.length - 1 && cells.length == 1) continue;
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(k);
                    if (c.startsWith("#")) cell.setCellValue(Double.parseDouble(c.substring(1)));
                    else cell.setCellValue(c);
                }
            }
            try (OutputStream os = Files.newOutputStream(OUT.resolve(out))) {
                wb.write(os);
            }
        }
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter df = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(OUT.resolve(out)))) {
            org.apache.poi.ss.usermodel.Sheet sh = wb.getSheetAt(0);
            for (int r = 0; r <= sh.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sh.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null && row.getLastCellNum() > 0)
                    for (int k = 0; k < row.getLastCellNum(); k++) {
                        org.apache.poi.ss.usermodel.Cell c = row.getCell(k);
                        cells.add(c == null ? "" : df.formatCellValue(c));
                    }
                sb.append(String.join(" | ", cells)).append('\n');
            }
        }
        Files.writeString(BASE.resolve("extracted").resolve(out + ".txt"), sb.toString(), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- pdf
    static void makePdf(String out, List<String> body) throws Exception {
        float fontSize = 10.5f, leading = 14.5f, margin = 56f;
        PDRectangle size = PDRectangle.A4;
        List<String> layout = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            float width = size.getWidth() - 2 * margin;
            List<String[]> lines = new ArrayList<>(); // {kind, text}
            for (String l : body) {
                if (l.startsWith("H ")) lines.add(new String[]{"H", l.substring(2)});
                else if (l.startsWith("P ")) {
                    for (String w : wrap(l.substring(2), font, fontSize, width)) lines.add(new String[]{"P", w});
                } else if (l.startsWith("R ")) lines.add(new String[]{"R", l.substring(2)});
            }
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String[] ln : lines) {
                if (page == null || y < margin) {
                    if (cs != null) cs.close();
                    page = new PDPage(size);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    y = size.getHeight() - margin;
                }
                float x = margin, fs = fontSize;
                if (ln[0].equals("R")) {
                    String[] cells = ln[1].split("\t", -1);
                    float first = width * 0.46f, rest = (width - first) / Math.max(1, cells.length - 1);
                    float cfs = fontSize - 1f;
                    for (int k = 0; k < cells.length; k++) {
                        float cx = k == 0 ? margin : margin + first + (k - 1) * rest;
                        float avail = (k == 0 ? first : rest) - 6f;
                        float w = font.getStringWidth(cells[k]) / 1000 * cfs;
                        float f2 = w > avail ? cfs * avail / w : cfs;
                        cs.beginText();
                        cs.setFont(font, f2);
                        cs.newLineAtOffset(cx, y);
                        cs.showText(cells[k]);
                        cs.endText();
                    }
                    cs.moveTo(margin, y - 4f);
                    cs.lineTo(margin + width, y - 4f);
                    cs.setLineWidth(0.4f);
                    cs.stroke();
                    layout.add(String.join(" ", cells));
                    y -= leading + 2f;
                    continue;
                }
                if (ln[0].equals("H")) {
                    float w = font.getStringWidth(ln[1]) / 1000 * fontSize;
                    float avail = size.getWidth() - 2 * margin;
                    if (w > avail) { fs = fontSize * avail / w; w = avail; } // shrink, never wrap, a long heading
                    x = Math.max(margin, (size.getWidth() - w) / 2);
                }
                cs.beginText();
                cs.setFont(font, fs);
                cs.newLineAtOffset(x, y);
                cs.showText(ln[1]);
                cs.endText();
                layout.add(ln[1]);
                y -= leading;
            }
            if (cs != null) cs.close();
            doc.save(OUT.resolve(out).toFile());
        }
        try (PDDocument doc = Loader.loadPDF(OUT.resolve(out).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            Files.writeString(BASE.resolve("extracted").resolve(out + ".txt"), text, StandardCharsets.UTF_8);
        }
        Files.writeString(BASE.resolve("extracted").resolve(out + ".layout"), String.join("\n", layout) + "\n", StandardCharsets.UTF_8);
    }

    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> res = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            String cand = cur.length() == 0 ? w : cur + " " + w;
            if (font.getStringWidth(cand) / 1000 * fontSize > width && cur.length() > 0) {
                res.add(cur.toString());
                cur = new StringBuilder(w);
            } else {
                cur = new StringBuilder(cand);
            }
        }
        if (cur.length() > 0) res.add(cur.toString());
        return res;
    }
}
