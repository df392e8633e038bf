"""Photo captions a page left unmarked, between the paragraphs of its text.

A page that shows photos inside its article keeps their captions as lines of their own once
the images are gone: `培训会现场`, `某某生产车间`, or a gallery's run (`某某领奖` / `某某接受采访`
/ `某某红盖头造型`). No credit (`记者 某某 摄`) or mark (`▲`, `图为`) tells them apart, so the
lexicon (`rules/web.yaml` `scenes`) names what captions say and this module says where that
counts: only a short line with no punctuation, standing between paragraphs of the text, never
under a list's header (`会议议程：`) nor over a speech's salutation. A scene's wording alone
(`现场`, `合影`, `正在进行`) is enough; what people do (`领奖`, `检查`) only beside another
caption, so a heading that happens to end in such a word (`加强监督检查`) stays.
"""

from __future__ import annotations

from ..weblexicon import WebRules
from ..webui import scene
from .lines import SALUTATIONS, Group, runs

RE_HEADER_END = ("：", ":")  # a line that opens a list: its short lines are the list's items
MAX_SKIPPED = 1  # short lines between a caption and the paragraph it sits by
MAX_LOOK = 12  # lines looked at either side of a run (a bound: a long file of short lines stays linear)


def scene_captions(body: list[Group], web: WebRules) -> None:
    """Mark the unmarked photo captions among the text's lines (`web.scene-caption`)."""
    if not web.scenes:
        return
    kinds = [scene(g.text, web) if g.rule is None and not g.prose else None for g in body]
    for i, j in runs(len(body), lambda k: kinds[k] is not None):
        if not _between_paragraphs(body, i, j):
            continue
        company = j - i >= 2  # two captions side by side: a gallery's
        if not company and _over_heading(body, j):
            continue  # `民生现场` over `老旧小区改造让居民更有幸福感` and its paragraph: a column's heading
        for g, kind in zip(body[i:j], kinds[i:j], strict=True):
            if kind == "alone" or company:
                g.mark("web.scene-caption")


def _between_paragraphs(body: list[Group], i: int, j: int) -> bool:
    """The run [i, j) stands among the text's paragraphs: a paragraph of prose above or below it,
    past at most one short line (a caption the lexicon does not know), with no list header right
    above it and no salutation right below it."""
    above = [g for g in reversed(body[max(0, i - MAX_LOOK):i]) if g.rule is None][:MAX_SKIPPED + 1]
    below = [g for g in body[j:j + MAX_LOOK] if g.rule is None][:MAX_SKIPPED + 1]
    if above and above[0].text.rstrip().endswith(RE_HEADER_END):
        return False
    if below and below[0].text.lstrip().startswith(SALUTATIONS):
        return False
    return any(g.prose for g in above + below)


def _over_heading(body: list[Group], j: int) -> bool:
    """The line below the run is a short line with prose under it: a heading the run introduces."""
    below = [g for g in body[j:j + MAX_LOOK] if g.rule is None][:2]
    return len(below) == 2 and not below[0].prose and below[1].prose
