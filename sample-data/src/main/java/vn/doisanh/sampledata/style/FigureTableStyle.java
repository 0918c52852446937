package vn.doisanh.sampledata.style;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.doisanh.sampledata.figures.DocumentBatch;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.VnDates;
import vn.doisanh.units.UnitType;

/** A Word report whose figures sit in tables (STT | Chỉ tiêu | Đơn vị tính | Kết quả), with little prose. */
final class FigureTableStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "bang-bieu";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return format != ReportFormat.DOCX ? 0 : type == UnitType.DAC_KHU ? 1 : 2;
    }

    @Override
    public double ungroupedChance() {
        return 0;
    }

    @Override
    public void write(ReportContext ctx) {
        Letterhead.full(ctx, "Kết quả thực hiện nhiệm vụ " + ctx.period().label());
        ctx.draft().paragraph("UBND " + ctx.words().fullName() + " tổng hợp số liệu kết quả thực hiện nhiệm vụ "
                + Letterhead.quarterInProse(ctx) + " như sau:");
        ctx.draft().heading("I. SỐ LIỆU TỔNG HỢP");
        ctx.draft().table(figureRows(ctx));
        if (ctx.text().has("documents_issued")) {
            ctx.draft().heading("II. VĂN BẢN BAN HÀNH");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Loại văn bản", "Số lượng"));
            for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
                rows.addAll(DocumentPhrases.tableRows(ctx.text(), batch,
                        DocumentPhrases.span(batch, "Tổng số văn bản ban hành trong quý")));
            }
            ctx.draft().table(rows);
        }
        ctx.draft().heading("III. ĐÁNH GIÁ CHUNG");
        ctx.draft().paragraph(ctx.filler("cchc", 2));
        ctx.draft().paragraph(ctx.filler("han_che", 2));
        ctx.draft().heading("IV. NHIỆM VỤ " + ctx.period().next().label().toUpperCase(Locale.ROOT));
        ctx.draft().paragraph(ctx.filler("phuong_huong", 3));
        Closing.formal(ctx, "kết quả thực hiện nhiệm vụ " + ctx.period().label());
    }

    private static List<List<String>> figureRows(ReportContext ctx) {
        FigureText t = ctx.text();
        Rows rows = new Rows();
        rows.add(t.has("area_km2"), "Diện tích tự nhiên", "km²", () -> t.decimal("area_km2"));
        rows.add(t.has("population"), "Dân số", "người", () -> t.count("population"));
        rows.add(t.has("villages"), "Số " + ctx.words().settlement(), ctx.words().isWard() ? "tổ" : "thôn",
                () -> t.count("villages"));
        rows.add(t.has("ethnic_minority_people"), "Người dân tộc thiểu số", "người", () -> t.count("ethnic_minority_people"));
        rows.add(t.has("poor_households"), "Số hộ nghèo", "hộ", () -> t.count("poor_households"));
        rows.add(t.has("poor_household_rate_pct"), "Tỷ lệ hộ nghèo", "%", () -> t.decimal("poor_household_rate_pct"));
        rows.add(t.has("near_poor_households"), "Số hộ cận nghèo", "hộ", () -> t.count("near_poor_households"));
        rows.add(t.has("departments"), "Số phòng chuyên môn", "phòng", () -> t.count("departments"));
        rows.add(t.has("public_service_units"), "Số đơn vị sự nghiệp công lập", "đơn vị", () -> t.count("public_service_units"));
        rows.add(t.has("schools"), "Số trường học", "trường", () -> t.count("schools"));
        for (Part level : ctx.figures().breakdown("schools")) {
            rows.add(true, "- Trường " + level.label(), "trường", () -> t.part("schools", level, FigureQualifier.NONE, false));
        }
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        String when = asOf.map(d -> " (đến ngày " + VnDates.compact(d) + ")").orElse("");
        rows.add(t.has("civil_servants_quota"), "Biên chế cán bộ, công chức được giao" + when, "người",
                () -> t.count("civil_servants_quota", q));
        rows.add(t.has("civil_servants_present"), "Cán bộ, công chức có mặt" + when, "người",
                () -> t.count("civil_servants_present", q));
        rows.add(t.has("part_time_workers"), "Người hoạt động không chuyên trách", "người", () -> t.count("part_time_workers"));
        rows.add(t.has("education_staff_quota"), "Biên chế giáo dục được giao", "người", () -> t.count("education_staff_quota"));
        rows.add(t.has("education_staff_present"), "Viên chức giáo dục có mặt", "người", () -> t.count("education_staff_present"));
        rows.add(t.has("health_staff_quota"), "Biên chế Trạm Y tế được giao", "người", () -> t.count("health_staff_quota"));
        rows.add(t.has("health_staff_present"), "Viên chức y tế có mặt", "người", () -> t.count("health_staff_present"));
        rows.add(t.has("cases_received"), "Hồ sơ TTHC tiếp nhận", "hồ sơ", () -> t.count("cases_received"));
        rows.add(t.has("cases_resolved"), "Hồ sơ đã giải quyết", "hồ sơ", () -> t.count("cases_resolved"));
        rows.add(t.has("cases_on_time"), "Hồ sơ giải quyết đúng và trước hạn", "hồ sơ", () -> t.count("cases_on_time"));
        rows.add(t.has("cases_overdue"), "Hồ sơ quá hạn", "hồ sơ", () -> t.count("cases_overdue"));
        rows.add(t.has("on_time_rate_pct"), "Tỷ lệ hồ sơ đúng hạn", "%", () -> t.decimal("on_time_rate_pct"));
        rows.add(t.has("overdue_rate_pct"), "Tỷ lệ hồ sơ quá hạn", "%", () -> t.decimal("overdue_rate_pct"));
        rows.add(t.has("online_submission_pct"), "Tỷ lệ hồ sơ nộp trực tuyến", "%", () -> t.decimal("online_submission_pct"));
        rows.add(t.has("digitised_input_pct"), "Tỷ lệ số hóa thành phần hồ sơ đầu vào", "%",
                () -> t.decimal("digitised_input_pct"));
        rows.add(t.has("digitised_result_pct"), "Tỷ lệ số hóa kết quả giải quyết TTHC", "%",
                () -> t.decimal("digitised_result_pct"));
        rows.add(t.has("online_payment_pct"), "Tỷ lệ thanh toán trực tuyến", "%", () -> t.decimal("online_payment_pct"));
        rows.add(t.has("satisfaction_score"), "Điểm hài lòng của người dân, doanh nghiệp", "điểm (thang 18)",
                () -> t.decimal("satisfaction_score"));
        rows.add(t.has("digitally_signed_outgoing_pct"), "Tỷ lệ văn bản đi được ký số", "%",
                () -> t.decimal("digitally_signed_outgoing_pct"));
        rows.add(t.has("budget_revenue"), "Thu ngân sách nhà nước", "triệu đồng", () -> t.millions("budget_revenue"));
        rows.add(t.has("budget_revenue_vs_plan_pct"), "Thu ngân sách so với dự toán năm", "%",
                () -> t.decimal("budget_revenue_vs_plan_pct"));
        rows.add(t.has("budget_expenditure"), "Chi ngân sách địa phương", "triệu đồng", () -> t.millions("budget_expenditure"));
        rows.add(t.has("public_investment_disbursement_pct"), "Tỷ lệ giải ngân vốn đầu tư công", "%",
                () -> t.decimal("public_investment_disbursement_pct"));
        rows.add(t.has("growth_target_pct"), "Mục tiêu tăng trưởng kinh tế", "%/năm", () -> t.decimal("growth_target_pct"));
        return rows.rows;
    }

    /** The figure table being filled: a numbered row per figure the report has. */
    private static final class Rows {
        private final List<List<String>> rows = new ArrayList<>(List.of(List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả")));
        private int number;

        void add(boolean present, String label, String unit, Supplier<String> value) {
            if (present) {
                String index = label.startsWith("- ") ? "" : String.valueOf(++number);
                rows.add(List.of(index, label, unit, value.get()));
            }
        }
    }
}
