"""A failure while storing one document is that document's error; the batch goes on.

Regression tests for the audit's store findings: a count past 2^63 raised
OverflowError out of the batch, a database error on one document ended the
run, and PostgreSQL refused long ids, long outlets, large counts and NUL.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy.exc import OperationalError

import marsad.pipeline as pipeline
from marsad.model import Claim
from marsad.pipeline import run
from marsad.store import db as store

REPORTS = [
    {"id": f"r{i}", "text": f"قتل {3 + i} عناصر من داعش في كركوك أمس.", "published": "2024-05-03"} for i in range(4)
]


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("INSERT INTO documents ...", {}, Exception("disk I/O error\nsecond line")),
        RuntimeError("anything at all"),
    ],
)
def test_a_storing_failure_is_the_documents_error(store_url, corpus, fail_storing, error):
    fail_storing(store_url, "r2", error)  # r2 is stored in one transaction with the others
    summary = run(corpus, db=store_url)
    assert summary.documents == 3
    [err] = summary.errors
    assert (err.doc, err.code) == ("r2", "store")
    assert "\n" not in err.message and "INSERT" not in err.message  # the cause's first line, not the SQL
    engine = store.connect(store_url)
    assert store.errors(engine, summary.run_id) == [err]
    assert sorted(store.documents(engine)) == ["r0", "r1", "r3"]
    assert store.last_run(engine).status == "failed"


def test_a_count_past_64_bits_is_that_documents_error(store_url, corpus, monkeypatch):
    real = pipeline.extract_analysis

    def huge(a, doc_id, outlet=None):
        claims = real(a, doc_id, outlet)
        if doc_id == "r1":
            claims.append(Claim(doc=doc_id, metric="killed", value=9223372036854775808, evidence="x"))
        return claims

    monkeypatch.setattr(pipeline, "extract_analysis", huge)
    summary = run(corpus, db=store_url)
    assert [(e.doc, e.code) for e in summary.errors] == [("r1", "store")]
    assert "64-bit" in summary.errors[0].message
    assert summary.documents == 3
    # nothing of r1 was stored, not even the claims that fit
    assert store.query_claims(store.connect(store_url), doc="r1") == []


def test_a_store_that_fails_to_check_a_document_goes_on(store_url, corpus, fail_storing):
    store.connect(store_url)
    # every look-up naming r0 fails: the batch's look-up, then r0's own
    fail_storing(store_url, "r0", OperationalError("SELECT ...", {}, Exception("server closed the connection")), "SELECT")
    summary = run(corpus, db=store_url)
    assert [(e.doc, e.code) for e in summary.errors] == [("r0", "store")]
    assert summary.documents == 3


def test_the_command_line_exits_1_when_a_document_could_not_be_stored(tmp_path, corpus, fail_storing):
    from marsad.cli import app

    url = f"sqlite:///{tmp_path / 'm.db'}"
    ok = CliRunner().invoke(app, ["extract", str(corpus), "--db", url])
    assert ok.exit_code == 0, ok.output
    fail_storing(url, "r3", RuntimeError("boom"))
    failed = CliRunner().invoke(app, ["extract", str(corpus), "--db", url, "--force", "--workers", "1"])
    assert failed.exit_code == 1
    assert "store" in failed.output and "boom" in failed.output
