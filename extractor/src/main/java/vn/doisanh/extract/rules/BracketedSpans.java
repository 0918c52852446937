package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * "đúng hạn 3.058 hồ sơ (tháng 4: 967; tháng 5: 1.029; tháng 6: 1.062)", "tiếp nhận 4.116 (lũy kế 11 tháng:
 * 43.870)", "(lũy kế 10 tháng 48.906 HS)": the brackets right after a figure give the same figure for spans they
 * name. Each is read as that indicator for its span; a span the period does not place stays unread, as does a
 * bracket that is no such list.
 */
final class BracketedSpans {
    private static final String SPAN = "(?:tháng\\s+\\d{1,2}(?:/\\d{4})?|quý\\s+(?:IV|I{1,3}|[1-4])(?:/\\d{4})?"
            + "|lũy kế\\s+\\d{1,2}\\s+tháng(?:\\s+đầu năm)?|\\d{1,2}\\s+tháng\\s+đầu năm|lũy kế từ đầu năm)";
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)";
    /** The bracket opens after the figure and at most its noun: "3.058 hồ sơ (", "99,68% (". */
    private static final Pattern OPENS = Pattern.compile("\\G\\s*%?\\s*(?:[\\p{L}.]+\\s*){0,3}?\\(", RulePatterns.FLAGS);
    private static final Pattern ITEM = Pattern.compile("\\G\\s*(" + SPAN + ")\\s*(?:[:=]|là|đạt|\\s)\\s*" + NUMBER
            + "(?!\\s*/)\\s*(?:%|[\\p{L}]+(?:\\s+[\\p{L}]+)?)?\\s*([;,)])", RulePatterns.FLAGS);

    private BracketedSpans() {
    }

    /** The span figures in the brackets after {@code fact}'s number ({@code numberEnd}), claimed as they are read. */
    static List<Fact> after(Fact fact, String numberText, int numberEnd, String text, ReportPeriod period,
            Claims claims) {
        Matcher open = OPENS.matcher(text).region(numberEnd, Math.min(text.length(), numberEnd + 40));
        if (period == null || !open.lookingAt()) {
            return List.of();
        }
        double scale = fact.value() / VietnameseNumber.parse(numberText);
        List<Fact> found = new ArrayList<>();
        Matcher item = ITEM.matcher(text).region(open.end(), Math.min(text.length(), open.end() + 300));
        while (item.lookingAt()) {
            Qualifier span = TimeQualifiers.qualify(item.group(1) + " ", ExtractionRule.Timing.FLOW, period);
            if (span.subPeriodStart() != null && !claims.isTaken(item.start(2), item.end(2))) {
                claims.take(item.start(2), item.end(2), fact.indicator());
                found.add(new Fact(fact.indicator(), VietnameseNumber.parse(item.group(2)) * scale, fact.unit(),
                        span.withBreakdown(fact.qualifier().breakdown()), new Evidence(fact.evidence().text(),
                        fact.evidence().offset(), item.group().strip(), fact.evidence().location()),
                        fact.rule() + "/bracket"));
            }
            if (item.group(3).equals(")")) {
                break;
            }
            item.region(item.end(), item.regionEnd());
        }
        return found;
    }
}
