#!/usr/bin/env python3
"""Sanity checks for the held-out labelled set (extractor/src/test/resources/heldout).

It checks the labels against the texts and the catalogue only; it never looks at the
extraction rules or the development set. Run from anywhere:

    python3 extractor/src/test/fixture-makers/heldout/check_heldout.py

Exit status 0 when every check passes, 1 otherwise.
"""
import csv
import io
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[5]  # .../work/main
HELDOUT = ROOT / "extractor/src/test/resources/heldout"
EXPECTED = HELDOUT / "expected"
CATALOGUE = ROOT / "warehouse/src/main/resources/catalogue/indicators.csv"
UNITS = ROOT / "sample-data/units.csv"

EXPECTED_HEADER = ["unit_code", "indicator", "value", "sub_period_start", "sub_period_end", "as_of", "breakdown"]
META_HEADER = ["unit_code", "period_start", "period_end"]
SYNTHETIC_MARK = "DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật."
# units the development set already uses: the held-out set must not report on them
DEV_UNIT_NAMES = ["Lê Chân", "Cát Hải", "Tiên Lãng", "Vĩnh Bảo", "Hải An", "An Lão", "Ngô Quyền", "Kiến Thụy",
                  "Hồng Bàng", "An Hưng", "Bạch Long Vĩ", "Kiến An", "Hà Bắc"]
BREAKDOWNS = {
    "document_type": {"Quyết định", "Kế hoạch", "Thông báo", "Tờ trình", "Công văn", "khác"},
    "school_level": {"Mầm non", "Tiểu học", "THCS"},
    "religion": {"Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Hòa Hảo", "Hồi giáo", "khác"},
    "former_unit": None,  # any former unit name
}
# narrative files: expected line endings
LINE_ENDINGS = {
    "heldout-ward-q1-2026.txt": "\n",
    "heldout-commune-9m-2025.txt": "\r\n",
    "heldout-commune-q4-2025.txt": "\n",
    "heldout-ward-2025.txt": "\n",
}
TEMPLATE = "heldout-template-long.csv"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []
notes = []


def err(msg):
    errors.append(msg)


def load_catalogue():
    with CATALOGUE.open(encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f)}


def load_units():
    with UNITS.open(encoding="utf-8") as f:
        return {r["code"]: r for r in csv.DictReader(f)}


def vn_number(tok):
    """Vietnamese number rules: '.' groups thousands before exactly three digits, ',' is the decimal mark."""
    tok = tok.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", tok):
        tok = tok.replace(".", "")
    if re.fullmatch(r"\d+,\d+", tok):
        tok = tok.replace(",", ".")
    return float(tok)


def numbers_in(text):
    out = set()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        tok = m.group(0)
        try:
            out.add(round(vn_number(tok), 6))
        except ValueError:
            # e.g. a date 01/7/2025 split by '/', or '0225.3642.816'
            for part in re.split(r"[.,]", tok):
                out.add(float(part))
    return out


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], [r for r in rows[1:] if r]


def check_expected(name, cat, units, source_numbers):
    path = EXPECTED / f"{name}.expected.csv"
    meta = EXPECTED / f"{name}.meta.csv"
    if not path.exists() or not meta.exists():
        err(f"{name}: missing {path.name} or {meta.name}")
        return []
    header, rows = read_csv(path)
    if header != EXPECTED_HEADER:
        err(f"{path.name}: header {header}")
    mheader, mrows = read_csv(meta)
    if mheader != META_HEADER:
        err(f"{meta.name}: header {mheader}")
    meta_units = set()
    for r in mrows:
        code, ps, pe = r
        meta_units.add(code)
        if code not in units:
            err(f"{meta.name}: unknown unit {code}")
        if not (ISO.match(ps) and ISO.match(pe) and ps <= pe):
            err(f"{meta.name}: bad period {ps}..{pe}")
    facts = []
    keys = set()
    for i, r in enumerate(rows, start=2):
        if len(r) != len(EXPECTED_HEADER):
            err(f"{path.name}:{i}: {len(r)} columns")
            continue
        d = dict(zip(EXPECTED_HEADER, r))
        where = f"{path.name}:{i} {d['indicator']}"
        if d["unit_code"] not in meta_units:
            err(f"{where}: unit {d['unit_code']} not in meta")
        c = cat.get(d["indicator"])
        if c is None:
            err(f"{where}: unknown indicator")
            continue
        if c["kind"] != "reported":
            err(f"{where}: derived indicators are computed, not labelled")
        try:
            v = float(d["value"])
        except ValueError:
            err(f"{where}: value {d['value']!r} is not a plain number")
            continue
        if re.search(r"[^0-9.]", d["value"]) or d["value"].count(".") > 1:
            err(f"{where}: value {d['value']!r} must be plain (digits, optional '.')")
        if c["plausible_min"] and c["plausible_max"]:
            lo, hi = float(c["plausible_min"]), float(c["plausible_max"])
            if not lo <= v <= hi:
                err(f"{where}: {v} outside plausible {lo}..{hi}")
        sps, spe, aso, bd = d["sub_period_start"], d["sub_period_end"], d["as_of"], d["breakdown"]
        if bool(sps) != bool(spe):
            err(f"{where}: half a sub-period")
        if sps and not ISO.match(sps):
            err(f"{where}: sub_period_start {sps!r}")
        if spe and not (ISO.match(spe) or spe == "report_date"):
            err(f"{where}: sub_period_end {spe!r}")
        if aso and not ISO.match(aso):
            err(f"{where}: as_of {aso!r}")
        if bd:
            kind = c["breakdown"]
            if not kind:
                err(f"{where}: {d['indicator']} has no breakdown in the catalogue")
            elif BREAKDOWNS.get(kind) is not None and bd not in BREAKDOWNS[kind]:
                err(f"{where}: breakdown {bd!r} not a known {kind}")
        key = (d["unit_code"], d["indicator"], sps, spe, aso, bd)
        if key in keys:
            err(f"{where}: duplicate fact {key}")
        keys.add(key)
        # the value must be visible in the source (money may be written in tỷ đồng)
        if source_numbers is not None:
            ok = round(v, 6) in source_numbers
            if not ok and c["unit"] == "million_vnd":
                ok = round(v / 1000, 6) in source_numbers
            if not ok:
                err(f"{where}: value {d['value']} not found in the source text")
        d["v"] = v
        facts.append(d)
    return facts


