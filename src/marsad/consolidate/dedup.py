"""Near-duplicate articles: republished and lightly edited copies count once.

Outlets copy agency wires and each other, changing a headline, a dateline or
a sentence. datasketch gives MinHash signatures and an LSH index, so every
document is compared only with its likely neighbours; this module decides
what is hashed (word trigrams of the *normalised* text, so diacritics,
hamza forms and Arabic-Indic digits do not hide a copy) and how candidates
become clusters (union-find over pairs whose estimated Jaccard similarity
reaches the threshold, with the earliest-published document as the
representative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from datasketch import MinHash, MinHashLSH

from marsad.text.normalize import norm

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 3
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class DocText:
    id: str
    text: str
    published: date | None = None


@dataclass(slots=True)
class Clusters:
    """Each document's representative, and its similarity to it (1.0 for itself)."""

    rep: dict[str, str] = field(default_factory=dict)
    similarity: dict[str, float] = field(default_factory=dict)

    def duplicates(self) -> dict[str, str]:
        return {d: r for d, r in self.rep.items() if d != r}

    def representative(self, doc: str) -> str:
        return self.rep.get(doc, doc)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(norm(text))
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return m


def cluster(docs: Iterable[DocText], threshold: float = THRESHOLD) -> Clusters:
    docs = sorted(docs, key=lambda d: (d.published or date.max, d.id))
    order = {d.id: i for i, d in enumerate(docs)}
    sigs = {d.id: signature(d.text) for d in docs if d.text.strip()}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for doc_id, sig in sigs.items():
        lsh.insert(doc_id, sig)
    parent = {d.id: d.id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best: dict[str, float] = {}
    for doc_id, sig in sigs.items():
        for other in lsh.query(sig):
            if other == doc_id:
                continue
            # LSH only proposes candidates; the estimate decides.
            sim = sig.jaccard(sigs[other])
            if sim < threshold:
                continue
            best[doc_id] = max(best.get(doc_id, 0.0), sim)
            a, b = find(doc_id), find(other)
            if a != b:
                # The earlier (then smaller-id) document stays the representative.
                if order[a] < order[b]:
                    parent[b] = a
                else:
                    parent[a] = b
    out = Clusters()
    for d in docs:
        out.rep[d.id] = find(d.id)
        out.similarity[d.id] = 1.0 if out.rep[d.id] == d.id else round(best.get(d.id, threshold), 3)
    return out
