package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;

/**
 * "Tỷ lệ đúng và trước hạn đạt 99,52% (3.315/3.331 hồ sơ)", "Lũy kế 9 tháng đạt 81,6% (65.012/79.672 triệu đồng)":
 * a rate the rules read, with the counts it is made of in brackets after it. When the two numbers give exactly the
 * rate, the numerator is the rate's count (cases on time, revenue collected) and the denominator, where the
 * catalogue has it, the count the rate is a share of (cases resolved); anything that does not add up stays unread.
 */
final class RateFractions {
    private record Parts(String numerator, String denominator) {
    }

    private static final Map<String, Parts> PARTS = Map.of(
            "on_time_rate_pct", new Parts("cases_on_time", "cases_resolved"),
            "overdue_rate_pct", new Parts("cases_overdue", "cases_resolved"),
            "budget_revenue_vs_plan_pct", new Parts("budget_revenue", null));
    private static final String NUMBER = "(" + VietnameseNumber.SHAPE + ")";
    private static final Pattern FRACTION = Pattern.compile("\\s*%\\s*\\(\\s*" + NUMBER + "\\s*/\\s*" + NUMBER
            + "(?!\\d|[.,]\\d)\\s*(tỷ|triệu)?", RulePatterns.FLAGS);

    private static final Pattern STAFF_FILL = CaseFold.compile("(?<topic>" + StaffGroups.NAMES + ")"
            + "[^;()\\d\\n]{0,30}?(?<rate>\\d+(?:,\\d+)?)\\s*%\\s*\\(\\s*(?<a>\\d+)\\s*/\\s*(?<b>\\d+)(?![\\d.,])",
            RulePatterns.FLAGS);
    private static final Pattern NAMED_DENOMINATOR = CaseFold.compile("(?<rate>\\d+(?:,\\d+)?)\\s*%\\s*\\(\\s*(?<a>"
            + "\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*/\\s*(?<b>\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*hồ sơ\\s+(?:đã\\s+)?(?:được\\s+)?"
            + "(?<noun>tiếp nhận|giải quyết)", RulePatterns.FLAGS);
    private static final Pattern IN_POST = Pattern.compile("có mặt|hiện có", RulePatterns.FLAGS);

    private RateFractions() {
    }

    static List<Fact> read(List<Fact> facts, String text, SourceText source, Claims claims, Catalogue catalogue) {
        List<Fact> added = new ArrayList<>();
        for (TakenNumber rate : List.copyOf(claims.spans())) {
            Parts parts = PARTS.get(rate.indicator());
            if (parts == null) {
                continue;
            }
            Matcher m = FRACTION.matcher(text).region(rate.end(), text.length());
            if (!m.lookingAt() || claims.isTaken(m.start(2), m.end(2))) {
                continue;
            }
            // "đúng hạn 99,81% (1.068/1.070 hồ sơ)": a rule may have read the numerator already, as that count.
            boolean numeratorRead = claims.spans().stream().anyMatch(t -> t.start() == m.start(1)
                    && t.indicator().equals(parts.numerator()));
            if (claims.isTaken(m.start(1), m.end(1)) && !numeratorRead) {
                continue;
            }
            String written = text.substring(rate.start(), rate.end());
            double numerator = VietnameseNumber.parse(m.group(1));
            double denominator = VietnameseNumber.parse(m.group(2));
            Optional<Fact> like = factOf(facts, rate.indicator(), VietnameseNumber.parse(written));
            if (like.isEmpty() || !givesTheRate(numerator, denominator, written)) {
                continue;
            }
            boolean money = "million_vnd".equals(catalogue.require(parts.numerator()).unit());
            if (money && m.group(3) == null) {
                continue; // an amount without its scale is not read
            }
            double value = money ? VietnameseNumber.toMillionVnd(numerator, m.group(3)) : numerator;
            if (!numeratorRead) {
                added.add(part(parts.numerator(), value, m.start(1), m.end(1), like.get(), source, claims, catalogue));
            }
            if (parts.denominator() != null) {
                added.add(part(parts.denominator(), denominator, m.start(2), m.end(2), like.get(), source, claims,
                        catalogue));
            }
        }
        return added;
    }

