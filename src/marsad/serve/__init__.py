"""``marsad serve``: the REST API (/api/v1, OpenAPI at /docs) and the dashboard (/) over one store.

``create_app(engine, token=…)`` builds the ASGI application; ``marsad serve`` runs it
under uvicorn. Reads are open; writes need the bearer token (``MARSAD_TOKEN`` or the
file ``marsad token`` makes); without one the server is read-only.
"""

from marsad.serve.app import DEFAULT_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "create_app"]
