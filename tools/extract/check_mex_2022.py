#!/usr/bin/env python3
"""Self-check for data/profiles/MEX-2022.json against the source markdown."""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
JSON_PATH = HERE.parent.parent / "data" / "profiles" / "MEX-2022.json"
SOURCE = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "mgi-profile-2022-mexico.md"

d = json.loads(JSON_PATH.read_text(encoding="utf-8"))
problems = []

print("policies per section:")
for sec, n in sorted(Counter(p["section"] for p in d["policies"]).items()):
    print(f"  {sec}: {n}")
print("total policies:", len(d["policies"]))
fc = Counter(f["section"] for f in d["footnotes"])
print("footnotes per section:", dict(fc))
print("sources:", len(d["sources"]))
print("covid responses:", len(d["covidResponses"]))
print("ratifications:", len(d["ratifications"]))

if fc != Counter({"body": 60, "covid": 10}):
    problems.append(f"footnote counts {dict(fc)}")
if len(d["sources"]) != 65:
    problems.append("sources != 65")
if len(d["covidResponses"]) != 7:
    problems.append("covid responses != 7")

body_nums = [f["number"] for f in d["footnotes"] if f["section"] == "body"]
covid_nums = [f["number"] for f in d["footnotes"] if f["section"] == "covid"]
assert body_nums == list(range(1, 61)), body_nums
assert covid_nums == list(range(1, 11)), covid_nums

# footnote references
src = SOURCE.read_text(encoding="utf-8")
intro = src[src.index("# INTRODUCTION"):src.index("# CONCEPTUAL FRAMEWORK")]
annex = src[src.index("# ANNEXES"):]
intro_refs = {int(n) for n in re.findall(r"(?<!^)<sup>(\d+)</sup>", intro, re.M)}
intro_refs = {int(n) for line in intro.split("\n") if not line.startswith("<sup>")
              for n in re.findall(r"<sup>(\d+)</sup>", line)}
annex_refs = {int(n) for line in annex.split("\n") if not line.startswith("<sup>")
              for n in re.findall(r"<sup>(\d+)</sup>", line)}
policy_refs = [n for p in d["policies"] for n in p["footnotes"]]
if len(policy_refs) != len(set(policy_refs)):
    problems.append("a body footnote is referenced by more than one policy")
covered = set(policy_refs) | intro_refs | annex_refs
missing = [n for n in range(1, 61) if n not in covered]
print("intro refs:", sorted(intro_refs), "annex refs:", sorted(annex_refs))
print("body footnotes referenced by no policy:", [n for n in range(1, 61) if n not in policy_refs])
print("body footnotes referenced nowhere:", missing)
if missing:
    problems.append(f"unreferenced body footnotes {missing}")
covid_refs = d["covidIntroductionFootnotes"] + [n for c in d["covidResponses"] for n in c["footnotes"]]
print("covid refs:", covid_refs)
if sorted(covid_refs) != list(range(1, 11)):
    problems.append("covid footnote refs != 1..10 (note 8 is 'op. cit.' and referenced normally)")

# text hygiene
BAD = ["<sup", "*", "\\_", "](", "  "]


def walk(o, path="$"):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from walk(v, f"{path}[{i}]")
    elif isinstance(o, str):
        yield path, o


for path, s in walk(d):
    if path.endswith(".url") or ".urls[" in path or path == "$.$schema":
        continue
    for b in BAD:
        if b in s:
            problems.append(f"{path} contains {b!r}: {s[:80]!r}")
    if s != s.strip():
        problems.append(f"{path} not trimmed")
# URLs must not contain markdown escapes either
for path, s in walk(d):
    if (path.endswith(".url") or ".urls[" in path) and ("\\" in s or " " in s):
        problems.append(f"{path} bad url {s!r}")

# policies: structural checks
seen = set()
for p in d["policies"]:
    assert p["id"] not in seen
    seen.add(p["id"])
    assert p["id"].startswith(f"MEX-2022-{p['section']}-")
    assert p["dimension"] == int(p["section"][0])
    for c in p["indicatorCodes"]:
        assert c.startswith(f"{p['dimension']}."), (p["id"], c)
    words = len(p["title"].split())
    if not 3 <= words <= 10 or p["title"].endswith("."):
        problems.append(f"{p['id']} title length/format: {p['title']!r}")
    if not re.search(r"[.!?][”\"’)]*$", p["text"]):
        problems.append(f"{p['id']} text lacks terminal punctuation")
    for inst in p["instruments"]:
        if inst["name"] not in p["text"]:
            problems.append(f"{p['id']} instrument not in text: {inst['name']}")

# verbatim sentence sampling: take sentences from the source (after the same cleaning of
# markers/links), and check they occur in the JSON texts.
alltext = "\n".join(s for _, s in walk(d))
sys.path.insert(0, str(HERE))
from extract_mex_2022 import clean  # noqa: E402

body = src[src.index("## 1.2."):src.index("# KEY SOURCES")]
sentences = []
for line in body.split("\n"):
    if line.startswith(("#", "<sup>", "---")) or not line.strip() or "\t" in line:
        continue
    for sent in re.split(r"(?<=[.”])\s+(?=[A-Z“])", clean(line)):
        if len(sent) > 40 and sent.endswith("."):
            sentences.append(sent)
random.seed(2022)
sample = random.sample(sentences, 12)
for s in sample:
    ok = s in alltext
    print(("OK   " if ok else "MISS ") + s[:110])
    if not ok:
        problems.append(f"sentence not found: {s[:80]}")
# also check every sentence (not just a sample)
miss_all = [s for s in sentences if s not in alltext]
print(f"all {len(sentences)} body sentences found verbatim: {not miss_all}")
problems += [f"sentence not found: {s[:80]}" for s in miss_all]

# and raw grep (no cleaning) of marker-free source sentences
raw_hits = 0
for line in body.split("\n"):
    if "<sup>" in line or "*" in line or "[" in line or line.startswith(("#", "-")) or len(line) < 80:
        continue
    raw_hits += 1
    if line.strip() not in alltext:
        problems.append(f"raw line not found: {line[:80]}")
print(f"raw marker-free source lines checked verbatim: {raw_hits}")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nall checks passed")
