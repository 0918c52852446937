package vn.doisanh.export.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The largest title size (down to a floor) at which a title fits its box on one line, measured with the bold font
 * the title is set in, so that slides and PDF pages shrink a long indicator name the same way instead of cutting it.
 */
public final class TitleSize {
    private static final double MIN = 13;
    private static final Metrics BOLD = Metrics.load("/fonts/DejaVuSans-Bold.ttf");

    private TitleSize() {
    }

    public static double fit(String title, double width) {
        double size = Layout.TITLE_SIZE;
        while (size > MIN && BOLD.width(title, size) > width) {
            size -= 0.5;
        }
        return size;
    }

    /** Advance widths of one TrueType font. */
    private record Metrics(CmapLookup cmap, TrueTypeFont font, float unitsPerEm) {
        static Metrics load(String resource) {
            try (InputStream in = TitleSize.class.getResourceAsStream(resource)) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                return new Metrics(font.getUnicodeCmapLookup(), font, font.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }

        double width(String text, double size) {
            try {
                double units = 0;
                for (int cp : text.codePoints().toArray()) {
                    units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                }
                return units / unitsPerEm * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
