package vn.doisanh.extract.validate;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** Runs every validation check over the facts of one report and gathers their warnings, in a fixed order. */
public final class FactValidator {
    private final List<ValidationCheck> checks;

    public FactValidator(Catalogue catalogue) {
        this.checks = List.of(
                new CountsWithinReceived(),
                new RateMatchesCounts(),
                new PresentWithinQuota(),
                new PercentageInRange(catalogue),
                new BreakdownSumsToTotal(),
                new PlausibleRange(catalogue));
    }

    public List<Warning> validate(List<Fact> facts) {
        List<Warning> warnings = new ArrayList<>();
        for (ValidationCheck check : checks) {
            warnings.addAll(check.check(facts));
        }
        return warnings;
    }
}
