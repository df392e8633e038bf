"""Chrome removal: what must go (banners at the edges), what must stay (body lookalikes)."""

from __future__ import annotations

from docclean import clean_text

BODY = "今天召开全县经济工作会议，主要任务是总结去年工作，安排部署今年的重点任务，动员全县上下凝心聚力。" * 3


def test_banner_block_goes_with_its_residue_and_each_piece_is_reported():
    text = ("仅供学习 禁止外传\n某某文库\n自建平台、实时分享\n现在订阅立享前3年的所有权益和资料\n"
            "会员群：                      免费QQ群：\n\n\n在全县经济工作会议上的讲话\n同志们：\n" + BODY + "\n")
    r = clean_text(text)
    body = r.markdown.split("---\n")[-1]
    for gone in ("仅供学习", "某某文库", "自建平台", "订阅", "会员群", "QQ群"):
        assert gone not in body
    pieces = {x.text: x.rule for x in r.removals}
    assert pieces["会员群："] == pieces["免费QQ群："] == "membership.group"
    assert pieces["某某文库"] == "chrome.banner-residue"
    assert "同志们：" in body and BODY[:30] in body


def test_short_line_not_between_banner_lines_is_kept():
    text = "购物车\n我的足迹\n\n在县政府全体会议上的讲话\n\n加入Vip免费下载 立即下载\n同志们：\n" + BODY + "\n"
    r = clean_text(text)
    assert r.meta.title == "在县政府全体会议上的讲话"
    assert {x.rule for x in r.removals} == {"docsite.navigation", "docsite.buttons"}


def test_edge_rules_do_not_fire_in_the_middle_of_the_body():
    middle = "购物车"  # a real word that a body line may consist of, e.g. in a list
    text = "关于开展消费季活动的通知\n" + "\n".join([BODY] * 12 + [middle] + [BODY] * 12) + "\n"
    r = clean_text(text)
    assert "\n\n购物车\n\n" in r.markdown
    assert not r.removals


def test_date_stamp_line_sets_date_and_is_reported():
    r = clean_text("全区动员会发言稿\n\n时间:2022-02-24 02:59:00\n\n全区动员会发言稿\n\n同志们:\n\n" + BODY + "\n")
    assert r.meta.date == "2022-02-24"
    assert "时间" not in r.markdown.split("---\n")[-1]
    assert any(x.rule == "docsite.upload-date" for x in r.removals)


def test_glued_see_more_suffix_goes_but_the_sentence_stays():
    r = clean_text("标题行\n" + BODY + "以优异成绩庆祝新中国成立70周年!查看更多\n")
    assert r.markdown.rstrip().endswith("成立70周年！")
    assert [x.rule for x in r.removals] == ["docsite.see-more"]


def test_see_more_inside_a_sentence_is_kept():
    r = clean_text("标题行\n" + BODY + "请大家查看更多的资料。\n")
    assert "查看更多的资料。" in r.markdown and not r.removals


def test_word_count_label_inside_flattened_title_goes():
    r = clean_text("在学习会上的讲话稿 3590 字范文\n同志们：\n" + BODY + "\n")
    assert "字范文" not in r.markdown
    assert any(x.text.replace(" ", "") == "3590字范文" for x in r.removals)


