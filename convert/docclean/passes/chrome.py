"""Site chrome removal, driven by the rule packs in `rules/chrome/`.

Positional sense: `edge` rules only look at the first and last lines of a file (the head
and tail zones), where sites put their banners; `any` rules are strict enough to apply
in the middle of the body. A line is removed only when all of it is chrome: every piece
of a padded line (`会员群：      免费QQ群：`) must match a rule. Everything removed is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..cache import rx
from ..literals import WidthBound, required, sub_from, width_bound
from ..model import K_LINE, K_PARAGRAPH, Block, Document, Reason
from ..rules import RE_BARE_DATE, ChromeRule, RuleSet, find_date, other_date
from . import script
from .base import Context, Pass

HEAD_LINES = 20  # at most this many non-blank lines form the head zone
TAIL_LINES = 8
BODY_LINE = 80  # a line this long is body text: the zones stop before it
RE_PIECES = rx.compile(r" {2,}")
RE_RESIDUE = rx.compile(r"[^\s，。！？；：,.!?;:]{1,12}")  # a short unpunctuated label


def _zones(lines: list[Block]) -> tuple[set[int], set[int]]:
    head: set[int] = set()
    for i, b in enumerate(lines):
        if len(b.text) >= BODY_LINE or len(head) >= HEAD_LINES:
            break
        head.add(i)
    tail: set[int] = set()
    for i in range(len(lines) - 1, -1, -1):
        if len(lines[i].text) >= BODY_LINE or len(tail) >= TAIL_LINES:
            break
        tail.add(i)
    return head, tail


def _applies(rule: ChromeRule, zone: str) -> bool:
    """Whether a rule may remove a line of this zone (`edge` is the head and the tail)."""
    return rule.zone == "any" or rule.zone == zone or (rule.zone == "edge" and zone in ("head", "tail"))


def _match(piece: str, rules: tuple[ChromeRule, ...], zone: str) -> ChromeRule | None:
    for r in rules:
        if _applies(r, zone) and r.matches_line(piece):
            return r
    return None


def _gates_of(ruleset: RuleSet) -> dict[str, LineGate | None]:
    """`_gate` of a rule set's line rules for each zone (only the rules `_match` would try
    there: a body line meets the few `any` rules, not the ~19 of the edges), kept by the
    set's identity (hashing the rules, as `lru_cache` would, cost more than the gate saves on
    a short document)."""
    kept = _GATES.get(id(ruleset))
    if kept is None or kept[0] is not ruleset:
        if len(_GATES) >= 8:
            _GATES.clear()
        rules = ruleset.chrome_rules("line")
        gates = {}
        for zone in ("head", "tail", "body"):
            applies = tuple(r for r in rules if _applies(r, zone))
            gates[zone] = _gate(applies) if applies else _NEVER
        if _gate(rules) is None:  # a rule no alternation can hold: no gate anywhere
            gates = dict.fromkeys(gates)
        kept = _GATES[id(ruleset)] = (ruleset, gates)
    return kept[1]


@dataclass(frozen=True, slots=True)
class LineGate:
    """Line rules as one alternation, each rule a group of its own: its `fullmatch` fails exactly
    when no rule's does (fullmatch backtracks through every branch), and where it matches, the
    branch that did (the group closed last) is the first rule in order whose `fullmatch`
    succeeds: `_match`'s answer, in one C call for the ~19 Python calls of its loop."""

    pattern: re.Pattern[str]
    by_group: dict[int, ChromeRule]
    # a search for the literals one of which every match of a rule with known literals holds
    # (`literals.required`); a piece without any meets only the other rules, `rest`'s gate
    probe: Callable[[str], object] | None = None
    rest: LineGate | None = None

    def first(self, piece: str) -> ChromeRule | None:
        if self.probe is not None and self.probe(piece) is None:  # (most pieces: the alternation's
            return None if self.rest is None else self.rest.first(piece)  # `.{0,N}` prefixes not tried)
        m = self.pattern.fullmatch(piece)
        return None if m is None else self.by_group[m.lastindex]  # type: ignore[index]


