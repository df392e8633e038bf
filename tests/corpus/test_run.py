"""`docclean corpus` on real files: parallel, isolated, incremental, learned chrome, duplicates, JSONL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from docclean.corpus import CorpusOptions, run_corpus
from docclean.options import Options
from docclean.tables import line_key

from ..readers.pdfgen import body_lines, make_pdf
from ..readers.test_pdf_layout import PARA
from .synth import CLOSING, KINDS, SITES, TOPICS, make_corpus, outputs

pytest.importorskip("numpy")


def run(src: Path, dst: Path, **kw: object):
    return run_corpus(src, dst, Options(), CorpusOptions(**{"jobs": 2, **kw}))


def slow_pdf(path: Path, pages: int = 120) -> None:
    path.write_bytes(make_pdf([body_lines(PARA * 6, 36) for _ in range(pages)]))


def test_learned_chrome_goes_and_recurring_body_sentences_stay(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 30)
    s = run(tmp_path / "in", tmp_path / "out")
    out = outputs(tmp_path / "out")
    for text in (b.decode("utf-8") for b in out.values()):
        assert CLOSING in text and "同志们：" in text  # recurring body lines stay
        for head, tail in SITES:
            assert not any(line in text for line in head + tail)
    assert all(r.startswith("learned:") for r in s.learned)
    assert sum(v for k, v in s.removals.items() if k.startswith("learned:")) >= 30


def test_generic_titles_shared_by_many_documents_stay(tmp_path: Path) -> None:
    """18 titles over 90 speeches: each recurs at the top of ~5 documents, beside banners in 30."""
    make_corpus(tmp_path / "in", 90, titles=18)
    s = run(tmp_path / "in", tmp_path / "out")
    for p in sorted((tmp_path / "in").rglob("*.txt")):
        raw = p.read_bytes()
        title = max((t for t in (a + b for a in TOPICS for b in KINDS) if any(
            t in raw.decode(enc, errors="ignore") for enc in ("utf-8", "gb18030", "utf-16"))), key=len)
        md = (tmp_path / "out" / p.relative_to(tmp_path / "in")).with_suffix(".md").read_text(encoding="utf-8")
        assert f"\n# {title}\n" in md, p
        assert not any(line in md for head, tail in SITES for line in head + tail)
    site_keys = {line_key(line) for head, tail in SITES for line in head + tail}
    assert set(s.learned.values()) <= site_keys and len(s.learned) >= len(site_keys) - 1  # one is a shipped rule's


def test_jobs_do_not_change_the_bytes_and_rerun_skips_everything(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 24)
    run(tmp_path / "in", tmp_path / "one", jobs=1)
    s2 = run(tmp_path / "in", tmp_path / "two", jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    again = run(tmp_path / "in", tmp_path / "two", jobs=2)
    assert (again.ok, again.unchanged, again.failed) == (0, 24, 0)
    assert s2.ok == 24
    forced = run(tmp_path / "in", tmp_path / "two", jobs=2, force=True)
    assert forced.ok == 24


def test_changed_and_vanished_inputs_between_runs(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "in", 9)
    run(tmp_path / "in", tmp_path / "out")
    files[0].write_text("新的标题\n这是改过的一段正文，内容已经完全不同了。\n", encoding="utf-8")
    files[1].unlink()
    s = run(tmp_path / "in", tmp_path / "out")
    assert s.ok == 1 and s.unchanged == 7 and len(s.removed_outputs) == 1
    rel0 = files[0].relative_to(tmp_path / "in").with_suffix(".md")
    assert "这是改过的一段正文" in (tmp_path / "out" / rel0).read_text(encoding="utf-8")
    assert not (tmp_path / "out" / files[1].relative_to(tmp_path / "in").with_suffix(".md")).exists()
    fresh = run(tmp_path / "in", tmp_path / "clean")
    assert fresh.failed == 0
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")


def test_a_hanging_file_times_out_alone(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 6)
    slow_pdf(tmp_path / "in" / "aaa_slow.pdf", pages=2000)
    # the pdfplumber engine (~70-150 pages/s on 2000 pages) takes far longer than the timeout, which a busy
    # machine's ordinary files (a few ms each, rules loaded once) never come near
    s = run_corpus(tmp_path / "in", tmp_path / "out", Options(pdf_engine="pdfplumber"),
                   CorpusOptions(jobs=2, timeout=8.0))
    assert s.ok == 6 and s.failed == 1
    assert s.failures[0][0] == "aaa_slow.pdf" and "timed out" in s.failures[0][1]
    report = json.loads((tmp_path / "out" / "_report.json").read_text(encoding="utf-8"))
    assert report["failures"][0]["file"] == "aaa_slow.pdf"


def _children() -> list[int]:
    me = str(os.getpid())
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if (d / "stat").read_text().rsplit(")", 1)[1].split()[1] == me:
                    out.append(int(d.name))
            except (OSError, IndexError):
                pass
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker")
def test_a_worker_killed_mid_file_fails_that_file_alone(tmp_path: Path) -> None:
    """The OOM killer's SIGKILL on the worker converting one file: that file fails, the rest go on."""
    make_corpus(tmp_path / "in", 6)
    slow_pdf(tmp_path / "in" / "aaa_slow.pdf", pages=300)

    def killer() -> None:
        time.sleep(1.0)  # the single worker is inside the slow PDF by now (it sorts first)
        for pid in _children():
            os.kill(pid, signal.SIGKILL)

    t = threading.Thread(target=killer)
    t.start()
    # the pdfplumber engine (~10 pages/s) is still inside the 300 pages when the kill comes;
    # the pdfium engine can be through them in under a second
    s = run_corpus(tmp_path / "in", tmp_path / "out", Options(pdf_engine="pdfplumber"),
                   CorpusOptions(jobs=1, timeout=60))
    t.join()
    assert s.failed == 1 and "crashed" in s.failures[0][1] and s.failures[0][0] == "aaa_slow.pdf"
    assert s.ok == 6


