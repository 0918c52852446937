#!/usr/bin/env python3
"""Hand-written labels of the independent-2 test set.

Writes, for every report stem F, into resources/independent-2/expected/:
  F.meta.csv, F.expected.csv, F.distractors.csv

Distractors are given as (number as written, snippet, role, why); the line number is looked up:
the 1-based line of the report text (for .docx/.pdf: of the extracted text in ./extracted/F.txt)
that contains the snippet. The snippet must occur on exactly one line and that line must contain
the number as a whole token.

Run:  python3 labels.py     (then python3 check.py)
"""
import csv, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, '..', '..', 'resources', 'independent-2'))
EXP = os.path.join(RES, 'expected')

# fact = (indicator, value, sub_period_start, sub_period_end, as_of, breakdown)
def F(ind, val, ss='', se='', asof='', bd=''):
    return (ind, val, ss, se, asof, bd)

REPORTS = []

# ---------------------------------------------------------------- 01 newspaper feature
REPORTS.append(dict(
    file='01_luu_kiem_phong_su.txt', unit='11488', start='2025-07-01', end='2025-12-31',
    facts=[
        F('area_km2', 42.17), F('population', 49376), F('villages', 31), F('departments', 3),
        F('cases_received', 8412), F('cases_resolved', 8377), F('cases_on_time', 8361),
        F('on_time_rate_pct', 99.81), F('cases_overdue', 16), F('overdue_rate_pct', 0.19),
        F('online_submission_pct', 72.4), F('online_payment_pct', 91.3),
        F('digitised_input_pct', 98.2), F('digitised_result_pct', 100),
        F('location_independent_procedures', 1512), F('satisfaction_score', 17.6),
        F('civil_servants_quota', 41), F('civil_servants_present', 38),
    ],
    distractors=[
        ('08/01/2026', 'Đăng ngày 08/01/2026', 'date', 'publication date'),
        ('11.260', '11.260 lượt', 'not_in_catalogue', 'visits to the centre, not cases'),
        ('12', '12 quầy', 'not_in_catalogue', 'number of service counters'),
        ('30', 'khoảng 30 tổ dân phố', 'target', 'city norm for residential groups, not this unit'),
        ('4', '4 đầu mối', 'other', 'counts the service centre; departments are 3'),
        ('98,64', 'bình quân 98,64%', 'city', 'city average on-time rate'),
        ('5.930', 'khoảng 5.930', 'previous_period', 'same period 2024, former units'),
        ('2.480', 'hơn 2.480', 'change', 'increase in cases'),
        ('41,9', 'khoảng 41,9%', 'change', 'percentage increase in cases'),
        ('41', 'quanh mức 41%', 'previous_period', 'online submission rate in 2024'),
        ('17,21', 'trung bình 17,21', 'city', 'city average satisfaction score'),
        ('5', 'xếp thứ 5/114', 'ranking', 'rank among city units'),
        ('114', 'xếp thứ 5/114', 'ranking', 'number of units ranked'),
        ('3', 'Có 3 đồng chí đã nghỉ', 'staff_left', 'civil servants who left (Decree 178)'),
        ('178', 'Nghị định 178', 'document_number', 'decree number'),
        ('2', 'ít nhất 2 công chức', 'target', 'requested additional staff'),
        ('1', 'và 1 công chức tư pháp', 'target', 'requested additional staff'),
        ('71.731', 'nơi có 71.731 dân', 'other_unit', 'population of Phường Thủy Nguyên'),
        ('12.000', 'hơn 12.000 hồ sơ', 'other_unit', 'cases of Phường Thủy Nguyên'),
        ('6', 'thành lập 6 tổ', 'not_in_catalogue', 'community digital teams'),
        ('300', 'gần 300 người', 'not_in_catalogue', 'people helped by one team'),
        ('85', 'lên 85%', 'target', '2026 online submission target'),
        ('99,5', 'không thấp hơn 99,5%', 'target', '2026 on-time target'),
        ('18', 'hài lòng 18/18', 'target', 'satisfaction target'),
        ('3', 'nhóm 3 đơn vị', 'target', 'ranking target'),
        ('10', 'là 10 ngày', 'previous_period', 'processing days in 2024, not in catalogue'),
        ('6', 'khoảng 6 ngày', 'not_in_catalogue', 'processing days'),
        ('12', 'Bình luận (12)', 'other', 'web page comment counter'),
        ('100', '100 ngày', 'other_unit', 'headline of another article about Xã Kiến Minh'),
    ]))

