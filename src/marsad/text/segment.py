"""Sentences and paragraphs of news text.

News text breaks lines without a full stop (headlines, datelines, captions),
uses Arabic and Latin punctuation, abbreviates names with a one-letter
initial and a dot (لويد ج. أوستن) and quotes whole statements that contain
several full stops. A sentence here ends at a line break, or at . ! ? (and
their Arabic forms) followed by space, unless the dot follows a one-letter
initial or a known abbreviation, or sits inside a quotation that closes
later on the same line: a quoted statement stays with the verb that
introduces it, which attribution needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A full stop ends a sentence before white space, or before an Arabic letter:
# pages pasted together lose the space (…عناصر إرهابية.وأكدت أن…), and no
# Arabic word holds a dot — except one set against a tatweel to veil a word
# from filters (مقـ.تل), which normalisation drops.
# (the tatweel looked for behind the first mark, not before it: a pattern that opens on a lookbehind is tried
# at every position of the text, one that opens on its marks lets the engine skip to the next one)
_END_RE = re.compile(r"[.!?؟](?<!\u0640.)[.!?؟]*[\"'”’»)\]]*(?=\s|$|[\u0621-\u063f\u0641-\u064a])")
_ABBREVIATIONS = frozenset({"د", "م", "ج", "ص", "ق", "ه", "هـ", "ت", "ش", "mr", "dr", "gen", "st", "no"})
_MAX_QUOTE = 1500
# The longest sentences of Arabic news run to a few hundred characters; a
# "sentence" of thousands is text without punctuation (a scraped page, a
# transcript). Cutting it into pieces of at most this length at a comma or a
# clause-opening و keeps every later per-sentence scan bounded, so a
# document's cost stays linear in its length.
MAX_SENTENCE = 1200
_SOFT_CUT_RE = re.compile(r"[,،؛;:]\s+|\s+(?=و[\u0621-\u064a])")


@dataclass(slots=True, unsafe_hash=True)  # not frozen: see marsad.text.matcher.Match
class Sentence:
    start: int  # original offsets, stripped of surrounding white space
    end: int
    index: int
    paragraph: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _inside_quote(line: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation that closes later on this line?

    Quotes are counted over at most the preceding ``_MAX_QUOTE`` characters, so
    that a long paragraph is split in linear time.
    """
    before = line[max(0, pos - _MAX_QUOTE) : pos]
    opens = before.count("“") + before.count("«")
    closes = before.count("”") + before.count("»")
    plain = before.count('"')
    if opens > closes:
        rest = line[pos : pos + _MAX_QUOTE]
        return any(q in rest for q in "”»")
    if plain % 2 == 1:
        return '"' in line[pos + 1 : pos + _MAX_QUOTE]
    return False


# (compiled once: called at every full stop of every text)
_LAST_WORD_RE = re.compile(r"(\w+)$")


