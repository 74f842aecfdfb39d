"""The publication date a news page's address carries (…/2017/06/01/…, …/20210825/…).

Half the real pages marsad reads give no date in their text, while most news
sites put the day in the address. htmldate (installed with trafilatura) reads
the common forms — /2017/06/01/, 2016-05-10, /2024/3/5/ — and is tried first;
what it leaves is the compact path segment of eight digits that several wires
use (Sputnik's /20210825/), accepted only as a whole segment that is a real
day between 1995 and next year, so that an article number never becomes a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from urllib.parse import unquote, urlsplit

_COMPACT = re.compile(r"(?:^|/)((?:199[5-9]|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=/|\.html?$|$)")
_EARLIEST = date(1995, 1, 1)


@cache
def _options():  # type: ignore[no-untyped-def]
    from htmldate.utils import Extractor

    latest = datetime(date.today().year + 1, 12, 31)
    return Extractor(False, latest, datetime(_EARLIEST.year, 1, 1), True, "%Y-%m-%d")


def date_from_url(url: str | None) -> date | None:
    """The day written in a page's address, or None."""
    if not url:
        return None
    from htmldate.extractors import extract_url_date

    found = extract_url_date(url, _options())
    if found:
        return date.fromisoformat(found)
    path = unquote(urlsplit(url).path)
    m = _COMPACT.search(path)
    if m is None:
        return None
    s = m.group(1)
    try:
        day = date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        return None
    return day if _EARLIEST <= day <= date(date.today().year + 1, 12, 31) else None
