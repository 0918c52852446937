package vn.doisanh.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.NumberRole;

/**
 * Sets aside the numbers of a figures table's comparison columns (plan, same period last year, change) before
 * any rule runs, so that "Hồ sơ tiếp nhận | 10.000 | 9.412 | 8.800 | 106,9" gives the result column's 9.412 and
 * not the plan's 10.000. The columns are named in {@code rules/table-columns.tsv}.
 */
final class ComparisonColumns {
    static final String RESOURCE = "/rules/table-columns.tsv";
    /** A heading row is one of a figures table only if one of its columns holds the period's own result. */
    static final Pattern RESULT = Pattern.compile("thực hiện|kết quả|số liệu|ước (?:thực hiện|đạt)|\\bTH\\b|đạt được"
            + "|kiểm tra xác định|qua kiểm tra",
            RulePatterns.FLAGS);

    private static final Pattern PERIOD_NAMED = Pattern.compile("^(?:quý\\s+(?:IV|I{1,3}|[1-4])\\b|tháng\\s+\\d{1,2}\\b"
            + "|\\d{1,2} tháng\\b|(?:tuần|tháng|quý|kỳ) này\\b|trong (?:kỳ|tuần|tháng|quý)\\b)", RulePatterns.FLAGS);

    private record Column(Pattern heading, NumberRole role) {
    }

    private final List<Column> columns;

    private ComparisonColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static ComparisonColumns load() {
        try (InputStream in = ComparisonColumns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("table columns " + RESOURCE + " are missing from the classpath");
            }
            List<Column> columns = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String[] c = lines.get(i).split("\t", -1);
                if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                    continue;
                }
                if (c.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 3 columns");
                }
                columns.add(new Column(Pattern.compile(c[0], RulePatterns.FLAGS), NumberRole.ofCode(c[1].trim())));
            }
            return new ComparisonColumns(columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Takes the comparison cells out of play (claims them for no indicator) and says what each one is. */
    List<SetAside> setAside(String text, Claims claims) {
        List<SetAside> aside = new ArrayList<>();
        List<Optional<NumberRole>> heading = null;
        List<TableCells.Cell> headingCells = List.of();
        int size = 0;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            List<TableCells.Cell> cells = TableCells.cells(line, offset);
            offset += line.length() + 1;
            if (TableCells.RULE_LINE.matcher(line.strip()).matches()) {
                continue;
            }
            if (heading != null && cells.size() == size) {
                aside.addAll(row(cells, heading, claims));
                continue;
            }
            if (heading != null
                    && HeadingRows.isSecondRow(cells, headingCells, TableCells.Cell::text, TableCells::isNumeric)) {
                cells = HeadingRows.merged(headingCells, cells, TableCells.Cell::text);
            }
            heading = headingOf(cells);
            headingCells = cells;
            size = cells.size();
        }
        return aside;
    }

    /** The role of each column of a heading row, or null when the row is not the heading of a figures table. */
    private List<Optional<NumberRole>> headingOf(List<TableCells.Cell> cells) {
        if (cells.size() < 3 || cells.stream().filter(TableCells::isNumeric).count() > 0
                || cells.stream().noneMatch(this::isResult)) {
            return null;
        }
        List<Optional<NumberRole>> roles = cells.stream().map(c -> RESULT.matcher(c.text()).find() ? Optional.<NumberRole>empty()
                : comparison(c)).toList();
        return roles.stream().anyMatch(Optional::isPresent) ? roles : null;
    }

    /** "Thực hiện quý", or a column that names a span and compares with nothing ("Quý IV/2025", "Tuần này"). */
    private boolean isResult(TableCells.Cell cell) {
        return RESULT.matcher(cell.text()).find()
                || PERIOD_NAMED.matcher(cell.text()).find() && comparison(cell).isEmpty();
    }

    private Optional<NumberRole> comparison(TableCells.Cell cell) {
        return columns.stream().filter(col -> col.heading().matcher(cell.text()).find()).map(Column::role).findFirst();
    }

    private static List<SetAside> row(List<TableCells.Cell> cells, List<Optional<NumberRole>> heading, Claims claims) {
        List<SetAside> aside = new ArrayList<>();
        for (int col = 0; col < cells.size(); col++) {
            TableCells.Cell cell = cells.get(col);
            int end = cell.offset() + cell.text().length();
            if (heading.get(col).isPresent() && TableCells.isNumeric(cell) && !claims.isTaken(cell.offset(), end)) {
                claims.setAside(cell.offset(), end);
                aside.add(new SetAside(cell.offset(), end, heading.get(col).get()));
            }
        }
        return aside;
    }
}
