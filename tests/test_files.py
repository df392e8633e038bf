"""Outputs: atomic, fsynced, and with the mode the umask gives (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES


def test_cli_output_respects_the_umask_and_o_dir_writes_name_md(tmp_path: Path):
    src = sorted((SAMPLES / "raw").glob("*.txt"))[0]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = "import os, sys; os.umask(0o027); from docclean.cli import main; sys.exit(main(sys.argv[1:]))"
    p = subprocess.run([sys.executable, "-c", code, "convert", str(src), "-o", str(out_dir)],
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr
    out = out_dir / f"{src.stem}.md"
    assert out.read_text(encoding="utf-8").startswith("---\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert not list(out_dir.glob(".*.part"))


def test_atomic_write_mode_follows_umask(tmp_path: Path):
    from docclean import files

    files.atomic_write(tmp_path / "a.md", "文本")
    assert stat.S_IMODE((tmp_path / "a.md").stat().st_mode) == 0o666 & ~files.UMASK
    assert os.listdir(tmp_path) == ["a.md"]


def test_unwritable_output_is_one_line_naming_the_output(tmp_path: Path):
    src = sorted((SAMPLES / "raw").glob("*.txt"))[0]
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "sub" / "x.md"  # a folder under a regular file cannot exist
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(src), "-o", str(out)],
                       capture_output=True, timeout=120)
    err = p.stderr.decode().strip()
    assert p.returncode == 1 and len(err.splitlines()) == 1 and str(out) in err and "cannot write" in err


def test_devices_are_refused_not_read_forever():
    import pytest
    from docclean.api import convert_path
    from docclean.errors import InputError

    with pytest.raises(InputError, match="not a regular file"):
        convert_path("/dev/zero")


def _odd_entries(root: Path) -> None:
    """A folder with one document and everything a walk must not open: a FIFO, a broken link,
    a link loop, a link leaving the folder (skipped by policy) and a link inside it (followed)."""
    root.mkdir()
    (root / "a.txt").write_text("正文第一段。\n", encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "dead.txt").symlink_to(root / "nowhere.txt")
    (root / "loop-a.txt").symlink_to("loop-b.txt")
    (root / "loop-b.txt").symlink_to("loop-a.txt")
    outside = root.parent / "outside.txt"
    outside.write_text("外面的文件。\n", encoding="utf-8")
    (root / "away.txt").symlink_to(outside)
    (root / "same.txt").symlink_to("a.txt")


def test_walk_lists_what_is_not_a_document_with_a_reason_and_opens_none_of_it(tmp_path: Path):
    from docclean.files import BROKEN_LINK, LINK_LOOP, NOT_REGULAR, walk

    root = tmp_path / "in"
    _odd_entries(root)
    skipped: list[tuple[Path, str]] = []
    found = [p.name for p in walk(root, skipped=skipped)]  # a FIFO opened would block here
    assert found == ["a.txt", "same.txt"]
    assert sorted((p.name, why) for p, why in skipped) == [
        ("dead.txt", BROKEN_LINK), ("loop-a.txt", LINK_LOOP), ("loop-b.txt", LINK_LOOP), ("pipe.txt", NOT_REGULAR)]
    assert [p.name for p in walk(root)] == found  # no list given: the same files, nothing else


def test_a_corpus_run_lists_fifos_and_dead_links_with_its_failures_and_never_hangs(tmp_path: Path):
    import json

    src, out = tmp_path / "in", tmp_path / "out"
    _odd_entries(src)
    cmd = [sys.executable, "-m", "docclean", "corpus", str(src), str(out), "-j", "1", "--no-learn"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, p.stderr
    assert "2 converted" in p.stderr and "4 failed" in p.stderr, p.stderr
    for line in ("failed: pipe.txt: not a regular file", "failed: dead.txt: broken link",
                 "failed: loop-a.txt: link loop", "failed: loop-b.txt: link loop"):
        assert line in p.stderr, p.stderr
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["files"]["failed"] == 4
    assert {f["file"]: f["reason"] for f in report["failures"]} == {
        "dead.txt": "broken link", "loop-a.txt": "link loop", "loop-b.txt": "link loop", "pipe.txt": "not a regular file"}
    assert "away" not in p.stderr  # a link leaving IN is skipped by policy, not a failure
    # What --exclude leaves out is not listed either: the run then succeeds.
    q = subprocess.run([*cmd, "--exclude", "pipe.txt", "--exclude", "dead.txt", "--exclude", "loop-*"],
                       capture_output=True, text=True, timeout=120)
    assert q.returncode == 0 and "0 failed" in q.stderr and "pipe.txt" not in q.stderr, q.stderr


def test_an_output_that_is_a_pipe_or_device_is_written_into_not_replaced(tmp_path: Path):
    """`-o /dev/null` as root renamed a regular file over /dev/null; `-o FIFO` over the FIFO.
    A FIFO shows it without root: the Markdown comes out of the pipe and the FIFO stays one."""
    import threading

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    page = sorted((SAMPLES / "raw").glob("*.txt"))[1]
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page), "-o", str(fifo)],
                       capture_output=True, timeout=120)
    reader.join(timeout=10)
    assert p.returncode == 0, p.stderr.decode()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and got[0].decode("utf-8").startswith("---\ntitle: ")
    assert sorted(f.name for f in tmp_path.iterdir()) == ["pipe.md"]  # no temporary left beside it


def test_a_long_cjk_name_that_fits_gets_its_output(tmp_path: Path):
    """An 83-character CJK name (249 bytes) fits, and so does NAME.md (252), but the temporary
    `.NAME.md.xxxxxxxx.part` did not: 'File name too long' in convert and in corpus runs."""
    name = "长" * 83
    src = tmp_path / "in"
    src.mkdir()
    page = src / f"{name}.txt"
    page.write_bytes(sorted((SAMPLES / "raw").glob("*.txt"))[0].read_bytes())
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page), "-o", str(tmp_path / "one") + "/"],
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert (tmp_path / "one" / f"{name}.md").is_file()
    p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(tmp_path / "out")],
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert (tmp_path / "out" / f"{name}.md").is_file()
    assert not [f for f in (tmp_path / "out").iterdir() if f.name.endswith(".part")]
