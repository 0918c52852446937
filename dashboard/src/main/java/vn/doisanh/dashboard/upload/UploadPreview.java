package vn.doisanh.dashboard.upload;

import java.util.List;

/**
 * What an analyst sees of one uploaded file before loading it: what the extractor (the ETL's own code) read from
 * it, and whether it may be loaded.
 *
 * @param stored         kept in the landing zone (false when refused before: too large, unknown content)
 * @param receivedBefore when the same bytes first arrived, for a file sent again; null for a new one
 */
public record UploadPreview(String sha256, String name, long size, String format, boolean stored,
                            String receivedBefore, String uploadedBy, Unit unit, List<Period> periods,
                            List<FactRow> facts, List<WarningRow> warnings, Verdict verdict) {
    public UploadPreview {
        periods = List.copyOf(periods);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }

    public record Unit(String code, String name, String type) {
    }

    public record Period(String key, String start, String end, String label) {
    }

    /** A figure taken: the indicator, its value and unit, and the sentence it came from. */
    public record FactRow(String indicator, double value, String unit, String period, String sentence,
                          String location, String rule) {
    }

    /** {@code args}: the warning's figures by name, for the page to word it in Vietnamese. */
    public record WarningRow(String code, String message, java.util.Map<String, String> args) {
        public WarningRow {
            args = args == null ? java.util.Map.of() : java.util.Map.copyOf(args);
        }
    }

    /** {@code accepted}, or {@code rejected} with a stable code (the page translates it) and a reason in English. */
    public record Verdict(String status, String code, String reason) {
        public static Verdict accepted() {
            return new Verdict("accepted", null, null);
        }

        public static Verdict rejected(String code, String reason) {
            return new Verdict("rejected", code, reason);
        }

        /** Read, figures kept, but not loadable until someone says its unit or period (the code says which). */
        public static Verdict held(String code, String reason) {
            return new Verdict("held", code, reason);
        }

        public boolean isAccepted() {
            return "accepted".equals(status);
        }
    }

    public boolean accepted() {
        return verdict.isAccepted();
    }

    /** A file refused before anything was read from it. */
    static UploadPreview refused(String sha256, String name, long size, String code, String reason) {
        return new UploadPreview(sha256, name, size, null, false, null, null, null, List.of(), List.of(), List.of(),
                Verdict.rejected(code, reason));
    }
}
