"""The web lexicon of `rules/web.yaml`, compiled: its words, labels and phrases, and the
phrase lookup that searches a line only with the phrases whose literals it holds.

`webui.py` judges a line's shape and kind with it (UI words, menus, banners, captions);
this module knows nothing of a line but its phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .cache import rx
from .errors import RulesError


@dataclass(frozen=True, slots=True)
class Phrase:
    id: str
    description: str
    strong: bool
    regex: re.Pattern[str]
    remove_examples: tuple[str, ...]
    keep_examples: tuple[str, ...]
    meta: bool = False  # the line is the page's metadata (a credit), its value for the front matter


@dataclass(frozen=True, slots=True)
class WebRules:
    """The compiled lexicon of `rules/web.yaml`."""

    ui_words: frozenset[str]
    label_kind: dict[str, str]  # label -> date / publisher / author / other
    phrases: tuple[Phrase, ...]
    captions: tuple[re.Pattern[str], ...]
    head_captions: tuple[re.Pattern[str], ...]
    related: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    site_words: tuple[str, ...]
    examples: tuple[tuple[str, str, bool], ...]  # (what, text, should match)
    issuer_words: tuple[str, ...] = ()
    places: frozenset[str] = frozenset()
    label_suffix_kind: tuple[tuple[str, str], ...] = ()  # (last word, kind), longest first
    site_talk: re.Pattern[str] | None = None  # how a page speaks of itself (`本站`, `点此`, `订阅`)
    person_labels: tuple[str, ...] = ()  # `联系人`: a notice's own contacts, never a footer's
    not_publish_dates: tuple[str, ...] = ()  # `引用日期`: a stamp that never gives `date:`
    title_decorations: tuple[str, ...] = ()  # `PPT课件`: what a doc site adds to a title
    strong_ids: frozenset[str] = frozenset()  # the phrases only a site writes (copyright, QR, login)
    paper_words: tuple[str, ...] = ()  # `日报`: how a newspaper's name ends
    mail_labels: frozenset[str] = frozenset()  # `发件人`, `Subject`: a mail client's header labels
    mail_senders: frozenset[str] = frozenset()  # `发件人`, `From`: the one every header block has
    mail_rule: re.Pattern[str] | None = None  # `-----原始邮件-----`: the line over a forwarded message
    event_words: tuple[str, ...] = ()  # `截止`, `开始`: a label by its last word that names the text's schedule
    scenes: tuple[re.Pattern[str], ...] = ()  # an unmarked photo caption's wording: alone, then in company
    no_values: frozenset[str] = frozenset()  # `未知`, `佚名`, `admin`: a field that names nobody


def load_web(path: Path, data: dict) -> WebRules:
    """Compile the lexicon; a malformed entry is a `RulesError` naming it."""
    try:
        ui = frozenset(w for words in data["ui_words"].values() for w in words)
        label_kind = {w.replace(" ", ""): kind for kind, words in data["labels"].items() for w in words}
        # Longest first, so `发布时间` wins over `时间`.
        phrases = tuple(Phrase(p["id"], p["description"], bool(p.get("strong")), rx.compile(p["pattern"]),
                               tuple(p["examples"]["remove"]), tuple(p["examples"]["keep"]), bool(p.get("meta")))
                        for p in data["phrases"])
        captions = tuple(rx.compile(c) for c in data["captions"])
        head_captions = tuple(rx.compile(c) for c in data.get("head_captions") or ())
        related = rx.compile(data["related"])
        breadcrumb = rx.compile(data["breadcrumb"])
        mail = data.get("mail") or {}
        examples: list[tuple[str, str, bool]] = []
        for key in ("caption", "related", "breadcrumb", "issuer", "scene"):
            ex = data.get(f"{key}_examples") or {"remove": (), "keep": ()}
            examples += [(key, t, True) for t in ex["remove"]] + [(key, t, False) for t in ex["keep"]]
        return WebRules(ui, label_kind, phrases, captions, head_captions, related, breadcrumb,
                        tuple(data["site_words"]), tuple(examples), tuple(data.get("issuer_words") or ()),
                        frozenset(data.get("places") or ()),
                        tuple(sorted(((w, kind) for kind, words in (data.get("label_suffixes") or {}).items()
                                      for w in words), key=lambda x: -len(x[0]))),
                        rx.compile("|".join(map(re.escape, data["site_talk"]))) if data.get("site_talk") else None,
                        tuple(data.get("person_labels") or ()), tuple(data.get("not_publish_dates") or ()),
                        tuple(data.get("title_decorations") or ()), frozenset(p.id for p in phrases if p.strong),
                        tuple(data.get("paper_words") or ()), frozenset(mail.get("labels") or ()),
                        frozenset(mail.get("senders") or ()), rx.compile(mail["rule"]) if mail.get("rule") else None,
                        tuple(data.get("event_words") or ()),
                        tuple(rx.compile(scenes[k]) for k in ("alone", "company"))
                        if (scenes := data.get("scenes")) else (),
                        frozenset(data.get("no_values") or ()))
    except (KeyError, TypeError, re.error) as exc:
        raise RulesError(path, f"web lexicon: {exc!r}") from exc


T = TypeVar("T")
MAX_LEXICONS = 8  # lexicons kept at once (the default, and a user's overlays)


def per_lexicon(cache: dict[int, tuple[WebRules, Any]], web: WebRules, build: Callable[[WebRules], T]) -> T:
    """`build(web)`, built once and kept by the lexicon's identity: a frozen `WebRules` holds no
    cache of its own, and a tool may load several lexicons (the entry keeps its lexicon alive, so
    its id is never another's)."""
    kept = cache.get(id(web))
    if kept is None or kept[0] is not web:
        if len(cache) >= MAX_LEXICONS:
            cache.clear()
        kept = cache[id(web)] = (web, build(web))
    return kept[1]


def phrase(text: str, web: WebRules, strong_only: bool) -> Phrase | None:
    t = per_lexicon(_STRONG_PHRASE_PROBES, web, _build_strong_tables) if strong_only else _phrase_tables(web)
    # the phrases that could match, in their order: a phrase whose literals the line lacks is
    # never searched (the same searches of the same phrases as testing each phrase in turn)
    held = [t.holders[lit] for c in set(t.starts.findall(text)) for lit in t.first[c] if lit in text]
    for i in sorted(set(t.unknown).union(*held)) if held else t.unknown:
        p = t.phrases[i]
        if (p.strong or not strong_only) and p.regex.search(text):
            return p
    return None


Needs = frozenset[str]


@dataclass(frozen=True, slots=True)
class PhraseTables:
    """The lexicon's phrases with what a line must hold for each to match."""

    phrases: tuple[Phrase, ...]
    needs: tuple[Needs | None, ...]  # literals one of which its matches hold (None: unknown; empty: never searched)
    first: dict[str, tuple[str, ...]]  # a character -> the literals that start with it
    holders: dict[str, tuple[int, ...]]  # a literal -> the phrases (positions) that need it
    unknown: tuple[int, ...]  # the phrases with no literal known: always searched
    starts: re.Pattern[str]  # one of `first`'s characters (a class scan finds them in a line, cheaper than its set)


def _phrase_tables(web: WebRules) -> PhraseTables:
    """Each phrase with the literals one of which its matches contain (`literals.required`;
    None: none known): a line lacking them all is not searched with the phrase (56 searches a
    line, some a repeat tried at every ideograph, were a fifth of the page pass). Which literals
    a line holds is found once for all phrases (its characters against the literals' first
    characters, then `in`), where a search per phrase for its own literals made ~50 searches a
    line. Kept by the lexicon's identity."""
    return per_lexicon(_PHRASE_PROBES, web, _build_phrase_tables)


def _build_phrase_tables(web: WebRules, strong_only: bool = False) -> PhraseTables:
    from .literals import required
    needs = [None if (n := required(p.regex.pattern)) is None else frozenset(n) for p in web.phrases]
    if strong_only:  # (the strong phrases alone: the only ones `phrase(strong_only=True)` searches)
        needs = [n if p.strong else frozenset() for p, n in zip(web.phrases, needs, strict=True)]
    first: dict[str, list[str]] = {}
    holders: dict[str, list[int]] = {}
    for i, n in enumerate(needs):
        for lit in sorted(n or ()):
            holders.setdefault(lit, []).append(i)
    for lit in holders:
        first.setdefault(lit[0], []).append(lit)
    return PhraseTables(tuple(web.phrases), tuple(needs), {c: tuple(v) for c, v in first.items()},
                        {k: tuple(v) for k, v in holders.items()},
                        tuple(i for i, n in enumerate(needs) if n is None),
                        re.compile("[" + "".join(map(re.escape, sorted(first))) + "]" if first else "(?!)"))


_PHRASE_PROBES: dict[int, tuple[WebRules, PhraseTables]] = {}
_STRONG_PHRASE_PROBES: dict[int, tuple[WebRules, PhraseTables]] = {}


def _build_strong_tables(web: WebRules) -> PhraseTables:
    return _build_phrase_tables(web, strong_only=True)
