"""Rule packs: the cleanup rules a user may change, loaded from YAML data in `rules/`.

The shipped defaults live in `rules/` (inside the wheel as `docclean/_rules`). A user's
`--rules DIR` is laid over them: a file with the same relative path replaces the
default, a new file adds a pack. Every rule carries examples of what it must remove and
what it must keep; `check_examples` runs them (the test suite does, for every pack).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .cache import STORE, rx
from .errors import RulesError
from .tables import chinese_number
from .weblexicon import WebRules, load_web
from .webui import check_web_examples

KINDS = ("line", "suffix", "inline")
ZONES = ("edge", "head", "tail", "any")


def default_rules_dir() -> Path:
    """The shipped rules: inside the installed package, or the repo's `rules/` in a checkout."""
    here = Path(__file__).resolve().parent
    for cand in (here / "_rules", here.parents[1] / "rules"):
        if (cand / "headings.yaml").is_file():
            return cand
    raise RulesError(here, "the default rule packs are missing from this installation")


@dataclass(frozen=True, slots=True)
class ChromeRule:
    """One chrome rule. `line` rules must match a whole line (or each padded piece of it)."""

    id: str
    description: str
    kind: str
    zone: str
    regex: re.Pattern[str]
    date: bool = False
    remove_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()
    @property
    def needs(self) -> tuple[str, ...] | None:
        """Strings one of which every match contains (None: unknown); worked out on first use."""
        return _needs(self.regex.pattern)

    def matches_line(self, text: str) -> bool:
        return self.regex.fullmatch(text) is not None

    def could_match(self, text: str) -> bool:
        """False when the text lacks every literal a match must contain (then no match). A
        literal's first character is looked for first: a one-character `in` is a fast C scan,
        a longer one reads a long line at ~1 ns a character."""
        needs = _needs(self.regex.pattern)
        return needs is None or any(n[:1] in text and n in text for n in needs)

    def search(self, text: str) -> re.Match[str] | None:
        """`regex.search`, skipped when the text lacks every literal a match must contain."""
        return self.regex.search(text) if self.could_match(text) else None


@lru_cache(maxsize=256)
def _needs(pattern: str) -> tuple[str, ...] | None:
    from .literals import required
    return required(pattern)


@dataclass(frozen=True, slots=True)
class HeadingRules:
    levels: tuple[tuple[int, re.Pattern[str]], ...]
    max_chars: int
    subtitle_suffixes: tuple[str, ...]
    salutation: re.Pattern[str]
    point_start: re.Pattern[str]
    examples: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Page numbers, running headers and footers of paginated documents (`rules/furniture.yaml`)."""

    page_number: re.Pattern[str]
    band: float
    min_pages: int
    min_share: float
    max_chars: int
    similarity: float
    remove_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()

    def is_page_number(self, text: str) -> bool:
        return self.page_number.fullmatch(text.strip()) is not None


@dataclass(frozen=True, slots=True)
class RuleSet:
    chrome: tuple[ChromeRule, ...]
    headings: HeadingRules
    dates: tuple[re.Pattern[str], ...]
    date_examples: tuple[tuple[str, str], ...]
    punctuation: dict[str, str]
    punct_examples: tuple[tuple[str, str], ...]
    furniture: FurnitureRules
    web: WebRules | None = None  # rules/web.yaml: the web-page lexicon of the page pass
    sources: tuple[Path, ...] = field(default=())
    _by_kind: dict[str, tuple[ChromeRule, ...]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def chrome_rules(self, kind: str) -> tuple[ChromeRule, ...]:
        """The chrome rules of one kind, in order (picked out once: every document asks)."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = tuple(r for r in self.chrome if r.kind == kind)
        return found


REQUIRED = ("headings.yaml", "metadata.yaml", "punctuation.yaml", "furniture.yaml")  # a rules folder must hold these
PACKS = (*REQUIRED, "web.yaml")  # + chrome/*.yaml


@contextmanager
def _pack(path: Path) -> Iterator[None]:
    """A malformed pack (a key missing, a list where a mapping belongs) is a RulesError naming the
    file, not an "internal error" from deep in the loader."""
    try:
        yield
    except KeyError as exc:
        raise RulesError(path, f"missing key {exc}") from exc
    except (TypeError, AttributeError, ValueError) as exc:
        raise RulesError(path, f"malformed rule file ({type(exc).__name__}: {exc})") from exc


