"""Where `docclean convert` writes, and its std streams (`cli_io.py`): what a user trial found.

Each case ran before the fix and did the wrong thing: `-o` naming the input overwrote it, a
`--report` naming the output replaced the Markdown, a third `a.txt` replaced the second's
output, a closed stdin/stdout gave "internal error", and with stderr closed `-v` went into the
Markdown. All through the real CLI in a fresh process, on real files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

RAW = sorted((SAMPLES / "raw").glob("*.txt"))
PAGE = RAW[1]


def run(*args: str, cwd: Path | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "docclean", *args], capture_output=True, timeout=120,
                          cwd=cwd, **kw)  # type: ignore[call-overload]


def one_error(p: subprocess.CompletedProcess[bytes]) -> str:
    lines = p.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("docclean: error: "), p.stderr.decode()
    assert "internal error" not in lines[0] and "Traceback" not in lines[0]
    return lines[0]


def test_o_naming_the_input_is_refused_and_the_input_is_untouched(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.read_bytes())
    link = tmp_path / "link.md"
    link.symlink_to(page)
    for out in (page, link, tmp_path / "." / "page.txt"):
        p = run("convert", str(page), "-o", str(out))
        assert p.returncode == 1
        assert "never overwrites its input" in one_error(p)
        assert page.read_bytes() == PAGE.read_bytes()
    # Keep: another output beside the input is written as before.
    p = run("convert", str(page), "-o", str(tmp_path / "page.md"))
    assert p.returncode == 0 and (tmp_path / "page.md").read_text(encoding="utf-8").startswith("---")


def test_a_folder_output_that_would_replace_an_input_fails_alone(tmp_path: Path):
    """`docclean convert *.md -o .`: each NAME.md is its own input; the others still convert."""
    a = tmp_path / "a.md"
    a.write_bytes(PAGE.read_bytes())
    b = tmp_path / "b.txt"
    b.write_bytes(RAW[2].read_bytes())
    p = run("convert", "a.md", "b.txt", "-o", ".", cwd=tmp_path)
    assert p.returncode == 1
    assert "never overwrites its input" in p.stderr.decode()
    assert a.read_bytes() == PAGE.read_bytes()
    assert (tmp_path / "b.md").read_text(encoding="utf-8").startswith("---")


def test_report_may_not_be_the_output_nor_an_input(tmp_path: Path):
    out = tmp_path / "out.md"
    p = run("convert", str(PAGE), "-o", str(out), "--report", str(out))
    assert p.returncode == 1 and "report would replace the Markdown" in one_error(p)
    assert not out.exists()
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.read_bytes())
    p = run("convert", str(page), "--report", str(page))
    assert p.returncode == 1 and "never overwrites its input" in one_error(p)
    assert page.read_bytes() == PAGE.read_bytes()
    # Keep: a report beside the output.
    p = run("convert", str(PAGE), "-o", str(out), "--report", str(tmp_path / "r.json"))
    assert p.returncode == 0 and out.exists() and (tmp_path / "r.json").exists()


def test_inputs_sharing_a_name_each_get_their_own_output(tmp_path: Path):
    names = []
    for k, folder in enumerate("xyz"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_bytes(RAW[k].read_bytes())
        names.append(f"{folder}/a.txt")
    p = run("convert", *names, "-o", "out", "--no-front-matter", cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    outs = sorted(f.name for f in (tmp_path / "out").iterdir())
    assert outs == ["a.md", "a.txt.2.md", "a.txt.md"]
    bodies = {(tmp_path / "out" / n).read_text(encoding="utf-8") for n in outs}
    assert len(bodies) == 3  # three documents, none written over another


def test_one_file_named_twice_is_converted_once(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(PAGE.read_bytes())
    p = run("convert", "a.txt", "sub/../a.txt", "-o", "out", cwd=tmp_path)
    assert p.returncode == 0
    assert [f.name for f in (tmp_path / "out").iterdir()] == ["a.md"]


def test_closed_stdin_and_stdout_are_one_line_errors():
    p = run("convert", "-", input=b"")
    assert p.returncode == 1 and "<stdin>: the file is empty" in one_error(p)
    for dash in ("-", ""):
        closed_in = subprocess.run(f'"{sys.executable}" -m docclean convert {dash} <&-', shell=True,
                                   capture_output=True, timeout=120, executable="/bin/bash")
        assert closed_in.returncode == 1 and "<stdin>: standard input is closed" in one_error(closed_in)
    closed_out = subprocess.run(f'"{sys.executable}" -m docclean convert "{PAGE}" >&-', shell=True,
                                capture_output=False, stderr=subprocess.PIPE, timeout=120, executable="/bin/bash")
    assert closed_out.returncode == 1 and "<stdout>: standard output is closed" in one_error(closed_out)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_stdout_names_stdout_not_the_input():
    with open("/dev/full", "wb") as full:
        p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(PAGE)], stdout=full,
                           stderr=subprocess.PIPE, timeout=120)
    line = one_error(p)
    assert p.returncode == 1 and line.startswith("docclean: error: <stdout>: cannot write: No space left")


def test_closed_stderr_never_puts_messages_in_the_markdown():
    p = subprocess.run(f'"{sys.executable}" -m docclean convert -v --no-front-matter "{PAGE}" 2>&-', shell=True,
                       capture_output=False, stdout=subprocess.PIPE, timeout=120, executable="/bin/bash")
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "removed;" not in out and "[membership" not in out  # the -v lines went nowhere, not into stdout
    assert out.strip()


def test_a_name_with_a_newline_or_bad_bytes_stays_one_line(tmp_path: Path):
    odd = os.fsencode(tmp_path) + b"/odd\nname\xff.txt"
    with open(odd, "wb"):
        pass  # empty: an error that names it
    p = run("convert", os.fsdecode(odd))
    line = one_error(p)
    assert p.returncode == 1 and line.endswith("odd\\nname\\xff.txt: the file is empty")


@pytest.mark.parametrize(("args", "words"), [
    (("convert", str(PAGE), "--deadline", "-1"), "deadline must be a positive number"),
    (("corpus", str(SAMPLES / "raw"), "OUT", "--shard-mb", "0", "--format", "jsonl"), "shard_mb must be positive"),
    (("corpus", str(SAMPLES / "raw"), "OUT", "--address", "auto"), "address is for the ray engine"),
    (("corpus", str(SAMPLES / "raw"), "OUT", "--format", "parquet", "--compress", "gz"), "compresses JSONL output"),
    (("corpus", str(SAMPLES / "raw"), "OUT", "--max-memory", "-1"), "max_memory_mb must be 0"),
])
def test_bad_or_conflicting_options_are_usage_errors_before_any_output(tmp_path: Path, args: tuple[str, ...],
                                                                          words: str):
    p = run(*args, cwd=tmp_path)
    assert p.returncode == 2 and words in one_error(p)
    assert not (tmp_path / "OUT").exists()


def test_deadline_inf_means_no_deadline_not_a_damaged_file():
    p = run("convert", str(PAGE), "--deadline", "inf", "--no-front-matter")
    assert p.returncode == 0 and p.stdout.strip() and not p.stderr


def test_a_file_where_a_folder_is_expected_is_named(tmp_path: Path):
    """Was 'cannot write: File exists' (mkdir's words), or for corpus '/abs/path: File exists'."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    cases = [
        (("convert", str(PAGE), "-o", "f/x.md"), "f/x.md: cannot write: f is a file, not a folder"),
        (("convert", str(PAGE), "-o", "f/"), "f: is a file; -o ending in / names a folder"),
        (("convert", str(PAGE), "--report", "f/r.json"), "f/r.json: cannot write: f is a file, not a folder"),
        (("corpus", str(SAMPLES / "raw"), "f"), "f: it is a file, not a folder"),
        (("corpus", str(SAMPLES / "raw"), "f/sub"), f"f/sub: {tmp_path / 'f'} is a file, not a folder"),
    ]
    for args, words in cases:
        p = run(*args, cwd=tmp_path)
        assert p.returncode == 1 and words in one_error(p), args
    assert (tmp_path / "f").read_text(encoding="utf-8") == "x"


