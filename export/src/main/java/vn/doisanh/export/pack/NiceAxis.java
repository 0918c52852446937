package vn.doisanh.export.pack;

import java.util.Collection;
import java.util.Objects;

/**
 * A value axis that frames the data instead of starting at zero: on-time rates between 90 and 100% would all look
 * alike on a 0–100 axis. Ticks fall on round steps (1, 2, 2.5, 5 × 10^k), about five of them.
 */
final class NiceAxis {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    private NiceAxis() {
    }

    static ChartSpec.Axis of(Collection<Double> values, String title, boolean percent) {
        double min = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
        if (max - min < 1e-9) {
            min -= Math.max(1, Math.abs(min) * 0.1);
            max += Math.max(1, Math.abs(max) * 0.1);
        }
        double step = step((max - min) / 5);
        double low = Math.floor(min / step) * step;
        double high = Math.ceil(max / step) * step;
        if (high - max < step * 0.05) {
            high += step; // room above the tallest bar for its label
        }
        if (percent) {
            low = Math.max(0, low);
            high = Math.min(100, high);
        }
        if (min >= 0) {
            low = Math.max(0, low);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return new ChartSpec.Axis(low, high, step, title, decimals);
    }

    private static double step(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double s : STEPS) {
            if (s * magnitude >= rough) {
                return s * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
