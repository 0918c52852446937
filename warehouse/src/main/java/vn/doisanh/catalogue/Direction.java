package vn.doisanh.catalogue;

/** Which way an indicator improves; rankings and quartile colours depend on it. */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER,
    NEUTRAL;

    static Direction parse(String text) {
        return switch (text.trim()) {
            case "higher_better" -> HIGHER_BETTER;
            case "lower_better" -> LOWER_BETTER;
            case "neutral" -> NEUTRAL;
            default -> throw new IllegalArgumentException("unknown direction '" + text + "'");
        };
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
