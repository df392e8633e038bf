"""`--engine ray` on a real local Ray instance with two CPUs: the same bytes as the local
engine, failures isolated the same way, and nodes that would write other bytes refused."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from docclean.corpus import CorpusOptions, run_corpus
from docclean.corpus.ray_engine import Converter, check_node
from docclean.errors import EngineError
from docclean.options import Options

from ..readers.docxgen import from_markdown
from .synth import ROOT, make_corpus, outputs
from .test_run import slow_pdf

ray = pytest.importorskip("ray")
MARK = "DOCCLEAN_TEST_RAY"
pytest.importorskip("numpy")


@pytest.fixture(scope="module")
def cluster() -> str:
    """One local Ray for the module (2 CPUs, as in CI); the engine joins it and leaves it running."""
    os.environ[MARK] = str(os.getpid())  # Ray's workers inherit it: the test kills only its own
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=128 * 1024 * 1024)
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()
    os.environ.pop(MARK, None)


def mixed_corpus(d: Path) -> Path:
    """Three sites of scraped TXT, the real samples, their PDFs, a DOCX and a broken file."""
    make_corpus(d / "sites", 24)
    shutil.copytree(ROOT / "samples" / "raw", d / "raw")
    (d / "pdf").mkdir()
    for pdf in sorted((ROOT / "samples" / "pdf").glob("00[01]*.pdf")):
        shutil.copy(pdf, d / "pdf" / pdf.name)
    md = (ROOT / "samples" / "expected" / "002_784b25c4e5f64dfc.md").read_text(encoding="utf-8")
    (d / "doc.docx").write_bytes(from_markdown(md.split("\n---\n", 1)[1]))
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\0" * 100)
    return d


def report(d: Path) -> dict:
    return json.loads((d / "_report.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["md", "jsonl"])
def test_ray_writes_the_local_engine_bytes(cluster: str, tmp_path: Path, fmt: str) -> None:
    src = mixed_corpus(tmp_path / "in")
    local = run_corpus(src, tmp_path / "local", Options(), CorpusOptions(jobs=2, format=fmt))
    on_ray = run_corpus(src, tmp_path / "ray", Options(), CorpusOptions(jobs=2, format=fmt, engine="ray"))
    assert on_ray.ok == local.ok == 32 and on_ray.failed == local.failed == 1
    assert on_ray.failures == local.failures
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    assert on_ray.reconverted_for_learned > 0 and on_ray.learned == local.learned  # both passes ran on Ray
    for key in ("removed_by_rule", "duplicates", "formats", "encodings"):
        assert report(tmp_path / "ray")[key] == report(tmp_path / "local")[key]
    if fmt == "jsonl":
        assert list((tmp_path / "ray").glob("shard-*.jsonl"))


def test_cli_joins_a_running_cluster_with_address(cluster: str, tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 12)
    run_corpus(tmp_path / "in", tmp_path / "local", Options(), CorpusOptions(jobs=1))
    cmd = [sys.executable, "-m", "docclean", "corpus", str(tmp_path / "in"), str(tmp_path / "ray"),
           "--engine", "ray", "--address", cluster]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "12 converted" in p.stderr
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "12 unchanged" in again.stderr


def test_cli_starts_its_own_local_ray(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 8)
    run_corpus(tmp_path / "in", tmp_path / "local", Options(), CorpusOptions(jobs=1))
    p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(tmp_path / "in"), str(tmp_path / "ray"),
                        "--engine", "ray", "-j", "2"], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "RAY_ADDRESS": ""})
    assert p.returncode == 0, p.stderr
    assert outputs(tmp_path / "ray") == outputs(tmp_path / "local")


def test_an_unreachable_head_is_a_one_line_error(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 2)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(tmp_path / "in"), str(tmp_path / "out"),
                        "--engine", "ray", "--address", f"127.0.0.1:{port}"], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 1
    assert p.stderr.strip() == f"docclean: error: --engine ray: no Ray head answers at 127.0.0.1:{port}: " \
                               "Connection refused"
    assert time.monotonic() - t0 < 60  # not Ray's minutes of retrying


def test_a_hanging_file_times_out_alone_on_ray(cluster: str, tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 6)
    slow_pdf(tmp_path / "in" / "aaa_slow.pdf", pages=2000)
    s = run_corpus(tmp_path / "in", tmp_path / "out", Options(pdf_engine="pdfplumber"),
                   CorpusOptions(jobs=2, timeout=8.0, engine="ray"))
    assert s.ok == 6 and s.failed == 1
    assert s.failures[0][0] == "aaa_slow.pdf" and "timed out after 8 s" in s.failures[0][1]


def _converting(prefix: bytes = b"ray::Converter.process") -> list[int]:
    """This session's converters inside a file (Ray names a process after the call it runs;
    an idle converter is `ray::Converter`)."""
    mine = f"{MARK}={os.getpid()}".encode()
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if ((d / "cmdline").read_bytes().startswith(prefix)
                        and mine in (d / "environ").read_bytes().split(b"\0")):
                    pids.append(int(d.name))
            except OSError:
                pass
    return pids


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the actor")
def test_an_actor_killed_mid_file_fails_that_file_alone(cluster: str, tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 6)
    slow_pdf(tmp_path / "in" / "aaa_slow.pdf", pages=300)
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            time.sleep(1.0)  # one converter: it is inside the slow PDF (it sorts first)
            for pid in _converting():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    t = threading.Thread(target=killer)
    t.start()
    # the pdfplumber engine is still inside the 300 pages when the kill comes; pdfium may not be
    s = run_corpus(tmp_path / "in", tmp_path / "out", Options(pdf_engine="pdfplumber"),
                   CorpusOptions(jobs=1, timeout=60, engine="ray"))
    t.join()
    assert killed
    assert s.failed == 1 and s.failures[0][0] == "aaa_slow.pdf" and "crashed" in s.failures[0][1]
    assert s.ok == 6


def test_a_node_that_cannot_see_the_paths_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    seen = Converter(Options(), str(tmp_path / "not-here"), str(tmp_path / "out")).hello()
    with pytest.raises(EngineError, match="shared at the same path"):
        check_node(seen, str(tmp_path / "not-here"), str(tmp_path / "out"), seen["fingerprint"])
    ok = Converter(Options(), str(tmp_path), str(tmp_path / "out")).hello()
    check_node(ok, str(tmp_path), str(tmp_path / "out"), ok["fingerprint"])  # the same node passes


def test_a_node_with_other_rules_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "headings.yaml").write_text((ROOT / "rules" / "headings.yaml").read_text(encoding="utf-8")
                                       + "\n# edited on one node\n", encoding="utf-8")
    here = Converter(Options(), str(tmp_path), str(tmp_path)).hello()["fingerprint"]
    other = Converter(Options(rules_dir=rules), str(tmp_path), str(tmp_path)).hello()
    with pytest.raises(EngineError, match="another docclean or other rules"):
        check_node(other, str(tmp_path), str(tmp_path), here)


def _in_group(pgid: int) -> list[int]:
    """Live processes of a process group (zombies are ended)."""
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                pids.append(int(d.name))
    return pids


def _gone(find: Callable[[], list[int]], seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not find():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find Ray's processes")
def test_sigterm_and_ctrl_c_stop_a_ray_run_in_one_line_and_a_rerun_resumes(cluster: str, tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 6)
    for name, pages in (("zz1_slow.pdf", 200), ("zz2_slow.pdf", 600)):
        slow_pdf(src / name, pages=pages)  # the pdfplumber engine takes seconds on these
    slow = ("--no-learn", "--pdf-engine", "pdfplumber")
    manifest = out / "_manifest.jsonl"

    def start(*extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "docclean", "corpus", str(src), str(out), "--engine", "ray",
                                 "-j", "2", *slow, *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env=env)

    def stopped(proc: subprocess.Popen[bytes], how: str) -> None:
        _, err = proc.communicate(timeout=120)
        lines = [ln for ln in err.decode().splitlines() if ln.startswith("docclean: error")]
        assert proc.returncode == 130, err.decode()
        assert len(lines) == 1 and f"stopped by {how}" in lines[0] and "Traceback" not in err.decode()
        assert "SIGTERM received" not in err.decode()  # Ray's own handler would print a stack dump
        head, *recs = manifest.read_text(encoding="utf-8").splitlines()
        assert json.loads(head)["fingerprint"]
        assert sum(json.loads(r)["status"] == "ok" for r in recs) >= 7  # the texts and zz1 are kept
        assert not list(out.rglob(".*.part"))

    # 1. A Ray it starts itself, SIGTERM while zz2 is being read: every process of the run ends.
    proc = start(env={**os.environ, "RAY_ADDRESS": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # the texts and zz1 are done (zz2, three times longer, is not)
        if manifest.is_file() and manifest.read_text(encoding="utf-8").count("\n") >= 8:
            break
        time.sleep(0.1)
    assert _in_group(proc.pid)
    proc.send_signal(signal.SIGTERM)
    stopped(proc, "SIGTERM")
    assert _gone(lambda: _in_group(proc.pid)), "Ray's processes and converters must be ended"
    # 2. A rerun joining a running cluster resumes with zz2; Ctrl-C inside it ends its converters.
    proc = start("--address", cluster)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _converting():
        time.sleep(0.2)
    assert _converting()
    os.killpg(proc.pid, signal.SIGINT)  # the terminal sends it to the whole group
    stopped(proc, "Ctrl-C")
    assert _gone(lambda: _converting(b"ray::Converter")), "the run's converters must be ended"
    # 3. Finished files stay finished.
    again = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(out), *slow, "--timeout", "0.5"],
                           capture_output=True, timeout=120)
    assert "7 unchanged" in again.stderr.decode(), again.stderr.decode()
