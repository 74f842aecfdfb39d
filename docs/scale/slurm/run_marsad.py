"""Extract a corpus on a SLURM cluster with dask-jobqueue, then load it into the team's store.

    python docs/scale/slurm/run_marsad.py /shared/news/2025/ /shared/runs/2025 --jobs 10
    marsad load /shared/runs/2025 --db postgresql://marsad@db.example/marsad

Reads jobqueue.yaml beside this file (or ~/.config/dask/jobqueue.yaml when it
is not there); the corpus and the output folder must be on a file system
every node mounts at the same path.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml


def cluster_config() -> dict:
    """jobqueue.yaml as dotted dask config keys (set over dask-jobqueue's defaults, not instead of them)."""
    here = Path(__file__).with_name("jobqueue.yaml")
    with here.open(encoding="utf-8") as f:
        slurm = yaml.safe_load(f)["jobqueue"]["slurm"]
    return {f"jobqueue.slurm.{k}": v for k, v in slurm.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=4, help="SLURM jobs (each runs jobqueue.slurm.processes workers)")
    args = ap.parse_args()

    import dask.config
    from dask.distributed import Client
    from dask_jobqueue import SLURMCluster

    from marsad.engine.distributed import extract_to_parquet

    with dask.config.set(cluster_config()):
        cluster = SLURMCluster()
    cluster.scale(jobs=args.jobs)
    with Client(cluster) as client:
        client.wait_for_workers(1)
        summary = extract_to_parquet(args.corpus, args.out, client=client)
    cluster.close()
    print(f"{summary.documents} documents, {summary.claims} claims, {summary.errors} errors "
          f"on {summary.partitions} partitions in {summary.seconds:.0f} s → marsad load {args.out}")


if __name__ == "__main__":
    main()
