#!/usr/bin/env python3
"""Checks an annotator's or an adjudicator's files for a collection round of the real-page corpus.

    check_annotation.py LETTER                 # annot/LETTER_docs.jsonl and annot/LETTER_gold.jsonl
    check_annotation.py LETTER --final ROUND   # the same docs and final/roundROUND_LETTER_gold.jsonl
    check_annotation.py --actors               # write actors.txt (ids and names) into the cache

The files live in the real corpus's cache (``~/.cache/marsad/real``, ``MARSAD_REAL_CACHE`` moves it),
never in the repository. A check reads each claim against the contract's shape (metric, qualifier,
sorted ISO2 countries, a period's two ends) and its evidence against the page text, so that the
round folds with ``real_corpus.py spans`` without a stop. The protocol's briefs are ANNOT.md and
ADJ.md beside this script.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

CACHE = Path(os.environ.get("MARSAD_REAL_CACHE", Path.home() / ".cache" / "marsad" / "real"))
ROOT = Path(__file__).resolve().parents[2]
METRICS = {"operations", "attacks", "killed", "captured", "leaders_killed", "leaders_captured", "strength",
           "friendly_killed", "friendly_wounded", "civilians_killed", "coalition_members"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
KINDS = {"tally", "incident", "negative"}
KEYS = {"doc", "metric", "value", "qualifier", "countries", "period", "actor", "source", "evidence"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def check(letter: str, final_round: str | None) -> list[str]:
    errors: list[str] = []
    docs = {d["doc"]: d for d in _lines(CACHE / "annot" / f"{letter}_docs.jsonl")}
    for d in docs.values():
        if d.get("kind") not in KINDS:
            errors.append(f"{d['doc']}: kind {d.get('kind')!r}")
        if not (CACHE / "pages" / f"{d['doc']}.txt").exists():
            errors.append(f"{d['doc']}: no page text in the cache")
    gold = CACHE / "final" / f"round{final_round}_{letter}_gold.jsonl" if final_round else CACHE / "annot" / f"{letter}_gold.jsonl"
    for i, g in enumerate(_lines(gold), 1):
        where = f"claim {i} ({g.get('doc')})"
        if KEYS - set(g) or set(g) - KEYS - {"note"}:
            errors.append(f"{where}: fields {sorted(g)}")
            continue
        if g["doc"] not in docs:
            errors.append(f"{where}: its page is not in the docs file")
            continue
        text = (CACHE / "pages" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        if g["metric"] not in METRICS:
            errors.append(f"{where}: metric {g['metric']!r}")
        if g["qualifier"] not in QUALIFIERS:
            errors.append(f"{where}: qualifier {g['qualifier']!r}")
        if not isinstance(g["value"], int) or g["value"] < 0:
            errors.append(f"{where}: value {g['value']!r}")
        cs = g["countries"] or []
        if cs != sorted(cs) or any(not re.fullmatch(r"[A-Z]{2}", c) for c in cs):
            errors.append(f"{where}: countries {cs}")
        p = g["period"]
        if p is not None and not (
            isinstance(p, dict)
            and all(re.fullmatch(r"\d{4}-\d\d-\d\d", str(p.get(k) or "")) for k in ("start", "end"))
            and p["start"] <= p["end"]
        ):
            errors.append(f"{where}: period {p}")
        if not isinstance(g["actor"], list):
            errors.append(f"{where}: actor must be a list")
        if g["evidence"] not in text:
            errors.append(f"{where}: the evidence is not an exact substring of the page")
    return errors


def write_actors() -> Path:
    """Ids and names for the briefs: the actors and the states' governments of actors.yaml."""
    import yaml

    data = yaml.safe_load((ROOT / "src" / "marsad" / "data" / "actors.yaml").read_text(encoding="utf-8"))
    out = ["Canonical actor and source ids (a new id in capitals when none fits; say so in the report)"]
    for a in data["actors"]:
        names = " / ".join(str(x) for x in (a.get("aliases") or [])[:4])
        out.append(f"{a['id']:22} {str(a.get('kind', ''))[:18]:18} {a.get('country') or '':3} {names}")
    out.append("\nA state's government, army, police and ministries: <ISO2>_GOV, except the ids above (ISF for "
               "Iraq's forces, US and CENTCOM, TR for Turkey, SY_GOV, IQ_GOV):")
    out.append(", ".join(f"{s['iso']}_GOV ({s['names'][0]})" for s in data["states"]))
    path = CACHE / "actors.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    if argv[:1] == ["--actors"]:
        print(write_actors())
        return 0
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    final = argv[argv.index("--final") + 1] if "--final" in argv else None
    errors = check(argv[0], final)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
