package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeltNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "một nghìn ba trăm hai mươi tư | 1.324",
            "một trăm linh hai | 102",
            "năm mươi lăm | 55",
            "mười hai | 12",
            "chín mươi chín phẩy bảy mươi hai phần trăm | 99,72%",
            "tám mươi lăm phẩy ba phần trăm | 85,3%",
            "năm tỷ hai trăm mười triệu | 5.210 triệu",
            "bốn mươi mốt tỷ | 41.000 triệu",
    })
    void a_number_spoken_in_words_is_written_in_digits(String words, String digits) {
        assertThat(SpeltNumbers.digitsOf(words)).isEqualTo(digits);
    }

    @Test
    void the_digits_take_the_end_of_the_words_place_so_offsets_hold() {
        String text = "đã tiếp nhận một nghìn ba trăm hai mươi tư hồ sơ, chỉ có ba hồ sơ trễ hẹn";
        assertThat(SpeltNumbers.asDigits(text)).hasSameSizeAs(text)
                .isEqualTo("đã tiếp nhận                         1.324 hồ sơ, chỉ có  3 hồ sơ trễ hẹn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "giải quyết một hồ sơ của một số người",
            "năm 2026, tin thứ hai, tháng ba",
            "Thu NSNN quý IV | nghìn đồng | 14.562.300",
            "ba bốn hồ sơ",
            "chín mươi chín phẩy bảy mươi hai phần trăm (99,72%)",
    })
    void words_that_need_not_be_a_figure_or_whose_digits_are_written_are_left(String text) {
        assertThat(SpeltNumbers.asDigits(text)).isEqualTo(text);
    }
}
