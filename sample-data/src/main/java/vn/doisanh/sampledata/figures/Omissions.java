package vn.doisanh.sampledata.figures;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/**
 * Which figures a report leaves out. Real reports are uneven: the headline case counts are nearly always there,
 * the budget section often is not, and the growth target appears only when next year is being planned.
 */
final class Omissions {
    /** An indicator (or indicators that go together) and how often a report leaves it out. */
    private record Gap(double probability, List<String> ids) {
    }

    private static final List<Gap> GAPS = List.of(
            gap(0.25, "area_km2"), gap(0.2, "population"), gap(0.25, "villages"),
            gap(0.5, "ethnic_minority_people", "ethnic_minority_rate_pct"), gap(0.15, "ethnic_minority_rate_pct"),
            gap(0.5, "religions", "religious_followers"),
            gap(0.3, "poor_households", "poor_household_rate_pct"), gap(0.15, "poor_household_rate_pct"),
            gap(0.35, "near_poor_households", "near_poor_household_rate_pct"),
            gap(0.3, "departments"), gap(0.3, "public_service_units"), gap(0.3, "schools"),
            gap(0.6, "civil_servants_before_merger"), gap(0.55, "civil_servants_at_start"),
            gap(0.12, "civil_servants_quota"), gap(0.12, "civil_servants_present"), gap(0.4, "part_time_workers"),
            gap(0.4, "public_service_staff_quota"), gap(0.35, "education_staff_quota", "education_staff_present"),
            gap(0.35, "health_staff_quota", "health_staff_present"),
            gap(0.03, "cases_received"), gap(0.5, "cases_resolved"), gap(0.05, "cases_on_time"),
            gap(0.1, "cases_overdue"), gap(0.15, "on_time_rate_pct"), gap(0.3, "overdue_rate_pct"),
            gap(0.3, "digitised_input_pct"), gap(0.3, "digitised_result_pct"), gap(0.3, "online_payment_pct"),
            gap(0.5, "online_submission_pct"), gap(0.3, "satisfaction_score"),
            gap(0.6, "location_independent_procedures"),
            gap(0.12, "documents_issued"), gap(0.5, "digitally_signed_outgoing_pct"),
            gap(0.4, "budget_revenue", "budget_revenue_vs_plan_pct", "budget_expenditure",
                    "public_investment_disbursement_pct"),
            gap(0.2, "budget_revenue_vs_plan_pct"), gap(0.3, "budget_expenditure"),
            gap(0.3, "public_investment_disbursement_pct"), gap(0.4, "growth_target_pct"));

    private Omissions() {
    }

    static Set<String> choose(ReportingPeriod period, Set<String> keep, Dice dice) {
        Set<String> omitted = new TreeSet<>();
        for (Gap gap : GAPS) {
            // Roll for every gap, even a kept one, so keeping a figure does not shift the other choices.
            if (dice.chance(gap.probability())) {
                gap.ids().stream().filter(id -> !keep.contains(id)).forEach(omitted::add);
            }
        }
        if (period.quarter() == 2 || period.quarter() == 3) {
            omitted.add("growth_target_pct"); // targets are set at year end
        }
        omitted.removeAll(keep);
        return omitted;
    }

    private static Gap gap(double probability, String... ids) {
        return new Gap(probability, List.of(ids));
    }
}
