"""The tuning sites scraped another way (`stress.py`): no text lost, and quality floors that may only rise."""

from __future__ import annotations

import pytest

from .measure import summarise
from .stress import QUIRKS, run

# Measured when the stress pages were added (recall, title, date, stray a page), rounded down.
FLOORS = {"fragments": (0.97, 0.98, 0.98, 0.65), "blank": (0.99, 0.99, 0.99, 0.15),
          "halfwidth": (0.99, 0.99, 0.98, 0.15), "big5": (0.98, 0.99, 0.97, 0.2),
          "wrapped-title": (0.99, 0.95, 0.99, 0.15), "spaced-title": (0.99, 0.98, 0.99, 0.15),
          "no-title": (0.98, 0.95, 0.99, 0.2)}


@pytest.mark.parametrize("quirk", sorted(QUIRKS))
def test_a_tuning_site_scraped_another_way_loses_no_text_and_keeps_its_floor(quirk: str) -> None:
    scores = run(quirk)
    lost = [(s.name, s.lost) for s in scores if s.lost]
    assert not lost, lost
    t = summarise(scores)
    recall, title, date, stray = FLOORS[quirk]
    assert t.recall >= recall and t.title_right >= title and t.date_right >= date and t.stray_per_page <= stray, t
