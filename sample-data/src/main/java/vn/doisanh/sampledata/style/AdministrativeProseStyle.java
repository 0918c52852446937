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

/**
 * The administrative prose of the Hà Bắc report: Roman-numbered sections, long sentences packed with figures
 * separated by semicolons, "38/46 biên chế", documents listed as "(Quyết định: 1609; Kế hoạch: 148; …)".
 */
final class AdministrativeProseStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "hanh-chinh";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return switch (type) {
            case XA -> 3;
            case PHUONG -> 1;
            case DAC_KHU -> 0;
        };
    }

    @Override
    public double ungroupedChance() {
        return 0.35; // the Hà Bắc report writes "17049 hồ sơ" next to "36.429 người"
    }

    @Override
    public void write(ReportContext ctx) {
        String quarter = ctx.period().label();
        Letterhead.full(ctx, ctx.dice().chance(0.5) ? "Kết quả thực hiện nhiệm vụ " + quarter
                : "Tình hình hoạt động của chính quyền " + ctx.words().fullName() + " " + quarter);
        ReportDraft draft = ctx.draft();
        draft.paragraph("Thực hiện chế độ báo cáo định kỳ theo chỉ đạo của UBND thành phố, Ủy ban nhân dân "
                + ctx.words().fullName() + " báo cáo kết quả thực hiện nhiệm vụ " + Letterhead.quarterInProse(ctx)
                + " như sau:");
        int section = 1;
        if (ctx.period().isFirst() || ctx.dice().chance(0.6)) {
            draft.heading(roman(section++) + ". KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH");
            ContextParagraphs.write(ctx);
        }
        draft.heading(roman(section++) + ". KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + quarter.toUpperCase(Locale.ROOT));
        draft.heading("1. Công tác lãnh đạo, chỉ đạo, điều hành");
        draft.paragraph(ctx.filler("chi_dao", 2));
        documents(ctx);
        draft.heading("2. Về tổ chức bộ máy và nhân sự");
        organisation(ctx);
        staffing(ctx);
        draft.heading("3. Cải cách hành chính, chuyển đổi số");
        draft.paragraph(ctx.filler("cchc", 1) + " " + ctx.filler("chuyen_doi_so", 1));
        draft.paragraph(CasePhrases.semicolonDigest(ctx.text()));
        signedOutgoing(ctx);
        draft.heading("4. Phát triển kinh tế - xã hội, quốc phòng - an ninh");
        draft.paragraph(ctx.filler(ctx.localEconomyTopic(), 2));
        draft.paragraph(BudgetPhrases.sentence(ctx.text(), ctx.dice()));
        draft.paragraph(ctx.filler("van_hoa_xa_hoi", 1) + " " + ctx.filler("quoc_phong_an_ninh", 1));
        draft.heading(roman(section++) + ". TỒN TẠI, HẠN CHẾ");
        ctx.boilerplate().sentences("han_che", 2, ctx.words(), ctx.dice()).forEach(s -> draft.paragraph("- " + s));
        draft.heading(roman(section++) + ". PHƯƠNG HƯỚNG, NHIỆM VỤ " + ctx.period().next().label().toUpperCase(Locale.ROOT));
        draft.paragraph(ctx.filler("phuong_huong", 3));
        if (ctx.text().has("growth_target_pct")) {
            draft.paragraph("Phấn đấu đạt mục tiêu tăng trưởng kinh tế giai đoạn 2026 - 2030 là "
                    + ctx.text().decimal("growth_target_pct") + "%/năm.");
        }
        draft.heading(roman(section) + ". KIẾN NGHỊ, ĐỀ XUẤT");
        ctx.boilerplate().sentences("kien_nghi", 2, ctx.words(), ctx.dice()).forEach(s -> draft.paragraph("- " + s));
        Closing.formal(ctx, "kết quả thực hiện nhiệm vụ " + quarter);
    }

    private static void documents(ReportContext ctx) {
        if (!ctx.text().has("documents_issued")) {
            return;
        }
        for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
            String span = DocumentPhrases.span(batch, "Trong quý, UBND " + ctx.words().kind());
            ctx.draft().paragraph("- " + span + " đã ban hành " + DocumentPhrases.colonList(ctx.text(), batch) + ".");
        }
    }

    private static void organisation(ReportContext ctx) {
        FigureText text = ctx.text();
        List<String> clauses = new ArrayList<>();
        if (text.has("departments")) {
            clauses.add("UBND " + ctx.words().kind() + " đã thành lập " + text.padded("departments")
                    + " phòng chuyên môn và Trung tâm Phục vụ hành chính công");
        }
        if (text.has("public_service_units")) {
            clauses.add(text.padded("public_service_units") + " đơn vị sự nghiệp công lập trực thuộc");
        }
        if (text.has("schools")) {
            String schools = text.padded("schools") + " đơn vị trường học";
            List<String> levels = new ArrayList<>();
            for (Part level : ctx.figures().breakdown("schools")) {
                levels.add("cấp " + level.label() + " " + text.part("schools", level, FigureQualifier.NONE, true) + " trường");
            }
            clauses.add(levels.isEmpty() ? schools : schools + " (" + String.join("; ", levels) + ")");
        }
        if (!clauses.isEmpty()) {
            ctx.draft().paragraph("- Về tổ chức bộ máy: " + String.join("; ", clauses) + ".");
        }
    }

    private static void staffing(ReportContext ctx) {
        FigureText text = ctx.text();
        ReportDraft draft = ctx.draft();
        if (text.has("civil_servants_before_merger")) {
            draft.paragraph("+ Trước sắp xếp đơn vị hành chính, " + ctx.words().fullName() + " có "
                    + text.count("civil_servants_before_merger") + " biên chế" + formerUnits(ctx) + ".");
        }
        if (text.has("civil_servants_at_start")) {
            draft.paragraph("+ Khi bắt đầu vận hành mô hình chính quyền địa phương 02 cấp, UBND "
                    + ctx.words().kind() + " đã tiếp nhận " + text.count("civil_servants_at_start")
                    + " biên chế cán bộ, công chức.");
        }
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        String lead = "+ " + AsOfDate.lead(asOf, ctx) + ": ";
        if (text.hasAll("civil_servants_quota", "civil_servants_present")) {
            draft.paragraph(lead + "Biên chế tạm giao đối với cán bộ, công chức " + ctx.words().kind() + " là "
                    + text.count("civil_servants_quota", q) + " biên chế, có mặt "
                    + text.count("civil_servants_present", q) + "/" + text.count("civil_servants_quota", q) + " biên chế.");
        } else if (text.has("civil_servants_quota")) {
            draft.paragraph(lead + "Biên chế được giao đối với cán bộ, công chức là " + text.count("civil_servants_quota", q)
                    + " biên chế.");
        } else if (text.has("civil_servants_present")) {
            draft.paragraph(lead + "Số cán bộ, công chức có mặt là " + text.count("civil_servants_present", q) + " người.");
        }
        if (text.has("part_time_workers")) {
            draft.paragraph("+ Tiếp tục sử dụng " + text.padded("part_time_workers")
                    + " người hoạt động không chuyên trách cấp xã hỗ trợ hoạt động của chính quyền.");
        }
        ServiceStaffPhrases.prose(ctx);
    }

    private static String formerUnits(ReportContext ctx) {
        List<Part> parts = ctx.figures().breakdown("civil_servants_before_merger");
        if (parts.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (Part part : parts) {
            items.add(part.label() + " " + ctx.text().part("civil_servants_before_merger", part, FigureQualifier.NONE, false));
        }
        return " (gồm các đơn vị cũ: " + String.join(", ", items) + ")";
    }

    private static void signedOutgoing(ReportContext ctx) {
        if (ctx.text().has("digitally_signed_outgoing_pct")) {
            ctx.draft().paragraph("- " + ctx.text().decimal("digitally_signed_outgoing_pct")
                    + "% văn bản đi (trừ văn bản mật) đã được ký số và phát hành trên môi trường mạng.");
        }
    }

    private static String roman(int number) {
        return List.of("I", "II", "III", "IV", "V", "VI", "VII").get(number - 1);
    }
}
