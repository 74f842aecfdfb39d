"""Everything recognised in one document, laid out on one token axis.

Recognisers each return spans; the extractor needs to ask "what is right
after this number", "which sentence and clause is it in", "which places are in
that clause". ``Analysis`` runs the recognisers once over the normalised text
and indexes their results by sentence and token, so that slot filling is a
matter of looking around a number.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter

from marsad.model import Entity, Quantity, TimeExpression
from marsad.recognize.cues import Cue, find_cues, grammar
from marsad.recognize.entities import actor as entity_actor
from marsad.recognize.entities import find_adjectives, find_entities, place_prepositions
from marsad.recognize.quantities import find_quantities
from marsad.recognize.times import DocDate, document_date, find_times
from marsad.text.normalize import Normalized, normalize
from marsad.text.segment import Sentence, sentences
from marsad.text.tokens import Token, tokenize

_CLAUSE_PUNCT_RE = re.compile("[,;:]")
_NO_CUES: list[Cue] = []  # (cues_of for a kind the sentence lacks; never modified)


@dataclass(slots=True)
class Placed:
    """A recognised item with its normalised and token positions."""

    obj: object
    nstart: int
    nend: int
    tok_start: int
    tok_end: int
    prefix: str = ""  # proclitics written before it in the same word (ب، ل، و)


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    nstart: int
    nend: int
    tok_start: int
    tok_end: int
    clauses: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    quantities: list[Placed] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    entities: list[Placed] = field(default_factory=list)
    times: list[Placed] = field(default_factory=list)
    adjectives: list[Placed] = field(default_factory=list)  # nisba: أميركية → US
    headline: bool = False
    # the cues by kind, built the first time a rule asks (see cues_of)
    _by_kind: dict[str, list[Cue]] | None = field(default=None, repr=False, compare=False)
    _by_start: dict[int, list[Cue]] | None = field(default=None, repr=False, compare=False)
    _item_starts: frozenset[int] | None = field(default=None, repr=False, compare=False)

    def cues_of(self, kind: str) -> list[Cue]:
        """The sentence's cues of one kind, in sentence order.

        The rules ask "is there a cue of this kind near the number" a few dozen
        times per number; most kinds are absent from most sentences, so the
        list of the kind's cues (usually empty) spares a scan of all of them.
        Built once the views are complete: nothing adds cues after ``analyse``.
        """
        by_kind = self._by_kind
        if by_kind is None:
            by_kind = self._by_kind = {}
            for c in self.cues:
                for k in c.kinds:
                    by_kind.setdefault(k, []).append(c)
        return by_kind.get(kind, _NO_CUES)

    def cues_starting(self, tok: int) -> list[Cue]:
        """The sentence's cues that start at token ``tok``, in sentence order (built once, as ``cues_of``)."""
        by_start = self._by_start
        if by_start is None:
            by_start = self._by_start = {}
            for c in self.cues:
                by_start.setdefault(c.tok_start, []).append(c)
        return by_start.get(tok, _NO_CUES)

    def item_starts_at(self, tok: int) -> bool:
        """Does a recognised entity, adjective, cue or number start at token ``tok``? (The tokens where
        one does are gathered once, as ``cues_of``'s lists.)"""
        starts = self._item_starts
        if starts is None:
            starts = self._item_starts = frozenset(
                q.tok_start for q in (*self.entities, *self.adjectives, *self.cues, *self.quantities)
            )
        return tok in starts

    def clause_of(self, tok: int) -> tuple[int, int]:
        for s, e in self.clauses:
            if s <= tok < e:
                return s, e
        return self.tok_start, self.tok_end


def qualifies_a_force(view: SentenceView, adj: Placed) -> bool:
    """Does a nationality adjective follow a force's or a state body's noun (القوات، الطائرات الحربية، وزارة …)?"""
    return any(
        adj.tok_start - 2 <= c.tok_end <= adj.tok_start for kind in ("force_noun", "friendly_group") for c in view.cues_of(kind)
    )


def _is_state(actor_id: str) -> bool:
    """A government or its forces (not a group, a coalition or an agency)."""
    return (entity_actor(actor_id) or {}).get("kind") in ("state_force", "government")


