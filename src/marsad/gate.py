"""The quality gate CI runs: extract each gated corpus, score it, compare with floors.

``python -m marsad.gate SHARED_EVAL FLOORS.json`` extracts
``SHARED_EVAL/dev/corpus.jsonl``, scores it with ``SHARED_EVAL/score.py`` (the
shared scorer, run as a separate process, so the gate measures what the
project is judged by) and fails when F1 falls below the committed floor or
any evidence is not found in its document. Floors only go up.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from marsad.pipeline import extract_corpus


def gate(shared_eval: Path, floors_file: Path) -> int:
    floors = json.loads(floors_file.read_text(encoding="utf-8"))
    failed = False
    for name, floor in floors.items():
        corpus = shared_eval / name / "corpus.jsonl"
        gold = shared_eval / name / "gold.jsonl"
        if not corpus.exists():
            continue  # a floor for one of the project's own corpora: pytest checks it
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
            for result in extract_corpus(corpus):
                if result.error:
                    print(f"gate {name}: read error {result.error.doc}: {result.error.message}")
                for c in result.claims:
                    out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        proc = subprocess.run(
            [sys.executable, str(shared_eval / "score.py"), str(gold), out.name, "--corpus", str(corpus)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(proc.stdout, end="")
        m = re.search(r"summary: F1=([\d.]+).*period=([\d.]+) evidence_bad=(\d+)", proc.stdout)
        if proc.returncode != 0 or not m:
            print(f"gate {name}: scorer failed: {proc.stderr}")
            failed = True
            continue
        f1, period, bad = float(m.group(1)), float(m.group(2)), int(m.group(3))
        ok = (
            f1 + 1e-9 >= float(floor.get("f1", 0))
            and period + 1e-9 >= float(floor.get("period", 0))
            and bad <= int(floor.get("evidence_bad", 0))
        )
        print(
            f"gate {name}: F1 {f1:.3f} (floor {floor.get('f1', 0)}), period {period:.3f} "
            f"(floor {floor.get('period', 0)}), evidence_bad {bad}: {'ok' if ok else 'FAILED'}"
        )
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m marsad.gate SHARED_EVAL FLOORS.json")
    sys.exit(gate(Path(sys.argv[1]), Path(sys.argv[2])))
