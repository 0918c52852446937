package vn.doisanh.sampledata.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.WrittenFigure;
import vn.doisanh.sampledata.plan.ReportingPeriod;
import vn.doisanh.units.Unit;

/**
 * A filled-in template as a grid, before it becomes CSV or XLSX. Cells hold a {@link BigDecimal} for figures, a
 * String otherwise, or null for an empty cell; the writers format them for their medium.
 */
public record TemplateTable(List<String> header, List<List<Object>> rows) {
    static final String SYNTHETIC_NOTE = "Dữ liệu mô phỏng (synthetic), không phải số liệu thật";

    /** One row per figure. */
    public static TemplateTable longLayout(Unit unit, String unitName, ReportingPeriod period, List<WrittenFigure> figures,
            TemplateDialect dialect) {
        List<String> header = new ArrayList<>(identity(dialect));
        header.addAll(List.of("period_start", "period_end", "period_label", "indicator", "value", "sub_period_start",
                "sub_period_end", "as_of", "breakdown", "synthetic", "note"));
        List<List<Object>> rows = new ArrayList<>();
        for (WrittenFigure figure : figures) {
            FigureQualifier q = figure.qualifier();
            List<Object> row = new ArrayList<>(identityCells(unit, unitName, dialect));
            row.addAll(Arrays.asList(dialect.date(period.start()), dialect.date(period.end()), period.label(),
                    figure.indicator(), figure.value(),
                    q.subPeriodStart() == null ? null : dialect.date(q.subPeriodStart()), subPeriodEnd(q, dialect),
                    q.asOf() == null ? null : dialect.date(q.asOf()), q.breakdown(), "true",
                    rows.isEmpty() ? SYNTHETIC_NOTE : null));
            rows.add(row);
        }
        return new TemplateTable(header, rows);
    }

    /** One row for the unit and period, a column for every reported indicator, empty where not reported. */
    public static TemplateTable wideLayout(Unit unit, String unitName, ReportingPeriod period, List<WrittenFigure> figures,
            List<String> indicatorIds, TemplateDialect dialect) {
        Map<String, BigDecimal> byId = new TreeMap<>();
        for (WrittenFigure figure : figures) {
            if (!figure.qualifier().equals(FigureQualifier.NONE)) {
                throw new IllegalArgumentException("the wide layout cannot state a qualified figure: " + figure);
            }
            byId.put(figure.indicator(), figure.value());
        }
        List<String> header = new ArrayList<>(identity(dialect));
        header.addAll(List.of("period_start", "period_end", "period_label", "synthetic"));
        header.addAll(indicatorIds);
        List<Object> row = new ArrayList<>(identityCells(unit, unitName, dialect));
        row.addAll(List.of(dialect.date(period.start()), dialect.date(period.end()), period.label(), "true"));
        indicatorIds.forEach(id -> row.add(byId.get(id)));
        return new TemplateTable(header, List.of(row));
    }

    private static List<String> identity(TemplateDialect dialect) {
        List<String> columns = new ArrayList<>();
        if (dialect.withCode()) {
            columns.add("unit_code");
        }
        if (dialect.withName()) {
            columns.add("unit_name");
        }
        return columns;
    }

    private static List<Object> identityCells(Unit unit, String unitName, TemplateDialect dialect) {
        List<Object> cells = new ArrayList<>();
        if (dialect.withCode()) {
            cells.add(unit.code());
        }
        if (dialect.withName()) {
            cells.add(unitName);
        }
        return cells;
    }

    private static String subPeriodEnd(FigureQualifier q, TemplateDialect dialect) {
        if (q.subPeriodEnd() == null || q.subPeriodEnd().equals(FigureQualifier.REPORT_DATE)) {
            return q.subPeriodEnd();
        }
        return dialect.date(LocalDate.parse(q.subPeriodEnd()));
    }
}
