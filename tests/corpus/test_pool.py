"""The local pool with deep queues (small files gathered): each task answered once, and a
worker killed mid-file fails that file alone while the files queued behind it go on."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from docclean.corpus import pool as pool_module
from docclean.corpus.pool import LocalPool, _serve
from docclean.corpus.worker import Task, process
from docclean.options import Options

from .synth import make_corpus
from .test_run import slow_pdf


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_worker_killed_with_a_deep_queue_fails_only_its_running_file(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    files = make_corpus(src, 40)
    slow = src / "site1" / "doc00020_slow.pdf"  # in the middle of the walk: small files before and after
    slow_pdf(slow, pages=300)
    paths = sorted([*files, slow])
    opts = Options(pdf_engine="pdfplumber")  # seconds for 300 pages: the kill comes while it runs
    tasks = [Task(str(p), p.relative_to(src).as_posix(), str(out / p.relative_to(src)) + ".md", "", "md", opts)
             for p in paths]
    pool = LocalPool(1, timeout=60)
    pool.GATHER = 1.0  # every file counts as small: the queue is as deep as it goes
    queued: list[int] = []

    def kill() -> None:
        time.sleep(1.0)  # the worker is inside the slow PDF by now
        w = pool.workers[0]
        queued.append(len(w.tasks))
        os.kill(w.proc.pid, signal.SIGKILL)

    recs = []
    killer = threading.Thread(target=kill)
    with pool:
        for rec in pool.run(tasks):
            recs.append(rec)
            if len(recs) == paths.index(slow):  # the file before it answered: it runs next
                killer.start()
    killer.join()
    assert queued and queued[0] > LocalPool.DEPTH  # files were queued behind the one killed
    assert sorted(r["rel"] for r in recs) == sorted(t.rel for t in tasks)  # each answered once
    bad = [r for r in recs if r["status"] != "ok"]
    assert [r["rel"] for r in bad] == ["site1/doc00020_slow.pdf"] and "crashed" in bad[0]["error"]
    assert all(Path(t.out).is_file() for t in tasks if t.src != str(slow))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("how", ["killed", "timed out"])
def test_the_file_running_fails_alone_when_converted_files_wait_in_the_worker(
        tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker holds the files it converted before the slow one (their batch is not finished):
    the parent blames the file the worker began last, and the held ones are converted again."""
    monkeypatch.setattr(pool_module, "BATCH_FILES", 1000)  # read by the forked worker: nothing is answered ...
    monkeypatch.setattr(pool_module, "BATCH_SECONDS", 1000.0)
    monkeypatch.setattr(pool_module, "BIG_FILE", 1 << 40)  # ... before the slow file either
    src, out = tmp_path / "in", tmp_path / "out"
    files = make_corpus(src, 12)
    slow = src / "site2" / "doc00008_slow.pdf"
    slow_pdf(slow, pages=300)
    paths = sorted([*files, slow])
    opts = Options(pdf_engine="pdfplumber")
    tasks = [Task(str(p), p.relative_to(src).as_posix(), str(out / p.relative_to(src)) + ".md", "", "md", opts)
             for p in paths]
    pool = LocalPool(1, timeout=60 if how == "killed" else 1.5)
    pool.GATHER, pool.per_file = 1.0, 0.001  # every file is sent at once
    held: list[int] = []

    def kill() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            w = pool.workers[0] if pool.workers else None
            if w is not None and w.begun.value == paths.index(slow) + 1:  # inside the slow file
                time.sleep(0.5)
                held.append(w.begun.value - 1 - w.done)
                os.kill(w.proc.pid, signal.SIGKILL)
                return
            time.sleep(0.01)

    killer = threading.Thread(target=kill)
    if how == "killed":
        killer.start()
    with pool:
        recs = list(pool.run(tasks))
    if how == "killed":
        killer.join()
        assert held == [paths.index(slow)]  # every file before it was converted and not answered
    assert sorted(r["rel"] for r in recs) == sorted(t.rel for t in tasks)  # each answered once
    bad = [r for r in recs if r["status"] != "ok"]
    assert [r["rel"] for r in bad] == ["site2/doc00008_slow.pdf"]
    assert ("crashed" if how == "killed" else "timed out") in bad[0]["error"]
    assert all(Path(t.out).is_file() for t in tasks if t.src != str(slow))


def test_options_sent_while_files_are_queued_reach_the_files_not_yet_started(tmp_path: Path) -> None:
    """The pilot renews its learned chrome while files wait in a worker's queue: they are
    converted with the newer set (each record says what it applied), not converted twice."""
    files = make_corpus(tmp_path / "in", 6)
    out = tmp_path / "out"
    edges = [process(Task(str(p), p.name, str(out / p.name) + ".md", "", "md", Options()))["edges"] for p in files]
    learned = frozenset(k for e in edges for k in e)
    assert learned
    pool = LocalPool(1, timeout=60)
    parent, child = pool.ctx.Pipe()
    parent.send(Options())
    parent.send([(str(p), p.name, str(out / p.name) + ".md", "", "md", True, False) for p in files])
    parent.send(Options(learned_chrome=learned))  # before the worker starts: every file is still queued
    begun = pool.ctx.RawValue("Q", 0)
    proc = pool.ctx.Process(target=_serve, args=(child, 0, begun), daemon=True)
    proc.start()
    child.close()
    recs: list[dict[str, Any]] = []
    try:
        while len(recs) < len(files):
            recs += parent.recv()  # a list of records: the files converted since the last answer
    finally:
        parent.send(None)
        proc.join(timeout=10)
    assert [r["status"] for r in recs] == ["ok"] * len(files) and begun.value == len(files)
    assert all(r["applied"] and r["applied"] == sorted(learned & set(r["edges"])) for r in recs)


