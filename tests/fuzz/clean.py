"""False warnings on clean files: every undamaged text we have, whole, in GB18030 and Big5.

The damage matrix (tests/fuzz/matrix.py) counts what a damage detector finds; this counts
what it finds where there is nothing to find. A detector is only worth its warnings when
this stays at (about) zero, so each one is measured here before it is kept.

    python -m tests.fuzz.clean            # samples + ../shared, every file whole, with each warning

Files: `samples/raw/*.txt` and, when ../shared is beside the checkout, `corpus/reference/*.md`,
the `.txt` pages of `corpus/txt-dirty` and `txt-clean`, and `corpus/encodings` (their own
GB2312/Big5 bytes as they are, and their text in the other encoding). Each UTF-8 text is
written as Simplified GB18030, Traditional GB18030 (GBK's Traditional characters have
Latin-letter trail bytes, a harder case) and Traditional Big5. UTF-8 files need no check:
a valid UTF-8 file is read strictly and never reaches the legacy detectors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from tests.fuzz.matrix import ROOT, SHARED, _s2t


@dataclass(frozen=True)
class Clean:
    label: str
    encoding: str
    data: bytes


def _texts(shared: bool) -> Iterator[tuple[str, str]]:
    for p in sorted((ROOT / "samples" / "raw").glob("*.txt")):
        yield f"samples/{p.name}", p.read_text(encoding="utf-8")
    if not (shared and SHARED.is_dir()):
        return
    corpus = SHARED / "corpus"
    for p in sorted((corpus / "reference").glob("*.md")):
        yield f"reference/{p.name}", p.read_text(encoding="utf-8")
    for sub in ("txt-dirty", "txt-clean"):
        for p in sorted((corpus / sub).rglob("*.txt")):
            yield f"{sub}/{p.relative_to(corpus / sub)}", p.read_bytes().decode("utf-8", "ignore")


def _native(shared: bool) -> Iterator[tuple[str, str, bytes]]:
    """The encodings corpus as it came: (label, encoding, bytes)."""
    if not (shared and SHARED.is_dir()):
        return
    for folder, enc in (("GB2312", "gb18030"), ("Big5", "big5")):
        for p in sorted((SHARED / "corpus" / "encodings" / folder).glob("*")):
            yield f"encodings/{folder}/{p.name}", enc, p.read_bytes()


def _strict(text: str, enc: str) -> bytes:
    """`text` in `enc`, characters it cannot hold left out (as a file saved in it would)."""
    return text.replace("\r\n", "\n").replace("\x00", "").encode(enc, "ignore")


def clean_files(shared: bool = True) -> Iterator[Clean]:
    """Every clean text as whole files in the legacy encodings (see the module docstring)."""
    for label, text in _texts(shared):
        trad = _s2t().convert(text)
        yield Clean(f"{label}[gb18030]", "gb18030", _strict(text, "gb18030"))
        yield Clean(f"{label}[gb18030-trad]", "gb18030", _strict(trad, "gb18030"))
        yield Clean(f"{label}[big5]", "big5", _strict(trad, "big5"))
    for label, enc, data in _native(shared):
        yield Clean(label, enc, data)
        other = "big5" if enc == "gb18030" else "gb18030"
        text = data.decode(enc, "ignore")
        yield Clean(f"{label}[{other}]", other, _strict(_s2t().convert(text) if other == "big5" else text, other))


@dataclass
class Survey:
    files: int
    flagged: list[tuple[str, tuple[str, ...]]]  # (label, warnings) of each clean file that warned
    changed: list[str]  # clean files whose text is not their strict reading (a false repair)
    size: int  # bytes read


def survey(shared: bool = True) -> Survey:
    from docclean.encoding import decode

    out = Survey(0, [], [], 0)
    for f in clean_files(shared):
        if len(f.data.strip()) == 0:
            continue
        d = decode(f.data, f.label)
        out.files += 1
        out.size += len(f.data)
        if d.encoding == f.encoding and d.text != f.data.decode(f.encoding).lstrip("\ufeff"):
            out.changed.append(f.label)
        notes = tuple(w for w in d.warnings if "may hide" in w or "dropped" in w)
        if notes:
            out.flagged.append((f.label, notes))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-shared", action="store_true", help="the samples only")
    a = ap.parse_args(argv)
    s = survey(not a.no_shared)
    print(f"{s.files} clean files ({s.size / 1e6:.1f} MB): {len(s.flagged)} with a damage warning, "
          f"{len(s.changed)} changed")
    for label, notes in s.flagged:
        print(f"  warned: {label}: {'; '.join(notes)[:300]}")
    for label in s.changed:
        print(f"  changed: {label}")
    return 1 if s.flagged or s.changed else 0


if __name__ == "__main__":
    sys.exit(main())
