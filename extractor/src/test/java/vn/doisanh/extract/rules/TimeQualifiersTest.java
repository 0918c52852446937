package vn.doisanh.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doisanh.extract.meta.Periods;
import vn.doisanh.extract.model.Qualifier;

class TimeQualifiersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "- Từ ngày 01/7/2025 đến 31/12/2025 đã ban hành | 2025-07-01 | 2025-12-31",
            "- Từ ngày 1/1/2026 đến nay đã ban hành | 2026-01-01 | report_date",
            "Giai đoạn 2026-2030 với mục tiêu tăng trưởng | 2026-01-01 | 2030-12-31",
            "Riêng 6 tháng cuối năm 2025, thu ngân sách | 2025-07-01 | 2025-12-31",
            "Từ đầu năm 2026 đến nay, thu ngân sách đạt | 2026-01-01 | report_date",
            "Lũy kế thu NSNN năm 2025 | 2025-01-01 | 2025-12-31",
            "Trong quý III/2025 đã tiếp nhận | - | -",
            "Tổng số hồ sơ tiếp nhận: | - | -",
            "Lũy kế 9 tháng, thu ngân sách đạt | 2025-01-01 | 2025-09-30",
            "Trong 5 tháng đầu năm, tiếp nhận | 2025-01-01 | 2025-05-31",
            "Lũy kế từ 01/01/2025, đã tiếp nhận | 2025-01-01 | 2025-09-30",
            "Sau 6 tháng triển khai, đã tiếp nhận | - | -",
            "- Từ 01/7 đến 31/12/2025: | 2025-07-01 | 2025-12-31",
            "Từ 1/7 đến nay, trung tâm tiếp nhận | 2025-07-01 | report_date",
            "Kể từ khi xã mới đi vào hoạt động đến nay, UBND xã đã ban hành | 2025-07-01 | report_date",
            "Cả xã (gồm số liệu các xã cũ trong 6 tháng đầu năm) tiếp nhận | - | -",
            "- 3.472 hồ sơ tiếp nhận; riêng tháng 8 tiếp nhận | 2025-08-01 | 2025-08-31",
            "Trong tháng 9 đã giải quyết | 2025-09-01 | 2025-09-30",
            "Ngày 15 tháng 9 đã giải quyết | - | -",
    })
    void flows_take_the_sub_period_their_sentence_states(String lead, String start, String end) {
        Qualifier q = TimeQualifiers.qualify(lead, ExtractionRule.Timing.FLOW, Periods.quarter(2025, 3));
        assertThat(q.subPeriodStart()).isEqualTo(start);
        assertThat(q.subPeriodEnd()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "+ Đến thời điểm 01/5/2026: Biên chế tạm giao | 2026-05-01",
            "Tính đến ngày 31/12/2025, có mặt | 2025-12-31",
            "Biên chế được giao năm 2026 là | -",
            "3- Đến 30/9/2026, có mặt | 2026-09-30",
            "Có mặt đến 30/9/2026 là 88; người hoạt động không chuyên trách | -",
    })
    void counts_in_post_take_the_date_they_hold_at(String lead, String asOf) {
        Qualifier q = TimeQualifiers.qualify(lead, ExtractionRule.Timing.STOCK, Periods.quarter(2025, 3),
                "civil_servants_present");
        assertThat(q.asOf()).isEqualTo(asOf);
        assertThat(q.subPeriodStart()).isNull();
    }

    @org.junit.jupiter.api.Test
    void a_quota_keeps_no_bare_date_of_the_count_beside_it() {
        Qualifier q = TimeQualifiers.qualify("3- Đến 30/9/2026, có mặt 61 cán bộ, công chức trên tổng biên chế giao ",
                ExtractionRule.Timing.STOCK, Periods.quarter(2026, 3), "civil_servants_quota");
        assertThat(q.asOf()).isNull();
    }

    @Test
    void a_span_of_a_middle_clause_stays_in_it_and_the_opening_clauses_carries_on() {
        Qualifier middle = TimeQualifiers.qualify("UBND xã thu ngân sách tháng 11 được 3.472 triệu đồng; lũy kế 11 tháng"
                + " 47.905 triệu đồng; chi ngân sách tháng 11 là ", ExtractionRule.Timing.FLOW, Periods.month(2026, 11));
        Qualifier opening = TimeQualifiers.qualify("Lũy kế 11 tháng, tiếp nhận 9.118 hồ sơ; giải quyết ",
                ExtractionRule.Timing.FLOW, Periods.month(2026, 11));
        assertThat(middle.subPeriodStart()).isNull();
        assertThat(opening.subPeriodStart()).isEqualTo("2026-01-01");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Giải ngân vốn đầu tư công đến 30/11/2026 đạt | public_investment_disbursement_pct | 2026-01-01 | 2026-11-30",
            "Thu ngân sách nhà nước trên địa bàn đến ngày 14/9/2026 đạt | budget_revenue | 2026-01-01 | 2026-09-14",
            "Giải ngân vốn đầu tư công đến 30/11 đạt | public_investment_disbursement_pct | 2026-01-01 | 2026-11-30",
            "Đến 30/11/2026, hồ sơ tiếp nhận | cases_received | - | -",
            "Giải ngân đến 31/12/2025 đạt | public_investment_disbursement_pct | - | -",
    })
    void the_budget_counted_to_a_day_runs_from_the_first_of_january_in_a_shorter_report(String lead, String indicator,
            String start, String end) {
        Qualifier q = TimeQualifiers.qualify(lead, ExtractionRule.Timing.FLOW, Periods.month(2026, 11), indicator);
        assertThat(q.subPeriodStart()).isEqualTo(start);
        assertThat(q.subPeriodEnd()).isEqualTo(end);
    }
}
