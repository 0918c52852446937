package vn.doisanh.export;

import java.util.Locale;

/**
 * The units a median is taken over, kept apart from the units shown (as local-government benchmarking tools do):
 * all units, the same type, the same former district, or the unit's nearest peers. Ranks stay city-wide.
 * The same four codes as the dashboard's {@code group} parameter.
 */
public enum ComparisonGroup {
    ALL, TYPE, DISTRICT, PEERS;

    /** {@code all}, {@code type}, {@code district} or {@code peers}, any case. */
    public static ComparisonGroup parse(String text) {
        for (ComparisonGroup group : values()) {
            if (group.code().equalsIgnoreCase(text.strip())) {
                return group;
            }
        }
        throw new IllegalArgumentException("comparison group must be all, type, district or peers, got '" + text + "'");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A group other than all is drawn around one unit. */
    public boolean needsUnit() {
        return this != ALL;
    }
}