def _read(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(path, f"cannot read rule file: {exc}".replace("\n", " ")) from exc
    except UnicodeDecodeError as exc:
        raise RulesError(path, f"a rule file must be UTF-8 text (byte {exc.start} is not)") from exc
    data = STORE.data(text, lambda t: _parse_yaml(path, t))  # kept between runs: no YAML import on a hit
    if not isinstance(data, dict):
        raise RulesError(path, "a rule file must be a YAML mapping")
    return data


def _parse_yaml(path: Path, text: str) -> object:
    import yaml  # 18 ms of start-up, paid only when a rule file is new to the cache

    try:
        # The C loader when PyYAML was built with libyaml (it nearly always is), else the Python one.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)  # libyaml: ~10x faster start
    except yaml.YAMLError as exc:
        raise RulesError(path, f"cannot read rule file: {exc}".replace("\n", " ")) from exc


def _compile(path: Path, what: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise RulesError(path, f"{what}: pattern must be a non-empty string")
    try:
        return rx.compile(pattern)
    except re.error as exc:
        raise RulesError(path, f"{what}: bad regex: {exc}") from exc


def _chrome_pack(path: Path) -> list[ChromeRule]:
    data = _read(path)
    rules = data.get("rules") or []
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise RulesError(path, "'rules' must be a list of rules, each a mapping (id, description, pattern, ...)")
    with _pack(path):
        return [_chrome_rule(path, i, r) for i, r in enumerate(rules)]


def _chrome_rule(path: Path, i: int, r: dict) -> ChromeRule:
    """One chrome rule, checked: every field a user may get wrong says which rule and why."""
    rid = r.get("id") or f"{path.stem}#{i}"
    kind, zone = r.get("kind", "line"), r.get("zone", "edge")
    if kind not in KINDS:
        raise RulesError(path, f"rule {rid}: kind must be one of {KINDS}")
    if zone not in ZONES:
        raise RulesError(path, f"rule {rid}: zone must be one of {ZONES}")
    if not r.get("description"):
        raise RulesError(path, f"rule {rid}: a description is required")
    ex = r.get("examples") or {}
    if not isinstance(ex, dict) or not ex.get("remove") or not ex.get("keep"):
        raise RulesError(path, f"rule {rid}: examples need both 'remove' and 'keep' entries")
    pattern = r.get("pattern")
    if kind == "suffix" and isinstance(pattern, str):
        pattern = f"(?:{pattern})\\s*$"  # a suffix rule only ever matches at the very end
    if not all(isinstance(e, list) and all(isinstance(x, str) for x in e) for e in (ex["remove"], ex["keep"])):
        raise RulesError(path, f"rule {rid}: examples' 'remove' and 'keep' must be lists of strings")
    return ChromeRule(rid, r["description"], kind, zone, _compile(path, rid, pattern),
                      bool(r.get("date")), tuple(ex["remove"]), tuple(ex["keep"]))


def _overlay(base: Path, extra: Path | None) -> dict[str, Path]:
    """Relative path -> file, the user's files replacing the defaults of the same name."""
    files = {str(p.relative_to(base)): p for p in base.rglob("*.yaml")}
    if extra is not None:
        if not extra.is_dir():
            raise RulesError(extra, "--rules must name a folder of rule packs")
        mine = {p.relative_to(extra).as_posix(): p for p in extra.rglob("*.yaml")}
        for rel, p in mine.items():  # a pack in the wrong place would be skipped without a word
            if rel not in PACKS and not (rel.startswith("chrome/") and rel.count("/") == 1):
                raise RulesError(p, f"not a rule pack docclean reads: chrome rules go in chrome/NAME.yaml, "
                                    f"the others are {', '.join(PACKS)}")
        files.update(mine)
    return dict(sorted(files.items()))


def load_rules(rules_dir: Path | None = None, verify: bool = True) -> RuleSet:
    """Load (and cache) the default rules with `rules_dir` laid over them.

    A user's packs load only when every rule's own examples pass: a rule that removes its
    `keep` example would remove real text (`.*` anywhere empties a document). `verify=False`
    is for `docclean rules check`, which lists the failures instead.
    """
    rules = _load(rules_dir)
    if verify and rules_dir is not None:
        bad = check_examples(rules)
        if bad:
            more = f" (and {len(bad) - 1} more; run 'docclean rules check {rules_dir}')" if len(bad) > 1 else ""
            raise RulesError(rules_dir, f"rule examples fail, the packs are not loaded: {bad[0]}{more}")
    return rules


@lru_cache(maxsize=8)
def _load(rules_dir: Path | None = None) -> RuleSet:
    files = _overlay(default_rules_dir(), rules_dir)
    chrome: list[ChromeRule] = []
    for rel, path in files.items():
        if rel.startswith("chrome/"):
            chrome.extend(_chrome_pack(path))
    ids = [r.id for r in chrome]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RulesError(rules_dir or default_rules_dir(), f"duplicate rule ids: {', '.join(sorted(dup))}")

    for need in REQUIRED:
        if need not in files:
            raise RulesError(rules_dir or default_rules_dir(), f"{need} is missing")
    hp, mp, pp = files["headings.yaml"], files["metadata.yaml"], files["punctuation.yaml"]
    with _pack(hp):
        h = _read(hp)
        levels = tuple((int(lv["level"]), _compile(hp, f"level {lv['level']}", "|".join(
            f"(?:{p})" for p in lv["patterns"]))) for lv in h["levels"])
        headings = HeadingRules(
            levels=levels,
            max_chars=int(h.get("max_chars", 60)),
            subtitle_suffixes=tuple(h.get("subtitle_suffixes") or ()),
            salutation=_compile(hp, "salutations", "|".join(f"(?:{p})" for p in h["salutations"])),
            point_start=_compile(hp, "point_starts", "|".join(f"(?:{p})" for p in h["point_starts"])),
            examples=tuple((e["text"], int(e["level"])) for e in h.get("examples") or ()),
        )
    with _pack(mp):
        m = _read(mp)
        dates = tuple(_compile(mp, "dates", d) for d in m["dates"])
        date_examples = tuple((e["text"], e["date"]) for e in m.get("examples") or ())
    with _pack(pp):
        p = _read(pp)
        punctuation = dict(p["halfwidth_to_fullwidth"])
        punct_examples = tuple((e["text"], e["fixed"]) for e in p.get("examples") or ())
    return RuleSet(
        chrome=tuple(chrome),
        headings=headings,
        dates=dates,
        date_examples=date_examples,
        punctuation=punctuation,
        punct_examples=punct_examples,
        furniture=_furniture(files["furniture.yaml"]),
        web=load_web(files["web.yaml"], _read(files["web.yaml"])) if "web.yaml" in files else None,
        sources=tuple(files.values()),
    )


def _furniture(path: Path) -> FurnitureRules:
    f = _read(path)
    with _pack(path):
        ex = f.get("examples") or {}
        return FurnitureRules(
            page_number=_compile(path, "page_numbers", "|".join(f"(?:{p})" for p in f["page_numbers"])),
            band=float(f.get("band", 0.14)), min_pages=int(f.get("min_pages", 2)),
            min_share=float(f.get("min_share", 0.4)), max_chars=int(f.get("max_chars", 40)),
            similarity=float(f.get("similarity", 90)),
            remove_examples=tuple(ex.get("remove") or ()), keep_examples=tuple(ex.get("keep") or ()))


MINGUO_OFFSET = 1911


RE_BARE_DATE = rx.compile(r"[\d\s年月日/.:\-]+")  # `2014-09-28`: a date with no word of its own


def other_date(label: str, line: str, rules: RuleSet) -> bool:
    """`注册时间` / `2010-2-9`: a bare date under a label alone on the line above that names
    another date than the text's (`not_publish_dates` in rules/web.yaml): it dates nothing."""
    return rules.web is not None and label.strip() in rules.web.not_publish_dates \
        and RE_BARE_DATE.fullmatch(line.strip()) is not None


CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


# `五` 5, `十二` 12, `二十六` 26: a month or a day in Chinese numerals, as Word's numbering writes them
CN_MONTH_DAY = {chinese_number(n): n for n in range(1, 32)}


def find_date(text: str, rules: RuleSet) -> str | None:
    """The first date the metadata patterns find in `text`, as YYYY-MM-DD."""
    for pattern in rules.dates:
        m = pattern.search(text)
        if m:
            g = m.groupdict()
            if g.get("cy"):  # `二〇一五年五月二十六日`: a year digit by digit, month and day as numbers
                y = int(g["cy"].translate(CN_YEAR_DIGITS))
                mo, d = CN_MONTH_DAY.get(g["cm"], 0), CN_MONTH_DAY.get(g["cd"], 0)
            else:
                y = int(g["y"]) if g.get("y") else int(g["roc"]) + MINGUO_OFFSET  # `民國113年` is 2024
                mo, d = int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def check_examples(rules: RuleSet) -> list[str]:
    """Run every chrome rule's examples; return one message per failing example."""
    bad = []
    for r in rules.chrome:
        for ex in r.remove_examples:
            hit = r.matches_line(ex.strip()) if r.kind == "line" else r.regex.search(ex) is not None
            if not hit:
                bad.append(f"{r.id}: should remove {ex!r}")
        for ex in r.keep_examples:
            hit = r.matches_line(ex.strip()) if r.kind == "line" else r.regex.search(ex) is not None
            if hit:
                bad.append(f"{r.id}: should keep {ex!r}")
    fr = rules.furniture
    bad += [f"furniture: should take {ex!r} for a page number" for ex in fr.remove_examples
            if not fr.is_page_number(ex)]
    bad += [f"furniture: should keep {ex!r}" for ex in fr.keep_examples if fr.is_page_number(ex)]
    for text, date in rules.date_examples:
        if find_date(text, rules) != date:
            bad.append(f"metadata: {text!r} should give {date}")
    if rules.web is not None:
        bad += check_web_examples(rules.web)
    return bad
