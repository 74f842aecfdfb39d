"""``marsad serve``: the REST API (/api/v1, OpenAPI at /docs) and the dashboard (/) over one store.

``create_app(engine, token=…)`` builds the ASGI application; ``marsad serve`` runs it
under uvicorn. Reads are open; writes need the bearer token (``MARSAD_TOKEN`` or the
file ``marsad token`` makes); without one the server is read-only.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_MAX_BODY", "create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI is imported when the application is asked for, not when ``marsad`` registers
    # ``marsad serve`` (importing it costs every other command about half a second)
    if name in __all__:
        from marsad.serve import app

        return getattr(app, name)
    raise AttributeError(f"module 'marsad.serve' has no attribute {name!r}")
