package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.NumberRole;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.NumberNotation;
import vn.doisanh.extract.source.SpacedThousands;
import vn.doisanh.extract.source.TabSeparatedRows;

/**
 * Runs the rule table over a narrative report. Rules run in table order; each number of the text goes to the
 * first rule that claims it. Returns every candidate fact in that order, before duplicates and conflicts are
 * resolved ({@link FactMerger}).
 */
public final class FactFinder {
    /**
     * "… có mặt 931 trên chỉ tiêu 968", "tổng chỉ tiêu sự nghiệp là 1.012", "giáo dục chỉ tiêu 498": a staffing
     * quota is no plan.
     */
    private static final Pattern PLANS = Pattern.compile("phấn đấu|mục tiêu|(?<!trên )(?<!trên tổng )(?<!giáo dục )(?<!y tế )chỉ tiêu"
            + "(?! (?:sự nghiệp|biên chế|viên chức|công chức))|dự kiến|kế hoạch đề ra"
            + "|giao dự toán|dự toán (?:được )?giao", RulePatterns.FLAGS);
    private static final Pattern RESULT_AFTER_PLAN = Pattern.compile(";\\s*(?:kết quả(?: thực hiện)?|thực hiện|đã đạt)\\b",
            RulePatterns.FLAGS);
    /** "1.987 văn bản, trong đó: 512 quyết định": the number right after "trong đó" is a part, not the total. */
    /** "Năm 2024, 04 phường cũ cộng lại tiếp nhận 7.260 hồ sơ": what the former units did, before this unit was. */
    private static final Pattern FORMER_UNITS_DID = Pattern.compile("(?:phường|xã|thị trấn|đơn vị)(?:, (?:xã|phường))? cũ"
            + "(?!\\p{L})", RulePatterns.FLAGS);
    /**
     * "… (bao gồm số thu của các xã cũ 6 tháng đầu năm): 18.530", "vốn chuyển tiếp từ các xã cũ …, đã giải ngân
     * 34,8%": the unit's own figure, with the former units' share in it or what it took over from them.
     */
    private static final Pattern FORMER_UNITS_INCLUDED = Pattern.compile("(?:bao gồm|gồm cả|kể cả|cộng cả|tính cả"
            + "|chuyển tiếp từ|chuyển giao từ|kế thừa từ|tiếp nhận từ)"
            + "[^;]*cũ", RulePatterns.FLAGS);
    private static final Pattern FORMER_UNITS_TOGETHER = Pattern.compile("khi còn là [^;]*(?:đơn vị|xã|phường)"
            + "|(?:xã|phường|đơn vị) cũ (?:cộng lại|gộp lại|tổng cộng)", RulePatterns.FLAGS);
    private static final Pattern BEFORE_THE_MERGER = Pattern.compile("trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất)",
            RulePatterns.FLAGS);
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:(]");
    private static final Pattern PART_FOLLOWS = Pattern.compile("trong đó\\s*[:,]?\\s*$", RulePatterns.FLAGS);
    private static final int SHORTHAND_ABBREVIATIONS = 2;
    private static final Pattern GENERIC_LEAF = Pattern.compile("(?:tổng số|tổng cộng|số lượng|số hộ)\\s*:\\s*(?=\\d)",
            RulePatterns.FLAGS);
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s?%");

    private final Catalogue catalogue;
    private final RuleTable rules;
    private final HeadingSpans headingSpans;
    private final BreakdownReader breakdowns;
    private final TableCells tableCells;
    private final ComparisonColumns comparisonColumns;
    private final OutlineItems outlineItems;
    private final CategoryItems categories;
    private final RoleCues roles;
    private final BreakdownVocabulary vocabulary;
    private final ItemsThatAddUp itemsThatAddUp;
    private final DisownedValues disowned;
    /** Rules that read a number with its noun right after it ("21 hồ sơ quá hạn", "55 hộ cận nghèo"). */
    private final List<ExtractionRule> numberFirst;

