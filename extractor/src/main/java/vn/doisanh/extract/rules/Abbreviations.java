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

    private final List<Entry> entries;
    private final Pattern any;

    private Abbreviations(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.any = Pattern.compile("(?<![\\p{L}\\d])(" + String.join("|", entries.stream().map(e -> Pattern.quote(e.abbreviation())).toList())
                + ")(?![\\p{L}\\d])");
    }

    static Abbreviations standard() {
        return STANDARD;
    }

    List<Entry> entries() {
        return entries;
    }

    String spellOut(String label) {
        Matcher m = any.matcher(label);
        if (!m.find()) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(wordsOf(m.group(1))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
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

    Spelt spellOutMapped(String text, int offset) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int[] map = new int[text.length() * 4 + 64];
        Matcher m = any.matcher(text);
        int from = 0;
        while (m.find()) {
            for (int i = from; i < m.start(); i++) {
                map = put(map, out.length(), offset + i);
                out.append(text.charAt(i));
            }
            String words = wordsOf(m.group(1));
            for (int k = 0; k < words.length(); k++) {
                map = put(map, out.length(), offset + m.start());
            }
            out.append(words);
            from = m.end();
        }
        for (int i = from; i < text.length(); i++) {
            map = put(map, out.length(), offset + i);
            out.append(text.charAt(i));
        }
        map = put(map, out.length(), offset + text.length());
        return new Spelt(out.toString(), java.util.Arrays.copyOf(map, out.length() + 1));
    }

    private static int[] put(int[] map, int at, int value) {
        int[] room = at < map.length ? map : java.util.Arrays.copyOf(map, map.length * 2);
        room[at] = value;
        return room;
    }

    private String wordsOf(String abbreviation) {
        return entries.stream().filter(e -> e.abbreviation().equals(abbreviation)).findFirst().map(Entry::words)
                .orElse(abbreviation);
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
