"""Corpora for the scale tests, recombined from the project's own sample reports."""

from __future__ import annotations

import json
import random
from pathlib import Path

from marsad.text.segment import sentences

ROOT = Path(__file__).resolve().parents[2]


def sample_sentences() -> list[str]:
    out = []
    for p in sorted((ROOT / "samples" / "reports").glob("*.txt")):
        t = p.read_text("utf-8")
        out += [s.text(t) for s in sentences(t)]
    return out


def documents(n: int, seed: int = 3) -> list[dict]:
    """``n`` JSONL rows: 4–12 sample sentences each, dated, with a few outlets."""
    rng = random.Random(seed)
    pool = sample_sentences()
    rows = []
    for i in range(n):
        text = "\n".join(rng.choice(pool) for _ in range(rng.randint(4, 12)))
        rows.append(
            {
                "id": f"g{i:04d}",
                "text": text,
                "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "source": f"outlet{i % 7}",
                "url": f"https://news.example/{i}",
            }
        )
    return rows


def write_jsonl(path: Path, rows: list[dict], extra_lines: dict[int, str] | None = None) -> Path:
    """Rows as JSONL; ``extra_lines`` puts raw lines (broken ones) before the row of that index."""
    lines = []
    for i, r in enumerate(rows):
        if extra_lines and i in extra_lines:
            lines.append(extra_lines[i])
        lines.append(json.dumps(r, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
