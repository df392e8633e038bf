"""Score Markdown output against gold Markdown: the owner's metrics, written for this project.

Per document: body_sim (1 - normalized Levenshtein distance of the body texts), content_loss
(share of gold sentences missing), chrome_leak (share of chrome lines still present),
para_f1 / heading_f1 (block multisets keyed by their first 12 letters), heading_level_acc,
title_ok, date_ok and contract violations by kind. `tests/test_score.py` checks that these
agree with `../shared/eval/score.py` when it is there.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .tables import squash

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uffef"
VIOLATIONS = {
    "ascii_punct": f"(?<=[{CJK}])[,;:?!()](?=[{CJK}])",
    "cjk_space": f"(?<=[{CJK}])(?<![章节条编款])(?<!部分)[ \\t\\xa0\\u3000]+(?=[{CJK}])",
    "trailing_ws": r"[ \t\xa0\u3000]+$",
    "indent": r"^[ \t\xa0\u3000]+(?=\S)",
    "double_blank": r"\n(?:[ \t]*\n){2,}",
    "zero_width": "[\u200b-\u200d\u2060\ufeff]",
    "replacement_char": "\ufffd",
}
METRICS = ("body_sim", "content_loss", "chrome_leak", "para_f1", "heading_f1", "heading_level_acc")
Blocks = list[tuple[int, str]]


def _read(path: Path) -> str:
    text = path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean(t: str) -> str:
    t = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", t.replace("**", ""))
    return re.sub(r"\s+", " ", t).strip()


def parse(text: str) -> tuple[dict[str, str], Blocks]:
    """Front matter and blocks: (level, text), level 0 for paragraphs and table rows."""
    fm: dict[str, str] = {}
    m = re.match(r"---\n(.*?)\n---(?:\n|$)", text, re.S)
    if m:
        for line in m.group(1).splitlines():
            k, sep, v = line.partition(":")
            if sep:
                fm[k.strip()] = v.strip().strip("\"'")
        text = text[m.end():]
    blocks: Blocks = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append((0, _clean(" ".join(para))))
            para.clear()

    for line in text.split("\n"):
        s = line.strip()
        head = re.match(r"(#{1,6})\s+(.*?)(?:\s+#+)?$", s)
        if not s:
            flush()
        elif head:
            flush()
            blocks.append((len(head.group(1)), _clean(head.group(2))))
        elif not (s.startswith("|") and re.fullmatch(r"[|:\-\s]+", s)):
            para.append(s.strip("|").replace("|", " ") if s.startswith("|") else s)
    flush()
    return fm, [b for b in blocks if b[1]]


def key(t: str) -> str:
    t = unicodedata.normalize("NFKC", t)  # a matching key only, never applied to output
    return "".join(c for c in t if not c.isspace() and unicodedata.category(c)[0] not in "PS")[:12]


def f1(gold: list[str], out: list[str]) -> float:
    g, o = Counter(k for k in gold if k), Counter(k for k in out if k)
    if not g and not o:
        return 1.0
    return 2 * sum((g & o).values()) / (sum(g.values()) + sum(o.values()))


def violations(text: str) -> dict[str, int]:
    v = {"bom": int(text.startswith("\ufeff")), "cr": text.count("\r"),
         "no_final_newline": int(not text.endswith("\n"))}
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    v.update({k: len(re.findall(rx, text, re.M)) for k, rx in VIOLATIONS.items()})
    return v


def _title(fm: dict[str, str], blocks: Blocks) -> list[str | None]:
    return [fm.get("title"), next((t for lvl, t in blocks if lvl == 1), None)]


def score(gold_path: Path, out_path: Path, chrome_path: Path | None = None) -> dict[str, object]:
    """All metrics for one document; a missing output scores zero."""
    gfm, gold = parse(_read(gold_path))
    gold_title = next((t for t in _title(gfm, gold) if t), "")
    if not out_path.is_file():
        return {"missing": True, "body_sim": 0.0, "content_loss": 1.0, "chrome_leak": None, "para_f1": 0.0,
                "heading_f1": 0.0, "heading_level_acc": None, "title_ok": False, "violations": None}
    raw = out_path.read_bytes().decode("utf-8", "replace")
    ofm, out = parse(_read(out_path))
    hay = squash("".join(t for _, t in out))
    sentences = [s for _, t in gold for s in (squash(x) for x in re.findall(r"[^。！？；]+[。！？；]*", t)) if s]
    row: dict[str, object] = {"missing": False}
    row["body_sim"] = 1 - Levenshtein.normalized_distance("\n".join(t for _, t in gold), "\n".join(t for _, t in out))
    row["content_loss"] = sum(s not in hay for s in sentences) / len(sentences) if sentences else 0.0
    row["chrome_leak"] = None
    if chrome_path is not None and chrome_path.is_file():
        lines = [[squash(_clean(a)) for a in ln.split("\t") if squash(a)] for ln in _read(chrome_path).split("\n")]
        lines = [alts for alts in lines if alts]
        if lines:
            row["chrome_leak"] = sum(any(a in hay for a in alts) for alts in lines) / len(lines)
    row["para_f1"] = f1([key(t) for _, t in gold], [key(t) for _, t in out])
    gh = [(lvl, key(t)) for lvl, t in gold if lvl >= 2]
    oh = [(lvl, key(t)) for lvl, t in out if lvl >= 2]
    row["heading_f1"] = f1([k for _, k in gh], [k for _, k in oh])
    agree = matched = 0
    pool = list(oh)
    for lvl, k in gh:
        hit = next((o for o in pool if o[1] == k), None)
        if hit:
            pool.remove(hit)
            matched += 1
            agree += hit[0] == lvl
    row["heading_level_acc"] = agree / matched if matched else None
    row["title_ok"] = any(t is not None and squash(t) == squash(gold_title) for t in _title(ofm, out))
    kinds = violations(raw)
    row["violation_kinds"] = kinds
    row["violations"] = sum(kinds.values())
    if gfm.get("date"):
        row["date_ok"] = ofm.get("date") == gfm["date"]
    return row


def score_dirs(gold_dir: Path, out_dir: Path) -> tuple[dict[str, dict[str, object]], dict[str, object]]:
    """Score every NAME.md in gold_dir against out_dir/NAME.md (and gold_dir/NAME.chrome.txt)."""
    names = sorted(p.stem for p in Path(gold_dir).glob("*.md"))
    rows = {n: score(Path(gold_dir, n + ".md"), Path(out_dir, n + ".md"), Path(gold_dir, n + ".chrome.txt"))
            for n in names}
    return rows, total(list(rows.values()))


def total(rows: list[dict[str, object]]) -> dict[str, object]:
    t: dict[str, object] = {"n": len(rows), "missing": sum(bool(r["missing"]) for r in rows)}
    for m in METRICS:
        vals = [float(r[m]) for r in rows if r.get(m) is not None]  # type: ignore[arg-type]
        t[m] = sum(vals) / len(vals) if vals else None
    t["title_ok"] = sum(bool(r["title_ok"]) for r in rows) / len(rows) if rows else None
    dated = [bool(r["date_ok"]) for r in rows if "date_ok" in r]
    t["date_ok"] = sum(dated) / len(dated) if dated else None
    present = [int(r["violations"]) for r in rows if r.get("violations") is not None]  # type: ignore[call-overload]
    t["violations_per_doc"] = sum(present) / len(present) if present else None
    return t


def _fmt(v: object) -> str:
    if v is None:
        return "-".rjust(6)
    if isinstance(v, bool):
        return ("ok" if v else "NO").rjust(6)
    return (f"{v:.3f}" if isinstance(v, float) else str(v)).rjust(6)


def table(rows: dict[str, dict[str, object]], tot: dict[str, object]) -> str:
    cols = ["body_sim", "content_loss", "chrome_leak", "para_f1", "heading_f1", "heading_level_acc",
            "title_ok", "violations"]
    heads = ["body", "loss", "leak", "para", "head", "lvl", "title", "viol"]
    label = f"TOTAL ({tot['n']} docs, {tot['missing']} missing)"
    w = max(len(n) for n in [*rows, label])
    lines = [f"{'document':<{w}} " + " ".join(h.rjust(6) for h in heads)]
    for name, r in rows.items():
        lines.append(f"{name:<{w}} " + " ".join(_fmt(r.get(c)) for c in cols) + ("  MISSING" if r["missing"] else ""))
    vals = [tot[c] for c in cols[:6]] + [tot["title_ok"], tot["violations_per_doc"]]
    lines.append(f"{label:<{w}} " + " ".join(_fmt(v) for v in vals))
    return "\n".join(lines)
