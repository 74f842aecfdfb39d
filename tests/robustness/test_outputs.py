"""Output files: complete or untouched, never over a device, and inert in the programs that open them."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.export import export_claims, guard_cell
from marsad.model import Claim, Span
from marsad.outfile import OutputError, open_output

HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script>'


def claim(evidence: str = "قتل 3 عناصر من داعش", doc: str = "a") -> Claim:
    return Claim(doc=doc, metric="killed", value=3, evidence=evidence, countries=["IQ"], span=Span(0, len(evidence)))


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(tmp_path):
    target = tmp_path / "claims.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), open_output(target) as f:
        f.write("half of the new content")
        raise RuntimeError("disk full, say")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


def test_parquet_export_that_fails_keeps_the_target(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    target = tmp_path / "claims.parquet"
    target.write_bytes(b"previous export")

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", broken)
    with pytest.raises(OutputError, match="No space left"):
        export_claims([claim()], target, "parquet")
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.parquet"]


def test_a_device_target_is_written_to_and_stays_a_device():
    with open_output("/dev/null") as f:
        f.write("anything")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_format_can_go_to_dev_null(fmt):
    assert export_claims([claim()], Path("/dev/null"), fmt) == 1
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_folder_or_a_missing_folder_is_one_clear_error(tmp_path):
    with pytest.raises(OutputError, match="is a folder"), open_output(tmp_path):
        pass
    with pytest.raises(OutputError, match="does not exist"), open_output(tmp_path / "no" / "x.jsonl"):
        pass


def test_a_new_file_gets_ordinary_permissions(tmp_path):
    with open_output(tmp_path / "x.jsonl") as f:
        f.write("{}\n")
    mode = stat.S_IMODE(os.stat(tmp_path / "x.jsonl").st_mode)
    assert mode & 0o044 == 0o044 or os.umask(0o022) & 0o044  # readable by others unless the umask forbids it


def test_csv_cells_that_would_run_as_formulas_are_neutralised(tmp_path):
    target = tmp_path / "c.csv"
    export_claims([claim(HOSTILE, doc="+1")], target, "csv")
    with target.open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))
    assert row["evidence"].startswith("'=") and row["doc"] == "'+1"
    export_claims([claim(HOSTILE)], target, "csv", guard_formulas=False)
    with target.open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))
    assert row["evidence"] == HOSTILE


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_the_owasp_formula_starts(cell):
    assert guard_cell(cell) == "'" + cell
    assert guard_cell("قتل 3") == "قتل 3" and guard_cell(3) == 3


def test_the_markdown_report_escapes_what_came_from_articles(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "<script>a</script>", "published": "2024-05-03", "source": "X",
         "text": "قتل 5 عناصر من داعش في كركوك أمس <script>alert(1)</script> [رابط](http://x)."},
        {"id": "b", "published": "2024-05-03", "source": "Y", "text": "قتل 7 عناصر من داعش في كركوك أمس."},
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert cli("extract", str(corpus), "--db", db, cwd=tmp_path).returncode == 0
    assert cli("consolidate", "--db", db, cwd=tmp_path).returncode == 0
    out = cli("report", "-o", str(tmp_path / "r.html"), "--db", db, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "](http" not in md


def test_path_problems_are_one_line_and_exit_2(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for args in (["export", str(tmp_path)], ["report", "-o", str(tmp_path / "file" / "r.html")],
                 ["extract", str(tmp_path), "-o", str(tmp_path)]):
        out = cli(*args, "--db", db, cwd=tmp_path)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr and out.stderr.strip().startswith("error:")


def test_a_store_that_cannot_be_opened_is_one_line(tmp_path):
    out = cli("claims", "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'm.db'}", cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr and out.stderr.strip().startswith("error:")


def test_a_limit_below_one_is_refused_clearly(tmp_path):
    out = cli("claims", "--limit", "0", "--db", f"sqlite:///{tmp_path / 'm.db'}", cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr + out.stdout


def test_extract_to_dev_null_leaves_the_device(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "قتل 3 عناصر من داعش في كركوك."}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = cli("extract", str(corpus), "-o", "/dev/null", "--db", f"sqlite:///{tmp_path / 'm.db'}", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not list(Path("/dev").glob("*.partial"))
