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


def test_the_reader_dates_an_undated_document_by_its_address_and_says_so(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": "قتل 3 مسلحين", "url": "https://x.example.com/2019/02/11/a"},
        {"id": "b", "text": "قتل 3 مسلحين", "url": "https://x.example.com/2019/02/11/b", "published": "2019-02-12"},
        {"id": "c", "text": "قتل 3 مسلحين", "url": "https://x.example.com/article/77/"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    docs = {d.id: d for d in read_corpus(path)}
    assert (docs["a"].published, docs["a"].published_from) == (date(2019, 2, 11), "url")
    assert (docs["b"].published, docs["b"].published_from) == (date(2019, 2, 12), "input")  # the input's own date wins
    assert (docs["c"].published, docs["c"].published_from) == (None, None)