# ---------------------------------------------------------------- 02 quarterly report
REPORTS.append(dict(
    file='02_kien_minh_quy3_2025.txt', unit='11725', start='2025-07-01', end='2025-09-30',
    facts=[
        F('area_km2', 16.32), F('population', 26181), F('villages', 14),
        F('civil_servants_before_merger', 58),
        F('civil_servants_before_merger', 19, bd='Đông Phương'),
        F('civil_servants_before_merger', 21, bd='Đại Đồng'),
        F('civil_servants_before_merger', 18, bd='Minh Tân'),
        F('civil_servants_at_start', 47), F('departments', 3), F('public_service_units', 11),
        F('schools', 9), F('schools', 3, bd='Mầm non'), F('schools', 3, bd='Tiểu học'), F('schools', 3, bd='THCS'),
        F('civil_servants_quota', 45), F('civil_servants_present', 42, asof='2025-09-30'),
        F('part_time_workers', 5), F('education_staff_quota', 312), F('education_staff_present', 298),
        F('health_staff_quota', 18), F('health_staff_present', 16),
        F('cases_received', 3245), F('cases_resolved', 3198), F('cases_on_time', 3190),
        F('on_time_rate_pct', 99.75), F('cases_overdue', 8), F('overdue_rate_pct', 0.25),
        F('digitised_input_pct', 97.8), F('digitised_result_pct', 98.6), F('online_payment_pct', 88.4),
        F('documents_issued', 1236), F('documents_issued', 402, bd='Quyết định'),
        F('documents_issued', 87, bd='Kế hoạch'), F('documents_issued', 115, bd='Thông báo'),
        F('documents_issued', 41, bd='Tờ trình'), F('documents_issued', 438, bd='Công văn'),
        F('documents_issued', 153, bd='khác'), F('digitally_signed_outgoing_pct', 100),
        F('budget_revenue', 6842),
        F('budget_revenue', 18530, '2025-01-01', '2025-09-30'),
        F('budget_revenue_vs_plan_pct', 71.3, '2025-01-01', '2025-09-30'),
        F('budget_expenditure', 5915),
    ],
    distractors=[
        ('215', 'Số: 215/BC-UBND', 'document_number', 'report number'),
        ('03', 'ngày 03 tháng 10', 'date', 'signing date'),
        ('1482', '1482/SNV', 'document_number', 'letter number'),
        ('03', 'của 03 xã cũ là 58', 'not_in_catalogue', 'number of former communes'),
        ('178', '178/2024', 'document_number', 'decree number'),
        ('03', 'đối với 03 công chức', 'staff_left', 'early retirement'),
        ('02', 'Điều động 02 công chức', 'staff_left', 'moved to the Party committee'),
        ('47', 'chưa đến hạn: 47', 'not_in_catalogue', 'pending cases (derived, not reported id)'),
        ('2.870', '2.870 hồ sơ', 'previous_period', 'Q2/2025 of former communes'),
        ('375', 'tăng 375', 'change', 'increase on previous quarter'),
        ('98', 'tối thiểu 98%', 'target', 'city target on-time rate'),
        ('100', 'số hóa kết quả đạt 100%', 'target', 'city target digitised results'),
        ('26.000', 'dự toán 26.000', 'target', 'annual revenue estimate'),
        ('02', '02 hội nghị', 'not_in_catalogue', 'voter meetings'),
        ('14', 'tiếp 14 lượt', 'not_in_catalogue', 'citizen receptions'),
        ('06', '06 đơn thư', 'not_in_catalogue', 'petitions received'),
        ('05', 'đã giải quyết 05 đơn', 'not_in_catalogue', 'petitions resolved, not administrative cases'),
        ('27', 'xếp thứ 27/114', 'ranking', 'rank in city'),
        ('114', 'xếp thứ 27/114', 'ranking', 'number of units ranked'),
        ('03', 'Còn thiếu 03 công chức', 'not_in_catalogue', 'shortfall against quota; also 03 office sites'),
        ('100', 'Phấn đấu 100% hồ sơ', 'target', 'Q4 target'),
        ('3.500', 'khoảng 3.500', 'target', 'expected Q4 cases'),
        ('95', 'trên 95%', 'target', 'disbursement target'),
        ('7.470', '7.470 triệu', 'target', 'Q4 revenue target'),
        ('100', 'hoàn thành 100% dự toán', 'target', 'revenue target'),
        ('02', 'bổ sung 02 công chức', 'target', 'planned recruitment'),
        ('03', 'bổ sung 03 biên chế', 'target', 'requested extra posts'),
    ]))

