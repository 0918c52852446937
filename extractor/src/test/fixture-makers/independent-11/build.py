#!/usr/bin/env python3
"""Builds the independent-11 test set from the marked-up sources in src/*.src
(copied from independent-10's build.py: paths and set name changed).

Run from /work/main:  python3 extractor/src/test/fixture-makers/independent-11/build.py

Markup inside a source line:
  [[text|f:indicator;v=VALUE;b=BREAKDOWN;s=START..END;a=AS_OF;u=ty|trieu|nghin|dong]]
      an expected fact; `text` is what the report shows; the value is read from the
      text (Vietnamese digits) unless v= gives it; u= converts money to million VND
      (tỷ ×1000, triệu as is, nghìn ÷1000, đồng ÷1e6); n=en reads the text the English way
      (`98.5` → 98.5, `1,254` → 1254).
  [[text|d:role;why]]
      a distractor.
Numbers left unmarked are marked automatically when they are dates, document numbers or
section numbers at the start of a line; any other unmarked number stops the build.

Header lines of a source: #file #unit #period #format #style #hard
.txt and .csv sources are written line by line as they are (a .csv report is a CSV file whose
lines are the source lines); .docx/.pdf sources use the MakeFixtures.java spec prefixes
(H, P, T, R, E; in a .pdf a table row R is drawn as cells in fixed columns and read back as the
cells joined with single spaces). An .xlsx source is a list of R lines (one a sheet row, cells
separated by tabs; a cell starting with '#' is written as a numeric cell) and its text is the rows
read back with cells joined by ' | ', one line a sheet row.
"""
import csv, glob, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '../../../../..'))
RES = os.path.join(ROOT, 'extractor/src/test/resources/independent-11')
EXP = os.path.join(RES, 'expected')
SPEC = os.path.join(HERE, 'spec')
EXTR = os.path.join(HERE, 'extracted')

MARK = re.compile(r'\[\[([^\[\]].*?)\|([fd]):(.*?)\]\]')  # text may not start with a bracket, so "[[[1|d:…]]]" marks the 1 of "[1]"
NUM = re.compile(r'\d+(?:[.,]\d+)*')
AUTO = [
    (re.compile(r'\d{4}-\d{2}-\d{2}'), 'date', 'date'),
    (re.compile(r'\d{1,2}[/-]\d{1,2}[/-]\d{4}'), 'date', 'date'),
    (re.compile(r'\d{1,2}/\d{4}'), 'date', 'month of a date'),
    (re.compile(r'\d+(?:/\d{4})?(?=/[A-ZĐ])'), 'document_number', 'document number'),
    (re.compile(r'\d+(?=-[A-ZĐ]{2})'), 'document_number', 'document number'),
    (re.compile(r'(?<!\d)20\d\d(?!\d)'), 'date', 'year'),
    (re.compile(r'(?<=[Nn]gày )\d{1,2}(?= tháng)'), 'date', 'day of a date'),
    (re.compile(r'\d{1,2}/\d{1,2}(?![/\d])'), 'date', 'day and month'),
    (re.compile(r'(?<=[Tt]háng )\d{1,2}(?!\d)'), 'date', 'month name'),
    (re.compile(r'(?<=[Mm]ùng )\d{1,2}(?!\d)'), 'date', 'day of a date'),
    (re.compile(r'(?<=THÁNG )\d{1,2}(?!\d)'), 'date', 'month name'),
    (re.compile(r'\d{1,2}:\d{2}'), 'date', 'clock time'),
    (re.compile(r'(?<![\d.,])\d{1,2}(?= (?:tháng|THÁNG))'), 'date', 'length of a period in months'),
    (re.compile(r'(?<=^Mục )\d+'), 'list_number', 'section number'),
    (re.compile(r'(?<=^Câu )\d+'), 'list_number', 'question number'),
    (re.compile(r'(?<=Nghị định )\d+'), 'document_number', 'decree number'),
    (re.compile(r'(?<=Nghị định số )\d+'), 'document_number', 'decree number'),
    (re.compile(r'(?<=tháng )\d{1,2}(?= năm \d{4})'), 'date', 'month of a date'),
    (re.compile(r'(?<=Q)[1-4](?!\d)'), 'date', 'quarter number (English "Q3")'),
    (re.compile(r'(?<!\d)\d{1,2}(?= (?:January|February|March|April|May|June|July|August|September|October|November|December|Sep|Oct)\b)'), 'date', 'day of an English date'),
]
LISTNUM = re.compile(r'^(\s*)(\d+(?:\.\d+)*)(?=[.)/-]\s|\.\d?\s)')

