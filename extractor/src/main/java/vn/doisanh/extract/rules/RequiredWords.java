package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain words a rule cannot match without ("hồ sơ", "tiếp nhận" in {@code (?:tổng )?hồ sơ … tiếp nhận{_}{N}}):
 * runs of letters outside any group, not made optional by a quantifier. A line of the report that lacks one of
 * them is not searched with that rule at all, which keeps extraction fast without changing what it finds.
 */
final class RequiredWords {
    private static final int SHORTEST = 3;

    private RequiredWords() {
    }

    static List<String> of(String ruleSource) {
        List<String> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < ruleSource.length(); i++) {
            char c = ruleSource.charAt(i);
            boolean escaped = i > 0 && ruleSource.charAt(i - 1) == '\\';
            if (c == '{' && !escaped) {
                keep(run, words);
                i = ruleSource.indexOf('}', i); // a macro, and the words its gap must not cross, are not required
                continue;
            }
            if (depth == 0 && !escaped && (Character.isLetter(c) || c == ' ')) {
                run.append(c);
                continue;
            }
            if (isQuantifier(c) && run.length() > 0) {
                run.setLength(run.length() - 1); // "số?" makes the last letter optional
            }
            keep(run, words);
            if (!escaped && c == '|' && depth == 0) {
                return List.of(); // alternatives at the top: no single word is required
            }
            if (!escaped && c == '(') {
                depth++;
            } else if (!escaped && c == ')') {
                depth--;
            } else if (c == '\\' && run.length() == 0) {
                i++; // an escape like \s or \d is not a letter of the text
            }
        }
        keep(run, words);
        return words;
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*';
    }

    private static void keep(StringBuilder run, List<String> words) {
        String word = run.toString().strip().toLowerCase(Locale.ROOT);
        if (word.length() >= SHORTEST) {
            words.add(word);
        }
        run.setLength(0);
    }
}
