package vn.doisanh.extract.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.doisanh.units.NameFolding;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitMatch;
import vn.doisanh.units.UnitRegistry;

/**
 * Finds which unit wrote a report. Names after "UBND xã/phường/đặc khu" in the heading weigh most; any other
 * "xã X" in the text weighs a little (reports also name former communes and neighbours). Two different units
 * named as the author in the heading is an error; a heading name the registry does not know, or cannot tell
 * apart, leaves the unit for an analyst to choose (the report is held, never thrown away).
 */
public final class UnitDetector {
    private static final int HEAD_LENGTH = 1500;
    /**
     * Typed without diacritics too ("UBND xa Ha Bac"), as some legacy systems export, or abbreviated in a terse
     * heading ("UBND P. Gia Viên", "UBND X.Kiến Minh").
     */
    private static final String TYPE = "((?iu:xã|phường|đặc khu|xa|phuong|dac khu)|(?:P|X|Đk|ĐK)\\.(?=\\s*\\p{Lu}))";
    /**
     * A space after the type word; after an abbreviation's dot none is needed ("P.Gia Viên"). Never a line break:
     * "… của Ủy ban nhân dân xã" ending a heading line is not named by the next line's "Đồng chí Chủ tịch".
     */
    private static final String AFTER_TYPE = "(?:[ \\t]+|(?<=\\.)[ \\t]*)";
    private static final String NAME = "(\\p{Lu}[\\p{L}\\d]*(?:[ \\t]+[\\p{Lu}\\d][\\p{L}\\d]*){0,4})";
    private static final Pattern AUTHOR = Pattern.compile(
            "(?iu:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|chính quyền)\\s+" + TYPE + AFTER_TYPE + NAME);
    private static final Pattern MENTION = Pattern.compile(TYPE + AFTER_TYPE + NAME);
    private static final int AUTHOR_WEIGHT = 10;

    private final UnitRegistry registry;

    public UnitDetector(UnitRegistry registry) {
        this.registry = registry;
    }

    /** What the text says of its unit. */
    public sealed interface Reading permits Named, Unnamed, Unresolved {
    }

    /** The heading names this unit as author, or the text names it more than any other. */
    public record Named(Unit unit) implements Reading {
    }

    /** The text names no unit at all. */
    public record Unnamed() implements Reading {
    }

    /**
     * The heading names a unit the registry does not know ({@code unit_not_found}), cannot tell from another
     * ({@code unit_ambiguous}) or names two units as authors ({@code multiple_units}); {@code message} says which and the nearest names, and which units the text names
     * elsewhere, for the analyst who chooses. A guess could load a commune's figures under its neighbour.
     */
    public record Unresolved(String code, String message, String written) implements Reading {
    }

