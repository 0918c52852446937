package vn.doisanh.export.pack.pdf;

import java.awt.geom.Rectangle2D;
import java.util.List;
import vn.doisanh.export.pack.ChartSpec;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.text.VnFormat;

/** Horizontal bars, first category on top, labels on the left (wrapped to two lines), values at the bars' ends. */
final class PdfBarChart {
    private static final double LABEL = 8;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfBarChart(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(ChartSpec spec, Rectangle2D area) {
        double labels = area.getWidth() * 0.42;
        Rectangle2D plot = new Rectangle2D.Double(area.getX() + labels, area.getY(), area.getWidth() - labels - 26,
                area.getHeight() - 30);
        ChartSpec.Axis axis = spec.axis();
        for (double tick = axis.min(); tick <= axis.max() + axis.step() / 1000; tick += axis.step()) {
            double x = x(tick, axis, plot);
            canvas.line(x, plot.getY(), x, plot.getMaxY(), Palette.GRID, 0.5, false);
            canvas.text(VnFormat.number(tick, axis.decimals()), x, plot.getMaxY() + 3, fonts.regular(), LABEL,
                    Palette.MUTED, 0.5);
        }
        canvas.text(axis.title(), plot.getCenterX(), plot.getMaxY() + 16, fonts.regular(), LABEL, Palette.MUTED, 0.5);
        int n = spec.categories().size();
        double band = plot.getHeight() / n;
        ChartSpec.Series series = spec.series().get(0);
        for (int i = 0; i < n; i++) {
            double top = plot.getY() + band * i;
            List<String> lines = canvas.wrap(spec.categories().get(i), fonts.regular(), LABEL, labels - 8);
            if (lines.size() > 2) {
                lines = List.of(lines.get(0), canvas.fit(String.join(" ", lines.subList(1, lines.size())),
                        fonts.regular(), LABEL, labels - 8));
            }
            double textTop = top + band / 2 - lines.size() * (LABEL + 1) / 2;
            for (String line : lines) {
                canvas.text(line, plot.getX() - 6, textTop, fonts.regular(), LABEL, Palette.TEXT, 1);
                textTop += LABEL + 1;
            }
            Double value = series.values().get(i);
            if (value == null) {
                continue;
            }
            double end = x(value, axis, plot);
            double height = Math.min(band * 0.7, 16);
            canvas.fill(plot.getX(), top + (band - height) / 2, Math.max(0.5, end - plot.getX()), height,
                    series.colorAt(i));
            canvas.text(VnFormat.number(value, axis.decimals()), end + 3, top + band / 2 - LABEL / 2, fonts.bold(),
                    LABEL, Palette.TEXT, 0);
        }
        canvas.line(plot.getX(), plot.getY(), plot.getX(), plot.getMaxY(), Palette.MUTED, 0.75, false);
    }

    private static double x(double value, ChartSpec.Axis axis, Rectangle2D plot) {
        double clamped = Math.max(axis.min(), Math.min(axis.max(), value));
        return plot.getX() + (clamped - axis.min()) / (axis.max() - axis.min()) * plot.getWidth();
    }
}