def _behind(tok: str, words: Container[str], clitics: str) -> bool:
    """Is ``tok`` one of ``words`` behind one of the ``clitics`` (للنظام، لداعش)?"""
    if tok[1:] in words and tok[:1] in clitics:
        return True
    # ل before the article drops its alif: للاتفاق is ل + الاتفاق
    return "ل" in clitics and tok.startswith("لل") and "ال" + tok[2:] in words


@lru_cache(maxsize=512)
def _clitic_forms(words: frozenset[str], clitics: str) -> frozenset[str]:
    """Every token that is one of ``words`` behind one of the ``clitics``: ``_behind(tok, words, clitics)``
    holds exactly for the tokens of this set. Worked out once per list and clitics, so that a sentence
    is tested by one set intersection, with no readings of its own words built per sentence."""
    out = {c + w for c in clitics for w in words}
    if "ل" in clitics:
        # (ل before the article drops its alif: للاتفاق is ل + الاتفاق)
        out.update("لل" + w[2:] for w in words if w.startswith("ال"))
    return frozenset(out)


class _TokenTexts(dict[int, str]):
    """Each token's string by its index, and "" for an index past either end."""

    __slots__ = ()

    def __missing__(self, i: int) -> str:
        return ""


@dataclass(slots=True)
class Analysis:
    text: str
    nt: Normalized
    tokens: list[Token]
    docdate: DocDate
    views: list[SentenceView]
    # the tokens' strings: slot filling asks for a token's text a few hundred times a document
    texts: list[str] = field(default_factory=list)
    # Does the text report arbitrary detention (اعتقال تعسفي، اختفاء قسري)? Its arrests are abuses
    # a monitor counts, not captures of an armed group's men: asked once per arrest, known once per text.
    detention_report: bool = field(init=False, default=False)
    # The states whose bodies each sentence names, by name or nationality (الجيش المالي، القوات التركية),
    # and all of them: a bare "الجيش" the recogniser did not take for one of them is the one the passage
    # just named, and ambiguous where the text names two or more with none near.
    states_by_sentence: list[frozenset[str]] = field(init=False, default_factory=list)
    named_states: frozenset[str] = field(init=False, default=frozenset())
    # each sentence's distinct tokens, by its token range: whole-sentence word tests ask the set
    _vocab: dict[tuple[int, int], frozenset[str]] = field(init=False, default_factory=dict)
    # answers worked out once per document and asked many times (by the asking function's name), keyed
    # by the sentence's token range and the place in it they are about
    memo: dict[str, dict] = field(init=False, default_factory=dict)
    # token_text(i): the string of token i, "" past either end. Slot filling asks it over a thousand times
    # a document, so it is a dict's own lookup (no Python frame per call), not a method
    token_text: Callable[[int], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.tokens):
            self.texts = list(map(itemgetter(0), self.tokens))  # (each Token's text, with no Python step per token)
        self.token_text = _TokenTexts(enumerate(self.texts)).__getitem__
        words = grammar("arbitrary_detention_words")
        self.detention_report = not words.isdisjoint(self.texts)
        # (a nationality counts only as a force's or a body's, "القوات التركية"، "الطائرات الروسية" — not the
        # victims' or the visitors', "4 زوار إيرانيين"، "جندي تركي")
        self.states_by_sentence = [
            frozenset(
                p.obj.country  # type: ignore[attr-defined]
                for p in [*v.entities, *(d for d in v.adjectives if qualifies_a_force(v, d))]
                if p.obj.type == "actor" and p.obj.country and _is_state(p.obj.id)  # type: ignore[attr-defined]
            )
            for v in self.views
        ]
        self.named_states = frozenset().union(*self.states_by_sentence)

    def view_of(self, tok: int) -> SentenceView | None:
        """The sentence that holds token ``tok`` (views are in token order)."""
        i = bisect.bisect_right([v.tok_start for v in self.views], tok) - 1
        return self.views[i] if i >= 0 and tok < self.views[i].tok_end else None

    def states_near(self, view: SentenceView, back: int = 2) -> frozenset[str]:
        """The states whose bodies this sentence and the ``back`` before it name."""
        i = self.views.index(view)
        return frozenset().union(*self.states_by_sentence[max(0, i - back) : i + 1])

    # (token_in and behind_clitic are asked about half a million times per thousand documents:
    # each reads the token itself rather than through token_text)
    def token_in(self, i: int, words: Container[str], clitics: str = "") -> bool:
        """Is token ``i`` one of ``words``, bare or behind one of the one-letter ``clitics`` (و، ف، ب، ل)?"""
        texts = self.texts
        tok = texts[i] if 0 <= i < len(texts) else ""
        if tok in words:
            return True
        # (every reading behind a clitic starts with one of them: most tokens are ruled out without a call)
        return bool(clitics) and tok[:1] in clitics and _behind(tok, words, clitics)

    def behind_clitic(self, i: int, words: Container[str], clitics: str) -> bool:
        """Is token ``i`` one of ``words`` written behind one of the ``clitics`` (للنظام، لداعش; not bare)?"""
        texts = self.texts
        return _behind(texts[i] if 0 <= i < len(texts) else "", words, clitics)

    def sentence_has(self, view: SentenceView, words: frozenset[str], clitics: str = "") -> bool:
        """Is any token of the sentence one of ``words``, bare or behind one of the ``clitics``?"""
        # (by both ends: a sentence with no token of its own, "***", starts where the next one does)
        key = (view.tok_start, view.tok_end)
        vocab = self._vocab.get(key)
        if vocab is None:
            vocab = self._vocab[key] = frozenset(self.texts[view.tok_start : view.tok_end])
        if not words.isdisjoint(vocab):
            return True
        if not clitics:
            return False
        # (the list's words as written behind the clitics, once per list: one more set intersection)
        return not _clitic_forms(words if isinstance(words, frozenset) else frozenset(words), clitics).isdisjoint(vocab)

    def marks_before(self, i: int, marks: str) -> bool:
        """Does one of ``marks`` (punctuation) stand between token ``i`` and the one before it?"""
        return any(ch in marks for ch in self.nt.text[self.tokens[i - 1].end : self.tokens[i].start])

    def governed(self, i: int, prefix: str) -> bool:
        """Is a name at token ``i`` governed by a preposition (لداعش، إلى داعش، ضد التنظيم), written with
        ``prefix`` before it in its token?"""
        return prefix.startswith(("ل", "ب", "ول", "وب")) or self.token_text(i - 1) in grammar("oblique_before")

    def carries_pronoun(self, c: Cue) -> bool:
        """Is a one-word cue written with an attached pronoun (مقاتليها، تابعته)?"""
        if c.tok_end - c.tok_start != 1:
            return False
        tok = self.token_text(c.tok_start)
        pronouns = _pronoun_endings()
        if tok == c.phrase and tok.endswith("ينا"):
            # "مقاتلينا": the matcher's accusative alif after a word in ين (كميناً is right, but a sound
            # plural takes none), so this is مقاتلي + نا
            return True
        if c.phrase.endswith("ه") and tok.startswith(c.phrase[:-1] + "ت") and tok[len(c.phrase) :] in pronouns:
            # (a noun in ة takes its ت before the pronoun: "قادتها" is قادة + ها, though the normalised ة looks like his ه)
            return True
        return tok != c.phrase and tok.endswith(pronouns) and not c.phrase.endswith(pronouns)


