#!/usr/bin/env python3
"""Extract the IOM "Migration Governance Indicators Profile 2022 – Mexico" into JSON.

Mechanical part: paragraphs of the findings (sections 1.2 ... 6.2), the COVID-19
pages, all numbered footnotes, the KEY SOURCES list and Table 1 are parsed from the
markdown conversion of the PDF. Hand-curated part (CURATED below): per-record
titles, indicator codes and named instruments, plus COVID topics and the few
source entries whose title/details split cannot be derived mechanically.

Usage:
  python3 extract_mex_2022.py [--source PATH] [--out PATH] [--dump]

--dump prints the mechanically extracted paragraphs (ids + text) and exits; it is
useful when (re)curating the CURATED dict.

Standard library only (Python 3.11).

This was run once to seed data/profiles/MEX-2022.json. The JSON file is now the
source of truth and is edited by hand; re-running this script overwrites those edits.
"""
import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent.parent / "shared" / "seeds" / "mgi-profile-2022-mexico.md"
DEFAULT_OUT = HERE.parent.parent / "data" / "profiles" / "MEX-2022.json"

PROFILE_ID = "MEX-2022"

# ---------------------------------------------------------------------------
# Text cleaning
# ---------------------------------------------------------------------------
SUP_RE = re.compile(r"<sup>(\d+)</sup>")
FOOTNOTE_LINE_RE = re.compile(r"^<sup>(\d+)</sup>\s*(.*)$")
MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
AUTOLINK_RE = re.compile(r"<(https?://[^>\s]+)>")
SECTION_RE = re.compile(r"^#{1,6}\s+(\d)\.(\d)\.\s+(.*)$")
TERMINAL_RE = re.compile(r"[.!?][”\"’')\]]*$")


def unescape(s):
    return s.replace("\\\\_", "_").replace("\\_", "_")


def clean(raw):
    """Apply the text-cleaning rules to a raw markdown fragment."""
    s = SUP_RE.sub("", raw)
    s = unescape(s)
    s = MD_LINK_RE.sub(lambda m: m.group(1), s)
    s = AUTOLINK_RE.sub(lambda m: m.group(1), s)
    s = s.replace("**", "")
    # *emphasis* -> emphasis
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def link_targets(raw):
    """Link targets (markdown link hrefs, autolinks), in order, deduplicated."""
    raw = unescape(raw)
    found = []
    for m in re.finditer(r"\[[^\]]*\]\(([^)\s]*)\)|<(https?://[^>\s]+)>", raw):
        url = m.group(1) or m.group(2)
        if url and url != "#" and url not in found:
            found.append(url)
    return found


def sup_numbers(raw):
    return [int(n) for n in SUP_RE.findall(raw)]


