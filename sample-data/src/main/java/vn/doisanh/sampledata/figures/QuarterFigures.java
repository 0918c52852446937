package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/**
 * A unit's true figures for one quarter. Counts satisfy the report logic (on time + overdue ≤ received,
 * in post ≤ quota, breakdowns add up); percentages are stated with two decimals as reports do.
 */
public record QuarterFigures(
        ReportingPeriod period,
        long casesReceived,
        long casesOnTime,
        long casesOverdue,
        BigDecimal digitisedInputPct,
        BigDecimal digitisedResultPct,
        BigDecimal onlinePaymentPct,
        BigDecimal onlineSubmissionPct,
        BigDecimal satisfactionScore,
        long locationIndependentProcedures,
        DocumentCounts documents,
        BigDecimal signedOutgoingPct,
        int civilServantQuota,
        int civilServantsPresent,
        int educationPresent,
        int healthPresent,
        long poorHouseholds,
        long nearPoorHouseholds,
        long budgetRevenue,
        BigDecimal budgetRevenueVsPlanPct,
        long budgetExpenditure,
        BigDecimal disbursementPct) {

    public QuarterFigures {
        if (casesOnTime + casesOverdue > casesReceived) {
            throw new IllegalArgumentException(period.key() + ": on time + overdue exceed received");
        }
        if (civilServantsPresent > civilServantQuota) {
            throw new IllegalArgumentException(period.key() + ": more civil servants in post than the quota");
        }
        if (!documents.partsAddUp()) {
            throw new IllegalArgumentException(period.key() + ": document breakdown does not add up");
        }
    }

    public long casesResolved() {
        return casesOnTime + casesOverdue;
    }
}
