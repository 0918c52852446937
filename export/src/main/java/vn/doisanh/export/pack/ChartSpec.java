package vn.doisanh.export.pack;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chart as both renderers draw it: PowerPoint as a native chart part, PDF as vector graphics.
 * BARS are horizontal with the first category on top; COLUMNS are vertical; LINES join points, skipping gaps.
 */
public record ChartSpec(Kind kind, List<String> categories, List<Series> series, Axis axis,
        Optional<Reference> reference, boolean categoryLabels, boolean legend) {
    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    public enum Kind {
        BARS, COLUMNS, LINES
    }

    /** {@code values} may hold nulls (no value); {@code pointColors} recolour single points (the highlighted unit). */
    public record Series(String name, List<Double> values, Color color, Map<Integer, Color> pointColors) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            pointColors = Map.copyOf(pointColors);
        }

        public Color colorAt(int index) {
            return pointColors.getOrDefault(index, color);
        }
    }

    /** The value axis: range, tick step, title and how many decimals its labels show. */
    public record Axis(double min, double max, double step, String title, int decimals) {
    }

    /** A horizontal line across the plot, e.g. the city median. */
    public record Reference(String name, double value, Color color) {
    }
}
