#!/usr/bin/env python3
"""Sanity checks for the labelled test set (synthetic data). Does not use the extractor.

For every fixture F in labelled/ with labelled/expected/F.expected.csv and F.meta.csv:
  * indicator ids exist in the catalogue, values lie in the catalogue's plausible range,
    breakdown categories are known, qualifiers are well formed;
  * figures are internally consistent (on time + overdue <= received, resolved = on time + overdue,
    present <= quota, breakdowns sum to totals, reported rates match their counts to 2 decimals,
    area / population agree with sample-data/units.csv);
  * every expected value occurs in the document text in some Vietnamese spelling (narratives);
  * narratives carry the synthetic marker line, templates a synthetic=true column.
With -v it also lists the numbers in each narrative that are NOT expected (the planted distractors).

Usage: python3 extractor/src/test/fixture-makers/check_labelled.py [-v]
"""
import csv
import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAB = HERE.parent / "resources" / "labelled"
EXP = LAB / "expected"
ROOT = HERE.parents[3]  # /work/main
CATALOGUE = ROOT / "warehouse/src/main/resources/catalogue/indicators.csv"
UNITS = ROOT / "sample-data/units.csv"
MARK = "DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật."

BREAKDOWNS = {
    "document_type": {"Quyết định", "Kế hoạch", "Thông báo", "Tờ trình", "Công văn", "khác"},
    "school_level": {"Mầm non", "Tiểu học", "THCS"},
    "religion": None,      # any religion name
    "former_unit": None,   # any former unit name
}

problems = []


def bad(f, msg):
    problems.append(f"{f}: {msg}")


def load_catalogue():
    with open(CATALOGUE, encoding="utf-8") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def load_units():
    with open(UNITS, encoding="utf-8") as fh:
        return {r["code"]: r for r in csv.DictReader(fh)}


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".txt":
        if raw.startswith(b"\xff\xfe"):
            t = raw[2:].decode("utf-16-le")
        elif raw.startswith(b"\xef\xbb\xbf"):
            t = raw[3:].decode("utf-8")
        else:
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                t = subprocess.run(["iconv", "-f", "WINDOWS-1258", "-t", "UTF-8"], input=raw,
                                   capture_output=True, check=True).stdout.decode("utf-8")
    elif path.suffix == ".docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"</w:tc>", " | ", xml)
        t = re.sub(r"<[^>]+>", "", xml)
    elif path.suffix == ".pdf":
        t = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                           check=True).stdout.decode("utf-8")
    elif path.suffix == ".csv":
        t = raw.decode("utf-8-sig")
    else:
        t = ""
    return unicodedata.normalize("NFC", t.replace("\r\n", "\n"))


def vn_spellings(value: float):
    """Ways a Vietnamese report may write this value (catalogue unit)."""
    out = set()
    if value == int(value):
        n = int(value)
        plain = str(n)
        grouped = f"{n:,}".replace(",", ".")
        out |= {plain, grouped, plain.zfill(2)}
        if n >= 1000:  # money in million VND written as billions
            b = value / 1000
            s = f"{b:.3f}".rstrip("0").rstrip(".")
            ip, _, dp = s.partition(".")
            ip = f"{int(ip):,}".replace(",", ".")
            out.add(ip + ("," + dp if dp else ""))
    else:
        s = repr(value)
        ip, _, dp = s.partition(".")
        out.add(ip + "," + dp)
        out.add(ip + "," + dp + "0")
        out.add(f"{int(ip):,}".replace(",", ".") + "," + dp)
    if value == int(value):
        out.add(str(int(value)) + ",00")
    return out


NUM = re.compile(r"(?<![\w/.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w/])|(?<![\w/.,])\d+(?:,\d+)?(?![\w/])")


def numbers_in(text):
    return [m.group(0) for m in NUM.finditer(text)]


def parse_vn(tok):
    return float(tok.replace(".", "").replace(",", "."))


def close(a, b, tol=0.0051):
    return abs(a - b) <= tol


