"""The application for ``marsad serve --workers N``: each uvicorn worker process builds its own
from the environment ``marsad serve`` sets (store URL, body limit, token file, the answers file they share)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

ENV_DB = "MARSAD_SERVE_DB"
ENV_MAX_BODY = "MARSAD_SERVE_MAX_BODY"


def make_app() -> Any:
    from marsad.serve import DEFAULT_MAX_BODY, create_app
    from marsad.serve.auth import ENV_TOKEN_FILE, configured_token
    from marsad.serve.responses import file_from_environment
    from marsad.store import db as store

    token_file = os.environ.get(ENV_TOKEN_FILE)
    return create_app(
        store.connect(os.environ.get(ENV_DB)),
        token=configured_token(Path(token_file) if token_file else None),
        max_body=int(os.environ.get(ENV_MAX_BODY) or DEFAULT_MAX_BODY),
        responses=file_from_environment(),
    )
