package vn.doisanh.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFlowTest {

    @Test
    void a_page_break_in_the_middle_of_a_sentence_is_joined_and_offsets_stay() {
        String text = "thành lập các phòng ban (03 phòng) và Trung tâm phục vụ\n\nhành chính công.";
        String flow = LineFlow.reflow(text);
        assertThat(flow).hasSameSizeAs(text).doesNotContain("\n");
    }

    @Test
    void headings_bullets_and_table_rows_keep_their_line_breaks() {
        String text = "I. CÔNG TÁC CHỈ ĐẠO\n1. Báo cáo khái quát\n- Quyết định: 402 văn bản;\n  • Kế hoạch: 61\nChỉ tiêu | Số liệu";
        assertThat(LineFlow.reflow(text)).isEqualTo(text);
    }

    @Test
    void a_wrapped_pdf_line_that_goes_on_in_lower_case_or_with_a_number_is_joined() {
        assertThat(LineFlow.reflow("Chi ngân\nsách địa phương là\n87.416 triệu đồng."))
                .isEqualTo("Chi ngân sách địa phương là 87.416 triệu đồng.");
    }
}
