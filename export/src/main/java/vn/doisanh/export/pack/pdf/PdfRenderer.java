package vn.doisanh.export.pack.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.doisanh.export.pack.Layout;
import vn.doisanh.export.pack.PackContent;
import vn.doisanh.export.pack.Page;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.pack.TitleSize;
import vn.doisanh.export.text.SyntheticNote;

/** Writes a meeting pack as a PDF for printing: A4 landscape, one page per slide, text as text, charts as vectors. */
public final class PdfRenderer {
    private static final double FACT_SIZE = 12;
    private static final double NOTE_SIZE = 9;

    private final Layout layout = Layout.a4Landscape();

    public void write(PackContent content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            document.getDocumentInformation().setTitle(content.title());
            document.getDocumentInformation().setCreator("Đối sánh");
            document.getDocumentCatalog().setLanguage("vi-VN");
            for (Page page : content.pages()) {
                PDPage pdfPage = new PDPage(new PDRectangle((float) layout.width(), (float) layout.height()));
                document.addPage(pdfPage);
                try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
                    PdfCanvas canvas = new PdfCanvas(stream, layout.height());
                    frame(canvas, fonts, page);
                    body(canvas, fonts, page);
                }
            }
            document.save(out);
        }
    }

    private void body(PdfCanvas canvas, PdfFonts fonts, Page page) {
        if (page instanceof Page.Cover cover) {
            paragraphs(canvas, fonts, cover.facts(), layout.content(), FACT_SIZE, FACT_SIZE * 0.9, Palette.TEXT);
        } else if (page instanceof Page.Chart chart) {
            int notes = chart.notes().size();
            new PdfCharts(canvas, fonts).draw(chart.chart(), layout.content(notes));
            paragraphs(canvas, fonts, chart.notes(), layout.notes(notes), NOTE_SIZE, 0, Palette.MUTED);
        } else if (page instanceof Page.TablePart part) {
            PdfTables.draw(canvas, fonts, part.table(), layout.content());
        }
    }

    /** Title, subtitle, synthetic badge and footer: what every page has. */
    private void frame(PdfCanvas canvas, PdfFonts fonts, Page page) {
        String title = page instanceof Page.TablePart part && part.parts() > 1
                ? page.title() + " (" + part.part() + "/" + part.parts() + ")" : page.title();
        Rectangle2D titleBox = layout.title();
        double size = TitleSize.fit(title, titleBox.getWidth());
        canvas.text(canvas.fit(title, fonts.bold(), size, titleBox.getWidth()), titleBox.getX(),
                titleBox.getY() + 2 + (Layout.TITLE_SIZE - size) / 2, fonts.bold(), size, Palette.HEADER_FILL, 0);
        Rectangle2D subtitle = layout.subtitle();
        canvas.text(canvas.fit(page.subtitle(), fonts.regular(), Layout.SUBTITLE_SIZE, subtitle.getWidth()),
                subtitle.getX(), subtitle.getY() + 2, fonts.regular(), Layout.SUBTITLE_SIZE, Palette.MUTED, 0);
        page.footer().synthetic().ifPresent(note -> {
            Rectangle2D badge = layout.badge();
            canvas.fill(badge.getX(), badge.getY(), badge.getWidth(), badge.getHeight(), Palette.SYNTHETIC);
            canvas.text(SyntheticNote.MARK, badge.getCenterX(), badge.getY() + 6, fonts.bold(), 10, Color.WHITE, 0.5);
        });
        footer(canvas, fonts, page);
    }

    /** The footer's lines, wrapped to the page, sitting on the bottom margin; the synthetic note last, in colour. */
    private void footer(PdfCanvas canvas, PdfFonts fonts, Page page) {
        Rectangle2D box = layout.footer();
        double size = Layout.FOOTER_SIZE;
        List<String[]> lines = new ArrayList<>(); // {text, "b"} for bold
        for (String line : page.footer().lines()) {
            canvas.wrap(line, fonts.regular(), size, box.getWidth()).forEach(l -> lines.add(new String[] {l, ""}));
        }
        page.footer().synthetic().ifPresent(note -> canvas.wrap(note, fonts.bold(), size, box.getWidth())
                .forEach(l -> lines.add(new String[] {l, "b"})));
        double lineHeight = size + 2.5;
        double top = box.getMaxY() - lines.size() * lineHeight;
        canvas.line(box.getX(), top - 4, box.getMaxX(), top - 4, Palette.GRID, 0.5, false);
        for (String[] line : lines) {
            boolean bold = line[1].equals("b");
            canvas.text(line[0], box.getX(), top, bold ? fonts.bold() : fonts.regular(), size,
                    bold ? Palette.SYNTHETIC : Palette.MUTED, 0);
            top += lineHeight;
        }
    }

    private static void paragraphs(PdfCanvas canvas, PdfFonts fonts, List<String> texts, Rectangle2D box, double size,
            double gap, Color color) {
        double top = box.getY();
        for (String text : texts) {
            for (String line : canvas.wrap(text, fonts.regular(), size, box.getWidth())) {
                canvas.text(line, box.getX(), top, fonts.regular(), size, color, 0);
                top += size * 1.3;
            }
            top += gap;
        }
    }
}
