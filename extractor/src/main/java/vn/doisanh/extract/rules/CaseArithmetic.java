package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.source.SourceText;

/**
 * "Trả lời: 8.846 - 8.752 - 8.719 - 33", "giải quyết 4.880 hồ sơ (4.851 …, 29 …)": a case count or rate that no
 * rule read, found in the sentence of the counts it follows from. Resolved cases are those on time plus those
 * overdue, and the rates are their shares; a number that is exactly what the other figures make it, and the only
 * such number in their sentence, is that figure. Anything less certain stays unread.
 */
final class CaseArithmetic {
    private static final String RESOLVED = "cases_resolved";
    private static final String ON_TIME = "cases_on_time";
    private static final String OVERDUE = "cases_overdue";
    private static final RulePatterns.Compiled COUNT = RulePatterns.compile("{N}(?!\\s*%)");
    private static final RulePatterns.Compiled RATE = RulePatterns.compile("{P}");

    private record Found(int start, int end, double value) {
    }

    private CaseArithmetic() {
    }

    static List<Fact> complete(List<Fact> facts, String text, SourceText source, Claims claims, Catalogue catalogue) {
        List<Fact> added = new ArrayList<>();
        for (Map<String, Fact> group : byQualifier(facts).values()) {
            Fact resolved = group.get(RESOLVED);
            Fact onTime = group.get(ON_TIME);
            Fact overdue = group.get(OVERDUE);
            if (resolved != null && onTime != null && overdue == null) {
                overdue = count(OVERDUE, resolved.value() - onTime.value(), List.of(onTime, resolved), text, source,
                        claims, catalogue).orElse(null);
                add(overdue, added);
            } else if (onTime != null && overdue != null && resolved == null) {
                resolved = count(RESOLVED, onTime.value() + overdue.value(), List.of(onTime, overdue), text, source,
                        claims, catalogue).orElse(null);
                add(resolved, added);
            } else if (resolved != null && overdue != null && onTime == null) {
                onTime = count(ON_TIME, resolved.value() - overdue.value(), List.of(overdue, resolved), text, source,
                        claims, catalogue).orElse(null);
                add(onTime, added);
            }
            if (resolved == null || resolved.value() <= 0) {
                continue;
            }
            if (onTime != null && !group.containsKey("on_time_rate_pct")) {
                add(rate("on_time_rate_pct", 100 * onTime.value() / resolved.value(), onTime, text, source, claims,
                        catalogue).orElse(null), added);
            }
            if (overdue != null && !group.containsKey("overdue_rate_pct")) {
                add(rate("overdue_rate_pct", 100 * overdue.value() / resolved.value(), overdue, text, source, claims,
                        catalogue).orElse(null), added);
            }
        }
        return added;
    }

    private static void add(Fact fact, List<Fact> into) {
        if (fact != null && fact.rule().startsWith("arithmetic.")) {
            into.add(fact);
        }
    }

    /** The report's own figures, not its parts, grouped by span: a month's counts are not added to the quarter's. */
    private static Map<List<String>, Map<String, Fact>> byQualifier(List<Fact> facts) {
        Map<List<String>, Map<String, Fact>> groups = new LinkedHashMap<>();
        for (Fact fact : facts) {
            Qualifier q = fact.qualifier();
            if (q.breakdown() != null) {
                continue;
            }
            List<String> key = java.util.Arrays.asList(q.subPeriodStart(), q.subPeriodEnd(), q.asOf());
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(fact.indicator(), fact);
        }
        return groups;
    }

    private static Optional<Fact> count(String indicator, double value, List<Fact> from, String text,
            SourceText source, Claims claims, Catalogue catalogue) {
        if (value <= 0) {
            return Optional.empty();
        }
        Fact near = from.get(0);
        for (Fact other : from) {
            if (!java.util.Arrays.equals(sentenceOf(other, text), sentenceOf(near, text))) {
                return Optional.empty(); // figures from two sentences: the sentence to look in is not known
            }
        }
        int[] sentence = sentenceOf(near, text);
        List<Found> found = numbers(COUNT, text, sentence, claims).stream().filter(f -> f.value() == value).toList();
        return only(found).map(f -> fact(indicator, f, near, sentence, source, claims, catalogue));
    }

    private static Optional<Fact> rate(String indicator, double exact, Fact count, String text, SourceText source,
            Claims claims, Catalogue catalogue) {
        int[] sentence = sentenceOf(count, text);
        List<Found> found = new ArrayList<>();
        for (Found f : numbers(RATE, text, sentence, claims)) {
            int decimals = decimals(text.substring(f.start(), f.end()));
            double step = Math.pow(10, -decimals);
            if (decimals >= 1 && Math.abs(f.value() - Math.round(exact / step) * step) < step / 10) {
                found.add(f);
            }
        }
        return only(found).map(f -> fact(indicator, f, count, sentence, source, claims, catalogue));
    }

    private static Optional<Found> only(List<Found> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static Fact fact(String indicator, Found found, Fact like, int[] sentence, SourceText source,
            Claims claims, Catalogue catalogue) {
        claims.take(found.start(), found.end(), indicator);
        return new Fact(indicator, found.value(), catalogue.require(indicator).unit(), like.qualifier(),
                FactFinder.evidence(source, sentence[0], found.start(), found.end()), "arithmetic." + indicator);
    }

    private static int[] sentenceOf(Fact fact, String text) {
        int start = Math.min(fact.evidence().offset(), text.length());
        return new int[] {start, Math.max(start, Sentences.end(text, start))};
    }

    private static List<Found> numbers(RulePatterns.Compiled pattern, String text, int[] sentence, Claims claims) {
        List<Found> found = new ArrayList<>();
        Matcher m = pattern.pattern().matcher(text).region(sentence[0], sentence[1]);
        while (m.find()) {
            String group = "n" + pattern.numberGroupIndexIn(m);
            int start = m.start(group);
            int end = m.end(group);
            if (!claims.isTaken(start, end)) {
                found.add(new Found(start, end, VietnameseNumber.parse(text.substring(start, end))));
            }
        }
        return found;
    }

    private static int decimals(String number) {
        int comma = number.lastIndexOf(',');
        return comma < 0 ? 0 : number.length() - comma - 1;
    }
}
