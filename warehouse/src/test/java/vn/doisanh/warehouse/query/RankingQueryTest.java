package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.WarehouseFixture;

class RankingQueryTest {
    private static Warehouse warehouse;

    @BeforeAll
    static void open() {
        warehouse = WarehouseFixture.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    private static RankingQuery.Ranking rank(String indicator, String period) {
        return new RankingQuery(warehouse).run(new RankingQuery.Request(indicator, Optional.ofNullable(period)));
    }

    @Test
    void aHigherBetterIndicatorRanksTheHighestValueFirst() {
        RankingQuery.Ranking ranking = rank("on_time_rate_pct", "2025-Q3");
        assertThat(ranking.rows()).extracting(r -> r.unit().code())
                .containsExactly("11948", "11329", "11836", "11560", "11635", "11455", "11779");
        assertThat(ranking.rows().get(0).rank()).isEqualTo(1);
        assertThat(ranking.rows().get(0).percentile()).isEqualTo(100.0);
        assertThat(ranking.rows().get(6).percentile()).isEqualTo(0.0);
    }

    @Test
    void tiedUnitsShareTheBetterRankAndTheSamePercentile() {
        RankingQuery.Ranking ranking = rank("on_time_rate_pct", "2025-Q3");
        assertThat(ranking.of("11560").orElseThrow().rank()).isEqualTo(4);
        assertThat(ranking.of("11635").orElseThrow().rank()).isEqualTo(4);
        assertThat(ranking.of("11635").orElseThrow().tiedWith()).isEqualTo(1);
        assertThat(ranking.of("11635").orElseThrow().percentile()).isEqualTo(50.0);
        assertThat(ranking.of("11455").orElseThrow().rank()).as("after a tie the next rank is skipped").isEqualTo(6);
    }

    @Test
    void aLowerBetterIndicatorRanksTheLowestValueFirst() {
        RankingQuery.Ranking ranking = rank("cases_overdue", "2025-Q3");
        assertThat(ranking.indicator().direction()).isEqualTo("lower_better");
        assertThat(ranking.rows()).extracting(r -> r.unit().code())
                .containsExactly("11948", "11836", "11329", "11635", "11779", "11455", "11560");
    }

    @Test
    void quartilesSplitThePercentilesIntoFourBandsWithTheBestFirst() {
        RankingQuery.Ranking ranking = rank("on_time_rate_pct", "2025-Q3");
        assertThat(ranking.rows()).extracting(RankingQuery.Row::quartile).containsExactly(1, 1, 2, 2, 2, 4, 4);
    }

    @Test
    void withoutAPeriodTheFrameWithTheMostUnitsIsRanked() {
        RankingQuery.Ranking ranking = rank("on_time_rate_pct", null);
        assertThat(ranking.frame().periodKey()).isEqualTo("2025-07-01..2026-06-30");
        assertThat(ranking.of("10816").orElseThrow()).satisfies(row -> {
            assertThat(row.rank()).isEqualTo(2);
            assertThat(row.n()).isEqualTo(8);
            assertThat(row.percentile()).isCloseTo(100.0 * 6 / 7, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.basis()).isEqualTo("reported");
        });
        assertThat(ranking.of("11635").orElseThrow().basis()).isEqualTo("rolled_up");
    }

    @Test
    void theCityMedianIsTheMedianOfTheRankedValues() {
        assertThat(rank("on_time_rate_pct", "2025-Q3").cityMedian()).isEqualTo(95.0);
    }

    @Test
    void theTrendComparesWithTheQuarterBeforeByDirection() {
        RankingQuery.Ranking overdue = rank("cases_overdue", "2025-Q4");
        assertThat(overdue.of("11635").orElseThrow().previousValue()).isEqualTo(30.0);
        assertThat(overdue.of("11635").orElseThrow().trend()).isEqualTo("improving");
        assertThat(rank("on_time_rate_pct", "2025-Q4").of("11329").orElseThrow().trend()).isEqualTo("worsening");
        assertThat(rank("on_time_rate_pct", "2026-Q2").of("11560").orElseThrow().trend())
                .as("99.4 to 99.8 is within 1 %").isEqualTo("stable");
    }

    @Test
    void anUnknownIndicatorOrPeriodFailsWithWhatExists() {
        assertThatThrownBy(() -> rank("happiness", null)).hasMessageContaining("unknown indicator 'happiness'");
        assertThatThrownBy(() -> rank("on_time_rate_pct", "2024-Q1"))
                .hasMessageContaining("no period '2024-Q1'").hasMessageContaining("2025-07-01..2025-09-30");
    }
}
