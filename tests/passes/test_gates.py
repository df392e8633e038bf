"""The TXT path's cheap "needs work?" gates are exact: a gated fixer or pass gives what the
ungated code gives, on the samples, on ../shared's texts and on fuzzed lines dense in every
character the passes treat specially (`tests/txt_snapshot.py` compares whole results with main).
"""

from __future__ import annotations

from tests.fuzz.lines import fuzz_text


def _reference_detect(text: str) -> str:
    """Script detection as first written: a frozenset test per character of the sample."""
    from docclean.passes._script_sets import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
    from docclean.passes.script import MIN_SHARE, SAMPLE
    from docclean.tables import RE_IDEO

    sample = "".join(RE_IDEO.findall(text[: SAMPLE * 4]))[:SAMPLE]
    if not sample:
        return "none"
    t2s = sum(c in TRADITIONAL_ONLY for c in sample)
    s2t = sum(c in SIMPLIFIED_ONLY for c in sample)
    return "traditional" if t2s > 2 * s2t and t2s >= MIN_SHARE * len(sample) else "simplified"


def _texts() -> list[str]:
    from opencc import OpenCC

    from tests.conftest import SAMPLES, SHARED

    out = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "raw").glob("*.txt"))]
    if SHARED.exists():
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "corpus").rglob("*.txt"))]
    s2t = OpenCC("s2t")
    out += [s2t.convert(t) for t in out[:5]]
    return out + [fuzz_text(seed) for seed in range(100)]


def test_script_detection_gives_the_per_character_count():
    from docclean.passes.script import _marks, detect

    assert set(_marks()) == {"", "\x00", "\x01", "\x02", "\x03"}  # some ideographs are in both sets
    texts = [*_texts(), "\U00020000中文" * 900, "😀" + "國" * 100, "a" * 3000 + "國" * 50, "國" * 2100]
    found = [detect(t) for t in texts]
    assert found == [_reference_detect(t) for t in texts]
    assert {"traditional", "simplified"} <= set(found)
    # mixed samples near the thresholds: Simplified text with a growing share of Traditional
    trad, simp = texts[5][:3000], texts[0][:3000]
    for k in range(0, 3000, 50):
        t = trad[:k] + simp
        assert detect(t) == _reference_detect(t)


def test_detect_reads_the_head_the_whole_text_would_give():
    from docclean.model import Block, Document, Kind, Metadata
    from docclean.passes.script import SAMPLE, _head

    for n in (1, 3, 7, 40):
        lines = [fuzz_text(seed, lines=n) for seed in range(30)]
        doc = Document(blocks=[Block(Kind.LINE, t) for t in lines], meta=Metadata())
        full = "\n".join(b.text for b in doc.blocks if b.text)
        assert _head(doc)[: SAMPLE * 4] == full[: SAMPLE * 4]


def test_flat_gap_finds_the_spaces_the_plain_pattern_finds():
    import re

    from docclean.passes.flattened import RE_FLAT_GAP
    from docclean.tables import CJK

    plain = re.compile(f"(?<=[{CJK},;:?!()]) (?=[{CJK}(])")
    for t in _texts():
        for line in (t, *t.split("\n")[:300]):
            assert RE_FLAT_GAP.findall(line) == plain.findall(line)
            assert RE_FLAT_GAP.split(line) == plain.split(line)


def test_hygiene_skips_only_lines_its_first_fixers_leave_alone():
    from docclean.fixers import HYGIENE
    from docclean.passes import hygiene

    assert HYGIENE[: len(hygiene._FIXERS)] == hygiene._FIXERS  # the gate keeps the fixers' order
    assert hygiene._ONLY_LOOKALIKES_LEFT  # the one-scan skip below is exercised
    mixed = ["a\u00a0\x07b\u200b⼈\u3000\t㈠\ufeff c\u00ad", "\u00a0\u00a0", "⺠⻅\u2003\x85", "X\u00a0" * 40]
    for t in [*_texts(), *mixed]:
        for line in (t, *t.split("\n")[:300]):
            ungated = line
            for fixer in HYGIENE:
                ungated = fixer(ungated)
            assert hygiene._fix(line) == ungated.strip(" ")


