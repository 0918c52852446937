package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a list written after a total ("(Quyết định: 1609; Kế hoạch: 148…)", "gồm 1.205 quyết định, 162 kế
 * hoạch và 341 văn bản khác", "QĐ 171, KH 22"): the text cut at ";", ", ", " và ", brackets, dashes and line ends,
 * each segment one item whose label stands before or after its number. Both readers of breakdowns cut lists so,
 * so that a list read one way is the same list read the other.
 */
final class ListSegments {
    /** A count, never a rate: "12%" is no item of a list of counts. */
    static final Pattern COUNT = RulePatterns.compile("{N}(?!\\s*%)").pattern();
    private static final Pattern SEPARATOR = Pattern.compile(";|,(?=\\s)|\\s+và\\s+|[()\\n]|–|\\s-\\s");

    record Segment(int start, int end) {
        boolean isBlank(String text) {
            return text.substring(start, end).isBlank();
        }

        /** The segment's words around one of its numbers: the label, whichever side of the number it stands. */
        String labelAround(String text, int numberStart, int numberEnd) {
            return text.substring(start, numberStart) + " " + text.substring(numberEnd, end);
        }
    }

    private ListSegments() {
    }

    static List<Segment> between(String text, int from, int to) {
        List<Segment> segments = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(text).region(from, to);
        int start = from;
        while (start < to) {
            int end = separator.find() ? separator.start() : to;
            segments.add(new Segment(start, end));
            start = end == to ? to : separator.end();
        }
        return segments;
    }
}
