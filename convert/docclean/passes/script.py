"""Script (OUTPUT.md §8): a Traditional document becomes Simplified by default.

Detection compares what OpenCC's t2s and s2t would change in a sample: Simplified text
is never run through the Traditional -> Simplified converter. Conversion uses `tw2s`,
which also maps Taiwan variants (著 -> 着 where the Simplified text has 着).
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Document
from ..tables import RE_IDEO
from .base import Context, Pass, map_text

SAMPLE = 2000
MIN_SHARE = 0.03  # of ideographs that t2s would change, for the text to count as Traditional


@lru_cache(maxsize=4)
def _cc(config: str):  # type: ignore[no-untyped-def]
    from opencc import OpenCC
    return OpenCC(config)


def to_simplified(text: str) -> str:
    return _cc("tw2s").convert(text)


def detect(text: str) -> str:
    """'traditional', 'simplified' or 'none' (no Chinese characters to judge by)."""
    sample = "".join(RE_IDEO.findall(text[: SAMPLE * 4]))[:SAMPLE]
    if not sample:
        return "none"
    t2s = sum(map(str.__ne__, sample, _cc("t2s").convert(sample)))
    s2t = sum(map(str.__ne__, sample, _cc("s2t").convert(sample)))
    if t2s > 2 * s2t and t2s >= MIN_SHARE * len(sample):
        return "traditional"
    return "simplified"


def run(doc: Document, ctx: Context) -> Document:
    text = "\n".join(b.text for b in doc.blocks if b.text)
    found = detect(text)
    doc.meta.script = found
    want = ctx.options.script
    if want == "simplified" and found == "traditional":
        return map_text(doc, PASS.name, _cc("tw2s").convert)
    if want == "traditional" and found == "simplified":
        return map_text(doc, PASS.name, _cc("s2t").convert)
    return doc


PASS = Pass("script", "Traditional -> Simplified (or the reverse) when the document needs it", run)
