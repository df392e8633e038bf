"""cache.Store: a regex from the kept program is the regex `re.compile` builds, and a missing,
damaged or unwritable cache changes nothing but the time."""

from __future__ import annotations

import datetime
import re
import sys

import pytest
from docclean import cache, fixers, tables, webui
from docclean.cache import Store
from docclean.page import edges, evidence, lines
from docclean.rules import load_rules

from tests.fuzz.lines import fuzz_text


def _patterns() -> list[tuple[str, int]]:
    """The patterns the TXT path compiles: module regexes and every rule pack's."""
    out = []
    for mod in (tables, fixers, webui, edges, evidence, lines):
        out += [(v.pattern, v.flags) for v in vars(mod).values() if isinstance(v, re.Pattern)]
    rules = load_rules()
    out += [(r.regex.pattern, r.regex.flags) for r in rules.chrome]
    out += [(p.regex.pattern, p.regex.flags) for p in rules.web.phrases]
    return list(dict.fromkeys(out))


def test_a_kept_program_builds_the_same_regex(tmp_path):
    """First run: compiled and written; second run: every pattern from the file, equal to
    `re.compile`'s (Pattern equality compares the programs) and finding the same matches."""
    pats = _patterns()
    assert len(pats) > 100
    first = Store(tmp_path)
    built = [first.compile(p, f) for p, f in pats]
    first.save()
    assert first.path is not None and first.path.exists()
    second = Store(tmp_path)
    texts = [fuzz_text(seed) for seed in range(3)]
    for (p, f), old in zip(pats, built, strict=True):
        new = second.compile(p, f)
        ref = re.compile(p, f)
        assert new == ref and old == ref
        assert (new.groups, new.groupindex, new.flags) == (ref.groups, ref.groupindex, ref.flags)
        for t in texts:
            assert [m.span() for m in new.finditer(t)] == [m.span() for m in ref.finditer(t)]
    assert second._used == set(pats) and not second._dirty  # all hits: nothing to write


def test_a_damaged_file_is_ignored_and_rewritten(tmp_path):
    store = Store(tmp_path)
    store.compile(r"[\u4e00-\u9fff]+年")
    store.save()
    assert store.path is not None
    raw = store.path.read_bytes()
    for damaged in (raw[: len(raw) // 2], raw[:20] + bytes([raw[20] ^ 0xFF]) + raw[21:], b"", b"junk"):
        store.path.write_bytes(damaged)
        fresh = Store(tmp_path)
        assert fresh.compile(r"[\u4e00-\u9fff]+年") == re.compile(r"[\u4e00-\u9fff]+年")
        assert fresh._dirty  # a miss: written again at exit
        fresh.save()
        assert Store(tmp_path).compile(r"[\u4e00-\u9fff]+年").search("比去年多")


def test_a_program_refused_by_sre_is_compiled_afresh(tmp_path):
    store = Store(tmp_path)
    store._load()
    assert store._regexes is not None
    store._regexes[("ab+", 0)] = (32, [999, 1, 2], 0, {}, (None,))  # not a valid program
    assert store.compile("ab+") == re.compile("ab+")


def test_bad_patterns_raise_as_re_does(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(re.error):
        store.compile("(unclosed")
    assert not store._dirty


def test_no_cache_folder_or_an_unwritable_one(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCCLEAN_CACHE_DIR", "off")
    assert cache.default_dir() is None
    off = Store(None)
    assert off.compile("a|b") == re.compile("a|b")
    off.save()  # nothing to write to: no error
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    stuck = Store(blocker / "sub")
    assert stuck.compile("a|b", re.I) == re.compile("a|b", re.I)
    stuck.save()  # the folder cannot be made: the run goes on, nothing written
    assert stuck.path is not None and not stuck.path.exists()
    monkeypatch.setenv("DOCCLEAN_CACHE_DIR", str(tmp_path / "here"))
    assert cache.default_dir() == tmp_path / "here"
    monkeypatch.delenv("DOCCLEAN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_dir() == tmp_path / "xdg" / "docclean"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert cache.default_dir() is None  # never a cache folder below whatever the cwd is


def test_the_file_is_per_interpreter(tmp_path, monkeypatch):
    a = Store(tmp_path).path
    monkeypatch.setattr(sys, "version", sys.version + " other build")
    assert Store(tmp_path).path != a


def test_parsed_data_is_kept_by_text_and_copied(tmp_path):
    calls: list[str] = []

    def parse(text: str) -> object:
        calls.append(text)
        return {"words": text.split(), "n": len(text)}

    store = Store(tmp_path)
    assert store.data("a b", parse) == {"words": ["a", "b"], "n": 3}
    store.save()
    again = Store(tmp_path)
    got = again.data("a b", parse)
    assert got == {"words": ["a", "b"], "n": 3} and calls == ["a b"]
    got["words"].append("changed")  # a caller's change does not reach the next caller
    assert again.data("a b", parse) == {"words": ["a", "b"], "n": 3}
    assert again.data("a c", parse)["words"] == ["a", "c"] and calls == ["a b", "a c"]


def test_data_marshal_cannot_write_is_parsed_each_time(tmp_path):
    calls = []

    def parse(text: str) -> object:
        calls.append(text)
        return {"date": datetime.date(2024, 1, 2)}

    store = Store(tmp_path)
    assert store.data("d", parse) == store.data("d", parse) == {"date": datetime.date(2024, 1, 2)}
    assert calls == ["d", "d"] and not store._dirty


def test_rule_packs_read_through_the_cache_equal_yaml(tmp_path, monkeypatch):
    """The shipped packs as the cache returns them (a miss, then a hit) are what PyYAML reads."""
    import yaml
    from docclean import rules

    monkeypatch.setattr(rules, "STORE", Store(tmp_path))
    for path in sorted(rules.default_rules_dir().rglob("*.yaml")):
        ref = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert rules._read(path) == ref
        rules.STORE.save()
        monkeypatch.setattr(rules, "STORE", Store(tmp_path))
        assert rules._read(path) == ref
