package vn.doisanh.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** One test per input format: the same figures come out of .txt (in every encoding), .docx, .pdf, .csv, .xlsx. */
class ReportFormatsTest {
    private static final ReportExtractor EXTRACTOR = ReportExtractor.standard();
    private static final String REPORT = """
            UBND XÃ TIÊN LÃNG
            BÁO CÁO
            Kết quả giải quyết thủ tục hành chính Quý III/2025
            Xã Tiên Lãng có quy mô dân số 40.123 người.
            Tổng số hồ sơ tiếp nhận: 1.234 hồ sơ; hồ sơ đúng hạn và trước hạn 1.200 hồ sơ, tỷ lệ 97,25%.
            """;

    private static List<Fact> facts(String file, byte[] bytes) throws ExtractionException {
        List<Extraction> extractions = EXTRACTOR.extract(file, bytes, FileHints.NONE);
        assertThat(extractions).hasSize(1);
        assertThat(extractions.get(0).unit().code()).isEqualTo("11755");
        assertThat(extractions.get(0).period().label()).isEqualTo("Quý III/2025");
        return extractions.get(0).facts();
    }

    private static void assertReportFigures(List<Fact> facts) {
        assertThat(facts).extracting(Fact::indicator, Fact::value).contains(
                tuple("population", 40123.0), tuple("cases_received", 1234.0), tuple("cases_on_time", 1200.0),
                tuple("on_time_rate_pct", 97.25));
    }

    @Test
    void utf8_text_is_read() throws Exception {
        assertReportFigures(facts("r.txt", REPORT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_signed_date_of_a_narrative_report_is_kept() throws Exception {
        String dated = REPORT.replace("BÁO CÁO\n", "Tiên Lãng, ngày 12 tháng 01 năm 2026\nBÁO CÁO\n");
        List<Extraction> extractions = EXTRACTOR.extract("r.txt", dated.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extractions.get(0).reportDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 12));
    }

    @Test
    void utf8_with_bom_and_crlf_is_read() throws Exception {
        byte[] body = REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertReportFigures(facts("r.txt", bytes));
    }

    @Test
    void utf16_with_bom_is_read() throws Exception {
        assertReportFigures(facts("r.txt", REPORT.getBytes(StandardCharsets.UTF_16)));
        assertReportFigures(facts("r.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                REPORT.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void windows_1258_legacy_text_is_read_and_composed() throws Exception {
        byte[] legacy = toneMarksApart(REPORT).getBytes(Charset.forName("windows-1258"));
        assertThat(new String(legacy, Charset.forName("windows-1258"))).doesNotContain("?");
        assertReportFigures(facts("r.txt", legacy));
    }

    @Test
    void nfd_text_is_normalised_to_nfc() throws Exception {
        assertReportFigures(facts("r.txt", Normalizer.normalize(REPORT, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void docx_paragraphs_and_tables_are_read() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : REPORT.lines().limit(4).toList()) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(3, 3);
            setRow(table, 0, "Chỉ tiêu", "Số liệu", "Đơn vị");
            setRow(table, 1, "Tổng số hồ sơ tiếp nhận", "1.234", "hồ sơ");
            setRow(table, 2, "Tỷ lệ giải quyết đúng hạn", "97,25", "%");
            document.createParagraph().createRun().setText("Hồ sơ đúng hạn và trước hạn 1.200 hồ sơ.");
            document.write(out);
            assertReportFigures(facts("r.docx", out.toByteArray()));
        }
    }

    @Test
    void a_docx_heading_over_two_rows_names_each_column_and_a_section_row_merged_across_is_no_part_of_it()
            throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : REPORT.lines().limit(4).toList()) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(4, 5);
            setRow(table, 0, "Chỉ tiêu", "Quý III năm 2025", "", "", "Lũy kế 9 tháng");
            mergeAcross(table, 0, 1, 3);
            setRow(table, 1, "", "Tháng 7", "Tháng 8", "Cộng quý", "");
            setRow(table, 2, "A. Thủ tục hành chính");
            mergeAcross(table, 2, 0, 5);
            setRow(table, 3, "Hồ sơ tiếp nhận", "2.914", "3.105", "6.019", "26.412");
            document.write(out);
            assertThat(facts("r.docx", out.toByteArray())).filteredOn(f -> f.indicator().equals("cases_received"))
                    .extracting(Fact::value, f -> f.qualifier().subPeriodStart()).contains(tuple(2914.0, "2025-07-01"),
                            tuple(3105.0, "2025-08-01"), tuple(6019.0, null), tuple(26412.0, "2025-01-01"));
        }
    }

    @Test
    void pdf_text_layer_is_read() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream font = getClass().getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font dejavu = PDType0Font.load(pdf, font);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(dejavu, 10);
                content.newLineAtOffset(40, 740);
                for (String line : REPORT.lines().toList()) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            pdf.save(out);
            assertReportFigures(facts("r.pdf", out.toByteArray()));
        }
    }

