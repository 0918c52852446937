#!/usr/bin/env python3
"""Writes src/11.src (Xã Bắc Thanh Miện's statistical form, an .xlsx sheet) from the rows below.
Numeric cells are written '#<number>' (numeric cells of the sheet, read back in English notation)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
Y = 's=2026-01-01..2026-09-30'
def n(v, spec):            # numeric cell carrying a mark
    return '#[[%s|%s;n=en]]' % (v, spec)
def f(v, ind, *opt):
    return n(v, 'f:' + ';'.join((ind,) + opt))
def d(v, role, why=''):
    return n(v, 'd:' + role + (';' + why if why else ''))
PY = 'previous_period', 'same period of 2025 (former communes)'
rows = [
 # label, unit, quarter III, nine months, same period 2025, note
 ('I. THÔNG TIN CHUNG', '', '', '', '', ''),
 ('Diện tích tự nhiên', 'km²', f('25.27', 'area_km2'), '', '', ''),
 ('Dân số', 'người', f('27227', 'population'), '', '', ''),
 ('Số thôn', 'thôn', f('23', 'villages'), '', '', ''),
 ('Số hộ nghèo', 'hộ', f('39', 'poor_households'), '', d('52', *PY), ''),
 ('Tỷ lệ hộ nghèo', '%', f('0.49', 'poor_household_rate_pct'), '', '', ''),
 ('Số hộ cận nghèo', 'hộ', f('121', 'near_poor_households'), '', '', ''),
 ('Tỷ lệ hộ cận nghèo', '%', f('1.52', 'near_poor_household_rate_pct'), '', '', ''),
 ('II. TỔ CHỨC BỘ MÁY, BIÊN CHẾ', '', '', '', '', ''),
 ('Phòng chuyên môn', 'phòng', f('3', 'departments'), '', '', 'Không tính TT PVHCC'),
 ('Đơn vị sự nghiệp công lập', 'đơn vị', f('13', 'public_service_units'), '', '', 'Kể cả trường học'),
 ('Trong đó: trường học', 'trường', f('10', 'schools'), '', '', ''),
 ('Biên chế công chức được giao', 'người', f('48', 'civil_servants_quota'), '', '', ''),
 ('Công chức có mặt đến 30/9/2026', 'người', f('45', 'civil_servants_present', 'a=2026-09-30'), '', '', ''),
 ('Người hoạt động không chuyên trách', 'người', f('10', 'part_time_workers'), '', '', ''),
 ('III. THỦ TỤC HÀNH CHÍNH', '', '', '', '', ''),
 ('Hồ sơ tiếp nhận', 'hồ sơ', f('2287', 'cases_received'), f('6512', 'cases_received', Y), d('5874', *PY), ''),
 ('Hồ sơ đã giải quyết', 'hồ sơ', f('2264', 'cases_resolved'), f('6448', 'cases_resolved', Y), d('5801', *PY), ''),
 ('- Đúng và trước hạn', 'hồ sơ', f('2258', 'cases_on_time'), f('6425', 'cases_on_time', Y), d('5749', *PY), ''),
 ('- Quá hạn', 'hồ sơ', f('6', 'cases_overdue'), f('23', 'cases_overdue', Y), d('52', *PY), ''),
 ('Tỷ lệ giải quyết đúng hạn', '%', f('99.73', 'on_time_rate_pct'), f('99.64', 'on_time_rate_pct', Y), d('99.1', *PY), ''),
 ('Tỷ lệ nộp trực tuyến', '%', f('78.6', 'online_submission_pct'), f('75.9', 'online_submission_pct', Y), d('38.4', *PY), ''),
 ('Tỷ lệ thanh toán trực tuyến', '%', f('63.2', 'online_payment_pct'), f('60.8', 'online_payment_pct', Y), '', ''),
 ('Tỷ lệ số hóa hồ sơ đầu vào', '%', f('88.1', 'digitised_input_pct'), f('86.5', 'digitised_input_pct', Y), '', ''),
 ('Tỷ lệ số hóa kết quả', '%', f('95.7', 'digitised_result_pct'), f('94.3', 'digitised_result_pct', Y), '', ''),
 ('IV. VĂN BẢN', '', '', '', '', ''),
 ('Văn bản ban hành', 'văn bản', f('536', 'documents_issued'), f('1571', 'documents_issued', Y), d('1388', *PY), ''),
 ('Tỷ lệ văn bản đi ký số', '%', f('98.7', 'digitally_signed_outgoing_pct'), f('98.4', 'digitally_signed_outgoing_pct', Y), '', ''),
 ('V. NGÂN SÁCH', '', '', '', '', ''),
 ('Thu ngân sách nhà nước', 'triệu đồng', f('8214', 'budget_revenue'), f('24630', 'budget_revenue', Y), d('21905', *PY), 'Dự toán năm 32.196 tr.đ'),
 ('Thu NSNN so dự toán', '%', '', f('76.5', 'budget_revenue_vs_plan_pct', Y), '', ''),
 ('Chi ngân sách địa phương', 'triệu đồng', f('7106', 'budget_expenditure'), f('20915', 'budget_expenditure', Y), '', ''),
 ('Giải ngân vốn đầu tư công', '%', '', f('57.3', 'public_investment_disbursement_pct', Y), '', 'Đến 30/9/2026'),
]
out = ['#file: 11_bac_thanh_mien_bieu_thong_ke_quy_iii_2026_ma_so.xlsx',
       '#unit: 11254',
       '#period: 2026-07-01 2026-09-30',
       '#format: xlsx',
       '#style: a statistical reporting form (Biểu số 01/TK-XA) as an Excel sheet for the third quarter of 2026: a form code and issuing line at the top, a header row and a row of column numbers (A / B / C / 1 / 2 / 3 / 4), a "Mã số" column of two-digit row codes, group rows in Roman numerals, numeric cells, units in an "ĐVT" column, a notes column; signatures of the preparer and the chairman at the bottom',
       '#hard: the "Mã số" row codes (01 … 28) and the column-number row look like figures; numeric cells read back in English notation (99.73, 25.27, 24630) while a note is in Vietnamese notation; column 2 is the nine-month running total (own sub-period) and column 3 last year; money in triệu only through the ĐVT column; the staff-in-post row dated in its label',
       'P ỦY BAN NHÂN DÂN XÃ BẮC THANH MIỆN',
       'P DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.',
       'R Biểu số [[01|d:list_number;form number]]/TK-XA\t\t\t\tNgày nhận báo cáo: 10/10/2026',
       'P MỘT SỐ CHỈ TIÊU CHỦ YẾU QUÝ III NĂM 2026',
       'P (Kỳ báo cáo: quý III/2026; đơn vị báo cáo: UBND xã Bắc Thanh Miện; đơn vị nhận: Sở Nội vụ, Thống kê thành phố)',
       'R Chỉ tiêu\tMã số\tĐVT\tThực hiện quý III/2026\tLũy kế 9 tháng\tCùng kỳ năm 2025\tGhi chú',
       'R A\tB\tC\t[[1|d:list_number;column number]]\t[[2|d:list_number;column number]]\t[[3|d:list_number;column number]]\t[[4|d:list_number;column number]]']
code = 0
for lab, unit, a, b, c, note in rows:
    if unit == '':
        out.append('R ' + '\t'.join([lab, '', '', '', '', '', '']))
        continue
    code += 1
    note = note.replace('32.196', '[[32.196|d:target;year\'s revenue estimate]]')
    out.append('R ' + '\t'.join([lab, '[[%02d|d:list_number;row code]]' % code, unit, a, b, c, note]))
out += ['R Người lập biểu\t\t\t\tTM. ỦY BAN NHÂN DÂN', 'R Đỗ Thị Hạnh\t\t\t\tCHỦ TỊCH', 'R \t\t\t\tNguyễn Hữu Tài']
open(os.path.join(HERE, 'src', '11.src'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
