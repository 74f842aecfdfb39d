"""The streamed consolidation writes the snapshot that computing everything in memory wrote, row for row.

``reference_consolidate`` is ``consolidate`` as it was (every claim, fact and
finding in memory, then written); here one store is consolidated both ways
and the four tables are compared whole — every column of every row, in the
order the rows were written — together with the counts ``consolidate``
returns. The stores hold articles that relay one another's figures with
slots changed, near-duplicate copies, totals with parts in and across
articles and undated figures (``test_findings_scale.random_refs``), so that
every kind of finding occurs.
"""

from __future__ import annotations

import importlib.util
import random
import shutil
import sqlite3
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from marsad.consolidate import consolidate
from marsad.consolidate.facts import build_facts
from marsad.consolidate.tables import TABLES
from marsad.model import FINDING_KINDS, Document
from marsad.store import db as store


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scale = _load("test_findings_scale")
reference = _load("reference_consolidate")
all_pairs = _load("reference_findings")


def fill(url: str, seed: int, docs: int, claims: int, edits: int = 0) -> None:
    """A store with the articles of ``random_refs``: a copy's text is its original's (so that the store's
    near-duplicate detection finds it) with up to ``edits`` words changed, an outlet is the document's source."""
    refs = scale.random_refs(seed, docs, claims)
    rng = random.Random(seed)
    by_doc = defaultdict(list)
    for r in sorted(refs, key=lambda r: int(r.id.rsplit("#", 1)[1])):
        by_doc[r.doc].append(r)
    texts: dict[str, str] = {}
    engine = store.connect(url)
    for doc in sorted(by_doc):
        first = by_doc[doc][0]
        if first.cluster in texts:
            words = texts[first.cluster].split()
            for _ in range(rng.randrange(edits + 1)):
                words[rng.randrange(len(words))] = f"e{rng.randrange(400)}"
            body = " ".join(words)
        else:
            body = " ".join(
                f"w{rng.randrange(400)}" for _ in range(60)
            )  # distinct texts, as far as MinHash sees
        texts[doc] = body
        source = None if first.outlet.startswith("doc:") else first.outlet
        d = Document(
            id=doc, text=body, published=first.published, source=source, content_hash=str(hash(body))
        )
        store.save_document(engine, d, [r.claim for r in by_doc[doc]], extractor="test")
    engine.dispose()


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of the four tables, in the order they were written (SQLite's rowid)."""
    engine = store.connect(url)
    with engine.connect() as conn:
        rows = {
            t.name: [tuple(row) for row in conn.execute(select(t).order_by(text("rowid")))] for t in TABLES
        }
    engine.dispose()
    return rows


def both_ways(  # type: ignore[no-untyped-def]
    tmp_path: Path, seed: int, docs: int, claims: int, findings=None, edits: int = 0, drop: int = 0
) -> tuple[dict, dict]:
    """One store consolidated by the reference and by ``consolidate``; ``drop``: that many documents' rows
    removed under their claims (the store's foreign keys forbid it: a raw connection does it)."""
    here = Path(tempfile.mkdtemp(dir=tmp_path))  # hypothesis runs every example in one tmp_path
    old, new = here / "old.db", here / "new.db"
    fill(f"sqlite:///{old}", seed, docs, claims, edits)
    if drop:
        raw = sqlite3.connect(old)
        ids = [r[0] for r in raw.execute("SELECT id FROM documents ORDER BY id")]
        with raw:
            raw.executemany(
                "DELETE FROM documents WHERE id = ?",
                [(i,) for i in random.Random(seed).sample(ids, max(0, min(drop, len(ids) - 1)))],
            )
        raw.close()
    shutil.copy(old, new)
    kwargs = {"findings": findings} if findings else {}
    want = reference.consolidate(store.connect(f"sqlite:///{old}"), **kwargs)
    got = consolidate(store.connect(f"sqlite:///{new}"))
    assert got == want
    return snapshot(f"sqlite:///{old}"), snapshot(f"sqlite:///{new}")


@pytest.mark.parametrize("seed", range(4))
def test_streamed_snapshot_is_the_in_memory_one_row_for_row(tmp_path, seed):
    want, got = both_ways(tmp_path, seed, docs=60, claims=700)
    for table in want:
        assert got[table] == want[table], table
    kinds = Counter(row[2] for row in got["findings"])
    # every kind of finding occurred, and the copies were found
    assert set(kinds) == set(FINDING_KINDS), kinds
    assert got["duplicates"] and got["facts"] and got["fact_claims"]


def test_streamed_snapshot_is_the_all_pairs_one(tmp_path):
    want, got = both_ways(tmp_path, 11, docs=30, claims=300, findings=all_pairs)
    assert got == want


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 2**32), docs=st.integers(1, 10), claims=st.integers(0, 80))
def test_streamed_snapshot_on_small_random_stores(tmp_path, seed, docs, claims):
    refs = scale.random_refs(seed, docs, claims)
    ids = [f.id for f in build_facts(refs)]
    assert len(ids) == len(
        set(ids)
    )  # (before actors were in the key, one article could make two facts of one id)
    want, got = both_ways(tmp_path, seed, docs, claims)
    assert got == want


def test_edited_copies_and_chains_of_them_consolidate_as_the_reference(tmp_path):
    # copies with up to 3 of 60 words changed: some reach the threshold, some only through another copy
    similarity = []
    for seed in range(3):
        want, got = both_ways(tmp_path, seed, docs=150, claims=900, edits=3)
        assert got == want
        similarity += [row[3] for row in got["duplicates"]]
    assert len(similarity) >= 20 and len(set(similarity)) > 3, similarity


def test_claims_whose_document_is_gone_consolidate_as_the_reference(tmp_path):
    # their documents count, each is its own cluster and outlet, undated
    want, got = both_ways(tmp_path, 4, docs=40, claims=400, drop=6)
    assert got == want


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    seed=st.integers(0, 2**32), docs=st.integers(1, 12), claims=st.integers(0, 80), edits=st.integers(0, 4)
)
def test_edited_copies_in_small_random_stores(tmp_path, seed, docs, claims, edits):
    want, got = both_ways(tmp_path, seed, docs, claims, edits=edits, drop=seed % 3)
    assert got == want


def test_consolidating_twice_gives_the_same_snapshot(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    fill(url, 3, docs=20, claims=200)
    first = consolidate(store.connect(url))
    rows = snapshot(url)
    assert consolidate(store.connect(url)) == first
    assert snapshot(url) == rows


def test_the_working_set_of_a_consolidation_killed_outright_is_removed_by_the_next(tmp_path):
    import subprocess
    import sys

    from marsad.consolidate.spill import PREFIX, WorkingSet

    # a process that makes its working set and is killed before it can remove it
    code = (
        "import os, signal; from marsad.consolidate.spill import WorkingSet\n"
        f"ws = WorkingSet({str(tmp_path)!r}); os.kill(os.getpid(), signal.SIGKILL)"
    )
    proc = subprocess.run([sys.executable, "-c", code], check=False)
    assert proc.returncode == -9
    left = list(tmp_path.glob(f"{PREFIX}*"))
    assert len(left) == 1 and (left[0] / "working.db").exists()
    with WorkingSet(str(tmp_path)) as ws:  # the next consolidation
        assert not left[0].exists()
        mine = [p for p in tmp_path.glob(f"{PREFIX}*") if p.is_dir()]
        assert len(mine) == 1  # its own, under a living process, stays
        ws.db.execute("SELECT 1")
    assert list(tmp_path.glob(f"{PREFIX}*")) == []
