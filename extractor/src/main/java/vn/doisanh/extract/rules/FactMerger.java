package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/**
 * One value per indicator and qualifier. A figure repeated with the same value ("18 thôn" twice) is kept once;
 * different values for the same thing keep the first (the higher-priority rule, or the earlier sentence) and
 * raise a {@code conflicting_values} warning that shows both sentences. Nothing is dropped silently.
 */
public final class FactMerger {
    private static final double SAME = 1e-9;

    /** {@code dropped}: the other values of conflicting figures, which the number ledger shows as unread. */
    public record Result(List<Fact> facts, List<Warning> warnings, List<Fact> dropped) {
    }

    private FactMerger() {
    }

    public static Result merge(List<Fact> candidates) {
        Map<String, Fact> kept = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        List<Fact> dropped = new ArrayList<>();
        for (Fact fact : candidates) {
            Fact first = kept.putIfAbsent(fact.key(), fact);
            if (first != null && Math.abs(first.value() - fact.value()) > SAME) {
                warnings.add(conflict(first, fact));
                dropped.add(fact);
            }
        }
        List<Fact> facts = new ArrayList<>(kept.values());
        facts.sort((a, b) -> Integer.compare(a.evidence().offset(), b.evidence().offset()));
        return new Result(facts, warnings, dropped);
    }

    private static Warning conflict(Fact kept, Fact other) {
        String message = String.format(Locale.ROOT,
                "%s is given as %s (%s) and as %s (%s); %s is kept", kept.indicator(),
                plain(kept.value()), kept.evidence().location(), plain(other.value()), other.evidence().location(),
                plain(kept.value()));
        return new Warning("conflicting_values", message, List.of(kept.indicator()), other.evidence(),
                Warning.args("indicator", kept.indicator(), "kept", plain(kept.value()),
                        "keptAt", kept.evidence().location(), "other", plain(other.value()),
                        "otherAt", other.evidence().location()));
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }
}
