package vn.doisanh.export.pack.pptx;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import vn.doisanh.export.pack.Footer;
import vn.doisanh.export.pack.Layout;
import vn.doisanh.export.pack.PackContent;
import vn.doisanh.export.pack.Page;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.pack.TitleSize;
import vn.doisanh.export.text.SyntheticNote;

/** Writes a meeting pack as a 16:9 PowerPoint deck: one slide per page, charts native, tables native. */
public final class PptxRenderer {
    private final Layout layout = Layout.slide();

    public void write(PackContent content, OutputStream out) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) layout.width(), (int) layout.height()));
            ppt.getProperties().getCoreProperties().setTitle(content.title());
            for (Page page : content.pages()) {
                XSLFSlide slide = ppt.createSlide();
                frame(slide, page);
                if (page instanceof Page.Cover cover) {
                    PptxText.box(slide, layout.content(), cover.facts(), 13, false, Palette.TEXT, 8);
                } else if (page instanceof Page.Chart chart) {
                    PptxCharts.draw(ppt, slide, chart.chart(), layout.content(chart.notes().size()));
                    PptxText.box(slide, layout.notes(chart.notes().size()), chart.notes(), 9.5, false, Palette.MUTED);
                } else if (page instanceof Page.TablePart part) {
                    PptxTables.draw(slide, part.table(), layout.content());
                }
            }
            ppt.write(out);
        }
    }

    /** Title, subtitle, synthetic badge and footer: what every slide has. */
    private void frame(XSLFSlide slide, Page page) {
        String title = page instanceof Page.TablePart part && part.parts() > 1
                ? page.title() + " (" + part.part() + "/" + part.parts() + ")" : page.title();
        PptxText.box(slide, layout.title(), List.of(title), TitleSize.fit(title, layout.title().getWidth()), true,
                Palette.HEADER_FILL).setVerticalAlignment(VerticalAlignment.MIDDLE);
        PptxText.box(slide, layout.subtitle(), List.of(page.subtitle()), Layout.SUBTITLE_SIZE, false, Palette.MUTED);
        Footer footer = page.footer();
        footer.synthetic().ifPresent(note -> badge(slide));
        List<String> lines = new ArrayList<>(footer.lines());
        var box = PptxText.box(slide, layout.footer(), lines, Layout.FOOTER_SIZE, false, Palette.MUTED);
        footer.synthetic().ifPresent(note -> PptxText.paragraph(box, note, Layout.FOOTER_SIZE, true, Palette.SYNTHETIC,
                TextParagraph.TextAlign.LEFT));
        box.setVerticalAlignment(VerticalAlignment.BOTTOM);
    }

    private void badge(XSLFSlide slide) {
        XSLFAutoShape badge = slide.createAutoShape();
        badge.setShapeType(ShapeType.ROUND_RECT);
        Rectangle2D anchor = layout.badge();
        badge.setAnchor(anchor);
        badge.setFillColor(Palette.SYNTHETIC);
        badge.setLineColor(Palette.SYNTHETIC);
        badge.clearText();
        badge.setVerticalAlignment(VerticalAlignment.MIDDLE);
        PptxText.paragraph(badge, SyntheticNote.MARK, 10, true, Color.WHITE, TextParagraph.TextAlign.CENTER);
    }
}
