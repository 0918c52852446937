package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Fact;

/**
 * Decides which numbers read under an outline path are figures and which may only be parts of the item above
 * them. Under "- Hồ sơ tiếp nhận:" the sub-items "+ Trực tuyến: 2.100" and "+ Trực tiếp: 1.175" both read as
 * cases received, and neither is the total; under "- Trường học: 14" a "· Mầm non: 5" is one of the fourteen.
 * A wrong figure is worse than a missing one, so these stay unread, with the indicator named for an analyst.
 */
final class PathReading {
    /** A number of {@code item}'s line and the fact the rules read for it under the item's path. */
    record Candidate(Outline.Item item, int start, int end, Fact fact) {
    }

    /** {@code unsure}: the candidates that may be parts, left out of {@code accepted}. */
    record Decision(List<Candidate> accepted, List<Candidate> unsure) {
    }

    private PathReading() {
    }

    /** A figure in an item's own text: not a date ("01/7/2025"), a year ("năm 2026") or a document number. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d/.,])(?<!năm )\\d+(?:[.,]\\d+)*(?![\\d/]|[.,]\\d|\\s*(?:tháng|năm)\\b)");

    static Decision decide(List<Candidate> candidates, List<TakenNumber> taken, String text) {
        Map<String, Integer> siblings = new HashMap<>();
        candidates.forEach(c -> siblings.merge(siblingKey(c), 1, Integer::sum));
        List<Candidate> accepted = new ArrayList<>();
        List<Candidate> unsure = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean part = siblings.get(siblingKey(candidate)) > 1
                    || aboveHolds(candidate, taken, accepted) || parentHasUnreadFigure(candidate, taken, text);
            if (part) {
                unsure.add(candidate);
            } else {
                accepted.add(candidate);
            }
        }
        return new Decision(accepted, unsure);
    }

    /** Items under one parent that read as the same figure are its parts (or the report's slip): never the figure. */
    private static String siblingKey(Candidate candidate) {
        Outline.Item parent = candidate.item().parent();
        return (parent == null ? -1 : parent.lineStart()) + "|" + candidate.fact().key();
    }

    /** Whether an item above already gives this indicator: then the number below is a part of it. */
    private static boolean aboveHolds(Candidate candidate, List<TakenNumber> taken, List<Candidate> accepted) {
        String indicator = candidate.fact().indicator();
        for (Outline.Item up = candidate.item().parent(); up != null; up = up.parent()) {
            Outline.Item line = up;
            if (taken.stream().anyMatch(t -> t.indicator().equals(indicator) && within(t.start(), line))
                    || accepted.stream().anyMatch(a -> a.fact().indicator().equals(indicator) && within(a.start(), line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Viên chức sự nghiệp: tổng biên chế giao năm 2026 là 515, trong đó: + … được giao 07": when the parent states
     * a figure no rule read, what it is cannot be known, so neither can whether the item below is a part of it.
     */
    private static boolean parentHasUnreadFigure(Candidate candidate, List<TakenNumber> taken, String text) {
        Outline.Item parent = candidate.item().parent();
        if (parent == null) {
            return false;
        }
        int colon = text.indexOf(':', parent.bodyStart());
        int from = colon >= 0 && colon < parent.lineEnd() ? colon + 1 : parent.bodyStart() + parent.label().length();
        Matcher figure = FIGURE.matcher(text).region(Math.min(from, parent.lineEnd()), parent.lineEnd());
        while (figure.find()) {
            int at = figure.start();
            if (taken.stream().noneMatch(t -> t.start() <= at && at < t.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(int offset, Outline.Item line) {
        return offset >= line.lineStart() && offset < line.lineEnd();
    }
}
