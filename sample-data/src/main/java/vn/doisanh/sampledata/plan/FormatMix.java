package vn.doisanh.sampledata.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many reports of each format to make, as weights: "mix" is 60% txt, 20% docx, 10% csv, 10% xlsx; "txt" or
 * "txt=3,docx=1" choose others. Counts are handed out exactly (largest remainder), not rolled per report, so a
 * small run still gets every format its weights ask for.
 */
public final class FormatMix {
    private final Map<ReportFormat, Integer> weights;

    private FormatMix(Map<ReportFormat, Integer> weights) {
        this.weights = weights;
    }

    public static FormatMix defaultMix() {
        return parse("txt=60,docx=20,csv=10,xlsx=10");
    }

    public static FormatMix parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("mix")) {
            return defaultMix();
        }
        Map<ReportFormat, Integer> weights = new EnumMap<>(ReportFormat.class);
        for (String item : text.split(",")) {
            String[] parts = item.split("=");
            int weight = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : 1;
            if (weight < 0 || parts.length > 2) {
                throw new IllegalArgumentException("bad format weight '" + item + "' in --formats " + text);
            }
            weights.merge(ReportFormat.parse(parts[0]), weight, Integer::sum);
        }
        if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("--formats " + text + " gives every format weight 0");
        }
        return new FormatMix(weights);
    }

    /** Exactly {@code total} formats in enum order; the planner shuffles them. */
    public List<ReportFormat> allot(int total) {
        int weightSum = weights.values().stream().mapToInt(Integer::intValue).sum();
        Map<ReportFormat, Integer> counts = new EnumMap<>(ReportFormat.class);
        int given = 0;
        for (Map.Entry<ReportFormat, Integer> entry : weights.entrySet()) {
            int count = (int) ((long) total * entry.getValue() / weightSum);
            counts.put(entry.getKey(), count);
            given += count;
        }
        // Hand the remainder to the formats in weight order so the largest shares round up first.
        List<ReportFormat> byWeight = new ArrayList<>(weights.keySet());
        byWeight.removeIf(format -> weights.get(format) == 0);
        byWeight.sort((a, b) -> Integer.compare(weights.get(b), weights.get(a)));
        for (int i = 0; given < total; i++, given++) {
            counts.merge(byWeight.get(i % byWeight.size()), 1, Integer::sum);
        }
        List<ReportFormat> formats = new ArrayList<>();
        counts.forEach((format, count) -> {
            for (int i = 0; i < count; i++) {
                formats.add(format);
            }
        });
        return formats;
    }
}
