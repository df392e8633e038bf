"""A forwarded e-mail's header block and signature (`page/mail.py`): what goes, and what stays."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")
HEADER = ["-----原始邮件-----", "发件人: 某某区政府办综合科 <zhk@example.gov.cn>", "发送时间: 2020年9月29日 17:56",
          "收件人: 各科室; 各街道办事处", "抄送: 某某某", "主题: 转发：关于做好春节期间工作的通知",
          "附件: 关于做好春节期间工作的通知.docx (164.9KB)"]


def body(md: str) -> str:
    return md.split("---\n")[-1]


def test_a_forwarded_mails_header_block_goes_and_its_sending_time_is_the_date() -> None:
    r = clean_text("\n".join([*HEADER, "关于做好春节期间工作的通知", "各乡镇人民政府：", P, P]))
    out = body(r.markdown)
    for gone in ("原始邮件", "发件人", "收件人", "抄送", "主题", "docx"):
        assert gone not in out, gone
    assert (r.meta.title, r.meta.date) == ("关于做好春节期间工作的通知", "2020-09-29")
    assert {x.rule for x in r.removals if "收件人" in x.text} == {"web.mail-header"}


def test_a_notices_own_fields_without_a_sender_are_no_mail_header() -> None:
    page = ["关于召开全县工作会议的通知", "各乡镇人民政府：", P, "会议主题：部署全年工作", "时间：2024年3月1日上午9时",
            "地点：县政府三楼会议室", "附件：参会回执", P]
    out = body(clean_text("\n".join(page)).markdown)
    for kept in ("会议主题：部署全年工作", "时间：2024年3月1日上午9时", "地点：县政府三楼会议室", "附件：参会回执"):
        assert kept in out, kept


def test_a_signature_under_the_dash_delimiter_goes_but_a_closing_office_and_date_stay() -> None:
    signed = clean_text("\n".join(["关于做好春节期间工作的通知", P, P, "某某县人民政府办公室", "2024年1月18日", "--",
                                   "张某某", "某某区人民政府办公室 综合科", "电话：0402-3552795",
                                   "本邮件及其附件可能含有工作秘密，仅供指定收件人使用。"]))
    out = body(signed.markdown)
    for gone in ("张某某", "综合科", "0402-3552795", "本邮件"):
        assert gone not in out, gone
    assert out.rstrip().endswith("某某县人民政府办公室\n\n2024年1月18日")
    plain = clean_text("\n".join(["关于做好春节期间工作的通知", P, P, "某某县人民政府办公室", "2024年1月18日"]))
    assert body(plain.markdown).rstrip().endswith("某某县人民政府办公室\n\n2024年1月18日") and not plain.removals