def test_bad_files_fail_alone_with_a_reason_and_exit_status(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\0" * 100)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(tmp_path / "in"), str(tmp_path / "out"),
                        "-j", "2"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    assert "3 converted" in p.stderr and "2 failed" in p.stderr
    assert "failed: broken.pdf:" in p.stderr and "failed: empty.txt:" in p.stderr


def test_symlink_out_of_in_is_not_followed_and_out_inside_in_is_excluded(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 3)
    secret = tmp_path / "outside.txt"
    secret.write_text("外面的文件，不应被转换。", encoding="utf-8")
    (tmp_path / "in" / "link.txt").symlink_to(secret)
    s = run(tmp_path / "in", tmp_path / "in" / "out")
    assert s.ok == 3
    assert not any("link" in k for k in outputs(tmp_path / "in" / "out"))
    again = run(tmp_path / "in", tmp_path / "in" / "out")
    assert again.ok == 0 and again.unchanged == 3  # its own output is never an input


def test_kill_9_mid_run_then_rerun_gives_the_clean_run_output(tmp_path: Path) -> None:
    n = 1200  # the manifest is written in batches (256 files or a second): enough files for several, however fast
    make_corpus(tmp_path / "in", n)
    cmd = [sys.executable, "-m", "docclean", "corpus", str(tmp_path / "in"), str(tmp_path / "out"), "-j", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    manifest = tmp_path / "out" / "_manifest.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the first batch is in: kill it while the next is being made
        if manifest.is_file() and manifest.read_text(encoding="utf-8").count("\n") > 2:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(list((tmp_path / "out").rglob("*.md"))) < n  # it really stopped halfway
    head, *lines = manifest.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(ln) for ln in lines[:-1]]  # at most the last line is torn
    assert recs, "a whole batch was in the manifest before the kill"
    assert json.loads(head)["fingerprint"] and all(Path(r["out"]).stat().st_size == r["bytes_out"] for r in recs)
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    subprocess.run([*cmd[:4], str(tmp_path / "in"), str(tmp_path / "clean"), "-j", "2"], check=True,
                   capture_output=True, timeout=300)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "clean")
    assert not list((tmp_path / "out").rglob("*.part"))


