"""Stress pages: the TUNING templates rendered with scrape quirks they were not written with
(one UI element a line, a blank line after every line, half-width punctuation, Big5 Traditional).

A cleaner that works by structure holds up when the same site is scraped another way; one that
works by the template's exact layout does not. Only tuning templates are used: the held-out
ones stay unread. `python -m tests.devset.stress QUIRK [-v]` prints the dev-set table.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import replace

from .measure import PageScore, table
from .pages import LabelledPage
from .synth import FIRST_READ_SPLITS, HELD_OUT_SPLITS, SPLITS, bodies, generate, split_templates
from .synth_report import score

QUIRKS: dict[str, dict[str, object]] = {
    "fragments": {"render": "lines", "fragments": 1.0},
    "blank": {"blank": "all"},
    "halfwidth": {"halfwidth": True},
    "big5": {"script": "traditional", "encoding": "big5"},
    "wrapped-title": {"wrap_title": 1.0},
    "spaced-title": {"spaced_title": 1.0},
    "no-title": {"no_title": 1.0},
}
TUNING_SPLITS = tuple(s for s in SPLITS if s not in HELD_OUT_SPLITS + FIRST_READ_SPLITS)  # never a held-out template
PER_TEMPLATE = 2


def stressed_pages(quirk: str, seed: int = 0) -> list[LabelledPage]:
    """Two pages of every tuning template (flattened doc sites aside) with the quirk forced."""
    pool = bodies(False)
    out = []
    for split in TUNING_SPLITS:
        for t in split_templates(split):
            if t.render == "flat":
                continue
            forced = replace(t, **QUIRKS[quirk])  # type: ignore[arg-type]
            for k in range(PER_TEMPLATE):
                body = pool[random.Random(f"{seed}:{t.name}:{k}:stress").randrange(len(pool))]
                page = generate(forced, body, random.Random(f"{seed}:{t.name}:{k}:{quirk}"))
                out.append(replace(page, name=f"{t.name}~{quirk}/{k}:{body.name}"))
    return out


def run(quirk: str, seed: int = 0, verbose: bool = False) -> list[PageScore]:
    return score(stressed_pages(quirk, seed), verbose)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("quirk", choices=sorted(QUIRKS))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    print(table(run(a.quirk, a.seed, a.v)))


if __name__ == "__main__":
    main()
