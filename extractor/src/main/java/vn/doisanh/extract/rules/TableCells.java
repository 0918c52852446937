package vn.doisanh.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.source.SourceText;

/**
 * Reads tables whose columns are measures and whose rows are categories, as staffing tables are written:
 * <pre>
 *   Khối          Giao   Có mặt   Thiếu          Khối | Giao | Có mặt
 *   CBCC UBND xã    52       47      05          Giáo dục | 551 | 538
 * </pre>
 * A value is taken where a row label and a column heading both match a line of {@code rules/table-cells.tsv}.
 * Tables are rows of "|"-separated cells or of cells apart by two or more spaces, under a heading row.
 */
final class TableCells {
    static final String RESOURCE = "/rules/table-cells.tsv";
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|?[^|\\n]+\\|[^|\\n]*\\|.*$");
    private static final Pattern ALIGNED_SPLIT = Pattern.compile("\\s{2,}|\\t");
    private static final Pattern NUMERIC_CELL = Pattern.compile(VietnameseNumber.SHAPE + "|\\d+\\.\\d+");
    /** A row's numbering cell: "1", "2.1", "IV", "a)". */
    static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]?$",
            RulePatterns.FLAGS);
    static final Pattern RULE_LINE = Pattern.compile("\\+[-+=]+\\+?");

    private record CellRule(Pattern row, Pattern column, String indicator) {
    }

    record Cell(String text, int offset) {
    }

    private final Catalogue catalogue;
    private final List<CellRule> rules;

    private TableCells(Catalogue catalogue, List<CellRule> rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    static TableCells load(Catalogue catalogue) {
        try (InputStream in = TableCells.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("table rules " + RESOURCE + " are missing");
            }
            List<CellRule> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 3 || !catalogue.contains(c[2])) {
                    throw new IllegalStateException(RESOURCE + ": bad line '" + line + "'");
                }
                rules.add(new CellRule(Pattern.compile(c[0], RulePatterns.FLAGS), Pattern.compile(c[1], RulePatterns.FLAGS), c[2]));
            }
            return new TableCells(catalogue, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Fact> find(SourceText source, String matchText, Claims claims) {
        List<Fact> facts = new ArrayList<>();
        List<Cell> header = null;
        String lineAbove = "";
        Qualifier dated = Qualifier.NONE;
        int offset = 0;
        for (String line : matchText.split("\n", -1)) {
            List<Cell> cells = cells(line, offset);
            offset += line.length() + 1;
            if (RULE_LINE.matcher(line.strip()).matches()) {
                continue;
            }
            if (cells.size() < 3) {
                header = null;
                lineAbove = line;
                continue;
            }
            if (header == null || cells.size() != header.size() || cells.stream().noneMatch(TableCells::isNumeric)) {
                header = cells.stream().filter(TableCells::isNumeric).count() <= 1 ? cells : null;
                dated = TimeQualifiers.qualify(lineAbove, ExtractionRule.Timing.STOCK, null);
                continue;
            }
            facts.addAll(row(cells, header, dated, source, claims, line, offset - line.length() - 1));
        }
        return facts;
    }

    /**
     * A staffing table's counts are as of the date its title gives ("Biểu 02. BIÊN CHẾ … (tính đến ngày
     * 30/9/2025)"), the line right above its heading.
     */
    private List<Fact> row(List<Cell> cells, List<Cell> header, Qualifier dated, SourceText source, Claims claims,
                           String line, int lineOffset) {
        String label = cells.stream().filter(c -> !isNumeric(c) && !c.text().isEmpty()).map(Cell::text)
                .reduce("", (a, b) -> a + " " + b);
        List<Fact> facts = new ArrayList<>();
        for (int col = 0; col < cells.size(); col++) {
            Cell cell = cells.get(col);
            if (!isNumeric(cell) || claims.isTaken(cell.offset(), cell.offset() + cell.text().length())) {
                continue;
            }
            Optional<CellRule> rule = match(label, header.get(col).text());
            if (rule.isEmpty()) {
                continue;
            }
            claims.take(cell.offset(), cell.offset() + cell.text().length(), rule.get().indicator());
            Indicator indicator = catalogue.require(rule.get().indicator());
            Qualifier qualifier = rule.get().indicator().endsWith("_present") ? dated : Qualifier.NONE;
            facts.add(new Fact(indicator.id(), VietnameseNumber.parse(cell.text()), indicator.unit(), qualifier,
                    new Evidence(line.strip(), lineOffset, cell.text(), "table row at line "
                            + (source.text().substring(0, lineOffset).chars().filter(c -> c == '\n').count() + 1)),
                    "table:" + indicator.id()));
        }
        return facts;
    }

    /** The indicator of a category (row label, outline parent) and a measure (column heading, outline item). */
    Optional<String> indicatorFor(String rowLabel, String columnHeading) {
        return match(rowLabel, columnHeading).map(CellRule::indicator);
    }

    private Optional<CellRule> match(String rowLabel, String columnHeading) {
        return rules.stream().filter(r -> r.row().matcher(rowLabel).find() && r.column().matcher(columnHeading.strip()).find())
                .findFirst();
    }

    static boolean isNumeric(Cell cell) {
        return isNumeric(cell.text());
    }

    static boolean isNumeric(String cellText) {
        return NUMERIC_CELL.matcher(cellText).matches();
    }

    /**
     * Cells of a "|" row, or of a row aligned with runs of spaces; offsets point into the text. A "|" row keeps its
     * empty cells, so that a row whose note cell is blank still lines up with its heading.
     */
    static List<Cell> cells(String line, int lineOffset) {
        List<Cell> cells = new ArrayList<>();
        boolean pipes = PIPE_ROW.matcher(line).matches();
        java.util.regex.Matcher separator = (pipes ? Pattern.compile("\\|") : ALIGNED_SPLIT).matcher(line);
        int start = 0;
        while (true) {
            boolean found = separator.find();
            int end = found ? separator.start() : line.length();
            String raw = line.substring(start, end);
            String text = raw.strip();
            if (!text.isEmpty() || pipes) {
                cells.add(new Cell(text, lineOffset + start + (text.isEmpty() ? 0 : raw.indexOf(text))));
            }
            if (!found) {
                return cells;
            }
            start = separator.end();
        }
    }
}