def test_a_report_that_is_a_folder_fails_before_any_output(tmp_path: Path):
    (tmp_path / "r").mkdir()
    p = run("convert", str(PAGE), "-o", "out.md", "--report", "r", cwd=tmp_path)
    assert p.returncode == 1 and "r: is a folder: --report names a file" in one_error(p)
    assert not (tmp_path / "out.md").exists()


def test_score_names_a_missing_or_empty_folder(tmp_path: Path):
    """A typo in either folder scored '0 docs' or every document MISSING, with exit 0."""
    (tmp_path / "empty").mkdir()
    gold = str(SAMPLES / "expected")
    for args, words in (((str(tmp_path / "nope"), gold), "nope: no such folder"),
                        ((gold, str(tmp_path / "nope")), "nope: no such folder"),
                        ((str(tmp_path / "empty"), gold), "empty: holds no NAME.md gold files")):
        p = run("score", *args)
        assert p.returncode == 1 and words in one_error(p)
    # Keep: gold against itself scores every document.
    p = run("score", gold, gold)
    assert p.returncode == 0 and "TOTAL (5 docs, 0 missing)" in p.stdout.decode()


def test_stdin_to_a_folder_is_refused_not_written_as_a_file_named_like_it(tmp_path: Path):
    """`cat page | docclean convert -o out/` wrote a file called `out`."""
    (tmp_path / "d").mkdir()
    for out in ("out/", "d"):
        p = run("convert", "-o", out, input=PAGE.read_bytes(), cwd=tmp_path)
        assert p.returncode == 1 and "standard input has no name" in one_error(p)
    assert sorted(f.name for f in tmp_path.iterdir()) == ["d"] and not any((tmp_path / "d").iterdir())


