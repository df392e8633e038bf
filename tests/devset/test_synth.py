"""The synthetic pages of issue 10: the generator labels what it emits (sanity), and the cleaner
meets the dev set's bars on the held-out templates (HELD_OUT to HELD_OUT7), which no tuning decision
may look at."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pytest
from docclean import convert_bytes
from docclean.score import squash

from .measure import measure, summarise, table
from .pages import LabelError, check, load
from .synth import (
    HELD_OUT_SPLITS,
    SEP,
    SPLITS,
    Template,
    bodies,
    decode,
    generate,
    pages,
    reference_available,
    split_templates,
    template,
    templates,
    to_simplified,
    to_traditional,
)
from .synth_report import dump, score
from .synth_tuning import TUNING
from .synth_tuning2 import TUNING2
from .synth_tuning3 import COIN, COIN_SEED, TUNING3
from .synth_tuning4 import TUNING4
from .synth_tuning5 import COIN as COIN5
from .synth_tuning5 import COIN_SEED as COIN5_SEED
from .synth_tuning5 import TUNING5
from .synth_tuning6 import COIN as COIN6
from .synth_tuning6 import COIN_SEED as COIN_SEED6
from .synth_tuning6 import TUNING6
from .synth_tuning7 import COIN as COIN7
from .synth_tuning7 import COIN_SEED as COIN_SEED7
from .synth_tuning7 import TUNING7
from .synth_tuning8 import COIN as COIN8
from .synth_tuning8 import COIN_SEED as COIN_SEED8
from .synth_tuning8 import TUNING8
from .synth_tuning9 import COIN as COIN9
from .synth_tuning9 import COIN_SEED as COIN_SEED9
from .synth_tuning9 import TUNING9
from .test_devset import MAX_STRAY_PER_PAGE, MIN_DATE_RIGHT, MIN_RECALL


def _text(page, t: Template, label: str) -> list[str]:
    lines = decode(page, t)
    return [lines[i - 1] for u in page.units if u.label == label for i in range(u.first, u.last + 1)
            if lines[i - 1].strip()]


def _body_as_written(t: Template, s: str) -> str:
    if t.halfwidth:
        s = s.translate(str.maketrans("，：；（）！？", ",:;()!?"))
    return to_traditional(s, t.encoding) if t.script == "traditional" else s


def test_the_split_is_fixed_and_both_halves_hold_the_same_kinds_of_page() -> None:
    if not split_templates("held_out"):
        pytest.skip("the held-out templates are not written yet")
    names = [t.name for t in templates()]
    assert len(names) == len(set(names)) >= 24
    halves = {s: split_templates(s) for s in ("tuning", "held_out")}
    assert len(halves["tuning"]) == len(halves["held_out"])
    for ts in halves.values():
        assert {"gov", "news", "fanwen", "doc", "speech", "law", "forum"} <= {t.kind for t in ts}
        assert {"lines", "fragments", "flat"} <= {t.render for t in ts}
        assert {"utf-8", "gb18030", "big5"} <= {t.encoding for t in ts}
        assert any(t.script == "traditional" for t in ts)
        assert all(t.why for t in ts)


def _chrome_texts(split: str) -> set[str]:
    """Every chrome or meta unit of a split's pages, digits folded (counts, dates and numbers vary)."""
    out = set()
    for p in pages(split):
        lines = decode(p, template(p.name.split("/")[0]))
        for u in p.units:
            if u.label in ("chrome", "meta"):
                out.add(re.sub(r"\d+", "0", "".join(lines[u.first - 1:u.last]).strip()))
    return out


def test_held_out_sites_word_their_chrome_their_own_way() -> None:
    tuning = _chrome_texts("tuning")
    held = [x for x in _chrome_texts("held_out") if len(x) >= 6]  # `首页`, `微信`, `>` are everyone's
    shared = [x for x in held if x in tuning]
    assert len(shared) <= 0.02 * len(held), shared


def _shared(held_split: str, tuning_splits: tuple[str, ...]) -> tuple[int, int]:
    """How many of a held-out split's chrome units (6+ characters) occur in the tuning splits' pages: counts
    only, so that whoever reads a failure learns nothing of the held-out pages."""
    tuning = set().union(*(_chrome_texts(s) for s in tuning_splits))
    held = [x for x in _chrome_texts(held_split) if len(x) >= 6]
    return sum(x in tuning for x in held), len(held)


