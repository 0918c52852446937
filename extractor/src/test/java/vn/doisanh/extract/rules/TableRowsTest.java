package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTest {
    private static final String TABLE = """
            STT | Chỉ tiêu | ĐVT | Số liệu | Ghi chú
            1 | Dân số | người | 43.333 | theo đề án
            2 | Thu ngân sách | Tr.đồng | 26.918,75 |
            3 | Tỷ lệ hồ sơ đúng hạn | % | 99,6 |
            """;

    @Test
    void a_row_reads_as_its_label_then_the_result_then_the_unit() {
        List<TableRows.View> views = TableRows.views(TABLE);
        assertThat(views).extracting(TableRows.View::text).containsExactly("Dân số: 43.333 người",
                "Thu ngân sách: 26.918,75 triệu đồng", "Tỷ lệ hồ sơ đúng hạn: 99,6%");
        TableRows.View first = views.get(0);
        assertThat(TABLE.substring(first.valueOffset(), first.valueOffset() + first.valueEnd() - first.valueStart()))
                .isEqualTo("43.333");
    }

    @Test
    void a_heading_with_two_result_columns_is_not_read() {
        assertThat(TableRows.views("Chỉ tiêu | Thực hiện quý | Thực hiện 6 tháng\nDân số | 43.333 | 43.400\n")).isEmpty();
    }

    @Test
    void plan_and_last_year_columns_stay_out_and_a_running_total_reads_with_its_span() {
        List<TableRows.View> views = TableRows.views("Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Cùng kỳ | Lũy kế 6 tháng\n"
                + "Hồ sơ tiếp nhận | hồ sơ | 3.000 | 2.412 | 2.100 | 9.800\n");
        assertThat(views).extracting(TableRows.View::text).containsExactly("Hồ sơ tiếp nhận: 2.412 hồ sơ",
                "Lũy kế 6 tháng: Hồ sơ tiếp nhận: 9.800 hồ sơ");
    }

    @Test
    void a_result_column_named_under_a_merged_heading_is_read_and_a_plan_column_before_it_is_no_label() {
        List<TableRows.View> views = TableRows.views("STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 6 tháng cuối năm 2025"
                + " | Quý III năm 2025 Thực hiện | Quý III năm 2025 Cùng kỳ năm 2024 | Ghi chú\n"
                + "3 | Số thôn, khu dân cư | thôn | - | 34 | - | Thị trấn cũ có 9 khu dân cư\n");
        assertThat(views).extracting(TableRows.View::text).containsExactly("Số thôn, khu dân cư: 34 thôn");
    }

    @Test
    void a_column_named_by_its_month_and_a_column_of_the_year_so_far_read_with_their_spans() {
        List<TableRows.View> views = TableRows.views("STT | Nhóm | Nội dung | Tháng 11/2026 | Từ đầu năm | Cùng kỳ 2025\n"
                + "8 | TTHC | Hồ sơ tiếp nhận | 1.094 | 11.512 | 9.877\n");
        assertThat(views).extracting(TableRows.View::text).containsExactly("Tháng 11/2026: thủ tục hành chính Hồ sơ tiếp nhận: 1.094",
                "Từ đầu năm: thủ tục hành chính Hồ sơ tiếp nhận: 11.512");
        assertThat(views.get(0).period()).isEqualTo("Tháng 11/2026");
    }

    @Test
    void a_plain_text_table_aligned_with_spaces_reads_like_a_piped_one_and_a_dashed_row_under_its_parent() {
        List<TableRows.View> views = TableRows.views("""
                Chỉ tiêu                     Quý I    Quý II   9 tháng
                Đã giải quyết                1.880    2.051    6.127
                 - Quá hạn                       9        5       20
                """);
        assertThat(views).extracting(TableRows.View::text).contains("Quý I: Đã giải quyết: 1.880",
                "9 tháng đầu năm: Đã giải quyết Quá hạn: 20");
    }

    @Test
    void a_row_wider_or_narrower_than_its_heading_is_not_read_since_its_columns_may_have_shifted() {
        assertThat(TableRows.views("Chỉ tiêu | ĐVT | Thực hiện\nHồ sơ tiếp nhận | hồ sơ | 2.412 | 2.100\n")).isEmpty();
    }

    @Test
    void a_dotted_leader_reads_as_a_colon_and_a_unit_in_brackets_goes_after_the_number() {
        String form = "   Hồ sơ tiếp nhận ................................ 38\n"
                + "Thu ngân sách trong tháng (triệu đồng) ......... 412\n";
        assertThat(TableRows.views(form)).extracting(TableRows.View::text)
                .containsExactly("Hồ sơ tiếp nhận: 38", "Thu ngân sách trong tháng: 412 triệu đồng");
    }

    @Test
    void a_total_column_after_period_columns_is_read_where_it_adds_up_the_row() {
        List<TableRows.View> views = TableRows.views("""
                Nội dung                      Quý I     Quý II    Quý III   Cộng
                Hồ sơ tiếp nhận               2.416     2.839     3.015     8.270
                Điểm hài lòng                 16,94     17,26     17,55     17,40
                """);
        assertThat(views).extracting(TableRows.View::text).contains("Hồ sơ tiếp nhận: 8.270", "Quý I: Hồ sơ tiếp nhận: 2.416")
                .doesNotContain("Điểm hài lòng: 17,40");
    }

    @Test
    void a_heading_over_two_rows_takes_a_column_merged_down_from_above_and_a_group_merged_across_names_none() {
        List<TableRows.View> views = TableRows.views("""
                Chỉ tiêu | ĐVT | Quý III năm 2026 | Lũy kế 9 tháng
                 |  | Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý |\s
                Hồ sơ tiếp nhận | hồ sơ | 2.914 | 3.105 | 3.287 | 9.306 | 26.412
                """);
        assertThat(views).extracting(TableRows.View::text).contains("Tháng 7: Hồ sơ tiếp nhận: 2.914 hồ sơ",
                "Hồ sơ tiếp nhận: 9.306 hồ sơ", "Lũy kế 9 tháng: Hồ sơ tiếp nhận: 26.412 hồ sơ");
    }

    @Test
    void a_merged_group_above_a_column_is_not_part_of_its_name() {
        List<TableRows.View> views = TableRows.views("""
                Chỉ tiêu | ĐVT | Quý III năm 2026 Tháng 7 | Quý III năm 2026 Tháng 8 | Quý III năm 2026 Cộng quý
                Hồ sơ tiếp nhận | hồ sơ | 2.914 | 3.105 | 6.019
                """);
        assertThat(views).extracting(TableRows.View::text).contains("Tháng 8: Hồ sơ tiếp nhận: 3.105 hồ sơ",
                "Hồ sơ tiếp nhận: 6.019 hồ sơ");
    }

    @Test
    void columns_named_in_a_headings_brackets_read_the_labelled_pairs_under_it() {
        List<TableRows.View> views = TableRows.views("""
                II. KẾT QUẢ (Tháng 10 | Lũy kế từ đầu năm)
                1. Hồ sơ tiếp nhận: 1.084 | 10.312
                10. Thu so với dự toán năm (%): – | 84,9
                """);
        assertThat(views).extracting(TableRows.View::text).containsExactly("Tháng 10: Hồ sơ tiếp nhận: 1.084",
                "Lũy kế từ đầu năm: Hồ sơ tiếp nhận: 10.312", "Lũy kế từ đầu năm: Thu so với dự toán năm: 84,9%");
    }
}
