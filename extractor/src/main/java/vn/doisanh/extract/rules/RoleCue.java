package vn.doisanh.extract.rules;

import java.util.regex.Pattern;
import vn.doisanh.extract.model.NumberRole;

/**
 * One entry of {@code rules/number-roles.tsv}: the words around a number that say what it is. A {@code veto} cue is
 * precise enough to keep the number from every extraction rule, not only to explain it afterwards.
 */
public record RoleCue(String id, NumberRole role, Scope scope, boolean veto, Pattern before, Pattern after, String example) {
    private static final int WORD_REACH = 30;

    public enum Scope { WORD, CLAUSE, SENTENCE }

    /**
     * {@code sentenceLead} is the sentence before the number (within its line), {@code tail} the text after it, both
     * {@link CaseFold#of folded}: the patterns match folded text.
     */
    public boolean fits(String sentenceLead, String tail) {
        return (after == null || after.matcher(tail).lookingAt())
                && (before == null || before.matcher(lead(sentenceLead)).find());
    }

    private String lead(String sentenceLead) {
        return switch (scope) {
            case WORD -> sentenceLead.substring(Math.max(0, sentenceLead.length() - WORD_REACH));
            case CLAUSE -> clause(sentenceLead);
            case SENTENCE -> sentenceLead;
        };
    }

    /** Back to the last comma, semicolon, colon, bracket or cell: "…, cùng kỳ năm trước là 8.120 hồ sơ". */
    public static String clause(String sentenceLead) {
        int cut = -1;
        for (char c : new char[] {',', ';', ':', '(', '|'}) {
            cut = Math.max(cut, sentenceLead.lastIndexOf(c));
        }
        return sentenceLead.substring(cut + 1);
    }
}