def test_duplicates_are_grouped_and_dedupe_keeps_the_first(tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "in", 6)
    text = files[0].read_bytes()
    (tmp_path / "in" / "zz_copy.txt").write_bytes(text)  # exact (same cleaned text)
    s = run(tmp_path / "in", tmp_path / "out")
    first = files[0].relative_to(tmp_path / "in").as_posix()
    assert [first, "zz_copy.txt"] in s.duplicates
    assert (tmp_path / "out" / "zz_copy.md").exists()
    d = run(tmp_path / "in", tmp_path / "out", dedupe=True)
    assert "zz_copy.txt" in d.deduped and not (tmp_path / "out" / "zz_copy.md").exists()
    assert (tmp_path / "out" / Path(first).with_suffix(".md")).exists()


def test_near_duplicates_by_minhash(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    base = "\n".join(["关于做好年度重点工作的通知", *[PARA] * 3, "各单位要高度重视，认真组织实施。"])
    (src / "a.txt").write_text(base, encoding="utf-8")
    (src / "b.txt").write_text(base.replace("认真组织实施", "抓好组织实施"), encoding="utf-8")
    (src / "c.txt").write_text("完全不同的另一篇文章，讲的是春季植树造林工作的安排。" * 5, encoding="utf-8")
    s = run(src, tmp_path / "out", learn=False)
    assert s.duplicates == [["a.txt", "b.txt"]]


def test_a_manifest_holding_signatures_still_finds_near_duplicates(tmp_path: Path) -> None:
    """Manifests written before workers sent band keys hold each document's signature: a rerun
    that adds a near copy of an unchanged document still groups the two."""
    from docclean.corpus.dedupe import minhash
    from docclean.writers.markdown import split_front_matter

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    base = "\n".join(["关于做好年度重点工作的通知", *[PARA] * 3, "各单位要高度重视，认真组织实施。"])
    (src / "a.txt").write_text(base, encoding="utf-8")
    (src / "c.txt").write_text("完全不同的另一篇文章，讲的是春季植树造林工作的安排。" * 5, encoding="utf-8")
    run(src, out, learn=False)
    man = out / "_manifest.jsonl"
    head, *lines = man.read_text(encoding="utf-8").splitlines()
    old = []
    for line in lines:
        r = json.loads(line)
        assert len(r.pop("bands")) == 5
        r["minhash"] = minhash(split_front_matter((out / r["rel"]).with_suffix(".md").read_text(encoding="utf-8"))[1])
        old.append(json.dumps(r, ensure_ascii=False))
    man.write_text("\n".join([head, *old]) + "\n", encoding="utf-8")
    (src / "b.txt").write_text(base.replace("认真组织实施", "抓好组织实施"), encoding="utf-8")
    s = run(src, out, learn=False)
    assert s.unchanged == 2 and s.duplicates == [["a.txt", "b.txt"]]


def test_jsonl_shards_with_removed_spans(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 12)
    run(tmp_path / "in", tmp_path / "out", format="jsonl", shard_mb=0.01)
    shards = sorted((tmp_path / "out").glob("shard-*.jsonl"))
    assert len(shards) >= 2
    recs = [json.loads(line) for p in shards for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 12 and [r["id"] for r in recs] == sorted(r["id"] for r in recs)
    r = recs[0]
    assert set(r) == {"id", "text", "source", "added", "created", "metadata", "docclean"}  # dolma's keys and ours
    assert r["source"] == r["id"] and r["metadata"] == {"path": r["id"]} and r["added"].endswith("Z")
    assert {"title", "date", "encoding", "format", "truncated", "original_length", "removed"} == set(r["docclean"])
    assert not r["text"].startswith("---")
    src = (tmp_path / "in" / r["id"]).read_bytes()
    from docclean.encoding import decode

    original = decode(src, r["id"]).text
    spans = [(s["start"], s["end"], s["rule"]) for s in r["docclean"]["removed"] if s["start"] is not None]
    assert spans and all(original[a:b].strip() and rule for a, b, rule in spans)
    assert any(rule.startswith("learned:") for _, _, rule in spans)


def test_progress_counts_each_file_once_across_passes(tmp_path: Path) -> None:
    """The bar's count ends at the number of files, though learned chrome reconverts some,
    and a rerun ticks the unchanged files too."""
    make_corpus(tmp_path / "in", 12)
    ticks: list[int] = []
    s = run_corpus(tmp_path / "in", tmp_path / "out", Options(), CorpusOptions(jobs=2),
                   lambda done, rec: ticks.append(done))
    assert s.reconverted_for_learned > 0  # a second pass happened
    assert sorted(ticks) == list(range(1, 13))
    ticks.clear()
    run_corpus(tmp_path / "in", tmp_path / "out", Options(), CorpusOptions(jobs=2), lambda done, rec: ticks.append(done))
    assert sorted(ticks) == list(range(1, 13))


def test_a_rerun_leaves_the_manifest_alone_and_redoes_an_output_a_crash_left_empty(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in", 5)
    first = run(tmp_path / "in", tmp_path / "out")
    manifest = tmp_path / "out" / "_manifest.jsonl"
    before = manifest.stat()
    again = run(tmp_path / "in", tmp_path / "out")
    assert again.unchanged == 5 and again.ok == 0
    after = manifest.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not rewritten
    # An output renamed into place but never synced can be empty after a power cut: redone.
    victim = sorted((tmp_path / "out").rglob("*.md"))[0]
    good = victim.read_bytes()
    victim.write_bytes(b"")
    third = run(tmp_path / "in", tmp_path / "out")
    assert third.ok == 1 and third.unchanged == 4 and victim.read_bytes() == good
    assert first.duplicates == third.duplicates


def test_output_names_replace_the_suffix_pathlib_sees_and_keep_side_by_side_inputs_apart() -> None:
    from docclean.corpus.run import out_path

    taken: set[str] = set()
    got = [out_path("/o", rel, "md", taken) for rel in ("a.txt", "a.pdf", "b", "c.", "d.tar.gz", "e..f", "g.x/h")]
    assert got == ["/o/a.md", "/o/a.pdf.md", "/o/b.md", "/o/c..md", "/o/d.tar.md", "/o/e..md", "/o/g.x/h.md"]
    assert out_path("/o", "s/a.txt", "jsonl", set()) == "/o/.records/s/a.json"


def test_out_may_not_be_in_nor_hold_it_and_nothing_is_written(tmp_path: Path) -> None:
    """`docclean corpus raw raw` wrote its .md files, manifest and report among the inputs, and
    the next run read them back as documents and row files. Refused now, before any write."""
    src = tmp_path / "data" / "raw"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(PARA, encoding="utf-8")
    for out in (src, src / ".." / "raw", tmp_path / "data"):
        p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(out)], capture_output=True,
                           timeout=120)
        err = p.stderr.decode()
        assert p.returncode == 1 and len(err.splitlines()) == 1, err
        assert "input folder" in err
        assert sorted(f.name for f in src.iterdir()) == ["a.txt"]
    assert sorted(f.name for f in (tmp_path / "data").iterdir()) == ["raw"]
    with pytest.raises(Exception, match="is the input folder"):
        run(src, src)
    # Keep: OUT inside IN is allowed (the walk skips it).
    assert run(src, src / "clean").ok == 1


def test_a_failing_file_with_a_newline_in_its_name_is_still_one_line(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(PARA, encoding="utf-8")
    (src / "bad\nname.txt").write_bytes(b"")
    p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(tmp_path / "out"), "-v"],
                       capture_output=True, timeout=120)
    err = p.stderr.decode().splitlines()
    assert p.returncode == 1
    assert "failed: bad\\nname.txt: the file is empty" in err  # the summary's list
    assert "bad\\nname.txt: failed: the file is empty" in err  # -v's line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_out_is_one_line_before_any_conversion(tmp_path: Path) -> None:
    """The run converted, failed each output, then ended on '_report.json: cannot write' alone."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text(PARA, encoding="utf-8")
    out.chmod(0o555)
    try:
        p = subprocess.run([sys.executable, "-m", "docclean", "corpus", str(src), str(out)], capture_output=True,
                           timeout=120)
    finally:
        out.chmod(0o755)
    assert p.returncode == 1
    assert p.stderr.decode().splitlines() == [f"docclean: error: {out}: cannot write into this folder: "
                                              "permission denied"]
