"""Arabic normalisation for matching, with a map back to the original text.

Written in-house because no available library keeps offsets: camel-tools'
normalisers return a bare string (and the package drags in PyTorch for
features that cannot run offline), pyarabic's ``normalize_alef`` also folds
ى into ا, and ``unicodedata.normalize`` changes lengths without telling where.
Every recogniser matches on the normalised string and reports spans through
``Normalized.span`` so that claims always point at the unmodified input.

What is folded (one normaliser serves lexicon keys and input alike):
diacritics and Quranic marks, tatweel, alef and hamza variants (أ إ آ ٱ → ا,
ؤ → و, ئ → ي), alef maqsura ى → ي, teh marbuta ة → ه, Farsi yeh and keheh,
Arabic-Indic and Persian digits → ASCII, Arabic comma, semicolon, question
mark and thousands separator → ASCII, the Arabic decimal separator → '.',
typographic quotes and dashes → ASCII, Latin letters → lower case,
presentation forms → their base letters (NFKC, so a ligature may become two
characters that both map to the one original character). An accusative
tanween on its alef or teh marbuta with a letter right after it becomes a
space: it ends a word, and pages lose the space after it when scraped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_ONE_TO_ONE: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "ئ": "ي",
    "ى": "ي",
    "ی": "ي",  # Farsi yeh
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ک": "ك",  # keheh
    "ڪ": "ك",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٬": ",",  # Arabic thousands separator
    "٫": ".",  # Arabic decimal separator
    "٪": "%",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu
for _c in range(ord("A"), ord("Z") + 1):
    _ONE_TO_ONE[chr(_c)] = chr(_c).lower()

_TABLE = str.maketrans(_ONE_TO_ONE)
# The same one-to-one folding as a regex substitution: ``str.translate`` with a
# table of one-character strings looks every character up and builds its
# output one character at a time (about 1 µs per character), while a news text
# has only one character in about fifteen to replace.
_ONE_TO_ONE_RE = re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")


def _fold_one_to_one(text: str) -> str:
    """``text.translate(_TABLE)``, faster: same length, same offsets."""
    return _ONE_TO_ONE_RE.sub(_replace_one, text)


def _replace_one(m: re.Match[str]) -> str:
    return _ONE_TO_ONE[m[0]]


# Characters that are dropped: harakat, shadda, sukun, superscript alef,
# Quranic annotation marks, tatweel, and invisible format characters
# (bidi marks, zero-width joiners) that copy-paste leaves inside words.
_DROP = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
)
_DROP_RE = re.compile(f"[{_DROP}]")
_LETTERS_AFTER_TANWEEN = frozenset(chr(c) for c in range(0x0621, 0x064B)) - {"\u0627", "\u0649", "\u0640"}
# Characters that need more than a one-to-one rewrite.
# A dot set against a tatweel inside a word (مقـ.تل، الهـ.ـول) is there to keep
# a page's words from filters, not to end a sentence or an abbreviation: it goes.
# (each test looks behind the dot it has taken, not before it: see _SPECIAL_RE)
_VEILING_DOT = "(?<=\u0640\\.)(?=[\u0621-\u064a\u0640])|(?<=[\u0621-\u0652]\\.)(?=\u0640)"
# So is a space with a tatweel on both sides of it between two letters (داعـ ـش): one word split on
# purpose. (A tatweel on one side only is a dash: "دمشق ـالأناضول"، "بغدادـ أ ف ب"، "1445 هـ".)
_VEILING_SPACE = "(?<=[\u0621-\u064a]\u0640 )(?=\u0640[\u0621-\u064a])"
_REWRITTEN = f"{_DROP}\ufb50-\ufdff\ufe70-\ufefe\u00c0-\u024f"
# One character: a rewritten one, or a dot or a space that veils a word. The character is taken first and
# what it is tested after: a pattern whose branches open on lookbehinds is tried at every position of the
# text, one that opens on a class lets the engine skip to the next character of it (three times faster).
_SPECIAL_RE = re.compile(f"[{_REWRITTEN}. ](?:(?<=[{_REWRITTEN}])|{_VEILING_DOT}|{_VEILING_SPACE})")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised string and, for each of its characters, the original one.

    ``starts[i]`` is the offset in ``original`` of the character that produced
    ``text[i]``; ``starts`` is ``None`` when the map is the identity.
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None

    def orig(self, i: int) -> int:
        """Original offset of normalised position ``i`` (``len(text)`` allowed)."""
        if self.starts is None:
            return i
        if i >= len(self.text):
            return len(self.original)
        return self.starts[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering normalised ``[start, end)``."""
        # (called for every match of every recogniser: the fields read once, and no max() call)
        starts = self.starts
        if starts is None:
            return start, end
        if end <= start:
            o = self.orig(start)
            return o, o
        last = starts[end - 1]
        # The original character at ``last`` may have produced several
        # normalised ones; the span ends after that whole character, and
        # after anything dropped right behind it inside the same word.
        e = starts[end] if end < len(starts) else len(self.original)
        if e <= last:
            e = last + 1
        elif e > last + 1:
            original = self.original
            while e > last + 1 and original[e - 1].isspace():
                e -= 1
        return starts[start], e

    def norm_index(self, orig_offset: int) -> int:
        """First normalised position whose original offset is ≥ ``orig_offset``."""
        if self.starts is None:
            return min(orig_offset, len(self.text))
        return bisect_left(self.starts, orig_offset)


