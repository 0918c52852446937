package vn.doisanh.warehouse.query;

import java.util.Locale;
import java.util.Optional;

/**
 * The units an average is taken over, kept apart from the units shown (as local-government benchmarking tools do):
 * all units, the same type, the same former district, or a unit's nearest peers. Ranks stay city-wide.
 */
public enum ComparisonGroup {
    ALL, TYPE, DISTRICT, PEERS;

    /** {@code all}, {@code type}, {@code district} or {@code peers}, any case. */
    public static Optional<ComparisonGroup> parse(String text) {
        for (ComparisonGroup group : values()) {
            if (group.code().equalsIgnoreCase(text.strip())) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    public static ComparisonGroup require(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "comparison group must be all, type, district or peers, got '" + text + "'"));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A group other than all is drawn around one unit. */
    public boolean needsUnit() {
        return this != ALL;
    }
}
