package vn.doisanh.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.sampledata.text.ReportDraft;

/** Generates the default city set once and checks what the extractor will be tested against. */
class CitySetTest {
    @TempDir
    static Path tmp;
    static Path root;
    static Map<String, Path> files;
    static List<CSVRecord> truth;
    static Map<String, String> outcomes;
    static GenerationSummary summary;

    @BeforeAll
    static void generateTheCitySet() {
        root = tmp.resolve("synthetic");
        summary = GeneratedFiles.generate(root, GeneratorSettings.DEFAULT_SEED, 113, 3);
        files = GeneratedFiles.files(root);
        truth = GeneratedFiles.csv(root.resolve("ground-truth.csv"));
        outcomes = GeneratedFiles.csv(root.resolve("expected-outcomes.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("outcome") + ":" + r.get("expected_code"),
                        (a, b) -> a, TreeMap::new));
    }

    @Test
    void the_city_set_has_339_reports_in_the_intended_format_mix_plus_4_broken_files() {
        assertThat(summary.reports()).isEqualTo(339);
        assertThat(summary.brokenFiles()).isEqualTo(4);
        assertThat(summary.byFormat()).containsEntry("txt", 204).containsEntry("docx", 68)
                .containsEntry("csv", 34).containsEntry("xlsx", 33);
        assertThat(summary.byStyle().keySet()).contains("hanh-chinh", "gach-dau-dong", "so-truoc-danh-tu", "phuong",
                "dac-khu", "bang-bieu");
        assertThat(outcomes).hasSize(343);
    }

    @Test
    void expected_outcomes_name_five_different_warnings_two_held_reports_and_two_errors() {
        assertThat(outcomes.values().stream().filter(v -> v.startsWith("warning:")))
                .containsExactlyInAnyOrder("warning:counts_exceed_received", "warning:rate_mismatch",
                        "warning:present_exceeds_quota", "warning:percentage_out_of_range", "warning:breakdown_sum_mismatch");
        assertThat(outcomes.values().stream().filter(v -> v.startsWith("held:")))
                .containsExactlyInAnyOrder("held:unit_not_found", "held:unit_ambiguous");
        assertThat(outcomes.values().stream().filter(v -> v.startsWith("error:")))
                .containsExactlyInAnyOrder("error:unreadable_file", "error:bad_template");
        assertThat(outcomes.keySet()).allMatch(f -> files.containsKey(f.substring("synthetic/".length())));
    }

