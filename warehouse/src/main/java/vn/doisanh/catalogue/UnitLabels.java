package vn.doisanh.catalogue;

import java.util.Map;

/** How a catalogue unit of measure is written after a number in Vietnamese ("36.429 người", "99,89 %"). */
public final class UnitLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("pct", "%"),
            Map.entry("km2", "km²"),
            Map.entry("people", "người"),
            Map.entry("count", ""),
            Map.entry("households", "hộ"),
            Map.entry("cases", "hồ sơ"),
            Map.entry("documents", "văn bản"),
            Map.entry("points", "điểm"),
            Map.entry("million_vnd", "triệu đồng"),
            Map.entry("people_per_km2", "người/km²"),
            Map.entry("per_10k", "/10.000 dân"),
            Map.entry("cases_per_person", "hồ sơ/người"),
            Map.entry("documents_per_person", "văn bản/người"),
            Map.entry("thousand_vnd_per_person", "nghìn đồng/người"));

    private UnitLabels() {
    }

    public static String label(String unit) {
        return unit == null ? "" : LABELS.getOrDefault(unit, unit);
    }
}
