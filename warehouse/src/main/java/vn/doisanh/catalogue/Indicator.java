package vn.doisanh.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the indicator catalogue. Values are always stored in {@code unit}; the plausible range is per unit
 * of the catalogue and feeds the "far outside the plausible range" validation.
 */
public record Indicator(
        String id,
        String group,
        IndicatorKind kind,
        String unit,
        Direction direction,
        String nameVi,
        String nameEn,
        String definitionVi,
        String definitionEn,
        String formula,
        Double plausibleMin,
        Double plausibleMax,
        String breakdown) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("indicator id must be snake_case, got '" + id + "'");
        }
        if (kind == IndicatorKind.DERIVED && (formula == null || formula.isBlank())) {
            throw new IllegalArgumentException("derived indicator " + id + " needs a formula");
        }
    }

    public boolean isPercentage() {
        return "pct".equals(unit);
    }

    /** The kind of breakdown a fact of this indicator may carry (document type, school level…), if any. */
    public Optional<String> breakdownKind() {
        return breakdown == null || breakdown.isBlank() ? Optional.empty() : Optional.of(breakdown);
    }

    public boolean isPlausible(double value) {
        if (plausibleMin != null && value < plausibleMin) {
            return false;
        }
        return plausibleMax == null || value <= plausibleMax;
    }
}
