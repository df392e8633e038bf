"""`--deadline SECONDS` (issue 11): the reading deadline, `Options.deadline`, set from the CLI.

A real 2,000-page PDF (reportlab, ~1.3 s to make, ~2 s to read) read under a deadline far
shorter than its reading fails as "too complex" in one line naming the file, through the
API, `convert` and `corpus` (which goes on with the other files); the same file converts
under the default deadline, and with `--deadline 0` (none).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docclean.api import convert_bytes, convert_path
from docclean.cli import build_parser
from docclean.errors import TooComplexError
from docclean.options import Options

from tests.readers.pdfgen import body_lines, make_pdf

PARA = "各级各部门要认真贯彻落实会议精神，切实加强组织领导，确保各项任务落到实处。" * 3
SHORT = "0.2"  # seconds: the 2,000 pages take about ten times this even on an idle machine


@pytest.fixture(scope="module")
def big_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("deadline") / "two-thousand pages.pdf"
    path.write_bytes(make_pdf([body_lines(PARA, 30)[:3] for _ in range(2000)]))
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "docclean", *args], capture_output=True, text=True, timeout=300)


def test_the_flag_maps_onto_options_and_zero_means_none():
    parse = build_parser().parse_args
    assert parse(["convert", "a.txt"]).deadline == Options().deadline == 120.0
    from docclean.cli import _options

    assert _options(parse(["convert", "a.txt", "--deadline", "2.5"])).deadline == 2.5
    assert _options(parse(["convert", "a.txt", "--deadline", "0"])).deadline is None
    assert _options(parse(["corpus", "in", "out", "--deadline", "7"])).deadline == 7.0
    assert "--deadline SECONDS" in subprocess.run([sys.executable, "-m", "docclean", "convert", "--help"],
                                                  capture_output=True, text=True).stdout


def test_api_a_huge_pdf_past_the_deadline_is_too_complex_and_converts_without_one(big_pdf: Path):
    with pytest.raises(TooComplexError, match="too complex: reading it took longer than the deadline") as err:
        convert_path(big_pdf, Options(deadline=float(SHORT)))
    assert err.value.path == str(big_pdf)
    res = convert_bytes(big_pdf.read_bytes(), big_pdf.name, Options(deadline=None))
    assert res.markdown.count("各级各部门要认真贯彻落实会议精神") >= 2000


def test_cli_convert_stops_in_one_line_and_the_default_converts(big_pdf: Path, tmp_path: Path):
    p = run("convert", str(big_pdf), "--deadline", SHORT, "-o", str(tmp_path / "out.md"))
    assert p.returncode == 1
    assert p.stderr == f"docclean: error: {big_pdf}: too complex: reading it took longer than the deadline\n"
    assert not (tmp_path / "out.md").exists()
    ok = run("convert", str(big_pdf), "--no-front-matter", "-o", str(tmp_path / "ok.md"))  # default: 120 s
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "ok.md").read_text(encoding="utf-8").count("切实加强组织领导") >= 2000


def test_cli_rejects_a_negative_deadline_in_one_line(tmp_path: Path):
    page = tmp_path / "a.txt"
    page.write_text("各级各部门要认真贯彻落实会议精神。\n", encoding="utf-8")
    p = run("convert", str(page), "--deadline", "-1")
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "deadline must be a positive number" in p.stderr
    assert run("convert", str(page), "--deadline", "0").returncode == 0


def test_cli_corpus_lists_the_file_past_its_deadline_and_converts_the_rest(big_pdf: Path, tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / big_pdf.name).write_bytes(big_pdf.read_bytes())
    (src / "speech.txt").write_text("关于会议的讲话\n\n" + PARA + "\n", encoding="utf-8")
    p = run("corpus", str(src), str(tmp_path / "out"), "--deadline", SHORT, "-j", "1")
    assert p.returncode == 1
    assert "too complex: reading it took longer than the deadline" in p.stderr
    assert (tmp_path / "out" / "speech.md").exists()
    assert not (tmp_path / "out" / "two-thousand pages.md").exists()
