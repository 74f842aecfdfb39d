"""Republished copies cluster; different articles on the same event do not."""

from datetime import date

import numpy as np

from marsad.consolidate.dedup import DocText, cluster

ARTICLE = (
    "أعلنت خلية الإعلام الأمني في العراق، اليوم الاثنين، مقتل أربعة عناصر من تنظيم داعش بضربة جوية نفذتها طائرات "
    "القوة الجوية العراقية على وكر للتنظيم في سلسلة جبال حمرين. وذكرت الخلية في بيان أن الضربة جاءت بناءً على "
    "معلومات استخبارية دقيقة، وأن القوات الأمنية ستواصل ملاحقة بقايا الخلايا الإرهابية في المناطق الوعرة، "
    "مؤكدة أن عمليات التفتيش مستمرة في القرى المحيطة بالموقع المستهدف بحثاً عن أسلحة ومتفجرات مخبأة."
)


def test_a_lightly_edited_copy_with_diacritics_and_other_digits_is_a_duplicate():
    copy = (
        ARTICLE.replace("اليوم الاثنين", "يوم الاثنين").replace("أربعة", "أَربعة").replace("داعش", "داعشٍ", 1)
    )
    c = cluster([DocText("b", copy, date(2025, 1, 7)), DocText("a", ARTICLE, date(2025, 1, 6))])
    assert c.duplicates() == {"b": "a"}  # the earlier article represents the cluster
    assert c.similarity["b"] >= 0.8


def test_another_article_on_the_same_event_is_not_a_duplicate():
    other = (
        "قالت مصادر أمنية عراقية إن غارة جوية استهدفت مخبأً لداعش في حمرين وأسفرت عن مقتل أربعة مسلحين، "
        "فيما لم يصدر تعليق من التنظيم حتى الآن."
    )
    c = cluster([DocText("a", ARTICLE), DocText("b", other)])
    assert c.duplicates() == {}
    assert c.representative("b") == "b"


def test_empty_and_tiny_texts_do_not_break_clustering():
    c = cluster([DocText("a", ""), DocText("b", "خبر"), DocText("c", "خبر")])
    assert c.representative("a") == "a"
    assert c.duplicates() == {"c": "b"}


# --- the on-disk clusters are datasketch's in-memory ones -------------------------------------------

import importlib.util  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from marsad.consolidate import dedup  # noqa: E402


def _reference():  # type: ignore[no-untyped-def]
    name = "marsad_tests_reference_dedup"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("reference_dedup.py"))
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


reference = _reference()
DATES = [None, date(2024, 1, 1), date(2024, 1, 2), date.max]
IDS = ["a", "B", "é", "ي", "a\x00b", "10", "9", " x"]


def random_docs(seed: int, n: int, words: int = 40) -> list[tuple[str, str, date | None]]:
    """Articles, copies with a few words changed (so chains form: a copy of a copy drifts from the first), texts
    too short for a trigram, empty or without a word, and dates that tie."""
    rng = random.Random(seed)
    docs: list[tuple[str, str, date | None]] = []
    for i in range(n):
        if docs and rng.random() < 0.5:
            text = docs[rng.randrange(len(docs))][1].split()
            for _ in range(rng.choice([0, 0, 1, 2, 4])):
                if text:
                    text[rng.randrange(len(text))] = f"w{rng.randrange(words)}"
            body = " ".join(text)
        else:
            body = rng.choice(
                [
                    " ".join(
                        f"w{rng.randrange(words)}" for _ in range(rng.choice([1, 2, 3, 12, 30, 80, 80]))
                    ),
                    "",
                    " ",
                    "…",
                ]
            )
        docs.append((f"{rng.choice(IDS)}{i}", body, rng.choice(DATES)))
    return docs


def both(docs: list[tuple[str, str, date | None]], threshold: float = dedup.THRESHOLD) -> tuple:  # type: ignore[type-arg]
    want = reference.cluster([reference.DocText(*d) for d in docs], threshold)
    got = dedup.cluster([dedup.DocText(*d) for d in docs], threshold)
    return (want.rep, want.similarity), (got.rep, got.similarity)


