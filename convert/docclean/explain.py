"""Why a rule removes what it removes, in one line for humans: the `-v` legend and the
`why` of each rule in `--report`. Rule packs and the web lexicon's phrases carry their own
descriptions (data); the page pass's structural rules and the other built-in ids are
described here."""

from __future__ import annotations

from .rules import RuleSet

BUILT_IN = {
    "web.ui": "a line made only of menu, toolbar or share-button words (and counts, dates)",
    "web.fields": "a `label：value` line of the page (publish time, source, author, counts, index fields)",
    "web.injected-link": "a keyword link a spam page injected between the words of a paragraph",
    "web.markup": "a line of markup only: tags a spam page or a broken scrape left, with no text in them",
    "web.notice-list": "a site's notice (`【下载声明】`, `友情提示`) over a numbered list that speaks of the site",
    "web.summary-box": "a site's summary box over the text that the text repeats (`摘要：…`)",
    "web.image-name": "an image's file name shown where the image stood (`截屏2022-11-15 下午1.25.57.jpg`)",
    "web.stamp": "a bare publish stamp (a date with a time), outside the text",
    "web.mail-header": "a forwarded e-mail's header block (sender, recipients, subject) or the rule line above it",
    "web.mail-signature": "an e-mail's signature: the lines under its `--` delimiter at the end",
    "web.title-bar": "a bar of short tokens between the title and the text, next to the page's furniture",
    "web.menu": "a menu bar: short items with menu separators or menu words",
    "web.menu-item": "an item of a menu the page rendered one per line, above the title",
    "web.breadcrumb": "a breadcrumb (`当前位置：首页 > …`)",
    "web.banner": "a site banner: the site's name with its slogan",
    "web.site-name": "the site's name on a line of its own above the text",
    "web.issuer": "the issuing office or the poster's place, alone on the line after the publish stamp",
    "web.book-credit": "a chapter page's book credit (`书名 / 作者 著`) under the title",
    "web.lost-glyphs": "a line of replacement characters only (an emoji separator the encoding lost)",
    "web.recurring": "a line the page's foot repeats three times or more (a hot list or carousel rendered per tab)",
    "web.teaser": "a teaser or date between the headlines of a list below the text",
    "web.site-header": "a short line of the site's header above the furniture over the title",
    "web.site-promo": "a site's own line giving its web address",
    "web.bar-item": "a short bare line between the title and the text, hemmed in by furniture: the rest of its bar",
    "web.column": "a column name above the title: between two lines of furniture, or named by the title's suffix",
    "web.end-mark": "an end mark under the text (`（完）`, `- THE END -`)",
    "web.caption": "a photo caption or credit (`…记者 某某 摄`)",
    "web.scene-caption": "an unmarked photo caption (`培训会现场`): a short line naming a scene, between paragraphs",
    "web.related": "a related-links header (`相关报道：`, `推荐阅读`)",
    "web.related-link": "a link under a related-links header at the foot of the page",
    "web.link-list": "a list of bulleted or dated article links at the foot of the page",
    "web.repeat": "a copy of the title or of the text's opening, below the text (a share snippet)",
    "web.comments": "a comment thread below the text (its header and the posts, which carry stamps)",
    "web.notice": "a paragraph outside the text that speaks of the site, its rights or its users",
    "web.context": "a short line with page furniture on both sides, above the title or below the text",
    "web.page-counter": "a page counter of a document preview (`第 2 页 / 共 12 页`)",
    "web.byline": "a news byline (`文／记者 某某`, `本报记者 某某`); the name goes to `author`",
    "web.author-block": "a self-media author's name and badge above the account's stamp or counts",
    "web.footer": "a short line of the page footer, below the first line of furniture under the text",
    "web.tail-residue": "a short line between two lines of furniture below the text",
    "web.toc": "an encyclopedia's contents box above the text, one cell a line (`目录` / `1` / `正文`)",
    "web.shape": "no words at all: separators, a URL, a hash id, a clock time",
    "web.section-label": "a site's section label glued before a chapter heading (`正文 第一回`)",
    "web.title-label": "the field name in front of a record's title (`【 标  题 】`)",
    "title.duplicate": "a second copy of the title (the page title, a repeated heading)",
    "title.site-suffix": "the site's name (and column) after the title (`标题_栏目_某某网`)",
    "title.file-extension": "a document site's file extension on the title (`….doc`)",
    "title.preview-page": "a document site's preview page number on the title (`…_第1页`)",
    "title.jammer": "a forum engine's anti-copy jammer glued to a thread's title (`标题+ O2 W- O: E/`)",
    "title.thread-type": "a board's thread type or badge set apart around its title (`[转贴] 标题 [推广有奖]`)",
    "title.full-stop": "a full stop a content site put after its headline (`标题。`)",
    "title.ui-tail": "a button's label the scrape glued after the headline (`标题 二维码`, `标题分享到:`)",
    "title.doc-number": "an official document's number before its title in 《》 (`京政办发〔2016〕26号《…的通知》`)",
    "title.kicker": "a series' or column's short name before a bar, shown on one copy only (`微课堂| 标题`)",
    "title.column-tag": "a platform's type glued before the headline, shown on one copy only (`[临时公告]标题`)",
    "title.media-tag": "a news site's note that pictures come with the text, on one copy only (`标题（多图）`)",
    "chrome.banner-residue": "a short label between two banner lines",
    "decode:invalid-bytes": "bytes no candidate encoding could read",
    "decode:nul-bytes": "NUL bytes inside text (a damaged or padded file)",
}


def explain(rule: str, rules: RuleSet) -> str:
    """One line saying why `rule` removes text."""
    if rule.startswith("learned:"):
        return "recurs at the top or foot of many documents of this corpus run (learned chrome)"
    if rule.startswith("records.field:"):
        return "a record's own field in a record dump (its address, id or date), not its text"
    if rule.startswith("furniture."):
        return "page furniture of a paginated document (running header or footer, page number)"
    pack = next((r for r in rules.chrome if r.id == rule), None)
    if pack is not None:
        return pack.description
    words = next((p for p in rules.web.phrases if p.id == rule), None) if rules.web else None
    if words is not None:
        return words.description
    return BUILT_IN.get(rule, rule)
