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
