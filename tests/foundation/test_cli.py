"""Every command has help with an example, and the CLI speaks the library's names."""

import json

import pytest
from click.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
COMMANDS = sorted(app.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_extract_then_claims_then_export(tmp_path):
    corpus = tmp_path / "r.txt"
    corpus.write_text("وأعلنت قوات سوريا الديمقراطية اعتقال 12 عنصراً من داعش في ريف دير الزور.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows and rows[0]["doc"] == "r"
    listed = runner.invoke(app, ["claims", "--db", db, "--json"])
    assert json.loads(listed.output.splitlines()[0])["metric"] == rows[0]["metric"]
    for fmt in ("csv", "parquet", "jsonl"):
        target = tmp_path / f"out.{fmt}"
        assert runner.invoke(app, ["export", str(target), "--format", fmt, "--db", db]).exit_code == 0
        assert target.stat().st_size > 0


def test_extract_exit_code_says_something_failed(tmp_path):
    (tmp_path / "good.txt").write_text("اعتقال 3 مسلحين في كركوك.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'm.db'}"])
    assert result.exit_code == 1
    assert "1 documents extracted" in result.output


def test_parse_json_lists_what_was_recognised():
    result = runner.invoke(app, ["parse", "قتل 3 عناصر من داعش في كركوك", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"quantities", "times", "entities"} <= set(data)
    assert any(q["value"] == 3 for q in data["quantities"])


def test_findings_lists_what_to_act_on_within_80_columns(tmp_path):
    import os
    import subprocess
    import sys

    corpus = tmp_path / "relays.jsonl"
    lines = [
        {"id": "wire", "text": "أعلنت القيادة المركزية الأمريكية أنها نفذت 87 عملية في العراق خلال النصف الأول من عام 2025.",
         "published": "2025-07-10"},
        {"id": "local", "text": "قالت القيادة المركزية الأمريكية إنها نفذت 212 عملية في العراق خلال النصف الأول من عام 2025.",
         "published": "2025-07-11"},
        {"id": "other", "text": "أعلنت قوات سوريا الديمقراطية اعتقال 12 عنصراً من داعش في ريف دير الزور خلال شهر أيار 2025.",
         "published": "2025-06-02"},
    ]
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert runner.invoke(app, ["extract", str(corpus), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["consolidate", "--db", db]).exit_code == 0

    def findings(*extra: str) -> str:
        cmd = [sys.executable, "-c", "from marsad.cli import main; main()", "findings", "--db", db, *extra]
        env = {**os.environ, "COLUMNS": "80", "TERM": "dumb"}
        return subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout

    shown = findings()
    assert "contradiction" in shown and "single_source" not in shown
    assert "--single-source" in shown.splitlines()[0]  # says what it left out
    assert all(len(line) <= 80 for line in shown.splitlines())
    assert "single_source" in findings("--single-source")
