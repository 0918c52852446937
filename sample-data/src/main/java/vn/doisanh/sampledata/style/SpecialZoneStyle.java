package vn.doisanh.sampledata.style;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.doisanh.sampledata.figures.DocumentBatch;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.units.UnitType;

/** A special zone's report: island economy and sea defence, "thôn, tổ dân phố", staff "được giao … thực hiện …". */
final class SpecialZoneStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "dac-khu";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return type == UnitType.DAC_KHU ? 3 : 0;
    }

    @Override
    public void write(ReportContext ctx) {
        String quarter = ctx.period().label();
        Letterhead.full(ctx, "Tình hình hoạt động của chính quyền đặc khu " + quarter);
        ReportDraft draft = ctx.draft();
        draft.heading("I. ĐẶC ĐIỂM, TÌNH HÌNH");
        draft.paragraph(overview(ctx));
        draft.heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + quarter.toUpperCase(Locale.ROOT));
        draft.heading("1. Phát triển kinh tế biển, du lịch");
        draft.paragraph(ctx.filler("bien_dao", 3));
        draft.paragraph(BudgetPhrases.sentence(ctx.text(), ctx.dice()));
        draft.heading("2. Tổ chức bộ máy, cán bộ");
        draft.paragraph(organisation(ctx));
        staff(ctx);
        draft.heading("3. Cải cách hành chính");
        draft.paragraph(CasePhrases.numberFirst(ctx.text(), "Trung tâm Phục vụ hành chính công đặc khu"));
        draft.heading("4. Công tác văn thư, điều hành");
        documents(ctx);
        draft.heading("5. Quốc phòng, an ninh, bảo vệ chủ quyền biển, đảo");
        draft.paragraph(ctx.filler("quoc_phong_an_ninh", 2));
        draft.heading("III. NHIỆM VỤ " + ctx.period().next().label().toUpperCase(Locale.ROOT));
        draft.paragraph(ctx.filler("phuong_huong", 2));
        if (ctx.text().has("growth_target_pct")) {
            draft.paragraph("Phấn đấu tốc độ tăng trưởng kinh tế của đặc khu đạt " + ctx.text().decimal("growth_target_pct")
                    + "%/năm.");
        }
        Closing.formal(ctx, "tình hình hoạt động " + quarter);
    }

    private static String overview(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> size = new ArrayList<>();
        if (t.has("area_km2")) {
            size.add("diện tích tự nhiên " + t.decimal("area_km2") + " km²");
        }
        if (t.has("population")) {
            size.add("dân số " + t.count("population") + " người");
        }
        if (t.has("villages")) {
            size.add("gồm " + t.padded("villages") + " thôn, tổ dân phố");
        }
        List<String> sentences = new ArrayList<>();
        if (!size.isEmpty()) {
            sentences.add("Đặc khu " + ctx.words().name() + " có " + String.join(", ", size) + ".");
        }
        if (t.has("ethnic_minority_people")) {
            sentences.add("Có " + t.count("ethnic_minority_people") + " người dân tộc thiểu số"
                    + (t.has("ethnic_minority_rate_pct") ? ", chiếm " + t.decimal("ethnic_minority_rate_pct") + "%" : "") + ".");
        }
        if (t.has("poor_households")) {
            sentences.add("Toàn đặc khu có " + t.count("poor_households") + " hộ nghèo"
                    + (t.has("poor_household_rate_pct") ? " (tỷ lệ " + t.decimal("poor_household_rate_pct") + "%)" : "")
                    + (t.has("near_poor_households") ? " và " + t.count("near_poor_households") + " hộ cận nghèo" : "") + ".");
        }
        return String.join(" ", sentences);
    }

    private static String organisation(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> parts = new ArrayList<>();
        if (t.has("departments")) {
            parts.add(t.padded("departments") + " phòng chuyên môn");
        }
        if (t.has("public_service_units")) {
            parts.add(t.padded("public_service_units") + " đơn vị sự nghiệp công lập");
        }
        if (t.has("schools")) {
            List<String> levels = new ArrayList<>();
            for (Part level : ctx.figures().breakdown("schools")) {
                levels.add(level.label() + " " + t.part("schools", level, FigureQualifier.NONE, true));
            }
            parts.add(t.padded("schools") + " trường học" + (levels.isEmpty() ? "" : " (" + String.join(", ", levels) + ")"));
        }
        return parts.isEmpty() ? "" : "UBND đặc khu có " + String.join("; ", parts) + ".";
    }

    private static void staff(ReportContext ctx) {
        FigureText t = ctx.text();
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        List<String> items = new ArrayList<>();
        if (t.has("civil_servants_quota")) {
            items.add("biên chế công chức được giao là " + t.count("civil_servants_quota", q));
        }
        if (t.has("civil_servants_present")) {
            items.add("thực hiện " + t.count("civil_servants_present", q) + " người");
        }
        if (!items.isEmpty()) {
            ctx.draft().paragraph(AsOfDate.lead(asOf, ctx) + ", " + String.join(", ", items) + ".");
        }
        if (t.has("part_time_workers")) {
            ctx.draft().paragraph("Đặc khu tiếp tục sử dụng " + t.padded("part_time_workers")
                    + " người hoạt động không chuyên trách.");
        }
        if (t.has("education_staff_quota")) {
            ctx.draft().paragraph("Viên chức giáo dục: được giao " + t.count("education_staff_quota") + ", thực hiện "
                    + t.count("education_staff_present") + ".");
        }
        if (t.has("health_staff_quota")) {
            ctx.draft().paragraph("Trung tâm Y tế, Trạm Y tế: được giao " + t.count("health_staff_quota") + ", thực hiện "
                    + t.count("health_staff_present") + ".");
        }
    }

    private static void documents(ReportContext ctx) {
        if (ctx.text().has("documents_issued")) {
            for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
                ctx.draft().paragraph("- " + DocumentPhrases.span(batch, "Trong quý") + ", UBND đặc khu đã ban hành "
                        + DocumentPhrases.colonList(ctx.text(), batch) + ".");
            }
        }
        if (ctx.text().has("digitally_signed_outgoing_pct")) {
            ctx.draft().paragraph("- Tỷ lệ văn bản đi được ký số: " + ctx.text().decimal("digitally_signed_outgoing_pct") + "%.");
        }
        ctx.draft().paragraph(ctx.filler("chuyen_doi_so", 1));
    }
}
