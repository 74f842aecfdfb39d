"""Start-up time of the ``marsad`` command: median of N fresh processes, A/B interleaved.

    python bench/bench_startup.py [--runs 15] [--old OTHER/src | --old-rev GIT-REVISION]

Every variant is a new Python process running ``marsad.cli.main`` (or the
Python API) with the same arguments; the variants take turns, so a
neighbour's load falls on all of them alike. Printed for each: the median wall
time and the median CPU time (user + system, from ``getrusage``: what the
process itself spent, the steadier of the two on a shared machine), and the
ratio against the variant it is compared with.

The processes run as an installed package does: from compiled bytecode (the
warm-up run writes it; ``PYTHONDONTWRITEBYTECODE`` is dropped for them, or each
run would compile marsad's sources again) and with the language tables cached
(``marsad.datacache``, in a temporary folder that the warm-up run fills).

The "before" variants rebuild, in the same command, what start-up used to cost:

- ``no table cache``: every table built from the YAML and JSONL data, as in a
  first run or a read-only install (``MARSAD_CACHE_DIR=`` turns the cache off);
- ``eager imports``: the server (FastAPI) and Alembic imported before the
  command runs, as ``marsad.cli`` and ``marsad.serve`` used to for every command;
- ``--old OTHER/src`` (a checkout's ``src``) or ``--old-rev REV`` (extracted
  with ``git archive``): the same commands run by that code, first on the path.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "قتل 3 عناصر من داعش في كركوك أمس"

RUN = "import sys; sys.argv = ['marsad', *sys.argv[1:]]; from marsad.cli import main; main()"
API = f"import marsad; marsad.parse({TEXT!r})"
EAGER = "import marsad.serve.app, marsad.store.migrate; "
PARSE = ["parse", TEXT, "--json"]


class Variant:
    def __init__(self, code: str, args: list[str], peer: str | None = None, src: Path | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.code, self.args, self.peer, self.src, self.env = code, args, peer, src, env or {}


def variants(old: Path | None) -> dict[str, Variant]:
    v = {
        "python -c pass": Variant("pass", []),
        "marsad --help": Variant(RUN, ["--help"]),
        "marsad --help, eager imports (before)": Variant(EAGER + RUN, ["--help"], "marsad --help"),
        "marsad parse": Variant(RUN, PARSE),
        "marsad parse, no table cache": Variant(RUN, PARSE, "marsad parse", env={"MARSAD_CACHE_DIR": ""}),
        "marsad.parse() from Python": Variant(API, []),
    }
    if old is not None:
        v["marsad --help, --old"] = Variant(RUN, ["--help"], "marsad --help", src=old)
        v["marsad parse, --old"] = Variant(RUN, PARSE, "marsad parse", src=old)
        v["marsad.parse() from Python, --old"] = Variant(API, [], "marsad.parse() from Python", src=old)
    return v


def once(v: Variant, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process."""
    env = {**env, **v.env}
    if v.src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(v.src), env["PYTHONPATH"]])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", v.code, *v.args], env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def checkout(rev: str, into: Path) -> Path:
    """``src`` of a git revision of this repository, extracted into ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    tar = into / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    return into / "src"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--old", type=Path, help="another checkout's src folder, run as the code before")
    ap.add_argument("--old-rev", help="a git revision of this repository, run as the code before")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = checkout(a.old_rev, Path(tmp)) if a.old_rev else a.old
        if old is not None and not (old / "marsad" / "cli.py").is_file():
            ap.error(f"{old} holds no marsad package")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
        env["MARSAD_CACHE_DIR"] = str(Path(tmp) / "tables")
        vs = variants(old)
        for v in vs.values():  # warm the file cache, write the bytecode, fill the table cache
            once(v, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in vs}
        for _ in range(a.runs):
            for name, v in vs.items():
                times[name].append(once(v, env))
    wall = {n: statistics.median(w for w, _ in ts) for n, ts in times.items()}
    cpu = {n: statistics.median(c for _, c in ts) for n, ts in times.items()}
    print(f"median of {a.runs} runs each (load average {os.getloadavg()[0]:.1f})"
          + (f"; --old: {a.old_rev or old}" if old else ""))
    print(f"  {'':<42} {'wall s':>7} {'cpu s':>7}  ratio (cpu, wall)")
    for name, v in vs.items():
        ratio = f"  {cpu[name] / cpu[v.peer]:.2f}x, {wall[name] / wall[v.peer]:.2f}x of '{v.peer}'" if v.peer else ""
        print(f"  {name:<42} {wall[name]:7.3f} {cpu[name]:7.3f}{ratio}")


if __name__ == "__main__":
    main()
