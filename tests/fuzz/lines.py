"""Fuzzed lines for exactness tests of the TXT path's fast forms: random runs over every
character the fixers and passes treat specially, so the cases meet each other often."""

from __future__ import annotations

import random

# Characters every fixer and pass looks at, in proportions that make them meet each other.
_CJK = "中文的是了第一二三十章条款年月日发布通知会议國際東說为時"
ALPHABET = (
    _CJK * 6
    + "Ab9Z0x " * 3
    + ",;:?!()\"'.-" * 3
    + "，；：？！（）“”‘’。、《》…⋯—―－·「」【】"
    + "\u3000\u00a0\t\u200b\ufeff\u00ad\x07\x85"
    + "\u2f00\u2e8f\uf900\u3220\u2474\u2488"
    + "ＡＢ１２ａ%"
)


def fuzz_text(seed: int, lines: int = 60) -> str:
    """Lines of random runs from the alphabet, with runs of repeated marks and spaces."""
    rng = random.Random(seed)
    out = []
    for _ in range(lines):
        parts = []
        for _ in range(rng.randrange(1, 30)):
            ch = rng.choice(ALPHABET)
            parts.append(ch * (rng.randrange(1, 6) if rng.random() < 0.15 else 1))
        line = "".join(parts)
        if rng.random() < 0.1:
            line = " ".join([line] * rng.randrange(2, 12))  # long and spaced: the flattened-page paths
        out.append(line)
    return "\n".join(out)
