#!/usr/bin/env python3
"""The real-page development corpus: pointers in the repository, texts in a cache.

The repository keeps no article text from elsewhere. It keeps, under
``quality/real/``, an index of pointers (id, url, outlet, length, sha256 of the
text) and gold claims whose evidence is a pair of character offsets. The texts
are page openings from the search tool's stored ``pages`` corpus, saved as the
tool returned them (a "raw" JSON file of one or more search answers) in a
cache outside the repository, by default ``~/.cache/marsad/real``
(``MARSAD_REAL_CACHE`` moves it).

    real_corpus.py check-url URL...       # held out? (prints ok / HELD-OUT per url)
    real_corpus.py ingest RAW.json...     # raw answers -> cache/pages/*.txt + cache/candidates.jsonl
    real_corpus.py build-index            # candidates + annotators' page notes -> quality/real/index.jsonl
    real_corpus.py rebuild                # raw answers -> texts of the index, verified by sha256
    real_corpus.py missing [--split S]    # indexed pages the cache lacks, with query hints
    real_corpus.py check-raw RAW.json...  # a recovery answer: held-out results out, then recovered/changed
    real_corpus.py materialise            # index + gold -> cache/{dev,test}/corpus.jsonl, gold.jsonl
    real_corpus.py score [SPLIT...]       # extract and score dev and test (needs marsad installed)
    real_corpus.py spans GOLD_WITH_EVIDENCE.jsonl   # evidence strings -> evidence_span, to stdout

Pages kept back to judge the project are never taken in: a URL whose sha256
(as given, percent-decoded, trailing slash removed) is listed in
``shared/eval/heldout-urls.sha256``, and a text that shares word 8-gram
fingerprints with ``shared/eval/heldout-shingles.txt`` (the judges' threshold
is 20; page openings are short, so this script already refuses at 5).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "quality" / "real"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
CACHE = Path(os.environ.get("MARSAD_REAL_CACHE", Path.home() / ".cache" / "marsad" / "real"))
SHINGLE_LIMIT = 5


# ---------------------------------------------------------------- held-out pages

def _url_forms(url: str) -> set[str]:
    forms = set()
    for u in (url, unquote(url), quote(unquote(url), safe=":/?&=#%+@;,~")):
        forms.add(u)
        forms.add(u.rstrip("/"))
    return forms


def _banned_urls() -> set[str]:
    path = SHARED_EVAL / "heldout-urls.sha256"
    if not path.exists():
        sys.exit(f"{path} is missing: without it no page can be checked, so none is taken in")
    return {ln.strip() for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")}


def _banned_shingles() -> set[str]:
    path = SHARED_EVAL / "heldout-shingles.txt"
    if not path.exists():
        sys.exit(f"{path} is missing: without it no page can be checked, so none is taken in")
    return {ln.strip() for ln in path.read_text().splitlines() if ln.strip() and not ln.startswith("#")}


def _words(t: str) -> list[str]:
    t = re.sub(r"[\u064B-\u065F\u0670\u0640]", "", t)
    t = re.sub(r"[\u0622\u0623\u0625\u0671]", "\u0627", t)
    t = t.replace("\u0649", "\u064A").replace("\u0629", "\u0647")
    return re.findall(r"\w+", t)


def fingerprints(t: str) -> set[str]:
    w = _words(t)
    return {hashlib.sha1(" ".join(w[i : i + 8]).encode()).hexdigest()[:16] for i in range(len(w) - 7)}


def url_held_out(url: str, banned: set[str]) -> bool:
    return any(hashlib.sha256(f.encode()).hexdigest() in banned for f in _url_forms(url))


# ---------------------------------------------------------------- page texts

_ARABIC = re.compile(r"[\u0621-\u064A]")
_PERSIAN = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC]")
_LETTER = re.compile(r"[^\W\d_]")


def is_arabic(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    arabic = len(_ARABIC.findall(text))
    persian = len(_PERSIAN.findall(text))
    return letters > 0 and arabic / letters > 0.6 and persian < 0.01 * max(arabic, 1)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_id(url: str) -> str:
    host = urlsplit(url).netloc.lower().removeprefix("www.").split(":")[0]
    host = re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    return f"{host}_{hashlib.sha1(url.encode()).hexdigest()[:8]}"


# Aggregators that republish other papers under /<paper>/<n>: the paper is the outlet.
AGGREGATORS = {"masress.com", "sauress.com", "djazairess.com", "yemeress.com", "maghress.com", "turess.com"}


def outlet(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    if host in AGGREGATORS:
        paper = parts.path.strip("/").split("/")[0]
        if paper:
            return f"{host}/{paper}"
    return host


_URL_DATE = re.compile(r"(?<!\d)(20[012]\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")


def url_date(url: str) -> str | None:
    m = _URL_DATE.search(unquote(url))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def raw_pages(paths: list[Path]):
    """Yield (url, text, query) for every result in raw search answers."""
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            print(f"{path}: unreadable raw answer: {e}", file=sys.stderr)
            continue
        answers = data if isinstance(data, list) else [data]
        for answer in answers:
            for r in answer.get("results", []):
                if r.get("url") and r.get("excerpt"):
                    yield r["url"], r["excerpt"], answer.get("query", "")


def _raw_files() -> list[Path]:
    return sorted((CACHE / "raw").glob("*.json"))


# ---------------------------------------------------------------- commands

def cmd_check_url(args) -> int:
    banned = _banned_urls()
    for url in args.urls:
        print(("HELD-OUT " if url_held_out(url, banned) else "ok ") + url)
    return 0


def cmd_ingest(args) -> int:
    # Several collectors ingest at once: one lock around the read-modify-write of candidates.
    import fcntl

    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".ingest.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ingest(args)


def _ingest(args) -> int:
    banned, shingles = _banned_urls(), _banned_shingles()
    pages_dir = CACHE / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    cand_path = CACHE / "candidates.jsonl"
    known = {}
    if cand_path.exists():
        for ln in cand_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(ln)
            known[row["url"]] = row
    # Indexed pages are known even when the cache has lost their candidates (a new machine), and so
    # are pages left out on purpose (excluded.jsonl keeps their ids, which their URLs give).
    indexed = {r["url"]: r for r in _index()}
    excluded = _excluded_ids()
    seen_fp: dict[str, str] = {}
    for row in [*known.values(), *indexed.values()]:
        for p in (pages_dir / f"{row['id']}.txt", CACHE / "texts" / f"{row['id']}.txt"):
            if p.exists():
                for f in fingerprints(p.read_text(encoding="utf-8")):
                    seen_fp[f] = row["id"]
                break
    counts = {"new": 0, "known": 0, "held_out": 0, "copy_of_held_out": 0, "not_arabic": 0, "near_duplicate": 0,
              "test_outlet": 0}
    # new pages are development material: an outlet of the test split would leak into it
    test_outlets = {r["outlet"] for r in indexed.values() if r.get("split") == "test"}
    paths = [Path(p) for p in args.raw]
    for url, text, query in raw_pages(paths):
        if url_held_out(url, banned):
            counts["held_out"] += 1
            continue
        fp = fingerprints(text)
        if len(fp & shingles) >= SHINGLE_LIMIT:
            counts["copy_of_held_out"] += 1
            continue
        if url in known or url in indexed or doc_id(url) in excluded:
            counts["known"] += 1
            continue
        if not is_arabic(text):
            counts["not_arabic"] += 1
            continue
        dup = {seen_fp[f] for f in fp if f in seen_fp}
        if fp and sum(1 for f in fp if f in seen_fp) > 0.5 * len(fp):
            counts["near_duplicate"] += 1
            print(f"near duplicate of {sorted(dup)}: {url}", file=sys.stderr)
            continue
        if outlet(url) in test_outlets:
            counts["test_outlet"] += 1
            continue
        did = doc_id(url)
        (pages_dir / f"{did}.txt").write_text(text, encoding="utf-8")
        row = {"id": did, "url": url, "outlet": outlet(url), "published": url_date(url),
               "length": len(text), "sha256": sha256_text(text), "query": query}
        known[url] = row
        for f in fp:
            seen_fp.setdefault(f, did)
        counts["new"] += 1
        print(f"{did}\t{len(text)}\t{url}")
    tmp = cand_path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for row in known.values():
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(cand_path)
    print(json.dumps(counts), file=sys.stderr)
    return 0


def _index() -> list[dict]:
    """The index's rows; none before the first round is indexed."""
    path = REAL / "index.jsonl"
    if not path.exists():
        return []
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _excluded_ids() -> set[str]:
    """Pages left out on purpose (quality/real/excluded.jsonl, each with its reason)."""
    path = REAL / "excluded.jsonl"
    if not path.exists():
        return set()
    return {json.loads(ln)["id"] for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()}


