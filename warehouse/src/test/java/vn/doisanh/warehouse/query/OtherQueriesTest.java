package vn.doisanh.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.WarehouseFixture;

class OtherQueriesTest {
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
    void theDistributionHasItsStatisticsBinsAndEveryValue() {
        DistributionQuery.Distribution d = new DistributionQuery(warehouse).run(
                new DistributionQuery.Request("on_time_rate_pct", Optional.of("2025-Q3"), 5));
        assertThat(d.stats().n()).isEqualTo(7);
        assertThat(d.stats().min()).isEqualTo(87.5);
        assertThat(d.stats().max()).isEqualTo(100.0);
        assertThat(d.stats().median()).isEqualTo(95.0);
        assertThat(d.bins()).hasSize(5);
        assertThat(d.bins().stream().mapToInt(DistributionQuery.Bin::count).sum()).isEqualTo(7);
        assertThat(d.bins().get(4).upper()).isEqualTo(100.0);
        assertThat(d.values()).extracting(DistributionQuery.UnitValue::value).isSorted();
    }

    @Test
    void aComparisonPutsTheChosenUnitsSideBySide() {
        CompareQuery.Comparison c = new CompareQuery(warehouse).run(new CompareQuery.Request(
                List.of("10816", "11779"), List.of("on_time_rate_pct", "cases_received"), Optional.empty()));
        assertThat(c.units()).extracting(UnitInfo::code).containsExactly("10816", "11779");
        assertThat(c.rows()).extracting(r -> r.indicator().id()).containsExactly("on_time_rate_pct", "cases_received");
        assertThat(c.rows().get(0).cells()).extracting(CompareQuery.Cell::value).containsExactly(99.89, 97.8);
        assertThat(c.rows().get(1).cells().get(1)).as("11779's quarters do not cover the year").isNull();
    }

    @Test
    void comparingMalformedCodesFailsFast() {
        assertThatThrownBy(() -> new CompareQuery.Request(List.of("108"), List.of(), Optional.empty()))
                .hasMessageContaining("5 digits");
    }

    @Test
    void qualityFlagsIncludeWarningsAndQuarantinedFiles() {
        List<QualityQuery.Flag> all = new QualityQuery(warehouse).run(QualityQuery.Request.all());
        assertThat(all).extracting(QualityQuery.Flag::kind).containsExactlyInAnyOrder("warning", "quarantine");
        List<QualityQuery.Flag> haBac = new QualityQuery(warehouse).run(QualityQuery.Request.forUnit("10816"));
        assertThat(haBac).singleElement().satisfies(flag -> {
            assertThat(flag.code()).isEqualTo("rate_mismatch");
            assertThat(flag.indicators()).contains("on_time_rate_pct");
            assertThat(flag.evidenceLocation()).isEqualTo("line 181");
            assertThat(flag.args()).containsEntry("rate", "on_time_rate_pct").containsEntry("reported", "99.89")
                    .containsEntry("computed", "99.73");
        });
    }

    @Test
    void reading_coverage_lists_current_reports_and_a_units_unread_numbers_with_their_sentences() {
        ReadingQuery.Result all = new ReadingQuery(warehouse).run(new ReadingQuery.Request(Optional.empty(),
                Optional.empty()));
        assertThat(all.unread()).as("unread numbers are listed per unit only").isEmpty();
        assertThat(all.reports()).singleElement().satisfies(r -> {
            assertThat(r.unitCode()).isEqualTo("10816");
            assertThat(r.seen()).isEqualTo(40);
            assertThat(r.unread()).isEqualTo(3);
            assertThat(r.coverage()).isEqualTo(37.0 / 40);
        });
        ReadingQuery.Result haBac = new ReadingQuery(warehouse).run(new ReadingQuery.Request(Optional.of("10816"),
                Optional.of("2025-07-01..2026-06-30")));
        assertThat(haBac.unread()).extracting(ReadingQuery.UnreadNumber::number).containsExactly("06", "01", "03");
        assertThat(haBac.unread().get(0).sentence()).contains("06 biên chế");
        assertThat(haBac.unread().get(0).candidates()).containsExactly("public_service_staff_quota");
        assertThat(new ReadingQuery(warehouse).run(new ReadingQuery.Request(Optional.of("11635"), Optional.empty()))
                .reports()).isEmpty();
    }

    @Test
    void aTrendFollowsTheUnitQuarterByQuarter() {
        List<TrendQuery.Point> points = new TrendQuery(warehouse).run(
                new TrendQuery.Request("11635", "cases_received", Optional.empty()));
        assertThat(points).extracting(TrendQuery.Point::value).containsExactly(1000.0, 1200.0, 900.0, 1100.0);
        assertThat(points).extracting(TrendQuery.Point::label)
                .containsExactly("Quý III/2025", "Quý IV/2025", "Quý I/2026", "Quý II/2026");
    }

    @Test
    void framesCountTheUnitsWithValuesAndThoseThatReported() {
        List<Frame> frames = new FramesQuery(warehouse).all();
        assertThat(frames).hasSize(5);
        Frame year = frames.stream().filter(f -> f.months() != null && f.months() == 12).findFirst().orElseThrow();
        assertThat(year.units()).isEqualTo(8);
        assertThat(year.unitsReporting()).isEqualTo(1);
        assertThat(new FramesQuery(warehouse).resolve(Optional.of("Quý IV/2025")).periodKey())
                .isEqualTo("2025-10-01..2025-12-31");
    }

    @Test
    void periodShorthandsBecomeKeys() {
        assertThat(PeriodText.toKey("2025-Q3")).contains("2025-07-01..2025-09-30");
        assertThat(PeriodText.toKey("2026-H1")).contains("2026-01-01..2026-06-30");
        assertThat(PeriodText.toKey("2025")).contains("2025-01-01..2025-12-31");
        assertThat(PeriodText.toKey("Quý III/2025")).isEmpty();
    }

    @Test
    void theSnapshotInfoSaysWhatIsLoaded() {
        SnapshotInfoQuery.Info info = new SnapshotInfoQuery(warehouse).run();
        assertThat(info.snapshotId()).isEqualTo("fixture");
        assertThat(info.unitsReporting()).isEqualTo(8);
        assertThat(info.quarantined()).isEqualTo(1);
    }
}
