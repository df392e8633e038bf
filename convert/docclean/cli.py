"""`docclean`: the command line. It only maps flags onto `Options` and the API."""

from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .cli_io import (
    Place,
    check_report,
    check_target,
    guard_stderr,
    identified,
    input_ids,
    read_stdin,
    unique_target,
    write_stdout,
)
from .errors import DoccleanError, InputError, OutputError
from .files import atomic_write, selected, shown, walk
from .options import CJK_LATIN_SPACE, DOC_ENGINES, PDF_ENGINES, SCRIPTS, Options

if TYPE_CHECKING:
    from .api import Result
    from .corpus import CorpusOptions


class UsageError(DoccleanError):
    """A bad option value or a bad mix of options: exit 2, as argparse's own usage errors."""

    exit_code = 2


def _options(a: argparse.Namespace) -> Options:
    try:
        return Options(script=a.script, cjk_latin_space=a.cjk_latin_space, front_matter=not a.no_front_matter,
                       rules_dir=a.rules, pdf_engine=a.pdf_engine, doc_engine=a.doc_engine,
                       deadline=a.deadline or None)
    except ValueError as exc:  # Options checks its values; the CLI says which flag
        raise UsageError("docclean", str(exc)) from exc


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-front-matter", action="store_true", help="do not write the YAML front matter")
    p.add_argument("--script", choices=SCRIPTS, default="simplified",
                   help="convert Traditional to Simplified (default), the reverse, or keep")
    p.add_argument("--cjk-latin-space", choices=CJK_LATIN_SPACE, default="remove",
                   help="spaces between CJK and Latin letters/digits (default: remove)")
    p.add_argument("--pdf-engine", choices=PDF_ENGINES, default="pdfium",
                   help="read PDFs with pdfium (fast, default) or pdfplumber (the slower reference)")
    p.add_argument("--doc-engine", choices=DOC_ENGINES, default="auto",
                   help="read .doc/.wps natively or with LibreOffice (default auto: LibreOffice when on PATH)")
    p.add_argument("--rules", type=Path, metavar="DIR", help="a folder of rule packs laid over the defaults")
    default = Options().deadline
    p.add_argument("--deadline", type=float, default=default, metavar="SECONDS",
                   help=f"seconds reading one file may take before it fails as 'too complex' "
                        f"(default: {default:g}; 0: no deadline)")
    p.add_argument("-v", "--verbose", action="store_true", help="say what was removed and changed")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="docclean", description="Messy Chinese documents -> clean UTF-8 Markdown.")
    ap.add_argument("--version", action="version", version=f"docclean {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert", help="convert files (paths or globs; none or '-': stdin)")
    c.add_argument("files", metavar="FILE", nargs="*",
                   help="files or globs ('*.txt'); none, with input piped in, reads stdin")
    c.add_argument("-o", "--output", metavar="OUT",
                   help="one input: write here ('-' stdout); several: a folder, NAME.md each")
    c.add_argument("--report", metavar="R.json", help="the removal report as JSON ('-': stderr); several inputs: "
                                                      "one JSON object per input, keyed by path")
    _common(c)
    k = sub.add_parser("corpus", help="convert every file under IN_DIR into OUT_DIR, mirroring the tree; "
                                      "JSONL and Parquet files are cleaned row by row")
    k.add_argument("in_dir", type=Path, metavar="IN", help="a folder, or one .jsonl/.jsonl.gz/.parquet file")
    k.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    k.add_argument("-j", "--jobs", type=int, default=None,
                   help="files converted at once (default: the cores, or with --engine ray the cluster's CPUs)")
    k.add_argument("--timeout", type=float, default=120.0, help="seconds one file may take (default: 120)")
    k.add_argument("--force", action="store_true", help="convert everything again, ignoring the manifest")
    k.add_argument("--dedupe", action="store_true", help="keep the first of each duplicate group, remove the rest")
    k.add_argument("--format", choices=("md", "jsonl", "parquet"), default="md",
                   help="Markdown files, or JSONL / Parquet shards (row inputs: jsonl unless parquet)")
    k.add_argument("--compress", choices=("none", "gz", "zst"), default="none",
                   help="compress JSONL output (zst needs 'docclean[zstd]')")
    k.add_argument("--text-field", default="text", help="row inputs: the field holding the text (default: text)")
    k.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="only paths (relative to IN) or names matching; repeatable")
    k.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip paths or names matching; repeatable; wins over --include")
    k.add_argument("--shard-mb", type=float, default=256.0, help="JSONL shard size (default: 256 MB)")
    k.add_argument("--no-learn", action="store_true", help="do not learn recurring edge lines as chrome")
    k.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local process pool, or Ray actors on a cluster with a shared filesystem "
                        "(pip install 'docclean[ray]')")
    k.add_argument("--address", help="with --engine ray: join this cluster (e.g. 'auto' or host:6379)")
    k.add_argument("--max-memory", type=int, default=4096, metavar="MB",
                   help="per-worker memory limit (default: 4096; 0: none; local engine; on Ray, the node's "
                        "memory monitor)")
    _common(k)
    s = sub.add_parser("score", help="score Markdown in OUT_DIR against gold NAME.md files in GOLD_DIR")
    s.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    s.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    s.add_argument("--json", action="store_true", help="print JSON instead of the table")
    r = sub.add_parser("rules", help="work with rule packs")
    rsub = r.add_subparsers(dest="rules_command", required=True)
    rc = rsub.add_parser("check", help="load the rule packs in DIR over the defaults and run every rule's examples")
    rc.add_argument("dir", type=Path, metavar="DIR")
    return ap


