package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;

/** "Số tổ dân phố là 62" reads as "Số tổ dân phố: 62", and the veto cues still hear the clause as written. */
class CopulasTest {
    private static List<String> read(String text) {
        SourceText source = SourceText.of("copulas.txt", "txt", TextDecoder.normalise(text));
        return RuleExamplesTest.FINDER.findWithNumbers(source, Periods.year(2025), List.of()).facts().stream()
                .map(CopulasTest::show).toList();
    }

    private static String show(Fact fact) {
        return fact.indicator() + "=" + java.math.BigDecimal.valueOf(fact.value()).stripTrailingZeros().toPlainString();
    }

    @Test
    void the_copula_before_a_figure_is_written_as_a_colon_of_the_same_length() {
        String text = "Số tổ dân phố là 62; Ban là một trong 5 đơn vị.";
        assertThat(Copulas.asColons(text)).isEqualTo("Số tổ dân phố :  62; Ban là một trong 5 đơn vị.")
                .hasSameSizeAs(text);
        assertThat(Copulas.asColons("Xã là 1 trong 3 xã")).isEqualTo("Xã là 1 trong 3 xã");
    }

    @Test
    void figures_placed_after_their_noun_with_la_are_read_like_labelled_ones() {
        assertThat(read("Diện tích 45,34 km²; số tổ dân phố là 62. Bộ máy: phòng chuyên môn là 04."))
                .contains("villages=62", "departments=4");
    }

    @Test
    void a_city_average_stated_with_la_stays_the_citys() {
        assertThat(read("Hộ nghèo: bình quân toàn thành phố tỷ lệ hộ nghèo là 0,74%, của xã là 1,71% với 121 hộ."))
                .doesNotContain("poor_household_rate_pct=0.74");
    }
}
