package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.catalogue.Catalogue;

/**
 * Folding the text once and matching case-sensitively must find exactly what case-insensitive matching finds. It is
 * checked the strong way: every rule and every role cue, over every line with a digit of every plain-text report
 * the project holds, gives the same matches at the same offsets both ways.
 */
class CaseFoldTest {
    private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static List<String> lines;

    @BeforeAll
    static void readLines() throws IOException {
        lines = RulePrefilterTest.lines();
    }

    @Test
    void every_rule_finds_in_folded_text_what_it_finds_case_insensitively() {
        List<String> differ = new ArrayList<>();
        for (ExtractionRule rule : RuleTable.load(Catalogue.load()).rules()) {
            Pattern original = RulePatterns.compile(Copulas.inRule(rule.source())).pattern();
            for (String line : lines) {
                if (rule.mayMatch(line.toLowerCase(java.util.Locale.ROOT))
                        && !matches(original, line).equals(matches(rule.foldedPattern(), CaseFold.of(line)))) {
                    differ.add(rule.id() + ": " + line);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(5000);
        assertThat(differ).isEmpty();
    }

    @Test
    void every_role_cue_finds_in_folded_text_what_it_finds_case_insensitively() throws IOException {
        List<String> differ = new ArrayList<>();
        for (String source : cuePatterns()) {
            Pattern original = Pattern.compile(source, CASE_INSENSITIVE);
            Pattern folded = CaseFold.compile(source, CASE_INSENSITIVE);
            for (String line : lines) {
                if (!matches(original, line).equals(matches(folded, CaseFold.of(line)))) {
                    differ.add(source + ": " + line);
                }
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void a_folded_text_keeps_its_length_so_offsets_hold() {
        String text = "ĐẾN 30/11/2026, TIẾP NHẬN 1.234 HỒ SƠ; İstanbul ẞ";
        assertThat(CaseFold.of(text)).hasSameSizeAs(text).startsWith("đến 30/11/2026, tiếp nhận 1.234 hồ sơ;");
    }

    @Test
    void escapes_keep_their_letter_and_a_capital_letter_class_means_any_cased_letter() {
        assertThat(CaseFold.foldedSource("Tổng\\S+\\p{Lu}(?<n1>\\d+)\\D[A-Z]")).isEqualTo("tổng\\S+\\p{LC}(?<n1>\\d+)\\D[a-z]");
        assertThat(CaseFold.compile("-\\p{Lu}", CASE_INSENSITIVE).matcher(CaseFold.of("15-KH")).find()).isTrue();
    }

    @Test
    void a_pattern_whose_meaning_folding_would_change_is_refused() {
        assertThatThrownBy(() -> CaseFold.compile("(?-i:QĐ)", CASE_INSENSITIVE)).hasMessageContaining("turns case");
        assertThatThrownBy(() -> CaseFold.compile("[À-Ỹ]", CASE_INSENSITIVE)).hasMessageContaining("range");
        assertThatThrownBy(() -> CaseFold.compile("\\u0110", CASE_INSENSITIVE)).hasMessageContaining("coded char");
        assertThatThrownBy(() -> CaseFold.compile("\\p{IsUppercase}", CASE_INSENSITIVE)).hasMessageContaining("IsUppercase");
        assertThatThrownBy(() -> CaseFold.compile("hồ sơ", 0)).hasMessageContaining("CASE_INSENSITIVE");
    }

    private static List<Integer> matches(Pattern pattern, String text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start());
            found.add(m.end());
        }
        return found;
    }

    private static List<String> cuePatterns() throws IOException {
        List<String> sources = new ArrayList<>();
        try (InputStream in = RoleCues.class.getResourceAsStream(RoleCues.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t", -1);
                if (line.isBlank() || line.startsWith("#") || c.length != 7) {
                    continue;
                }
                for (String column : List.of(c[4].trim(), c[5].trim())) {
                    if (!column.equals("-")) {
                        sources.add(column);
                    }
                }
            }
        }
        return sources;
    }
}
