"""Start-up bench: `import docclean`, `docclean --help` and a one-file TXT conversion, each in a
fresh process, against a bare `python -c pass` run the same way (medians of ROUNDS runs,
interleaved). Goals: import < 80 ms and one-file conversion < 150 ms, both over bare Python.

Wall time is what a user waits; the child's CPU time (user + system, from `getrusage`) is
printed beside it because on a shared, loaded machine it moves far less than wall time.
"""

from __future__ import annotations

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


def _run(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run in a fresh process."""
    c0, t0 = _cpu(), time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0, _cpu() - c0


def main() -> None:
    sample = sorted((ROOT / "samples" / "raw").glob("*.txt"))[0]
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        cmds = {
            "bare python": [py, "-c", "pass"],
            "import docclean": [py, "-c", "import docclean"],
            "docclean --help": [py, "-m", "docclean", "--help"],
            "one-file TXT conversion": [py, "-m", "docclean", "convert", str(sample), "-o", f"{tmp}/o.md"],
        }
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
        for _ in range(ROUNDS):
            for k, c in cmds.items():
                times[k].append(_run(c))
    med = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    bare, bare_cpu = med["bare python"], cpu["bare python"]
    goals = {"import docclean": 0.080, "one-file TXT conversion": 0.150}
    print(f"  bare python: {bare * 1e3:.0f} ms wall, {bare_cpu * 1e3:.0f} ms CPU (medians of {ROUNDS})")
    for k in ("import docclean", "docclean --help", "one-file TXT conversion"):
        extra = med[k] - bare
        goal = f"; goal < {goals[k] * 1e3:.0f} ms: {'met' if extra < goals[k] else 'NOT met'}" if k in goals else ""
        print(f"  {k}: {med[k] * 1e3:.0f} ms = bare + {extra * 1e3:.0f} ms{goal} "
              f"(CPU: bare + {(cpu[k] - bare_cpu) * 1e3:.0f} ms)")


if __name__ == "__main__":
    main()
