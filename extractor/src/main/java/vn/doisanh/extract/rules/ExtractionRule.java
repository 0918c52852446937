package vn.doisanh.extract.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the rule table: when {@code pattern} matches, its number is a value of {@code indicator}.
 * {@code timing} says which context qualifies the value (a flow takes a sub-period, a stock an as-of date);
 * {@code breakdown} says to read the list that follows ("(Quyết định: 1609; Kế hoạch: 148…)") as its items;
 * {@code target} says the rule looks for a target, so sentences about plans ("phấn đấu…") are not skipped.
 * {@code foldedPattern} matches {@link CaseFold#of folded} text, never the text itself.
 */
public record ExtractionRule(String id, String indicator, Timing timing, boolean breakdown, boolean target,
                             String source, List<String> requiredWords, List<List<String>> anyOfWords,
                             Pattern foldedPattern, int numberGroups, int scaleGroups) {

    public enum Timing { FLOW, STOCK }

    /** Whether a line (lower case) holds every word this rule needs; a line that does not cannot match. */
    public boolean mayMatch(String lowerCaseLine) {
        for (String word : requiredWords) {
            if (!lowerCaseLine.contains(word)) {
                return false;
            }
        }
        for (List<String> words : anyOfWords) {
            if (words.stream().noneMatch(lowerCaseLine::contains)) {
                return false;
            }
        }
        return true;
    }

    /** A rule whose phrase opens with its number, the noun right after it: "{N} hộ cận nghèo". */
    public boolean readsNumberFirst() {
        return source.startsWith("{N}");
    }

    /** The text of the first number group that took part in the match. */
    public int numberGroupIndexIn(Matcher match) {
        int k = new RulePatterns.Compiled(foldedPattern, numberGroups, scaleGroups).numberGroupIndexIn(match);
        if (k == 0) {
            throw new IllegalStateException("rule " + id + " matched without a number");
        }
        return k;
    }

    public String scaleIn(Matcher match) {
        for (int k = 1; k <= scaleGroups; k++) {
            String scale = match.group("s" + k);
            if (scale != null) {
                return scale;
            }
        }
        return null;
    }
}
