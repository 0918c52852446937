package vn.doisanh.sampledata.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.sampledata.RandomStreams;
import vn.doisanh.units.UnitRegistry;

class BoilerplateTest {

    @Test
    void filler_sentences_may_not_carry_figures() {
        assertThatThrownBy(() -> Boilerplate.parse(List.of("[cchc]", "Đã tiếp nhận 12 hồ sơ.")))
                .hasMessageContaining("contains a figure");
    }

    @Test
    void every_topic_the_styles_use_has_sentences_fitted_to_the_unit() {
        Boilerplate boilerplate = Boilerplate.load();
        UnitWording ward = new UnitWording(UnitRegistry.load().byCode("11473").orElseThrow());
        for (String topic : List.of("chi_dao", "tuyen_truyen", "cchc", "chuyen_doi_so", "kinh_te_xa", "do_thi", "bien_dao",
                "van_hoa_xa_hoi", "quoc_phong_an_ninh", "han_che", "phuong_huong", "kien_nghi")) {
            List<String> sentences = boilerplate.sentences(topic, 3, ward, new RandomStreams(1).dice(topic));
            assertThat(sentences).as(topic).hasSize(3).allMatch(s -> !s.contains("{") && s.endsWith("."));
        }
    }
}
