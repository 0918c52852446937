package vn.doisanh.extract;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.units.NameFolding;

/**
 * Scores the extractor against hand-labelled reports: each file F has expected/F.expected.csv (one row per fact)
 * and expected/F.meta.csv (its unit). A fact matches when unit, indicator, value, sub-period, as-of date and
 * breakdown category (compared without case or diacritics: "Tin lành" = "Tin Lành") all agree. When the meta file
 * names the report's period (period_start, period_end) and the extractor dates the report otherwise, every fact it
 * read is wrong: the warehouse would file them all under another period. A report held for its period (none read)
 * keeps its facts, since an analyst names the period before they are loaded. A sub-period the extractor ends at
 * {@code report_date} ("đến nay") ends at the report's signing date when the report states one (in the labels, too: older sets write
 * {@code report_date}, newer ones the date).
 */
final class LabelledSets {
    record FactKey(String unit, String indicator, String value, String subStart, String subEnd, String asOf,
                   String breakdown) {
    }

    /** {@code wrong}: extracted facts whose figure (all of the key but the value) is expected with another value. */
    record Score(String file, int expected, int extracted, int truePositives, int wrong) {
        double precision() {
            return extracted == 0 ? 1 : (double) truePositives / extracted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }
    }

    private LabelledSets() {
    }

    static List<Path> reports(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    static Score score(ReportExtractor extractor, Path report) throws IOException, ExtractionException {
        Path expectedFolder = report.getParent().resolve("expected");
        String name = report.getFileName().toString();
        CSVRecord meta = rows(expectedFolder.resolve(name + ".meta.csv")).get(0);
        String defaultUnit = meta.get("unit_code");
        String period = meta.isMapped("period_start") && !meta.get("period_start").isBlank()
                ? meta.get("period_start") + ".." + meta.get("period_end") : null;
        Set<FactKey> expected = new HashSet<>();
        for (CSVRecord row : rows(expectedFolder.resolve(name + ".expected.csv"))) {
            String unit = row.isMapped("unit_code") && !row.get("unit_code").isBlank() ? row.get("unit_code") : defaultUnit;
            expected.add(new FactKey(unit, row.get("indicator"), plain(Double.parseDouble(row.get("value"))),
                    row.get("sub_period_start"), row.get("sub_period_end"), row.get("as_of"), fold(row.get("breakdown"))));
        }
        Set<FactKey> extracted = new HashSet<>();
        String periodEnd = period == null ? null : meta.get("period_end");
        int misdated = 0;
        java.time.LocalDate reportDate = null;
        for (Extraction extraction : extractor.extract(report)) {
            reportDate = reportDate != null ? reportDate : extraction.reportDate();
            String unit = extraction.unit() == null ? defaultUnit : extraction.unit().code();
            if (period != null && extraction.period() != null && !extraction.period().key().equals(period)) {
                System.out.println("[misdated] " + name + ": read as " + extraction.period().key() + ", is " + period);
                misdated += extraction.facts().size();
                continue;
            }
            String end = extraction.period() == null ? null : extraction.period().end().toString();
            periodEnd = periodEnd != null ? periodEnd : end;
            for (Fact fact : extraction.facts()) {
                extracted.add(undatedAtTheEnd(atReportDate(keyOf(unit, fact), extraction.reportDate()), end));
            }
        }
        java.time.LocalDate signed = reportDate;
        String end = periodEnd;
        Set<FactKey> labelled = new HashSet<>(expected.stream().map(k -> undatedAtTheEnd(atReportDate(k, signed), end))
                .toList());
        Set<FactKey> hits = new HashSet<>(labelled);
        hits.retainAll(extracted);
        Set<FactKey> expectedFigures = new HashSet<>();
        labelled.forEach(k -> expectedFigures.add(withoutValue(k)));
        long wrong = extracted.stream().filter(k -> !labelled.contains(k))
                .filter(k -> expectedFigures.contains(withoutValue(k))).count();
        return new Score(name, expected.size(), extracted.size() + misdated, hits.size(), (int) wrong + misdated);
    }

    /** The facts of a report that the extractor refuses whole count as missed: a refusal reads nothing. */
    static Score scoreOrRefused(ReportExtractor extractor, Path report) throws IOException {
        try {
            return score(extractor, report);
        } catch (ExtractionException e) {
            String name = report.getFileName().toString();
            int expected = rows(report.getParent().resolve("expected").resolve(name + ".expected.csv")).size();
            System.out.println("[refused] " + name + ": " + e.code() + " " + e.getMessage());
            return new Score(name, expected, 0, 0, 0);
        }
    }

    /** "Đến nay" runs to the report's signing date; labels write that date, the extractor {@code report_date}. */
    private static FactKey atReportDate(FactKey k, java.time.LocalDate reportDate) {
        if (reportDate == null || !vn.doisanh.extract.model.Qualifier.REPORT_DATE.equals(k.subEnd())) {
            return k;
        }
        return new FactKey(k.unit(), k.indicator(), k.value(), k.subStart(), reportDate.toString(), k.asOf(),
                k.breakdown());
    }

    /**
     * A stock counted on the last day of the report's period is the figure an undated one is: the warehouse counts
     * a stock with no as-of date as at the report's end. The sets differ here (sets 8 to 11 date every count in post,
     * the older ones only those the report dates), so both forms are one key.
     */
    private static FactKey undatedAtTheEnd(FactKey k, String periodEnd) {
        if (periodEnd == null || !periodEnd.equals(k.asOf())) {
            return k;
        }
        return new FactKey(k.unit(), k.indicator(), k.value(), k.subStart(), k.subEnd(), "", k.breakdown());
    }

    private static FactKey withoutValue(FactKey k) {
        return new FactKey(k.unit(), k.indicator(), "", k.subStart(), k.subEnd(), k.asOf(), k.breakdown());
    }

    private static FactKey keyOf(String unit, Fact fact) {
        return new FactKey(unit, fact.indicator(), plain(fact.value()), empty(fact.qualifier().subPeriodStart()),
                empty(fact.qualifier().subPeriodEnd()), empty(fact.qualifier().asOf()), fold(fact.qualifier().breakdown()));
    }

    static Score total(List<Score> scores) {
        return new Score("all", scores.stream().mapToInt(Score::expected).sum(),
                scores.stream().mapToInt(Score::extracted).sum(), scores.stream().mapToInt(Score::truePositives).sum(),
                scores.stream().mapToInt(Score::wrong).sum());
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new ArrayList<>(format.parse(reader).getRecords());
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }

    private static String fold(String text) {
        return text == null ? "" : NameFolding.fold(text);
    }
}