def _warn(result: Result, name: str) -> None:
    """Every warning the conversion gave, one line each on stderr (also in --report)."""
    for msg in result.meta.warnings:
        print(f"docclean: warning: {shown(name)}: {msg}", file=sys.stderr)


def _say(result: Result, verbose: bool, name: str) -> None:
    if not verbose:
        return
    changed = ", ".join(f"{k} {v}" for k, v in result.changes.items() if v)
    print(f"{shown(name)}: {result.meta.encoding or '?'}, {len(result.removals)} removed; {changed}", file=sys.stderr)
    for r in result.removals:
        print(f"  - line {r.line}: [{r.rule} · {r.reason.value}] {r.text[:80]}", file=sys.stderr)
    for rule, why in result.why().items():  # a legend: what each rule removes
        print(f"    {rule}: {why}", file=sys.stderr)


def inputs(patterns: list[str]) -> list[Path]:
    """Files named or matched by globs (the shell may not have expanded them), in order, once each."""
    out: list[Path] = []
    seen: set[Path] = set()  # (a list's `in` made a glob of 10,000 files quadratic)
    for pat in patterns:
        # A name that exists is that file, even with glob characters in it: `通知[1].txt` (a doc site's
        # download) matched nothing, or, beside a `通知1.txt`, that other file.
        literal = not glob.has_magic(pat) or os.path.lexists(pat)
        found = [Path(pat)] if literal else sorted(Path(p) for p in glob.glob(pat, recursive=True))
        if not found:
            raise InputError(pat, "no file matches")
        for p in found:
            if p not in seen:
                seen.add(p)
                out.append(p)
    return out


def _emit_report(report: dict[str, object], where: str) -> None:
    text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    if where == "-":
        sys.stderr.write(text)
    else:
        atomic_write(Path(where), text)


def cmd_convert(a: argparse.Namespace) -> int:
    from .api import convert_bytes, convert_path  # here, not at the top: --help and --version stay instant

    opts = _options(a)
    files = a.files
    if not files or files == ["-"]:
        if not files and sys.stdin is not None and sys.stdin.isatty():  # (closed: read_stdin says so)
            raise InputError("<stdin>", "no FILE given and nothing piped in (try: docclean convert FILE)")
        if a.output and a.output != "-" and _names_folder(a.output):
            raise OutputError(a.output, "is a folder: standard input has no name for NAME.md, give -o FILE.md")
        check_report(a.report, a.output, {})
        result = convert_bytes(read_stdin(), "<stdin>", opts)
        _warn(result, "<stdin>")
        _say(result, a.verbose, "<stdin>")
        _write_one(result, a.output)
        if a.report:
            _emit_report(result.report(), a.report)
        return 0
    paths = inputs(files)
    if len(paths) == 1 and not (a.output and _names_folder(a.output)):
        ids = input_ids(identified(paths))
        if a.output and a.output != "-":
            check_target(Path(a.output), ids)
        check_report(a.report, a.output, ids)
        result = convert_path(paths[0], opts)
        _warn(result, str(paths[0]))
        _say(result, a.verbose, str(paths[0]))
        _write_one(result, a.output)
        if a.report:
            _emit_report(result.report(), a.report)
        return 0
    return _convert_many(paths, opts, a)


def _names_folder(output: str) -> bool:
    """`-o DIR` (an existing folder) or `-o DIR/`: NAME.md goes inside."""
    return Path(output).is_dir() or output.endswith(("/", os.sep))


