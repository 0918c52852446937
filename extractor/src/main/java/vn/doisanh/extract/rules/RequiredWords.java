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
                if (isOptional(ruleSource, i) && run.length() > 0) {
                    run.setLength(run.length() - 1); // "số{0,1}" makes the last letter optional
                }
                keep(run, words);
                i = ruleSource.indexOf('}', i); // a macro, and the words its gap must not cross, are not required
                continue;
            }
            if (c == '[' && !escaped) {
                keep(run, words);
                i = classEnd(ruleSource, i); // "[|:]" is one character, not an alternation
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

    /**
     * Groups of alternatives the rule cannot match without one of: "(?:đúng hạn|trước hạn|trong hạn)" needs "đúng
     * hạn", "trước hạn" or "trong hạn". Only groups at the top, not optional, not lookarounds, whose every alternative
     * opens with a plain word: anything less certain gives no set, so a line is never skipped that could match.
     */
    static List<List<String>> anyOf(String ruleSource) {
        List<List<String>> sets = new ArrayList<>();
        int depth = 0;
        int groupStart = -1;
        for (int i = 0; i < ruleSource.length(); i++) {
            char c = ruleSource.charAt(i);
            boolean escaped = i > 0 && ruleSource.charAt(i - 1) == '\\';
            if (escaped) {
                continue;
            }
            if (c == '{' && depth == 0) {
                i = ruleSource.indexOf('}', i);
            } else if (c == '[') {
                i = classEnd(ruleSource, i);
            } else if (c == '(') {
                if (depth++ == 0) {
                    groupStart = i;
                }
            } else if (c == ')' && --depth == 0) {
                boolean optional = isOptional(ruleSource, i + 1);
                List<String> words = optional ? List.of() : alternativesWords(ruleSource.substring(groupStart + 1, i));
                if (!words.isEmpty()) {
                    sets.add(words);
                }
            } else if (c == '|' && depth == 0) {
                return List.of();
            }
        }
        return sets;
    }

    /** The leading word of every alternative of a group's body, or nothing when one alternative has none. */
    private static List<String> alternativesWords(String body) {
        if (body.startsWith("?") && !body.startsWith("?:")) {
            return List.of(); // a lookaround or a named group: not simply consumed text
        }
        String content = body.startsWith("?:") ? body.substring(2) : body;
        List<String> words = new ArrayList<>();
        for (String alternative : topLevelAlternatives(content)) {
            String word = leadingWord(alternative);
            if (word.length() < SHORTEST) {
                return List.of();
            }
            words.add(word);
        }
        return words;
    }

    private static List<String> topLevelAlternatives(String content) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (i > 0 && content.charAt(i - 1) == '\\') {
                continue;
            }
            if (c == '[') {
                i = classEnd(content, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(content.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(content.substring(start));
        return alternatives;
    }

    /** "\\bCBCC\\b" → "cbcc", "cán bộ,? công chức" → "cán bộ"; a letter made optional is not part of it. */
    private static String leadingWord(String alternative) {
        String rest = alternative.startsWith("\\b") ? alternative.substring(2) : alternative;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetter(c) || c == ' ') {
                run.append(c);
                continue;
            }
            if (isOptional(rest, i)) {
                run.setLength(Math.max(0, run.length() - 1));
            }
            break;
        }
        return run.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** "?", "*" or a counted quantifier that allows none ("{0,40}"); a macro ("{N}", "{,}") is no quantifier. */
    private static boolean isOptional(String source, int at) {
        if (at >= source.length()) {
            return false;
        }
        char c = source.charAt(at);
        return isQuantifier(c) || c == '{' && at + 1 < source.length() && source.charAt(at + 1) == '0';
    }

    private static int classEnd(String source, int open) {
        int close = source.indexOf(']', open + 2);
        return close < 0 ? source.length() : close;
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
