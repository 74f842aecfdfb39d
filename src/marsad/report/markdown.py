"""The Markdown twin of the HTML report (summary, findings and figures; pictures stay in the HTML), in pieces."""

from __future__ import annotations

from html import escape as html_escape

from marsad.consolidate.explain import countries_label, kind_label, metric_label, period_label
from marsad.model import Finding
from marsad.report.gather import Figure, Overview, Quote
from marsad.report.html import articles, headline

# Text from articles and ids from corpora go into Markdown that renders as
# HTML: HTML is escaped and Markdown's own marks are made literal, so a page
# that carries "<script>" or "[link](…)" shows it as text.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+!|~>"})


def _text(s: object) -> str:
    return html_escape(str(s), quote=False).translate(_MD_SPECIAL).replace("\n", " ").replace("\r", " ")


def _cell(s: object) -> str:
    return _text(s)


def _quote(q: Quote) -> str:
    body = _text(q.before) + (f"**{_text(q.number)}**" if q.number else "") + _text(q.after)
    return f"> {body}\n>\n> — {_text(q.doc)}"


def _n(n: int) -> str:
    return f"{n:,}"


def more(n: int, what: str, commands: list[str]) -> str:
    ways = ", ".join(f"`{c}`" for c in commands)
    return f"*and {_n(n)} more {what}: {ways} (each with the same `--db`).*\n\n"


def head(ov: Overview, limit: int | None) -> str:
    cut = "" if limit is None else f" Each list shows its first {_n(limit)}; `marsad report --full` writes them all."
    return (
        "# marsad — cross-checked count claims\n\n"
        f"{_n(ov.documents)} articles, {_n(ov.duplicates)} near-duplicate copies, {_n(ov.claims)} claims, "
        f"{_n(ov.facts)} facts, {_n(ov.findings)} findings besides single-source figures. "
        f"Generated {ov.generated.isoformat()}. The timeline and the map are in the HTML report.{cut}\n\n"
    )


def _fact_line(f: Figure) -> str:
    nested = " (nested periods)" if f.period_relation == "contains" else ""
    return (
        f"**{f.value}** {metric_label(f.metric)} · {countries_label(f.countries)} · {period_label(f.period)}"
        f"{nested} — **{f.corroboration} outlets** ({_text(articles(f))})"
    )


def summary(ov: Overview) -> str:
    out = ["## Summary", "", "### Findings by kind", ""]
    if ov.kinds:
        out += ["| finding | النتيجة | how many |", "|---|---|---:|"]
        out += [f"| {kind_label(k)} | {kind_label(k, 'ar')} | {_n(n)} |" for k, n in ov.kinds.items()]
    else:
        out.append("No findings.")
    top = [(k, found) for k, found in ov.top_findings.items() if k != "single_source"]
    if top:
        out += ["", "### Top findings: the most articles involved"]
        for k, found in top:
            out += ["", f"#### {kind_label(k)}", ""]
            out += [f"{i}. {_text(headline(f))} ({len(f.docs)} articles)" for i, (_, f) in enumerate(found, 1)]
    out += ["", "### Figures reported by the most outlets", ""]
    out += [f"{i}. {_fact_line(f)}" for i, f in enumerate(ov.top_facts, 1)]
    if not ov.top_facts:
        out.append("No figure is reported by more than one outlet.")
    out.append("")
    text = "\n".join(out) + "\n"
    if ov.corroborated > len(ov.top_facts):
        text += more(ov.corroborated - len(ov.top_facts), "figures reported by two or more outlets",
                     ["marsad serve → /facts?min_corroboration=2", "marsad report --full"])
    return text + matrix(ov.matrix)


def matrix(m: dict[tuple[str, str], int], columns: int = 12) -> str:
    out = ["### Claims by metric and country", ""]
    if not m:
        return "\n".join([*out, "No claims.", "", ""])
    by_country: dict[str, int] = {}
    for (_, c), n in m.items():
        by_country[c] = by_country.get(c, 0) + n
    shown = sorted(by_country, key=lambda c: (-by_country[c], c))[:columns]
    rest = len(by_country) > len(shown)
    metrics = sorted({x for x, _ in m}, key=lambda x: (-sum(n for (mm, _), n in m.items() if mm == x), x))
    names = [countries_label([c] if c else []) for c in shown] + (["other"] if rest else [])
    out += ["| metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for x in metrics:
        cells = [_n(m.get((x, c), 0)) for c in shown]
        if rest:
            cells.append(_n(sum(n for (mm, c), n in m.items() if mm == x and c not in shown)))
        out.append(f"| {metric_label(x)} | " + " | ".join(cells) + " |")
    return "\n".join([*out, "", "A claim about several countries counts under each of them.", "", ""])


def findings_open() -> str:
    return "## Findings\n\n"


def kind_open(kind: str, n: int) -> str:
    return f"### {kind_label(kind)} — {kind_label(kind, 'ar')} ({_n(n)})\n\n"


def finding(f: Finding, quotes: list[Quote]) -> str:
    metric = " / ".join(metric_label(m) for m in f.metric.split("/"))
    out = [
        f"#### {metric} · {countries_label(f.countries)} · {period_label(f.period)} · "
        f"values {', '.join(map(str, f.values))}",
        "",
        _text(f.explanation),
        "",
        f'<p dir="rtl" lang="ar">{html_escape(f.explanation_ar)}</p>',
        "",
    ]
    seen = set()
    for q in quotes:
        if (q.doc, q.text) in seen:
            continue
        seen.add((q.doc, q.text))
        out += [_quote(q), ""]
    return "\n".join(out) + "\n"


def kind_close(kind: str, n: int, shown: int) -> str:
    if n <= shown:
        return ""
    return more(n - shown, f"{kind_label(kind).lower()} findings",
                [f"marsad findings --kind {kind}", "marsad report --full", f"marsad serve → /findings?kind={kind}"])


def findings_close(any_found: bool) -> str:
    return "" if any_found else "No findings.\n\n"


def figures_open() -> str:
    return (
        "## Figures by period, country and metric\n\n"
        "| period | countries | metric | value | outlets | sources | articles |\n"
        "|---|---|---|---:|---:|---|---|\n"
    )


def figure_row(f: Figure) -> str:
    q = "" if f.qualifier == "exact" else f" ({f.qualifier})"
    nested = " ⊂" if f.period_relation == "contains" else ""
    return (
        f"| {_cell(period_label(f.period))}{nested} | {_cell(countries_label(f.countries))} | "
        f"{_cell(metric_label(f.metric))} | {f.value}{q} | {f.corroboration} | "
        f"{_cell(', '.join(f.sources) or '—')} | {_cell(articles(f))} |\n"
    )


def figures_close(n: int, shown: int) -> str:
    if n <= shown:
        return ""
    return "\n" + more(n - shown, "figures", ["marsad report --full", "marsad serve → /facts"]).rstrip("\n") + "\n"
