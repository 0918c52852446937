#!/usr/bin/env python3
"""Consistency checker for the independent test set.

    python3 check_independent.py        # exit code 0 when clean

Checks, for every report in src/test/resources/independent/:
  * the three label files exist and have the exact headers;
  * the report is UTF-8, NFC, 40-150 lines, carries the SYNTHETIC line near
    the top (press articles: as the first line), names its unit;
  * the unit exists in units.csv, is not one of the excluded codes, and no two
    reports share a unit; area/population facts equal units.csv;
  * meta dates are ISO (or both empty); sub-periods come in pairs; as_of ISO;
  * every indicator id is in the catalogue with kind=reported, the value is
    within the catalogue's plausible range, breakdowns are allowed categories;
  * every expected value occurs in the report text as a number token (money
    also as tỷ đồng; the docx is read from its XML, the pdf from the text
    that PDFBox extracted, see MakeIndependentFixtures.java);
  * every distractor number occurs on the line it names (in the report, or in
    the maker source for .docx/.pdf), roles are from the allowed list;
  * counts are coherent per sub-period: on_time + overdue <= resolved <=
    received, present <= quota, breakdown items sum to the total, stated
    rates agree with stated counts where both are given.
"""
import csv
import re
import sys
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
RES = HERE.parent.parent / "resources" / "independent"
EXP = RES / "expected"
ROOT = HERE.parents[4]  # the repository
CATALOGUE = ROOT / "warehouse/src/main/resources/catalogue/indicators.csv"
UNITS = ROOT / "sample-data/units.csv"

SYNTH = "DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm, không phải số liệu thật."
EXCLUDED = set("10816 10549 10606 10804 10891 11164 11311 11329 11383 11413 11443 "
               "11557 11629 11674 11680 11755 11824 11914 11948".split())
ROLES = {"target", "previous_period", "change", "other_unit", "city", "ranking", "date",
         "document_number", "list_number", "staff_left", "not_in_catalogue",
         "breakdown_of_non_catalogue", "other"}
BREAKDOWNS = {
    "document_type": {"Quyết định", "Kế hoạch", "Thông báo", "Tờ trình", "Công văn", "khác"},
    "school_level": {"Mầm non", "Tiểu học", "THCS"},
    "religion": {"Phật giáo", "Công giáo", "Tin lành"},
}
ABBREV = {  # how a category may be written in a report (lower case)
    "Mầm non": ["mn"], "Tiểu học": ["th"], "THCS": ["trung học cơ sở"],
    "Quyết định": ["qđ"], "Kế hoạch": ["kh"], "Thông báo": ["tb"], "Tờ trình": ["ttr"],
    "Công văn": ["cv"], "khác": ["văn bản khác"],
}
PRESS = {"ind01_10909_press_one_stop.txt", "ind02_11749_press_poverty.txt"}
H_META = ["unit_code", "period_start", "period_end"]
H_EXP = ["unit_code", "indicator", "value", "sub_period_start", "sub_period_end", "as_of", "breakdown"]
H_DIS = ["number", "line", "role", "why"]

errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def iso(s):
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
               .replace("&quot;", '"').replace("&apos;", "'"))


def vn_int(n):
    s = f"{n:,}".replace(",", ".")
    return s


def forms(value, unit):
    """Textual forms under which a catalogue value may appear."""
    out = set()
    v = value
    if "." in v:
        ip, fp = v.split(".")
        out.add(f"{vn_int(int(ip))},{fp}")
        out.add(f"{ip},{fp}")
    else:
        n = int(v)
        out.update({v, vn_int(n), f"0{v}" if n < 10 else v})
    if unit == "million_vnd":
        x = float(v) / 1000
        s = f"{x:.3f}".rstrip("0").rstrip(".")
        if "." in s:
            ip, fp = s.split(".")
            out.add(f"{vn_int(int(ip))},{fp}#tỷ")
        else:
            out.add(f"{vn_int(int(s))}#tỷ")
    return out


def occurs(text, form):
    tyy = form.endswith("#tỷ")
    f = form[:-3] if tyy else form
    rx = r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)"
    if tyy:
        rx += r"\s*tỷ"
    return re.search(rx, text) is not None


