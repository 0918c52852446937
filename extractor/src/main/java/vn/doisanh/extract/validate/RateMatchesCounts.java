package vn.doisanh.extract.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/**
 * A reported rate must agree with the rate computed from its own counts, to the precision it was written with
 * (99,89% vs 17003/17049 = 99,73% does not). Both values are kept; the warehouse shows them side by side.
 */
final class RateMatchesCounts implements ValidationCheck {
    private record RateDefinition(String rate, String numerator, String denominator) {
    }

    private static final List<RateDefinition> RATES = List.of(
            new RateDefinition("on_time_rate_pct", "cases_on_time", "cases_received"),
            new RateDefinition("overdue_rate_pct", "cases_overdue", "cases_received"),
            new RateDefinition("ethnic_minority_rate_pct", "ethnic_minority_people", "population"));

    @Override
    public List<Warning> check(List<Fact> facts) {
        List<Warning> warnings = new ArrayList<>();
        for (List<Fact> group : new FactSet(facts).groups()) {
            for (RateDefinition definition : RATES) {
                compare(group, facts, definition).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    private static Optional<Warning> compare(List<Fact> group, List<Fact> all, RateDefinition definition) {
        Optional<Fact> rate = FactSet.total(group, definition.rate());
        Optional<Fact> numerator = FactSet.total(group, definition.numerator());
        // Population is a stock without sub-period; look for it among all facts.
        Optional<Fact> denominator = FactSet.total(group, definition.denominator())
                .or(() -> FactSet.total(all, definition.denominator()));
        if (rate.isEmpty() || numerator.isEmpty() || denominator.isEmpty() || denominator.get().value() <= 0) {
            return Optional.empty();
        }
        double computed = 100.0 * numerator.get().value() / denominator.get().value();
        double reported = rate.get().value();
        double tolerance = 0.5 * Math.pow(10, -decimals(reported)) + 1e-9;
        if (Math.abs(computed - reported) <= tolerance) {
            return Optional.empty();
        }
        return Optional.of(new Warning("rate_mismatch",
                definition.rate() + " is reported as " + Numbers.plain(reported) + "% but "
                        + definition.numerator() + "/" + definition.denominator() + " = "
                        + Numbers.plain(numerator.get().value()) + "/" + Numbers.plain(denominator.get().value())
                        + " = " + String.format(java.util.Locale.ROOT, "%.2f", computed) + "%",
                List.of(definition.rate(), definition.numerator(), definition.denominator()), rate.get().evidence()));
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }
}
