package vn.doisanh.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national benchmark's invented units come from an extra CSV beside the bundled registry. */
class ExtraUnitRegistryTest {
    private static final String HEADER = "code,name,type,former_district,merged_from,area_km2,population\n";

    @TempDir
    Path dir;

    @Test
    void an_extra_csv_adds_its_units_after_the_bundled_ones() throws IOException {
        Path extra = write("90000,Xã Mô Phỏng 0001,xã,Huyện Mô Phỏng 01,,115.25,47955\n");
        UnitRegistry registry = UnitRegistry.load(extra);
        assertThat(registry.size()).isEqualTo(115);
        assertThat(registry.byCode("10816")).isPresent();
        assertThat(registry.byCode("90000").orElseThrow().population()).isEqualTo(47955L);
        assertThat(registry.match("xã Mô Phỏng 0001")).isInstanceOf(UnitMatch.Found.class);
    }

    @Test
    void the_system_property_makes_load_read_the_extra_csv_and_unset_it_does_not() throws IOException {
        Path extra = write("90001,Phường Mô Phỏng 0002,phường,Quận Mô Phỏng 01,,5.1,30000\n");
        System.setProperty(UnitRegistry.EXTRA_PROPERTY, extra.toString());
        try {
            assertThat(UnitRegistry.load().byCode("90001")).isPresent();
        } finally {
            System.clearProperty(UnitRegistry.EXTRA_PROPERTY);
        }
        assertThat(UnitRegistry.load().size()).isEqualTo(114);
    }

    @Test
    void a_code_already_in_the_registry_is_refused() throws IOException {
        Path extra = write("10816,Xã Hà Bắc,xã,Huyện Thanh Hà,,26.29,36429\n");
        assertThatThrownBy(() -> UnitRegistry.load(extra)).hasMessageContaining("10816");
    }

    private Path write(String rows) throws IOException {
        Path file = dir.resolve("synthetic-units.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }
}
