package vn.doisanh.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitRegistryTest {
    private static final UnitRegistry REGISTRY = UnitRegistry.load();

    @Test
    void the_registry_holds_the_114_units_of_hai_phong_after_the_merger() {
        assertThat(REGISTRY.size()).isEqualTo(114);
        Map<UnitType, Long> byType = REGISTRY.all().stream().collect(Collectors.groupingBy(Unit::type, Collectors.counting()));
        assertThat(byType).containsEntry(UnitType.XA, 67L).containsEntry(UnitType.PHUONG, 45L).containsEntry(UnitType.DAC_KHU, 2L);
    }

    @Test
    void ha_bac_is_10816_with_its_area_population_and_former_communes() {
        Unit habac = REGISTRY.byCode("10816").orElseThrow();
        assertThat(habac.name()).isEqualTo("Xã Hà Bắc");
        assertThat(habac.areaKm2()).isEqualTo(26.29);
        assertThat(habac.population()).isEqualTo(36429L);
        assertThat(habac.formerUnitNames()).containsExactly("Hồng Lạc", "Tân Việt", "Cẩm Việt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xã Hà Bắc", "HA BAC", "xa Ha Bac", "hà bắc", "  Hà   Bắc "})
    void names_match_regardless_of_case_diacritics_spacing_and_prefix(String written) {
        assertThat(REGISTRY.match(written)).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code()).isEqualTo("10816"));
    }

    @Test
    void decomposed_unicode_matches_like_composed() {
        String nfd = Normalizer.normalize("Phường Lê Chân", Normalizer.Form.NFD);
        assertThat(REGISTRY.match(nfd)).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code()).isEqualTo("11383"));
    }

    @Test
    void diacritics_tell_apart_two_units_that_fold_to_one_name() {
        assertThat(REGISTRY.match("Cẩm Giàng")).isInstanceOfSatisfying(UnitMatch.Found.class,
                found -> assertThat(found.unit().code()).isEqualTo("10903"));
        assertThat(REGISTRY.match("CAM GIANG")).isInstanceOfSatisfying(UnitMatch.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.candidates()).extracting(Unit::code).containsExactlyInAnyOrder("10888", "10903"));
    }

    @Test
    void an_unknown_name_comes_back_with_the_nearest_units() {
        assertThat(REGISTRY.match("xã Hà Bắcc")).isInstanceOf(UnitMatch.Unknown.class);
        assertThat(REGISTRY.nearest("xã Hà Bắcc", 3)).extracting(Unit::code).startsWith("10816");
    }
}
