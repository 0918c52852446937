package vn.doisanh.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.units.NameFolding;

/**
 * Names the category of a breakdown item from its label ("Văn bản khác" → khác, "cấp Mầm non" → Mầm non).
 * Fixed vocabularies come from {@code rules/breakdowns.tsv}; former units come from the unit's registry entry.
 */
public final class BreakdownVocabulary {
    public static final String RESOURCE = "/rules/breakdowns.tsv";
    public static final String FORMER_UNIT = "former_unit";

    private record Entry(String canonical, Pattern pattern) {
    }

    private final Map<String, List<Entry>> byKind;

    private BreakdownVocabulary(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
    }

    public static BreakdownVocabulary load() {
        try (InputStream in = BreakdownVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("breakdown vocabulary " + RESOURCE + " is missing");
            }
            Map<String, List<Entry>> byKind = new LinkedHashMap<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected 3 tab-separated columns in '" + line + "'");
                }
                byKind.computeIfAbsent(c[0], k -> new ArrayList<>())
                        .add(new Entry(c[1], Pattern.compile(c[2], RulePatterns.FLAGS)));
            }
            return new BreakdownVocabulary(byKind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the words end with a category of the kind ("… Công giáo "), as a label right before its number. */
    public boolean endsWithCategory(String kind, String words) {
        String trimmed = words.strip();
        return byKind.getOrDefault(kind, List.of()).stream().anyMatch(entry -> {
            Matcher m = entry.pattern().matcher(trimmed);
            while (m.find()) {
                if (m.end() == trimmed.length()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The canonical category for an item label, for a kind of breakdown; former units match on folded names. */
    public Optional<String> categoryOf(String kind, String label, List<String> formerUnits) {
        if (FORMER_UNIT.equals(kind)) {
            String folded = " " + NameFolding.fold(label) + " ";
            return formerUnits.stream().filter(name -> folded.contains(" " + NameFolding.fold(name) + " ")).findFirst();
        }
        for (Entry entry : byKind.getOrDefault(kind, List.of())) {
            if (entry.pattern().matcher(label).find()) {
                return Optional.of(entry.canonical());
            }
        }
        return Optional.empty();
    }
}
