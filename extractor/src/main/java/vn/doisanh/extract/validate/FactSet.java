package vn.doisanh.extract.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;

/** The facts of one report grouped by their time (sub-period), for checks that compare figures of one time. */
final class FactSet {
    private final Map<String, List<Fact>> byTime = new LinkedHashMap<>();

    FactSet(List<Fact> facts) {
        for (Fact fact : facts) {
            byTime.computeIfAbsent(timeKey(fact), k -> new ArrayList<>()).add(fact);
        }
    }

    private static String timeKey(Fact fact) {
        return fact.qualifier().subPeriodStart() + ".." + fact.qualifier().subPeriodEnd();
    }

    List<List<Fact>> groups() {
        return List.copyOf(byTime.values());
    }

    /** The total (no breakdown) of an indicator in one group. */
    static Optional<Fact> total(List<Fact> group, String indicator) {
        return group.stream().filter(f -> f.indicator().equals(indicator) && !f.qualifier().hasBreakdown()).findFirst();
    }
}
