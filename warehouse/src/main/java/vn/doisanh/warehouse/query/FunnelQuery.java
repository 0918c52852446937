package vn.doisanh.warehouse.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A funnel plot of a rate against its denominator, with control limits around the group's pooled rate
 * (binomial, normal approximation: p ± z·√(p(1−p)/n), z = 1.96 for 95% and 3.09 for 99.8%). A small commune
 * outside the 95% funnel is unusual; inside it, its distance from the average may be noise.
 * On-time and overdue rates are recomputed from their counts; shares without counts of their own use cases
 * received as the denominator.
 */
public final class FunnelQuery {
    static final double Z95 = 1.959964;
    static final double Z998 = 3.090232;
    private static final int LIMIT_POINTS = 60;
    private static final Map<String, String> COMPUTED_RATE = Map.of(
            "on_time_rate_pct", "on_time_rate_computed_pct",
            "overdue_rate_pct", "overdue_rate_computed_pct");
    public static final String DENOMINATOR = "cases_received";

    private final Warehouse warehouse;

    public FunnelQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Point(String unitCode, String unitName, double denominator, double rate, String band) {
    }

    public record Limit(double denominator, double lower95, double upper95, double lower998, double upper998) {
    }

    public record Funnel(String rateIndicator, String denominatorIndicator, double pooledRate, List<Point> points,
            List<Limit> limits) {
    }

    public Funnel run(String indicator, String frameKey, List<String> groupCodes) {
        String rateIndicator = COMPUTED_RATE.getOrDefault(indicator, indicator);
        List<double[]> rows = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        try (Connection connection = warehouse.connect()) {
            Jdbc.list(connection, "queries/funnel_counts.sql", row -> {
                rows.add(new double[] {row.getDouble("denominator"), row.getDouble("rate")});
                names.add(new String[] {row.getString("unit_code"), row.getString("unit_name")});
                return null;
            }, DENOMINATOR, frameKey, rateIndicator, String.join(",", groupCodes));
        } catch (SQLException e) {
            throw Jdbc.failure("funnel of " + indicator, e);
        }
        double pooled = pooledRate(rows);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double n = rows.get(i)[0];
            double rate = rows.get(i)[1];
            points.add(new Point(names.get(i)[0], names.get(i)[1], n, rate, band(rate, pooled, n)));
        }
        return new Funnel(rateIndicator, DENOMINATOR, pooled, points, limits(rows, pooled));
    }

    private static double pooledRate(List<double[]> rows) {
        double numerator = rows.stream().mapToDouble(r -> r[0] * r[1] / 100).sum();
        double denominator = rows.stream().mapToDouble(r -> r[0]).sum();
        return denominator == 0 ? 0 : 100 * numerator / denominator;
    }

    static String band(double rate, double pooledPct, double n) {
        double p = pooledPct / 100;
        double se = 100 * Math.sqrt(p * (1 - p) / n);
        double distance = rate - pooledPct;
        if (Math.abs(distance) > Z998 * se) {
            return distance > 0 ? "above998" : "below998";
        }
        if (Math.abs(distance) > Z95 * se) {
            return distance > 0 ? "above95" : "below95";
        }
        return "inside";
    }

    /** Limits at log-spaced denominators from the smallest unit to the largest. */
    private static List<Limit> limits(List<double[]> rows, double pooledPct) {
        double min = rows.stream().mapToDouble(r -> r[0]).min().orElse(1);
        double max = rows.stream().mapToDouble(r -> r[0]).max().orElse(1);
        double p = pooledPct / 100;
        List<Limit> limits = new ArrayList<>();
        for (int i = 0; i <= LIMIT_POINTS; i++) {
            double n = Math.exp(Math.log(Math.max(1, min * 0.8)) + i * (Math.log(max * 1.1) - Math.log(Math.max(1, min * 0.8))) / LIMIT_POINTS);
            double se = Math.sqrt(p * (1 - p) / n);
            limits.add(new Limit(n, clamp(p - Z95 * se), clamp(p + Z95 * se), clamp(p - Z998 * se), clamp(p + Z998 * se)));
        }
        return limits;
    }

    private static double clamp(double proportion) {
        return 100 * Math.max(0, Math.min(1, proportion));
    }
}
