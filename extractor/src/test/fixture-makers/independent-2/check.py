#!/usr/bin/env python3
"""Checker for the independent-2 test set (reports + label files).

Checks:
  * every report has F.meta.csv, F.expected.csv, F.distractors.csv with the right headers
  * report text is UTF-8 NFC, 40-150 lines, carries the synthetic line near its top
  * the unit is real (units.csv), not excluded, used once, and named in the report
  * indicator ids exist in the catalogue and are of kind "reported"; values plausible;
    breakdown categories allowed; dates ISO; sub-period/as_of well formed; no duplicate keys
  * every expected value is visible in the text in some written form
  * area_km2/population agree with units.csv
  * internal consistency (on time + overdue <= resolved <= received, in post <= quota,
    breakdown parts sum to the total, rates match counts)
  * every distractor number occurs as a whole token on the line given
Text of .docx is read straight from the file (body paragraphs and table rows, cells joined " | ");
text of .pdf is read from ./extracted/F.txt written by MakeFixtures.java (PDFTextStripper).

Run: python3 check.py   -> prints problems, exit code 1 if any.
"""
import csv, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, '..', '..', 'resources', 'independent-2'))
EXP = os.path.join(RES, 'expected')
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', '..'))  # the repository
CATALOGUE = os.path.join(ROOT, 'warehouse', 'src', 'main', 'resources', 'catalogue', 'indicators.csv')
UNITS = os.path.join(ROOT, 'sample-data', 'units.csv')
SYNTH = 'DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.'
EXCLUDED = set('''10816 10549 10606 10804 10891 11164 11311 11329 11383 11413 11443 11557 11629 11674
11680 11755 11824 11914 11948 10909 11749 11875 10532 11407 11113 10573 11647 10843 10993 11455 11359'''.split())
ROLES = {'target', 'previous_period', 'change', 'other_unit', 'city', 'ranking', 'date',
         'document_number', 'list_number', 'staff_left', 'not_in_catalogue', 'other'}
BREAKDOWNS = {
    'document_type': {'Quyết định', 'Kế hoạch', 'Thông báo', 'Tờ trình', 'Công văn', 'khác'},
    'school_level': {'Mầm non', 'Tiểu học', 'THCS'},
    'religion': {'Phật giáo', 'Công giáo', 'Tin lành'},
    'former_unit': None,  # checked against units.csv merged_from
}
H_META = ['unit_code', 'period_start', 'period_end']
H_EXP = ['unit_code', 'indicator', 'value', 'sub_period_start', 'sub_period_end', 'as_of', 'breakdown']
H_DIS = ['number', 'line', 'role', 'why']
WORDS = {1: ['một'], 2: ['hai'], 3: ['ba'], 4: ['bốn', 'tư'], 5: ['năm'], 6: ['sáu'], 7: ['bảy'],
         8: ['tám'], 9: ['chín'], 10: ['mười']}

