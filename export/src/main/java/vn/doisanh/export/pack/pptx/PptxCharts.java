package vn.doisanh.export.pack.pptx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import vn.doisanh.export.pack.ChartSpec;
import vn.doisanh.export.pack.Palette;

/**
 * Native PowerPoint charts (chart parts with their data in an embedded workbook), so a user can restyle them or
 * edit their data in PowerPoint; never pictures.
 */
final class PptxCharts {
    private PptxCharts() {
    }

    static XSLFChart draw(XMLSlideShow ppt, XSLFSlide slide, ChartSpec spec, Rectangle2D anchor) {
        XSLFChart chart = ppt.createChart();
        // addChart takes its anchor in EMU, unlike shapes, which take points.
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        chart.setAutoTitleDeleted(true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        defaultFont(chart);
        boolean bars = spec.kind() == ChartSpec.Kind.BARS;
        XDDFCategoryAxis categories = chart.createCategoryAxis(bars ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(bars ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        axes(spec, categories, values);
        int n = spec.categories().size();
        XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(spec.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        if (spec.kind() == ChartSpec.Kind.LINES) {
            XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
            for (int i = 0; i < spec.series().size(); i++) {
                line(chart, lines, categoryData, spec.series().get(i), i + 1, false);
            }
            chart.plot(lines);
        } else {
            XDDFBarChartData barData = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            barData.setBarDirection(bars ? BarDirection.BAR : BarDirection.COL);
            barData.setVaryColors(false);
            barData.setGapWidth(bars ? 60 : 25);
            for (int i = 0; i < spec.series().size(); i++) {
                ChartSpec.Series series = spec.series().get(i);
                XDDFChartData.Series added = barData.addSeries(categoryData, numbers(chart, series.values(), i + 1));
                added.setTitle(series.name(), chart.setSheetTitle(series.name(), i + 1));
                added.setFillProperties(fill(series.color()));
                series.pointColors().forEach((index, color) -> added.getDataPoint(index).setFillProperties(fill(color)));
            }
            chart.plot(barData);
            spec.reference().ifPresent(reference -> {
                XDDFLineChartData lineData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
                ChartSpec.Series constant = new ChartSpec.Series(reference.name(),
                        Collections.nCopies(n, reference.value()), reference.color(), Map.of());
                line(chart, lineData, categoryData, constant, spec.series().size() + 1, true);
                chart.plot(lineData);
            });
        }
        if (spec.legend()) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        return chart;
    }

    private static void axes(ChartSpec spec, XDDFCategoryAxis categories, XDDFValueAxis values) {
        values.setMinimum(spec.axis().min());
        values.setMaximum(spec.axis().max());
        values.setMajorUnit(spec.axis().step());
        values.setNumberFormat(spec.axis().decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(spec.axis().decimals()));
        values.setTitle(spec.axis().title());
        values.getOrAddMajorGridProperties().setLineProperties(line(Palette.GRID, 0.75, false));
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        // Points and columns in the middle of their category, as the PDF draws them (lines default to the edges).
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        if (spec.kind() == ChartSpec.Kind.BARS) {
            // First category on top, as people read a list; the value axis then belongs at the bottom (max side).
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        if (!spec.categoryLabels()) {
            categories.setTickLabelPosition(AxisTickLabelPosition.NONE);
        }
    }

    private static void line(XSLFChart chart, XDDFLineChartData data, XDDFDataSource<String> categoryData,
            ChartSpec.Series series, int column, boolean reference) {
        XDDFLineChartData.Series added = (XDDFLineChartData.Series) data.addSeries(categoryData,
                numbers(chart, series.values(), column));
        added.setTitle(series.name(), chart.setSheetTitle(series.name(), column));
        added.setSmooth(false);
        added.setLineProperties(line(series.color(), reference ? 1.5 : 2.25, reference));
        if (reference) {
            added.setMarkerStyle(MarkerStyle.NONE);
        } else {
            // Default marker size: setMarkerSize needs a schema type that poi-ooxml-lite does not ship.
            added.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        data.setVaryColors(false);
    }

    private static XDDFNumericalDataSource<Double> numbers(XSLFChart chart,
            List<Double> values, int column) {
        return XDDFDataSourcesFactory.fromArray(values.toArray(Double[]::new),
                chart.formatRange(new CellRangeAddress(1, values.size(), column, column)), column);
    }

    private static XDDFSolidFillProperties fill(Color color) {
        // from(byte[]) is sRGB; from(int, int, int) would be scRGB percentages and draw nearly black.
        return new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()}));
    }

    private static XDDFLineProperties line(Color color, double width, boolean dashed) {
        XDDFLineProperties line = new XDDFLineProperties(fill(color));
        line.setWidth(width);
        if (dashed) {
            line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        return line;
    }

    /** Every text of the chart (axes, legend, titles) in DejaVu Sans for all scripts, 9 pt. */
    private static void defaultFont(XSLFChart chart) {
        CTTextBody body = chart.getCTChartSpace().isSetTxPr() ? chart.getCTChartSpace().getTxPr()
                : chart.getCTChartSpace().addNewTxPr();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextCharacterProperties font = body.addNewP().addNewPPr().addNewDefRPr();
        font.setSz(900);
        font.addNewLatin().setTypeface(PptxText.FONT);
        font.addNewEa().setTypeface(PptxText.FONT);
        font.addNewCs().setTypeface(PptxText.FONT);
    }
}
