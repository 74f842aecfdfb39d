"""Request counts and latencies in the Prometheus text exposition format (version 0.0.4).

Written here rather than taken from ``prometheus_client``: a few counters and one
histogram, per process, labelled by the route's template (``/api/v1/documents/{doc_id}``,
never the raw path, so ids do not multiply the series).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import Any

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.buckets: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
        self.sums: dict[tuple[str, str], float] = defaultdict(float)
        self.counts: dict[tuple[str, str], int] = defaultdict(int)
        self.documents_posted = 0
        self.claims_extracted = 0

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, str(status))] += 1
            key = (method, route)
            row = self.buckets[key]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    row[i] += 1
            self.sums[key] += seconds
            self.counts[key] += 1

    def extracted(self, documents: int, claims: int) -> None:
        with self._lock:
            self.documents_posted += documents
            self.claims_extracted += claims

    def render(self, store: dict[str, int] | None, cache: Any = None, responses: Any = None) -> str:
        out = [
            "# HELP marsad_http_requests_total HTTP requests answered, by method, route and status.",
            "# TYPE marsad_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), n in sorted(self.requests.items()):
                out.append(
                    f'marsad_http_requests_total{{method="{method}",route="{_label(route)}",status="{status}"}} {n}'
                )
            out += [
                "# HELP marsad_http_request_duration_seconds Time to answer a request.",
                "# TYPE marsad_http_request_duration_seconds histogram",
            ]
            for (method, route), row in sorted(self.buckets.items()):
                labels = f'method="{method}",route="{_label(route)}"'
                for bound, n in zip(BUCKETS, row, strict=True):
                    out.append(f'marsad_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {n}')
                out.append(f'marsad_http_request_duration_seconds_bucket{{{labels},le="+Inf"}} {self.counts[(method, route)]}')
                out.append(f"marsad_http_request_duration_seconds_sum{{{labels}}} {self.sums[(method, route)]:.6f}")
                out.append(f"marsad_http_request_duration_seconds_count{{{labels}}} {self.counts[(method, route)]}")
            out += [
                "# HELP marsad_documents_extracted_total Documents extracted and stored through the API.",
                "# TYPE marsad_documents_extracted_total counter",
                f"marsad_documents_extracted_total {self.documents_posted}",
                "# HELP marsad_claims_extracted_total Claims extracted from documents posted to the API.",
                "# TYPE marsad_claims_extracted_total counter",
                f"marsad_claims_extracted_total {self.claims_extracted}",
            ]
        if cache is not None:  # the store-revision cache of aggregates (marsad.serve.cache)
            out += _counters("marsad_cache", (
                ("hits", cache.hits, "Answers taken from the cache."),
                ("misses", cache.misses, "Answers computed (not in the cache, or the store changed)."),
                ("invalidations", cache.invalidations, "Times the cache was emptied because the store changed."),
            ))
        if responses is not None:  # whole answers shared by the server's processes (marsad.serve.responses)
            out += _counters("marsad_response_cache", (
                ("hits", responses.hits, "Requests answered from the shared answers file by this process."),
                ("misses", responses.misses, "Requests this process answered and kept in the shared answers file."),
                ("generations", responses.bumps, "Times this process saw the store change and retired every kept answer."),
                ("errors", responses.errors, "Requests answered without the answers file (busy or failing)."),
            ))
        if store is not None:
            for name, n in store.items():
                out += [
                    f"# HELP marsad_store_{name} Rows in the store's {name} table.",
                    f"# TYPE marsad_store_{name} gauge",
                    f"marsad_store_{name} {n}",
                ]
        return "\n".join(out) + "\n"


def _counters(prefix: str, rows: tuple[tuple[str, int, str], ...]) -> list[str]:
    """Prometheus text lines of counters ``<prefix>_<name>_total``, each with its help line."""
    out: list[str] = []
    for name, n, help_ in rows:
        out += [f"# HELP {prefix}_{name}_total {help_}", f"# TYPE {prefix}_{name}_total counter", f"{prefix}_{name}_total {n}"]
    return out
