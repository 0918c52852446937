package vn.doisanh.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

class DetectorsTest {
    private static final UnitDetector UNITS = new UnitDetector(UnitRegistry.load());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UBND XÃ HÀ BẮC\\nBÁO CÁO | 10816",
            "Ủy ban nhân dân xã Hà Bắc báo cáo như sau | 10816",
            "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN\\nSố: 12/BC-UBND | 11383",
            "UBND ĐẶC KHU CÁT HẢI | 11914",
            "UBND xa Ha Bac | 10816",
            "UBND P. Lê Chân\\nBC nhanh | 11383",
            "UBND X.HÀ BẮC\\nBÁO CÁO | 10816",
            "UBND XÃ HÀ BẮC Số: 45/BC-UBND | 10816",
    })
    void the_author_is_found_in_the_heading(String text, String code) {
        assertThat(UNITS.read(text.replace("\\n", "\n"))).isInstanceOfSatisfying(UnitDetector.Named.class,
                named -> assertThat(named.unit().code()).isEqualTo(code));
    }

    @Test
    void an_unknown_unit_in_the_heading_is_unresolved_with_the_nearest_names() {
        assertThat(UNITS.read("UBND xã Hà Bắc Mới\nBÁO CÁO")).isInstanceOfSatisfying(
                UnitDetector.Unresolved.class, unresolved -> {
                    assertThat(unresolved.code()).isEqualTo("unit_not_found");
                    assertThat(unresolved.written()).isEqualTo("xã Hà Bắc Mới");
                    assertThat(unresolved.message()).contains("Hà Bắc Mới").contains("Xã Hà Bắc (10816)");
                });
    }

    @Test
    void a_person_named_after_ubnd_phuong_is_no_unit_and_the_unit_the_text_names_is_offered() {
        assertThat(UNITS.read("Chủ tịch UBND phường Trần Văn Lực cho biết, phường Lê Chân đã tiếp nhận 812 hồ sơ."))
                .isInstanceOfSatisfying(UnitDetector.Unresolved.class,
                        unresolved -> assertThat(unresolved.message()).contains("the text also names Phường Lê Chân"));
    }

    @Test
    void a_name_without_diacritics_that_fits_two_units_is_ambiguous() {
        assertThat(UNITS.read("UBND xã Cam Giang\nBÁO CÁO")).isInstanceOfSatisfying(
                UnitDetector.Unresolved.class, unresolved -> {
                    assertThat(unresolved.code()).isEqualTo("unit_ambiguous");
                    assertThat(unresolved.message()).contains("Xã Cẩm Giang (10888)").contains("Xã Cẩm Giàng (10903)");
                });
    }

    @Test
    void two_units_named_as_authors_leave_the_unit_for_the_analyst_to_choose() {
        assertThat(UNITS.read("UBND XÃ HÀ BẮC\nUBND PHƯỜNG LÊ CHÂN\nBÁO CÁO chung")).isInstanceOfSatisfying(
                UnitDetector.Unresolved.class, unresolved -> {
                    assertThat(unresolved.code()).isEqualTo("multiple_units");
                    assertThat(unresolved.message()).contains("Xã Hà Bắc (10816)", "Phường Lê Chân");
                });
    }

    @Test
    void a_unit_that_bears_the_name_of_another_authors_former_commune_is_that_commune() {
        assertThat(UNITS.read("UBND PHƯỜNG ÁI QUỐC\nBÁO CÁO\nUBND phường Ái Quốc (hình thành từ UBND xã Quyết Thắng cũ)"
                + " báo cáo như sau")).isInstanceOfSatisfying(UnitDetector.Named.class,
                named -> assertThat(named.unit().code()).isEqualTo("10660"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BÁO CÁO\\nKết quả công tác Quý III/2025 | 2025-07-01 | 2025-09-30",
            "BÁO CÁO\\nKết quả quý IV năm 2025 | 2025-10-01 | 2025-12-31",
            "BÁO CÁO\\nTình hình 6 tháng đầu năm 2026 | 2026-01-01 | 2026-06-30",
            "BÁO CÁO\\nKết quả 9 tháng năm 2025 | 2025-01-01 | 2025-09-30",
            "BÁO CÁO\\nTừ ngày 01/10/2025 đến ngày 31/12/2025 | 2025-10-01 | 2025-12-31",
            "BÁO CÁO\\nSơ kết 01 năm thực hiện chính quyền địa phương 02 cấp | 2025-07-01 | 2026-06-30",
            "Hà Bắc, ngày 05 tháng 01 năm 2026\\nBÁO CÁO\\nTổng kết công tác năm 2025 | 2025-01-01 | 2025-12-31",
            "BÁO CÁO\\nKết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2026 | 2026-01-01 | 2026-03-31",
            "BÁO CÁO\\nKết quả quý II, lũy kế 6 tháng đầu năm 2026 và nhiệm vụ quý III | 2026-04-01 | 2026-06-30",
            "BÁO CÁO\\nTình hình 9 tháng đầu năm 2026 và phương hướng quý IV năm 2026 | 2026-01-01 | 2026-09-30",
            "BÁO CÁO\\nKết quả thực hiện nhiệm vụ 9 tháng, phương hướng quý IV năm 2026 | 2026-01-01 | 2026-09-30",
            "Ngày 06 tháng 01 năm 2026\\nBÁO CÁO\\nKết quả quý IV và nhiệm vụ năm 2026 | 2025-10-01 | 2025-12-31",
            "BIÊN BẢN\\nPhiên họp thường kỳ tháng 10 năm 2025 của UBND xã | 2025-10-01 | 2025-10-31",
            "BÁO CÁO TÓM TẮT\\nTình hình kinh tế - xã hội tháng 01/2026 và nhiệm vụ tháng 02 | 2026-01-01 | 2026-01-31",
            "BÁO CÁO THÁNG\\n(Tháng 5 năm 2026) | 2026-05-01 | 2026-05-31",
            "BÁO CÁO\\nKết quả công tác 5 tháng đầu năm 2026 | 2026-01-01 | 2026-05-31",
            "BÁO CÁO NHANH\\nCông việc tuần 11 năm 2026 | 2026-03-09 | 2026-03-15",
            "BÁO CÁO\\nKết quả sau một năm sắp xếp bộ máy (01/7/2025 – 30/6/2026) | 2025-07-01 | 2026-06-30",
            "BÁO CÁO\\nSơ kết 01 năm chính quyền hai cấp (từ ngày 01/7/2025 đến ngày 15/6/2026) | 2025-07-01 | 2026-06-15",
            "Tin tức\\nXã An Sơn khép lại năm 2025 với nhiều đổi mới | 2025-01-01 | 2025-12-31",
            "UBND PHƯỜNG AN SƠN\\nKẾT QUẢ 4 THÁNG ĐẦU NĂM 2026\\nVÀ NHIỆM VỤ THÁNG 5 | 2026-01-01 | 2026-04-30",
            "BÁO CÁO THẨM TRA\\nKết quả nhiệm vụ năm 2025 (từ 01/7/2025 đến 31/12/2025) | 2025-07-01 | 2025-12-31",
            "BẢN TIN PHÁT THANH THÁNG SÁU NĂM 2026 | 2026-06-01 | 2026-06-30",
            "BÁO CÁO\\nTổng kết công tác năm 2025 và nhiệm vụ năm 2026\\n(Số liệu từ ngày 01/7/2025 đến ngày 31/12/2025) | 2025-07-01 | 2025-12-31",
            "BẢNG THEO DÕI MỘT SỐ CHỈ TIÊU NĂM 2026 (cập nhật đến hết tháng 10/2026) | 2026-01-01 | 2026-10-31",
            "BÁO CÁO\\nTự đánh giá Chỉ số cải cách hành chính năm 2025\\nPhường tự đánh giá kết quả từ ngày 01/7/2025 đến ngày 31/12/2025 như sau. | 2025-07-01 | 2025-12-31",
            "BÁO CÁO\\nTổng kết năm 2025\\nSo với năm 2024, lũy kế từ ngày 01/01/2025 đến ngày 30/6/2025 thu 40 tỷ. | 2025-01-01 | 2025-12-31",
            "BÁO CÁO\\nKết quả tháng Mười một năm 2025 | 2025-11-01 | 2025-11-30",
            "Subject: Fwd: V/v gửi số liệu nhanh\\nP. An Sơn gửi số liệu nhanh T10/2026 (BC chính thức gửi sau): | 2026-10-01 | 2026-10-31",
    })
    void the_period_is_read_from_the_title(String text, String start, String end) {
        ReportPeriod period = PeriodDetector.detect(text.replace("\\n", "\n")).orElseThrow();
        assertThat(period.start()).hasToString(start);
        assertThat(period.end()).hasToString(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BÁO CÁO\\nKết quả vận hành Trung tâm\\nSố liệu tổng hợp từ ngày 1-10 đến ngày 31-12-2025, tăng so với quý III/2025. | 2025-10-01..2025-12-31",
            "Xã An Sơn, ngày 07 tháng 7 năm 2026\\nBÁO CÁO\\nTình hình hoạt động\\nTrong 6 tháng đầu năm nay, xã tiếp nhận 812 hồ sơ. | 2026-01-01..2026-06-30",
            "BÁO CÁO\\nTình hình\\nSo với quý III/2025, lũy kế từ 01/7/2025 đến 31/12/2025; trong ba tháng cuối năm 2025 xã tiếp nhận 90 hồ sơ. | 2025-10-01..2025-12-31",
            "An Sơn, ngày 04 tháng 6 năm 2026\\nBÁO CÁO\\nGiải trình số liệu\\nPhường giải trình số liệu của tháng vừa qua (tháng 5) như sau. | 2026-05-01..2026-05-31",
            "Hải Phòng, ngày 25 tháng 9 năm 2026\\nKẾT LUẬN KIỂM TRA\\nTừ ngày 15/9 đến ngày 17/9/2026 Đoàn đã làm việc tại phường. Thời kỳ kiểm tra: từ ngày 01/01/2026 đến ngày 31/8/2026. | 2026-01-01..2026-08-31",
    })
    void a_title_without_a_period_is_dated_by_the_first_span_the_body_states_as_its_own(String text, String period) {
        assertThat(PeriodDetector.detect(text.replace("\\n", "\n"))).isEmpty();
        assertThat(BodyPeriod.detect(text.replace("\\n", "\n"))).map(found -> found.period().key()).contains(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tứ Minh, ngày 10 tháng 11 năm 2026\\nTỜ TRÌNH\\nVề việc đề nghị bổ sung biên chế công chức năm 2027\\nTrong 10 tháng năm 2026, phường tiếp nhận 6.981 hồ sơ. | 2026-01-01..2026-10-31",
            "An Lão, ngày 11 tháng 12 năm 2026\\nNỘI DUNG TRẢ LỜI CHẤT VẤN\\nChủ tịch trả lời: Từ đầu năm đến 30/11/2026, xã tiếp nhận 9.118 hồ sơ; cam kết đến hết quý I/2027 xong. | 2026-01-01..2026-11-30",
    })
    void a_span_that_begins_after_the_report_was_signed_is_asked_for_or_promised_not_reported_on(String text, String period) {
        String report = text.replace("\\n", "\n");
        Optional<ReportPeriod> read = PeriodDetector.detect(report)
                .or(() -> BodyPeriod.detect(report).map(BodyPeriod.Found::period));
        assertThat(read).map(ReportPeriod::key).contains(period);
    }

    @Test
    void a_decision_cited_in_the_head_does_not_rule_out_the_year_of_the_title() {
        String text = "Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2024 của UBND thành phố;\nBÁO CÁO\nTổng kết công tác năm 2025";
        assertThat(PeriodDetector.detect(text)).map(ReportPeriod::label).contains("Năm 2025");
    }

    @Test
    void a_month_whose_year_the_text_leaves_out_is_not_guessed() {
        String text = "Nhóm giao ban\n07:42 Các bộ phận gửi số liệu tháng 11 vào nhóm trước 10:00.";
        assertThat(PeriodDetector.detect(text)).isEmpty();
        assertThat(BodyPeriod.detect(text)).isEmpty();
    }

    @Test
    void the_title_wins_over_another_period_mentioned_in_the_head() {
        String text = "BÁO CÁO\nTổng kết năm 2025\nRiêng 6 tháng cuối năm 2025, thu ngân sách đạt 71,8 tỷ đồng.";
        assertThat(PeriodDetector.detect(text)).map(ReportPeriod::label).contains("Năm 2025");
    }

    @Test
    void dates_that_spell_out_the_named_span_keep_its_name() {
        assertThat(PeriodDetector.detect("BÁO CÁO\nKết quả quý III năm 2025 (từ ngày 01/7/2025 đến ngày 30/9/2025)"))
                .map(ReportPeriod::label).contains("Quý III/2025");
    }

    @Test
    void a_yearless_month_is_the_reports_own_only_when_called_just_past_and_signed_soon_after() {
        String signedLate = "An Sơn, ngày 04 tháng 9 năm 2026\nBÁO CÁO\nGiải trình\nSố liệu của tháng vừa qua (tháng 5) như sau.";
        String notJustPast = "An Sơn, ngày 04 tháng 6 năm 2026\nBÁO CÁO\nGiải trình\nSố liệu của tháng 5 như sau.";
        assertThat(BodyPeriod.detect(signedLate)).isEmpty();
        assertThat(BodyPeriod.detect(notJustPast)).isEmpty();
    }

    @Test
    void a_blank_date_line_is_noticed_and_a_filled_one_is_read() {
        assertThat(PeriodDetector.hasBlankDateLine("Hà Bắc, ngày tháng năm 2026\nBÁO CÁO")).isTrue();
        assertThat(PeriodDetector.reportDate("Hà Bắc, ngày 15 tháng 10 năm 2025")).map(Object::toString).contains("2025-10-15");
    }

    @Test
    void folders_name_unit_codes_and_periods() {
        FileHints hints = FileHints.of(java.nio.file.Path.of("sample-data/synthetic/10507/2025-Q3/bc.txt"));
        assertThat(hints.unitCode()).contains("10507");
        assertThat(hints.period()).map(ReportPeriod::label).contains("Quý III/2025");
    }
}
