"""The cluster recipes in docs/scale/: their configuration files load and fit together."""

from __future__ import annotations

import importlib.util
import shlex
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCALE = ROOT / "docs" / "scale"


def load_all(name: str) -> list[dict]:
    with (SCALE / "kubernetes" / name).open(encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d]


def marsad_command(args: list[str]):
    """Parse a marsad command line as the CLI would (no run): raises on an unknown option or a bad value."""
    from marsad.cli import app as group

    ctx = group.make_context("marsad", list(args), resilient_parsing=False)
    name, cmd, rest = group.resolve_command(ctx, list(args))
    return name, cmd.make_context(name, rest, parent=ctx).params


def test_the_slurm_configuration_makes_a_slurm_job_script():
    pytest.importorskip("dask_jobqueue")
    import dask.config
    from dask_jobqueue import SLURMCluster

    spec = importlib.util.spec_from_file_location("run_marsad", SCALE / "slurm" / "run_marsad.py")
    recipe = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(recipe)  # type: ignore[union-attr]
    config = recipe.cluster_config()
    assert config["jobqueue.slurm.cores"] == config["jobqueue.slurm.processes"]  # one thread per worker process
    with dask.config.set(config), SLURMCluster(scheduler_options={"dashboard_address": None}) as cluster:
        script = cluster.job_script()
    assert "#SBATCH -J marsad-worker" in script
    assert "#SBATCH --cpus-per-task=8" in script
    assert "#SBATCH -t 04:00:00" in script
    assert "--nthreads 1" in script and "--nworkers 8" in script
    assert "export MARSAD_DOC_SECONDS=60" in script
    assert "~/marsad/.venv/bin/python -m distributed.cli.dask_worker" in script


def test_the_kubernetes_manifests_fit_together():
    [cluster] = load_all("daskcluster.yaml")
    [pvc] = load_all("pvc.yaml")
    [job] = load_all("job.yaml")
    assert (cluster["apiVersion"], cluster["kind"]) == ("kubernetes.dask.org/v1", "DaskCluster")
    assert (pvc["kind"], pvc["spec"]["accessModes"]) == ("PersistentVolumeClaim", ["ReadWriteMany"])
    assert job["kind"] == "Job"

    worker = cluster["spec"]["worker"]["spec"]
    [wc] = worker["containers"]
    assert wc["args"][:2] == ["dask", "worker"]
    args = wc["args"]
    assert args[args.index("--nthreads") + 1] == "1"
    [sc] = cluster["spec"]["scheduler"]["spec"]["containers"]
    assert sc["args"] == ["dask", "scheduler"]
    ports = {p["name"]: p["port"] for p in cluster["spec"]["scheduler"]["service"]["ports"]}
    assert ports["tcp-comm"] == 8786

    # the driver reaches the operator's scheduler Service, and sees /data as the workers do
    [driver] = job["spec"]["template"]["spec"]["containers"]
    script = driver["args"][0]
    commands = [shlex.split(part.replace('"$MARSAD_DB"', "postgresql://u@h/db")) for part in script.split(";")]
    (extract, extract_params), (load, load_params) = (marsad_command(c[1:]) for c in commands)
    assert (extract, load) == ("extract", "load")
    assert extract_params["engine"] == "dask"
    assert extract_params["scheduler"] == f"tcp://{cluster['metadata']['name']}-scheduler:{ports['tcp-comm']}"
    assert str(load_params["run_dir"]) == str(extract_params["output"])
    for pod in (worker, job["spec"]["template"]["spec"]):
        [volume] = pod["volumes"]
        assert volume["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"]
    mounts = {c["volumeMounts"][0]["mountPath"] for c in (wc, driver)}
    assert mounts == {"/data"} and str(extract_params["corpus"]).startswith("/data/")
    images = {wc["image"], sc["image"], driver["image"]}
    assert len(images) == 1


def test_the_dockerfile_installs_the_extras_the_recipes_use():
    text = (SCALE / "kubernetes" / "Dockerfile").read_text()
    assert "'.[dask,postgres]'" in text
