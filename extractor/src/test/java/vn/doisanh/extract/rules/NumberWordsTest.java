package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "chia thành ba mươi mốt (31) tổ dân phố | chia thành 31 tổ dân phố",
            "có ba (03) phòng chuyên môn | có 03 phòng chuyên môn",
            "mười bốn (14) đơn vị sự nghiệp | 14 đơn vị sự nghiệp",
            "hai mươi tư (24) thôn | 24 thôn",
            "một trăm linh năm (105) hộ | 105 hộ",
            "một nghìn hai trăm (1.200) người | 1.200 người",
            "trong năm ba (03) lớp | trong năm 03 lớp",
            "hai (03) tổ | hai (03) tổ",
            "Phụ lục (03) | Phụ lục (03)",
    })
    void words_that_say_the_bracketed_number_become_blanks_and_the_digits_stay_where_they_stand(String text,
            String read) {
        String rewritten = NumberWords.digitsOnly(text);
        assertThat(rewritten).hasSameSizeAs(text);
        assertThat(rewritten.strip().replaceAll("\\s+", " ")).isEqualTo(read);
        assertThat(rewritten.indexOf(read.replaceAll("\\D*(\\d[\\d.]*).*", "$1")))
                .isEqualTo(text.indexOf(read.replaceAll("\\D*(\\d[\\d.]*).*", "$1")));
    }
}
