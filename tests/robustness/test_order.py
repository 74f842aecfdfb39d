"""Two runs over the same articles give the same findings, in the same order, with the same ids."""

from __future__ import annotations

import json
import random

from marsad.consolidate import consolidate
from marsad.consolidate.record import list_facts, list_findings
from marsad.pipeline import run
from marsad.store import db as store

ARTICLES = [
    ("a", "2024-07-02", "INA", "أعلنت القيادة المركزية الأمريكية تنفيذ 196 مهمة ضد داعش في العراق وسوريا خلال النصف الأول من 2024."),
    ("b", "2024-07-03", "SHAFAQ", "قالت القيادة المركزية الأمريكية إنها نفذت 153 عملية ضد داعش في العراق وسوريا خلال النصف الأول من 2024، منها 137 في العراق و59 في سوريا."),
    ("c", "2024-07-03", "RUDAW", "تبنى تنظيم داعش 153 هجوماً في العراق وسوريا خلال النصف الأول من 2024، بحسب القيادة المركزية الأمريكية."),
    ("d", "2024-07-04", "NPA", "قتل 44 عنصراً من داعش في العراق وسوريا خلال النصف الأول من 2024، بحسب القيادة المركزية الأمريكية."),
    ("e", "2024-07-05", "AFP", "قتل 45 عنصراً من داعش في العراق وسوريا خلال النصف الأول من 2024، بحسب القيادة المركزية الأمريكية."),
]


def findings_of(tmp_path, name, order):
    corpus = tmp_path / f"{name}.jsonl"
    rows = [ARTICLES[i] for i in order]
    corpus.write_text(
        "".join(json.dumps({"id": i, "published": d, "source": s, "text": t}, ensure_ascii=False) + "\n" for i, d, s, t in rows),
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / name}.db"
    run(corpus, db=db)
    engine = store.connect(db)
    consolidate(engine)
    return [f.to_dict() for f in list_findings(engine)], [f.to_dict() for f in list_facts(engine)]


def test_shuffled_input_gives_identical_findings_and_ids(tmp_path):
    first = findings_of(tmp_path, "one", range(len(ARTICLES)))
    order = list(range(len(ARTICLES)))
    random.Random(7).shuffle(order)
    assert order != sorted(order)
    second = findings_of(tmp_path, "two", order)
    assert first == second
    findings, _ = first
    assert findings and all(f["id"].startswith("X") for f in findings)
    assert len({f["id"] for f in findings}) == len(findings)
    # ids name claims by document and position, never by a database row
    claim_ids = [e["claim_id"] for f in findings for e in f["evidence"]]
    assert all(isinstance(c, str) and "#" in c for c in claim_ids)
