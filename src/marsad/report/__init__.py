"""The cross-checked record as a report a person can act on: HTML and Markdown.

``write_report(engine, output)`` reads the last consolidation (facts and
findings) and the stored articles, and writes a self-contained HTML file —
inline CSS and SVG, no script, font or tile from the network — and its
Markdown twin beside it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from marsad.outfile import OutputError, open_output, output_path_error
from marsad.report import html, markdown
from marsad.report.gather import gather


def write_report(engine: Engine, output: Path) -> tuple[Path, Path]:
    output = Path(output)
    md = output.with_suffix(".md")
    # a report goes into its own folder, made when needed (unlike an export's single file)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot write {output}: {e.strerror or e}") from e
    for target in (output, md):
        problem = output_path_error(target)
        if problem:
            raise OutputError(problem)
    data = gather(engine)
    with open_output(output, "w", encoding="utf-8") as f:
        f.write(html.render(data))
    with open_output(md, "w", encoding="utf-8") as f:
        f.write(markdown.render(data))
    return output, md


__all__ = ["write_report"]
