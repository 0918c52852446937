package vn.doisanh.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.model.ExtractionException;
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
    void the_author_is_found_in_the_heading(String text, String code) throws ExtractionException {
        assertThat(UNITS.read(text.replace("\\n", "\n"), "f.txt")).isInstanceOfSatisfying(UnitDetector.Named.class,
                named -> assertThat(named.unit().code()).isEqualTo(code));
    }

    @Test
    void an_unknown_unit_in_the_heading_is_unresolved_with_the_nearest_names() throws ExtractionException {
        assertThat(UNITS.read("UBND xã Hà Bắc Mới\nBÁO CÁO", "f.txt")).isInstanceOfSatisfying(
                UnitDetector.Unresolved.class, unresolved -> {
                    assertThat(unresolved.code()).isEqualTo("unit_not_found");
                    assertThat(unresolved.written()).isEqualTo("xã Hà Bắc Mới");
                    assertThat(unresolved.message()).contains("Hà Bắc Mới").contains("Xã Hà Bắc (10816)");
                });
    }

    @Test
    void a_person_named_after_ubnd_phuong_is_no_unit_and_the_unit_the_text_names_is_offered() throws ExtractionException {
        assertThat(UNITS.read("Chủ tịch UBND phường Trần Văn Lực cho biết, phường Lê Chân đã tiếp nhận 812 hồ sơ.",
                "f.txt")).isInstanceOfSatisfying(UnitDetector.Unresolved.class,
                        unresolved -> assertThat(unresolved.message()).contains("the text also names Phường Lê Chân"));
    }

    @Test
    void a_name_without_diacritics_that_fits_two_units_is_ambiguous() throws ExtractionException {
        assertThat(UNITS.read("UBND xã Cam Giang\nBÁO CÁO", "f.txt")).isInstanceOfSatisfying(
                UnitDetector.Unresolved.class, unresolved -> {
                    assertThat(unresolved.code()).isEqualTo("unit_ambiguous");
                    assertThat(unresolved.message()).contains("Xã Cẩm Giang (10888)").contains("Xã Cẩm Giàng (10903)");
                });
    }

    @Test
    void two_units_named_as_authors_is_an_error() {
        assertThatThrownBy(() -> UNITS.read("UBND XÃ HÀ BẮC\nUBND PHƯỜNG LÊ CHÂN\nBÁO CÁO chung", "f.txt"))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).code()).isEqualTo("multiple_units"));
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
    })
    void the_period_is_read_from_the_title(String text, String start, String end) {
        ReportPeriod period = PeriodDetector.detect(text.replace("\\n", "\n")).orElseThrow();
        assertThat(period.start()).hasToString(start);
        assertThat(period.end()).hasToString(end);
    }

    @Test
    void the_title_wins_over_another_period_mentioned_in_the_head() {
        String text = "BÁO CÁO\nTổng kết năm 2025\nRiêng 6 tháng cuối năm 2025, thu ngân sách đạt 71,8 tỷ đồng.";
        assertThat(PeriodDetector.detect(text)).map(ReportPeriod::label).contains("Năm 2025");
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
