package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Về giảm nghèo: … (số liệu: hộ nghèo – 71; tỷ lệ – 0,69%; hộ cận nghèo – 148)": the figures of a topic listed in
 * brackets as label – value pairs, often wrapped over lines of a PDF. Each pair is read as if the report had
 * written "giảm nghèo: hộ nghèo: 71", through the rules like a table row; a bare "tỷ lệ" is the rate of the label
 * before it.
 */
final class DashedPairs {
    private static final Pattern BRACKET = Pattern.compile("\\(\\s*số liệu\\s*:\\s*(?<body>[^()]{5,600})\\)",
            RulePatterns.FLAGS);
    private static final Pattern PAIR = Pattern.compile("(?<label>[\\p{L}][\\p{L}\\s,/]{1,60}?)\\s+[–-]\\s+"
            + "(?<value>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(?<unit>%|[\\p{L}²]+(?:\\s+đồng)?)?\\s*$",
            RulePatterns.FLAGS);
    /** "Về giảm nghèo: rà soát …", "Riêng quý II": the topic the bracket's figures belong to. */
    private static final Pattern TOPIC = Pattern.compile("(?:^|[.;]\\s+)(?:về\\s+)?(?<topic>[^.;:()\\d]{2,40}?)\\s*"
            + "(?::[^.;()]*)?$", RulePatterns.FLAGS);
    private static final Pattern BARE_RATE = Pattern.compile("^tỷ lệ$", RulePatterns.FLAGS);

    private DashedPairs() {
    }

    static List<TableRows.View> views(String text) {
        List<TableRows.View> views = new ArrayList<>();
        if (text.indexOf('–') < 0 && text.indexOf(" - ") < 0) {
            return views;
        }
        Matcher bracket = BRACKET.matcher(text);
        while (bracket.find()) {
            String topic = topicBefore(text, bracket.start());
            String previousLabel = "";
            int at = bracket.start("body");
            for (String item : bracket.group("body").split(";", -1)) {
                int itemStart = at;
                at += item.length() + 1;
                Matcher pair = PAIR.matcher(item.replace('\n', ' '));
                if (!pair.find()) {
                    continue;
                }
                String label = pair.group("label").strip();
                if (BARE_RATE.matcher(label).matches() && !previousLabel.isEmpty()) {
                    label = "tỷ lệ " + previousLabel;
                } else {
                    previousLabel = label;
                }
                int valueOffset = itemStart + pair.start("value");
                int lineStart = text.lastIndexOf('\n', valueOffset) + 1;
                String unit = pair.group("unit") == null ? "" : pair.group("unit");
                views.add(TableRows.sentence(topic.isEmpty() ? "" : topic + ": ", label, pair.group("value"),
                        valueOffset, unit, lineStart, bracket.group().replace('\n', ' ')));
            }
        }
        return views;
    }

    private static String topicBefore(String text, int bracketStart) {
        int sentence = Math.max(0, Sentences.start(text, bracketStart));
        String lead = text.substring(sentence, bracketStart).replace('\n', ' ').strip();
        Matcher topic = TOPIC.matcher(lead);
        return topic.find() ? topic.group("topic").strip() : "";
    }
}
