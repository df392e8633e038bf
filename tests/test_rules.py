"""Rule packs are data: every example they carry runs here, and overlays work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docclean import clean_text
from docclean.errors import RulesError
from docclean.fixers import fix_and_explain
from docclean.options import Options
from docclean.passes.headings import heading_level
from docclean.rules import check_examples, default_rules_dir, load_rules


def test_every_rule_example_holds():
    assert check_examples(load_rules()) == []


def test_every_chrome_rule_has_an_id_description_and_both_kinds_of_example():
    rules = load_rules()
    assert len(rules.chrome) >= 15
    for r in rules.chrome:
        assert r.id and r.description and r.remove_examples and r.keep_examples


@pytest.mark.parametrize("text,level", load_rules().headings.examples)
def test_heading_examples(text, level):
    assert heading_level(text, load_rules().headings) == level


@pytest.mark.parametrize("text,fixed", load_rules().punct_examples)
def test_punctuation_examples(text, fixed):
    assert fix_and_explain(text)[0] == fixed


def test_user_pack_overlays_defaults(tmp_path: Path):
    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "mysite.yaml").write_text(
        "description: my site\nrules:\n"
        "  - id: mysite.banner\n    description: my banner\n    kind: line\n    zone: edge\n"
        "    pattern: '清风徐来好文章'\n    examples:\n      remove: ['清风徐来好文章']\n      keep: ['欢迎']\n",
        encoding="utf-8")
    text = "清风徐来好文章\n关于加强管理的通知\n各单位：现将有关事项通知如下，请遵照执行。\n"
    default = clean_text(text)
    assert "清风徐来好文章" in default.markdown
    mine = clean_text(text, Options(rules_dir=tmp_path))
    assert "清风徐来好文章" not in mine.markdown
    assert [r.rule for r in mine.removals] == ["mysite.banner"]


def test_user_pack_replaces_default_of_same_name(tmp_path: Path):
    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "docsite.yaml").write_text("description: none\nrules: []\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    assert not any(r.id.startswith("docsite.") for r in rules.chrome)
    assert any(r.id.startswith("membership.") for r in rules.chrome)


def test_bad_rule_is_a_clear_error(tmp_path: Path):
    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "bad.yaml").write_text(
        "description: x\nrules:\n  - id: bad.one\n    description: d\n    pattern: '(['\n"
        "    examples: {remove: [a], keep: [b]}\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"bad\.yaml: bad\.one: bad regex"):
        load_rules(tmp_path)


def test_default_rules_dir_is_the_repo_rules_in_a_checkout():
    assert (default_rules_dir() / "headings.yaml").is_file()


GREEDY = """rules:
  - id: mine.everything
    description: a rule that removes too much
    kind: line
    zone: any
    pattern: '.*'
    examples:
      remove: ["广告"]
      keep: ["同志们：今天开会。"]
"""


def test_pack_whose_examples_fail_does_not_load(tmp_path: Path):
    from docclean.errors import RulesError

    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "mine.yaml").write_text(GREEDY, encoding="utf-8")
    with pytest.raises(RulesError, match=r"mine\.everything: should keep"):
        clean_text("同志们：今天开会。", Options(rules_dir=tmp_path))


def test_rules_check_command(tmp_path: Path):
    import subprocess
    import sys

    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "mine.yaml").write_text(GREEDY, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "docclean", "rules", "check", str(tmp_path)], capture_output=True)
    assert p.returncode == 1 and "mine.everything: should keep" in p.stderr.decode()
    (tmp_path / "chrome" / "mine.yaml").write_text(GREEDY.replace("'.*'", "'广告'"), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "docclean", "rules", "check", str(tmp_path)], capture_output=True)
    assert p.returncode == 0 and "all pass" in p.stderr.decode()


@pytest.mark.parametrize(("rel", "content", "reason"), [
    ("chrome/m.yaml", "rules: 5\n", "'rules' must be a list of rules"),
    ("chrome/m.yaml", "rules:\n  - 5\n", "'rules' must be a list of rules"),
    ("chrome/m.yaml", "rules:\n  - {id: a, description: d, pattern: x, examples: [1]}\n",
     "rule a: examples need both"),
    ("chrome/m.yaml", "rules:\n  - {id: a, description: d, pattern: x, examples: {remove: x, keep: [y]}}\n",
     "must be lists of strings"),
    ("headings.yaml", "foo: 1\n", "missing key 'levels'"),
    ("headings.yaml", "levels: [{level: x, patterns: [a]}]\nsalutations: [a]\npoint_starts: [b]\n",
     "malformed rule file"),
    ("metadata.yaml", "foo: 1\n", "missing key 'dates'"),
    ("punctuation.yaml", "foo: 1\n", "missing key 'halfwidth_to_fullwidth'"),
    ("chrome/gbk.yaml", "规则".encode("gb18030"), "must be UTF-8 text"),
    ("mine.yaml", "rules: []\n", "not a rule pack docclean reads: chrome rules go in chrome/NAME.yaml"),
])
def test_a_malformed_pack_is_one_line_naming_its_file(tmp_path: Path, rel: str, content: str | bytes, reason: str):
    """Each was an "internal error (TypeError ...); please report it" without the file, or (a GBK
    pack) exit 2 with only the codec's message, or (a pack outside chrome/) skipped without a word."""
    path = tmp_path / rel
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(RulesError, match=reason) as err:
        load_rules(tmp_path)
    assert err.value.path == str(path)
    p = subprocess.run([sys.executable, "-m", "docclean", "rules", "check", str(tmp_path)], capture_output=True,
                       timeout=120)
    lines = p.stderr.decode().splitlines()
    assert p.returncode == 1 and lines == [f"docclean: error: {path}: {err.value.reason}"]


