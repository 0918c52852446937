package vn.doisanh.extract.model;

import java.util.Objects;

/**
 * One figure of the catalogue taken from one report. {@code value} is in the catalogue's {@code unit};
 * {@code rule} names the rule that took it, so an analyst can see why.
 */
public record Fact(String indicator, double value, String unit, Qualifier qualifier, Evidence evidence, String rule) {
    public Fact {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(evidence, "evidence");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(indicator + ": value must be finite");
        }
    }

    /** Facts with the same key describe the same thing; two different values for one key conflict. */
    public String key() {
        return indicator + "|" + qualifier.key();
    }
}