def check(fixture: Path, cat, units, verbose):
    name = fixture.name
    exp_path = EXP / f"{name}.expected.csv"
    meta_path = EXP / f"{name}.meta.csv"
    if not exp_path.exists() or not meta_path.exists():
        bad(name, "missing expected/meta file")
        return 0
    with open(meta_path, encoding="utf-8") as fh:
        meta = list(csv.DictReader(fh))
    with open(exp_path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    template = fixture.suffix in (".csv", ".xlsx")
    for m in meta:
        if m["unit_code"] not in units:
            bad(name, f"unknown unit {m['unit_code']}")
    text = text_of(fixture)
    if not template and MARK not in text:
        bad(name, "synthetic marker line missing")
    if fixture.suffix == ".csv" and ";true;" not in text:
        bad(name, "synthetic column missing")

    if template:
        compare_template(name, fixture, rows, meta, units)

    by_unit = defaultdict(list)
    seen = set()
    for r in rows:
        u = r.get("unit_code") or meta[0]["unit_code"]
        key = (u, r["indicator"], r["sub_period_start"], r["sub_period_end"], r["as_of"], r["breakdown"])
        if key in seen:
            bad(name, f"duplicate fact {key}")
        seen.add(key)
        ind = cat.get(r["indicator"])
        if ind is None or ind["kind"] != "reported":
            bad(name, f"not a reported catalogue id: {r['indicator']}")
            continue
        v = float(r["value"])
        lo, hi = float(ind["plausible_min"]), float(ind["plausible_max"])
        if not lo <= v <= hi:
            bad(name, f"{r['indicator']}={v} outside [{lo},{hi}]")
        if r["breakdown"]:
            dim = ind["breakdown"]
            if not dim:
                bad(name, f"{r['indicator']} has no breakdown dimension")
            elif BREAKDOWNS[dim] is not None and r["breakdown"] not in BREAKDOWNS[dim]:
                bad(name, f"unknown {dim} '{r['breakdown']}'")
        for q in ("sub_period_start", "sub_period_end", "as_of"):
            if r[q] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[q]) and not (q == "sub_period_end" and r[q] == "report_date"):
                bad(name, f"bad {q} {r[q]}")
        if not template and not any(s in text for s in vn_spellings(v)):
            bad(name, f"value of {r['indicator']}={r['value']} not found in the text")
        by_unit[u].append((r, v))

    for u, facts in by_unit.items():
        consistency(name, u, facts, units)

    if verbose and not template:
        expected_vals = {v for fs in by_unit.values() for _, v in fs}
        dis = [t for t in numbers_in(text) if parse_vn(t) not in expected_vals]
        print(f"  distractor-looking numbers in {name}: {len(dis)}")
        print("    " + " ".join(dis))
    return len(rows)


def iso(d):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", d)
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else d


def template_cell_value(v):
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", v):
        return float(v.replace(".", ""))
    return float(v.replace(",", "."))


def compare_template(name, fixture, rows, meta, units):
    """The expected facts of a template must be exactly what the template holds."""
    by_name = {unicodedata.normalize("NFC", u["name"]).lower(): c for c, u in units.items()}
    got = set()
    if fixture.suffix == ".csv":
        for r in csv.DictReader(io.StringIO(text_of(fixture)), delimiter=";"):
            code = r["unit_code"] or by_name[r["unit_name"].lower()]
            if iso(r["period_start"]) != next(m for m in meta if m["unit_code"] == code)["period_start"]:
                bad(name, f"period mismatch for {code}")
            got.add((code, r["indicator"], template_cell_value(r["value"]), iso(r["sub_period_start"]),
                     r["sub_period_end"] if r["sub_period_end"] == "report_date" else iso(r["sub_period_end"]),
                     iso(r["as_of"]), r["breakdown"]))
    else:
        z = zipfile.ZipFile(fixture)
        sst = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode("utf-8"))
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        table = []
        for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet):
            cells = {}
            for ref, attrs, val in re.findall(r'<c r="([A-Z]+)\d+"([^>]*)><v>([^<]*)</v></c>', row):
                cells[ref] = sst[int(val)] if 't="s"' in attrs else float(val)
            table.append(cells)
        header = table[0]
        cols = {ref: h for ref, h in header.items()}
        for cells in table[1:]:
            code = str(int(cells["A"]))
            for ref, v in cells.items():
                h = cols[ref]
                if h in ("unit_code", "unit_name", "period_start", "period_end", "period_label", "synthetic"):
                    if h == "synthetic" and v != "true":
                        bad(name, "synthetic cell is not true")
                    continue
                got.add((code, h, float(v), "", "", "", ""))
    want = {(r["unit_code"], r["indicator"], float(r["value"]), r["sub_period_start"], r["sub_period_end"],
             r["as_of"], r["breakdown"]) for r in rows}
    for x in sorted(want - got, key=str):
        bad(name, f"expected but not in template: {x}")
    for x in sorted(got - want, key=str):
        bad(name, f"in template but not expected: {x}")