def test_held_out2_sites_word_their_chrome_unlike_every_tuning_split() -> None:
    shared, n = _shared("held_out2", ("tuning", "tuning2", "tuning3"))
    assert shared <= 0.02 * n, f"{shared} of {n} held-out2 chrome units also occur in tuning pages"


def test_tuning3_sites_do_not_word_their_chrome_like_the_held_out_ones() -> None:
    shared, n = _shared("held_out", ("tuning3",))
    assert shared <= 0.02 * n, f"{shared} of {n} held-out chrome units also occur in TUNING3 pages"


def test_tuning4_sites_do_not_word_their_chrome_like_the_held_out_ones() -> None:
    for held in HELD_OUT_SPLITS:
        shared, n = _shared(held, ("tuning4",))
        assert shared <= 0.02 * n, f"{shared} of {n} {held} chrome units also occur in TUNING4 pages"


def test_held_out3_sites_word_their_chrome_unlike_every_tuning_split() -> None:
    shared, n = _shared("held_out3", ("tuning", "tuning2", "tuning3", "tuning4", "tuning5"))
    assert shared <= 0.02 * n, f"{shared} of {n} held-out3 chrome units also occur in tuning pages"


def test_tuning5_sites_do_not_word_their_chrome_like_the_held_out_ones() -> None:
    for held in HELD_OUT_SPLITS:
        shared, n = _shared(held, ("tuning5",))
        assert shared <= 0.02 * n, f"{shared} of {n} {held} chrome units also occur in TUNING5 pages"
def test_held_out4_sites_word_their_chrome_unlike_every_tuning_split() -> None:
    shared, n = _shared("held_out4", ("tuning", "tuning2", "tuning3", "tuning4", "tuning6"))
    assert shared <= 0.02 * n, f"{shared} of {n} held-out4 chrome units also occur in tuning pages"


def test_tuning6_sites_do_not_word_their_chrome_like_the_held_out_ones() -> None:
    for held in HELD_OUT_SPLITS:
        shared, n = _shared(held, ("tuning6",))
        assert shared <= 0.02 * n, f"{shared} of {n} {held} chrome units also occur in TUNING6 pages"


@pytest.mark.parametrize("held", ["held_out5", "held_out6", "held_out7"])
def test_held_out_sites_since_held_out5_word_their_chrome_unlike_every_tuning_split(held: str) -> None:
    shared, n = _shared(held, tuple(s for s in SPLITS if s not in HELD_OUT_SPLITS))
    assert shared <= 0.02 * n, f"{shared} of {n} {held} chrome units also occur in tuning pages"


@pytest.mark.parametrize("tuning", ["tuning7", "tuning8", "tuning9"])
def test_tuning_sites_since_tuning7_do_not_word_their_chrome_like_the_held_out_ones(tuning: str) -> None:
    for held in HELD_OUT_SPLITS:
        shared, n = _shared(held, (tuning,))
        assert shared <= 0.02 * n, f"{shared} of {n} {held} chrome units also occur in {tuning} pages"


def test_tuning2_sites_do_not_word_their_chrome_like_the_held_out_ones() -> None:
    """Tuning on TUNING2 must not teach the held-out wording; the message gives counts only, so that
    whoever reads a failure learns nothing of the held-out pages."""
    tuning2 = _chrome_texts("tuning2")
    held = [x for x in _chrome_texts("held_out") if len(x) >= 6]
    shared = sum(x in tuning2 for x in held)
    assert shared <= 0.02 * len(held), f"{shared} of {len(held)} held-out chrome units also occur in TUNING2 pages"


