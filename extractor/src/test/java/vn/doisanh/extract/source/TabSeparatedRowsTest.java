package vn.doisanh.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabSeparatedRowsTest {

    @Test
    void cells_apart_by_tabs_read_as_a_barred_row_with_their_empty_cells_kept() {
        String text = "Hồ sơ TTHC tiếp nhận\thồ sơ\t\t1.962\t5.540\nI. Hành chính công\t\t\n\t\tCHÁNH VĂN PHÒNG";
        assertThat(TabSeparatedRows.asBars(text))
                .isEqualTo("Hồ sơ TTHC tiếp nhận|hồ sơ||1.962|5.540\nI. Hành chính công||\n  CHÁNH VĂN PHÒNG")
                .hasSameSizeAs(text);
    }

    @Test
    void a_text_without_tabs_is_left_as_it_is() {
        String text = "Tiếp nhận 1.962 hồ sơ | đúng hạn 1.929";
        assertThat(TabSeparatedRows.asBars(text)).isSameAs(text);
    }
}
