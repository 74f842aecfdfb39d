"""Start-up time of the ``marsad`` command: median of N fresh processes, A/B interleaved.

    python bench/bench_startup.py [--runs 15]

Every variant is a new Python process running ``marsad.cli.main`` with the same
arguments; the variants take turns, so a neighbour's load falls on all of them
alike. Printed for each: the median wall time and the median CPU time (user +
system, from ``getrusage``: what the process itself spent, the steadier of the
two on a shared machine), and the ratio against the variant it is compared with.

The "before" variants rebuild, in the same command, what start-up used to cost:

- ``eager imports``: the server (FastAPI) and Alembic imported before the
  command runs, as ``marsad.cli`` and ``marsad.serve`` used to for every command;
- ``pure YAML``: the language data read with PyYAML's pure-Python loader
  instead of libyaml's (``marsad.lexicon.YAML_LOADER``).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "قتل 3 عناصر من داعش في كركوك أمس"

RUN = "import sys; sys.argv = ['marsad', *sys.argv[1:]]; from marsad.cli import main; main()"
EAGER = "import marsad.serve.app, marsad.store.migrate; "
PURE = "import yaml; yaml.CSafeLoader = yaml.SafeLoader; "

# name → (python code, marsad arguments, the variant it is compared with)
VARIANTS: dict[str, tuple[str, list[str], str | None]] = {
    "python -c 'import yaml'": ("import yaml", [], None),
    "marsad --help": (RUN, ["--help"], None),
    "marsad --help, eager imports (before)": (EAGER + RUN, ["--help"], "marsad --help"),
    "marsad parse": (RUN, ["parse", TEXT, "--json"], None),
    "marsad parse, eager imports (before)": (EAGER + RUN, ["parse", TEXT, "--json"], "marsad parse"),
    "marsad parse, pure YAML": (PURE + RUN, ["parse", TEXT, "--json"], "marsad parse"),
    "marsad parse, eager imports + pure YAML": (EAGER + PURE + RUN, ["parse", TEXT, "--json"], "marsad parse"),
}


def once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    runs = ap.parse_args().runs
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    for code, args, _ in VARIANTS.values():  # warm the file cache and the bytecode
        once(code, args, env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in VARIANTS}
    for _ in range(runs):
        for name, (code, args, _) in VARIANTS.items():
            times[name].append(once(code, args, env))
    wall = {n: statistics.median(w for w, _ in ts) for n, ts in times.items()}
    cpu = {n: statistics.median(c for _, c in ts) for n, ts in times.items()}
    print(f"median of {runs} runs each (load average {os.getloadavg()[0]:.1f})")
    print(f"  {'':<50} {'wall s':>7} {'cpu s':>7}  ratio (cpu, wall)")
    for name, (_, _, peer) in VARIANTS.items():
        ratio = f"  {cpu[name] / cpu[peer]:.2f}x, {wall[name] / wall[peer]:.2f}x of '{peer}'" if peer else ""
        print(f"  {name:<50} {wall[name]:7.3f} {cpu[name]:7.3f}{ratio}")


if __name__ == "__main__":
    main()
