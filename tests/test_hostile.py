"""The hostile set (tests/hostile.py) through the CLI, one file at a time and as one corpus run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile import HOSTILE, Hostile, check, run_cli

# Outcomes that need the PDF reader (readers/pdf*.py, outside this change): strict, so the
# day they pass the marker must go.
XFAIL: dict[str, str] = {}  # name -> why it fails today (strict: a fix must drop it)


def _params() -> list[object]:
    out = []
    for h in HOSTILE:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[h.name])] if h.name in XFAIL else []
        out.append(pytest.param(h, id=h.name.strip("-").replace("\t", " "), marks=marks))
    return out


@pytest.mark.parametrize("h", _params())
def test_each_hostile_file_gives_its_outcome_through_the_cli(h: Hostile, tmp_path: Path):
    if h.root_skip and os.geteuid() == 0:
        pytest.skip("root reads a chmod 000 file")
    if h.absent and shutil.which(h.absent):
        pytest.skip(f"{h.absent} is on PATH: the outcome differs")
    path = h.make(tmp_path / h.name)
    proc = run_cli(path, timeout=120)
    problem = check(h, path, proc)
    assert not problem, problem


def test_a_corpus_run_goes_on_and_lists_every_failure(tmp_path: Path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    made = {}
    for h in HOSTILE:
        if (h.root_skip and os.geteuid() == 0) or h.name in ("folder", "gone.txt") or h.name in XFAIL \
                or (h.absent and shutil.which(h.absent)):
            continue  # a folder is walked, a vanished file is never listed
        made[h.name] = h.make(src / h.name)
    proc = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(out), "--jobs", "1"],
                          capture_output=True, timeout=600)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1, err[-2000:]
    assert "Traceback" not in err
    assert "failed: fifo.txt: not a regular file" in err and "failed: loop.txt: link loop" in err
    for h in HOSTILE:
        if h.name not in made:
            continue
        if h.outcome == "error":  # FIFOs and link loops too: never opened, listed with a reason
            assert h.name in err, f"{h.name} not listed:\n{err[-3000:]}"
        elif h.outcome == "converted":
            assert any(p.name.startswith(Path(h.name).stem) for p in out.rglob("*.md")), h.name
