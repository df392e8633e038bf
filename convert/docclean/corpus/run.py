"""`docclean corpus IN OUT`: plan, convert (two passes for learned chrome), dedupe, report.

1. Walk IN lazily (sorted; OUT, hidden files and links leaving IN excluded); hash each
   input; skip what the manifest says is unchanged; convert the rest on the engine.
2. Learn chrome from every document's edge lines; reconvert the documents whose learned
   lines changed (usually only those of the sites just learned).
3. Outputs whose input vanished are removed; duplicates are grouped (and with `--dedupe`
   all but the first of each group removed); JSONL shards are assembled in sorted order.
4. `OUT/_report.json` and a summary for people.
The output depends only on each file's content and the learned lines in it, so any number
of jobs, a rerun, a resumed run and the Ray engine all give the same bytes.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import re
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError, InterruptedRun, OutputError
from ..files import atomic_write, selected, shown, walk
from ..options import Options
from ..passes.learned import rule_id
from .engine import Engine
from .learn import Pilot, learn
from .manifest import NAME as MANIFEST
from .manifest import Manifest, file_hash, fingerprint, remove_quietly
from .rows import ROW_SUFFIXES, SHARD, shard_name
from .worker import Task

RECORDS = ".records"  # per-document JSON records, assembled into shards (jsonl format)
REPORT = "_report.json"
# The run's own files in OUT (with RECORDS): an output of the same name would be replaced by them.
RE_RUN_FILE = re.compile(rf"{re.escape(MANIFEST)}|{re.escape(REPORT)}|{re.escape(SHARD)}\d+\..*")


def is_run_file(name: str) -> bool:
    """Is `name`, directly in OUT, one of the run's own files (manifest, report, shards)?"""
    return RE_RUN_FILE.fullmatch(name) is not None
FORMATS = ("md", "jsonl")
ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True)
class CorpusOptions:
    """How a corpus run goes; checked at construction like `Options`."""

    jobs: int | None = None  # None: the machine's cores (local), the cluster's CPUs (Ray)
    timeout: float = 120.0
    force: bool = False
    dedupe: bool = False
    format: str = "md"
    shard_mb: float = 256.0
    learn: bool = True
    engine: str = "local"
    address: str | None = None
    max_memory_mb: int = 4096
    include: tuple[str, ...] = ()  # globs on the path relative to IN; empty: everything
    exclude: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.jobs is not None and self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        if not self.timeout > 0:  # (`not >`: NaN is refused too)
            raise ValueError("timeout must be positive")
        if not self.shard_mb > 0:
            raise ValueError("shard_mb must be positive")
        if self.max_memory_mb < 0:
            raise ValueError("max_memory_mb must be 0 (no limit) or more")
        if self.address and self.engine != "ray":
            raise ValueError("an address is for the ray engine (--engine ray)")
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}")
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}")


@dataclass(slots=True)
class Summary:
    """What `_report.json` holds: counts, sizes, formats, rules, failures, duplicates."""

    ok: int = 0
    failed: int = 0
    unchanged: int = 0
    reconverted_for_learned: int = 0
    removed_outputs: list[str] = field(default_factory=list)
    bytes_in: int = 0
    bytes_out: int = 0
    formats: Counter[str] = field(default_factory=Counter)
    encodings: Counter[str] = field(default_factory=Counter)
    removals: Counter[str] = field(default_factory=Counter)
    truncated: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[list[str]] = field(default_factory=list)
    deduped: list[str] = field(default_factory=list)
    learned: dict[str, str] = field(default_factory=dict)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "files": {"ok": self.ok, "failed": self.failed, "unchanged": self.unchanged,
                      "reconverted_for_learned_chrome": self.reconverted_for_learned,
                      "outputs_removed_for_vanished_inputs": self.removed_outputs},
            "bytes": {"in": self.bytes_in, "out": self.bytes_out},
            "formats": dict(self.formats), "encodings": dict(self.encodings),
            "removed_by_rule": dict(self.removals.most_common()),
            "learned_chrome": self.learned,
            "truncated": sorted(self.truncated),
            "failures": [{"file": f, "reason": r} for f, r in sorted(self.failures)],
            "duplicates": {"groups": self.duplicates, "removed_by_dedupe": self.deduped},
            "slowest": [{"file": f, "seconds": s} for s, f in sorted(self.slowest, reverse=True)],
            "seconds": round(self.seconds, 2),
        }


