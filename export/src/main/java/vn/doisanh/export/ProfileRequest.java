package vn.doisanh.export;

import vn.doisanh.warehouse.query.ComparisonGroup;

import java.util.Objects;
import java.util.Optional;

/** A unit profile to export. {@code period} empty: the latest period the unit reported for. */
public record ProfileRequest(String unitCode, Optional<String> period, ComparisonGroup group) {
    public ProfileRequest {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(group, "group");
    }

    public static ProfileRequest of(String unitCode, Optional<String> period) {
        return new ProfileRequest(unitCode, period, ComparisonGroup.ALL);
    }
}
