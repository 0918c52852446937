#!/usr/bin/env python3
"""Checks the labels of the independent-11 test set against the report texts.

Run from anywhere:  python3 extractor/src/test/fixture-makers/independent-11/check.py
Standard library only. Prints one line per problem and "no problems" when clean.
The text of a .txt or .csv report is the file itself; of a .docx / .pdf report it is
fixture-makers/independent-11/extracted/<file>.txt (written by MakeFixtures.java).
"""
import csv, glob, os, re, sys, unicodedata, datetime, itertools

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '../../../../..'))
RES = os.path.join(ROOT, 'extractor/src/test/resources/independent-11')
EXP = os.path.join(RES, 'expected')
EXTR = os.path.join(HERE, 'extracted')
CAT = os.path.join(ROOT, 'warehouse/src/main/resources/catalogue/indicators.csv')
UNITS = os.path.join(ROOT, 'sample-data/units.csv')

SYNTH = 'DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật.'
ROLES = {'target', 'previous_period', 'change', 'other_unit', 'city', 'ranking', 'date', 'document_number',
         'list_number', 'staff_left', 'not_in_catalogue', 'other'}
BREAKDOWNS = {
    'document_type': {'Quyết định', 'Kế hoạch', 'Thông báo', 'Tờ trình', 'Công văn', 'khác'},
    'school_level': {'Mầm non', 'Tiểu học', 'THCS'},
    'religion': {'Phật giáo', 'Công giáo', 'Tin lành'},
}
# Forbidden units: Xã Hà Bắc (10816, the unit of the real report; also matched by name below) and every
# unit named in the meta files of independent-7, independent-8, independent-9 and independent-10 (all rows). Units of the
# earlier sets (independent … independent-6, heldout, labelled) are NOT forbidden for this set: the brief
# that set up independent-11 named only Hà Bắc and the units of sets 7, 8, 9 and 10.
FORBIDDEN_UNITS = {'10816'}


def other_sets_units():
    out = set()
    for s in ('independent-7', 'independent-8', 'independent-9', 'independent-10'):
        for mf in glob.glob(os.path.join(ROOT, 'extractor/src/test/resources', s, 'expected', '*.meta.csv')):
            for r in csv.DictReader(open(mf, encoding='utf-8')):
                if r.get('unit_code'):
                    out.add(r['unit_code'].strip())
    return out


FORBIDDEN_UNITS |= other_sets_units()

# Intentional errors of the reports: (file, check) -> reason. The labels keep what the report states.
ALLOW = {
}

problems = []


def problem(f, msg):
    problems.append('%s: %s' % (f, msg))


# ------------------------------------------------------------------ number forms
DIG = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']


def words_lt100(n):
    if n < 10:
        return {DIG[n]}
    t, u = divmod(n, 10)
    head = {'mười'} if t == 1 else {DIG[t] + ' mươi'}
    if u == 0:
        return head
    if u == 1:
        tails = {'một'} if t == 1 else {'mốt', 'một'}
    elif u == 4:
        tails = {'bốn'} if t == 1 else {'tư', 'bốn'}
    elif u == 5:
        tails = {'lăm'}
    else:
        tails = {DIG[u]}
    return {h + ' ' + x for h in head for x in tails}


def words_lt1000(n, full=False):
    if n < 100 and not full:
        return words_lt100(n)
    h, r = divmod(n, 100)
    head = DIG[h] + ' trăm'
    if r == 0:
        return {head}
    if r < 10:
        return {head + ' ' + l + ' ' + DIG[r] for l in ('linh', 'lẻ')}
    return {head + ' ' + x for x in words_lt100(r)}


def vn_words(n):
    if n < 0 or n >= 1000000:
        return set()
    if n < 1000:
        return words_lt1000(n)
    th, r = divmod(n, 1000)
    out = set()
    for big in ('nghìn', 'ngàn'):
        for a in words_lt1000(th):
            if r == 0:
                out.add(a + ' ' + big)
            else:
                for b in words_lt1000(r, full=True):
                    out.add(a + ' ' + big + ' ' + b)
                    if r < 100 and r % 100 != 0:
                        pass
    return out


def dotted(n):
    return '{:,}'.format(n).replace(',', '.')


