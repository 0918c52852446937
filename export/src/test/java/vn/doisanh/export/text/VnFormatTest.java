package vn.doisanh.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.query.Frame;

class VnFormatTest {
    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(VnFormat.measure(17049.0, "cases")).isEqualTo("17.049 hồ sơ");
        assertThat(VnFormat.measure(99.89, "pct")).isEqualTo("99,89%");
        assertThat(VnFormat.measure(26.29, "km2")).isEqualTo("26,29 km²");
        assertThat(VnFormat.measure(10.43, "per_10k")).isEqualTo("10,43/10.000 dân");
        assertThat(VnFormat.measure(null, "pct")).isEqualTo("—");
        assertThat(VnFormat.percentile(99.107)).isEqualTo("99");
    }

    @Test
    void neutralIndicatorsAreOrderedNotRanked() {
        assertThat(Words.rank(2, 113, "higher_better")).isEqualTo("hạng 2/113");
        assertThat(Words.rank(50, 109, "neutral")).isEqualTo("thứ 50/109");
        assertThat(Words.quartile(1, "higher_better")).isEqualTo("1 (tốt nhất)");
        assertThat(Words.quartile(1, "neutral")).isEqualTo("1");
    }

    @Test
    void periodsAreNamedByLabelAndDatesOnceOnly() {
        Frame year = new Frame("2025-07-01..2026-06-30", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30),
                "Sơ kết 01 năm (Từ 01/07/2025 đến 30/06/2026)", 12, 114, 1);
        Frame quarter = new Frame("2025-07-01..2025-09-30", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30),
                "Quý III/2025", 3, 113, 113);
        assertThat(Words.period(year)).isEqualTo("Sơ kết 01 năm (Từ 01/07/2025 đến 30/06/2026)");
        assertThat(Words.period(quarter)).isEqualTo("Quý III/2025 (01/07/2025–30/09/2025)");
        assertThat(Words.shortPeriod(year)).isEqualTo("07/2025–06/2026");
        assertThat(Words.shortPeriod(quarter)).isEqualTo("Quý III/2025");
    }
}
