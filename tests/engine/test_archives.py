"""News archives as input: Parquet rows and WARC responses, non-Arabic pages counted, stored URLs skipped."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

from marsad.corpus import NotArabic, arabic_share, read_corpus
from marsad.model import Document, ReadError
from marsad.pipeline import run
from marsad.store import db as store

from .archives import ARTICLE, ENGLISH, page, write_warc


def test_parquet_rows_are_documents_with_the_jsonl_rules(tmp_path):
    p = tmp_path / "dump.parquet"
    table = pa.table(
        {
            "id": ["a", None, "c", "d"],
            "text": [ARTICLE, ARTICLE + " ", None, None],
            "html": [None, None, page("عنوان الخبر", ARTICLE, "2024-05-02"), None],
            "published": pa.array([date(2024, 5, 3), None, None, None], pa.date32()),
            "source": ["INA", None, "site", None],
            "url": ["https://a.example/1", None, "https://c.example/3", None],
        }
    )
    pq.write_table(table, p, row_group_size=2)
    items = list(read_corpus(p))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document", "ReadError"]
    a, b, c, d = items
    assert (a.id, a.published, a.source, a.url, a.text) == ("a", date(2024, 5, 3), "INA", "https://a.example/1", ARTICLE)
    assert b.id == "dump:2"  # no id: file and row, as a JSONL line
    assert c.published == date(2024, 5, 2) and c.published_from == "html-metadata" and "حمرين" in c.text
    assert d.code == "schema" and "row 4" in d.message


def test_parquet_files_that_cannot_be_read_are_errors(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really")
    no_text = tmp_path / "meta.parquet"
    pq.write_table(pa.table({"id": ["x"], "url": ["u"]}), no_text)
    [e1] = list(read_corpus(bad))
    [e2] = list(read_corpus(no_text))
    assert (e1.code, e2.code) == ("parquet", "schema")


def test_a_folder_reads_parquet_and_warc_beside_text(tmp_path):
    pq.write_table(pa.table({"id": ["p1"], "text": [ARTICLE]}), tmp_path / "dump.parquet")
    write_warc(tmp_path / "crawl.warc.gz", [("https://x.example/a", "text/html; charset=utf-8", page("خبر", ARTICLE), 200)])
    (tmp_path / "r.txt").write_text(ARTICLE, encoding="utf-8")
    ids = [i.id for i in read_corpus(tmp_path) if isinstance(i, Document)]
    assert ids == ["crawl:1", "p1", "r"]


def test_warc_html_responses_become_documents_and_other_records_do_not(tmp_path):
    pages = [
        ("https://news.example/1", "text/html; charset=utf-8", page("مقتل أربعة عناصر", ARTICLE, "2024-03-05"), 200),
        ("https://news.example/logo.png", "image/png", "PNG", 200),
        ("https://news.example/gone", "text/html", page("x", ARTICLE), 404),
        ("https://news.example/en", "text/html", page("Four killed", ENGLISH, lang="en"), 200),
        ("https://news.example/2", "text/html", page("اعتقال 12 مطلوباً", ARTICLE.replace("أربعة", "ستة")), 200),
    ]
    for gz in (True, False):
        p = write_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), pages, gz=gz)
        items = list(read_corpus(p))
        assert [type(i).__name__ for i in items] == ["Document", "NotArabic", "Document"]
        first, english, second = items
        assert first.id == "c:1" and first.url == "https://news.example/1"
        assert first.published == date(2024, 3, 5) and first.text.startswith("مقتل أربعة عناصر")
        assert isinstance(english, ReadError) and english.code == "not_arabic" and "news.example/en" in english.message
        assert second.id == "c:3" and "ستة" in second.text


def test_a_damaged_warc_is_an_error_not_a_crash(tmp_path):
    p = tmp_path / "broken.warc.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    [e] = list(read_corpus(p))
    assert isinstance(e, ReadError) and e.code in ("warc", "gzip", "unreadable")


def test_arabic_share_counts_letters_only():
    assert arabic_share(ARTICLE) > 0.95
    assert arabic_share(ENGLISH) == 0.0
    assert arabic_share("2024 — 12:30") == 0.0
    assert 0.4 < arabic_share("قتل أربعة in Kirkuk") < 0.7


def test_a_run_counts_pages_not_in_arabic_and_skips_urls_already_stored(tmp_path):
    crawl1 = [
        ("https://news.example/1", "text/html", page("مقتل أربعة عناصر", ARTICLE, "2024-03-05"), 200),
        ("https://news.example/en", "text/html", page("Four killed", ENGLISH, lang="en"), 200),
    ]
    # the next day's crawl: the same article again (its page changed a little), and a new one
    crawl2 = [
        ("https://news.example/1", "text/html", page("مقتل أربعة عناصر", ARTICLE + " وأضاف البيان.", "2024-03-05"), 200),
        ("https://news.example/2", "text/html", page("اعتقال مطلوبين", ARTICLE.replace("أربعة", "ستة")), 200),
    ]
    write_warc(tmp_path / "day1.warc.gz", crawl1)
    write_warc(tmp_path / "day2.warc.gz", crawl2)
    db = str(tmp_path / "m.db")
    for workers in (1, 2):
        s1 = run(tmp_path / "day1.warc.gz", db=db + str(workers), workers=workers)
        assert (s1.documents, s1.not_arabic, s1.known_urls, s1.errors) == (1, 1, 0, [])
        s2 = run(tmp_path / "day2.warc.gz", db=db + str(workers), workers=workers)
        assert (s2.documents, s2.not_arabic, s2.known_urls, s2.errors) == (1, 0, 1, [])
        engine = store.connect(db + str(workers))
        assert sorted(d.url for d in store.documents(engine).values()) == ["https://news.example/1", "https://news.example/2"]
        assert store.last_run(engine).skipped == 1
        s3 = run(tmp_path / "day1.warc.gz", db=db + str(workers), workers=workers)  # a re-run: its own page is current
        assert (s3.documents, s3.skipped, s3.known_urls, s3.not_arabic) == (0, 1, 0, 1)
    # one crawl holding a URL twice stores it once
    write_warc(tmp_path / "twice.warc", crawl1[:1] + crawl2[:1], gz=False)
    s = run(tmp_path / "twice.warc", db=str(tmp_path / "t.db"), workers=2)
    assert (s.documents, s.known_urls) == (1, 1)


def test_the_command_line_says_how_many_pages_were_not_in_arabic(tmp_path):
    from marsad.cli import app

    write_warc(tmp_path / "c.warc.gz", [
        ("https://news.example/1", "text/html", page("مقتل أربعة عناصر", ARTICLE), 200),
        ("https://news.example/en", "text/html", page("Four killed", ENGLISH, lang="en"), 200),
    ])
    r = CliRunner().invoke(app, ["extract", str(tmp_path / "c.warc.gz"), "--db", str(tmp_path / "m.db")])
    assert r.exit_code == 0, r.output
    said = " ".join(r.output.split())  # rich wraps the line at the terminal's width
    assert "1 documents extracted" in said and "1 pages not in Arabic skipped" in said


def test_not_arabic_is_visible_to_python_callers(tmp_path):
    from marsad.pipeline import extract_corpus

    write_warc(tmp_path / "c.warc.gz", [("https://news.example/en", "text/html", page("Four killed", ENGLISH, lang="en"), 200)])
    [r] = list(extract_corpus(tmp_path / "c.warc.gz"))
    assert isinstance(r.error, NotArabic)  # never a silent drop