def dec_forms(v):
    """Vietnamese written forms of a non-negative number."""
    out = set()
    if abs(v - round(v)) < 1e-9:
        n = int(round(v))
        out |= {str(n), dotted(n), '%02d' % n}
        out.add(dotted(n) + ',0')
        out.add(str(n) + ',0')
    for d in range(1, 4):
        s = ('%.' + str(d) + 'f') % v
        if abs(float(s) - v) < 1e-9:
            ip, fp = s.split('.')
            out.add(dotted(int(ip)) + ',' + fp)
            out.add(ip + ',' + fp)
            out.add(ip + '.' + fp)                      # English decimal point (the numeric cells of the .xlsx)
    if abs(v - round(v)) < 1e-9:
        out.add('{:,}'.format(int(round(v))))            # English thousands comma
        out.add('{:,}'.format(int(round(v))).replace(',', ' '))   # thousands grouped with a space ("17 049")
    for d in range(1, 4):
        s = ('%.' + str(d) + 'f') % v
        if abs(float(s) - v) < 1e-9:
            ip, fp = s.split('.')
            out.add('{:,}'.format(int(ip)).replace(',', ' ') + ',' + fp)
    return out


def visible(ind, unit, v, text, low):
    def tok(s):
        return re.search(r'(?<![\d])(?<![\d][.,])' + re.escape(s) + r'(?![\d])(?![.,]\d)', text) is not None

    def word(s):
        return re.search(r'(?<!\w)' + re.escape(s) + r'(?!\w)', low) is not None

    cands = set(dec_forms(v))
    if unit == 'million_vnd':
        cands |= dec_forms(v / 1000.0)           # tỷ đồng
        if abs(v * 1e3 - round(v * 1e3)) < 1e-6:
            cands.add(dotted(int(round(v * 1e3))))  # nghìn đồng
        if abs(v * 1e6 - round(v * 1e6)) < 1e-3:
            cands.add(dotted(int(round(v * 1e6))))  # đồng
    if any(tok(c) for c in cands):
        return True
    if abs(v - round(v)) < 1e-9:
        n = int(round(v))
        ws = set(vn_words(n))
        if unit == 'million_vnd':
            ty, tr = divmod(n, 1000)
            for a in vn_words(ty):
                if tr == 0:
                    ws.add(a + ' tỷ')
                for b in vn_words(tr):
                    ws.add(a + ' tỷ ' + b + ' triệu')
        if any(word(w) for w in ws):
            return True
    return False


# ------------------------------------------------------------------ helpers
def read_csv(path, header, f):
    if not os.path.exists(path):
        problem(f, 'missing ' + os.path.basename(path))
        return []
    raw = open(path, encoding='utf-8').read()
    if unicodedata.normalize('NFC', raw) != raw:
        problem(f, os.path.basename(path) + ' is not NFC')
    rows = list(csv.reader(raw.splitlines()))
    if not rows or rows[0] != header:
        problem(f, '%s: header %r, expected %r' % (os.path.basename(path), rows[0] if rows else None, header))
        return []
    return [dict(zip(header, r)) for r in rows[1:] if r]


