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
    private static final int TAIL_LENGTH = 800;
    /** The document kinds whose next lines are the subject: "BIÊN BẢN / Phiên họp thường kỳ tháng 10 năm 2025". */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("^(?:(?iu:BÁO CÁO)\\b.*|BIÊN BẢN\\b.*|TỜ TRÌNH\\b.*"
            + "|THÔNG BÁO\\b.*|BẢN TIN\\b.*|KẾT LUẬN\\b.*)");

    private PeriodDetector() {
    }

    /**
     * The first span the title names; but "Sơ kết 01 năm … (từ ngày 01/7/2025 đến ngày 15/6/2026)" covers the dates
     * it spells out.
     */
    public static Optional<ReportPeriod> detect(String flowText) {
        String title = title(flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH)));
        List<PeriodPhrases.Mention> mentions = new ArrayList<>(
                PeriodPhrases.find(title, reportDate(flowText).orElse(null)));
        mentions.addAll(wholeYears(title));
        mentions.sort(Comparator.comparingInt(PeriodPhrases.Mention::start));
        return mentions.stream().filter(PeriodPhrases.Mention::isDateRange).findFirst()
                .filter(range -> mentions.get(0).isFirstYearReview() || narrows(mentions, range))
                .or(() -> mentions.stream().findFirst())
                .map(PeriodPhrases.Mention::period);
    }

    /**
     * "Nhiệm vụ năm 2025 (từ 01/7/2025 đến 31/12/2025)": dates written right after the first span, inside it, say
     * which part of it the report covers (a commune founded on 1 July reports on half of its first year).
     */
    private static boolean narrows(List<PeriodPhrases.Mention> mentions, PeriodPhrases.Mention range) {
        if (mentions.size() < 2 || mentions.get(1) != range) {
            return false;
        }
        ReportPeriod first = mentions.get(0).period();
        ReportPeriod dates = range.period();
        return !dates.start().isBefore(first.start()) && !dates.end().isAfter(first.end());
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