    public FactFinder(Catalogue catalogue, RuleTable rules, BreakdownVocabulary vocabulary) {
        this(catalogue, rules, vocabulary, RoleCues.load());
    }

    public FactFinder(Catalogue catalogue, RuleTable rules, BreakdownVocabulary vocabulary, RoleCues roles) {
        this.catalogue = catalogue;
        this.roles = roles;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.breakdowns = new BreakdownReader(vocabulary);
        this.tableCells = TableCells.load(catalogue);
        this.comparisonColumns = ComparisonColumns.load();
        this.outlineItems = new OutlineItems(catalogue, tableCells);
        this.categories = new CategoryItems(catalogue, breakdowns);
        this.numberFirst = rules.rules().stream().filter(ExtractionRule::readsNumberFirst).toList();
        this.headingSpans = new HeadingSpans(rules);
        this.itemsThatAddUp = new ItemsThatAddUp(catalogue, vocabulary, this::timingOf);
        this.disowned = new DisownedValues(roles);
    }

    /** The facts of a report, and the numbers of its text they were taken from. */
    /** {@code unsure}: numbers the reader would not decide on (a part or a figure? which column?), left to an analyst. */
    public record Found(List<Fact> facts, List<TakenNumber> taken, List<SetAside> setAside, List<UnsureNumber> unsure) {
    }

    /** The report's period and former units sharpen qualifiers and breakdowns; either may be unknown (null/empty). */
    public List<Fact> find(SourceText source, ReportPeriod period, List<String> formerUnits) {
        return findWithNumbers(source, period, formerUnits).facts();
    }

    public Found findWithNumbers(SourceText source, ReportPeriod period, List<String> formerUnits) {
        String modern = SpacedThousands.joined(NumberNotation.asVietnamese(
                TabSeparatedRows.asBars(ToneMarks.modernise(source.flow()))));
        Claims claims = new Claims();
        List<Fact> staffRows = QuotaAndPresentRows.read(modern, source, claims, catalogue, period);
        List<SetAside> setAside = comparisonColumns.setAside(modern, claims);
        String spoken = masked(modern, setAside);
        String text = Copulas.asColons(SpeltNumbers.asDigits(NumberWords.digitsOnly(spoken)));
        List<Outline.Item> outline = Outline.items(text);
        Scan scan = new Scan(source, text, CaseFold.of(text), spoken, period, formerUnits, claims, new ArrayList<>(),
                new java.util.HashMap<>(), new java.util.TreeMap<>(), PlanSections.of(outline, text),
                byLine(outline));
        // Measure-by-category tables first: their cells are the most explicit statement of a figure.
        scan.facts().addAll(staffRows);
        scan.facts().addAll(tableCells.find(source, scan.text(), scan.claims()));
        scan.facts().addAll(outlineItems.find(source, scan.text(), scan.claims()));
        List<UnsureNumber> unsure = new ArrayList<>();
        Map<Integer, Set<String>> rowIndicators = new HashMap<>();
        TableRows.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        PeriodRowTables.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        ResultsInBrackets.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        DashedPairs.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        SlashPairCells.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        TwoCellRows.views(scan.text()).forEach(row -> readTableRow(row, scan, unsure, rowIndicators));
        unsure.addAll(UnknownColumns.setAside(scan.text(), scan.claims()));
        List<Line> lines = Line.withFigures(scan.text());
        for (ExtractionRule rule : rules.rules()) {
            for (Line line : lines) {
                if (rule.mayMatch(line.lowerCase())) {
                    scanLine(rule, line, scan);
                }
            }
        }
        lines.forEach(line -> readSpeltOut(line, scan));
        scan.facts().addAll(itemsThatAddUp.read(scan.facts(), scan.text(), source, scan.claims(), formerUnits));
        scan.facts().addAll(itemsThatAddUp.readWithTheirTotal(scan.text(), source, scan.claims(), period, formerUnits));
        outline.forEach(item -> readAsPartOfTotalAbove(item, scan));
        List<PathReading.Candidate> underPaths = new ArrayList<>();
        for (Outline.Item item : outline) {
            underPaths.addAll(readUnderPath(item, scan));
        }
        PathReading.Decision decision = PathReading.decide(underPaths, scan.claims().spans(), scan.text());
        List<PathReading.Candidate> accepted = new ArrayList<>(decision.accepted());
        List<PathReading.Candidate> parts = new ArrayList<>(decision.unsure());
        accepted.addAll(categories.breakdownsAmong(parts, scan.formerUnits()));
        accepted.forEach(c -> {
            scan.claims().take(c.start(), c.end(), c.fact().indicator());
            scan.facts().add(c.fact());
        });
        readItemsBelowTotalsReadUnderPaths(accepted, outline, scan);
        parts.forEach(c -> unsure.add(new UnsureNumber(c.start(), c.end(), c.fact().indicator(), "outline.maybe_part")));
        scan.facts().addAll(RateFractions.read(scan.facts(), scan.text(), source, scan.claims(), catalogue));
        scan.facts().addAll(RateFractions.staff(scan.text(), scan.folded(), source, scan.claims(), catalogue, period));
        scan.facts().addAll(RateFractions.namedDenominators(scan.text(), scan.folded(), source, scan.claims(), catalogue, period));
        scan.facts().addAll(CaseArithmetic.complete(scan.facts(), scan.text(), source, scan.claims(), catalogue));
        List<Fact> owned = disowned.removedFrom(scan.facts(), scan.text(), scan.spoken(), scan.claims(), unsure);
        List<Fact> facts = headingSpans.apply(InPostDates.carriedAlongTheLine(owned), scan.items(), scan.text(), period);
        return new Found(facts, scan.claims().spans(), setAside, unsure);
    }

