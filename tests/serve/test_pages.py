"""Claim pages (``store.pages``, also ``db.claim_page``) walked to the end give every claim the filter
keeps, in the sort's order: the same rows as one query ordered by the sort's key columns.

Walked one small page at a time, for every sort and the filters the API takes, on SQLite and
PostgreSQL, over claims with and without a period and documents with and without a
publication date (the keyset cursors' NULL cases), several claims sharing each sort key.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from marsad.model import METRICS, Claim, Document, Period, Span
from marsad.store import db as store
from marsad.store import pages
from marsad.store.db import CLAIM_SORTS, ClaimFilter, claim_conditions

FILTERS = [
    ClaimFilter(),
    ClaimFilter(metric="killed"),
    ClaimFilter(metric="killed", country="IQ"),
    ClaimFilter(country="SY"),
    ClaimFilter(outlet="wire 1"),
    ClaimFilter(since=date(2024, 2, 1), until=date(2024, 3, 15)),
    ClaimFilter(min_value=3, max_value=9),
    ClaimFilter(qualifier="approx", metric="captured"),
    ClaimFilter(words="كركوك"),
]


def fill(engine) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(5)
    for i in range(24):
        published = None if i % 5 == 0 else date(2024, 1, 1) + timedelta(days=rnd.randrange(4) * 20)
        text = f"قتل {i} عناصر من داعش في كركوك أمس."
        doc = Document(id=f"d/{rnd.randrange(1000):03d}-{i}", text=text, published=published,
                       source=f"wire {i % 3}", title=f"t{i}", content_hash=f"h{i}")  # fmt: skip
        claims = []
        for k in range(rnd.randrange(0, 4)):
            start = date(2024, 1, 1) + timedelta(days=rnd.randrange(4) * 30)
            claims.append(
                Claim(
                    doc=doc.id, metric=rnd.choice(METRICS[:3]), value=rnd.randrange(1, 12),
                    qualifier=rnd.choice(["exact", "approx"]), countries=rnd.sample(["IQ", "SY"], rnd.randrange(1, 3)),
                    period=None if rnd.random() < 0.3 else Period(start, start + timedelta(days=rnd.randrange(40))),
                    actor=["ISIS"], source=rnd.choice(["CENTCOM", None]), evidence=text, span=Span(0, len(text)),
                    number_span=Span(4, 4 + len(str(i))), rule="test", context={"k": k},
                )
            )  # fmt: skip
        store.save_document(engine, doc, claims, extractor="test")


def walk(page, engine, f: ClaimFilter, sort: str) -> list:  # type: ignore[no-untyped-def]
    out, after = [], None
    while True:
        rows, after = page(engine, f, sort=sort, after=after, limit=3)
        out.append((rows, after))
        if after is None:
            return out


def in_order(engine, f: ClaimFilter, sort: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every claim ``f`` keeps, in one query ordered by the sort's definition (no pages, no cursors, no index steering)."""
    from sqlalchemy import select

    keys, desc = store._sort_keys(engine, sort)
    q = (
        select(*store._CLAIM_COLUMNS)
        .select_from(store._CLAIMS_WITH_DOCS)
        .where(*claim_conditions(f, engine, index=False))
        .order_by(*[k.desc() if desc else k for k in keys])
    )
    with engine.connect() as conn:
        return [store._stored_claim(r).to_dict() for r in conn.execute(q)]


@pytest.fixture
def filled(store_url):
    engine = store.connect(store_url)
    fill(engine)
    return engine


@pytest.mark.parametrize("sort", CLAIM_SORTS)
def test_pages_walk_every_claim_in_the_sorts_order_on_every_backend(filled, sort):
    for f in FILTERS:
        ours = walk(pages.claim_page, filled, f, sort)
        assert [r for rows, _ in ours for r in rows] == in_order(filled, f, sort), (sort, f)
        assert all(len(rows) == 3 for rows, _ in ours[:-1])
        as_objects = walk(store.claim_page, filled, f, sort)  # the store's pages are these, as StoredClaims
        assert [([r.to_dict() for r in rows], after) for rows, after in as_objects] == ours
    every = [r for rows, _ in walk(pages.claim_page, filled, ClaimFilter(), sort) for r in rows]
    assert len(every) == store.count_claims(filled) and len({r["id"] for r in every}) == len(every)


def test_a_claim_stored_by_an_older_marsad_reads_as_before(tmp_path):
    # JSON without the qualifier and with countries out of order: read through Claim, as dicts and as StoredClaims
    from sqlalchemy import update

    engine = store.connect(f"sqlite:///{tmp_path / 'old.db'}")
    fill(engine)
    with engine.begin() as conn:
        first = conn.execute(store.CLAIMS.select().order_by(store.CLAIMS.c.id).limit(1)).first()
        data = {k: v for k, v in first.data.items() if k != "qualifier"} | {"countries": ["SY", "IQ"]}
        conn.execute(update(store.CLAIMS).where(store.CLAIMS.c.id == first.id).values(data=data))
    (theirs,), _ = store.claim_page(engine, limit=1)
    (ours,), _ = pages.claim_page(engine, limit=1)
    assert ours == theirs.to_dict() and ours["qualifier"] == "exact" and ours["countries"] == ["IQ", "SY"]


def test_a_cursor_from_another_sort_is_refused(filled):
    _, after = pages.claim_page(filled, sort="value", limit=2)
    with pytest.raises(ValueError):
        pages.claim_page(filled, sort="period", after=after)
