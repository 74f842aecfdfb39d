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

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Generic, TypeVar

from marsad.text.normalize import Normalized, norm
from marsad.text.tokens import Token, stems, tokenize

T = TypeVar("T")
R = TypeVar("R")

# quotes do not break a name: حركة «الشباب»، تنظيم "الدولة الإسلامية"
_BREAKING = frozenset(".,;:?!\n()[]")
# a pair of first words that begins this many phrases has them indexed by the third word too
_INDEX_THIRD_FROM = 8


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which
# made building the few hundred matches of a document cost 6x more. Hashable and
# compared by value as before; nothing assigns to a match.
@dataclass(slots=True, unsafe_hash=True)
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


def _same_phrase_together(
    entries: list[tuple[tuple[str, ...], list[T], str]],
) -> list[tuple[tuple[str, ...], list[T], str]]:
    """One entry per phrase, at its first place, with the payloads of its entries in their order.

    A phrase many payloads share (القوات المسلحة, each state's armed forces) is then matched once, not once
    per payload. The tries give the same best match: the words decide whether an entry matches, and
    entries of other phrases never change which payloads the best phrase gathers, nor in which order.
    """
    out: list[tuple[tuple[str, ...], list[T], str]] = []
    at: dict[tuple[str, ...], int] = {}
    for ptoks, payloads, phrase in entries:
        if ptoks in at:
            out[at[ptoks]][1].extend(payloads)
        else:
            at[ptoks] = len(out)
            out.append((ptoks, list(payloads), phrase))
    return out


@lru_cache(maxsize=100_000)
def _second_keys(tok: str) -> tuple[str, ...]:
    """A second word as written, and without a pronoun (it may end the phrase)."""
    return (tok, *(s for s, _, e in stems(tok) if e))


_last_texts: tuple[list[Token], list[str], set[str]] | None = None
_text_of = itemgetter(0)  # a Token's text


def _token_texts(toks: list[Token]) -> tuple[list[str], set[str]]:
    """The token strings of a token list and the set of them.

    Several matchers scan the same document's token list in a row (cues,
    names, adjectives; ``tokenize`` returns the same cached list), so the last
    answer is kept. The list itself is held, so an identity check cannot be
    fooled by a recycled id; callers never modify token lists.
    """
    global _last_texts
    last = _last_texts
    if last is not None and last[0] is toks and len(last[1]) == len(toks):
        return last[1], last[2]
    texts = list(map(_text_of, toks))  # (C-level: no Python step per token)
    distinct = set(texts)
    _last_texts = (toks, texts, distinct)
    return texts, distinct