def main():
    cat = {}
    with open(CATALOGUE, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cat[r["id"]] = r
    units = {}
    with open(UNITS, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            units[r["code"]] = r

    reports = sorted(p for p in RES.iterdir()
                     if p.is_file() and p.suffix in {".txt", ".docx", ".pdf"})
    if len(reports) < 12:
        err("set", f"only {len(reports)} reports")
    used_units = {}
    total_f = total_d = 0
    for rep in reports:
        f = rep.name
        stem = rep.stem
        # ---------------------------------------------------------- text
        if rep.suffix == ".txt":
            raw = rep.read_bytes()
            src_text = raw.decode("utf-8")
            text = src_text
        else:
            src = HERE / f"{stem}.src.txt"
            if not src.exists():
                err(f, f"missing maker source {src.name}")
                continue
            src_text = src.read_text(encoding="utf-8")
            if rep.suffix == ".docx":
                text = docx_text(rep)
            else:
                ext = HERE / "extracted" / f"{stem}.pdf.txt"
                if not ext.exists():
                    err(f, "no extracted pdf text; run MakeIndependentFixtures.java")
                    continue
                text = ext.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", src_text) != src_text:
            err(f, "text is not NFC")
        lines = src_text.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        if not 40 <= len(lines) <= 150:
            err(f, f"{len(lines)} lines (want 40-150)")
        top = [l.strip() for l in lines[:5]]
        if f in PRESS:
            if top[0] != SYNTH:
                err(f, "press article must start with the synthetic line")
        elif SYNTH not in top:
            err(f, "synthetic line not in the first 5 lines")
        if SYNTH not in re.sub(r"\s+", " ", text):
            err(f, "synthetic line missing from the rendered text")
        # ---------------------------------------------------------- meta
        mp = EXP / f"{f}.meta.csv"
        ep = EXP / f"{f}.expected.csv"
        dp = EXP / f"{f}.distractors.csv"
        for p in (mp, ep, dp):
            if not p.exists():
                err(f, f"missing {p.name}")
        if errors and errors[-1].startswith(f"{f}: missing"):
            continue
        h, rows = read_csv(mp)
        if h != H_META or len(rows) != 1:
            err(f, "bad meta header/rows")
            continue
        unit, ps, pe = rows[0]
        if unit not in units:
            err(f, f"unknown unit {unit}")
            continue
        if unit in EXCLUDED:
            err(f, f"excluded unit {unit}")
        if unit in used_units:
            err(f, f"unit {unit} also used by {used_units[unit]}")
        used_units[unit] = f
        uname = units[unit]["name"]
        bare = re.sub(r"^(Xã|Phường|Đặc khu) ", "", uname)
        if bare not in text:
            err(f, f"unit name {uname} not in text")
        if f"_{unit}_" not in f:
            err(f, "file name should carry the unit code")
        if (ps == "") != (pe == ""):
            err(f, "period start/end must both be set or both empty")
        if ps and not (iso(ps) and iso(pe) and ps <= pe):
            err(f, f"bad period {ps}..{pe}")
        # ---------------------------------------------------------- expected
        h, rows = read_csv(ep)
        if h != H_EXP:
            err(f, f"bad expected header {h}")
            continue
        former = {re.sub(r"^(Xã|Phường) ", "", re.sub(r" \[.*$", "", part.strip()))
                  for part in units[unit]["merged_from"].split(";")}
        facts = {}
        seen = set()
        for r in rows:
            if len(r) != 7:
                err(f, f"bad row {r}")
                continue
            u, ind, val, ss, se, asof, bd = r
            key = (ind, ss, se, asof, bd)
            if key in seen:
                err(f, f"duplicate fact {r}")
            seen.add(key)
            if u != unit:
                err(f, f"row unit {u} != meta unit {unit}")
            c = cat.get(ind)
            if c is None:
                err(f, f"unknown indicator {ind}")
                continue
            if c["kind"] != "reported":
                err(f, f"indicator {ind} is {c['kind']}, not reported")
            if not re.fullmatch(r"\d+(\.\d+)?", val):
                err(f, f"bad value {val!r} for {ind}")
                continue
            x = float(val)
            lo, hi = c["plausible_min"], c["plausible_max"]
            if lo and hi and not (float(lo) <= x <= float(hi)) and not bd:
                err(f, f"{ind}={val} outside plausible range {lo}..{hi}")
            if (ss == "") != (se == ""):
                err(f, f"sub-period half empty in {r}")
            if ss and not (iso(ss) and iso(se) and ss <= se):
                err(f, f"bad sub-period in {r}")
            if ss and (ss, se) == (ps, pe):
                err(f, f"sub-period equals the report period in {r}")
            if asof and not iso(asof):
                err(f, f"bad as_of in {r}")
            if bd:
                dim = c["breakdown"]
                allowed = BREAKDOWNS.get(dim, former if dim == "former_unit" else set())
                if bd not in allowed:
                    err(f, f"breakdown {bd!r} not allowed for {ind} ({dim})")
                names = [bd.lower()] + ABBREV.get(bd, [])
                if not any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.sub(r"\s+", " ", text.lower())) for n in names):
                    err(f, f"breakdown label {bd!r} not in text")
            if ind == "area_km2" and abs(x - float(units[unit]["area_km2"])) > 1e-9:
                err(f, f"area {val} != units.csv {units[unit]['area_km2']}")
            if ind == "population" and int(x) != int(units[unit]["population"]):
                err(f, f"population {val} != units.csv {units[unit]['population']}")
            if not any(occurs(text, fm) for fm in forms(val, c["unit"])):
                err(f, f"value {val} ({ind}) not found in text")
            facts[key] = x
        total_f += len(rows)
        coherence(f, facts)
        # ---------------------------------------------------------- distractors
        h, rows = read_csv(dp)
        if h != H_DIS:
            err(f, f"bad distractor header {h}")
            continue
        fact_vals = {v for v in facts.values()}
        for r in rows:
            if len(r) != 4:
                err(f, f"bad distractor row {r}")
                continue
            num, ln, role, why = r
            if role not in ROLES:
                err(f, f"bad role {role}")
            if not why.strip():
                err(f, f"empty why for {num}")
            if not ln.isdigit() or not 1 <= int(ln) <= len(lines):
                err(f, f"bad line {ln}")
                continue
            rx = r"(?<![\d.,])" + re.escape(num) + r"(?![\d]|[.,]\d)"
            if not re.search(rx, lines[int(ln) - 1]):
                err(f, f"distractor {num!r} not on line {ln}")
            if num.rstrip("%") not in src_text:
                err(f, f"distractor {num!r} not in text")
        total_d += len(rows)
        print(f"{f:42s} unit {unit}  facts {len(facts):3d}  distractors {len(rows):3d}")
    print(f"total: {len(reports)} reports, {total_f} facts, {total_d} distractors")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("clean")