@cache
def _pronoun_endings() -> tuple[str, ...]:
    return tuple(grammar("possessive_pronouns"))


def _tok_range(
    starts: list[int], tokens: list[Token], nstart: int, nend: int, at_least_one: bool = True
) -> tuple[int, int]:
    """Token indices covering ``[nstart, nend)``; a recognised item covers at least
    the token it starts in, a sentence of punctuation alone covers none."""
    s = bisect.bisect_right(starts, nstart) - 1
    if s < 0 or tokens[s].end <= nstart:
        s += 1
    e = bisect.bisect_left(starts, nend)
    s = max(s, 0)
    return s, max(e, s + 1) if at_least_one else max(e, s)


# A line of a bulleted or numbered list: "- 230 مدنياً"، "1- 97 قتلوا".
LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪](?:\s|(?=[0-9٠-٩]))|[0-9٠-٩]{1,2}\s*[-–.)]\s)")
# A labelled line of a breakdown: "النظام السوري: 12 مدنياً، بينهم 3 أطفال." (a short label, a colon, a figure)
LABEL_ITEM = re.compile(r"\s*[^\s:0-9٠-٩][^:\n]{0,40}:\s*[0-9٠-٩]")


_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[١٢][٩٠][٠-٩]{2}")


def _is_headline(text: str, s: Sentence) -> bool:
    body = text[s.start : s.end].rstrip()
    if LIST_ITEM.match(body) and any(not _YEAR.fullmatch(n) for n in re.findall(r"[0-9٠-٩]+", body)):
        # a list's figures lack full stops too, but they are the body's (not a menu's "• خطة للتسوية في أوكرانيا")
        return False
    return bool(body) and body[-1] not in ".!?؟:\"”»)" and len(body) < 200


