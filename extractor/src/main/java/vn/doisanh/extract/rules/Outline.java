package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a report: which item each line hangs under. Reports nest numbered sections (I., 1., 1.1., a),
 * (1)) and bullets (-, +, •, ·) without indentation one can trust, so the level of an item comes from its marker:
 * a marker already open higher up closes everything below it ("- Hộ nghèo:" after "+ Tỷ lệ: 0,79%" is a sibling
 * of the earlier "-" item), a marker not open yet opens a level under the current item. A Roman numeral or a
 * heading in capitals starts again from the top. A questionnaire's "Câu 7. …?" is an item, and its "Trả lời: …"
 * the line under it.
 */
final class Outline {
    private static final Pattern MARKER = Pattern.compile("^[ \\t]*(?:"
            + "(?<roman>(?:phần\\s+)?[IVXL]{1,5}[.)/]|PHẦN\\s+[IVXL]{1,5}\\b\\.?"
            + "|(?iu:phần\\s+thứ\\s+(?:nhất|hai|ba|bốn|tư|năm))(?:\\s*[.:])?(?=\\s))"
            + "|(?<decimal>\\d{1,2}(?:\\.\\d{1,2})+\\.?)(?=\\s)"
            + "|(?<arabic>\\d{1,2}[.)])(?=\\s)"
            + "|(?<named>(?iu:chỉ tiêu|nội dung|mục|tiêu chí|câu|câu hỏi)\\s+(?:số\\s+)?\\d{1,2}[.:)]"
            + "|(?iu:mục)\\s+[A-HK-ZĐ][.:)])(?=\\s)"
            + "|(?<answer>(?iu:trả lời|đáp)\\s*:)"
            + "|(?<week>(?iu:tuần|đợt)\\s+(?:thứ\\s+)?\\d{1,2}(?=\\s*[(:]))"
            + "|(?<paren>\\(\\d{1,2}\\))"
            + "|(?<letter>[a-zđ]\\))"
            + "|(?<bullet>[-+•·*–○▪◦►✓])"
            + ")[ \\t]*");
    /** "B. TỔNG HỢP THÁNG 11", "NHIỆM VỤ NĂM 2027": a heading in capitals may end with the number of its span. */
    private static final Pattern CAPITALS = Pattern.compile("^[\\p{Lu}\\s,.–-]{8,}(?<=\\p{Lu} )?(?:\\d{1,2}(?:/\\d{4})?|\\d{4})?$");
    private static final Pattern SPAN_AT_END = Pattern.compile("(?:THÁNG|QUÝ|NĂM|TUẦN) (?:\\d{1,2}(?:/\\d{4})?|\\d{4})$");
    /** A label is the words before the item's colon; a line without one is a heading when it is short. */
    private static final int MAX_LABEL = 120;

    /**
     * One line under its parents. {@code bodyStart} is where the text after the marker begins; {@code kind} names
     * the marker ("-", "+", "arabic", "decimal2"…); {@code label} is what the line contributes to its children.
     */
    record Item(int lineStart, int lineEnd, int bodyStart, String kind, String label, Item parent) {
        /** The labels of the items above this one, outermost first. */
        List<String> path() {
            List<String> labels = new ArrayList<>();
            for (Item up = parent; up != null; up = up.parent()) {
                if (!up.label().isEmpty()) {
                    labels.add(0, up.label());
                }
            }
            return labels;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }
    }

    private Outline() {
    }

    /** Every line of the text that carries an outline marker, with its parents; table rows are left out. */
    static List<Item> items(String text) {
        List<Item> items = new ArrayList<>();
        List<Item> open = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            Item item = item(line, start, open);
            if (item != null) {
                items.add(item);
            }
            start = end + 1;
        }
        return items;
    }

    private static Item item(String line, int lineStart, List<Item> open) {
        if (line.isBlank() || line.contains("|") || line.contains("\t")) {
            return null;
        }
        Matcher marker = MARKER.matcher(line);
        if (!marker.lookingAt()) {
            String stripped = line.strip();
            if (CAPITALS.matcher(stripped).matches()
                    && (stripped.chars().noneMatch(Character::isDigit) || SPAN_AT_END.matcher(stripped).find())) {
                open.clear();
                Item heading = new Item(lineStart, lineStart + line.length(), lineStart, "capitals",
                        label(line.strip()), null);
                open.add(heading);
            }
            return null;
        }
        String kind = kindOf(marker);
        if (kind.equals("roman")) {
            open.removeIf(i -> !i.kind().equals("capitals"));
        }
        int same = indexOfKind(open, kind);
        if (same >= 0) {
            open.subList(same, open.size()).clear();
        }
        Item parent = open.isEmpty() ? null : open.get(open.size() - 1);
        Item item = new Item(lineStart, lineStart + line.length(), lineStart + marker.end(), kind,
                label(line.substring(marker.end())), parent);
        open.add(item);
        return item;
    }

    private static String kindOf(Matcher marker) {
        if (marker.group("roman") != null) {
            return "roman";
        }
        if (marker.group("decimal") != null) {
            return "decimal" + marker.group("decimal").replaceAll("\\.$", "").split("\\.").length;
        }
        for (String group : List.of("arabic", "named", "answer", "week", "paren", "letter")) {
            if (marker.group(group) != null) {
                return group;
            }
        }
        return marker.group("bullet");
    }

    private static int indexOfKind(List<Item> open, String kind) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    /** "Hộ nghèo: 87 hộ" gives "Hộ nghèo"; a line without a colon gives itself, if short enough to be a heading. */
    private static String label(String body) {
        int colon = body.indexOf(':');
        String label = colon >= 0 ? body.substring(0, colon) : body;
        label = label.strip();
        return label.length() > MAX_LABEL ? "" : label;
    }
}