DEFAULT_WHY = {
    'date': 'date', 'document_number': 'document number', 'list_number': 'section number',
    'target': 'target / plan, not an achieved figure', 'previous_period': 'figure of an earlier period',
    'change': 'change against another period', 'other_unit': 'figure of another unit',
    'city': 'city-wide figure', 'ranking': 'ranking', 'staff_left': 'staff who left',
    'not_in_catalogue': 'figure with no catalogue indicator',
}


def vn_number(t):
    t = t.strip().replace('\u00a0', '').replace(' ', '')   # "17 049" (space-grouped thousands, report 09)
    if ',' in t:
        a, b = t.split(',', 1)
        return float(a.replace('.', '') + '.' + b)
    return float(t.replace('.', ''))


def fmt(v):
    v = round(v, 6)
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return ('%.6f' % v).rstrip('0').rstrip('.')


def parse_line(raw):
    """-> stripped text, list of (start, end, kind, text, spec)"""
    out, marks, pos = '', [], 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        s = len(out)
        out += m.group(1)
        marks.append((s, len(out), m.group(2), m.group(1), m.group(3)))
        pos = m.end()
    out += raw[pos:]
    if '[[' in out or ']]' in out:
        raise SystemExit('bad markup: ' + raw)
    return out, marks


def covered(marks, a, b):
    return any(not (b <= s or a >= e) for s, e, *_ in marks)


def automark(text, marks, prefix_len, where):
    extra = []
    m = LISTNUM.match(text[prefix_len:])
    if m:
        a = prefix_len + len(m.group(1)); b = a + len(m.group(2))
        if not covered(marks, a, b):
            extra.append((a, b, 'd', m.group(2), 'list_number;section number'))
    for rx, role, why in AUTO:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if a > 0 and (text[a-1].isdigit() or (text[a-1] in '.,/' and a > 1 and text[a-2].isdigit())):
                continue
            if b < len(text) and text[b].isdigit():
                continue
            if not covered(marks + extra, a, b):
                extra.append((a, b, 'd', m.group(0), role + ';' + why))
    allm = sorted(marks + extra)
    for m in NUM.finditer(text):
        if not covered(allm, m.start(), m.end()):
            raise SystemExit('%s: unmarked number %r in: %s' % (where, m.group(0), text))
    return allm


