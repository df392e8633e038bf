"""An e-mail forwarded or quoted into a page: the mail client's header block (`-----原始邮件-----`,
`发件人: … <…>`, `发送时间: …`, `收件人: …`, `主题: …`) and the sender's signature under the
`--` line (RFC 3676's signature delimiter). The client's words are data (`mail` in
`rules/web.yaml`); what is here is only where they stand."""

from __future__ import annotations

from ..cache import rx
from ..model import Reason
from ..weblexicon import WebRules
from .lines import Group

MIN_MAIL_FIELDS = 3  # a sender and two more: `发件人` / `发送时间` / `收件人`, never one label alone
MAX_SIGNATURE_LINES = 8  # a signature is a name, an office, a phone or two and a notice
MAX_SIGNATURE_LINE = 120
RE_LABEL_OPEN = rx.compile(r"\s*([^:：\s]{1,12})\s*[:：]")  # a line's opening `label:`
RE_SIG_DELIMITER = rx.compile(r"--\s?")  # `-- ` in plain text (a `——` may open a text's own last line)


def mail_label(text: str, web: WebRules) -> str | None:
    """The mail client's label a line opens with (`发件人: …`, `Subject: …`), if any."""
    m = RE_LABEL_OPEN.match(text)
    return m.group(1) if m and m.group(1) in web.mail_labels else None


def mail_headers(groups: list[Group], web: WebRules) -> None:
    """Runs of three or more mail header lines, one of them the sender's, and the rule line above
    them: the client's, not the text's. The sending time is the page's date (metadata)."""
    i = 0
    while i < len(groups):
        j = i
        while j < len(groups) and mail_label(groups[j].text, web) is not None:
            j += 1
        run = groups[i:j]
        if len(run) >= MIN_MAIL_FIELDS and any(mail_label(g.text, web) in web.mail_senders for g in run):
            if i > 0 and web.mail_rule is not None and web.mail_rule.fullmatch(groups[i - 1].text.strip()):
                groups[i - 1].mark("web.mail-header")
            for g in run:
                f = g.fields(web)
                if f is not None and f.get("date"):
                    g.mark("web.fields", Reason.METADATA)
                else:
                    g.mark("web.mail-header")
        i = max(j, i + 1)


def mail_signature(groups: list[Group]) -> None:
    """A `--` line among the page's last lines, with only short lines under it: the sender's
    signature (name, office, phone, a confidentiality notice), not the text."""
    last = groups[-MAX_SIGNATURE_LINES - 1:]
    k = next((i for i in range(len(last) - 2, -1, -1) if RE_SIG_DELIMITER.fullmatch(last[i].text.strip())), None)
    if k is None or any(len(g.text.strip()) > MAX_SIGNATURE_LINE for g in last[k + 1:]):
        return
    for g in last[k:]:
        g.mark("web.mail-signature")