def iso(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def main():
    cat = {r['id']: r for r in csv.DictReader(open(CAT, encoding='utf-8'))}
    units = {r['code']: r for r in csv.DictReader(open(UNITS, encoding='utf-8'))}
    reports = sorted(f for f in os.listdir(RES) if f.endswith(('.txt', '.csv', '.docx', '.pdf', '.xlsx')))
    if not (10 <= len(reports) <= 16):
        problem('set', '%d reports (want 10–16)' % len(reports))
    for ext, want in (('.docx', 3), ('.pdf', 2), ('.xlsx', 1)):
        if sum(f.endswith(ext) for f in reports) < want:
            problem('set', 'fewer than %d %s reports' % (want, ext))
    seen_units = {}
    total_f = total_d = 0
    for f in reports:
        if f.endswith(('.txt', '.csv')):
            tpath = os.path.join(RES, f)
        else:
            tpath = os.path.join(EXTR, f + '.txt')
            if not os.path.exists(tpath):
                problem(f, 'no extracted text')
                continue
        raw = open(tpath, encoding='utf-8').read()
        if unicodedata.normalize('NFC', raw) != raw:
            problem(f, 'text is not NFC')
        lines = raw.rstrip('\n').split('\n')
        if f.endswith('.pdf'):
            lines = [l.rstrip() for l in lines]
        text = '\n'.join(lines)
        low = text.lower()
        delim = ','
        if f.endswith('.csv'):
            head_line = next((l for l in lines if l.strip()), '')
            delim = ';' if head_line.count(';') > head_line.count(',') else ','   # report 04 is a ';' file
            widths = {len(r) for r in csv.reader(lines, delimiter=delim)}
            if len(widths) != 1:
                problem(f, 'CSV rows of different widths %s' % sorted(widths))
        lo_lines = 15 if f.endswith(('.xlsx', '.docx', '.pdf')) else 30   # a tracking sheet is one row per indicator
        if not (lo_lines <= len(lines) <= 160):
            problem(f, '%d lines (want %d–160)' % (len(lines), lo_lines))
        def first_cell(l):
            try:
                return next(csv.reader([l], delimiter=delim))[0].strip() if l.strip() else ''
            except (StopIteration, csv.Error):
                return ''
        def any_cell(l):
            try:
                return any(c.strip() == SYNTH for c in next(csv.reader([l], delimiter=delim)))
            except (StopIteration, csv.Error):
                return False
        if not any(l.strip() == SYNTH or (f.endswith('.csv') and any_cell(l))
                   or (f.endswith('.xlsx') and l.split(' | ')[0].strip() == SYNTH) for l in lines[:8]):
            problem(f, 'synthetic notice not in the first 8 lines')

        meta = read_csv(os.path.join(EXP, f + '.meta.csv'), ['unit_code', 'period_start', 'period_end'], f)
        exp = read_csv(os.path.join(EXP, f + '.expected.csv'),
                       ['unit_code', 'indicator', 'value', 'sub_period_start', 'sub_period_end', 'as_of', 'breakdown'], f)
        dis = read_csv(os.path.join(EXP, f + '.distractors.csv'), ['number', 'line', 'role', 'why'], f)
        if len(meta) != 1:
            problem(f, 'meta must have one row')
            continue
        m = meta[0]
        code = m['unit_code']
        if code not in units:
            problem(f, 'unit %s not in units.csv' % code)
            continue
        if code in FORBIDDEN_UNITS or 'Hà Bắc' in units[code]['name']:
            problem(f, 'unit %s is not allowed' % code)
        if code in seen_units:
            problem(f, 'unit %s also used by %s' % (code, seen_units[code]))
        seen_units[code] = f
        uname = units[code]['name']
        bare = re.sub(r'^(Xã|Phường|Đặc khu)\s+', '', uname)
        if bare.lower() not in low:
            problem(f, 'unit name %r not in the text' % bare)
        for k in ('period_start', 'period_end'):
            if m[k] and not iso(m[k]):
                problem(f, 'meta %s not ISO' % k)
        if m['period_start'] and m['period_end'] and m['period_start'] > m['period_end']:
            problem(f, 'period start after end')

        # ---- expected facts
        keys, vals = set(), {}
        formers = set(re.findall(r'(?:^|\);\s*)(?:Xã|Phường|Thị trấn|Huyện)\s+([^\[\]]+?)\s+\[', units[code]['merged_from']))
        for r in exp:
            ind = r['indicator']
            if r['unit_code'] != code:
                problem(f, 'expected row unit %s differs from meta' % r['unit_code'])
            c = cat.get(ind)
            if not c:
                problem(f, 'unknown indicator ' + ind)
                continue
            if c['kind'] != 'reported':
                problem(f, ind + ' is not a reported indicator')
            try:
                v = float(r['value'])
            except ValueError:
                problem(f, 'bad value %r' % r['value'])
                continue
            if re.search(r'[^0-9.\-]', r['value']):
                problem(f, 'value %r not a plain number' % r['value'])
            lo, hi = float(c['plausible_min']), float(c['plausible_max'])
            if not (lo <= v <= hi):
                problem(f, '%s=%s outside %s..%s' % (ind, r['value'], lo, hi))
            for k in ('sub_period_start', 'sub_period_end', 'as_of'):
                if r[k] and not iso(r[k]):
                    problem(f, '%s %s not ISO' % (ind, k))
            if bool(r['sub_period_start']) != bool(r['sub_period_end']):
                problem(f, ind + ': sub-period half given')
            if (r['sub_period_start'], r['sub_period_end']) == (m['period_start'], m['period_end']) and r['sub_period_start']:
                problem(f, ind + ': sub-period equals the report period')
            b = r['breakdown']
            if b:
                kind = c['breakdown']
                if not kind:
                    problem(f, '%s allows no breakdown (%s)' % (ind, b))
                elif kind == 'former_unit':
                    if b not in formers:
                        problem(f, '%s: %r is not a former unit of %s (%s)' % (ind, b, code, sorted(formers)))
                elif b not in BREAKDOWNS[kind]:
                    problem(f, '%s: breakdown %r not allowed' % (ind, b))
            key = (ind, r['sub_period_start'], r['sub_period_end'], r['as_of'], b)
            if key in keys:
                problem(f, 'duplicate key %s' % (key,))
            keys.add(key)
            vals[key] = v
            if not visible(ind, c['unit'], v, text, low):
                problem(f, '%s=%s not visible in the text' % (ind, r['value']))
            if ind == 'area_km2' and abs(v - float(units[code]['area_km2'])) > 0.005:
                problem(f, 'area %s differs from units.csv %s' % (v, units[code]['area_km2']))
            if ind == 'population' and int(v) != int(units[code]['population']):
                problem(f, 'population %s differs from units.csv %s' % (v, units[code]['population']))
        total_f += len(exp)

        # ---- consistency (per sub-period; as_of ignored)
        def allowed(check):
            return (f, check) in ALLOW

        groups = {}
        for (ind, ss, se, a, b), v in vals.items():
            groups.setdefault((ss, se), {}).setdefault((ind, b), v)
        for sp, g in groups.items():
            get = lambda i, b='': g.get((i, b))
            on, od, rs, rc = get('cases_on_time'), get('cases_overdue'), get('cases_resolved'), get('cases_received')
            if on is not None and od is not None and rs is not None and on + od > rs and not allowed('on_time+overdue<=resolved'):
                problem(f, '%s: on time %s + overdue %s > resolved %s' % (sp, on, od, rs))
            if rs is not None and rc is not None and rs > rc:
                problem(f, '%s: resolved %s > received %s' % (sp, rs, rc))
            if on is not None and od is not None and rc is not None and on + od > rc:
                problem(f, '%s: on time + overdue > received' % (sp,))
            for p, q in (('civil_servants_present', 'civil_servants_quota'), ('education_staff_present', 'education_staff_quota'),
                         ('health_staff_present', 'health_staff_quota')):
                if get(p) is not None and get(q) is not None and get(p) > get(q):
                    problem(f, '%s: %s %s > %s %s' % (sp, p, get(p), q, get(q)))
            for ind, kind in (('documents_issued', 'document_type'), ('schools', 'school_level'),
                              ('religious_followers', 'religion'), ('civil_servants_before_merger', 'former_unit')):
                tot = get(ind)
                parts = [v for (i, b), v in g.items() if i == ind and b]
                if tot is None or not parts:
                    continue
                complete = (kind == 'former_unit') or (kind in BREAKDOWNS and len(parts) == len(BREAKDOWNS[kind]))
                if sum(parts) > tot + 1e-6 and not allowed(ind.split('_')[0] + ' parts = total'):
                    problem(f, '%s: parts %s > total %s' % (ind, sum(parts), tot))
                if complete and abs(sum(parts) - tot) > 1e-6 and not allowed(ind.split('_')[0] + ' parts = total'):
                    problem(f, '%s: complete parts %s != total %s' % (ind, sum(parts), tot))

        # ---- distractors
        for r in dis:
            total_d += 1
            if r['role'] not in ROLES:
                problem(f, 'distractor role %r' % r['role'])
            if not r['why'].strip():
                problem(f, 'distractor %s without why' % r['number'])
            if r['role'] == 'other' and 'ambiguous' in r['why'] and not r['why'].startswith('ambiguous'):
                problem(f, 'ambiguous why must start with "ambiguous"')
            try:
                ln = int(r['line'])
                line = lines[ln - 1]
            except (ValueError, IndexError):
                problem(f, 'distractor %s: bad line %s' % (r['number'], r['line']))
                continue
            n = r['number']
            rx = r'(?<![\d])(?<![\d][.,])' + re.escape(n) + r'(?![\d])(?![.,]\d)'
            if not re.search(rx, line) and not re.search(r'(?<!\w)' + re.escape(n) + r'(?!\w)', line):
                problem(f, 'distractor %r not a whole token on line %d: %s' % (n, ln, line[:80]))
    for k, reason in ALLOW.items():
        if k[0] not in reports:
            problem('allow-list', 'entry for missing report %s' % k[0])
    for p in problems:
        print(p)
    print('checked %d reports, %d expected facts, %d distractors' % (len(reports), total_f, total_d))
    if not problems:
        print('no problems')
    else:
        print('%d problems' % len(problems))
        sys.exit(1)


if __name__ == '__main__':
    main()
