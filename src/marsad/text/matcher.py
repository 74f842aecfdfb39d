"""Clitic-aware, longest-first phrase matching over normalised tokens.

Every lexicon in marsad (actors, places, metric triggers, reporting verbs,
month names) is a list of phrases with a payload. ``PhraseMatcher`` indexes
them by their normalised tokens once, then walks a text's tokens and, at each
position, tries every clitic reading of the token (``stems``) as the first
word of a phrase; the last word of a phrase may also carry an enclitic
pronoun. The longest phrase wins; ties keep every payload so the caller can
disambiguate by context. A multi-word phrase never spans sentence
punctuation.

Written in-house: flashtext and pyahocorasick match characters, not words
with Arabic clitics, and would still need the offset map and the clitic
readings around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from marsad.text.normalize import Normalized, norm
from marsad.text.tokens import Token, stems, tokenize

T = TypeVar("T")

_BREAKING = set(".,;:?!\n()[]\"")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # original offsets (clitic prefix excluded)
    end: int
    nstart: int  # normalised offsets
    nend: int
    tok_start: int  # token indices [tok_start, tok_end)
    tok_end: int
    phrase: str  # the normalised lexicon phrase
    payloads: tuple[T, ...]
    prefix: str = ""  # the proclitics that were stripped (e.g. "وب")


class PhraseMatcher(Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]], *, clitics: bool = True, enclitics: bool = True):
        self.clitics = clitics
        self.enclitics = enclitics
        self._index: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self.max_len = 1
        for phrase, payload in entries:
            toks = tuple(t.text for t in tokenize(norm(phrase)))
            if not toks:
                continue
            self._index.setdefault(toks[0], []).append((toks, payload))
            self.max_len = max(self.max_len, len(toks))
        for lst in self._index.values():
            lst.sort(key=lambda e: -len(e[0]))

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def _readings(self, tok: str) -> tuple[tuple[str, int, bool], ...]:
        if not self.clitics:
            return ((tok, 0, False),)
        r = stems(tok)
        if not self.enclitics:
            r = tuple(x for x in r if not x[2])
        return r

    def find(self, nt: Normalized, tokens: list[Token] | None = None) -> list[Match[T]]:
        """All non-overlapping longest matches, left to right."""
        text = nt.text
        toks = tokens if tokens is not None else tokenize(text)
        out: list[Match[T]] = []
        i = 0
        n = len(toks)
        while i < n:
            best: tuple[int, int, str, list[T], str] | None = None  # (len, plen, phrase, payloads, prefix)
            for stem, plen, encl in self._readings(toks[i].text):
                cands = self._index.get(stem)
                if not cands:
                    continue
                for ptoks, payload in cands:
                    k = len(ptoks)
                    if best is not None and k < best[0]:
                        break
                    if k == 1:
                        if encl and not self.enclitics:
                            continue
                        ok = True
                    else:
                        if encl or i + k > n:
                            continue
                        ok = True
                        for j in range(1, k):
                            a, b = toks[i + j - 1], toks[i + j]
                            if any(c in _BREAKING for c in text[a.end : b.start]):
                                ok = False
                                break
                            want = ptoks[j]
                            got = b.text
                            if got == want:
                                continue
                            if j == k - 1 and self.clitics and any(
                                s == want and e for s, _, e in stems(got)
                            ):
                                continue
                            ok = False
                            break
                    if not ok:
                        continue
                    phrase = " ".join(ptoks)
                    if best is None or k > best[0]:
                        best = (k, plen, phrase, [payload], toks[i].text[:plen])
                    elif k == best[0] and phrase == best[2] and payload not in best[3]:
                        best[3].append(payload)
                    elif k == best[0] and plen < best[1]:
                        best = (k, plen, phrase, [payload], toks[i].text[:plen])
            if best is None:
                i += 1
                continue
            k, plen, phrase, payloads, prefix = best
            nstart = toks[i].start + plen
            nend = toks[i + k - 1].end
            s, e = nt.span(nstart, nend)
            out.append(Match(s, e, nstart, nend, i, i + k, phrase, tuple(payloads), prefix))
            i += k
        return out