@pytest.mark.parametrize("t", templates(), ids=lambda t: t.name)
def test_every_template_renders_every_body_with_every_line_labelled_once(t: Template) -> None:
    for k, body in enumerate(bodies()):
        page = generate(t, body, random.Random(k))
        lines = decode(page, t)
        check(page, lines)
        assert page.data.decode(t.encoding).encode(t.encoding) == page.data
        # the cleaner reads the same lines the labels number
        assert convert_bytes(page.data, "x.txt").original.split("\n")[:len(lines)] == lines
        assert not any(SEP in x for x in lines)
        got = [x.strip() for x in _text(page, t, "body")]
        want = [_body_as_written(t, x) for x in body.lines]
        if t.render == "flat":
            assert len(got) == 1
            assert squash(got[0]).startswith(squash(_body_as_written(t, body.title + "".join(body.lines))))
        else:  # every line of the document in order, maybe after a delivery line, maybe cut short by a prompt
            i = got.index(want[0])
            assert i <= 1 and got[i:i + len(want)] == want[:len(got) - i]
            assert len(got) - i >= min(3, len(want))
        title_lines = _text(page, t, "title")
        assert title_lines and squash(_body_as_written(t, body.title)) in squash("".join(title_lines))
        assert page.title == (to_simplified(_body_as_written(t, body.title)) if t.script == "traditional"
                              else _body_as_written(t, body.title))


@pytest.mark.parametrize("t", templates(), ids=lambda t: t.name)
def test_the_date_is_the_one_on_a_publish_line(t: Template) -> None:
    seen = set()
    for k in range(12):
        page = generate(t, bodies()[k % len(bodies())], random.Random(k))
        meta = "".join(_text(page, t, "meta"))
        seen.add(page.date is None)
        if page.date is None:
            continue
        y, m, d = (int(x) for x in page.date.split("-"))
        assert re.search(rf"{y}\D{{1,3}}0?{m}\D{{1,3}}0?{d}(?!\d)", meta), (page.name, meta)
    assert seen == ({False, True} if 0 < t.dated < 1 else {t.dated == 0})


@pytest.mark.parametrize("split", ["tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7",
                                   "tuning8", "tuning9"])
def test_pages_are_deterministic_for_a_seed_and_differ_between_seeds(split: str) -> None:
    a, b, c = pages(split, 7, 1), pages(split, 7, 1), pages(split, 8, 1)
    assert [(p.name, p.data, p.units) for p in a] == [(p.name, p.data, p.units) for p in b]
    assert [p.data for p in a] != [p.data for p in c]


def test_tuning2_is_a_third_split_of_other_families_in_every_rendering_and_encoding() -> None:
    assert SPLITS[:6] == ("tuning", "held_out", "tuning2", "tuning3", "held_out2", "tuning4")
    assert [t.name for t in split_templates("tuning")] == [t.name for t in TUNING]
    ts = split_templates("tuning2")
    assert [t.name for t in ts] == [t.name for t in TUNING2]
    assert len(ts) >= 16 and all(t.why for t in ts)
    assert not {t.name for t in ts} & {t.name for t in templates() if t not in ts}
    assert not {t.site for t in ts} & {t.site for t in TUNING}  # other sites, not TUNING's again
    assert {"lines", "fragments", "flat"} <= {t.render for t in ts}
    assert {"utf-8", "utf-8-sig", "gb18030", "big5"} <= {t.encoding for t in ts}
    assert sum(t.script == "traditional" for t in ts) >= 3
    assert any(t.newline == "\r\n" for t in ts)
    got = pages("tuning2", 0, 1)
    assert len(got) == len(ts) and all(p.name.startswith(t.name + "/") for p, t in zip(got, ts, strict=True))


def _assert_split_by_coin(tuning: list[Template], held: list[Template], prefix: str, coin: tuple[bool, ...]) -> None:
    """Templates `<prefix>NNa-…` and `<prefix>NNb-…` are pair NN, two sites of one kind: one member in each half,
    `a` in the tuning half when the pair's coin came up heads."""
    pairs: dict[int, dict[str, tuple[str, str]]] = {}
    for half, ts in (("tuning", tuning), ("held", held)):
        for t in ts:
            m = re.fullmatch(rf"{prefix}(\d\d)([ab])-[a-z0-9-]+", t.name)
            assert m, t.name
            pairs.setdefault(int(m.group(1)), {})[half] = (m.group(2), t.kind)
    assert len(tuning) == len(held) == len(coin) and sorted(pairs) == list(range(1, len(coin) + 1))
    for k, pair in pairs.items():
        (a, kind_a), (b, kind_b) = pair["tuning"], pair["held"]
        assert {a, b} == {"a", "b"} and kind_a == kind_b, k
        assert (a == "a") == coin[k - 1], f"pair {k} is not split by its coin"


