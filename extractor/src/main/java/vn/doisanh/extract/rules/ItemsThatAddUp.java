package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.source.SourceText;

/**
 * "342 văn bản. Cụ thể: Quyết định: 118; Kế hoạch: 21; …; loại khác: 43", "486 văn bản (QĐ 171, KH 22, …)": the
 * items of a total written after it in a form the breakdown rules did not follow. They are read only when every
 * item names a category and the items add up to the total exactly; a list that does not add up stays unread.
 */
final class ItemsThatAddUp {
    private static final Pattern NUMBER = ListSegments.COUNT;
    private static final int REACH = 320;
    private static final int MIN_ITEMS = 2;
    /** Items by former commune add up to a count of staff only where the sentence speaks of staff. */
    private static final Pattern STAFF = Pattern.compile("biên chế|cán bộ|công chức|người", RulePatterns.FLAGS);
    /** A total no rule read is taken from its items only when there are enough of them to rule out chance. */
    private static final int MIN_TOTAL_ITEMS = 3;

    private record Item(int start, int end, int numberStart, int numberEnd, String category, double value) {
    }

    private final Catalogue catalogue;
    private final BreakdownVocabulary vocabulary;
    private final Function<String, ExtractionRule.Timing> timing;
    /** The indicators a breakdown applies to, found once: every number of a report no rule read is tried on them. */
    private final List<Indicator> brokenDown;

    ItemsThatAddUp(Catalogue catalogue, BreakdownVocabulary vocabulary, Function<String, ExtractionRule.Timing> timing) {
        this.catalogue = catalogue;
        this.vocabulary = vocabulary;
        this.timing = timing;
        this.brokenDown = catalogue.reported().stream().filter(i -> i.breakdownKind().isPresent()).toList();
    }

    List<Fact> read(List<Fact> facts, String text, SourceText source, Claims claims, List<String> formerUnits) {
        List<Fact> found = new ArrayList<>();
        for (TakenNumber taken : claims.spans()) {
            Optional<String> kind = catalogue.require(taken.indicator()).breakdownKind();
            if (kind.isEmpty()) {
                continue;
            }
            double value = VietnameseNumber.parse(text.substring(taken.start(), taken.end()));
            Optional<Fact> total = facts.stream().filter(f -> f.indicator().equals(taken.indicator())
                    && f.qualifier().breakdown() == null && f.value() == value).findFirst();
            if (total.isEmpty() || hasItems(facts, total.get())) {
                continue;
            }
            List<Item> items = itemsAfter(taken.end(), text, kind.get(), claims, formerUnits);
            double sum = items.stream().mapToDouble(Item::value).sum();
            if (items.size() < MIN_ITEMS || Math.abs(sum - value) > 0.5) {
                continue;
            }
            for (Item item : items) {
                claims.take(item.numberStart(), item.numberEnd(), taken.indicator());
                found.add(new Fact(taken.indicator(), item.value(), total.get().unit(),
                        total.get().qualifier().withBreakdown(item.category()),
                        FactFinder.evidence(source, Sentences.start(text, taken.start()), item.start(), item.end()),
                        total.get().rule() + "/sum"));
            }
        }
        return found;
    }

    /**
     * "VB đi T11: 264 (QĐ 88, KH 12, TB 19, TTr 7, CV 121, khác 17)": a number no rule read, followed by three or
     * more items of one kind that add up to it exactly, is the total of the indicator broken down by that kind.
     */
    List<Fact> readWithTheirTotal(String text, SourceText source, Claims claims, ReportPeriod period,
            List<String> formerUnits) {
        List<Fact> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            int start = number.start("n1");
            int end = number.end("n1");
            if (claims.isTaken(start, end)) {
                continue;
            }
            double value = VietnameseNumber.parse(number.group("n1"));
            for (Indicator indicator : brokenDown) {
                String kind = indicator.breakdownKind().orElseThrow();
                List<Item> items = itemsAfter(end, text, kind, claims, formerUnits);
                if (items.size() < MIN_TOTAL_ITEMS || Math.abs(items.stream().mapToDouble(Item::value).sum() - value) > 0.5) {
                    continue;
                }
                int sentenceStart = Sentences.start(text, start);
                if (BreakdownVocabulary.FORMER_UNIT.equals(kind) && !STAFF.matcher(
                        text.substring(sentenceStart, items.get(0).numberStart())).find()) {
                    continue; // the former communes' cases or revenue: no figure of this catalogue
                }
                Qualifier qualifier = TimeQualifiers.qualify(text.substring(sentenceStart, start),
                        timing.apply(indicator.id()), period, indicator.id());
                claims.take(start, end, indicator.id());
                Fact total = new Fact(indicator.id(), value, indicator.unit(), qualifier,
                        FactFinder.evidence(source, sentenceStart, start, items.get(items.size() - 1).end()),
                        "items.add_up_to");
                found.add(total);
                for (Item item : items) {
                    claims.take(item.numberStart(), item.numberEnd(), indicator.id());
                    found.add(new Fact(indicator.id(), item.value(), indicator.unit(), qualifier.withBreakdown(item.category()),
                            FactFinder.evidence(source, sentenceStart, item.start(), item.end()), "items.add_up_to/sum"));
                }
                break;
            }
        }
        return found;
    }

    private static boolean hasItems(List<Fact> facts, Fact total) {
        return facts.stream().anyMatch(f -> f.indicator().equals(total.indicator()) && f.qualifier().breakdown() != null
                && Objects.equals(f.qualifier().subPeriodStart(), total.qualifier().subPeriodStart()));
    }

    /** Items from the total on: each segment one category and its number; the list ends at the first that is not. */
    private List<Item> itemsAfter(int from, String text, String kind, Claims claims, List<String> formerUnits) {
        int limit = Math.min(text.length(), from + REACH);
        List<Item> items = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ListSegments.Segment segment : ListSegments.between(text, from, limit)) {
            Optional<Item> item = item(text, segment, kind, claims, formerUnits);
            if (item.isPresent() && !seen.contains(item.get().category())) {
                items.add(item.get());
                seen.add(item.get().category());
            } else if (!segment.isBlank(text)
                    && (!items.isEmpty() || NUMBER.matcher(text).region(segment.start(), segment.end()).find())) {
                break;
            }
        }
        return items;
    }

    private Optional<Item> item(String text, ListSegments.Segment segment, String kind, Claims claims,
            List<String> formerUnits) {
        Matcher number = NUMBER.matcher(text).region(segment.start(), segment.end());
        if (!number.find()) {
            return Optional.empty();
        }
        int numberStart = number.start("n1");
        int numberEnd = number.end("n1");
        if (number.find() || claims.isTaken(numberStart, numberEnd)) {
            return Optional.empty(); // two figures in one item, or one already read: not a plain list
        }
        String label = segment.labelAround(text, numberStart, numberEnd);
        return vocabulary.categoryOf(kind, label, formerUnits).map(category -> new Item(segment.start(), segment.end(),
                numberStart, numberEnd, category, VietnameseNumber.parse(text.substring(numberStart, numberEnd))));
    }
}
