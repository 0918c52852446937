package vn.doisanh.sampledata.style;

import java.util.ArrayList;
import java.util.List;
import vn.doisanh.sampledata.text.FigureText;

/**
 * The ways reports state their administrative-procedure figures. Each phrasing writes whatever of received,
 * resolved, on time, overdue and the rates the report has, with the synonyms real reports use.
 */
final class CasePhrases {
    private CasePhrases() {
    }

    /** The Hà Bắc way: "- Tổng số hồ sơ tiếp nhận: 17049 hồ sơ; hồ sơ đúng hạn và trước hạn 17003 hồ sơ, …". */
    static String semicolonDigest(FigureText text) {
        List<String> clauses = new ArrayList<>();
        if (text.has("cases_received")) {
            clauses.add("Tổng số hồ sơ tiếp nhận: " + text.count("cases_received") + " hồ sơ");
        }
        if (text.has("cases_resolved")) {
            clauses.add("đã giải quyết " + text.count("cases_resolved") + " hồ sơ");
        }
        if (text.has("cases_on_time")) {
            clauses.add("hồ sơ đúng hạn và trước hạn " + text.count("cases_on_time") + " hồ sơ"
                    + (text.has("on_time_rate_pct") ? ", tỷ lệ " + text.decimal("on_time_rate_pct") + "%" : ""));
        } else if (text.has("on_time_rate_pct")) {
            clauses.add("tỷ lệ hồ sơ đúng hạn và trước hạn " + text.decimal("on_time_rate_pct") + "%");
        }
        if (text.has("cases_overdue")) {
            clauses.add("tổng hồ sơ quá hạn: " + text.count("cases_overdue") + " hồ sơ"
                    + (text.has("overdue_rate_pct") ? " chiếm tỷ lệ " + text.decimal("overdue_rate_pct") + "%" : ""));
        } else if (text.has("overdue_rate_pct")) {
            clauses.add("tỷ lệ hồ sơ quá hạn " + text.decimal("overdue_rate_pct") + "%");
        }
        if (text.has("digitised_input_pct")) {
            clauses.add("Tỷ lệ số hóa hồ sơ: Số hóa thành phần hồ sơ đầu vào: " + text.decimal("digitised_input_pct") + "%");
        }
        if (text.has("digitised_result_pct")) {
            clauses.add("Tỷ lệ số hóa kết quả hồ sơ: " + text.decimal("digitised_result_pct") + "%");
        }
        if (text.has("online_payment_pct")) {
            clauses.add("Thanh toán trực tuyến: " + text.decimal("online_payment_pct") + "%");
        }
        if (text.has("online_submission_pct")) {
            clauses.add("Tỷ lệ hồ sơ nộp trực tuyến: " + text.decimal("online_submission_pct") + "%");
        }
        String digest = clauses.isEmpty() ? "" : "- " + String.join("; ", clauses) + ".";
        if (text.has("satisfaction_score")) {
            digest += " Kết quả đánh giá mức độ hài lòng của người dân, doanh nghiệp trong việc thực hiện thủ tục hành "
                    + "chính và cung cấp dịch vụ công đạt (" + text.decimal("satisfaction_score") + "/18 điểm).";
        }
        if (text.has("location_independent_procedures")) {
            digest += " Đã niêm yết và triển khai giải quyết " + text.count("location_independent_procedures")
                    + " thủ tục hành chính không phụ thuộc địa giới hành chính.";
        }
        return digest.strip();
    }

    /** Number before noun: "đã tiếp nhận 1.234 hồ sơ, trong đó 1.200 hồ sơ giải quyết đúng và trước hạn (đạt 97,25%)". */
    static String numberFirst(FigureText text, String subject) {
        List<String> sentences = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        if (text.has("cases_on_time")) {
            clauses.add(text.count("cases_on_time") + " hồ sơ giải quyết đúng và trước hạn"
                    + (text.has("on_time_rate_pct") ? " (đạt " + text.decimal("on_time_rate_pct") + "%)" : ""));
        }
        if (text.has("cases_overdue")) {
            clauses.add(text.count("cases_overdue") + " hồ sơ quá hạn"
                    + (text.has("overdue_rate_pct") ? " (chiếm " + text.decimal("overdue_rate_pct") + "%)" : ""));
        }
        if (text.has("cases_received")) {
            String head = subject + " đã tiếp nhận " + text.count("cases_received") + " hồ sơ thủ tục hành chính";
            sentences.add(clauses.isEmpty() ? head + "." : head + ", trong đó " + String.join(", ", clauses) + ".");
        } else if (!clauses.isEmpty()) {
            sentences.add(subject + " đã giải quyết " + String.join(", ", clauses) + ".");
        }
        if (!text.has("cases_on_time") && text.has("on_time_rate_pct")) {
            sentences.add("Tỷ lệ giải quyết hồ sơ đúng hạn đạt " + text.decimal("on_time_rate_pct") + "%.");
        }
        if (!text.has("cases_overdue") && text.has("overdue_rate_pct")) {
            sentences.add("Tỷ lệ hồ sơ quá hạn là " + text.decimal("overdue_rate_pct") + "%.");
        }
        if (text.has("cases_resolved")) {
            sentences.add("Tổng số hồ sơ đã có kết quả giải quyết là " + text.count("cases_resolved") + " hồ sơ.");
        }
        sentences.add(digitalShares(text));
        return String.join(" ", sentences).strip();
    }

    /** "… 99,35% hồ sơ được số hóa thành phần đầu vào, 100% kết quả được số hóa; 95,52% … thanh toán trực tuyến". */
    static String digitalShares(FigureText text) {
        List<String> clauses = new ArrayList<>();
        if (text.has("online_submission_pct")) {
            clauses.add(text.decimal("online_submission_pct") + "% hồ sơ được nộp trực tuyến");
        }
        if (text.has("digitised_input_pct")) {
            clauses.add(text.decimal("digitised_input_pct") + "% hồ sơ được số hóa thành phần hồ sơ đầu vào");
        }
        if (text.has("digitised_result_pct")) {
            clauses.add(text.decimal("digitised_result_pct") + "% kết quả giải quyết được số hóa");
        }
        if (text.has("online_payment_pct")) {
            clauses.add(text.decimal("online_payment_pct") + "% hồ sơ có phí, lệ phí được thanh toán trực tuyến");
        }
        String sentence = clauses.isEmpty() ? "" : "Có " + String.join("; ", clauses) + ".";
        if (text.has("satisfaction_score")) {
            sentence += " Điểm đánh giá mức độ hài lòng của người dân, doanh nghiệp đạt "
                    + text.decimal("satisfaction_score") + "/18 điểm.";
        }
        if (text.has("location_independent_procedures")) {
            sentence += " Có " + text.count("location_independent_procedures")
                    + " thủ tục hành chính được giải quyết không phụ thuộc địa giới hành chính.";
        }
        return sentence.strip();
    }
}
