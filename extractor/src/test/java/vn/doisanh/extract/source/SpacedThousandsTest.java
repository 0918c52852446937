package vn.doisanh.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacedThousandsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "02 tôn giáo với 2 950 tín đồ, trong đó Phật giáo 2 310. | 02 tôn giáo với 2.950 tín đồ, trong đó Phật giáo 2.310.",
            "lũy kế 6 tháng: 19 873 triệu đồng | lũy kế 6 tháng: 19.873 triệu đồng",
            "Hồ sơ tiếp nhận     3 215      6 208 | Hồ sơ tiếp nhận     3.215      6.208",
            "Dân số 27 227 người | Dân số 27.227 người",
            "tiếp nhận trong tháng 1 702 hồ sơ | tiếp nhận trong tháng 1 702 hồ sơ",
            "ngày 15 200 lượt | ngày 15 200 lượt",
            "Văn bản ban hành 164 802 - | Văn bản ban hành 164 802 -",
            "có 1 234 56 hộ | có 1 234 56 hộ",
            "đạt 99 100% | đạt 99 100%",
    })
    void thousands_grouped_with_spaces_read_as_one_number_and_nothing_else_is_joined(String text, String read) {
        assertThat(SpacedThousands.joined(text)).isEqualTo(read).hasSameSizeAs(text);
    }
}
