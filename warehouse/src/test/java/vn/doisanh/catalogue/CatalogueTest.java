package vn.doisanh.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final Catalogue CATALOGUE = Catalogue.load();

    @Test
    void the_catalogue_keeps_every_id_the_product_promises() {
        List<String> required = List.of("area_km2", "population", "villages", "ethnic_minority_people",
                "religious_followers", "poor_households", "poor_household_rate_pct", "near_poor_households",
                "near_poor_household_rate_pct", "departments", "public_service_units", "schools",
                "civil_servants_before_merger", "civil_servants_quota", "civil_servants_present", "part_time_workers",
                "public_service_staff_quota", "education_staff_quota", "education_staff_present", "health_staff_quota",
                "health_staff_present", "cases_received", "cases_resolved", "cases_on_time", "cases_overdue",
                "on_time_rate_pct", "overdue_rate_pct", "digitised_input_pct", "digitised_result_pct",
                "online_payment_pct", "online_submission_pct", "satisfaction_score", "documents_issued",
                "digitally_signed_outgoing_pct", "budget_revenue", "budget_revenue_vs_plan_pct", "budget_expenditure",
                "public_investment_disbursement_pct", "growth_target_pct");
        assertThat(required).allMatch(CATALOGUE::contains);
    }

    @Test
    void every_indicator_has_names_in_both_languages_a_unit_and_a_definition() {
        assertThat(CATALOGUE.all()).allSatisfy(i -> {
            assertThat(i.nameVi()).isNotBlank();
            assertThat(i.nameEn()).isNotBlank();
            assertThat(i.unit()).isNotBlank();
            assertThat(i.definitionVi()).isNotBlank();
        });
    }

    @Test
    void derived_indicators_have_formulas_over_catalogue_ids() {
        assertThat(CATALOGUE.derived()).isNotEmpty().allSatisfy(i -> {
            String[] terms = i.formula().split("[^a-z0-9_]+");
            for (String term : terms) {
                if (term.matches("[a-z][a-z0-9_]*")) {
                    assertThat(CATALOGUE.contains(term)).as("%s uses %s", i.id(), term).isTrue();
                }
            }
        });
    }

    @Test
    void documents_are_broken_down_by_type_and_money_is_in_million_vnd() {
        assertThat(CATALOGUE.require("documents_issued").breakdownKind()).contains("document_type");
        assertThat(CATALOGUE.require("budget_revenue").unit()).isEqualTo("million_vnd");
        assertThat(CATALOGUE.require("on_time_rate_pct").direction()).isEqualTo(Direction.HIGHER_BETTER);
        assertThat(CATALOGUE.require("cases_overdue").direction()).isEqualTo(Direction.LOWER_BETTER);
    }

    @Test
    void a_duplicate_id_is_refused_with_its_line() {
        String csv = "id,group,kind,unit,direction,name_vi,name_en,definition_vi,definition_en,formula,plausible_min,plausible_max,breakdown\n"
                + "a,g,reported,count,neutral,A,A,d,d,,,,\n"
                + "a,g,reported,count,neutral,A,A,d,d,,,,\n";
        assertThatThrownBy(() -> Catalogue.read(new StringReader(csv))).hasMessageContaining("line 2")
                .hasMessageContaining("duplicate");
    }
}
