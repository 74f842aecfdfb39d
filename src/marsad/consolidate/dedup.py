"""Near-duplicate articles: republished and lightly edited copies count once.

Outlets copy agency wires and each other, changing a headline, a dateline or
a sentence. Each document gets a MinHash signature (datasketch) of the word
trigrams of its *normalised* text, so diacritics, hamza forms and
Arabic-Indic digits do not hide a copy; documents that share one LSH band
of their signatures are candidates, a candidate pair whose estimated
Jaccard similarity reaches the threshold is joined, and a cluster is the
connected set of joined documents, represented by its earliest-published
document (then the smallest id).

Memory does not grow with the corpus: nothing is kept in Python per
document. ``NearDuplicates`` writes each document's row (id, date, outlet),
its signature (128 values below 2^32: 512 bytes) and its band keys to
tables of a SQLite connection — the consolidation's on-disk working set —
as the texts stream out of the store, a chunk at a time. Candidates are
then the pairs of documents that share a band key, found by SQLite (an
index on the keys and a DISTINCT over the pairs, both external sorts), and
are read back with both signatures a few thousand pairs at a time to be
checked in one vectorised step. Clusters are joined by a union-find whose
parent links are a table too, with an in-memory union-find only over the
pairs of one batch (so that a large cluster, whose pairs are many, costs a
few table writes per document and batch, not per pair). What is held at
once: one chunk of texts or signatures, one batch of pairs, SQLite's page
cache, and the in-memory part of SQLite's sorts (ordering the documents,
indexing the band keys, DISTINCT), which spill to temporary files past it
(their merge buffers still grow a little: 9 MiB at 33k documents, 19 MiB
at 111k). Texts are normalised without ``norm``'s cache, which would keep
every text. Per document, the working set holds about 1 KB on disk (117 MB
at 111,111 documents).

The clusters are the ones datasketch's in-memory ``MinHashLSH`` gave
(``tests/consolidate/reference_dedup.py`` keeps that code; the tests
compare both): the same bands (``MinHashLSH`` chooses them for the
threshold: 9 bands of 13 values at 0.8), a candidate being a document
equal to another on every value of one band (a band key is a 64-bit hash
of the band, and every pair is checked value by value, so a collision of
keys proposes nothing), the same estimate and threshold (equal values out
of 128, as ``MinHash.jaccard``), the same representative (union by
order leaves each cluster's first document at its root), the same
similarity (the best estimate over a document's joined pairs, rounded to
three places).
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.text.normalize import norm

THRESHOLD = 0.8
NUM_PERM = 128
SEED = 7
SHINGLE = 3
CHUNK = 2_000  # documents per INSERT while streaming, candidate pairs per check
_WORD = re.compile(r"\w+")
_LAST_DAY = date.max.toordinal()  # an undated document comes after every dated one, as date.max did


@dataclass(slots=True)
class DocText:
    id: str
    text: str
    published: date | None = None


@dataclass(slots=True)
class Clusters:
    """Each document's representative, and its similarity to it (1.0 for itself): in memory, for small sets."""

    rep: dict[str, str] = field(default_factory=dict)
    similarity: dict[str, float] = field(default_factory=dict)

    def duplicates(self) -> dict[str, str]:
        return {d: r for d, r in self.rep.items() if d != r}

    def representative(self, doc: str) -> str:
        return self.rep.get(doc, doc)


