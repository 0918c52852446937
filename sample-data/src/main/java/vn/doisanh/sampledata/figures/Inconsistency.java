package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import vn.doisanh.sampledata.Dice;

/**
 * The deliberate inconsistencies planted in a few reports, one per report, each with the warning code the
 * extractor's validation should raise. Each keeps the figures it needs from being omitted, then bends them.
 */
public enum Inconsistency {
    /** On time + overdue exceed the cases received. */
    COUNTS_EXCEED_RECEIVED("counts_exceed_received", Set.of("cases_received", "cases_on_time", "cases_overdue")) {
        @Override
        ReportFigures bend(ReportFigures figures, Dice dice) {
            long received = figures.require("cases_received").longValueExact();
            long onTime = figures.require("cases_on_time").longValueExact();
            long overdue = received - onTime + dice.between(25, 120);
            // Resolved would also exceed received; drop it so only one rule is broken.
            return figures.without("cases_resolved")
                    .withValue("cases_overdue", BigDecimal.valueOf(overdue))
                    .withValue("overdue_rate_pct", ReportFiguresFactory.rate(overdue, received));
        }
    },
    /** The stated on-time rate is several points off the one the counts give. */
    RATE_MISMATCH("rate_mismatch", Set.of("cases_received", "cases_on_time", "on_time_rate_pct")) {
        @Override
        ReportFigures bend(ReportFigures figures, Dice dice) {
            BigDecimal computed = figures.require("on_time_rate_pct");
            BigDecimal shift = BigDecimal.valueOf(dice.between(250, 600)).movePointLeft(2);
            BigDecimal stated = computed.add(shift).compareTo(BigDecimal.valueOf(100)) <= 0
                    ? computed.add(shift) : computed.subtract(shift);
            return figures.withValue("on_time_rate_pct", stated.setScale(2, RoundingMode.HALF_UP));
        }
    },
    /** More civil servants in post than the quota. */
    PRESENT_EXCEEDS_QUOTA("present_exceeds_quota", Set.of("civil_servants_quota", "civil_servants_present")) {
        @Override
        ReportFigures bend(ReportFigures figures, Dice dice) {
            long quota = figures.require("civil_servants_quota").longValueExact();
            return figures.withValue("civil_servants_present", BigDecimal.valueOf(quota + dice.between(2, 5)));
        }
    },
    /** A share above 100%. */
    PERCENTAGE_OUT_OF_RANGE("percentage_out_of_range", Set.of("digitised_result_pct")) {
        @Override
        ReportFigures bend(ReportFigures figures, Dice dice) {
            return figures.withValue("digitised_result_pct", BigDecimal.valueOf(dice.between(10150, 11800))
                    .movePointLeft(2));
        }
    },
    /** A document breakdown whose parts do not add up to its total. */
    BREAKDOWN_SUM_MISMATCH("breakdown_sum_mismatch", Set.of("documents_issued")) {
        @Override
        ReportFigures bend(ReportFigures figures, Dice dice) {
            return figures.withDocuments(figures.documents().withPartInflated("Công văn", dice.between(30, 150)));
        }
    };

    private final String warningCode;
    private final Set<String> needs;

    Inconsistency(String warningCode, Set<String> needs) {
        this.warningCode = warningCode;
        this.needs = needs;
    }

    /** The extractor's warning code this inconsistency should trigger. */
    public String warningCode() {
        return warningCode;
    }

    /** Figures that must stay in the report for the inconsistency to show. */
    public Set<String> needs() {
        return needs;
    }

    public ReportFigures apply(ReportFigures figures, Dice dice) {
        for (String id : needs) {
            if (!figures.has(id)) {
                throw new IllegalStateException(name() + " needs " + id + ", which the report omits");
            }
        }
        return bend(figures, dice);
    }

    abstract ReportFigures bend(ReportFigures figures, Dice dice);
}
