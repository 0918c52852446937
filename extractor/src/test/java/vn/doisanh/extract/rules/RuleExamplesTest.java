package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;

/** Every rule of the table has an example sentence in rule-examples.tsv and takes the right value from it. */
class RuleExamplesTest {
    static final Catalogue CATALOGUE = Catalogue.load();
    static final RuleTable RULES = RuleTable.load(CATALOGUE);
    static final FactFinder FINDER = new FactFinder(CATALOGUE, RULES, BreakdownVocabulary.load());

    record Example(String ruleId, String sentence, double value) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    static List<Fact> factsOf(String text) {
        SourceText source = SourceText.of("example.txt", "txt", TextDecoder.normalise(text));
        return FINDER.find(source, Periods.quarter(2025, 3), List.of("Cẩm Việt", "Hồng Lạc", "Tân Việt"));
    }

    static Stream<Example> examples() throws IOException {
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/rule-examples.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(c -> new Example(c[0], c[1], Double.parseDouble(c[2])))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void each_rule_takes_its_value_from_its_example(Example example) {
        List<Fact> facts = factsOf(example.sentence());
        assertThat(facts).as("facts from: %s", example.sentence())
                .filteredOn(f -> f.rule().equals(example.ruleId()))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isCloseTo(example.value(), within(1e-9)));
    }

    @Test
    void every_rule_of_the_table_has_an_example() throws IOException {
        Set<String> exampled = examples().map(Example::ruleId).collect(Collectors.toSet());
        Set<String> ruleIds = RULES.rules().stream().map(ExtractionRule::id).collect(Collectors.toSet());
        assertThat(exampled).as("rules without an example").containsAll(ruleIds);
        assertThat(ruleIds).as("examples of rules that do not exist").containsAll(exampled);
    }
}