def dedup(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def is_layout(line):
    return line.strip() in ("", "---")


def ends_paragraph(raw):
    return bool(TERMINAL_RE.search(clean(raw)))


# ---------------------------------------------------------------------------
# Document regions
# ---------------------------------------------------------------------------
def find_line(lines, pred, start=0, what="line"):
    for i in range(start, len(lines)):
        if pred(lines[i]):
            return i
    raise SystemExit(f"could not find {what}")


def regions(lines):
    r = {}
    r["intro"] = find_line(lines, lambda l: l.strip() == "# INTRODUCTION", what="INTRODUCTION")
    r["concept"] = find_line(lines, lambda l: l.strip() == "# CONCEPTUAL FRAMEWORK", r["intro"], "CONCEPTUAL FRAMEWORK")
    r["findings"] = find_line(lines, lambda l: bool(re.match(r"^#{1,6}\s+1\.1\.", l)), r["concept"], "1.1 heading")
    r["covid"] = find_line(lines, lambda l: l.startswith("#") and "COVID-19" in l, r["findings"], "COVID heading")
    r["sources"] = find_line(lines, lambda l: l.strip() == "# KEY SOURCES", r["covid"], "KEY SOURCES")
    r["annex"] = find_line(lines, lambda l: l.strip() == "# ANNEXES", r["sources"], "ANNEXES")
    r["end"] = len(lines)
    return r


def blocks(lines, start, end):
    """Yield (first_line_index, raw_text) for runs of consecutive non-layout lines."""
    buf, first = [], None
    for i in range(start, end):
        line = lines[i]
        if is_layout(line) or line.startswith("#") or FOOTNOTE_LINE_RE.match(line):
            if buf:
                yield first, " ".join(buf)
                buf = []
            if line.startswith("#") or FOOTNOTE_LINE_RE.match(line):
                yield i, line
            continue
        if not buf:
            first = i
        buf.append(line.rstrip())
    if buf:
        yield first, " ".join(buf)


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------
POLICY_SECTIONS = {f"{d}.{k}" for d in range(1, 7) for k in (1, 2, 3)} - {"1.1"}
WARNINGS = []


def extract_footnotes(lines, start, end, section):
    notes = []
    for i in range(start, end):
        m = FOOTNOTE_LINE_RE.match(lines[i])
        if m:
            raw = m.group(2)
            notes.append({
                "section": section,
                "number": int(m.group(1)),
                "text": clean(raw),
                "urls": link_targets(raw),
            })
    return notes


def join_paragraphs(chunks):
    """chunks: list of (key, raw). Joins a chunk onto the previous one with the same key
    when the previous one does not end in terminal punctuation."""
    paras = []
    for key, raw in chunks:
        if paras and paras[-1][0] == key and not ends_paragraph(paras[-1][1]):
            paras[-1] = (key, paras[-1][1].rstrip() + " " + raw.lstrip(), paras[-1][2] + 1)
            continue
        if paras and paras[-1][0] != key and not ends_paragraph(paras[-1][1]):
            WARNINGS.append(f"paragraph at end of {paras[-1][0]} lacks terminal punctuation")
        first = clean(raw)[:1]
        if first.islower():
            WARNINGS.append(f"paragraph starts lowercase but was not joined: {clean(raw)[:60]!r}")
        paras.append((key, raw, 1))
    return paras


def extract_policy_paragraphs(lines, start, end):
    chunks = []
    section = None
    assessment = {}
    for i, raw in blocks(lines, start, end):
        if raw.startswith("#"):
            m = SECTION_RE.match(raw.strip())
            if m and f"{m.group(1)}.{m.group(2)}" in POLICY_SECTIONS:
                section = f"{m.group(1)}.{m.group(2)}"
                heading = m.group(3)
                if "well-developed" in heading:
                    assessment[section] = "well-developed"
                elif "further development" in heading:
                    assessment[section] = "further-development"
                else:
                    raise SystemExit(f"unrecognised section heading: {raw}")
            else:
                section = None
            continue
        if FOOTNOTE_LINE_RE.match(raw) or section is None:
            continue
        chunks.append((section, raw))
    out = []
    counters = {}
    for section, raw, parts in join_paragraphs(chunks):
        counters[section] = counters.get(section, 0) + 1
        out.append({
            "id": f"{PROFILE_ID}-{section}-{counters[section]:02d}",
            "section": section,
            "dimension": int(section.split(".")[0]),
            "assessment": assessment[section],
            "raw": raw,
            "parts": parts,
        })
    return out


def extract_covid(lines, start, end):
    chunks = []
    for i, raw in blocks(lines, start, end):
        if raw.startswith("#") or FOOTNOTE_LINE_RE.match(raw):
            continue
        chunks.append(("covid", raw))
    paras = join_paragraphs(chunks)
    return paras[0][1], [p[1] for p in paras[1:]]


RATIFICATION_CODES = [
    "ilo-c097", "un-refugees-1951", "un-statelessness-1954-1961",
    "ilo-c143", "crc-1989", "icrmw-1990",
]


def extract_ratifications(lines, start, end):
    rows = []
    for i in range(start, end):
        line = lines[i]
        if "\t" not in line or line.startswith("Convention name"):
            continue
        name, value = line.rstrip("\n").split("\t")
        value = value.strip()
        m = re.fullmatch(r"Yes \((\d{4})\)", value)
        if m:
            rows.append((name, True, int(m.group(1))))
        elif value == "No":
            rows.append((name, False, None))
        else:
            raise SystemExit(f"unexpected ratification value: {value!r}")
        if rows and len(rows) == len(RATIFICATION_CODES):
            break
    if len(rows) != len(RATIFICATION_CODES):
        raise SystemExit(f"expected {len(RATIFICATION_CODES)} Table 1 rows, found {len(rows)}")
    expect = ["1949 (No. 97)", "Refugee Convention", "statelessness", "1975 (No. 143)", "Rights of the Child", "Migrant Workers"]
    for (name, _, _), key in zip(rows, expect):
        if key not in name:
            raise SystemExit(f"Table 1 row order unexpected: {name!r}")
    return [
        {"conventionCode": code, "ratified": r, "year": y}
        for code, (_, r, y) in zip(RATIFICATION_CODES, rows)
    ]


SOURCE_ENTRY_RE = re.compile(r"^- (?P<key>n\.d\.|\d{4}[a-z]?) (?P<body>.*)$")
TRAILING_TRANSLATION_RE = re.compile(r"^(?P<title>.+?)\.? \((?P<en>[^()]+)\)\.(?: (?P<details>.+))?$")


def strip_period(s):
    s = s.strip()
    return s[:-1].rstrip() if s.endswith(".") else s


def parse_source_body(body):
    """Split '<title> [(<english>)] [<details>]. Available at [x](url).'"""
    idx = body.rfind(" Available at ")
    if idx < 0:
        raise SystemExit(f"source entry without 'Available at': {body!r}")
    pre, post = body[:idx].strip(), body[idx + len(" Available at "):]
    urls = link_targets(post)
    if len(urls) != 1:
        raise SystemExit(f"expected one link in source entry: {body!r}")
    title = english = details = None
    m = re.match(r"^\*(?P<it>[^*]+)\*(?P<rest>.*)$", pre)
    if m:  # italic title; remainder is translation and/or details
        title = strip_period(m.group("it"))
        rest = m.group("rest").strip()
        if rest.startswith("."):
            rest = rest[1:].strip()
        mt = re.match(r"^\((?P<en>[^()]+)\)\.?(?: (?P<details>.+))?$", rest)
        if mt:
            english = mt.group("en")
            details = mt.group("details")
        elif rest:
            details = rest
    else:
        mt = TRAILING_TRANSLATION_RE.match(pre)
        if mt:
            title, english, details = mt.group("title"), mt.group("en"), mt.group("details")
        else:
            title = pre
    title = strip_period(clean(title))
    english = clean(english) if english else None
    details = strip_period(clean(details)) if details else None
    return title, english, details or None, urls[0]


def extract_sources(lines, start, end):
    out = []
    issuer = None
    for i in range(start + 1, end):
        line = lines[i].strip()
        if is_layout(line):
            continue
        m = SOURCE_ENTRY_RE.match(line)
        if m:
            if issuer is None:
                raise SystemExit(f"source entry without issuer: {line!r}")
            key = m.group("key")
            title, english, details, url = parse_source_body(m.group("body"))
            out.append({
                "id": f"{PROFILE_ID}-src-{len(out) + 1:02d}",
                "issuer": issuer,
                "yearKey": key,
                "year": None if key == "n.d." else int(key[:4]),
                "title": title,
                "englishTitle": english,
                "details": details,
                "url": url,
            })
        elif line.startswith("- "):
            raise SystemExit(f"unparsed source bullet: {line!r}")
        else:
            issuer = clean(line.lstrip("#").strip())
    return out


# ---------------------------------------------------------------------------
# Hand-curated part
# ---------------------------------------------------------------------------
def L(name, year=None):
    return {"name": name, "kind": "law", "year": year}


def P(name, year=None):
    return {"name": name, "kind": "programme", "year": year}


def O(name, year=None):
    return {"name": name, "kind": "other", "year": year}


# Keyed by policy record id. instruments: name exactly as written in the paragraph;
# year only where the paragraph itself attaches one to the instrument.
CURATED = {
    # --- 1.2 Migrants' rights: well-developed -------------------------------
    "MEX-2022-1.2-01": {
        "title": "Health care for all residents, regardless of status",
        "indicatorCodes": ["1.1"],
        "instruments": [L("Constitution of Mexico", 1917), L("Migration Law", 2011)],
    },
    "MEX-2022-1.2-02": {
        "title": "Basic education open to all migrants",
        "indicatorCodes": ["1.2"],
        "instruments": [L("Constitution"), L("General Law on Education", 2019), L("Migration Law", 2020)],
    },
    "MEX-2022-1.2-03": {
        "title": "Education protocol for migrant children in preparation",
        "indicatorCodes": ["1.2"],
        "instruments": [P("Work Programme of the Commission for the Comprehensive Protection of Child and Adolescent Migrants and Asylum Seekers")],
    },
    "MEX-2022-1.2-04": {
        "title": "Occupational training for regular status migrants",
        "indicatorCodes": ["1.2", "1.5"],
        "instruments": [P("Capacita T")],
    },
    "MEX-2022-1.2-05": {
        "title": "Work permits for foreign nationals",
        "indicatorCodes": ["1.5"],
        "instruments": [L("Constitution"), L("Migration Law")],
    },
    "MEX-2022-1.2-06": {
        "title": "Employment offer visas and border worker cards",
        "indicatorCodes": ["1.5"],
        "instruments": [],
    },
    "MEX-2022-1.2-07": {
        "title": "Self-employment rights for resident foreigners",
        "indicatorCodes": ["1.5"],
        "instruments": [],
    },
    "MEX-2022-1.2-08": {
        "title": "Family reunification for residents and refugees",
        "indicatorCodes": ["1.4"],
        "instruments": [L("Migration Law"), L("Law on Refugees, Additional Protection and Political Asylum", 2011)],
    },
    "MEX-2022-1.2-09": {
        "title": "Anti-discrimination law and national council",
        "indicatorCodes": [],
        "instruments": [L("Federal Law to Prevent and Eradicate Discrimination", 2003)],
    },
    "MEX-2022-1.2-10": {
        "title": "National programme against discrimination and xenophobia",
        "indicatorCodes": [],
        "instruments": [P("National Programme for Equality and Non-Discrimination")],
    },
    "MEX-2022-1.2-11": {
        "title": "Campaigns against xenophobia and discrimination",
        "indicatorCodes": [],
        "instruments": [
            O("#MigraresHumano", 2022),
            P("Migrant Management Programme", 1990),
            P("National Gender Equality Programme 2020–2024"),
        ],
    },
    "MEX-2022-1.2-12": {
        "title": "Free assistance for migrant victims of crime",
        "indicatorCodes": [],
        "instruments": [],
    },
    # --- 1.3 Migrants' rights: further development --------------------------
    "MEX-2022-1.3-01": {
        "title": "Administrative barriers to school certificates",
        "indicatorCodes": ["1.2"],
        "instruments": [],
    },
    "MEX-2022-1.3-02": {
        "title": "Social protection limited to regular migrants",
        "indicatorCodes": ["1.3"],
        "instruments": [],
    },
    "MEX-2022-1.3-03": {
        "title": "Restrictions on employing foreign workers",
        "indicatorCodes": ["1.5"],
        "instruments": [L("Federal Labour Law", 1970), L("Federal Law on Public Sector Workers", 1963)],
    },
    # --- 2.1 Whole-of-government: well-developed ----------------------------
    "MEX-2022-2.1-01": {
        "title": "Inter-secretariat coordination mechanisms on migration",
        "indicatorCodes": ["2.3"],
        "instruments": [],
    },
    "MEX-2022-2.1-02": {
        "title": "Inter-institutional board on refuge and protection",
        "indicatorCodes": ["2.3"],
        "instruments": [],
    },
    "MEX-2022-2.1-03": {
        "title": "Commission and road map for migrant children",
        "indicatorCodes": ["2.3"],
        "instruments": [P("Road Map for the Integrated Protection of the Rights of Migrant Children and Adolescents", 2020)],
    },
    "MEX-2022-2.1-04": {
        "title": "Governance Sector Programme as national migration strategy",
        "indicatorCodes": ["2.2"],
        "instruments": [
            P("Governance Sector Programme 2020–2024"),
            P("National Development Plan 2019–2024"),
            P("Strategic Plan 2019–2024"),
        ],
    },
    "MEX-2022-2.1-05": {
        "title": "Migration data from the national statistics institute",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-2.1-06": {
        "title": "Official migration statistics published regularly",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-2.1-07": {
        "title": "Information system on children on the move",
        "indicatorCodes": [],
        "instruments": [],
    },
    # --- 2.2 Whole-of-government: further development -----------------------
    "MEX-2022-2.2-01": {
        "title": "Migration rules mostly available only in Spanish",
        "indicatorCodes": ["2.3"],
        "instruments": [],
    },
    "MEX-2022-2.2-02": {
        "title": "No legislation specifically regulating emigration",
        "indicatorCodes": ["2.1", "2.2"],
        "instruments": [
            L("Migration Law"),
            L("Migration Law Implementing Regulations", 2012),
            P("National Development Plan 2019–2024"),
        ],
    },
    "MEX-2022-2.2-03": {
        "title": "No strategy recognizing migrant women as agents",
        "indicatorCodes": ["2.2"],
        "instruments": [P("2020–2024 Governance Sector Programme")],
    },
    # --- 3.1 Partnerships: well-developed -----------------------------------
    "MEX-2022-3.1-01": {
        "title": "Bilateral consultations with Canada, Guatemala and the United States",
        "indicatorCodes": ["3.1"],
        "instruments": [],
    },
    "MEX-2022-3.1-02": {
        "title": "Regional Conference on Migration and high-level groups",
        "indicatorCodes": ["3.1"],
        "instruments": [],
    },
    "MEX-2022-3.1-03": {
        "title": "Regional human mobility forums for civil servants",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-3.1-04": {
        "title": "Formal cooperation mechanisms with civil society",
        "indicatorCodes": ["3.2"],
        "instruments": [],
    },
    "MEX-2022-3.1-05": {
        "title": "Civil society support at migratory stations",
        "indicatorCodes": ["3.2"],
        "instruments": [],
    },
    "MEX-2022-3.1-06": {
        "title": "Coordination agreement on women and girls on the move",
        "indicatorCodes": ["3.2"],
        "instruments": [],
    },
    "MEX-2022-3.1-07": {
        "title": "Private sector engagement in refugee labour inclusion",
        "indicatorCodes": ["3.3"],
        "instruments": [],
    },
    # --- 3.2 Partnerships: further development ------------------------------
    "MEX-2022-3.2-01": {
        "title": "No regional labour mobility agreements",
        "indicatorCodes": ["3.1"],
        "instruments": [],
    },
    # --- 4.1 Well-being of migrants: well-developed -------------------------
    "MEX-2022-4.1-01": {
        "title": "Labour market data disaggregated by migration status",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-4.1-02": {
        "title": "Study of Guatemalan workers in Chiapas",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-4.1-03": {
        "title": "Promoting ethical recruitment of migrant workers",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-4.1-04": {
        "title": "Labour skills certification for returnees",
        "indicatorCodes": ["4.1"],
        "instruments": [P("Mexico recognizes your experience", 2021)],
    },
    "MEX-2022-4.1-05": {
        "title": "Social welfare programmes open to resident foreigners",
        "indicatorCodes": [],
        "instruments": [
            P("Pension Programme for the Well-being of Elderly Adults"),
            P("Youth Building the Future Programme"),
        ],
    },
    "MEX-2022-4.1-06": {
        "title": "Financial inclusion of migrants and their families",
        "indicatorCodes": ["4.5"],
        "instruments": [
            P("National Financial Inclusion Policy", 2020),
            P("Banking Programme for Migrants and their Families", 2021),
            P("Institutional Programme 2020–2024 of Banco del Bienestar", 2021),
        ],
    },
    "MEX-2022-4.1-07": {
        "title": "Gender equality law and migrant women's charter",
        "indicatorCodes": [],
        "instruments": [L("Gender Equality Law", 2006), O("Charter of Rights of Migrant Women", 2018)],
    },
    # --- 4.2 Well-being of migrants: further development --------------------
    "MEX-2022-4.2-01": {
        "title": "No programmes to manage labour immigration",
        "indicatorCodes": [],
        "instruments": [L("Migration Law", 2011)],
    },
    "MEX-2022-4.2-02": {
        "title": "Gender inequality for migrants in the labour market",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-4.2-03": {
        "title": "Conditions for international university students",
        "indicatorCodes": ["4.2"],
        "instruments": [],
    },
    "MEX-2022-4.2-04": {
        "title": "Remittance and migrant savings initiatives still pending",
        "indicatorCodes": ["4.5"],
        "instruments": [],
    },
    "MEX-2022-4.2-05": {
        "title": "Labour market data lack migration status",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-4.2-06": {
        "title": "Employment portal lacks migrant labour profiles",
        "indicatorCodes": [],
        "instruments": [],
    },
    # --- 5.1 Mobility dimensions of crises: well-developed ------------------
    "MEX-2022-5.1-01": {
        "title": "Programmes addressing internal forced displacement",
        "indicatorCodes": ["5.1"],
        "instruments": [
            P("Governance Sectoral Programme 2020–2024"),
            P("National Human Rights Programme 2020–2024"),
            L("General Law to Comprehensively Prevent, Address and Remedy Internal Forced Displacement", 2020),
        ],
    },
    "MEX-2022-5.1-02": {
        "title": "Consular assistance to nationals abroad in crises",
        "indicatorCodes": ["5.2"],
        "instruments": [],
    },
    "MEX-2022-5.1-03": {
        "title": "Crisis communication and early warning",
        "indicatorCodes": ["5.1"],
        "instruments": [L("General Civil Protection Law", 2012)],
    },
    "MEX-2022-5.1-04": {
        "title": "Emergency support programme covering foreign nationals",
        "indicatorCodes": ["5.3"],
        "instruments": [P("Programme for the Well-being of People in Social or Natural Emergencies", 2019)],
    },
    "MEX-2022-5.1-05": {
        "title": "Crisis component of the child protection road map",
        "indicatorCodes": ["5.1"],
        "instruments": [P("Road Map for the Integrated Protection of the Rights of Migrant Children and Adolescents")],
    },
    # --- 5.2 Mobility dimensions of crises: further development -------------
    "MEX-2022-5.2-01": {
        "title": "No migrant-specific crisis assistance strategy",
        "indicatorCodes": ["5.1"],
        "instruments": [],
    },
    "MEX-2022-5.2-02": {
        "title": "No strategy on environmental and climate migration",
        "indicatorCodes": ["5.1"],
        "instruments": [P("Special Climate Change Programme 2021–2024")],
    },
    "MEX-2022-5.2-03": {
        "title": "No contingency plans for large-scale movements",
        "indicatorCodes": ["5.1"],
        "instruments": [],
    },
    # --- 6.1 Safe, orderly and regular migration: well-developed ------------
    "MEX-2022-6.1-01": {
        "title": "Training for migration agents and civil servants",
        "indicatorCodes": ["6.1"],
        "instruments": [],
    },
    "MEX-2022-6.1-02": {
        "title": "Reintegration of repatriated and returning Mexicans",
        "indicatorCodes": ["6.1"],
        "instruments": [
            P("Inter-institutional Strategy for the Integrated Management of Repatriated and Returning Mexican Families", 2021),
            P("Human Repatriation Programme", 2007),
        ],
    },
    "MEX-2022-6.1-03": {
        "title": "Migration Law reforms protecting migrant children",
        "indicatorCodes": ["6.1"],
        "instruments": [L("Migration Law", 2020)],
    },
    "MEX-2022-6.1-04": {
        "title": "Rights campaign and care model for migrant children",
        "indicatorCodes": [],
        "instruments": [
            O("Your rights travel with you", 2022),
            P("Integrated Response Model for Migrant Children and Adolescents"),
        ],
    },
    "MEX-2022-6.1-05": {
        "title": "Programme against violence towards migrant women",
        "indicatorCodes": [],
        "instruments": [P("Integrated Programme to Prevent, Address, Punish and Eradicate Violence against Women 2021–2024")],
    },
    "MEX-2022-6.1-06": {
        "title": "Labour inspection protocol against trafficking",
        "indicatorCodes": ["6.4"],
        "instruments": [O("Protocol on Inspection to Prevent and Detect Trafficking in Persons in Workplaces", 2017)],
    },
    "MEX-2022-6.1-07": {
        "title": "Migrant integration centres at the northern border",
        "indicatorCodes": ["6.3"],
        "instruments": [O("Migrant Protection Protocols", 2019)],
    },
    "MEX-2022-6.1-08": {
        "title": "Mechanism to search for missing migrants",
        "indicatorCodes": [],
        "instruments": [O("Operational Guidelines", 2016)],
    },
    "MEX-2022-6.1-09": {
        "title": "Victim assistance for families of missing migrants",
        "indicatorCodes": [],
        "instruments": [],
    },
    "MEX-2022-6.1-10": {
        "title": "Reintegration benefits and double taxation agreements",
        "indicatorCodes": ["6.1"],
        "instruments": [L("Customs Law", 1995)],
    },
    # --- 6.2 Safe, orderly and regular migration: further development -------
    "MEX-2022-6.2-01": {
        "title": "National anti-trafficking programme still pending",
        "indicatorCodes": ["6.4"],
        "instruments": [P("National Programme against Trafficking in Persons")],
    },
    "MEX-2022-6.2-02": {
        "title": "No centralized system to detect visa overstays",
        "indicatorCodes": ["6.1"],
        "instruments": [],
    },
    "MEX-2022-6.2-03": {
        "title": "Administrative detention at migratory stations",
        "indicatorCodes": ["6.1"],
        "instruments": [L("Migration Law", 2011)],
    },
    "MEX-2022-6.2-04": {
        "title": "Difficulties sheltering migrant children outside stations",
        "indicatorCodes": ["6.1"],
        "instruments": [L("Migration Law", 2020)],
    },
}

# Topics of the 7 COVID-19 answer paragraphs, in document order.
COVID_TOPICS = [
    "border-closure",
    "access-to-health-care",
    "vaccination",
    "fiscal-measures",
    "prevention-in-migrant-facilities",
    "health-statistics",
    "assistance-to-nationals-abroad",
]

# Source entries whose title/details split cannot be derived mechanically.
SOURCE_OVERRIDES = {
    # "Atlas Nacional de Riesgos. Risk National Map." -> the second sentence is details.
    "MEX-2022-src-47": {
        "expectTitle": "Atlas Nacional de Riesgos. Risk National Map",
        "set": {"title": "Atlas Nacional de Riesgos", "englishTitle": None, "details": "Risk National Map"},
    },
}


def build(source_path):
    text = source_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    r = regions(lines)

    body_notes = (
        extract_footnotes(lines, r["intro"], r["findings"], "body")
        + extract_footnotes(lines, r["findings"], r["covid"], "body")
        + extract_footnotes(lines, r["annex"], r["end"], "body")
    )
    covid_notes = extract_footnotes(lines, r["covid"], r["sources"], "covid")
    paragraphs = extract_policy_paragraphs(lines, r["findings"], r["covid"])
    covid_intro_raw, covid_raws = extract_covid(lines, r["covid"], r["sources"])
    sources = extract_sources(lines, r["sources"], r["annex"])
    ratifications = extract_ratifications(lines, r["findings"], r["covid"])
    return body_notes, covid_notes, paragraphs, covid_intro_raw, covid_raws, sources, ratifications


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--dump", action="store_true")
    args = ap.parse_args(argv)

    body_notes, covid_notes, paragraphs, covid_intro_raw, covid_raws, sources, ratifications = build(args.source)

    if args.dump:
        for p in paragraphs:
            print(f"== {p['id']} [{p['assessment']}] parts={p['parts']} fn={dedup(sup_numbers(p['raw']))}")
            print(clean(p["raw"]))
        print("== covid intro:", clean(covid_intro_raw))
        for i, c in enumerate(covid_raws, 1):
            print(f"== covid-{i:02d}:", clean(c))
        for s in sources:
            print(json.dumps(s, ensure_ascii=False))
        for w in WARNINGS:
            print("WARNING:", w)
        return 0

    errors = list(WARNINGS)

    # sanity on footnote numbering
    nums = [n["number"] for n in body_notes]
    if nums != list(range(1, len(nums) + 1)):
        errors.append(f"body footnotes not consecutive: {nums}")
    cnums = [n["number"] for n in covid_notes]
    if cnums != list(range(1, len(cnums) + 1)):
        errors.append(f"covid footnotes not consecutive: {cnums}")

    policies = []
    ids = [p["id"] for p in paragraphs]
    missing = [i for i in ids if i not in CURATED]
    extra = [k for k in CURATED if k not in ids]
    if missing or extra:
        errors.append(f"CURATED mismatch: missing={missing} extra={extra}")
    for p in paragraphs:
        cur = CURATED.get(p["id"], {})
        text = clean(p["raw"])
        codes = cur.get("indicatorCodes", [])
        for c in codes:
            if not c.startswith(f"{p['dimension']}."):
                errors.append(f"{p['id']}: indicator {c} outside dimension {p['dimension']}")
        instruments = []
        for inst in cur.get("instruments", []):
            if inst["name"] not in text:
                errors.append(f"{p['id']}: instrument name not verbatim in text: {inst['name']!r}")
            if inst["kind"] not in ("law", "programme", "other"):
                errors.append(f"{p['id']}: bad instrument kind {inst['kind']!r}")
            instruments.append({"name": inst["name"], "kind": inst["kind"], "year": inst.get("year")})
        policies.append({
            "id": p["id"],
            "section": p["section"],
            "dimension": p["dimension"],
            "assessment": p["assessment"],
            "indicatorCodes": codes,
            "title": cur.get("title"),
            "text": text,
            "instruments": instruments,
            "footnotes": dedup(sup_numbers(p["raw"])),
        })

    if len(covid_raws) != len(COVID_TOPICS):
        errors.append(f"expected {len(COVID_TOPICS)} COVID answers, found {len(covid_raws)}")
    covid = [
        {
            "id": f"{PROFILE_ID}-covid-{i:02d}",
            "topic": topic,
            "text": clean(raw),
            "footnotes": dedup(sup_numbers(raw)),
        }
        for i, (topic, raw) in enumerate(zip(COVID_TOPICS, covid_raws), 1)
    ]

    by_id = {s["id"]: s for s in sources}
    for sid, ov in SOURCE_OVERRIDES.items():
        s = by_id.get(sid)
        if s is None or s["title"] != ov["expectTitle"]:
            errors.append(f"source override {sid} does not match the parsed entry")
            continue
        s.update(ov["set"])

    profile = {
        "$schema": "../schema/profile.schema.json",
        "id": PROFILE_ID,
        "jurisdictionCode": "MEX",
        "year": 2022,
        "title": "Migration Governance Indicators Profile 2022 – Mexico",
        "publisher": "International Organization for Migration (IOM)",
        "researchPartner": "Economist Impact",
        "publishedYear": 2023,
        "isbn": "978-92-9268-498-3",
        "citation": "International Organization for Migration (IOM), 2023. Migration Governance Indicators Profile 2022 – Mexico. IOM, Geneva.",
        "license": {
            "name": "Creative Commons Attribution-NonCommercial-NoDerivs 3.0 IGO License",
            "code": "CC BY-NC-ND 3.0 IGO",
            "url": "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/legalcode",
        },
        "sourceUrl": None,
        "language": "en",
        "dataStatus": "complete",
        "covidIntroduction": clean(covid_intro_raw),
        "covidIntroductionFootnotes": dedup(sup_numbers(covid_intro_raw)),
        "ratifications": ratifications,
        "policies": policies,
        "covidResponses": covid,
        "footnotes": body_notes + covid_notes,
        "sources": sources,
    }

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(profile, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(policies)} policies, {len(covid)} covid responses, "
          f"{len(body_notes)}+{len(covid_notes)} footnotes, {len(sources)} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
