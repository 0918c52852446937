package vn.doisanh.export.pack.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Vector drawing on one PDF page with the origin at the top left (as slides and the layout have it) and text in
 * an embedded font. Characters the font lacks become "?" instead of failing the whole pack.
 */
final class PdfCanvas {
    private static final double ASCENT = 0.76;

    private final PDPageContentStream stream;
    private final double pageHeight;
    private final Map<PDFont, Map<Character, Boolean>> encodable = new HashMap<>();

    PdfCanvas(PDPageContentStream stream, double pageHeight) {
        this.stream = stream;
        this.pageHeight = pageHeight;
    }

    /** Text whose top sits at {@code top}; {@code align} 0 left, 0.5 centre, 1 right of {@code x}. */
    void text(String text, double x, double top, PDFont font, double size, Color color, double align) {
        String safe = safe(text, font);
        try {
            double left = x - align * width(safe, font, size);
            stream.beginText();
            stream.setFont(font, (float) size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset((float) left, (float) (pageHeight - top - ASCENT * size));
            stream.showText(safe);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text turned a quarter left (reading upwards), centred on ({@code x}, {@code centreY}). */
    void verticalText(String text, double x, double centreY, PDFont font, double size, Color color) {
        String safe = safe(text, font);
        try {
            double length = width(safe, font, size);
            stream.beginText();
            stream.setFont(font, (float) size);
            stream.setNonStrokingColor(color);
            stream.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, (float) (x + ASCENT * size),
                    (float) (pageHeight - centreY - length / 2)));
            stream.showText(safe);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double width(String text, PDFont font, double size) {
        try {
            return font.getStringWidth(safe(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap to {@code width}; a single word longer than the line is cut. */
    List<String> wrap(String text, PDFont font, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts {@code text} with an ellipsis to fit {@code width}. */
    String fit(String text, PDFont font, double size, double width) {
        if (width(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    void fill(double x, double y, double w, double h, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect((float) x, (float) (pageHeight - y - h), (float) w, (float) h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth((float) width);
            stream.setLineDashPattern(dashed ? new float[] {4, 3} : new float[0], 0);
            stream.moveTo((float) x1, (float) (pageHeight - y1));
            stream.lineTo((float) x2, (float) (pageHeight - y2));
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled circle (a line chart's marker), four Bézier quarters. */
    void dot(double cx, double cy, double r, Color color) {
        double k = 0.5523 * r;
        float x = (float) cx;
        float y = (float) (pageHeight - cy);
        try {
            stream.setNonStrokingColor(color);
            stream.moveTo(x + (float) r, y);
            stream.curveTo(x + (float) r, y + (float) k, x + (float) k, y + (float) r, x, y + (float) r);
            stream.curveTo(x - (float) k, y + (float) r, x - (float) r, y + (float) k, x - (float) r, y);
            stream.curveTo(x - (float) r, y - (float) k, x - (float) k, y - (float) r, x, y - (float) r);
            stream.curveTo(x + (float) k, y - (float) r, x + (float) r, y - (float) k, x + (float) r, y);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC first: the font has precomposed Vietnamese letters, and PDFBox does not compose combining marks. */
    private String safe(String text, PDFont font) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (char c : nfc.toCharArray()) {
            out.append(encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(c, ch -> canEncode(font, ch))
                    ? c : '?');
        }
        return out.toString();
    }

    private static boolean canEncode(PDFont font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