def test_ends_clause_is_the_regex_search():
    from docclean.tables import RE_ENDS_CLAUSE, ends_clause

    extra = ["", "\n", "。\n", "。\n\n", "好。”", "好。”\n", "好”。", "：", "a;", "”", "。a"]
    for t in [*_texts(), *extra]:
        for line in (t, *t.split("\n")[:300], *(x + "\n" for x in t.split("\n")[:50])):
            assert ends_clause(line) == (RE_ENDS_CLAUSE.search(line) is not None), line


def test_flattened_page_token_tests_are_the_regexes():
    """The per-token set tests of `flattened_lines` against the patterns they replace."""
    from docclean.passes import flattened as p

    def plain(text: str) -> list[str] | None:  # split_flattened as first written
        if len(text) < p.MIN_FLAT or text.count(" ") < 5 or len(p.RE_FLAT_GAP.findall(text)) < 5:
            return None
        tokens = [t for t in text.split(" ") if t]
        sure = [t for t in p.RE_FLAT_GAP.split(text) if t and " " not in t]
        w = p.full_width([p.width(t) for t in sure])
        if w < 10:
            return None
        segs = [tokens[0]]
        for tok in tokens[1:]:
            prev = segs[-1]
            if p.RE_LATIN_END.search(prev) and p.RE_LATIN_START.match(tok):
                segs[-1] = prev + " " + tok
            elif (p.RE_ALNUM_END.search(prev) or p.RE_ALNUM_START.match(tok)) and p.width(prev + tok) <= w + 1.5:
                segs[-1] = prev + tok
            else:
                segs.append(tok)
        near = sum(1 for x in map(p.width, segs) if w - 3 <= x <= w + 1.5)
        return None if near < 0.4 * len(segs) else segs

    seen = 0
    for t in [*_texts(), *(" ".join(fuzz_text(s, 8).split("\n")) * 3 for s in range(300))]:
        for line in (t, *t.split("\n")):
            found = p.split_flattened(line)
            seen += found is not None
            assert found == plain(line)
    assert seen > 10


def test_punctuation_skips_only_lines_no_fixer_changes():
    """The punctuation gate (one class scan, plus `。。。` whole) says no only for a line the
    six fixers leave as it is: on every text line, and with a table that adds a mark made of
    common characters (tested whole) and one that is not."""
    from docclean.fixers import set_punct_table
    from docclean.passes.punctuation import _FIXED_TRIGGERS, Gate, _fix
    from docclean.rules import load_rules

    default = load_rules().punctuation
    lines = [line for t in _texts() for line in (t, *t.split("\n")[:300])]
    lines += ["好。。。", "好——", "好—―了", "a--b", "中--文", "Ａ１", "中(文)", "（一)", '"中"', "x~y中", "中。—", "中~~"]
    skipped = 0
    for table in (default, {**default, "~": "～", "。—": "。——"}):
        set_punct_table(table)
        gate = Gate((*_FIXED_TRIGGERS, *table))
        for line in lines:
            if not gate(line):
                skipped += 1
                assert _fix(line) == line, line
    set_punct_table(default)
    assert gate.whole == ("。。。", "。—") and skipped > 100


def test_page_pass_gates_skip_only_patterns_that_cannot_match():
    """make_groups asks RE_CLOSED only of a (stripped) line ending in a closing bracket, and
    strong() drops quoted titles only from a line holding `《`: on every line of the texts,
    the gate says no only where the pattern finds nothing."""
    from docclean.literals import required
    from docclean.page.evidence import RE_QUOTED_TITLE
    from docclean.page.lines import RE_CLOSED

    assert required(RE_QUOTED_TITLE.pattern) == ("《",)  # in every match: no `《`, nothing to substitute
    lines = [line.strip() for t in _texts() for line in t.split("\n")]
    lines += ["（此件公开发布）", "(a)", "（一）打好攻坚战。", "（）", "（", "(\n)", "（九)", "( x )\n".strip()]
    for t in lines:  # (stripped, as make_groups has them: `\s*$` lets a match end before trailing space)
        if t[-1:] not in ")）":
            assert RE_CLOSED.search(t) is None, t
        if "《" not in t:
            assert RE_QUOTED_TITLE.sub("《》", t) == t
    assert sum(RE_CLOSED.search(t) is not None for t in lines) >= 3


