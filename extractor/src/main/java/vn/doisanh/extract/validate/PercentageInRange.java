package vn.doisanh.extract.validate;

import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** Shares lie within 0..100 (revenue against plan and growth targets are not shares and may leave it). */
final class PercentageInRange implements ValidationCheck {
    private final Catalogue catalogue;

    PercentageInRange(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Warning> check(List<Fact> facts) {
        return facts.stream()
                .filter(f -> isShare(catalogue.require(f.indicator())))
                .filter(f -> f.value() < 0 || f.value() > 100)
                .map(f -> new Warning("percentage_out_of_range",
                        f.indicator() + " = " + Numbers.plain(f.value()) + "% is outside 0..100",
                        List.of(f.indicator()), f.evidence(),
                        Warning.args("indicator", f.indicator(), "value", Numbers.plain(f.value()))))
                .toList();
    }

    private static boolean isShare(Indicator indicator) {
        return indicator.isPercentage() && Double.valueOf(0).equals(indicator.plausibleMin())
                && Double.valueOf(100).equals(indicator.plausibleMax());
    }
}