def _story_key(story: str) -> str:
    words = re.findall(r"[a-z0-9]+", re.sub(r"\(.*?\)", "", story.lower()))
    return " ".join(words[:3])


def cmd_build_index(args) -> int:
    """Index rows (pointers, kind, story, split) from the candidates the annotators kept.

    Dev and test are split by story and by outlet: every page sharing an
    outlet or a story with another lands on the same side, so the test split
    measures reporting whose outlets and events the rules never saw.
    """
    cands = {}
    cand_path = CACHE / "candidates.jsonl"
    if cand_path.exists():
        for ln in cand_path.read_text(encoding="utf-8").splitlines():
            row = json.loads(ln)
            cands[row["id"]] = row
    docs = {}
    # The index is the record; the cache is not. A cache rebuilt from fewer raw answers (or from
    # none: a new machine) has lost the candidates and page notes of earlier rounds, and an index
    # written from it alone would drop those pages. Indexed pages the cache no longer describes
    # keep their row (pointers, kind, story, country, year) as the index holds it.
    indexed = _index()
    for row in indexed:
        cands.setdefault(row["id"], {k: row[k] for k in ("id", "url", "length", "sha256", "published")})
        docs[row["id"]] = {"doc": row["id"], **{k: row.get(k) for k in ("kind", "story", "country", "year")}}
    skip = {x.strip() for x in getattr(args, "skip", "").split(",") if x.strip()}
    for path in sorted((CACHE / "annot").glob("*_docs.jsonl")):
        if path.name.split("_")[0] in skip:
            continue  # an annotator still at work: the pages join when the notes are final
        for ln in path.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                d = json.loads(ln)
                docs[d["doc"]] = d
    # Pages left out on purpose (quality/real/excluded.jsonl, with the reason): e.g. pages whose
    # errors were read before the split sent them to test.
    for did in _excluded_ids():
        docs.pop(did, None)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for did, d in docs.items():
        for key in (f"outlet:{outlet(cands[did]['url'])}", f"story:{_story_key(d.get('story', ''))}"):
            parent[find(f"doc:{did}")] = find(key)
    groups: dict[str, list[str]] = {}
    for did in docs:
        groups.setdefault(find(f"doc:{did}"), []).append(did)
    # Pages already indexed keep their side; a new page joins the side of any
    # indexed page it shares a story or outlet with, and dev otherwise (later
    # rounds of collection are development material).
    previous = {r["id"]: r.get("split") for r in indexed}
    test: set[str] = set()
    if previous:
        for g in groups.values():
            sides = {previous[d] for d in g if d in previous}
            if "test" in sides:
                test.update(d for d in g if (d in previous and previous[d] == "test") or d not in previous)
        # An outlet is never on both sides: a page read for rules must not share an outlet's
        # house style with the pages that measure them. (Story keys are the first words of an
        # annotator's description and link unrelated events; the outlet is the hard line.)
        # Conflicts go to dev, never to test: dev pages have been read.
        dev_outlets = {outlet(cands[d]["url"]) for d in docs if d not in test}
        leaked = {d for d in test if outlet(cands[d]["url"]) in dev_outlets}
        if leaked:
            print(f"{len(leaked)} test pages share an outlet with dev and move to dev")
        test -= leaked
    else:
        order = sorted(groups.values(), key=lambda g: hashlib.sha1(min(g).encode()).hexdigest())
        target = round(len(docs) / 3)
        for g in order:
            if len(test) + len(g) <= target + 2:
                test.update(g)
    rows = []
    for did in sorted(docs):
        c, d = cands[did], docs[did]
        rows.append({
            "id": did, "url": c["url"], "outlet": outlet(c["url"]), "published": c.get("published"),
            "length": c["length"], "sha256": c["sha256"], "kind": d.get("kind"), "story": d.get("story"),
            "country": d.get("country"), "year": d.get("year"), "split": "test" if did in test else "dev",
        })
    REAL.mkdir(parents=True, exist_ok=True)
    with (REAL / "index.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    sizes = sorted((len(g) for g in groups.values()), reverse=True)
    print(f"{len(rows)} pages, {len(groups)} story/outlet groups (largest {sizes[:5]}); test {len(test)}, dev {len(rows) - len(test)}")
    return 0


def cmd_rebuild(args) -> int:
    """Texts of the index from the raw answers, each verified by its sha256.

    A cache found again on a new machine holds part of the corpus (the search tool may no longer
    return a page, or return another text for it): what is held is scored, and what is not is
    counted here and listed by `missing`; `--strict` makes either a failure, `--verbose` names them.
    """
    banned, shingles = _banned_urls(), _banned_shingles()
    by_url: dict[str, list[str]] = {}
    for url, text, _ in raw_pages(_raw_files()):
        by_url.setdefault(url, []).append(text)
    out_dir = CACHE / "texts"
    out_dir.mkdir(parents=True, exist_ok=True)
    ok = missing = bad = 0
    for row in _index():
        if url_held_out(row["url"], banned):
            sys.exit(f"{row['id']}: {row['url']} is a held-out page and must leave the index")
        match = next((t for t in by_url.get(row["url"], []) if sha256_text(t) == row["sha256"]), None)
        if match is None:
            if row["url"] in by_url:
                bad += 1
                if args.verbose:
                    print(f"{row['id']}: the stored opening changed (sha256 differs)", file=sys.stderr)
            else:
                missing += 1
                if args.verbose:
                    print(f"{row['id']}: no raw answer holds {row['url']}", file=sys.stderr)
            continue
        if len(fingerprints(match) & shingles) >= SHINGLE_LIMIT:
            sys.exit(f"{row['id']}: copies a held-out page and must leave the index")
        (out_dir / f"{row['id']}.txt").write_text(match, encoding="utf-8")
        ok += 1
    print(f"rebuilt {ok} texts in {out_dir}; {missing} missing, {bad} changed (`missing` lists them)")
    return 1 if args.strict and (missing or bad) else 0


def cmd_check_raw(args) -> int:
    """A raw answer saved to recover indexed texts: held-out results taken out of the file (it is
    rewritten), then each result's fate — recovered (an indexed page, its sha256 matching), changed
    (an indexed page whose text differs: copied wrong, or the tool's copy moved on), or not indexed."""
    banned, shingles = _banned_urls(), _banned_shingles()
    by_url = {r["url"]: r for r in _index()}
    status = 0
    for name in args.raw:
        path = Path(name)
        data = json.loads(path.read_text(encoding="utf-8"))
        answers = data if isinstance(data, list) else [data]
        dropped = 0
        for answer in answers:
            kept = []
            for r in answer.get("results", []):
                text = r.get("excerpt", "")
                if url_held_out(r.get("url", ""), banned) or len(fingerprints(text) & shingles) >= SHINGLE_LIMIT:
                    dropped += 1
                    continue
                kept.append(r)
            answer["results"] = kept
        if dropped:
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            print(f"{path}: {dropped} held-out result(s) taken out")
        for answer in answers:
            for r in answer["results"]:
                row, text = by_url.get(r.get("url", "")), r.get("excerpt", "")
                if row is None:
                    print(f"not indexed  {r.get('url', '')[:100]}")
                elif sha256_text(text) == row["sha256"]:
                    print(f"recovered    {row['id']}")
                else:
                    status = 1
                    print(f"changed      {row['id']}: {len(text)} characters saved, {row['length']} indexed")
    return status


def cmd_missing(args) -> int:
    """Indexed pages whose text the cache lacks, with what finds them again in the search tool.

    The decoded address often carries the headline (the best query); the story line says what
    to ask for when it does not. Answers saved to ``raw/`` are then taken by ``rebuild``.
    """
    rows = [r for r in _index() if (not args.split or r.get("split") == args.split)]
    left = [r for r in rows if _text_of(r) is None]
    for r in left:
        print(json.dumps({"id": r["id"], "url": unquote(r["url"]), "story": r.get("story"),
                          "length": r["length"], "split": r.get("split")}, ensure_ascii=False))
    print(f"{len(left)} of {len(rows)} indexed texts are not in {CACHE}", file=sys.stderr)
    return 0


def _text_of(row: dict) -> str | None:
    for d in (CACHE / "texts", CACHE / "pages"):
        p = d / f"{row['id']}.txt"
        if p.exists():
            t = p.read_text(encoding="utf-8")
            if sha256_text(t) == row["sha256"]:
                return t
    return None


def cmd_materialise(args) -> int:
    """Write scorer-ready corpus.jsonl and gold.jsonl (evidence from spans) per split."""
    gold_rows = [json.loads(ln) for ln in (REAL / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    by_doc: dict[str, list[dict]] = {}
    for g in gold_rows:
        by_doc.setdefault(g["doc"], []).append(g)
    missing = 0
    for split in ("dev", "test", "all"):
        d = CACHE / split
        d.mkdir(parents=True, exist_ok=True)
        with (d / "corpus.jsonl").open("w", encoding="utf-8") as corpus, (d / "gold.jsonl").open("w", encoding="utf-8") as gold:
            for row in _index():
                if split != "all" and row.get("split") != split:
                    continue
                text = _text_of(row)
                if text is None:
                    missing += split == "all"
                    continue
                doc = {"id": row["id"], "text": text, "source": row.get("outlet"), "url": row["url"]}
                if row.get("published"):
                    doc["published"] = row["published"]
                corpus.write(json.dumps(doc, ensure_ascii=False) + "\n")
                for g in by_doc.get(row["id"], []):
                    s, e = g["evidence_span"]
                    claim = {k: v for k, v in g.items() if k != "evidence_span"}
                    claim["evidence"] = text[s:e]
                    gold.write(json.dumps(claim, ensure_ascii=False) + "\n")
    if missing:
        print(f"{missing} indexed texts are not in the cache ({CACHE}); run `rebuild` first", file=sys.stderr)
    print(f"wrote {CACHE}/{{dev,test,all}}/corpus.jsonl and gold.jsonl")
    return 0


def cmd_score(args) -> int:
    """Extract each split with the installed marsad and score it with the scorer's measure."""
    try:
        from marsad.evaluate import load_jsonl, score
        from marsad.pipeline import extract_corpus
    except ImportError:
        sys.exit("marsad is not installed in this Python: run `make real-eval`")
    for split in args.splits:
        corpus, gold = CACHE / split / "corpus.jsonl", CACHE / split / "gold.jsonl"
        if not corpus.exists():
            print(f"{split}: no texts in {CACHE} (run `rebuild` and `materialise` first)")
            return 1
        texts, pred = {}, []
        for r in extract_corpus(corpus):
            if r.error is not None:
                print(f"{split}: {r.error.doc}: {r.error.message}")
                continue
            texts[r.doc.id] = r.doc.text
            pred += [c.to_dict() for c in r.claims]
        s = score(load_jsonl(gold), pred, texts)
        indexed = sum(1 for r in _index() if split == "all" or r.get("split") == split)
        print(f"{split:5} docs {len(texts):3} of {indexed} indexed  F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  "
              f"period {s.period:.3f}  qualifier {s.qualifier:.3f}  actor {s.actor:.3f}  source {s.source:.3f}")
    return 0


def cmd_spans(args) -> int:
    """Turn annotators' evidence strings into offsets into the cached text."""
    rows = {r["id"]: r for r in _index()}
    excluded = _excluded_ids()
    for ln in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        g = json.loads(ln)
        if g["doc"] in excluded:
            # a page left out on purpose (excluded.jsonl): its claims stay out of the gold, and the rest go on
            print(f"{g['doc']}: left out (excluded.jsonl), its claim skipped", file=sys.stderr)
            continue
        text = _text_of(rows[g["doc"]]) if g["doc"] in rows else None
        if text is None:
            print(f"{g['doc']}: text not in the cache", file=sys.stderr)
            return 1
        ev = g.pop("evidence")
        start = text.find(ev)
        if start < 0:
            print(f"{g['doc']}: evidence not found: {ev[:60]}", file=sys.stderr)
            return 1
        g["evidence_span"] = [start, start + len(ev)]
        print(json.dumps(g, ensure_ascii=False))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("check-url")
    p.add_argument("urls", nargs="+")
    p.set_defaults(fn=cmd_check_url)
    p = sub.add_parser("ingest")
    p.add_argument("raw", nargs="+")
    p.set_defaults(fn=cmd_ingest)
    p = sub.add_parser("build-index")
    p.add_argument("--skip", default="", help="annotators (letters, comma-separated) still at work: their pages wait")
    p.set_defaults(fn=cmd_build_index)
    p = sub.add_parser("rebuild")
    p.add_argument("--strict", action="store_true", help="fail when an indexed text is missing or changed")
    p.add_argument("--verbose", action="store_true", help="name each missing or changed page")
    p.set_defaults(fn=cmd_rebuild)
    p = sub.add_parser("check-raw")
    p.add_argument("raw", nargs="+")
    p.set_defaults(fn=cmd_check_raw)
    p = sub.add_parser("missing")
    p.add_argument("--split", choices=("dev", "test"))
    p.set_defaults(fn=cmd_missing)
    sub.add_parser("materialise").set_defaults(fn=cmd_materialise)
    p = sub.add_parser("score")
    p.add_argument("splits", nargs="*", default=["dev", "test"])
    p.set_defaults(fn=cmd_score)
    p = sub.add_parser("spans")
    p.add_argument("gold")
    p.set_defaults(fn=cmd_spans)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
