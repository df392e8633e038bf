"""Corpus bench: a generated corpus of 2,000 scraped files (three sites, three encodings,
shuffled paragraphs), in BENCH_CORPUS_RUNS interleaved rounds (default 5), each round the
API, `--jobs 1`, `--jobs 2` and the API with default options back to back, so a change in the
machine's load hits all alike. Every measurement runs in a fresh process and reports its wall
time and CPU time (the parent's, threads included, and its worker processes', user + system).

Goals: `--jobs 1` >= 0.8x the API's throughput; the speedup on 2 jobs, median >= 1.85; a rerun
with nothing changed <= 3 % of the full run; worker peak memory flat (1,000 against 2,000 files).

The API baseline does the corpus run's work and no more: `convert_bytes` over the files' bytes
in one process (no I/O, no MinHash), with the chrome a corpus run learns (read from one run made
before the rounds), as a user of the API would pass it to get the same output; the bench checks
that its Markdown is the corpus run's, byte for byte. With default options the API converts
each document with its site's banners still in it: more lines for every pass, ~20 % more CPU
than the same documents with the banners learned, so a ratio against it flattered the corpus
run (printed beside, for comparison with earlier rounds).
Then `--engine ray --jobs 2` (a local Ray it starts itself) with its bytes compared
(BENCH_CORPUS_RAY=0 leaves it out).

BENCH_CORPUS_BASELINE=REF (a git ref, e.g. `main`) measures that ref's code too, exported
from git (`convert` and `rules`) and imported by its runs through PYTHONPATH: each round
runs the ref's API, `--jobs 1`, `--jobs 2`, then this tree's, so before and after come from
one run under the same load.

Wall-time figures hold only on a quiet machine: on the shared 2-core machine other work
takes cores at random, and `--jobs 2` needs both. So each figure is also given from CPU
time, which the load barely changes:
- throughput: the API's CPU seconds over the corpus run's. `--jobs 1` keeps its parent on
  the second core, so its time is its worker's CPU (`worker`); `total` counts the parent too,
  for a machine with one core.
- speedup on 2 jobs: on two idle cores `--jobs 1` takes max(worker, parent) CPU seconds, and
  `--jobs 2` (workers + parent) / 2: the parent's work shares the cores with the workers.
  This leaves out time that no core works (a worker waiting for the parent, the serial
  start and end of a run), which the wall figure on a quiet machine includes. It compares
  two runs, so a change of load between them still moves it (each run's CPU a file varies by
  ~20 % at load 10); the figure from the `--jobs 2` run alone, 2 x workers / (workers +
  parent), does not, but leaves out what two workers cost each other (shared caches).
When the load average passes the cores, the goals are judged by CPU (the speedup from the
`--jobs 2` runs alone), else by wall time.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

N = 2000
RUNS = int(os.environ.get("BENCH_CORPUS_RUNS", "5"))


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def api(src: str, corpus_out: str = "") -> None:
    """Child mode: every file through `convert_bytes` in this process (files read first). With
    `corpus_out` (a corpus run's output), with the chrome that run learned, as a user of the API
    would pass it to get the same output; each result is then compared with that run's output."""
    from docclean import convert_bytes
    from docclean.options import Options

    files = [p for p in sorted(Path(src).rglob("*")) if p.is_file()]
    data = [(p.name, p.read_bytes()) for p in files]
    options = Options(learned_chrome=learned_of(Path(corpus_out))) if corpus_out else Options()
    t0, c0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
    results = [convert_bytes(b, name, options).markdown for name, b in data]
    got: dict[str, Any] = {"seconds": time.perf_counter() - t0, "cpu": _cpu(resource.RUSAGE_SELF) - c0}
    if corpus_out:  # after the clock: the corpus run's output, byte for byte?
        got["same"] = sum((Path(corpus_out) / p.relative_to(src)).with_suffix(".md").read_bytes() == md.encode("utf-8")
                          for p, md in zip(files, results, strict=True))
    print(json.dumps(got))


def learned_of(corpus_out: Path) -> frozenset[str]:
    """The chrome a corpus run learned (its manifest's first line)."""
    with open(corpus_out / "_manifest.jsonl", encoding="utf-8") as f:
        return frozenset(json.loads(f.readline())["learned"])


def one(src: str, dst: str, jobs: str, engine: str = "local") -> None:
    """Child mode: one corpus run, printing its times, CPU and the workers' peak RSS as JSON."""
    import docclean
    from docclean.corpus import CorpusOptions, run_corpus
    from docclean.options import Options

    t0, c0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
    s = run_corpus(Path(src), Path(dst), Options(), CorpusOptions(jobs=int(jobs), engine=engine))
    secs, cpu = time.perf_counter() - t0, _cpu(resource.RUSAGE_SELF) - c0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": secs, "ok": s.ok, "unchanged": s.unchanged, "failed": s.failed,
                      "bytes": s.bytes_in, "worker_peak_mb": rss, "parent_cpu": cpu,
                      "worker_cpu": _cpu(resource.RUSAGE_CHILDREN), "second_pass": s.reconverted_for_learned,
                      "code": docclean.__file__}))


