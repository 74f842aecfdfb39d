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

# The words of the three drift kinds, one finding per pair of articles. They
# are kept here rather than in data/crosscheck.yaml (that file's older
# one-figure period_drift template is superseded): the entries below win.
DRIFT_WORDS: dict[str, Any] = {
    "kinds": {
        "period_drift": {"en": "Period drift", "ar": "انزياح الفترة"},
        "country_drift": {"en": "Country drift", "ar": "انزياح البلد"},
        "source_drift": {"en": "Source drift", "ar": "انزياح المصدر"},
    },
    "templates": {
        "period_drift": {
            "en": "{figures_en} in {countries_en} are given for different periods: "
            "{side_a_en} ({docs_a}); {side_b_en} ({docs_b}).",
            "ar": "الأرقام ({figures_ar}) في {countries_ar} منسوبة إلى فترات مختلفة: "
            "{side_a_ar} ({docs_a_ar})؛ {side_b_ar} ({docs_b_ar}).",
        },
        "country_drift": {
            "en": "{figures_en} for {period_en} are given for {side_a_en} ({docs_a}) and for {side_b_en} only "
            "({docs_b}): one of them likely has the wrong countries.",
            "ar": "الأرقام ({figures_ar}) عن {period_ar} وردت عن {side_a_ar} ({docs_a_ar}) وعن {side_b_ar} فقط "
            "({docs_b_ar})، وقد يكون أحدهما نسبها إلى البلد الخطأ.",
        },
        "source_drift": {
            "en": "{figures_en} in {countries_en}, {period_en}, are credited to {side_a_en} ({docs_a}) and to "
            "{side_b_en} ({docs_b}): one of them likely names the wrong body.",
            "ar": "الأرقام ({figures_ar}) في {countries_ar} عن {period_ar} نُسبت إلى {side_a_ar} ({docs_a_ar}) "
            "وإلى {side_b_ar} ({docs_b_ar})، وقد يكون أحدهما نسبها إلى الجهة الخطأ.",
        },
    },
}


@cache
def words() -> dict[str, Any]:
    data = dict(load("crosscheck.yaml"))
    for section, entries in DRIFT_WORDS.items():
        data[section] = {**(data.get(section) or {}), **entries}
    return data


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


def cross_check_lines(facts: Iterable[Any], findings: Iterable[Any]) -> list[str]:
    """The cross-check in a few lines of English: the figures two or more outlets report,
    then every finding but single-source ones with its explanation (what ``marsad
    consolidate --summary`` and ``make demo`` print). ``facts`` are stored facts."""
    facts, findings = list(facts), list(findings)
    shared = sorted(
        (f for f in facts if f.corroboration > 1),
        key=lambda f: (-f.corroboration, f.period.start if f.period else date.min, f.metric, -f.value),
    )
    single = sum(1 for f in findings if f.kind == "single_source")
    found = [f for f in findings if f.kind != "single_source"]
    lines = [f"Figures reported by two or more outlets: {len(shared)}"]
    for f in shared:
        nested = " (nested periods)" if f.period_relation == "contains" else ""
        lines.append(
            f"  {f.corroboration} outlets · {qualified(f.value, f.qualifier)} {metric_label(f.metric)}"
            f" · {countries_label(f.countries)} · {period_label(f.period)}{nested}"
            f" · stated by {', '.join(f.sources) or 'the outlets themselves'}"
        )
    lines.append(f"Findings to check: {len(found)} (besides {single} figures reported by one outlet only)")
    lines.extend(f"  {kind_label(f.kind)}: {f.explanation}" for f in found)
    return lines
