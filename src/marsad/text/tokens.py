"""Tokens over normalised text, and the clitics Arabic attaches to them.

A lexicon entry is written in its plain form (اعتقال، العراق، داعش); in text it
appears as واعتقال، بالعراق، لداعش، وقادته. ``stems`` lists the readings of a
token with its proclitics (و ف ب ل ك, the article ال, and ل + ال written لل)
and enclitics (ه ها هم هن هما نا كم) removed, so that a matcher can look each
reading up. Over-generation is harmless: a reading only matters if it is a
lexicon entry.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import accumulate
from typing import NamedTuple

_TOKEN_RE = re.compile(r"[a-z\u0621-\u064a\u0671-\u06d3]+|\d+")

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "نا", "كم", "ه")
_MIN_STEM = 2


class Token(NamedTuple):
    text: str  # normalised
    start: int  # offsets in the normalised text
    end: int


_new_token = partial(tuple.__new__, Token)
# (split keeps what the group matched: gap, token, gap, …, gap)
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")


@lru_cache(maxsize=32)
def tokenize(ntext: str) -> list[Token]:
    """Tokens of an already-normalised text (letters or digit runs).

    Cached: several recognisers tokenise the same document; callers must not
    modify the list.
    """
    if _GLUE not in ntext:
        # No glued words (nearly every text): the tokens and the gaps between them in one split, their
        # offsets the running sum of the pieces' lengths, each tuple made by tuple.__new__ — no Python-level
        # step per token (a loop over the matches cost a third more)
        pieces = _TOKEN_SPLIT_RE.split(ntext)
        bounds = list(accumulate(map(len, pieces)))
        return list(map(_new_token, zip(pieces[1::2], bounds[:-1:2], bounds[1::2], strict=True)))
    return _tokens_unglued(ntext)


def is_one_token(word: str) -> bool:
    """Is ``word``, standing between characters no token holds, one token of ``tokenize``, itself?"""
    return _TOKEN_RE.fullmatch(word) is not None and not (_GLUE in word and _GLUED_RE.match(word))


def _tokens_unglued(ntext: str) -> list[Token]:
    """Tokens, with a word that glues two words together cut in two."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(ntext):
        word, start = m.group(), m.start()
        glued = _GLUED_RE.match(word) if _GLUE in word else None
        if glued:
            # a space lost when the page was scraped: سورياوالعراق is سوريا والعراق
            k = glued.end(1)
            out.append(Token(word[:k], start, start + k))
            out.append(Token(word[k:], start + k, m.end()))
        else:
            out.append(Token(word, start, m.end()))
    return out


# A word ending in alef glued to a conjoined definite word (سورياوالعراق). Arabic words
# do not contain alef + و + ال inside them, so the split is safe.
_GLUED_RE = re.compile(r"^([\u0621-\u064a]{3,}ا)(وال[\u0621-\u064a]{2,})$")
_GLUE = "اوال"  # what every glued word contains


@lru_cache(maxsize=200_000)
def stems(token: str) -> tuple[tuple[str, int, bool], ...]:
    """Readings of ``token`` as ``(stem, prefix_length, had_enclitic)``.

    The token itself comes first. ``prefix_length`` is how many characters
    of the token precede the stem in the text (للتحالف → التحالف has 1: the
    article's alef is not written after ل).
    """
    out: list[tuple[str, int, bool]] = [(token, 0, False)]
    seen = {token}

    def add(stem: str, plen: int, encl: bool) -> None:
        if len(stem) >= _MIN_STEM and stem not in seen:
            seen.add(stem)
            out.append((stem, plen, encl))

    # (reading, characters of the token before it, alef restored)
    heads: list[tuple[str, int, bool]] = [(token, 0, False)]
    if token[:1] in _CONJ and len(token) > 2:
        heads.append((token[1:], 1, False))
    for h, plen, _ in list(heads):
        if h[:1] in _PREP and len(h) > 2:
            heads.append((h[1:], plen + 1, False))
            if h.startswith("لل"):
                # ل + ال is written لل: للتحالف is ل + التحالف
                heads.append(("ا" + h[1:], plen + 1, True))
    for h, plen, restored in heads:
        add(h, plen, False)
        if h.startswith("ال") and len(h) > 3:
            add(h[2:], plen + (1 if restored else 2), False)
    # Enclitic pronouns: قادته → قادة (ة is written ت before a suffix).
    for h, plen, _ in list(heads):
        for enc in _ENCLITICS:
            if h.endswith(enc) and len(h) - len(enc) >= _MIN_STEM + 1:
                base = h[: -len(enc)]
                if base.endswith("ا"):
                    # alef maqsura is written alef before a suffix: قتلاها → قتلى (normalised
                    # قتلي); read first, so the noun wins over a dual verb (قتلا)
                    add(base[:-1] + "ي", plen, True)
                add(base, plen, True)
                if base.endswith("ت"):
                    add(base[:-1] + "ه", plen, True)
    return tuple(out)
