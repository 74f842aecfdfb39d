"""The real-page corpus script keeps its index when the text cache is lost or partial."""

import argparse
import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "real_corpus.py"


@pytest.fixture
def rc(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("real_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "REAL", tmp_path / "real")
    monkeypatch.setattr(module, "CACHE", tmp_path / "cache")
    (tmp_path / "real").mkdir()
    (tmp_path / "cache" / "annot").mkdir(parents=True)
    return module


def _row(i, outlet, split, story):
    return {"id": f"{outlet}_{i}", "url": f"https://{outlet}/news/{i}", "outlet": outlet, "published": None,
            "length": 10, "sha256": "0" * 64, "kind": "incident", "story": story, "country": "IQ",
            "year": None, "split": split}


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _read(path):
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def test_an_empty_cache_rewrites_the_index_unchanged(rc):
    rows = [_row(1, "a.com", "dev", "Raid in Anbar"), _row(2, "b.com", "test", "Blast in Kirkuk")]
    _write(rc.REAL / "index.jsonl", rows)
    rc.cmd_build_index(argparse.Namespace(skip=""))
    assert _read(rc.REAL / "index.jsonl") == rows


def test_a_new_page_from_a_test_outlet_joins_test_beside_the_kept_rows(rc):
    rows = [_row(1, "a.com", "dev", "Raid in Anbar"), _row(2, "b.com", "test", "Blast in Kirkuk")]
    _write(rc.REAL / "index.jsonl", rows)
    new = {"id": "b.com_3", "url": "https://b.com/news/3", "length": 12, "sha256": "1" * 64, "published": None}
    _write(rc.CACHE / "candidates.jsonl", [new])
    _write(rc.CACHE / "annot" / "Z_docs.jsonl", [{"doc": "b.com_3", "kind": "tally", "story": "Monthly toll", "country": "SY"}])
    rc.cmd_build_index(argparse.Namespace(skip=""))
    out = {r["id"]: r for r in _read(rc.REAL / "index.jsonl")}
    assert set(out) == {"a.com_1", "b.com_2", "b.com_3"}
    assert out["b.com_3"]["split"] == "test" and out["a.com_1"]["split"] == "dev"


def test_missing_lists_the_pages_without_a_text_and_their_hints(rc, capsys):
    text = "نص الصفحة"
    rows = [_row(1, "a.com", "dev", "Raid in Anbar"), _row(2, "b.com", "test", "Blast in Kirkuk")]
    rows[0]["sha256"] = rc.sha256_text(text)
    _write(rc.REAL / "index.jsonl", rows)
    (rc.CACHE / "texts").mkdir()
    (rc.CACHE / "texts" / "a.com_1.txt").write_text(text, encoding="utf-8")
    rc.cmd_missing(argparse.Namespace(split=None))
    listed = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in listed] == ["b.com_2"] and listed[0]["story"] == "Blast in Kirkuk"


def test_ingest_knows_indexed_pages_when_the_cache_has_lost_them(rc, tmp_path, monkeypatch):
    monkeypatch.setattr(rc, "_banned_urls", lambda: set())
    monkeypatch.setattr(rc, "_banned_shingles", lambda: set())
    rows = [_row(1, "a.com", "dev", "Raid in Anbar")]
    _write(rc.REAL / "index.jsonl", rows)
    text = "أعلنت قيادة العمليات المشتركة مقتل خمسة عناصر من داعش في صحراء الأنبار خلال عملية أمنية واسعة."
    raw = tmp_path / "answer.json"
    raw.write_text(json.dumps({"query": "q", "results": [
        {"url": "https://a.com/news/1", "excerpt": text},
        {"url": "https://c.com/news/9", "excerpt": text.replace("خمسة", "ستة")},
    ]}, ensure_ascii=False), encoding="utf-8")
    rc.cmd_ingest(argparse.Namespace(raw=[str(raw)]))
    assert [p.name for p in (rc.CACHE / "pages").glob("*.txt")] == [f"{rc.doc_id('https://c.com/news/9')}.txt"]


def test_ingest_knows_pages_left_out_on_purpose(rc, tmp_path, monkeypatch):
    monkeypatch.setattr(rc, "_banned_urls", lambda: set())
    monkeypatch.setattr(rc, "_banned_shingles", lambda: set())
    _write(rc.REAL / "index.jsonl", [])
    url = "https://d.com/news/5"
    _write(rc.REAL / "excluded.jsonl", [{"id": rc.doc_id(url), "reason": "read before the split"}])
    raw = tmp_path / "answer.json"
    text = "قالت الشرطة إنها اعتقلت سبعة من عناصر خلية إرهابية في العاصمة بعد عملية رصد استمرت أسابيع."
    raw.write_text(json.dumps({"query": "q", "results": [{"url": url, "excerpt": text}]}, ensure_ascii=False), encoding="utf-8")
    rc.cmd_ingest(argparse.Namespace(raw=[str(raw)]))
    assert not list((rc.CACHE / "pages").glob("*.txt"))


def test_check_raw_tells_recovered_from_changed_and_takes_held_out_pages_out(rc, tmp_path, monkeypatch, capsys):
    text = "قالت الشرطة إنها اعتقلت ثلاثة من عناصر خلية إرهابية في المدينة."
    rows = [_row(1, "a.com", "test", "Cell arrested"), _row(2, "b.com", "test", "Blast")]
    rows[0]["sha256"] = rc.sha256_text(text)
    _write(rc.REAL / "index.jsonl", rows)
    held = "https://held.example/news/7"
    monkeypatch.setattr(rc, "_banned_urls", lambda: {rc.hashlib.sha256(held.encode()).hexdigest()})
    monkeypatch.setattr(rc, "_banned_shingles", lambda: set())
    raw = tmp_path / "answer.json"
    raw.write_text(json.dumps({"query": "q", "results": [
        {"url": "https://a.com/news/1", "excerpt": text},
        {"url": "https://b.com/news/2", "excerpt": text + " "},
        {"url": held, "excerpt": "نص محجوز"},
    ]}, ensure_ascii=False), encoding="utf-8")
    assert rc.cmd_check_raw(argparse.Namespace(raw=[str(raw)])) == 1
    out = capsys.readouterr().out
    assert "recovered    a.com_1" in out and "changed      b.com_2" in out
    assert held not in raw.read_text(encoding="utf-8")


def test_the_annotation_check_finds_a_claim_whose_evidence_is_not_in_its_page(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("check_annotation", SCRIPT.parent / "annotation" / "check_annotation.py")
    ca = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ca)
    monkeypatch.setattr(ca, "CACHE", tmp_path)
    for d in ("annot", "pages"):
        (tmp_path / d).mkdir()
    (tmp_path / "pages" / "p_1.txt").write_text("قتل 5 جنود في هجوم على حاجز للجيش.", encoding="utf-8")
    _write(tmp_path / "annot" / "Z_docs.jsonl", [{"doc": "p_1", "kind": "incident", "story": "Checkpoint attack"}])
    claim = {"doc": "p_1", "metric": "friendly_killed", "value": 5, "qualifier": "exact", "countries": [],
             "period": None, "actor": [], "source": None, "evidence": "قتل 5 جنود في هجوم على حاجز للجيش."}
    _write(tmp_path / "annot" / "Z_gold.jsonl", [claim, {**claim, "evidence": "قتل 6 جنود"}])
    errors = ca.check("Z", None)
    assert len(errors) == 1 and "evidence" in errors[0]


def test_rebuild_of_a_partial_cache_succeeds_unless_strict(rc, monkeypatch):
    monkeypatch.setattr(rc, "_banned_urls", lambda: set())
    monkeypatch.setattr(rc, "_banned_shingles", lambda: set())
    text = "قالت الشرطة إنها اعتقلت ثلاثة من عناصر خلية إرهابية في المدينة."
    rows = [_row(1, "a.com", "dev", "Cell arrested"), _row(2, "b.com", "test", "Blast")]
    rows[0]["sha256"] = rc.sha256_text(text)
    _write(rc.REAL / "index.jsonl", rows)
    (rc.CACHE / "raw").mkdir()
    (rc.CACHE / "raw" / "a.json").write_text(
        json.dumps({"query": "q", "results": [{"url": "https://a.com/news/1", "excerpt": text}]}, ensure_ascii=False), encoding="utf-8"
    )
    assert rc.cmd_rebuild(argparse.Namespace(strict=False, verbose=False)) == 0
    assert (rc.CACHE / "texts" / "a.com_1.txt").read_text(encoding="utf-8") == text
    assert rc.cmd_rebuild(argparse.Namespace(strict=True, verbose=False)) == 1


def test_spans_skips_the_claims_of_a_page_left_out_on_purpose_and_goes_on(rc, tmp_path, capsys):
    text = "قتل خمسة مسلحين في كمين بريف المحافظة."
    row = dict(_row(1, "a.com", "dev", "Ambush"), sha256=rc.sha256_text(text))
    _write(rc.REAL / "index.jsonl", [row])
    _write(rc.REAL / "excluded.jsonl", [{"id": "b.com_2", "reason": "read before the split"}])
    (rc.CACHE / "pages").mkdir()
    (rc.CACHE / "pages" / "a.com_1.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "final.jsonl"
    claim = {"metric": "killed", "value": 5, "qualifier": "exact", "countries": [], "period": None, "actor": [], "source": None}
    _write(gold, [dict(claim, doc="b.com_2", evidence="نص آخر"), dict(claim, doc="a.com_1", evidence=text)])
    assert rc.cmd_spans(argparse.Namespace(gold=str(gold))) == 0
    out, err = capsys.readouterr()
    assert [json.loads(ln)["evidence_span"] for ln in out.splitlines()] == [[0, len(text)]]
    assert "b.com_2" in err and "left out" in err
