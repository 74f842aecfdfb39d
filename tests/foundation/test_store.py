"""The store: idempotent re-runs, per-document transactions, resumable runs."""

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marsad.model import Claim, Document, Span
from marsad.pipeline import extractor_version, run
from marsad.store import db as store
from marsad.store.schema import ClaimRow, DocumentRow

REPORTS = [
    {"id": "r1", "text": "أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين في صحراء الأنبار.", "published": "2024-03-02"},
    {"id": "r2", "text": "وقالت قوات سوريا الديمقراطية إنها اعتقلت 12 عنصراً من داعش في ريف دير الزور.", "published": "2024-03-03"},
]


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS) + "\n{broken\n", encoding="utf-8")
    return p


def counts(url):
    engine = store.connect(url)
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(DocumentRow)), s.scalar(select(func.count()).select_from(ClaimRow))


def test_rerunning_a_corpus_changes_nothing(tmp_path, corpus):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    first = run(corpus, db=url)
    before = counts(url)
    second = run(corpus, db=url)
    assert counts(url) == before
    assert second.skipped == first.documents == 2
    assert [e.code for e in second.errors] == ["json"]


def test_a_changed_document_replaces_its_claims(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = store.connect(url)
    doc = Document(id="d", text="نص", content_hash="h1")
    claim = Claim(doc="d", metric="killed", value=4, evidence="نص", span=Span(0, 2))
    store.save_document(engine, doc, [claim, claim], extractor="x")
    doc.content_hash = "h2"
    store.save_document(engine, doc, [claim], extractor="x")
    assert counts(url) == (1, 1)


def test_a_failure_mid_document_leaves_the_old_claims(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = store.connect(url)
    doc = Document(id="d", text="نص", content_hash="h1")
    good = Claim(doc="d", metric="killed", value=4, evidence="نص")
    store.save_document(engine, doc, [good], extractor="x")
    bad = Claim(doc="d", metric="killed", value=None, evidence="نص")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.save_document(engine, Document(id="d", text="نص2", content_hash="h2"), [bad], extractor="x")
    assert [c.value for c in store.query_claims(engine, doc="d")] == [4]


def test_a_killed_run_resumes_where_it_stopped(tmp_path, corpus):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = store.connect(url)
    # as if the first run died after storing r1
    from marsad.corpus import read_corpus

    first = next(d for d in read_corpus(corpus) if isinstance(d, Document))
    store.save_document(engine, first, [], extractor=extractor_version())
    summary = run(corpus, db=url)
    assert summary.skipped == 1 and summary.documents == 1


def test_claims_filter_by_metric_country_and_period(tmp_path, corpus):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    run(corpus, db=url)
    engine = store.connect(url)
    everything = store.query_claims(engine)
    assert everything, "the sample reports state claims"
    for c in store.query_claims(engine, country="SY"):
        assert "SY" in c.countries
    assert all(c.metric == "captured" for c in store.query_claims(engine, metric="captured"))


def test_a_document_that_breaks_the_extractor_is_an_error_and_the_run_goes_on(tmp_path, corpus, monkeypatch):
    import marsad.pipeline as pipeline

    real = pipeline.extract_analysis

    def fragile(a, doc_id, outlet=None):
        if doc_id == "r1":
            raise IndexError("boom")
        return real(a, doc_id, outlet)

    monkeypatch.setattr(pipeline, "extract_analysis", fragile)
    url = f"sqlite:///{tmp_path / 'm.db'}"
    summary = run(corpus, db=url)
    assert summary.documents == 1
    assert sorted(e.code for e in summary.errors) == ["extract", "json"]
    assert "IndexError" in next(e.message for e in summary.errors if e.code == "extract")
    assert store.last_run(store.connect(url)).status == "failed"


def test_a_corrected_publication_date_re_extracts(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    p = tmp_path / "c.jsonl"
    row = {"id": "d", "text": "وقُتل 3 مسلحين من داعش في كركوك أمس.", "published": "2024-03-02"}
    p.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    run(p, db=url)
    row["published"] = "2024-03-09"
    p.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    assert run(p, db=url).documents == 1
    [claim] = store.query_claims(store.connect(url), doc="d")
    assert claim.period.start.isoformat() == "2024-03-08"


def test_output_file_lists_stored_claims_of_skipped_documents(tmp_path, corpus):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    out = tmp_path / "claims.jsonl"
    run(corpus, db=url, out=out)
    first = out.read_text("utf-8")
    second = run(corpus, db=url, out=out)
    assert second.skipped == 2
    assert out.read_text("utf-8") == first
