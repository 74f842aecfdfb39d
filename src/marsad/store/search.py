"""Words in a claim's evidence (the claim filter's ``words``, the API's and the dashboard's ``q=``).

**What matches.** A claim is kept when its evidence contains every whitespace-separated word
of the query as a substring, ASCII letters compared without case (``centcom`` finds
``CENTCOM``) and every other character exactly (``%``, ``_`` and ``/`` are plain characters).
Substrings, not whole words, because Arabic joins و, ب, ل, ك and ال to the word they precede:
``كركوك`` must find ``وكركوك`` and ``بكركوك``. Arabic has no case; Latin names (CENTCOM,
ISIS) are the only words case matters for, and a reader who types ``centcom`` means them.
ASCII-only folding is SQLite's ``LIKE``, what the filter always did there. PostgreSQL's
``LIKE`` compares case (the filter did, there, before revision 0007), and its ``ILIKE`` and
``lower()`` fold by the database's locale (a Turkish one does not fold ``I`` to ``i``), so a
word with an ASCII letter is matched there by a regular expression that spells each letter
both ways (``[Cc][Ee][Nn]…``, every other ASCII character escaped); any other word by
``LIKE``, which for a word without ASCII letters is the same test. One query gives the same
claims on both back-ends; Unicode case beyond ASCII (É, é) is compared exactly on both.

**How it is found** (revision 0007), the same claims as a test of every row, faster:

- SQLite: ``claims_fts``, an FTS5 table with the ``trigram`` tokenizer over ``claims.evidence``
  (external content: it stores the index, not the text), kept in step by triggers on
  ``claims``, so every write, delete and cascade updates it. A word of 3 or more characters
  is looked up by its trigrams (``claims.id IN (SELECT rowid FROM claims_fts WHERE
  claims_fts MATCH '"كرك" AND "ركو" AND "كوك"')``), and every word is then tested with ``LIKE`` as
  before: the index only narrows the rows the test reads. The trigram tokenizer folds case
  by Unicode (``É`` and ``é`` share trigrams), more than ``LIKE`` does, so it returns a
  superset and ``LIKE`` decides; with ``case_sensitive 1`` it would miss ``CENTCOM`` for
  ``centcom``. ``detail=none``: only which rows hold each trigram, no positions (about 40 %
  smaller and faster to build than ``detail=full``); a word's trigrams are ANDed instead of
  matched as a phrase, again a superset. Words of one or two characters (``في``, ``من``) have no trigram and are
  tested by ``LIKE`` alone. A SQLite without FTS5 or the trigram tokenizer (before 3.34)
  makes no table, and every word is tested on every row, as before. A page (not every
  match) for a word the index finds in many rows walks its sort's order and tests each claim
  instead, which stops after a page (``many``; ``store.pages``).
- PostgreSQL: ``ix_claims_evidence_trgm``, a GIN index of pg_trgm over ``claims.evidence``,
  which the planner uses for the ``LIKE`` and the regular expression themselves (pg_trgm folds
  case in its trigrams; the match itself is exact). Where the store's role may not create the
  extension, the migration logs it and the filter reads every row. pg_trgm takes its
  trigrams from letters and digits as the database's locale (LC_CTYPE) classes them: under
  the ``C`` locale Arabic letters are none, the index holds nothing for Arabic words and the
  planner scans (the answers are the same); ``C.UTF-8`` or any language's UTF-8 locale has them.

A word with a NUL character is tested by ``LIKE`` alone (SQLite's ``LIKE`` reads a
pattern up to its first NUL; the index must not decide otherwise).
"""

from __future__ import annotations

import logging
import math
import sqlite3
import weakref
from collections import OrderedDict
from functools import cache
from typing import Any

from sqlalchemy import Engine, column, func, select, table, text

log = logging.getLogger("marsad.store")

ESCAPE = "/"
FTS_TABLE = "claims_fts"  # SQLite (revision 0007)
PG_INDEX = "ix_claims_evidence_trgm"  # PostgreSQL (revision 0007)
_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(s: str) -> str:
    """``s`` with A-Z as a-z."""
    return s.translate(_FOLD)


