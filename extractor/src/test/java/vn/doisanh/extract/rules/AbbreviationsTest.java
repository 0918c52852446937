package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {
    @Test
    void every_example_label_reads_as_its_entry_says() {
        for (Abbreviations.Entry entry : Abbreviations.standard().entries()) {
            String[] example = entry.example().split(" → ");
            assertThat(Abbreviations.standard().spellOut(example[0])).as(entry.abbreviation()).isEqualTo(example[1]);
        }
    }

    @Test
    void an_abbreviation_inside_a_word_is_left_alone() {
        assertThat(Abbreviations.standard().spellOut("HSBC và NSX")).isEqualTo("HSBC và NSX");
    }

    @Test
    void a_spelt_out_line_maps_each_number_back_to_where_it_is_written() {
        String written = "- LK 10T: HS 11.356; VB ban hành T10: 174";
        Abbreviations.Spelt spelt = Abbreviations.standard().spellOutMapped(written, 100);
        assertThat(spelt.text()).isEqualTo("- lũy kế 10 tháng: hồ sơ 11.356; văn bản ban hành tháng 10: 174");
        int at = spelt.text().indexOf("11.356");
        assertThat(spelt.toWritten()[at] - 100).isEqualTo(written.indexOf("11.356"));
        assertThat(spelt.toWritten()[spelt.text().length()] - 100).isEqualTo(written.length());
    }
}
