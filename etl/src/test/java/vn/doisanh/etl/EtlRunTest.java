package vn.doisanh.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.warehouse.query.QualityQuery;
import vn.doisanh.warehouse.query.RankingQuery;
import vn.doisanh.warehouse.query.UnitProfileQuery;
import vn.doisanh.warehouse.query.Warehouse;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/** The whole job on a real local Spark session over the test reports (see src/test/resources/reports/README.md). */
class EtlRunTest {
    private static Path data;
    private static Path database;

    @BeforeAll
    static void runTheJob() {
        data = EtlTestSupport.sharedLocalRun();
        database = EtlTestSupport.currentDatabase(data);
    }

    private static List<String> rows(String sql) {
        return EtlTestSupport.rows(database, sql);
    }

    @Test
    void theRunPublishesASnapshotWithItsCountsInTheManifest() {
        SnapshotManifest manifest = SnapshotManifest.readFrom(new SnapshotStore(data).current().orElseThrow());
        assertThat(manifest.counts()).containsEntry("files_listed", 17L).containsEntry("files_quarantined", 2L)
                .containsEntry("reports", 13L).containsEntry("reports_superseded", 2L)
                .containsEntry("units_loaded", 5L).containsEntry("periods", 4L);
    }

    @Test
    void whatIsNotAReportIsNeverListed() {
        List<String> listed = rows("SELECT DISTINCT source_file FROM mart_quality UNION SELECT source_file FROM int_reports");
        assertThat(listed).as("the reports and broken files are listed").hasSizeGreaterThanOrEqualTo(15)
                .contains("reports/broken/no-unit.txt", "reports/11560/2025-Q4/bc-2025-q4-11560.txt")
                .noneMatch(file -> file.contains("units.csv") || file.contains("ground-truth") || file.contains("tools/"));
    }

    @Test
    void brokenFilesAreQuarantinedWithTheExtractorsCodeAndReason() {
        assertThat(rows("SELECT source_file, code FROM mart_quality WHERE kind = 'quarantine' ORDER BY 1"))
                .containsExactly("reports/broken/damaged.docx | unreadable_file",
                        "reports/broken/no-unit.txt | needs_unit");
    }

    @Test
    void theNewerReportByDateReplacesTheOlderWhoseFactsGoToHistory() {
        assertThat(rows("SELECT source_file, status FROM int_reports WHERE unit_code = '11560' "
                + "AND period_key = '2025-10-01..2025-12-31' ORDER BY 1")).containsExactly(
                "reports/11560/2025-Q4/bc-2025-q4-11560-gui-lai.txt | current",
                "reports/11560/2025-Q4/bc-2025-q4-11560.txt | superseded");
        assertThat(rows("SELECT value FROM int_facts WHERE unit_code = '11560' AND indicator = 'cases_received' "
                + "AND period_key = '2025-10-01..2025-12-31'")).containsExactly("2600.0");
        assertThat(rows("SELECT value, reason FROM int_facts_history WHERE unit_code = '11560' "
                + "AND indicator = 'cases_received'")).containsExactly("2500.0 | superseded");
    }

    @Test
    void aByteForByteCopyIsKeptOnceAndRecordedAsADuplicate() {
        assertThat(rows("SELECT source_file, status FROM int_reports WHERE unit_code = '11635' "
                + "AND period_key = '2025-07-01..2025-09-30' ORDER BY 1")).containsExactly(
                "reports/11635/2025-Q3/ban-sao-bc-quy-3.txt | duplicate",
                "reports/11635/2025-Q3/bc-2025-q3-11635.txt | current");
    }

    @Test
    void aMisfiledReportIsLoadedForTheUnitItNamesAndFlagged() {
        try (Warehouse warehouse = Warehouse.open(data)) {
            List<QualityQuery.Flag> flags = new QualityQuery(warehouse).run(QualityQuery.Request.forUnit("10813"));
            assertThat(flags).filteredOn(f -> f.code().equals("unit_differs_from_folder")).singleElement()
                    .satisfies(f -> assertThat(f.args()).containsEntry("unitCode", "10813").containsKey("folder"));
        }
        assertThat(rows("SELECT count(*) FROM int_facts WHERE unit_code = '10813' "
                + "AND period_key = '2026-01-01..2026-03-31'")).containsExactly("10");
    }

    @Test
    void everyFactKeepsItsEvidenceAndTheSyntheticFlag() {
        assertThat(rows("SELECT synthetic, evidence_location, evidence_matched FROM int_facts WHERE unit_code = '10816' "
                + "AND indicator = 'cases_received'")).singleElement().satisfies(row -> assertThat(row)
                .startsWith("false | line 181 | ").contains("17049"));
        assertThat(rows("SELECT DISTINCT synthetic FROM int_facts WHERE unit_code <> '10816'")).containsExactly("true");
    }

    @Test
    void haBacIsRankedAgainstTheQuarterlyUnitsOnTheYearItReported() {
        try (Warehouse warehouse = Warehouse.open(data)) {
            UnitProfileQuery.Profile profile = new UnitProfileQuery(warehouse).run(UnitProfileQuery.Request.of("10816"));
            assertThat(profile.frame().periodKey()).isEqualTo("2025-07-01..2026-06-30");
            UnitProfileQuery.Line onTime = profile.line("on_time_rate_pct").orElseThrow();
            assertThat(onTime.n()).isEqualTo(5);
            assertThat(onTime.rank()).isEqualTo(1);
            RankingQuery.Ranking cases = new RankingQuery(warehouse).run(new RankingQuery.Request("cases_received",
                    Optional.of("2025-07-01..2026-06-30")));
            // three quarters of 11635 scaled to the year: (1000 + 1200 + 900) * 365 / 274
            assertThat(cases.of("11635").orElseThrow().value()).isCloseTo(3100 * 365.0 / 274,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(cases.of("11635").orElseThrow().basis()).isEqualTo("rolled_up_scaled");
        }
    }
}