def matches(evidence: str, words: str | None) -> bool:
    """The filter in Python: what the SQL keeps (tests compare the two)."""
    folded_evidence = fold(evidence)
    return all(fold(w) in folded_evidence for w in (words or "").split())


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE … ESCAPE '/'``, with ``%``, ``_`` and ``/`` taken literally."""
    return "%" + word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_") + "%"


def _latin(word: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in word)


def pg_regex(word: str) -> str:
    """A PostgreSQL regular expression that finds ``word``, its ASCII letters in either case."""
    out = []
    for ch in word:
        if not ch.isascii() or ch.isdigit():
            out.append(ch)  # nothing outside ASCII is special in an ARE
        elif ch.isalpha():
            out.append(f"[{ch.upper()}{ch.lower()}]")
        else:
            out.append("\\" + ch)  # backslash and any ASCII character that is not alphanumeric: itself
    return "".join(out)


def _word(evidence: Any, word: str, dialect: str) -> Any:
    if dialect == "postgresql" and _latin(word):
        return evidence.regexp_match(pg_regex(word))
    return evidence.like(like_pattern(word), escape=ESCAPE)  # SQLite's LIKE folds ASCII case itself


def _trigrams(word: str) -> list[str]:
    """Trigrams of ``word`` every row that contains it holds: all of them, each once, in order."""
    return list(dict.fromkeys(word[i : i + 3] for i in range(len(word) - 2)))


def fts_query(words: list[str]) -> str | None:
    """The FTS5 query that narrows the rows for ``words`` (None when no word has a trigram)."""
    terms = [t for w in words if "\x00" not in w for t in _trigrams(w)]
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in dict.fromkeys(terms))


def conditions(evidence: Any, row_id: Any, words: str | None, engine: Engine, *, index: bool = True) -> list[Any]:
    """The WHERE conditions for ``words`` over the claims' ``evidence`` and ``id`` columns.

    With ``index`` and SQLite's evidence index, the rows it names lead: SQLite reads them by id
    and tests only those; without, every row is tested (PostgreSQL's planner picks its index
    for the test itself).
    """
    split = (words or "").split()
    out: list[Any] = [_word(evidence, w, engine.dialect.name) for w in split]
    if split and index and fts_ready(engine):
        query = fts_query(split)
        if query is not None:
            out.insert(0, row_id.in_(select(_FTS.c.rowid).where(_match(query))))
    return out


def _match(query: str) -> Any:
    return _FTS.c[FTS_TABLE].op("MATCH")(query)


# When a page, not every match, is wanted: led by the index's rows, a page costs about 1.7 µs
# for each row the index names (each read by its id, tested, sorted); walking the page's order
# and testing each claim until the page is full costs about 1.1 µs a claim, 51 / p claims for
# a word in a share p of them. The walk wins beyond about sqrt(30 N) rows of N claims (1,700
# of 100,000; 5,500 of a million). On 100,000 claims (bench_search.py), a page sorted by value
# for a word in 25 % of the claims: 44 ms led by the index's 25,000 rows, 2 ms walking.
DRIVE_MIN = 2000


def drive_limit(claims: int) -> int:
    """How many rows of the index may lead a page, in a store of about ``claims`` claims."""
    return max(DRIVE_MIN, math.isqrt(30 * claims))


_MANY: weakref.WeakKeyDictionary[Engine, OrderedDict[str, bool]] = weakref.WeakKeyDictionary()
_MANY_KEPT = 1024


def many(engine: Engine, words: str | None) -> bool:
    """Are the rows the SQLite index names for ``words`` too many to lead a page? (False: no index.)

    The answer is kept for the engine's last 1,024 queries: it decides only how a page is read,
    never which claims it holds, so one the store has since outgrown costs time at worst.
    """
    query = fts_query((words or "").split()) if engine.dialect.name == "sqlite" and fts_ready(engine) else None
    if query is None:
        return False
    known = _MANY.setdefault(engine, OrderedDict())
    if query in known:
        known.move_to_end(query)
        return known[query]
    with engine.connect() as conn:
        limit = drive_limit(int(conn.scalar(text("SELECT max(id) FROM claims")) or 0))  # the claims there are, or more
        rows = select(_FTS.c.rowid).where(_match(query)).limit(limit + 1).subquery()  # counts no further
        answer = known[query] = int(conn.scalar(select(func.count()).select_from(rows)) or 0) > limit
    while len(known) > _MANY_KEPT:
        known.popitem(last=False)
    return answer


# -- what the store has ------------------------------------------------------------------------

_READY: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def fts_ready(engine: Engine) -> bool:
    """Does this SQLite store have the trigram index, usable here? (False on any other back-end.)"""
    ready = _READY.get(engine)
    if ready is None:
        ready = _READY[engine] = _look(engine)
    return ready


def forget(engine: Engine) -> None:
    """Look again at the next query (after a migration changed the store under a live engine)."""
    _READY.pop(engine, None)
    _MANY.pop(engine, None)


def _look(engine: Engine) -> bool:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            found = conn.scalar(
                text("SELECT 1 FROM pg_indexes WHERE indexname = :n AND schemaname = current_schema()"), {"n": PG_INDEX}
            )
        if not found:
            log.warning("the store has no trigram index on the claims' evidence (%s): the q= filter reads every claim", PG_INDEX)
        return False  # PostgreSQL's planner picks its index itself: no condition of ours needs it
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": FTS_TABLE}):
            return False
        try:  # a store indexed by a SQLite with the trigram tokenizer, opened by one without it
            conn.execute(select(_FTS.c.rowid).where(_match('"abc"')).limit(0)).all()
        except Exception as e:
            log.warning("the store's evidence index cannot be read here (%s): the q= filter reads every claim", e)
            return False
    return True


@cache
def sqlite_has_trigram() -> bool:
    """Does the SQLite Python links have FTS5 and its trigram tokenizer (3.34 or newer)?"""
    c = sqlite3.connect(":memory:")
    try:
        c.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram', detail='none', columnsize=0)")
    except sqlite3.Error:
        return False
    finally:
        c.close()
    return True