def test_tuning3_and_held_out2_split_pairs_of_sites_by_a_recorded_coin() -> None:
    """Each pair (`pNNa`, `pNNb`: two sites of one kind) has one member per half, `a` in TUNING3 on heads."""
    assert COIN_SEED == 2026 and len(COIN) == 20
    tuning3, held2 = split_templates("tuning3"), split_templates("held_out2")
    assert [t.name for t in tuning3] == [t.name for t in TUNING3]
    _assert_split_by_coin(tuning3, held2, "p", COIN)
    others = [t for s in ("tuning", "tuning2") for t in split_templates(s)]
    assert not {t.site for t in tuning3 + held2} & {t.site for t in others}
    assert len({t.site for t in tuning3 + held2}) == len(tuning3) * 2
    for ts in (tuning3, held2):
        assert {"gov", "news", "fanwen", "doc", "speech", "law", "forum", "blog", "wechat"} <= {t.kind for t in ts}


def test_tuning4_is_twenty_new_sites_of_new_families_in_every_rendering_and_encoding() -> None:
    """All tuning material: sites no other split has, kinds none had (courts, enterprises' news), pages with no
    <title> line and pages whose <title> is the title cut short."""
    ts = split_templates("tuning4")
    assert [t.name for t in ts] == [t.name for t in TUNING4] and len(ts) == 20
    assert all(re.fullmatch(r"q\d\d-[a-z0-9-]+", t.name) and t.why for t in ts)
    others = [t for t in templates() if t not in ts]
    assert not {t.site for t in ts} & {t.site for t in others} and len({t.site for t in ts}) == 20
    assert {"gov", "news", "party", "law", "school", "doc", "fanwen", "blog", "wechat", "enterprise"} <= {t.kind for t in ts}
    assert {"lines", "fragments", "flat"} <= {t.render for t in ts}
    assert {"utf-8", "utf-8-sig", "gb18030", "big5"} <= {t.encoding for t in ts}
    assert sum(t.script == "traditional" for t in ts) >= 3
    assert sum(not t.page_title for t in ts) >= 2 and any("{short}" in t.page_title for t in ts)
    got = pages("tuning4", 0, 1)
    assert len(got) == 20 and all(p.name.startswith(t.name + "/") for p, t in zip(got, ts, strict=True))


def test_tuning5_and_held_out3_split_pairs_of_new_families_by_a_recorded_coin() -> None:
    """Each pair (`mNNa`, `mNNb`: two sites of one family no earlier split has) has one member per half,
    `a` in TUNING5 on heads; every site is new, and the halves differ in sites, not in families."""
    assert COIN5_SEED == 1122 and len(COIN5) == 10
    tuning5, held3 = split_templates("tuning5"), split_templates("held_out3")
    assert [t.name for t in tuning5] == [t.name for t in TUNING5]
    _assert_split_by_coin(tuning5, held3, "m", COIN5)
    assert all(t.why for t in tuning5 + held3)
    others = [t for t in templates() if t not in tuning5 + held3]
    assert not {t.site for t in tuning5 + held3} & {t.site for t in others}
    assert len({t.site for t in tuning5 + held3}) == 20
    for ts in (tuning5, held3):
        assert {"lines", "fragments"} <= {t.render for t in ts}
        assert {"utf-8", "utf-8-sig", "gb18030"} <= {t.encoding for t in ts}
    got = pages("held_out3", 0, 1)
    assert len(got) == 10 and all(p.name.startswith(t.name + "/") for p, t in zip(got, held3, strict=True))


