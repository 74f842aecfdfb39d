#!/usr/bin/env python3
"""How far two independent golds of the same real pages agree, and the extractor with each.

    agreement.py prepare IDS.txt GROUP        # the pages of IDS.txt into the agreement cache, for REANNOT.md
    agreement.py score IDS.txt SECOND.jsonl… [--pred PRED.jsonl]

A second annotator and a second adjudicator, who have read neither the rules nor the first gold, annotate
pages the corpus already holds (the briefs are REANNOT.md and ADJ.md, pointed at the agreement cache);
``score`` then sets the second gold against the first (the corpus's), and the extractor's predictions
against both. It prints figures only — no page text, no claim — so that test pages can be measured this
way without anyone on the team reading them.

The agreement cache is ``~/.cache/marsad/agree`` (``MARSAD_AGREE_CACHE`` moves it): its ``pages/`` hold the
texts exactly as the corpus scores them, its ``annot/`` and ``final/`` the second annotation, and
``check_annotation.py`` checks them with ``MARSAD_REAL_CACHE`` pointed at it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.evaluate import load_jsonl, score  # noqa: E402

REAL = Path(os.environ.get("MARSAD_REAL_CACHE", Path.home() / ".cache" / "marsad" / "real"))
AGREE = Path(os.environ.get("MARSAD_AGREE_CACHE", Path.home() / ".cache" / "marsad" / "agree"))


def _ids(path: str) -> list[str]:
    return [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()]


def _corpus(ids: set[str]) -> dict[str, str]:
    texts = {}
    with open(REAL / "all" / "corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                texts[d["id"]] = d["text"]
    return texts


def prepare(ids_file: str, group: str) -> None:
    ids = _ids(ids_file)
    texts = _corpus(set(ids))
    missing = [i for i in ids if i not in texts]
    if missing:
        sys.exit(f"not in the corpus: {', '.join(missing)}")
    index = {json.loads(ln)["id"]: json.loads(ln) for ln in (ROOT / "quality" / "real" / "index.jsonl").open(encoding="utf-8")}
    for sub in ("pages", "annot", "final"):
        (AGREE / sub).mkdir(parents=True, exist_ok=True)
    if (REAL / "actors.txt").exists():
        shutil.copy(REAL / "actors.txt", AGREE / "actors.txt")
    with open(AGREE / f"{group}_pages.jsonl", "w", encoding="utf-8") as out:
        for i in ids:
            (AGREE / "pages" / f"{i}.txt").write_text(texts[i], encoding="utf-8")
            out.write(json.dumps({"doc": i, "url": index.get(i, {}).get("url")}, ensure_ascii=False) + "\n")
    print(f"{len(ids)} pages of group {group} in {AGREE}")


def _line(name: str, gold: list[dict], pred: list[dict], texts: dict[str, str]) -> str:
    s = score(gold, pred, texts)
    return (
        f"{name:12} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})  "
        f"period {s.period:.2f}  actor {s.actor:.2f}  source {s.source:.2f}"
    )


def score_groups(ids_file: str, seconds: list[str], pred_file: str | None) -> None:
    ids = set(_ids(ids_file))
    texts = _corpus(ids)
    first = [c for c in load_jsonl(REAL / "all" / "gold.jsonl") if c["doc"] in ids]
    second = [c for f in seconds for c in load_jsonl(f) if c["doc"] in ids]
    print(f"{len(texts)} pages; first gold {len(first)} claims, second gold {len(second)}")
    print(_line("second/first", first, second, texts))
    if pred_file:
        pred = [c for c in load_jsonl(pred_file) if c["doc"] in ids]
        print(_line("tool/first", first, pred, texts))
        print(_line("tool/second", second, pred, texts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("ids")
    p.add_argument("group")
    s = sub.add_parser("score")
    s.add_argument("ids")
    s.add_argument("second", nargs="+")
    s.add_argument("--pred")
    a = ap.parse_args()
    if a.cmd == "prepare":
        prepare(a.ids, a.group)
    else:
        score_groups(a.ids, a.second, a.pred)


if __name__ == "__main__":
    main()
