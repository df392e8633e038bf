"""Byte-identity check for speed work on the TXT path: every text input's full result
(Markdown, report JSON, the corpus keys, or the error) under several option sets, written
to one folder.

    python -m tests.txt_snapshot save DIR      # with the tree to compare against (e.g. main)
    python -m tests.txt_snapshot compare DIR   # with the changed tree: lists every file that differs

Run the baseline with main's code: `git archive main | tar -x -C /tmp/base` and then
`PYTHONPATH=/tmp/base/convert .venv/bin/python -m tests.txt_snapshot save /tmp/snap`.
Inputs: samples/raw, the texts under ../shared/corpus (skipped when absent) and the
fuzzed lines of `tests/fuzz/lines.py`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from docclean import convert_bytes
from docclean.errors import DoccleanError
from docclean.options import Options

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
TEXT_SUFFIXES = {".txt", ".md", ".xml", ".html", ".csv", ".dat", ".jsonl", ""}
OPTION_SETS = {
    "default": Options(),
    "keep-add": Options(script="keep", cjk_latin_space="add", front_matter=False),
    "trad-keepspace": Options(script="traditional", cjk_latin_space="keep"),
}


def inputs() -> Iterator[tuple[str, bytes]]:
    for p in sorted((ROOT / "samples" / "raw").glob("*.txt")):
        yield f"samples/{p.name}", p.read_bytes()
    if SHARED.exists():
        for p in sorted(SHARED.rglob("*")):
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and p.stat().st_size < 8_000_000:
                yield str(p.relative_to(SHARED)), p.read_bytes()
    from tests.fuzz.lines import fuzz_text

    for seed in range(40):
        yield f"fuzz/{seed}.txt", fuzz_text(seed).encode("utf-8")


def result(data: bytes, name: str, options: Options) -> str:
    try:
        r = convert_bytes(data, name, options)
    except DoccleanError as exc:
        return f"ERROR {type(exc).__name__}: {exc}"
    keys = {"body_key": r.document.body_key, "edge_keys": r.document.edge_keys}  # what corpus runs learn from
    return (r.markdown + "\n\x00REPORT\n" + json.dumps(r.report(), ensure_ascii=False, sort_keys=True)
            + "\n" + json.dumps(keys, ensure_ascii=False))


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    bad = n = 0
    for name, data in inputs():
        for opt_name, options in OPTION_SETS.items():
            key = hashlib.sha1(f"{opt_name}/{name}".encode()).hexdigest()[:16]
            out = result(data, name.rsplit("/", 1)[-1], options)
            path = folder / f"{key}.out"
            n += 1
            if mode == "save":
                path.write_text(f"{opt_name}/{name}\n{out}", encoding="utf-8")
            elif not path.exists() or path.read_text(encoding="utf-8") != f"{opt_name}/{name}\n{out}":
                bad += 1
                print(f"DIFFERS: {opt_name}/{name}")
    print(f"{n} results {'saved' if mode == 'save' else 'compared'}; {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
