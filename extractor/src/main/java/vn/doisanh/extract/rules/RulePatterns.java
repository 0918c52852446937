package vn.doisanh.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the short macros of the rule table into regular expressions, so that each rule reads like the phrase
 * it looks for. Every macro that holds a number gets its own group name (n1, n2…; scales s1, s2…).
 * <ul>
 * <li>{@code {N}} a number in Vietnamese notation, not part of a date, a year ("năm 2026"), a document number
 * or a fraction's denominator;</li>
 * <li>{@code {Q}} the number after a slash, as in "có mặt 50/51": the quota of an in-post/quota pair;</li>
 * <li>{@code {O}} the number after "trên" meaning "out of", as in "47 công chức có mặt trên 52 biên chế", which
 *     {@code {N}} never takes (there "trên" is a vague bound, "trên 85%");</li>
 * <li>{@code {P}} a percentage: "99,89%", "99,89 | %", "99,89 phần trăm", or a number after a "(%)" heading or
 * a "% |" unit cell;</li>
 * <li>{@code {M}} an amount of money with its scale: "186,4 tỷ đồng", "245.820 | triệu đồng", or after a
 * "(triệu đồng)" heading or a "triệu đồng |" unit cell;</li>
 * <li>{@code {_}} up to 80 characters without digits or a sentence end (skips words, not figures);</li>
 * <li>{@code {,}} up to 100 characters within one clause, figures allowed (to step over a count to its
 * rate);</li>
 * <li>{@code {~}} up to 200 characters within one paragraph (for a topic named in the sentence before).</li>
 * </ul>
 * A gap may name words it must not cross, {@code {,!cận nghèo|quá hạn}}: "hộ nghèo và 31 hộ cận nghèo (chiếm
 * 0,44%)" gives no rate of poor households, because the rate belongs to the nearer noun.
 */
