package vn.doisanh.sampledata.style;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.doisanh.sampledata.figures.DocumentBatch;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.plan.ReportFormat;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.ReportDraft;
import vn.doisanh.units.UnitType;

/** A terse data sheet: numbered headings and "- Label: value unit" lines, little prose. */
final class BulletListStyle implements NarrativeStyle {

    @Override
    public String id() {
        return "gach-dau-dong";
    }

    @Override
    public double weight(UnitType type, ReportFormat format) {
        return switch (type) {
            case XA -> 2;
            case PHUONG -> 1.5;
            case DAC_KHU -> 0.5;
        };
    }

    @Override
    public void write(ReportContext ctx) {
        Letterhead.brief(ctx, "BÁO CÁO SỐ LIỆU", "Kết quả thực hiện nhiệm vụ " + ctx.period().label());
        FigureText text = ctx.text();
        ReportDraft draft = ctx.draft();
        List<String> general = new ArrayList<>();
        add(general, text.has("area_km2"), () -> "- Diện tích tự nhiên: " + text.decimal("area_km2") + " km²");
        add(general, text.has("population"), () -> "- Dân số: " + text.count("population") + " người");
        add(general, text.has("villages"), () -> "- Số " + ctx.words().settlement() + ": " + text.count("villages"));
        add(general, text.has("ethnic_minority_people"),
                () -> "- Người dân tộc thiểu số: " + text.count("ethnic_minority_people") + " người");
        add(general, text.has("poor_households"), () -> "- Số hộ nghèo: " + text.count("poor_households") + " hộ"
                + (text.has("poor_household_rate_pct") ? " (tỷ lệ " + text.decimal("poor_household_rate_pct") + "%)" : ""));
        add(general, text.has("near_poor_households"), () -> "- Số hộ cận nghèo: " + text.count("near_poor_households")
                + " hộ" + (text.has("near_poor_household_rate_pct")
                        ? " (tỷ lệ " + text.decimal("near_poor_household_rate_pct") + "%)" : ""));
        int number = section(draft, 1, "Thông tin chung", general);
        List<String> organisation = new ArrayList<>();
        add(organisation, text.has("departments"), () -> "- Số phòng chuyên môn: " + text.padded("departments") + " phòng");
        add(organisation, text.has("public_service_units"),
                () -> "- Số đơn vị sự nghiệp công lập: " + text.padded("public_service_units") + " đơn vị");
        add(organisation, text.has("schools"), () -> "- Số trường học: " + text.count("schools") + " trường" + levels(ctx));
        organisation.addAll(staffLines(ctx));
        number = section(draft, number, "Tổ chức bộ máy, biên chế", organisation);
        number = section(draft, number, "Giải quyết thủ tục hành chính", caseLines(ctx));
        List<String> documents = new ArrayList<>();
        if (text.has("documents_issued")) {
            for (DocumentBatch batch : DocumentPhrases.batches(ctx)) {
                String span = DocumentPhrases.span(batch, "Tổng số văn bản đã ban hành trong quý");
                documents.add("- " + span + ": " + DocumentPhrases.colonList(text, batch));
            }
        }
        add(documents, text.has("digitally_signed_outgoing_pct"),
                () -> "- Tỷ lệ văn bản đi được ký số: " + text.decimal("digitally_signed_outgoing_pct") + "%");
        number = section(draft, number, "Văn bản chỉ đạo, điều hành", documents);
        List<String> budget = new ArrayList<>();
        add(budget, text.has("budget_revenue"), () -> "- Thu ngân sách: " + BudgetPhrases.money(text, "budget_revenue",
                ctx.dice().chance(0.5)));
        add(budget, text.has("budget_revenue_vs_plan_pct"),
                () -> "- Thu ngân sách so với dự toán: " + text.decimal("budget_revenue_vs_plan_pct") + "%");
        add(budget, text.has("budget_expenditure"),
                () -> "- Chi ngân sách: " + BudgetPhrases.money(text, "budget_expenditure", ctx.dice().chance(0.5)));
        add(budget, text.has("public_investment_disbursement_pct"),
                () -> "- Giải ngân vốn đầu tư công: " + text.decimal("public_investment_disbursement_pct") + "%");
        add(budget, text.has("growth_target_pct"),
                () -> "- Mục tiêu tăng trưởng kinh tế: " + text.decimal("growth_target_pct") + "%/năm");
        number = section(draft, number, "Ngân sách, kinh tế", budget);
        section(draft, number, "Khó khăn, vướng mắc", ctx.boilerplate().sentences("han_che", 2, ctx.words(), ctx.dice())
                .stream().map(sentence -> "- " + sentence).toList());
        Closing.dataSheet(ctx);
    }

