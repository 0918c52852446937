package vn.doisanh.extract.validate;

import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** A value far outside what a commune-level unit can have (the catalogue's plausible range), or negative, is flagged. */
final class PlausibleRange implements ValidationCheck {
    private final Catalogue catalogue;

    PlausibleRange(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Warning> check(List<Fact> facts) {
        return facts.stream()
                .filter(f -> !f.qualifier().hasBreakdown())
                .filter(f -> !catalogue.require(f.indicator()).isPlausible(f.value()))
                .filter(f -> !catalogue.require(f.indicator()).isPercentage() || withinShare(f))
                .map(f -> warning(catalogue.require(f.indicator()), f))
                .toList();
    }

    /** Shares outside 0..100 are already reported by {@link PercentageInRange}. */
    private static boolean withinShare(Fact fact) {
        return fact.value() >= 0 && fact.value() <= 100;
    }

    private static Warning warning(Indicator indicator, Fact fact) {
        if (fact.value() < 0) {
            return new Warning("negative_value", indicator.id() + " = " + Numbers.plain(fact.value())
                    + " is negative; a count or amount cannot be", List.of(indicator.id()), fact.evidence(),
                    Warning.args("indicator", indicator.id(), "value", Numbers.plain(fact.value())));
        }
        return new Warning("implausible_value",
                indicator.id() + " = " + Numbers.plain(fact.value()) + " " + indicator.unit()
                        + " is outside the plausible range " + Numbers.plain(indicator.plausibleMin()) + ".."
                        + Numbers.plain(indicator.plausibleMax()) + " for a commune-level unit",
                List.of(indicator.id()), fact.evidence(), Warning.args("indicator", indicator.id(),
                        "value", Numbers.plain(fact.value()), "min", Numbers.plain(indicator.plausibleMin()),
                        "max", Numbers.plain(indicator.plausibleMax())));
    }
}
