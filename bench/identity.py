"""Is this checkout's extraction byte-identical to another checkout's?

    .venv/bin/python bench/identity.py --old /tmp/speed-old/src [--bench-docs 2000]

Gathers every corpus the repository can reach — samples/, the JSONL corpora
under tests/data, the recombined benchmark corpus of ``bench_extract.py`` and,
when present, the real-page cache (``~/.cache/marsad/real/texts``, read only,
with each page's date from ``quality/real/index.jsonl``) and the shared dev
articles — into one input file, then extracts it twice in subprocesses, once
with ``--old`` first on ``PYTHONPATH`` and once with this checkout's ``src``,
and compares, document by document, the JSON a user sees and the analysis
behind it: the claims (with the document's outlet, as ``extract_document``
makes them), the document date, and every quantity, time, entity, adjective,
cue, sentence and clause that ``parse`` and the extractor read. Exits 1 on the first
corpus that differs and prints the first difference.

Speed work must leave every byte of that output alone; run this before
landing any change to the recognisers or the extractor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = Path(os.environ.get("MARSAD_REAL_CACHE", Path.home() / ".cache" / "marsad" / "real"))
# the shared dev articles sit beside the checkout (../shared, or ../../shared from a worktree)
DEV = next((p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
           ROOT / "shared" / "eval" / "dev")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _records(name: str, rows: list[dict]) -> list[dict]:
    out = []
    for i, r in enumerate(rows):
        text = r.get("text")
        if not isinstance(text, str) or not text:
            continue
        out.append({
            "corpus": name,
            "id": str(r.get("id") or i),
            "text": text,
            "published": r.get("published"),
            "source": r.get("source") or r.get("outlet"),
        })
    return out


def gather(bench_docs: int) -> list[dict]:
    """Every reachable document as {corpus, id, text, published, source}."""
    docs: list[dict] = []
    for p in sorted((ROOT / "samples" / "reports").glob("*.txt")):
        docs.append({"corpus": "samples/reports", "id": p.stem, "text": p.read_text("utf-8"),
                     "published": None, "source": None})
    docs += _records("samples/relays", _jsonl(ROOT / "samples" / "relays" / "articles.jsonl"))
    for p in sorted((ROOT / "tests" / "data").rglob("*.jsonl")):
        docs += _records(str(p.relative_to(ROOT)), _jsonl(p))
    if DEV.is_dir():  # read, never copied: only the outputs' digests leave this script
        for p in sorted(DEV.rglob("*")):
            if p.suffix == ".jsonl":
                docs += _records("dev", _jsonl(p))
            elif p.suffix == ".txt":
                docs.append({"corpus": "dev", "id": p.stem, "text": p.read_text("utf-8"),
                             "published": None, "source": None})
    texts = REAL / "texts"
    if texts.is_dir():
        index = {r["id"]: r for r in _jsonl(ROOT / "quality" / "real" / "index.jsonl")}
        for p in sorted(texts.glob("*.txt")):
            meta = index.get(p.stem, {})
            docs.append({"corpus": "real", "id": p.stem, "text": p.read_text("utf-8"),
                         "published": meta.get("published"), "source": meta.get("outlet")})
            # the same page undated: the document date then comes from the text
            docs.append({"corpus": "real-undated", "id": p.stem, "text": p.read_text("utf-8"),
                         "published": None, "source": None})
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "src"))
    from bench_extract import build_corpus

    for i, text in enumerate(build_corpus(bench_docs)):
        docs.append({"corpus": "bench", "id": str(i), "text": text,
                     "published": "2024-06-01" if i % 2 else None, "source": None})
    return docs


def dump(inputs: Path, out: Path) -> None:
    """Extract every input with whatever ``marsad`` is first on the path."""
    from datetime import date

    from marsad.extractor.document import analyse
    from marsad.extractor.run import extract_analysis

    def items(a, field: str) -> list:  # type: ignore[no-untyped-def]
        return [p.obj.to_dict() for v in a.views for p in getattr(v, field)]

    with inputs.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            d = json.loads(line)
            published = date.fromisoformat(d["published"][:10]) if d["published"] else None
            # what extract_document and parse show, from one analysis (the same calls they make)
            a = analyse(d["text"], published)
            got = {
                "claims": [c.to_dict() for c in extract_analysis(a, d["id"], d["source"])],
                "document_date": [str(a.docdate.date), a.docdate.year, a.docdate.basis, a.docdate.reason],
                "quantities": items(a, "quantities"),
                "times": items(a, "times"),
                "entities": items(a, "entities"),
                "adjectives": items(a, "adjectives"),
                "cues": [[c.nstart, c.nend, c.tok_start, c.tok_end, sorted(c.kinds), c.phrase, c.prefix]
                         for v in a.views for c in v.cues],
                "sentences": [[v.sentence.start, v.sentence.end, v.tok_start, v.tok_end, v.clauses, v.headline]
                              for v in a.views],
            }
            w.write(json.dumps(got, ensure_ascii=False, sort_keys=True, default=str) + "\n")


def _start(src: str, inputs: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--dump", str(inputs), str(out)],
                            env=env, cwd=tempfile.gettempdir())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", help="the src folder of the checkout to compare with")
    ap.add_argument("--new", default=str(ROOT / "src"))
    ap.add_argument("--bench-docs", type=int, default=2000)
    ap.add_argument("--dump", nargs=2, metavar=("INPUTS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(Path(args.dump[0]), Path(args.dump[1]))
        return 0
    if not args.old:
        ap.error("--old is required")
    docs = gather(args.bench_docs)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.jsonl"
        inputs.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
        old, new = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
        # both at once: the machine has two cores, and the outputs do not depend on timing
        procs = [_start(args.old, inputs, old), _start(args.new, inputs, new)]
        if any(p.wait() for p in procs):
            print("an extraction run failed")
            return 2
        a = old.read_text("utf-8").splitlines()
        b = new.read_text("utf-8").splitlines()
    assert len(a) == len(b) == len(docs), (len(a), len(b), len(docs))
    by_corpus: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        by_corpus.setdefault(d["corpus"], []).append(i)
    failed = False
    for name, idx in by_corpus.items():
        diff = [i for i in idx if a[i] != b[i]]
        digest = hashlib.sha256("".join(b[i] for i in idx).encode()).hexdigest()[:12]
        print(f"{name:40} {len(idx):5} documents  {'IDENTICAL' if not diff else f'{len(diff)} DIFFER'}  {digest}")
        if diff and not failed:
            failed = True
            i = diff[0]
            x, y = json.loads(a[i]), json.loads(b[i])
            for key in x:
                if x[key] != y.get(key):
                    print(f"  first difference: {name} {docs[i]['id']} in {key!r}")
                    print("  old:", json.dumps(x[key], ensure_ascii=False)[:1500])
                    print("  new:", json.dumps(y[key], ensure_ascii=False)[:1500])
                    break
    print("IDENTICAL on every corpus" if not failed else "OUTPUT DIFFERS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
