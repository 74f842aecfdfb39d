"""A short-lived cache for the dashboard's aggregates (counts by metric and country, the timeline,
the map, facets): each is a scan of the claims, the same for every visitor for a while.

Entries live ``ttl`` seconds (10 by default), and the server's own writes (POST and DELETE
documents, consolidate) empty the cache at once; a write by another process (``marsad extract``)
shows within ``ttl``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class TTLCache:
    def __init__(self, ttl: float = 10.0, size: int = 512) -> None:
        self.ttl, self.size = ttl, size
        self._lock = threading.Lock()
        self._data: dict[Hashable, tuple[float, Any]] = {}
        self.hits = self.misses = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        now = time.monotonic()
        with self._lock:
            found = self._data.get(key)
            if found is not None and now - found[0] < self.ttl:
                self.hits += 1
                return found[1]  # type: ignore[no-any-return]
            self.misses += 1
        value = make()
        with self._lock:
            if len(self._data) >= self.size:  # drop the oldest entries
                for k, _ in sorted(self._data.items(), key=lambda kv: kv[1][0])[: self.size // 4]:
                    del self._data[k]
            self._data[key] = (time.monotonic(), value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
