package vn.doisanh.extract.source;

import java.util.Objects;

/**
 * The text of a narrative report as the extractor reads it: decoded, NFC, line endings as {@code \n}.
 * {@code text} is what evidence offsets point into. {@code flow} has the same length, but line breaks that only
 * wrap a sentence (PDF lines, page breaks in the middle of a sentence) are spaces, so rules can match across them.
 */
public record SourceText(String file, String format, String text, String flow) {
    public SourceText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(flow, "flow");
        if (text.length() != flow.length()) {
            throw new IllegalArgumentException("flow text must keep the offsets of the text");
        }
    }

    public static SourceText of(String file, String format, String normalisedText) {
        return new SourceText(file, format, normalisedText, LineFlow.reflow(normalisedText));
    }
}
