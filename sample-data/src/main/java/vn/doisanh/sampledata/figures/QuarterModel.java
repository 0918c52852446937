package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/**
 * Draws a unit's quarters in order so that they trend: the first quarter after the merger is slower and less
 * digital, the service improves as the new apparatus settles, year-end quarters are busy and Tết quarters quiet,
 * the poor-household count changes only at the yearly review, and investment disbursement accumulates to year end.
 */
public final class QuarterModel {
    private static final double[] SEASON = {0.9, 1.0, 0.85, 1.1};
    private static final double[][] DOCUMENT_SHARES = {{0.25, 0.42}, {0.03, 0.07}, {0.04, 0.09}, {0.015, 0.035},
            {0.20, 0.38}};

    private QuarterModel() {
    }

    /** The quarters from Quý III/2025 up to and including {@code last}. */
    public static List<QuarterFigures> timeline(UnitProfile profile, ReportingPeriod last, Dice dice) {
        List<QuarterFigures> quarters = new ArrayList<>();
        // Poverty and quotas are set once a year, so every quarter of a year shares them.
        Map<Integer, long[]> povertyByYear = new TreeMap<>();
        Map<Integer, Integer> quotaByYear = new TreeMap<>();
        long poor = Math.max(1, Math.round(profile.households() * poorShare(profile, dice)));
        for (ReportingPeriod period : ReportingPeriod.sequence(last.index() + 1)) {
            long yearPoor = poor;
            long[] poverty = povertyByYear.computeIfAbsent(period.year(),
                    y -> new long[] {yearPoor, Math.round(yearPoor * dice.uniform(1.5, 3.5)) + 1});
            poor = Math.max(1, Math.round(poverty[0] * dice.uniform(0.6, 0.85)));
            int quota = quotaByYear.computeIfAbsent(period.year(),
                    y -> y == 2025 ? profile.quota2025() : Math.max(5, profile.quota2025() + dice.between(-2, 3)));
            quarters.add(quarter(profile, period, poverty, quota, dice));
        }
        return quarters;
    }

    private static QuarterFigures quarter(UnitProfile p, ReportingPeriod period, long[] poverty, int quota, Dice dice) {
        double maturity = Math.min(1.0, 0.5 + 0.2 * period.index());
        double season = SEASON[period.quarter() - 1] * dice.uniform(0.9, 1.1);
        long received = Math.max(5, Math.round(p.population() * p.casesPerPersonQuarter() * season));
        long overdue = Math.round(received * dice.uniform(0.0005, 0.03) * (1.3 - maturity));
        long pending = Math.round(received * dice.uniform(0.002, 0.03));
        long onTime = received - overdue - pending;
        int present = Math.max(1, quota - dice.between(0, (int) Math.round(8 * (1.2 - maturity))));
        long revenue = roundTo(p.revenuePerQuarter() * season, 10);
        double annualEstimate = p.revenuePerQuarter() * 4 * dice.uniform(0.85, 1.05);
        return new QuarterFigures(period, received, onTime, overdue,
                pct(Math.min(100, dice.uniform(80, 96) + 5 * maturity)),
                pct(dice.chance(0.25) ? 100 : Math.min(100, dice.uniform(86, 97) + 4 * maturity)),
                pct(Math.min(100, dice.uniform(55, 90) + 8 * maturity)),
                pct(Math.min(100, dice.uniform(35, 80) + 12 * maturity)),
                BigDecimal.valueOf(Math.min(18.0, Math.round((p.satisfactionBase() + 0.6 * maturity) * 4) / 4.0))
                        .setScale(2, RoundingMode.HALF_UP),
                1400 + period.index() * 20L + dice.between(0, 90),
                documents(p.documentsPerQuarter() * season, dice),
                dice.chance(0.6) ? pct(100) : pct(dice.uniform(97, 99.9)),
                quota, present,
                Math.max(0, p.educationQuota() - dice.between(0, Math.max(1, p.educationQuota() / 20))),
                Math.max(0, p.healthQuota() - dice.between(0, 3)),
                poverty[0], poverty[1], revenue,
                BigDecimal.valueOf(revenue * 100.0 / annualEstimate).setScale(2, RoundingMode.HALF_UP),
                roundTo(revenue * dice.uniform(0.5, 1.3), 10),
                pct(disbursement(period.quarter(), dice)));
    }

    private static double poorShare(UnitProfile profile, Dice dice) {
        return switch (profile.unit().type()) {
            case XA -> dice.uniform(0.002, 0.015);
            case PHUONG -> dice.uniform(0.0003, 0.004);
            case DAC_KHU -> dice.uniform(0.003, 0.01);
        };
    }

    /** Public investment disbursed since January, as a share of the year's plan. */
    private static double disbursement(int quarter, Dice dice) {
        return switch (quarter) {
            case 1 -> dice.uniform(8, 20);
            case 2 -> dice.uniform(25, 45);
            case 3 -> dice.uniform(45, 70);
            default -> dice.uniform(85, 99.5);
        };
    }

    private static DocumentCounts documents(double expected, Dice dice) {
        long total = Math.max(40, Math.round(expected));
        List<Part> parts = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < DOCUMENT_SHARES.length; i++) {
            long count = Math.round(total * dice.uniform(DOCUMENT_SHARES[i][0], DOCUMENT_SHARES[i][1]));
            parts.add(new Part(DocumentCounts.TYPES.get(i), count));
            given += count;
        }
        // Rounding the shares up can overshoot a small total: the catch-all keeps at least one document.
        long other = Math.max(1, total - given);
        parts.add(new Part("khác", other));
        return new DocumentCounts(given + other, parts);
    }

    private static BigDecimal pct(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static long roundTo(double value, long step) {
        return Math.max(step, Math.round(value / step) * step);
    }
}