    @Test
    void every_narrative_file_starts_with_the_synthetic_line() {
        files.forEach((name, file) -> {
            if (name.endsWith(".txt")) {
                assertThat(GeneratedFiles.text(file)).as(name).startsWith(ReportDraft.SYNTHETIC_LINE + "\n");
            } else if (name.endsWith(".docx") && !outcomes.get("synthetic/" + name).equals("error:unreadable_file")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(GeneratedFiles.bytes(file)))) {
                    assertThat(doc.getParagraphs().get(0).getText()).as(name).isEqualTo(ReportDraft.SYNTHETIC_LINE);
                } catch (java.io.IOException e) {
                    throw new AssertionError(name, e);
                }
            }
        });
    }

    @Test
    void the_truncated_docx_cannot_be_opened_but_still_says_it_is_synthetic() {
        String name = outcomes.entrySet().stream().filter(e -> e.getValue().equals("error:unreadable_file"))
                .findFirst().orElseThrow().getKey().substring("synthetic/".length());
        byte[] bytes = GeneratedFiles.bytes(files.get(name));

        assertThatThrownBy(() -> new XWPFDocument(new ByteArrayInputStream(bytes)).close()).isInstanceOf(Exception.class);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains(ReportDraft.SYNTHETIC_LINE);
    }

    @Test
    void every_template_row_is_marked_synthetic() throws Exception {
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (entry.getKey().endsWith(".xlsx")) {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(GeneratedFiles.bytes(entry.getValue())))) {
                    var sheet = book.getSheetAt(0);
                    int column = columnOf(sheet.getRow(0), "synthetic");
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        assertThat(sheet.getRow(r).getCell(column).getStringCellValue()).as(entry.getKey()).isEqualTo("true");
                    }
                }
            } else if (entry.getKey().endsWith(".csv") && entry.getKey().contains("/")) {
                String text = GeneratedFiles.text(entry.getValue());
                String separator = text.lines().findFirst().orElseThrow().contains(";") ? ";" : ",";
                assertThat(text.lines().findFirst().orElseThrow().split(separator)).as(entry.getKey()).contains("synthetic");
                assertThat(text.lines().skip(1)).as(entry.getKey()).allMatch(l -> l.contains(separator + "true" + separator)
                        || l.endsWith(separator + "true"));
            }
        }
    }

    @Test
    void ground_truth_values_stay_within_the_catalogue_ranges_except_the_deliberate_percentage() {
        Catalogue catalogue = Catalogue.load();
        List<String> outside = truth.stream()
                .filter(r -> !catalogue.require(r.get("indicator")).isPlausible(Double.parseDouble(r.get("value"))))
                .map(r -> outcomes.get(r.get("file")) + " " + r.get("indicator")).toList();

        assertThat(outside).containsExactly("warning:percentage_out_of_range digitised_result_pct");
        assertThat(truth).allMatch(r -> catalogue.require(r.get("indicator")).kind() == vn.doisanh.catalogue.IndicatorKind.REPORTED);
    }

    @Test
    void clean_reports_keep_counts_rates_quotas_and_breakdowns_consistent() {
        Map<String, List<CSVRecord>> byFile = truth.stream().collect(Collectors.groupingBy(r -> r.get("file")));
        byFile.forEach((file, rows) -> {
            if (!outcomes.get(file).startsWith("ok")) {
                return;
            }
            Map<String, BigDecimal> totals = totals(rows);
            assertThat(sum(totals, "cases_on_time", "cases_overdue")).as(file)
                    .isLessThanOrEqualTo(totals.getOrDefault("cases_received", BigDecimal.valueOf(Long.MAX_VALUE)));
            assertThat(totals.getOrDefault("civil_servants_present", BigDecimal.ZERO)).as(file)
                    .isLessThanOrEqualTo(totals.getOrDefault("civil_servants_quota", BigDecimal.valueOf(1000)));
            if (totals.containsKey("cases_received") && totals.containsKey("cases_on_time") && totals.containsKey("on_time_rate_pct")) {
                BigDecimal rate = totals.get("cases_on_time").multiply(BigDecimal.valueOf(100))
                        .divide(totals.get("cases_received"), 2, RoundingMode.HALF_UP);
                assertThat(totals.get("on_time_rate_pct")).as(file).isEqualByComparingTo(rate);
            }
            assertThat(breakdownGroups(rows)).as(file).allSatisfy((key, sum) ->
                    assertThat(sum).isEqualByComparingTo(totalFor(rows, key)));
        });
    }

    @Test
    void each_deliberate_inconsistency_shows_in_its_ground_truth() {
        Map<String, List<CSVRecord>> byFile = truth.stream().collect(Collectors.groupingBy(r -> r.get("file")));
        outcomes.forEach((file, outcome) -> {
            Map<String, BigDecimal> t = totals(byFile.getOrDefault(file, List.of()));
            switch (outcome) {
                case "warning:counts_exceed_received" -> assertThat(sum(t, "cases_on_time", "cases_overdue"))
                        .isGreaterThan(t.get("cases_received"));
                case "warning:present_exceeds_quota" -> assertThat(t.get("civil_servants_present"))
                        .isGreaterThan(t.get("civil_servants_quota"));
                case "warning:percentage_out_of_range" -> assertThat(t.get("digitised_result_pct"))
                        .isGreaterThan(BigDecimal.valueOf(100));
                case "warning:rate_mismatch" -> assertThat(t.get("on_time_rate_pct")).isNotEqualByComparingTo(
                        t.get("cases_on_time").multiply(BigDecimal.valueOf(100)).divide(t.get("cases_received"), 2,
                                RoundingMode.HALF_UP));
                case "warning:breakdown_sum_mismatch" -> assertThat(breakdownGroups(byFile.get(file)).entrySet())
                        .anyMatch(e -> e.getValue().compareTo(totalFor(byFile.get(file), e.getKey())) != 0);
                default -> {
                    if (outcome.startsWith("error")) {
                        assertThat(byFile).as("an error file has no ground truth").doesNotContainKey(file);
                    }
                }
            }
        });
    }

    @Test
    void every_figure_of_a_plain_text_report_is_in_its_text() {
        truth.stream().filter(r -> r.get("file").endsWith(".txt")).forEach(r -> {
            String text = GeneratedFiles.text(files.get(r.get("file").substring("synthetic/".length())));
            assertThat(WrittenForms.of(new BigDecimal(r.get("value")))).as(r.toString()).anyMatch(text::contains);
        });
    }

    @Test
    void every_indicator_in_the_ground_truth_is_a_reported_catalogue_id() {
        Set<String> reported = Catalogue.load().reported().stream().map(Indicator::id).collect(Collectors.toSet());
        assertThat(truth).extracting(r -> r.get("indicator")).allMatch(reported::contains);
        assertThat(truth.stream().map(r -> r.get("indicator")).distinct().count()).isGreaterThan(40);
    }

    @Test
    void the_committed_city_set_matches_a_fresh_generation() {
        Path committed = Path.of("synthetic");
        assertThat(committed.resolve("ground-truth.csv")).as("run the generator: see sample-data/README.md").exists();
        Map<String, Path> saved = GeneratedFiles.files(committed);
        assertThat(saved.keySet()).isEqualTo(files.keySet());
        files.forEach((name, file) -> assertThat(SameContent.of(GeneratedFiles.bytes(saved.get(name)), GeneratedFiles.bytes(file), name))
                .as(name).isTrue());
    }

    private static Map<String, BigDecimal> totals(List<CSVRecord> rows) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        rows.stream().filter(r -> r.get("breakdown").isEmpty() && r.get("sub_period_start").isEmpty())
                .forEach(r -> totals.put(r.get("indicator"), new BigDecimal(r.get("value"))));
        return totals;
    }

    private static BigDecimal sum(Map<String, BigDecimal> totals, String a, String b) {
        return totals.getOrDefault(a, BigDecimal.ZERO).add(totals.getOrDefault(b, BigDecimal.ZERO));
    }

    /** Sum of breakdown parts, by indicator and sub-period. */
    private static Map<String, BigDecimal> breakdownGroups(List<CSVRecord> rows) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        rows.stream().filter(r -> !r.get("breakdown").isEmpty())
                .forEach(r -> sums.merge(groupKey(r), new BigDecimal(r.get("value")), BigDecimal::add));
        return sums;
    }

    private static BigDecimal totalFor(List<CSVRecord> rows, String key) {
        return rows.stream().filter(r -> r.get("breakdown").isEmpty() && groupKey(r).equals(key))
                .map(r -> new BigDecimal(r.get("value"))).findFirst().orElseThrow(() -> new AssertionError("no total " + key));
    }

    private static String groupKey(CSVRecord r) {
        return r.get("indicator") + "|" + r.get("sub_period_start") + "|" + r.get("sub_period_end") + "|" + r.get("as_of");
    }

    private static int columnOf(org.apache.poi.ss.usermodel.Row header, String name) {
        for (var cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
