"""Pages of claims, read the way a server under load must: the one query behind the API's and the
dashboard's claim lists, ``db.claim_page`` and ``db.iter_claims`` (downloads).

The filter is ``db.claim_conditions``; the sorts are ``db.CLAIM_SORTS``, each defined by its key
columns in ``db._sort_keys`` (a test walks every sort and filter against one query ordered by
those keys). What this module adds is the cost of one page:

- every sort reads an index in its order and stops after one page (revision 0006 adds the
  ones that were missing): on SQLite the period and publication-date sorts order by the
  column itself, whose order there is the same as ``coalesce(date, 0001-01-01)`` (NULL first
  ascending, last descending) but which its index can give; PostgreSQL keeps the coalesced
  key and sorts;
- on SQLite a metric, qualifier or value filter does not divert the planner from the sort's
  index (``_conditions``);
- the page's row ids come from narrow rows, then only those rows are read whole (sorting the
  claims' JSON with them costs 3-10x);
- rows are plain dicts made from Core rows and the claim's stored JSON, parsed by orjson:
  no ``Claim`` object built and taken apart again for each row. The stored JSON is the
  claim's ``to_dict()`` as saved; a row whose JSON is not in that form (a store written by an
  older marsad) goes through ``Claim`` as before.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import orjson
from sqlalchemy import Engine, Text, and_, cast, or_, select

from marsad.model import Claim
from marsad.store import search
from marsad.store.db import (
    _CLAIMS_WITH_DOCS,
    _NO_DATE,
    CLAIMS,
    DOCUMENTS,
    ClaimFilter,
    StoredClaim,
    _after,
    _sort_keys,
    _typed_cursor,
    _valid_limit,
    claim_conditions,
)

# the keys Claim.to_dict() writes, in its order; a stored claim with others is read through Claim
_CLAIM_KEYS = frozenset(
    ("doc", "metric", "value", "qualifier", "countries", "period", "actor", "source", "evidence", "place",
     "span", "number_span", "spans", "rule", "context")
)  # fmt: skip

EVERY_CLAIM = ClaimFilter()

_ROW_COLUMNS = (
    CLAIMS.c.id,
    CLAIMS.c.doc_id,
    CLAIMS.c.ordinal,
    cast(CLAIMS.c.data, Text).label("data"),
    CLAIMS.c.value,
    CLAIMS.c.period_start,
    DOCUMENTS.c.source,
    DOCUMENTS.c.published,
    DOCUMENTS.c.title,
)


def _nullable_date_after(column: Any, row_id: Any, cursor: list[Any], desc: bool) -> Any:
    """Rows after ``cursor`` (date or 0001-01-01 for none, row id) in ``column``'s order, NULL as the least."""
    day, after_id = cursor
    if day == _NO_DATE:  # among the rows with no date
        if desc:  # they come last: only those further on
            return and_(column.is_(None), row_id < after_id)
        return or_(and_(column.is_(None), row_id > after_id), column.is_not(None))
    if desc:
        return or_(column < day, and_(column == day, row_id < after_id), column.is_(None))
    return or_(column > day, and_(column == day, row_id > after_id))


def _order_and_after(engine: Engine, sort: str, after: list[Any] | None) -> tuple[list[Any], Any, bool]:
    """The ORDER BY keys, the condition for rows after the cursor (or None) and whether the page joins documents."""
    name = sort.lstrip("-")
    desc = sort.startswith("-")
    cursor = _typed_cursor(sort, after) if after is not None else None
    joined = name == "published"
    if engine.dialect.name == "sqlite" and name in ("period", "published"):
        column = CLAIMS.c.period_start if name == "period" else DOCUMENTS.c.published
        keys = [column, CLAIMS.c.id]
        condition = _nullable_date_after(column, CLAIMS.c.id, cursor, desc) if cursor is not None else None
        return [k.desc() if desc else k for k in keys], condition, joined
    keys, desc = _sort_keys(engine, sort)
    condition = _after(keys, cursor, desc) if cursor is not None else None
    return [k.desc() if desc else k for k in keys], condition, joined


def _cursor(sort: str, r: Any) -> list[Any]:
    name = sort.lstrip("-")
    if name == "stored":
        return [r.id]
    if name == "doc":
        return [r.doc_id, r.ordinal]
    if name == "value":
        return [int(r.value), r.id]
    day = r.period_start if name == "period" else r.published
    return [_iso(day) or _NO_DATE.isoformat(), r.id]


def _iso(day: Any) -> str | None:
    if day is None:
        return None
    return day.isoformat() if isinstance(day, date) else str(day)[:10]


def _claim_dict(r: Any) -> dict[str, Any]:
    """What ``Claim.from_dict(stored).to_dict()`` gives, with the row's doc id, read without a Claim."""
    d = orjson.loads(r.data)
    countries = d.get("countries")
    if not (d.keys() <= _CLAIM_KEYS and d.get("qualifier") and isinstance(countries, list) and countries == sorted(countries)):
        d = Claim.from_dict(d).to_dict()
    d["doc"] = r.doc_id  # the id as stored
    return d


