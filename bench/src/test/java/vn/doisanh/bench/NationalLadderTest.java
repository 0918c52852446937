package vn.doisanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalLadderTest {
    @Test
    void a_rung_that_fits_runs_as_asked() {
        assertThat(NationalLadder.fitting(5000, 0.01, 600)).isEqualTo(5000);
    }

    @Test
    void a_rung_that_does_not_fit_shrinks_to_whole_units_of_8_quarters() {
        assertThat(NationalLadder.fitting(26_568, 0.03, 400)).isEqualTo(13_328);
    }

    @Test
    void no_time_left_gives_zero() {
        assertThat(NationalLadder.fitting(26_568, 0.03, -5)).isZero();
    }
}
