package vn.doisanh.extract.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;

/**
 * A span written in a heading holds for the items under it: under "a) Tiếp nhận, giải quyết hồ sơ (từ 01/7/2025
 * đến 31/12/2025)" the line "+ Tổng số: 7.412 hồ sơ" is a figure of July to December, and under "- Có mặt đến ngày
 * 31/12/2025:" a count is as of that day. Only a fact whose own sentence named no span takes its nearest heading's.
 */
final class HeadingSpans {
    /** "(từ 01/7/2025 đến hết ngày 31/3/2026)": the end of a span is no date of a count. */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\btừ\\b",
            RulePatterns.FLAGS);
    private final Map<String, ExtractionRule.Timing> timings = new HashMap<>();

    HeadingSpans(RuleTable rules) {
        // A target names its own horizon; it takes no span from a heading ("Nhiệm vụ quý II": a plan for it).
        rules.rules().stream().filter(rule -> !rule.target())
                .forEach(rule -> timings.putIfAbsent(rule.indicator(), rule.timing()));
        rules.rules().stream().filter(ExtractionRule::target).forEach(rule -> timings.remove(rule.indicator()));
    }

    List<Fact> apply(List<Fact> facts, TreeMap<Integer, Outline.Item> items, String text, ReportPeriod period) {
        return facts.stream().map(fact -> underItsHeadings(fact, items, text, period)).toList();
    }

    private Fact underItsHeadings(Fact fact, TreeMap<Integer, Outline.Item> items, String text, ReportPeriod period) {
        ExtractionRule.Timing timing = timings.get(fact.indicator());
        Qualifier own = fact.qualifier();
        boolean open = timing == ExtractionRule.Timing.FLOW ? own.subPeriodStart() == null
                : timing == ExtractionRule.Timing.STOCK && own.asOf() == null && fact.indicator().endsWith("_present");
        Entry<Integer, Outline.Item> line = items.floorEntry(fact.evidence().offset());
        if (!open || line == null || fact.evidence().offset() > line.getValue().lineEnd()) {
            return fact;
        }
        for (Outline.Item up = line.getValue().parent(); up != null; up = up.parent()) {
            Qualifier heading = TimeQualifiers.qualify(text.substring(up.lineStart(), up.lineEnd()), timing, period);
            if (heading.subPeriodStart() != null) {
                return withQualifier(fact, own.withSubPeriod(heading.subPeriodStart(), heading.subPeriodEnd()));
            }
            if (heading.asOf() != null && !RANGE.matcher(text.substring(up.lineStart(), up.lineEnd())).find()) {
                return withQualifier(fact, own.withAsOf(heading.asOf()));
            }
        }
        return fact;
    }

    private static Fact withQualifier(Fact fact, Qualifier qualifier) {
        return new Fact(fact.indicator(), fact.value(), fact.unit(), qualifier, fact.evidence(), fact.rule());
    }
}
