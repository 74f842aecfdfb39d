"""The cross-checked record as a report a person can act on: HTML and Markdown.

``write_report(engine, output)`` reads the last consolidation (facts and
findings) and the stored articles, and writes a self-contained HTML file —
inline CSS and SVG, no script, font or tile from the network — and its
Markdown twin beside it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from marsad.report import html, markdown
from marsad.report.gather import gather


def write_report(engine: Engine, output: Path) -> tuple[Path, Path]:
    output = Path(output)
    data = gather(engine)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html.render(data), encoding="utf-8")
    md = output.with_suffix(".md")
    md.write_text(markdown.render(data), encoding="utf-8")
    return output, md


__all__ = ["write_report"]
