"""Words in the evidence (``ClaimFilter.words``, ``q=``) through the index of revision 0007.

The index may only make the filter faster: on a seeded store with Arabic evidence, every
query keeps exactly the claims the plain test of every row keeps (SQLite: the filter before
the index, ``LIKE``), and exactly those a substring test in Python keeps, ASCII letters
without case, on SQLite and PostgreSQL alike. The SQLite index stays in step with every write
path (batches, a document re-extracted, a failed document in a batch, deletes, a cascade), a
store without FTS5's trigram tokenizer gets no index and scans, revision 0007 builds the index
for a store with data and its downgrade removes it, and a PostgreSQL role that may not create
pg_trgm still gets a working store (and a log line).
"""

from __future__ import annotations

import logging
import random
from datetime import date

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, select, text

from marsad.model import Claim, Document
from marsad.store import batch, migrate, pages, search
from marsad.store import db as store

PIECES = [
    "قتل 3 عناصر من داعش في كركوك أمس",
    "وأعلنت القوات الأمنية اعتقال 12 مشتبهاً بهم في وكركوك والأنبار",
    "بكركوك وللقوات العراقية",
    "نفذت القيادة المركزية الأمريكية (CENTCOM) 46 عملية ضد داعش",
    "Centcom: 212 عملية ضد ISIS في العراق وسوريا",
    "isis وisil وDaesh",
    "بلغت النسبة 50% من القوات_الخاصة / حسب البيان",
    'قال "المرصد" إن 7 قتلوا في ريف_حلب',
    "École ÉCOLE école Σίσυφος ΣΊΣΥΦΟΣ",
    "مُقاتِلِين بالتشكيل ــــ تطويل",
    r"a%b_c/d\e.f*g(h)[i]^j$k|l?m+n{o}",
    "وفي الأسبوع الماضي قُتل 4 مدنيين",
    "٣ قتلى و١٢ جريحاً",
]
ALPHABET = "قتلعناصرمدشفيكوأبجهزحطخ٣١%_/\\\".*()[]^$|?+{}'aAbBcCeEiIsSoOnNtTmMdDéÉσΣ0159ـُِ"


def seed_claims() -> list[tuple[str, list[str]]]:
    """Documents of claims whose evidence joins two or three pieces (fixed seed)."""
    rnd = random.Random(12)
    docs = []
    for d in range(24):
        texts = [" ".join(rnd.sample(PIECES, rnd.choice([1, 2, 3]))) for _ in range(rnd.choice([1, 2, 4]))]
        docs.append((f"doc{d:02d}", texts))
    return docs


def claims_of(doc_id: str, texts: list[str]) -> list[Claim]:
    return [Claim(doc=doc_id, metric="killed", value=i + 1, evidence=t, countries=["IQ"]) for i, t in enumerate(texts)]


def fill(engine, docs) -> None:  # type: ignore[no-untyped-def]
    items = [(Document(id=d, text=" ".join(t), published=date(2024, 5, 3), content_hash=f"h-{d}"), claims_of(d, t), None, None)
             for d, t in docs]  # fmt: skip
    assert not any(batch.save_batch(engine, items, extractor="t", run_id=None))


