package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Fact;

/**
 * Outline items whose labels name categories of a figure ("+ Phật giáo: 2.140 người", "· Mầm non: 5"): they are
 * its breakdown, never its total.
 */
final class CategoryItems {
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?:tổng cộng|tổng số|tổng|cộng)", RulePatterns.FLAGS);

    private final Catalogue catalogue;
    private final BreakdownReader breakdowns;

    CategoryItems(Catalogue catalogue, BreakdownReader breakdowns) {
        this.catalogue = catalogue;
        this.breakdowns = breakdowns;
    }

    /**
     * "- Tín đồ:" over "+ Phật giáo: 2.140 người" and "+ Công giáo: 1.365 người": sibling items that read as the
     * same figure are its breakdown when every label names a category of it (or says "Tổng cộng", the total).
     * Taken out of {@code parts}, they come back as breakdown facts; any other group stays unread.
     */
    List<PathReading.Candidate> breakdownsAmong(List<PathReading.Candidate> parts, List<String> formerUnits) {
        Map<String, List<PathReading.Candidate>> groups = new LinkedHashMap<>();
        for (PathReading.Candidate c : parts) {
            Outline.Item parent = c.item().parent();
            groups.computeIfAbsent((parent == null ? -1 : parent.lineStart()) + "|" + c.fact().indicator(),
                    k -> new ArrayList<>()).add(c);
        }
        List<PathReading.Candidate> read = new ArrayList<>();
        for (List<PathReading.Candidate> group : groups.values()) {
            List<PathReading.Candidate> asBreakdown = asBreakdown(group, formerUnits);
            read.addAll(asBreakdown);
            if (!asBreakdown.isEmpty()) {
                parts.removeAll(group);
            }
        }
        return read;
    }

    private List<PathReading.Candidate> asBreakdown(List<PathReading.Candidate> group, List<String> formerUnits) {
        Optional<String> kind = catalogue.require(group.get(0).fact().indicator()).breakdownKind();
        if (kind.isEmpty() || group.size() < 2) {
            return List.of();
        }
        List<PathReading.Candidate> read = new ArrayList<>();
        int totals = 0;
        for (PathReading.Candidate c : group) {
            Fact fact = c.fact();
            if (TOTAL_LABEL.matcher(c.item().label()).matches()) {
                totals++;
                read.add(c);
                continue;
            }
            Optional<String> category = breakdowns.categoryOf(kind.get(), c.item().label(), formerUnits);
            if (category.isEmpty() || fact.qualifier().breakdown() != null) {
                return List.of();
            }
            read.add(new PathReading.Candidate(c.item(), c.start(), c.end(), new Fact(fact.indicator(), fact.value(),
                    fact.unit(), fact.qualifier().withBreakdown(category.get()), fact.evidence(), fact.rule() + "/item")));
        }
        return totals > 1 ? List.of() : read;
    }

    /**
     * A rule that takes the number of "+ Phật giáo: 3.406 tín đồ" takes a part for the total: the item's label names a
     * category of the indicator, so the number is left to the breakdown readers.
     */
    boolean isCategoryItem(String indicatorId, int start, TreeMap<Integer, Outline.Item> items, List<String> formerUnits) {
        Optional<String> kind = catalogue.require(indicatorId).breakdownKind();
        Map.Entry<Integer, Outline.Item> line = items.floorEntry(start);
        if (kind.isEmpty() || line == null || start >= line.getValue().lineEnd()) {
            return false;
        }
        Outline.Item item = line.getValue();
        return !item.label().isEmpty() && start >= item.bodyStart() + item.label().length()
                && !TOTAL_LABEL.matcher(item.label()).matches()
                && breakdowns.categoryOf(kind.get(), item.label(), formerUnits).isPresent();
    }
}
