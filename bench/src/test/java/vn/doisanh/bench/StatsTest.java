package vn.doisanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void nearest_rank_percentiles_pick_real_samples() {
        Stats s = Stats.of(5, 1, 4, 2, 3, 6, 7, 8, 9, 10);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.p50()).isEqualTo(5);
        assertThat(s.p90()).isEqualTo(9);
        assertThat(s.p99()).isEqualTo(10);
        assertThat(s.max()).isEqualTo(10);
        assertThat(s.n()).isEqualTo(10);
    }

    @Test
    void one_sample_is_every_percentile_and_says_n_1() {
        Stats s = Stats.of(12.34);
        assertThat(s.p99()).isEqualTo(12.34);
        assertThat(s.medianWithRange("%.1f")).isEqualTo("12.3 (n=1)");
    }

    @Test
    void the_median_is_printed_with_its_range() {
        assertThat(Stats.of(3, 1, 2).medianWithRange("%.1f")).isEqualTo("2.0 (min 1.0, max 3.0, n=3)");
    }
}
