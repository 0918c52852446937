package vn.doisanh.export.pack.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Text on slides, kept as text (editable, searchable) in DejaVu Sans for Latin, East-Asian and complex scripts
 * alike: PowerPoint picks the typeface of a run by script, and Vietnamese letters with two diacritics must not fall
 * back to a font that lacks them.
 */
final class PptxText {
    static final String FONT = "DejaVu Sans";

    private PptxText() {
    }

    /** One paragraph per line, all in one style. */
    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, List<String> lines, double size, boolean bold,
            Color color) {
        return box(slide, anchor, lines, size, bold, color, 0);
    }

    /** As above, with {@code gap} points between paragraphs. */
    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, List<String> lines, double size, boolean bold,
            Color color, double gap) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new org.apache.poi.sl.usermodel.Insets2D(0, 0, 0, 0));
        box.clearText();
        for (String line : lines) {
            // POI reads a negative spacing as points, a positive one as a percentage of the font size.
            paragraph(box, line, size, bold, color, TextParagraph.TextAlign.LEFT).getParagraph().setSpaceAfter(-gap);
        }
        return box;
    }

    static XSLFTextRun paragraph(XSLFTextShape shape, String text, double size, boolean bold, Color color,
            TextParagraph.TextAlign align) {
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        paragraph.setTextAlign(align);
        paragraph.setSpaceBefore(0.0);
        paragraph.setSpaceAfter(0.0);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        style(run, size, bold, color);
        return run;
    }

    static void style(XSLFTextRun run, double size, boolean bold, Color color) {
        run.setFontFamily(FONT, FontGroup.LATIN);
        run.setFontFamily(FONT, FontGroup.EAST_ASIAN);
        run.setFontFamily(FONT, FontGroup.COMPLEX_SCRIPT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
        run.getRPr(true).setLang("vi-VN"); // spelling and hyphenation in Vietnamese, not the default en-US
    }
}