def _abbreviation(line: str, dot: int) -> bool:
    m = _LAST_WORD_RE.search(line[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and not word.isdigit())


# Text copied from print or from a mail is wrapped at a fixed width: its lines
# break inside sentences ("قتلت قوات الأمن\n5 من رجال المقاومة"). Such a page has
# many long lines that end without a stop and run straight on into the next.
_WRAP_MIN_LINE = 40
_WRAP_MIN_LINES = 4
_WRAP_MAX_WIDTH = 130  # a page's paragraphs written without stops run longer, and unevenly
_LINE_END_RE = re.compile(r"[.!?؟:;؛\"'”’»)\]&…]\s*$")
_QUOTE_END_RE = re.compile(r"[\"”»]\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦*>\-–—]|\d{1,2}:\d{2}|\d{1,2}\s*[-.)/])")
_STOP_RE = re.compile(r"[.!?؟]")  # (the stops _END_RE ends a sentence at)


def _hard_wrapped(lines: list[str]) -> bool:
    """Do most long lines run on into the next one without a stop, at about one width?"""
    long = [i for i, x in enumerate(lines) if len(x.strip()) >= _WRAP_MIN_LINE and not _BULLET_RE.match(x)]
    runs = [len(lines[i].strip()) for i in long if _runs_on(lines, i)]
    if len(runs) < _WRAP_MIN_LINES or 2 * len(runs) < len(long):
        return False
    width = sorted(runs)[len(runs) // 2]
    even = sum(0.75 * width <= n <= 1.25 * width for n in runs)
    # prose ends its sentences somewhere on its lines; a list of headlines never does
    stops = sum(bool(_STOP_RE.search(lines[i])) for i in long)
    return width <= _WRAP_MAX_WIDTH and 10 * even >= 7 * len(runs) and stops > 0


def _runs_on(lines: list[str], i: int) -> bool:
    return (
        not _LINE_END_RE.search(lines[i])
        and i + 1 < len(lines)
        and bool(lines[i + 1].strip())
        and not _BULLET_RE.match(lines[i + 1])
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as ``(start, end)`` original offsets; in hard-wrapped text a line
    that runs on without a stop is joined to the next."""
    lines = text.splitlines(keepends=True)
    wrapped = len(lines) > _WRAP_MIN_LINES and _hard_wrapped(lines)
    out = []
    pos = 0
    joined_from: int | None = None
    for i, line in enumerate(lines):
        s, e = _strip(text, pos, pos + len(line))
        pos += len(line)
        if e <= s:
            continue
        if joined_from is not None:
            s = joined_from
        if wrapped and (_runs_on(lines, i) or _inside_a_quotation(text[s:e], lines, i)):
            joined_from = s
            continue
        joined_from = None
        out.append((s, e))
    return out


def _inside_a_quotation(so_far: str, lines: list[str], i: int) -> bool:
    """Does a wrapped line end on a quote mark that closes a name inside a quotation still open (إن "قوة من
    عناصر داعش هاجمت نقاط مرابطة لعصائب "أهل الحق"), so that the quoted sentence runs on into the next line?"""
    if not _QUOTE_END_RE.search(lines[i]) or i + 1 >= len(lines) or not lines[i + 1].strip() or _BULLET_RE.match(lines[i + 1]):
        return False
    opens = so_far.count("“") + so_far.count("«")
    closes = so_far.count("”") + so_far.count("»")
    return so_far.count('"') % 2 == 1 or opens > closes


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` in pieces of at most ``MAX_SENTENCE`` characters, cut where a clause ends."""
    pieces = []
    while e - s > MAX_SENTENCE:
        window = text[s + MAX_SENTENCE // 2 : s + MAX_SENTENCE]
        cut = None
        for m in _SOFT_CUT_RE.finditer(window):
            cut = s + MAX_SENTENCE // 2 + m.end()
        if cut is None:
            space = window.rfind(" ")
            cut = s + MAX_SENTENCE // 2 + space + 1 if space >= 0 else s + MAX_SENTENCE
        a, b = _strip(text, s, cut)
        if b > a:
            pieces.append((a, b))
        s = cut
    a, b = _strip(text, s, e)
    if b > a:
        pieces.append((a, b))
    return pieces


def sentences(text: str) -> list[Sentence]:
    """Sentences with original offsets, in order."""
    out: list[Sentence] = []

    def add(s: int, e: int, pi: int) -> None:
        for a, b in _bounded(text, s, e):
            out.append(Sentence(a, b, len(out), pi))

    for pi, (ps, pe) in enumerate(paragraphs(text)):
        line = text[ps:pe]
        cut = 0
        for m in _END_RE.finditer(line):
            if m.group()[0] == "." and _abbreviation(line, m.start()):
                continue
            if _inside_quote(line, m.start()):
                continue
            add(ps + cut, ps + m.end(), pi)
            cut = m.end()
        add(ps + cut, pe, pi)
    return out
