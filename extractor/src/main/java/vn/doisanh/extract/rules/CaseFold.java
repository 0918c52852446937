package vn.doisanh.extract.rules;

import java.util.regex.Pattern;

/**
 * Case-insensitive matching at the price of a case-sensitive one. With {@code UNICODE_CASE} Java's regex engine folds
 * both sides of every comparison through {@code Character.toUpperCase} and {@code toLowerCase}, at every position it
 * tries; that was a quarter of the reader's time. A text folded once, each char to the lower case of its upper case
 * (so it keeps its length and every offset), and a pattern whose literals are folded the same way and compiled
 * without the case flags find the same matches at the same offsets.
 */
public final class CaseFold {
    private static final int CASE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private CaseFold() {
    }

    /** The text with each char folded; as long as the text, so offsets in one hold in the other. */
    public static String of(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The pattern that matches {@link #of folded} text as {@code regex} with the case flags matches the text itself.
     * Under those flags {@code \p{Lu}} (and {@code \p{Ll}}, {@code \p{Lt}}) means any cased letter, so it becomes
     * {@code \p{LC}}. Constructs whose meaning folding would change are refused rather than guessed.
     */
    public static Pattern compile(String regex, int flags) {
        if ((flags & CASE_FLAGS) != CASE_FLAGS) {
            throw new IllegalArgumentException("only a pattern matched with CASE_INSENSITIVE | UNICODE_CASE folds: " + regex);
        }
        return Pattern.compile(foldedSource(regex), flags & ~CASE_FLAGS);
    }

    static String foldedSource(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        int classDepth = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escape(regex, i, out);
            } else if (c == '[' || c == ']') {
                classDepth = Math.max(0, classDepth + (c == '[' ? 1 : -1));
                out.append(c);
                i++;
            } else if (c == '-' && classDepth > 0) {
                checkRange(regex, i);
                out.append(c);
                i++;
            } else if (c == '(' && regex.startsWith("(?<", i) && i + 3 < regex.length()
                    && Character.isLetter(regex.charAt(i + 3))) {
                int close = regex.indexOf('>', i);
                out.append(regex, i, close + 1);
                i = close + 1;
            } else if (c == '(' && regex.startsWith("(?", i) && flagGroupTurnsCaseOff(regex, i)) {
                throw new IllegalArgumentException("a pattern that turns case-insensitivity off cannot fold: " + regex);
            } else {
                out.append(fold(c));
                i++;
            }
        }
        return out.toString();
    }

    /** Copies the escape at {@code i} (its letter is never folded: \S is not \s) and returns the index after it. */
    private static int escape(String regex, int i, StringBuilder out) {
        if (i + 1 >= regex.length()) {
            throw new IllegalArgumentException("a pattern cannot end with a backslash: " + regex);
        }
        char kind = regex.charAt(i + 1);
        if (kind == 'p' || kind == 'P') {
            return property(regex, i, out);
        }
        if (kind == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            int stop = end < 0 ? regex.length() : end;
            out.append("\\Q").append(of(regex.substring(i + 2, stop)));
            return stop;
        }
        if (kind == 'u' || kind == 'x' || kind == 'N' || kind == 'c' || kind == '0') {
            throw new IllegalArgumentException("a pattern with a coded char (\\" + kind + ") cannot fold: " + regex);
        }
        if (kind == 'k') {
            int close = regex.indexOf('>', i);
            out.append(regex, i, close + 1);
            return close + 1;
        }
        out.append(regex, i, i + 2);
        return i + 2;
    }

    private static int property(String regex, int i, StringBuilder out) {
        if (i + 2 >= regex.length() || regex.charAt(i + 2) != '{') {
            out.append(regex, i, Math.min(regex.length(), i + 3));
            return i + 3;
        }
        int close = regex.indexOf('}', i);
        String name = regex.substring(i + 3, close);
        if (name.equals("Lu") || name.equals("Ll") || name.equals("Lt")) {
            name = "LC";
        } else if (name.contains("Upper") || name.contains("Lower") || name.contains("Title")) {
            throw new IllegalArgumentException("a pattern with \\p{" + name + "} cannot fold: " + regex);
        }
        out.append('\\').append(regex.charAt(i + 1)).append('{').append(name).append('}');
        return close + 1;
    }

    private static boolean flagGroupTurnsCaseOff(String regex, int i) {
        int j = i + 2;
        boolean off = false;
        while (j < regex.length() && (Character.isLetter(regex.charAt(j)) || regex.charAt(j) == '-')) {
            char f = regex.charAt(j);
            off |= f == '-';
            if (off && (f == 'i' || f == 'u')) {
                return true;
            }
            j++;
        }
        return false;
    }

    /** A range between letters that folding changes ("[À-Ỹ]") would not stay the same set; such a pattern is refused. */
    private static void checkRange(String regex, int i) {
        if (i == 0 || i + 1 >= regex.length()) {
            return;
        }
        char from = regex.charAt(i - 1);
        char to = regex.charAt(i + 1);
        boolean asciiLetters = from < 128 && to < 128;
        if (!asciiLetters && (fold(from) != from || fold(to) != to)) {
            throw new IllegalArgumentException("a range over cased letters cannot fold: " + regex);
        }
        if (asciiLetters && Character.isUpperCase(from) != Character.isUpperCase(to)) {
            throw new IllegalArgumentException("a range across cases cannot fold: " + regex);
        }
    }
}