    private ExtractionRule.Timing timingOf(String indicator) {
        return rules.rules().stream().filter(r -> r.indicator().equals(indicator) && !r.target()).findFirst()
                .map(ExtractionRule::timing).orElse(ExtractionRule.Timing.STOCK);
    }

    /**
     * "III. VĂN BẢN › 1. Đã ban hành › - Tổng số: 1.046" then "+ Quyết định: 287": a total that only its path names
     * has its categories below it too.
     */
    private void readItemsBelowTotalsReadUnderPaths(List<PathReading.Candidate> accepted, List<Outline.Item> outline,
                                                    Scan scan) {
        Set<Integer> totalLines = new HashSet<>();
        for (PathReading.Candidate c : accepted) {
            if (catalogue.require(c.fact().indicator()).breakdownKind().isPresent() && c.fact().qualifier().breakdown() == null) {
                scan.totals().put(c.start(), c.fact());
                totalLines.add(c.item().lineStart());
            }
        }
        outline.stream().filter(item -> item.parent() != null && totalLines.contains(item.parent().lineStart()))
                .forEach(item -> readAsPartOfTotalAbove(item, scan));
    }

    /** "- Tổng số văn bản ban hành: 1.248" then "+ Quyết định: 517": an item below a total that has categories. */
    private void readAsPartOfTotalAbove(Outline.Item item, Scan scan) {
        Outline.Item parent = item.parent();
        if (parent == null) {
            return;
        }
        scan.totals().subMap(parent.lineStart(), parent.lineEnd()).values().stream().findFirst().ifPresent(total -> {
            String kind = catalogue.require(total.indicator()).breakdownKind().orElse(BreakdownVocabulary.FORMER_UNIT);
            breakdowns.itemBelow(total, kind, item, scan.source(), scan.text(), scan.claims(), scan.formerUnits())
                    .ifPresent(scan.facts()::add);
        });
    }

