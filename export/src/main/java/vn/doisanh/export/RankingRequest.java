package vn.doisanh.export;

import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.RankingFilter;

import java.util.Objects;
import java.util.Optional;

/**
 * A ranking to export: all units on one indicator and period, narrowed by filters. {@code unitCode}, when given,
 * is the unit the reader cares about: its row is marked, and groups other than {@code all} are drawn around it.
 * {@code period} empty: the city-wide default period.
 */
public record RankingRequest(String indicator, Optional<String> period, RankingFilter filters, ComparisonGroup group,
        Optional<String> unitCode) {
    public RankingRequest {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(unitCode, "unitCode");
        if (group.needsUnit() && unitCode.isEmpty()) {
            throw new IllegalArgumentException("comparison group '" + group.code() + "' needs a unit");
        }
    }

    public static RankingRequest of(String indicator, Optional<String> period) {
        return new RankingRequest(indicator, period, RankingFilter.none(), ComparisonGroup.ALL, Optional.empty());
    }
}