# ---------------------------------------------------------------- 03 six-month, pipe table
REPORTS.append(dict(
    file='03_thanh_dong_6thang_2026.txt', unit='10507', start='2026-01-01', end='2026-06-30',
    facts=[
        F('area_km2', 12.22), F('population', 50307), F('villages', 21), F('departments', 3),
        F('growth_target_pct', 10.5),
        F('cases_received', 13586), F('cases_resolved', 13402), F('cases_on_time', 13371),
        F('cases_overdue', 31), F('on_time_rate_pct', 99.77), F('overdue_rate_pct', 0.23),
        F('online_submission_pct', 76.5), F('digitised_input_pct', 98.9), F('digitised_result_pct', 99.8),
        F('online_payment_pct', 93.2), F('satisfaction_score', 17.85),
        F('budget_revenue', 58214), F('budget_revenue_vs_plan_pct', 60.3), F('budget_expenditure', 33065),
        F('public_investment_disbursement_pct', 42.7),
        F('documents_issued', 2914), F('documents_issued', 1021, bd='Quyết định'),
        F('documents_issued', 96, bd='Kế hoạch'), F('documents_issued', 188, bd='Thông báo'),
        F('documents_issued', 57, bd='Tờ trình'), F('documents_issued', 1203, bd='Công văn'),
        F('documents_issued', 349, bd='khác'),
        F('civil_servants_quota', 48), F('civil_servants_present', 44),
        F('public_service_staff_quota', 315), F('education_staff_quota', 285), F('health_staff_quota', 22),
        F('education_staff_present', 271), F('health_staff_present', 21),
        F('public_service_units', 13), F('schools', 11), F('schools', 4, bd='Mầm non'),
        F('schools', 4, bd='Tiểu học'), F('schools', 3, bd='THCS'),
        F('digitally_signed_outgoing_pct', 99.6), F('location_independent_procedures', 1476),
    ],
    distractors=[
        ('388', 'Số: 388', 'document_number', 'report number'),
        ('03/7/2026', 'ngày 03/7/2026', 'date', 'signing date'),
        ('24.000', '| 24.000 |', 'target', 'annual plan (KH năm)'),
        ('11.904', '| 11.904 |', 'previous_period', 'same period 2025'),
        ('56,6', '| 56,6', 'not_in_catalogue', 'cases as % of plan'),
        ('11.712', '| 11.712 |', 'previous_period', 'same period 2025'),
        ('11.650', '| 11.650 |', 'previous_period', 'same period 2025'),
        ('0', 'Hồ sơ quá hạn | Hồ sơ | 0 |', 'target', 'plan for overdue cases'),
        ('62', '| 62 |', 'previous_period', 'same period 2025'),
        ('98', '≥ 98', 'target', 'plan on-time rate'),
        ('99,47', '| 99,47 |', 'previous_period', 'same period 2025'),
        ('2', '≤ 2', 'target', 'plan overdue rate'),
        ('0,53', '| 0,53 |', 'previous_period', 'same period 2025'),
        ('80', 'nộp trực tuyến | % | 80 |', 'target', 'plan online submission'),
        ('58,2', '| 58,2 |', 'previous_period', 'same period 2025'),
        ('95,6', '| 95,6', 'not_in_catalogue', 'online submission as % of plan'),
        ('100', 'đầu vào | % | 100 |', 'target', 'plan digitised input'),
        ('90,1', '| 90,1 |', 'previous_period', 'same period 2025'),
        ('100', 'kết quả giải quyết | % | 100 |', 'target', 'plan digitised results'),
        ('96,0', '| 96,0 |', 'previous_period', 'same period 2025'),
        ('90', 'thanh toán trực tuyến | % | 90 |', 'target', 'plan online payment'),
        ('80,7', '| 80,7 |', 'previous_period', 'same period 2025'),
        ('103,6', '| 103,6', 'not_in_catalogue', 'online payment as % of plan'),
        ('11', '11 | Điểm hài lòng', 'list_number', 'table row number'),
        ('18', '| Điểm | 18 |', 'target', 'plan satisfaction score'),
        ('99,2', '| 99,2', 'not_in_catalogue', 'score as % of plan'),
        ('12', '12 | Thu NSNN', 'list_number', 'table row number'),
        ('96.500', '| 96.500 |', 'target', 'annual revenue estimate'),
        ('49.870', '| 49.870 |', 'previous_period', 'same period 2025'),
        ('13', '13 | Chi ngân sách', 'list_number', 'table row number'),
        ('71.200', '| 71.200 |', 'target', 'annual expenditure estimate'),
        ('30.418', '| 30.418 |', 'previous_period', 'same period 2025'),
        ('46,4', '| 46,4', 'not_in_catalogue', 'expenditure as % of estimate'),
        ('100', 'đầu tư công | % | 100 |', 'target', 'plan disbursement'),
        ('38,5', '| 38,5 |', 'previous_period', 'same period 2025'),
        ('04', '(thiếu 04)', 'not_in_catalogue', 'shortfall'),
        ('08', 'sự nghiệp công 08', 'not_in_catalogue', 'service-centre quota (part of 315)'),
        ('02', '02 công chức nghỉ hưu', 'staff_left', 'retired'),
        ('01', '01 công chức chuyển công tác', 'staff_left', 'moved to Sở Xây dựng'),
        ('03', 'tiếp nhận 03 công chức', 'not_in_catalogue', 'staff received during the period'),
        ('9', 'đứng thứ 9', 'ranking', 'rank'),
        ('114', 'trong 114', 'ranking', 'number of units ranked'),
        ('4', 'đứng thứ 4', 'other_unit', 'rank of Phường Hải Dương'),
        ('95,6', 'mới đạt 95,6%', 'not_in_catalogue', 'online submission as % of plan'),
        ('8,9', 'ước đạt 8,9%', 'other', 'achieved growth estimate, not growth_target_pct'),
        ('16,7', 'tăng 16,7%', 'change', 'revenue growth on same period'),
        ('21.640', '21.640 triệu', 'not_in_catalogue', 'land-use revenue component'),
        ('47,1', 'đạt 47,1%', 'city', 'city disbursement rate'),
        ('38.286', '38.286 triệu', 'target', 'second-half revenue target'),
        ('80', 'lên 80%', 'target', 'online submission target'),
        ('99', 'trên 99%', 'target', 'on-time target'),
        ('100', 'Giải ngân 100%', 'target', 'disbursement target'),
        ('04', 'bổ sung 04 biên chế', 'target', 'requested posts'),
    ]))

