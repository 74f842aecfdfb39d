"""End to end through extraction: only what does not depend on the extractor's details."""

import json

from marsad.consolidate import consolidate, list_facts, list_findings
from marsad.pipeline import run
from marsad.store import db as store

KINDS = {"contradiction", "arithmetic", "metric_confusion", "period_drift", "single_source"}

ARTICLE = (
    "أعلنت القيادة المركزية الأمريكية أن قوات التحالف نفذت 42 عملية ضد تنظيم داعش في سوريا خلال شهر آذار 2025، "
    "أسفرت عن مقتل 12 عنصراً من التنظيم واعتقال 30 آخرين. وأكدت القيادة أن العمليات ستتواصل في البادية السورية "
    "حتى القضاء على خلايا التنظيم المتبقية، مشيرة إلى أن الشركاء المحليين شاركوا في معظم المداهمات."
)


def test_extracted_corpus_consolidates(tmp_path):
    copy = ARTICLE.replace("أعلنت", "وأعلنت", 1)
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "e1", "text": ARTICLE, "published": "2025-04-02", "source": "wire_a"},
        {"id": "e2", "text": copy, "published": "2025-04-03", "source": "site_b"},
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    run(corpus, db=url)
    engine = store.connect(url)
    result = consolidate(engine)
    assert result.documents == 2
    assert result.duplicates == 1  # the copy counts once
    assert all(f.corroboration == 1 for f in list_facts(engine))
    for f in list_findings(engine):
        assert f.kind in KINDS and f.explanation and f.explanation_ar
    assert consolidate(engine) == result