def measure(*args: object, code: Path | None = None) -> dict[str, Any]:
    """One child run; `code`: a tree's `convert` folder whose docclean the child imports instead."""
    load = os.getloadavg()[0]
    env = None if code is None else {**os.environ, "PYTHONPATH": str(code)}
    p = subprocess.run([sys.executable, "-m", "tests.bench_corpus", *map(str, args)],
                       check=True, capture_output=True, text=True, env=env)
    got = json.loads(p.stdout.strip().splitlines()[-1])
    if code is not None and "code" in got and not got["code"].startswith(str(code)):
        raise RuntimeError(f"the baseline run imported {got['code']}, not the code under {code}")
    return {**got, "load": load}


def _median(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} ({', '.join(f'{x:.2f}' for x in sorted(xs))})"


def baseline(tmp: Path) -> list[tuple[str, Path | None]]:
    """The code measured: this tree, and with BENCH_CORPUS_BASELINE=REF (a git ref, e.g. main)
    that ref's `convert` and `rules` too, exported from git, each round running both in turn."""
    ref = os.environ.get("BENCH_CORPUS_BASELINE")
    if not ref:
        return [("this tree", None)]
    from .corpus.synth import ROOT

    (tmp / "base").mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "convert", "rules"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tmp / "base")], input=archive, check=True)
    return [(ref, tmp / "base" / "convert"), ("this tree", None)]