# ---------------------------------------------------------------- 04 docx nine-month
REPORTS.append(dict(
    file='04_gia_loc_9thang_2026.docx', unit='10999', start='2026-01-01', end='2026-09-30',
    facts=[
        F('area_km2', 21.78), F('population', 46735), F('villages', 22), F('departments', 3),
        F('public_service_units', 16), F('schools', 14), F('schools', 5, bd='Mầm non'),
        F('schools', 5, bd='Tiểu học'), F('schools', 4, bd='THCS'),
        F('poor_households', 52, asof='2026-09-30'), F('poor_household_rate_pct', 0.41, asof='2026-09-30'),
        F('near_poor_households', 118, asof='2026-09-30'), F('near_poor_household_rate_pct', 0.93, asof='2026-09-30'),
        F('budget_revenue', 51328), F('budget_revenue_vs_plan_pct', 80.2), F('budget_expenditure', 39446),
        F('public_investment_disbursement_pct', 61.8),
        F('cases_received', 15207), F('cases_resolved', 15121), F('cases_on_time', 15098),
        F('cases_overdue', 23), F('on_time_rate_pct', 99.85), F('overdue_rate_pct', 0.15),
        F('online_submission_pct', 79.4), F('digitally_signed_outgoing_pct', 99.9),
        F('digitised_input_pct', 99.2), F('satisfaction_score', 17.72),
        F('documents_issued', 3968), F('documents_issued', 1377, bd='Quyết định'),
        F('documents_issued', 142, bd='Kế hoạch'), F('documents_issued', 291, bd='Thông báo'),
        F('documents_issued', 88, bd='Tờ trình'), F('documents_issued', 1640, bd='Công văn'),
        F('documents_issued', 430, bd='khác'),
        F('documents_issued', 7702, '2025-07-01', '2026-09-30'),
        F('civil_servants_quota', 50), F('civil_servants_present', 46),
        F('education_staff_quota', 421), F('education_staff_present', 404),
        F('health_staff_quota', 26), F('health_staff_present', 24),
        F('public_service_staff_quota', 454), F('part_time_workers', 9),
    ],
    distractors=[
        ('512', 'Số: 512', 'document_number', 'report number'),
        ('02', 'ngày 02 tháng 10', 'date', 'signing date'),
        ('87', 'Kế hoạch số 87', 'document_number', 'plan number'),
        ('67', 'có 67 hộ nghèo', 'previous_period', 'poor households at start of 2026'),
        ('64.000', '| 64.000 |', 'target', 'annual revenue plan'),
        ('47.905', '| 47.905 |', 'previous_period', 'same period 2025'),
        ('58.700', '| 58.700 |', 'target', 'annual expenditure plan'),
        ('36.120', '| 36.120 |', 'previous_period', 'same period 2025'),
        ('67,2', '| 67,2', 'not_in_catalogue', 'expenditure as % of plan'),
        ('100', 'vốn đầu tư công | % | 100 |', 'target', 'plan disbursement'),
        ('55,0', '| 55,0 |', 'previous_period', 'same period 2025'),
        ('4', '4 | Hồ sơ TTHC tiếp nhận', 'list_number', 'table row number'),
        ('12.863', '| 12.863 |', 'previous_period', 'same period 2025'),
        ('12.790', '| 12.790 |', 'previous_period', 'same period 2025'),
        ('12.749', '| 12.749 |', 'previous_period', 'same period 2025'),
        ('0', 'quá hạn | Hồ sơ | 0 |', 'target', 'plan overdue'),
        ('41', '| 41 |', 'previous_period', 'same period 2025'),
        ('98', 'đúng hạn | % | 98 |', 'target', 'plan on-time rate'),
        ('99,68', '| 99,68 |', 'previous_period', 'same period 2025'),
        ('85', 'trực tuyến | % | 85 |', 'target', 'plan online submission'),
        ('61,3', '| 61,3 |', 'previous_period', 'same period 2025'),
        ('93,4', '| 93,4', 'not_in_catalogue', 'online submission as % of plan'),
        ('10', '10 | Tỷ lệ văn bản', 'list_number', 'table row number'),
        ('100', 'ký số | % | 100 |', 'target', 'plan digitally signed'),
        ('98,5', '| 98,5 |', 'previous_period', 'same period 2025'),
        ('0,32', '(0,32%)', 'previous_period', 'overdue rate same period 2025'),
        ('86', 'quý IV: 86', 'not_in_catalogue', 'pending cases carried over'),
        ('04', 'UBND xã | 50 | 46 | 04', 'not_in_catalogue', 'shortfall'),
        ('17', '| 404 | 17', 'not_in_catalogue', 'shortfall'),
        ('02', '| 26 | 24 | 02', 'not_in_catalogue', 'shortfall'),
        ('07', '| 07 | 05 | 02', 'not_in_catalogue', 'service-centre quota (part of 454)'),
        ('05', '| 07 | 05 | 02', 'not_in_catalogue', 'service-centre staff in post'),
        ('504', '| 504 |', 'not_in_catalogue', 'sum of civil-servant and public-service posts'),
        ('479', '| 479 |', 'not_in_catalogue', 'sum of all staff in post'),
        ('25', '| 479 | 25', 'not_in_catalogue', 'total shortfall'),
        ('02', 'có 02 công chức được điều động', 'staff_left', 'moved to Sở Nội vụ'),
        ('01', '01 viên chức giáo dục nghỉ hưu', 'staff_left', 'retired teacher'),
        ('03', 'tuyển dụng mới 03', 'not_in_catalogue', 'new recruits'),
        ('7,1', 'tăng 7,1%', 'change', 'revenue growth'),
        ('06', 'gồm 06 xã', 'not_in_catalogue', 'units in the emulation cluster'),
        ('3', 'cụm thi đua số 3', 'list_number', 'emulation cluster number'),
        ('2', 'xếp thứ 2', 'ranking', 'rank in cluster'),
        ('55.410', '55.410 triệu', 'other_unit', 'revenue of Xã Gia Phúc'),
        ('12.672', '12.672 triệu', 'target', 'Q4 revenue target'),
        ('100', 'hoàn thành 100% dự toán', 'target', 'revenue target'),
        ('100', 'Giải ngân 100%', 'target', 'disbursement target'),
        ('85', 'lên 85%', 'target', 'online submission target'),
        ('45', 'dưới 45 hộ', 'target', 'poverty target'),
    ]))

# ---------------------------------------------------------------- 05 speech
REPORTS.append(dict(
    file='05_vinh_am_phat_bieu_2025.txt', unit='11887', start='2025-01-01', end='2025-12-31',
    facts=[
        F('area_km2', 27.34), F('population', 34562), F('villages', 16),
        F('civil_servants_before_merger', 63), F('civil_servants_at_start', 52),
        F('civil_servants_present', 47), F('civil_servants_quota', 49),
        F('departments', 3), F('public_service_units', 13), F('schools', 11),
        F('cases_received', 6318, '2025-07-01', '2025-12-20'),
        F('cases_resolved', 6270, '2025-07-01', '2025-12-20'),
        F('cases_on_time', 6259, '2025-07-01', '2025-12-20'),
        F('on_time_rate_pct', 99.82, '2025-07-01', '2025-12-20'),
        F('cases_overdue', 11, '2025-07-01', '2025-12-20'),
        F('satisfaction_score', 17.75),
        F('documents_issued', 2480, '2025-07-01', '2025-12-26'),
        F('digitally_signed_outgoing_pct', 100, '2025-07-01', '2025-12-26'),
        F('budget_revenue', 38927, '2025-01-01', '2025-12-20'),
        F('budget_revenue_vs_plan_pct', 112.8, '2025-01-01', '2025-12-20'),
        F('growth_target_pct', 10),
        F('poor_households', 61), F('poor_household_rate_pct', 0.58),
        F('near_poor_households', 143), F('near_poor_household_rate_pct', 1.36),
        F('religions', 2), F('religious_followers', 2140),
    ],
    distractors=[
        ('26', 'ngày 26 tháng 12', 'date', 'speech date'),
        ('05', 'đã có 05 đồng chí nghỉ', 'staff_left', 'left under Decree 178'),
        ('178', 'Nghị định 178', 'document_number', 'decree number'),
        ('97,5', 'khoảng 97,5', 'previous_period', 'on-time rate 2024'),
        ('3', 'đứng thứ 3', 'ranking', 'rank in southern group'),
        ('12', 'trong 12 xã', 'ranking', 'size of ranked group'),
        ('34.500', '34.500 triệu', 'target', 'annual revenue estimate'),
        ('41.300', '41.300 triệu', 'other', 'estimate (ước) for the whole year'),
        ('9,2', 'ước đạt 9,2', 'other', 'achieved growth estimate, not growth_target_pct'),
        ('97', 'là 97 hộ', 'previous_period', 'poor households 2024'),
        ('36', 'giúp 36 hộ', 'change', 'households that left poverty'),
        ('18', '18 căn nhà', 'not_in_catalogue', 'houses built or repaired'),
        ('02', 'thiếu 02 công chức', 'not_in_catalogue', 'shortfall'),
        ('40', 'ít nhất 40 tỷ', 'target', '2026 revenue target'),
        ('100', 'giải ngân 100 phần trăm', 'target', '2026 disbursement target'),
        ('0,4', 'dưới 0,4', 'target', '2026 poverty target'),
        ('80', 'lên 80 phần trăm', 'target', '2026 online submission target'),
        ('86', 'lên 86 phần trăm', 'other_unit', 'online submission of Xã Vĩnh Thịnh'),
        ('34', 'hơn 34 nghìn', 'other', 'rounded restatement of population'),
    ]))

