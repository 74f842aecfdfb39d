"""Hostile and broken inputs: each becomes that document's error, and the batch goes on.

Every reproduction of the hardening audit (issue 11) is a case here; the
inputs are generated, no binary fixture is needed.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import marsad
from marsad.corpus import read_corpus
from marsad.model import Document, ReadError
from marsad.text.segment import MAX_SENTENCE, sentences

REPORT = "قتل 3 عناصر من داعش في كركوك أمس"


def read(path: Path) -> list[Document | ReadError]:
    return list(read_corpus(path))


def marsad_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marsad.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


# --- numbers that are not counts -------------------------------------------------


@pytest.mark.parametrize("digits", ["9223372036854775808", "9" * 400, "1" * 5000])
def test_a_count_too_large_to_be_one_is_no_claim_and_no_crash(digits):
    assert marsad.extract(f"قتل {digits} عنصرا من داعش في كركوك") == []
    parsed = marsad.parse(f"قتل {digits} عنصرا من داعش في كركوك")
    assert [q["kind"] for q in parsed["quantities"]] == ["oversized"]
    json.dumps(parsed)  # no infinity, nothing unserialisable


def test_digits_under_a_bidi_override_are_not_read_as_a_count():
    # "\u202e03\u202c" displays as 30 and reads as 03: neither is trusted
    assert marsad.extract("قتل \u202e03\u202c عنصرا من داعش في كركوك") == []
    # ordinary direction marks around a number change nothing
    [c] = marsad.extract("قتل \u200f30\u200f عنصرا من داعش في كركوك")
    assert c.value == 30


# --- JSONL lines -------------------------------------------------------------------


def test_a_jsonl_line_with_html_is_read(tmp_path):
    p = tmp_path / "c.jsonl"
    html = f"<html><body><article><p>{REPORT}</p></article></body></html>"
    p.write_text(json.dumps({"id": "h1", "html": html}, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = read(p)
    assert isinstance(doc, Document) and doc.id == "h1" and REPORT in doc.text


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ('{"id":"s","text":"\\ud800 قتل 3"}', "encoding"),
        ('{"id":"big","text":"x","n":' + "9" * 5000 + "}", "json"),
        ("[" * 100_000 + "]" * 100_000, "json"),
        ('{"id":["a"],"text":"x"}', "schema"),
        ('{"id":"d","text":"قتل 3","published":"3 May"}', "schema"),
    ],
)
def test_a_broken_jsonl_line_is_its_own_error_and_the_next_line_is_read(tmp_path, line, code):
    p = tmp_path / "c.jsonl"
    good = json.dumps({"id": "ok", "text": REPORT}, ensure_ascii=False)
    p.write_text(line + "\n" + good + "\n", encoding="utf-8")
    items = read(p)
    assert [type(i).__name__ for i in items] == ["ReadError", "Document"]
    assert items[0].code == code and items[1].id == "ok"


def test_line_separators_inside_a_json_string_are_text_not_line_breaks(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "u", "text": REPORT + "\u2028" + REPORT}, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = read(p)
    assert isinstance(doc, Document) and "\u2028" in doc.text


def test_gzipped_jsonl_is_read_line_by_line(tmp_path):
    import gzip

    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"d{i}", "text": REPORT}, ensure_ascii=False) + "\n")
    assert [d.id for d in read(p)] == ["d0", "d1", "d2"]


# --- files that are not files ---------------------------------------------------------


def test_a_fifo_named_like_a_report_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    items = read(tmp_path)
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [("ReadError", "not_regular"), ("Document", None)]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_is_refused_before_reading(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    [err] = read(tmp_path / "zero.txt")
    assert err.code == "not_regular" and "device" in err.message


def test_a_file_larger_than_the_limit_is_refused_after_following_links(tmp_path):
    big = tmp_path / "big.bin"
    with big.open("wb") as f:
        f.truncate(6 * 1024 * 1024)
    (tmp_path / "link.txt").symlink_to(big)
    [err] = read(tmp_path / "link.txt")
    assert err.code == "too_large"


def test_a_file_name_that_is_not_utf8_gets_a_readable_id(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/r\xff.txt"
    with open(name, "wb") as f:
        f.write(REPORT.encode("utf-8"))
    [doc] = read(tmp_path)
    assert isinstance(doc, Document) and doc.id == "r\\xff"
    doc.id.encode("utf-8")  # storable everywhere


def test_linked_folders_are_followed_once_and_loops_reported(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "one.txt").write_text(REPORT, encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real, target_is_directory=True)
    (top / "loop").symlink_to(top, target_is_directory=True)
    items = read(top)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert [d.id for d in docs] == ["one"]
    assert [e.code for e in errs] == ["link_loop"]


# --- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_a_bom_are_read_in_the_right_byte_order(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes((REPORT + " وأصيب 4 جنود.\n").encode(encoding))
    [doc] = read(p)
    assert isinstance(doc, Document) and doc.text.startswith(REPORT)


# --- time and size ----------------------------------------------------------------------


def test_text_without_punctuation_is_cut_into_bounded_sentences():
    text = (REPORT + " وأعلنت القوات اعتقال 5 آخرين ") * 3000  # about 200 KB, no full stop
    pieces = sentences(text)
    assert len(pieces) > 100
    assert max(s.end - s.start for s in pieces) <= MAX_SENTENCE
    # pieces cover the text in order and never overlap
    assert all(a.end <= b.start for a, b in itertools.pairwise(pieces))


# --- the batch goes on -----------------------------------------------------------------


def test_one_bad_document_does_not_stop_a_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_big_count.txt").write_text("قتل 9223372036854775808 عنصرا من داعش في كركوك\n", encoding="utf-8")
    (corpus / "b.jsonl").write_text('{"id":"x","text":"\\ud800"}\n', encoding="utf-8")
    os.mkfifo(corpus / "c.txt")
    (corpus / "d.txt").write_text(REPORT, encoding="utf-8")
    out = marsad_cli("extract", str(corpus), "--db", f"sqlite:///{tmp_path / 'm.db'}", cwd=tmp_path)
    assert out.returncode == 1, out.stderr  # some documents failed
    assert "Traceback" not in out.stderr + out.stdout
    listed = marsad_cli("claims", "--db", f"sqlite:///{tmp_path / 'm.db'}", "--json", cwd=tmp_path)
    docs = {json.loads(ln)["doc"] for ln in listed.stdout.splitlines()}
    assert docs == {"d"}


def test_consolidating_one_figure_stated_twice_with_nested_periods(tmp_path):
    p = tmp_path / "c.jsonl"
    text = "قتل 5 عناصر من داعش في كركوك أمس.\nوبذلك قتل 5 عناصر من داعش في كركوك منذ مطلع الشهر الجاري."
    p.write_text(json.dumps({"id": "a", "published": "2024-05-03", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert marsad_cli("extract", str(p), "--db", db, cwd=tmp_path).returncode == 0
    out = marsad_cli("consolidate", "--db", db, cwd=tmp_path)
    assert out.returncode == 0, out.stderr


def test_a_document_over_its_time_budget_is_its_own_error(monkeypatch):
    import time

    import marsad.extractor.document as document
    from marsad.model import Document
    from marsad.pipeline import extract_document

    extract_document(Document(id="warm", text=REPORT + "."))  # language data loaded outside the budget
    real = document.analyse

    def slow(text, published=None):
        time.sleep(3)
        return real(text, published)

    monkeypatch.setattr(document, "analyse", slow)
    started = time.monotonic()
    result = extract_document(Document(id="slow", text=REPORT + "."), seconds=0.3)
    assert result.error is not None and result.error.code == "timeout" and result.claims == []
    assert time.monotonic() - started < 2.5
    monkeypatch.setattr(document, "analyse", real)
    # the budget is gone afterwards: the next document runs to the end
    assert extract_document(Document(id="ok", text=REPORT + "."), seconds=30).error is None


def test_an_html_page_takes_its_date_from_its_metadata_and_says_so(tmp_path):
    from marsad.pipeline import extract_document

    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-03-02"></head><body><article>'
        f"<p>{REPORT}، بحسب خلية الإعلام الأمني التي أصدرت بياناً مفصلاً بالعملية التي نفذتها القوات في المحافظة.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    [doc] = read(page)
    assert str(doc.published) == "2024-03-02" and doc.published_from == "html-metadata"
    result = extract_document(doc)
    assert result.date_basis == "metadata" and "HTML metadata" in (result.date_reason or "")
    [claim] = result.claims
    assert str(claim.period.start) == "2024-03-01"  # أمس, from the page's own date
