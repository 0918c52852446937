package vn.doisanh.sampledata.style;

import java.time.LocalDate;
import java.util.Optional;
import vn.doisanh.sampledata.text.VnDates;

/**
 * The date a staffing figure is stated at, when the report states one: the quarter's last day ("đến thời điểm
 * 30/9/2025") or the first day after it ("đến ngày 01/10/2025"); sometimes none ("hiện nay").
 */
final class AsOfDate {
    private AsOfDate() {
    }

    static Optional<LocalDate> choose(ReportContext ctx) {
        double roll = ctx.dice().uniform(0, 1);
        if (roll < 0.6) {
            return Optional.of(ctx.period().end());
        }
        return roll < 0.8 ? Optional.of(ctx.period().end().plusDays(1)) : Optional.empty();
    }

    /** "Đến thời điểm 30/9/2025", "Tính đến ngày 30/9/2025"; "Hiện nay" without a date. */
    static String lead(Optional<LocalDate> date, ReportContext ctx) {
        return date.map(d -> (ctx.dice().chance(0.5) ? "Đến thời điểm " : "Tính đến ngày ") + VnDates.compact(d))
                .orElse("Hiện nay");
    }
}
