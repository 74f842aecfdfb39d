"""Run every benchmark in bench/, one after the other, each in its own process."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

for script in sorted(HERE.glob("bench_*.py")):
    print(f"\n=== {script.name}", flush=True)
    subprocess.run([sys.executable, str(script)], check=False)
