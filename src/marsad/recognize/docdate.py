"""The date a news article speaks from, when its metadata does not say.

Relative times (هذا العام، الشهر الماضي، نيسان الماضي) mean nothing without
the article's own date, and scraped articles often come without one. No
library infers it from Arabic text, so the rules are ours, in this order:

1. **metadata**: a ``published`` date given by the caller wins.
2. **dateline**: a full date (day, month and year) standing on a line of
   its own in the first 15 or last 5 non-empty lines — alone (2024-05-03),
   after a place (القاهرة - 3 أيار 2024), with a weekday
   (الجمعة 3 مايو 2024), after a marker at the line's start, whatever
   follows (نُشر في …، تاريخ النشر: …، date 2025-08-28 …), after a marker and a
   colon ending a short line (كشـ24 - وكالات نشر في: 2 نوفمبر 2022), or at
   the head of a paragraph before a dash (بغداد، 3 أيار 2024 - قال …).
3. **established_year**: the year the article itself treats as "now":
   * a year written after a relative year (السنة الجارية 2015، منذ بداية
     العام الحالي 2015) names it, "since" or not;
   * a written year in the same sentence as "compared with last year"
     (يتضاعف في عام 2024 مقارنة بالعام الماضي) is the current year;
   * otherwise the latest written year (alone, or of a month-year, a full
     date or a range) that is not historical or a future target, where a year
     after "compared with" (مقارنة بعام 2023) counts as the baseline, so the
     article's year is the one after it. Historical years are those in
     "since" phrases (منذ عام 2014), after a founding or launch word within a
     few words (تأسس في، تشكيل … في أيلول عام 2014) or followed by "when"
     (في عام 2019 عندما); future targets follow بحلول، رؤية، خطة.
   The date stays unknown (``None``); only the year is set.
4. **none**: nothing above applies.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from marsad.recognize.time_lexicon import lexicon, lookup, patterns
from marsad.recognize.times import Candidate, DocDate, Ref, candidates
from marsad.text.normalize import Normalized

_HEAD_LINES = 30
_TAIL_LINES = 5
_BODY_WORDS = 15  # a line this long is the article's running text: dates after it are not the page's head
_HISTORY_WINDOW = 7  # words before a year searched for a founding word
_FULL_DATE_RULES = frozenset({"date", "iso", "dmy", "mdy", "hijri"})
_SENTENCE_END = re.compile(r"\n|[.!?;](?=\s)")
_CORRESPONDING_AFTER = re.compile(r"\s*(?:ه|هـ|م)?\s*الموافق\s")
_YEAR_MONTH = re.compile(r"\s*((?:19|20)\d\d)-(\d{1,2})(?!\d|-\d)")
# (words counted around each dated line: compiled once)
_WORD_RE = re.compile(r"\w+")
_AFTER_DATELINE = re.compile(r"\s*(?:\([^)\n]{0,40}\)\s*)?[-:|]")
# (and its time zone: "- 04:30 م بتوقيت عدن")
_CLOCK_AFTER = re.compile(
    r"^\s*[،,-]?\s*(?:الساعة\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[صم]\b|صباحا|مساء|am|pm)?(?:\s*بتوقيت\s+\S+(?:\s+\S+)?\s*$)?",
    re.IGNORECASE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _dateline(n: Normalized, cands: list[Candidate]) -> DocDate | None:
    text = n.text
    lines = _lines(text)
    order = list(enumerate(lines[:_HEAD_LINES])) + [
        (i, ln) for i, ln in enumerate(lines) if i >= max(_HEAD_LINES, len(lines) - _TAIL_LINES)
    ]
    marker = patterns().dateline_marker
    label = patterns().dateline_label
    found: list[tuple[Candidate, int, str]] = []  # (the date, its line's start, how it stands: labelled/alone/heading)
    for _i, (ls, le) in order:
        for c in cands:
            if not (ls <= c.ns and c.ne <= le) or c.relative or c.grain != "day" or c.start is None:
                continue
            if c.rule not in _FULL_DATE_RULES:
                continue
            before = text[ls : c.ns]
            # (a clock time after the date is part of the dateline: "06 يونيو 2021، 01:13 م")
            after = _CLOCK_AFTER.sub("", text[c.ne : le], count=1)
            words_before = _WORD_RE.findall(before)
            words_after = _WORD_RE.findall(after)
            alone = len(words_before) + len(words_after) <= 2
            marked = marker.match(before) is not None or (
                len(words_after) <= 2 and label.search(before) is not None
            )
            heading = len(words_before) <= 3 and _AFTER_DATELINE.match(after) is not None
            # a news agency's head: "نيامي 11 شعبان 1441 هـ الموافق 04 إبريل 2020 م واس أعلنت …" — the
            # Hijri date and the Gregorian one it corresponds to open the line, the story runs on after them
            # (the first date opens the line after at most a place and a weekday, and الموافق follows it, in
            # either calendar; not a date recalled in a lead sentence, "وكان التنظيم قد أعلن في 29 يونيو 2014
            # الموافق 1 رمضان 1435 هـ")
            # (and only at the page's head, its first three lines: a site's banner or footer may carry the
            # day in both calendars, too, and that is the day the page was touched, not the story's)
            heading = heading or (
                _i <= 2 and len(words_before) <= 3 and _CORRESPONDING_AFTER.match(text[c.ne : le]) is not None
            )
            if (alone or marked or heading) and _site_clock(text, lines, _i):
                continue  # "الجمعة 12 ابريل 2024" over "20°اسطنبول": the site's clock, not the article's day
            if before.rfind("تحديث") > max(before.rfind("نشر"), before.rfind("النشر")):
                continue  # "آخر تحديث: الأربعاء 24 أبريل 2024": when the page was touched, not the article's day
            if alone or marked or heading:
                found.append((c, ls, "labelled" if marked else "alone" if alone else "heading"))
    if found:
        # a date labelled as the publication's (تاريخ النشر:) first; else, of the dates standing alone before
        # the article's running text, the earliest — a site's banner shows the day the page was fetched, an
        # update stamp a later day ("السبت 28 ديسمبر 2024" over "بواسطة : التحرير 05-03-2017 01:48 مساءً");
        # not dates further down, a timeline's or related links'
        body = next((s0 for s0, e0 in lines if len(_WORD_RE.findall(text, s0, e0)) >= _BODY_WORDS), len(text))
        labelled = [f for f in found if f[2] == "labelled"]
        top = [f for f in found if f[2] == "alone" and f[1] < body]
        if labelled:
            c, ls, _ = labelled[0]
        elif len(top) > 1:
            c, ls, _ = min(top, key=lambda f: f[0].start or date.max)
        else:
            c, ls, _ = found[0]
        s, e = n.span(c.ns, c.ne)
        line_no = text.count("\n", 0, ls) + 1
        return DocDate(c.start, c.start.year, "dateline", f"dateline '{n.original[s:e]}' on line {line_no}")
    for _i, (ls, le) in order:
        # "date 2023-11 تعرضت القوات …": a marker and a year-month only — the year, not the day
        line = text[ls:le]
        m = marker.match(line)
        ym = _YEAR_MONTH.match(line, m.end()) if m else None
        if ym and 1 <= int(ym.group(2)) <= 12:
            line_no = text.count("\n", 0, ls) + 1
            return DocDate(None, int(ym.group(1)), "dateline", f"dateline year-month '{ym.group(0).strip()}' on line {line_no}")
    return None


def _site_clock(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A date in a page's banner: the next lines give the weather (20°اسطنبول) or the prayer times
    (مواقيت الصلاة), as a site's header does beside today's date; the article's own date comes under
    its title."""
    # (prayer times only under a banner at the page's top, not a related-links block or a footer)
    return any("°" in text[s:e] or (i <= 2 and "مواقيت الصلاه" in text[s:e]) for s, e in lines[i + 1 : i + 4])


