"""SIGTERM or Ctrl-C stops a corpus run in one line: workers ended, finished files kept, rerun resumes."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.corpus.synth import make_corpus
from tests.corpus.test_run import slow_pdf


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_interrupt_stops_in_one_line_and_a_rerun_resumes(tmp_path: Path, how: str):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 6)
    # The text files' lines may reach the manifest only once zz1 is done; zz2, three times
    # longer, is still being read when the signal comes.
    for name, pages in (("zz1_slow.pdf", 200), ("zz2_slow.pdf", 600)):
        slow_pdf(src / name, pages=pages)
    # pdfplumber's engine: these PDFs take seconds with it (pdfium reads them before the signal comes)
    slow = ("--no-learn", "--pdf-engine", "pdfplumber")
    proc = subprocess.Popen([sys.executable, "-m", "docclean", "corpus", str(src), str(out), "-j", "2", *slow],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    manifest = out / "_manifest.jsonl"
    while time.monotonic() < deadline:  # wait until the text files are done and the slow PDFs are being read
        workers = workers or _children(proc.pid)
        if manifest.is_file() and manifest.read_text(encoding="utf-8").count("\n") >= 7:
            break
        time.sleep(0.1)
    workers = _children(proc.pid) or workers
    assert workers
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)  # the terminal sends it to the whole group
    _, err = proc.communicate(timeout=30)
    lines = [ln for ln in err.decode().splitlines() if ln.startswith("docclean: error")]
    assert proc.returncode == 130
    assert len(lines) == 1 and f"stopped by {how}" in lines[0] and "Traceback" not in err.decode()
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)], "workers must be ended"
    head, *recs = manifest.read_text(encoding="utf-8").splitlines()
    done = [json.loads(r) for r in recs]
    assert json.loads(head)["fingerprint"] and sum(r["status"] == "ok" for r in done) >= 6
    assert not list(out.rglob(".*.part"))
    # the rerun converts only what is left (the PDFs), the finished text files are unchanged
    again = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(out), *slow,
                            "--timeout", "0.5"], capture_output=True, timeout=120)
    unchanged = re.search(r"(\d+) unchanged", again.stderr.decode())
    assert unchanged and int(unchanged.group(1)) >= 6, again.stderr.decode()
