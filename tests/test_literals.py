"""literals.required: the strings a match cannot do without, never a wrong answer."""

from __future__ import annotations

import random
import re

import pytest
from docclean.literals import required, width_bound
from docclean.rules import load_rules

from tests.fuzz.lines import ALPHABET, fuzz_text


@pytest.mark.parametrize(("pattern", "needs"), [
    ("abc", ("abc",)),
    (r"(?<![\d.])\d{2,6}\s*字范文", ("字范文",)),
    ("x?abc", ("abc",)),                    # the optional x is not required
    ("(?:ab)?cd", ("cd",)),
    ("(?:ab)+c", ("ab",)),                  # a repeat taken at least once is
    ("a|bc", ("a", "bc")),
    ("(?:购物车|登录)(?:x)?", ("购物车", "登录")),
    ("a|\\d", None),                        # a branch without a literal: nothing certain
    ("(?i)abc", None),                      # case-folded: not literal
    ("(?i:ab)cd", ("cd",)),
    ("x*", None),
    ("[ab]c?", ("a", "b")),                 # a class of a few literal characters: one of them
    ("[^ab]c?", None),                      # a negated class, a range, a category: nothing certain
    ("[a-z]c?", None),
    (r"[\sa]c?", None),
    ("[abcde]c?", None),                    # (a longer class is no useful need)
    (r"(?:[ \t]*[|｜]){5,}$", ("|", "｜")),
])
def test_required(pattern, needs):
    assert required(pattern) == needs


def test_a_match_always_holds_one_of_the_needs():
    """Every shipped rule and fuzzed patterns: where the regex finds a match, the text holds
    one of the strings `required` named, so skipping texts without them loses nothing."""
    rng = random.Random(3)
    patterns = [r.regex.pattern for r in load_rules().chrome]
    pieces = ["中文", "第", "条", "a", "[0-9]", r"\d+", "[中文]", ".", "(?:中|文)", "(?:的|a)?", "x*", "(?:条款)+",
              "(?<=中)", "(?!文)", r"\s*", "(?:年|月|日)"]
    patterns += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6))) for _ in range(300)]
    texts = [fuzz_text(seed, 30) for seed in range(40)]
    texts += ["".join(rng.choice(ALPHABET + "条款年月日") for _ in range(40)) for _ in range(400)]
    for r in load_rules().chrome:
        texts += [*r.remove_examples, *r.keep_examples]
    checked = 0
    for pattern in patterns:
        needs = required(pattern)
        if needs is None:
            continue
        rx = re.compile(pattern)
        for t in texts:
            if rx.search(t):
                checked += 1
                assert any(n in t for n in needs), (pattern, needs, t)
    assert checked > 100


def test_chrome_rules_carry_their_needs():
    rules = {r.id: r for r in load_rules().chrome}
    assert rules["docsite.word-count-label"].needs == ("字范文",)
    r = rules["docsite.word-count-label"]
    assert r.search("共3000字范文") and not r.search("3000 字的文章")


@pytest.mark.parametrize(("pattern", "bounded"), [
    (r"(?<![\d.])\d{2,6}\s*字范文", True),   # \s*: as many as the text's white space
    (r" ?(?:a|bc\s+)[>»]* ?", True),
    (r".{0,12}x(?=y)", True),
    (r"a.*b", False),                       # an unbounded repeat of any character
    (r"(?:ab)+", False),                    # an unbounded repeat of more than one character
    (r"(a)\1", False),                      # a back-reference
    (r"(?i)a\s*b", False),                  # case folding
    (r"[a-z]+", False),                     # a range is not counted
])
def test_width_bound_is_a_bound(pattern, bounded):
    """No match is longer than `width_bound` says for its text, on fuzzed texts with runs of
    white space and of the repeated characters; None where nothing bounds a match."""
    bound = width_bound(pattern)
    assert (bound is not None) == bounded
    if bound is None:
        return
    rng = random.Random(pattern)
    rx = re.compile(pattern)
    texts = [fuzz_text(seed, 30) for seed in range(20)]
    texts += ["".join(rng.choice("ab c\u3000\t>»x1234.字范文y\n") for _ in range(rng.randrange(1, 80))) for _ in range(400)]
    texts += [t[:9] + "12" + "".join(rng.choice(" \u3000\t\n") for _ in range(rng.randrange(9))) + "字范文" + t[9:]
              for t in texts[::3]]
    longest = 0
    for t in texts:
        for m in rx.finditer(t):
            assert len(m.group()) <= bound(t), (pattern, t, m)
            longest = max(longest, len(m.group()))
    assert longest > 0


def test_the_shipped_inline_rules_are_bounded():
    """The word-count label's search starts near its literal (the bound), not at the line's start."""
    rules = {r.id: r for r in load_rules().chrome}
    bound = width_bound(rules["docsite.word-count-label"].regex.pattern)
    assert bound is not None and bound("3590 字范文") == 6 + 1 + 3 and bound("中" * 1000) == 9