def _serve_once(tmp_path: Path, files: list[Path], guess: bool) -> list[dict[str, Any]]:
    """The records of one worker converting `files` in order with no learned chrome sent."""
    out = tmp_path / f"out-{guess}"
    pool = LocalPool(1, timeout=60)
    parent, child = pool.ctx.Pipe()
    parent.send(Options())
    parent.send([(str(p), p.relative_to(tmp_path).as_posix(), str(out / p.name) + ".md", "", "md", True, guess)
                 for p in files])
    proc = pool.ctx.Process(target=_serve, args=(child, 0, pool.ctx.RawValue("Q", 0)), daemon=True)
    proc.start()
    child.close()
    recs: list[dict[str, Any]] = []
    try:
        while len(recs) < len(files):
            recs += parent.recv()
    finally:
        parent.send(None)
        proc.join(timeout=10)
    return recs


def test_a_worker_applies_chrome_it_has_seen_recur_in_pass_1_and_never_in_pass_2(tmp_path: Path) -> None:
    """In pass 1 a worker widens the parent's guess with the edge lines it has itself seen in
    enough documents (its own pilot), with no wait for the parent's: a site's later documents
    go without its banners at once. A pass-2 task (guess off) gets exactly what was sent."""
    files = make_corpus(tmp_path / "in", 12)  # 3 sites of 4 documents, walked site by site
    guessed = _serve_once(tmp_path, files, guess=True)
    assert [bool(r["applied"]) for r in guessed] == [False, False, False, True] * 3
    assert all(set(r["applied"]) <= set(r["edges"]) for r in guessed)
    exact = _serve_once(tmp_path, files, guess=False)
    assert [r["applied"] for r in exact] == [[]] * 12
    # what was applied is all that differs: the same edges and bodies either way
    assert [(r["edges"], r["body"]) for r in guessed] == [(r["edges"], r["body"]) for r in exact]


@pytest.mark.parametrize("per_file", [0.0, 0.0002, 0.003, 0.05, 3.0])
def test_the_parent_never_sleeps_longer_than_the_work_queued_behind_a_running_file(per_file: float) -> None:
    pool = LocalPool(2, timeout=60)
    pool.per_file = per_file
    depth = pool.depth()
    nap = pool.nap(depth)
    assert LocalPool.DEPTH <= depth <= LocalPool.MAX_DEPTH
    assert nap <= (depth - 1) * per_file + 1e-12  # the files queued behind the running one last that long
    if per_file == 0.0:
        assert nap == 0 and depth == LocalPool.DEPTH  # nothing known yet: the first files may be tiny
    if per_file * (LocalPool.MAX_DEPTH - 1) >= LocalPool.GATHER:
        assert nap == LocalPool.GATHER  # enough queued: the parent wakes once per GATHER, not per file


def test_files_held_for_their_batch_count_neither_as_queued_nor_as_running() -> None:
    """Of 8 tasks not answered, the worker has begun 3 (5 begun, 2 answered): 2 converted and
    held, 1 running, 5 not begun. The parent refills on the 6 still to do, and blames the third."""
    from docclean.corpus.pool import _Worker

    pool = LocalPool(1, timeout=60)
    tasks = [Task(f"/in/{i}.txt", f"{i}.txt", f"/out/{i}.md", "", "md", Options()) for i in range(2, 10)]
    w = _Worker(None, None, pool.ctx.RawValue("Q", 5), tasks=deque(tasks), done=2)
    assert w.queued() == 6
    assert w.running() is tasks[2] and list(w.tasks) == tasks[:2] + tasks[3:]
    idle = _Worker(None, None, pool.ctx.RawValue("Q", 2), tasks=deque(tasks[:3]), done=2)
    assert idle.queued() == 3 and idle.running() is tasks[0]  # none begun since the last answer: the first


_THREADS = """
import json, os, sys
from docclean.corpus.pool import LocalPool
from docclean.corpus.worker import Task
from docclean.options import Options
files, out = sys.argv[1:-1], sys.argv[-1]
pool = LocalPool(1, 60)
recs = list(pool.run([Task(f, os.path.basename(f), os.path.join(out, os.path.basename(f) + ".md"), "", "md",
                           Options()) for f in files]))
print(json.dumps({"numpy_in_parent": "numpy" in sys.modules, "bands": all(r.get("bands") for r in recs),
                  "threads": len(os.listdir(f"/proc/{pool.workers[0].proc.pid}/task"))}))
pool.close()
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_a_worker_runs_one_thread_after_minhash_loaded_numpy(tmp_path: Path) -> None:
    """numpy's OpenBLAS would start a thread per core in each worker (CPU at import, buffers
    under the memory limit); the worker asks for one, unless the user's environment says more.
    In a fresh process: a parent that loaded numpy before the fork would hide it."""
    import json
    import subprocess
    import sys

    files = make_corpus(tmp_path / "in", 3)
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    got = json.loads(subprocess.run([sys.executable, "-c", _THREADS, *map(str, files), str(tmp_path / "out")],
                                    env=env, check=True, capture_output=True, text=True).stdout)
    assert got == {"numpy_in_parent": False, "bands": True, "threads": 1}  # MinHash ran: numpy is loaded
