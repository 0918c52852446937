package vn.doisanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatioTest {
    @Test
    void ratios_keep_three_significant_digits() {
        assertThat(Ratio.format(Ratio.of(3, 2))).isEqualTo("1.50×");
        assertThat(Ratio.format(Ratio.of(123, 10))).isEqualTo("12.3×");
        assertThat(Ratio.format(Ratio.of(1234, 10))).isEqualTo("123×");
        assertThat(Ratio.format(Ratio.of(93, 25_626))).isEqualTo("0.0036×");
    }

    @Test
    void no_baseline_gives_a_dash() {
        assertThat(Ratio.of(1, 0)).isNull();
        assertThat(Ratio.format(null)).isEqualTo("—");
    }
}
