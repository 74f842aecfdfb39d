"""A page's publication date from its address, when the input gives none."""

from __future__ import annotations

import json
from datetime import date

import pytest

from marsad.corpus import read_corpus
from marsad.urldate import date_from_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example-news.com/2017/06/01/army-statement", date(2017, 6, 1)),
        ("https://www.example-news.com/politics/news/2016-05-10-1.897799", date(2016, 5, 10)),
        ("https://www.example-news.com/news/2024/3/5/strike", date(2024, 3, 5)),
        ("https://arabic.example-wire.com/20210825/1050066.html", date(2021, 8, 25)),
        ("http://www.example-radio.dz/news/ar/article/20160804/85145.html", date(2016, 8, 4)),
    ],
)
def test_a_day_written_in_the_address_is_read(url, day):
    assert date_from_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-news.com/article/89493/",  # an article number
        "https://www.example-news.com/a/20171301/x",  # no month 13
        "https://www.example-news.com/a/19800101/x",  # before news sites
        "https://www.example-news.com/a/x20210825/",  # digits inside a segment
        "",
        None,
    ],
)
def test_numbers_that_are_not_a_day_give_no_date(url):
    assert date_from_url(url) is None


def test_a_raw_page_with_no_date_in_its_markup_takes_its_address_day(tmp_path):
    page = "<html><body><article><p>قتل الجيش 3 مسلحين من تنظيم داعش في هجوم على قرية قرب الحدود.</p></article></body></html>"
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "raw", "html": page, "url": "https://x.example.com/2019/02/11/a"},
        {"id": "given", "html": page, "url": "https://x.example.com/2019/02/11/b", "published": "2019-02-12"},
        {"id": "no-day", "html": page, "url": "https://x.example.com/article/77/"},
        # a text row: its producer said what is known in `published`, and said nothing
        {"id": "text", "text": "قتل 3 مسلحين", "url": "https://x.example.com/2019/02/11/c"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = {d.id: d for d in read_corpus(path)}
    assert (docs["raw"].published, docs["raw"].published_from) == (date(2019, 2, 11), "url")
    assert (docs["given"].published, docs["given"].published_from) == (date(2019, 2, 12), "input")
    assert (docs["no-day"].published, docs["no-day"].published_from) == (None, None)
    assert (docs["text"].published, docs["text"].published_from) == (None, None)
