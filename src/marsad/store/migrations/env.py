"""Alembic's entry point for the store's migrations.

``marsad.store.db.connect()`` runs the migrations itself, on a connection it
has already opened and locked (see ``store/migrate.py``); this file only
hands that connection to Alembic. Run by the ``alembic`` command instead
(``alembic -c src/marsad/store/migrations/alembic.ini -x db=URL ...``, for
writing a new revision), it opens the store named by ``-x db=`` or $MARSAD_DB.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

import marsad.consolidate.tables  # noqa: F401  (its tables are on Base too, and the migrations' as well)
from marsad.store.schema import Base

config = context.config


def _run(connection, with_models: bool) -> None:  # type: ignore[no-untyped-def]
    # The models are given only for writing a revision: a migration must not take names from the
    # current models' conventions, or a fresh store and an upgraded one would name things apart.
    target = Base.metadata if with_models else None
    context.configure(connection=connection, target_metadata=target, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection, with_models=False)
else:
    from marsad.store.db import resolve_url

    url = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("MARSAD_DB")
    with create_engine(resolve_url(url)).connect() as conn:
        _run(conn, with_models=True)  # for `alembic revision --autogenerate`