def _agency_credit(nt: Normalized, adj: Placed) -> bool:
    """Is the nisba alone in brackets, a wire's credit at the end of a line ("… في الرياض (الفرنسية)" is
    AFP's), not who did or suffered anything?"""
    before = nt.text[max(0, adj.nstart - 2) : adj.nstart].strip()
    after = nt.text[adj.nend : adj.nend + 2].strip()
    return before.endswith("(") and after.startswith(")")


def _country_after_preposition(nt: Normalized, tokens: list[Token], name: Placed | None, adj: Placed) -> bool:
    """Is the nisba at ``adj`` a country's name after a preposition (غارة في سورية، بسورية)?

    سورية is the Syrian (f.) and Syria as the Levant's press spells it: after a preposition of the
    places' list (places_supplement.yaml: في، من، إلى، قرب …) or an attached ب or ل it is the place,
    never an adjective naming who struck. (entities.py keeps the same test for names whose other
    reading is a verb, but on its own token stream, before the views exist.)
    """
    if name is None or getattr(name.obj, "kind", None) != "country" or (name.nstart, name.nend) != (adj.nstart, adj.nend):
        return False
    if any(ch in adj.prefix for ch in "بل"):
        return True
    if adj.tok_start == 0:
        return False
    before = tokens[adj.tok_start - 1]
    return nt.text[before.start : before.end] in place_prepositions()


def analyse(text: str, published: date | None = None) -> Analysis:
    nt = normalize(text)
    tokens = tokenize(nt.text)
    starts = list(map(itemgetter(1), tokens))  # (each Token's start)
    docdate = document_date(nt, published)
    sents = sentences(text)
    views: list[SentenceView] = []
    for s in sents:
        ns, ne = nt.norm_index(s.start), nt.norm_index(s.end)
        ts, te = _tok_range(starts, tokens, ns, ne, at_least_one=False) if tokens else (0, 0)
        views.append(SentenceView(s, ns, ne, ts, te, headline=_is_headline(text, s)))
    vstarts = [v.nstart for v in views]

    def view_at(nstart: int) -> SentenceView | None:
        i = bisect.bisect_right(vstarts, nstart) - 1
        if i < 0:
            return None
        v = views[i]
        return v if nstart < v.nend else None

    def place(obj: Quantity | Entity | TimeExpression) -> Placed:
        ns = nt.norm_index(obj.start)
        ne = max(nt.norm_index(obj.end), ns + 1)
        ts, te = _tok_range(starts, tokens, ns, ne)
        prefix = nt.text[tokens[ts].start : ns] if ts < len(tokens) and tokens[ts].start < ns else ""
        return Placed(obj, ns, ne, ts, te, prefix)

    for q in find_quantities(nt):
        p = place(q)
        v = view_at(p.nstart)
        if v is not None:
            v.quantities.append(p)
    for ent in find_entities(nt):
        p = place(ent)
        v = view_at(p.nstart)
        if v is not None:
            v.entities.append(p)
    for tx in find_times(nt, docdate.date, docdate.year):
        p = place(tx)
        v = view_at(p.nstart)
        if v is not None:
            v.times.append(p)
    covering: dict[int, Placed] = {}  # token → the name over it
    for v in views:
        for p in v.entities:
            for t in range(p.tok_start, p.tok_end):
                covering[t] = p
    for c in find_cues(nt, tokens):
        v = view_at(c.nstart)
        name = covering.get(c.tok_start)
        # a cue word inside a name is part of the name: عملية العزم الصلب
        if v is not None and not (name is not None and name.nstart <= c.nstart and c.nend <= name.nend):
            v.cues.append(c)
    for ent in find_adjectives(nt):
        p = place(ent)
        v = view_at(p.nstart)
        if v is not None and not _country_after_preposition(nt, tokens, covering.get(p.tok_start), p) and not _agency_credit(nt, p):
            v.adjectives.append(p)
    _drop_lone_foreign_towns(views)
    breaks = _punct_breaks(nt.text, tokens, starts)
    for v in views:
        v.clauses = _clauses(breaks, v)
    return Analysis(text, nt, tokens, docdate, views)