def test_the_line_gate_fails_exactly_when_no_line_rule_matches():
    """`_gate` (every line rule in one alternation) skips a line only when the per-rule loop
    would find nothing, and names the rule the loop finds first: checked on every rule's
    examples, fuzzed lines and their pieces."""
    import re

    from docclean.passes.chrome import RE_PIECES, _applies, _gate, _gates_of, _match
    from docclean.rules import ChromeRule, load_rules

    from tests.fuzz.lines import fuzz_text

    rules = load_rules().chrome_rules("line")
    gate = _gate(rules)
    assert gate is not None
    texts = [ex.strip() for r in rules for ex in (*r.remove_examples, *r.keep_examples)]
    texts += [p for seed in range(60) for line in fuzz_text(seed).split("\n") for p in RE_PIECES.split(line) if p]
    hits = 0
    for t in texts:
        expected = any(r.matches_line(t) for r in rules)
        hits += expected
        assert (gate.pattern.fullmatch(t) is not None) == expected, t
        assert gate.first(t) is next((r for r in rules if r.matches_line(t)), None), t
        for zone, zone_gate in _gates_of(load_rules()).items():  # a body line meets only the `any` rules
            assert zone_gate is not None
            assert (zone_gate.pattern.fullmatch(t) is not None) == any(r.matches_line(t) for r in rules
                                                                       if _applies(r, zone))
            assert zone_gate.first(t) is _match(t, rules, zone), (zone, t)
    assert hits > 20 and hits < len(texts)  # both answers were tested
    assert gate.probe is not None  # (`rest`: the rules with no literal known, if any)
    assert 20 < sum(gate.probe(t) is None for t in texts) < len(texts)  # the literal probe skipped some, not all
    assert {r.zone for r in rules} >= {"edge", "any"}

    def rule(pattern: str) -> ChromeRule:
        return ChromeRule("x", "x", "line", "any", re.compile(pattern))

    assert _gate((*rules, rule(r"(ab)\1"))) is None  # a back-reference would point at another group
    assert _gate((*rules, rule(r"(?i)abc"))) is None  # a global flag cannot sit in a branch
    assert _gate((rule("(?P<n>a)b"), rule("(?P<n>c)d"))) is None  # one group name twice
    assert _gate((rule("a(?P<n>b)"), rule("cd"))) is not None
    patterns = ["a(b)(c)", "(x)?y", "(?:ab)d", "q(?P<n>b(c))", "abc"]
    groups = _gate(tuple(rule(p) for p in patterns))
    assert groups is not None  # each rule known by its own group, past the groups inside the rules before it
    assert [groups.by_group[k].regex.pattern for k in sorted(groups.by_group)] == patterns
    found = [(x.regex.pattern if (x := groups.first(t)) else None) for t in ("abc", "y", "xy", "abd", "qbc", "zz")]
    assert found == ["a(b)(c)", "(x)?y", "(x)?y", "(?:ab)d", "q(?P<n>b(c))", None]  # ("abc": the first of two)


def test_inline_substitution_stops_only_where_no_match_can_start():
    """`sub_while_needed` gives `re.sub`'s text and calls, match for match, for patterns whose
    matches hold one of their required literals (look-behinds, look-aheads, alternations,
    repeated and overlapping literals), on the samples' lines and fuzzed ones."""
    import re

    from docclean.literals import required
    from docclean.passes.chrome import _with_spaces, sub_while_needed
    from docclean.rules import load_rules

    from tests.conftest import SAMPLES
    from tests.fuzz.lines import fuzz_text

    patterns = [r.regex.pattern for r in load_rules().chrome_rules("inline")]
    patterns += [r"(?<![\d.])\d{2,6}\s*字范文", r"(?<=会)议", r"会(?=议)", r"ab|ba", r"aa", r"(?:下载|载)\d?",
                 r"(?<!\S)x+y(?= )", r"字范文|范文字", r"(?<![\d.])\d{2,6}[ 　]*\s*字范文", r"(?:a\s*){2}[>»]+字"]
    texts = [line for p in sorted((SAMPLES / "raw").glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    texts += [fuzz_text(seed) for seed in range(60)]
    texts += ["aaaa", "abababa", "baab", " 12 字范文  3590 字范文 字范文", "会议会会议", "x y xxy xy  xy", "下载载1载",
              "x" * 300 + " 12" + " " * 40 + "字范文 " + "中" * 200 + "3590\u3000 \t字范文", "a a  a >>»字 a a>字" + " " * 50 + "a>字"]
    checked = 0
    for pattern in patterns:
        needs = required(pattern)
        spaced = _with_spaces(pattern)
        for text in texts:
            plain: list[tuple[int, int]] = []
            ours: list[tuple[int, int]] = []
            expected = spaced.sub(lambda m, seen=plain: (seen.append(m.span()), "<>")[1], text)
            got = sub_while_needed(spaced, lambda m, seen=ours: (seen.append(m.span()), "<>")[1], text, needs)
            assert got == expected and ours == plain, (pattern, text)
            checked += bool(plain)
        assert sub_while_needed(re.compile("x"), lambda m: "", "axbx", None) == "ab"
    assert checked > 20


def test_a_short_headline_between_a_banner_line_and_its_publish_stamp_is_no_residue():
    r = clean_text("登录 | 注册\n我院举办护理技能大赛\n2024-03-05 10:20\n" + BODY + "\n")
    assert r.meta.title == "我院举办护理技能大赛" and r.meta.date == "2024-03-05"
    assert "chrome.banner-residue" not in {x.rule for x in r.removals}
