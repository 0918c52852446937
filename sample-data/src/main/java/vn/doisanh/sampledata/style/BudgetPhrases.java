package vn.doisanh.sampledata.style;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.text.FigureText;

/** Budget sentences, with money in "tỷ đồng" or "triệu đồng" as the writer prefers. */
final class BudgetPhrases {
    private BudgetPhrases() {
    }

    static String sentence(FigureText text, Dice dice) {
        boolean billions = dice.chance(0.7);
        List<String> parts = new ArrayList<>();
        if (text.has("budget_revenue")) {
            parts.add("Thu ngân sách nhà nước trên địa bàn trong quý đạt " + money(text, "budget_revenue", billions)
                    + (text.has("budget_revenue_vs_plan_pct")
                            ? ", bằng " + text.decimal("budget_revenue_vs_plan_pct") + "% dự toán năm" : ""));
        } else if (text.has("budget_revenue_vs_plan_pct")) {
            parts.add("Thu ngân sách trong quý bằng " + text.decimal("budget_revenue_vs_plan_pct") + "% dự toán năm");
        }
        if (text.has("budget_expenditure")) {
            parts.add("chi ngân sách địa phương " + money(text, "budget_expenditure", billions));
        }
        String sentence = parts.isEmpty() ? "" : capitalise(String.join("; ", parts)) + ".";
        if (text.has("public_investment_disbursement_pct")) {
            sentence += " Tỷ lệ giải ngân vốn đầu tư công đạt " + text.decimal("public_investment_disbursement_pct")
                    + "% kế hoạch vốn năm.";
        }
        return sentence.strip();
    }

    static String money(FigureText text, String id, boolean billions) {
        return billions ? text.billions(id) + " tỷ đồng" : text.millions(id) + " triệu đồng";
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
