package vn.doisanh.extract.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/**
 * A reported rate must agree with a rate computed from the report's own counts. Communes divide by cases received
 * or by cases resolved (stated, or on time plus overdue), so either agrees, and a rate is questioned only when every
 * denominator it may have is known: with the received cases unread, 97,2% of them cannot be proved wrong. Agreement is to the precision the rate
 * was written with, but never stricter than {@link #MATERIAL} points: Hà Bắc's 99,89% against 17.003 of 17.019
 * resolved (99,906%) is the one-stop software's counts and rates drawn a few cases apart, not an inconsistency to
 * put before the city. 99,96% against 4.711 of 4.907 received (96,01%) or of 4.769 resolved (98,78%) is.
 */
final class RateMatchesCounts implements ValidationCheck {
    /** Percentage points below which a difference is a handful of cases (8 of 17.049), not a finding. */
    static final double MATERIAL = 0.05;

    private record RateDefinition(String rate, String numerator, List<String> denominators) {
    }

    private static final String RESOLVED = "cases_resolved";
    private static final List<RateDefinition> RATES = List.of(
            new RateDefinition("on_time_rate_pct", "cases_on_time", List.of("cases_received", RESOLVED)),
            new RateDefinition("overdue_rate_pct", "cases_overdue", List.of("cases_received", RESOLVED)),
            new RateDefinition("ethnic_minority_rate_pct", "ethnic_minority_people", List.of("population")));

    private record Denominator(String indicator, double value) {
    }

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
        List<Denominator> denominators = definition.denominators().stream()
                .flatMap(d -> denominator(group, all, d).stream()).filter(d -> d.value() > 0).toList();
        if (rate.isEmpty() || numerator.isEmpty() || denominators.size() < definition.denominators().size()) {
            return Optional.empty();
        }
        double reported = rate.get().value();
        double tolerance = Math.max(0.5 * Math.pow(10, -decimals(reported)), MATERIAL) + 1e-9;
        boolean agrees = denominators.stream()
                .anyMatch(d -> Math.abs(100.0 * numerator.get().value() / d.value() - reported) <= tolerance);
        if (agrees) {
            return Optional.empty();
        }
        Denominator first = denominators.get(0);
        double computed = 100.0 * numerator.get().value() / first.value();
        String computedText = String.format(Locale.ROOT, "%.2f", computed);
        return Optional.of(new Warning("rate_mismatch",
                definition.rate() + " is reported as " + Numbers.plain(reported) + "% but "
                        + definition.numerator() + "/" + first.indicator() + " = "
                        + Numbers.plain(numerator.get().value()) + "/" + Numbers.plain(first.value())
                        + " = " + computedText + "%",
                List.of(definition.rate(), definition.numerator(), first.indicator()), rate.get().evidence(),
                Warning.args("rate", definition.rate(), "reported", Numbers.plain(reported),
                        "numerator", definition.numerator(), "denominator", first.indicator(),
                        "numeratorValue", Numbers.plain(numerator.get().value()),
                        "denominatorValue", Numbers.plain(first.value()), "computed", computedText)));
    }

    /** Population is a stock without sub-period: looked for among all facts. Resolved may be on time + overdue. */
    private static Optional<Denominator> denominator(List<Fact> group, List<Fact> all, String indicator) {
        Optional<Fact> stated = FactSet.total(group, indicator).or(() -> FactSet.total(all, indicator));
        if (stated.isPresent()) {
            return Optional.of(new Denominator(indicator, stated.get().value()));
        }
        if (!indicator.equals(RESOLVED)) {
            return Optional.empty();
        }
        Optional<Fact> onTime = FactSet.total(group, "cases_on_time");
        Optional<Fact> overdue = FactSet.total(group, "cases_overdue");
        return onTime.isPresent() && overdue.isPresent()
                ? Optional.of(new Denominator(RESOLVED, onTime.get().value() + overdue.get().value()))
                : Optional.empty();
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }
}