def evidence_by_id(engine) -> dict[int, str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return dict(conn.execute(select(store.CLAIMS.c.id, store.CLAIMS.c.evidence)).all())


def ids(engine, f: store.ClaimFilter, index: bool = True) -> list[int]:  # type: ignore[no-untyped-def]
    q = select(store.CLAIMS.c.id).where(*store.claim_conditions(f, engine, index=index)).order_by(store.CLAIMS.c.id)
    with engine.connect() as conn:
        return list(conn.scalars(q))


def before_0007(engine, f: store.ClaimFilter) -> list[int]:  # type: ignore[no-untyped-def]
    """The filter as it was: each word as a substring by LIKE (autoescaped), nothing else."""
    q = select(store.CLAIMS.c.id).order_by(store.CLAIMS.c.id)
    for word in (f.words or "").split():
        q = q.where(store.CLAIMS.c.evidence.contains(word, autoescape=True))
    with engine.connect() as conn:
        return list(conn.scalars(q))


def assert_same_answers(engine, q: str, evidence: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    f = store.ClaimFilter(words=q)
    expected = sorted(i for i, ev in evidence.items() if search.matches(ev, q))
    assert ids(engine, f) == expected, q
    assert ids(engine, f, index=False) == expected, q
    if engine.dialect.name == "sqlite":  # the same as before the index (on PostgreSQL LIKE compared case)
        assert before_0007(engine, f) == expected, q
    assert store.count_claims(engine, f) == len(expected), q
    rows, _ = pages.claim_page(engine, f, limit=500)  # in the stored order: the ids'
    assert [r["id"] for r in rows] == [f"{doc}#{n}" for doc, n in _names(engine, expected)], q


def _names(engine, row_ids: list[int]) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """``<doc>#<ordinal>`` parts of these claims, in the order of their ids."""
    if not row_ids:
        return []
    with engine.connect() as conn:
        q = select(store.CLAIMS.c.id, store.CLAIMS.c.doc_id, store.CLAIMS.c.ordinal).where(store.CLAIMS.c.id.in_(row_ids))
        by_id = {i: (d, n) for i, d, n in conn.execute(q)}
    return [by_id[i] for i in sorted(row_ids)]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def seeded(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('search') / 'store.db'}"
    else:
        url = request.getfixturevalue("postgres").new_database()
    engine = store.connect(url)
    fill(engine, seed_claims())
    return engine, evidence_by_id(engine)


def test_the_seeded_store_is_indexed_where_it_can_be(seeded):
    engine, evidence = seeded
    assert len(evidence) > 40
    if engine.dialect.name == "sqlite":
        if not search.sqlite_has_trigram():
            pytest.skip("this Python's SQLite has no FTS5 trigram tokenizer: the store scans")
        assert search.fts_ready(engine)
    else:
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_claims_evidence_trgm'"))


@pytest.mark.parametrize(
    "q",
    ["كركوك", "وكركوك", "بكركوك", "ك", "في", "من", "centcom", "CENTCOM", "cEnTcOm", "isis", "ISIL", "daesh", "50%", "%",
     "_", "القوات_الخاصة", "/", "\\", '"المرصد"', '"', "école", "ÉCOLE", "σίσυφος", "ΣΊΣΥΦΟΣ", "مُقاتِلِين", "مقاتلين",
     "ــ", "٣", "f*g(h)", "[i]^j$k|l?m+n{o}", "كركوك CENTCOM", "داعش في", "زمهرير", "a%b", "d\\e", "e.f", "^", ".",
     "ab\x00c", "  ", ""],
)  # fmt: skip
def test_chosen_words_keep_the_same_claims(seeded, q):
    engine, evidence = seeded
    if "\x00" in q and engine.dialect.name == "postgresql":
        pytest.skip("PostgreSQL text holds no NUL")
    assert_same_answers(engine, q, evidence)


def _slice(evidence: list[str]):  # type: ignore[no-untyped-def]
    return st.sampled_from(evidence).flatmap(
        lambda ev: st.tuples(st.integers(0, len(ev)), st.integers(1, 9)).map(lambda t: ev[t[0] : t[0] + t[1]])
    )


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_words_keep_the_same_claims_with_the_index_and_without(seeded, data):
    engine, evidence = seeded
    word = st.one_of(
        _slice(sorted(evidence.values())),  # prefixes, infixes and suffixes of real evidence, 1 to 9 characters
        st.text(alphabet=ALPHABET, min_size=1, max_size=6),
    )
    words = data.draw(st.lists(st.tuples(word, st.booleans()), min_size=1, max_size=3))
    q = " ".join(w.swapcase() if flip else w for w, flip in words)
    assert_same_answers(engine, q, evidence)


@pytest.mark.parametrize("sort", store.CLAIM_SORTS)
@pytest.mark.parametrize("many", [False, True])
def test_a_page_led_by_the_index_or_by_the_walk_is_the_same(seeded, sort, many, monkeypatch):
    engine, _ = seeded
    monkeypatch.setattr(search, "many", lambda *_: many)
    for q in ("كركوك", "centcom", "في", "القوات", "زمهرير"):
        f = store.ClaimFilter(words=q, metric="killed")
        walked, after = [], None
        while True:
            rows, after = pages.claim_page(engine, f, sort=sort, after=after, limit=4)
            walked += [r["id"] for r in rows]
            if after is None:
                break
        keys, desc = store._sort_keys(engine, sort)
        q_all = select(store.CLAIMS.c.doc_id, store.CLAIMS.c.ordinal).select_from(store._CLAIMS_WITH_DOCS)
        q_all = q_all.where(*store.claim_conditions(f, engine, index=False)).order_by(*[k.desc() if desc else k for k in keys])
        with engine.connect() as conn:
            assert walked == [f"{d}#{n}" for d, n in conn.execute(q_all)], (sort, q)


def test_many_names_the_words_whose_rows_are_too_many_to_lead(seeded, monkeypatch):
    engine, evidence = seeded
    if engine.dialect.name != "sqlite":
        assert not search.many(engine, "كركوك")
        return
    monkeypatch.setattr(search, "drive_limit", lambda claims: 20)
    monkeypatch.setattr(search, "_MANY", type(search._MANY)())
    matching = {w: sum(search.matches(ev, w) for ev in evidence.values()) for w in ("كركوك", "القوات", "داعش", "عملية")}
    assert any(n > 20 for n in matching.values()), matching
    for w, n in matching.items():
        if n > 20:  # the index names at least the rows that match
            assert search.many(engine, w) is True, w
    assert search.many(engine, "زمهرير") is False and search.many(engine, "في") is False  # none; no trigram


# -- the SQLite index in step with every write ---------------------------------------------------

needs_trigram = pytest.mark.skipif(not search.sqlite_has_trigram(), reason="this Python's SQLite has no FTS5 trigram tokenizer")


def sqlite_store(tmp_path, name: str = "store.db"):  # type: ignore[no-untyped-def]
    return store.connect(f"sqlite:///{tmp_path / name}")


def assert_index_whole(engine) -> None:  # type: ignore[no-untyped-def]
    """FTS5's own check of the index against the claims (rank 1: against the content table too)."""
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)"))
    evidence = evidence_by_id(engine)
    for q in ("كركوك", "وكركوك", "centcom", "القوات", "زمهرير", "في", "جديد", "Alpha"):
        assert_same_answers(engine, q, evidence)


@needs_trigram
def test_the_index_follows_inserts_re_extraction_failures_and_deletes(tmp_path, fail_storing):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = store.connect(url)
    assert search.fts_ready(engine)
    docs = seed_claims()
    fill(engine, docs)
    assert_index_whole(engine)
    # a document re-extracted: its claims replaced, new evidence in, old out
    store.save_document(engine, Document(id="doc03", text="x", content_hash="h2"),
                        claims_of("doc03", ["خبر جديد عن Alpha في كركوك", "جديد"]), extractor="t2")  # fmt: skip
    assert_index_whole(engine)
    assert store.count_claims(engine, store.ClaimFilter(words="جديد")) == 2
    # a batch in which one document fails: the others stored (each in a savepoint of its own), the failed one not
    fail_storing(url, "bad", RuntimeError("refused"), statement="INSERT INTO claims")  # its claims, in the stage
    items = [(Document(id=d, text=d, content_hash=d), claims_of(d, [f"قتل {d} في وكركوك"]), None, None) for d in ("ok1", "bad", "ok2")]
    outcomes = batch.save_batch(engine, items, extractor="t", run_id=None)
    assert [type(o).__name__ if o else None for o in outcomes] == [None, "RuntimeError", None]
    assert_index_whole(engine)
    assert [r["id"] for r in pages.claim_page(engine, store.ClaimFilter(words="ok"))[0]] == ["ok1#0", "ok2#0"]
    # deletes: one document through the store, one by SQL on documents (the claims go by cascade)
    assert store.delete_document(engine, "doc05")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM documents WHERE id = 'doc07'"))
        conn.execute(text("UPDATE claims SET evidence = 'Alpha بدّلت' WHERE doc_id = 'doc08'"))
    assert_index_whole(engine)
    assert store.count_claims(engine, store.ClaimFilter(doc="doc07")) == 0
    assert store.count_claims(engine, store.ClaimFilter(words="alpha بدّلت")) == len(docs[8][1])


@needs_trigram
def test_claim_ids_follow_the_batch_through_the_stage(tmp_path):
    engine = sqlite_store(tmp_path)
    fill(engine, seed_claims())
    with engine.connect() as conn:
        rows = conn.execute(select(store.CLAIMS.c.id, store.CLAIMS.c.doc_id, store.CLAIMS.c.ordinal).order_by(store.CLAIMS.c.id)).all()
    assert [(d, n) for _, d, n in rows] == sorted((d, n) for _, d, n in rows)  # the batch's order (doc00, doc01 …)
    with engine.connect() as conn:  # the stage is emptied after each batch
        assert conn.execute(text("SELECT count(*) FROM temp.claims_stage")).scalar() == 0


def test_without_the_trigram_tokenizer_the_store_has_no_index_and_scans(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(search, "sqlite_has_trigram", lambda: False)
    with caplog.at_level(logging.WARNING, logger="marsad.store"):
        engine = sqlite_store(tmp_path)
    assert "no FTS5 trigram tokenizer" in caplog.text
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'claims_fts%'")) == 0
    assert not search.fts_ready(engine)
    fill(engine, seed_claims())
    evidence = evidence_by_id(engine)
    for q in ("كركوك", "centcom", "في", "50%", "زمهرير"):
        assert_same_answers(engine, q, evidence)
        sql = str(select(store.CLAIMS.c.id).where(*store.claim_conditions(store.ClaimFilter(words=q), engine)))
        assert "claims_fts" not in sql


# -- revision 0007 on a store with data ----------------------------------------------------------


def _migrate(url: str, target: str, up: bool) -> None:
    engine = create_engine(store.resolve_url(url))
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.upgrade if up else command.downgrade)(cfg, target)
    engine.dispose()


def _has_index(engine) -> bool:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE name LIKE 'claims_fts%'")))
            return bool(names & {"claims_fts", "claims_fts_insert", "claims_fts_delete", "claims_fts_update"})
        return bool(conn.scalar(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_claims_evidence_trgm'")))


def test_revision_0007_indexes_a_store_with_data_and_its_downgrade_removes_it(store_url):
    _migrate(store_url, "0006", up=True)
    plain = store._engine(store.resolve_url(store_url))
    fill(plain, seed_claims())  # written by the store at 0006: no index to keep
    assert not _has_index(plain)
    evidence = evidence_by_id(plain)
    plain.dispose()
    engine = store.connect(store_url)  # upgrades to head: the index is built from the claims there
    assert _has_index(engine)
    if engine.dialect.name == "sqlite":
        assert search.fts_ready(engine)
        assert_index_whole(engine)
    for q in ("كركوك", "centcom", "القوات_الخاصة", "في"):
        assert_same_answers(engine, q, evidence)
    _migrate(store_url, "0006", up=False)
    search.forget(engine)
    assert not _has_index(engine) and not search.fts_ready(engine)
    assert evidence_by_id(engine) == evidence  # the claims stay
    for q in ("كركوك", "في"):
        assert ids(engine, store.ClaimFilter(words=q)) == sorted(i for i, ev in evidence.items() if search.matches(ev, q))
    fill(engine, [("after", ["كركوك بعد الإنزال"])])  # written at 0006 again, then indexed on the way up
    migrate.upgrade(engine)
    assert _has_index(engine)
    if engine.dialect.name == "sqlite":
        assert_index_whole(engine)
    assert store.count_claims(engine, store.ClaimFilter(words="الإنزال")) == 1


# -- PostgreSQL: a role that may not create pg_trgm -----------------------------------------------


def _weak_database(postgres, extension: bool) -> str:  # type: ignore[no-untyped-def]
    """A database whose store role owns a schema of its own but may not create extensions."""
    import psycopg

    url = postgres.new_database()
    name = url.split("@/", 1)[1].split("?")[0]
    role = f"weak_{name}"
    with psycopg.connect(host=str(postgres.root), port=5432, user="marsad", dbname=name, autocommit=True) as c:
        c.execute(f'CREATE ROLE "{role}" LOGIN')
        c.execute(f'CREATE SCHEMA "{role}" AUTHORIZATION "{role}"')
        if extension:
            c.execute("CREATE EXTENSION pg_trgm")
    return url.replace("postgresql://marsad@", f"postgresql://{role}@")


def test_a_role_that_may_not_create_pg_trgm_gets_a_store_that_scans(postgres, caplog):
    url = _weak_database(postgres, extension=False)
    with caplog.at_level(logging.WARNING, logger="marsad.store"):
        engine = store.connect(url)
    assert "no trigram index on the claims' evidence" in caplog.text and "permission denied" in caplog.text
    assert "CREATE EXTENSION IF NOT EXISTS pg_trgm" in caplog.text  # what a DBA can run
    with engine.connect() as conn:
        assert migrate.revision(conn) == migrate.head()
    assert not _has_index(engine)
    fill(engine, seed_claims())
    evidence = evidence_by_id(engine)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="marsad.store"):
        for q in ("كركوك", "centcom", "50%"):
            assert_same_answers(engine, q, evidence)
    assert caplog.text.count("reads every claim") == 1  # said once for the engine, not for every query


def test_a_role_finds_pg_trgm_a_dba_made_and_builds_the_index(postgres):
    engine = store.connect(_weak_database(postgres, extension=True))
    assert _has_index(engine)
    fill(engine, seed_claims())
    evidence = evidence_by_id(engine)
    for q in ("كركوك", "CENTCOM", "في"):
        assert_same_answers(engine, q, evidence)


def test_postgresql_uses_the_index_for_arabic_and_latin_words(seeded):
    engine, _ = seeded
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's planner")
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a small table: ask whether the index can serve
        for q in ("كركوك", "centcom"):
            where = store.claim_conditions(store.ClaimFilter(words=q), engine)
            sql = select(func.count()).select_from(store.CLAIMS).where(*where).compile(engine, compile_kwargs={"literal_binds": True})
            plan = "\n".join(conn.execute(text("EXPLAIN " + str(sql))).scalars())
            assert "ix_claims_evidence_trgm" in plan, plan
