"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

RAW = SAMPLES / "raw"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "docclean", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120, env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin",
                                                     "PYTHONPATH": str(SAMPLES.parent)})


def test_convert_to_stdout_is_utf8_whatever_the_locale():
    p = run("convert", str(RAW / "002_784b25c4e5f64dfc.txt"))
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode("utf-8").startswith("---\ntitle: 全区超额完成市考指标任务动员会发言稿\n")


def test_convert_stdin_to_file_with_report(tmp_path: Path):
    out, rep = tmp_path / "o.md", tmp_path / "r.json"
    data = (RAW / "003_590090a74b10852c.txt").read_bytes()
    p = run("convert", "-", "-o", str(out), "--report", str(rep), stdin=data)
    assert p.returncode == 0, p.stderr
    assert out.read_text(encoding="utf-8").startswith("---\ntitle: 2021年")
    report = json.loads(rep.read_text(encoding="utf-8"))
    rules = {r["rule"] for r in report["removals"]}
    assert {"docsite.word-count-label", "docsite.see-more", "title.duplicate"} <= rules
    assert all(r["line"] for r in report["removals"])
    assert report["changes"]["punctuation"] > 0 and "paragraphs" in report["changes"]


def test_options_reach_the_output(tmp_path: Path):
    data = "标题\n今天上午, X 秘书长作了报告, 2021 年增长 3.5%。\n".encode()
    p = run("convert", "-", "--no-front-matter", "--cjk-latin-space", "keep", stdin=data)
    assert p.stdout.decode("utf-8") == "# 标题\n\n今天上午，X 秘书长作了报告，2021 年增长 3.5%。\n"


@pytest.mark.parametrize("make,reason", [
    (lambda d: d / "empty.txt", "empty"),
    (lambda d: d / "bin.txt", "binary"),
    (lambda d: d, "is a directory"),
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d / "a.pdf", "PDF"),
])
def test_bad_input_gives_one_line_and_no_output(tmp_path: Path, make, reason):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n")
    target = make(tmp_path)
    out = tmp_path / "out" / "x.md"
    p = run("convert", str(target), "-o", str(out))
    err = p.stderr.decode("utf-8").strip()
    assert p.returncode == 1
    assert len(err.splitlines()) == 1 and reason in err and str(target) in err
    assert not out.exists()


def test_corpus_goes_on_past_failures_and_lists_them(tmp_path: Path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for f in RAW.glob("*.txt"):
        (src / "sub" / f.name).write_bytes(f.read_bytes())
    (src / "broken.txt").write_bytes(b"")
    p = run("corpus", str(src), str(tmp_path / "out"))
    err = p.stderr.decode("utf-8")
    assert p.returncode == 1
    assert "5 converted, 0 unchanged, 1 failed" in err and "broken.txt: the file is empty" in err
    assert sorted(x.name for x in (tmp_path / "out" / "sub").iterdir()) == sorted(
        f.stem + ".md" for f in RAW.glob("*.txt"))
    assert not list((tmp_path / "out").rglob("*.part"))


def test_score_command(tmp_path: Path):
    run("corpus", str(RAW), str(tmp_path / "out"))
    p = run("score", str(SAMPLES / "expected"), str(tmp_path / "out"), "--json")
    total = json.loads(p.stdout)["total"]
    assert total["content_loss"] == 0 and total["body_sim"] >= 0.985


def test_several_files_and_globs_to_a_folder(tmp_path: Path):
    from docclean.cli import main

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("标题文件\n\n正文第一段，说明有关情况。\n", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3 truncated")  # (text named .pdf is read as text)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "*.txt"), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "b.md"]
    assert main(["convert", str(tmp_path / "a.txt"), str(tmp_path / "bad.pdf"), "-o", str(out)]) == 1  # bad one fails
    assert main(["convert", str(tmp_path / "nothing-*.txt"), "-o", str(out)]) == 1


def test_stdin_without_dash_and_report_to_stderr(tmp_path: Path):
    src = "标题文件\n\n正文第一段，说明有关情况。\n下载 打印 全屏 收藏 【字号：加大 还原 减小】\n".encode()
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", "--report", "-"], input=src,
                       capture_output=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "# 标题文件" in p.stdout.decode("utf-8")
    report = json.loads(p.stderr.decode("utf-8"))
    assert report["removals"] and not (tmp_path / "-").exists()


def test_corpus_include_exclude_and_verbose(tmp_path: Path, capsys):
    from docclean.cli import main

    src = tmp_path / "in"
    (src / "drafts").mkdir(parents=True)
    for rel in ("a.txt", "b.md", "drafts/c.txt"):
        (src / rel).write_text("标题文件\n\n正文第一段，说明有关情况。\n", encoding="utf-8")
    assert main(["corpus", str(src), str(tmp_path / "out"), "--include", "*.txt", "--exclude", "drafts/*",
                 "-v", "--no-learn", "-j", "1"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").rglob("*.md")) == ["a.md"]
    err = capsys.readouterr().err
    assert "a.txt: txt" in err and "c.txt" not in err  # -v: one line per file


def test_clean_text_empty_and_cleaner_map():
    from docclean import Cleaner, clean_text

    assert clean_text("").markdown == "" and clean_text("  \n").removals == ()
    out = Cleaner().map({"text": "标题文件\n\n正文第一段。\n下载 打印 全屏 收藏 【字号：加大 还原 减小】", "id": 3})
    assert "正文第一段。" in out["text"] and "收藏" not in out["text"]
    assert out["docclean_removed"] and set(out["docclean_removed"][0]) == {"start", "end", "rule"}