# ---------------------------------------------------------------- 06 no period in heading
REPORTS.append(dict(
    file='06_duong_kinh_ba_thang_cuoi_2025.txt', unit='11692', start='2025-10-01', end='2025-12-31',
    facts=[
        F('area_km2', 27.96), F('population', 27339), F('villages', 24), F('departments', 3),
        F('public_service_units', 7), F('schools', 5), F('schools', 2, bd='Mầm non'),
        F('schools', 2, bd='Tiểu học'), F('schools', 1, bd='THCS'),
        F('civil_servants_quota', 40), F('civil_servants_present', 37, asof='2025-12-31'),
        F('part_time_workers', 4), F('education_staff_quota', 168), F('education_staff_present', 163),
        F('health_staff_quota', 14), F('health_staff_present', 13),
        F('cases_received', 2906), F('cases_resolved', 2871), F('cases_on_time', 2866),
        F('on_time_rate_pct', 99.83), F('cases_overdue', 5), F('overdue_rate_pct', 0.17),
        F('cases_received', 5544, '2025-07-01', '2025-12-31'),
        F('online_submission_pct', 81.2), F('online_payment_pct', 94.0),
        F('location_independent_procedures', 1498),
        F('documents_issued', 1057), F('documents_issued', 318, bd='Quyết định'),
        F('documents_issued', 44, bd='Kế hoạch'), F('documents_issued', 96, bd='Thông báo'),
        F('documents_issued', 23, bd='Tờ trình'), F('documents_issued', 455, bd='Công văn'),
        F('documents_issued', 121, bd='khác'),
        F('budget_revenue', 9614), F('budget_expenditure', 8207),
    ],
    distractors=[
        ('09', 'Số: 09/BC', 'document_number', 'report number'),
        ('06', 'ngày 06 tháng 01', 'date', 'signing date'),
        ('2317', '2317/SNV', 'document_number', 'letter number'),
        ('06', 'mới có 06 đơn vị', 'previous_period', 'public service units last quarter'),
        ('21', 'nam 21', 'not_in_catalogue', 'male staff'),
        ('16', 'nữ 16', 'not_in_catalogue', 'female staff'),
        ('01', 'thôi việc theo nguyện vọng', 'staff_left', 'two civil servants left (resigned, rotated)'),
        ('35', 'chuyển kỳ sau: 35', 'not_in_catalogue', 'pending cases carried over'),
        ('2.638', '2.638 hồ sơ', 'previous_period', 'Q3/2025'),
        ('99,52', '99,52%', 'previous_period', 'Q3/2025 on-time rate'),
        ('4.4', '4.4. Tỷ lệ', 'list_number', 'outline number'),
        ('96,7', '96,7%', 'other', 'ambiguous: digitised inputs or results'),
        ('100', 'giao: 100%', 'target', 'city target'),
        ('80', 'tối thiểu 80%', 'target', 'city target online submission'),
        ('862', '862 văn bản', 'previous_period', 'documents Q3/2025'),
        ('195', 'tăng 195', 'change', 'increase in documents'),
        ('03', 'thiếu 03 công chức', 'not_in_catalogue', 'shortfall'),
        ('02', '02 điểm tiếp nhận', 'not_in_catalogue', 'reception points'),
        ('100', 'giải quyết 100%', 'target', '2026 target'),
        ('88', 'lên 88%', 'target', '2026 online submission target'),
    ]))

