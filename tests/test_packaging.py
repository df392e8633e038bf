"""`pip install .` (not editable) gives a working `docclean` with the rule packs inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


@pytest.mark.slow
def test_wheel_ships_rules_and_runs_from_anywhere(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("docclean-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "docclean/_rules/headings.yaml" in names
    assert any(n.startswith("docclean/_rules/chrome/") for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)]
    subprocess.run(pip, check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    p = subprocess.run([str(venv / "bin" / "docclean"), "convert", str(SAMPLES / "raw" / "000_71e49de2abe18cdc.txt")],
                       cwd=elsewhere, capture_output=True, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode("utf-8")
    assert out.startswith("---\ntitle: 在全县市考指标推进暨项目建设工作会议上的讲话\n")
    assert "会员群" not in out  # the rule packs were found inside the installed package
    import_path = subprocess.run([str(venv / "bin" / "python"), "-c", "import docclean; print(docclean.__file__)"],
                                 cwd=elsewhere, capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert str(venv) in import_path.stdout