    /** Writes a numbered section if it has lines (an empty heading would look odd); returns the next number. */
    private static int section(ReportDraft draft, int number, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return number;
        }
        draft.heading(number + ". " + heading);
        lines.forEach(draft::paragraph);
        return number + 1;
    }

    private static List<String> staffLines(ReportContext ctx) {
        FigureText text = ctx.text();
        List<String> lines = new ArrayList<>();
        add(lines, text.has("civil_servants_before_merger"),
                () -> "- Biên chế trước sắp xếp: " + text.count("civil_servants_before_merger"));
        add(lines, text.has("civil_servants_at_start"),
                () -> "- Biên chế tiếp nhận khi thành lập: " + text.count("civil_servants_at_start"));
        Optional<LocalDate> asOf = AsOfDate.choose(ctx);
        FigureQualifier q = asOf.map(FigureQualifier::asOf).orElse(FigureQualifier.NONE);
        List<String> staff = new ArrayList<>();
        if (text.has("civil_servants_quota")) {
            staff.add("biên chế được giao " + text.count("civil_servants_quota", q));
        }
        if (text.has("civil_servants_present")) {
            staff.add("hiện có " + text.count("civil_servants_present", q) + " người");
        }
        add(lines, !staff.isEmpty(), () -> "- " + AsOfDate.lead(asOf, ctx) + ": " + String.join(", ", staff));
        add(lines, text.has("part_time_workers"),
                () -> "- Người hoạt động không chuyên trách: " + text.padded("part_time_workers") + " người");
        add(lines, text.has("public_service_staff_quota"),
                () -> "- Biên chế sự nghiệp được giao: " + text.count("public_service_staff_quota"));
        add(lines, text.has("education_staff_quota"), () -> "- Giáo dục: được giao " + text.count("education_staff_quota")
                + ", có mặt " + text.count("education_staff_present"));
        add(lines, text.has("health_staff_quota"), () -> "- Y tế: được giao " + text.count("health_staff_quota")
                + ", có mặt " + text.count("health_staff_present"));
        return lines;
    }

    private static List<String> caseLines(ReportContext ctx) {
        FigureText t = ctx.text();
        List<String> lines = new ArrayList<>();
        add(lines, t.has("cases_received"), () -> "- Tổng số hồ sơ tiếp nhận: " + t.count("cases_received") + " hồ sơ");
        add(lines, t.has("cases_resolved"), () -> "- Số hồ sơ đã giải quyết: " + t.count("cases_resolved") + " hồ sơ");
        add(lines, t.has("cases_on_time"), () -> "- Giải quyết đúng hạn và trước hạn: " + t.count("cases_on_time")
                + " hồ sơ" + (t.has("on_time_rate_pct") ? " (" + t.decimal("on_time_rate_pct") + "%)" : ""));
        add(lines, !t.has("cases_on_time") && t.has("on_time_rate_pct"),
                () -> "- Tỷ lệ giải quyết đúng hạn: " + t.decimal("on_time_rate_pct") + "%");
        add(lines, t.has("cases_overdue"), () -> "- Quá hạn: " + t.count("cases_overdue") + " hồ sơ"
                + (t.has("overdue_rate_pct") ? " (" + t.decimal("overdue_rate_pct") + "%)" : ""));
        add(lines, !t.has("cases_overdue") && t.has("overdue_rate_pct"),
                () -> "- Tỷ lệ quá hạn: " + t.decimal("overdue_rate_pct") + "%");
        add(lines, t.has("online_submission_pct"),
                () -> "- Tỷ lệ hồ sơ nộp trực tuyến: " + t.decimal("online_submission_pct") + "%");
        add(lines, t.has("digitised_input_pct"),
                () -> "- Tỷ lệ số hóa thành phần hồ sơ đầu vào: " + t.decimal("digitised_input_pct") + "%");
        add(lines, t.has("digitised_result_pct"),
                () -> "- Tỷ lệ số hóa kết quả giải quyết: " + t.decimal("digitised_result_pct") + "%");
        add(lines, t.has("online_payment_pct"),
                () -> "- Tỷ lệ thanh toán trực tuyến: " + t.decimal("online_payment_pct") + "%");
        add(lines, t.has("satisfaction_score"),
                () -> "- Điểm hài lòng của người dân, doanh nghiệp: " + t.decimal("satisfaction_score") + "/18 điểm");
        add(lines, t.has("location_independent_procedures"), () -> "- TTHC không phụ thuộc địa giới hành chính: "
                + t.count("location_independent_procedures") + " thủ tục");
        return lines;
    }

    private static String levels(ReportContext ctx) {
        List<String> items = new ArrayList<>();
        for (Part level : ctx.figures().breakdown("schools")) {
            items.add(level.label() + ": " + ctx.text().part("schools", level, FigureQualifier.NONE, false));
        }
        return items.isEmpty() ? "" : " (" + String.join("; ", items) + ")";
    }

    /** Adds the line only when its figure is there; the supplier runs (and records the figure) only then. */
    private static void add(List<String> lines, boolean present, Supplier<String> line) {
        if (present) {
            lines.add(line.get());
        }
    }
}