def _item(r: Any) -> dict[str, Any]:
    """A row as ``StoredClaim.to_dict()`` has it: its id, the claim, its place and its document's outlet, date, title."""
    return {
        "id": f"{r.doc_id}#{r.ordinal}",
        **_claim_dict(r),
        "ordinal": r.ordinal,
        "outlet": r.source,
        "published": _iso(r.published),
        "title": r.title,
    }


def _conditions(engine: Engine, f: ClaimFilter, sort: str) -> list[Any]:
    """The filter's conditions; on SQLite, under a sort with an index, some kept off their own index.

    A metric or a qualifier keeps a large share of the claims (there are a dozen metrics), so
    walking the sort's index and filtering on the way finds a page within a few hundred rows.
    SQLite's planner prefers the metric's index and then sorts every match (9,000 of 100,000
    claims for one metric, each row read whole): ``metric || ''`` is the same test, unindexed.
    The document and period orders carry the value in their index, so a value range is tested
    there too (``value + 0``), however narrow: the walk then reads no claim's row.

    Words in the evidence (``store.search``): the rows the evidence index names lead when they
    are few; when they are many (``search.many``: a word in more than about 2 % of 100,000
    claims) the index is left out, and the walk in the sort's order, the stored order too,
    tests each claim and stops after a page.
    """
    name = sort.lstrip("-")
    index = not search.many(engine, f.words)
    if engine.dialect.name != "sqlite" or name == "stored":
        return claim_conditions(f, engine, index=index)
    c = CLAIMS.c
    unindexed = {"metric": c.metric.concat(""), "qualifier": c.qualifier.concat("")}
    if name in ("doc", "period"):
        unindexed |= {"min_value": c.value + 0, "max_value": c.value + 0}
    kept = {k: getattr(f, k) for k in unindexed if getattr(f, k) is not None}
    out = claim_conditions(replace(f, **dict.fromkeys(kept)), engine, index=index)
    for k, v in kept.items():
        column = unindexed[k]
        out.append(column >= v if k == "min_value" else column <= v if k == "max_value" else column == v)
    return out


def _joined(engine: Engine, f: ClaimFilter) -> Any:
    """Claims with their documents, for the publication-date sort.

    On SQLite the documents lead: walked in date order (``ix_documents_published``), each
    one's claims found by its key, the walk stopping after one page. Its planner would
    rather read every matching claim, look each one's document up and sort them all;
    comparing the claim's key to ``documents.key || ''`` leaves it no index for that way.
    Not under a period filter: claims are dated near their articles, so the walk would cross
    every article outside the period first; there the period's index finds the claims.
    """
    if engine.dialect.name != "sqlite" or f.since is not None or f.until is not None:
        return _CLAIMS_WITH_DOCS
    return DOCUMENTS.join(CLAIMS, CLAIMS.c.doc_key == DOCUMENTS.c.key.concat(""))


def _page_rows(engine: Engine, f: ClaimFilter, sort: str, after: list[Any] | None, limit: int) -> tuple[list[Any], bool]:
    limit = _valid_limit(limit) or 50
    order, condition, joined = _order_and_after(engine, sort, after)
    q = select(CLAIMS.c.id).select_from(_joined(engine, f) if joined else CLAIMS).where(*_conditions(engine, f, sort))
    if condition is not None:
        q = q.where(condition)
    q = q.order_by(*order).limit(limit + 1)
    with engine.connect() as conn:
        ids = list(conn.scalars(q))
        more = len(ids) > limit
        ids = ids[:limit]
        if not ids:
            return [], False
        found = {
            r.id: r for r in conn.execute(select(*_ROW_COLUMNS).select_from(_CLAIMS_WITH_DOCS).where(CLAIMS.c.id.in_(ids)))
        }
    return [found[i] for i in ids if i in found], more


def claim_page(
    engine: Engine,
    f: ClaimFilter = EVERY_CLAIM,
    *,
    sort: str = "stored",
    after: list[Any] | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], list[Any] | None]:
    """One page of claims as ``StoredClaim.to_dict()`` dicts, and the cursor after it (None on the last page).

    ``ValueError`` for an unknown sort or a cursor this sort did not make.
    """
    rows, more = _page_rows(engine, f, sort, after, limit)
    return [_item(r) for r in rows], (_cursor(sort, rows[-1]) if more and rows else None)


def stored_claim_page(
    engine: Engine,
    f: ClaimFilter = EVERY_CLAIM,
    *,
    sort: str = "stored",
    after: list[Any] | None = None,
    limit: int = 50,
) -> tuple[list[StoredClaim], list[Any] | None]:
    """The same page as ``StoredClaim`` objects (what the dashboard's templates read)."""
    rows, more = _page_rows(engine, f, sort, after, limit)
    out = []
    for r in rows:
        published = r.published if isinstance(r.published, date) or r.published is None else date.fromisoformat(_iso(r.published))  # type: ignore[arg-type]
        out.append(StoredClaim(r.doc_id, r.ordinal, Claim.from_dict(_claim_dict(r)), r.source, published, r.title, r.id))
    return out, (_cursor(sort, rows[-1]) if more and rows else None)
