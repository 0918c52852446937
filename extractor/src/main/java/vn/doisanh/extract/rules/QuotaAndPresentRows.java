package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.source.SourceText;

/**
 * "Công chức (giao / có mặt) | người | 46 | 44" in a table whose columns are "Kế hoạch | Thực hiện": a staffing row
 * whose label says its two numbers are the quota and the staff in post, in that order, whatever the columns are
 * called. Read before the plan column is set aside, and only with exactly two numbers in the row. The count in post
 * is dated by the row or by the group row above it ("III. Tổ chức, biên chế (thời điểm 30/9/2026)").
 */
final class QuotaAndPresentRows {
    private static final Pattern LABEL = Pattern.compile("^(?:[-+•]\\s*)?(?<group>" + StaffGroups.NAMES + ")"
            + "[^|\\n]{0,30}?\\(\\s*(?:biên chế\\s+)?(?:được\\s+)?giao\\s*/\\s*(?:có mặt|hiện có)\\s*\\)", RulePatterns.FLAGS);
    /** The same label on a line of text, its two numbers after it: "Viên chức giáo dục giao / có mặt 463 / 449". */
    private static final Pattern INLINE = Pattern.compile("(?:^|(?<=[;\\]]))\\s*(?:[-+•▪]\\s*)?(?<group>" + StaffGroups.NAMES
            + ")[^|\\n\\d]{0,30}?\\(?\\s*"
            + "(?:biên chế\\s+)?(?:được\\s+)?giao\\s*/\\s*(?:có mặt|hiện có)\\s*\\)?\\s*:?\\s*"
            + "(?<quota>\\d{1,3}(?:\\.\\d{3})*)\\s*/\\s*(?<present>\\d{1,3}(?:\\.\\d{3})*)(?![\\d/]|[.,]\\d)", RulePatterns.FLAGS);
    private static final int LINES_UP = 15;

    private QuotaAndPresentRows() {
    }

    static List<Fact> read(String text, SourceText source, Claims claims, Catalogue catalogue, ReportPeriod period) {
        List<Fact> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineStart = offset;
            offset += lines[i].length() + 1;
            if (lines[i].indexOf('|') < 0) {
                if (lines[i].indexOf('/') >= 0) { // "giao / có mặt": no line without a slash is one
                    found.addAll(inline(lines[i], lineStart, source, claims, catalogue, period));
                }
                continue;
            }
            List<TableCells.Cell> cells = TableCells.cells(lines[i], lineStart);
            List<TableCells.Cell> numbers = cells.stream().filter(TableCells::isNumeric).toList();
            Matcher label = cells.isEmpty() ? null : LABEL.matcher(cells.get(0).text());
            if (label == null || !label.find() || numbers.size() != 2 || numbers.stream().anyMatch(c -> taken(c, claims))) {
                continue;
            }
            String group = StaffGroups.of(label.group("group"));
            String asOf = dayOfCount(lines, i, cells.get(0).text(), period);
            found.add(fact(group + "_quota", numbers.get(0), Qualifier.NONE, lineStart, source, claims, catalogue));
            found.add(fact(group + "_present", numbers.get(1), asOf == null ? Qualifier.NONE : Qualifier.NONE.withAsOf(asOf),
                    lineStart, source, claims, catalogue));
        }
        return found;
    }

    private static List<Fact> inline(String line, int lineStart, SourceText source, Claims claims, Catalogue catalogue,
                                     ReportPeriod period) {
        List<Fact> found = new ArrayList<>();
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
            TableCells.Cell quota = new TableCells.Cell(m.group("quota"), lineStart + m.start("quota"));
            TableCells.Cell present = new TableCells.Cell(m.group("present"), lineStart + m.start("present"));
            if (taken(quota, claims) || taken(present, claims)) {
                continue;
            }
            String group = StaffGroups.of(m.group("group"));
            String asOf = asOf(line.substring(0, m.start("quota")), period);
            found.add(fact(group + "_quota", quota, Qualifier.NONE, lineStart, source, claims, catalogue));
            found.add(fact(group + "_present", present, asOf == null ? Qualifier.NONE : Qualifier.NONE.withAsOf(asOf),
                    lineStart, source, claims, catalogue));
        }
        return found;
    }

    private static boolean taken(TableCells.Cell cell, Claims claims) {
        return claims.isTaken(cell.offset(), cell.offset() + cell.text().length());
    }

    /** The row's own date, else that of the nearest group row above it in the same table. */
    private static String dayOfCount(String[] lines, int row, String label, ReportPeriod period) {
        String own = asOf(label, period);
        if (own != null) {
            return own;
        }
        for (int up = row - 1; up >= 0 && up >= row - LINES_UP && lines[up].indexOf('|') >= 0; up--) {
            List<TableCells.Cell> cells = TableCells.cells(lines[up], 0);
            if (!cells.isEmpty() && cells.stream().skip(1).allMatch(c -> c.text().isEmpty())) {
                String day = asOf(cells.get(0).text(), period);
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    private static String asOf(String words, ReportPeriod period) {
        return TimeQualifiers.qualify("đến " + words.replaceAll(".*?(?=\\d{1,2}/\\d{1,2}/\\d{4})", ""),
                ExtractionRule.Timing.STOCK, period, "civil_servants_present").asOf();
    }

    private static Fact fact(String indicator, TableCells.Cell cell, Qualifier qualifier, int lineStart, SourceText source,
                             Claims claims, Catalogue catalogue) {
        int end = cell.offset() + cell.text().length();
        claims.take(cell.offset(), end, indicator);
        return new Fact(indicator, VietnameseNumber.parse(cell.text()), catalogue.require(indicator).unit(), qualifier,
                FactFinder.evidence(source, lineStart, cell.offset(), end), "table.quota_and_present");
    }
}