def consistency(name, u, facts, units):
    groups = defaultdict(dict)  # (sub_start, sub_end) -> indicator -> value  (totals only)
    parts = defaultdict(float)
    for r, v in facts:
        k = (r["sub_period_start"], r["sub_period_end"])
        if r["breakdown"]:
            parts[(k, r["indicator"])] += v
        else:
            groups[k][r["indicator"]] = v
    for (k, ind), s in parts.items():
        tot = groups[k].get(ind)
        if tot is not None and not close(tot, s, 1e-6):
            bad(name, f"[{u}] breakdown of {ind} {k} sums to {s}, total {tot}")
    unit = units[u]
    for k, g in groups.items():
        rec, res = g.get("cases_received"), g.get("cases_resolved")
        ont, ovd = g.get("cases_on_time"), g.get("cases_overdue")
        if rec is not None and ont is not None and ovd is not None and ont + ovd > rec:
            bad(name, f"[{u}] on time + overdue > received")
        if res is not None and ont is not None and ovd is not None and not close(res, ont + ovd, 1e-6):
            bad(name, f"[{u}] resolved != on time + overdue")
        if res is not None and rec is not None and res > rec:
            bad(name, f"[{u}] resolved > received")
        denom = res if res is not None else (ont + ovd if ont is not None and ovd is not None else None)
        if denom:
            if "on_time_rate_pct" in g and not close(g["on_time_rate_pct"], round(ont / denom * 100, 2)):
                bad(name, f"[{u}] on_time_rate_pct {g['on_time_rate_pct']} vs {ont}/{denom}")
            if "overdue_rate_pct" in g and not close(g["overdue_rate_pct"], round(ovd / denom * 100, 2)):
                bad(name, f"[{u}] overdue_rate_pct {g['overdue_rate_pct']} vs {ovd}/{denom}")
        for q, p in (("civil_servants_quota", "civil_servants_present"),
                     ("education_staff_quota", "education_staff_present"),
                     ("health_staff_quota", "health_staff_present")):
            if q in g and p in g and g[p] > g[q]:
                bad(name, f"[{u}] {p} > {q}")
        if "public_service_staff_quota" in g:
            sub = g.get("education_staff_quota", 0) + g.get("health_staff_quota", 0)
            if sub > g["public_service_staff_quota"]:
                bad(name, f"[{u}] education + health quota > public service quota")
        if "schools" in g and "public_service_units" in g and g["schools"] > g["public_service_units"]:
            bad(name, f"[{u}] schools > public service units")
        if "population" in g and int(g["population"]) != int(unit["population"]):
            bad(name, f"[{u}] population {g['population']} != units.csv {unit['population']}")
        if "area_km2" in g and not close(g["area_km2"], float(unit["area_km2"]), 1e-6):
            bad(name, f"[{u}] area {g['area_km2']} != units.csv {unit['area_km2']}")
        if "ethnic_minority_people" in g and "ethnic_minority_rate_pct" in g:
            r = round(g["ethnic_minority_people"] / float(unit["population"]) * 100, 2)
            if not close(r, g["ethnic_minority_rate_pct"]):
                bad(name, f"[{u}] ethnic minority rate {g['ethnic_minority_rate_pct']} vs {r}")


def main():
    verbose = "-v" in sys.argv
    cat, units = load_catalogue(), load_units()
    total = 0
    fixtures = sorted(p for p in LAB.iterdir() if p.is_file() and p.name != "README.md")
    for f in fixtures:
        n = check(f, cat, units, verbose)
        print(f"{f.name}: {n} expected facts")
        total += n
    print(f"total: {total} expected facts in {len(fixtures)} fixtures")
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
