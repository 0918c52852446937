package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankingFilterTest {
    private static final UnitInfo HA_BAC = new UnitInfo("10816", "Xã Hà Bắc", "xa", "xã", "Huyện Thanh Hà", 36_429L, 26.29);
    private static final UnitInfo UNKNOWN_POPULATION = new UnitInfo("99999", "Xã Không Rõ", "xa", "xã",
            "Huyện Thanh Hà", null, null);
    private static final UnitInfo NO_DISTRICT = new UnitInfo("99998", "Phường Mới", "phuong", "phường", null, 5_000L, null);

    @Test
    void noFilterAcceptsEveryUnitEvenOneWithoutPopulationOrDistrict() {
        assertThat(RankingFilter.none().isEmpty()).isTrue();
        assertThat(RankingFilter.none().accepts(HA_BAC)).isTrue();
        assertThat(RankingFilter.none().accepts(UNKNOWN_POPULATION)).isTrue();
        assertThat(RankingFilter.none().accepts(NO_DISTRICT)).isTrue();
        assertThat(RankingFilter.of(" ", "", null, null)).isEqualTo(RankingFilter.none());
    }

    @Test
    void typeDistrictAndPopulationBoundsNarrowTheUnitsBothBoundsInclusive() {
        assertThat(RankingFilter.of("xa", null, null, null).accepts(HA_BAC)).isTrue();
        assertThat(RankingFilter.of(" phuong ", null, null, null).accepts(HA_BAC)).isFalse();
        assertThat(RankingFilter.of(null, "Thanh Hà", null, null).accepts(HA_BAC)).isTrue();
        assertThat(RankingFilter.of(null, "thanh hà", null, null).accepts(HA_BAC)).isFalse();
        assertThat(RankingFilter.of(null, "Thanh Hà", null, null).accepts(NO_DISTRICT)).isFalse();
        assertThat(RankingFilter.of(null, null, 36_429L, 36_429L).accepts(HA_BAC)).isTrue();
        assertThat(RankingFilter.of(null, null, 36_430L, null).accepts(HA_BAC)).isFalse();
        assertThat(RankingFilter.of(null, null, null, 36_428L).accepts(HA_BAC)).isFalse();
    }

    @Test
    void aUnitWhosePopulationIsUnknownIsLeftOutByAnyPopulationBound() {
        assertThat(RankingFilter.of(null, null, 0L, null).accepts(UNKNOWN_POPULATION)).isFalse();
        assertThat(RankingFilter.of(null, null, null, Long.MAX_VALUE).accepts(UNKNOWN_POPULATION)).isFalse();
        assertThat(RankingFilter.of("xa", "Thanh Hà", null, null).accepts(UNKNOWN_POPULATION)).isTrue();
    }

    @Test
    void badValuesFailAtOnceNamingTheParameter() {
        assertThatThrownBy(() -> RankingFilter.of("village", null, null, null))
                .isInstanceOf(RankingFilter.Invalid.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be xa, phuong or dac_khu, got 'village'")
                .extracting(e -> ((RankingFilter.Invalid) e).parameter()).isEqualTo("type");
        assertThatThrownBy(() -> RankingFilter.of(null, null, -1L, null)).hasMessage(
                "minPopulation must not be negative, got -1");
        assertThatThrownBy(() -> RankingFilter.of(null, null, null, -1L)).hasMessage(
                "maxPopulation must not be negative, got -1");
        assertThatThrownBy(() -> RankingFilter.of(null, null, 50_000L, 1_000L))
                .hasMessage("maxPopulation (1000) must not be below minPopulation (50000)")
                .extracting(e -> ((RankingFilter.Invalid) e).parameter()).isEqualTo("maxPopulation");
        assertThatThrownBy(() -> new RankingFilter(null, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theFiltersReadInVietnamese() {
        assertThat(RankingFilter.none().describe()).isEqualTo("không (tất cả đơn vị)");
        assertThat(RankingFilter.of("dac_khu", "Cát Hải", 1_000L, 150_000L).describe()).isEqualTo(
                "loại đặc khu; huyện cũ chứa \"Cát Hải\"; dân số từ 1.000; dân số đến 150.000");
        assertThat(RankingFilter.of("phuong", null, null, null).describe()).isEqualTo("loại phường");
    }
}
