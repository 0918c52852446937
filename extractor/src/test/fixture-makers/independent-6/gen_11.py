#!/usr/bin/env python3
"""Writes src/11.src (the .xlsx tracking sheet): the month cells are many, so they are generated
from the lists below, which also keep the sheet's sums and rates consistent."""
import calendar, os
HERE = os.path.dirname(os.path.abspath(__file__))
rec=[812,694,903,948,977,1002,1046,1011,988,1063]
res=[797,689,884,936,969,990,1031,1004,979,1049]
od =[6,3,5,2,4,1,3,2,0,2]
onl=[78.4,80.1,81.7,82.9,84.0,84.6,85.8,86.1,87.3,88.0]
doc=[241,198,276,259,288,271,302,285,293,311]
rev=[2874.5,2310.2,2956.8,3102.4,2789.6,3345.1,2918.7,2604.3,3011.9,3226.0]
sc =[17.21,17.18,17.30,17.34,17.29,17.41,17.38,17.45,17.52,17.49]
cs =[52,52,51,53,53,53,52,54,54,55]
assert all(r<=c for r,c in zip(res,rec))
def sp(m):
    d=calendar.monthrange(2026,m)[1]; return 's=2026-%02d-01..2026-%02d-%02d'%(m,m,d)
def asof(m):
    d=calendar.monthrange(2026,m)[1]; return 'a=2026-%02d-%02d'%(m,d)
def f(v):
    return ('%d'%v) if float(v).is_integer() else ('%g'%v)
L=[]
L.append('#file: 11_tran_lieu_bang_theo_doi_chi_tieu_10_thang_2026.xlsx')
L.append('#unit: 10729')
L.append('#period: 2026-01-01 2026-10-31')
L.append('#format: xlsx')
L.append('#style: the ward office\'s own Excel tracking sheet (not the city template): one row per indicator, one column per month T1 … T10, a "Lũy kế" column and a "Ghi chú" column; numbers typed as numeric cells (read back with a decimal point and no thousands separator), a few title rows and an information row as one long text cell')
L.append('#hard: every month cell is its own sub-period (T1 … T10) and the "Lũy kế" column is the report period; civil servants in post are a monthly stock (as of each month end) with the quota only in the note; the monthly score row has no total; "T10" headers glue the month to a letter; numeric cells in English notation (99.6, 2874.5) beside text cells in Vietnamese notation; notes with last year\'s figures and a target')
L.append('R UBND PHƯỜNG TRẦN LIỄU - VĂN PHÒNG HĐND VÀ UBND')
L.append('R DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.')
L.append('R BẢNG THEO DÕI MỘT SỐ CHỈ TIÊU NĂM 2026 (cập nhật đến hết tháng 10/2026)')
L.append('R Thông tin chung: diện tích [[23,87|f:area_km2]] km²; dân số [[26.696|f:population]] người; [[22|f:villages]] khu dân cư (Hiệp Hòa, Thượng Quận, An Phụ cũ); hộ nghèo [[14|f:poor_households]] hộ ([[0,19|f:poor_household_rate_pct]]%), cận nghèo [[52|f:near_poor_households]] hộ ([[0,70|f:near_poor_household_rate_pct]]%).')
L.append('R ')
hdr=['TT','Chỉ tiêu','ĐVT']+['T[[%d|d:date;month in a column header]]'%m for m in range(1,11)]+['Lũy kế','Ghi chú']
L.append('R '+'\t'.join(hdr))
def row(n,name,unit,vals,ind,total,note,asof_=False):
    cells=['[[%d|d:list_number;row number]]'%n,name,unit]
    for i,v in enumerate(vals):
        m=i+1
        spec=ind+';'+(asof(m) if asof_ else sp(m))
        if not float(v).is_integer(): spec+=';n=en'
        cells.append('#[[%s|f:%s]]'%(f(v),spec))
    if total is None: cells.append('-')
    else:
        spec=ind+(';n=en' if not float(total).is_integer() else '')
        cells.append('#[[%s|f:%s]]'%(f(total),spec))
    cells.append(note)
    L.append('R '+'\t'.join(cells))
row(1,'Hồ sơ TTHC tiếp nhận','hồ sơ',rec,'cases_received',sum(rec),'Cùng kỳ 10 tháng 2025: [[8.617|d:previous_period;same period of 2025, former units]] hồ sơ')
row(2,'Hồ sơ đã giải quyết','hồ sơ',res,'cases_resolved',sum(res),'')
ont=[a-b for a,b in zip(res,od)]
row(3,'- Đúng hạn, trước hạn','hồ sơ',ont,'cases_on_time',sum(ont),'')
row(4,'- Quá hạn','hồ sơ',od,'cases_overdue',sum(od),'T[[1|d:date;month in a note]] quá hạn chủ yếu lĩnh vực đất đai ([[5|d:other;overdue cases of one field]] hồ sơ)')
rate=[round(a/b*100,2) for a,b in zip(ont,res)]
tr=round(sum(ont)/sum(res)*100,2)
row(5,'Tỷ lệ đúng hạn','%',rate,'on_time_rate_pct',tr,'Mục tiêu [[100|d:target;on-time target]]%')
tonl=round(sum(a*b for a,b in zip(rec,onl))/sum(rec),1)
row(6,'Tỷ lệ nộp trực tuyến','%',onl,'online_submission_pct',tonl,'')
row(7,'Văn bản UBND phát hành','văn bản',doc,'documents_issued',sum(doc),'Không gồm văn bản mật')
row(8,'Thu NSNN trên địa bàn','triệu đồng',rev,'budget_revenue',round(sum(rev),1),'Dự toán năm: [[34.500|d:target;annual revenue estimate]] triệu đồng')
row(9,'Điểm hài lòng (Hệ thống)','điểm',sc,'satisfaction_score',None,'Thang [[18|d:not_in_catalogue;maximum of the score scale]] điểm')
row(10,'Công chức có mặt cuối tháng','người',cs,'civil_servants_present',None,'Biên chế giao [[57|f:civil_servants_quota]]',asof_=True)
L.append('R ')
pct=('%.1f'%(sum(rev)/34500*100)).replace('.',',')
L.append('R Ghi chú chung: tỷ lệ thu so với dự toán đến 31/10 đạt [['+pct+'|f:budget_revenue_vs_plan_pct]]%; người hoạt động không chuyên trách [[10|f:part_time_workers]] người; số liệu tháng [[10|d:date;month name]] là số sơ bộ, chốt ngày 03/11/2026.')
L.append('R Người lập bảng: Vũ Thị Ngọc Ánh - ĐT nội bộ: [[0220|d:not_in_catalogue;phone extension]]')
open(os.path.join(HERE,'src','11.src'),'w').write('\n'.join(L)+'\n')
