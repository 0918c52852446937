package vn.doisanh.sampledata.style;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.sampledata.text.PersonNames;
import vn.doisanh.sampledata.text.ReportDraft;

/** The end of a report: the closing formula, the distribution list and the signature block. */
final class Closing {
    private Closing() {
    }

    static void formal(ReportContext ctx, String what) {
        ReportDraft draft = ctx.draft();
        draft.paragraph("Trên đây là báo cáo " + what + " của UBND " + ctx.words().fullName() + "./.");
        List<String> recipients = List.of("- UBND thành phố (để b/c);", "- Sở Nội vụ;",
                "- TT Đảng ủy, TT HĐND " + ctx.words().kind() + ";", "- CT, các PCT UBND " + ctx.words().kind() + ";",
                "- Các cơ quan chuyên môn thuộc UBND " + ctx.words().kind() + ";");
        // The distribution list is one block of short lines, as under a real report's closing formula.
        List<String> lines = new ArrayList<>(List.of("Nơi nhận:"));
        lines.addAll(ctx.dice().sample(recipients, ctx.dice().between(3, recipients.size())));
        lines.add("- Lưu: VT, VP.");
        draft.paragraph(String.join("\n", lines));
        if (ctx.dice().chance(0.6)) {
            draft.title("TM. ỦY BAN NHÂN DÂN");
            draft.title("CHỦ TỊCH");
        } else {
            draft.title("KT. CHỦ TỊCH");
            draft.title("PHÓ CHỦ TỊCH");
        }
        draft.title(PersonNames.draw(ctx.dice()));
    }

    static void dataSheet(ReportContext ctx) {
        ReportDraft draft = ctx.draft();
        draft.paragraph("Người lập biểu: " + PersonNames.draw(ctx.dice()));
        draft.paragraph("Thủ trưởng đơn vị: " + PersonNames.draw(ctx.dice()));
    }
}
