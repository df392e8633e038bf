"""Between the title and the text (`page/titleblock.py`): a bar's items hemmed in by furniture."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]


def test_a_bars_items_one_a_line_between_the_pages_furniture_go() -> None:
    out = body("某某网", "关于做好某项工作的通知", "原创", "马晓丽", "机关文稿", "发表于河南", "收录于合集：#讲话稿",
               "136个", "点击上方蓝字关注我们，每天分享实用材料", P, P)
    assert "机关文稿" not in out and "发表于河南" not in out and "136个" not in out and "马晓丽" not in out


def test_a_speaker_a_byline_and_a_subtitle_between_furniture_stay() -> None:
    out = body("某某网", "2026年某某省政府工作报告", "来源：某某日报", "时间：2026-02-24", "毛伟明",
               "2月3日，大会开幕。省长毛伟明作政府工作报告。某某日报记者 刘尚文 摄", "各位代表：", P, P)
    assert "毛伟明\n" in out
    byline = body("某某网", "2026年某某市政府工作报告", "来源：某某日报", "北京市市长 殷勇", "时间：2026-02-02", P, P)
    assert "殷勇" in byline
    slogan = body("某某网", "某某讲话", "来源：某某日报", "立足新起点 奋进新征程", "时间：2026-02-02", P, P)
    assert "立足新起点" in slogan


def test_a_date_over_a_papers_name_over_a_toolbar_is_the_stamp() -> None:
    r = clean_text("\n".join(["全区动员会发言稿-图说桐江-桐江区人民政府", "首页 » 桐江动态 » 图说桐江", "全区动员会发言稿",
                              "2017年06月26日", "湘江晚报", "语音播报", "同志们：", P, P]))
    assert r.meta.date == "2017-06-26" and "2017年06月26日" not in r.markdown.split("---\n")[-1]


def test_a_line_of_verse_under_the_title_stays_when_the_stamp_under_it_names_the_author() -> None:
    out = clean_text("\n".join(["在全县优化营商环境工作会议上的讲话稿_某某美文网", "某某美文网", "首页 散文 诗歌 随笔",
                                "在全县优化营商环境工作会议上的讲话稿", "一程山水一程歌",
                                "作者：周丽华 来源：原创投稿 阅读：68099次 2018-05-24", P, P])).markdown
    assert "一程山水一程歌" in out
    # a self-media author's name over the account's counts is the author block
    blog = clean_text("\n".join(["某某话题讨论", "某某某", "1万人赞同了该文章", P, P])).markdown
    assert "某某某" not in blog.split("---\n")[-1]


def test_tags_under_their_hash_marks_between_the_stamp_and_the_share_bar_go() -> None:
    out = body("某某网", "嫦娥五号为什么是中国航天史上最复杂任务", "2020-11-23 10:22:14 出处：某某网 作者：宪瑞",
               "评论", "(", "18", ")", "#", "天文航天", "#", "月球", "QQ好友", "微博", "复制链接", P, P)
    assert "天文航天" not in out and "月球" not in out and "\n#\n" not in out
    # the speaker's name alone between the stamp and a caption has no hash mark over it: it stays
    kept = body("某某网", "2026年某某省政府工作报告", "来源：某某日报", "时间：2026-02-24", "毛伟明",
                "2月3日，大会开幕。省长毛伟明作政府工作报告。某某日报记者 刘尚文 摄", "各位代表：", P, P)
    assert "毛伟明\n" in kept


def test_a_date_alone_under_the_title_is_its_publish_date_a_delivery_or_header_date_stays() -> None:
    for line, iso in (("2015年5月26日", "2015-05-26"), ("二零一五年五月二十六日", "2015-05-26"),
                      ("二〇二四年十二月三十一日", "2024-12-31"), ("二零二四年五月二十六日（星期日）", "2024-05-26")):
        r = clean_text("\n".join(["主页 >> 新闻公报", "所有卫生署诊所恢复正常服务", line, P, P]))
        assert r.meta.date == iso and line not in r.markdown.split("---\n")[-1], line
    for head in (("在庆祝大会上的讲话", "（2022年7月1日）"), ("关于做好某项工作的通知", "北京市经济和信息化局", "2022年11月21日")):
        r = clean_text("\n".join(["主页 >> 通知公告", *head, P, P]))
        assert head[-1] in r.markdown.split("---\n")[-1] and r.meta.date is None, head


def test_a_collections_piece_heading_under_the_stock_intro_stays_a_bar_of_buttons_goes() -> None:
    intro = "五四青年节源于中国1919年的五四运动。下面是小编精心整理的五四青年节演讲稿范文，欢迎阅读与收藏。"
    r = clean_text("\n".join(["五四青年节来历演讲稿(经典九篇)。", intro, "", "五四青年节来历演讲稿 篇1", "亲爱的朋友们:", P, P]))
    assert "五四青年节来历演讲稿篇1" in r.markdown.replace(" ", "")
    bar = clean_text("\n".join(["关于做好春节期间工作的通知", "2024-01-18 10:20 来源：某某日报", "沉浸阅读 护眼 长图模式", P, P]))
    assert "沉浸阅读" not in bar.markdown


def test_a_programmers_numbered_section_under_the_stamp_stays_a_bar_goes() -> None:
    """`0x00 前言` is a section heading (a hex section number), not a bar's items."""
    out = body("某某论坛", "某某播放器逆向分析", "[复制链接]", "某某 发表于 2022-11-14 23:07", "0x00 前言", P, P)
    assert "前言" in out  # (the spacing pass writes it `0x00前言`)
    bar = body("某某论坛", "某某播放器逆向分析", "[复制链接]", "某某 发表于 2022-11-14 23:07", "县域号 立即打开", P, P)
    assert "立即打开" not in bar


def test_a_minguo_date_alone_under_the_title_is_its_stamp() -> None:
    r = clean_text("\n".join(["主页 >> 最新消息", "本校举办校庆运动会", "民国113年3月5日", P, P]))
    assert r.meta.date == "2024-03-05" and "民国113年3月5日" not in r.markdown.split("---\n")[-1]
