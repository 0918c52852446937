package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.NumberRole;

/**
 * "Em xin sửa: TTTT T11 là 86,4% chứ không phải 86% ạ": a value the report itself says was wrong is taken nowhere
 * in it, not even where it was first written; the number is left to an analyst.
 */
final class DisownedValues {
    private static final Pattern DISOWNING_WORDS = CaseFold.compile("chứ không phải|không phải là|ghi nhầm|báo cáo nhầm"
            + "|gõ nhầm|đánh nhầm|viết nhầm|thay vì", RulePatterns.FLAGS);
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d.,/\\p{L}])(?:" + VietnameseNumber.SHAPE + ")"
            + "(?![\\d/]|[.,]\\d)");
    private static final String CUE = "disowned_by_the_report";

    private final RoleCues roles;

    DisownedValues(RoleCues roles) {
        this.roles = roles;
    }

    /**
     * The facts without those whose value the report disowns; their numbers are released and named in
     * {@code unsure}. {@code text} is what the rules matched, {@code spoken} the same text as written.
     */
    List<Fact> removedFrom(List<Fact> facts, String text, String spoken, Claims claims, List<UnsureNumber> unsure) {
        Set<Double> disowned = new HashSet<>();
        Matcher words = DISOWNING_WORDS.matcher(CaseFold.of(spoken)); // a folded pattern: offsets hold
        while (words.find()) {
            int lineStart = text.lastIndexOf('\n', words.start()) + 1;
            int lineEnd = text.indexOf('\n', words.end());
            disowned.addAll(disownedIn(text, spoken, lineStart, lineEnd < 0 ? text.length() : lineEnd));
        }
        if (disowned.isEmpty()) {
            return facts;
        }
        List<Fact> kept = new ArrayList<>(facts);
        for (TakenNumber span : claims.spans()) {
            double value = VietnameseNumber.parse(text.substring(span.start(), span.end()));
            if (disowned.contains(value)) {
                claims.release(span);
                kept.removeIf(f -> f.indicator().equals(span.indicator()) && f.value() == value);
                unsure.add(new UnsureNumber(span.start(), span.end(), span.indicator(), CUE));
            }
        }
        return kept;
    }

    /** The values a line says were wrong: the numbers the "superseded" cues name in it. */
    private Set<Double> disownedIn(String text, String spoken, int lineStart, int lineEnd) {
        Set<Double> disowned = new HashSet<>();
        Matcher number = BARE_NUMBER.matcher(text).region(lineStart, lineEnd);
        while (number.find()) {
            String lead = spoken.substring(Math.max(lineStart, Sentences.start(spoken, number.start())), number.start());
            String tail = spoken.substring(number.end(), Math.min(text.length(), number.end() + 60));
            if (roles.veto(lead, tail).filter(NumberRole.SUPERSEDED::equals).isPresent()) {
                disowned.add(VietnameseNumber.parse(number.group()));
            }
        }
        return disowned;
    }
}