def check_consistency(name, facts, units):
    by_unit = defaultdict(list)
    for f in facts:
        by_unit[f["unit_code"]].append(f)
    for code, fs in by_unit.items():
        unit = units.get(code, {})
        # group facts by (sub-period, as_of) window
        win = defaultdict(dict)
        parts = defaultdict(list)
        for f in fs:
            w = (f["sub_period_start"], f["sub_period_end"])
            if f["breakdown"]:
                parts[(f["indicator"], w)].append(f["v"])
            else:
                win[w][f["indicator"]] = f
        for (ind, w), vals in parts.items():
            tot = win[w].get(ind)
            if tot is None:
                err(f"{name}/{code}: breakdown of {ind} {w} without a total")
            elif abs(sum(vals) - tot["v"]) > 1e-6:
                err(f"{name}/{code}: {ind} {w} parts sum {sum(vals)} != total {tot['v']}")
        for w, g in win.items():
            v = {k: f["v"] for k, f in g.items()}
            tag = f"{name}/{code} {w}"
            rec = v.get("cases_received")
            if rec is not None:
                on, late = v.get("cases_on_time", 0), v.get("cases_overdue", 0)
                if on + late > rec:
                    err(f"{tag}: on time + overdue {on + late} > received {rec}")
                if v.get("cases_resolved", 0) > rec:
                    err(f"{tag}: resolved > received")
                if "cases_resolved" in v and "cases_on_time" in v and "cases_overdue" in v \
                        and v["cases_resolved"] != on + late:
                    err(f"{tag}: resolved {v['cases_resolved']} != on time + overdue {on + late}")
                for rate_id, num_id in (("on_time_rate_pct", "cases_on_time"), ("overdue_rate_pct", "cases_overdue")):
                    if rate_id in g and num_id in v:
                        stated = g[rate_id]["value"]
                        tol = 0.5 * 10 ** -decimals(stated) + 1e-9
                        calc = v[num_id] / rec * 100
                        if abs(calc - float(stated)) > tol:
                            err(f"{tag}: {rate_id} {stated} but {num_id}/received = {calc:.4f}")
            for q, p in (("civil_servants_quota", "civil_servants_present"),
                         ("education_staff_quota", "education_staff_present"),
                         ("health_staff_quota", "health_staff_present")):
                if q in v and p in v and v[p] > v[q]:
                    err(f"{tag}: {p} {v[p]} > {q} {v[q]}")
            if "public_service_staff_quota" in v:
                s = v.get("education_staff_quota", 0) + v.get("health_staff_quota", 0)
                if s > v["public_service_staff_quota"]:
                    err(f"{tag}: education + health quota {s} > public service quota")
            if "schools" in v and "public_service_units" in v and v["schools"] > v["public_service_units"]:
                err(f"{tag}: schools > public service units")
            if "civil_servants_at_start" in v and "civil_servants_before_merger" in v \
                    and v["civil_servants_at_start"] > v["civil_servants_before_merger"]:
                err(f"{tag}: taken over > before merger")
            if w == ("", ""):
                if "population" in v and unit and abs(v["population"] - float(unit["population"])) > 0.5:
                    err(f"{tag}: population {v['population']} != units.csv {unit['population']}")
                if "area_km2" in v and unit and abs(v["area_km2"] - float(unit["area_km2"])) > 1e-6:
                    err(f"{tag}: area {v['area_km2']} != units.csv {unit['area_km2']}")
                pop = v.get("population", float(unit.get("population", "nan")))
                if "ethnic_minority_people" in v and "ethnic_minority_rate_pct" in g:
                    stated = g["ethnic_minority_rate_pct"]["value"]
                    calc = v["ethnic_minority_people"] / pop * 100
                    if abs(calc - float(stated)) > 0.5 * 10 ** -decimals(stated) + 1e-9:
                        err(f"{tag}: ethnic minority rate {stated} but {calc:.4f}")
                for n_id, r_id in (("poor_households", "poor_household_rate_pct"),
                                   ("near_poor_households", "near_poor_household_rate_pct")):
                    if n_id in v and r_id in v and v[r_id] > 0:
                        hh = v[n_id] / v[r_id] * 100
                        per = pop / hh if hh else math.inf
                        if not 2.5 <= per <= 4.5:
                            err(f"{tag}: {n_id}/{r_id} imply {hh:.0f} households ({per:.2f} people each)")
                        notes.append(f"{tag}: {r_id} implies ~{hh:.0f} households")
                if "religious_followers" in v and v["religious_followers"] > pop:
                    err(f"{tag}: more followers than people")


