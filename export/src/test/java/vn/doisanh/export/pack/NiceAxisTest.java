package vn.doisanh.export.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceAxisTest {
    @Test
    void ratesBetweenNinetyAndHundredAreFramedNotDrawnFromZero() {
        ChartSpec.Axis axis = NiceAxis.of(List.of(96.2, 99.89, 97.61), "Tỷ lệ (%)", true);
        assertThat(axis.min()).isEqualTo(96);
        assertThat(axis.max()).isEqualTo(100);
        assertThat(axis.step()).isEqualTo(1);
    }

    @Test
    void percentagesNeverPassAHundredAndCountsNeverGoBelowZero() {
        assertThat(NiceAxis.of(List.of(0.7, 99.96), "x", true).max()).isEqualTo(100);
        assertThat(NiceAxis.of(List.of(3.0, 17049.0), "x", false).min()).isZero();
    }

    @Test
    void aSingleValueStillGetsARange() {
        ChartSpec.Axis axis = NiceAxis.of(java.util.Arrays.asList(99.89, null), "x", true);
        assertThat(axis.max()).isGreaterThan(axis.min());
        assertThat(axis.min()).isLessThanOrEqualTo(99.89);
    }
}
