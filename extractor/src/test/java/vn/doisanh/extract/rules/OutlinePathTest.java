package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;

/** Lines read under the items above them: the topic of a nested outline is often only in a parent. */
class OutlinePathTest {
    private static final FactFinder FINDER = RuleExamplesTest.FINDER;

    private static FactFinder.Found found(String text) {
        SourceText source = SourceText.of("outline.txt", "txt", TextDecoder.normalise(text));
        return FINDER.findWithNumbers(source, Periods.quarter(2025, 3), List.of("Cẩm Việt", "Hồng Lạc", "Tân Việt"));
    }

    private static List<String> read(String text) {
        return found(text).facts().stream().map(OutlinePathTest::show).toList();
    }

    private static String show(Fact fact) {
        String breakdown = fact.qualifier().breakdown() == null ? "" : "[" + fact.qualifier().breakdown() + "]";
        return fact.indicator() + breakdown + "=" + java.math.BigDecimal.valueOf(fact.value()).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Test
    void an_outline_gives_each_marker_its_level_and_a_known_marker_closes_the_levels_below_it() {
        List<Outline.Item> items = Outline.items("""
                II. AN SINH XÃ HỘI
                1. Giảm nghèo
                - Hộ nghèo toàn xã:
                  + Tỷ lệ: 0,61%
                - Hộ cận nghèo:
                  + Tỷ lệ: 1,2%
                2. Ngân sách
                """);
        assertThat(items).extracting(i -> String.join(" > ", i.path()) + " | " + i.label()).containsExactly(
                " | AN SINH XÃ HỘI",
                "AN SINH XÃ HỘI | Giảm nghèo",
                "AN SINH XÃ HỘI > Giảm nghèo | Hộ nghèo toàn xã",
                "AN SINH XÃ HỘI > Giảm nghèo > Hộ nghèo toàn xã | Tỷ lệ",
                "AN SINH XÃ HỘI > Giảm nghèo | Hộ cận nghèo",
                "AN SINH XÃ HỘI > Giảm nghèo > Hộ cận nghèo | Tỷ lệ",
                "AN SINH XÃ HỘI | Ngân sách");
    }

    @Test
    void a_rate_whose_topic_is_only_in_the_parent_item_is_read_under_it() {
        assertThat(read("""
                - Hộ nghèo toàn xã:
                  + Tỷ lệ: 0,61%
                - Hộ cận nghèo:
                  + Tỷ lệ: 1,2%
                """)).contains("poor_household_rate_pct=0,61", "near_poor_household_rate_pct=1,2");
    }

    @Test
    void items_below_a_total_with_categories_are_its_breakdown() {
        assertThat(read("""
                - Văn bản do UBND xã ban hành: 842 văn bản
                  + Quyết định: 301
                  + Công văn: 377
                  + Văn bản khác: 164
                """)).contains("documents_issued=842", "documents_issued[Quyết định]=301",
                "documents_issued[Công văn]=377", "documents_issued[khác]=164");
    }

    @Test
    void sub_items_that_would_all_read_as_the_parent_figure_are_parts_and_stay_unread_with_their_candidate() {
        FactFinder.Found found = found("""
                - Tỷ lệ hộ nghèo theo khu vực:
                  + Khu vực Cẩm Việt: 0,82%
                  + Khu vực Hồng Lạc: 0,47%
                """);
        assertThat(found.facts()).isEmpty();
        assertThat(found.unsure()).extracting(UnsureNumber::indicator)
                .containsExactly("poor_household_rate_pct", "poor_household_rate_pct");
    }

    @Test
    void an_item_under_a_parent_whose_own_figure_was_not_read_is_not_guessed() {
        assertThat(read("""
                - Viên chức các đơn vị sự nghiệp: tổng số được giao năm 2026 là 415 người, trong đó:
                  + Trung tâm Dịch vụ tổng hợp: được giao 09
                """)).noneMatch(f -> f.startsWith("public_service_staff_quota"));
    }

    @Test
    void siblings_whose_labels_are_categories_of_their_figure_are_its_breakdown() {
        assertThat(read("""
                2. Tôn giáo
                - Tín đồ:
                  + Phật giáo: 2.140 người
                  + Công giáo: 1.365 người
                """)).contains("religious_followers[Phật giáo]=2140", "religious_followers[Công giáo]=1365")
                .doesNotContain("religious_followers=2140");
    }

    @Test
    void a_category_item_under_a_total_is_a_part_not_the_total() {
        assertThat(read("""
                - Trên địa bàn có 03 tôn giáo; tổng số tín đồ 4.982 người (chiếm 17,89% dân số).
                  + Phật giáo: 3.406 tín đồ (68,37% tổng số tín đồ);
                  + Công giáo: 1.451 giáo dân (29,12%);
                """)).contains("religious_followers=4982", "religious_followers[Phật giáo]=3406")
                .doesNotContain("religious_followers=3406");
    }

    @Test
    void a_numbered_indicator_heading_gives_its_topic_to_the_result_line_and_its_plan_stays_a_target() {
        assertThat(read("""
                Chỉ tiêu 3. Tỷ lệ hồ sơ nộp trực tuyến
                - Kế hoạch: 90%.
                - Thực hiện: 91,3%.
                """)).contains("online_submission_pct=91,3").doesNotContain("online_submission_pct=90");
    }

    @Test
    void a_questionnaires_answer_is_read_under_its_question() {
        assertThat(read("""
                Câu 9. Tỷ lệ số hóa hồ sơ đầu vào và kết quả giải quyết?
                Trả lời: đầu vào 86,8%; kết quả 94,1%.
                Câu 8. Tỷ lệ hồ sơ nộp trực tuyến có đạt trên 80% không?
                Trả lời: Có, đạt 82,3%.
                """)).contains("digitised_input_pct=86,8", "online_submission_pct=82,3").doesNotContain("online_submission_pct=80");
    }

    @Test
    void staff_by_former_commune_that_add_up_give_the_total_before_the_merger_but_cases_do_not() {
        assertThat(read("Trước sắp xếp, tổng 67 người, gồm Cẩm Việt 22, Hồng Lạc 24, Tân Việt 21."))
                .contains("civil_servants_before_merger=67", "civil_servants_before_merger[Hồng Lạc]=24");
        assertThat(read("Trước sắp xếp, tiếp nhận 67 hồ sơ: Cẩm Việt 22, Hồng Lạc 24, Tân Việt 21."))
                .noneMatch(f -> f.startsWith("civil_servants_before_merger"));
    }
}
