package vn.doisanh.catalogue;

/** Reported indicators come from reports; derived ones are computed in the warehouse from a formula. */
public enum IndicatorKind {
    REPORTED,
    DERIVED;

    static IndicatorKind parse(String text) {
        return switch (text.trim()) {
            case "reported" -> REPORTED;
            case "derived" -> DERIVED;
            default -> throw new IllegalArgumentException("unknown kind '" + text + "'");
        };
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
