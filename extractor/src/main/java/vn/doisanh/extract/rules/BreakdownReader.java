package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;

/**
 * Reads the items that follow a total: "3975 văn bản (Quyết định: 1609; Kế hoạch: 148; …)", "12 trường học …
 * bao gồm: cấp Mầm non 04 trường; cấp Tiểu học: 4 trường", "69 biên chế (gồm 03 xã cũ Cẩm Việt 31, Hồng Lạc
 * 18…)". An item is a label and a number; only labels the vocabulary knows become facts ("gồm 03" does not).
 */
final class BreakdownReader {
    private static final Pattern ITEM = RulePatterns.compile("(?<label>[^\\d;:()|]{1,60}?)\\s*[:|]?\\s*{N}").pattern();
    private static final int MAX_REACH = 400;

    private final BreakdownVocabulary vocabulary;

    BreakdownReader(BreakdownVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Fact> read(Fact total, String kind, int after, SourceText source, String matchText, Claims claims,
                    List<String> formerUnits) {
        int end = regionEnd(matchText, after);
        Matcher item = ITEM.matcher(matchText).region(after, end);
        List<Fact> items = new ArrayList<>();
        while (item.find()) {
            int start = item.start("n1");
            int stop = item.end("n1");
            Optional<String> category = vocabulary.categoryOf(kind, item.group("label"), formerUnits);
            if (category.isEmpty() || claims.isTaken(start, stop)) {
                continue;
            }
            claims.take(start, stop);
            double value = VietnameseNumber.parse(item.group("n1"));
            items.add(new Fact(total.indicator(), value, total.unit(), total.qualifier().withBreakdown(category.get()),
                    FactFinder.evidence(source, total.evidence().offset(), item.start("label"), stop),
                    total.rule() + "/item"));
        }
        return items;
    }

    /** A list in brackets ends at its closing bracket; otherwise the list runs to the end of the sentence. */
    private static int regionEnd(String text, int after) {
        int i = after;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int limit = Math.min(text.length(), after + MAX_REACH);
        if (i < text.length() && text.charAt(i) == '(') {
            int depth = 0;
            for (int k = i; k < limit; k++) {
                depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
                if (depth == 0) {
                    return k;
                }
            }
            return limit;
        }
        return Math.min(Sentences.end(text, after), limit);
    }
}
