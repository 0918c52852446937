package vn.doisanh.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class UnitRegistryFactsTest {
    private final List<CSVRecord> units = GeneratedFiles.csv(Path.of("units.csv"));

    @Test
    void units_csv_has_114_units_67_xa_45_phuong_and_2_dac_khu() {
        assertThat(units).hasSize(114);
        assertThat(units.stream().filter(u -> u.get("type").equals("xã"))).hasSize(67);
        assertThat(units.stream().filter(u -> u.get("type").equals("phường"))).hasSize(45);
        assertThat(units.stream().filter(u -> u.get("type").equals("đặc khu"))).hasSize(2);
    }

    @Test
    void ha_bac_is_10816_with_the_area_and_population_of_its_real_report() {
        CSVRecord haBac = units.stream().filter(u -> u.get("code").equals("10816")).findFirst().orElseThrow();
        assertThat(haBac.get("name")).isEqualTo("Xã Hà Bắc");
        assertThat(haBac.get("area_km2")).isEqualTo("26.29");
        assertThat(haBac.get("population")).isEqualTo("36429");
    }

    @Test
    void the_real_report_is_kept_beside_the_synthetic_ones() {
        String real = GeneratedFiles.text(Path.of("real", "000_229544596d0c1ef8.txt"));
        assertThat(real).contains("quy mô dân số 36.429 người với 18 thôn").doesNotContain("MÔ PHỎNG");
    }
}
