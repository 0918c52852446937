package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a figures table written as the sentences they stand for, so that the rules read them as they read
 * prose. Under the heading "STT | Chỉ tiêu | ĐVT | Số liệu | Ghi chú" the row "5 | Dân số | người | 43.333 | …"
 * reads "Dân số: 43.333 người": the label cells, then the result column's number, then the unit cell moved after
 * it ("Tr.đồng" as "triệu đồng", "km2" as "km²"). Only a table whose heading names one result column is read so;
 * its other columns (plan, last year, change, running totals) stay out of the sentence. Rows are "|"-separated
 * cells, as Word tables and sheets come out. A form's dotted leader reads the same way: "Hồ sơ tiếp nhận ......
 * 38" as "Hồ sơ tiếp nhận: 38", and "Thu ngân sách (triệu đồng) ...... 412" as "Thu ngân sách: 412 triệu đồng".
 */
final class TableRows {
    /** "Thực hiện", or "Quý III năm 2025 Thực hiện" under a merged heading; never a plan, last year or a ratio. */
    private static final Pattern RESULT = Pattern.compile("^(?!.*(?:lũy kế|luỹ kế|cùng kỳ|kế hoạch|so sánh|so với))"
            + "(?:.*\\s)?(?:số liệu|số lượng|kết quả|thực hiện|giá trị|TH|kiểm tra xác định|qua kiểm tra)\\b",
            RulePatterns.FLAGS);
    /** A plan, last year's or a ratio column is never part of a row's label. */
    private static final Pattern NOT_A_LABEL = Pattern.compile("kế hoạch|cùng kỳ|so với|so sánh|dự toán|năm trước"
            + "|\\bKH\\b|%|(?:phường|xã|đơn vị|đặc khu) (?:tự )?báo cáo", RulePatterns.FLAGS);
    private static final Pattern RESULT_WORDS = Pattern.compile("(?:số liệu|số lượng|kết quả|thực hiện|giá trị|\\bTH\\b)",
            RulePatterns.FLAGS);
    /** "Tháng 7", "Quý III", "Quý III/2026", "9 tháng", "Tháng 10/2026": a column's own span. */
    private static final Pattern PERIOD_PHRASE = Pattern.compile("(?:tháng \\d{1,2}|quý (?:IV|I{1,3}|[1-4])|\\d{1,2} tháng"
            + "(?: đầu năm)?)(?:(?:/| năm )\\d{4})?", RulePatterns.FLAGS);
    /** A row without its own number under a numbered one: "| - Quá hạn |", "| Trong đó: đúng hạn |". */
    private static final Pattern SUB_ROW = Pattern.compile("^(?:[-+•]\\s*|trong đó\\s*:?\\s*)", RulePatterns.FLAGS);
    /** At least two runs of two or more spaces between words: a row of a plain-text table. */
    private static final Pattern ALIGNED = Pattern.compile("\\S {2,}\\S.* {2,}\\S");
    private static final Pattern MONTH_COUNT = Pattern.compile("\\d{1,2} tháng", RulePatterns.FLAGS);
    private static final Pattern SHORT_MONTH = Pattern.compile("T\\.?\\s?(\\d{1,2})");
    private static final Pattern UNIT_HEADING = Pattern.compile("^(?:ĐVT|Đơn vị tính|Đơn vị|Đ\\.?V\\.?T\\.?)$",
            RulePatterns.FLAGS);
    private static final Pattern SKIPPED_HEADING = Pattern.compile("^(?:STT|TT|Số TT|Mã số|Mã|Ghi chú|Nguồn.*)$", RulePatterns.FLAGS);
    private static final Pattern LEADER = Pattern.compile("^(\\s*(?:[-+•]\\s*)?)(\\S.*?\\S)\\s*[.…·_]{4,}\\s*"
            + "(-?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|-?\\d+(?:,\\d+)?)(\\s*(?:%|[\\p{L}²]+(?:\\s+[\\p{L}]+)?)?)\\s*$");
    private static final Pattern UNIT_IN_LABEL = Pattern.compile("\\s*\\((%|[^()\\d]{1,15})\\)\\s*$");
    private static final Pattern COLUMNS_IN_BRACKETS = Pattern.compile("\\(([^()|]+\\|[^()|]+)\\)\\s*:?\\s*$");
    private static final Pattern LABELLED_PAIR = Pattern.compile("^\\s*(?:\\d{1,2}[.)]\\s*|[-+•]\\s*)?([^:|]*\\p{L}[^:|]*?)\\s*:"
            + "\\s*(\\d[\\d.,]*|[-–])\\s*\\|\\s*(\\d[\\d.,]*|[-–])\\s*$");
    /** "Quý III năm 2026 Tháng 7": a merged cell above names the group; the column is the cell below it. */
    private static final Pattern GROUP_ABOVE = Pattern.compile("^(?:quý\\s+(?:IV|I{1,3}|[1-4])|tháng\\s+\\d{1,2}|năm)"
            + "(?:(?:/|\\s+năm\\s+)\\d{4})?\\s+(?=(?:tháng|quý|cộng|tổng|lũy kế|luỹ kế|thực hiện)\\b)", RulePatterns.FLAGS);
    private static final Pattern TOTAL = Pattern.compile("(?:cộng|tổng|tổng cộng|tổng số|cả kỳ)(?: cả)?(?: (?:quý|kỳ|tháng))?",
            RulePatterns.FLAGS);
    private static final Pattern RUNNING = Pattern.compile("(?:lũy kế|luỹ kế|cộng dồn|từ đầu năm)", RulePatterns.FLAGS);
    private static final Pattern COMPARED = Pattern.compile("/|so với|so sánh|%|cùng kỳ|kế hoạch", RulePatterns.FLAGS);
    private static final Pattern NUMBER = Pattern.compile("-?(?:" + VietnameseNumber.SHAPE + ")");