def out_path(dst: str, rel: str, fmt: str, taken: set[str]) -> str:
    """OUT mirrors IN; `a.txt` and `a.pdf` side by side become `a.md` and `a.pdf.md` (`rel`
    relative to IN, in the system's separators). On strings: pathlib's parsing of each path
    was a third of a rerun's CPU. The suffix replaced is what pathlib calls one (`a.` and `.a`
    have none)."""
    ext = ".json" if fmt == "jsonl" else ".md"
    base = os.path.join(dst, RECORDS, rel) if fmt == "jsonl" else os.path.join(dst, rel)
    head, name = os.path.split(base)
    dot = name.rfind(".")
    cand = os.path.join(head, (name[:dot] if 0 < dot < len(name) - 1 else name) + ext)
    if cand in taken:
        cand = base + ext
    taken.add(cand)
    return cand


def check_folders(src: Path, dst: Path) -> None:
    """OUT may not be IN, nor hold it: the outputs, manifest and report would land among the inputs,
    and the next run would read them as documents. (OUT inside IN is fine: the walk skips it.)"""
    s, d = src.resolve(), dst.resolve()
    blocker = next((q for q in (d, *d.parents) if q.is_file()), None)
    if blocker is not None:
        raise InputError(dst, f"{'it' if blocker == d else blocker} is a file, not a folder: OUT_DIR must be a "
                              "folder (it is made if missing)")
    if d.is_dir() and not os.access(d, os.W_OK | os.X_OK):  # found now, not as the report fails at the end
        raise OutputError(dst, "cannot write into this folder: permission denied")
    if s == d:
        raise InputError(dst, "is the input folder: give another OUT_DIR (outputs would mix with the inputs)")
    if s.is_relative_to(d):
        raise InputError(dst, f"holds the input folder {src}: give an OUT_DIR outside it")


def run_corpus(src: Path, dst: Path, options: Options, copts: CorpusOptions,
               progress: Callable[[int, dict[str, Any]], None] | None = None) -> Summary:
    if not src.is_dir():
        raise InputError(src, "is not a folder")
    check_folders(src, dst)
    t0 = time.monotonic()
    src, dst = src.resolve(), dst.resolve()
    dst.mkdir(parents=True, exist_ok=True)
    for stale in dst.rglob(".*.part"):  # temporaries of a run that was killed mid-write
        stale.unlink(missing_ok=True)
    man = Manifest(dst, fingerprint(options))
    if copts.force:
        man.clear()
    summary = Summary()
    seen: set[str] = set()
    # Chrome learned so far: the last run's, then a provisional set from this run's first
    # results, so that few documents need the second pass. The output does not depend on it.
    pilot = Pilot(man.learned, copts.learn)
    base = replace(options, learned_chrome=man.learned)

    skipped: list[tuple[Path, str]] = []  # FIFOs, dead links: not documents, listed with the failures

    def plan() -> Iterator[Task]:
        nonlocal base
        taken: set[str] = set()
        root, out_root = os.path.join(str(src), ""), str(dst)  # walk's paths start with `root`
        for path in walk(src, exclude=dst, skipped=skipped):
            full = str(path)
            rel = full[len(root):]
            key = rel if os.sep == "/" else rel.replace(os.sep, "/")
            if key.lower().endswith(ROW_SUFFIXES) or not selected(key, copts.include, copts.exclude):
                continue  # row files are cleaned row by row (rows.py), not as documents
            seen.add(key)
            out = out_path(out_root, rel, copts.format, taken)
            # An input the manifest does not know is hashed by its worker, from the bytes it
            # reads anyway: the parent reading every new file too cost as much wall time as
            # all its other work together.
            sha = file_hash(full) if key in man.entries else ""
            rec = man.unchanged(key, sha) if sha else None
            if rec and rec["out"] == out and (rec["status"] == "ok" or copts.dedupe):
                summary.unchanged += 1
                if progress:
                    progress(summary.unchanged + done[0], {"rel": key, "status": "unchanged"})
                continue
            if pilot.learned is not base.learned_chrome:
                base = replace(options, learned_chrome=pilot.learned)
            yield Task(full, key, out, sha, copts.format, base, guess=copts.learn)

    terminated: list[str] = []
    done = [0]  # files converted in pass 1 so far (the progress position counts them and the unchanged)
    try:
        with _stop_on_sigterm() as terminated:  # from the first worker to the last write of the summary
            with _engine(copts, options, src, dst) as engine:  # workers live across both passes
                engine.stop = terminated
                _passes(engine, plan(), src, man, summary, copts, options, pilot, seen, progress, done)
            for path, why in skipped:
                if selected(key := path.relative_to(src).as_posix(), copts.include, copts.exclude):
                    _record({"rel": key, "status": "failed", "error": why}, man, summary)
            changed = summary.ok or summary.failed or summary.removed_outputs or summary.reconverted_for_learned
            _duplicates(man, summary, copts, reuse=not changed and not copts.force)
            if copts.format == "jsonl":
                _shards(dst, man, copts)
            _totals(man, summary)
            man.save()
            summary.seconds = time.monotonic() - t0
            atomic_write(dst / REPORT, json.dumps(summary.to_json(), ensure_ascii=False, indent=1) + "\n")
    except KeyboardInterrupt as exc:
        man.save_stopped()  # every finished file whose output is durable is in it: a rerun resumes from there
        for stale in dst.rglob(".*.part"):  # a write the ended workers left half done
            stale.unlink(missing_ok=True)
        what = "SIGTERM" if isinstance(exc, _Terminated) or "SIGTERM" in terminated else "Ctrl-C"
        raise InterruptedRun(src, f"stopped by {what} after {summary.ok + summary.failed} files; "
                                  "finished files are kept, run again to resume") from None
    return summary



