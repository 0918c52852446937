package vn.doisanh.sampledata.style;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.sampledata.figures.FigureQualifier;
import vn.doisanh.sampledata.figures.FormerUnit;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.plan.UnitRoster;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.UnitWording;

/** The "đặc điểm tình hình" paragraphs: how the unit was formed, its size, minorities, religions, poverty. */
final class ContextParagraphs {
    private static final int MAX_NAMED_FORMER_UNITS = 5;

    private ContextParagraphs() {
    }

    static void write(ReportContext ctx) {
        FigureText text = ctx.text();
        UnitWording words = ctx.words();
        List<String> size = new ArrayList<>();
        if (text.has("area_km2")) {
            size.add("diện tích tự nhiên " + text.decimal("area_km2") + (ctx.dice().chance(0.5) ? "km²" : " km²"));
        }
        if (text.has("population")) {
            size.add("quy mô dân số " + text.count("population") + " người"
                    + (text.has("villages") ? " với " + text.count("villages") + " " + words.settlement() : ""));
        } else if (text.has("villages")) {
            size.add(text.count("villages") + " " + words.settlement());
        }
        String formed = words.kindCapitalised() + " " + words.name() + " được thành lập theo " + resolution(ctx)
                + ", trên cơ sở sắp xếp " + merger(ctx) + ".";
        String sizeSentence = size.isEmpty() ? "" : " Sau sắp xếp, " + words.fullName() + " có " + String.join("; ", size) + ".";
        ctx.draft().paragraph(formed + sizeSentence + minorities(text));
        ctx.draft().paragraph(religions(ctx));
        ctx.draft().paragraph(poverty(text, words));
    }

    private static String resolution(ReportContext ctx) {
        return UnitRoster.isInvented(ctx.words().unit())
                ? "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025"
                : "Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã "
                        + "của thành phố Hải Phòng năm 2025";
    }

    /** "toàn bộ diện tích tự nhiên, quy mô dân số của xã A, xã B và một phần … của xã C". */
    private static String merger(ReportContext ctx) {
        List<FormerUnit> former = ctx.figures().profile().formerUnits();
        if (former.isEmpty() || former.size() > MAX_NAMED_FORMER_UNITS) {
            return "các đơn vị hành chính cấp xã thuộc " + ctx.words().unit().formerDistrict();
        }
        List<String> whole = former.stream().filter(FormerUnit::whole).map(f -> f.kind() + " " + f.bareName()).toList();
        List<String> partial = former.stream().filter(f -> !f.whole()).map(f -> f.kind() + " " + f.bareName()).toList();
        List<String> pieces = new ArrayList<>();
        if (!whole.isEmpty()) {
            pieces.add("toàn bộ diện tích tự nhiên, quy mô dân số của " + list(whole));
        }
        if (!partial.isEmpty()) {
            pieces.add("một phần diện tích tự nhiên, quy mô dân số của " + list(partial));
        }
        return String.join("; ", pieces);
    }

    private static String minorities(FigureText text) {
        if (text.hasAll("ethnic_minority_people", "ethnic_minority_rate_pct")) {
            return " Số người dân tộc thiểu số trên địa bàn là " + text.count("ethnic_minority_people") + " người, chiếm "
                    + text.decimal("ethnic_minority_rate_pct") + "%.";
        }
        if (text.has("ethnic_minority_people")) {
            return " Trên địa bàn có " + text.count("ethnic_minority_people") + " người dân tộc thiểu số.";
        }
        return text.has("ethnic_minority_rate_pct")
                ? " Người dân tộc thiểu số chiếm " + text.decimal("ethnic_minority_rate_pct") + "% dân số." : "";
    }

    private static String religions(ReportContext ctx) {
        FigureText text = ctx.text();
        if (!text.hasAll("religions", "religious_followers")) {
            return "";
        }
        List<Part> parts = ctx.figures().breakdown("religious_followers");
        String names = list(parts.stream().map(Part::label).toList());
        String head = "Trên địa bàn " + ctx.words().kind() + " hiện có " + text.padded("religions") + " tôn giáo, gồm: "
                + names + ", với khoảng " + text.count("religious_followers") + " tín đồ";
        if (parts.size() < 2) {
            return head + ".";
        }
        List<String> items = new ArrayList<>();
        for (Part part : parts) {
            items.add("tín đồ " + part.label() + " " + text.part("religious_followers", part, FigureQualifier.NONE, false)
                    + " người");
        }
        return head + ", trong đó " + String.join(", ", items) + ".";
    }

    private static String poverty(FigureText text, UnitWording words) {
        List<String> clauses = new ArrayList<>();
        if (text.has("poor_households")) {
            clauses.add("Toàn " + words.kind() + " có " + text.count("poor_households") + " hộ nghèo"
                    + (text.has("poor_household_rate_pct") ? ", tỷ lệ " + text.decimal("poor_household_rate_pct") + "%" : ""));
        }
        if (text.has("near_poor_households")) {
            clauses.add("số hộ cận nghèo là " + text.count("near_poor_households") + " hộ"
                    + (text.has("near_poor_household_rate_pct")
                            ? ", chiếm tỷ lệ " + text.decimal("near_poor_household_rate_pct") + "%" : ""));
        }
        if (clauses.isEmpty()) {
            return "";
        }
        String sentence = String.join(", ", clauses) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** "A", "A và B", "A, B và C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " và " + items.get(items.size() - 1);
    }
}
