"""The cross-checked record as a report a person can act on: HTML and Markdown.

``write_report(engine, output)`` writes a self-contained HTML file — inline
CSS and SVG, no script, font or tile from the network — and its Markdown twin
beside it. The summary comes first (findings by kind and the top of each,
the figures the most outlets report, claims by metric and country), then the
findings, then every figure by period, then the timeline and the map.

The report stays small at any corpus size: each list shows its first
``limit`` items (``DEFAULT_LIMIT``) and says how many more there are and
where they all are (``marsad findings --kind …``, ``marsad serve``, or the
same report with ``limit=None``, ``marsad report --full``). Either way it is
written as it streams from the store (``report.gather``), a chunk at a time,
so memory stays flat whatever the limit.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from marsad.outfile import OutputError, open_output, output_path_error
from marsad.report import gather, html, markdown

DEFAULT_LIMIT = 100  # items per list: findings of each kind, figures, corroborated figures
TOP = 5  # findings of each kind in the summary
TOP_FIGURES = 20  # figures in the summary, the most corroborated (the figures table lists them all)
TIMELINE_PER_METRIC = 200  # bars per metric in the timeline: more are unreadable, whatever the limit


def write_report(engine: Engine, output: Path, limit: int | None = DEFAULT_LIMIT) -> tuple[Path, Path]:
    """Write ``output`` (HTML) and its ``.md`` twin; ``limit``: items per list, None for all of them."""
    if limit is not None and limit < 1:
        raise ValueError(f"limit must be at least 1 (got {limit}); None writes every item")
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
    ov = gather.overview(engine, TOP, TOP_FIGURES)
    with open_output(output, "w", encoding="utf-8") as h, open_output(md, "w", encoding="utf-8") as m:
        h.write(html.head(ov, limit) + html.summary(ov, limit))
        m.write(markdown.head(ov, limit) + markdown.summary(ov))
        h.write(html.findings_open())
        m.write(markdown.findings_open())
        for kind, n in ov.kinds.items():
            h.write(html.kind_open(kind, n))
            m.write(markdown.kind_open(kind, n))
            shown = 0
            for f, quotes in gather.findings(engine, kind, limit):
                h.write(html.finding_html(f, quotes))
                m.write(markdown.finding(f, quotes))
                shown += 1
            h.write(html.kind_close(kind, n, shown))
            m.write(markdown.kind_close(kind, n, shown))
        h.write(html.findings_close(bool(ov.kinds)))
        m.write(markdown.findings_close(bool(ov.kinds)))
        h.write(html.figures_open())
        m.write(markdown.figures_open())
        shown = 0
        for fact in gather.figures(engine, limit):
            h.write(html.figure_row(fact))
            m.write(markdown.figure_row(fact))
            shown += 1
        h.write(html.figures_close(ov.facts, shown))
        m.write(markdown.figures_close(ov.facts, shown))
        h.write(html.pictures(gather.timeline_facts(engine, TIMELINE_PER_METRIC), TIMELINE_PER_METRIC,
                              gather.map_points(engine)))
        h.write(html.TAIL)
    return output, md


__all__ = ["DEFAULT_LIMIT", "write_report"]
