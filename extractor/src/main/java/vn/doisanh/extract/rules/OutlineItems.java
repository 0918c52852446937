package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.source.SourceText;

/**
 * Reads nested outlines whose topic is only in the parent item, as staffing is often written:
 * <pre>
 *   - Cán bộ, công chức:                     - Công chức: + Được giao: 52; + Hiện có: 49
 *     + Được giao: 52 biên chế;
 *     + Hiện có: 49 người.
 * </pre>
 * The parent is the category and each sub-item a measure, matched by the rules of {@code rules/table-cells.tsv}
 * exactly as a table's row label and column heading are.
 */
final class OutlineItems {
    private static final Pattern PARENT = Pattern.compile(
            "^\\s*(?:[-•*–]|\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\))\\s*(?<label>[^:\\d+\\n]{3,80}?)\\s*:\\s*(?<rest>\\+.*)?$",
            RulePatterns.FLAGS);
    /** An item's label may name a year ("Biên chế được giao năm 2026: 48"); its figure is the number after it. */
    private static final String ITEM_BODY = "\\s*(?<label>(?:[^:\\d+;\\n]|(?<=năm )\\d{4}|(?<=ngày )\\d{1,2}/\\d{1,2}/\\d{4})"
            + "{2,50}?)\\s*(?::|là)?\\s*(?<!năm )(?<number>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d,/%]|\\.\\d)";
    private static final Pattern ITEM = Pattern.compile("\\+" + ITEM_BODY, RulePatterns.FLAGS);
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*\\+");
    /** Under a lettered or numbered heading ("a) Cán bộ, công chức") the measures are dashed: "- Được giao: 52". */
    private static final Pattern DASHED_ITEM = Pattern.compile("^\\s*[-•]" + ITEM_BODY, RulePatterns.FLAGS);
    private static final Pattern DASHED_LINE = Pattern.compile("^\\s*[-•]");
    /** "a) Cán bộ, công chức", "1.3. Biên chế:": a lettered or numbered heading, its measures below it. */
    private static final Pattern NUMBERED_PARENT = Pattern.compile(
            "^\\s*(?:\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\))\\s*(?<label>[^:\\d+\\n]{3,80}?)\\s*:?\\s*$", RulePatterns.FLAGS);

    private final Catalogue catalogue;
    private final TableCells cells;

    OutlineItems(Catalogue catalogue, TableCells cells) {
        this.catalogue = catalogue;
        this.cells = cells;
    }

    List<Fact> find(SourceText source, String text, Claims claims) {
        List<Fact> facts = new ArrayList<>();
        String parent = null;
        boolean numbered = false;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int lineOffset = offset;
            offset += line.length() + 1;
            Matcher heading = PARENT.matcher(line);
            Matcher numberedHeading = NUMBERED_PARENT.matcher(line);
            if (numberedHeading.matches()) {
                parent = numberedHeading.group("label");
                numbered = true;
                continue;
            }
            if (heading.matches()) {
                parent = heading.group("label");
                numbered = false;
                if (heading.group("rest") != null) {
                    facts.addAll(items(ITEM, parent, line, lineOffset, heading.start("rest"), source, claims));
                }
                continue;
            }
            if (numbered && DASHED_LINE.matcher(line).find()) {
                facts.addAll(items(DASHED_ITEM, parent, line, lineOffset, 0, source, claims));
                continue;
            }
            if (parent != null && ITEM_LINE.matcher(line).find()) {
                facts.addAll(items(ITEM, parent, line, lineOffset, 0, source, claims));
                continue;
            }
            parent = null;
            numbered = false;
        }
        return facts;
    }

    private List<Fact> items(Pattern pattern, String parent, String line, int lineOffset, int from, SourceText source,
                             Claims claims) {
        List<Fact> facts = new ArrayList<>();
        Matcher item = pattern.matcher(line).region(from, line.length());
        while (item.find()) {
            int start = lineOffset + item.start("number");
            int end = lineOffset + item.end("number");
            Optional<String> indicator = cells.indicatorFor(parent, item.group("label").strip());
            if (indicator.isEmpty() || claims.isTaken(start, end)) {
                continue;
            }
            claims.take(start, end, indicator.get());
            Indicator measured = catalogue.require(indicator.get());
            String sentence = (parent + ": " + line.strip()).replaceAll("\\s+", " ");
            Qualifier dated = measured.id().endsWith("_present")
                    ? TimeQualifiers.qualify(item.group("label"), ExtractionRule.Timing.STOCK, null) : Qualifier.NONE;
            facts.add(new Fact(measured.id(), VietnameseNumber.parse(item.group("number")), measured.unit(), dated, new Evidence(sentence, lineOffset, item.group().strip(), "line "
                            + (source.text().substring(0, lineOffset).chars().filter(c -> c == '\n').count() + 1)),
                    "outline:" + measured.id()));
        }
        return facts;
    }
}
