package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;

/** Where the reader would rather leave a number unread than take it for the wrong figure. */
class ReadingGuardsTest {
    private static final FactFinder FINDER = RuleExamplesTest.FINDER;

    private static FactFinder.Found found(String text) {
        SourceText source = SourceText.of("guards.txt", "txt", TextDecoder.normalise(text));
        return FINDER.findWithNumbers(source, Periods.year(2025), List.of());
    }

    private static List<String> read(String text) {
        return found(text).facts().stream().map(ReadingGuardsTest::showWithBreakdown).toList();
    }

    private static String show(Fact fact) {
        return fact.indicator() + "=" + java.math.BigDecimal.valueOf(fact.value()).stripTrailingZeros().toPlainString();
    }

    @Test
    void figures_under_a_heading_of_next_years_tasks_are_targets_not_results() {
        List<String> facts = read("""
                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
                - Thu ngân sách nhà nước trên địa bàn: 98 tỷ đồng
                II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
                1. Các chỉ tiêu chủ yếu
                - Thu ngân sách nhà nước trên địa bàn: 105 tỷ đồng
                """);
        assertThat(facts).contains("budget_revenue=98000").doesNotContain("budget_revenue=105000");
    }

    @Test
    void a_plan_section_ends_where_the_report_ends_so_the_appendix_after_the_signature_is_read() {
        List<String> facts = read("""
                III. NHIỆM VỤ 2 THÁNG CUỐI NĂM
                - Thu ngân sách nhà nước trên địa bàn: 105 tỷ đồng
                Nơi nhận:
                - Lưu: VT.
                Phụ lục 01
                | STT | Chỉ tiêu | ĐVT | Thực hiện kỳ báo cáo |
                | 1 | Thu ngân sách nhà nước trên địa bàn | Triệu đồng | 33.264 |
                """);
        assertThat(facts).contains("budget_revenue=33264").doesNotContain("budget_revenue=105000");
    }

    @Test
    void what_the_former_units_had_before_the_merger_is_no_count_of_the_unit() {
        List<String> facts = read("Trước sắp xếp, ba đơn vị có 38 thôn, tổ dân phố; nay phường sắp xếp lại còn 22 tổ dân phố.");
        assertThat(facts).contains("villages=22").doesNotContain("villages=38");
    }

    @Test
    void a_number_glued_to_a_letter_is_a_code_not_a_figure() {
        assertThat(read("Văn bản ban hành T10 là 174 văn bản.")).doesNotContain("documents_issued=10");
    }

    @Test
    void a_value_the_report_later_says_was_wrong_is_taken_nowhere_and_left_to_an_analyst() {
        FactFinder.Found found = found("""
                Tỷ lệ thanh toán trực tuyến đạt 86%.
                Em xin sửa: tỷ lệ thanh toán trực tuyến là 86,4% chứ không phải 86% ạ.
                """);
        assertThat(found.facts()).extracting(ReadingGuardsTest::show).contains("online_payment_pct=86.4")
                .doesNotContain("online_payment_pct=86");
        assertThat(found.unsure()).extracting(UnsureNumber::cue).contains("disowned_by_the_report");
    }

    @Test
    void a_line_of_shorthand_is_read_with_its_abbreviations_spelt_out() {
        assertThat(read("- HS tiếp nhận 1.187; đã GQ 1.164; ĐH 1.160 (99,66%); QH 4 (0,34%)"))
                .contains("cases_received=1187", "cases_resolved=1164", "cases_on_time=1160", "cases_overdue=4");
    }