def main():
    os.makedirs(EXP, exist_ok=True); os.makedirs(SPEC, exist_ok=True); os.makedirs(EXTR, exist_ok=True)
    for f in glob.glob(os.path.join(SPEC, '*.spec')):
        os.remove(f)
    reports = []
    for src in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        head, body = {}, []
        for raw in open(src, encoding='utf-8').read().split('\n'):
            if raw.startswith('#') and not body and ':' in raw:
                k, v = raw[1:].split(':', 1); head[k.strip()] = v.strip()
            else:
                body.append(unicodedata.normalize('NFC', raw))
        while body and body[-1] == '':
            body.pop()
        while body and body[0] == '':
            body.pop(0)
        reports.append((src, head, body))

    # pass 1: write txt reports and specs
    parsed = {}
    for src, head, body in reports:
        fmt_ = head['format']; name = head['file']
        items = []  # (kind, text, marks)
        for raw in body:
            if fmt_ in ('txt', 'csv'):
                t, mk = parse_line(raw)
                items.append(('L', t, automark(t, mk, 0, name)))
            else:
                kind = raw[:1] if raw else ''
                if kind in ('T', 'E') and len(raw) == 1:
                    items.append((kind, '', []))
                    continue
                if kind not in ('H', 'P', 'R') or raw[1:2] != ' ':
                    raise SystemExit('%s: bad spec line %r' % (name, raw))
                t, mk = parse_line(raw[2:])
                if kind == 'R':
                    cells = t.split('\t')
                    mk = automark(t, mk, 0, name)
                else:
                    mk = automark(t, mk, 0, name)
                items.append((kind, t, mk))
        parsed[name] = (head, items)
        if fmt_ in ('txt', 'csv'):
            with open(os.path.join(RES, name), 'w', encoding='utf-8', newline='\n') as fh:
                fh.write('\n'.join(t for _, t, _ in items) + '\n')
        else:
            with open(os.path.join(SPEC, name + '.spec'), 'w', encoding='utf-8') as fh:
                fh.write('OUT ' + name + '\n')
                for kind, t, _ in items:
                    fh.write(kind + ('' if kind in 'TE' else ' ' + t) + '\n')

    if any(h['format'] in ('docx', 'pdf', 'xlsx') for h, _ in parsed.values()):
        cp = os.path.join(ROOT, 'extractor/target/lib/*')
        subprocess.run(['java', '-cp', cp, os.path.join(HERE, 'MakeFixtures.java')], cwd=ROOT, check=True)

    # pass 2: labels
    for name, (head, items) in parsed.items():
        fmt_ = head['format']
        marks_at = []  # (line, kind, text, spec)
        if fmt_ in ('txt', 'csv'):
            for i, (_, t, mk) in enumerate(items):
                for s, e, k, tx, sp in mk:
                    marks_at.append((i + 1, k, tx, sp))
        elif fmt_ in ('docx', 'xlsx'):
            ext = open(os.path.join(EXTR, name + '.txt'), encoding='utf-8').read().split('\n')
            ln = 0
            for kind, t, mk in items:
                if kind in 'TE':
                    continue
                ln += 1
                shown = t.replace('\t', ' | ').replace('<<', '').replace('^^', '')
                shown = re.sub(r'(^|\| )\^v', r'\1', shown)
                for s, e, k, tx, sp in mk:
                    if not re.search(r'(?<![\d])' + re.escape(tx) + r'(?!\d)', ext[ln - 1]):
                        raise SystemExit('%s line %d: %r not in %r' % (name, ln, tx, ext[ln - 1]))
                    marks_at.append((ln, k, tx, sp))
        else:  # pdf
            lay = open(os.path.join(EXTR, name + '.layout'), encoding='utf-8').read().split('\n')
            ext = [l.rstrip() for l in open(os.path.join(EXTR, name + '.txt'), encoding='utf-8').read().split('\n')]
            while ext and ext[-1] == '':
                ext.pop()
            if [l.strip() for l in ext] != [l.strip() for l in lay if l != ''][:len(ext)] or len(ext) != len([l for l in lay if l != '']):
                raise SystemExit(name + ': PDFTextStripper text differs from layout')
            li = 0
            for kind, t, mk in items:
                if kind in 'TE':
                    continue
                if kind == 'R':
                    t = t.replace('\t', ' ')   # same length: offsets of the marks still hold
                # consume layout lines that make up this paragraph
                start, acc = li, ''
                while True:
                    acc = lay[li] if li == start else acc + ' ' + lay[li]
                    li += 1
                    if acc == t:
                        break
                    if len(acc) > len(t):
                        raise SystemExit(name + ': layout mismatch at ' + t[:40])
                offs, o = [], 0
                for j in range(start, li):
                    offs.append((o, o + len(lay[j]), j + 1)); o += len(lay[j]) + 1
                for s, e, k, tx, sp in mk:
                    line = next(n for a, b, n in offs if a <= s < b + 1)
                    if e > [b for a, b, n in offs if n == line][0]:
                        raise SystemExit('%s: %r wrapped across lines' % (name, tx))
                    marks_at.append((line, k, tx, sp))
        facts, dis = {}, []
        for line, k, tx, sp in marks_at:
            parts = sp.split(';')
            if k == 'f':
                ind = parts[0]; opt = {}
                for p in parts[1:]:
                    a, b = p.split('=', 1); opt[a] = b
                if 'v' in opt:
                    v = float(opt['v'])
                elif opt.get('n') == 'en':
                    v = float(tx.replace(',', ''))
                    u = opt.get('u')
                    if u == 'ty': v *= 1000
                    elif u == 'nghin': v /= 1000
                    elif u == 'dong': v /= 1e6
                else:
                    v = vn_number(tx)
                    u = opt.get('u')
                    if u == 'ty': v *= 1000
                    elif u == 'nghin': v /= 1000
                    elif u == 'dong': v /= 1e6
                ss, se = (opt['s'].split('..') if 's' in opt else ('', ''))
                key = (ind, ss, se, opt.get('a', ''), opt.get('b', ''))
                if key in facts and facts[key] != v:
                    raise SystemExit('%s: conflicting values for %s: %s vs %s' % (name, key, facts[key], v))
                facts[key] = v
            else:
                role = parts[0]
                why = ';'.join(parts[1:]) or DEFAULT_WHY.get(role, role)
                dis.append((tx, line, role, why))
        unit = head['unit']; ps, pe = head['period'].split()
        with open(os.path.join(EXP, name + '.meta.csv'), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh, lineterminator='\n'); w.writerow(['unit_code', 'period_start', 'period_end'])
            w.writerow([unit, ps if ps != '-' else '', pe if pe != '-' else ''])
        with open(os.path.join(EXP, name + '.expected.csv'), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh, lineterminator='\n')
            w.writerow(['unit_code', 'indicator', 'value', 'sub_period_start', 'sub_period_end', 'as_of', 'breakdown'])
            for (ind, ss, se, a, b), v in facts.items():
                w.writerow([unit, ind, fmt(v), ss, se, a, b])
        with open(os.path.join(EXP, name + '.distractors.csv'), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh, lineterminator='\n'); w.writerow(['number', 'line', 'role', 'why'])
            for row in dis:
                w.writerow(row)
        head['_facts'] = len(facts); head['_dis'] = len(dis)
        head['_lines'] = (len(items) if fmt_ in ('txt', 'csv') else
                          len(open(os.path.join(EXTR, name + '.txt'), encoding='utf-8').read().rstrip('\n').split('\n')))
        print('%-45s facts %3d  distractors %3d  lines %3d' % (name, len(facts), len(dis), head['_lines']))

    write_readme(parsed)


def write_readme(parsed):
    import csv as _c
    units = {r['code']: r for r in _c.DictReader(open(os.path.join(ROOT, 'sample-data/units.csv'), encoding='utf-8'))}
    rows, tf, td = [], 0, 0
    for name, (h, _) in parsed.items():
        ps, pe = h['period'].split()
        per = '%s – %s' % (ps, pe) if ps != '-' else '(none)'
        rows.append('| %s | %s %s | %s | %s | %s | %d | %d | %s |' % (
            name, h['unit'], units[h['unit']]['name'], per, h['format'], h['style'], h['_facts'], h['_dis'], h['hard']))
        tf += h['_facts']; td += h['_dis']
    tmpl = open(os.path.join(HERE, 'README.template.md'), encoding='utf-8').read()
    txt = tmpl.replace('{{TABLE}}', '\n'.join(rows)).replace('{{FACTS}}', str(tf)).replace('{{DIS}}', str(td)) \
              .replace('{{N}}', str(len(parsed)))
    open(os.path.join(RES, 'README.md'), 'w', encoding='utf-8').write(txt)
    print('total facts %d, distractors %d, reports %d' % (tf, td, len(parsed)))


if __name__ == '__main__':
    main()
