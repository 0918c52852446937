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

/** An urban ward's report: tổ dân phố, urban order first, "Đã giải quyết … đạt tỷ lệ …", "hiện có". */
final class WardStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "phuong";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return type == UnitType.PHUONG ? 3 : 0;
    }

    @Override
    public void write(ReportContext ctx) {
        String quarter = ctx.period().label();
        Letterhead.full(ctx, "Kết quả thực hiện nhiệm vụ " + quarter + ", nhiệm vụ trọng tâm " + ctx.period().next().label());
        ReportDraft draft = ctx.draft();
        draft.paragraph(size(ctx));
        draft.heading("A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + quarter.toUpperCase(Locale.ROOT));
        draft.heading("I. Công tác quản lý đô thị, tài nguyên - môi trường");
        draft.paragraph(ctx.filler("do_thi", 3));
        draft.heading("II. Kinh tế - tài chính");
        draft.paragraph(BudgetPhrases.sentence(ctx.text(), ctx.dice()));
        draft.heading("III. Văn hóa - xã hội");
        draft.paragraph(ctx.filler("van_hoa_xa_hoi", 2));
        draft.paragraph(society(ctx));
        draft.heading("IV. Cải cách hành chính, chuyển đổi số");
        draft.paragraph(cases(ctx.text()));
        draft.paragraph(CasePhrases.digitalShares(ctx.text()));
        if (ctx.text().has("digitally_signed_outgoing_pct")) {
            draft.paragraph("Tỷ lệ văn bản đi được ký số đạt " + ctx.text().decimal("digitally_signed_outgoing_pct") + "%.");
        }
        draft.heading("V. Xây dựng chính quyền, tổ chức bộ máy");
        draft.paragraph(organisation(ctx));
        staff(ctx);
        documents(ctx);
        draft.heading("VI. Quốc phòng - an ninh");
        draft.paragraph(ctx.filler("quoc_phong_an_ninh", 2));
        draft.heading("B. NHIỆM VỤ TRỌNG TÂM " + ctx.period().next().label().toUpperCase(Locale.ROOT));
        ctx.boilerplate().sentences("phuong_huong", 3, ctx.words(), ctx.dice()).forEach(s -> draft.paragraph("- " + s));
        if (ctx.text().has("growth_target_pct")) {
            draft.paragraph("- Phấn đấu tốc độ tăng trưởng kinh tế trên địa bàn phường đạt "
                    + ctx.text().decimal("growth_target_pct") + "%/năm.");
        }
        Closing.formal(ctx, "kết quả thực hiện nhiệm vụ " + quarter);
    }

    private static String size(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> parts = new ArrayList<>();
        if (t.has("area_km2")) {
            parts.add("diện tích " + t.decimal("area_km2") + " km²");
        }
        if (t.has("population")) {
            parts.add("dân số " + t.count("population") + " người");
        }
        if (t.has("villages")) {
            parts.add("được chia thành " + t.count("villages") + " tổ dân phố");
        }
        return parts.isEmpty() ? "" : "Phường " + ctx.words().name() + " có " + String.join(", ", parts) + ".";
    }

    private static String society(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> sentences = new ArrayList<>();
        List<String> poverty = new ArrayList<>();
        if (t.has("poor_households")) {
            poverty.add(t.count("poor_households") + " hộ nghèo"
                    + (t.has("poor_household_rate_pct") ? ", chiếm " + t.decimal("poor_household_rate_pct") + "%" : ""));
        }
        if (t.has("near_poor_households")) {
            poverty.add(t.count("near_poor_households") + " hộ cận nghèo" + (t.has("near_poor_household_rate_pct")
                    ? ", chiếm " + t.decimal("near_poor_household_rate_pct") + "%" : ""));
        }
        if (!poverty.isEmpty()) {
            sentences.add("Kết quả rà soát, trên địa bàn phường còn " + String.join("; ", poverty) + ".");
        }
        if (t.hasAll("religions", "religious_followers")) {
            List<String> names = ctx.figures().breakdown("religious_followers").stream().map(Part::label).toList();
            sentences.add("Trên địa bàn phường có " + t.padded("religions") + " tôn giáo (" + String.join(", ", names)
                    + ") với " + t.count("religious_followers") + " tín đồ.");
        }
        if (t.has("ethnic_minority_people")) {
            sentences.add("Số người dân tộc thiểu số sinh sống trên địa bàn là " + t.count("ethnic_minority_people") + " người.");
        }
        return String.join(" ", sentences);
    }

    private static String cases(FigureText t) {
        List<String> sentences = new ArrayList<>();
        if (t.has("cases_received")) {
            sentences.add("Trung tâm Phục vụ hành chính công phường tiếp nhận tổng số " + t.count("cases_received")
                    + " hồ sơ thủ tục hành chính.");
        }
        List<String> clauses = new ArrayList<>();
        if (t.has("cases_resolved")) {
            clauses.add("Đã giải quyết " + t.count("cases_resolved") + " hồ sơ");
        }
        if (t.has("cases_on_time")) {
            clauses.add("số hồ sơ giải quyết đúng hạn " + t.count("cases_on_time") + " hồ sơ"
                    + (t.has("on_time_rate_pct") ? ", đạt tỷ lệ " + t.decimal("on_time_rate_pct") + "%" : ""));
        } else if (t.has("on_time_rate_pct")) {
            clauses.add("tỷ lệ giải quyết đúng hạn đạt " + t.decimal("on_time_rate_pct") + "%");
        }
        if (t.has("cases_overdue")) {
            clauses.add("quá hạn " + t.count("cases_overdue") + " hồ sơ"
                    + (t.has("overdue_rate_pct") ? ", chiếm " + t.decimal("overdue_rate_pct") + "%" : ""));
        } else if (t.has("overdue_rate_pct")) {
            clauses.add("tỷ lệ quá hạn " + t.decimal("overdue_rate_pct") + "%");
        }
        if (!clauses.isEmpty()) {
            String joined = String.join("; ", clauses) + ".";
            sentences.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
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
                levels.add(t.part("schools", level, FigureQualifier.NONE, false) + " trường "
                        + (level.label().equals("THCS") ? "THCS" : level.label().toLowerCase(Locale.ROOT)));
            }
            parts.add(t.count("schools") + " trường học" + (levels.isEmpty() ? "" : " gồm: " + String.join(", ", levels)));
        }
        return parts.isEmpty() ? "" : "Phường có " + String.join("; ", parts) + ".";
    }

    private static void staff(ReportContext ctx) {
        FigureText t = ctx.text();
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        List<String> items = new ArrayList<>();
        if (t.has("civil_servants_quota")) {
            items.add("biên chế cán bộ, công chức được giao là " + t.count("civil_servants_quota", q));
        }
        if (t.has("civil_servants_present")) {
            items.add("hiện có " + t.count("civil_servants_present", q) + " người");
        }
        if (!items.isEmpty()) {
            ctx.draft().paragraph(AsOfDate.lead(asOf, ctx) + ", " + String.join(", ", items) + ".");
        }
        List<String> more = new ArrayList<>();
        if (t.has("civil_servants_at_start")) {
            more.add("Khi thành lập, phường tiếp nhận " + t.count("civil_servants_at_start") + " cán bộ, công chức.");
        }
        if (t.has("part_time_workers")) {
            more.add("Phường đang sử dụng " + t.padded("part_time_workers") + " người hoạt động không chuyên trách.");
        }
        List<String> service = new ArrayList<>();
        if (t.has("education_staff_quota")) {
            service.add("giáo dục " + t.count("education_staff_quota") + " (hiện có " + t.count("education_staff_present") + ")");
        }
        if (t.has("health_staff_quota")) {
            service.add("y tế " + t.count("health_staff_quota") + " (hiện có " + t.count("health_staff_present") + ")");
        }
        if (t.has("public_service_staff_quota")) {
            more.add("Biên chế sự nghiệp được giao " + t.count("public_service_staff_quota")
                    + (service.isEmpty() ? "" : ", trong đó " + String.join("; ", service)) + ".");
        } else if (!service.isEmpty()) {
            more.add("Biên chế sự nghiệp được giao: " + String.join("; ", service) + ".");
        }
        ctx.draft().paragraph(String.join(" ", more));
    }

    private static void documents(ReportContext ctx) {
        if (!ctx.text().has("documents_issued")) {
            return;
        }
        for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
            ctx.draft().paragraph(DocumentPhrases.span(batch, "Trong quý") + ", UBND phường ban hành "
                    + DocumentPhrases.colonList(ctx.text(), batch) + ".");
        }
    }
}
