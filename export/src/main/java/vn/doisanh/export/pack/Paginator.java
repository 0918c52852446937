package vn.doisanh.export.pack;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.export.table.Table;

/**
 * Splits a long table into pages of at most {@link #ROWS} rows: the same split for slides and PDF pages, so that
 * "trang 3/7" means the same rows in both.
 */
final class Paginator {
    static final int ROWS = 18;

    private Paginator() {
    }

    /** {@code page} makes a page from one slice, its number (from 1) and the page count. */
    static List<Page> pages(Table table, int rowsPerPage, PageMaker page) {
        List<Page> pages = new ArrayList<>();
        List<List<Integer>> parts = chunks(java.util.stream.IntStream.range(0, table.rows().size()).boxed().toList(),
                rowsPerPage);
        for (int part = 0; part < parts.size(); part++) {
            List<Integer> rows = parts.get(part);
            pages.add(page.make(table.slice(rows.get(0), rows.get(rows.size() - 1) + 1), part + 1, parts.size()));
        }
        if (pages.isEmpty()) {
            pages.add(page.make(table, 1, 1));
        }
        return pages;
    }

    /** Makes one page of a table from a slice, its number and the page count. */
    @FunctionalInterface
    interface PageMaker {
        Page make(Table slice, int part, int parts);
    }

    /**
     * Splits a list into as few runs of at most {@code size} as possible, of nearly equal length: 113 rows by 18
     * give 7 pages of 16 or 17 rows, not six full pages and a last one of five.
     */
    static <T> List<List<T>> chunks(List<T> items, int size) {
        int parts = (items.size() + size - 1) / size;
        List<List<T>> out = new ArrayList<>();
        int from = 0;
        for (int part = 0; part < parts; part++) {
            int length = (items.size() - from + (parts - part) - 1) / (parts - part);
            out.add(items.subList(from, from + length));
            from += length;
        }
        return out;
    }
}