def _is_lone_town(e: Entity) -> bool:
    return e.type == "place" and e.kind == "town" and e.id.startswith("GN:")


def _drop_lone_foreign_towns(views: list[SentenceView]) -> None:
    """Forget a gazetteer town of a country the document names in no other way.

    Transliterated village and sector names collide with towns of the
    neighbours: an army listing its operations "في قطاعات داليبوغو وبورومو"
    names a place of its own, not Burkina Faso's Boromo. When nothing else in
    the document — no country, region, curated place, state force, nisba, or
    group of one country (حركة الشباب) — points at that town's country, and its sentence names a place of a country
    the document does point at (or no other place at all, in a document that
    places itself in some country), the town is a homonym. (A force's name is not
    enough: "قتل 54 من جنوده الأوغنديين" beside a Somali town is in Somalia.)"""
    named: set[str] = set()
    placed: set[str] = set()  # countries named by a place of theirs (not by a force or a nisba)
    for v in views:
        for p in v.entities:
            e = p.obj
            if isinstance(e, Entity) and e.country and not _is_lone_town(e):
                named.add(e.country)
                if e.type == "place":
                    placed.add(e.country)
        for p in v.adjectives:
            e = p.obj
            if isinstance(e, Entity) and e.country:
                named.add(e.country)
    if not named:
        return
    for v in views:
        own = {
            p.obj.country
            for p in v.entities
            if isinstance(p.obj, Entity) and p.obj.type == "place" and p.obj.country in named
        }
        if not own and (not placed or any(
            isinstance(p.obj, Entity) and p.obj.type == "place" and not _is_lone_town(p.obj) for p in v.entities
        )):
            continue
        # (a sentence naming no other place at all — "في ولاية غزني كابيسا زابل ميدان وردك" — has
        # nothing of its own to set against the homonym: the countries the document places decide;
        # a force alone does not place it: "جنوده الأوغنديين" beside a Somali town)
        v.entities = [
            p for p in v.entities if not (isinstance(p.obj, Entity) and _is_lone_town(p.obj) and p.obj.country not in named)
        ]


def _punct_breaks(ntext: str, tokens: list[Token], starts: list[int]) -> list[int]:
    """Sorted token indices i whose gap from token i - 1 holds clause punctuation.

    Found from the few punctuation marks of the document rather than by
    slicing every gap between tokens: tokens hold no punctuation, so a mark
    lies in the gap before the first token that starts after it.
    """
    out: list[int] = []
    for m in _CLAUSE_PUNCT_RE.finditer(ntext):
        i = bisect.bisect_right(starts, m.start())
        if i == 0 or i == len(tokens) or (out and out[-1] == i):
            continue
        gap = ntext[tokens[i - 1].end : tokens[i].start]
        # 2,500 is one number, not two clauses
        if not (gap == "," and tokens[i - 1].text.isdigit() and tokens[i].text.isdigit()):
            out.append(i)
    return out


def _clauses(breaks: list[int], v: SentenceView) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a sentence (commas and clause words)."""
    cuts = {v.tok_start}
    lo = bisect.bisect_right(breaks, v.tok_start)
    hi = bisect.bisect_left(breaks, v.tok_end)
    cuts.update(breaks[lo:hi])
    for c in v.cues:
        if "clause_break" in c.kinds and c.tok_start > v.tok_start:
            cuts.add(c.tok_start)
    bounds = [*sorted(cuts), v.tok_end]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
