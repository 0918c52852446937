package vn.doisanh.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out the abbreviations of {@code rules/abbreviations.tsv} ("HS TTHC tiếp nhận" as "hồ sơ thủ tục hành
 * chính tiếp nhận") in the sentences the reader makes itself: a table row's label, a form line's, an outline path.
 */
final class Abbreviations {
    static final String RESOURCE = "/rules/abbreviations.tsv";
    private static final Abbreviations STANDARD = load();

    record Entry(String abbreviation, String words, String example) {
    }

    /**
     * A text with its abbreviations spelt out, and for each of its characters (and its end) the offset in the text
     * as written: a number, copied as it stands, maps back to itself.
     */
    record Spelt(String text, int[] toWritten) {
    }

    /** "LK 10T": ten months; "T10": October, in a clerk's shorthand. */
    private static final Pattern MONTHS_COUNTED = Pattern.compile("(?<![\\p{L}\\d.,/])(\\d{1,2})T(?![\\p{L}\\d])");
    private static final Pattern MONTH_NAMED = Pattern.compile("(?<![\\p{L}\\d/])T(\\d{1,2})(?![\\d/.,]\\d|\\d)");

    private final List<Entry> entries;
    private final java.util.Map<String, String> words = new java.util.HashMap<>();
    private final Pattern any;

    private Abbreviations(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> words.putIfAbsent(e.abbreviation(), e.words()));
        this.any = Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", entries.stream().map(e -> Pattern.quote(e.abbreviation())).toList())
                + ")(?![\\p{L}\\d])");
    }

    static Abbreviations standard() {
        return STANDARD;
    }

    List<Entry> entries() {
        return entries;
    }

    /** A label with its abbreviations spelt out; a clerk's month shorthand is left as written. */
    String spellOut(String label) {
        return replaced(unchanged(label, 0), any, m -> wordsOf(m.group(1))).text();
    }

    /** Whether the text holds at least {@code count} abbreviations. */
    boolean holds(String text, int count) {
        Matcher m = any.matcher(text);
        int found = 0;
        while (found < count && m.find()) {
            found++;
        }
        return found >= count;
    }

    /** A shorthand line spelt out, its months too ("LK 10T", "T10"), mapped back to the text at {@code offset}. */
    Spelt spellOutMapped(String text, int offset) {
        Spelt spelt = replaced(unchanged(text, offset), any, m -> wordsOf(m.group(1)));
        spelt = replaced(spelt, MONTHS_COUNTED, m -> m.group(1) + " tháng");
        return replaced(spelt, MONTH_NAMED, m -> "tháng " + m.group(1));
    }

    private static Spelt unchanged(String text, int offset) {
        int[] identity = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            identity[i] = offset + i;
        }
        return new Spelt(text, identity);
    }

    /** The text with each match replaced; the replacement's characters map to where the match began. */
    private static Spelt replaced(Spelt in, Pattern pattern, java.util.function.Function<Matcher, String> words) {
        Matcher m = pattern.matcher(in.text());
        if (!m.find()) {
            return in;
        }
        StringBuilder out = new StringBuilder(in.text().length() + 32);
        List<Integer> map = new ArrayList<>();
        int from = 0;
        do {
            for (int i = from; i < m.start(); i++) {
                map.add(in.toWritten()[i]);
                out.append(in.text().charAt(i));
            }
            String replacement = words.apply(m);
            for (int k = 0; k < replacement.length(); k++) {
                map.add(in.toWritten()[m.start()]);
            }
            out.append(replacement);
            from = m.end();
        } while (m.find());
        for (int i = from; i <= in.text().length(); i++) {
            map.add(in.toWritten()[i]);
            if (i < in.text().length()) {
                out.append(in.text().charAt(i));
            }
        }
        return new Spelt(out.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }

    private String wordsOf(String abbreviation) {
        return words.getOrDefault(abbreviation, abbreviation);
    }

    private static Abbreviations load() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("abbreviations " + RESOURCE + " are missing from the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 3 || c[0].isBlank() || c[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected abbreviation, words, example");
                }
                entries.add(new Entry(c[0].strip(), c[1].strip(), c[2].strip()));
            }
            // Longer first, so that DVCTT is not read as DVC followed by TT.
            entries.sort((a, b) -> b.abbreviation().length() - a.abbreviation().length());
            return new Abbreviations(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
