package vn.doisanh.bench;

import java.util.Locale;

/** Figure ÷ baseline, printed the same way everywhere: "2.41×", "0.93×", "—" when there is no baseline. */
public final class Ratio {
    private Ratio() {
    }

    public static Double of(double figure, double baseline) {
        return baseline == 0 || Double.isNaN(baseline) || Double.isNaN(figure) ? null : figure / baseline;
    }

    public static String format(Double ratio) {
        if (ratio == null || ratio.isNaN() || ratio.isInfinite()) {
            return "—";
        }
        return String.format(Locale.ROOT, ratio >= 100 ? "%.0f×" : ratio >= 10 ? "%.1f×" : ratio >= 0.1 ? "%.2f×" : "%.2g×", ratio);
    }
}
