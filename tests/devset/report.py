"""`python -m tests.devset.report [-v] [NAME…]`: the dev-set table, and with -v what went wrong."""

from __future__ import annotations

import argparse

from docclean import convert_bytes

from .measure import details, measure, table
from .pages import real_pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", action="store_true", help="list leaked units, lost lines and stray blocks")
    ap.add_argument("names", nargs="*", help="only pages whose name contains one of these")
    a = ap.parse_args()
    pages, absent = real_pages()
    pages = [p for p in pages if not a.names or any(n in p.name for n in a.names)]
    scores = []
    for p in pages:
        res = convert_bytes(p.data, p.name.split("/")[-1])
        s = measure(p, res)
        scores.append(s)
        if a.v and (s.leaked or s.lost or s.stray or not s.title_ok or not s.date_ok):
            print(details(s, p, res))
    print(table(scores))
    if absent:
        print(f"({len(absent)} label files skipped: their pages are not on this machine)")


if __name__ == "__main__":
    main()