@pytest.mark.parametrize(("sig", "code", "words"), [(2, 130, "interrupted (Ctrl-C)"), (15, 143, "stopped by SIGTERM")])
def test_ctrl_c_and_sigterm_during_convert_name_the_file_and_leave_nothing(tmp_path: Path, sig: int, code: int,
                                                                           words: str):
    """SIGTERM killed convert outright (a temporary could stay behind); Ctrl-C said only 'interrupted'."""
    import signal
    import time

    # Standard input held open: the run is still reading when the signal comes, however fast the
    # machine converts (a 25 MB file once took seconds; it now takes half of one).
    proc = subprocess.Popen([sys.executable, "-m", "docclean", "convert", "-", "-o", str(tmp_path / "long.md")],
                            stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None
    proc.stdin.write(("长" * 20 + "，").encode() * 1000)
    proc.stdin.flush()
    time.sleep(1.5)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert err.decode().splitlines() == [f"docclean: error: -: {words}"]
    assert list(tmp_path.iterdir()) == []  # no `.long.md.*.part` left behind


def test_a_file_name_with_glob_characters_is_that_file(tmp_path: Path):
    """`通知[1].txt` was globbed: 'no file matches', or beside `通知1.txt` that other file converted."""
    (tmp_path / "通知[1].txt").write_bytes(RAW[0].read_bytes())
    (tmp_path / "通知1.txt").write_bytes(RAW[1].read_bytes())
    p = run("convert", "通知[1].txt", "--no-front-matter", cwd=tmp_path)
    alone = run("convert", str(RAW[0]), "--no-front-matter")
    assert p.returncode == 0 and p.stdout == alone.stdout
    # Keep: a pattern that names no file is still a glob.
    p = run("convert", "通知[0-9].txt", "--no-front-matter", cwd=tmp_path)
    assert p.returncode == 0 and p.stdout == run("convert", str(RAW[1]), "--no-front-matter").stdout


def test_several_inputs_stat_each_input_and_output_once_and_still_guard_the_report(tmp_path: Path,
                                                                                    monkeypatch, capsys):
    """Each input is identified once (it was twice: for the input table and for the named-twice
    check) and the --report once (it was for every output): 2 per input and the report's 2."""
    from docclean import cli, cli_io

    names = []
    for k in range(5):
        (tmp_path / f"p{k}.txt").write_bytes(RAW[k % len(RAW)].read_bytes())
        names.append(str(tmp_path / f"p{k}.txt"))
    calls: list[Path] = []
    real = cli_io.file_id

    def spy(path: Path):  # the real stat, counted
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(cli_io, "file_id", spy)
    out = tmp_path / "out"
    assert cli.main(["convert", *names, "-o", str(out), "--report", str(tmp_path / "r.json")]) == 0
    assert len(calls) == 2 * len(names) + 2, calls
    assert len(list(out.glob("*.md"))) == len(names)
    # Keep: a --report that is one input's output is refused for that input, the others go on.
    calls.clear()
    capsys.readouterr()
    assert cli.main(["convert", *names, "-o", str(out), "--report", str(out / "p2.md")]) == 1
    err = capsys.readouterr().err
    assert "is also the output of" in err and "p2.txt" in err and err.count("docclean: error:") == 1
    assert len(calls) == 2 * len(names) + 2
