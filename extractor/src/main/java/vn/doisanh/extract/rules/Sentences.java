package vn.doisanh.extract.rules;

/**
 * Finds the sentence around a position in flowed text: it ends at a line break or at a full stop followed by
 * white space ("17.049" does not end a sentence). Used for evidence and for the words that qualify a figure.
 */
public final class Sentences {
    private static final int MAX_REACH = 600;

    private Sentences() {
    }

    public static int start(String flow, int position) {
        int limit = Math.max(0, position - MAX_REACH);
        for (int i = position - 1; i >= limit; i--) {
            char c = flow.charAt(i);
            if (c == '\n' || c == '.' && i + 1 < flow.length() && Character.isWhitespace(flow.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    public static int end(String flow, int position) {
        int limit = Math.min(flow.length(), position + MAX_REACH);
        for (int i = position; i < limit; i++) {
            char c = flow.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (c == '.' && (i + 1 == flow.length() || Character.isWhitespace(flow.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }
}
