"""A synthetic scraped corpus built from the samples: several sites, each with its own
banner and footer (no shipped rule knows them), the samples' paragraphs shuffled, and
encodings varied (UTF-8, GB18030, UTF-16). Used by the corpus tests and `make bench`."""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITES = [
    (["好范文网 www.haofanwen.test", "首页 > 讲话稿 > 领导讲话"], ["本文来自好范文网，转载请注明出处"]),
    (["公文写作助手", "原创精品公文 每日更新"], ["更多精彩公文请关注公众号：公文助手"]),
    (["第一文库网"], ["文档下载积分：5", "第一文库网 版权所有"]),
]
ENCODINGS = ["utf-8", "gb18030", "utf-16"]
CLOSING = "谢谢大家！"
TOPICS = ["在全县经济工作会议上", "在全市项目建设推进会上", "在优化营商环境大会上", "在春季植树活动启动仪式上",
          "在安全生产工作会议上", "在乡村振兴现场会上", "在招商引资工作调度会上", "在人大常委会学习会上",
          "在政府全体会议上", "在民生实事推进会上", "在防汛工作部署会上", "在作风建设大会上"]
KINDS = ["的讲话", "的发言", "的讲话稿", "的主持词", "的表态发言", "的总结讲话"]


def paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "samples" / "expected").glob("*.md")):
        body = re.sub(r"\A---\n.*?\n---\n", "", p.read_text(encoding="utf-8"), flags=re.S)
        out += [b for b in body.split("\n\n") if b and not b.startswith("#") and len(b) > 30]
    return out


def document(rng: random.Random, paras: list[str], site: int, titles: list[str]) -> str:
    head, tail = SITES[site]
    title = rng.choice(titles)
    body = rng.sample(paras, k=min(len(paras), rng.randint(3, 8)))
    return "\n".join([*head, title, "同志们：", *body, CLOSING, *tail]) + "\n"


def make_corpus(dst: Path, n: int, seed: int = 7, titles: int | None = None) -> list[Path]:
    """`n` documents under dst/site*/, returned sorted; `titles` limits how many distinct
    (generic) titles they share."""
    rng = random.Random(seed)
    paras = paragraphs()
    every = [t + k for t in TOPICS for k in KINDS]
    pool = every[:titles] if titles else every
    files = []
    for i in range(n):
        site = i % len(SITES)
        enc = ENCODINGS[rng.randrange(len(ENCODINGS))]
        path = dst / f"site{site}" / f"doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(document(rng, paras, site, pool).encode(enc))
        files.append(path)
    return sorted(files)


def outputs(d: Path) -> dict[str, bytes]:
    """Every output file of a corpus run but its own bookkeeping (`_manifest`, `_report`)."""
    return {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*"))
            if p.is_file() and not p.name.startswith("_")}