    @Test
    void csv_template_in_long_layout_is_read() throws Exception {
        String csv = """
                unit_code,period_start,period_end,period_label,indicator,value,breakdown,synthetic
                11755,2025-07-01,2025-09-30,Quý III/2025,population,40.123,,true
                11755,2025-07-01,2025-09-30,Quý III/2025,cases_received,1234,,true
                11755,2025-07-01,2025-09-30,Quý III/2025,cases_on_time,1200,,true
                11755,2025-07-01,2025-09-30,Quý III/2025,on_time_rate_pct,"97,25",,true
                11755,2025-07-01,2025-09-30,Quý III/2025,documents_issued,10,,true
                11755,2025-07-01,2025-09-30,Quý III/2025,documents_issued,4,Quyết định,true
                """;
        List<Fact> facts = facts("t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertReportFigures(facts);
        assertThat(facts).extracting(f -> f.qualifier().breakdown(), Fact::value).contains(tuple("Quyết định", 4.0));
    }

    @Test
    void xlsx_template_in_wide_layout_is_read() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Mẫu");
            String[] header = {"unit_name", "period_start", "period_end", "period_label", "population",
                    "cases_received", "cases_on_time", "on_time_rate_pct"};
            XSSFRow head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("xã Tiên Lãng");
            row.createCell(1).setCellValue("01/07/2025");
            row.createCell(2).setCellValue("30/09/2025");
            row.createCell(3).setCellValue("Quý III/2025");
            row.createCell(4).setCellValue(40123);
            row.createCell(5).setCellValue(1234);
            row.createCell(6).setCellValue(1200);
            row.createCell(7).setCellValue(97.25);
            workbook.write(out);
            assertReportFigures(facts("t.xlsx", out.toByteArray()));
        }
    }

    @Test
    void a_sheet_laid_out_by_hand_with_a_title_above_its_table_is_read_as_a_table_not_refused() throws Exception {
        String csv = """
                UBND XÃ AN QUANG,,,,
                BIỂU SỐ LIỆU QUÝ III NĂM 2025,,,,
                STT,Chỉ tiêu,Đơn vị tính,Số liệu,Ghi chú
                1,Dân số,người,29.091,
                2,Hồ sơ tiếp nhận,hồ sơ,1.254,
                """;
        List<Extraction> extractions = EXTRACTOR.extract("bieu.csv", csv.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extractions).singleElement().satisfies(e -> {
            assertThat(e.unit().code()).isEqualTo("11647");
            assertThat(e.period().key()).isEqualTo("2025-07-01..2025-09-30");
            assertThat(e.warnings()).extracting(Warning::code).contains("read_as_table_text");
            assertThat(e.facts()).extracting(Fact::indicator, Fact::value)
                    .contains(tuple("population", 29091.0), tuple("cases_received", 1254.0));
        });
    }

    @Test
    void a_section_row_inside_a_sheets_table_keeps_the_heading_and_a_row_code_column_is_no_figure() throws Exception {
        String csv = """
                UBND XÃ AN QUANG,,,,,
                BIỂU SỐ LIỆU QUÝ III NĂM 2025,,,,,
                Chỉ tiêu,Mã số,ĐVT,Thực hiện quý III/2025,Cùng kỳ năm 2024,Ghi chú
                I. THÔNG TIN CHUNG,,,,,
                Dân số,02,người,29.091,,
                II. THỦ TỤC HÀNH CHÍNH,,,,,
                Tỷ lệ giải quyết đúng hạn,18,%,"99,73","99,1",
                """;
        List<Extraction> extractions = EXTRACTOR.extract("bieu.csv", csv.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extractions).singleElement().satisfies(e -> assertThat(e.facts())
                .extracting(Fact::indicator, Fact::value)
                .containsExactlyInAnyOrder(tuple("population", 29091.0), tuple("on_time_rate_pct", 99.73)));
    }

    @Test
    void a_template_with_title_rows_above_its_header_is_read_as_the_template() throws Exception {
        String csv = """
                BIỂU MẪU BÁO CÁO SỐ LIỆU
                (Kèm theo Công văn số 12/UBND)
                unit_code;period_start;period_end;indicator;value
                11755;2025-07-01;2025-09-30;cases_received;1.234
                """;
        List<Extraction> extractions = EXTRACTOR.extract("mau.csv", csv.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extractions).singleElement().satisfies(e -> {
            assertThat(e.warnings()).extracting(Warning::code).contains("template_title_rows");
            assertThat(e.facts()).extracting(Fact::indicator, Fact::value).containsExactly(tuple("cases_received", 1234.0));
        });
    }

    @Test
    void a_note_written_under_a_templates_rows_is_skipped_with_its_row_named() throws Exception {
        String csv = """
                unit_code;period_start;period_end;indicator;value
                11755;2025-07-01;2025-09-30;cases_received;1.234
                Ghi chú: tiền tính bằng triệu đồng;;;;
                """;
        List<Extraction> extractions = EXTRACTOR.extract("mau.csv", csv.getBytes(StandardCharsets.UTF_8), FileHints.NONE);
        assertThat(extractions).singleElement().satisfies(e -> {
            assertThat(e.warnings()).filteredOn(w -> w.code().equals("template_note_rows"))
                    .singleElement().satisfies(w -> assertThat(w.message()).contains("line 3"));
            assertThat(e.facts()).extracting(Fact::indicator, Fact::value).containsExactly(tuple("cases_received", 1234.0));
        });
    }

    @Test
    void a_template_naming_an_unknown_indicator_is_rejected_with_row_and_column() {
        String csv = "unit_code,period_start,period_end,indicator,value\n11755,2025-07-01,2025-09-30,happiness,3\n";
        assertThatThrownBy(() -> EXTRACTOR.extract("bad.csv", csv.getBytes(StandardCharsets.UTF_8), FileHints.NONE))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 2").hasMessageContaining("column indicator")
                .hasMessageContaining("happiness")
                .satisfies(e -> assertThat(((ExtractionException) e).code()).isEqualTo("bad_template"));
    }

    @Test
    void a_truncated_docx_is_rejected_as_unreadable() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(REPORT);
            document.write(out);
            byte[] truncated = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
            assertThatThrownBy(() -> EXTRACTOR.extract("cut.docx", truncated, FileHints.NONE))
                    .isInstanceOf(ExtractionException.class).hasMessageStartingWith("cut.docx:")
                    .satisfies(e -> assertThat(((ExtractionException) e).code()).isEqualTo("unreadable_file"));
        }
    }

    @Test
    void empty_and_binary_files_are_rejected_with_their_reason() {
        assertThatThrownBy(() -> EXTRACTOR.extract("empty.txt", new byte[0], FileHints.NONE))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> EXTRACTOR.extract("blob.txt", new byte[] {1, 0, 2, 0, 0, 0, 7, 8, 9}, FileHints.NONE))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }

    @Test
    void a_report_that_names_no_unit_and_has_no_hint_is_held_with_its_figures() throws Exception {
        byte[] text = "BÁO CÁO\nQuý III/2025\nTổng số hồ sơ tiếp nhận: 1.234 hồ sơ.".getBytes(StandardCharsets.UTF_8);
        Extraction held = EXTRACTOR.extract("anon.txt", text, FileHints.NONE).get(0);
        assertThat(held.status()).isEqualTo(Extraction.NEEDS_UNIT);
        assertThat(held.unit()).isNull();
        assertThat(held.facts()).extracting(Fact::indicator, Fact::value).containsExactly(tuple("cases_received", 1234.0));
        assertThat(held.warnings()).extracting(Warning::code).contains(Extraction.NEEDS_UNIT);
    }

    @Test
    void a_unit_given_by_hand_fills_in_what_the_text_does_not_say() throws Exception {
        byte[] text = "BÁO CÁO\nQuý III/2025\nTổng số hồ sơ tiếp nhận: 1.234 hồ sơ.".getBytes(StandardCharsets.UTF_8);
        Extraction given = EXTRACTOR.extract("anon.txt", text, new FileHints(Optional.of("10816"), Optional.empty()))
                .get(0);
        assertThat(given.status()).isEqualTo(Extraction.READY);
        assertThat(given.unit().code()).isEqualTo("10816");
    }

    @Test
    void a_period_the_heading_does_not_name_is_read_from_the_body_and_marked_so() throws Exception {
        String opening = "Công tác cải cách hành chính tiếp tục được quan tâm chỉ đạo sát sao.\n".repeat(30);
        byte[] text = ("UBND XÃ HÀ BẮC\nBÁO CÁO\nKết quả công tác cải cách hành chính\n" + opening
                + "Từ ngày 1-10 đến ngày 31-12-2025, Trung tâm tiếp nhận 1.234 hồ sơ.").getBytes(StandardCharsets.UTF_8);
        Extraction report = EXTRACTOR.extract("body.txt", text, FileHints.NONE).get(0);
        assertThat(report.period().start()).hasToString("2025-10-01");
        assertThat(report.period().end()).hasToString("2025-12-31");
        assertThat(report.warnings()).extracting(Warning::code).contains("period_from_body");
    }

    @Test
    void a_figures_table_gives_its_result_column_and_sets_aside_plan_last_year_and_change() throws Exception {
        byte[] text = ("UBND XÃ HÀ BẮC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ Quý III/2025\n"
                + "Chỉ tiêu | Đơn vị tính | Kế hoạch năm | Thực hiện quý | Cùng kỳ năm trước | So sánh (%)\n"
                + "Tổng số hồ sơ tiếp nhận | hồ sơ | 10.000 | 2.412 | 2.200 | 109,6\n").getBytes(StandardCharsets.UTF_8);
        Extraction report = EXTRACTOR.extract("bang.txt", text, FileHints.NONE).get(0);
        assertThat(report.facts()).extracting(Fact::indicator, Fact::value).containsExactly(tuple("cases_received", 2412.0));
        assertThat(report.ledger().entries()).filteredOn(e -> "table.column".equals(e.cue()))
                .extracting(e -> e.number(), e -> e.role().code())
                .containsExactly(tuple("10.000", "target"), tuple("2.200", "previous_period"), tuple("109,6", "change"));
    }

    @Test
    void an_outline_whose_topic_is_only_in_the_parent_item_gives_its_sub_items() throws Exception {
        byte[] text = ("UBND XÃ HÀ BẮC\nBÁO CÁO\nKết quả thực hiện nhiệm vụ Quý III/2025\n"
                + "- Cán bộ, công chức:\n  + Được giao: 52 biên chế;\n  + Hiện có: 49 người.\n"
                + "- Viên chức giáo dục: + Được giao: 310; + Hiện có: 298\n").getBytes(StandardCharsets.UTF_8);
        Extraction report = EXTRACTOR.extract("dan-y.txt", text, FileHints.NONE).get(0);
        assertThat(report.facts()).extracting(Fact::indicator, Fact::value).containsExactlyInAnyOrder(
                tuple("civil_servants_quota", 52.0), tuple("civil_servants_present", 49.0),
                tuple("education_staff_quota", 310.0), tuple("education_staff_present", 298.0));
    }

    @Test
    void a_report_that_states_no_period_anywhere_is_held_with_its_figures() throws Exception {
        byte[] text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nTrung tâm đã tiếp nhận 1.234 hồ sơ.".getBytes(StandardCharsets.UTF_8);
        Extraction held = EXTRACTOR.extract("none.txt", text, FileHints.NONE).get(0);
        assertThat(held.status()).isEqualTo(Extraction.NEEDS_PERIOD);
        assertThat(held.facts()).extracting(Fact::value).containsExactly(1234.0);
    }

    /**
     * Windows-1258 has codes for the vowels â, ê, ô, ơ, ư, ă and for the five tone marks as combining characters,
     * but not for toned letters: "ế" is stored as "ê" + combining acute. This writes text the way it stores it.
     */
    private static String toneMarksApart(String text) {
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                (tones.indexOf(d) >= 0 ? tone : base).append(d);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }

    private static void setRow(XWPFTable table, int row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            table.getRow(row).getCell(i).setText(cells[i]);
        }
    }

    /** Cells {@code from}… of the row become one cell spanning {@code span} grid columns, as Word writes a merge. */
    private static void mergeAcross(XWPFTable table, int row, int from, int span) {
        table.getRow(row).getCell(from).getCTTc().addNewTcPr().addNewGridSpan()
                .setVal(java.math.BigInteger.valueOf(span));
        for (int k = 1; k < span; k++) {
            table.getRow(row).removeCell(from + 1);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