@pytest.mark.parametrize(("tuning", "held", "prefix", "seed", "coin", "want_seed", "module"), [
    ("tuning6", "held_out4", "x", COIN_SEED6, COIN6, 6064, TUNING6),
    ("tuning7", "held_out5", "v", COIN_SEED7, COIN7, 7107, TUNING7),
    ("tuning8", "held_out6", "k", COIN_SEED8, COIN8, 8808, TUNING8),
    ("tuning9", "held_out7", "w", COIN_SEED9, COIN9, 9907, TUNING9),
])
def test_ten_pairs_of_new_families_are_split_by_a_recorded_coin(
        tuning: str, held: str, prefix: str, seed: int, coin: tuple[bool, ...], want_seed: int,
        module: tuple[Template, ...]) -> None:
    """Ten pairs (`<prefix>NNa`, `<prefix>NNb`: two sites of one family none of the older splits has much of), one
    member per half, `a` in the tuning half on heads; every site is new, in every rendering and encoding."""
    assert seed == want_seed and len(coin) == 10
    ts_tuning, ts_held = split_templates(tuning), split_templates(held)
    assert [t.name for t in ts_tuning] == [t.name for t in module]
    _assert_split_by_coin(ts_tuning, ts_held, prefix, coin)
    others = [t for t in templates() if t not in ts_tuning + ts_held]
    assert not {t.site for t in ts_tuning + ts_held} & {t.site for t in others}
    assert len({t.site for t in ts_tuning + ts_held}) == len(ts_tuning) * 2
    for ts in (ts_tuning, ts_held):
        assert {"lines", "fragments", "flat"} <= {t.render for t in ts}
        assert {"utf-8", "utf-8-sig", "gb18030", "big5"} <= {t.encoding for t in ts}
        assert any(t.script == "traditional" for t in ts) and any(t.newline == "\r\n" for t in ts)
        assert all(t.why for t in ts)


def test_a_cut_page_title_is_the_start_of_the_title() -> None:
    t = next(t for t in TUNING4 if "{short}" in t.page_title)
    long_body = max(bodies(), key=lambda b: len(b.title))
    page = generate(t, long_body, random.Random(0))
    first = decode(page, t)[0]
    assert first.startswith(long_body.title[:18] + "...") and long_body.title not in first
    assert page.title == long_body.title


def test_a_page_with_a_unit_dropped_fails_the_check() -> None:
    t = split_templates("tuning")[0]
    page = pages("tuning", 0, 1)[0]
    broken = replace(page, units=page.units[1:])
    with pytest.raises(LabelError):
        check(broken, decode(broken, t))


@pytest.mark.skipif(not reference_available(), reason="../shared/corpus/reference is not on this machine")
def test_the_reference_texts_render_too() -> None:
    ref = [b for b in bodies(True) if b not in bodies()]
    assert ref
    for t in templates():
        for k, body in enumerate(ref):
            page = generate(t, body, random.Random(k))
            check(page, decode(page, t))


# Splits whose first read lost body lines: the loss is a finding of the cleaner's, kept, not designed away; their
# floors are still checked, and a strict xfail says when the loss is gone (then drop the split from here).
KNOWN_LOSS: dict[str, str] = {}  # tuning9's verse line under the title (first read) is kept since the title block's fix
KNOWN_REFERENCE_LOSS = {
    "tuning9": "around the reference texts (seed 2), a contact line (`联系电话：…（传真）`) closing a notice on w04a's "
               "Big5 page, right under a photo caption the template puts there, is removed as a leftover between "
               "chrome lines (w09b's verse line, lost at first read, is kept since)",
}


def _known(splits: tuple[str, ...] | list[str], known: dict[str, str]) -> list:
    """The splits, those with a known loss marked strict xfail (it must be fixed, then unmarked)."""
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=known[s])) if s in known else s
            for s in splits]


@pytest.mark.skipif(not reference_available(), reason="../shared/corpus/reference is not on this machine")
@pytest.mark.parametrize("split", _known(SPLITS, KNOWN_REFERENCE_LOSS))
def test_no_body_line_is_lost_around_the_reference_texts_either(split: str) -> None:
    """The reference corpus's official texts (notices with 落款, contacts, 此件公开发布) inside
    every site template: not one body line goes. Only the total is shown (held-out pages too)."""
    scores = [measure(p, convert_bytes(p.data, p.name.split("/")[-1] + ".txt")) for p in pages(split, 2, 3, True)]
    assert sum(len(s.lost) for s in scores) == 0, _total_line(scores)


def _scores(split: str) -> list:
    return score(pages(split))


def _total_line(scores: list) -> str:
    """Only the TOTAL row: the held-out pages' details must not reach anyone tuning the cleaner."""
    return table(scores).splitlines()[-1]


