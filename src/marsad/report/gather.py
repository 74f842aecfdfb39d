"""What the report shows, read from the store a bounded piece at a time.

The summary is counted in SQL (claims by metric and country, findings by
kind, the most corroborated figures); findings and figures are streamed in
their order, ``CHUNK`` at a time, and a section stops at its limit, so what
this process holds is one chunk and the summary, whatever the store's size.
A chunk of findings reads the texts of the articles it quotes, and no other.

Evidence is re-cut from the stored document text whenever the claim kept its
spans, so the report quotes the article exactly and highlights the number
where it stands; a claim without spans falls back to its stored sentence and
to the first occurrence of its value in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, func, select

from marsad.consolidate.record import _finding
from marsad.consolidate.tables import DuplicateRow, FactClaimRow, FactRow, FindingRow
from marsad.model import Finding, Period
from marsad.report.places import Point, points_from_counts
from marsad.report.svg import MAIN_METRICS
from marsad.store import db as store
from marsad.store import stream
from marsad.text.normalize import normalize

KIND_ORDER = (
    "contradiction",
    "arithmetic",
    "metric_confusion",
    "country_drift",
    "source_drift",
    "period_drift",
    "single_source",
)


@dataclass(slots=True)
class Quote:
    """An evidence sentence split around its number."""

    before: str
    number: str
    after: str
    doc: str
    meta: dict[str, Any]

    @property
    def text(self) -> str:
        return self.before + self.number + self.after


def _find_number(sentence: str, value: int) -> tuple[int, int] | None:
    n = normalize(sentence)
    m = re.search(rf"(?<![\d.,]){value}(?![\d])", n.text) or re.search(
        rf"(?<!\d){'[,.]?'.join(str(value))}(?!\d)", n.text
    )
    return n.span(m.start(), m.end()) if m else None


def quote(e: dict[str, Any], texts: dict[str, str]) -> Quote:
    text = texts.get(e["doc"], "")
    span, num = e.get("span"), e.get("number_span")
    if text and span and span[1] <= len(text):
        sentence = text[span[0] : span[1]]
        mark = (
            (num[0] - span[0], num[1] - span[0]) if num and span[0] <= num[0] <= num[1] <= span[1] else None
        )
    else:
        sentence = e.get("text") or ""
        mark = tuple(e["mark"]) if e.get("mark") else None
    if mark is None or not (0 <= mark[0] <= mark[1] <= len(sentence)):
        mark = _find_number(sentence, int(e["value"]))
    if mark is None:
        return Quote(sentence, "", "", e["doc"], e)
    return Quote(sentence[: mark[0]], sentence[mark[0] : mark[1]], sentence[mark[1] :], e["doc"], e)


CHUNK = 200  # findings quoted, or figures read, at a time
DOCS_SHOWN = 8  # a figure's articles named in the report; the rest are counted

FACTS = FactRow.__table__
FACT_CLAIMS = FactClaimRow.__table__
FINDINGS = FindingRow.__table__


@dataclass(slots=True)
class Figure:
    """A fact as the report shows it: its first articles named and the rest counted.

    Read column by column, never the fact's whole JSON: a figure many outlets
    report carries every one of their claims' evidence, which grows with the corpus.
    """

    id: str
    metric: str
    countries: list[str]
    period: Period | None
    value: int
    qualifier: str
    corroboration: int
    period_relation: str
    sources: list[str]
    docs: list[str]  # the first DOCS_SHOWN, by code point
    n_docs: int


@dataclass(slots=True)
class Overview:
    """The report's summary: counts and the top of each list, small whatever the store's size."""

    documents: int
    duplicates: int
    claims: int
    facts: int
    corroborated: int  # facts two or more outlets report
    kinds: dict[str, int]  # findings by kind, in KIND_ORDER
    matrix: dict[tuple[str, str], int]  # claims by (metric, country)
    top_findings: dict[str, list[tuple[int, Finding]]]  # by kind: (place in its kind's list, finding)
    top_facts: list[Figure]  # the most corroborated, two outlets or more
    generated: date = field(default_factory=date.today)

    @property
    def findings(self) -> int:
        """Findings besides single-source figures."""
        return sum(n for k, n in self.kinds.items() if k != "single_source")


def _count(engine: Engine, table: Any, *where: Any) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def _figure_query() -> Select:
    d = FACTS.c.data
    return select(
        FACTS.c.id, FACTS.c.metric, FACTS.c.countries, FACTS.c.period_start, FACTS.c.period_end, FACTS.c.value,
        FACTS.c.corroboration, d["qualifier"].as_string(), d["period_relation"].as_string(), d["sources"],
    )


def _figures(engine: Engine, q: Select) -> Iterator[Figure]:
    """The rows of a ``_figure_query``, a chunk at a time, each with its first articles and their count."""

    def named(rows: list[Any]) -> Iterator[Figure]:
        ids = [r[0] for r in rows]
        pairs = select(FACT_CLAIMS.c.fact_id, FACT_CLAIMS.c.doc_id).where(FACT_CLAIMS.c.fact_id.in_(ids)).distinct()
        pairs = pairs.subquery()
        rank = func.row_number().over(partition_by=pairs.c.fact_id, order_by=store.by_code_point(engine, pairs.c.doc_id))
        ranked = select(pairs.c.fact_id, pairs.c.doc_id, rank.label("rank")).subquery()
        first = select(ranked.c.fact_id, ranked.c.doc_id).where(ranked.c.rank <= DOCS_SHOWN).order_by(
            ranked.c.fact_id, ranked.c.rank
        )
        counts = select(pairs.c.fact_id, func.count()).group_by(pairs.c.fact_id)
        docs: dict[str, list[str]] = {}
        with engine.connect() as conn:
            for fid, doc in conn.execute(first):
                docs.setdefault(fid, []).append(doc)
            n = dict(conn.execute(counts).all())
        for fid, metric, countries, start, end, value, corr, qualifier, relation, sources in rows:
            yield Figure(
                id=fid, metric=metric, countries=countries.split(",") if countries else [],
                period=Period(_day(start), _day(end)) if start is not None and end is not None else None,
                value=int(value), qualifier=qualifier or "exact", corroboration=int(corr),
                period_relation=relation or "equal", sources=list(sources or []),
                docs=docs.get(fid, []), n_docs=int(n.get(fid, 0)),
            )

    chunk: list[Any] = []
    for r in stream.rows(engine, q, CHUNK):
        chunk.append(tuple(r))
        if len(chunk) == CHUNK:
            yield from named(chunk)
            chunk = []
    if chunk:
        yield from named(chunk)


def _day(d: Any) -> date:
    return d if isinstance(d, date) else date.fromisoformat(str(d)[:10])


def _articles(engine: Engine) -> Any:
    """How many articles a stored finding names, counted by the database in its JSON."""
    if engine.dialect.name == "postgresql":
        return func.json_array_length(FINDINGS.c.data.op("->")("docs"))
    return func.json_array_length(FINDINGS.c.data, "$.docs")


def top_findings(engine: Engine, per_kind: int) -> dict[str, list[tuple[int, Finding]]]:
    """Each kind's ``per_kind`` findings across the most articles (ties in computed order).

    Ranked in SQL, so only those findings are read: with each, its place in its kind's list.
    """
    t = FINDINGS.c
    ranked = select(
        t.ordinal,
        t.data,
        func.row_number().over(partition_by=t.kind, order_by=(_articles(engine).desc(), t.ordinal)).label("rank"),
        func.row_number().over(partition_by=t.kind, order_by=t.ordinal).label("place"),
    ).subquery()
    q = select(ranked.c.place, ranked.c.data).where(ranked.c.rank <= per_kind).order_by(ranked.c.rank, ranked.c.ordinal)
    out: dict[str, list[tuple[int, Finding]]] = {}
    for place, d in stream.rows(engine, q):
        f = _finding(d)
        out.setdefault(f.kind, []).append((int(place) - 1, f))
    return {k: out[k] for k in KIND_ORDER if k in out}


def top_facts(engine: Engine, limit: int | None) -> list[Figure]:
    """Figures two or more outlets report, the most corroborated first."""
    q = (
        _figure_query()
        .where(FACTS.c.corroboration > 1)
        .order_by(FACTS.c.corroboration.desc(), store.by_code_point(engine, FACTS.c.metric), FACTS.c.value.desc(),
                  FACTS.c.id)
    )
    if limit is not None:
        q = q.limit(limit)
    return list(_figures(engine, q))


def overview(engine: Engine, top: int, corroborated: int) -> Overview:
    """The summary: ``top`` findings of each kind, the ``corroborated`` figures the most outlets report."""
    with engine.connect() as conn:
        by_kind = dict(conn.execute(select(FINDINGS.c.kind, func.count()).group_by(FINDINGS.c.kind)).all())
    return Overview(
        documents=_count(engine, store.DOCUMENTS),
        duplicates=_count(engine, DuplicateRow.__table__),
        claims=_count(engine, store.CLAIMS),
        facts=_count(engine, FACTS),
        corroborated=_count(engine, FACTS, FACTS.c.corroboration > 1),
        kinds={k: int(by_kind[k]) for k in KIND_ORDER if by_kind.get(k)},
        matrix=store.claim_matrix(engine),
        top_findings=top_findings(engine, top),
        top_facts=top_facts(engine, corroborated),
    )


def figures(engine: Engine, limit: int | None) -> Iterator[Figure]:
    """Facts by period (undated last), countries, metric and value, streamed."""
    q = _figure_query().order_by(
        FACTS.c.period_start.is_(None),
        FACTS.c.period_start,
        store.by_code_point(engine, FACTS.c.countries),
        store.by_code_point(engine, FACTS.c.metric),
        FACTS.c.value,
        FACTS.c.id,
    )
    if limit is not None:
        q = q.limit(limit)
    yield from _figures(engine, q)


def findings(engine: Engine, kind: str, limit: int | None) -> Iterator[tuple[Finding, list[Quote]]]:
    """One kind's findings in computed order, each with its evidence quoted from the stored articles."""
    q = select(FINDINGS.c.data).where(FINDINGS.c.kind == kind).order_by(FINDINGS.c.ordinal)
    if limit is not None:
        q = q.limit(limit)
    chunk: list[Finding] = []

    def quoted() -> Iterator[tuple[Finding, list[Quote]]]:
        texts = stream.texts(engine, {e["doc"] for f in chunk for e in f.evidence})
        for f in chunk:
            yield f, [quote(e, texts) for e in f.evidence]

    for (d,) in stream.rows(engine, q, CHUNK):
        chunk.append(_finding(d))
        if len(chunk) == CHUNK:
            yield from quoted()
            chunk = []
    if chunk:
        yield from quoted()


def timeline_facts(engine: Engine, per_metric: int) -> list[Figure]:
    """The timeline's bars: each main metric's ``per_metric`` most corroborated dated figures."""
    out: list[Figure] = []
    for metric in MAIN_METRICS:
        q = (
            _figure_query()
            .where(FACTS.c.metric == metric, FACTS.c.period_start.is_not(None))
            .order_by(FACTS.c.corroboration.desc(), FACTS.c.value.desc(), FACTS.c.id)
            .limit(per_metric)
        )
        out.extend(_figures(engine, q))
    return out


def map_points(engine: Engine) -> list[Point]:
    """The map's points: claims counted by place, countries and metric in SQL."""
    return points_from_counts(store.claim_places(engine))