def _write_one(result: Result, output: str | None) -> None:
    if output and output != "-":
        atomic_write(Path(output), result.markdown)
    else:
        write_stdout(result.markdown.encode("utf-8"))


def _convert_many(paths: list[Path], opts: Options, a: argparse.Namespace) -> int:
    """Several inputs: each to OUT/NAME.md (-o DIR required); a bad file is reported and the rest go on."""
    if not a.output or a.output == "-":
        raise InputError(", ".join(map(str, paths[:3])), "several inputs need -o DIR (one NAME.md each)")
    out_dir = Path(a.output)
    if out_dir.exists() and not out_dir.is_dir():
        why = "several inputs need a folder for -o" if len(paths) > 1 else "-o ending in / names a folder"
        raise InputError(out_dir, f"is a file; {why}")
    found = identified(paths)  # one stat an input, for both uses below
    ids = input_ids(found)
    check_report(a.report, None, ids)
    report = Place.of(Path(a.report)) if a.report and a.report != "-" else None  # once, not per output
    reports: dict[str, object] = {}
    failed = 0
    taken: set[Path] = set()
    seen: set[object] = set()
    from .api import convert_path

    for p, pid in found:
        if (pid or p) in seen:  # one file named twice (a.txt, ./x/../a.txt): one output
            continue
        seen.add(pid or p)
        target = unique_target(out_dir, p, taken)  # a.txt and a.pdf: a.md and a.pdf.md, as in corpus runs
        try:
            place = Place.of(target)
            check_target(target, ids, place)
            if report is not None and report.same(place):
                raise OutputError(a.report, f"is also the output of {shown(str(p))}: choose another --report")
            result = convert_path(p, opts)
        except DoccleanError as exc:
            print(f"docclean: error: {_message(exc)}", file=sys.stderr)
            failed += 1
            continue
        _warn(result, str(p))
        _say(result, a.verbose, str(p))
        taken.add(target)
        atomic_write(target, result.markdown)
        reports[str(p)] = result.report()
    if a.report:
        _emit_report(reports, a.report)
    return 1 if failed else 0


def cmd_corpus(a: argparse.Namespace) -> int:
    from .corpus import CorpusOptions, human_summary, run_corpus, stderr_progress
    from .corpus.rows import finish_shards, is_rows_file
    from .corpus.run import check_folders

    fmt = "jsonl" if a.format == "parquet" else a.format
    if a.compress != "none" and a.format == "parquet":  # (md: row inputs still give JSONL, compressed)
        raise UsageError("--compress", "compresses JSONL output; Parquet shards are compressed by their own format")
    try:
        copts = CorpusOptions(jobs=a.jobs, timeout=a.timeout, force=a.force, dedupe=a.dedupe, format=fmt,
                              shard_mb=a.shard_mb, learn=not a.no_learn, engine=a.engine, address=a.address,
                              max_memory_mb=a.max_memory, include=tuple(a.include), exclude=tuple(a.exclude))
    except ValueError as exc:
        raise UsageError("docclean corpus", str(exc)) from exc
    opts = _options(a)  # a bad option is a usage error before any file is read
    if a.in_dir.is_file() and is_rows_file(a.in_dir):
        return _corpus_rows([(a.in_dir, a.in_dir.name)], a, opts)
    if not a.in_dir.is_dir():
        raise InputError(a.in_dir, "is not a folder nor a .jsonl/.jsonl.gz/.parquet file")
    check_folders(a.in_dir, a.out_dir)
    files, rows = _plan(a.in_dir, a.out_dir, copts)
    status = _corpus_rows(rows, a, opts) if rows else 0
    if files or not rows:
        summary = run_corpus(a.in_dir, a.out_dir, opts, copts, stderr_progress(files, a.verbose))
        if fmt == "jsonl":
            finish_shards(a.out_dir.resolve(), a.format, a.compress)
        print(human_summary(summary, a.out_dir), file=sys.stderr)
        status = status or (1 if summary.failed else 0)
    return status


def _plan(src: Path, dst: Path, copts: CorpusOptions) -> tuple[int, list[tuple[Path, str]]]:
    """How many documents the run will see (the bar's total), and the row files to clean row by row."""
    from .corpus.rows import is_rows_file

    n = 0
    rows: list[tuple[Path, str]] = []
    for p in walk(src.resolve(), exclude=dst.resolve()):
        rel = p.relative_to(src.resolve()).as_posix()
        if not selected(rel, copts.include, copts.exclude):
            continue
        if is_rows_file(p):
            rows.append((p, rel))
        else:
            n += 1
    return n, rows


