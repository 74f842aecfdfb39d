"""Reading corpora: every input becomes a document or a specific error."""

import json
from datetime import date

import pytest

from marsad.corpus import read_corpus
from marsad.model import Document, ReadError

REPORT = "بغداد - أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين في صحراء الأنبار.\n"


def read(path):
    return list(read_corpus(path))


def test_text_file_id_is_its_name(tmp_path):
    p = tmp_path / "report_01.txt"
    p.write_text(REPORT, encoding="utf-8")
    [doc] = read(p)
    assert isinstance(doc, Document)
    assert doc.id == "report_01"
    assert doc.text == REPORT
    assert len(doc.content_hash) == 64


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected(tmp_path, encoding):
    p = tmp_path / "a.txt"
    p.write_bytes((REPORT * 3).encode(encoding))
    [doc] = read(p)
    assert isinstance(doc, Document), doc
    assert doc.text == REPORT * 3


def test_binary_file_is_an_error(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 10)
    [err] = read(p)
    assert isinstance(err, ReadError) and err.code == "binary"


def test_empty_file_is_an_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n")
    [err] = read(p)
    assert isinstance(err, ReadError) and err.code == "empty"


def test_broken_utf8_is_reported_not_guessed(tmp_path):
    p = tmp_path / "broken.txt"
    p.write_bytes(REPORT.encode("utf-8")[:20] + b"\xff\xfe\xfa" + REPORT.encode("utf-8")[20:])
    [err] = read(p)
    assert isinstance(err, ReadError) and err.code == "encoding"
    assert "UTF-8" in err.message


def test_jsonl_bad_lines_are_errors_and_good_lines_go_on(tmp_path):
    p = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": REPORT, "published": "2024-03-01", "source": "INA"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "text": REPORT}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = read(p)
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "ReadError", "Document"]
    assert items[0].published == date(2024, 3, 1) and items[0].source == "INA"
    assert items[1].code == "json" and "line 2" in items[1].message
    assert items[2].code == "schema" and "'text'" in items[2].message


def test_large_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    [err] = read(p)
    assert err.code == "too_large"


def test_missing_path_is_an_error(tmp_path):
    [err] = read(tmp_path / "nowhere")
    assert err.code == "not_found"


def test_folder_is_walked_and_unreadable_files_reported(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text(REPORT + "ثان", encoding="utf-8")
    (tmp_path / "b" / "locked.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    import marsad.corpus

    real = marsad.corpus._read_regular

    def guarded(path, limit):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(marsad.corpus, "_read_regular", guarded)
    items = read(tmp_path)
    docs = [i for i in items if isinstance(i, Document)]
    errs = [i for i in items if isinstance(i, ReadError)]
    assert sorted(d.id for d in docs) == ["b/one", "one"]
    assert [e.code for e in errs] == ["unreadable"]


def test_html_main_text_title_and_date(tmp_path):
    html = f"""<html><head><title>مقتل أربعة إرهابيين</title>
    <meta property="article:published_time" content="2024-03-02"></head>
    <body><nav>الرئيسية | اتصل بنا</nav><article><h1>مقتل أربعة إرهابيين</h1>
    <p>{REPORT}</p><p>وأضافت الخلية أن القوات ضبطت أسلحة وعتاداً في الموقع نفسه خلال عملية التفتيش.</p>
    </article><footer>جميع الحقوق محفوظة</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    [doc] = read(p)
    assert isinstance(doc, Document), doc
    assert "صحراء الأنبار" in doc.text
    assert "جميع الحقوق" not in doc.text
    assert doc.title == "مقتل أربعة إرهابيين"
    assert doc.published == date(2024, 3, 2)


def test_a_repeated_id_is_an_error_not_an_overwrite(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps({"id": "a", "text": REPORT}, ensure_ascii=False) for _ in range(2)), encoding="utf-8")
    items = read(p)
    assert isinstance(items[0], Document)
    assert isinstance(items[1], ReadError) and items[1].code == "duplicate_id"


def test_same_name_with_two_extensions_gets_two_ids(tmp_path):
    (tmp_path / "x.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "x.html").write_text(f"<html><body><article><p>{REPORT * 3}</p></article></body></html>", encoding="utf-8")
    ids = sorted(i.id for i in read(tmp_path) if isinstance(i, Document))
    assert len(ids) == 2 and len(set(ids)) == 2
