"""Run the mutation fuzzer: every outcome must be a Result or a DoccleanError, in time and memory.

    python -m tests.fuzz.run --cases 20000 --seed 1 --jobs 2     # `make fuzz`

Each case runs in a worker process limited to `--memory-gb` of address space, with the
readers' deadline a little under `--seconds`; a lightly damaged TXT (one NUL, one bad
byte, one broken character, a cut last character) must keep >= 99 % of its text (LCS).
Prints the issue's table: converted / clean error / crash / timeout / silent damage.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from tests.fuzz.mutate import case

OUTCOMES = ("converted", "clean error", "crash", "timeout", "silent damage")


@dataclass
class Tally:
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    unwarned: Counter[str] = field(default_factory=Counter)  # light damage converted without a warning
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0
    slowest_case: str = ""  # which one: a case near the limit is the next timeout on a busier machine

    def add(self, rec: tuple[int, str, str, str, float, str, bool]) -> None:
        index, fmt, kind, outcome, seconds, detail, warned = rec
        self.counts[fmt][outcome] += 1
        if seconds > self.slowest:
            self.slowest, self.slowest_case = seconds, f"#{index} {fmt}/{kind}"
        if outcome in ("crash", "timeout", "silent damage"):
            self.failures.append(f"#{index} {fmt}/{kind}: {outcome} ({seconds:.1f}s) {detail}")
        if not warned:
            self.unwarned[fmt] += 1

    def bad(self) -> int:
        return sum(c[o] for c in self.counts.values() for o in ("crash", "timeout", "silent damage"))

    def table(self) -> str:
        rows = ["| format | cases | " + " | ".join(OUTCOMES) + " |", "| --- " * (len(OUTCOMES) + 2) + "|"]
        for fmt in ("txt", "docx", "pdf"):
            c = self.counts.get(fmt, Counter())
            rows.append(f"| {fmt.upper()} | {sum(c.values()):,} | " + " | ".join(f"{c[o]:,}" for o in OUTCOMES) + " |")
        return "\n".join(rows)


_CFG: dict[str, float] = {}


def _init(memory_gb: float, seconds: float) -> None:
    if memory_gb:
        # On top of what the worker already maps: forked from a test run that has loaded
        # Ray or pdfium, a worker starts with gigabytes of address space it never touches.
        try:
            with open("/proc/self/statm") as f:
                base = int(f.read().split()[0]) * resource.getpagesize()
        except OSError:
            base = 0
        cap = base + int(memory_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    _CFG["seconds"] = seconds


def run_case(args: tuple[int, int, int]) -> tuple[int, str, str, str, float, str, bool]:
    """One case -> (index, format, mutation, outcome, seconds, detail, warned-if-light)."""
    from docclean.api import convert_bytes
    from docclean.errors import DoccleanError
    from docclean.options import Options
    from rapidfuzz.distance import LCSseq

    seed, index, n = args
    c = case(seed, index, n)
    limit = _CFG.get("seconds", 10.0)
    t0 = time.perf_counter()
    warned = True
    try:
        res = convert_bytes(c.data, c.name, Options(deadline=max(1.0, limit - 2)))
        outcome, detail = "converted", ""
        if c.text is not None:
            ref = c.text.replace("\r\n", "\n").replace("\r", "\n")
            kept = LCSseq.similarity(ref, res.original) / max(1, len(ref))
            warned = bool(res.meta.warnings)
            if kept < 0.99:
                outcome, detail = "silent damage", f"kept {kept:.1%} as {res.meta.encoding}"
        if c.source is not None:  # repairable damage: all of the undamaged file's text, and a warning
            ref = convert_bytes(c.source, c.name, Options(deadline=max(1.0, limit - 2))).original
            kept = LCSseq.similarity(ref, res.original) / max(1, len(ref))
            if kept < 0.99 or not res.meta.warnings:
                outcome, detail = "silent damage", f"kept {kept:.1%}, warnings: {res.meta.warnings}"[:200]
    except DoccleanError as exc:
        outcome, detail = "clean error", exc.reason
        if c.text is not None or c.source is not None:  # lightly damaged text must be read, not refused
            outcome = "silent damage"
            detail = f"refused: {exc.reason}"
    except MemoryError:
        outcome, detail = "crash", "MemoryError (over the memory cap)"
    except Exception as exc:
        outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:200]
    seconds = time.perf_counter() - t0
    if seconds > limit and outcome != "crash":
        outcome, detail = "timeout", f"{seconds:.1f}s ({detail})"[:200]
    return index, c.fmt, c.kind, outcome, seconds, detail, warned


def fuzz(cases: int, seed: int = 1, jobs: int = 2, seconds: float = 10.0, memory_gb: float = 2.0,
         only: int | None = None, progress: bool = False, start: int = 0, stop: int | None = None) -> Tally:
    tally = Tally()
    todo = [(seed, i, cases) for i in ([only] if only is not None else range(start, stop or cases))]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_init, initargs=(memory_gb, seconds), maxtasksperchild=500) as pool:
        for done, rec in enumerate(pool.imap_unordered(run_case, todo, chunksize=8), start=1):
            tally.add(rec)
            if progress and done % 1000 == 0:
                print(f"{done:,} cases done\n{tally.table()}", file=sys.stderr, flush=True)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--memory-gb", type=float, default=2.0)
    ap.add_argument("--only", type=int, help="run just this case index (to reproduce a failure)")
    ap.add_argument("--start", type=int, default=0, help="first case index of the run to run")
    ap.add_argument("--stop", type=int, help="stop before this case index")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    tally = fuzz(a.cases, a.seed, a.jobs, a.seconds, a.memory_gb, a.only, progress=True,
                 start=a.start, stop=a.stop)
    print(f"{a.cases:,} cases, seed {a.seed}, {a.seconds:.0f} s and {a.memory_gb:g} GB per case, "
          f"{time.perf_counter() - t0:.0f} s on {a.jobs} processes (slowest case {tally.slowest:.1f} s: "
          f"{tally.slowest_case}, replay with --only)")
    print(tally.table())
    light = sum(tally.unwarned.values())
    print(f"lightly damaged TXT converted without a warning: {light}")
    for f in tally.failures[:50]:
        print(" ", f)
    return 1 if tally.bad() else 0


if __name__ == "__main__":
    sys.exit(main())
