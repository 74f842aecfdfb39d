"""Plain-language labels for periods, countries and metrics, in English and Arabic.

A reader checks a finding against the articles, which name periods the way
people do ("the first half of 2024", "أيار/مايو 2023"), so a resolved
interval is turned back into such a name whenever it is one. The words
live in ``data/crosscheck.yaml`` and ``data/country_centroids.yaml``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from marsad.lexicon import load
from marsad.model import Period


@cache
def words() -> dict[str, Any]:
    return load("crosscheck.yaml")


@cache
def countries_table() -> dict[str, dict[str, Any]]:
    return load("country_centroids.yaml")


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def period_label(p: Period | None, lang: str = "en") -> str:
    t = words()["periods"][lang]
    if p is None:
        return t["none"]
    s, e = p.start, p.end
    if s == e:
        return t["day"].format(date=s.isoformat())
    if s.day == 1 and e.day == _last_day(e.year, e.month) and s.year == e.year:
        if s.month == 1 and e.month == 12:
            return t["year"].format(year=s.year)
        if s.month == 1 and e.month == 6:
            return t["half1"].format(year=s.year)
        if s.month == 7 and e.month == 12:
            return t["half2"].format(year=s.year)
        if s.month in (1, 4, 7, 10) and e.month == s.month + 2:
            return t["quarter"].format(q=(s.month + 2) // 3, year=s.year)
        if s.month == e.month:
            month = words()[f"months_{lang}"][s.month - 1]
            return t["month"].format(month=month, year=s.year)
    return t["range"].format(start=s.isoformat(), end=e.isoformat())


def country_name(code: str, lang: str = "en") -> str:
    row = countries_table().get(code)
    if not row:
        return code
    return row["name_ar"] if lang == "ar" else row["name"]


def join(items: Iterable[str], lang: str = "en") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    sep = words()["joiners"][lang]
    return (
        "، ".join(items[:-1]) + sep + items[-1] if lang == "ar" else ", ".join(items[:-1]) + sep + items[-1]
    )


def countries_label(codes: Iterable[str], lang: str = "en") -> str:
    codes = sorted(codes)
    if not codes:
        return words()["no_country"][lang]
    return join((country_name(c, lang) for c in codes), lang)


def metric_label(metric: str, lang: str = "en") -> str:
    return words()["metrics"].get(metric, {}).get(lang, metric)


def metric_noun_ar(metric: str) -> str:
    return words()["metric_nouns_ar"].get(metric, metric)


def kind_label(kind: str, lang: str = "en") -> str:
    return words()["kinds"].get(kind, {}).get(lang, kind)


def template(name: str, lang: str) -> str:
    return words()["templates"][name][lang]


def source_label(source: str | None, lang: str = "en") -> str:
    return source or words()["own_voice"][lang]


def ltr(s: str) -> str:
    """``s`` as a left-to-right isolate (LRI … PDI): ids and Latin names inside Arabic text."""
    return f"\u2066{s}\u2069"


def qualified(value: int, qualifier: str, lang: str = "en") -> str:
    """A figure as the article qualified it: "about 2500", "ما لا يزيد على 5000"."""
    return words()["qualifiers"][lang].get(qualifier, "") + str(value)


def when(p: Period | None, published: date | None, lang: str = "en") -> str:
    """A figure's time as a phrase: its period, or the date an undated estimate was published."""
    t = words()["when"][lang]
    if p is not None:
        return t["period"].format(period=period_label(p, lang))
    return t["as_of"].format(date=published.isoformat()) if published else t["none"]
