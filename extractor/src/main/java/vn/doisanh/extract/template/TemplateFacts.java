package vn.doisanh.extract.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.meta.DateText;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.rules.VietnameseNumber;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitMatch;
import vn.doisanh.units.UnitRegistry;

/**
 * Turns a template table into facts, grouped by unit and period (docs/report-template.md). The long layout has
 * {@code indicator} and {@code value} columns; the wide layout has one column per catalogue id. Every bad cell is
 * an error naming the row and the column: a template is the analyst's own format, so nothing is guessed.
 */
public final class TemplateFacts {
    /** The facts of one unit and period in a template. */
    public record Group(Unit unit, ReportPeriod period, boolean synthetic, List<Fact> facts) {
    }

    private record GroupKey(String unitCode, String periodKey) {
    }

    private final Catalogue catalogue;
    private final UnitRegistry registry;

    public TemplateFacts(Catalogue catalogue, UnitRegistry registry) {
        this.catalogue = catalogue;
        this.registry = registry;
    }

    public List<Group> read(TemplateTable table, String file) throws ExtractionException {
        requirePeriodAndUnitColumns(table, file);
        boolean longLayout = table.hasColumn("indicator") && table.hasColumn("value");
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String where = table.rowLocations().get(r);
            Unit unit = unitOf(table, row, file, where);
            ReportPeriod period = periodOf(table, row, file, where);
            boolean synthetic = isTrue(table.cell(row, "synthetic"));
            Group group = groups.computeIfAbsent(new GroupKey(unit.code(), period.key()),
                    k -> new Group(unit, period, synthetic, new ArrayList<>()));
            List<Fact> facts = longLayout ? longRow(table, row, file, where) : wideRow(table, row, file, where);
            group.facts().addAll(facts);
        }
        return List.copyOf(groups.values());
    }

    /** The city's template names its unit in a column; a sheet without one is some other table. */
    public static boolean isTemplate(TemplateTable table) {
        return table.hasColumn("unit_code") || table.hasColumn("unit_name");
    }

    private static void requirePeriodAndUnitColumns(TemplateTable table, String file) throws ExtractionException {
        if (!table.hasColumn("unit_code") && !table.hasColumn("unit_name")) {
            throw new ExtractionException("bad_template", file, "header has neither unit_code nor unit_name "
                    + "(see docs/report-template.md); header is " + table.header());
        }
        if (!table.hasColumn("period_start") || !table.hasColumn("period_end")) {
            throw new ExtractionException("bad_template", file, "header needs period_start and period_end; header is "
                    + table.header());
        }
    }

    private List<Fact> longRow(TemplateTable table, List<String> row, String file, String where)
            throws ExtractionException {
        String indicatorId = table.cell(row, "indicator");
        Indicator indicator = indicator(indicatorId, file, where + ", column indicator");
        String valueText = table.cell(row, "value");
        if (valueText.isEmpty()) {
            return List.of();
        }
        double value = number(valueText, file, where + ", column value");
        Qualifier qualifier = new Qualifier(dateOrNull(table.cell(row, "sub_period_start"), file, where, true),
                dateOrNull(table.cell(row, "sub_period_end"), file, where, true),
                dateOrNull(table.cell(row, "as_of"), file, where, false),
                blankToNull(table.cell(row, "breakdown")), Qualifier.REPORTED);
        return List.of(fact(indicator, value, qualifier, table, row, where));
    }

    private List<Fact> wideRow(TemplateTable table, List<String> row, String file, String where)
            throws ExtractionException {
        List<Fact> facts = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String column = table.header().get(c).trim();
            Optional<Indicator> indicator = catalogue.find(column);
            String cell = c < row.size() ? row.get(c).trim() : "";
            if (indicator.isEmpty() || cell.isEmpty()) {
                continue;
            }
            double value = number(cell, file, where + ", column " + column);
            facts.add(fact(indicator.get(), value, Qualifier.NONE, table, row, where + ", column " + column));
        }
        return facts;
    }

    private static Fact fact(Indicator indicator, double value, Qualifier qualifier, TemplateTable table,
                             List<String> row, String where) {
        String text = String.join(" | ", row);
        return new Fact(indicator.id(), value, indicator.unit(), qualifier,
                new Evidence(text, 0, text, where), "template");
    }

    private Indicator indicator(String id, String file, String where) throws ExtractionException {
        return catalogue.find(id.trim()).orElseThrow(() -> new ExtractionException("bad_template", file,
                where + ": unknown indicator id '" + id + "' (not in the catalogue)"));
    }

    private Unit unitOf(TemplateTable table, List<String> row, String file, String where) throws ExtractionException {
        String code = table.cell(row, "unit_code");
        if (!code.isEmpty()) {
            return registry.byCode(code).orElseThrow(() -> new ExtractionException("unit_not_found", file,
                    where + ", column unit_code: no unit with code '" + code + "'"));
        }
        String name = table.cell(row, "unit_name");
        UnitMatch match = registry.match(name);
        if (match instanceof UnitMatch.Found found) {
            return found.unit();
        }
        String code2 = match instanceof UnitMatch.Ambiguous ? "unit_ambiguous" : "unit_not_found";
        throw new ExtractionException(code2, file, where + ", column unit_name: '" + name
                + "' does not name exactly one unit of the registry; nearest: " + registry.nearest(name, 3).stream()
                .map(u -> u.name() + " (" + u.code() + ")").collect(java.util.stream.Collectors.joining(", ")));
    }

    private static ReportPeriod periodOf(TemplateTable table, List<String> row, String file, String where)
            throws ExtractionException {
        LocalDate start = date(table.cell(row, "period_start"), file, where + ", column period_start");
        LocalDate end = date(table.cell(row, "period_end"), file, where + ", column period_end");
        if (end.isBefore(start)) {
            throw new ExtractionException("bad_template", file, where + ": period_end " + end
                    + " is before period_start " + start);
        }
        String label = table.cell(row, "period_label");
        return label.isEmpty() ? Periods.range(start, end) : new ReportPeriod(start, end, label);
    }

    private static LocalDate date(String text, String file, String where) throws ExtractionException {
        return DateText.parse(text).orElseThrow(() -> new ExtractionException("bad_template", file,
                where + ": '" + text + "' is not a date (YYYY-MM-DD or dd/mm/yyyy)"));
    }

    private static String dateOrNull(String text, String file, String where, boolean reportDateAllowed)
            throws ExtractionException {
        if (text.isEmpty()) {
            return null;
        }
        if (reportDateAllowed && Qualifier.REPORT_DATE.equals(text)) {
            return text;
        }
        return date(text, file, where).toString();
    }

    private static double number(String text, String file, String where) throws ExtractionException {
        try {
            return VietnameseNumber.parse(text.replace("%", ""));
        } catch (NumberFormatException e) {
            throw new ExtractionException("bad_template", file, where + ": '" + text + "' is not a number");
        }
    }

    private static boolean isTrue(String text) {
        return text.equalsIgnoreCase("true") || text.equals("1") || text.equalsIgnoreCase("có")
                || text.equalsIgnoreCase("yes");
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
