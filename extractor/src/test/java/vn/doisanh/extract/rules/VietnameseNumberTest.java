package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "17.049 | 17049",
            "17049 | 17049",
            "1.471 | 1471",
            "245.820 | 245820",
            "1.234.567 | 1234567",
            "99,89 | 99.89",
            "0,47 | 0.47",
            "26,29 | 26.29",
            "02 | 2",
            "100 | 100",
            "1.234,5 | 1234.5",
            "99.89 | 99.89",
            "0.5 | 0.5",
            "12.3456 | 12.3456",
    })
    void reads_vietnamese_notation(String text, double expected) {
        assertThat(VietnameseNumber.parse(text)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} {1} is {2} million VND")
    @CsvSource(delimiter = '|', value = {
            "186,4 | tỷ đồng | 186400",
            "245.820 | triệu đồng | 245820",
            "1,5 | tỷ | 1500",
            "500 | nghìn đồng | 0.5",
            "2.000.000 | đồng | 2",
    })
    void converts_money_to_million_vnd(String amount, String scale, double expected) {
        assertThat(VietnameseNumber.toMillionVnd(VietnameseNumber.parse(amount), scale)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"abc", "1..2", "''"})
    void rejects_what_is_not_a_number(String text) {
        assertThatThrownBy(() -> VietnameseNumber.parse(text)).isInstanceOf(NumberFormatException.class);
    }
}
