package vn.doisanh.export.pack.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import vn.doisanh.export.pack.ChartSpec;
import vn.doisanh.export.pack.Palette;
import vn.doisanh.export.text.VnFormat;

/**
 * The pack's charts as PDF vector graphics, drawn to look like their PowerPoint twins: gridlines on the value
 * axis' ticks, the highlighted unit dark, the median as a dashed line, a legend at the bottom.
 */
final class PdfCharts {
    private static final double LABEL = 8;
    private static final double LEGEND_HEIGHT = 18;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;

    PdfCharts(PdfCanvas canvas, PdfFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void draw(ChartSpec spec, Rectangle2D area) {
        Rectangle2D plot = spec.legend()
                ? new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - LEGEND_HEIGHT)
                : area;
        if (spec.kind() == ChartSpec.Kind.BARS) {
            new PdfBarChart(canvas, fonts).draw(spec, plot);
        } else {
            columnsOrLines(spec, plot);
        }
        if (spec.legend()) {
            legend(spec, new Rectangle2D.Double(area.getX(), area.getMaxY() - LEGEND_HEIGHT + 4, area.getWidth(), 12));
        }
    }

    private void columnsOrLines(ChartSpec spec, Rectangle2D area) {
        double bottomLabels = spec.categoryLabels() ? 16 : 4;
        Rectangle2D plot = new Rectangle2D.Double(area.getX() + 58, area.getY() + 6, area.getWidth() - 66,
                area.getHeight() - 6 - bottomLabels);
        ChartSpec.Axis axis = spec.axis();
        for (double tick = axis.min(); tick <= axis.max() + axis.step() / 1000; tick += axis.step()) {
            double y = y(tick, axis, plot);
            canvas.line(plot.getX(), y, plot.getMaxX(), y, Palette.GRID, 0.5, false);
            canvas.text(VnFormat.number(tick, axis.decimals()), plot.getX() - 4, y - LABEL / 2, fonts.regular(), LABEL,
                    Palette.MUTED, 1);
        }
        canvas.verticalText(canvas.fit(axis.title(), fonts.regular(), LABEL, plot.getHeight()), area.getX(),
                plot.getCenterY(), fonts.regular(), LABEL, Palette.MUTED);
        int n = spec.categories().size();
        double band = plot.getWidth() / n;
        if (spec.categoryLabels()) {
            for (int i = 0; i < n; i++) {
                canvas.text(canvas.fit(spec.categories().get(i), fonts.regular(), LABEL, band - 4),
                        plot.getX() + band * (i + 0.5), plot.getMaxY() + 4, fonts.regular(), LABEL, Palette.TEXT, 0.5);
            }
        }
        if (spec.kind() == ChartSpec.Kind.COLUMNS) {
            columns(spec, plot, band);
        } else {
            for (ChartSpec.Series series : spec.series()) {
                line(series, axis, plot, band);
            }
        }
        spec.reference().ifPresent(reference -> {
            double y = y(reference.value(), axis, plot);
            canvas.line(plot.getX(), y, plot.getMaxX(), y, reference.color(), 1.2, true);
        });
        canvas.line(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY(), Palette.MUTED, 0.75, false);
    }

    private void columns(ChartSpec spec, Rectangle2D plot, double band) {
        ChartSpec.Axis axis = spec.axis();
        double base = y(Math.max(axis.min(), 0), axis, plot);
        for (ChartSpec.Series series : spec.series()) {
            for (int i = 0; i < series.values().size(); i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    continue;
                }
                double top = y(value, axis, plot);
                double x = plot.getX() + band * i + band * 0.12;
                canvas.fill(x, Math.min(top, base), band * 0.76, Math.abs(base - top), series.colorAt(i));
            }
            // The highlighted unit is named above its column: one thin bar among a hundred needs a label.
            series.pointColors().forEach((index, color) -> {
                double x = plot.getX() + band * (index + 0.5);
                double top = y(series.values().get(index), axis, plot);
                String name = spec.categories().get(index);
                double align = index < series.values().size() / 2 ? 0 : 1;
                canvas.line(x, top - 2, x, top - 10, color, 0.75, false);
                canvas.text(name, x + (align == 0 ? -2 : 2), top - 21, fonts.bold(), LABEL + 1, color, align);
            });
        }
    }

    private void line(ChartSpec.Series series, ChartSpec.Axis axis, Rectangle2D plot, double band) {
        Double previousX = null;
        Double previousY = null;
        for (int i = 0; i < series.values().size(); i++) {
            Double value = series.values().get(i);
            if (value == null) {
                previousX = null; // a gap: the line does not bridge a period without a value
                continue;
            }
            double x = plot.getX() + band * (i + 0.5);
            double y = y(value, axis, plot);
            if (previousX != null) {
                canvas.line(previousX, previousY, x, y, series.color(), 2, false);
            }
            canvas.dot(x, y, 3.5, series.color());
            previousX = x;
            previousY = y;
        }
    }

    private void legend(ChartSpec spec, Rectangle2D area) {
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (ChartSpec.Series series : spec.series()) {
            names.add(series.name());
            colors.add(series.color());
            series.pointColors().forEach((index, color) -> {
                names.add(spec.categories().get(index));
                colors.add(color);
            });
        }
        spec.reference().ifPresent(reference -> {
            names.add(reference.name());
            colors.add(reference.color());
        });
        double total = 0;
        for (String name : names) {
            total += 14 + canvas.width(name, fonts.regular(), LABEL) + 16;
        }
        double x = area.getCenterX() - total / 2;
        for (int i = 0; i < names.size(); i++) {
            canvas.fill(x, area.getY() + 1, 10, 8, colors.get(i));
            canvas.text(names.get(i), x + 14, area.getY(), fonts.regular(), LABEL, Palette.TEXT, 0);
            x += 14 + canvas.width(names.get(i), fonts.regular(), LABEL) + 16;
        }
    }

    static double y(double value, ChartSpec.Axis axis, Rectangle2D plot) {
        double clamped = Math.max(axis.min(), Math.min(axis.max(), value));
        return plot.getMaxY() - (clamped - axis.min()) / (axis.max() - axis.min()) * plot.getHeight();
    }
}
