package vn.doisanh.warehouse.query;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one indicator spreads over the units in one frame: summary statistics, equal-width bins, every value. */
public final class DistributionQuery {
    public static final int DEFAULT_BINS = 10;

    private final Warehouse warehouse;

    public DistributionQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public record Request(String indicator, Optional<String> period, int bins) {
        public Request {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
            if (bins < 1 || bins > 100) {
                throw new IllegalArgumentException("bins must be 1..100, got " + bins);
            }
        }
    }

    public record Distribution(IndicatorInfo indicator, Frame frame, Stats stats, List<Bin> bins,
            List<UnitValue> values) {
        public Distribution {
            bins = List.copyOf(bins);
            values = List.copyOf(values);
        }
    }

    public record Stats(int n, double min, double p25, double median, double p75, double max, double mean,
            double stddev) {
    }

    /** [lower, upper): the last bin includes its upper bound. */
    public record Bin(double lower, double upper, int count) {
    }

    public record UnitValue(String unitCode, String unitName, double value, int quartile) {
    }

    public Distribution run(Request request) {
        try (Session session = warehouse.session()) {
            IndicatorInfo indicator = session.dimensions().indicator(request.indicator());
            Frame frame = FramesQuery.resolve(session.dimensions().frames(), request.period());
            Optional<Stats> stats = Jdbc.list(session, "queries/distribution_stats.sql", row -> new Stats(
                    row.getInt("n"), row.getDouble("min"), row.getDouble("p25"), row.getDouble("median"),
                    row.getDouble("p75"), row.getDouble("max"), row.getDouble("mean"), row.getDouble("stddev")),
                    frame.periodKey(), indicator.id()).stream().findFirst();
            if (stats.isEmpty()) {
                return new Distribution(indicator, frame, new Stats(0, 0, 0, 0, 0, 0, 0, 0), List.of(), List.of());
            }
            List<int[]> counts = Jdbc.list(session, "queries/distribution_bins.sql",
                    row -> new int[] {row.getInt("bin"), row.getInt("count")},
                    request.bins(), frame.periodKey(), indicator.id(), frame.periodKey(), indicator.id());
            List<UnitValue> values = Jdbc.list(session, "queries/distribution_values.sql", row -> new UnitValue(
                    row.getString("unit_code"), row.getString("unit_name"), row.getDouble("value"),
                    row.getInt("quartile")), frame.periodKey(), indicator.id());
            return new Distribution(indicator, frame, stats.get(), bins(stats.get(), request.bins(), counts), values);
        } catch (SQLException e) {
            throw Jdbc.failure("distribution of " + request.indicator(), e);
        }
    }

    private static List<Bin> bins(Stats stats, int binCount, List<int[]> counts) {
        // All values equal: one bin holds them all, whatever was asked.
        int count = stats.max() == stats.min() ? 1 : binCount;
        double width = (stats.max() - stats.min()) / count;
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            int n = counts.stream().filter(c -> c[0] == index).mapToInt(c -> c[1]).sum();
            double upper = i == count - 1 ? stats.max() : stats.min() + width * (i + 1);
            bins.add(new Bin(stats.min() + width * i, upper, n));
        }
        return bins;
    }
}
