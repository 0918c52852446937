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
}