@lru_cache(maxsize=4096)  # one character: a document repeats the same few marks
def _fold_char(ch: str) -> str:
    if _DROP_RE.match(ch):
        return ""
    if "\ufb50" <= ch <= "\ufefe" or "\u00c0" <= ch <= "\u024f":
        folded = unicodedata.normalize("NFKC", ch)
        if "\u00c0" <= ch <= "\u024f":
            # Latin letters with accents lose them so Qaşr matches Qasr.
            folded = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        folded = _DROP_RE.sub("", folded.translate(_TABLE))
        return folded.lower()
    return ch.translate(_TABLE)


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The second spellings of words written two ways (data/spelling.yaml), folded, and their first."""
    from marsad.lexicon import LexiconError, load  # (the lexicon needs no normaliser: no cycle)

    table: dict[str, str] = {}
    for pair in load("spelling.yaml").get("same_word") or []:
        other, usual = (_fold_one_to_one(w) for w in pair)
        if len(other) != len(usual):
            raise LexiconError(f"marsad/data/spelling.yaml: {pair} must be spelt with as many letters")
        table[other] = usual
    # (at a word's start, behind its proclitics and article: "والمسئولين", not inside another word)
    stems = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    rx = re.compile(rf"(?<![\u0621-\u064a])((?:[وفبل]|وب|ول|فب|فل)?(?:ال|ل)?)({stems})")
    return (rx, table) if table else None


@lru_cache(maxsize=1)
def _glued() -> re.Pattern[str] | None:
    """A frequent name glued to a small word or another name (العراقمنذ، سورياوالعراق): where the space goes."""
    from marsad.lexicon import load

    data = load("spelling.yaml")
    heads = [_fold_one_to_one(w) for w in data.get("glued_heads") or []]
    tails = [_fold_one_to_one(w) for w in data.get("glued_tails") or []]
    if not heads or not tails:
        return None
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    # (at a word's start, behind و or ب, and the tail ending the token: not العراقية, a nisba)
    return re.compile(rf"(?<![\u0621-\u064a])(?:[وب])?(?:{alt(heads)})(?=(?:{alt(tails)})(?![\u0621-\u064a]))")


def _usual_spelling(t: str) -> str:
    """"مسئول" read as "مسؤول": the same word in the spelling the lexicon lists (same length)."""
    found = _spellings()
    if found is None:
        return t
    rx, table = found
    # (a few plain substring searches rule out nearly every text before the pattern walks it position by position)
    if not any(other in t for other in table):
        return t
    return rx.sub(lambda m: m[1] + table[m[2]], t) if rx.search(t) else t


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the way back to it."""
    t = _fold_one_to_one(text)
    glued = _glued()
    splits = {m.end() for m in glued.finditer(t)} if glued is not None else set()
    if not splits and not _SPECIAL_RE.search(t):
        return Normalized(text, _usual_spelling(t), None)
    if splits:
        return _normalize_with_splits(text, t, splits)
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _SPECIAL_RE.finditer(t):  # t is text translated one-to-one: same offsets
        i = m.start()
        if i > pos:
            out.append(t[pos:i])
            starts.extend(range(pos, i))
        rep = "" if text[i] in ". " else _fold_char(text[i])
        if (
            text[i] == "\u064b"
            and 0 < i < len(text) - 1
            and text[i - 1] in "اة"
            and text[i + 1] in _LETTERS_AFTER_TANWEEN
        ):
            # the accusative tanween written on its alef or teh marbuta (اً، ةً) ends a word: a letter right after
            # it opens the next one, the space lost when the page was scraped ("سقط 18 مدنياًعلى يد"). (Only
            # there: pages misplace a tanween for a damma inside a word, "قٌتل 4 مسلحين".)
            rep = " "
        out.append(rep)
        starts.extend([i] * len(rep))
        pos = i + 1
    out.append(t[pos:])
    starts.extend(range(pos, len(t)))
    # (the spelling last, once marks and tatweel are gone: "مسـئول" is مسئول; the same length, the same map)
    return Normalized(text, _usual_spelling("".join(out)), tuple(starts))


def _normalize_with_splits(text: str, t: str, splits: set[int]) -> Normalized:
    """The general path, with a space put back before each position in ``splits`` (the glued words' second
    word), mapped to that word's first original letter."""
    out: list[str] = []
    starts: list[int] = []
    special = {m.start(): m for m in _SPECIAL_RE.finditer(t)}
    for i, ch in enumerate(t):
        if i in splits:
            out.append(" ")
            starts.append(i)
        if i in special:
            rep = "" if text[i] in ". " else _fold_char(text[i])
            if text[i] == "\u064b" and 0 < i < len(text) - 1 and text[i - 1] in "اة" and text[i + 1] in _LETTERS_AFTER_TANWEEN:
                rep = " "
        else:
            rep = ch
        out.append(rep)
        starts.extend([i] * len(rep))
    return Normalized(text, _usual_spelling("".join(out)), tuple(starts))


@lru_cache(maxsize=65536)
def strip_marks(text: str) -> str:
    """The text without the characters normalisation drops (harakat, shadda, tatweel, invisible marks) and with
    its letters otherwise as written: a spelling compared as written (إبّ is إب), not folded (إب is not اب)."""
    return _DROP_RE.sub("", text)


def norm(text: str) -> str:
    """Just the normalised string (lexicon keys, quick comparisons)."""
    return normalize(text).text