    /**
     * A line read under the labels of the items above it ("Hộ nghèo: Tỷ lệ: 0,79%"), for the numbers of the line
     * itself that no rule took when reading it alone. The rules match a view made of the path and the line; the
     * candidates carry the original text's offsets.
     */
    private List<PathReading.Candidate> readUnderPath(Outline.Item item, Scan scan) {
        List<String> path = item.path();
        String line = scan.text().substring(item.bodyStart(), item.lineEnd());
        if (path.isEmpty() || line.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        Matcher generic = GENERIC_LEAF.matcher(line);
        int bodyStart = item.bodyStart();
        if (generic.lookingAt()) {
            // "Đơn vị sự nghiệp công lập › Tổng số: 12": a leaf that says only "the total" is its parent's figure.
            bodyStart += generic.end();
            line = line.substring(generic.end());
        }
        String prefix = Abbreviations.standard().spellOut(String.join(": ", path)) + ": ";
        // The topic comes from the nearest parent: under "Tiếp nhận, giải quyết hồ sơ › Đã giải quyết" a total is
        // not a count received because a grandparent's words say "tiếp nhận".
        int beforeParent = prefix.lastIndexOf(": ", prefix.length() - 3);
        int nearestParent = beforeParent < 0 ? 0 : beforeParent + 2;
        String spoken = prefix + scan.spoken().substring(bodyStart, item.lineEnd());
        View view = new View(prefix + line, spoken, prefix.length(), prefix.length() + line.length(),
                bodyStart - prefix.length(), collapse(String.join(" › ", path) + " › " + line),
                item.lineStart(), "/path", prefix.length(), nearestParent);
        return readView(view, scan).stream()
                .map(r -> new PathReading.Candidate(item, r.start(), r.end(), r.fact())).toList();
    }

    /**
     * "HS tiếp nhận 1.187; đã GQ 1.164; ĐH 1.160 (99,66%); QH 4": a line of a clerk's shorthand, read again with its
     * abbreviations spelt out ("hồ sơ tiếp nhận 1.187; đã giải quyết 1.164; đúng hạn 1.160 …"), for the numbers no
     * rule took from it as written. Only a line with two abbreviations or more is read so.
     */
    private void readSpeltOut(Line line, Scan scan) {
        String written = scan.text().substring(line.start(), line.end());
        Abbreviations abbreviations = Abbreviations.standard();
        if (!abbreviations.holds(written, SHORTHAND_ABBREVIATIONS)) {
            return;
        }
        Abbreviations.Spelt spelt = abbreviations.spellOutMapped(written, line.start());
        String spoken = abbreviations.spellOutMapped(scan.spoken().substring(line.start(), line.end()), line.start()).text();
        if (spoken.length() != spelt.text().length()) {
            spoken = spelt.text(); // "là" spelt differently on the two sides: the vetoes hear the rules' text
        }
        View view = new View(spelt.text(), spoken, 0, spelt.text().length(), 0, collapse(written), line.start(), "/spelt",
                0, 0, spelt.toWritten());
        for (Reading reading : readView(view, scan)) {
            if (!scan.claims().isTaken(reading.start(), reading.end())) {
                scan.claims().take(reading.start(), reading.end(), reading.fact().indicator());
                scan.facts().add(reading.fact());
            }
        }
    }

    /**
     * A figures-table row read as its sentence ("Dân số: 43.333 người"). When the rules read its one number as
     * two indicators, it stays unread: the row's label is not clear enough to choose.
     */
    private void readTableRow(TableRows.View row, Scan scan, List<UnsureNumber> unsure,
                              Map<Integer, Set<String>> rowIndicators) {
        if (scan.claims().isTaken(row.valueOffset(), row.valueOffset() + row.valueEnd() - row.valueStart())) {
            return;
        }
        View view = new View(row.text(), row.text(), row.valueStart(), row.valueEnd(), row.shift(), row.sentence(),
                row.lineStart(), "/table", 0, 0);
        List<Reading> readings = readView(view, scan);
        if (readings.isEmpty() && !row.period().isEmpty()) {
            // A period column's cell no rule read is not left for a rule reading the raw row's first number.
            int start = row.valueOffset();
            int end = start + row.valueEnd() - row.valueStart();
            scan.claims().setAside(start, end);
            unsure.add(new UnsureNumber(start, end, null, "table.period_unread"));
            return;
        }
        if (readings.isEmpty()) {
            return;
        }
        if (readings.stream().map(r -> r.fact().indicator()).distinct().count() > 1) {
            Reading first = readings.get(0);
            scan.claims().setAside(first.start(), first.end());
            unsure.add(new UnsureNumber(first.start(), first.end(), first.fact().indicator(), "table.row_ambiguous"));
            return;
        }
        Reading reading = readings.get(0);
        if (rowIndicators.getOrDefault(row.parentLine(), Set.of()).contains(reading.fact().indicator())) {
            return; // "| - Trường Mầm non | 3" under "Trường học | 12": a part of the row above, left to the breakdowns
        }
        rowIndicators.computeIfAbsent(row.lineStart(), k -> new HashSet<>()).add(reading.fact().indicator());
        if (!row.period().isEmpty() && reading.fact().qualifier().subPeriodStart() == null
                && !TimeQualifiers.namesThePeriod(row.period(), scan.period())) {
            // "Tháng 7" in a table whose span the report's period does not place: a month's figure is not the period's.
            scan.claims().setAside(reading.start(), reading.end());
            unsure.add(new UnsureNumber(reading.start(), reading.end(), reading.fact().indicator(), "table.period_unknown"));
            return;
        }
        scan.claims().take(reading.start(), reading.end(), reading.fact().indicator());
        scan.facts().add(reading.fact());
    }

    /**
     * A sentence made for the rules (a path and its line, a table row), with the span {@code from}..{@code to} whose
     * numbers it reads and the {@code shift} from its offsets to the report's; {@code spoken} is the text as
     * written, before {@link Copulas}, for the veto cues.
     */
    private record View(String text, String spoken, int from, int to, int shift, String sentence, int lineStart, String ruleSuffix,
                        int shownFrom, int matchFrom, int[] toReport) {
        View(String text, String spoken, int from, int to, int shift, String sentence, int lineStart, String ruleSuffix,
             int shownFrom, int matchFrom) {
            this(text, spoken, from, to, shift, sentence, lineStart, ruleSuffix, shownFrom, matchFrom, null);
        }

        /** The report's offset of a view's: a constant shift, or through the map of a spelt-out line. */
        int at(int viewOffset) {
            return toReport == null ? viewOffset + shift : toReport[viewOffset];
        }
    }

    private record Reading(int start, int end, Fact fact) {
    }

    private List<Reading> readView(View view, Scan scan) {
        String text = view.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = CaseFold.of(text);
        List<Reading> found = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ExtractionRule rule : rules.rules()) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher match = rule.foldedPattern().matcher(folded);
            int from = 0;
            while (from < text.length() && match.region(from, text.length()).find()) {
                String group = "n" + rule.numberGroupIndexIn(match);
                int start = match.start(group);
                int end = match.end(group);
                from = match.start() + 1;
                if (start < view.from() || end > view.to() || seen.contains(start) || match.start() < view.matchFrom()
                        || scan.claims().isTaken(view.at(start), view.at(end))
                        || !rule.target() && (isAboutPlans(text, start) || scan.plans().contains(view.at(start)))
                        || isAboutFormerUnits(rule, text, start)
                        || isVetoed(view.spoken(), start, end) || notItsKind(rule, text, start, end, 0)
                        || ownedByItsNoun(rule, folded, start, text.length())) {
                    continue;
                }
                seen.add(start);
                found.add(new Reading(view.at(start), view.at(end), viewFact(rule, match, group, view, scan)));
            }
        }
        return found;
    }

    private Fact viewFact(ExtractionRule rule, Matcher match, String group, View view, Scan scan) {
        Indicator indicator = catalogue.require(rule.indicator());
        double number = VietnameseNumber.parse(match.group(group));
        double value = "million_vnd".equals(indicator.unit())
                ? VietnameseNumber.toMillionVnd(number, rule.scaleIn(match)) : number;
        String lead = view.text().substring(Sentences.start(view.text(), match.start(group)), match.start(group));
        Qualifier qualifier = rule.target() ? Qualifier.NONE : TimeQualifiers.qualify(lead, rule.timing(), scan.period(),
                rule.indicator());
        String matched = collapse(view.text().substring(Math.max(view.shownFrom(), match.start()), match.end()));
        return new Fact(indicator.id(), value, indicator.unit(), qualifier,
                new Evidence(view.sentence(), view.lineStart(), matched, "line " + lineOf(scan.source().text(),
                        view.lineStart())), rule.id() + view.ruleSuffix());
    }

    private static java.util.TreeMap<Integer, Outline.Item> byLine(List<Outline.Item> outline) {
        java.util.TreeMap<Integer, Outline.Item> items = new java.util.TreeMap<>();
        outline.forEach(item -> items.put(item.lineStart(), item));
        return items;
    }

    /**
     * Set-aside numbers become a filler that gaps may step over (same length, so offsets hold): a rule reading
     * "hồ sơ tiếp nhận | 10.000 | 2.412" then reaches the result past the plan's cell.
     */
    private static String masked(String text, List<SetAside> setAside) {
        if (setAside.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (SetAside a : setAside) {
            java.util.Arrays.fill(chars, a.start(), a.end(), '_');
        }
        return new String(chars);
    }

    /**
     * What one extraction carries from rule to rule: {@code text} is what rules match ("là" before a figure written
     * as a colon, see {@link Copulas}), {@code folded} that text for the rules' patterns ({@link CaseFold}),
     * {@code spoken} the same text as written, whose clauses the veto cues read;
     * {@code vetoed} remembers, by the number's offset, what the
     * veto cues said, since many rules reach the same number.
     */
    private record Scan(SourceText source, String text, String folded, String spoken, ReportPeriod period, List<String> formerUnits, Claims claims,
                        List<Fact> facts, java.util.Map<Integer, Boolean> vetoed, java.util.TreeMap<Integer, Fact> totals,
                        PlanSections plans, java.util.TreeMap<Integer, Outline.Item> items) {
    }

    /** A line of the flowed text that holds a digit; rules never match across lines, nor without a number. */
    private record Line(int start, int end, String lowerCase) {
        static List<Line> withFigures(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                String line = text.substring(start, end);
                if (line.chars().anyMatch(Character::isDigit)) {
                    lines.add(new Line(start, end, line.toLowerCase(Locale.ROOT)));
                }
                start = end + 1;
            }
            return lines;
        }
    }

    private void scanLine(ExtractionRule rule, Line line, Scan scan) {
        Matcher match = rule.foldedPattern().matcher(scan.folded()).useTransparentBounds(true);
        int from = line.start();
        while (from < line.end() && match.region(from, line.end()).find()) {
            String group = "n" + rule.numberGroupIndexIn(match);
            int start = match.start(group);
            int end = match.end(group);
            from = match.start() + 1;
            if (scan.claims().isTaken(start, end)
                    || !rule.target() && (isAboutPlans(scan.text(), start) || scan.plans().contains(start))
                    || isAboutFormerUnits(rule, scan.text(), start)
                    || scan.vetoed().computeIfAbsent(start, at -> isVetoed(scan.spoken(), at, end))
                    || notItsKind(rule, scan.text(), start, end, line.start())
                    || categories.isCategoryItem(rule.indicator(), start, scan.items(), scan.formerUnits())
                    || ownedByItsNoun(rule, scan.folded(), start, line.end())) {
                continue;
            }
            scan.claims().take(start, end, rule.indicator());
            Fact fact = toFact(rule, match, group, scan.source(), scan.text(), scan.period());
            Optional<String> category = categoryNamedBefore(rule, scan.text(), start, line.start());
            if (category.isPresent()) {
                scan.facts().add(asPart(fact, category.get()));
                from = match.end();
                continue;
            }
            scan.facts().add(fact);
            if (rule.timing() == ExtractionRule.Timing.FLOW && !rule.target()) {
                scan.facts().addAll(BracketedSpans.after(fact, match.group(group), end, scan.text(), scan.period(),
                        scan.claims()));
            }
            if (rule.breakdown()) {
                scan.totals().put(start, fact);
                String kind = catalogue.require(rule.indicator()).breakdownKind().orElse(BreakdownVocabulary.FORMER_UNIT);
                scan.facts().addAll(breakdowns.read(fact, kind, match.end(), scan.source(), scan.text(), scan.claims(),
                        scan.formerUnits()));
            }
            from = match.end();
        }
    }

    /**
     * "… đúng và trước hạn, 21 hồ sơ quá hạn": a rule that reaches a number across a gap does not take one whose
     * own noun, right after it, names another indicator. The number belongs to its noun.
     */
    private boolean ownedByItsNoun(ExtractionRule rule, String folded, int start, int lineEnd) {
        if (rule.readsNumberFirst()) {
            return false;
        }
        String rest = folded.substring(start, lineEnd).toLowerCase(Locale.ROOT);
        for (ExtractionRule other : numberFirst) {
            if (!other.indicator().equals(rule.indicator()) && other.mayMatch(rest)
                    && other.foldedPattern().matcher(folded).useTransparentBounds(true).region(start, lineEnd).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A percentage is never a count ("6.874 hồ sơ tiếp nhận 64,2% hồ sơ nộp trực tuyến"), and a rule that reads its
     * topic before the number does not take the first number after "trong đó": that one is a part of the total.
     */
    private boolean notItsKind(ExtractionRule rule, String text, int start, int end, int lineStart) {
        boolean percentage = PERCENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2))).find();
        if (percentage && !"pct".equals(catalogue.require(rule.indicator()).unit())) {
            return true;
        }
        return !rule.readsNumberFirst()
                && PART_FOLLOWS.matcher(text.substring(Math.max(lineStart, start - 24), start)).find();
    }

    /**
     * "Phật giáo 1.460 tín đồ, Công giáo 3.215 giáo dân; tổng cộng 4.675 người": a number its clause files under
     * a category ("Phật giáo") is that category's part, not the total a breakdown rule looks for.
     */
    private Optional<String> categoryNamedBefore(ExtractionRule rule, String text, int start, int lineStart) {
        Optional<String> kind = catalogue.require(rule.indicator()).breakdownKind();
        if (!rule.breakdown() || kind.isEmpty() || BreakdownVocabulary.FORMER_UNIT.equals(kind.get())) {
            return Optional.empty();
        }
        String lead = text.substring(Math.max(lineStart, start - 30), start);
        Matcher boundary = CLAUSE_BOUNDARY.matcher(lead);
        int from = 0;
        while (boundary.find()) {
            from = boundary.end();
        }
        String label = lead.substring(from);
        return vocabulary.endsWithCategory(kind.get(), label)
                ? vocabulary.categoryOf(kind.get(), label, List.of()) : Optional.empty();
    }

    private static Fact asPart(Fact fact, String category) {
        return new Fact(fact.indicator(), fact.value(), fact.unit(), fact.qualifier().withBreakdown(category),
                fact.evidence(), fact.rule() + "/category");
    }

    /**
     * A flow of the former communes or wards (cases they received, revenue they collected) is the past of other
     * units, a comparison at most; their staff before the merger, a stock, is read by its own rules.
     */
    private static boolean isAboutFormerUnits(ExtractionRule rule, String text, int numberStart) {
        String lead = text.substring(Math.max(Sentences.start(text, numberStart),
                text.lastIndexOf(';', numberStart - 1) + 1), numberStart);
        if (rule.timing() != ExtractionRule.Timing.FLOW) {
            // "Trước sắp xếp, ba đơn vị có 38 thôn, tổ dân phố": what the former units had is no count of the unit.
            // "khi còn là bốn đơn vị riêng rẽ, các xã cũ cộng lại có 137 hộ nghèo": nor what they had together.
            return !rule.indicator().endsWith("_before_merger") && (BEFORE_THE_MERGER.matcher(lead).find()
                    || FORMER_UNITS_TOGETHER.matcher(lead).find());
        }
        return formerUnitsDid(lead);
    }

    private static boolean formerUnitsDid(String lead) {
        return FORMER_UNITS_DID.matcher(lead).find() && !FORMER_UNITS_INCLUDED.matcher(lead).find();
    }

    /** "xếp thứ 12", "kế hoạch 75%", "cùng kỳ năm trước là 8.120": the words right before say it is no figure. */
    private boolean isVetoed(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String lead = text.substring(Math.max(lineStart, Sentences.start(text, start)), start);
        return roles.veto(lead, text.substring(end, Math.min(text.length(), end + 60))).isPresent();
    }

    /**
     * "Phấn đấu … đạt 85%", "mục tiêu …", "dự kiến …": a plan, not a result of the period; but a council's
     * "chỉ tiêu 6.800 triệu đồng; kết quả thực hiện 7.412 triệu đồng" goes on to the result after the semicolon.
     */
    private static boolean isAboutPlans(String text, int numberStart) {
        String lead = text.substring(Sentences.start(text, numberStart), numberStart);
        Matcher plan = PLANS.matcher(lead);
        int lastPlan = -1;
        while (plan.find()) {
            lastPlan = plan.end();
        }
        return lastPlan >= 0 && !RESULT_AFTER_PLAN.matcher(lead.substring(lastPlan)).find();
    }

    private Fact toFact(ExtractionRule rule, Matcher match, String group, SourceText source, String matchText,
                        ReportPeriod period) {
        Indicator indicator = catalogue.require(rule.indicator());
        double number = VietnameseNumber.parse(match.group(group));
        double value = "million_vnd".equals(indicator.unit())
                ? VietnameseNumber.toMillionVnd(number, rule.scaleIn(match)) : number;
        int sentenceStart = Sentences.start(matchText, match.start(group));
        String lead = matchText.substring(sentenceStart, match.start(group));
        // A target names its own horizon ("giai đoạn 2026-2030") in its definition; it is not a sub-period figure.
        Qualifier qualifier = rule.target() ? Qualifier.NONE : TimeQualifiers.qualify(lead, rule.timing(), period, rule.indicator());
        // A rule may reach back to a topic named in an earlier sentence; highlight only the figure's own sentence.
        int highlightStart = Math.max(match.start(), sentenceStart);
        return new Fact(indicator.id(), value, indicator.unit(), qualifier,
                evidence(source, sentenceStart, highlightStart, match.end()), rule.id());
    }

    static Evidence evidence(SourceText source, int sentenceStart, int matchStart, int matchEnd) {
        String flow = source.flow();
        int sentenceEnd = Math.max(Sentences.end(flow, matchEnd), matchEnd);
        int start = sentenceStart;
        while (start < matchEnd && Character.isWhitespace(flow.charAt(start))) {
            start++;
        }
        String sentence = collapse(flow.substring(start, sentenceEnd));
        String matched = collapse(flow.substring(Math.max(start, matchStart), matchEnd));
        return new Evidence(sentence, start, matched, "line " + lineOf(source.text(), matchStart));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
