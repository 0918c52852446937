package vn.doisanh.bench;

import java.util.Arrays;
import java.util.List;

/** Median and spread of repeated measurements (nearest-rank percentiles: no interpolation between samples). */
public record Stats(int n, double min, double p50, double p90, double p99, double max) {

    public static Stats of(List<Double> samples) {
        return of(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Stats of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, sorted[0], percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** Nearest rank: the smallest sample with at least {@code p}% of the samples at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** "12.3 (min 11.9, max 13.0, n=5)": the median with its spread, for repetitions of a whole run. */
    public String medianWithRange(String format) {
        if (n == 1) {
            return String.format(java.util.Locale.ROOT, format + " (n=1)", p50);
        }
        return String.format(java.util.Locale.ROOT, format + " (min " + format + ", max " + format + ", n=%d)",
                p50, min, max, n);
    }
}
