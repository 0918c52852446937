package vn.doisanh.extract.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberLedger;
import vn.doisanh.extract.model.NumberRole;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.rules.RoleCue;
import vn.doisanh.extract.rules.RoleCues;
import vn.doisanh.extract.rules.RuleTable;
import vn.doisanh.extract.rules.Sentences;
import vn.doisanh.extract.rules.SetAside;
import vn.doisanh.extract.rules.TakenNumber;
import vn.doisanh.extract.rules.UnsureNumber;
import vn.doisanh.extract.rules.VietnameseNumber;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.SpacedThousands;

/**
 * Gives every number of a narrative report one role. A number a rule took is a fact; the shape of the token says
 * dates, document numbers, years and list numbering; then the words around it ({@link RoleCues}); what is left is
 * unread, with the indicators whose words occur in its sentence as candidates.
 */
public final class LedgerBuilder {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>(?<![\\d/.,])\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?![\\d/]))"
            + "|(?<monthyear>(?<![\\d/.,])\\d{1,2}/\\d{4}(?![\\d/]))"
            + "|(?<document>(?<![\\d/.,])\\d+(?:[/.]\\d+)*/\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)"
            + "|(?<number>(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*)");
    private static final Pattern YEAR = Pattern.compile("(?:19[4-9]\\d|20\\d\\d)");
    private static final Pattern YEAR_MENTION = Pattern.compile("năm (\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_LEAD = Pattern.compile("^[\\s\\-+•*|]*(?:[IVX]+\\.)?\\s*$");
    private static final Pattern LIST_TAIL = Pattern.compile("(?:\\.\\d+)*[.)](?!\\d)");
    private static final Pattern BREAKDOWN_LEAD = Pattern.compile("(?:bao gồm|gồm|trong đó|cụ thể)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int TAIL_REACH = 60;
    private static final double RESTATED_AT_LEAST = 100;

    private final RoleCues cues;
    private final RuleTable rules;

    public LedgerBuilder(RoleCues cues, RuleTable rules) {
        this.cues = cues;
        this.rules = rules;
    }

    /** {@code taken} are the numbers the report's facts came from; {@code period} may be null (a held report). */
    public NumberLedger build(SourceText source, List<TakenNumber> taken, List<SetAside> setAside,
            ReportPeriod period) {
        return build(source, taken, setAside, period, List.of());
    }

    /**
     * {@code dropped} are values a rule took that conflict with a figure kept before them: their numbers are no
     * fact but unread, with the indicator they were read for as the candidate, for an analyst to decide.
     */
    public NumberLedger build(SourceText source, List<TakenNumber> taken, List<SetAside> setAside,
            ReportPeriod period, List<Fact> dropped) {
        return build(source, taken, setAside, period, dropped, List.of());
    }

    /**
     * {@code unsure} are numbers the reader would not decide on (a part of the item above? which column of a
     * table?): unread, with their cue and the indicator they were read for, if any, as the candidate.
     */
    public NumberLedger build(SourceText source, List<TakenNumber> taken, List<SetAside> setAside,
            ReportPeriod period, List<Fact> dropped, List<UnsureNumber> unsure) {
        Map<Integer, UnsureNumber> parts = new HashMap<>();
        unsure.forEach(u -> parts.put(u.start(), u));
        TreeMap<Integer, TakenNumber> facts = new TreeMap<>();
        taken.forEach(t -> facts.put(t.start(), t));
        Map<Integer, TakenNumber> conflicting = new HashMap<>();
        for (Fact fact : dropped) {
            spanOf(source.flow(), fact, facts).ifPresent(t -> conflicting.put(t.start(), facts.remove(t.start())));
        }
        Map<Integer, SetAside> aside = new HashMap<>();
        setAside.forEach(a -> aside.put(a.start(), a));
        Lines lines = new Lines(source.text());
        List<LedgerEntry> entries = new ArrayList<>();
        Matcher token = TOKEN.matcher(SpacedThousands.joined(source.flow()));
        while (token.find()) {
            SetAside column = aside.get(token.start());
            UnsureNumber part = parts.get(token.start());
            if (part != null && !facts.containsKey(token.start())) {
                entries.add(new Entries(source.flow(), lines).of(token.group(), token.start(), NumberRole.UNREAD, null,
                        part.cue(), part.indicator() == null ? List.of() : List.of(part.indicator())));
                continue;
            }
            TakenNumber conflict = conflicting.get(token.start());
            if (conflict != null) {
                entries.add(new Entries(source.flow(), lines).of(token.group(), token.start(), NumberRole.UNREAD, null,
                        "conflicting_values", List.of(conflict.indicator())));
                continue;
            }
            entries.add(column != null
                    ? new Entries(source.flow(), lines).of(token.group(), token.start(), column.role(), null,
                            "table.column", List.of())
                    : entry(source.flow(), lines, token, facts, period));
        }
        return new NumberLedger(entries);
    }

    /** The number a dropped fact was taken from: its indicator's, in its sentence, of its value where it parses so. */
    private static Optional<TakenNumber> spanOf(String flow, Fact fact, TreeMap<Integer, TakenNumber> facts) {
        int sentenceStart = fact.evidence().offset();
        int sentenceEnd = Math.max(Sentences.end(flow, sentenceStart), sentenceStart + 1);
        List<TakenNumber> inSentence = facts.subMap(sentenceStart, sentenceEnd).values().stream()
                .filter(t -> t.indicator().equals(fact.indicator())).toList();
        List<TakenNumber> ofItsValue = inSentence.stream().filter(t -> reads(flow, t, fact.value())).toList();
        List<TakenNumber> pool = ofItsValue.isEmpty() ? inSentence : ofItsValue;
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(pool.size() - 1));
    }

    /** Whether a taken number's text reads as this value ("17.049" as 17049). */
    private static boolean reads(String flow, TakenNumber taken, double value) {
        String text = flow.substring(taken.start(), taken.end());
        return VietnameseNumber.isNumber(text) && VietnameseNumber.parse(text) == value;
    }

    private LedgerEntry entry(String flow, Lines lines, Matcher token, TreeMap<Integer, TakenNumber> facts,
            ReportPeriod period) {
        Entries made = new Entries(flow, lines);
        int start = token.start();
        int end = token.end();
        String number = token.group();
        Map.Entry<Integer, TakenNumber> fact = facts.floorEntry(end - 1);
        if (fact != null && fact.getValue().end() > start) {
            return made.of(number, start, NumberRole.FACT, fact.getValue().indicator(), null, List.of());
        }
        if (token.group("date") != null || token.group("monthyear") != null) {
            return made.of(number, start, NumberRole.DATE, null, "shape.date", List.of());
        }
        if (token.group("document") != null) {
            return made.of(number, start, NumberRole.DOCUMENT_NUMBER, null, "shape.document", List.of());
        }
        if (YEAR.matcher(number).matches()) {
            return made.of(number, start, NumberRole.DATE, null, "shape.year", List.of());
        }
        int lineStart = flow.lastIndexOf('\n', start - 1) + 1;
        String tail = flow.substring(end, Math.min(flow.length(), end + TAIL_REACH));
        if (LIST_LEAD.matcher(flow.substring(lineStart, start)).matches() && LIST_TAIL.matcher(tail).lookingAt()) {
            return made.of(number, start, NumberRole.LIST_NUMBER, null, "shape.list", List.of());
        }
        int sentenceStart = Math.max(lineStart, Sentences.start(flow, start));
        int sentenceEnd = Math.max(Sentences.end(flow, end), end);
        Optional<String> repeated = repeatedFact(flow, number, facts.subMap(sentenceStart, sentenceEnd));
        if (repeated.isPresent()) {
            return made.of(number, start, NumberRole.FACT, repeated.get(), "repeat", List.of());
        }
        String sentenceLead = flow.substring(sentenceStart, start);
        if (isPartOfEarlierFact(sentenceLead, sentenceStart, facts.subMap(sentenceStart, start))) {
            return made.of(number, start, NumberRole.BREAKDOWN_PART, null, "part.of_fact", List.of());
        }
        Optional<RoleCue> cue = cues.explain(sentenceLead, tail);
        if (cue.isPresent()) {
            return made.of(number, start, cue.get().role(), null, cue.get().id(), List.of());
        }
        if (period != null && earlierYearNamed(RoleCue.clause(sentenceLead), period)) {
            return made.of(number, start, NumberRole.PREVIOUS_PERIOD, null, "period.earlier_year", List.of());
        }
        String sentence = flow.substring(sentenceStart, sentenceEnd);
        List<String> candidates = rules.indicatorsMentionedIn(sentence.toLowerCase(Locale.ROOT));
        Optional<String> restated = tail.stripLeading().startsWith("%") ? Optional.empty()
                : restatedFact(flow, number, candidates, facts.values());
        if (restated.isPresent()) {
            return made.of(number, start, NumberRole.FACT, restated.get(), "restated", List.of());
        }
        return made.of(number, start, NumberRole.UNREAD, null, null, candidates);
    }

    /**
     * "980/1.224 hồ sơ" after "tiếp nhận 1.224 hồ sơ": a value the report already gave for an indicator its
     * sentence speaks of is that figure said again, not a new one. Only counts of 100 or more: a small number or a
     * percentage ("100%") matches too many figures by chance.
     */
    private static Optional<String> restatedFact(String flow, String number, List<String> candidates,
            java.util.Collection<TakenNumber> facts) {
        if (candidates.isEmpty() || !VietnameseNumber.isNumber(number)) {
            return Optional.empty();
        }
        double value = VietnameseNumber.parse(number);
        if (value < RESTATED_AT_LEAST) {
            return Optional.empty();
        }
        return facts.stream().filter(t -> candidates.contains(t.indicator()))
                .filter(t -> reads(flow, t, value))
                .map(TakenNumber::indicator).findFirst();
    }

    /** "401 biên chế (thực hiện là 389/401 biên chế)": the same value as a fact of the same sentence is that fact. */
    private static Optional<String> repeatedFact(String flow, String number, Map<Integer, TakenNumber> inSentence) {
        if (!VietnameseNumber.isNumber(number)) {
            return Optional.empty();
        }
        double value = VietnameseNumber.parse(number);
        return inSentence.values().stream()
                .filter(t -> reads(flow, t, value))
                .map(TakenNumber::indicator).findFirst();
    }

    /** "… 15 đơn vị sự nghiệp, gồm: 12 trường; 01 Trạm Y tế …": an item of a total taken earlier in the sentence. */
    private static boolean isPartOfEarlierFact(String sentenceLead, int sentenceStart, Map<Integer, TakenNumber> before) {
        if (before.isEmpty()) {
            return false;
        }
        Matcher list = BREAKDOWN_LEAD.matcher(sentenceLead);
        int firstFact = before.values().stream().mapToInt(TakenNumber::end).min().getAsInt() - sentenceStart;
        while (list.find()) {
            if (list.start() >= firstFact) {
                return true;
            }
        }
        return false;
    }

    /** "năm 2024 …" in a report of 2025: a figure of an earlier year. */
    private static boolean earlierYearNamed(String clause, ReportPeriod period) {
        Matcher year = YEAR_MENTION.matcher(clause);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) < period.start().getYear()) {
                return true;
            }
        }
        return false;
    }

    /** Makes the entries of one report: the sentence around a number, and its line in the original text. */
    private record Entries(String flow, Lines lines) {
        LedgerEntry of(String number, int start, NumberRole role, String indicator, String cue, List<String> candidates) {
            int sentenceStart = Sentences.start(flow, start);
            int sentenceEnd = Math.max(Sentences.end(flow, start), start);
            String sentence = flow.substring(sentenceStart, sentenceEnd).replaceAll("\\s+", " ").strip();
            return new LedgerEntry(number, start, "line " + lines.of(start), role, indicator, cue, candidates,
                    sentence);
        }
    }

    /** Line numbers of the original text, where the flowed text joined wrapped lines (offsets are the same). */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                found.add(i + 1);
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(int offset) {
            int at = Arrays.binarySearch(starts, offset);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
