"""The Markdown twin of the HTML report (summary and findings; pictures stay in the HTML)."""

from __future__ import annotations

from html import escape as html_escape

from marsad.consolidate.explain import countries_label, kind_label, metric_label, period_label
from marsad.report.gather import Quote, ReportData

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


def render(data: ReportData) -> str:
    out = [
        "# marsad — cross-checked count claims",
        "",
        f"{data.documents} articles, {len(data.duplicates)} near-duplicate copies, {data.claims} claims, "
        f"{len(data.facts)} facts. Generated {data.generated.isoformat()}. "
        "The timeline and the map are in the HTML report.",
        "",
        "## Summary by period, country and metric",
        "",
        "| period | countries | metric | value | outlets | sources | articles |",
        "|---|---|---|---:|---:|---|---|",
    ]
    rows = sorted(
        data.facts,
        key=lambda f: (f.period.start.isoformat() if f.period else "~", f.countries, f.metric, f.value),
    )
    for f in rows:
        q = "" if f.qualifier == "exact" else f" ({f.qualifier})"
        nested = " ⊂" if f.period_relation == "contains" else ""
        out.append(
            f"| {_cell(period_label(f.period))}{nested} | {_cell(countries_label(f.countries))} | "
            f"{_cell(metric_label(f.metric))} | {f.value}{q} | {f.corroboration} | "
            f"{_cell(', '.join(f.sources) or '—')} | {_cell(', '.join(f.docs))} |"
        )
    out += ["", "## Corroborated figures", ""]
    corroborated = sorted(
        (f for f in data.facts if f.corroboration > 1), key=lambda f: (-f.corroboration, f.metric, -f.value)
    )
    for f in corroborated:
        nested = " (nested periods)" if f.period_relation == "contains" else ""
        out.append(
            f"- **{f.value}** {metric_label(f.metric)} · {countries_label(f.countries)} · {period_label(f.period)}"
            f"{nested} — **{f.corroboration} outlets** ({_text(', '.join(f.docs))})"
        )
    if not corroborated:
        out.append("No figure is reported by more than one outlet.")
    out += ["", "## Findings", ""]
    index = {id(f): i for i, f in enumerate(data.all_findings)}
    for kind, found in data.findings.items():
        out += [f"### {kind_label(kind)} — {kind_label(kind, 'ar')} ({len(found)})", ""]
        for f in found:
            metric = " / ".join(metric_label(m) for m in f.metric.split("/"))
            out += [
                f"#### {metric} · {countries_label(f.countries)} · {period_label(f.period)} · "
                f"values {', '.join(map(str, f.values))}",
                "",
                _text(f.explanation),
                "",
                f'<p dir="rtl" lang="ar">{html_escape(f.explanation_ar)}</p>',
                "",
            ]
            seen = set()
            for q in data.quotes[index[id(f)]]:
                if (q.doc, q.text) in seen:
                    continue
                seen.add((q.doc, q.text))
                out += [_quote(q), ""]
    return "\n".join(out).rstrip() + "\n"