def test_convert_with_a_pack_whose_examples_fail_is_one_line_and_no_output(tmp_path: Path):
    """The CLI half of test_pack_whose_examples_fail_does_not_load: `.*` with `zone: any` emptied a
    document, exit 0; now the run stops before reading, naming the rule."""
    import subprocess
    import sys

    (tmp_path / "chrome").mkdir()
    (tmp_path / "chrome" / "mine.yaml").write_text(GREEDY, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("会议讲话\n\n同志们：今天召开全县项目建设工作会议。\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page), "--rules", str(tmp_path)],
                       capture_output=True, timeout=120)
    lines = p.stderr.decode().splitlines()
    assert p.returncode != 0 and p.stdout == b"" and len(lines) == 1, lines
    assert lines[0].startswith("docclean: error: ") and "mine.everything: should keep" in lines[0]


def test_discuz_jammer_lines_leave_a_thread_and_its_text_stays():
    """Discuz!'s jammer (`chr(32..59) ' ' chr(63..126)` pairs at every line break of a post) goes where it
    stands on a line of its own; glued to the text it stays (its first mark may be the text's own), and
    code, options and lists beside it stay."""
    page = ("述职报告的撰写格式+ O2 W- O: E/ I5 L9 Z\n"
            "$ m4 D( A7 D( u; a, D: D0 K7 n\n"
            "述职报告是一种独特的文体，兼有议论文、说明文和记叙文的一般特点。各组成部分的书写要求分别是：\n"
            ": i* e& e+ V! K\" l) U* z! q' S* N. s' J2 q\n"
            "2 Q' w4 C2 L2 H( d- D' I$ ^2.主送机关。国家机关工作人员向国家权力机关呈请评议的述职报告只能书写一个主送机关。\n"
            "选择题的选项写作 A. B. C. D.，代码写作 if (a[0] == b) { x = y; }，变量写作 x1 x2 x3 x4 x5。\n")
    done = clean_text(page)
    assert "m4 D(" not in done.markdown and "i* e&" not in done.markdown
    assert [r.rule for r in done.removals].count("forum.jammer") == 2
    for kept in ("书写要求分别是", "2.主送机关", "A. B. C. D.", "if (a[0] == b) { x = y; }", "x1 x2 x3 x4 x5"):
        assert kept in done.markdown.replace("\\", ""), kept


def test_a_journal_named_between_the_title_and_the_text_is_its_source():
    """`某某大学学报` alone between a reprinted article's title and its text is the journal it came from
    (`paper_words` in rules/web.yaml); the same name inside the text stays."""
    page = ("倓虚大师——中国近现代佛教界教育家\n"
            "倓虚大师——中国近现代佛教界教育家\n"
            "内蒙古民族大学学报\n"
            "中国进入近代以后，东西方文化的碰撞更为剧烈，社会变化更为深刻，佛教界也在寻找新的出路。\n"
            "他的讲稿后来刊于内蒙古民族大学学报，引起学界关注。此后各地学者陆续撰文讨论他的办学思想。\n")
    done = clean_text(page)
    body = done.markdown[done.head_len:]
    assert "内蒙古民族大学学报\n" not in body
    assert "刊于内蒙古民族大学学报" in body
    assert any(r.text.strip() == "内蒙古民族大学学报" for r in done.removals)


def _cleaned(page: str, rule: str) -> tuple[str, int]:
    """A page's Markdown after cleaning, and how many pieces one rule removed from it."""
    done = clean_text(page)
    return done.markdown, [r.rule for r in done.removals].count(rule)


def test_a_collectors_unfilled_tag_goes_a_text_quoting_the_tool_keeps_it():
    """火车头's `[标签:标题]` left in a page (rules/chrome/docsite.yaml `docsite.collector-tag`) goes with
    the torn `<html>` before it; a manual quoting the tool's publish parameters keeps them."""
    page = ("市长在全市安全生产委员会例会上的讲话\n"
            "l> [标签:标题] 同志们：今天，市安委会在这里召开全市安全生产例会，重点是分析当前安全生产形势。\n"
            "发布模块的参数写作 subject=[标签:标题]&message=[标签:内容]，保存后即可测试发布效果。\n")
    md, n = _cleaned(page, "docsite.collector-tag")
    assert "l>" not in md and "[标签：标题] 同志们" not in md and "同志们" in md and "subject=[标签" in md and n == 1


def test_a_discuz_threads_buttons_go_alone_on_their_line_a_sentence_naming_them_stays():
    """Discuz! X's `[复制链接]` and `开启左侧` over a thread (rules/chrome/forum.yaml `forum.thread-buttons`)
    go wherever the scrape put them; a sentence telling the reader to press the button stays."""
    page = ("浅谈领导讲话稿的写作\n"
            "开启左侧\n"
            "[复制链接]\n"
            "领导讲话稿是机关文稿中最常见的一种，写好讲话稿需要把握好讲话者的身份、场合和听众的特点。\n"
            "如需转发，请点击[复制链接]按钮，再粘贴到聊天窗口里发给同事，这样格式不会乱。\n")
    md, n = _cleaned(page, "forum.thread-buttons")
    assert "\n[复制链接]\n" not in md and "开启左侧" not in md and "请点击[复制链接]按钮" in md and n == 2


def test_a_discuz_edit_notice_and_login_wall_go_the_posts_first_sentence_stays():
    """Discuz!'s `本帖最后由 某某 于 … 编辑` glued to a post's first sentence (rules/chrome/forum.yaml
    `forum.edit-notice`) goes and the sentence stays; its login wall over the post goes too; a
    sentence that quotes the notice without a poster and a time stays."""
    page = ("马上注册，结交更多好友，享用更多功能，让你轻松玩转社区\n"
            "您需要 登录 才可以下载或查看，没有账号？会员注册\n"
            "本帖最后由 一品飞云 于 2015-4-13 00:37 编辑 <br /><br />12月2日，某某镇第十七届人民代表大会第一次会议胜利召开，"
            "来自全镇各行各业的49名代表出席会议。\n"
            "会议听取和审议了镇人民政府工作报告，选举产生了新一届镇人大主席团。论坛里常见的“本帖最后由某某编辑”是系统的提示。\n")
    md, n = _cleaned(page, "forum.edit-notice")
    assert n == 1 and "本帖最后由 一品飞云" not in md and "<br" not in md
    assert "12月2日，某某镇第十七届人民代表大会第一次会议胜利召开" in md and "“本帖最后由某某编辑”是系统的提示" in md
    assert "才可以下载或查看" not in md


def test_a_fanwen_sites_offer_of_its_collection_goes_a_teachers_own_collection_stays():
    """A 范文 site's intro that offers its collection (`小编为大家整理了…范文，供大家参考和借鉴。`,
    `web.editor-intro` in rules/web.yaml) goes over the collection's first piece; a teacher's
    account of the model essays they gathered stays."""
    page = ("国旗下演讲稿（模板19篇）\n"
            "在国旗下，我们表达对先烈的敬意。小编为大家整理了国旗下的一些优秀总结范文，供大家参考和借鉴。\n"
            "初中生国旗下演讲稿2分钟\n"
            "尊敬的老师、亲爱的同学们：大家早上好！今天我国旗下讲话的题目是《不忘历史，珍惜今天》。\n"
            "上学期，我收集整理了十篇优秀范文，在班上交流，同学们的写作水平有了明显提高。\n")
    done = clean_text(page)
    md = done.markdown
    assert "小编为大家整理了" not in md and any(r.rule == "web.editor-intro" for r in done.removals)
    assert "我收集整理了十篇优秀范文" in md and "今天我国旗下讲话的题目" in md


def test_every_shipped_chrome_rule_names_what_its_matches_hold() -> None:
    """A rule whose matches hold no string the chrome pass can look for first is searched at every
    character of every line (an inline `|` run cost the TXT path a third of its speed once).
    Write such a rule so that its literals are known, or say why not here."""
    assert [r.id for r in load_rules().chrome if r.needs is None] == []
