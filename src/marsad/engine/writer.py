"""What a run asks the store a batch at a time, and the archive pages it skips.

The batched look-up and write are the store's own (``marsad.store.batch``,
re-exported here for the pipeline): one query per batch tells which
documents are stored already, by this extractor, with this text, and one
transaction stores a batch, each document its own outcome. What is left
here is the run's knowledge of archives: a news archive (WARC, Parquet)
may hold one URL many times, and a page whose URL is stored under another
id is skipped.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, select

from marsad.model import Document
from marsad.store import db as store
from marsad.store.batch import Item as Item
from marsad.store.batch import Stored as Stored
from marsad.store.batch import clash as clash
from marsad.store.batch import current as current
from marsad.store.batch import lookup as lookup
from marsad.store.batch import save_batch as save_batch

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".parquet")


def from_archive(doc: Document) -> bool:
    """Is this page from a news archive (WARC or Parquet), where one URL may come many times?"""
    return bool(doc.url) and bool(doc.path) and doc.path.lower().endswith(ARCHIVE_SUFFIXES)  # type: ignore[union-attr]


def url_key(url: str) -> int:
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


class KnownUrls:
    """The URLs the store holds (as 64-bit digests), read once on first use and kept up to date by the run."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._keys: set[int] | None = None

    def _load(self) -> set[int]:
        if self._keys is None:
            D = store.DOCUMENTS
            with self.engine.connect() as conn:
                rows = conn.execution_options(yield_per=10_000).execute(select(D.c.url).where(D.c.url.is_not(None)))
                self._keys = {url_key(u) for (u,) in rows}
        return self._keys

    def seen(self, url: str) -> bool:
        return url_key(url) in self._load()

    def add(self, url: str) -> None:
        self._load().add(url_key(url))
