package vn.doisanh.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberLedger;
import vn.doisanh.extract.model.NumberRole;
import vn.doisanh.extract.model.Warning;

/** The one real report (xã Hà Bắc) yields every catalogue figure it states, exactly, and nothing else. */
class SeedReportTest {
    static final Path SEED = Path.of("../sample-data/real/000_229544596d0c1ef8.txt");
    static Extraction habac;

    @BeforeAll
    static void extract() throws Exception {
        List<Extraction> extractions = ReportExtractor.standard().extract(SEED);
        assertThat(extractions).hasSize(1);
        habac = extractions.get(0);
    }

    @Test
    void the_report_is_matched_to_ha_bac_and_its_first_year_review() {
        assertThat(habac.unit().code()).isEqualTo("10816");
        assertThat(habac.unit().name()).isEqualTo("Xã Hà Bắc");
        assertThat(habac.period().start()).hasToString("2025-07-01");
        assertThat(habac.period().end()).hasToString("2026-06-30");
        assertThat(habac.synthetic()).isFalse();
        assertThat(habac.reportDate()).as("its date line is left blank").isNull();
    }

    @Test
    void totals_without_breakdown_are_exactly_the_reported_figures() {
        assertThat(habac.facts()).filteredOn(f -> !f.qualifier().hasBreakdown())
                .extracting(Fact::indicator, Fact::value, f -> f.qualifier().subPeriodStart(),
                        f -> f.qualifier().subPeriodEnd(), f -> f.qualifier().asOf())
                .containsExactlyInAnyOrder(
                        tuple("area_km2", 26.29, null, null, null),
                        tuple("population", 36429.0, null, null, null),
                        tuple("villages", 18.0, null, null, null),
                        tuple("ethnic_minority_people", 172.0, null, null, null),
                        tuple("ethnic_minority_rate_pct", 0.47, null, null, null),
                        tuple("religions", 2.0, null, null, null),
                        tuple("religious_followers", 3721.0, null, null, null),
                        tuple("poor_households", 38.0, null, null, null),
                        tuple("poor_household_rate_pct", 0.35, null, null, null),
                        tuple("near_poor_households", 93.0, null, null, null),
                        tuple("near_poor_household_rate_pct", 0.84, null, null, null),
                        tuple("departments", 3.0, null, null, null),
                        tuple("public_service_units", 15.0, null, null, null),
                        tuple("schools", 12.0, null, null, null),
                        tuple("civil_servants_before_merger", 69.0, null, null, null),
                        tuple("civil_servants_at_start", 44.0, null, null, null),
                        tuple("civil_servants_quota", 46.0, null, null, "2026-05-01"),
                        tuple("civil_servants_present", 38.0, null, null, "2026-05-01"),
                        tuple("part_time_workers", 2.0, null, null, null),
                        tuple("public_service_staff_quota", 431.0, null, null, null),
                        tuple("education_staff_quota", 401.0, null, null, null),
                        tuple("education_staff_present", 389.0, null, null, null),
                        tuple("health_staff_quota", 25.0, null, null, null),
                        tuple("health_staff_present", 25.0, null, null, null),
                        tuple("documents_issued", 3975.0, "2025-07-01", "2025-12-31", null),
                        tuple("documents_issued", 3032.0, "2026-01-01", "report_date", null),
                        tuple("digitally_signed_outgoing_pct", 100.0, null, null, null),
                        tuple("cases_received", 17049.0, null, null, null),
                        tuple("cases_on_time", 17003.0, null, null, null),
                        tuple("cases_overdue", 16.0, null, null, null),
                        tuple("on_time_rate_pct", 99.89, null, null, null),
                        tuple("overdue_rate_pct", 0.11, null, null, null),
                        tuple("digitised_input_pct", 99.35, null, null, null),
                        tuple("digitised_result_pct", 100.0, null, null, null),
                        tuple("online_payment_pct", 95.52, null, null, null),
                        tuple("satisfaction_score", 18.0, null, null, null),
                        tuple("location_independent_procedures", 1471.0, null, null, null),
                        tuple("growth_target_pct", 11.8, null, null, null));
    }

