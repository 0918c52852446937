package vn.doisanh.export;

import vn.doisanh.warehouse.query.ComparisonGroup;

import java.util.Objects;
import java.util.Optional;

/**
 * A meeting pack for one unit and period. {@code period} empty: the latest period the unit reported for.
 * {@code indicator}: the headline indicator of the ranking and trend pages (default: the on-time rate).
 */
public record PackRequest(String unitCode, Optional<String> period, ComparisonGroup group, String indicator) {
    public static final String DEFAULT_INDICATOR = "on_time_rate_pct";

    public PackRequest {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(indicator, "indicator");
    }

    public static PackRequest of(String unitCode, Optional<String> period) {
        return new PackRequest(unitCode, period, ComparisonGroup.ALL, DEFAULT_INDICATOR);
    }
}
