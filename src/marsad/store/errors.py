"""The store's one error for people, in a module of its own.

``marsad``'s entry point catches it around every command; defining it here
rather than beside the migrations keeps Alembic out of commands that never
open a store (``--help``, ``parse``, ``token``).
"""


class StoreError(Exception):
    """The store cannot be opened as asked (a missing driver, an unknown schema); one line, for people."""
