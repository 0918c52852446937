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
import vn.doisanh.units.UnitType;

/**
 * Flowing socio-economic report prose with the number before the noun: "đã tiếp nhận 1.234 hồ sơ, trong đó
 * 1.200 hồ sơ giải quyết đúng và trước hạn (đạt 97,25%)", "có 40/46 cán bộ, công chức".
 */
final class NumberFirstStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "so-truoc-danh-tu";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return type == UnitType.DAC_KHU ? 0 : type == UnitType.XA ? 2 : 1.5;
    }

    @Override
    public void write(ReportContext ctx) {
        String quarter = ctx.period().label();
        Letterhead.full(ctx, "Tình hình kinh tế - xã hội, quốc phòng - an ninh " + quarter
                + " và phương hướng, nhiệm vụ " + ctx.period().next().label());
        String kind = ctx.words().kind();
        ctx.draft().paragraph("Căn cứ chương trình công tác năm " + ctx.period().year() + ", UBND " + ctx.words().fullName()
                + " báo cáo tình hình thực hiện nhiệm vụ " + Letterhead.quarterInProse(ctx) + " như sau:");
        ctx.draft().heading("Phần thứ nhất");
        ctx.draft().heading("KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + quarter.toUpperCase(Locale.ROOT));
        ctx.draft().heading("I. TÌNH HÌNH CHUNG");
        ctx.draft().paragraph(overview(ctx));
        ctx.draft().heading("II. LĨNH VỰC KINH TẾ");
        ctx.draft().paragraph(ctx.filler(ctx.localEconomyTopic(), 2));
        ctx.draft().paragraph(budget(ctx.text(), kind));
        ctx.draft().heading("III. LĨNH VỰC VĂN HÓA - XÃ HỘI");
        ctx.draft().paragraph(ctx.filler("van_hoa_xa_hoi", 2));
        ctx.draft().heading("IV. XÂY DỰNG CHÍNH QUYỀN");
        ctx.draft().paragraph(organisation(ctx));
        ctx.draft().paragraph(staff(ctx));
        ctx.draft().paragraph(documents(ctx));
        ctx.draft().heading("V. CẢI CÁCH HÀNH CHÍNH");
        ctx.draft().paragraph(CasePhrases.numberFirst(ctx.text(), "Trong quý, Trung tâm Phục vụ hành chính công " + kind));
        ctx.draft().paragraph(ctx.filler("cchc", 1));
        ctx.draft().heading("VI. QUỐC PHÒNG - AN NINH");
        ctx.draft().paragraph(ctx.filler("quoc_phong_an_ninh", 2));
        ctx.draft().heading("Phần thứ hai");
        ctx.draft().heading("PHƯƠNG HƯỚNG, NHIỆM VỤ " + ctx.period().next().label().toUpperCase(Locale.ROOT));
        ctx.draft().paragraph(ctx.filler("phuong_huong", 3));
        if (ctx.text().has("growth_target_pct")) {
            ctx.draft().paragraph("Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt " + ctx.text().decimal("growth_target_pct")
                    + "%/năm trong giai đoạn 2026 - 2030.");
        }
        Closing.formal(ctx, "tình hình thực hiện nhiệm vụ " + quarter);
    }

    private static String overview(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> sentences = new ArrayList<>();
        List<String> size = new ArrayList<>();
        if (t.has("villages")) {
            size.add(t.count("villages") + " " + ctx.words().settlement());
        }
        if (t.has("population")) {
            size.add(t.count("population") + " nhân khẩu");
        }
        if (t.has("area_km2")) {
            size.add("diện tích tự nhiên " + t.decimal("area_km2") + " km²");
        }
        if (!size.isEmpty()) {
            sentences.add(ctx.words().kindCapitalised() + " " + ctx.words().name() + " hiện có " + String.join(", ", size) + ".");
        }
        if (t.has("poor_households")) {
            sentences.add("Toàn " + ctx.words().kind() + " còn " + t.count("poor_households") + " hộ nghèo"
                    + (t.has("poor_household_rate_pct") ? " (chiếm " + t.decimal("poor_household_rate_pct") + "%)" : "")
                    + (t.has("near_poor_households") ? " và " + t.count("near_poor_households") + " hộ cận nghèo"
                            + (t.has("near_poor_household_rate_pct")
                                    ? " (chiếm " + t.decimal("near_poor_household_rate_pct") + "%)" : "") : "") + ".");
        }
        if (t.has("ethnic_minority_people")) {
            sentences.add("Trên địa bàn có " + t.count("ethnic_minority_people") + " người dân tộc thiểu số"
                    + (t.has("ethnic_minority_rate_pct") ? " (" + t.decimal("ethnic_minority_rate_pct") + "% dân số)" : "") + ".");
        }
        if (t.hasAll("religions", "religious_followers")) {
            sentences.add("Có " + t.count("religious_followers") + " tín đồ của " + t.padded("religions") + " tôn giáo ("
                    + String.join(", ", ctx.figures().breakdown("religious_followers").stream().map(Part::label).toList())
                    + ").");
        }
        return String.join(" ", sentences);
    }

    private static String budget(FigureText t, String kind) {
        List<String> clauses = new ArrayList<>();
        if (t.has("budget_revenue")) {
            clauses.add(kind + " thu ngân sách được " + t.billions("budget_revenue") + " tỷ đồng"
                    + (t.has("budget_revenue_vs_plan_pct") ? " (đạt " + t.decimal("budget_revenue_vs_plan_pct") + "% dự toán năm)" : ""));
        }
        if (t.has("budget_expenditure")) {
            clauses.add("chi " + t.billions("budget_expenditure") + " tỷ đồng");
        }
        if (t.has("public_investment_disbursement_pct")) {
            clauses.add("giải ngân được " + t.decimal("public_investment_disbursement_pct") + "% kế hoạch vốn đầu tư công");
        }
        return clauses.isEmpty() ? "" : "Trong quý, " + String.join("; ", clauses) + ".";
    }

    private static String organisation(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> units = new ArrayList<>();
        if (t.has("departments")) {
            units.add(t.padded("departments") + " phòng chuyên môn");
        }
        if (t.has("public_service_units")) {
            units.add(t.padded("public_service_units") + " đơn vị sự nghiệp công lập");
        }
        String sentence = units.isEmpty() ? "" : "UBND " + ctx.words().kind() + " có " + String.join(" và ", units);
        if (t.has("schools")) {
            List<String> levels = new ArrayList<>();
            for (Part level : ctx.figures().breakdown("schools")) {
                levels.add(t.part("schools", level, FigureQualifier.NONE, true) + " trường "
                        + (level.label().equals("THCS") ? "THCS" : level.label().toLowerCase(Locale.ROOT)));
            }
            String schools = t.padded("schools") + " trường học" + (levels.isEmpty() ? "" : " (" + String.join(", ", levels) + ")");
            String joiner = t.has("public_service_units") ? ", trong đó có " : "; trên địa bàn có ";
            sentence = sentence.isEmpty() ? "Trên địa bàn có " + schools : sentence + joiner + schools;
        }
        return sentence.isEmpty() ? "" : sentence + ".";
    }

    private static String staff(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> sentences = new ArrayList<>();
        if (t.has("civil_servants_before_merger")) {
            sentences.add("Trước sắp xếp, các đơn vị cũ có tổng cộng " + t.count("civil_servants_before_merger") + " biên chế"
                    + (t.has("civil_servants_at_start") ? "; khi thành lập, " + ctx.words().kind() + " tiếp nhận "
                            + t.count("civil_servants_at_start") + " biên chế" : "") + ".");
        } else if (t.has("civil_servants_at_start")) {
            sentences.add("Khi thành lập, " + ctx.words().kind() + " tiếp nhận " + t.count("civil_servants_at_start")
                    + " cán bộ, công chức từ các đơn vị cũ.");
        }
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        String lead = AsOfDate.lead(asOf, ctx) + ", " + ctx.words().kind();
        if (t.hasAll("civil_servants_quota", "civil_servants_present")) {
            sentences.add(lead + " có " + t.count("civil_servants_present", q) + "/" + t.count("civil_servants_quota", q)
                    + " cán bộ, công chức có mặt so với biên chế được giao.");
        } else if (t.has("civil_servants_quota")) {
            sentences.add(lead + " được giao " + t.count("civil_servants_quota", q) + " biên chế cán bộ, công chức.");
        } else if (t.has("civil_servants_present")) {
            sentences.add(lead + " có " + t.count("civil_servants_present", q) + " cán bộ, công chức đang làm việc.");
        }
        if (t.has("part_time_workers")) {
            sentences.add("Ngoài ra, " + ctx.words().kind() + " đang sử dụng " + t.padded("part_time_workers")
                    + " người hoạt động không chuyên trách.");
        }
        if (t.has("public_service_staff_quota")) {
            sentences.add("Các đơn vị sự nghiệp được giao " + t.count("public_service_staff_quota") + " biên chế.");
        }
        if (t.has("education_staff_quota")) {
            sentences.add("Các trường học có " + t.count("education_staff_present") + " viên chức trên tổng số "
                    + t.count("education_staff_quota") + " biên chế được giao.");
        }
        if (t.has("health_staff_quota")) {
            sentences.add("Trạm Y tế có " + t.count("health_staff_present") + "/" + t.count("health_staff_quota")
                    + " viên chức so với biên chế được giao.");
        }
        return String.join(" ", sentences);
    }

    private static String documents(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> sentences = new ArrayList<>();
        if (t.has("documents_issued")) {
            for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
                String span = DocumentPhrases.span(batch, "Trong quý");
                sentences.add(span + ", UBND " + ctx.words().kind() + " đã ban hành " + DocumentPhrases.nounList(t, batch) + ".");
            }
        }
        if (t.has("digitally_signed_outgoing_pct")) {
            sentences.add("Có " + t.decimal("digitally_signed_outgoing_pct")
                    + "% văn bản đi (trừ văn bản mật) được ký số, phát hành trên môi trường điện tử.");
        }
        return String.join(" ", sentences);
    }
}
