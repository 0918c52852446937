package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.ledger.LedgerBuilder;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberLedger;
import vn.doisanh.extract.model.NumberRole;
import vn.doisanh.extract.source.SourceText;

/** Every cue of number-roles.tsv gives its role to the bracketed number of its own example sentence. */
class RoleCuesTest {
    static final RoleCues CUES = RoleCues.load();
    static final LedgerBuilder BUILDER = new LedgerBuilder(CUES, RuleTable.load(Catalogue.load()));

    static Stream<RoleCue> cues() {
        return CUES.cues().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cues")
    void each_cue_names_the_role_of_the_number_in_its_example(RoleCue cue) {
        String example = cue.example();
        int open = example.indexOf('[');
        int close = example.indexOf(']');
        assertThat(open).as("example of %s marks its number in [brackets]", cue.id()).isGreaterThanOrEqualTo(0);
        String text = example.substring(0, open) + example.substring(open + 1, close) + example.substring(close + 1);
        NumberLedger ledger = BUILDER.build(SourceText.of("example.txt", "txt", text), List.of(), List.of(),
                Periods.quarter(2025, 3));
        LedgerEntry entry = ledger.entries().stream().filter(e -> e.offset() == open).findFirst().orElseThrow(
                () -> new AssertionError("no number at offset " + open + " of: " + text));
        assertThat(entry.number()).isEqualTo(example.substring(open + 1, close));
        assertThat(entry.role()).as("role of %s in: %s", entry.number(), text).isEqualTo(cue.role());
        assertThat(entry.cue()).isEqualTo(cue.id());
    }

    @Test
    void a_number_no_cue_explains_is_unread_with_the_indicators_its_sentence_mentions() {
        String text = "Trung tâm đã tiếp nhận tổng cộng 1.234 hồ sơ thủ tục hành chính trên hệ thống.";
        LedgerEntry entry = BUILDER.build(SourceText.of("x.txt", "txt", text), List.of(), List.of(), null).entries().get(0);
        assertThat(entry.role()).isEqualTo(NumberRole.UNREAD);
        assertThat(entry.candidates()).contains("cases_received");
    }

    @Test
    void a_veto_cue_keeps_its_number_from_every_rule_and_the_ledger_names_why() throws Exception {
        String text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\nTỷ lệ hồ sơ nộp trực tuyến đạt 57,3%, kế hoạch 75%.\n";
        var report = vn.doisanh.extract.ReportExtractor.standard().extract("kh.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), vn.doisanh.extract.meta.FileHints.NONE).get(0);
        assertThat(report.facts()).extracting(f -> f.value()).containsExactly(57.3);
        assertThat(report.ledger().entries()).filteredOn(e -> e.number().equals("75"))
                .extracting(LedgerEntry::role).containsExactly(NumberRole.TARGET);
    }

    @Test
    void a_count_the_report_gave_before_is_that_figure_restated_but_a_percentage_is_not() throws Exception {
        String text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\nTrung tâm tiếp nhận 1.224 hồ sơ.\n"
                + "Số hồ sơ nộp trực tuyến là 980/1.224 hồ sơ tiếp nhận.\n"
                + "Tỷ lệ văn bản đi được ký số đạt 100%.\nĐã cấp 100% chữ ký số cho cán bộ tiếp nhận hồ sơ.\n";
        var report = vn.doisanh.extract.ReportExtractor.standard().extract("r.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), vn.doisanh.extract.meta.FileHints.NONE).get(0);
        assertThat(report.ledger().entries()).filteredOn(e -> "restated".equals(e.cue()))
                .extracting(LedgerEntry::number, LedgerEntry::indicator)
                .containsExactly(org.assertj.core.api.Assertions.tuple("1.224", "cases_received"));
        assertThat(report.ledger().unreadEntries()).extracting(LedgerEntry::number).contains("980");
        assertThat(report.ledger().entries()).filteredOn(e -> e.number().equals("100")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.cue()).isNotEqualTo("restated"));
    }

    @Test
    void a_share_of_the_plan_is_a_figure_not_a_plan() throws Exception {
        String text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nQuý III/2025\n- Thu ngân sách so với dự toán: 26,79%\n";
        var report = vn.doisanh.extract.ReportExtractor.standard().extract("dt.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), vn.doisanh.extract.meta.FileHints.NONE).get(0);
        assertThat(report.facts()).extracting(f -> f.indicator(), f -> f.value())
                .containsExactly(org.assertj.core.api.Assertions.tuple("budget_revenue_vs_plan_pct", 26.79));
    }

    @Test
    void a_cue_file_with_a_bad_line_is_refused_with_its_line() {
        assertThatThrownBy(() -> RoleCues.parse(List.of("# header", "x\tfact\tword\texplain\t-\t-\texample [1]")))
                .hasMessageContaining("line 2").hasMessageContaining("fact");
        assertThatThrownBy(() -> RoleCues.parse(List.of("x\tchange\tword\texplain\t(\t-\texample [1]")))
                .hasMessageContaining("line 1").hasMessageContaining("bad regex");
    }
}