# ---------------------------------------------------------------- 07 ethnic, religion, poverty
REPORTS.append(dict(
    file='07_nam_an_phu_dan_toc_ton_giao_2025.txt', unit='10705', start='2025-01-01', end='2025-12-31',
    facts=[
        F('area_km2', 25.9), F('population', 27841), F('villages', 19),
        F('ethnic_minority_people', 1214), F('ethnic_minority_rate_pct', 4.36),
        F('religions', 3), F('religious_followers', 4982),
        F('religious_followers', 3406, bd='Phật giáo'), F('religious_followers', 1451, bd='Công giáo'),
        F('religious_followers', 125, bd='Tin lành'),
        F('poor_households', 74), F('poor_household_rate_pct', 0.93),
        F('near_poor_households', 186), F('near_poor_household_rate_pct', 2.34),
    ],
    distractors=[
        ('341', 'Số: 341', 'document_number', 'report number'),
        ('18', 'ngày 18 tháng 12', 'date', 'signing date'),
        ('905', 'số 905', 'document_number', 'letter number'),
        ('7.957', '7.957 hộ', 'not_in_catalogue', 'households'),
        ('07', '07 dân tộc', 'not_in_catalogue', 'number of ethnic groups'),
        ('318', '318 hộ', 'not_in_catalogue', 'ethnic-minority households'),
        ('802', 'Sán Dìu 802', 'not_in_catalogue', 'one ethnic group'),
        ('2,88', '(2,88%)', 'not_in_catalogue', 'share of one ethnic group'),
        ('167', 'Tày 167', 'not_in_catalogue', 'one ethnic group'),
        ('0,60', '(0,60%)', 'not_in_catalogue', 'share of one ethnic group'),
        ('95', 'Nùng 95', 'not_in_catalogue', 'one ethnic group'),
        ('0,34', '(0,34%)', 'not_in_catalogue', 'share of one ethnic group'),
        ('71', 'Mường 71', 'not_in_catalogue', 'one ethnic group'),
        ('43', 'Hoa 43', 'not_in_catalogue', 'one ethnic group'),
        ('21', 'Thái 21', 'not_in_catalogue', 'one ethnic group'),
        ('15', 'Dao 15', 'not_in_catalogue', 'one ethnic group'),
        ('03', 'tại 03 thôn', 'not_in_catalogue', 'villages with concentration'),
        ('427', '427 người', 'not_in_catalogue', 'ethnic minority people in one village'),
        ('31,2', '31,2%', 'not_in_catalogue', 'share in one village'),
        ('26', 'tăng 26 người', 'change', 'increase on 2024'),
        ('1.214', 'Cấp 1.214 thẻ', 'not_in_catalogue', 'health insurance cards'),
        ('14', '14 học sinh', 'not_in_catalogue', 'pupils supported'),
        ('86', '86 triệu', 'not_in_catalogue', 'scholarship money, not budget'),
        ('05', 'Có 05 người có uy tín', 'not_in_catalogue', 'village elders'),
        ('1245', '1245/QĐ', 'document_number', 'decision number'),
        ('17,89', '17,89%', 'not_in_catalogue', 'followers as share of population'),
        ('68,37', '68,37%', 'not_in_catalogue', 'share of followers'),
        ('14', '14 cơ sở', 'not_in_catalogue', 'places of worship'),
        ('29,12', '29,12%', 'not_in_catalogue', 'share of followers'),
        ('03', '03 nhà thờ', 'not_in_catalogue', 'churches'),
        ('01', '01 giáo xứ', 'not_in_catalogue', 'parishes'),
        ('04', '04 giáo họ', 'not_in_catalogue', 'sub-parishes'),
        ('2,51', '2,51%', 'not_in_catalogue', 'share of followers'),
        ('01', '01 điểm nhóm', 'not_in_catalogue', 'Protestant meeting point'),
        ('60', 'khoảng 60 người', 'not_in_catalogue', 'folk belief, not a religion'),
        ('12', '12 lễ hội', 'not_in_catalogue', 'religious events'),
        ('02', '02 hồ sơ đề nghị', 'not_in_catalogue', 'requests to repair places of worship'),
        ('09', '09 hộ nghèo là hộ DTTS', 'not_in_catalogue', 'subset of poor households'),
        ('21', '21 hộ DTTS', 'not_in_catalogue', 'subset of near-poor households'),
        ('11', 'còn 11 hộ nghèo', 'not_in_catalogue', 'poor households of one village'),
        ('112', 'là 112 hộ', 'previous_period', 'start of 2025'),
        ('1,43', '(1,43%)', 'previous_period', 'start of 2025'),
        ('231', '231 hộ', 'previous_period', 'start of 2025'),
        ('2,95', '(2,95%)', 'previous_period', 'start of 2025'),
        ('38', 'giảm 38', 'change', 'decrease in poor households'),
        ('45', '45 hộ cận nghèo', 'change', 'decrease in near-poor households'),
        ('0,61', '0,61%', 'city', 'city poverty rate'),
        ('0,48', '0,48%', 'other_unit', 'poverty rate of Xã Lạc Phượng'),
        ('07', 'xây mới 07', 'not_in_catalogue', 'houses built'),
        ('04', 'sửa chữa 04 nhà', 'not_in_catalogue', 'houses repaired'),
        ('1,12', '1,12 tỷ', 'not_in_catalogue', 'preferential loans, not budget'),
        ('26', 'cho 26 hộ', 'not_in_catalogue', 'households given loans'),
        ('02', '02 công chức Phòng', 'not_in_catalogue', 'staff assigned to the topic'),
        ('01', '01 Phó Chủ tịch', 'not_in_catalogue', 'vice-chairman in charge'),
        ('01', '01 công chức phụ trách tôn giáo đã chuyển', 'staff_left', 'moved to a city department'),
        ('0,7', 'dưới 0,7%', 'target', '2026 poverty target'),
        ('2', 'dưới 2%', 'target', '2026 near-poor target'),
        ('100', '100% hộ DTTS', 'target', '2026 target'),
        ('20', 'ít nhất 20 hộ', 'target', '2026 target'),
    ]))

