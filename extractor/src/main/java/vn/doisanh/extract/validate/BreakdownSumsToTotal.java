package vn.doisanh.extract.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** The items of a breakdown add up to their total (3975 = 1609 + 148 + 165 + 90 + 1059 + 904). */
final class BreakdownSumsToTotal implements ValidationCheck {
    @Override
    public List<Warning> check(List<Fact> facts) {
        Map<String, Fact> totals = new LinkedHashMap<>();
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Fact fact : facts) {
            String key = fact.indicator() + "|" + fact.qualifier().withoutBreakdown().key();
            if (fact.qualifier().hasBreakdown()) {
                sums.merge(key, fact.value(), Double::sum);
            } else {
                totals.putIfAbsent(key, fact);
            }
        }
        List<Warning> warnings = new ArrayList<>();
        sums.forEach((key, sum) -> {
            Fact total = totals.get(key);
            if (total != null && Math.abs(total.value() - sum) > 1e-6) {
                warnings.add(new Warning("breakdown_sum_mismatch",
                        total.indicator() + " total " + Numbers.plain(total.value()) + " but its items add up to "
                                + Numbers.plain(sum) + describe(total),
                        List.of(total.indicator()), total.evidence(), Warning.args("indicator", total.indicator(),
                                "total", Numbers.plain(total.value()), "sum", Numbers.plain(sum))));
            }
        });
        return warnings;
    }

    private static String describe(Fact total) {
        String key = total.qualifier().key();
        return key.isEmpty() ? "" : " (" + key + ")";
    }
}