def close(rate, num, den, decimals):
    if den == 0:
        return False
    return abs(round(num / den * 100, decimals) - rate) < 1e-9 or abs(num / den * 100 - rate) <= 0.5 * 10 ** -decimals + 1e-9


def coherence(f, facts):
    groups = {}
    for (ind, ss, se, asof, bd), x in facts.items():
        groups.setdefault((ss, se), {})[(ind, bd)] = x
    for (ss, se), g in groups.items():
        tag = f"[{ss or 'period'}..{se}]"
        get = lambda i, b="": g.get((i, b))
        rec, res, ont, ovd = (get("cases_received"), get("cases_resolved"),
                              get("cases_on_time"), get("cases_overdue"))
        if res is not None and rec is not None and res > rec:
            err(f, f"{tag} resolved > received")
        if ont is not None and ovd is not None and res is not None and ont + ovd > res:
            err(f, f"{tag} on_time + overdue > resolved")
        if ont is not None and rec is not None and ont > rec:
            err(f, f"{tag} on_time > received")
        for a, b in (("civil_servants_present", "civil_servants_quota"),
                     ("education_staff_present", "education_staff_quota"),
                     ("health_staff_present", "health_staff_quota")):
            if get(a) is not None and get(b) is not None and get(a) > get(b):
                err(f, f"{tag} {a} > {b}")
        if get("education_staff_quota") and get("health_staff_quota") and get("public_service_staff_quota"):
            if get("education_staff_quota") + get("health_staff_quota") > get("public_service_staff_quota"):
                err(f, f"{tag} education + health quota > public service quota")
        if get("schools") and get("public_service_units") and get("schools") > get("public_service_units"):
            err(f, f"{tag} schools > public service units")
        # breakdown sums
        for ind in ("documents_issued", "schools", "religious_followers", "civil_servants_before_merger"):
            parts = [x for (i, b), x in g.items() if i == ind and b]
            tot = get(ind)
            if parts and tot is not None and abs(sum(parts) - tot) > 1e-9:
                err(f, f"{tag} {ind} breakdown sums to {sum(parts)} != {tot}")
        # rates against counts (either denominator, at the stated precision)
        def dec(v):
            s = repr(v)
            return len(s.split(".")[1]) if "." in s and not s.endswith(".0") else 0
        if get("on_time_rate_pct") is not None and ont is not None:
            r = get("on_time_rate_pct")
            if not any(close(r, ont, d, dec(r)) for d in (res, rec) if d):
                err(f, f"{tag} on_time_rate {r} does not match counts")
        if get("overdue_rate_pct") is not None and ovd is not None:
            r = get("overdue_rate_pct")
            if not any(close(r, ovd, d, dec(r)) for d in (res, rec) if d):
                err(f, f"{tag} overdue_rate {r} does not match counts")
    # rates that need the population
    g = groups.get(("", ""), {})
    pop = None
    for (ind, ss, se, asof, bd), x in facts.items():
        if ind == "population":
            pop = x
    em, emr = g.get(("ethnic_minority_people", "")), g.get(("ethnic_minority_rate_pct", ""))
    if em is not None and emr is not None and pop:
        if not close(emr, em, pop, 2):
            err(f, f"ethnic minority rate {emr} != {em}/{pop}")


if __name__ == "__main__":
    main()