class _Sentences:
    """Sentence bounds by position, from one scan of the text (bisect, not a rescan per year)."""

    def __init__(self, text: str) -> None:
        self.n = len(text)
        marks = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        self.starts = [s for s, _ in marks]
        self.ends = [e for _, e in marks]

    def bounds(self, pos: int) -> tuple[int, int]:
        # the last mark that ends at or before pos opens the sentence; the first mark at or after pos closes it
        i = bisect.bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i else 0
        j = bisect.bisect_left(self.starts, pos)
        return start, (self.starts[j] if j < len(self.starts) else self.n)


def _established(n: Normalized, cands: list[Candidate]) -> DocDate | None:
    text = n.text
    pt = patterns()
    lx = lexicon()
    strong: list[tuple[int, Candidate]] = []
    weak: list[tuple[int, Candidate, str]] = []
    # Sentences that compare with "last year" make their written years current.
    compare_last = []
    sentences = _Sentences(text)
    for c in cands:
        if c.rule == "relunit":
            found = lookup(lx.units, text[c.ns : c.ne])
            if found == ("year", -1) and pt.comparison_before.search(text, max(0, c.ns - 25), c.ns):
                compare_last.append(sentences.bounds(c.ns))
    for c in cands:
        if c.now is not None:
            # The text names its current year (السنة الجارية 2015، منذ بداية العام الحالي 2015).
            strong.append((c.now, c))
            continue
        # "منذ مطلع العام 2022" names its year though its end waits for a date
        # (not "منذ 2011": a war's first year is no sign of the article's)
        since_year = c.rule == "since" and c.part == "start" and c.year is not None
        if c.year is None or ((c.relative or c.start is None) and not since_year):
            continue
        ss, _ = sentences.bounds(c.ns)
        # the words just before the year (a bounded slice: a page without full stops is one long sentence)
        window = " ".join(text[max(ss, c.ns - 40 * _HISTORY_WINDOW) : c.ns].split()[-_HISTORY_WINDOW:])
        if pt.historical_before.search(window) or pt.historical_before.match(text[c.ne : c.ne + 12].lstrip()):
            continue
        if pt.future_before.search(" ".join(window.split()[-3:])):
            continue
        if any(a <= c.ns < b for a, b in compare_last):
            strong.append((c.year, c))
            continue
        if pt.comparison_before.search(" ".join(window.split()[-3:])):
            # a year compared with is last year's; a month compared with ("مقارنة بشهر آب 2022") may be
            # the month before or the same month a year before: it decides no year by itself
            if c.grain == "year":
                weak.append((c.year + 1, c, "baseline"))
            continue
        else:
            weak.append((c.year, c, ""))
    if strong:
        y, c = max(strong, key=lambda t: (t[0], t[1].ns))
        if c.now is not None:
            return DocDate(None, y, "established_year", f"{_quote(n, c)} names the current year")
        return DocDate(None, y, "established_year", f"{_quote(n, c)} stated with a comparison to last year")
    if weak:
        y, c, how = max(weak, key=lambda t: (t[0], t[1].ns))
        if how:
            return DocDate(None, y, "established_year", f"{_quote(n, c)} is a comparison baseline: year {y}")
        return DocDate(None, y, "established_year", f"latest explicit year: {_quote(n, c)}")
    return None


def _quote(n: Normalized, c: Candidate) -> str:
    s, e = n.span(c.ns, c.ne)
    line_no = n.text.count("\n", 0, c.ns) + 1
    return f"'{n.original[s:e]}' on line {line_no}"


def resolve_document_date(n: Normalized, published: date | None) -> DocDate:
    if published is not None:
        return DocDate(published, published.year, "metadata", f"published {published.isoformat()} (metadata)")
    cands = candidates(n, Ref(None, None))
    found = _dateline(n, cands) or _established(n, cands)
    if found:
        return found
    return DocDate(None, None, "none", "no metadata date, no dateline and no explicit year in the text")
