package vn.doisanh.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.Warning;

class FactValidatorTest {
    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final FactValidator VALIDATOR = new FactValidator(CATALOGUE);

    private static Fact fact(String indicator, double value) {
        return fact(indicator, value, Qualifier.NONE);
    }

    private static Fact fact(String indicator, double value, Qualifier qualifier) {
        return new Fact(indicator, value, CATALOGUE.require(indicator).unit(), qualifier,
                new Evidence(indicator + " " + value, 0, String.valueOf(value), "line 1"), "test");
    }

    private static List<String> codes(Fact... facts) {
        return VALIDATOR.validate(List.of(facts)).stream().map(Warning::code).toList();
    }

    @Test
    void consistent_figures_raise_no_warning() {
        assertThat(codes(fact("cases_received", 1000), fact("cases_on_time", 990), fact("cases_overdue", 5),
                fact("on_time_rate_pct", 99.0), fact("overdue_rate_pct", 0.5), fact("civil_servants_quota", 46),
                fact("civil_servants_present", 38), fact("population", 36429))).isEmpty();
    }

    @Test
    void on_time_plus_overdue_above_received_is_flagged() {
        assertThat(codes(fact("cases_received", 100), fact("cases_on_time", 99), fact("cases_overdue", 5)))
                .containsExactly("counts_exceed_received");
    }

    @Test
    void reported_rate_that_disagrees_with_its_counts_is_flagged_with_its_figures_by_name() {
        List<Fact> facts = List.of(fact("cases_received", 4907), fact("cases_resolved", 4769), fact("cases_on_time", 4711),
                fact("on_time_rate_pct", 99.96));
        List<Warning> warnings = VALIDATOR.validate(facts);
        assertThat(warnings).extracting(Warning::code).containsExactly("rate_mismatch");
        assertThat(warnings.get(0).message()).contains("99.96").contains("4711/4907").contains("96.01");
        assertThat(warnings.get(0).args()).containsEntry("rate", "on_time_rate_pct").containsEntry("reported", "99.96")
                .containsEntry("numeratorValue", "4711").containsEntry("denominatorValue", "4907")
                .containsEntry("computed", "96.01");
    }

    @Test
    void a_rate_of_the_resolved_cases_agrees_though_the_received_give_another() {
        // Hà Bắc: 17.003 on time and 16 overdue of 17.049 received; 99,89% is 17.003 of about 17.020 resolved.
        assertThat(codes(fact("cases_received", 17049), fact("cases_on_time", 17003), fact("cases_overdue", 16),
                fact("on_time_rate_pct", 99.89), fact("overdue_rate_pct", 0.11))).isEmpty();
    }

    @Test
    void a_rate_is_not_questioned_while_a_denominator_it_may_have_is_unknown() {
        assertThat(codes(fact("cases_received", 17049), fact("cases_on_time", 17003), fact("on_time_rate_pct", 95.0)))
                .as("the resolved cases are unknown").isEmpty();
        assertThat(codes(fact("cases_resolved", 4232), fact("cases_on_time", 4134), fact("on_time_rate_pct", 97.2)))
                .as("the received cases are unknown").isEmpty();
    }

    @Test
    void a_difference_under_the_material_bound_is_no_finding() {
        assertThat(codes(fact("cases_received", 17049), fact("cases_resolved", 17010), fact("cases_on_time", 17003),
                fact("on_time_rate_pct", 99.76))).isEmpty();
        assertThat(codes(fact("cases_received", 17049), fact("cases_resolved", 17010), fact("cases_on_time", 17003),
                fact("on_time_rate_pct", 99.80))).containsExactly("rate_mismatch");
    }

    @Test
    void a_rate_rounded_as_written_is_not_a_mismatch() {
        assertThat(codes(fact("population", 36429), fact("ethnic_minority_people", 172), fact("ethnic_minority_rate_pct", 0.47)))
                .isEmpty();
        assertThat(codes(fact("cases_received", 3), fact("cases_on_time", 2), fact("on_time_rate_pct", 66.7))).isEmpty();
    }

    @Test
    void staff_in_post_above_quota_is_flagged() {
        assertThat(codes(fact("education_staff_quota", 401), fact("education_staff_present", 402)))
                .containsExactly("present_exceeds_quota");
    }

    @Test
    void a_share_above_100_percent_is_flagged_but_revenue_against_plan_may_exceed_it() {
        assertThat(codes(fact("online_payment_pct", 105.2))).containsExactly("percentage_out_of_range");
        assertThat(codes(fact("budget_revenue_vs_plan_pct", 121.5))).isEmpty();
    }

    @Test
    void a_breakdown_that_does_not_add_up_is_flagged() {
        Qualifier sub = Qualifier.NONE.withSubPeriod("2025-07-01", "2025-12-31");
        List<Fact> facts = new ArrayList<>(List.of(fact("documents_issued", 100, sub),
                fact("documents_issued", 60, sub.withBreakdown("Quyết định")),
                fact("documents_issued", 30, sub.withBreakdown("Công văn"))));
        assertThat(VALIDATOR.validate(facts)).extracting(Warning::code).containsExactly("breakdown_sum_mismatch");
        facts.add(fact("documents_issued", 10, sub.withBreakdown("khác")));
        assertThat(VALIDATOR.validate(facts)).isEmpty();
    }

    @Test
    void a_value_far_outside_the_plausible_range_is_flagged() {
        assertThat(codes(fact("population", 9_000_000))).containsExactly("implausible_value");
        assertThat(codes(fact("satisfaction_score", 25))).containsExactly("implausible_value");
    }

    @Test
    void counts_of_different_sub_periods_are_not_compared() {
        Qualifier h2 = Qualifier.NONE.withSubPeriod("2025-07-01", "2025-12-31");
        assertThat(codes(fact("cases_received", 100, h2), fact("cases_on_time", 500), fact("cases_overdue", 5))).isEmpty();
    }
}
