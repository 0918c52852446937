package vn.doisanh.export.pack;

import vn.doisanh.catalogue.UnitLabels;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.export.data.GroupView;
import vn.doisanh.export.data.RankingData;
import vn.doisanh.export.data.TrendData;
import vn.doisanh.export.text.VnFormat;
import vn.doisanh.export.text.Words;
import vn.doisanh.warehouse.query.UnitProfileQuery;

/** The three charts of a meeting pack, from the data to what either renderer draws. */
final class ChartSpecs {
    private ChartSpecs() {
    }

    /**
     * The unit's percentile on each indicator that has a better end (100 = best in the city), best first, each
     * bar coloured by its quartile: what pulls the unit down sits at the bottom.
     */
    static ChartSpec percentiles(List<UnitProfileQuery.Line> lines) {
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<Integer, Color> colors = new HashMap<>();
        for (UnitProfileQuery.Line line : lines) {
            categories.add(line.indicator().nameVi() + " · " + Words.rank(line.rank(), line.n(), line.indicator().direction()));
            colors.put(values.size(), Palette.quartile(line.quartile()));
            values.add((double) Math.round(line.percentile()));
        }
        ChartSpec.Series series = new ChartSpec.Series("Phân vị", values, Palette.OTHERS, colors);
        return new ChartSpec(ChartSpec.Kind.BARS, categories, List.of(series),
                new ChartSpec.Axis(0, 100, 25, "Phân vị (100 = tốt nhất thành phố, 0 = kém nhất)", 0),
                Optional.empty(), true, false);
    }

    /** Every ranked unit as a column, best first, the unit's column dark, the city median as a line. */
    static ChartSpec ranking(RankingData data) {
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<Integer, Color> colors = new HashMap<>();
        for (RankingData.Row row : data.rows()) {
            if (data.highlight().map(row.ranking().unit().code()::equals).orElse(false)) {
                colors.put(values.size(), Palette.HIGHLIGHT);
            }
            categories.add(row.ranking().unit().name());
            values.add(row.ranking().value());
        }
        String unit = data.indicator().unit();
        List<Double> range = new ArrayList<>(values);
        range.add(data.cityMedian());
        ChartSpec.Series series = new ChartSpec.Series(data.indicator().nameVi(), values, Palette.OTHERS, colors);
        Optional<ChartSpec.Reference> median = Optional.ofNullable(data.cityMedian()).map(m -> new ChartSpec.Reference(
                "Trung vị thành phố: " + VnFormat.measure(m, unit), m, Palette.MEDIAN));
        return new ChartSpec(ChartSpec.Kind.COLUMNS, categories, List.of(series),
                NiceAxis.of(range, axisTitle(data.indicator().nameVi(), unit), "pct".equals(unit)), median, false,
                true);
    }

    /** The unit's value over the periods beside the city median (and the group's, when a group is chosen). */
    static ChartSpec trend(TrendData data, String unitName, GroupView group) {
        List<String> categories = data.points().stream().map(p -> Words.shortPeriod(p.frame())).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(new ChartSpec.Series(unitName, data.points().stream().map(TrendData.Point::unit).toList(),
                Palette.HIGHLIGHT, Map.of()));
        series.add(new ChartSpec.Series("Trung vị thành phố", data.points().stream().map(TrendData.Point::city).toList(),
                Palette.MEDIAN, Map.of()));
        if (group.group() != ComparisonGroup.ALL) {
            series.add(new ChartSpec.Series("Trung vị nhóm so sánh",
                    data.points().stream().map(TrendData.Point::group).toList(), Palette.GROUP, Map.of()));
        }
        List<Double> all = series.stream().flatMap(s -> s.values().stream()).toList();
        String unit = data.indicator().unit();
        return new ChartSpec(ChartSpec.Kind.LINES, categories, series,
                NiceAxis.of(all, axisTitle(data.indicator().nameVi(), unit), "pct".equals(unit)), Optional.empty(),
                true, true);
    }

    private static String axisTitle(String name, String unit) {
        String label = UnitLabels.label(unit);
        return label.isEmpty() ? name : name + " (" + label + ")";
    }
}
