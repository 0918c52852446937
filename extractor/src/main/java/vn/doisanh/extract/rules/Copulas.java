package vn.doisanh.extract.rules;

import java.util.regex.Pattern;

/**
 * "Số tổ dân phố là 62" says what "Số tổ dân phố: 62" says. Offices that put every figure after its noun with
 * "là" would otherwise need a second form of every labelled rule; this writes the copula before a figure as a
 * colon, two chars for two chars (offsets stay), so the labelled forms and the veto cues, which already accept a
 * colon, read both. A rule that names "là" itself ("thực hiện là 389/401") is given the colon as well
 * ({@link #inRule}).
 */
final class Copulas {
    /** "là" right before a figure; not "là 1 trong" ("is one of"), which names no figure. */
    private static final Pattern BEFORE_FIGURE = Pattern.compile("(?<=\\p{L}\\s)là(?=\\s+\\d)(?!\\s+0?1\\s+trong\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WORD_IN_RULE = Pattern.compile("(?<!\\p{L})là(?!\\p{L})");

    private Copulas() {
    }

    static String asColons(String text) {
        return BEFORE_FIGURE.matcher(text).replaceAll(": ");
    }

    static String inRule(String ruleSource) {
        return WORD_IN_RULE.matcher(ruleSource).replaceAll("(?:là|: )");
    }
}
