package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/** Turns a unit's profile and its quarter into the catalogue figures one report can state. */
public final class ReportFiguresFactory {
    private ReportFiguresFactory() {
    }

    /**
     * @param timeline the unit's quarters from Quý III/2025 up to at least {@code period}
     * @param keep     figures the report must state (those its deliberate inconsistency needs)
     */
    public static ReportFigures build(UnitProfile profile, List<QuarterFigures> timeline, ReportingPeriod period,
            Set<String> keep, Dice dice) {
        QuarterFigures quarter = timeline.get(period.index());
        SortedMap<String, BigDecimal> totals = new TreeMap<>();
        putContext(totals, profile, quarter);
        putStaffing(totals, profile, quarter);
        putCases(totals, quarter);
        totals.put("documents_issued", BigDecimal.valueOf(quarter.documents().total()));
        totals.put("digitally_signed_outgoing_pct", quarter.signedOutgoingPct());
        totals.put("budget_revenue", BigDecimal.valueOf(quarter.budgetRevenue()));
        totals.put("budget_revenue_vs_plan_pct", quarter.budgetRevenueVsPlanPct());
        totals.put("budget_expenditure", BigDecimal.valueOf(quarter.budgetExpenditure()));
        totals.put("public_investment_disbursement_pct", quarter.disbursementPct());
        totals.put("growth_target_pct", profile.growthTarget());
        Omissions.choose(period, keep, dice).forEach(totals::remove);
        return new ReportFigures(profile, period, totals, ReportFigures.breakdownsOf(profile), quarter.documents(),
                timeline.subList(0, period.index()));
    }

    private static void putContext(SortedMap<String, BigDecimal> totals, UnitProfile p, QuarterFigures q) {
        totals.put("area_km2", p.areaKm2());
        totals.put("population", BigDecimal.valueOf(p.population()));
        totals.put("villages", BigDecimal.valueOf(p.villages()));
        totals.put("ethnic_minority_people", BigDecimal.valueOf(p.ethnicMinority()));
        totals.put("ethnic_minority_rate_pct", rate(p.ethnicMinority(), p.population()));
        totals.put("religions", BigDecimal.valueOf(p.religions().size()));
        totals.put("religious_followers", BigDecimal.valueOf(Part.sum(p.religions())));
        totals.put("poor_households", BigDecimal.valueOf(q.poorHouseholds()));
        totals.put("poor_household_rate_pct", rate(q.poorHouseholds(), p.households()));
        totals.put("near_poor_households", BigDecimal.valueOf(q.nearPoorHouseholds()));
        totals.put("near_poor_household_rate_pct", rate(q.nearPoorHouseholds(), p.households()));
        totals.put("departments", BigDecimal.valueOf(p.departments()));
        totals.put("public_service_units", BigDecimal.valueOf(p.publicServiceUnits()));
        totals.put("schools", BigDecimal.valueOf(p.schoolCount()));
    }

    private static void putStaffing(SortedMap<String, BigDecimal> totals, UnitProfile p, QuarterFigures q) {
        totals.put("civil_servants_before_merger", BigDecimal.valueOf(p.staffBeforeMergerTotal()));
        totals.put("civil_servants_at_start", BigDecimal.valueOf(p.staffAtStart()));
        totals.put("civil_servants_quota", BigDecimal.valueOf(q.civilServantQuota()));
        totals.put("civil_servants_present", BigDecimal.valueOf(q.civilServantsPresent()));
        totals.put("part_time_workers", BigDecimal.valueOf(p.partTimeWorkers()));
        totals.put("public_service_staff_quota", BigDecimal.valueOf(p.publicServiceQuota()));
        totals.put("education_staff_quota", BigDecimal.valueOf(p.educationQuota()));
        totals.put("education_staff_present", BigDecimal.valueOf(q.educationPresent()));
        totals.put("health_staff_quota", BigDecimal.valueOf(p.healthQuota()));
        totals.put("health_staff_present", BigDecimal.valueOf(q.healthPresent()));
    }

    private static void putCases(SortedMap<String, BigDecimal> totals, QuarterFigures q) {
        totals.put("cases_received", BigDecimal.valueOf(q.casesReceived()));
        totals.put("cases_resolved", BigDecimal.valueOf(q.casesResolved()));
        totals.put("cases_on_time", BigDecimal.valueOf(q.casesOnTime()));
        totals.put("cases_overdue", BigDecimal.valueOf(q.casesOverdue()));
        totals.put("on_time_rate_pct", rate(q.casesOnTime(), q.casesReceived()));
        totals.put("overdue_rate_pct", rate(q.casesOverdue(), q.casesReceived()));
        totals.put("digitised_input_pct", q.digitisedInputPct());
        totals.put("digitised_result_pct", q.digitisedResultPct());
        totals.put("online_payment_pct", q.onlinePaymentPct());
        totals.put("online_submission_pct", q.onlineSubmissionPct());
        totals.put("satisfaction_score", q.satisfactionScore());
        totals.put("location_independent_procedures", BigDecimal.valueOf(q.locationIndependentProcedures()));
    }

    /** part / whole × 100 with two decimals, the way reports state shares. */
    public static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("cannot take a share of " + whole);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