    @Test
    void a_count_in_post_later_in_the_line_is_dated_like_the_first() {
        FactFinder.Found found = found("Đến ngày 30/11/2025, xã có 47 cán bộ, công chức có mặt. Khối giáo dục được giao"
                + " 486 biên chế, có mặt 471.");
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("education_staff_present"))
                .extracting(f -> f.qualifier().asOf()).containsExactly("2025-11-30");
    }

    @Test
    void counts_in_post_are_dated_by_a_bracket_later_in_their_sentence() {
        FactFinder.Found found = found("Kết quả: viên chức giáo dục giao 421, có mặt 408; Trạm Y tế giao 17, có mặt 16"
                + " (đến 30/11/2025).");
        assertThat(found.facts()).filteredOn(f -> f.indicator().endsWith("_present"))
                .extracting(f -> f.indicator() + "@" + f.qualifier().asOf())
                .containsExactlyInAnyOrder("education_staff_present@2025-11-30", "health_staff_present@2025-11-30");
        assertThat(found.facts()).filteredOn(f -> f.indicator().endsWith("_quota"))
                .extracting(f -> f.qualifier().asOf()).containsOnlyNulls();
    }

    @Test
    void a_line_labelled_quota_over_in_post_gives_the_quota_first() {
        assertThat(read("Viên chức giáo dục giao / có mặt 463 / 449\nViên chức y tế giao / có mặt 18 / 17"))
                .contains("education_staff_quota=463", "education_staff_present=449", "health_staff_quota=18",
                        "health_staff_present=17")
                .doesNotContain("education_staff_quota=449");
    }

    @Test
    void a_result_in_brackets_after_the_councils_target_is_read_and_the_target_is_not() {
        List<String> facts = read("""
                3.2. Nộp trực tuyến (NQ: ≥ 80%; TH: 83,5%; Đạt); thanh toán trực tuyến (NQ: ≥ 70%; TH: 77,9%; Đạt).
                2.2. Giảm nghèo: hộ nghèo còn 62 hộ (NQ: ≤ 0,6%; TH: 0,52%; Đạt); hộ cận nghèo 131 hộ (TH: 1,09%).
                """);
        assertThat(facts).contains("online_submission_pct=83.5", "online_payment_pct=77.9",
                "poor_household_rate_pct=0.52", "near_poor_household_rate_pct=1.09")
                .noneMatch(f -> f.endsWith("=80") || f.endsWith("=70") || f.endsWith("=0.6"));
    }

    @Test
    void label_dash_value_pairs_in_brackets_are_read_under_their_topic_even_wrapped_over_lines() {
        List<String> facts = read("""
                Về giảm nghèo: rà soát giữa kỳ, hộ nghèo và cận nghèo tiếp tục giảm (số liệu: hộ nghèo –
                71; tỷ lệ – 0,69%; hộ cận nghèo – 148; tỷ lệ – 1,44%).
                """);
        assertThat(facts).contains("poor_households=71", "poor_household_rate_pct=0.69", "near_poor_households=148",
                "near_poor_household_rate_pct=1.44");
    }

    @Test
    void a_sheet_cell_holding_two_figures_named_by_its_label_gives_both_and_a_row_with_other_figures_gives_none() {
        List<String> facts = read("""
                STT | Chỉ tiêu | ĐVT | Năm 2025 | Ghi chú
                17 | Hộ nghèo / tỷ lệ | hộ / % | 23 / 0,31 |
                24 | Viên chức giáo dục giao / có mặt | người | 318 / 309 | thời điểm 31/12/2025
                25 | Hộ cận nghèo / tỷ lệ | hộ / % | 61 / 0,82 | 70
                """);
        assertThat(facts).contains("poor_households=23", "poor_household_rate_pct=0.31", "education_staff_quota=318",
                "education_staff_present=309").doesNotContain("near_poor_households=61");
    }

    @Test
    void a_table_of_two_columns_gives_in_post_before_quota_in_the_order_its_label_names_them() {
        List<String> facts = read("""
                Nội dung | Kết quả
                Công chức có mặt / biên chế giao | 61/66
                Viên chức giáo dục có mặt / giao | 562/580
                Biên chế tiếp nhận ngày 01/7/2025 | 72 người
                """);
        assertThat(facts).contains("civil_servants_present=61", "education_staff_present=562", "education_staff_quota=580",
                "civil_servants_at_start=72").doesNotContain("civil_servants_present=66", "education_staff_quota=562");
    }

    @Test
    void quota_and_in_post_pairs_in_the_middle_of_a_line_give_the_quota_first() {
        assertThat(read("▪ [CT 2.8] giáo dục giao/có mặt: 381/370; [CT 2.9] y tế giao/có mặt: 16/15."))
                .contains("education_staff_quota=381", "education_staff_present=370", "health_staff_quota=16",
                        "health_staff_present=15")
                .doesNotContain("education_staff_present=381");
    }

    @Test
    void an_inspection_table_gives_what_the_inspectors_found_not_what_the_unit_reported_nor_what_they_require() {
        List<String> facts = read("""
                Nội dung | Phường báo cáo | Đoàn kiểm tra xác định
                Quá hạn | 18 | 22
                Tỷ lệ đúng hạn (%) | 99,70 | 99,64
                III. YÊU CẦU KHẮC PHỤC
                UBND phường thực hiện 3 nhóm nhiệm vụ khắc phục; tỷ lệ số hóa kết quả đạt 100% trong quý IV.
                """);
        assertThat(facts).contains("cases_overdue=22", "on_time_rate_pct=99.64")
                .doesNotContain("cases_overdue=18", "on_time_rate_pct=99.7", "digitised_result_pct=100");
    }

    @Test
    void a_span_in_brackets_that_hold_their_own_figure_does_not_reach_past_them() {
        FactFinder.Found found = found("Tháng 11 tiếp nhận 5.238 hồ sơ (lũy kế 11 tháng 48.906 hồ sơ); đã giải quyết"
                + " 5.104 hồ sơ, trong đó đúng hạn 5.089 hồ sơ.");
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("cases_resolved") || f.indicator().equals("cases_on_time"))
                .extracting(f -> f.qualifier().subPeriodStart()).doesNotContain("2025-01-01");
        assertThat(found.facts()).filteredOn(f -> f.value() == 48906).extracting(f -> f.qualifier().subPeriodStart())
                .containsExactly("2025-01-01");
    }

    @Test
    void next_years_tasks_under_a_part_or_a_lettered_section_are_targets() {
        List<String> facts = read("""
                PHẦN THỨ NHẤT. KẾT QUẢ NĂM 2025
                - Thu ngân sách 91 tỷ đồng.
                PHẦN THỨ HAI. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026
                - Thu ngân sách 95 tỷ đồng; giải ngân đạt 100% kế hoạch vốn.
                Mục G. NHIỆM VỤ QUÝ I
                Nộp trực tuyến đạt 80%; thu ngân sách đạt 55% dự toán.
                """);
        assertThat(facts).contains("budget_revenue=91000").doesNotContain("budget_revenue=95000")
                .noneMatch(f -> f.startsWith("public_investment_disbursement_pct") || f.startsWith("budget_revenue_vs_plan_pct"));
    }

    @Test
    void a_count_in_post_later_in_the_line_stays_undated_when_the_counts_before_it_name_two_days() {
        FactFinder.Found found = found("Đến ngày 30/6/2025, xã có 45 cán bộ, công chức có mặt; đến ngày 30/11/2025, xã"
                + " có 47 cán bộ, công chức có mặt. Khối giáo dục được giao 486 biên chế, có mặt 471.");
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("civil_servants_present"))
                .extracting(f -> f.qualifier().asOf()).contains("2025-06-30", "2025-11-30");
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("education_staff_present"))
                .extracting(f -> f.qualifier().asOf()).containsExactly((String) null);
    }

    @Test
    void each_weeks_figures_take_the_days_its_heading_names_and_a_heading_in_capitals_closes_the_weeks() {
        SourceText source = SourceText.of("weeks.txt", "txt", TextDecoder.normalise("""
                Tuần 1 (01/11 – 08/11)
                - Văn bản UBND ban hành: 71.
                Tuần 2 (09/11 – 15/11)
                - Văn bản UBND ban hành: 64.
                B. TỔNG HỢP THÁNG 11
                - Văn bản UBND ban hành: 135.
                """));
        List<String> facts = FINDER.findWithNumbers(source, Periods.month(2025, 11), List.of()).facts().stream()
                .map(f -> show(f) + " " + f.qualifier().subPeriodStart() + ".." + f.qualifier().subPeriodEnd()).toList();
        assertThat(facts).containsExactly("documents_issued=71 2025-11-01..2025-11-08",
                "documents_issued=64 2025-11-09..2025-11-15", "documents_issued=135 null..null");
    }

    @Test
    void a_leaf_that_says_only_tong_so_is_the_figure_its_parents_name_with_the_categories_below_it() {
        List<String> facts = read("""
                III. VĂN BẢN
                1. Đã ban hành
                - Tổng số: 1.046
                + Quyết định: 287
                + Kế hoạch: 41
                IV. CẢI CÁCH HÀNH CHÍNH
                1. Thủ tục hành chính
                a) Tiếp nhận
                - Tổng số: 3.962
                """);
        assertThat(facts).contains("documents_issued=1046", "documents_issued[Quyết định]=287",
                "documents_issued[Kế hoạch]=41", "cases_received=3962");
    }

    @Test
    void the_counts_in_brackets_after_a_rate_are_read_only_when_they_give_the_rate() {
        List<String> facts = read("Tỷ lệ đúng và trước hạn đạt 99,52% (3.315/3.331 hồ sơ đã giải quyết). Tỷ lệ quá hạn"
                + " 0,48% (17/3.331). Đến ngày 30/9/2025, tỷ lệ cán bộ, công chức có mặt đạt 94,7% (72/76 biên chế giao);"
                + " viên chức giáo dục đạt 96,1% (689/720).");
        assertThat(facts).contains("cases_on_time=3315", "cases_resolved=3331", "civil_servants_present=72",
                "civil_servants_quota=76").doesNotContain("cases_overdue=17", "education_staff_present=689");
    }

    @Test
    void a_staffing_row_labelled_quota_over_in_post_gives_both_under_a_plan_and_result_heading_and_no_plan_is_read() {
        List<String> facts = read("Chỉ tiêu\tĐVT\tKế hoạch năm 2025\tThực hiện năm 2025\tLũy kế\tCùng kỳ 2024\n"
                + "II. Ngân sách\t\t\t\t\t\n"
                + "Giải ngân vốn đầu tư công\t%\t100\t\t63,4\t70,5\n"
                + "III. Tổ chức, biên chế (thời điểm 30/9/2025)\t\t\t\t\t\n"
                + "Công chức (giao / có mặt)\tngười\t46\t44\t\t\n");
        assertThat(facts).contains("civil_servants_quota=46", "civil_servants_present=44")
                .doesNotContain("public_investment_disbursement_pct=100");
        assertThat(found("Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện\nIII. Biên chế (thời điểm 30/9/2025) | | | \n"
                + "Công chức (giao / có mặt) | người | 46 | 44").facts())
                .filteredOn(f -> f.indicator().equals("civil_servants_present"))
                .extracting(f -> f.qualifier().asOf()).containsExactly("2025-09-30");
    }

    @Test
    void a_table_pasted_as_tab_separated_text_is_read_by_its_heading_columns() {
        List<String> facts = read("Chỉ tiêu\tĐVT\tKế hoạch năm 2025\tThực hiện năm 2025\tCùng kỳ 2024\n"
                + "I. Hành chính công\t\t\t\t\n"
                + "Văn bản UBND ban hành\tvăn bản\t\t548\t1.388\n");
        assertThat(facts).containsExactly("documents_issued=548");
    }

    @Test
    void a_row_whose_columns_no_heading_names_leaves_its_numbers_unread_with_the_reason() {
        FactFinder.Found found = found("""
                STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện năm 2025
                1 | Hồ sơ tiếp nhận | hồ sơ | 3.000 | 2.412 | 5.100
                """);
        assertThat(found.facts()).extracting(Fact::indicator).doesNotContain("cases_received");
        assertThat(found.unsure()).extracting(UnsureNumber::cue).containsOnly("table.columns_unknown").hasSize(3);
    }

    @Test
    void a_second_heading_row_names_the_columns_under_a_merged_cell_and_the_plan_column_stays_unread() {
        FactFinder.Found found = found("""
                STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện năm 2025
                 |  |  |  | Quý IV | Lũy kế
                1 | Hồ sơ tiếp nhận | hồ sơ | 3.000 | 2.412 | 5.100
                """);
        assertThat(found.facts()).extracting(ReadingGuardsTest::show).contains("cases_received=2412")
                .doesNotContain("cases_received=3000");
    }

    @Test
    void a_staffing_row_with_a_blank_note_cell_still_lines_up_with_its_heading() {
        assertThat(read("""
                STT | Khối, lĩnh vực | Đơn vị tính | Được giao | Có mặt | Thiếu (-) | Ghi chú
                1 | Cán bộ, công chức | người | 76 | 71 | -5 | Quý III nghỉ việc 3 người
                3.1 | Giáo dục | người | 602 | 581 | -21 |\s
                """)).contains("civil_servants_quota=76", "education_staff_quota=602", "education_staff_present=581");
    }

    @Test
    void a_staffing_tables_counts_in_post_are_as_of_the_date_its_title_gives() {
        FactFinder.Found found = found("""
                Biểu 02. BIÊN CHẾ, SỐ LƯỢNG NGƯỜI LÀM VIỆC (tính đến ngày 30/9/2025)
                STT | Khối, lĩnh vực | Được giao | Có mặt
                1 | Cán bộ, công chức | 76 | 71
                """);
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("civil_servants_present"))
                .singleElement().satisfies(f -> assertThat(f.qualifier().asOf()).isEqualTo("2025-09-30"));
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("civil_servants_quota"))
                .singleElement().satisfies(f -> assertThat(f.qualifier().asOf()).isNull());
    }

    @Test
    void a_drafts_figure_that_a_correction_replaces_and_cases_carried_over_are_not_taken() {
        assertThat(read("Hồ sơ tiếp nhận: dự thảo ghi 5.946 hồ sơ; Ban đề nghị điều chỉnh thành 6.074 hồ sơ."))
                .doesNotContain("cases_received=5946");
        assertThat(read("Số hồ sơ kỳ trước chuyển sang là 42 hồ sơ; trong tháng tiếp nhận 2.771 hồ sơ."))
                .doesNotContain("cases_received=42");
    }

    @Test
    void a_table_of_cases_by_field_gives_its_total_row_and_leaves_the_field_rows_unread() {
        FactFinder.Found found = found("""
                STT | Lĩnh vực | Tiếp nhận Tổng số | Tiếp nhận Trực tuyến | Đã giải quyết Tổng số | Đã giải quyết Đúng, trước hạn | Đã giải quyết Quá hạn
                1 | Hộ tịch | 612 | 498 | 606 | 606 | 0
                3 | Đất đai | 347 | 221 | 312 | 297 | 15
                 | Tổng cộng | 959 | 719 | 918 | 903 | 15
                """);
        assertThat(found.facts()).extracting(ReadingGuardsTest::show).containsExactlyInAnyOrder("cases_received=959",
                "cases_resolved=918", "cases_on_time=903", "cases_overdue=15");
    }

    @Test
    void a_span_in_a_heading_holds_for_the_items_under_it_and_pending_cases_are_not_resolved_ones() {
        FactFinder.Found found = found("""
                a) Tiếp nhận, giải quyết hồ sơ (từ 01/7/2025 đến 31/12/2025)
                - Đã giải quyết:
                  + Quá hạn: 25 hồ sơ
                - Đang giải quyết: 56 hồ sơ
                """);
        assertThat(found.facts()).filteredOn(f -> f.indicator().equals("cases_overdue")).singleElement()
                .satisfies(f -> assertThat(f.qualifier().subPeriodStart()).isEqualTo("2025-07-01"));
        assertThat(found.facts()).extracting(ReadingGuardsTest::show).doesNotContain("cases_resolved=56");
    }

    @Test
    void dashed_measures_under_a_lettered_heading_read_as_its_category_and_a_grandparent_names_no_topic() {
        assertThat(read("""
                1.3. Biên chế
                a) Cán bộ, công chức
                - Được giao: 52
                - Có mặt đến ngày 31/12/2025: 50
                """)).contains("civil_servants_quota=52", "civil_servants_present=50");
        assertThat(read("""
                a) Tiếp nhận, giải quyết hồ sơ
                - Tiếp nhận:
                  + Tổng số: 7.412 hồ sơ
                - Đã giải quyết:
                  + Tổng số: 7.356 hồ sơ
                """)).doesNotContain("cases_received=7356");
    }

    @Test
    void a_table_with_a_column_per_month_gives_each_month_its_span_and_the_quarter_column_the_period() {
        SourceText source = SourceText.of("q.txt", "txt", TextDecoder.normalise("""
                STT | Chỉ tiêu | ĐVT | Thực hiện Tháng 7 | Thực hiện Tháng 8 | Thực hiện Tháng 9 | Thực hiện Quý III | Cùng kỳ
                2 | Hồ sơ đã giải quyết | hồ sơ | 998 | 1.069 | 1.131 | 3.198 | 2.851
                 | - Quá hạn | hồ sơ | 4 | 3 | 4 | 11 | 29
                """));
        List<Fact> facts = FINDER.findWithNumbers(source, Periods.quarter(2026, 3), List.of()).facts();
        assertThat(facts).filteredOn(f -> f.qualifier().subPeriodStart() == null).extracting(ReadingGuardsTest::show)
                .containsExactlyInAnyOrder("cases_resolved=3198", "cases_overdue=11");
        assertThat(facts).filteredOn(f -> "2026-08-01".equals(f.qualifier().subPeriodStart()))
                .extracting(ReadingGuardsTest::show).containsExactlyInAnyOrder("cases_resolved=1069", "cases_overdue=3");
    }

    @Test
    void the_citys_figure_and_a_rounded_figure_are_never_the_units() {
        assertThat(read("Số hóa hồ sơ đầu vào: thành phố 88,1%, xã 84,6%.")).doesNotContain("digitised_input_pct=88.1");
        assertThat(read("Trung tâm tiếp nhận gần 4.900 hồ sơ — chính xác là 4.862 hồ sơ.")).doesNotContain("cases_received=4900");
    }

    @Test
    void a_percentage_is_never_taken_for_a_count() {
        assertThat(read("INFOGRAPHIC QUÝ I: 6.874 hồ sơ tiếp nhận 64,2% hồ sơ nộp trực tuyến"))
                .doesNotContain("cases_received=64.2");
    }

    @Test
    void the_number_right_after_trong_do_is_a_part_not_the_total() {
        assertThat(read("- 1.987 văn bản đã ban hành, trong đó: 512 quyết định, 74 kế hoạch, 118 thông báo."))
                .doesNotContain("documents_issued=512");
    }

    @Test
    void a_bound_is_a_target() {
        assertThat(read("• Nộp trực tuyến ≥ 75%")).doesNotContain("online_submission_pct=75");
    }

    @Test
    void figures_set_above_their_labels_as_on_a_slide_are_not_paired_with_the_label_before_them() {
        assertThat(read("""
                CHUYỂN ĐỔI SỐ
                68,4%
                Nộp trực tuyến
                96,8%
                Thanh toán trực tuyến
                """)).doesNotContain("online_submission_pct=96.8");
    }

    @Test
    void a_target_then_the_result_after_a_semicolon_gives_the_result() {
        assertThat(read("3. Hộ nghèo: chỉ tiêu không quá 120 hộ; thực hiện còn 96 hộ nghèo, giảm 24 hộ."))
                .contains("poor_households=96").doesNotContain("poor_households=120");
    }

    @Test
    void a_number_its_clause_files_under_a_category_is_that_part_not_the_total() {
        List<Fact> facts = found("Có hai (02) tôn giáo: Phật giáo 1.460 tín đồ, Công giáo 3.215 giáo dân; tổng cộng 4.675 người.")
                .facts();
        assertThat(facts).filteredOn(f -> f.indicator().equals("religious_followers"))
                .extracting(f -> f.qualifier().breakdown() + "=" + (long) f.value())
                .contains("Phật giáo=1460", "Công giáo=3215").doesNotContain("null=1460");
    }

    @Test
    void a_length_of_time_is_no_count() {
        assertThat(read("Tỷ lệ đúng hạn 9 tháng 99,62%, quá hạn 0,38%.")).noneMatch(f -> f.startsWith("cases_on_time="))
                .contains("on_time_rate_pct=99.62");
    }

    @Test
    void what_the_former_communes_did_is_no_figure_of_the_unit_but_what_it_took_over_is() {
        assertThat(read("- Năm 2024, 04 phường cũ cộng lại tiếp nhận 7.260 hồ sơ.")).isEmpty();
        assertThat(read("Vốn đầu tư công chuyển tiếp từ các xã cũ là 23,5 tỷ đồng, đã giải ngân 34,8%."))
                .contains("public_investment_disbursement_pct=34.8");
    }

    @Test
    void a_bracket_of_spans_after_a_figure_gives_the_same_figure_for_each_span_it_names() {
        SourceText source = SourceText.of("spans.txt", "txt", TextDecoder.normalise(
                "Đã giải quyết 3.071 hồ sơ, đúng hạn 3.058 hồ sơ (tháng 4: 967; tháng 5: 1.029; tháng 6: 1.062)."));
        List<String> facts = FINDER.findWithNumbers(source, Periods.quarter(2026, 2), List.of()).facts().stream()
                .map(f -> show(f) + "@" + f.qualifier().subPeriodStart()).toList();
        assertThat(facts).contains("cases_on_time=3058@null", "cases_on_time=967@2026-04-01",
                "cases_on_time=1029@2026-05-01", "cases_on_time=1062@2026-06-01");
    }

    @Test
    void items_written_after_their_total_are_read_only_when_they_add_up_to_it() {
        assertThat(read("- Văn bản UBND xã ban hành trong tháng: 342 văn bản. Cụ thể: Quyết định: 118; Kế hoạch: 21; "
                + "Thông báo: 37; Tờ trình: 14; Công văn: 109; loại khác: 43."))
                .contains("documents_issued=342", "documents_issued[Quyết định]=118", "documents_issued[khác]=43");
        assertThat(read("- Văn bản UBND xã ban hành trong tháng: 342 văn bản. Cụ thể: Quyết định: 118; Kế hoạch: 21."))
                .containsExactly("documents_issued=342");
    }

    @Test
    void a_number_that_its_items_add_up_to_is_their_total_though_no_rule_named_it() {
        assertThat(read("08:47 Lê Minh Tú (VP): VB đi T11: 264 (QĐ 88, KH 12, TB 19, TTr 7, CV 121, khác 17). VB đến 803."))
                .contains("documents_issued=264", "documents_issued[Quyết định]=88", "documents_issued[khác]=17")
                .doesNotContain("documents_issued=803");
        assertThat(read("Tiếp nhận 265 hồ sơ (QĐ 88, KH 12, TB 19, TTr 7, CV 121, khác 17)."))
                .noneMatch(f -> f.startsWith("documents_issued"));
    }

    @Test
    void a_count_or_rate_that_the_other_case_figures_make_is_read_only_when_it_is_the_one_such_number() {
        assertThat(read("Đã giải quyết 1.061 hồ sơ, đúng hạn 1.057 hồ sơ; 4 hồ sơ còn lại (0,38%) do thiếu giấy tờ."))
                .contains("cases_overdue=4", "overdue_rate_pct=0.38");
        assertThat(read("Đã giải quyết 1.061 hồ sơ, đúng hạn 1.057 hồ sơ; 4 hồ sơ liên thông, 4 hồ sơ bưu chính."))
                .noneMatch(f -> f.startsWith("cases_overdue"));
    }

    private static String showWithBreakdown(Fact fact) {
        return fact.indicator() + (fact.qualifier().breakdown() == null ? "" : "[" + fact.qualifier().breakdown() + "]")
                + "=" + java.math.BigDecimal.valueOf(fact.value()).stripTrailingZeros().toPlainString();
    }
}