def test_hygiene_says_no_traditional_only_of_a_text_without_one():
    """The hygiene pass's scan, which looks for the characters t2s changes too, sets
    `no_traditional` only when no text the script pass reads holds one (after hygiene's own
    fixes: a compatibility ideograph maps to a Traditional one), and the script pass then
    detects what it detects without the flag."""
    from docclean.model import Block, Document, Kind
    from docclean.options import Options
    from docclean.passes import Context, hygiene, script
    from docclean.rules import load_rules

    ctx = Context(Options(), load_rules())
    extra = ["豈更車\u00a0", "中文\u00a0並且", "中\u00a0文" * 20, "\u2f00\u00a0中", "中文\n⼈"]
    seen = set()
    for t in [*_texts(), *extra]:
        doc = Document([Block(Kind.LINE, line) for line in t.split("\n")])
        doc.changes["hygiene"] = 0
        hygiene.run(doc, ctx)
        holds = any(script.traditional().search(b.text) for b in doc.blocks)
        assert doc.no_traditional == (not holds), t[:80]
        head = script._head(doc)
        assert script.detect(head, doc.no_traditional) == script.detect(head)
        seen.add(doc.no_traditional)
    assert seen == {True, False}
    table = Document([Block(Kind.TABLE, "| 國 |"), Block(Kind.LINE, "中文")])
    table.changes["hygiene"] = 0
    assert not hygiene.run(table, ctx).no_traditional  # a text hygiene does not read: not known


def test_justified_counts_as_the_per_line_lists_did():
    import random

    from docclean.passes.paragraphs import _justified

    def plain(widths: list[float], W: float) -> bool:
        band = [w for w in widths if W - 3 <= w <= W + 2]
        at_indent = len([x for x in band if abs(x - (W - 2)) <= 0.25])
        at_full = len([x for x in band if W - 1 <= x <= W + 1.5])
        return bool(band) and at_full >= 0.85 * len(band) and at_indent <= 0.12 * len(band)

    rng = random.Random(5)
    seen = set()
    for _ in range(3000):
        W = float(rng.randrange(16, 40))
        widths = [rng.choice((W, W, W, W - 2, W + 0.5, W - 0.5, rng.randrange(1, 80) / 2, rng.uniform(0, 45)))
                  for _ in range(rng.randrange(0, 60))]
        assert _justified(widths, W) == plain(widths, W)
        seen.add(plain(widths, W))
    assert seen == {True, False}


def test_no_fullwidth_alnum_still_holds_when_the_punctuation_pass_reads_it():
    """The hygiene pass's `no_fullwidth_alnum` is read four passes later: every pass between only
    removes, cuts, joins or moves text (a conversion of script clears it). Run the pipeline on
    the samples, ../shared's texts and fuzzed lines under each script option, and check the flag
    where the punctuation pass reads it; it is set for most of them, so the skip is exercised."""
    from docclean.options import Options
    from docclean.passes import PIPELINE, Context
    from docclean.readers.text import TextReader
    from docclean.rules import load_rules
    from docclean.tables import RE_FULLWIDTH_ALNUM

    extra = ["全角数字１２３在这里", "ＡＢＣ公司", "第１章\n正文。", "⑴第一\n⒈第二"]
    flagged = 0
    for script in ("simplified", "keep", "traditional"):
        options = Options(script=script)
        ctx = Context(options, load_rules())
        for t in [*_texts()[:60], *extra]:
            doc = TextReader().read(t.encode("utf-8"), "t.txt", options)
            for p in PIPELINE:
                doc.changes.setdefault(p.name, 0)
                if p.name == "punctuation":
                    break
                doc = p.run(doc, ctx)
            if doc.no_fullwidth_alnum:
                flagged += 1
                assert not any(RE_FULLWIDTH_ALNUM.search(b.text) or any(RE_FULLWIDTH_ALNUM.search(c) for r in b.rows or ()
                                                                          for c in r) for b in doc.blocks), t[:80]
    assert flagged >= 15  # (the skip is exercised: 22 flagged without ../shared, over 50 with it)
