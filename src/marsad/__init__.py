"""marsad (مرصد): count claims from Arabic conflict reporting, source-attributed and cross-checked.

    >>> import marsad
    >>> [c.metric for c in marsad.extract("أعلنت القيادة مقتل 3 عناصر من داعش في كركوك")]
    ['killed']
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.model import (
        Claim,
        DocResult,
        Document,
        Entity,
        Finding,
        Period,
        Quantity,
        ReadError,
        Span,
        TimeExpression,
    )

__version__ = "0.1.0"


_MODEL = frozenset(
    ("Claim", "DocResult", "Document", "Entity", "Finding", "Period", "Quantity", "ReadError", "Span", "TimeExpression")
)


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    """The data classes of ``marsad.model``, imported on first use: a command that never
    touches them (``marsad --help``, ``marsad token``) starts without their import."""
    if name in _MODEL:
        from marsad import model

        return getattr(model, name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


def extract(text, published=None, doc_id=None):  # type: ignore[no-untyped-def]
    """Count claims of one text (see ``marsad.pipeline.extract``)."""
    from marsad.pipeline import extract as _extract

    return _extract(text, published, doc_id)


def extract_corpus(path):  # type: ignore[no-untyped-def]
    """One ``DocResult`` per document of a corpus (see ``marsad.pipeline.extract_corpus``)."""
    from marsad.pipeline import extract_corpus as _extract_corpus

    return _extract_corpus(path)


def parse(text, published=None):  # type: ignore[no-untyped-def]
    """What marsad recognises in a text (see ``marsad.pipeline.parse``)."""
    from marsad.pipeline import parse as _parse

    return _parse(text, published)


__all__ = [
    "Claim",
    "DocResult",
    "Document",
    "Entity",
    "Finding",
    "Period",
    "Quantity",
    "ReadError",
    "Span",
    "TimeExpression",
    "extract",
    "extract_corpus",
    "parse",
]
