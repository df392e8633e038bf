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
