package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table heading written over two rows under merged cells, as Word or a spreadsheet pasted as text gives it:
 * "Chỉ tiêu | ĐVT | Quý III năm 2026 | Lũy kế 9 tháng" over " |  | Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý | ".
 * Both the readers of result columns and of comparison columns see it as one row of column names.
 */
final class HeadingRows {
    private HeadingRows() {
    }

    /** The row below a heading is its second row: wider, opening with an empty cell, naming columns, no figure. */
    static <C> boolean isSecondRow(List<C> row, List<C> above, Function<C, String> text, Predicate<String> isNumber) {
        return !above.isEmpty() && row.size() > above.size() && text.apply(row.get(0)).isEmpty()
                && row.stream().map(text).noneMatch(isNumber) && row.stream().map(text).anyMatch(c -> !c.isEmpty());
    }

    /**
     * The two rows as one: a cell left empty below takes the next cell above (a column merged down, such as
     * "Lũy kế 9 tháng"); a run of named cells below shares the one cell above them (merged across, "Quý III năm
     * 2026") and keeps its own names.
     */
    static <C> List<C> merged(List<C> above, List<C> below, Function<C, String> text) {
        List<C> merged = new ArrayList<>();
        int up = 0;
        for (int i = 0; i < below.size(); i++) {
            if (text.apply(below.get(i)).isEmpty()) {
                merged.add(up < above.size() ? above.get(up) : below.get(i));
                up++;
                continue;
            }
            merged.add(below.get(i));
            if (i + 1 == below.size() || text.apply(below.get(i + 1)).isEmpty()) {
                up++;
            }
        }
        return merged;
    }
}
