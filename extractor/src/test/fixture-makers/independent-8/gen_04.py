#!/usr/bin/env python3
"""Writes src/04.src (the city template as Xã Lai Khê's office filled it in) from the rows below.
Run from anywhere; only needed after editing the rows."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
SYN = 'DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.'
U = '[[10756|d:not_in_catalogue;unit code]]'
P = ('01/07/2026', '30/09/2026', 'Quý III/2026')
# (period, indicator, value-markup, sub_start, sub_end, as_of, breakdown, note)
Q = P
rows = [
 (Q, 'area_km2', '[[30,07|f:area_km2]]', '', '', '', '', SYN),
 (Q, 'population', '[[42.875|f:population]]', '', '', '', '', 'Theo số liệu Công an xã'),
 (Q, 'villages', '[[29|f:villages]]', '', '', '', '', 'thôn'),
 (Q, 'poor_households', '[[61|f:poor_households]]', '', '', '', '', 'rà soát đầu năm; giảm [[9|d:change;fall against the start of the year]] hộ so với đầu năm'),
 (Q, 'poor_household_rate_pct', '[[0,48|f:poor_household_rate_pct]]', '', '', '', '', ''),
 (Q, 'near_poor_households', '[[166|f:near_poor_households]]', '', '', '', '', ''),
 (Q, 'near_poor_household_rate_pct', '[[1,31|f:near_poor_household_rate_pct]]', '', '', '', '', ''),
 (Q, 'departments', '[[3|f:departments]]', '', '', '', '', 'không tính TT Phục vụ HCC'),
 (Q, 'public_service_units', '[[19|f:public_service_units]]', '', '', '', '', 'gồm [[16|f:schools]] trường, Trạm Y tế, TT Dịch vụ SNC, BQL dự án'),
 (Q, 'schools', '[[6|f:schools;b=Mầm non]]', '', '', '', 'Mầm non', ''),
 (Q, 'schools', '[[6|f:schools;b=Tiểu học]]', '', '', '', 'Tiểu học', ''),
 (Q, 'schools', '[[4|f:schools;b=THCS]]', '', '', '', 'THCS', ''),
 (Q, 'civil_servants_before_merger', '[[22|f:civil_servants_before_merger;b=Lai Khê]]', '', '', '', 'Lai Khê', 'xã cũ'),
 (Q, 'civil_servants_before_merger', '[[21|f:civil_servants_before_merger;b=Vũ Dũng]]', '', '', '', 'Vũ Dũng', 'một phần'),
 (Q, 'civil_servants_before_merger', '[[20|f:civil_servants_before_merger;b=Tuấn Việt]]', '', '', '', 'Tuấn Việt', 'một phần'),
 (Q, 'civil_servants_before_merger', '[[22|f:civil_servants_before_merger;b=Cẩm Việt]]', '', '', '', 'Cẩm Việt', 'một phần; huyện Thanh Hà cũ'),
 (Q, 'civil_servants_before_merger', '[[21|f:civil_servants_before_merger;b=Thanh An]]', '', '', '', 'Thanh An', 'một phần; huyện Thanh Hà cũ'),
 (Q, 'civil_servants_before_merger', '[[21|f:civil_servants_before_merger;b=Cộng Hòa]]', '', '', '', 'Cộng Hòa', 'một phần; huyện Nam Sách cũ'),
 (Q, 'civil_servants_before_merger', '[[127|f:civil_servants_before_merger]]', '', '', '', '', 'tổng [[6|d:not_in_catalogue;number of former communes]] xã cũ'),
 (Q, 'civil_servants_at_start', '[[71|f:civil_servants_at_start]]', '', '', '', '', 'tiếp nhận 01/7/2025'),
 (Q, 'civil_servants_quota', '[[58|f:civil_servants_quota]]', '', '', '', '', 'QĐ giao biên chế năm 2026'),
 (Q, 'civil_servants_present', '[[54|f:civil_servants_present;a=2026-09-30]]', '', '', '30/09/2026', '', 'nghỉ hưu [[1|d:staff_left;retired in the quarter]] đ/c trong quý'),
 (Q, 'part_time_workers', '[[15|f:part_time_workers]]', '', '', '', '', ''),
 (Q, 'education_staff_quota', '[[538|f:education_staff_quota]]', '', '', '', '', ''),
 (Q, 'education_staff_present', '[[519|f:education_staff_present;a=2026-09-30]]', '', '', '30/09/2026', '', 'chưa tính [[23|d:not_in_catalogue;contract teachers]] GV hợp đồng'),
 (Q, 'health_staff_quota', '[[13|f:health_staff_quota]]', '', '', '', '', ''),
 (Q, 'health_staff_present', '[[12|f:health_staff_present;a=2026-09-30]]', '', '', '30/09/2026', '', ''),
 (Q, 'cases_received', '[[3.624|f:cases_received]]', '', '', '', '', 'cùng kỳ 2025 các xã cũ: [[3.015|d:previous_period;same quarter of 2025, former communes]]'),
 (Q, 'cases_received', '[[1.302|f:cases_received;s=2026-09-01..2026-09-30]]', '01/09/2026', '30/09/2026', '', '', 'riêng tháng 9'),
 (Q, 'cases_resolved', '[[3.571|f:cases_resolved]]', '', '', '', '', ''),
 (Q, 'cases_on_time', '[[3.560|f:cases_on_time]]', '', '', '', '', 'gồm cả trước hạn'),
 (Q, 'cases_overdue', '[[11|f:cases_overdue]]', '', '', '', '', 'lĩnh vực đất đai [[9|d:not_in_catalogue;overdue cases of one field]], hộ tịch [[2|d:not_in_catalogue;overdue cases of one field]]'),
 (Q, 'on_time_rate_pct', '[[99,69|f:on_time_rate_pct]]', '', '', '', '', ''),
 (Q, 'overdue_rate_pct', '[[0,31|f:overdue_rate_pct]]', '', '', '', '', ''),
 (Q, 'online_submission_pct', '[[81,4|f:online_submission_pct]]', '', '', '', '', 'TP giao ≥ [[80|d:target;city threshold]]%'),
 (Q, 'online_payment_pct', '[[66,9|f:online_payment_pct]]', '', '', '', '', ''),
 (Q, 'digitised_input_pct', '[[88,7|f:digitised_input_pct]]', '', '', '', '', ''),
 (Q, 'digitised_result_pct', '[[94,1|f:digitised_result_pct]]', '', '', '', '', ''),
 (Q, 'location_independent_procedures', '[[301|f:location_independent_procedures]]', '', '', '', '', 'trên tổng [[342|d:not_in_catalogue;procedures on the commune list]] TTHC'),
 (Q, 'satisfaction_score', '[[17,48|f:satisfaction_score]]', '', '', '', '', 'thang [[18|d:not_in_catalogue;maximum of the scale]] điểm'),
 (Q, 'documents_issued', '[[548|f:documents_issued]]', '', '', '', '', ''),
 (Q, 'documents_issued', '[[162|f:documents_issued;b=Quyết định]]', '', '', '', 'Quyết định', ''),
 (Q, 'documents_issued', '[[27|f:documents_issued;b=Kế hoạch]]', '', '', '', 'Kế hoạch', ''),
 (Q, 'documents_issued', '[[41|f:documents_issued;b=Thông báo]]', '', '', '', 'Thông báo', ''),
 (Q, 'documents_issued', '[[30|f:documents_issued;b=Tờ trình]]', '', '', '', 'Tờ trình', ''),
 (Q, 'documents_issued', '[[196|f:documents_issued;b=Công văn]]', '', '', '', 'Công văn', ''),
 (Q, 'documents_issued', '[[92|f:documents_issued;b=khác]]', '', '', '', 'khác', 'giấy mời, báo cáo'),
 (Q, 'digitally_signed_outgoing_pct', '[[98,6|f:digitally_signed_outgoing_pct]]', '', '', '', '', 'trừ VB mật'),
 (Q, 'budget_revenue', '[[9.842|f:budget_revenue;u=trieu]]', '', '', '', '', 'ĐVT: triệu đồng'),
 (Q, 'budget_revenue', '[[27.915|f:budget_revenue;u=trieu;s=2026-01-01..2026-09-30]]', '01/01/2026', '30/09/2026', '', '', 'lũy kế [[9|d:date;length of a period in months]] tháng; dự toán năm [[37.620|d:target;year\'s revenue estimate]]'),
 (Q, 'budget_revenue_vs_plan_pct', '[[74,2|f:budget_revenue_vs_plan_pct;s=2026-01-01..2026-09-30]]', '01/01/2026', '30/09/2026', '', '', 'so dự toán TP giao'),
 (Q, 'budget_expenditure', '[[8.133|f:budget_expenditure;u=trieu]]', '', '', '', '', 'ĐVT: triệu đồng'),
 (Q, 'public_investment_disbursement_pct', '[[58,9|f:public_investment_disbursement_pct;s=2026-01-01..2026-09-30]]', '01/01/2026', '30/09/2026', '', '', 'KH vốn [[24.300|d:target;investment plan in million VND]] tr.đ'),
 (('01/04/2026', '30/06/2026', 'Quý II/2026'), 'cases_received', '[[3.288|d:previous_period;row of the second quarter kept from the last file]]', '', '', '', '', 'số liệu quý II đã báo cáo - giữ để đối chiếu'),
 (('01/04/2026', '30/06/2026', 'Quý II/2026'), 'on_time_rate_pct', '[[99,41|d:previous_period;row of the second quarter kept from the last file]]', '', '', '', '', 'số liệu quý II đã báo cáo - giữ để đối chiếu'),
 (('01/04/2026', '30/06/2026', 'Quý II/2026'), 'budget_revenue', '[[9.107|d:previous_period;row of the second quarter kept from the last file]]', '', '', '', '', 'số liệu quý II đã báo cáo - giữ để đối chiếu'),
]
out = ['#file: 04_lai_khe_bieu_mau_thanh_pho_quy_iii_2026_van_phong_tu_dien.csv',
       '#unit: 10756',
       '#period: 2026-07-01 2026-09-30',
       '#format: csv',
       '#style: the city\'s long-layout template (docs/report-template.md) as the commune office filled it in by hand for the third quarter of 2026: ";" separators, an added STT column and a "nguoi_nhap" column, dates written dd/mm/yyyy, Vietnamese number forms in the value cells, notes with figures, the synthetic notice in the note cell of the first row, three rows of the second quarter left over from the previous file',
       '#hard: the notes column holds last year\'s figures, targets, estimates and per-field counts; a September row and running-total rows carry their own sub-period in the sub-period cells; three second-quarter rows with their own period (earlier period, not facts of this report); staff in post dated in the as_of cell; former communes as breakdown names; the number of schools also appears inside a note',
       'STT;unit_code;unit_name;period_start;period_end;period_label;indicator;value;sub_period_start;sub_period_end;as_of;breakdown;synthetic;note;nguoi_nhap']
for i, (per, ind, val, ss, se, a, b, note) in enumerate(rows, 1):
    cells = ['[[%d|d:list_number;row number]]' % i, U, 'Lai Khê', per[0], per[1], per[2], ind.replace('km2', 'km[[2|d:not_in_catalogue;digit of the indicator id]]'), val, ss, se, a, b, 'true', note.replace('; ', ', '),
             'Nguyễn Văn Hiếu' if i < 28 else 'Vũ Thị Lan']
    out.append(';'.join(cells))
open(os.path.join(HERE, 'src', '04.src'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
