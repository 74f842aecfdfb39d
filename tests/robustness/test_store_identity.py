"""A document's identity includes where it came from: one name in two folders never overwrites silently.

Ids are file names without the extension (or a JSONL line's ``id``), so
``marsad extract dirA`` then ``marsad extract dirB``, both holding an ``x.txt``,
give two documents one id. The second is an ``id_clash`` error naming both
paths and the first stays, ``--force`` or not; the same file edited replaces
itself, and the same text from elsewhere is simply current. Run through the
real command line, on SQLite and PostgreSQL, one after the other and at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from marsad.engine import writer
from marsad.model import Document
from marsad.pipeline import run
from marsad.store import batch
from marsad.store import db as store

CLI = [sys.executable, "-c", "import sys; from marsad.cli import app; sys.exit(app())"]


def text(n: int, place: str = "كركوك") -> str:
    return f"قتل {n} عناصر من داعش في {place} أمس.\n"


def marsad(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False,
                          env={**os.environ, "COLUMNS": "400"})  # fmt: skip


def stored(url: str) -> dict[str, list[int]]:
    claims: dict[str, list[int]] = {}
    for c in store.query_claims(store.connect(url)):
        claims.setdefault(c.doc, []).append(c.value)
    return claims


def folders(tmp_path: Path, **files: dict[str, str]) -> None:
    for folder, named in files.items():
        (tmp_path / folder).mkdir(exist_ok=True)
        for name, content in named.items():
            (tmp_path / folder / name).write_text(content, encoding="utf-8")


def test_one_name_in_two_folders_extracted_in_two_runs_is_a_clash(store_url, tmp_path):
    folders(tmp_path, dirA={"x.txt": text(3), "a.txt": text(5)}, dirB={"x.txt": text(7, "الموصل")})
    first = marsad(tmp_path, "extract", "dirA", "--db", store_url)
    assert first.returncode == 0, first.stderr
    for extra in ((), ("--force",)):  # --force re-extracts; it does not let one file replace another
        second = marsad(tmp_path, "extract", "dirB", "--db", store_url, *extra)
        assert second.returncode == 1
        assert "0 documents extracted" in second.stdout and "1 errors" in second.stdout
        assert "error x (dirB/x.txt): id_clash: id 'x' is already stored from dirA/x.txt with a different text" in second.stderr
        assert stored(store_url) == {"a": [5], "x": [3]}  # the first stays
    engine = store.connect(store_url)
    (err,) = store.errors(engine, store.last_run(engine).id)
    assert (err.doc, err.path, err.code) == ("x", "dirB/x.txt", "id_clash")
    assert "dirA/x.txt" in err.message and "dirB/x.txt" in err.message
    assert store.last_run(engine).status == "failed"


def test_the_same_file_edited_replaces_itself_and_the_same_text_elsewhere_is_current(store_url, tmp_path):
    folders(tmp_path, dirA={"x.txt": text(3)})
    assert marsad(tmp_path, "extract", "dirA", "--db", store_url).returncode == 0
    (tmp_path / "dirA" / "x.txt").write_text(text(9), encoding="utf-8")  # edited in place
    edited = marsad(tmp_path, "extract", "dirA", "--db", store_url)
    assert (edited.returncode, "1 documents extracted" in edited.stdout) == (0, True), edited.stderr
    assert stored(store_url) == {"x": [9]}
    # the same file reached another way (absolute path, another working folder) is the same origin
    (tmp_path / "dirA" / "x.txt").write_text(text(11), encoding="utf-8")
    again = marsad(tmp_path / "dirA", "extract", str(tmp_path / "dirA" / "x.txt"), "--db", store_url)
    assert again.returncode == 0, again.stderr
    assert stored(store_url) == {"x": [11]}
    # a copy of that text elsewhere is the document already stored
    folders(tmp_path, dirC={"x.txt": text(11)})
    copy = marsad(tmp_path, "extract", "dirC", "--db", store_url)
    assert (copy.returncode, "1 unchanged and skipped" in copy.stdout) == (0, True), copy.stderr
    assert stored(store_url) == {"x": [11]}


def test_a_jsonl_line_is_identified_by_its_file(store_url, tmp_path):
    def jsonl(name: str, n: int) -> None:
        row = {"id": "a", "text": text(n), "published": "2024-05-03"}
        (tmp_path / name).write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")

    jsonl("one.jsonl", 3)
    jsonl("two.jsonl", 4)
    assert marsad(tmp_path, "extract", "one.jsonl", "--db", store_url).returncode == 0
    clash = marsad(tmp_path, "extract", "two.jsonl", "--db", store_url)
    assert clash.returncode == 1 and "id 'a' is already stored from one.jsonl" in clash.stderr
    jsonl("one.jsonl", 6)  # its own file edited: replaced
    assert marsad(tmp_path, "extract", "one.jsonl", "--db", store_url).returncode == 0
    assert stored(store_url) == {"a": [6]}


def test_neighbour_runs_over_two_folders_store_each_id_once_and_report_the_rest(store_url, tmp_path):
    n = 30
    folders(
        tmp_path,
        dirA={f"d{i:02d}.txt": text(100 + i) for i in range(n)},
        dirB={f"d{i:02d}.txt": text(200 + i, "الموصل") for i in range(n)},
    )
    procs = [
        subprocess.Popen(
            [*CLI, "extract", folder, "--db", store_url], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env={**os.environ, "COLUMNS": "400"},
        )
        for folder in ("dirA", "dirB")
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    claims = stored(store_url)
    assert sorted(claims) == [f"d{i:02d}" for i in range(n)]
    won = {doc: "dirA" if values[0] < 200 else "dirB" for doc, values in claims.items()}
    for proc, (_, err), folder in zip(procs, outputs, ("dirA", "dirB"), strict=True):
        lost = sorted(doc for doc, winner in won.items() if winner != folder)
        assert proc.returncode == (1 if lost else 0), err
        clashes = sorted(line.split()[1] for line in err.splitlines() if line.startswith("error "))
        assert clashes == lost  # every document it did not store is reported, as a clash
        assert err.count(": id_clash: ") == len(lost)


def test_a_clash_made_by_a_neighbour_after_the_check_is_refused_in_the_transaction(store_url, tmp_path, monkeypatch):
    engine = store.connect(store_url)
    a, b = tmp_path / "dirA" / "x.txt", tmp_path / "dirB" / "x.txt"
    store.save_document(engine, Document(id="x", text=text(3), path=str(a), content_hash="h3"), [], extractor="v")
    other = Document(id="x", text=text(7), path=str(b), content_hash="h7")
    with pytest.raises(store.IdClash, match="already stored from"):
        store.save_document(engine, other, [], extractor="v")
    # had the row appeared only after the look in the transaction, the upsert itself keeps it
    monkeypatch.setattr(batch, "_refuse_clashes", lambda *a: {})
    with pytest.raises(store.IdClash, match="already stored from"):
        store.save_document(engine, other, [], extractor="v")
    assert store.documents(engine)["x"].content_hash == "h3"
    # and run() names it a clash, not a storage failure
    monkeypatch.undo()
    looks: list[str] = []
    real = writer.lookup

    def first_look_misses(engine, docs):  # the neighbour's row was not there yet when run() looked
        docs = list(docs)
        looks.extend(d.id for d in docs)
        return {} if len(looks) == 1 else real(engine, docs)

    monkeypatch.setattr(writer, "lookup", first_look_misses)
    b.parent.mkdir(parents=True)
    b.write_text(text(7), encoding="utf-8")
    summary = run(b, db=store_url)
    assert [(e.code, e.doc) for e in summary.errors] == [("id_clash", "x")] and looks == ["x"]
    assert "already stored from" in summary.errors[0].message
    assert store.documents(engine)["x"].content_hash == "h3"


def test_a_row_stored_before_origins_were_kept_is_compared_by_its_path(store_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folders(tmp_path, dirA={"x.txt": text(3)}, dirB={"x.txt": text(7)})
    engine = store.connect(store_url)
    assert not run("dirA", db=store_url).errors
    with engine.begin() as conn:  # as revision 0004 left a row of an earlier run
        conn.execute(update(store.DOCUMENTS).values(origin=None))
    assert [e.code for e in run("dirB", db=store_url).errors] == ["id_clash"]
    (tmp_path / "dirA" / "x.txt").write_text(text(9), encoding="utf-8")
    assert not run("dirA", db=store_url).errors
    assert stored(store_url) == {"x": [9]} and store.documents(engine)["x"].origin == os.path.realpath("dirA/x.txt")