    /**
     * A row as a sentence: {@code text} is "label: number unit"; the number sits at {@code valueStart} of it and
     * at {@code valueOffset} of the report's text. {@code period}: the span a period column names ("Tháng 7"),
     * which the fact must resolve, else empty; {@code parentLine}: where the row above a sub-row starts, else -1.
     */
    record View(String text, int valueStart, int valueEnd, int valueOffset, int lineStart, String sentence,
                String period, int parentLine) {
        int shift() {
            return valueOffset - valueStart;
        }

        View namingPeriod(String phrase) {
            return new View(text, valueStart, valueEnd, valueOffset, lineStart, sentence, phrase, parentLine);
        }

        /** A sub-row ("| - Quá hạn |") read under the row starting at {@code line}. */
        View under(int line) {
            return new View(text, valueStart, valueEnd, valueOffset, lineStart, sentence, period, line);
        }
    }

    private record Cell(String text, int offset) {
    }

    /**
     * {@code running}: a column of running totals ("Lũy kế 6 tháng"), read as a figure of its own span;
     * {@code periods}: result columns that each name their span ("Thực hiện Tháng 7 | … | Thực hiện Quý III");
     * {@code total}: a "Cộng" column after them, the report's own figure where it adds up the row's spans.
     */
    private record Heading(int width, int result, int unit, List<Integer> labels, int running, String runningPhrase,
                           List<PeriodColumn> periods, int total) {
    }

    private record PeriodColumn(int index, String phrase) {
    }

    private TableRows() {
    }

