"""`python -m tests.devset.synth_report [--split SPLIT] [--seed N] [-n K] [-v] [--dump DIR] [NAME…]`:
the dev-set measure on synthetic pages of one split (tuning, tuning2, tuning3, tuning4; TUNING by default).
Look at held_out and held_out2 only to report their TOTAL line (`| tail -1`), never per page.
`--dump DIR` also writes each page (`.txt`, its own encoding) and its labels (`.tsv`, the
format of `labels/`) so they can be read or converted by hand."""

from __future__ import annotations

import argparse
from pathlib import Path

from docclean import convert_bytes

from .measure import PageScore, details, measure, table
from .pages import LabelledPage
from .synth import SPLITS, pages


def dump(page: LabelledPage, out: Path) -> None:
    """The page's bytes and a label file beside them."""
    stem = out / page.name.replace(":", "_").replace("#", "_")
    stem.parent.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".txt").write_bytes(page.data)
    head = [f"# source: {stem.with_suffix('.txt')}", f"# title: {page.title or '-'}", f"# date: {page.date or '-'}",
            *(f"# note: {n}" for n in page.notes)]
    rows = [f"{u.first}\t{u.label}" if u.first == u.last else f"{u.first}-{u.last}\t{u.label}" for u in page.units]
    stem.with_suffix(".tsv").write_text("\n".join(head + rows) + "\n", encoding="utf-8")


def score(chosen: list[LabelledPage], verbose: bool = False) -> list[PageScore]:
    """Convert and measure each page; with `verbose`, print what went wrong on each."""
    scores = []
    for p in chosen:
        res = convert_bytes(p.data, p.name.split("/")[-1] + ".txt")
        s = measure(p, res)
        scores.append(s)
        if verbose and (s.leaked or s.lost or s.stray or not s.title_ok or not s.date_ok):
            print(details(s, p, res))
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", choices=SPLITS, default="tuning")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-n", type=int, default=3, help="pages per template")
    ap.add_argument("--reference", action="store_true", help="also use ../shared/corpus/reference bodies")
    ap.add_argument("-v", action="store_true", help="list leaked units, lost lines and stray blocks")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="write each page and its labels under DIR")
    ap.add_argument("names", nargs="*", help="only pages whose name contains one of these")
    a = ap.parse_args()
    chosen = [p for p in pages(a.split, a.seed, a.n, a.reference) if not a.names or any(n in p.name for n in a.names)]
    for p in chosen if a.dump else ():
        dump(p, a.dump)
    print(table(score(chosen, a.v)))


if __name__ == "__main__":
    main()
