package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Nộp trực tuyến (NQ: ≥ 80%; TH: 83,5%; Đạt)", "hộ cận nghèo 131 hộ (TH: 1,09%)": a council's target and the
 * result ("thực hiện") in brackets after the words they measure. The result is read as if the report had written
 * "Nộp trực tuyến: 83,5%", through the rules like a table row; the target is never read.
 */
final class ResultsInBrackets {
    private static final Pattern BRACKET = Pattern.compile("\\(\\s*(?:(?:NQ|KH|CT|chỉ tiêu|kế hoạch)\\s*:\\s*[^;()]*;\\s*)?"
            + "TH\\s*:\\s*(?<value>\\d{1,3}(?:,\\d+)?)\\s*%", RulePatterns.FLAGS);
    /** Where the words measured begin: after a clause break, a colon or the item's marker. */
    private static final Pattern LEAD_START = Pattern.compile("(?:^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zđ]\\)|[-+•])?\\s*"
            + "|[;:]\\s*|,\\s*(?=\\p{L}))(?=[^;:]*$)", RulePatterns.FLAGS);
    /** "hộ nghèo còn 62 hộ": the count the words end with, whose rate the bracket gives. */
    private static final Pattern COUNT_AT_END = Pattern.compile("\\s*(?:còn|có|là|đạt)?\\s*\\d[\\d.,]*\\s*\\p{L}*$",
            RulePatterns.FLAGS);
    private static final int MAX_LEAD = 80;

    private ResultsInBrackets() {
    }

    /** "hộ nghèo còn 62 hộ (TH: 0,52%)" gives the rate of poor households: "tỷ lệ hộ nghèo". */
    private static String rateOf(String lead) {
        Matcher count = COUNT_AT_END.matcher(lead);
        if (!count.find() || count.start() == 0) {
            return lead;
        }
        String words = lead.substring(0, count.start()).strip();
        return words.regionMatches(true, 0, "tỷ lệ", 0, 5) ? words : "tỷ lệ " + words;
    }

    static List<TableRows.View> views(String text) {
        List<TableRows.View> views = new ArrayList<>();
        for (TextLine textLine : TextLine.of(text)) {
            String line = textLine.text();
            int lineStart = textLine.start();
            if (line.indexOf("TH") < 0 && line.indexOf("th:") < 0) {
                continue;
            }
            Matcher bracket = BRACKET.matcher(line);
            while (bracket.find()) {
                String before = line.substring(0, bracket.start());
                Matcher start = LEAD_START.matcher(before);
                if (!start.find()) {
                    continue;
                }
                String lead = rateOf(before.substring(start.end()).strip());
                if (lead.isEmpty() || lead.length() > MAX_LEAD) {
                    continue;
                }
                views.add(TableRows.sentence("", lead, bracket.group("value"), lineStart + bracket.start("value"), "%",
                        lineStart, line));
            }
        }
        return views;
    }
}