    /**
     * "tỷ lệ cán bộ, công chức có mặt đạt 94,7% (72/76 biên chế giao); viên chức giáo dục đạt 96,1% (689/717)": a
     * fill rate, which the catalogue derives, with the staff in post over the quota after it; read only where the
     * sentence speaks of staff in post and the two numbers give the rate. {@code folded} is {@code text}
     * {@link CaseFold#of folded}, which the pattern matches; offsets hold in both.
     */
    static List<Fact> staff(String text, String folded, SourceText source, Claims claims, Catalogue catalogue,
                            vn.doisanh.extract.model.ReportPeriod period) {
        List<Fact> added = new ArrayList<>();
        if (text.indexOf('%') < 0) {
            return added; // no rate, no fraction after one: the whole-text pattern need not run
        }
        Matcher m = STAFF_FILL.matcher(folded);
        while (m.find()) {
            String group = StaffGroups.of(m.group("topic"));
            int sentence = Sentences.start(text, m.start());
            String lead = text.substring(sentence, m.start("rate"));
            if (group == null || !IN_POST.matcher(lead).find() || claims.isTaken(m.start("a"), m.end("a"))
                    || claims.isTaken(m.start("b"), m.end("b"))
                    || !givesTheRate(VietnameseNumber.parse(m.group("a")), VietnameseNumber.parse(m.group("b")),
                    m.group("rate"))) {
                continue;
            }
            String present = group + "_present";
            String quota = group + "_quota";
            vn.doisanh.extract.model.Qualifier asOf = TimeQualifiers.qualify(lead, ExtractionRule.Timing.STOCK, period,
                    present);
            added.add(staffPart(present, m.group("a"), m.start("a"), m.end("a"), asOf, sentence, source, claims, catalogue));
            added.add(staffPart(quota, m.group("b"), m.start("b"), m.end("b"), vn.doisanh.extract.model.Qualifier.NONE,
                    sentence, source, claims, catalogue));
        }
        return added;
    }

    /**
     * "Tỷ lệ giải quyết hồ sơ đạt 98,0% (3.331/3.399 hồ sơ tiếp nhận)": a fraction whose own noun names its
     * denominator, the cases received or resolved, where the two numbers give the rate.
     */
    static List<Fact> namedDenominators(String text, String folded, SourceText source, Claims claims, Catalogue catalogue,
                                        vn.doisanh.extract.model.ReportPeriod period) {
        List<Fact> added = new ArrayList<>();
        if (text.indexOf('%') < 0) {
            return added;
        }
        Matcher m = NAMED_DENOMINATOR.matcher(folded);
        while (m.find()) {
            String indicator = m.group("noun").toLowerCase(java.util.Locale.ROOT).contains("tiếp nhận")
                    ? "cases_received" : "cases_resolved";
            if (claims.isTaken(m.start("b"), m.end("b")) || !givesTheRate(VietnameseNumber.parse(m.group("a")),
                    VietnameseNumber.parse(m.group("b")), m.group("rate"))) {
                continue;
            }
            int sentence = Sentences.start(text, m.start());
            vn.doisanh.extract.model.Qualifier span = TimeQualifiers.qualify(text.substring(sentence, m.start()),
                    ExtractionRule.Timing.FLOW, period, indicator);
            claims.take(m.start("b"), m.end("b"), indicator);
            added.add(new Fact(indicator, VietnameseNumber.parse(m.group("b")), catalogue.require(indicator).unit(), span,
                    FactFinder.evidence(source, sentence, m.start("b"), m.end("b")), "fraction.named_denominator"));
        }
        return added;
    }

    private static Fact staffPart(String indicator, String written, int start, int end,
                                  vn.doisanh.extract.model.Qualifier qualifier, int sentence, SourceText source,
                                  Claims claims, Catalogue catalogue) {
        claims.take(start, end, indicator);
        return new Fact(indicator, VietnameseNumber.parse(written), catalogue.require(indicator).unit(), qualifier,
                FactFinder.evidence(source, sentence, start, end), "fraction.staff_in_post");
    }

    private static Optional<Fact> factOf(List<Fact> facts, String indicator, double value) {
        return facts.stream().filter(f -> f.indicator().equals(indicator) && f.value() == value
                && f.qualifier().breakdown() == null).findFirst();
    }

    /** The rate as the report rounds it: "99,52" from 3.315/3.331, to its own decimals. */
    private static boolean givesTheRate(double numerator, double denominator, String rate) {
        if (denominator <= 0 || numerator > denominator) {
            return false;
        }
        int comma = rate.lastIndexOf(',');
        int decimals = comma < 0 ? 0 : rate.length() - comma - 1;
        double step = Math.pow(10, -decimals);
        return Math.abs(100 * numerator / denominator - VietnameseNumber.parse(rate)) <= step / 2 + 1e-9;
    }

    private static Fact part(String indicator, double value, int start, int end, Fact rate, SourceText source,
                             Claims claims, Catalogue catalogue) {
        claims.take(start, end, indicator);
        return new Fact(indicator, value, catalogue.require(indicator).unit(), rate.qualifier(),
                FactFinder.evidence(source, rate.evidence().offset(), start, end), "fraction." + indicator);
    }
}