_GATES: dict[int, tuple[RuleSet, dict[str, LineGate | None]]] = {}
_NEVER = LineGate(rx.compile("(?!)"), {})  # the gate of a zone no line rule applies to


def _gate(rules: tuple[ChromeRule, ...]) -> LineGate | None:
    """All line rules as one `LineGate`, where most lines match none. None when a rule cannot
    be put in a branch unchanged: global flags, back-references or conditionals (group numbers
    shift)."""
    if not rules or any(r.regex.flags != re.UNICODE or _RE_GROUP_REF.search(r.regex.pattern) for r in rules):
        return None
    try:
        pattern = rx.compile("|".join(f"({r.regex.pattern})" for r in rules))
    except re.error:  # e.g. two rules naming a group alike
        return None
    by_group, group = {}, 1
    for r in rules:  # each rule's own group, then the groups inside it
        by_group[group] = r
        group += 1 + r.regex.groups
    needs = [required(r.regex.pattern) for r in rules]
    words = sorted({w for n in needs if n for w in n})
    if not words:
        return LineGate(pattern, by_group)
    rest = tuple(r for r, n in zip(rules, needs, strict=True) if not n)  # (in order: the first that matches)
    return LineGate(pattern, by_group, rx.compile("|".join(map(re.escape, words))).search,
                    _gate(rest) if rest else None)


