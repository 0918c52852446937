package vn.doisanh.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.warehouse.landing.LandingZone;

/** The verdicts of the upload preview, over the ETL's own extractor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadPreviewTest {
    private ReportExtractor extractor;
    @TempDir
    Path data;

    @BeforeAll
    void loadExtractor() {
        extractor = ReportExtractor.standard();
    }

    private UploadPreview receive(byte[] bytes, String name, Clock clock) throws IOException {
        Uploads uploads = new Uploads(new LandingZone(data), new Previewer(extractor, clock), new RecordingAudit(), clock);
        return uploads.receive(new ByteArrayInputStream(bytes), name, Optional.of("an"));
    }

    private UploadPreview receive(byte[] bytes, String name) throws IOException {
        return receive(bytes, name, UploadFixtures.NOVEMBER_2026);
    }

    @Test
    void the_real_Ha_Bac_report_is_accepted_as_unit_10816_with_its_facts_and_sentences() throws IOException {
        UploadPreview preview = receive(UploadFixtures.haBac(), "Báo cáo Hà Bắc.txt");
        assertThat(preview.verdict().status()).isEqualTo("accepted");
        assertThat(preview.unit().code()).isEqualTo("10816");
        assertThat(preview.unit().name()).contains("Hà Bắc");
        assertThat(preview.format()).isEqualTo("txt");
        assertThat(preview.periods()).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo("2025-07-01");
            assertThat(p.end()).isEqualTo("2026-06-30");
        });
        assertThat(preview.facts()).hasSizeGreaterThan(20)
                .anySatisfy(f -> {
                    assertThat(f.indicator()).isEqualTo("documents_issued");
                    assertThat(f.value()).isEqualTo(3975);
                    assertThat(f.sentence()).contains("3975 văn bản");
                });
        assertThat(preview.warnings()).isNotEmpty();
        assertThat(preview.stored()).isTrue();
        assertThat(preview.receivedBefore()).isNull();
    }

    @Test
    void the_same_report_sent_twice_says_when_it_was_first_received() throws IOException {
        UploadPreview first = receive(UploadFixtures.haBac(), "a.txt");
        Clock later = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);
        UploadPreview second = receive(UploadFixtures.haBac(), "b.txt", later);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.receivedBefore()).isEqualTo("2026-11-27T03:00:00Z");
        assertThat(second.name()).as("the first record stands").isEqualTo("a.txt");
    }

    @Test
    void a_report_of_a_unit_the_registry_does_not_know_is_held_for_the_analyst_to_name_its_unit() throws IOException {
        String text = "UBND XÃ KHÔNG CÓ THẬT\nBÁO CÁO\nKết quả thực hiện nhiệm vụ Quý III/2025\n"
                + "Tiếp nhận 120 hồ sơ thủ tục hành chính.\n";
        UploadPreview preview = receive(text.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(preview.verdict().status()).isEqualTo("held");
        assertThat(preview.verdict().code()).isEqualTo("needs_unit");
        assertThat(preview.verdict().reason()).startsWith("x.txt: ").contains("KHÔNG CÓ THẬT");
        assertThat(preview.warnings()).extracting(UploadPreview.WarningRow::code).contains("unit_not_found");
    }

    @Test
    void a_report_that_states_no_period_is_held_with_its_figures_shown_not_rejected() throws IOException {
        String text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nKết quả công tác cải cách hành chính\n"
                + "Trung tâm đã tiếp nhận 1.234 hồ sơ thủ tục hành chính.\n";
        UploadPreview preview = receive(text.getBytes(StandardCharsets.UTF_8), "khong-ky.txt");
        assertThat(preview.verdict().status()).isEqualTo("held");
        assertThat(preview.verdict().code()).isEqualTo("needs_period");
        assertThat(preview.verdict().reason()).startsWith("khong-ky.txt: ");
        assertThat(preview.unit().code()).isEqualTo("10816");
        assertThat(preview.periods()).isEmpty();
        assertThat(preview.facts()).extracting(UploadPreview.FactRow::value).containsExactly(1234.0);
        assertThat(preview.accepted()).isFalse();
    }

    @Test
    void a_report_naming_two_units_as_author_is_held_for_the_analyst_to_choose() throws IOException {
        String text = "UBND XÃ HÀ BẮC\nUBND XÃ THANH HÀ\nBÁO CÁO\nKết quả thực hiện nhiệm vụ Quý III/2025\n"
                + "Tiếp nhận 1.234 hồ sơ.\n";
        UploadPreview preview = receive(text.getBytes(StandardCharsets.UTF_8), "hai.txt");
        assertThat(preview.verdict().code()).isEqualTo("needs_unit");
        assertThat(preview.verdict().reason()).contains("Xã Hà Bắc", "Xã Thanh Hà");
        assertThat(preview.facts()).extracting(UploadPreview.FactRow::value).containsExactly(1234.0);
    }

    @Test
    void a_template_holding_two_units_is_rejected_one_file_per_unit() throws IOException {
        String csv = "unit_code,period_start,period_end,period_label,indicator,value,synthetic\n"
                + "10816,2025-07-01,2025-09-30,Quý III/2025,cases_received,950,true\n"
                + "10813,2025-07-01,2025-09-30,Quý III/2025,cases_received,940,true\n";
        UploadPreview preview = receive(csv.getBytes(StandardCharsets.UTF_8), "bieu-mau.txt");
        assertThat(preview.format()).as("a template by its header, whatever its name").isEqualTo("csv");
        assertThat(preview.verdict().code()).isEqualTo("multiple_units");
        assertThat(preview.verdict().reason()).contains("10816", "10813");
    }

    @Test
    void a_report_whose_period_has_not_begun_is_rejected() throws IOException {
        Clock june2025 = Clock.fixed(Instant.parse("2025-06-01T03:00:00Z"), ZoneOffset.UTC);
        UploadPreview preview = receive(UploadFixtures.haBac(), "ha-bac.txt", june2025);
        assertThat(preview.verdict().code()).isEqualTo("period_in_future");
        assertThat(preview.verdict().reason()).contains("2025-07-01", "2025-06-01");
        assertThat(preview.unit().code()).as("what was read is still shown").isEqualTo("10816");
    }

    @Test
    void binary_content_is_refused_and_not_kept() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 17);
        }
        UploadPreview preview = receive(binary, "report.txt");
        assertThat(preview.verdict().status()).isEqualTo("rejected");
        assertThat(preview.verdict().code()).isEqualTo("binary_file");
        assertThat(preview.stored()).isFalse();
        assertThat(landedFiles()).isEmpty();
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        UploadPreview preview = receive(new byte[0], "empty.txt");
        assertThat(preview.verdict().code()).isEqualTo("empty_file");
        assertThat(preview.stored()).isFalse();
    }

    @Test
    void a_zip_that_is_neither_word_nor_excel_is_refused_whatever_its_name() throws IOException {
        byte[] zip = UploadFixtures.docx(java.util.Map.of("photos/a.jpg", new byte[] {1, 2, 3}));
        UploadPreview preview = receive(zip, "report.docx");
        assertThat(preview.verdict().code()).isEqualTo("unsupported_format");
    }

    @Test
    void a_Word_file_named_txt_is_read_as_Word() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : Files.readAllLines(UploadFixtures.HA_BAC)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(bytes);
        }
        UploadPreview preview = receive(bytes.toByteArray(), "not-really.txt");
        assertThat(preview.format()).isEqualTo("docx");
        assertThat(preview.unit().code()).isEqualTo("10816");
        assertThat(preview.accepted()).isTrue();
    }

    @Test
    void a_zip_bomb_docx_is_rejected_as_such_without_inflating_it_into_memory() throws IOException {
        byte[] bomb = UploadFixtures.zipBombDocx();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        UploadPreview preview = receive(bomb, "bom.docx");
        long grew = runtime.totalMemory() - runtime.freeMemory() - usedBefore;
        assertThat(preview.verdict().code()).isEqualTo("zip_bomb");
        assertThat(preview.verdict().reason()).contains("bom.docx", "zip bomb", "not opened");
        assertThat(preview.stored()).isFalse();
        assertThat(grew).as("bytes of heap the check took (the part inflates to 300 MB)").isLessThan(100L * 1024 * 1024);
    }

    @Test
    void an_XXE_docx_is_rejected_and_nothing_of_the_entity_is_read() throws IOException {
        UploadPreview preview = receive(UploadFixtures.xxeDocx(), "xxe.docx");
        assertThat(preview.verdict().code()).isEqualTo("unsafe_xml");
        assertThat(preview.verdict().reason()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(preview.facts()).isEmpty();
    }

    @Test
    void POI_alone_also_refuses_the_XXE_docx_so_the_ETL_is_safe_too() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> extractor.extract("xxe.docx", UploadFixtures.xxeDocx(), vn.doisanh.extract.meta.FileHints.NONE))
                .isInstanceOf(vn.doisanh.extract.model.ExtractionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void POI_alone_also_refuses_the_zip_bomb_docx_by_its_inflate_ratio() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> extractor.extract("bom.docx", UploadFixtures.zipBombDocx(), vn.doisanh.extract.meta.FileHints.NONE))
                .isInstanceOf(vn.doisanh.extract.model.ExtractionException.class)
                .hasMessageContaining("zip bomb");
    }

    private java.util.List<Path> landedFiles() throws IOException {
        Path root = data.resolve("landing");
        if (!Files.exists(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
