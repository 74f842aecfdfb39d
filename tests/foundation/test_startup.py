"""Start-up: the language data is the same with libyaml's loader, and commands import only what they use
(`marsad parse --json` prints JSON: neither rich nor pydantic is loaded for it)."""

import json
import subprocess
import sys
from importlib import resources

import pytest
import yaml

from marsad import lexicon

DATA_FILES = sorted(p.name for p in resources.files("marsad").joinpath("data").iterdir() if p.name.endswith(".yaml"))


def test_the_data_files_are_found():
    assert {"actors.yaml", "cues.yaml", "months.yaml"} <= set(DATA_FILES)


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="libyaml is not installed")
def test_the_lexicon_reads_with_libyaml_when_installed():
    assert lexicon.yaml_loader() is yaml.CSafeLoader


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="libyaml is not installed")
@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_loads_the_same_with_the_c_and_the_pure_loader(name):
    raw = lexicon.data_path(name).read_text(encoding="utf-8")
    fast = yaml.load(raw, Loader=yaml.CSafeLoader)
    pure = yaml.load(raw, Loader=yaml.SafeLoader)
    assert fast == pure
    # == says 1 == 1.0 == True: the types must agree too, all the way down
    assert _typed(fast) == _typed(pure)


def _typed(value):
    if isinstance(value, dict):
        return {(type(k).__name__, k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _imported_by(args: list[str]) -> set[str]:
    """The heavy modules a fresh process has imported after running ``marsad <args>``."""
    code = (
        "import json, sys\n"
        "from click.testing import CliRunner\n"
        "from marsad.cli import app\n"
        f"result = CliRunner().invoke(app, {args!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "heavy = ('marsad.pipeline', 'marsad.extractor.run', 'fastapi', 'alembic', 'sqlalchemy', 'pydantic', 'rich')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_help_imports_neither_the_pipeline_nor_the_server_nor_the_store():
    assert _imported_by(["--help"]) == set()


def test_token_imports_neither_the_pipeline_nor_the_server(tmp_path):
    assert _imported_by(["token", "--file", str(tmp_path / "token")]) == set()


def test_findings_reads_the_store_without_the_pipeline(tmp_path):
    assert _imported_by(["findings", "--db", f"sqlite:///{tmp_path / 'm.db'}"]) == {"alembic", "sqlalchemy", "rich"}


def test_parse_imports_the_pipeline_but_not_the_server_nor_the_store_nor_rich():
    assert _imported_by(["parse", "قتل 3 عناصر من داعش في كركوك", "--json"]) == {"marsad.pipeline", "marsad.extractor.run"}
