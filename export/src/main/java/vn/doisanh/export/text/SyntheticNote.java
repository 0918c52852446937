package vn.doisanh.export.text;

import java.util.Optional;

/**
 * The note every export, slide and page carries when it shows synthetic figures. It always starts with
 * {@link #MARK} so a reader (and a test) finds it the same way everywhere.
 */
public final class SyntheticNote {
    public static final String MARK = "Dữ liệu mô phỏng (synthetic)";

    private SyntheticNote() {
    }

    /** For a list of units: how many of them have synthetic figures. */
    public static Optional<String> forRows(long synthetic, long total) {
        if (synthetic == 0) {
            return Optional.empty();
        }
        return Optional.of(MARK + ": " + synthetic + "/" + total + " đơn vị có số liệu mô phỏng, không phải báo cáo thật.");
    }

    /** For one unit's figures, which are ranked against (and medians taken over) other units' figures. */
    public static Optional<String> forUnit(String unitName, boolean unitSynthetic, long syntheticOthers) {
        if (unitSynthetic) {
            return Optional.of(MARK + ": số liệu của " + unitName + " là số liệu mô phỏng, không phải báo cáo thật.");
        }
        if (syntheticOthers > 0) {
            return Optional.of(MARK + ": số liệu của " + unitName + " là báo cáo thật; thứ hạng và trung vị được tính "
                    + "cùng " + syntheticOthers + " đơn vị có số liệu mô phỏng.");
        }
        return Optional.empty();
    }
}
