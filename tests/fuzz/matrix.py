"""The light-damage matrix of issue 11: every encoding x damage kind x position x final newline.

A page in UTF-8, GB18030 or Big5 gets exactly one small damage: one NUL byte, one bad byte
(0xFF, 0x80, 0xFE, 0xC0 or 0xA1, at any byte offset, inside a character too), one broken
character (a wide character loses its last byte), or its last character cut (with and
without a newline after it). Each case must be converted, in the page's own encoding
(never read as something else), keep >= 99 % of the text, add <= 1 % of text that was
not there, and say so in a warning.

    python -m tests.fuzz.matrix            # the whole matrix, samples + ../shared, with the table
    python -m tests.fuzz.matrix --cli      # the same cases through `docclean convert` (slower)

A second table gives the cases converted without a warning by class (`why_silent`): what the
damaged bytes read as, and whether that is undetectable (the same bytes as real text) or which
evidence the detectors miss. `python -m tests.fuzz.clean` counts the same detectors' notes on
clean files, the other half of every detector's measure.

Seeds: `samples/raw/*.txt`, and when ../shared is beside the checkout, the texts of
`corpus/encodings/{GB2312,Big5}` and the `.txt` pages of `corpus/txt-dirty` and `txt-clean`
(cut to SEED_CHARS at a line end). Big5 pages are the seeds converted to Traditional.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
ENCODINGS = ("utf-8", "gb18030", "big5")
KINDS = ("nul", "byte", "broken", "cut-end")
BAD_BYTES = (0xFF, 0x80, 0xFE, 0xC0, 0xA1)
SEED_CHARS = 6000  # a page of a few thousand characters: one lost character is well under 1 %
MIN_CHARS = 500  # shorter pages cannot lose even one character within 1 %


@dataclass(frozen=True)
class Case:
    seed: str
    encoding: str
    kind: str
    newline: bool  # the page ends with a newline
    position: int  # the byte offset of the damage
    data: bytes
    want: str  # the text the damaged bytes should still give
    page: str  # the undamaged page

    @property
    def label(self) -> str:
        return f"{self.seed}:{self.encoding}:{self.kind}:{'nl' if self.newline else 'no-nl'}@{self.position}"


def _cut(text: str) -> str:
    if len(text) <= SEED_CHARS:
        return text
    end = text.rfind("\n", 0, SEED_CHARS)
    return text[: end if end > SEED_CHARS // 2 else SEED_CHARS]


@lru_cache(maxsize=2)
def seed_texts(shared: bool = True) -> tuple[tuple[str, str], ...]:
    """(label, text) of every seed page: the samples, then ../shared when it is here."""
    out = [(f"samples/{p.name}", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples" / "raw").glob("*.txt"))]
    if shared and SHARED.is_dir():
        enc_root = SHARED / "corpus" / "encodings"
        for folder, enc in (("GB2312", "gb18030"), ("Big5", "big5")):
            for p in sorted((enc_root / folder).glob("*")) if (enc_root / folder).is_dir() else ():
                out.append((f"encodings/{folder}/{p.name}", p.read_bytes().decode(enc, "ignore")))
        for sub in ("txt-dirty", "txt-clean"):
            base = SHARED / "corpus" / sub
            for p in sorted(base.rglob("*.txt")) if base.is_dir() else ():
                out.append((f"{sub}/{p.relative_to(base)}", p.read_bytes().decode("utf-8", "ignore")))
    return tuple((label, _cut(text.replace("\r\n", "\n"))) for label, text in out)


@lru_cache(maxsize=1)
def _s2t():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("s2t")


def page(text: str, enc: str, newline: bool) -> str:
    """The seed as it can be in `enc` (Traditional for Big5), ending with or without a newline."""
    if enc == "big5":
        text = _s2t().convert(text)
    text = text.encode(enc, "ignore").decode(enc).replace("\x00", "").rstrip()
    return text + ("\n" if newline else "")


def _wide(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if ord(c) > 0x7F]


def damage(text: str, enc: str, kind: str, rng: random.Random) -> tuple[int, bytes, str]:
    """(byte offset, damaged bytes, wanted text) for one damage of `kind` at a random place."""
    data = text.encode(enc)
    if kind in ("nul", "byte"):
        at = rng.randrange(1, len(data))
        bad = b"\x00" if kind == "nul" else bytes([rng.choice(BAD_BYTES)])
        return at, data[:at] + bad + data[at:], text
    wide = _wide(text)
    k = rng.choice(wide) if kind == "broken" else wide[-1]
    head = text[:k].encode(enc)
    char = text[k].encode(enc)
    cut = char[:-1] if kind == "broken" else char[:1]
    tail = text[k + 1:] if kind == "broken" else text[k + 1:] if text[k + 1:].strip() == "" else None
    if tail is None:  # the last wide character is followed by ASCII text: cut the page there
        tail = "\n" if text.endswith("\n") else ""
    return len(head), head + cut + tail.encode(enc), text[:k] + tail


def cases(per: int = 3, shared: bool = True, seed: int = 1) -> Iterator[Case]:
    """`per` positions for each seed x encoding x kind x final newline (cut-end has one place)."""
    for label, text in seed_texts(shared):
        for enc in ENCODINGS:
            for newline in (False, True):
                pg = page(text, enc, newline)
                if len(pg) < MIN_CHARS or len(_wide(pg)) < MIN_CHARS // 5:
                    continue
                for kind in KINDS:
                    for i in range(1 if kind == "cut-end" else per):
                        rng = random.Random(f"{seed}:{label}:{enc}:{newline}:{kind}:{i}")
                        at, data, want = damage(pg, enc, kind, rng)
                        yield Case(label, enc, kind, newline, at, data, want, pg)


@dataclass
class Verdict:
    converted: bool
    warned: bool
    same_encoding: bool
    kept: float  # share of the wanted text found in the output, in order (LCS)
    added: float  # share of the output that is not in the wanted text
    detail: str = ""
    why: str = ""  # for a case converted without a warning: its class (`why_silent`)

    @property
    def ok(self) -> bool:
        return self.converted and self.warned and self.same_encoding and self.kept >= 0.99 and self.added <= 0.01


def judge(case: Case, text: str | None, encoding: str | None, warnings: list[str] | tuple[str, ...],
          error: str = "") -> Verdict:
    from rapidfuzz.distance import LCSseq

    if text is None:
        return Verdict(False, False, False, 0.0, 0.0, error)
    want = case.want.replace("\r\n", "\n")
    text = text.replace("\r\n", "\n")
    common = LCSseq.similarity(want, text)
    return Verdict(True, bool(warnings), encoding == case.encoding, common / max(1, len(want)),
                   1 - common / max(1, len(text)), f"{encoding}: {'; '.join(warnings)[:160]}")


def run_api(case: Case) -> Verdict:
    """Through `docclean.encoding.decode`, what every reader of text calls."""
    from docclean.encoding import decode
    from docclean.errors import DoccleanError

    try:
        d = decode(case.data, case.label)
    except DoccleanError as exc:
        return judge(case, None, None, (), exc.reason)
    v = judge(case, d.text, d.encoding, d.warnings)
    if not v.warned:
        v.why = why_silent(case, d.text)
    return v


# Why a converted case carries no warning (`why_silent`); the classes whose damaged bytes read
# as text clean files also have are undetectable (README, "Damaged, misnamed and hostile input").
UNDETECTABLE = "undetectable: the damaged bytes are valid common text"
SILENT_CLASSES = {
    "common character + lone letter": UNDETECTABLE,  # 一 -> 中@; clean text: 中G一期, 在n年前, 人T
    "symbol for a Latin letter": UNDETECTABLE,  # url -> ur『 (A1 79); clean text: Windows、Linux (A1 42)
    "symbol + lone letter for a punctuation mark": UNDETECTABLE,  # 。-> ﹛C; clean text: “I’ve
    "quotation mark + lone letter": UNDETECTABLE,  # 在 -> ’b; clean text: Alice’s, it’s
    "uncommon character + lone letter": "not detected: the evidence is incomplete",
    "character for a Latin letter": "not detected: the evidence is incomplete",
    "shifted run ending on a swallowed letter": "not detected: the evidence is incomplete",
    "other": "not detected",
}


def _spans(want: str, got: str) -> tuple[int, str, str]:
    """Where the two texts differ: (start, wanted stretch, read stretch); one damage is one stretch."""
    a = 0
    while a < min(len(want), len(got)) and want[a] == got[a]:
        a += 1
    b = 0
    while b < min(len(want), len(got)) - a and want[-1 - b] == got[-1 - b]:
        b += 1
    return a, want[a:len(want) - b], got[a:len(got) - b]


def why_silent(case: Case, text: str) -> str:
    """The class of a damage read as valid text without a warning (see SILENT_CLASSES), with the
    evidence `legacy.stray_letter` misses for a lone letter."""
    from docclean.encoding import _common_chars
    from docclean.legacy import letter_evidence, punct

    at, want, got = _spans(case.want, text)
    if got and "\x40" <= got[-1] <= "\x7e" and len(got) >= 2 and not got[-2].isascii():
        before = got[-2]
        if punct(before) and want and punct(want[-1]):
            return "symbol + lone letter for a punctuation mark"
        if before in _common_chars():
            return "common character + lone letter"
        lines, start = [], 0
        for ln in text.split("\n"):
            lines.append((start, ln))
            start += len(ln.encode(case.encoding)) + 1
        spot = len(text[:at + len(got) - 2].encode(case.encoding))
        missing = [m for o, m in letter_evidence(lines, case.encoding) if o == spot] or ["a letter or digit after it"]
        if missing[0] == "a quotation mark before the letter":
            return "quotation mark + lone letter"
        return "uncommon character + lone letter" + (f" ({missing[0]})" if missing[0] else "")
    if want and want[-1].isascii() and got and not got[-1].isascii():
        if at and text[at - 1].isascii():
            return "symbol for a Latin letter" if punct(got[-1]) or not got[-1].isalpha() else "character for a Latin letter"
        return "shifted run ending on a swallowed letter"
    return "other"


@dataclass
class Table:
    rows: dict[tuple[str, str], Counter[str]]
    low: dict[tuple[str, str], float]
    failures: list[str]
    silent: Counter[tuple[str, str, str]]  # (encoding, damage, why) of cases converted without a warning
    examples: dict[tuple[str, str, str], str]

    @classmethod
    def of(cls, results: list[tuple[Case, Verdict]]) -> Table:
        rows: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        low: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
        fails = []
        silent: Counter[tuple[str, str, str]] = Counter()
        examples: dict[tuple[str, str, str], str] = {}
        for c, v in results:
            if v.converted and not v.warned:
                silent[c.encoding, c.kind, v.why] += 1
                examples.setdefault((c.encoding, c.kind, v.why), c.label)
            key = (c.encoding, c.kind)
            r = rows[key]
            r["cases"] += 1
            r["converted"] += v.converted
            r["warned"] += v.warned
            r["kept"] += v.converted and v.kept >= 0.99 and v.added <= 0.01
            r["misread"] += v.converted and not v.same_encoding
            r["ok"] += v.ok
            low[key] = min(low[key], v.kept)
            if not v.ok:
                fails.append(f"{c.label}: converted={v.converted} warned={v.warned} kept={v.kept:.3f} "
                             f"added={v.added:.3f} {v.detail}")
        return cls(dict(rows), dict(low), fails, silent, examples)

    def total(self, what: str) -> int:
        return sum(r[what] for r in self.rows.values())

    def text(self) -> str:
        out = ["| encoding | damage | cases | converted | warned | kept >= 99 % | misread | lowest kept |",
               "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for (enc, kind), r in sorted(self.rows.items()):
            out.append(f"| {enc} | {kind} | {r['cases']} | {r['converted']} | {r['warned']} | {r['kept']} | "
                       f"{r['misread']} | {self.low[enc, kind]:.1%} |")
        out.append(f"| all | | {self.total('cases')} | {self.total('converted')} | {self.total('warned')} | "
                   f"{self.total('kept')} | {self.total('misread')} | |")
        return "\n".join(out)

    def silent_text(self) -> str:
        """The cases converted without a warning, by encoding, damage and why (`why_silent`)."""
        out = ["| encoding | damage | the damaged bytes read as | cases | verdict | example |",
               "| --- | --- | --- | --- | --- | --- |"]
        for (enc, kind, why), n in sorted(self.silent.items()):
            verdict = SILENT_CLASSES.get(why.split(" (")[0], "")
            out.append(f"| {enc} | {kind} | {why} | {n} | {verdict} | {self.examples[enc, kind, why]} |")
        undetectable = sum(n for (_, _, why), n in self.silent.items() if SILENT_CLASSES.get(why) == UNDETECTABLE)
        out.append(f"| all | | | {sum(self.silent.values())} | {undetectable} {UNDETECTABLE} | |")
        return "\n".join(out)


def run_cli(batch: list[Case], tmp: Path) -> list[Verdict]:
    """The cases through one `docclean convert ... -o DIR --report R.json`, each judged against the
    CLI's output for the undamaged page (the passes' cleaning is not the damage), its warnings
    on stderr and in the report."""
    import json
    import subprocess

    from docclean.encoding import decode

    clean: dict[tuple[str, str], Path] = {}  # the wanted text itself, converted: the reference
    names = []
    for i, c in enumerate(batch):
        key = (c.encoding, c.want)
        if key not in clean:
            clean[key] = tmp / f"clean{len(clean):05d}.txt"
            clean[key].write_bytes(c.want.encode(c.encoding))
        p = tmp / f"page{i:05d}.txt"
        p.write_bytes(c.data)
        names.append(p)
    out, rep = tmp / "out", tmp / "report.json"
    proc = subprocess.run([sys.executable, "-m", "docclean", "convert", *map(str, [*clean.values(), *names]),
                           "-o", str(out), "--report", str(rep), "--no-front-matter", "--script", "keep"],
                          capture_output=True, timeout=3600)
    err = proc.stderr.decode("utf-8", "replace").splitlines()
    report = json.loads(rep.read_text(encoding="utf-8")) if rep.exists() else {}
    verdicts = []
    for c, p in zip(batch, names, strict=True):
        r = report.get(str(p))
        if r is None:
            line = next((ln for ln in err if str(p) in ln and "error" in ln), "no output")
            verdicts.append(judge(c, None, None, (), line))
            continue
        ref = (out / f"{clean[c.encoding, c.want].stem}.md").read_text(encoding="utf-8")
        text = (out / f"{p.stem}.md").read_text(encoding="utf-8")
        on_stderr = [ln for ln in err if ln.startswith(f"docclean: warning: {p}: ")]
        warned = r["warnings"] if on_stderr else []
        v = judge(Case(c.seed, c.encoding, c.kind, c.newline, c.position, c.data, ref, c.page),
                  text, r["encoding"], warned)
        if v.converted and not v.warned:  # classed by what the decoder read (the output is cleaned)
            v.why = why_silent(c, decode(c.data, p).text)
        verdicts.append(v)
    return verdicts


def main(argv: list[str] | None = None) -> int:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per", type=int, default=3, help="damage positions per seed, encoding, kind and ending")
    ap.add_argument("--no-shared", action="store_true", help="the samples only")
    ap.add_argument("--cli", action="store_true", help="through `docclean convert` rather than the decoder")
    ap.add_argument("--show", type=int, default=30, help="failures listed")
    a = ap.parse_args(argv)
    todo = list(cases(a.per, not a.no_shared))
    if a.cli:  # markup pages (the encodings corpus is XML/HTML) go to the HTML reader: text pages only
        todo = [c for c in todo if not c.seed.startswith("encodings/")]
        with tempfile.TemporaryDirectory() as tmp:
            results = list(zip(todo, run_cli(todo, Path(tmp)), strict=True))
    else:
        results = [(c, run_api(c)) for c in todo]
    table = Table.of(results)
    print(table.text())
    if table.silent:
        print("\nConverted without a warning:\n")
        print(table.silent_text())
        print()
    for f in table.failures[: a.show]:
        print(" ", f)
    return 1 if table.failures else 0


if __name__ == "__main__":
    sys.exit(main())
