package vn.doisanh.extract.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * Finds the period a report covers from its title: the first span the subject lines name ("Kết quả thực hiện
 * nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026" covers the first quarter; "Phiên họp thường kỳ tháng 10
 * năm 2025"; "5 tháng đầu năm 2026"; "Tổng kết công tác năm 2025"). Only the title counts: the rest of the head
 * compares with other periods; a report whose title names none is read from its body ({@link BodyPeriod}).
 */
public final class PeriodDetector {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int HEAD_LENGTH = 1500;
    private static final int TITLE_LINES = 4;
    private static final int HEADLINE_LINES = 8;
    private static final int HEADLINE_LINE_LENGTH = 200;
    private static final Pattern YEAR = Pattern.compile("(?<!tháng\\s{1,3}|tháng\\s{1,3}\\d{1,2}\\s{1,3}|đầu\\s{1,3}"
            + "|cuối\\s{1,3}|quý\\s{1,3}\\p{L}{1,3}\\s{1,3}|quý\\s{1,3}\\d\\s{1,3}|tuần\\s{1,3}\\d{1,2}\\s{1,3})năm (\\d{4})",
            FLAGS);
    private static final Pattern DATE_LINE = Pattern.compile("ngày[\\s.…_]*(\\d{1,2})?[\\s.…_]*tháng[\\s.…_]*(\\d{1,2})?"
            + "[\\s.…_]*năm\\s+(\\d{4})", FLAGS);
    /** "Nhị Chiểu, ngày 04 tháng 6 năm 2026" alone on its line, as under a signature. */
    private static final Pattern SIGNING_LINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}[\\p{L} .]{1,40},[ \\t]*ngày[ \\t]+"
            + "(\\d{1,2})[ \\t]+tháng[ \\t]+(\\d{1,2})[ \\t]+năm[ \\t]+(\\d{4})[ \\t.]*$", FLAGS);
    /** "Tứ Minh, ngày 10 tháng 11 năm 2026": the place and day of signing, not a decision the report cites. */
    private static final Pattern PLACE_AND_DAY = Pattern.compile("\\p{Lu}[\\p{L}]*(?: [\\p{L}]+){0,4},[ \\t]*ngày[ \\t]+"
            + "(\\d{1,2})[ \\t]+tháng[ \\t]+(\\d{1,2})[ \\t]+năm[ \\t]+(\\d{4})");
    private static final int TAIL_LENGTH = 800;
    private static final String UP_TO = "(?:cập nhật|tính|lũy kế|luỹ kế|số liệu)\\s+(?:đến|tới)\\s+(?:hết\\s+)?";
    private static final Pattern UP_TO_MONTH = Pattern.compile(UP_TO + "tháng\\s+(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})",
            FLAGS);
    private static final Pattern UP_TO_DAY = Pattern.compile(UP_TO + "ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})", FLAGS);
    /** "… tự đánh giá kết quả từ ngày …", "số liệu tính từ ngày …": the results the report covers, named. */
    private static final Pattern OPENING_SCOPE = Pattern.compile("(?:kết quả|số liệu|tình hình)(?:\\s+[\\p{L}]+){0,6}?"
            + "\\s+(?=từ\\s)", FLAGS);
    /** The document kinds whose next lines are the subject: "BIÊN BẢN / Phiên họp thường kỳ tháng 10 năm 2025". */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("^(?:(?iu:BÁO CÁO)\\b.*|BIÊN BẢN\\b.*|TỜ TRÌNH\\b.*"
            + "|THÔNG BÁO\\b.*|BẢN TIN\\b.*|KẾT LUẬN\\b.*)");

    private PeriodDetector() {
    }

    /**
     * The first span the title names; but "Sơ kết 01 năm … (từ ngày 01/7/2025 đến ngày 15/6/2026)" covers the dates
     * it spells out, and so does a year that the title ("Tổng kết năm 2025 / (Số liệu từ ngày 01/7/2025 đến ngày
     * 31/12/2025)") or the opening sentence ("… tự đánh giá kết quả từ ngày 01/7/2025 đến ngày 31/12/2025") narrows
     * to dates inside it; "năm 2026 (cập nhật đến hết tháng 10/2026)" runs from January to the end of October.
     */
    public static Optional<ReportPeriod> detect(String flowText) {
        String head = flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH));
        String title = title(head);
        List<PeriodPhrases.Mention> mentions = new ArrayList<>(
                PeriodPhrases.find(title, reportDate(flowText).orElse(null)));
        mentions.addAll(wholeYears(title));
        mentions.removeIf(m -> startsAfterSigning(m, flowText));
        mentions.sort(Comparator.comparingInt(PeriodPhrases.Mention::start));
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        PeriodPhrases.Mention first = mentions.get(0);
        Optional<ReportPeriod> dates = mentions.stream().filter(PeriodPhrases.Mention::isDateRange)
                .filter(range -> first.isFirstYearReview() || inside(range.period(), first.period()))
                .findFirst().map(PeriodPhrases.Mention::period);
        if (dates.isPresent() || !isWholeYear(first.period())) {
            return dates.or(() -> Optional.of(first.period()));
        }
        return upTo(title, first.period()).or(() -> openingRange(head, title, first.period()))
                .or(() -> Optional.of(first.period()));
    }

    private static boolean inside(ReportPeriod part, ReportPeriod whole) {
        // The same dates as the named span keep its name ("Quý III/2025", not "07/2025–09/2025").
        return !part.start().isBefore(whole.start()) && !part.end().isAfter(whole.end())
                && !(part.start().equals(whole.start()) && part.end().equals(whole.end()));
    }

    private static boolean isWholeYear(ReportPeriod period) {
        return period.start().getDayOfYear() == 1 && period.end().equals(period.start().plusYears(1).minusDays(1));
    }

    /** "(cập nhật đến hết tháng 10/2026)", "(tính đến ngày 15/12/2025)": the year so far. */
    private static Optional<ReportPeriod> upTo(String title, ReportPeriod year) {
        Matcher month = UP_TO_MONTH.matcher(title);
        if (month.find()) {
            LocalDate end = LocalDate.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)), 1)
                    .plusMonths(1).minusDays(1);
            return Optional.of(Periods.range(year.start(), end)).filter(p -> inside(p, year));
        }
        Matcher day = UP_TO_DAY.matcher(title);
        if (day.find()) {
            return DateText.parse(day.group(1)).map(end -> Periods.range(year.start(), end))
                    .filter(p -> inside(p, year));
        }
        return Optional.empty();
    }

    /** The first sentence after the title says which dates its results cover. */
    private static Optional<ReportPeriod> openingRange(String head, String title, ReportPeriod year) {
        String lastTitleLine = title.strip().lines().reduce((a, b) -> b).orElse("");
        int titleEnd = lastTitleLine.isEmpty() ? -1 : head.indexOf(lastTitleLine);
        if (titleEnd < 0) {
            return Optional.empty();
        }
        String after = head.substring(titleEnd + lastTitleLine.length());
        int sentenceEnd = after.indexOf(". ");
        String opening = after.substring(0, sentenceEnd < 0 ? after.length() : sentenceEnd);
        Matcher scope = OPENING_SCOPE.matcher(opening);
        while (scope.find()) {
            Matcher range = DateRange.PATTERN.matcher(opening).region(scope.end(), opening.length());
            if (range.lookingAt()) {
                Optional<ReportPeriod> found = DateRange.of(range).map(d -> Periods.range(d[0], d[1]))
                        .filter(p -> inside(p, year));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The subject lines say what the report covers: the "V/v …" line and the lines under "BÁO CÁO" (or "BIÊN BẢN",
     * "TỜ TRÌNH", "BẢN TIN"…). A text with no such line (a press article, a speech, slides) has a headline
     * instead: its first short lines, before the first paragraph. The rest of the head may mention other periods
     * ("6 tháng đầu năm" in a sentence of an annual report).
     */
    static String title(String head) {
        StringBuilder title = new StringBuilder();
        List<String> lines = head.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.regionMatches(true, 0, "V/v", 0, 3)) {
                title.append(line).append('\n');
            }
            if (DOCUMENT_KIND.matcher(line).matches()) {
                appendSubjectLines(lines.subList(i, lines.size()), title);
                return title.toString();
            }
        }
        return title.isEmpty() ? headline(lines) : title.toString();
    }

    private static String headline(List<String> lines) {
        StringBuilder headline = new StringBuilder();
        int taken = 0;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.length() > HEADLINE_LINE_LENGTH || taken == HEADLINE_LINES) {
                break;
            }
            if (!stripped.isEmpty()) {
                headline.append(stripped).append('\n');
                taken++;
            }
        }
        return headline.toString();
    }

    /**
     * The date the report was signed, if its date line is filled in ("ngày 15 tháng 10 năm 2025"): in the head, or,
     * when the head has none, as the place-and-date line of the signature block at the end.
     */
    public static Optional<LocalDate> reportDate(String flowText) {
        Matcher m = DATE_LINE.matcher(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        if (m.find()) {
            return m.group(1) == null || m.group(2) == null ? Optional.empty()
                    : DateText.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return signingLineAtTheEnd(flowText);
    }

    /**
     * "Tờ trình … bổ sung biên chế năm 2027", signed on 10/11/2026: a span that begins after the report was signed
     * is what it asks for or promises, never what it reports on. Only a place-and-day line counts as the signing
     * date here, so that a decision cited in the head does not rule the report's own year out.
     */
    static boolean startsAfterSigning(PeriodPhrases.Mention mention, String flowText) {
        return placeAndDay(flowText).filter(day -> mention.period().start().isAfter(day)).isPresent();
    }

    private static Optional<LocalDate> placeAndDay(String flowText) {
        Matcher m = PLACE_AND_DAY.matcher(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        if (m.find()) {
            return DateText.parse(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return signingLineAtTheEnd(flowText);
    }

    /** The last place-and-date line of the signature block at the end, if any. */
    private static Optional<LocalDate> signingLineAtTheEnd(String flowText) {
        Matcher signed = SIGNING_LINE.matcher(flowText.substring(Math.max(0, flowText.length() - TAIL_LENGTH)));
        Optional<LocalDate> last = Optional.empty();
        while (signed.find()) {
            last = DateText.parse(signed.group(1) + "/" + signed.group(2) + "/" + signed.group(3));
        }
        return last;
    }

    /** True when the head has a date line left blank for signing, as the Hà Bắc report does. */
    public static boolean hasBlankDateLine(String flowText) {
        Matcher m = DATE_LINE.matcher(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        return m.find() && (m.group(1) == null || m.group(2) == null);
    }

    /** The subject runs over a few lines under "BÁO CÁO" and ends before the first sentence of the body. */
    private static void appendSubjectLines(List<String> lines, StringBuilder title) {
        int taken = 0;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (taken++ == TITLE_LINES || stripped.endsWith(".") || stripped.endsWith(":")) {
                return;
            }
            title.append(stripped).append('\n');
        }
    }

    private static List<PeriodPhrases.Mention> wholeYears(String title) {
        List<PeriodPhrases.Mention> years = new ArrayList<>();
        Matcher m = YEAR.matcher(title);
        while (m.find()) {
            if (!insideDateLine(title, m.start())) {
                years.add(new PeriodPhrases.Mention(m.start(), Periods.year(Integer.parseInt(m.group(1))), true));
            }
        }
        return years;
    }

    private static boolean insideDateLine(String head, int at) {
        int lineStart = head.lastIndexOf('\n', at) + 1;
        String before = head.substring(Math.max(lineStart, at - 40), at).toLowerCase(java.util.Locale.ROOT);
        return before.contains("ngày") || before.contains("số:");
    }
}
