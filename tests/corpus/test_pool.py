"""The local pool with deep queues (small files gathered): each task answered once, and a
worker killed mid-file fails that file alone while the files queued behind it go on."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from docclean.corpus.pool import LocalPool
from docclean.corpus.worker import Task
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
