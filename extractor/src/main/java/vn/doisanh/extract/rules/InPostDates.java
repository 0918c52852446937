package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;

/**
 * "Đến ngày 30/11/2026, xã có 47 cán bộ, công chức có mặt …; khối giáo dục được giao 486, có mặt 471": a count in
 * post later in the same line of text, with no date of its own, is counted on the day the line's first one is.
 */
final class InPostDates {
    private InPostDates() {
    }

    static List<Fact> carriedAlongTheLine(List<Fact> facts) {
        List<Fact> dated = new ArrayList<>();
        for (Fact fact : facts) {
            if (!isInPost(fact) || fact.qualifier().asOf() != null) {
                dated.add(fact);
                continue;
            }
            dated.add(dayOfAnEarlierCountOnItsLine(fact, facts).map(day -> withAsOf(fact, day)).orElse(fact));
        }
        return dated;
    }

    /** The one date the earlier counts in post of the line agree on; none when they disagree. */
    private static Optional<String> dayOfAnEarlierCountOnItsLine(Fact fact, List<Fact> facts) {
        List<String> days = facts.stream().filter(f -> isInPost(f) && f.qualifier().asOf() != null
                        && f.evidence().location().equals(fact.evidence().location())
                        && f.evidence().offset() <= fact.evidence().offset())
                .map(f -> f.qualifier().asOf()).distinct().toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    private static boolean isInPost(Fact fact) {
        return fact.indicator().endsWith("_present");
    }

    private static Fact withAsOf(Fact fact, String day) {
        return new Fact(fact.indicator(), fact.value(), fact.unit(), fact.qualifier().withAsOf(day), fact.evidence(),
                fact.rule());
    }
}