    @Test
    void documents_issued_keep_their_breakdown_by_type_for_each_sub_period() {
        assertThat(habac.facts()).filteredOn(f -> f.indicator().equals("documents_issued") && f.qualifier().hasBreakdown())
                .extracting(f -> f.qualifier().subPeriodStart(), f -> f.qualifier().breakdown(), Fact::value)
                .containsExactlyInAnyOrder(
                        tuple("2025-07-01", "Quyết định", 1609.0), tuple("2025-07-01", "Kế hoạch", 148.0),
                        tuple("2025-07-01", "Thông báo", 165.0), tuple("2025-07-01", "Tờ trình", 90.0),
                        tuple("2025-07-01", "Công văn", 1059.0), tuple("2025-07-01", "khác", 904.0),
                        tuple("2026-01-01", "Quyết định", 770.0), tuple("2026-01-01", "Kế hoạch", 194.0),
                        tuple("2026-01-01", "Thông báo", 271.0), tuple("2026-01-01", "Tờ trình", 69.0),
                        tuple("2026-01-01", "Công văn", 1178.0), tuple("2026-01-01", "khác", 550.0));
    }

    @Test
    void other_breakdowns_name_school_levels_religions_and_former_communes() {
        assertThat(habac.facts()).filteredOn(f -> f.qualifier().hasBreakdown() && !f.indicator().equals("documents_issued"))
                .extracting(Fact::indicator, f -> f.qualifier().breakdown(), Fact::value)
                .containsExactlyInAnyOrder(
                        tuple("schools", "Mầm non", 4.0), tuple("schools", "Tiểu học", 4.0), tuple("schools", "THCS", 4.0),
                        tuple("religious_followers", "Phật giáo", 3621.0), tuple("religious_followers", "Công giáo", 100.0),
                        tuple("civil_servants_before_merger", "Cẩm Việt", 31.0),
                        tuple("civil_servants_before_merger", "Hồng Lạc", 18.0),
                        tuple("civil_servants_before_merger", "Tân Việt", 20.0));
    }

    @Test
    void no_budget_figure_is_invented_from_words_without_numbers() {
        assertThat(habac.facts()).extracting(Fact::indicator).noneMatch(id -> id.startsWith("budget"));
    }

    @Test
    void only_the_blank_report_date_is_flagged_since_its_rates_agree_with_the_resolved_cases() {
        // 99,89% and 0,11% of 17.003 + 16 resolved are 99,906% and 0,094%: a few cases apart, not a finding.
        assertThat(habac.warnings()).extracting(Warning::code).containsExactly("report_date_blank");
    }

    @Test
    void every_fact_points_at_the_sentence_it_came_from() throws Exception {
        String text = java.nio.file.Files.readString(SEED);
        for (Fact fact : habac.facts()) {
            assertThat(fact.evidence().text()).as(fact.indicator()).contains(fact.evidence().matched());
            String atOffset = text.substring(fact.evidence().offset()).replaceAll("\\s+", " ");
            assertThat(atOffset).as(fact.indicator()).startsWith(fact.evidence().text().substring(0, 20));
        }
    }

    /**
     * The number ledger gives every number of the report a role. The unread ones left are figures no catalogue
     * indicator fits (staff of the service centre, "100% cán bộ…"), listed in the closing note of issue 12.
     */
    @Test
    void every_number_of_the_report_has_a_role_and_few_are_left_unread() {
        NumberLedger ledger = habac.ledger();
        assertThat(ledger.seen()).isEqualTo(219);
        // Issue 12: at most 5% unread. 5 of 219 since the decree-exit and staff-share cues (was 11).
        assertThat(ledger.unread()).isLessThanOrEqualTo(5);
        assertThat(ledger.unread()).isLessThanOrEqualTo(ledger.seen() / 20);
        assertThat(ledger.entries()).filteredOn(e -> e.role() == NumberRole.FACT)
                .extracting(LedgerEntry::indicator).containsAll(habac.facts().stream().map(Fact::indicator).toList());
        assertThat(ledger.unreadEntries()).allSatisfy(e -> assertThat(e.sentence()).contains(e.number()));
    }
}
