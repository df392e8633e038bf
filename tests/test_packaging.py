"""`pip install .` (not editable) gives a working `docclean` with the rule packs inside the wheel."""

from __future__ import annotations

import shutil
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
    assert "docclean/py.typed" in names  # PEP 561: mypy sees the hints
    assert any(n.startswith("docclean/_rules/chrome/") for n in names)
    if shutil.which("cc") or shutil.which("gcc"):  # the build hook compiled the PDF engine's C helper
        assert "docclean/readers/_pdfchars.so" in names and "-py3-none-" in wheel.name

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
    _every_format_without_extras(venv, elsewhere)


def _every_format_without_extras(venv: Path, elsewhere: Path) -> None:
    """The plain install (no extras) reads PDF, DOCX, TXT and HTML; a user's convert.py in the
    working folder shadows nothing; `python -m docclean` runs; py.typed ships for mypy."""
    import docx

    from tests.readers.htmlgen import PARAS, pages

    d = docx.Document()
    d.add_heading("关于做好稳增长工作的通知", level=1)
    d.add_paragraph(PARAS[0])
    d.save(str(elsewhere / "通知.docx"))
    (elsewhere / "page.html").write_bytes(pages()[0].encoded("gbk"))
    (elsewhere / "speech.txt").write_bytes((SAMPLES / "raw" / "000_71e49de2abe18cdc.txt").read_bytes())
    pdf = next((SAMPLES / "pdf").glob("*.pdf"))
    (elsewhere / "convert.py").write_text("raise SystemExit('the user convert.py ran')\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin"}
    out = elsewhere / "out"
    p = subprocess.run([str(venv / "bin" / "python"), "-m", "docclean", "convert", "通知.docx", "page.html",
                        "speech.txt", str(pdf), "-o", str(out)],
                       cwd=elsewhere, capture_output=True, text=True, timeout=300, env=env)
    assert p.returncode == 0, p.stderr
    assert "关于做好稳增长工作的通知" in (out / "通知.md").read_text(encoding="utf-8")
    assert PARAS[1] in (out / "page.md").read_text(encoding="utf-8")
    assert "在全县市考指标推进" in (out / "speech.md").read_text(encoding="utf-8")
    assert len((out / (pdf.stem + ".md")).read_text(encoding="utf-8")) > 500
    helper = subprocess.run([str(venv / "bin" / "python"), "-c", "from docclean.readers import pdfium_native; "
                             "print(pdfium_native.LIB is not None)"], cwd=elsewhere, capture_output=True, text=True,
                            env=env).stdout.strip()
    assert helper == str(bool(shutil.which("cc") or shutil.which("gcc")))  # the installed helper loads
    site = subprocess.run([str(venv / "bin" / "python"), "-c", "import docclean, os; print(os.path.dirname("
                           "docclean.__file__))"], cwd=elsewhere, capture_output=True, text=True, env=env).stdout
    assert Path(site.strip(), "py.typed").exists()  # mypy reads the package's own hints


def test_wheel_has_py_typed_and_no_extras_needed():
    """The metadata: the readers' libraries are plain dependencies; heavy parts are extras."""
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = " ".join(meta["dependencies"])
    for lib in ("pdfplumber", "python-docx", "readability-lxml"):
        assert lib in deps
    for heavy in ("ray", "pyarrow", "datatrove"):
        assert heavy not in deps
    assert (ROOT / "convert" / "docclean" / "py.typed").exists()