# ---------------------------------------------------------------- 08 budget and investment
REPORTS.append(dict(
    file='08_tu_ky_ngan_sach_dau_tu_cong_2025.txt', unit='11074', start='2025-07-01', end='2025-12-31',
    facts=[
        F('area_km2', 30.86), F('population', 37792),
        F('budget_revenue', 27460), F('budget_revenue_vs_plan_pct', 104.2),
        F('budget_expenditure', 21734.6), F('public_investment_disbursement_pct', 76.5),
        F('growth_target_pct', 11.5),
    ],
    distractors=[
        ('14', 'Số: 14/BC', 'document_number', 'report number'),
        ('12/01/2026', 'ngày 12/01/2026', 'date', 'signing date'),
        ('08', 'số 08/NQ', 'document_number', 'resolution number'),
        ('112', '112/QĐ', 'document_number', 'decision number'),
        ('26,35', '26,35 tỷ', 'target', 'revenue estimate'),
        ('15.820', '15.820 triệu', 'not_in_catalogue', 'land-use revenue component'),
        ('57,6', '57,6%', 'not_in_catalogue', 'share of revenue'),
        ('3.912.450.000', '3.912.450.000', 'not_in_catalogue', 'tax component'),
        ('1.245.300.000', '1.245.300.000', 'not_in_catalogue', 'fees component'),
        ('6.482,25', '6.482,25', 'not_in_catalogue', 'other revenue component'),
        ('22,9', '22,9 tỷ', 'previous_period', 'same period 2024, former units'),
        ('4,56', '4,56 tỷ', 'change', 'revenue increase'),
        ('19,9', '+19,9%', 'change', 'revenue growth'),
        ('49,7', '49,7 tỷ', 'other', 'whole-year 2025 estimate incl. former units'),
        ('9.105', '9.105 triệu', 'not_in_catalogue', 'investment expenditure component'),
        ('12.629,6', '12.629,6', 'not_in_catalogue', 'recurrent expenditure component'),
        ('5.870', '5.870 triệu', 'not_in_catalogue', 'education expenditure'),
        ('3.214', '3.214 triệu', 'not_in_catalogue', 'administration expenditure'),
        ('24.080', '24.080 triệu', 'target', 'expenditure estimate'),
        ('90,3', '90,3%', 'not_in_catalogue', 'expenditure against estimate'),
        ('5.725,4', '5.725,4', 'not_in_catalogue', 'budget surplus'),
        ('18,6', '18,6 tỷ', 'target', 'public investment plan'),
        ('03', '03 dự án', 'not_in_catalogue', 'projects'),
        ('02', '02 dự án', 'not_in_catalogue', 'projects'),
        ('14,23', '14,23 tỷ', 'not_in_catalogue', 'amount disbursed'),
        ('92', 'khoảng 92%', 'other', 'disbursement estimate (dự kiến)'),
        ('81,3', '81,3%', 'city', 'city disbursement rate'),
        ('61', 'thứ 61/114', 'ranking', 'rank'),
        ('114', 'thứ 61/114', 'ranking', 'number of units ranked'),
        ('83,7', '83,7%', 'other', 'ambiguous: all capital sources, not only public investment'),
        ('12.350', '12.350 triệu', 'not_in_catalogue', 'project total investment'),
        ('8.960', '8.960 triệu', 'not_in_catalogue', 'project disbursement'),
        ('58,5', '58,5 tỷ', 'target', '2026 revenue estimate'),
        ('49.200', '49.200 triệu', 'target', '2026 expenditure estimate'),
        ('35', 'dự kiến: 35 tỷ', 'target', '2026 investment plan'),
        ('100', 'giải ngân 100%', 'target', 'disbursement target'),
        ('9,8', '9,8%', 'other', 'achieved growth estimate, not growth_target_pct'),
        ('2,5', '2,5 tỷ', 'target', 'requested transfer'),
        ('04', '04 đơn vị cũ', 'not_in_catalogue', 'number of former units'),
    ]))

# ---------------------------------------------------------------- 09 pdf monthly brief
REPORTS.append(dict(
    file='09_an_duong_thang10_2025.pdf', unit='11581', start='2025-10-01', end='2025-10-31',
    facts=[
        F('cases_received', 2417), F('cases_resolved', 2389), F('cases_on_time', 2384),
        F('on_time_rate_pct', 99.79), F('cases_overdue', 5), F('overdue_rate_pct', 0.21),
        F('cases_received', 9130, '2025-07-01', '2025-10-31'),
        F('online_submission_pct', 84.6), F('online_payment_pct', 90.2),
        F('digitised_input_pct', 99.1), F('digitised_result_pct', 100),
        F('satisfaction_score', 17.8),
        F('documents_issued', 612), F('documents_issued', 175, bd='Quyết định'),
        F('documents_issued', 21, bd='Kế hoạch'), F('documents_issued', 58, bd='Thông báo'),
        F('documents_issued', 12, bd='Tờ trình'), F('documents_issued', 274, bd='Công văn'),
        F('documents_issued', 72, bd='khác'), F('digitally_signed_outgoing_pct', 100),
        F('civil_servants_quota', 58), F('civil_servants_present', 55, asof='2025-10-31'),
        F('part_time_workers', 6), F('area_km2', 31.23), F('population', 76879),
    ],
    distractors=[
        ('04', 'Số 04', 'document_number', 'bulletin issue number'),
        ('03/11/2025', '03/11/2025', 'date', 'publication date'),
        ('2.205', '2.205', 'previous_period', 'September 2025'),
        ('212', 'tăng 212', 'change', 'increase on September'),
        ('70', 'là 70%', 'target', 'city target'),
        ('14,6', '14,6 điểm', 'change', 'margin above target'),
        ('17,3', '17,3 điểm', 'city', 'city average score'),
        ('01', 'có 01 công chức', 'staff_left', 'moved to Phường An Hải'),
        ('100', 'Phấn đấu 100%', 'target', 'November target'),
        ('85', '85% trở lên', 'target', 'November target'),
        ('3.000', '3.000 hồ sơ', 'target', 'backlog digitisation target'),
        ('02', '02 lớp', 'target', 'planned training courses'),
        ('27', '27 tổ', 'not_in_catalogue', 'community digital teams'),
        ('0225', '0225 3850', 'other', 'hotline phone number'),
    ]))