@pytest.mark.parametrize("threshold", [0.8, 0.5])
@pytest.mark.parametrize("seed", range(3))
def test_clusters_and_similarities_are_datasketchs(seed, threshold):
    want, got = both(random_docs(seed, 300), threshold)
    assert got == want
    duplicates = {d for d, r in got[0].items() if d != r}
    assert len(duplicates) > 50 and len(set(got[0].values())) > 50
    assert {s for d, s in got[1].items() if d in duplicates} - {1.0}  # copies that are not exact


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32), n=st.integers(0, 40), words=st.integers(3, 60))
def test_clusters_on_small_random_sets(seed, n, words):
    want, got = both(random_docs(seed, n, words))
    assert got == want


def test_a_large_cluster_is_joined_across_batches(monkeypatch):
    # 60 copies of one article, edited: 1,770 candidate pairs checked 100 at a time
    monkeypatch.setattr(dedup, "CHUNK", 100)
    rng = random.Random(5)
    base = [f"w{rng.randrange(500)}" for _ in range(80)]
    docs = []
    for i in range(60):
        words = list(base)
        words[rng.randrange(80)] = "changed"
        docs.append((f"c{i:02d}", " ".join(words), DATES[i % 3]))
    docs += random_docs(9, 100)
    want, got = both(docs)
    assert got == want
    assert len({got[0][f"c{i:02d}"] for i in range(60)}) == 1


def test_a_band_key_shared_by_different_bands_proposes_nothing(monkeypatch):
    # every band of every document under one key: every pair is a candidate by key, and only the pairs
    # equal on a whole band (as datasketch's buckets hold them) may be joined — copies edited enough that
    # many pairs reach the threshold without sharing a band
    monkeypatch.setattr(
        dedup, "band_keys", lambda sigs, bands, rows: np.zeros((len(sigs), bands), dtype=np.int64)
    )
    rng = random.Random(3)
    bases = [[f"w{rng.randrange(5000)}" for _ in range(100)] for _ in range(6)]
    docs = []
    for i in range(120):
        words = list(rng.choice(bases))
        for _ in range(rng.randrange(1, 4)):
            words[rng.randrange(100)] = f"e{rng.randrange(5000)}"
        docs.append((f"d{i:03d}", " ".join(words), None))
    want, got = both(docs)
    assert got == want
    assert any(d != r for d, r in got[0].items())


def _peak(fn) -> int:  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _stream(n: int) -> Iterator[tuple[str, str, date | None]]:
    """N articles made one at a time (a fifth are copies of the one before), so that no list of texts is held."""
    rng = random.Random(n)
    last = ""
    for i in range(n):
        if last and rng.random() < 0.2:
            yield f"d{i:06d}", last, None
        else:
            last = " ".join(f"w{rng.randrange(3000)}" for _ in range(40))
            yield f"d{i:06d}", last, date(2024, 1, 1 + i % 28)


def test_memory_does_not_grow_with_the_documents(monkeypatch, tmp_path):
    monkeypatch.setattr(dedup, "CHUNK", 50)

    def on_disk(n: int) -> None:
        db = sqlite3.connect(tmp_path / f"{n}.db", isolation_level=None)
        db.execute("PRAGMA cache_size=-512")  # SQLite's own memory, not Python's: bounded here all the same
        nd = dedup.NearDuplicates(db)
        for doc_id, text, published in _stream(n):
            nd.add(doc_id, text, published)
        nd.cluster()
        assert nd.duplicate_count() > n // 10
        db.close()

    def in_memory(n: int) -> None:
        sigs = reference.Signatures()
        for doc_id, text, published in _stream(n):
            sigs.add(doc_id, text, published)
        assert len(sigs.cluster().duplicates()) > n // 10

    small, large = _peak(lambda: on_disk(300)), _peak(lambda: on_disk(1200))
    assert large < 1.3 * small, (small, large)
    # the measure sees per-document state: the in-memory index grows with the documents
    old_small, old_large = _peak(lambda: in_memory(300)), _peak(lambda: in_memory(1200))
    assert old_large > 2.5 * old_small, (old_small, old_large)
