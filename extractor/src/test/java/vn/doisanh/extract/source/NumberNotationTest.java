package vn.doisanh.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberNotationTest {

    @Test
    void an_english_line_of_a_bilingual_report_is_seen_in_vietnamese_notation_and_the_vietnamese_line_is_left() {
        String text = "Diện tích 6,51 km², dân số 51.522 người.\n"
                + "EN: The ward covers 6.51 km² with a population of 51,522.\n"
                + "- Documents issued in Q3: 1,108, digitally signed outgoing: 99.5%";
        assertThat(NumberNotation.asVietnamese(text)).isEqualTo("Diện tích 6,51 km², dân số 51.522 người.\n"
                + "EN: The ward covers 6,51 km² with a population of 51.522.\n"
                + "- Documents issued in Q3: 1.108, digitally signed outgoing: 99,5%").hasSameSizeAs(text);
    }

    @Test
    void a_text_whose_numbers_can_only_be_international_is_read_so_on_every_line_and_dates_keep_their_dots() {
        String text = "- Area: 19.96 km2 | Population: 77,086 người\n- Ethnic minority: 118 người (0.15%)\n"
                + "- On-time rate: 99.74% | từ 01.7.2025";
        assertThat(NumberNotation.asVietnamese(text)).isEqualTo("- Area: 19,96 km2 | Population: 77.086 người\n"
                + "- Ethnic minority: 118 người (0,15%)\n- On-time rate: 99,74% | từ 01.7.2025");
    }

    @Test
    void a_vietnamese_text_with_a_dotted_decimal_typed_by_habit_is_left_as_it_is() {
        String text = "Tiếp nhận 3.215 hồ sơ, đúng hạn đạt 99.5%; tỷ lệ quá hạn 0,5%.\nHo so tiep nhan: 1,234";
        assertThat(NumberNotation.asVietnamese(text)).isSameAs(text);
    }
}
