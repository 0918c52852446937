package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.warehouse.WarehouseFixture;

class UnitProfileQueryTest {
    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseFixture.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void aProfileDefaultsToTheLatestPeriodTheUnitReportedFor() {
        UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(UnitProfileQuery.Request.of("10816"));
        assertThat(profile.unit().name()).isEqualTo("Xã Hà Bắc");
        assertThat(profile.frame().label()).isEqualTo("Sơ kết 01 năm");
        UnitProfileQuery.Profile quarterly = new UnitProfileQuery(warehouse).run(UnitProfileQuery.Request.of("11779"));
        assertThat(quarterly.frame().periodKey()).isEqualTo("2025-10-01..2025-12-31");
    }

    @Test
    void everyCatalogueIndicatorIsListedAndTheUnreportedOnesHaveNoValue() {
        UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(UnitProfileQuery.Request.of("10816"));
        assertThat(profile.lines()).hasSize(Catalogue.load().all().size());
        assertThat(profile.line("satisfaction_score").orElseThrow().hasValue()).isFalse();
        assertThat(profile.withValues()).extracting(l -> l.indicator().id()).contains("on_time_rate_pct",
                "civil_servants_per_10k", "documents_issued");
    }

    @Test
    void eachLineHasRankOfNPercentileAndTheCityAndPeerMedians() {
        UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(
                new UnitProfileQuery.Request("10816", Optional.empty(), 3));
        UnitProfileQuery.Line onTime = profile.line("on_time_rate_pct").orElseThrow();
        assertThat(onTime.value()).isEqualTo(99.89);
        assertThat(onTime.rank()).isEqualTo(2);
        assertThat(onTime.n()).isEqualTo(8);
        assertThat(onTime.cityN()).isEqualTo(8);
        // median of 100, 99.89, 99.8, 99.7, 99.5, 98.6, 97.8, 93.3
        assertThat(onTime.cityMedian()).isCloseTo((99.7 + 99.5) / 2, org.assertj.core.data.Offset.offset(1e-9));
        // Hà Bắc's 3 nearest peers are the three xã of similar size: 11779 (97.8), 11635 (99.5), 11836 (98.6)
        assertThat(onTime.peersWithValue()).isEqualTo(3);
        assertThat(onTime.peerMedian()).isEqualTo(98.6);
    }

    @Test
    void anUnknownUnitIsNamedInTheError() {
        assertThatThrownBy(() -> new UnitProfileQuery(warehouse).run(UnitProfileQuery.Request.of("99999")))
                .hasMessageContaining("no unit with code '99999'");
    }
}