class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is, so it unwinds like Ctrl-C (workers ended, manifest saved)."""


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[list[str]]:
    """SIGTERM raises `_Terminated`, Ctrl-C KeyboardInterrupt; the list yielded also gets the
    signal's name, because Ray turns any KeyboardInterrupt raised inside its calls into a
    plain one, or drops it: the engine checks the list (`Engine.stop`)."""
    came: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield came
        return

    def stop(signum: int, _frame: Any) -> None:
        came.append("SIGTERM" if signum == signal.SIGTERM else "Ctrl-C")
        raise _Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    old = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield came
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def _passes(engine: Engine, tasks: Iterator[Task], src: Path, man: Manifest, summary: Summary,
            copts: CorpusOptions, options: Options, pilot: Pilot, seen: set[str],
            progress: Callable[[int, dict[str, Any]], None] | None, done: list[int]) -> None:
    """Pass 1 over the planned tasks, then pass 2 with the chrome learned from the corpus."""
    for rec in engine.run(tasks):
        done[0] += 1
        pilot.add(rec)
        _record(rec, man, summary)
        if progress:
            progress(summary.unchanged + done[0], rec)
    # Outputs of inputs that vanished since the last run.
    for key in [k for k in man.entries if k not in seen]:
        if remove_quietly(man.entries[key]["out"]):
            summary.removed_outputs.append(key)
        man.forget(key)
    # Pass 2: chrome learned from the whole corpus.
    if copts.learn:
        kept = [r for r in man.entries.values() if r.get("status") in ("ok", "duplicate")]
        learned = learn((r.get("edges") or [], r.get("body")) for r in kept)
        man.learned = learned
        redo = [r for r in kept if sorted(learned & set(r.get("edges") or ())) != (r.get("applied") or [])]
        learned_opts = replace(options, learned_chrome=learned)
        summary.reconverted_for_learned = len(redo)
        for rec in engine.run(Task(str(src / r["rel"]), r["rel"], r["out"], r["sha"], copts.format, learned_opts)
                                  for r in sorted(redo, key=lambda r: r["rel"])):
            _record(rec, man, summary, recount=True)  # the bar counts files, not passes
        summary.learned = {rule_id(k): k for k in sorted(learned)}

def _record(rec: dict[str, Any], man: Manifest, summary: Summary, recount: bool = False) -> None:
    if rec["status"] == "ok":
        if not recount:
            summary.ok += 1
        man.append(rec)
    else:
        summary.failures.append((rec["rel"], rec.get("error", "unknown error")))
        if recount:
            summary.ok -= 1
        summary.failed += 1
        man.forget(rec["rel"])
    if rec.get("seconds") is not None:
        item = (rec["seconds"], rec["rel"])
        if len(summary.slowest) < 10:
            heapq.heappush(summary.slowest, item)
        else:
            heapq.heappushpop(summary.slowest, item)


def _duplicates(man: Manifest, summary: Summary, copts: CorpusOptions, reuse: bool) -> None:
    if reuse and man.duplicates is not None:
        summary.duplicates = man.duplicates  # nothing changed since they were found
    else:
        summary.duplicates = man.index.groups()  # kept as the records came: only shared keys are joined
    man.duplicates = summary.duplicates
    for g in summary.duplicates:
        for key in g[1:]:
            r = man.entries[key]
            if copts.dedupe:
                remove_quietly(r["out"])
                if r.get("status") != "duplicate":
                    r["status"] = "duplicate"
                    man.changed(key)
                summary.deduped.append(key)
            elif r.get("status") == "duplicate":
                r["status"] = "ok"  # no longer deduplicated: its output must come back
                man.forget(key)


def _totals(man: Manifest, summary: Summary) -> None:
    for r in man.entries.values():
        if r.get("status") not in ("ok", "duplicate"):
            continue
        summary.bytes_in += r.get("bytes_in", 0)
        summary.bytes_out += r.get("bytes_out", 0) if r.get("status") == "ok" else 0
        summary.formats[r.get("format") or "?"] += 1
        summary.encodings[r.get("encoding") or "-"] += 1
        summary.removals.update(r.get("removed") or {})
        if r.get("truncated"):
            summary.truncated.append(r["rel"])


def _shards(dst: Path, man: Manifest, copts: CorpusOptions) -> None:
    """Concatenate the per-document records, sorted by id, into shards of at most shard_mb."""
    for old in dst.glob(f"{SHARD}*.jsonl"):
        old.unlink()
    limit = int(copts.shard_mb * 1024 * 1024)
    buf: list[bytes] = []
    size = n = 0
    for key in sorted(man.entries):
        r = man.entries[key]
        if r.get("status") != "ok":
            continue
        data = Path(r["out"]).read_bytes()
        if buf and size + len(data) > limit:
            atomic_write(dst / shard_name(n), b"".join(buf))
            buf, size, n = [], 0, n + 1
        buf.append(data)
        size += len(data)
    if buf:
        atomic_write(dst / shard_name(n), b"".join(buf))


def _engine(copts: CorpusOptions, options: Options, src: Path, dst: Path) -> Engine:
    if copts.engine == "ray":
        from .ray_engine import RayPool

        return RayPool(copts.jobs, copts.timeout, copts.address, options, src, dst)
    from .pool import LocalPool

    return LocalPool(copts.jobs or os.cpu_count() or 1, copts.timeout, copts.max_memory_mb)


def human_summary(s: Summary, dst: Path) -> str:
    lines = [f"{s.ok} converted, {s.unchanged} unchanged, {s.failed} failed in {s.seconds:.1f} s -> {dst}",
             f"{s.bytes_in / 1e6:.1f} MB in, {s.bytes_out / 1e6:.1f} MB out; formats: "
             + ", ".join(f"{k} {v}" for k, v in s.formats.most_common())]
    if s.learned:
        lines.append(f"learned chrome: {len(s.learned)} recurring lines "
                     f"({s.reconverted_for_learned} documents cleaned again)")
    if s.duplicates:
        lines.append(f"duplicates: {len(s.duplicates)} groups"
                     + (f", {len(s.deduped)} removed by --dedupe" if s.deduped else ""))
    if s.removed_outputs:
        lines.append(f"{len(s.removed_outputs)} outputs removed: their inputs are gone")
    lines += [f"failed: {shown(f)}: {r}" for f, r in sorted(s.failures)]  # a newline in a name: still one line
    lines.append(f"report: {dst / REPORT}")
    return "\n".join(lines)


def describe(rec: dict[str, Any]) -> str:
    """One `-v` line for a file: what happened to it."""
    rel = shown(rec["rel"])
    if rec.get("status") == "failed":
        return f"{rel}: failed: {rec.get('error', 'unknown error')}"
    if rec.get("status") == "unchanged":
        return f"{rel}: unchanged"
    removed = sum((rec.get("removed") or {}).values())
    return f"{rel}: {rec.get('format') or '?'}, {rec.get('encoding') or '-'}, {removed} removed"


def stderr_progress(total: int | None = None, verbose: bool = False) -> Callable[[int, dict[str, Any]], None]:
    """A tqdm bar with total and ETA on a terminal (each file once, whatever the passes);
    otherwise a quiet line every 500 files or 10 s. `verbose`: a line per file."""
    if sys.stderr.isatty():
        try:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)

            def tick(done: int, rec: dict[str, Any]) -> None:
                bar.update(done - bar.n)
                bar.set_postfix_str(rec["rel"][-40:], refresh=False)
                if verbose:
                    bar.write(describe(rec), file=sys.stderr)
            return tick
        except ImportError:
            pass
    last = [time.monotonic()]
    of = f"/{total}" if total is not None else ""

    def line(done: int, rec: dict[str, Any]) -> None:
        if verbose:
            print(describe(rec), file=sys.stderr)
        elif done % 500 == 0 or time.monotonic() - last[0] > 10:
            last[0] = time.monotonic()
            print(f"docclean: {done}{of} files done (last: {shown(rec['rel'])})", file=sys.stderr)
    return line