final class RulePatterns {
    /**
     * Case-insensitive over all of Unicode, but \d stays ASCII: a Gurmukhi "੮" is no Vietnamese figure (the fuzzer
     * found one). \b needs no flag: Java's word boundary already knows Vietnamese letters.
     */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    private static final String DOCUMENT_REFERENCE =
            "(?<!(?:nghị định|quyết định|kế hoạch|thông tư|nghị quyết|công văn|chỉ thị|kết luận|thông báo) số )";
    /**
     * "tháng 9", "năm 2026": a number after a word of time is part of a date; a percentage never is ("9 tháng 99,62%"),
     * nor a number no month has ("lũy kế 11 tháng 52,17 tỷ đồng").
     */
    private static final String DATE_PART = "(?<!năm |ngày )(?!(?<=tháng )\\d{1,2}(?!\\d|[.,]\\d))";
    /** A change ("giảm 19 hộ nghèo", "tăng 6,5%") or a vague bound ("trên 85%") is not a figure of the period. */
    private static final String NOT_A_CHANGE = "(?<!giảm |tăng |thêm |giảm được |tăng thêm |trên |dưới |hơn )";
    private static final String NUMBER_BODY = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)";
    /** Nor a length of time: "Tỷ lệ đúng hạn 9 tháng 99,62%" holds no count of 9; no catalogue figure is a duration. */
    private static final String NUMBER_AFTER = "(?![\\d]|[.,]\\d|/\\d{1,2}/\\d|/\\d{4}|/\\p{L}|-\\p{Lu}"
            + "|\\s+(?:tháng|năm|quý|tuần|ngày)(?!\\p{L}))";
    /**
     * Gaps skip words, dates, "năm 2026", "6 tháng", "01/01 -", "đến 20/11", "2026 - 2030": figures of time, never the
     * figure sought.
     */
    private static final String GAP_UNIT = "(?:[^.;\\n\\d%]|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|(?<=năm )\\d{4}|(?<=(?:tháng|tuần) )\\d{1,2}(?![\\d/.,])"
            + "|\\d{1,2}(?= tháng)|\\d{1,2}/\\d{1,2}(?=\\s*[-–]\\s*\\d)|(?<=(?:đến|ngày|tới) )\\d{1,2}/\\d{1,2}(?![\\d/])"
            + "|\\d{4}\\s*[-–]\\s*\\d{4})";
    private static final String SCALE = "tỷ đồng|tỉ đồng|tỷ|tỉ|triệu đồng|triệu|nghìn đồng|ngàn đồng|đồng";
    /** A unit written in the next table cell: "99,78 | %", "214.560 | triệu đồng". */
    private static final String NEXT_CELL = "\\s*(?:\\|\\s*)?";
    private static final Pattern MACRO = Pattern.compile("\\{(N|Q|O|P|M|_|,|~)(?:!([^}]+))?}");

    private RulePatterns() {
    }

    record Compiled(Pattern pattern, int numberGroups, int scaleGroups) {
        /** The index k of the first number group "nk" that took part in the match, or 0 when none did. */
        int numberGroupIndexIn(Matcher match) {
            for (int k = 1; k <= numberGroups; k++) {
                if (match.group("n" + k) != null) {
                    return k;
                }
            }
            return 0;
        }
    }

    static Compiled compile(String source) {
        Matcher macro = MACRO.matcher(source);
        StringBuilder regex = new StringBuilder();
        int[] counters = {0, 0};
        while (macro.find()) {
            String expanded = macro.group(2) == null ? expand(macro.group(1), counters)
                    : notCrossing(macro.group(1), macro.group(2));
            macro.appendReplacement(regex, Matcher.quoteReplacement(expanded));
        }
        macro.appendTail(regex);
        if (counters[0] == 0) {
            throw new IllegalArgumentException("a rule needs a number macro ({N}, {Q}, {P} or {M}): " + source);
        }
        return new Compiled(Pattern.compile(regex.toString(), FLAGS), counters[0], counters[1]);
    }

    private static String notCrossing(String gap, String words) {
        String step = "(?!" + words + ")";
        return switch (gap) {
            case "_" -> "(?:" + step + GAP_UNIT + "){0,80}?";
            case "," -> "(?:" + step + "(?:[^.;\\n]|\\.(?=\\d))){0,100}?";
            case "~" -> "(?:" + step + "[^\\n]){0,200}?";
            default -> throw new IllegalArgumentException("only a gap may name words not to cross: {" + gap + "!" + words + "}");
        };
    }

    private static String expand(String macro, int[] counters) {
        return switch (macro) {
            case "N" -> number(counters);
            case "Q" -> "(?<=/\\s{0,2})(?<n" + (++counters[0]) + ">" + NUMBER_BODY + ")" + NUMBER_AFTER;
            case "O" -> "(?<=trên\\s{1,2})(?<n" + (++counters[0]) + ">" + NUMBER_BODY + ")" + NUMBER_AFTER;
            case "P" -> "(?:\\(%\\)\\s*[|:]?\\s*" + number(counters) + "(?!\\s*%)|%\\s*\\|\\s*" + number(counters)
                    + "(?!\\s*%)|" + number(counters, "") + NEXT_CELL + "(?:%|phần trăm))";
            case "M" -> "(?:\\(?(?<s" + (++counters[1]) + ">" + SCALE + ")\\)?\\s*[|:]\\s*" + number(counters)
                    + "|\\((?<s" + (++counters[1]) + ">" + SCALE + ")\\)\\s*" + number(counters)
                    + "|" + number(counters) + NEXT_CELL + "(?<s" + (++counters[1]) + ">" + SCALE + ")(?!\\p{L}))";
            case "_" -> GAP_UNIT + "{0,80}?";
            case "," -> "(?:[^.;\\n]|\\.(?=\\d)){0,100}?";
            case "~" -> "(?:[^\\n]){0,200}?";
            default -> throw new IllegalArgumentException("unknown macro {" + macro + "}");
        };
    }

    private static String number(int[] counters) {
        return number(counters, DATE_PART);
    }

    private static String number(int[] counters, String notADatePart) {
        // The cheap digit test first: the look-behinds are costly, and most positions of a text are not digits.
        // A number glued to a letter is a code or a short date ("T10", "km2", "Q3"), never a figure.
        return "(?=\\d)(?<![\\d.,/\\p{L}])" + DOCUMENT_REFERENCE + notADatePart + NOT_A_CHANGE + "(?<n" + (++counters[0]) + ">"
                + NUMBER_BODY + ")" + NUMBER_AFTER;
    }
}