# ---------------------------------------------------------------- 10 nested outline
REPORTS.append(dict(
    file='10_thanh_mien_quy1_2026.txt', unit='11239', start='2026-01-01', end='2026-03-31',
    facts=[
        F('area_km2', 33.47), F('population', 45388), F('villages', 20), F('departments', 3),
        F('public_service_units', 15), F('schools', 13), F('schools', 5, bd='Mầm non'),
        F('schools', 4, bd='Tiểu học'), F('schools', 4, bd='THCS'),
        F('civil_servants_before_merger', 72),
        F('civil_servants_before_merger', 24, bd='Thanh Miện'),
        F('civil_servants_before_merger', 16, bd='Tứ Cường'),
        F('civil_servants_before_merger', 15, bd='Ngũ Hùng'),
        F('civil_servants_before_merger', 17, bd='Cao Thắng'),
        F('civil_servants_at_start', 56),
        F('civil_servants_quota', 47), F('civil_servants_present', 44), F('part_time_workers', 6),
        F('education_staff_quota', 398), F('education_staff_present', 386),
        F('health_staff_quota', 24), F('health_staff_present', 24),
        F('public_service_staff_quota', 431),
        F('documents_issued', 1412), F('documents_issued', 486, bd='Quyết định'),
        F('documents_issued', 63, bd='Kế hoạch'), F('documents_issued', 142, bd='Thông báo'),
        F('documents_issued', 38, bd='Tờ trình'), F('documents_issued', 527, bd='Công văn'),
        F('documents_issued', 156, bd='khác'),
        F('documents_issued', 5873, '2025-07-01', '2026-04-02'),
        F('digitally_signed_outgoing_pct', 100),
        F('cases_received', 3876), F('online_submission_pct', 81.5),
        F('cases_resolved', 3820), F('cases_on_time', 3806), F('on_time_rate_pct', 99.63),
        F('cases_overdue', 14), F('overdue_rate_pct', 0.37),
        F('online_payment_pct', 89.9), F('satisfaction_score', 17.69),
        F('budget_revenue', 11236), F('budget_revenue_vs_plan_pct', 21.4), F('budget_expenditure', 9870),
        F('public_investment_disbursement_pct', 18.2),
    ],
    distractors=[
        ('97', 'Số: 97', 'document_number', 'report number'),
        ('1.2', '1.2. Dân số', 'list_number', 'outline number'),
        ('02', 'ngày 02 tháng 4', 'date', 'signing date'),
        ('06', 'sáp nhập 06 thôn', 'change', 'villages merged'),
        ('15', 'số 15/NQ', 'document_number', 'resolution number'),
        ('26', 'là 26 thôn', 'previous_period', 'villages before the merger of villages'),
        ('01', 'hành chính công: 01', 'other', 'service centre is not a department'),
        ('01', 'Trạm Y tế: 01', 'not_in_catalogue', 'component of public service units'),
        ('01', 'sự nghiệp công: 01', 'not_in_catalogue', 'component of public service units'),
        ('04', 'của 04 đơn vị cũ', 'not_in_catalogue', 'number of former units'),
        ('178', 'Nghị định 178', 'document_number', 'decree number'),
        ('09', 'Nghị định 178: 09', 'staff_left', 'left under Decree 178'),
        ('03', 'Mặt trận: 03', 'staff_left', 'moved to Party / Front'),
        ('03', 'Thiếu: 03.', 'not_in_catalogue', 'shortfall'),
        ('12', 'Thiếu: 12', 'not_in_catalogue', 'shortfall'),
        ('0', 'Thiếu: 0.', 'not_in_catalogue', 'shortfall'),
        ('09', 'Giao: 09', 'not_in_catalogue', 'service-centre quota (part of 431)'),
        ('07', 'Có mặt: 07', 'not_in_catalogue', 'service-centre staff in post'),
        ('02', 'Thiếu: 02', 'not_in_catalogue', 'shortfall'),
        ('1.650', '1.650', 'previous_period', 'documents Q4/2025'),
        ('1.4', '1.4. Tỷ lệ', 'list_number', 'outline number'),
        ('3.159', '3.159', 'not_in_catalogue', 'count of online submissions'),
        ('56', 'Chưa đến hạn: 56', 'not_in_catalogue', 'pending cases (derived)'),
        ('97,2', '97,2%', 'other', 'ambiguous: digitised inputs or results'),
        ('3.512', '3.512', 'previous_period', 'cases Q4/2025'),
        ('27', 'quá hạn 27', 'previous_period', 'overdue Q4/2025'),
        ('2.5', '2.5. Mức độ', 'list_number', 'outline number'),
        ('14', 'thứ 14/114', 'ranking', 'rank'),
        ('114', 'thứ 14/114', 'ranking', 'number of units ranked'),
        ('52.500', '52.500', 'target', 'annual revenue estimate'),
        ('03', 'Tuyển dụng 03', 'target', 'planned recruitment'),
        ('100', 'đúng hạn 100%', 'target', 'Q2 target'),
        ('85', 'đạt 85%', 'target', 'Q2 target'),
        ('14.000', '14.000', 'target', 'Q2 revenue target'),
    ]))


def report_lines(fname):
    stem, ext = os.path.splitext(fname)
    if ext == '.txt':
        path = os.path.join(RES, fname)
    else:
        path = os.path.join(HERE, 'extracted', stem + '.txt')
    with open(path, encoding='utf-8') as f:
        return [unicodedata.normalize('NFC', l.rstrip('\n')) for l in f]


def token_in(number, line):
    return re.search(r'(?<![\d.,])' + re.escape(number) + r'(?![\d]|[.,]\d)', line) is not None


def fmt(v):
    if isinstance(v, int):
        return str(v)
    s = repr(float(v))
    if s.endswith('.0'):
        s = s[:-2]
    return s


def main():
    os.makedirs(EXP, exist_ok=True)
    errors = 0
    for r in REPORTS:
        stem = os.path.splitext(r['file'])[0]
        lines = report_lines(r['file'])
        with open(os.path.join(EXP, r['file'] + '.meta.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['unit_code', 'period_start', 'period_end'])
            w.writerow([r['unit'], r['start'], r['end']])
        seen = set()
        with open(os.path.join(EXP, r['file'] + '.expected.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['unit_code', 'indicator', 'value', 'sub_period_start', 'sub_period_end', 'as_of', 'breakdown'])
            for ind, val, ss, se, asof, bd in r['facts']:
                key = (ind, ss, se, asof, bd)
                if key in seen:
                    print(f'{stem}: duplicate fact key {key}'); errors += 1
                seen.add(key)
                w.writerow([r['unit'], ind, fmt(val), ss, se, asof, bd])
        rows = []
        for number, snippet, role, why in r['distractors']:
            hits = [i for i, l in enumerate(lines, 1) if snippet in l]
            if len(hits) != 1:
                print(f'{stem}: snippet {snippet!r} found on lines {hits}'); errors += 1; continue
            ln = hits[0]
            if not token_in(number, lines[ln - 1]):
                print(f'{stem}: number {number!r} not a token on line {ln}: {lines[ln-1]}'); errors += 1
            rows.append([number, ln, role, why])
        rows.sort(key=lambda x: x[1])
        with open(os.path.join(EXP, r['file'] + '.distractors.csv'), 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['number', 'line', 'role', 'why'])
            w.writerows(rows)
        print(f'{stem}: {len(r["facts"])} facts, {len(rows)} distractors')
    if errors:
        print(f'{errors} errors'); sys.exit(1)


if __name__ == '__main__':
    main()