def _corpus_rows(files: list[tuple[Path, str]], a: argparse.Namespace, opts: Options) -> int:
    """Row files: each to OUT/<same path>.jsonl[.gz|.zst] or .parquet, rows in input order."""
    from .api import Cleaner
    from .corpus.rows import clean_rows, out_name, write_rows
    from .corpus.run import is_run_file

    cleaner = Cleaner(opts)
    fmt = "parquet" if a.format == "parquet" else "jsonl"
    failed = 0
    for path, rel in files:
        out = a.out_dir / out_name(Path(rel), fmt, a.compress)
        try:
            if out.parent == a.out_dir and is_run_file(out.name):
                raise OutputError(out, f"the cleaned rows of {shown(rel)} would take the name of the run's own "
                                       "manifest, report or shards: rename the input")
            n = write_rows(clean_rows(path, rel, cleaner, a.text_field), out, fmt, a.compress)
        except DoccleanError as exc:
            print(f"docclean: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if a.verbose:
            print(f"{rel}: {n} rows -> {out}", file=sys.stderr)
    print(f"{len(files) - failed} row files cleaned, {failed} failed -> {a.out_dir}", file=sys.stderr)
    return 1 if failed else 0


def cmd_rules(a: argparse.Namespace) -> int:
    """`rules check DIR`: load DIR over the defaults and run every example; list each failure."""
    from .rules import check_examples, load_rules

    rules = load_rules(a.dir, verify=False)
    bad = check_examples(rules)
    for msg in bad:
        print(f"docclean: rules: {msg}", file=sys.stderr)
    n = sum(len(r.remove_examples) + len(r.keep_examples) for r in rules.chrome)
    verdict = f"{len(bad)} failing" if bad else "all pass"
    print(f"{len(rules.sources)} rule files, {len(rules.chrome)} chrome rules, {n} examples: {verdict}",
          file=sys.stderr)
    return 1 if bad else 0


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _message(exc: DoccleanError) -> str:
    """`PATH: REASON` on one line, the path's control characters escaped (not turned into spaces)."""
    return _one_line(f"{shown(exc.path)}: {exc.reason}")


def cmd_score(a: argparse.Namespace) -> int:
    from .score import score_dirs, table

    for d in (a.gold_dir, a.out_dir):  # a typo scored "0 docs" (or every document MISSING), exit 0
        if not d.is_dir():
            raise InputError(d, "no such folder" if not d.exists() else "is not a folder")
    if not any(a.gold_dir.glob("*.md")):
        raise InputError(a.gold_dir, "holds no NAME.md gold files to score against")
    rows, total = score_dirs(a.gold_dir, a.out_dir)
    if a.json:
        print(json.dumps({"total": total, "documents": rows}, ensure_ascii=False, indent=1))
    else:
        print(table(rows, total))
    return 0


class Terminated(KeyboardInterrupt):
    """SIGTERM during `convert`: unwinds like Ctrl-C, so no `.NAME.*.part` temporary is left."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    guard_stderr()
    a = build_parser().parse_args(argv)
    if a.command == "convert" and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)  # (corpus runs have their own handler)
    files = getattr(a, "files", None)
    name = shown(str(files[0] if len(files or ()) == 1 else getattr(a, "in_dir", None) or getattr(a, "dir", None)
                     or ""))
    try:
        return {"convert": cmd_convert, "corpus": cmd_corpus, "score": cmd_score, "rules": cmd_rules}[a.command](a)
    except DoccleanError as exc:
        print(f"docclean: error: {_message(exc)}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)
    except BrokenPipeError:
        return 141
    except Terminated:  # convert: the temporary output is removed on the way out (atomic_write)
        print(f"docclean: error: {name or 'docclean'}: stopped by SIGTERM", file=sys.stderr)
        return 143
    except KeyboardInterrupt:  # outside the corpus run's own handler (planning, the summary)
        what = f"{name}: stopped by Ctrl-C; finished files are kept, run again to resume" \
            if a.command == "corpus" else f"{name or 'docclean'}: interrupted (Ctrl-C)"
        print(f"docclean: error: {what}", file=sys.stderr)
        return 130
    except OSError as exc:  # say which file and why, in one line
        where = shown(os.fsdecode(exc.filename)) if exc.filename else name
        print(f"docclean: error: {where}: {_one_line(exc.strerror or str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, naming the file, never a traceback
        print(f"docclean: error: {name}: internal error ({_one_line(f'{type(exc).__name__}: {exc}', 200)}); "
              "please report it", file=sys.stderr)
        return 1