class PhraseMatcher(Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]], *, clitics: bool = True, enclitics: bool = True):
        self.clitics = clitics
        self.enclitics = enclitics
        # one-word phrases by their word; longer ones by their first two words,
        # so a common first word (مدينة، ريف، في) costs one dict lookup, not a scan
        self._single: dict[str, list[T]] = {}
        # first word → second word → (words, payloads, the phrase), longest first
        self._multi: dict[str, dict[str, list[tuple[tuple[str, ...], list[T], str]]]] = {}
        self._hits: dict[str, tuple[tuple[str, int, bool], ...]] = {}
        self._starters: set[str] = set()  # the tokens of _hits that have a reading
        # starter → its best one-word match (prefix length, phrase, payloads, prefix) or None
        self._solo: dict[str, tuple[int, str, tuple[T, ...], str] | None] = {}
        # starter → the second words of the multi-word phrases it may begin
        self._seconds: dict[str, frozenset[str]] = {}
        self.max_len = 1
        for phrase, payload in entries:
            toks = tuple(t.text for t in tokenize(norm(phrase)))
            if not toks:
                continue
            if len(toks) == 1:
                self._single.setdefault(toks[0], []).append(payload)
            else:
                self._multi.setdefault(toks[0], {}).setdefault(toks[1], []).append((toks, [payload], " ".join(toks)))
            self.max_len = max(self.max_len, len(toks))
        for seconds in self._multi.values():
            for second, lst in seconds.items():
                lst.sort(key=lambda e: -len(e[0]))
                seconds[second] = _same_phrase_together(lst)
        # Some first two words begin a hundred phrases or more (وزارة الدفاع …، القوات المسلحة …, one per
        # state): for those, the positions in the list of the two-word phrases and of the longer ones by
        # their third word, so that a match tries only the phrases the word after the second allows.
        self._by_third: dict[tuple[str, str], tuple[list[int], dict[str, list[int]]]] = {}
        for first, seconds in self._multi.items():
            for second, lst in seconds.items():
                if len(lst) >= _INDEX_THIRD_FROM:
                    pairs = [j for j, e in enumerate(lst) if len(e[0]) == 2]
                    thirds: dict[str, list[int]] = {}
                    for j, e in enumerate(lst):
                        if len(e[0]) > 2:
                            thirds.setdefault(e[0][2], []).append(j)
                    self._by_third[(first, second)] = (pairs, thirds)

    def __len__(self) -> int:
        return sum(len(v) for v in self._single.values()) + sum(
            len(e[1]) for v in self._multi.values() for x in v.values() for e in x
        )

    def _readings(self, tok: str) -> tuple[tuple[str, int, bool], ...]:
        """The readings of a token that start some phrase (most tokens have none)."""
        hit = self._hits.get(tok)
        if hit is not None:
            return hit
        if not self.clitics:
            r: tuple[tuple[str, int, bool], ...] = ((tok, 0, False),)
        else:
            r = stems(tok)
            if not self.enclitics:
                r = tuple(x for x in r if not x[2])
        hit = tuple(x for x in r if x[0] in self._single or x[0] in self._multi)
        self._hits[tok] = hit
        if hit:
            self._starters.add(tok)
            # Unless the next word can be the second word of one of the token's
            # longer phrases, the words after it do not matter: its best
            # one-word match is worked out once, with the second words that
            # call for a full look.
            best = self._best_single(tok, hit, None)
            self._solo[tok] = None if best is None else (best[1], best[2], tuple(best[3]), best[4])
            seconds = {key for stem, _, encl in hit if not encl and stem in self._multi for key in self._multi[stem]}
            if seconds:
                self._seconds[tok] = frozenset(seconds)
        return hit

    def _best_single(
        self, tok: str, readings: tuple[tuple[str, int, bool], ...], best: tuple[int, int, str, list[T], str] | None
    ) -> tuple[int, int, str, list[T], str] | None:
        for stem, plen, encl in readings:
            singles = self._single.get(stem)
            if singles and (best is None or best[0] == 1) and not (encl and not self.enclitics):
                for payload in singles:
                    best = self._better(best, 1, plen, stem, payload, tok)
        return best

    def find(self, nt: Normalized, tokens: list[Token] | None = None) -> list[Match[T]]:
        """All non-overlapping longest matches, left to right."""
        return self.find_as(nt, tokens, Match)

    def find_as(self, nt: Normalized, tokens: list[Token] | None, make: Callable[..., R]) -> list[R]:
        """``find``, with each match built by ``make`` from Match's fields, in order.

        A caller that turns every match into its own object (a cue) builds it
        directly instead of reading it back from a Match.
        """
        text = nt.text
        toks = tokens if tokens is not None else tokenize(text)
        out: list[R] = []
        hits = self._hits
        if len(hits) > 500_000:  # bounded memory on endless input; cleared between scans only
            hits.clear()
            self._starters.clear()
            self._solo.clear()
            self._seconds.clear()
        texts, distinct = _token_texts(toks)
        # Most tokens start no phrase. Readings are computed once per distinct
        # token ever seen; then one set lookup per token finds those that do.
        for tt in distinct.difference(hits):
            self._readings(tt)
        starters = self._starters
        # (the same as [j for j, tt in enumerate(texts) if tt in starters], with the loop in C)
        candidates = list(compress(range(len(texts)), map(starters.__contains__, texts)))
        solo = self._solo
        second_words = self._seconds
        # (attributes read once, not once per candidate: a document has a few hundred candidates a matcher)
        clitics = self.clitics
        starts = nt.starts
        span = nt.span
        append = out.append
        n = len(toks)
        pos = 0  # the first token not yet covered by a match
        for i in candidates:
            if i < pos:
                continue
            tt = texts[i]
            seconds = second_words.get(tt)
            if seconds is None or i + 1 == n or seconds.isdisjoint(
                _second_keys(texts[i + 1]) if clitics else (texts[i + 1],)
            ):
                one = solo[tt]
                if one is None:
                    continue
                k = 1
                plen, phrase, payloads, prefix = one
                tok = toks[i]
                nstart = tok.start + plen
                nend = tok.end
            else:
                best = self._best_at(text, toks, texts, i)
                if best is None:
                    continue
                k, plen, phrase, plist, prefix = best
                payloads = tuple(plist)
                nstart = toks[i].start + plen
                nend = toks[i + k - 1].end
            # (where normalising kept every offset, Normalized.span is the identity: no call)
            if starts is None:
                append(make(nstart, nend, nstart, nend, i, i + k, phrase, payloads, prefix))
            else:
                s, e = span(nstart, nend)
                append(make(s, e, nstart, nend, i, i + k, phrase, payloads, prefix))
            pos = i + k
        return out

    def _best_at(
        self, text: str, toks: list[Token], texts: list[str], i: int
    ) -> tuple[int, int, str, list[T], str] | None:
        """(length, prefix length, phrase, payloads, prefix) of the best phrase starting at token i."""
        n = len(toks)
        best: tuple[int, int, str, list[T], str] | None = None
        multi = self._multi  # (read once: the loops below run for every reading of the token)
        tok = texts[i]
        for reading in self._hits[tok]:
            stem, plen, encl = reading
            if not encl and i + 1 < n and stem in multi:
                seconds = multi[stem]
                nxt = texts[i + 1]
                keys = _second_keys(nxt) if self.clitics else (nxt,)
                for key in keys:
                    for ptoks, payloads, phrase in self._tries(stem, key, seconds, texts, i):
                        k = len(ptoks)
                        if best is not None and k < best[0]:
                            break
                        if i + k > n or not self._rest_matches(text, toks, i, ptoks):
                            continue
                        for payload in payloads:
                            best = self._better(best, k, plen, phrase, payload, tok)
            best = self._best_single(tok, (reading,), best)
        return best

    def _tries(
        self, first: str, second: str, seconds: dict[str, list[tuple[tuple[str, ...], list[T], str]]], texts: list[str], i: int
    ) -> list[tuple[tuple[str, ...], list[T], str]]:
        """The phrases of first and second words that may start at token i, longest first.

        Where the pair begins many phrases, those whose third word is not the next token (or, the last word,
        that token without its pronoun) are left out: they could not match, so the order and the outcome of
        the tries are the same.
        """
        phrases = seconds.get(second)
        if not phrases:
            return []
        index = self._by_third.get((first, second))
        if index is None:
            return phrases
        pairs, thirds = index
        picked = list(pairs)
        if i + 2 < len(texts):
            nxt = texts[i + 2]
            for word in _second_keys(nxt) if self.clitics else (nxt,):
                picked += thirds.get(word, ())
            picked.sort()
        return [phrases[j] for j in picked]

    @staticmethod
    def _better(
        best: tuple[int, int, str, list[T], str] | None, k: int, plen: int, phrase: str, payload: T, token: str
    ) -> tuple[int, int, str, list[T], str]:
        """Longest phrase first; the same phrase gathers payloads; then the shortest prefix."""
        if best is None or k > best[0]:
            return (k, plen, phrase, [payload], token[:plen])
        if k == best[0] and phrase == best[2]:
            if payload not in best[3]:
                best[3].append(payload)
            return best
        if k == best[0] and plen < best[1]:
            return (k, plen, phrase, [payload], token[:plen])
        return best

    def _rest_matches(self, text: str, toks: list[Token], i: int, ptoks: tuple[str, ...]) -> bool:
        """Do the words after the first continue the phrase (the last may carry a pronoun)?"""
        k = len(ptoks)
        for j in range(1, k):
            a, b = toks[i + j - 1], toks[i + j]
            gap = text[a.end : b.start]
            if gap != " " and not _BREAKING.isdisjoint(gap):
                return False
            want, got = ptoks[j], b.text
            if got == want:
                continue
            if j == k - 1 and self.clitics and any(s == want and e for s, _, e in stems(got)):
                continue
            return False
        return True
