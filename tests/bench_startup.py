"""Start-up bench: `import docclean`, `docclean --help` and a one-file TXT conversion, each in a
fresh process, against a bare `python -c pass` run the same way (medians of ROUNDS runs,
interleaved). Goals: import < 80 ms and one-file conversion < 150 ms, both over bare Python.

Wall time is what a user waits; the child's CPU time (user + system, from `getrusage`) is
printed beside it because on a shared, loaded machine it moves far less than wall time.
The package's bytecode is compiled first (an installed package has it; with
PYTHONDONTWRITEBYTECODE set, a checkout would otherwise compile every module from source in
every run). The conversion is timed with the start-up cache (`docclean/cache.py`) warm, as
every run after the first finds it, and cold (`DOCCLEAN_CACHE_DIR=off`), as a first run.
"""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 9


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run in a fresh process."""
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0, _cpu() - c0


def main() -> None:
    sample = sorted((ROOT / "samples" / "raw").glob("*.txt"))[0]
    py = sys.executable
    compileall.compile_dir(str(ROOT / "convert" / "docclean"), quiet=1)
    cold = {**os.environ, "DOCCLEAN_CACHE_DIR": "off"}
    with tempfile.TemporaryDirectory() as tmp:
        convert = [py, "-m", "docclean", "convert", str(sample), "-o", f"{tmp}/o.md"]
        cmds = {
            "bare python": ([py, "-c", "pass"], None),
            "import docclean": ([py, "-c", "import docclean"], None),
            "docclean --help": ([py, "-m", "docclean", "--help"], None),
            "one-file TXT conversion": (convert, None),
            "the same, cache off (a first run)": (convert, cold),
        }
        _run(convert)  # fills the cache if this machine has none yet
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
        for _ in range(ROUNDS):
            for k, (c, env) in cmds.items():
                times[k].append(_run(c, env))
    med = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    bare, bare_cpu = med["bare python"], cpu["bare python"]
    goals = {"import docclean": 0.080, "one-file TXT conversion": 0.150}
    print(f"  bare python: {bare * 1e3:.0f} ms wall, {bare_cpu * 1e3:.0f} ms CPU (medians of {ROUNDS})")
    for k in ("import docclean", "docclean --help", "one-file TXT conversion", "the same, cache off (a first run)"):
        extra = med[k] - bare
        goal = f"; goal < {goals[k] * 1e3:.0f} ms: {'met' if extra < goals[k] else 'NOT met'}" if k in goals else ""
        print(f"  {k}: {med[k] * 1e3:.0f} ms = bare + {extra * 1e3:.0f} ms{goal} "
              f"(CPU: bare + {(cpu[k] - bare_cpu) * 1e3:.0f} ms)")


if __name__ == "__main__":
    main()
