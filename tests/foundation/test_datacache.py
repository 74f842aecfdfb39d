"""The table cache gives exactly what building from the data gives, and never trusts a bad file.

``marsad.datacache`` keeps the recognisers' tables between processes. Here a
fresh process fills a cache folder; every table read back from it must equal,
field by field, the table built anew in this process, and the whole analysis of
the bundled texts must be the same with the cache warm and with it turned off.
A cache file of another version, a damaged one, a truncated one or one that is
not a cache at all is built again and rewritten; a folder that cannot be
written leaves the tables built in memory. Whole-extraction identity against
another commit is ``bench/identity.py``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from marsad import datacache, lexicon
from marsad.recognize import cues, entities, quantities, time_lexicon

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted(p.name for p in (datacache.PACKAGE / "data").iterdir() if p.suffix in (".yaml", ".jsonl", ".json"))

# every table that is cached, by its name in the cache, with the function that builds it
TABLES = {
    "entities": entities._build_lexicon,
    "quantities": quantities._build_lex,
    "cues": cues._build_matcher,
    "time-words": time_lexicon._build_lexicon,
    "time-patterns": time_lexicon._sources,
    **{f"data-{name}": (lambda name=name: lexicon._parse(name)) for name in DATA_FILES},
}


def _plain(value: object) -> object:
    """A value as plain data, to compare two tables field by field (and dicts in their order)."""
    if isinstance(value, dict):
        return ("dict", [(_plain(k), _plain(v)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_plain(v) for v in value])
    if isinstance(value, set | frozenset):
        return (type(value).__name__, sorted((_plain(v) for v in value), key=repr))
    if isinstance(value, re.Pattern):
        return ("re", value.pattern, value.flags)
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    fields = getattr(type(value), "__slots__", None) or list(vars(value))
    return (type(value).__name__, [(f, _plain(getattr(value, f))) for f in fields])


def _python(code: str, cache_dir: Path | str, **env: str) -> str:
    env = {**os.environ, datacache.ENV_DIR: str(cache_dir), "PYTHONPATH": str(ROOT / "src"), **env}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def _bundled_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "samples" / "reports").glob("*.txt"))]
    for line in (ROOT / "tests" / "data" / "times.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    return texts


# Some tables are built from sets (the inflections of a word), whose order follows the string
# hash, which Python draws anew for every process: the filling process and the comparing one
# share a hash seed, so that the tables can be compared in full, order included.
SEED = {"PYTHONHASHSEED": "1"}


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """A cache folder filled by another process that parsed a text and read every data file."""
    root = tmp_path_factory.mktemp("tables")
    _python(
        "import marsad\nfrom marsad import lexicon\n"
        "marsad.parse('قتل 3 عناصر من داعش في كركوك أمس')\n"
        f"for name in {DATA_FILES!r}:\n    lexicon.load(name)\n",
        root,
        **SEED,
    )
    return root


def differences() -> dict[str, str | None]:
    """Run in a process of its own: each cached table against the same table built from the data."""
    out: dict[str, str | None] = {}
    for name, build in TABLES.items():
        path = datacache.cache_file(name)
        read = datacache._read(path) if path is not None else datacache._MISSING
        if read is datacache._MISSING:
            out[name] = "not in the cache"
        else:
            out[name] = None if _plain(read) == _plain(build()) else "differs"
    return out


@pytest.fixture(scope="module")
def compared(filled) -> dict[str, str | None]:
    code = (
        f"import json, sys\nsys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "import test_datacache\nprint(json.dumps(test_datacache.differences()))\n"
    )
    return json.loads(_python(code, filled, **SEED))


def test_every_cached_table_is_tested_here(filled):
    written = {p.stem for p in filled.rglob("*.pickle")}
    assert written == set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_read_from_the_cache_equals_the_table_built_from_the_data(compared, name):
    assert compared[name] is None


def test_the_analysis_is_the_same_with_the_cache_warm_and_turned_off(filled, tmp_path):
    texts = _bundled_texts()
    assert len(texts) > 200
    (tmp_path / "texts.json").write_text(json.dumps(texts), "utf-8")
    code = (
        "import json, sys\nfrom marsad import pipeline\n"
        f"texts = json.load(open({str(tmp_path / 'texts.json')!r}, encoding='utf-8'))\n"
        "print(json.dumps([pipeline.parse(t, '2024-05-03') for t in texts], ensure_ascii=False, default=str))\n"
    )
    warm = _python(code, filled)
    cold = _python(code, "")
    assert warm == cold
    assert json.loads(warm)[0]["claims"]  # the comparison is over real output, not two empty lists


@pytest.fixture
def one_table(tmp_path, monkeypatch):
    """A cache folder of its own and a small table with a counted builder."""
    monkeypatch.setenv(datacache.ENV_DIR, str(tmp_path / "tables"))
    calls: list[int] = []

    def build() -> dict:
        calls.append(1)
        return {"words": ["قتل", "أسر"], "n": len(calls)}

    return build, calls


def test_a_warm_cache_does_not_build_again(one_table):
    build, calls = one_table
    assert datacache.cached("t", build) == {"words": ["قتل", "أسر"], "n": 1}
    assert datacache.cached("t", build) == {"words": ["قتل", "أسر"], "n": 1}
    assert len(calls) == 1


def _damage(path: Path, how: str) -> None:
    blob = path.read_bytes()
    if how == "a byte of the table flipped":
        path.write_bytes(blob[:-5] + bytes([blob[-5] ^ 0x01]) + blob[-4:])
    elif how == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "not a cache file":
        path.write_bytes(b"\x80\x04K\x07.")  # a valid pickle of 7, without the header
    elif how == "written by another version":
        head = len(datacache._MAGIC)
        path.write_bytes(blob[:head] + bytes(32) + blob[head + 32 :])


@pytest.mark.parametrize(
    "how", ["a byte of the table flipped", "truncated", "empty", "not a cache file", "written by another version"]
)
def test_a_bad_cache_file_is_built_again_and_rewritten(one_table, how):
    build, calls = one_table
    datacache.cached("t", build)
    path = datacache.cache_file("t")
    _damage(path, how)
    assert datacache.cached("t", build) == {"words": ["قتل", "أسر"], "n": 2}
    assert datacache.cached("t", build)["n"] == 2  # rewritten whole: read back, not built a third time
    assert len(calls) == 2


def test_another_version_of_the_package_uses_another_folder(tmp_path, monkeypatch):
    copy = tmp_path / "marsad"
    (copy / "data").mkdir(parents=True)
    (copy / "lexicon.py").write_text("x = 1\n")
    (copy / "data" / "months.yaml").write_text("a: [1]\n")
    monkeypatch.setattr(datacache, "PACKAGE", copy)
    before = datacache.package_digest.__wrapped__()
    (copy / "data" / "months.yaml").write_text("a: [2]\n")
    after_data = datacache.package_digest.__wrapped__()
    (copy / "lexicon.py").write_text("x = 2\n")
    after_code = datacache.package_digest.__wrapped__()
    assert len({before, after_data, after_code}) == 3


def test_the_package_digest_is_the_one_extractor_version_always_used():
    import hashlib

    from marsad import __version__
    from marsad.pipeline import extractor_version

    # the way extractor_version computed it before it moved here: stored documents keep their version
    h = hashlib.sha256(__version__.encode())
    root = datacache.PACKAGE
    for entry in sorted(root.rglob("*")):
        if entry.is_file() and entry.suffix in (".py", ".yaml", ".json", ".jsonl") and "__pycache__" not in entry.parts:
            h.update(str(entry.relative_to(root)).encode())
            h.update(entry.read_bytes())
    assert datacache.package_digest() == h.hexdigest()
    assert extractor_version() == f"{__version__}+{h.hexdigest()[:10]}"


def test_a_folder_that_cannot_be_written_leaves_the_tables_built_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(datacache.ENV_DIR, str(blocker / "tables"))  # under a file: no folder can be made
    assert datacache.cached("t", lambda: {"n": 1}) == {"n": 1}
    assert not (blocker / "tables").exists()


def test_the_cache_is_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(datacache.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert datacache.cache_root() == tmp_path / "xdg" / "marsad" / "tables"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert datacache.cache_root() == tmp_path / "home" / ".cache" / "marsad" / "tables"


def test_an_empty_cache_dir_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv(datacache.ENV_DIR, "")
    assert datacache.cache_file("t") is None
    assert datacache.cached("t", lambda: {"n": 1}) == {"n": 1}


def test_a_read_only_install_parses_the_same(filled, tmp_path):
    """The package cannot write its cache (here: the folder is under a file): output as with the cache."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code = "import json, marsad\nprint(json.dumps(marsad.parse('قتل 3 عناصر من داعش في كركوك أمس', '2024-05-03'), default=str))"
    assert _python(code, blocker / "tables") == _python(code, filled)


def test_a_warm_cache_reads_no_yaml(filled):
    code = (
        "import sys, marsad\nmarsad.parse('قتل 3 عناصر من داعش في كركوك أمس')\n"
        "print('yaml' in sys.modules)\n"
    )
    assert _python(code, filled).strip() == "False"


# ------------------------------------------------------ time patterns compiled on first use


def test_every_time_pattern_has_a_source_and_compiles_to_it():
    sources = time_lexicon._sources()
    pt = time_lexicon.Patterns(sources)
    assert set(sources.named) == set(time_lexicon.Patterns.__annotations__)
    for name, source in sources.named.items():
        assert getattr(pt, name) is getattr(pt, name)  # compiled once, then kept
        assert getattr(pt, name).pattern == source
    assert list(pt.rules) == list(sources.rules)
    for name, source in sources.rules.items():
        assert pt.rules[name] is pt.rules[name]
        assert pt.rules[name] == re.compile(source)


def test_a_name_that_is_no_pattern_is_an_attribute_error():
    pt = time_lexicon.Patterns(time_lexicon._sources())
    with pytest.raises(AttributeError):
        pt.no_such_pattern  # noqa: B018
    with pytest.raises(KeyError):
        pt.rules["no_such_rule"]