    /** What the text says of its unit; two units named as its authors leave it unresolved, never refused. */
    public Reading read(String flowText) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<UnitMatch> authorMisses = new ArrayList<>();
        String head = flowText.substring(0, Math.min(flowText.length(), HEAD_LENGTH));
        collect(AUTHOR, head, AUTHOR_WEIGHT, scores, authorMisses);
        collect(MENTION, flowText, 1, scores, new ArrayList<>());
        List<String> authors = withoutFormerUnitsOfOthers(scores.entrySet().stream()
                .filter(e -> e.getValue() >= AUTHOR_WEIGHT).map(Map.Entry::getKey).toList());
        if (authors.size() > 1) {
            // A joint heading, or a neighbour's name in it: which unit's figures these are is the analyst's call.
            return new Unresolved("multiple_units", "the heading names more than one unit as author: "
                    + authors.stream().map(this::describe).collect(Collectors.joining(", ")),
                    authors.stream().map(code -> registry.byCode(code).orElseThrow().name())
                            .collect(Collectors.joining(" / ")));
        }
        if (authors.size() == 1) {
            return new Named(registry.byCode(authors.get(0)).orElseThrow());
        }
        if (!authorMisses.isEmpty()) {
            return miss(authorMisses.get(0), scores.keySet());
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> registry.byCode(e.getKey())).<Reading>map(Named::new).orElse(new Unnamed());
    }

    /**
     * "UBND phường Ái Quốc … (trên cơ sở … xã Quyết Thắng)": a unit of today that bears the name of a former commune
     * of another author is that former commune, not a second author.
     */
    private List<String> withoutFormerUnitsOfOthers(List<String> authors) {
        if (authors.size() < 2) {
            return authors;
        }
        List<Unit> units = authors.stream().map(code -> registry.byCode(code).orElseThrow()).toList();
        return units.stream().filter(b -> units.stream().noneMatch(a -> a != b && a.formerUnitNames().stream()
                .anyMatch(former -> NameFolding.fold(former).equals(NameFolding.fold(b.bareName())))))
                .map(Unit::code).toList();
    }

    private void collect(Pattern pattern, String text, int weight, Map<String, Integer> scores, List<UnitMatch> misses) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            UnitMatch match = longestMatch(typeWord(matcher.group(1)), matcher.group(2), endsLine(text, matcher.end()));
            if (match instanceof UnitMatch.Found found) {
                scores.merge(found.unit().code(), weight, Integer::sum);
            } else {
                misses.add(match);
            }
        }
    }

    /**
     * In ordinary text a name's words are capitalised, so "xã Hà Bắc Mới" is the whole name (and unknown). In an
     * all-caps heading the name's end cannot be seen unless the line ends with it ("UBND XÃ HÀ BẮC MỚI" is all
     * name); in "UBND XÃ HÀ BẮC TỔNG KẾT …" try from the longest name down, and in "UBND P.GIA VIÊN Số: 45" the
     * name ends where the capitals do.
     */
    private UnitMatch longestMatch(String type, String words, boolean endsLine) {
        List<String> parts = capitalsRun(Arrays.asList(words.trim().split("[ \\t]+")));
        boolean allCaps = parts.stream().allMatch(UnitDetector::isAllCaps);
        int shortest = allCaps && (!endsLine || parts.size() < words.trim().split("[ \\t]+").length) ? 1 : parts.size();
        UnitMatch best = null;
        for (int n = parts.size(); n >= shortest; n--) {
            UnitMatch match = registry.match(type + " " + String.join(" ", parts.subList(0, n)));
            if (match instanceof UnitMatch.Found) {
                return match;
            }
            if (best == null || match instanceof UnitMatch.Ambiguous && !(best instanceof UnitMatch.Ambiguous)) {
                best = match;
            }
        }
        return best;
    }

    /** "GIA VIÊN Số: 45": a name in capitals ends where the capitals do. */
    private static List<String> capitalsRun(List<String> parts) {
        if (!isAllCaps(parts.get(0))) {
            return parts;
        }
        int end = 1;
        while (end < parts.size() && isAllCaps(parts.get(end))) {
            end++;
        }
        return parts.subList(0, end);
    }

    private static boolean isAllCaps(String word) {
        return word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    /** "P." is phường, "X." xã and "ĐK." đặc khu; full words pass as written. */
    private static String typeWord(String written) {
        return switch (written.toUpperCase(java.util.Locale.ROOT)) {
            case "P." -> "phường";
            case "X." -> "xã";
            case "ĐK." -> "đặc khu";
            default -> written;
        };
    }

    /** Nothing but spaces between the end of the name and the end of its line. */
    private static boolean endsLine(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        return text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    private Unresolved miss(UnitMatch match, java.util.Set<String> mentioned) {
        String elsewhere = mentioned.isEmpty() ? "" : "; the text also names "
                + mentioned.stream().map(this::describe).collect(Collectors.joining(", "));
        if (match instanceof UnitMatch.Ambiguous ambiguous) {
            return new Unresolved("unit_ambiguous", "the unit name '" + ambiguous.query()
                    + "' fits more than one unit: " + ambiguous.candidates().stream().map(this::describe)
                    .collect(Collectors.joining(", ")) + "; write the name with its diacritics or the unit code"
                    + elsewhere, ambiguous.query());
        }
        UnitMatch.Unknown unknown = (UnitMatch.Unknown) match;
        return new Unresolved("unit_not_found", "no unit named '" + unknown.query() + "' in the registry of "
                + registry.size() + " units; nearest: " + registry.nearest(unknown.query(), 3).stream()
                .map(this::describe).collect(Collectors.joining(", ")) + elsewhere, unknown.query());
    }

    private String describe(String code) {
        return registry.byCode(code).map(this::describe).orElse(code);
    }

    private String describe(Unit unit) {
        return unit.name() + " (" + unit.code() + ")";
    }
}
