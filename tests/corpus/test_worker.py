"""The per-file worker: its output write (temporary + rename, mode, folders, errors) and the
manifest line it makes for the parent."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from docclean.corpus.manifest import LINE
from docclean.corpus.worker import Task, process, write_output
from docclean.errors import OutputError
from docclean.options import Options

from .synth import make_corpus


def test_write_output_makes_the_folder_follows_the_umask_and_leaves_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "doc.md"
    old = os.umask(0o027)
    try:
        write_output(str(out), "正文\n".encode())
    finally:
        os.umask(old)
    assert out.read_text(encoding="utf-8") == "正文\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # what a plain open gives: 0666 less the umask
    assert [p.name for p in out.parent.iterdir()] == ["doc.md"]


def test_write_output_replaces_an_output_and_a_temporary_a_killed_worker_left(tmp_path: Path) -> None:
    out = tmp_path / "doc.md"
    out.write_text("旧的", encoding="utf-8")
    left = tmp_path / f".doc.md.{os.getpid()}.part"  # a killed worker that had this process id
    left.write_text("半截", encoding="utf-8")
    write_output(str(out), "新的".encode())
    assert out.read_text(encoding="utf-8") == "新的" and not left.exists()


def test_write_output_failure_names_the_output_and_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("一个文件，不是文件夹", encoding="utf-8")
    with pytest.raises(OutputError, match=r"taken/doc\.md: cannot write"):
        write_output(str(tmp_path / "taken" / "doc.md"), b"x")
    folder = tmp_path / "folder.md"
    folder.mkdir()  # the output's name is taken by a folder: the rename fails
    with pytest.raises(OutputError, match=r"folder\.md: cannot write"):
        write_output(str(folder), b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.md", "taken"]


def test_a_record_carries_its_own_manifest_line(tmp_path: Path) -> None:
    """The line is made last, from the record as sent: whatever the record holds is in it."""
    src = make_corpus(tmp_path / "in", 3)[0]
    rec = process(Task(str(src), "x.txt", str(tmp_path / "out" / "x.md"), "", "md", Options()))
    assert rec["status"] == "ok"
    line = rec.pop(LINE)
    assert line.endswith("\n") and json.loads(line) == rec
    bad = process(Task(str(tmp_path / "missing.txt"), "m.txt", str(tmp_path / "out" / "m.md"), "", "md", Options()))
    assert bad["status"] == "failed" and LINE not in bad  # a failure never reaches the manifest


def test_read_gives_the_whole_file_empty_or_large_and_a_failure_names_why(tmp_path: Path) -> None:
    from docclean.corpus.worker import Converted, read

    def task(p: Path) -> Task:
        return Task(str(p), p.name, str(tmp_path / "out.md"), "", "md", Options())

    for size in (0, 1, 4096, 3 << 20):
        p = tmp_path / f"in{size}.txt"
        p.write_bytes(os.urandom(size))
        assert read(task(p)) == p.read_bytes()
    proc = Path("/proc/self/status")  # a file whose size says 0 though it holds text: read to its end
    if proc.is_file():
        got = read(task(proc))
        assert isinstance(got, bytes) and got.startswith(b"Name:") and got.endswith(b"\n") and len(got) > 100
    gone = read(task(tmp_path / "missing.txt"))
    assert isinstance(gone, Converted) and gone.rec["status"] == "failed"
    assert gone.rec["error"].startswith("cannot read: No such file")


def test_the_body_keys_come_from_the_markdown_less_its_front_matter_whatever_the_front_matter(tmp_path: Path) -> None:
    """The worker cuts the body out of the Markdown instead of rendering it again: it must be
    the rendered body exactly, with a plain front matter, one PyYAML quotes (a name with `: #`
    and `'`), none at all (no title, no source), and front matter turned off."""
    from docclean import convert_bytes
    from docclean.corpus.worker import convert

    text = "\n".join(["同志们：", "今年以来，全县上下认真贯彻落实上级决策部署，各项工作取得了明显成效。" * 3, "谢谢大家！"])
    cases = [("x.txt", "关于做好春季防汛工作的通知\n\n", Options()),
             ("会议: #1 'yes' ---.txt", "关于做好春季防汛工作的通知\n\n", Options()),
             ("<bytes>", "", Options()),
             ("y.txt", "关于做好春季防汛工作的通知\n\n", Options(front_matter=False))]
    heads = []
    for name, title, options in cases:
        data = (title + text + "\n").encode("utf-8")
        done = convert(Task(name, name, str(tmp_path / "o.md"), "", "md", options), data)
        res = convert_bytes(data, name, options)
        assert done.text == res.body() and done.raw == res.markdown.encode("utf-8")
        heads.append(res.markdown[:len(res.markdown) - len(res.body())])
    assert heads[0].startswith("---\ntitle:") and "'" in heads[1] and heads[2] == heads[3] == ""