# Quality floors, a gate that refuses to go down: what the cleaner reached when they were set
# (tuning 0.994/1.00/1.00/0.08, tuning2 0.988/1.00/0.97/0.17, held_out 0.901/0.94/0.92/1.53,
# tuning3 0.794/0.95/0.90/2.63, held_out2 0.848/0.90/0.90/2.32, tuning4 0.889/0.95/0.92/1.47 as
# recall/title/date/stray).
# Raise them as the cleaner improves; never lower them.
# Raised on 2026-11-22 (second session) to tuning 1.000/1.00/1.00/0.00, tuning2 0.995/1.00/0.99/0.05,
# held_out 0.918/0.97/0.92/1.28, tuning3 0.996/1.00/1.00/0.05, held_out2 0.855/0.90/0.90/2.22; tuning4,
# with its last captions, prompts and forms added, 0.903/0.98/1.00/1.28; later the same day held_out
# 0.948/0.97/1.00/0.69, held_out2 0.863/0.93/0.90/2.02, tuning4 0.978/1.00/1.00/0.28.
# TUNING5 and HELD_OUT3 set at their first read (the cleaner had never seen these sites): tuning5
# 0.894/1.00/0.83/1.27, held_out3 0.836/1.00/1.00/1.90; tuning5 raised once main was tuned on it
# (ccaf135) to 0.975/1.00/1.00/0.30.
# tuning6 and held_out4 set from their first read (the cleaner had never seen these sites): tuning6
# 0.771/0.83/0.70/3.13, held_out4 0.884/0.97/0.80/1.87 at af9f14e; 0.774/0.83/0.70/3.10 and
# 0.891/0.97/0.80/1.77 with main's cleaner at ca6927f. TUNING6 was then tuned on (b21696c): 0.985/0.93/1.00/0.20,
# then 0.992/1.00/1.00/0.10 at e97748c, which its floor follows; held_out4 stayed at 0.891/0.97/0.80/1.77.
# tuning7 and held_out5 set from their first read (the cleaner had never seen these sites): tuning7
# 0.799/0.87/1.00/2.20, held_out5 0.798/0.80/1.00/2.30 at 53d20d0; with main's cleaner at 48552a3 tuning7
# 0.812/0.87/1.00/2.00, held_out5 unchanged. TUNING7 then tuned on (mail header blocks and signatures,
# photo marks, credit fields below the text): 0.940/0.97/1.00/0.63; then (a site's English name above
# the title, an unknown label opening a line of known credits) 0.953/0.97/1.00/0.50; then (a signed-in
# user's bar, 仅供查阅 as site talk) 0.972/0.97/1.00/0.30; then (a bar over the title) 0.981/0.97/1.00/0.20,
# which its floor follows. held_out5 went from 0.798/0.80/1.00/2.30 to 0.808/0.80/1.00/2.20, then with the
# title-block bars to 0.817/0.80/1.00/2.10, and held_out4 from 0.894/1.00/0.90/1.73 to 0.902/1.00/0.90/1.63.
# tuning8 and held_out6 set from their first read (the cleaner had never seen these sites): tuning8
# 0.701/1.00/0.90/3.33, held_out6 0.848/1.00/0.80/1.50 at d8c2b8d; with main's cleaner at 8622b7d tuning8
# unchanged, held_out6 0.858/1.00/0.80/1.40, which its floor follows; with scrape quirks added to both (wrapped
# and spaced titles, blank lines, a 试读 cut, indentation, ASCII punctuation, pages with no on-page title)
# tuning8 0.703/1.00/0.90/3.33, held_out6 unchanged. With main's cleaner at a156e03 (still never tuned on
# them) tuning8 fell to 0.697/1.00/0.83/3.40 (k01b's bare date and source, one element a line, now stay) and
# held_out6 stayed at 0.858/1.00/0.80/1.40: the floors follow that read.
# tuning9 set from its first read (the cleaner had never seen these sites) with main's cleaner at bfff8af:
# 0.874/1.00/1.00/2.20, and one body line lost (KNOWN_LOSS); held_out7, its twins, 0.744/1.00/0.90/3.97 and none lost.
# Raised on 2026-11-22 (fourth session) after tuning on real pages (sets A, C, D) and on TUNING9: tuning9
# 0.897/1.00/1.00/1.80 and none lost; held_out7 0.751/1.00/0.90/3.87; held_out3 0.870/1.00/1.00/1.30 (a host
# label signs nothing); held_out6's date 0.90. Later the same session tuning9 0.903/1.00/1.00/1.70 and
# held_out7 0.779/1.00/0.90/3.17 (a headline over its publish stamp is no prose of the body).
# Raised on 2026-11-22 (fifth session): tuning9 0.949/1.00/1.00/0.90 (a post's relative time with its buttons
# marks a comment thread; `某某热榜` heads a list); then tuning9 0.966/1.00/1.00/0.60 and held_out7
# 0.793/1.00/0.90/2.97 (a headline ending in ！ or ？ under the footer's first furniture is a link); tuning8
# 0.905/1.00/1.00/1.07 (a mailbox's satisfaction vote and `返回…列表` button; `当前：栏目 - 页`); held_out2's
# date 0.95 (a date with its weekday is the page's stamp).
# Raised on 2026-11-22 (sixth session): held_out6 0.878/1.00/1.00/1.20 (a full date alone on the title's
# next line is the publish date).
# Raised on 2026-11-23 (seventh session): held_out7 0.812/1.00/0.90/2.70 (a short line two over a repeated
# title, and a short label right above it that no copy holds, are the site's header); tuning8
# 0.920/1.00/1.00/0.90; tuning9 0.977/1.00/1.00/0.40.
FLOORS = {  # split: (recall, title right, date right, stray blocks per page)
    "tuning": (0.995, 1.0, 1.0, 0.1),
    "tuning2": (0.99, 1.0, 0.98, 0.05),
    "held_out": (0.95, 1.0, 0.99, 0.65),
    "tuning3": (0.99, 1.0, 0.99, 0.1),
    "held_out2": (0.88, 0.95, 0.94, 1.7),
    "tuning4": (0.98, 1.0, 1.0, 0.25),
    "tuning5": (0.97, 1.0, 1.0, 0.3),
    "held_out3": (0.87, 1.0, 1.0, 1.3),
    "tuning6": (0.99, 1.0, 1.0, 0.1),
    "held_out4": (0.90, 1.0, 0.9, 1.65),
    "tuning7": (0.99, 0.96, 1.0, 0.1),
    "held_out5": (0.82, 0.9, 1.0, 2.05),
    "tuning8": (0.915, 1.0, 1.0, 0.95),
    "held_out6": (0.87, 1.0, 1.0, 1.25),
    "tuning9": (0.975, 1.0, 1.0, 0.45),
    "held_out7": (0.805, 1.0, 0.9, 2.75),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_no_split_loses_text_or_falls_below_its_floor(split: str) -> None:
    scores = _scores(split)
    t = summarise(scores)
    recall, title, date, stray = FLOORS[split]
    msg = _total_line(scores)
    if split not in HELD_OUT_SPLITS:
        msg = table(scores)
    if split not in KNOWN_LOSS:
        assert t.lost == 0, msg  # removing a real line is never traded for recall
    assert t.recall >= recall and t.title_right >= title and t.date_right >= date, msg
    assert t.stray_per_page <= stray, msg


@pytest.mark.parametrize("split", _known(sorted(KNOWN_LOSS), KNOWN_LOSS))
def test_no_body_line_is_lost_on_splits_that_lost_some_at_first_read(split: str) -> None:
    scores = _scores(split)
    assert summarise(scores).lost == 0, _total_line(scores)


@pytest.mark.xfail(strict=True, reason="issue 10's bars on sites never tuned on are not met yet: held_out to "
                                       "held_out7 together (246 pages) reach chrome recall 0.875 of 0.97, title 0.98 "
                                       "of 1.0, date 0.94, 1.65 stray blocks a page of 0.5; when this passes, drop the "
                                       "mark")
def test_held_out_sites_meet_the_issues_bars() -> None:
    """Every held-out split together (HELD_OUT_SPLITS), the TOTAL line only in the message."""
    scores = [s for split in HELD_OUT_SPLITS for s in _scores(split)]
    t = summarise(scores)
    assert t.lost == 0 and t.title_right == 1.0 and t.recall >= MIN_RECALL, _total_line(scores)
    assert t.stray_per_page <= MAX_STRAY_PER_PAGE and t.date_right >= MIN_DATE_RIGHT, _total_line(scores)


def test_a_dumped_page_loads_back_as_the_same_labelled_page(tmp_path: Path) -> None:
    page = pages("tuning", 3, 1)[1]
    dump(page, tmp_path)
    (label_file,) = tmp_path.rglob("*.tsv")
    back = load(label_file)
    assert back is not None
    assert (back.data, back.units, back.title, back.date) == (page.data, page.units, page.title, page.date)
