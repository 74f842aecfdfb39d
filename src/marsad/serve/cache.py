"""The server's cache of what is the same for every visitor until the store changes: the
dashboard's aggregates (counts by metric and country, the timeline, the map, facets, totals)
and pages of facts and findings.

Entries are kept under the store's revision (``marsad.store.revision``): the first read
after any commit — a POST or DELETE here, ``marsad extract`` or ``consolidate`` in another
process, a neighbour server worker — finds a new revision and empties the cache, so no
answer is ever older than the store, and nothing is recomputed while it stands still.
The server's own writes also empty it at once. At most ``size`` entries, the least
recently used dropped first.

Written here rather than taken from a caching library: the invalidation is the point, and
it is one revision check and a ``dict`` in insertion order.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class RevisionCache:
    def __init__(self, revision: Callable[[], Any], size: int = 2048) -> None:
        self.revision, self.size = revision, size
        self._lock = threading.Lock()
        self._data: dict[Hashable, Any] = {}
        self._seen: Any = None
        self.hits = self.misses = self.invalidations = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        rev = self.revision()  # before computing: what is kept under it holds at least its commits
        with self._lock:
            if rev != self._seen:
                if self._data:
                    self.invalidations += 1
                self._data.clear()
                self._seen = rev
            if key in self._data:
                self.hits += 1
                value = self._data.pop(key)
                self._data[key] = value  # most recently used last
                return value  # type: ignore[no-any-return]
            self.misses += 1
        value = make()  # outside the lock: two visitors may both compute a new entry, neither waits
        with self._lock:
            if rev == self._seen:
                while len(self._data) >= self.size:
                    del self._data[next(iter(self._data))]
                self._data[key] = value
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._seen = None
