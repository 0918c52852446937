package vn.doisanh.sampledata.text;

import java.time.LocalDate;
import java.util.Locale;

/** Writes dates as Vietnamese offices do. */
public final class VnDates {
    private VnDates() {
    }

    /** "01/7/2025": day padded, month not, as in the Hà Bắc report. */
    public static String compact(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "01/07/2025". */
    public static String padded(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "ngày 06 tháng 10 năm 2025", the date line under the letterhead. */
    public static String spelled(LocalDate date) {
        return String.format(Locale.ROOT, "ngày %02d tháng %02d năm %d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
