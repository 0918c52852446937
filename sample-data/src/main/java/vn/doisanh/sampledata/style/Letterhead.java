package vn.doisanh.sampledata.style;

import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.sampledata.text.UnitWording;
import vn.doisanh.sampledata.text.VnDates;

/**
 * The top of a report as it comes out of Word and then plain text: issuing body, national motto, number, place
 * and date, "BÁO CÁO", the title and the period it covers.
 */
final class Letterhead {
    private Letterhead() {
    }

    /** The full administrative letterhead. */
    static void full(ReportContext ctx, String title) {
        ReportDraft draft = ctx.draft();
        UnitWording words = ctx.words();
        if (ctx.dice().chance(0.5)) {
            draft.title("ỦY BAN NHÂN DÂN");
            draft.title(words.upperFullName());
        } else {
            draft.title("UBND " + words.upperFullName());
        }
        draft.title("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        draft.title("Độc lập - Tự do - Hạnh phúc");
        draft.paragraph("Số: " + ctx.dice().between(60, 480) + "/BC-UBND");
        draft.paragraph(words.name() + ", " + VnDates.spelled(ctx.reportDate()));
        draft.title("BÁO CÁO");
        draft.title(title);
        periodLine(ctx);
    }

    /** A bare heading for data sheets: issuing body, title and period only. */
    static void brief(ReportContext ctx, String heading, String title) {
        ReportDraft draft = ctx.draft();
        draft.title("UBND " + ctx.words().upperFullName());
        draft.title(heading);
        draft.title(title);
        draft.paragraph("Kỳ báo cáo: từ ngày " + VnDates.compact(ctx.period().start()) + " đến ngày "
                + VnDates.compact(ctx.period().end()));
        draft.paragraph("Ngày lập báo cáo: " + VnDates.padded(ctx.reportDate()));
    }

    private static void periodLine(ReportContext ctx) {
        String start = VnDates.compact(ctx.period().start());
        String end = VnDates.compact(ctx.period().end());
        switch (ctx.dice().between(0, 2)) {
            case 0 -> ctx.draft().paragraph("(Từ ngày " + start + " đến ngày " + end + ")");
            case 1 -> ctx.draft().paragraph("(Số liệu tính từ ngày " + start + " đến ngày " + end + ")");
            default -> {
                // Some reports give the period only through the quarter in the title.
            }
        }
    }

    /** "Quý III/2025", or "quý III năm 2025" as it is also written in running text. */
    static String quarterInProse(ReportContext ctx) {
        return ctx.dice().chance(0.7) ? ctx.period().label()
                : "quý " + ctx.period().roman() + " năm " + ctx.period().year();
    }
}
