"""Cross-checking: near-duplicate articles, facts and findings.

``consolidate(engine)`` recomputes everything from the stored claims;
``list_findings`` and ``list_facts`` read the result back.
"""

from marsad.consolidate.facts import Fact
from marsad.consolidate.record import (
    ConsolidationResult,
    StoredFact,
    consolidate,
    duplicates,
    list_facts,
    list_findings,
)

__all__ = [
    "ConsolidationResult",
    "Fact",
    "StoredFact",
    "consolidate",
    "duplicates",
    "list_facts",
    "list_findings",
]