def main() -> None:
    from .corpus.synth import make_corpus

    tmp = Path(tempfile.mkdtemp(prefix="docclean-bench-"))
    try:
        make_corpus(tmp / "half", N // 2)
        make_corpus(tmp / "in", N)
        codes = baseline(tmp)
        # The corpus's output, once, for the API run that makes the same (the chrome it learned)
        measure("--one", tmp / "in", tmp / "learned", 2)
        rounds: dict[str, list[tuple[dict[str, Any], ...]]] = {label: [] for label, _ in codes}
        for i in range(RUNS):
            for k, (label, code) in enumerate(codes):
                out1, out2 = tmp / f"out1-{k}-{i}", tmp / f"out2-{k}-{i}"
                rounds[label].append((measure("--api", tmp / "in", tmp / "learned", code=code),
                                      measure("--one", tmp / "in", out1, 1, code=code),
                                      measure("--one", tmp / "in", out2, 2, code=code),
                                      measure("--api", tmp / "in", code=code)))
                shutil.rmtree(out1)
                if i:
                    shutil.rmtree(out2)
        for k, (label, code) in enumerate(codes):
            print(f"  -- {label}:")
            report(rounds[label], measure("--one", tmp / "in", tmp / f"out2-{k}-0", 2, code=code),
                   measure("--one", tmp / "half", tmp / f"outh-{k}", 2, code=code))
        ray_engine(tmp, tmp / f"out2-{len(codes) - 1}-0", rounds["this tree"][0][2])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def report(rounds: list[tuple[dict[str, Any], ...]], again: dict[str, Any], half: dict[str, Any]) -> None:
    mb = rounds[0][1]["bytes"] / 1e6
    loads = [r["load"] for rnd in rounds for r in rnd]
    loaded = max(loads) > (os.cpu_count() or 1)
    print(f"  corpus: {N} files, {mb:.1f} MB; {len(rounds)} rounds of API, --jobs 1, --jobs 2, API with default "
          f"options, each in a fresh process (load average {min(loads):.1f}-{max(loads):.1f} at their starts on "
          f"{os.cpu_count()} cores; medians, then every round's)")
    same = min(r[0]["same"] for r in rounds)
    for label, k in ((f"API, the corpus's output (its learned chrome; {same} of {N} byte-identical)", 0),
                     ("API, default options (the chrome kept)", 3), ("--jobs 1", 1), ("--jobs 2", 2)):
        secs = statistics.median(r[k]["seconds"] for r in rounds)
        cpu = [r[k]["cpu"] if k in (0, 3) else r[k]["parent_cpu"] + r[k]["worker_cpu"] for r in rounds]
        extra = "" if k in (0, 3) else (
            f"; parent {statistics.median(r[k]['parent_cpu'] for r in rounds) / N * 1e3:.2f} ms "
            f"+ workers {statistics.median(r[k]['worker_cpu'] for r in rounds) / N * 1e3:.2f} ms")
        print(f"  {label}: {secs:.1f} s = {N / secs:.0f} files/s, {mb / secs:.2f} MB/s; "
              f"CPU {statistics.median(cpu) / N * 1e3:.2f} ms a file{extra}")
    wall = [api["seconds"] / a["seconds"] for api, a, _, _ in rounds]
    worker = [api["cpu"] / a["worker_cpu"] for api, a, _, _ in rounds]
    total = [api["cpu"] / (a["worker_cpu"] + a["parent_cpu"]) for api, a, _, _ in rounds]
    plain = [api["cpu"] / a["worker_cpu"] for _, a, _, api in rounds]
    met = statistics.median(worker) >= 0.8
    print(f"  --jobs 1 / API throughput (the same output): by CPU {_median(worker)}, counting the parent too "
          f"{_median(total)}; by wall time {_median(wall)} (goal >= 0.8 by CPU: {'met' if met else 'NOT met'}); "
          f"against the API with default options, which converts without the learned chrome (more lines for "
          f"the passes) and writes other output: by CPU {_median(plain)}")
    speed_wall = [a["seconds"] / b["seconds"] for _, a, b, _ in rounds]
    speed_cpu = [max(a["worker_cpu"], a["parent_cpu"]) / ((b["worker_cpu"] + b["parent_cpu"]) / 2)
                 for _, a, b, _ in rounds]
    within = [2 * b["worker_cpu"] / (b["worker_cpu"] + b["parent_cpu"]) for _, _, b, _ in rounds]
    judged, how = (within, "by CPU, from each --jobs 2 run") if loaded else (speed_wall, "by wall time")
    met = statistics.median(judged) >= 1.85
    print(f"  speedup on 2 jobs, median of {len(rounds)} rounds: by CPU from each --jobs 2 run alone, 2 x workers / "
          f"(workers + parent) {_median(within)}; by CPU, the round's --jobs 1 run's max(worker, parent) over "
          f"half the --jobs 2 run's workers + parent {_median(speed_cpu)}; by wall time {_median(speed_wall)}")
    print(f"    (goal: median >= 1.85, judged {how}{' since the load average passed the cores' if loaded else ''}: "
          f"{'met' if met else 'NOT met'}. Two idle cores would give the CPU figures: --jobs 2 shares them between "
          "two workers and the parent, --jobs 1 keeps the parent on the second core. The first leaves out load "
          "changing between two runs (~20 % in CPU a file at load 10), the second includes it; both leave out "
          "what two workers cost each other in shared caches.)")
    full = rounds[0][2]
    ratio = again["seconds"] / full["seconds"]
    by_cpu = (again["parent_cpu"] + again["worker_cpu"]) / (full["parent_cpu"] + full["worker_cpu"])
    judged_rerun = by_cpu if loaded else ratio
    print(f"  rerun, nothing changed: {again['seconds']:.2f} s = {ratio:.3f} of the full run's wall time, "
          f"{by_cpu:.3f} of its CPU ({again['unchanged']} unchanged; goal <= 0.03 "
          f"{'by CPU' if loaded else 'by wall time'}: {'met' if judged_rerun <= 0.03 else 'NOT met'})")
    print(f"  documents converted twice for learned chrome: "
          f"{statistics.median(b['second_pass'] for _, _, b, _ in rounds):.0f} (median of the --jobs 2 runs); "
          f"worker peak memory: {half['worker_peak_mb']:.0f} MB for {N // 2} files, "
          f"{full['worker_peak_mb']:.0f} MB for {N} files")


def ray_engine(tmp: Path, local_out: Path, local: dict[str, Any]) -> None:
    """`--engine ray --jobs 2` on a local Ray it starts itself, against the local engine."""
    if os.environ.get("BENCH_CORPUS_RAY") == "0":
        print("  --engine ray: left out (BENCH_CORPUS_RAY=0)")
        return
    try:
        import ray  # noqa: F401
    except ImportError:
        print("  --engine ray: skipped (pip install 'docclean[ray]')")
        return
    from .corpus.synth import ROOT, outputs

    r = measure("--one", tmp / "in", tmp / "outr", 2, "ray")
    tiny = measure("--one", ROOT / "samples" / "raw", tmp / "outt", 2, "ray")
    same = outputs(local_out) == outputs(tmp / "outr")
    print(f"  --engine ray --jobs 2: {r['seconds']:.1f} s = {N / r['seconds']:.0f} files/s, "
          f"{r['seconds'] / local['seconds']:.2f}x the local engine's time, same bytes: {'yes' if same else 'NO'}")
    print(f"  --engine ray fixed cost (start Ray, start converters, shut down; 5 files): {tiny['seconds']:.1f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(*sys.argv[2:6])
    elif sys.argv[1:2] == ["--api"]:
        api(*sys.argv[2:4])
    else:
        main()
