package vn.doisanh.sampledata;

import java.math.BigDecimal;
import java.util.List;
import vn.doisanh.sampledata.text.VnNumbers;

/** The ways a value may be written in a report: "17.049", "17049", "03", "99,89", "12,4" (tỷ for 12400 triệu). */
final class WrittenForms {
    private WrittenForms() {
    }

    static List<String> of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return List.of(VnNumbers.decimal(value, true), VnNumbers.decimal(value, false));
        }
        return List.of(VnNumbers.whole(stripped, true), VnNumbers.whole(stripped, false), VnNumbers.padded(stripped),
                VnNumbers.decimal(stripped.movePointLeft(3), true) + " tỷ");
    }
}