    static List<View> views(String text) {
        List<View> views = new ArrayList<>();
        Heading heading = null;
        List<Cell> headingCells = List.of();
        String parent = "";
        int parentLine = -1;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            boolean aligned = line.indexOf('|') < 0 && ALIGNED.matcher(line).find();
            if (line.indexOf('|') < 0 && !aligned) {
                heading = null;
                leader(line, lineStart).ifPresent(views::add);
                continue;
            }
            List<Cell> cells = columnsNamedInBrackets(line, lineStart).orElse(null);
            if (cells == null && heading != null && heading.width() == 3) {
                cells = labelledPair(line, lineStart).orElse(null);
            }
            if (cells == null) {
                cells = aligned ? alignedCells(line, lineStart) : cells(line, lineStart);
            }
            Heading read = headingOf(cells);
            if (read == null && heading != null
                    && HeadingRows.isSecondRow(cells, headingCells, Cell::text, t -> NUMBER.matcher(t).matches())) {
                cells = HeadingRows.merged(headingCells, cells, Cell::text);
                read = headingOf(cells);
            }
            if (read != null) {
                heading = read;
                headingCells = cells;
                continue;
            }
            // A row as wide as its heading: a merged heading cell would shift the columns under it.
            if (heading != null && cells.size() == heading.width()) {
                String label = labelOf(cells, heading);
                boolean numbered = TableCells.ROW_NUMBER.matcher(cells.get(0).text()).matches();
                boolean child = !numbered && SUB_ROW.matcher(label).find();
                int under = -1;
                if (child && !parent.isEmpty()) {
                    label = parent + " " + SUB_ROW.matcher(label).replaceFirst("");
                    under = parentLine;
                } else if (!child) {
                    parent = label;
                    parentLine = lineStart;
                }
                final int parentOfRow = under;
                for (PeriodColumn column : heading.periods()) {
                    view(cells, heading, label, column.index(), column.phrase() + ": ", lineStart, line)
                            .map(v -> v.namingPeriod(column.phrase()).under(parentOfRow)).ifPresent(views::add);
                }
                if (heading.result() >= 0) {
                    view(cells, heading, label, heading.result(), "", lineStart, line).map(v -> v.under(parentOfRow))
                            .ifPresent(views::add);
                }
                if (heading.total() >= 0 && addsUp(cells, heading)) {
                    view(cells, heading, label, heading.total(), "", lineStart, line).map(v -> v.under(parentOfRow))
                            .ifPresent(views::add);
                }
                if (heading.running() >= 0) {
                    view(cells, heading, label, heading.running(), heading.runningPhrase() + ": ", lineStart, line)
                            .map(v -> v.under(parentOfRow)).ifPresent(views::add);
                }
            }
        }
        return views;
    }

    private static Optional<View> leader(String line, int lineStart) {
        Matcher m = LEADER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(sentence("", m.group(2), m.group(3), m.start(3) + lineStart, m.group(4).strip(),
                lineStart, line));
    }

    /** "label: number unit", a unit written in the label's brackets ("Tỷ lệ đúng hạn (%)") moved after the number. */
    static View sentence(String lead, String label, String number, int numberOffset, String unit, int lineStart,
            String line) {
        String words = Abbreviations.standard().spellOut(label);
        String after = unitWords(unit);
        Matcher bracket = UNIT_IN_LABEL.matcher(words);
        if (after.isEmpty() && bracket.find()) {
            words = words.substring(0, bracket.start());
            after = unitWords(bracket.group(1));
        }
        String prefix = lead + words + ": ";
        String text = prefix + number + (after.isEmpty() || after.equals("%") ? after : " " + after);
        return new View(text, prefix.length(), prefix.length() + number.length(), numberOffset, lineStart,
                line.strip().replaceAll("\\s+", " "), "", -1);
    }

    private static Heading headingOf(List<Cell> cells) {
        if (cells.size() < 3 || cells.stream().anyMatch(c -> NUMBER.matcher(c.text()).matches())) {
            return null;
        }
        int result = -1;
        int unit = -1;
        int running = -1;
        String runningPhrase = "";
        int total = -1;
        List<Integer> labels = new ArrayList<>();
        List<PeriodColumn> periods = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = GROUP_ABOVE.matcher(cells.get(i).text()).replaceFirst("");
            if (RESULT.matcher(cell).find()) {
                if (result >= 0 && periods.isEmpty()) {
                    periods.add(periodColumn(result, cells.get(result).text()));
                }
                if (result >= 0) {
                    periods.add(periodColumn(i, cell));
                }
                result = i;
            } else if (result < 0 && namesPeriod(cell)) {
                periods.add(periodColumn(i, cell)); // "T1 | T2 | … | T10", "Tháng 7 | Tháng 8 | Tháng 9"
            } else if (!periods.isEmpty() && total < 0 && TOTAL.matcher(cell).matches()) {
                total = i;
            } else if (UNIT_HEADING.matcher(cell).matches()) {
                unit = i;
            } else if ((result >= 0 || !periods.isEmpty()) && running < 0 && RUNNING.matcher(cell).find() && !COMPARED.matcher(cell).find()) {
                Matcher phrase = RUNNING.matcher(cell);
                phrase.find();
                running = i;
                runningPhrase = cell.substring(phrase.start());
            } else if (result < 0 && !SKIPPED_HEADING.matcher(cell).matches() && !cell.isEmpty()
                    && !NOT_A_LABEL.matcher(cell).find()) {
                labels.add(i);
            }
        }
        if (result < 0 && periods.isEmpty() || labels.isEmpty() || periods.stream().anyMatch(p -> p.phrase().isEmpty())) {
            return null;
        }
        // Period columns, when there are any, hold the results; there is then no single result column.
        return new Heading(cells.size(), periods.isEmpty() ? result : -1, unit, labels, running, runningPhrase,
                List.copyOf(periods), total);
    }

    /**
     * "Hồ sơ tiếp nhận | 2.416 | 2.839 | 3.015 | 8.270": the total column holds the sum of the row's spans. A
     * score or a rate does not add up ("16,94 | 17,26 | 17,55 | -"), and no total is read for it.
     */
    private static boolean addsUp(List<Cell> cells, Heading heading) {
        if (heading.total() >= cells.size() || !NUMBER.matcher(cells.get(heading.total()).text()).matches()) {
            return false;
        }
        double sum = 0;
        for (PeriodColumn column : heading.periods()) {
            String cell = column.index() < cells.size() ? cells.get(column.index()).text() : "";
            if (!NUMBER.matcher(cell).matches()) {
                return false;
            }
            sum += VietnameseNumber.parse(cell);
        }
        return Math.abs(sum - VietnameseNumber.parse(cells.get(heading.total()).text())) < 0.5;
    }

    /** The span a heading or a row label names ("tháng 7", "quý III", "9 tháng đầu năm"), or "" when it names none. */
    static String periodPhrase(String words) {
        return periodColumn(-1, words).phrase();
    }

    private static boolean namesPeriod(String heading) {
        return !periodColumn(-1, heading).phrase().isEmpty();
    }

    /** "Thực hiện Tháng 7" names the month; "Thực hiện" alone names nothing, and a table of such is not read. */
    private static PeriodColumn periodColumn(int index, String heading) {
        String phrase = RESULT_WORDS.matcher(heading).replaceAll("").strip();
        Matcher shortMonth = SHORT_MONTH.matcher(phrase);
        if (shortMonth.matches()) {
            phrase = "tháng " + shortMonth.group(1);
        }
        if (MONTH_COUNT.matcher(phrase).matches()) {
            phrase = phrase + " đầu năm"; // a "9 tháng" column of a nine-month report: January to September
        }
        return new PeriodColumn(index, PERIOD_PHRASE.matcher(phrase).matches() ? phrase : "");
    }

    private static Optional<View> view(List<Cell> cells, Heading heading, String label, int column, String lead,
            int lineStart, String line) {
        if (column >= cells.size() || label.isEmpty()) {
            return Optional.empty();
        }
        Cell value = cells.get(column);
        if (!NUMBER.matcher(value.text()).matches()) {
            return Optional.empty();
        }
        String unit = heading.unit() >= 0 && heading.unit() < cells.size() ? cells.get(heading.unit()).text() : "";
        return Optional.of(sentence(lead, label, value.text(), value.offset(), unit, lineStart, line));
    }

    private static String labelOf(List<Cell> cells, Heading heading) {
        StringBuilder label = new StringBuilder();
        for (int i : heading.labels()) {
            String cell = i < cells.size() ? cells.get(i).text() : "";
            if (!cell.isEmpty() && !TableCells.ROW_NUMBER.matcher(cell).matches() && !NUMBER.matcher(cell).matches()) {
                label.append(label.isEmpty() ? "" : " ").append(cell);
            }
        }
        return label.toString();
    }

    /** "Tr.đồng" → "triệu đồng", "km2" → "km²": the unit as prose writes it after a number. */
    static String unitWords(String cell) {
        String unit = cell.strip();
        String lower = unit.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.matches("tr\\.?đ(?:ồng)?|trđ|triệuđ(?:ồng)?")) {
            return "triệu đồng";
        }
        if (lower.matches("(?:nghìn|ngàn|1\\.000)đ(?:ồng)?")) {
            return "nghìn đồng";
        }
        if (lower.matches("tỷđ(?:ồng)?|tỉđ(?:ồng)?")) {
            return "tỷ đồng";
        }
        if (lower.equals("km2")) {
            return "km²";
        }
        return unit;
    }

    /**
     * "II. KẾT QUẢ (Tháng 10 | Lũy kế từ đầu năm)": a heading that names, in brackets, the columns of the lines
     * under it, read as the heading "Chỉ tiêu | Tháng 10 | Lũy kế từ đầu năm".
     */
    private static Optional<List<Cell>> columnsNamedInBrackets(String line, int lineStart) {
        Matcher m = COLUMNS_IN_BRACKETS.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>(List.of(new Cell("Chỉ tiêu", lineStart)));
        int at = m.start(1);
        for (String part : m.group(1).split("\\|")) {
            cells.add(new Cell(part.strip(), lineStart + at));
            at += part.length() + 1;
        }
        return cells.size() == 3 ? Optional.of(cells) : Optional.empty();
    }

    /** "1. Hồ sơ tiếp nhận: 1.084 | 10.312" under such a heading: its label and its two values. */
    private static Optional<List<Cell>> labelledPair(String line, int lineStart) {
        Matcher m = LABELLED_PAIR.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(List.of(new Cell(m.group(1).strip(), lineStart + m.start(1)),
                new Cell(m.group(2), lineStart + m.start(2)), new Cell(m.group(3), lineStart + m.start(3))));
    }

    /** "Chỉ tiêu      Quý I    Quý II": a plain-text table's cells, apart by runs of two or more spaces. */
    private static List<Cell> alignedCells(String line, int lineStart) {
        return TableCells.cells(line, lineStart).stream().map(c -> new Cell(c.text(), c.offset())).toList();
    }

    private static List<Cell> cells(String line, int lineStart) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        String body = line;
        // "| a | b |" opens with its border; " | - Quá hạn | …" is a row whose first cell is empty.
        if (body.startsWith("|")) {
            start = body.indexOf('|') + 1;
        }
        while (start <= body.length()) {
            int end = body.indexOf('|', start);
            end = end < 0 ? body.length() : end;
            String raw = body.substring(start, end);
            String text = raw.strip();
            cells.add(new Cell(text, lineStart + start + (text.isEmpty() ? 0 : raw.indexOf(text))));
            if (end == body.length()) {
                break;
            }
            start = end + 1;
        }
        return cells;
    }
}