# norm without its cache: a document's text is normalised once here, and the cache (65,536 entries, made for
# the extractor's short strings) would keep every text of the corpus and its normal form
_norm_once = getattr(norm, "__wrapped__", norm)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(_norm_once(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


@functools.lru_cache(maxsize=1)
def _blank() -> tuple[np.ndarray, dict[str, str]]:
    """The permutations of every signature (drawn from SEED), and datasketch 2's name of its scheme."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    return m.permutations, ({"scheme": m.scheme} if getattr(m, "scheme", None) else {})


def signature(text: str) -> MinHash:
    """The MinHash of a text's shingles: datasketch's, with its default hash (the first 4 bytes of SHA-1, little
    endian, as ``sha1_hash32``) taken from all digests at once and its permutations drawn once, not per text."""
    permutations, scheme = _blank()
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=permutations, **scheme)
    found = shingles(text)
    if found:
        digests = b"".join([hashlib.sha1(s.encode("utf-8")).digest() for s in found])
        # one vectorised pass over all shingles: the same values as one update() each, 10× faster
        m.update_batch(np.frombuffer(digests, dtype="<u4")[::5].tolist())
    return m


@functools.lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band): the ones datasketch's ``MinHashLSH`` chooses for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


@functools.lru_cache(maxsize=8)
def _multipliers(rows: int) -> np.ndarray:
    """Odd 64-bit multipliers: a band's key is the sum of its values times these, modulo 2^64."""
    rng = np.random.default_rng(SEED)
    return rng.integers(0, 2**63, size=rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The key of each band of each signature (``sigs``: documents × NUM_PERM), as signed 64-bit integers."""
    cut = sigs[:, : bands * rows].astype(np.uint64).reshape(len(sigs), bands, rows)
    with np.errstate(over="ignore"):
        keys = (cut * _multipliers(rows)).sum(axis=2, dtype=np.uint64)
    return keys.view(np.int64)


_SCHEMA = """
CREATE TABLE nd_in (n INTEGER PRIMARY KEY, id TEXT NOT NULL, day INTEGER NOT NULL, published INTEGER, source TEXT);
CREATE TABLE nd_sig (n INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE nd_bands (band INTEGER NOT NULL, key INTEGER NOT NULL, n INTEGER NOT NULL);
CREATE TABLE nd_parent (node INTEGER PRIMARY KEY, parent INTEGER NOT NULL);
CREATE TABLE nd_best (node INTEGER PRIMARY KEY, equal INTEGER NOT NULL);
"""
# documents numbered in the order that decides representatives: date (undated last), then id in code point
# order (SQLite compares text as UTF-8 bytes, which is code point order, as Python compares str)
_ORDER = """
CREATE TABLE nd_docs (ord INTEGER PRIMARY KEY, n INTEGER UNIQUE, id TEXT NOT NULL UNIQUE, published INTEGER,
                      source TEXT);
INSERT INTO nd_docs (ord, n, id, published, source)
    SELECT row_number() OVER (ORDER BY day, id), n, id, published, source FROM nd_in ORDER BY day, id;
DROP TABLE nd_in;
CREATE INDEX nd_bands_key ON nd_bands (band, key, n);
"""
# every pair of documents that shares a band key, once, by their places in that order, with both signatures
_CANDIDATES = """
SELECT x.ord, y.ord, sx.sig, sy.sig
FROM (SELECT DISTINCT a.n AS a, b.n AS b FROM nd_bands a
      JOIN nd_bands b ON b.band = a.band AND b.key = a.key AND b.n > a.n) AS p
JOIN nd_docs x ON x.n = p.a JOIN nd_docs y ON y.n = p.b
JOIN nd_sig sx ON sx.n = p.a JOIN nd_sig sy ON sy.n = p.b
"""


def _script(db: sqlite3.Connection, script: str) -> None:
    """Statements one by one: ``executescript`` would commit the caller's transaction first."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


class NearDuplicates:
    """Near-duplicate clusters of a stream of documents, kept in tables of ``db`` (names begin ``nd_``).

    ``add`` every document, then ``cluster()`` once; then ``lookup`` a document's date, representative
    and the representative's outlet, list ``duplicates()``, count. ``db`` is used inside the caller's
    transaction (the working set keeps one open for its whole life).
    """

    def __init__(self, db: sqlite3.Connection, threshold: float = THRESHOLD) -> None:
        self.db = db
        self.threshold = threshold
        self.bands, self.rows = lsh_bands(threshold)
        self._docs: list[tuple[int, str, int, int | None, str | None]] = []
        self._sigs: list[tuple[int, bytes]] = []
        self._n = 0
        self._clustered = False
        _script(db, _SCHEMA)

    # --- filling --------------------------------------------------------------------------------

    def add(self, doc_id: str, text: str, published: date | None = None, source: str | None = None) -> None:
        """One document; its text is hashed and dropped."""
        if self._clustered:
            raise RuntimeError("documents are added before cluster()")
        n = self._n
        self._n += 1
        day = published.toordinal() if published is not None else None
        self._docs.append((n, doc_id, day if day is not None else _LAST_DAY, day, source))
        if text.strip():
            self._sigs.append((n, signature(text).hashvalues.astype(np.uint32).tobytes()))
        if len(self._docs) == CHUNK:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO nd_in VALUES (?, ?, ?, ?, ?)", self._docs)
        if self._sigs:
            self.db.executemany("INSERT INTO nd_sig VALUES (?, ?)", self._sigs)
            ns = np.array([n for n, _ in self._sigs], dtype=np.int64)
            sigs = np.frombuffer(b"".join(s for _, s in self._sigs), dtype=np.uint32).reshape(
                len(ns), NUM_PERM
            )
            keys = band_keys(sigs, self.bands, self.rows)
            bands = np.broadcast_to(np.arange(self.bands, dtype=np.int64), keys.shape)
            docs = np.broadcast_to(ns[:, None], keys.shape)
            rows = np.stack([bands.ravel(), keys.ravel(), docs.ravel()], axis=1).tolist()
            self.db.executemany("INSERT INTO nd_bands VALUES (?, ?, ?)", rows)
        self._docs.clear()
        self._sigs.clear()

    # --- clustering -----------------------------------------------------------------------------

    def cluster(self) -> None:
        """Join every candidate pair that reaches the threshold; the parent links end pointing at the roots."""
        if self._clustered:
            return
        self._flush()
        _script(self.db, _ORDER)
        self._clustered = True
        cursor = self.db.execute(_CANDIDATES)
        while batch := cursor.fetchmany(CHUNK):
            self._join(batch)
        self._flatten()

    def _join(self, batch: list[tuple[int, int, bytes, bytes]]) -> None:
        """Check a batch of candidate pairs at once, and join the pairs that pass."""
        x = np.array([r[0] for r in batch], dtype=np.int64)
        y = np.array([r[1] for r in batch], dtype=np.int64)
        sx = np.frombuffer(b"".join(r[2] for r in batch), dtype=np.uint32).reshape(len(batch), NUM_PERM)
        sy = np.frombuffer(b"".join(r[3] for r in batch), dtype=np.uint32).reshape(len(batch), NUM_PERM)
        equal = sx == sy
        cut = self.bands * self.rows
        # a real candidate: equal on every value of some band (a shared key alone may be a collision)
        banded = equal[:, :cut].reshape(len(batch), self.bands, self.rows).all(axis=2).any(axis=1)
        counts = np.count_nonzero(equal, axis=1)
        # MinHash.jaccard's estimate: float(equal values) / float(NUM_PERM) (IEEE division, as numpy's)
        passed = banded & (counts / float(NUM_PERM) >= self.threshold)
        if not passed.any():
            return
        best: dict[int, int] = {}
        parent: dict[int, int] = {}

        def find(a: int) -> int:
            while parent.get(a, a) != a:
                a = parent[a]
            return a

        for a, b, c in zip(x[passed].tolist(), y[passed].tolist(), counts[passed].tolist(), strict=True):
            best[a] = max(best.get(a, 0), c)
            best[b] = max(best.get(b, 0), c)
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        self.db.executemany(
            "INSERT INTO nd_best VALUES (?, ?) ON CONFLICT (node) DO UPDATE SET equal = max(equal, excluded.equal)",
            list(best.items()),
        )
        for node in parent:  # this batch's components, joined in the table: each node with its batch root
            self._union(node, find(node))

    def _find(self, a: int) -> int:
        path = []
        q = "SELECT parent FROM nd_parent WHERE node = ?"
        while (row := self.db.execute(q, (a,)).fetchone()) is not None:
            path.append(a)
            a = row[0]
        if len(path) > 1:
            self.db.executemany("UPDATE nd_parent SET parent = ? WHERE node = ?", [(a, p) for p in path[:-1]])
        return a

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            # the earlier document stays the root: a root's row is its cluster's first document
            self.db.execute("INSERT INTO nd_parent VALUES (?, ?)", (max(ra, rb), min(ra, rb)))

    def _flatten(self) -> None:
        """Point every link at its root, in increasing order: a parent comes first, so it points at its root."""
        last = 0
        while rows := self.db.execute(
            "SELECT node, parent FROM nd_parent WHERE node > ? ORDER BY node LIMIT ?", (last, CHUNK)
        ).fetchall():
            root: dict[int, int] = {}  # this chunk's nodes, already pointed at their roots
            for node, parent in rows:
                top = root.get(parent)
                if top is None:
                    row = self.db.execute("SELECT parent FROM nd_parent WHERE node = ?", (parent,)).fetchone()
                    top = row[0] if row is not None else parent
                root[node] = top
            moved = [(root[node], node) for node, parent in rows if root[node] != parent]
            self.db.executemany("UPDATE nd_parent SET parent = ? WHERE node = ?", moved)
            last = rows[-1][0]

    # --- reading --------------------------------------------------------------------------------

    def lookup(self, doc_id: str) -> tuple[date | None, str, str | None] | None:
        """A document's date, its representative, and its representative's outlet; None if it was not added."""
        row = self.db.execute(
            "SELECT d.published, r.id, r.source FROM nd_docs d LEFT JOIN nd_parent p ON p.node = d.ord "
            "JOIN nd_docs r ON r.ord = coalesce(p.parent, d.ord) WHERE d.id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        return (date.fromordinal(row[0]) if row[0] is not None else None), row[1], row[2]

    def add_missing(self, doc_id: str) -> None:
        """A document known only by its claims (no text, no date): its own cluster, and counted."""
        self.db.execute("INSERT OR IGNORE INTO nd_docs (id) VALUES (?)", (doc_id,))

    def _similarity(self, equal: int | None) -> float:
        return round(float(equal) / float(NUM_PERM) if equal is not None else self.threshold, 3)

    def duplicates(self) -> Iterator[tuple[str, str, float]]:
        """Each duplicate, its representative and its similarity, in code point order of the duplicates."""
        q = (
            "SELECT d.id, r.id, b.equal FROM nd_parent p JOIN nd_docs d ON d.ord = p.node "
            "JOIN nd_docs r ON r.ord = p.parent LEFT JOIN nd_best b ON b.node = p.node ORDER BY d.id"
        )
        for doc, rep, equal in self.db.execute(q):
            yield doc, rep, self._similarity(equal)

    def documents(self) -> int:
        return self.db.execute("SELECT count(*) FROM nd_docs").fetchone()[0]

    def duplicate_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM nd_parent").fetchone()[0]

    def clusters(self) -> Clusters:
        """Every document's representative and similarity, in memory (for analysis and small sets)."""
        out = Clusters()
        q = (
            "SELECT d.id, r.id, b.equal FROM nd_docs d LEFT JOIN nd_parent p ON p.node = d.ord "
            "JOIN nd_docs r ON r.ord = coalesce(p.parent, d.ord) LEFT JOIN nd_best b ON b.node = d.ord "
            "ORDER BY d.ord"
        )
        for doc, rep, equal in self.db.execute(q):
            out.rep[doc] = rep
            out.similarity[doc] = 1.0 if rep == doc else self._similarity(equal)
        return out


def cluster(docs: Iterable[DocText], threshold: float = THRESHOLD) -> Clusters:
    """Clusters of a few documents, through an in-memory SQLite database."""
    db = sqlite3.connect(":memory:")
    try:
        nd = NearDuplicates(db, threshold)
        for d in docs:
            nd.add(d.id, d.text, d.published)
        nd.cluster()
        return nd.clusters()
    finally:
        db.close()
