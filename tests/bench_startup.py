"""Start-up bench: `import docclean`, `docclean --help` and a one-file TXT conversion, each in a
fresh process, against a bare `python -c pass` run the same way (medians of ROUNDS runs,
interleaved). Goals: import < 80 ms and one-file conversion < 150 ms, both over bare Python.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 9


def _run(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


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
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for _ in range(ROUNDS):
            for k, c in cmds.items():
                times[k].append(_run(c))
    med = {k: statistics.median(v) for k, v in times.items()}
    bare = med["bare python"]
    goals = {"import docclean": 0.080, "one-file TXT conversion": 0.150}
    print(f"  bare python: {bare * 1e3:.0f} ms (median of {ROUNDS}, wall)")
    for k in ("import docclean", "docclean --help", "one-file TXT conversion"):
        extra = med[k] - bare
        goal = f"; goal < {goals[k] * 1e3:.0f} ms: {'met' if extra < goals[k] else 'NOT met'}" if k in goals else ""
        print(f"  {k}: {med[k] * 1e3:.0f} ms = bare + {extra * 1e3:.0f} ms{goal}")


if __name__ == "__main__":
    main()
