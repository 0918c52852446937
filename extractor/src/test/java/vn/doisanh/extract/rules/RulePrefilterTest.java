package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.doisanh.catalogue.Catalogue;

/**
 * The words a rule needs only let it skip lines it could not match: over every line of every plain-text report
 * the project holds (the seed, the labelled sets, the synthetic city set), a line the prefilter skips is never one
 * the rule's pattern matches. The prefilter is what keeps extraction fast; a wrong one would lose figures silently.
 */
class RulePrefilterTest {
    private static final RuleTable RULES = RuleTable.load(Catalogue.load());

    @Test
    void a_line_a_rule_skips_is_never_a_line_it_matches() throws IOException {
        List<String> lines = lines();
        List<String> missed = new ArrayList<>();
        for (ExtractionRule rule : RULES.rules()) {
            for (String line : lines) {
                if (!rule.mayMatch(line.toLowerCase(Locale.ROOT)) && rule.foldedPattern().matcher(CaseFold.of(line)).find()) {
                    missed.add(rule.id() + ": " + line);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(5000);
        assertThat(missed).isEmpty();
    }

    @Test
    void a_group_of_alternatives_that_each_open_with_a_word_needs_one_of_them() {
        assertThat(RequiredWords.anyOf("(?:đúng hạn|trước hạn|trong hạn){,!quá hạn}(?:tỷ lệ|đạt){_}{P}"))
                .containsExactly(List.of("đúng hạn", "trước hạn", "trong hạn"), List.of("tỷ lệ", "đạt"));
        assertThat(RequiredWords.anyOf("(?:số )?(?:văn bản|VB){_}(?:ban hành|phát hành){_}{N}"))
                .as("an optional group and a two-letter alternative give no set")
                .containsExactly(List.of("ban hành", "phát hành"));
        assertThat(RequiredWords.anyOf("(?<!cận )hộ nghèo(?:\\bCBCC\\b|cán bộ,? công chức){_}{N}"))
                .containsExactly(List.of("cbcc", "cán bộ"));
        assertThat(RequiredWords.anyOf("(?:^|(?<=[.;:]\\s))\\s*diện tích{N}")).isEmpty();
    }

    @Test
    void a_character_class_holding_a_bar_is_no_alternation() {
        assertThat(RequiredWords.of("(?:^|(?<=[.;:]\\s))\\s*(?:[-+•*]\\s*)?dân số\\s*[|:]\\s*{N}"))
                .containsExactly("dân số");
    }

    /** Every line with a digit of every plain-text report the project holds. */
    static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> roots = List.of(Path.of("src/test/resources"), Path.of("../sample-data"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    ToneMarks.modernise(text).lines().filter(l -> l.chars().anyMatch(Character::isDigit))
                            .forEach(lines::add);
                }
            }
        }
        return lines;
    }
}
