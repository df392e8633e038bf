"""`python -m tests.devset.synth_report [--split tuning|held_out] [--seed N] [-n K] [-v] [NAME…]`:
the dev-set measure on synthetic pages (TUNING by default; look at HELD_OUT only to report it)."""

from __future__ import annotations

import argparse

from docclean import convert_bytes

from .measure import details, measure, table
from .synth import SPLITS, pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", choices=SPLITS, default="tuning")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-n", type=int, default=3, help="pages per template")
    ap.add_argument("--reference", action="store_true", help="also use ../shared/corpus/reference bodies")
    ap.add_argument("-v", action="store_true", help="list leaked units, lost lines and stray blocks")
    ap.add_argument("names", nargs="*", help="only pages whose name contains one of these")
    a = ap.parse_args()
    scores = []
    for p in pages(a.split, a.seed, a.n, a.reference):
        if a.names and not any(n in p.name for n in a.names):
            continue
        res = convert_bytes(p.data, p.name.split("/")[-1] + ".txt")
        s = measure(p, res)
        scores.append(s)
        if a.v and (s.leaked or s.lost or s.stray or not s.title_ok or not s.date_ok):
            print(details(s, p, res))
    print(table(scores))


if __name__ == "__main__":
    main()
