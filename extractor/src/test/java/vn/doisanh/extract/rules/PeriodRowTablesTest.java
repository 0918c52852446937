package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodRowTablesTest {
    private static final String TABLE = """
            +------------+-----------+---------+-----------+
            | Thời gian  | Mới tiếp  | Quá hạn | Tỷ lệ     |
            |            | nhận      |         | đúng hạn  |
            +------------+-----------+---------+-----------+
            | Tháng 1    | 702       | 2       | 99,71     |
            | Cộng quý I | 2.033     | 6       | 99,70     |
            | Cùng kỳ 2025 | 3.860   | 31      | 99,18     |
            +------------+-----------+---------+-----------+
            """;

    @Test
    void each_cell_reads_as_its_rows_span_then_its_two_line_heading_and_last_years_row_is_left_out() {
        List<TableRows.View> views = PeriodRowTables.views(TABLE);
        assertThat(views).extracting(TableRows.View::text).containsExactly(
                "Tháng 1: Mới tiếp nhận: 702", "Tháng 1: Quá hạn: 2", "Tháng 1: Tỷ lệ đúng hạn: 99,71%",
                "quý I: Mới tiếp nhận: 2.033", "quý I: Quá hạn: 6", "quý I: Tỷ lệ đúng hạn: 99,70%");
        assertThat(views.get(0).period()).isEqualTo("Tháng 1");
        TableRows.View first = views.get(0);
        assertThat(TABLE.substring(first.valueOffset(), first.valueOffset() + first.valueEnd() - first.valueStart()))
                .isEqualTo("702");
    }

    @Test
    void a_table_whose_first_column_is_not_headed_as_time_is_not_read_so() {
        assertThat(PeriodRowTables.views("| Lĩnh vực | Tiếp nhận | Quá hạn |\n| Tháng 1 | 702 | 2 |\n")).isEmpty();
    }
}
