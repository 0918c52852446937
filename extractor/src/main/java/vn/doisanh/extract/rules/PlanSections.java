package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of a report under a heading about what is still to be done: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
 * "3. Nhiệm vụ trọng tâm tháng 11", "NHIỆM VỤ MÙA DU LỊCH HÈ VÀ QUÝ III", "Mục tiêu…". Their figures are targets ("- Thu ngân sách nhà nước: 105 tỷ đồng"
 * is next year's plan, not this year's revenue), even when the sentence itself does not say so.
 */
final class PlanSections {
    private static final Pattern PLAN_HEADING = Pattern.compile("^\\s*(?:phương hướng|mục tiêu|nhiệm vụ(?:,? giải pháp)?"
            + "(?: trọng tâm| chủ yếu| và giải pháp)?(?: trong)?\\s+(?:tháng|quý|năm|\\d+ tháng|sáu tháng|thời gian tới"
            + "|tiếp theo|những tháng)|nhiệm vụ,? giải pháp\\b|(?:yêu cầu|nhiệm vụ|biện pháp) khắc phục|kiến nghị|đề xuất"
            + "|nhiệm vụ [^\\d:.;]{0,40}?\\b(?:quý|tháng|năm) (?:IV|I{1,3}|\\d{1,2}|tới|sau)\\b)", RulePatterns.FLAGS);

    /** The report ends before its recipients, its signature or an appendix: a plan section ends there too. */
    private static final Pattern END_OF_BODY = Pattern.compile("^\\s*(?:nơi nhận\\s*:|phụ lục\\b|tm\\.\\s)",
            RulePatterns.FLAGS);

    private final List<int[]> spans;

    private PlanSections(List<int[]> spans) {
        this.spans = spans;
    }

    /** {@code items} as {@link Outline#items} gives them; headings in capitals are found as their parents. */
    static PlanSections of(List<Outline.Item> outline, String text) {
        int textLength = text.length();
        List<Outline.Item> items = withCapitalHeadings(outline);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Outline.Item heading = items.get(i);
            if (!PLAN_HEADING.matcher(heading.label()).find()) {
                continue;
            }
            int end = textLength;
            for (int j = i + 1; j < items.size(); j++) {
                if (!descends(items.get(j), heading)) {
                    end = items.get(j).lineStart();
                    break;
                }
            }
            Matcher close = END_OF_BODY.matcher(text).region(heading.lineEnd(), end);
            spans.add(new int[] {heading.lineStart(), close.find() ? close.start() : end});
        }
        return new PlanSections(spans);
    }

    private static List<Outline.Item> withCapitalHeadings(List<Outline.Item> outline) {
        java.util.Set<Outline.Item> all = new java.util.LinkedHashSet<>();
        for (Outline.Item item : outline) {
            Outline.Item root = item;
            while (root.parent() != null) {
                root = root.parent();
            }
            all.add(root);
            all.add(item);
        }
        List<Outline.Item> items = new ArrayList<>(all);
        items.sort(java.util.Comparator.comparingInt(Outline.Item::lineStart));
        return items;
    }

    boolean contains(int offset) {
        return spans.stream().anyMatch(s -> offset >= s[0] && offset < s[1]);
    }

    private static boolean descends(Outline.Item item, Outline.Item ancestor) {
        for (Outline.Item up = item.parent(); up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }
}
