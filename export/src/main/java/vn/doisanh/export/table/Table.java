package vn.doisanh.export.table;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A table as every format writes it: columns, rows of cells, the rows to mark (the unit the reader cares about),
 * which rows hold synthetic figures, and the context it carries.
 */
public record Table(ExportContext context, List<Column> columns, List<List<Cell>> rows, Set<Integer> highlighted,
        Set<Integer> synthetic) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        highlighted = Set.copyOf(highlighted);
        synthetic = Set.copyOf(synthetic);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), marks kept: one page of a long table. */
    public Table slice(int from, int to) {
        return new Table(context, columns, rows.subList(from, to), shift(highlighted, from, to), shift(synthetic, from, to));
    }

    public boolean hasSyntheticRows() {
        return !synthetic.isEmpty();
    }

    private static Set<Integer> shift(Set<Integer> marks, int from, int to) {
        return marks.stream().filter(i -> i >= from && i < to).map(i -> i - from).collect(Collectors.toSet());
    }

    static Set<Integer> indexes(int size, java.util.function.IntPredicate test) {
        return IntStream.range(0, size).filter(test).boxed().collect(Collectors.toSet());
    }
}
