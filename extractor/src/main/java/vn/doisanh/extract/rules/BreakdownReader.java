package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;

/**
 * Reads the items that follow a total: "3975 văn bản (Quyết định: 1609; Kế hoạch: 148; …)", "gồm 1.205 quyết
 * định, 162 kế hoạch … và 341 văn bản khác", a bulleted list on the lines after "bao gồm:". The list is cut into
 * segments at ";", ", ", " và ", brackets and line ends; each segment holds one item whose label may stand before
 * or after its number. Only labels the vocabulary knows become facts ("gồm 03 xã cũ" does not).
 */
final class BreakdownReader {
    private static final Pattern NUMBER = ListSegments.COUNT;
    /** A bullet line, or a table row whose label cell is a bullet ("| - Trường Mầm non | trường | 3"). */
    private static final Pattern BULLET_LINE = Pattern.compile(
            "\\n[ \\t]*(?:[^|\\n]{0,6}\\|[ \\t]*)?(?:[-+•*–]|[a-zđ]\\)|\\d+[.)])[ \\t]");
    private static final int MAX_REACH = 400;
    private static final int MAX_LIST_LINES = 12;

    private final BreakdownVocabulary vocabulary;

    BreakdownReader(BreakdownVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Fact> read(Fact total, String kind, int after, SourceText source, String matchText, Claims claims,
                    List<String> formerUnits) {
        int end = regionEnd(matchText, after);
        List<Fact> items = new ArrayList<>();
        for (ListSegments.Segment segment : ListSegments.between(matchText, after, end)) {
            item(total, kind, segment, source, matchText, claims, formerUnits).ifPresent(items::add);
        }
        return items;
    }

    /** The category an item's label names ("Phật giáo", "Mầm non", a former commune), for a kind of breakdown. */
    Optional<String> categoryOf(String kind, String label, List<String> formerUnits) {
        return vocabulary.categoryOf(kind, label, formerUnits);
    }

    /**
     * An outline item under a total: "- Tổng số văn bản ban hành: 1.248" then "+ Quyết định: 517". The item's label
     * (before its colon) names the category, its first figure is the value; a label the vocabulary does not know
     * gives nothing.
     */
    Optional<Fact> itemBelow(Fact total, String kind, Outline.Item item, SourceText source, String text,
                             Claims claims, List<String> formerUnits) {
        Optional<String> category = vocabulary.categoryOf(kind, item.label(), formerUnits);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(text).region(item.bodyStart() + item.label().length(), item.lineEnd());
        if (!number.find() || claims.isTaken(number.start("n1"), number.end("n1"))) {
            return Optional.empty();
        }
        claims.take(number.start("n1"), number.end("n1"), total.indicator());
        double value = VietnameseNumber.parse(number.group("n1"));
        return Optional.of(new Fact(total.indicator(), value, total.unit(), total.qualifier().withBreakdown(category.get()),
                FactFinder.evidence(source, item.lineStart(), item.bodyStart(), item.lineEnd()), total.rule() + "/item"));
    }

    private Optional<Fact> item(Fact total, String kind, ListSegments.Segment segment, SourceText source, String text,
                                Claims claims, List<String> formerUnits) {
        Matcher number = NUMBER.matcher(text).region(segment.start(), segment.end());
        int numberStart = -1;
        int numberEnd = -1;
        while (number.find()) {
            numberStart = number.start("n1");
            numberEnd = number.end("n1");
        }
        if (numberStart < 0 || claims.isTaken(numberStart, numberEnd)) {
            return Optional.empty();
        }
        String label = segment.labelAround(text, numberStart, numberEnd);
        Optional<String> category = vocabulary.categoryOf(kind, label, formerUnits);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        claims.take(numberStart, numberEnd, total.indicator());
        double value = VietnameseNumber.parse(text.substring(numberStart, numberEnd));
        return Optional.of(new Fact(total.indicator(), value, total.unit(), total.qualifier().withBreakdown(category.get()),
                FactFinder.evidence(source, total.evidence().offset(), segment.start(), segment.end()),
                total.rule() + "/item"));
    }

    /**
     * A list in brackets ends at its closing bracket; a line ending in ":", or a table row, goes on over the bullet
     * lines (or bulleted rows) below it; otherwise the list runs to the end of the sentence.
     */
    private static int regionEnd(String text, int after) {
        int i = after;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        int limit = Math.min(text.length(), after + MAX_REACH);
        if (i < text.length() && text.charAt(i) == '(') {
            return closingBracket(text, i, limit);
        }
        int sentenceEnd = Math.min(Sentences.end(text, after), limit);
        int lineStart = text.lastIndexOf('\n', after - 1) + 1;
        boolean tableRow = text.substring(lineStart, sentenceEnd).contains("|");
        if (!tableRow && !text.substring(after, sentenceEnd).stripTrailing().endsWith(":")) {
            return sentenceEnd;
        }
        return bulletListEnd(text, sentenceEnd);
    }

    private static int closingBracket(String text, int open, int limit) {
        int depth = 0;
        for (int k = open; k < limit; k++) {
            depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return limit;
    }

    private static int bulletListEnd(String text, int from) {
        int end = from;
        Matcher bullet = BULLET_LINE.matcher(text);
        for (int line = 0; line < MAX_LIST_LINES && bullet.find(end) && bullet.start() == end; line++) {
            int next = text.indexOf('\n', bullet.end());
            end = next < 0 ? text.length() : next;
        }
        return end;
    }
}
