package vn.doisanh.sampledata.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.doisanh.sampledata.Dice;

/**
 * The sentences without figures that make a synthetic report read like a real one, from
 * {@code boilerplate.txt}. They may not contain digits (bar "02 cấp"): filler must never look like a figure.
 */
public final class Boilerplate {
    private static final String RESOURCE = "/vn/doisanh/sampledata/boilerplate.txt";
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Map<String, List<String>> byTopic;

    private Boilerplate(Map<String, List<String>> byTopic) {
        this.byTopic = byTopic;
    }

    public static Boilerplate load() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Boilerplate parse(List<String> lines) {
        Map<String, List<String>> byTopic = new TreeMap<>();
        String topic = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                topic = line.substring(1, line.length() - 1);
                byTopic.put(topic, new ArrayList<>());
            } else if (topic == null) {
                throw new IllegalStateException("boilerplate sentence before any [topic]: " + line);
            } else if (DIGIT.matcher(line.replace("02 cấp", "")).find()) {
                throw new IllegalStateException("boilerplate sentence contains a figure: " + line);
            } else {
                byTopic.get(topic).add(line);
            }
        }
        return new Boilerplate(byTopic);
    }

    /** {@code count} distinct sentences of a topic, joined into one paragraph, placeholders filled. */
    public String paragraph(String topic, int count, UnitWording words, Dice dice) {
        return String.join(" ", sentences(topic, count, words, dice));
    }

    public List<String> sentences(String topic, int count, UnitWording words, Dice dice) {
        List<String> pool = byTopic.get(topic);
        if (pool == null) {
            throw new IllegalArgumentException("no boilerplate topic '" + topic + "'; known: " + byTopic.keySet());
        }
        return dice.sample(pool, count).stream()
                .map(s -> s.replace("{dv}", words.kind()).replace("{ten}", words.name())
                        .replace("{tdp}", words.settlement()))
                .toList();
    }
}