problems = []
def bad(msg):
    problems.append(msg)


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def docx_lines(path):
    ns = {'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}
    W = '{%s}' % ns['w']
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    body = root.find('w:body', ns)
    out = []
    def ptext(p):
        return ''.join(t.text or '' for t in p.iter(W + 't'))
    for el in body:
        if el.tag == W + 'p':
            out.append(ptext(el))
        elif el.tag == W + 'tbl':
            for tr in el.findall('w:tr', ns):
                cells = ['\n'.join(ptext(p) for p in tc.findall('w:p', ns)) for tc in tr.findall('w:tc', ns)]
                out.append(' | '.join(cells))
    return out


def report_lines(fname):
    stem, ext = os.path.splitext(fname)
    path = os.path.join(RES, fname)
    if ext == '.txt':
        raw = open(path, 'rb').read()
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            bad(f'{fname}: not UTF-8'); text = raw.decode('utf-8', 'replace')
        if unicodedata.normalize('NFC', text) != text:
            bad(f'{fname}: not NFC')
        return text.split('\n')[:-1] if text.endswith('\n') else text.split('\n')
    ext_path = os.path.join(HERE, 'extracted', stem + '.txt')
    if not os.path.exists(ext_path):
        bad(f'{fname}: extracted text missing ({ext_path}); run MakeFixtures.java'); return []
    with open(ext_path, encoding='utf-8') as f:
        text = f.read()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    if ext == '.docx':
        direct = docx_lines(path)
        if direct != lines:
            bad(f'{fname}: extracted/{stem}.txt differs from the .docx body; rerun MakeFixtures.java')
        lines = direct
    elif ext == '.pdf':
        with open(path, 'rb') as f:
            if not f.read(5) == b'%PDF-':
                bad(f'{fname}: not a PDF')
        if os.path.getmtime(ext_path) + 1 < os.path.getmtime(path):
            bad(f'{fname}: extracted text older than the PDF; rerun MakeFixtures.java')
    if unicodedata.normalize('NFC', text) != text:
        bad(f'{fname}: extracted text not NFC')
    return lines


def token_re(s):
    return re.compile(r'(?<![\w.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', re.IGNORECASE)


def group(intpart):
    s = str(intpart)
    out = ''
    while len(s) > 3:
        out = '.' + s[-3:] + out
        s = s[:-3]
    return s + out


def dec_forms(v):
    """written forms of a non-negative number, Vietnamese style (and plain)."""
    forms = set()
    if abs(v - round(v)) < 1e-9:
        n = int(round(v))
        forms |= {str(n), group(n)}
        if n < 10:
            forms.add('0' + str(n))
        forms.add(str(n) + ',0')
        return forms
    s = ('%.6f' % v).rstrip('0')
    ip, fp = s.split('.')
    forms |= {ip + ',' + fp, group(int(ip)) + ',' + fp, ip + '.' + fp}
    forms |= {ip + ',' + fp + '0', group(int(ip)) + ',' + fp + '0'}
    return forms


def value_forms(v, unit):
    forms = set(dec_forms(v))
    if unit == 'million_vnd':
        forms |= dec_forms(v / 1000.0)              # tỷ đồng
        dong = v * 1_000_000
        if abs(dong - round(dong)) < 1e-6:
            forms.add(group(int(round(dong))))      # đồng
    return forms


def visible(v, unit, text):
    for form in value_forms(v, unit):
        if token_re(form).search(text):
            return True
    if abs(v - round(v)) < 1e-9 and int(round(v)) in WORDS:
        for w in WORDS[int(round(v))]:
            if re.search(r'(?<!\w)' + w + r'(?!\w)', text, re.IGNORECASE):
                return True
    return False


def iso(s):
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def main():
    _, cat_rows = read_csv(CATALOGUE)
    cat_h = open(CATALOGUE, encoding='utf-8').readline().strip().split(',')
    cat = {}
    with open(CATALOGUE, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            cat[r['id']] = r
    units = {}
    with open(UNITS, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            units[r['code']] = r

    reports = sorted(fn for fn in os.listdir(RES)
                     if os.path.splitext(fn)[1] in ('.txt', '.docx', '.pdf'))
    if len(reports) != 10:
        bad(f'expected 10 reports, found {len(reports)}: {reports}')
    kinds = {os.path.splitext(r)[1] for r in reports}
    if not {'.docx', '.pdf', '.txt'} <= kinds:
        bad('need at least one .txt, .docx and .pdf')
    used_units = {}
    total_facts = total_dis = 0
    for fn in reports:
        stem = os.path.splitext(fn)[0]
        lines = report_lines(fn)
        text = '\n'.join(lines)
        n = len(lines)
        if not 40 <= n <= 150:
            bad(f'{fn}: {n} lines (need 40-150)')
        top = [l.strip() for l in lines[:6]]
        if SYNTH not in top:
            bad(f'{fn}: synthetic line not among the first 6 lines')
        # ---- meta
        paths = {k: os.path.join(EXP, f'{fn}.{k}.csv') for k in ('meta', 'expected', 'distractors')}
        for k, p in paths.items():
            if not os.path.exists(p):
                bad(f'{fn}: missing {p}')
        if not all(os.path.exists(p) for p in paths.values()):
            continue
        h, rows = read_csv(paths['meta'])
        if h != H_META or len(rows) != 1:
            bad(f'{stem}.meta.csv: bad header or row count'); continue
        code, ps, pe = rows[0]
        if code not in units:
            bad(f'{stem}: unit {code} not in units.csv'); continue
        if code in EXCLUDED:
            bad(f'{stem}: unit {code} is excluded')
        if code in used_units:
            bad(f'{stem}: unit {code} also used by {used_units[code]}')
        used_units[code] = stem
        u = units[code]
        bare = re.sub(r'^(Phường|Xã|Đặc khu)\s+', '', u['name'])
        if bare.lower() not in text.lower():
            bad(f'{stem}: unit name {bare!r} not in text')
        if ps or pe:
            d1, d2 = iso(ps), iso(pe)
            if not d1 or not d2 or d1 > d2:
                bad(f'{stem}: bad period {ps}..{pe}')
        # ---- expected
        h, rows = read_csv(paths['expected'])
        if h != H_EXP:
            bad(f'{stem}.expected.csv: header {h}')
        facts = {}
        keys = set()
        for r in rows:
            if len(r) != len(H_EXP):
                bad(f'{stem}: bad expected row {r}'); continue
            uc, ind, val, ss, se, asof, bd = r
            if uc != code:
                bad(f'{stem}: row unit {uc} != meta {code}')
            if ind not in cat:
                bad(f'{stem}: unknown indicator {ind}'); continue
            c = cat[ind]
            if c['kind'] != 'reported':
                bad(f'{stem}: {ind} is not a reported indicator')
            try:
                v = float(val)
            except ValueError:
                bad(f'{stem}: value {val!r} not a number'); continue
            if ',' in val or val != val.strip():
                bad(f'{stem}: value {val!r} badly formatted')
            lo, hi = c['plausible_min'], c['plausible_max']
            if lo and v < float(lo) or hi and v > float(hi):
                bad(f'{stem}: {ind}={val} outside plausible range {lo}..{hi}')
            if c['unit'] == 'pct' and not 0 <= v <= (1000 if ind == 'budget_revenue_vs_plan_pct' else 100):
                bad(f'{stem}: {ind}={val} not a percentage')
            if (ss == '') != (se == ''):
                bad(f'{stem}: {ind} half a sub-period')
            for d in (ss, se, asof):
                if d and not iso(d):
                    bad(f'{stem}: bad date {d}')
            if ss and se and iso(ss) and iso(se):
                if iso(ss) > iso(se):
                    bad(f'{stem}: {ind} sub-period reversed')
                if (ss, se) == (ps, pe):
                    bad(f'{stem}: {ind} sub-period equals the report period (leave empty)')
            if bd:
                kind = c['breakdown']
                if not kind:
                    bad(f'{stem}: {ind} has no breakdown in the catalogue but row has {bd!r}')
                elif BREAKDOWNS.get(kind) is not None and bd not in BREAKDOWNS[kind]:
                    bad(f'{stem}: breakdown {bd!r} not allowed for {kind}')
                elif kind == 'former_unit' and bd not in u['merged_from']:
                    bad(f'{stem}: former unit {bd!r} not in merged_from of {code}')
            key = (ind, ss, se, asof, bd)
            if key in keys:
                bad(f'{stem}: duplicate fact {key}')
            keys.add(key)
            facts[key] = v
            if not visible(v, c['unit'], text):
                bad(f'{stem}: value {val} of {ind} not visible in text')
        total_facts += len(rows)
        # units.csv agreement
        for ind, col in (('area_km2', 'area_km2'), ('population', 'population')):
            k = (ind, '', '', '', '')
            if k in facts and abs(facts[k] - float(u[col])) > 1e-6:
                bad(f'{stem}: {ind}={facts[k]} but units.csv says {u[col]}')
        consistency(stem, facts)
        # ---- distractors
        h, rows = read_csv(paths['distractors'])
        if h != H_DIS:
            bad(f'{stem}.distractors.csv: header {h}')
        for r in rows:
            if len(r) != 4:
                bad(f'{stem}: bad distractor row {r}'); continue
            num, ln, role, why = r
            if role not in ROLES:
                bad(f'{stem}: role {role!r} not allowed')
            if not why.strip():
                bad(f'{stem}: distractor {num} without why')
            if role == 'other' and 'ambiguous' in why and not why.startswith('ambiguous'):
                bad(f'{stem}: ambiguous distractor should say "ambiguous" first')
            try:
                li = int(ln)
            except ValueError:
                bad(f'{stem}: line {ln!r} not a number'); continue
            if not 1 <= li <= n:
                bad(f'{stem}: distractor line {li} out of range'); continue
            if not token_re(num).search(lines[li - 1]):
                bad(f'{stem}: distractor {num!r} not on line {li}: {lines[li-1][:80]}')
        total_dis += len(rows)
        print(f'{fn}: {n} lines, {len(facts)} facts, {len(rows)} distractors')
    print(f'total: {len(reports)} reports, {total_facts} facts, {total_dis} distractors')


def consistency(stem, facts):
    groups = {}
    for (ind, ss, se, asof, bd), v in facts.items():
        groups.setdefault((ss, se), {})[(ind, bd, asof)] = v
    def g(d, ind, bd=''):
        for (i, b, a), v in d.items():
            if i == ind and b == bd:
                return v
        return None
    for span, d in groups.items():
        rec, res, on, ov = (g(d, x) for x in ('cases_received', 'cases_resolved', 'cases_on_time', 'cases_overdue'))
        if on is not None and ov is not None and res is not None and on + ov > res:
            bad(f'{stem} {span}: on time + overdue > resolved')
        if res is not None and rec is not None and res > rec:
            bad(f'{stem} {span}: resolved > received')
        if on is not None and rec is not None and on > rec:
            bad(f'{stem} {span}: on time > received')
        base = res if res is not None else rec
        for cnt, rate in (('cases_on_time', 'on_time_rate_pct'), ('cases_overdue', 'overdue_rate_pct')):
            c, r = g(d, cnt), g(d, rate)
            if c is not None and r is not None and base:
                ok = any(abs(c / b * 100 - r) <= 0.0051 + 0.05 * (round(r, 1) == r and round(r, 2) != r)
                         for b in (x for x in (res, rec) if x))
                if not ok:
                    bad(f'{stem} {span}: {rate}={r} does not match {cnt}={c} / {res or rec}')
        for q, p in (('civil_servants_quota', 'civil_servants_present'),
                     ('education_staff_quota', 'education_staff_present'),
                     ('health_staff_quota', 'health_staff_present')):
            qv, pv = g(d, q), g(d, p)
            if qv is not None and pv is not None and pv > qv:
                bad(f'{stem}: {p} > {q}')
        for ind in ('documents_issued', 'schools', 'religious_followers', 'civil_servants_before_merger'):
            tot = g(d, ind)
            parts = [v for (i, b, a), v in d.items() if i == ind and b]
            if tot is not None and parts and abs(sum(parts) - tot) > 1e-6:
                bad(f'{stem} {span}: {ind} parts sum {sum(parts)} != total {tot}')
        sc, psu = g(d, 'schools'), g(d, 'public_service_units')
        if sc is not None and psu is not None and sc > psu:
            bad(f'{stem}: schools > public_service_units')
        esq, hsq, psq = g(d, 'education_staff_quota'), g(d, 'health_staff_quota'), g(d, 'public_service_staff_quota')
        if psq is not None and esq is not None and (esq + (hsq or 0)) > psq:
            bad(f'{stem}: education + health quota > public service quota')
        for cnt, rate in (('poor_households', 'poor_household_rate_pct'),
                          ('near_poor_households', 'near_poor_household_rate_pct')):
            pass
        pc, pr = g(d, 'poor_households'), g(d, 'poor_household_rate_pct')
        nc, nr = g(d, 'near_poor_households'), g(d, 'near_poor_household_rate_pct')
        if pc and pr and nc and nr:
            h1, h2 = pc / pr * 100, nc / nr * 100
            if abs(h1 - h2) / h1 > 0.02:
                bad(f'{stem}: poor and near-poor rates imply different household totals ({h1:.0f} vs {h2:.0f})')
        em, er, pop = g(d, 'ethnic_minority_people'), g(d, 'ethnic_minority_rate_pct'), g(d, 'population')
        if em and er and pop and abs(em / pop * 100 - er) > 0.006:
            bad(f'{stem}: ethnic minority rate does not match count/population')


if __name__ == '__main__':
    main()
    if problems:
        print('\nPROBLEMS:')
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('clean')
