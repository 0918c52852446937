package vn.doisanh.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doisanh.sampledata.plan.FormatMix;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.text.VnNumbers;
import vn.doisanh.sampledata.write.Cp1258Encoder;

class WriterUnitsTest {

    @Test
    void vietnamese_numbers_group_thousands_with_dots_and_decimals_with_commas() {
        assertThat(VnNumbers.whole(BigDecimal.valueOf(17049), true)).isEqualTo("17.049");
        assertThat(VnNumbers.whole(BigDecimal.valueOf(1234567), true)).isEqualTo("1.234.567");
        assertThat(VnNumbers.whole(BigDecimal.valueOf(17049), false)).isEqualTo("17049");
        assertThat(VnNumbers.decimal(new BigDecimal("99.89"), true)).isEqualTo("99,89");
        assertThat(VnNumbers.decimal(new BigDecimal("98.50"), true)).isEqualTo("98,5");
        assertThat(VnNumbers.decimal(new BigDecimal("100.00"), true)).isEqualTo("100");
        assertThat(VnNumbers.padded(BigDecimal.valueOf(3))).isEqualTo("03");
    }

    @Test
    void vietnamese_text_round_trips_through_windows_1258() {
        String text = "Tổng số hồ sơ tiếp nhận: 17.049 hồ sơ; đúng hạn và trước hạn — Ủy ban nhân dân phường Lê Chân, 26,29 km²";
        byte[] bytes = Cp1258Encoder.encode(text);

        assertThat(Normalizer.normalize(new String(bytes, Cp1258Encoder.CP1258), Normalizer.Form.NFC)).isEqualTo(text);
        assertThat(bytes.length).isLessThan(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void the_default_mix_deals_formats_60_20_10_10() {
        List<ReportFormat> formats = FormatMix.defaultMix().allot(100);

        assertThat(formats.stream().filter(f -> f == ReportFormat.TXT)).hasSize(60);
        assertThat(formats.stream().filter(f -> f == ReportFormat.DOCX)).hasSize(20);
        assertThat(formats.stream().filter(f -> f == ReportFormat.CSV)).hasSize(10);
        assertThat(FormatMix.parse("txt").allot(7)).containsOnly(ReportFormat.TXT).hasSize(7);
        assertThatThrownBy(() -> FormatMix.parse("pdf")).hasMessageContaining("unknown format 'pdf'");
    }
}
