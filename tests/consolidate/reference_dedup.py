"""Near-duplicates as they were before they went to disk: signatures and datasketch's LSH index in memory.

A copy of ``Signatures`` and ``cluster`` from ``marsad/consolidate/dedup.py``
and of ``load_documents``, ``iter_refs`` and ``load_refs`` from
``marsad/consolidate/record.py`` at 8a4f22b, kept as the reference that the
on-disk near-duplicates must equal (``test_dedup.py``), and that
``reference_consolidate`` reads claims through. Every document's signature
(512 bytes), the ``MinHashLSH`` index (its band keys), its cluster, date and
outlet are held in memory here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from sqlalchemy import Engine, select

from marsad.consolidate.dedup import (  # (the data they hold is the same; only how they are made changed)
    Clusters,
    DocText,
)
from marsad.consolidate.facts import ClaimRef
from marsad.model import Claim
from marsad.store.db import by_code_point
from marsad.store.schema import ClaimRow, DocumentRow
from marsad.text.normalize import norm

THRESHOLD = 0.8
NUM_PERM = 128
SEED = 7
SHINGLE = 3
_WORD = re.compile(r"\w+")
READ_CHUNK = 2_000




def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(norm(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    found = shingles(text)
    if found:
        m.update_batch([s.encode("utf-8") for s in found])
    return m


class Signatures:
    """MinHash signatures of a stream of documents, kept without their texts (512 bytes of uint32 each)."""

    def __init__(self) -> None:
        self.order: list[tuple[date, str]] = []
        self._sigs: dict[str, np.ndarray] = {}
        self._dtype: np.dtype | None = None
        self._scheme: dict[str, str] = {}

    def add(self, doc_id: str, text: str, published: date | None = None) -> None:
        self.order.append((published or date.max, doc_id))
        if text.strip():
            m = signature(text)
            if self._dtype is None:
                self._dtype = m.hashvalues.dtype
                self._scheme = {"scheme": m.scheme} if getattr(m, "scheme", None) else {}
            self._sigs[doc_id] = m.hashvalues.astype(np.uint32)

    def get(self, doc_id: str) -> LeanMinHash | None:
        values = self._sigs.get(doc_id)
        if values is None:
            return None
        return LeanMinHash(seed=SEED, hashvalues=values.astype(self._dtype), **self._scheme)

    def cluster(self, threshold: float = THRESHOLD) -> Clusters:
        """Clusters of near-duplicates: each document is compared only with the candidates LSH proposes."""
        self.order.sort()
        ids = [d for _, d in self.order]
        order = {d: i for i, d in enumerate(ids)}
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        for doc_id in ids:
            if doc_id in self._sigs:
                lsh.insert(doc_id, self.get(doc_id))
        parent = {d: d for d in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        best: dict[str, float] = {}
        for doc_id in ids:
            sig = self.get(doc_id)
            if sig is None:
                continue
            for other in lsh.query(sig):
                if other == doc_id:
                    continue
                sim = sig.jaccard(self.get(other))
                if sim < threshold:
                    continue
                best[doc_id] = max(best.get(doc_id, 0.0), sim)
                a, b = find(doc_id), find(other)
                if a != b:
                    if order[a] < order[b]:
                        parent[b] = a
                    else:
                        parent[a] = b
        out = Clusters()
        for d in ids:
            out.rep[d] = find(d)
            out.similarity[d] = 1.0 if out.rep[d] == d else round(best.get(d, threshold), 3)
        return out


def cluster(docs: Iterable[DocText], threshold: float = THRESHOLD) -> Clusters:
    sigs = Signatures()
    for d in docs:
        sigs.add(d.id, d.text, d.published)
    return sigs.cluster(threshold)


# --- record.py's reading of documents and claims -----------------------------------------------


def _stream(engine: Engine, query: Any) -> Iterator[Any]:
    with engine.connect() as conn:
        yield from conn.execution_options(yield_per=READ_CHUNK).execute(query)


@dataclass(slots=True)
class Documents:
    info: dict[str, tuple[date | None, str | None]]
    clusters: Clusters


def load_documents(engine: Engine) -> Documents:
    sigs = Signatures()
    info: dict[str, tuple[date | None, str | None]] = {}
    D = DocumentRow.__table__
    for doc_id, text, published, source in _stream(
        engine, select(D.c.id, D.c.text, D.c.published, D.c.source)
    ):
        sigs.add(doc_id, text or "", published)
        info[doc_id] = (published, source)
    return Documents(info, sigs.cluster())


def iter_refs(engine: Engine, docs: Documents) -> Iterator[ClaimRef]:
    C = ClaimRow.__table__
    q = select(C.c.doc_id, C.c.ordinal, C.c.data).order_by(by_code_point(engine, C.c.doc_id), C.c.ordinal)
    info, clusters = docs.info, docs.clusters
    for doc_id, ordinal, data in _stream(engine, q):
        claim_id = f"{doc_id}#{ordinal}"
        claim = Claim.from_dict(data)
        claim.doc = doc_id
        d = info.get(claim.doc)
        rep = clusters.representative(claim.doc)
        rep_row = info.get(rep)
        outlet = (rep_row[1] if rep_row is not None and rep_row[1] else None) or f"doc:{rep}"
        yield ClaimRef(claim_id, claim, rep, outlet, d[0] if d is not None else None)


def load_refs(
    engine: Engine, timings: dict[str, float] | None = None
) -> tuple[list[ClaimRef], dict[str, float], dict[str, str]]:
    timings = timings if timings is not None else {}
    t0 = time.perf_counter()
    docs = load_documents(engine)
    t1 = time.perf_counter()
    timings["near-duplicates"] = t1 - t0
    refs = list(iter_refs(engine, docs))
    timings["read claims"] = time.perf_counter() - t1
    return refs, docs.clusters.similarity, docs.clusters.duplicates()
