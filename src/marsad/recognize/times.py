"""Time expressions in Arabic news, resolved to inclusive intervals of days.

Written in-house because the available parsers do not read Arabic news:
dateparser's Arabic locale knows only the Egyptian month names (أيار comes
back as a bare year), finds nothing for ranges with a shared month
(من 2 إلى 3 يناير), halves, quarters or "<month> الماضي", and reads counts
such as 2500 مقاتل as years; Duckling needs a Haskell service. Neither keeps
spans on text that was normalised.

How it works: the compiled patterns of ``time_lexicon`` run once each over
the normalised text and propose candidates; the longest non-overlapping
candidates win; "منذ/من X وحتى (نهاية) Y" joins two candidates into one
interval; "منذ" (since, also across an event: منذ سقوط النظام في 8 من الشهر
الجاري) and a part word (مطلع، نهاية) right before a candidate extend it, and "حتى نهاية <month>" with no start is a tally from
1 January of the month's year. Each candidate resolves against a reference:

* ``published`` (a full date): everything resolves. A month or day without a
  year is the latest such one not after the reference (news reports the
  past); "<month> الماضي" is the latest such month strictly before the
  reference's month; "<weekday> الماضي" the latest such day strictly before
  the reference; a bare weekday the latest on or before it.
* only ``year``: what a year allows resolves (هذا العام، العام الماضي، النصف
  الأول، a month without a year → that month in ``year``, "<month> الماضي" too
  but ديسمبر الماضي → December of the year before); what needs a day
  (أمس، الأسبوع الماضي، الاثنين، منذ …) keeps its span with no dates.
* neither: relative expressions keep their spans with no dates.

Weeks start on the day ``time_words.yaml`` names (Monday, as in ISO 8601).
Ranges share parts from right to left: in "من 2 إلى 3 يناير 2025" the first
day takes the month and year of the second, and the start moves a year back
when it would otherwise fall after the end (30 ديسمبر إلى 6 يناير 2025).
A four-digit number is a year only in a year context (after عام، في، منذ …,
after a month, in a numeric date) and not when a counted noun follows it; a
year in words (مطلع ألفين وأربعة عشر، عام ألفين وعشرين) likewise, and a lone
ألفين only after a year word or a part of a year.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import chain, pairwise
from operator import itemgetter

from hijridate import Gregorian, Hijri

from marsad.model import TimeExpression
from marsad.recognize.time_lexicon import (
    NUMERIC_RULES,
    Patterns,
    TimeLexicon,
    lexicon,
    lookup,
    pattern_endings,
    patterns,
    strip_clitics,
)
from marsad.text.normalize import Normalized, normalize
from marsad.text.tokens import is_one_token, tokenize

__all__ = ["DocDate", "document_date", "find_times"]


@dataclass(frozen=True, slots=True)
class Ref:
    """What the resolution may rely on: a full date, or only a year."""

    day: date | None
    year: int | None


@dataclass(slots=True)
class Candidate:
    ns: int  # offsets in the normalised text
    ne: int
    start: date | None
    end: date | None
    grain: str
    relative: bool
    rule: str
    year: int | None = None  # the year written in the expression, if any
    now: int | None = None  # the year the expression makes the current one (السنة الجارية 2015)
    part: str | None = None  # start / end: the part of a year it names (مطلع العام، نهاية 2015)


@cache
def week_start() -> int:
    """The weekday a week starts on (0 = Monday), from time_words.yaml."""
    from marsad.lexicon import load

    return int((load("time_words.yaml") or {}).get("week_start", 0)) % 7


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    y, m = divmod(idx, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _interval(y: int, m: int, d: int | None) -> tuple[date, date] | None:
    if d is not None:
        day = _day(y, m, d)
        return (day, day) if day else None
    return date(y, m, 1), _month_end(y, m)


@dataclass(slots=True)
class _Parts:
    """A date in words, as written: any of day, month, year may be missing."""

    day: int | None
    month: int | None
    year: int | None
    end: int = 0  # normalised end of the written date
    start: int | None = None  # set when the written date starts later than the match


class _Resolver:
    def __init__(self, n: Normalized, ref: Ref) -> None:
        self.text = n.text
        self.ref = ref
        self.lx: TimeLexicon = lexicon()
        self.pt: Patterns = patterns()

    # ----- helpers --------------------------------------------------------
    def _year_for(self, month: int, day: int | None) -> int | None:
        """Year of a month (and day) written without one: the latest not after the reference."""
        r = self.ref.day
        if r is None:
            return self.ref.year
        not_after = (month, day) <= (r.month, r.day) if day else month <= r.month
        return r.year if not_after else r.year - 1

    def _year_before_in_sentence(self, ns: int) -> int | None:
        """The last year written earlier in the same sentence after a year word or a word of time (عام 2022،
        في 2019، منذ 2014) — the lexicon's own year rules: not a count that looks like one ("قتل 2019 شخصاً"),
        nor a quoted post's date ("11, 2019")."""
        lo = max(0, ns - 300)
        cut = max(self.text.rfind(".", lo, ns), self.text.rfind("\n", lo, ns))
        found = [
            (m.start(), int(m.group("y")))
            for rule in ("year", "bare_year")
            for m in self.pt.rules[rule].finditer(self.text, cut + 1, ns)
        ]
        return max(found)[1] if found else None

    def _mod_year(self, month: int, mod: int) -> int | None:
        r = self.ref.day
        if r is None:
            # Only the year: "<month> الماضي" is taken in it, except December, which is
            # never past within its own year; "<month> المقبل" is known only for January.
            y = self.ref.year
            if y is None:
                return None
            if mod < 0:
                return y - 1 if month == 12 else y
            if mod > 0:
                return y + 1 if month == 1 else None
            return y
        if mod < 0:
            return r.year if month < r.month else r.year - 1
        if mod > 0:
            return r.year if month > r.month else r.year + 1
        return r.year

    def _count_follows(self, pos: int) -> bool:
        return self.pt.count_after.match(self.text, pos) is not None

    def _word_before(self, ns: int, words: list[str]) -> bool:
        before = self.text[max(0, ns - 20) : ns].split()
        if not before:
            return False
        w = before[-1]
        return w in words or (w[:1] in "وف" and w[1:] in words)

    def _parts_from(self, m: re.Match[str], s: str, start: int) -> _Parts | None:
        p = self._parts(m, s, skip_day=True)
        if p is not None:
            p.start = start
        return p

    def _parts(self, m: re.Match[str], s: str, skip_day: bool = False) -> _Parts | None:
        mon_text = m.group("m" + s)
        month = lookup(self.lx.months, mon_text)
        if month is None:
            return None
        end = m.end("m" + s)
        for g in ("m2" + s, "m3" + s):
            if m.group(g) is not None:
                end = m.end(g)
                if g.startswith("m3"):
                    close = self.text.find(")", end)
                    end = close + 1 if close >= 0 else end
        day = None
        if skip_day:
            pass
        elif m.group("d" + s):
            day = int(m.group("d" + s))
        elif m.group("dw" + s):
            if self._word_before(m.start("dw" + s), self.lx.words["ordinal_day_blockers"]):
                # النصف الثاني من نيسان: the ordinal belongs to the noun, not to the month.
                start = m.start("shr" + s) if m.group("shr" + s) else m.start("m" + s)
                return self._parts_from(m, s, start)
            day = lookup(self.lx.ordinals, m.group("dw" + s))
        if day is not None and not 1 <= day <= 31:
            return None
        year = None
        if m.group("y" + s):
            if self._count_follows(m.end("y" + s)):
                pass  # "أيار 2500 مقاتل": the number is a count
            else:
                year = int(m.group("y" + s))
                end = m.end("y" + s)
        combined = m.group("m2" + s) or m.group("m3" + s)
        key = " ".join(mon_text.split())
        if key[:1] in "وب" and key not in self.lx.months:
            key = key[1:]
        if key in self.lx.ambiguous and not (
            day or year or combined or m.group("shr" + s) or (s == "" and m.group("mod"))
        ):
            ctx = self.lx.words["year_context"]
            if not self._word_before(m.start("m" + s), ctx):
                return None
        return _Parts(day, month, year, end=end)

    # ----- rules ------------------------------------------------------------
    def date(self, m: re.Match[str]) -> Candidate | None:
        p = self._parts(m, "")
        if p is None:
            return None
        ns = m.start() if p.start is None else p.start
        # A year that turned out to be a count ends the expression at the month.
        ne = p.end if m.group("y") is not None and p.year is None else m.end()
        grain = "day" if p.day else "month"
        mod = lookup(self.lx.modifiers, m.group("mod")) if m.group("mod") else None
        if p.year is not None:
            iv = _interval(p.year, p.month, p.day)
            if iv is None:
                return None
            return Candidate(ns, ne, *iv, grain, False, "date", p.year)
        y = self._mod_year(p.month, mod) if mod is not None else self._year_for(p.month, p.day)
        if mod is None and self.ref.day is None and (local := self._year_before_in_sentence(ns)) is not None:
            # with no date of its own to go by, "الربع الأخير من العام 2022 … شهر ديسمبر" is that year's December,
            # not one of the year the article establishes elsewhere
            y = local
        if y is None:
            return Candidate(ns, ne, None, None, grain, True, "date")
        iv = _interval(y, p.month, p.day)
        if iv is None:
            return None  # an impossible day (30 شباط)
        return Candidate(ns, ne, *iv, grain, True, "date")

    def range(self, m: re.Match[str]) -> Candidate | None:
        conn = m.group("conn")
        frm = (m.group("frm") or "").strip()
        if conn == "و" and not frm.endswith("بين"):
            return None  # "3 و7 آذار" is two days, not a range
        b = self._parts(m, "b")
        if b is None or b.start is not None:
            return None
        if m.group("ma") is not None:
            a = self._parts(m, "a")
            if a is None or a.start is not None:
                return None
        else:
            d = int(m.group("dx")) if m.group("dx") else lookup(self.lx.ordinals, m.group("dwx"))
            if m.group("dwx") and self._word_before(m.start("dwx"), self.lx.words["ordinal_day_blockers"]):
                return None
            a = _Parts(d, None, None)
        if (a.day is None) != (b.day is None) and a.month is None:
            return None
        if a.month is None:
            a.month = b.month
        rel = False
        if a.year is not None and b.year is None:
            b.year = a.year
            if (b.month, b.day or 1) < (a.month, a.day or 1):
                b.year += 1
        elif b.year is not None and a.year is None:
            a.year = b.year
            if (a.month, a.day or 1) > (b.month, b.day or 1):
                a.year -= 1
        elif a.year is None:
            rel = True
            # The month decides: a range may run on a few days past the reference.
            b.year = self._year_for(b.month, None)
            if b.year is not None:
                a.year = b.year - 1 if (a.month, a.day or 1) > (b.month, b.day or 1) else b.year
        grain = "day" if a.day or b.day else "month"
        if a.year is None or b.year is None:
            return Candidate(m.start(), b.end, None, None, grain, rel, "range")
        ia, ib = _interval(a.year, a.month, a.day), _interval(b.year, b.month, b.day)
        if not ia or not ib or ia[0] > ib[1]:
            return None
        return Candidate(m.start(), b.end, ia[0], ib[1], grain, rel, "range", b.year if not rel else None)

    def year_range(self, m: re.Match[str]) -> Candidate | None:
        ya, yb = int(m.group("ya")), int(m.group("yb"))
        if not ya < yb <= ya + 200:
            return None
        frm = (m.group("frm") or "").strip()
        conn = m.group("conn")
        if conn == "و" and not (frm.endswith("بين") or "عامي" in (m.group("yw") or "")):
            return None
        if not frm and not m.group("yw") and not self._word_before(m.start(), self.lx.words["year_context"]):
            return None
        if self._count_follows(m.end()):
            return None
        return Candidate(
            m.start(), m.end(), date(ya, 1, 1), date(yb, 12, 31), "year", False, "year_range", yb
        )

    def hijri(self, m: re.Match[str]) -> Candidate | None:
        hm = lookup(self.lx.hijri, m.group("hm"))
        if hm is None:
            return None
        day = None
        if m.group("hd"):
            day = int(m.group("hd"))
        elif m.group("hdw"):
            day = lookup(self.lx.ordinals, m.group("hdw"))
        hy = int(m.group("hy")) if m.group("hy") else None
        if hy is None and m.group("hsuf") is None and not (day or m.group("hshr")):
            return None
        grain = "day" if day else "month"
        rel = hy is None
        if hy is None:
            hy = self._hijri_year_for(hm, day)
            if hy is None:
                return Candidate(m.start(), m.end(), None, None, grain, True, "hijri")
        iv = _hijri_interval(hy, hm, day)
        if iv is None:
            return None
        return Candidate(m.start(), m.end(), *iv, grain, rel, "hijri", None if rel else iv[1].year)

    def _hijri_year_for(self, hm: int, day: int | None) -> int | None:
        try:
            if self.ref.day:
                hy = Gregorian.fromdate(self.ref.day).to_hijri().year
                iv = _hijri_interval(hy, hm, day)
                return hy if iv and iv[0] <= self.ref.day else hy - 1
            if self.ref.year:
                hy = Gregorian(self.ref.year, 1, 1).to_hijri().year
                iv = _hijri_interval(hy, hm, day)
                return hy if iv and iv[0].year >= self.ref.year else hy + 1
        except (OverflowError, ValueError):
            return None
        return None

    def hijri_year(self, m: re.Match[str]) -> Candidate | None:
        hy = int(m.group("hy"))
        a, b = _hijri_interval(hy, 1, None), _hijri_interval(hy, 12, None)
        if not a or not b:
            return None
        return Candidate(m.start(), m.end(), a[0], b[1], "year", False, "hijri_year", b[1].year)

    def iso(self, m: re.Match[str]) -> Candidate | None:
        d = _day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return Candidate(m.start(), m.end(), d, d, "day", False, "iso", d.year) if d else None

    def dmy(self, m: re.Match[str]) -> Candidate | None:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if m.group("h") or 1343 <= y <= 1500:
            iv = _hijri_interval(y, mo, d)
            if not iv:
                return None
            return Candidate(m.start(), m.end(), *iv, "day", False, "dmy", iv[0].year)
        if not 1900 <= y <= 2100:
            return None
        day = _day(y, mo, d)
        if day is None and d <= 12 < mo:
            day = _day(y, d, mo)  # "12/27/2019": a site's header in the American order, unambiguous only so
        return Candidate(m.start(), m.end(), day, day, "day", False, "dmy", y) if day else None

    def mdy(self, m: re.Match[str]) -> Candidate | None:
        month = lookup(self.lx.months, m.group("m"))
        y, d = int(m.group("y")), int(m.group("d"))
        if not month or not 1900 <= y <= 2100:
            return None
        day = _day(y, month, d)
        return Candidate(m.start(), m.end(), day, day, "day", False, "mdy", y) if day else None

    def my(self, m: re.Match[str]) -> Candidate | None:
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        return Candidate(m.start(), m.end(), date(y, mo, 1), _month_end(y, mo), "month", False, "my", y)

    def year(self, m: re.Match[str]) -> Candidate | None:
        if self._count_follows(m.end("y")):
            return None
        y = int(m.group("y"))
        return Candidate(m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", False, "year", y)

    def bare_year(self, m: re.Match[str]) -> Candidate | None:
        if self._count_follows(m.end("y")):
            return None
        y = int(m.group("y"))
        return Candidate(m.start("y"), m.end(), date(y, 1, 1), date(y, 12, 31), "year", False, "bare_year", y)

    def _written_year(self, m: re.Match[str], group: str, off: int) -> int | None:
        """The year written after a relative year (العام الجاري 2015), unless it is a count.

        A publication date that disagrees with it (الجاري 2019 in an article of 2024)
        marks the number as something else: 2019 مدنيين.
        """
        if not m.group(group) or self._count_follows(m.end(group)):
            return None
        y = int(m.group(group))
        r = self.ref.day
        return y if r is None or r.year + off == y else None

    def word_year(self, m: re.Match[str]) -> Candidate | None:
        """A year in words after a time cue: مطلع ألفين وأربعة عشر، عام ألفين وعشرين."""
        words = [w[1:] if w not in self.lx.year_word_values else w for w in m.group("wy").split()]
        y = sum(self.lx.year_word_values.get(w, 0) for w in words)
        if not 1900 <= y <= 2100 or self._count_follows(m.end()):
            return None
        if len(words) == 1 and not (m.group("yw") or m.group("part")):
            return None  # a bare ألفين after في is as likely a count
        if m.group("part"):
            c = self._part_year(m.start(), m.end(), y, 1 if self._part(m) == "start" else 12, False)
            c.part = self._part(m)
            return c
        ns = m.start() if m.group("yw") else m.start("wy")
        return Candidate(ns, m.end(), date(y, 1, 1), date(y, 12, 31), "year", False, "word_year", y)

    def _part(self, m: re.Match[str]) -> str | None:
        return lookup(self.lx.parts, m.group("part"))

    def relunit(self, m: re.Match[str]) -> Candidate | None:
        found = lookup(self.lx.units, m.group("u"))
        if found is None:
            return None
        unit, off = found
        y = self._written_year(m, "uy", off) if unit == "year" else None
        if y is not None:
            c = Candidate(
                m.start(), m.end(), date(y, 1, 1), date(y, 12, 31), "year", False, "relunit_year", y
            )
            c.now = y - off
            return c
        iv = self._unit_interval(unit, off)
        c = Candidate(m.start(), m.end("u"), *(iv or (None, None)), unit, True, "relunit")
        if unit == "year" and off == 0 and iv:
            c.now = iv[0].year
        return c

    def month_day(self, m: re.Match[str]) -> Candidate | None:
        """A day of a relative month (8 من الشهر الجاري): needs the reference date."""
        found = lookup(self.lx.units, m.group("u"))
        if found is None:
            return None
        if m.group("dw"):
            if self._word_before(m.start("dw"), self.lx.words["ordinal_day_blockers"]):
                return None
            day = lookup(self.lx.ordinals, m.group("dw"))
        else:
            day = int(m.group("d"))
        if not day or not 1 <= day <= 31:
            return None
        r = self.ref.day
        if r is None:
            return Candidate(m.start(), m.end(), None, None, "day", True, "month_day")
        first = _add_months(r.replace(day=1), found[1])
        d = _day(first.year, first.month, day)
        return Candidate(m.start(), m.end(), d, d, "day", True, "month_day") if d else None

    def _unit_interval(self, unit: str, off: int) -> tuple[date, date] | None:
        r = self.ref.day
        if unit == "year":
            y = r.year if r else self.ref.year
            return (date(y + off, 1, 1), date(y + off, 12, 31)) if y else None
        if r is None:
            return None
        if unit == "week":
            start = r - timedelta(days=(r.weekday() - week_start()) % 7) + timedelta(days=7 * off)
            return start, start + timedelta(days=6)
        first = _add_months(r.replace(day=1), off)
        return first, _month_end(first.year, first.month)

    def dayrel(self, m: re.Match[str]) -> Candidate | None:
        off = lookup(self.lx.day_offsets, m.group("r"))
        if off is None:
            return None
        w = self.lx.words
        if (
            off == 0
            and not m.group("wd")
            and (
                _DEFINITE_WORD_AFTER.match(self.text, m.end())
                or self._word_before(m.start(), w["today_blockers_before"])
            )
        ):
            return None
        r = self.ref.day
        d = r + timedelta(days=off) if r else None
        wd = lookup(self.lx.weekdays, m.group("wd")) if m.group("wd") else None
        if d is not None and wd is not None and d.weekday() != wd and 0 < (d.weekday() - wd) % 7 <= 2:
            # "اليوم الأربعاء" on a page dated Thursday: the weekday names the day, the page came out
            # a day or two after it (a wire's night, a site's lag)
            d -= timedelta(days=(d.weekday() - wd) % 7)
        return Candidate(m.start(), m.end(), d, d, "day", True, "dayrel")

    def weekday(self, m: re.Match[str]) -> Candidate | None:
        wd = lookup(self.lx.weekdays, m.group("wd"))
        if wd is None:
            return None
        mod = lookup(self.lx.modifiers, m.group("mod")) if m.group("mod") else None
        w = self.lx.words
        if (
            wd == 0
            and not (m.group("lead") or m.group("mod"))
            and (
                self._word_before(m.start(), w["monday_blockers_before"])
                or (self.text[m.end() :].split()[:1] or [""])[0] in w["monday_blockers_after"]
            )
        ):
            return None
        r = self.ref.day
        if r is None:
            return Candidate(m.start(), m.end(), None, None, "day", True, "weekday")
        back = (r.weekday() - wd) % 7
        if mod is not None and mod < 0:
            back = back or 7
            d = r - timedelta(days=back)
        elif mod is not None and mod > 0:
            d = r + timedelta(days=(wd - r.weekday()) % 7 or 7)
        else:
            d = r - timedelta(days=back)
        return Candidate(m.start(), m.end(), d, d, "day", True, "weekday")

    def _yspec_year(self, m: re.Match[str]) -> tuple[int | None, bool]:
        if m.group("ysy"):
            return int(m.group("ysy")), False
        off = 0
        if m.group("ysrel"):
            found = lookup(self.lx.units, m.group("ysrel"))
            off = found[1] if found else 0
            # "الأشهر الستة الأولى من العام الحالي 2015": the year written after the relative one names it
            written = self._written_year(m, "ysry", off)
            if written is not None:
                return written, False
        y = self.ref.day.year if self.ref.day else self.ref.year
        return (y + off if y else None), True

    def _months_of_year(self, m: re.Match[str], first: int, last: int, grain: str, rule: str) -> Candidate:
        y, rel = self._yspec_year(m)
        if y is None:
            return Candidate(m.start(), m.end(), None, None, grain, rel, rule)
        return Candidate(
            m.start(), m.end(), date(y, first, 1), _month_end(y, last), grain, rel, rule, None if rel else y
        )

    def half(self, m: re.Match[str]) -> Candidate | None:
        h = lookup(self.lx.halves, m.group("h"))
        return self._months_of_year(m, 6 * h - 5, 6 * h, "half", "half") if h else None

    def quarter(self, m: re.Match[str]) -> Candidate | None:
        q = lookup(self.lx.quarters, m.group("q"))
        return self._months_of_year(m, 3 * q - 2, 3 * q, "quarter", "quarter") if q else None

    def first_months(self, m: re.Match[str]) -> Candidate | None:
        raw = m.group("n1") or m.group("n2") or m.group("n3")
        n = int(raw) if raw.isdigit() else lookup(self.lx.numbers, raw)
        if not n or not 1 <= n <= 12:
            return None
        grain = {3: "quarter", 6: "half", 12: "year"}.get(n, "month")
        return self._months_of_year(m, 1, n, grain, "first_months")

    def part_year(self, m: re.Match[str]) -> Candidate | None:
        c = self._part_year_of(m)
        if c is not None:
            c.part = lookup(self.lx.parts, m.group("part"))
        return c

    def _part_year_of(self, m: re.Match[str]) -> Candidate | None:
        part = lookup(self.lx.parts, m.group("part"))
        month = 1 if part == "start" else 12
        if m.group("y"):
            y = int(m.group("y"))
            if self._count_follows(m.end("y")):
                return None
        else:
            off = 0
            if m.group("rel"):
                found = lookup(self.lx.units, m.group("rel"))
                off = found[1] if found else 0
            written = self._written_year(m, "ry", off) if m.group("rel") else None
            if written is not None:
                c = self._part_year(m.start(), m.end(), written, month, False)
                c.now = written - off
                return c
            base = self.ref.day.year if self.ref.day else self.ref.year
            y = base + off if base else None
            ne = m.end("rel") if m.group("rel") else m.end()
            if y is None:
                return Candidate(m.start(), ne, None, None, "month", True, "part_year")
            c = self._part_year(m.start(), ne, y, month, True)
            if off == 0:
                c.now = y
            return c
        return self._part_year(m.start(), m.end(), y, month, False)

    @staticmethod
    def _part_year(ns: int, ne: int, y: int, month: int, rel: bool) -> Candidate:
        return Candidate(
            ns, ne, date(y, month, 1), _month_end(y, month), "month", rel, "part_year", None if rel else y
        )

    def _count(self, raw: str | None) -> int | None:
        if raw is None:
            return None
        return int(raw) if raw.isdigit() else lookup(self.lx.numbers, raw)

    def ago(self, m: re.Match[str]) -> Candidate | None:
        if m.group("u"):
            days = lookup(self.lx.ago_units, m.group("u"))
        else:
            n, unit = self._count(m.group("n")), lookup(self.lx.ago_plural, m.group("pu"))
            days = n * unit if n and unit else None
        if not days:
            return None
        r = self.ref.day
        d = r - timedelta(days=days) if r else None
        return Candidate(m.start(), m.end(), d, d, "day", True, "ago")

    def last(self, m: re.Match[str]) -> Candidate | None:
        if m.group("u3"):
            unit, n = lookup(self.lx.last_duals, m.group("u3")), 2
        elif m.group("u5"):
            unit, n = lookup(self.lx.within_singles, m.group("u5")), 1
        elif m.group("u6"):
            unit, n = lookup(self.lx.duration_duals, m.group("u6")), 2
        else:
            unit = lookup(self.lx.last_units, m.group("u1") or m.group("u2") or m.group("u4"))
            n = self._count(m.group("n1") or m.group("n2") or m.group("n4"))
        if not unit or not n:
            return None
        grain = {"hour": "day"}.get(unit, unit)
        r = self.ref.day
        if unit == "year":
            # Years are calendar years: العامين المنصرمين in 2024 are 2022 and 2023.
            y = r.year if r else self.ref.year
            if y is None:
                return Candidate(m.start(), m.end(), None, None, grain, True, "last")
            return Candidate(m.start(), m.end(), date(y - n, 1, 1), date(y - 1, 12, 31), grain, True, "last")
        if r is None:
            return Candidate(m.start(), m.end(), None, None, grain, True, "last")
        if unit == "hour":
            start = r - timedelta(days=math.ceil(n / 24))
        elif unit == "day":
            start = r - timedelta(days=n)
        elif unit == "week":
            start = r - timedelta(days=7 * n)
        else:
            start = _add_months(r, -n)
        return Candidate(m.start(), m.end(), start, r, grain, True, "last")


def _hijri_interval(hy: int, hm: int, day: int | None) -> tuple[date, date] | None:
    try:
        first = Hijri(hy, hm, 1)
        if day is not None:
            if not 1 <= day <= first.month_length():
                return None
            d = Hijri(hy, hm, day).to_gregorian()
            return date(d.year, d.month, d.day), date(d.year, d.month, d.day)
        a = first.to_gregorian()
        b = Hijri(hy, hm, first.month_length()).to_gregorian()
        return date(a.year, a.month, a.day), date(b.year, b.month, b.day)
    except (OverflowError, ValueError):
        return None


_RULES = (
    "range",
    "year_range",
    "date",
    "hijri",
    "hijri_year",
    "iso",
    "dmy",
    "mdy",
    "my",
    "year",
    "bare_year",
    "word_year",
    "relunit",
    "month_day",
    "dayrel",
    "weekday",
    "half",
    "quarter",
    "first_months",
    "part_year",
    "ago",
    "last",
)
_NO_SINCE = frozenset({"ago", "last"})


_WORD = re.compile(r"\w+")
# (no digit before it, looked at after the first two: a pattern that opens on a lookbehind is tried at
# every position of the text, one that opens on its literals lets the engine skip to the next 1 or 2)
# a definite word after a day word (اليوم الأول): compiled once, and matched in place rather than on a copy of
# the rest of the text
_DEFINITE_WORD_AFTER = re.compile(r"\s+ال\w+")
_YEARISH = re.compile(r"(?:19|20|13|14)(?<![0-9]..)[0-9]{2}(?![0-9])")
_SPACE = re.compile(r"\s")


@cache
def _trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The rules' trigger words that can stand as a whole word (``\\w+``): those that are always one token
    of ``tokenize`` where they do, and the few others."""
    words = {w for ws in patterns().triggers.values() for w in ws if _WORD.fullmatch(w)}
    one_token = frozenset(filter(is_one_token, words))
    return one_token, frozenset(words - one_token)


def _trigger_words_in(text: str) -> set[str]:
    """The trigger words that stand as a whole word in ``text`` (``set(_WORD.findall(text))``, as far as
    any rule's triggers go).

    A word standing alone is one of the text's tokens (cached for the recognisers): the few trigger words
    among them are checked where they stand, rather than every word of the text gathered by a regex.
    """
    one_token, others = _trigger_words()
    found = one_token.intersection(map(itemgetter(0), tokenize(text)))
    return {w for w in chain(found, others) if _alone(w).search(text)}


@lru_cache(maxsize=4096)
def _alone(word: str) -> re.Pattern[str]:
    """``word`` with no word character on either side; the lookbehind after the word, so that the engine
    looks for the word itself, not at every position."""
    return re.compile(rf"{re.escape(word)}(?<!\w.{{{len(word)}}})(?!\w)")


def _occurrences(text: str, token: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(token)
    n = len(token)
    while i >= 0:
        j = i + n
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append((i, j))
        i = text.find(token, j)
    return out


# A connector close before the month that ends a range (إلى 6 يناير، و7 آذار، - 6 يناير).
_RANGE_GATE = re.compile(r"-|الي|حتي|لغايه|(?<!\w)و\s*[0-9]|و$")
_DATE_SEPARATORS = "/.-"


def _numeric_spots(name: str, text: str, years: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Year-like numbers that could take part in the numeric rule ``name``."""
    if name in ("iso", "dmy", "my"):
        return [
            (a, b)
            for a, b in years
            if (a and text[a - 1] in _DATE_SEPARATORS) or text[b : b + 1] in _DATE_SEPARATORS
        ]
    if name == "hijri_year":
        return [(a, b) for a, b in years if text[a + 1] in "34"]
    if name == "year_range":
        # Two years close together: 2014-2017، بين عامي 2014 و2017.
        return [(a, d) for (a, b), (c, d) in pairwise(years) if c - b <= 16]
    return years


# Rules whose patterns are costly to try at every position: they are tried
# only at the word starts shortly before each trigger (a month name).
_ANCHORED = frozenset({"date", "range"})
_WORD_START = re.compile(r"(?<!\w)\w")


def _anchored(
    rx: re.Pattern[str], text: str, spots: list[tuple[int, int]], back: int, fwd: int
) -> list[re.Match[str]]:
    """The earliest-starting match that covers each trigger, one per trigger."""
    out: list[re.Match[str]] = []
    covered = -1
    for a, b in spots:
        if a < covered:
            continue
        sp = _SPACE.search(text, min(len(text), b + fwd))
        limit = sp.start() if sp else len(text)
        for w in _WORD_START.finditer(text, max(0, a - back, covered), a + 1):
            m = rx.match(text, w.start(), limit)
            if m and m.end() > a:
                out.append(m)
                covered = m.end()
                break
    return out


@lru_cache(maxsize=32)
def _scan(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every rule's matches in ``text``, each rule run only in windows around its triggers."""
    pt = patterns()
    present = _trigger_words_in(text)
    years = [(m.start(), m.end()) for m in _YEARISH.finditer(text)]
    size = len(text)
    out: list[tuple[str, re.Match[str]]] = []
    found: dict[str, list[tuple[int, int]]] = {}  # (rules share their triggers, month names: each looked for once)
    for name in _RULES:
        if name in NUMERIC_RULES:
            spots = _numeric_spots(name, text, years)
        else:
            hits = present.intersection(pt.triggers[name])
            spots = [
                occ for tok in hits for occ in (found[tok] if tok in found else found.setdefault(tok, _occurrences(text, tok)))
            ]
            if name == "range":
                # A range needs a connector before its last month.
                spots = [(a, b) for a, b in spots if _RANGE_GATE.search(text[max(0, a - 28) : a + 1])]
        if not spots:
            continue
        back, fwd = pt.margins[name]
        spots.sort()
        windows: list[list[int]] = []
        for a, b in spots:
            ws, we = max(0, a - back), min(size, b + fwd)
            if windows and ws <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], we)
            else:
                windows.append([ws, we])
        rx = pt.rules[name]
        if name in _ANCHORED:
            out.extend((name, m) for m in _anchored(rx, text, spots, back, fwd))
            continue
        for ws, we in windows:
            # End the window at a space so that a word end (?!\w) is a real one.
            sp = _SPACE.search(text, we)
            for m in rx.finditer(text, ws, sp.start() if sp else size):
                out.append((name, m))
    return tuple(out)


_last_resolved: tuple[str, Ref, list[Candidate]] | None = None


def candidates(n: Normalized, ref: Ref) -> list[Candidate]:
    """Resolved candidates over normalised text: longest first, non-overlapping, in text order.

    A document whose date nothing tells (no metadata, dateline or year) asks twice with the same empty
    reference, for its date and for its times: the last answer is kept (a copy of the list is handed out;
    nobody changes a candidate once resolved).
    """
    global _last_resolved
    last = _last_resolved
    if last is not None and last[0] == n.text and last[1] == ref:
        return list(last[2])
    taken = _resolved(n, ref)
    _last_resolved = (n.text, ref, taken)
    return list(taken)


def _resolved(n: Normalized, ref: Ref) -> list[Candidate]:
    res = _Resolver(n, ref)
    found: list[Candidate] = []
    for name, m in _scan(n.text):
        c = getattr(res, name)(m)
        if c is not None and c.ne > c.ns:
            found.append(c)
    found.sort(key=lambda c: (c.ns - c.ne, c.ns))
    taken: list[Candidate] = []
    used = bytearray(len(n.text) + 1)
    for c in found:
        if used.find(1, c.ns, c.ne) < 0:
            taken.append(c)
            used[c.ns : c.ne] = b"\x01" * (c.ne - c.ns)
    taken.sort(key=lambda c: c.ns)
    taken = _join(res, taken)
    for c in taken:
        _extend(res, c)
    _this_one(res, taken)
    return taken


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _this_one(res: _Resolver, taken: list[Candidate]) -> None:
    """"شهد شهر أكتوبر تراجعاً … حيث سجل هذا الشهر 70 عملية": a demonstrative unit (هذا الشهر،
    هذا العام) after a month or year named earlier in its sentence is that one, not the reference's."""
    words = res.lx.words["this_demonstratives"]
    for i, c in enumerate(taken):
        if c.rule != "relunit" or c.grain not in ("month", "year"):
            continue
        first = res.text[c.ns : c.ne].split(maxsplit=1)[0] if c.ne > c.ns else ""
        if strip_clitics(first) not in words and first not in words:
            continue
        for b in reversed(taken[:i]):
            if _SENTENCE_END.search(res.text, b.ne, c.ns) or c.ns - b.ne > 150:
                break
            if b.grain == c.grain and b.rule != "relunit" and b.start is not None:
                c.start, c.end, c.relative, c.year = b.start, b.end, b.relative, b.year
                break


def _join(res: _Resolver, taken: list[Candidate]) -> list[Candidate]:
    """Join "منذ/من X وحتى (نهاية) Y" into one interval from X to the end of Y."""
    out: list[Candidate] = []
    i = 0
    while i < len(taken):
        joined = (_joined(res, taken[i], taken[i + 1]) or _paired_months(res, taken[i], taken[i + 1])) if i + 1 < len(taken) else None
        out.append(joined or taken[i])
        i += 2 if joined else 1
    return out


def _joined(res: _Resolver, a: Candidate, b: Candidate) -> Candidate | None:
    text, pt = res.text, res.pt
    if a.rule in _NO_SINCE or b.rule == "ago" or b.ns - a.ne > 30:
        return None
    gap = pt.span_gap.match(text, a.ne, b.ns)
    if gap is None or (gap.group("part") and lookup(res.lx.parts, gap.group("part")) != "end"):
        return None
    frm = pt.span_from_before.search(text, max(0, a.ns - 30), a.ns)
    if frm is None:
        return None
    start = a.start
    if frm.group("part") and lookup(res.lx.parts, frm.group("part")) == "end" and a.end is not None:
        start = a.end.replace(day=1)
    end, grain = b.end, a.grain
    # (with no date known, "منذ مطلع العام وحتى أمس" ends on a day nobody knows: no period)
    if start is None or end is None:
        start = end = None
    elif start > end:
        return None
    rel = a.relative or b.relative
    return Candidate(frm.start(), b.ne, start, end, grain, rel, "join", None if rel else b.year)


def _paired_months(res: _Resolver, a: Candidate, b: Candidate) -> Candidate | None:
    """"خلال شهري يناير وفبراير 2023": two months in a row joined by و are one period."""
    if a.grain != "month" or b.grain != "month" or a.end is None or b.start is None or b.end is None or a.start is None:
        return None
    if a.part or b.part or a.rule in _NO_SINCE:
        return None
    gap = res.text[a.ne : b.ns].strip()
    if not (gap == "و" or (gap == "" and res.text[b.ns : b.ns + 1] == "و")):
        return None
    if (b.start - a.end).days != 1:
        return None  # يناير ومارس: two months apart, not one stretch
    return Candidate(a.ns, b.ne, a.start, b.end, "month", a.relative or b.relative, "join", b.year)


def _extend(res: _Resolver, c: Candidate) -> None:
    """Apply "منذ" (since) and a part word (مطلع، نهاية) written right before ``c``."""
    lo = max(0, c.ns - 30)
    if c.rule == "join" or _starting(res, c):
        return
    if c.rule not in _NO_SINCE:
        m = _before(res, "since_before", lo, c.ns) or _before(res, "since_event_before", max(0, c.ns - 80), c.ns)
        if m:
            c.ns = m.start()
            c.relative = True
            c.rule = "since"
            part = lookup(res.lx.parts, m.group("part")) if m.groupdict().get("part") else None
            if part == "end" and c.end is not None:
                c.start = c.end.replace(day=1)
            if res.ref.day is None or c.start is None or c.start > res.ref.day:
                c.start = c.end = None
            else:
                c.end = res.ref.day
            return
    if _until(res, c, lo):
        return
    if c.grain in ("month", "day") and c.rule == "date":
        m = _before(res, "part_before", lo, c.ns)
        if m:
            c.ns = m.start()


def _before(res: _Resolver, name: str, lo: int, hi: int) -> re.Match[str] | None:
    """``res.pt.<name>.search(res.text, lo, hi)`` for a pattern that ends its stretch on one of a few words
    and holds one of a few others (time_lexicon.pattern_endings): None at once when the stretch does not."""
    ends, needs = pattern_endings()[name]
    stretch = res.text[lo:hi]
    if not stretch.rstrip().endswith(ends) or (needs and not any(word in stretch for word in needs)):
        return None
    rx: re.Pattern[str] = getattr(res.pt, name)
    return rx.search(res.text, lo, hi)


def _starting(res: _Resolver, c: Candidate) -> bool:
    """N units starting at ``c`` (خلال 15 شهرا ابتداء من آذار 2023), its own unit included."""
    if c.rule in _NO_SINCE:
        return False
    m = _before(res, "starting_before", max(0, c.ns - 60), c.ns)
    if m is None:
        return False
    if m.group("u2"):
        unit, n = lookup(res.lx.duration_duals, m.group("u2")), 2
    else:
        unit, n = lookup(res.lx.duration_units, m.group("u")), res._count(m.group("n"))
    if not unit or not n:
        return False
    c.ns = m.start()
    c.grain = unit
    c.rule = "starting"
    if c.start is None:
        c.end = None
    elif unit == "day":
        c.end = c.start + timedelta(days=n - 1)
    elif unit == "week":
        c.end = c.start + timedelta(days=7 * n - 1)
    else:
        c.end = _add_months(c.start, n * (12 if unit == "year" else 1)) - timedelta(days=1)
    return True


def _until(res: _Resolver, c: Candidate, lo: int) -> bool:
    """A month's end after "حتى" with no start (حتى نهاية سبتمبر): a tally from 1 January."""
    if c.rule == "part_year":
        ends = c.part == "end"
    else:
        ends = (c.rule == "date" and c.grain == "month") or (c.rule == "relunit" and c.grain == "month")
    if not ends:
        return False
    m = _before(res, "until_before", lo, c.ns)
    if m is None:
        return False
    if c.rule != "part_year" and lookup(res.lx.parts, m.group("part") or "") != "end":
        return False
    if c.rule == "part_year" and m.group("part"):
        return False
    r = res.ref.day
    if r is not None and c.end is not None:
        if c.end > r:
            return False  # a deadline ahead (حتى نهاية الشهر الجاري، أيلول المقبل), not a tally
        if c.rule == "date" and c.relative and c.end.year < r.year:
            return False  # حتى نهاية حزيران in March: the coming June, not last year's
    c.ns = m.start()
    if c.rule == "part_year":
        c.grain = "year"
    c.rule = "until"
    if c.end is not None:
        c.start = date(c.end.year, 1, 1)
    return True


def find_times(
    text: str | Normalized, published: date | None = None, year: int | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text`` with its interval, in text order.

    ``published`` is the reference date; without it, ``year`` (the year the
    article establishes) resolves what a year allows. Spans are offsets into
    the original text.
    """
    n = text if isinstance(text, Normalized) else normalize(text)
    ref = Ref(published, published.year if published else year)
    out = []
    for c in candidates(n, ref):
        s, e = n.span(c.ns, c.ne)
        out.append(TimeExpression(n.original[s:e], s, e, c.start, c.end, c.grain, c.relative))
    return out


@dataclass(frozen=True, slots=True)
class DocDate:
    """The reference a document's relative times resolve against, and where it came from."""

    date: date | None
    year: int | None
    basis: str  # metadata | dateline | established_year | none
    reason: str  # human-readable, e.g. "dateline '2024-05-03' on line 5"


def document_date(text: str | Normalized, published: date | None = None) -> DocDate:
    """The document's own date: metadata, else its dateline, else the year it establishes.

    The rules are described in ``marsad.recognize.docdate``.
    """
    from marsad.recognize.docdate import resolve_document_date

    return resolve_document_date(text if isinstance(text, Normalized) else normalize(text), published)
