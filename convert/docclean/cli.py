"""`docclean`: the command line. It only maps flags onto `Options` and the API."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .api import Result, convert_bytes, convert_path
from .errors import DoccleanError
from .files import atomic_write
from .options import CJK_LATIN_SPACE, SCRIPTS, Options


def _options(a: argparse.Namespace) -> Options:
    return Options(script=a.script, cjk_latin_space=a.cjk_latin_space, front_matter=not a.no_front_matter,
                   rules_dir=a.rules)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-front-matter", action="store_true", help="do not write the YAML front matter")
    p.add_argument("--script", choices=SCRIPTS, default="simplified",
                   help="convert Traditional to Simplified (default), the reverse, or keep")
    p.add_argument("--cjk-latin-space", choices=CJK_LATIN_SPACE, default="remove",
                   help="spaces between CJK and Latin letters/digits (default: remove)")
    p.add_argument("--rules", type=Path, metavar="DIR", help="a folder of rule packs laid over the defaults")
    p.add_argument("-v", "--verbose", action="store_true", help="say what was removed and changed")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="docclean", description="Messy Chinese documents -> clean UTF-8 Markdown.")
    ap.add_argument("--version", action="version", version=f"docclean {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert", help="convert one file (FILE may be '-' for stdin)")
    c.add_argument("file", metavar="FILE")
    c.add_argument("-o", "--output", metavar="OUT",
                   help="write here instead of stdout ('-' for stdout; a folder: OUT/NAME.md)")
    c.add_argument("--report", type=Path, metavar="R.json", help="write the removal report as JSON")
    _common(c)
    k = sub.add_parser("corpus", help="convert every file under IN_DIR into OUT_DIR, mirroring the tree")
    k.add_argument("in_dir", type=Path, metavar="IN_DIR")
    k.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    k.add_argument("-j", "--jobs", type=int, default=None,
                   help="files converted at once (default: the cores, or with --engine ray the cluster's CPUs)")
    k.add_argument("--timeout", type=float, default=120.0, help="seconds one file may take (default: 120)")
    k.add_argument("--force", action="store_true", help="convert everything again, ignoring the manifest")
    k.add_argument("--dedupe", action="store_true", help="keep the first of each duplicate group, remove the rest")
    k.add_argument("--format", choices=("md", "jsonl"), default="md", help="Markdown files, or JSONL shards")
    k.add_argument("--shard-mb", type=float, default=256.0, help="JSONL shard size (default: 256 MB)")
    k.add_argument("--no-learn", action="store_true", help="do not learn recurring edge lines as chrome")
    k.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local process pool, or Ray actors on a cluster with a shared filesystem "
                        "(pip install 'docclean[ray]')")
    k.add_argument("--address", help="with --engine ray: join this cluster (e.g. 'auto' or host:6379)")
    k.add_argument("--max-memory", type=int, default=4096, metavar="MB",
                   help="per-worker memory limit (local engine; on Ray, the node's memory monitor)")
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
        print(f"docclean: warning: {name}: {msg}", file=sys.stderr)


def output_path(out: str, src: str) -> Path:
    """`-o DIR` (an existing folder, or a path ending in '/') writes DIR/NAME.md."""
    p = Path(out)
    if p.is_dir() or out.endswith(("/", os.sep)):
        stem = Path(src).stem if src != "-" else "stdin"
        return p / f"{stem}.md"
    return p


def _say(result: Result, verbose: bool, name: str) -> None:
    if not verbose:
        return
    changed = ", ".join(f"{k} {v}" for k, v in result.changes.items() if v)
    print(f"{name}: {result.meta.encoding or '?'}, {len(result.removals)} removed; {changed}", file=sys.stderr)
    for r in result.removals:
        print(f"  - line {r.line}: [{r.rule}] {r.text[:80]}", file=sys.stderr)


def cmd_convert(a: argparse.Namespace) -> int:
    opts = _options(a)
    stdin = a.file == "-"
    result = convert_bytes(sys.stdin.buffer.read(), "<stdin>", opts) if stdin else convert_path(a.file, opts)
    _warn(result, a.file)
    _say(result, a.verbose, a.file)
    if a.output and a.output != "-":
        atomic_write(output_path(a.output, a.file), result.markdown)
    else:
        sys.stdout.buffer.write(result.markdown.encode("utf-8"))
        sys.stdout.buffer.flush()
    if a.report:
        atomic_write(a.report, json.dumps(result.report(), ensure_ascii=False, indent=1) + "\n")
    return 0


def cmd_corpus(a: argparse.Namespace) -> int:
    from .corpus import CorpusOptions, human_summary, run_corpus, stderr_progress

    copts = CorpusOptions(jobs=a.jobs, timeout=a.timeout, force=a.force, dedupe=a.dedupe, format=a.format,
                          shard_mb=a.shard_mb, learn=not a.no_learn, engine=a.engine, address=a.address,
                          max_memory_mb=a.max_memory)
    summary = run_corpus(a.in_dir, a.out_dir, _options(a), copts, stderr_progress())
    print(human_summary(summary, a.out_dir), file=sys.stderr)
    return 1 if summary.failed else 0


def cmd_score(a: argparse.Namespace) -> int:
    from .score import score_dirs, table

    rows, total = score_dirs(a.gold_dir, a.out_dir)
    if a.json:
        print(json.dumps({"total": total, "documents": rows}, ensure_ascii=False, indent=1))
    else:
        print(table(rows, total))
    return 0


def cmd_rules(a: argparse.Namespace) -> int:
    """`rules check DIR`: load DIR over the defaults and run every example; list each failure."""
    from .rules import check_examples, load_rules

    rules = load_rules(a.dir, verify=False)
    bad = check_examples(rules)
    for msg in bad:
        print(f"docclean: rules: {msg}", file=sys.stderr)
    n = sum(len(r.remove_examples) + len(r.keep_examples) for r in rules.chrome)
    print(f"{len(rules.sources)} rule files, {len(rules.chrome)} chrome rules, {n} examples: "
          f"{len(bad)} failing" if bad else f"{len(rules.sources)} rule files, {len(rules.chrome)} chrome rules, "
          f"{n} examples: all pass", file=sys.stderr)
    return 1 if bad else 0


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    name = getattr(a, "file", None) or getattr(a, "in_dir", None) or getattr(a, "dir", None) or ""
    try:
        return {"convert": cmd_convert, "corpus": cmd_corpus, "score": cmd_score, "rules": cmd_rules}[a.command](a)
    except DoccleanError as exc:
        print(f"docclean: error: {_one_line(str(exc))}", file=sys.stderr)
        return getattr(exc, "exit_code", 1)
    except BrokenPipeError:
        return 141
    except KeyboardInterrupt:
        print("docclean: interrupted", file=sys.stderr)
        return 130
    except ValueError as exc:  # a bad option value reaching Options (readers type their own errors)
        print(f"docclean: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except OSError as exc:  # an output that cannot be written: say which and why
        print(f"docclean: error: {exc.filename or name}: {_one_line(exc.strerror or str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line, naming the file, never a traceback
        print(f"docclean: error: {name}: internal error ({_one_line(f'{type(exc).__name__}: {exc}', 200)}); "
              "please report it", file=sys.stderr)
        return 1