_RE_GROUP_REF = rx.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\(")


def run(doc: Document, ctx: Context) -> Document:
    # Raw lines from text; paragraphs from PDF and DOCX readers, which find paragraphs themselves.
    lines = [b for b in doc.blocks if b.kind in (K_LINE, K_PARAGRAPH) and b.text]
    head, tail = _zones(lines)
    line_rules = ctx.rules.chrome_rules("line")
    removed: list[bool] = [False] * len(lines)
    dated: list[bool] = [False] * len(lines)  # removed by a rule that dates the page: a publish stamp
    # Rules are written in Simplified; a document kept in Traditional is matched through t2s.
    view = script.to_simplified if doc.meta.script == "traditional" and ctx.options.script != "simplified" \
        else str

    gates = _gates_of(ctx.rules)
    n = 0
    above = ""  # the line above as read (a removed line's text is gone from its block)
    for i, b in enumerate(lines):
        prev, above = above, b.text
        padded = " " in b.text and "  " in b.text  # (a one-character `in` first: the faster C scan)
        pieces = [p for p in RE_PIECES.split(b.text) if p] if padded else [b.text]
        zone = "head" if i in head else "tail" if i in tail else "body"
        gate = gates[zone]
        if gate is not None:
            hits: list[ChromeRule | None] = []
            for p in pieces:
                if (hit := gate.first(view(p))) is None:
                    break  # a piece no rule matches: the line stays
                hits.append(hit)
            if len(hits) < len(pieces):
                continue
        else:
            hits = [_match(view(p), line_rules, zone) for p in pieces]
        if pieces and all(hits):
            for piece, rule in zip(pieces, hits, strict=True):
                doc.remove(piece, rule.id, Reason.CHROME, b.prov)  # type: ignore[union-attr]
                if rule.date and not doc.meta.date and not (zone == "tail" and RE_BARE_DATE.fullmatch(piece.strip())) \
                        and not other_date(prev, piece, ctx.rules):  # (`注册时间` / `2010-2-9`: a poster's card)
                    doc.meta.date = find_date(piece, ctx.rules)  # (a bare date below the text dates a link)
            b.text = ""
            removed[i] = True
            dated[i] = any(rule.date for rule in hits)  # type: ignore[union-attr]
            n += 1
    # A short label sitting directly between two banner lines is part of the banner (a site name);
    # over a publish stamp it is the headline.
    for i in range(1, len(lines) - 1):
        b = lines[i]
        if (i in head and not removed[i] and removed[i - 1] and removed[i + 1] and not dated[i + 1]
                and b.prov.line is not None
                and lines[i - 1].prov.line == b.prov.line - 1 == lines[i + 1].prov.line - 2  # type: ignore[operator]
                and RE_RESIDUE.fullmatch(b.text)):
            doc.remove(b.text, "chrome.banner-residue", Reason.CHROME, b.prov)
            b.text = ""
            n += 1
    n += _inline(doc, lines, ctx)
    n += _suffix(doc, lines, ctx)
    doc.changes[PASS.name] += n
    return doc


@lru_cache(maxsize=64)
def _with_spaces(pattern: str) -> re.Pattern[str]:
    """An inline rule's pattern with the spaces on either side, compiled once."""
    return rx.compile(r" ?(?:" + pattern + r") ?")


def _inline(doc: Document, lines: list[Block], ctx: Context) -> int:
    n = 0
    whole: str | None = None
    for rule in ctx.rules.chrome_rules("inline"):
        if rule.needs is not None:
            # One test on the whole text first: a literal no line holds is not in the joined
            # text either (a hit across a line break only sends it to the per-line tests).
            whole = "\n".join(b.text for b in lines) if whole is None else whole
            if not rule.could_match(whole):
                continue
        for b in lines:
            if not b.text or not rule.could_match(b.text):
                continue
            cuts = 0

            def cut(m: re.Match[str], b: Block = b, rule: ChromeRule = rule) -> str:
                nonlocal cuts
                cuts += 1
                doc.remove(m.group(), rule.id, Reason.CHROME, b.prov)
                # Keep a separating space when the label sat between two spaced pieces.
                return " " if m.group().startswith(" ") and m.group().endswith(" ") else ""

            # The spaced pattern matches exactly where the rule does, so no search first (a
            # look-behind-first rule scans a long line slowly, and once was enough).
            text = sub_while_needed(_with_spaces(rule.regex.pattern), cut, b.text, rule.needs)
            if cuts:
                b.text = text.strip()
                n += 1
    return n


def sub_while_needed(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str,
                     needs: tuple[str, ...] | None) -> str:
    """`pattern.sub(repl, text)`, stopping where no literal of `needs` (one of which is inside
    every match: `literals.required`) is left in the text: past it no match can start, and a
    look-behind-first rule would try every character of the rest of a long line (sample
    003's 10,000 characters after its second `字范文`). Each match is the one `sub` finds
    (`search` from where the last one ended, look-behinds seeing the text before it); no
    match is empty, since it holds a literal. Where the pattern's matches are no longer than
    a bound (`literals.width_bound`), the search starts at most that far before the next
    literal: no match can start earlier, and the characters before it are not tried."""
    if needs is None:
        return pattern.sub(repl, text)
    bound = _bound(pattern.pattern)
    back = -1  # the bound in this text (worked out once a literal is found far enough on)

    def start(pos: int) -> int:
        nonlocal back
        first = min((at for n in needs if (at := text.find(n, pos)) >= 0), default=-1)
        if first < 0 or bound is None or first - pos <= _NEAR:
            return pos if first >= 0 else -1
        if back < 0:
            back = bound(text)  # (a count over the text: only worth it where the literal is far)
        return max(pos, first - back)

    return sub_from(pattern, repl, text, start)


_NEAR = 64  # a literal this close is searched for from where the last match ended


@lru_cache(maxsize=256)
def _bound(pattern: str) -> WidthBound | None:
    return width_bound(pattern)


def _suffix(doc: Document, lines: list[Block], ctx: Context) -> int:
    last = next((b for b in reversed(lines) if b.text), None)
    n = 0
    changed = True
    while last is not None and changed:
        changed = False
        for rule in ctx.rules.chrome_rules("suffix"):
            m = rule.search(last.text)
            if m and m.start() > 0:
                doc.remove(m.group(), rule.id, Reason.CHROME, last.prov)
                last.text = last.text[:m.start()].rstrip()
                changed = True
                n += 1
    return n


PASS = Pass("chrome", "site banners, promos, buttons, file-info lines, glued labels", run)