def check_narrative(path, units, meta_codes):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not UTF-8 ({e})")
        return None
    want = LINE_ENDINGS.get(path.name)
    has_crlf = "\r\n" in text
    bare_lf = re.search(r"(?<!\r)\n", text) is not None
    if want == "\r\n" and (bare_lf or not has_crlf):
        err(f"{path.name}: expected CRLF line endings throughout")
    if want == "\n" and "\r" in text:
        err(f"{path.name}: expected LF line endings")
    lines = text.splitlines()
    if not 40 <= len(lines) <= 120:
        err(f"{path.name}: {len(lines)} lines, want 40..120")
    if SYNTHETIC_MARK not in "\n".join(lines[:15]):
        err(f"{path.name}: synthetic marker missing near the top")
    for needle in ("/BC-UBND", "BÁO CÁO", "Nơi nhận"):
        if needle not in text:
            err(f"{path.name}: no {needle!r}")
    if not any(l.lstrip().startswith("|") or re.match(r"^\S+\s{2,}\S+\s{2,}\S+", l) for l in lines):
        err(f"{path.name}: no text table")
    for code in meta_codes:
        short = re.sub(r"^(Xã|Phường|Đặc khu) ", "", units[code]["name"])
        if short not in text:
            err(f"{path.name}: unit name {short!r} not in text")
        if short in DEV_UNIT_NAMES:
            err(f"{path.name}: {short} belongs to the development set")
    return text


def check_template(path, units, facts):
    header, rows = read_csv(path)
    if "synthetic" not in header:
        err(f"{path.name}: no synthetic column")
    if ";" in path.read_text(encoding="utf-8").splitlines()[0]:
        err(f"{path.name}: header should use ','")
    idx = {h: i for i, h in enumerate(header)}
    name_to_code = {re.sub(r"^(Xã|Phường|Đặc khu) ", "", u["name"]): c for c, u in units.items()}
    got = []
    for n, r in enumerate(rows, start=2):
        if len(r) != len(header):
            err(f"{path.name}:{n}: {len(r)} columns")
            continue
        g = lambda k: r[idx[k]] if k in idx else ""
        if g("synthetic") != "true":
            err(f"{path.name}:{n}: synthetic is not true")
        code = g("unit_code") or name_to_code.get(re.sub(r"^(Xã|Phường|Đặc khu) ", "", g("unit_name")), "?")

        def iso(s):
            m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
            return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else s

        got.append((code, g("indicator"), round(vn_number(g("value")), 6), iso(g("sub_period_start")),
                    iso(g("sub_period_end")), iso(g("as_of")), g("breakdown")))
    want = [(f["unit_code"], f["indicator"], round(f["v"], 6), f["sub_period_start"], f["sub_period_end"],
             f["as_of"], f["breakdown"]) for f in facts]
    if sorted(got) != sorted(want):
        err(f"{path.name}: template rows and expected facts differ:\n  only in template {sorted(set(got) - set(want))}"
            f"\n  only in expected {sorted(set(want) - set(got))}")


def main():
    cat = load_catalogue()
    units = load_units()
    sources = sorted(p for p in HELDOUT.iterdir() if p.is_file() and p.suffix in (".txt", ".csv"))
    names = {p.name for p in sources}
    for e in EXPECTED.iterdir():
        base = re.sub(r"\.(expected|meta)\.csv$", "", e.name)
        if base not in names:
            err(f"{e.name}: no source file {base}")
    summary = []
    for p in sources:
        _, mrows = read_csv(EXPECTED / f"{p.name}.meta.csv") if (EXPECTED / f"{p.name}.meta.csv").exists() else ([], [])
        meta_codes = [r[0] for r in mrows if r and r[0] in units]
        if p.suffix == ".txt":
            text = check_narrative(p, units, meta_codes)
            nums = numbers_in(text) if text is not None else None
            facts = check_expected(p.name, cat, units, nums)
        else:
            facts = check_expected(p.name, cat, units, None)
            check_template(p, units, facts)
        check_consistency(p.name, facts, units)
        summary.append((p.name, len(facts), len({f["indicator"] for f in facts})))
    for name, n, k in summary:
        print(f"{name}: {n} expected facts over {k} indicators")
    print(f"total: {sum(n for _, n, _ in summary)} facts")
    for n in notes:
        print("note:", n)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
