"""A thread's posts are its text (`page/threads.py`): forum replies and a question's answers stay;
readers' comments under an article, and the posters' names between posts, go."""

from __future__ import annotations

from docclean import clean_text

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def body(*lines: str) -> str:
    return clean_text("\n".join(lines)).markdown.split("---\n")[-1]


def post(name: str, floor: str, stamp: str, *text: str) -> tuple[str, ...]:
    return (name, floor, "大", "中", "小", f"发表于 {stamp}", "只看该作者", *text, "引用", "回复", "TOP")


def test_a_forums_one_line_replies_stay_its_posters_names_go() -> None:
    out = body("上海市决心杜绝睡衣族上街现象 - 新闻社 - 某某论坛",
               *post("姑娘", "1楼", "2008-12-13 18:07", "上海市决心杜绝睡衣族上街现象", P, P),
               *post("麒不麟", "2楼", "2008-12-13 21:45", "我想起了某公司的睡衣女公关"),
               *post("路人甲", "3楼", "2008-12-14 10:30", "其实限制一下睡衣款式更好", "露的太少的不许上"),
               *post("快乐流浪汉", "4楼", "2008-12-15 10:22", "[", "本帖最后由 某某 于 2009-10-30 10:22 编辑", "]",
                     "八十年代初，还有纠察上街检查喇叭裤的"),
               "Powered by Discuz! © 2001-2009")
    assert "我想起了某公司的睡衣女公关" in out and "其实限制一下睡衣款式更好" in out and "露的太少的不许上" in out
    assert "麒不麟" not in out and "路人甲" not in out
    assert "本帖最后由" not in out and "\n[\n" not in out and "纠察上街检查喇叭裤" in out


def test_a_questions_answers_are_given_back_where_the_foot_took_them() -> None:
    from docclean.model import Block, Kind
    from docclean.page.lines import Group
    from docclean.page.threads import thread_posts
    from docclean.rules import load_rules

    web = load_rules().web
    assert web is not None
    marked = [("网站索引掉得厉害有什么办法？", None), ("2 个回答", "web.qa-bar"), ("十二月的纸", "web.tail-residue"),
              ("#1", "web.forum-floor"), ("1、最近好多网站索引都在下降，可能是算法更新", "web.footer"),
              ("2、如果你的站点没有过度优化，可以去反馈一下", "web.footer"), ("2天前 | 回复 | 暂无评论 | 举报", "web.menu"),
              ("小小蚂蚁", "web.tail-residue"), ("#2", "web.forum-floor"), ("大家淡定 保持更新 慢慢会好的", "web.tail-residue"),
              ("2天前 | 回复 | 暂无评论 | 举报", "web.menu"), ("CopyRight@2020 某某问答 版权所有", "web.copyright")]
    groups = [Group([Block(Kind.LINE, t)]) for t, _ in marked]
    for g, (_, rule) in zip(groups, marked, strict=True):
        if rule:
            g.mark(rule)
    assert thread_posts(groups, 0, web) == 3
    assert [g.rule for g in groups[4:6]] == [None, None] and groups[9].rule is None
    assert groups[2].rule == "web.tail-residue" and groups[7].rule == "web.tail-residue"  # the answerers' names
    assert groups[6].rule == "web.menu" and groups[11].rule == "web.copyright"


def test_readers_comments_with_floors_under_an_article_still_go() -> None:
    out = body("关于做好某项工作的通知", P, P, P, "网友评论", "张三", "1楼", "发表于 2024-03-05 10:21", "写得好",
               "回复", "李四", "2楼", "发表于 2024-03-05 11:02", "支持一下", "回复", "Copyright © 2019 某某网")
    assert "写得好" not in out and "支持一下" not in out


def test_a_posters_card_is_no_comment_thread_and_its_dates_are_not_the_posts() -> None:
    r = clean_text("\n".join(("找回密码", "立即注册", "QQ登录", "只需一步,快速开始", "查看: 2510|回复: 1",
                              "[转贴] 交错的产生与解除之制作分析", "[复制链接]", "主题", "506", "回帖", "436", "注册时间",
                              "2010-2-9", "最后登录", "2019-1-16", "发表于 2012-5-5 04:33:46 | 显示全部楼层 |阅读模式",
                              "第一部分——交错的产生。引用了相当多网友的分析与结论，恕我不能依次注明。", P, P)))
    out = r.markdown.split("---\n")[-1]
    assert "引用了相当多网友的分析与结论" in out and P in out  # `回帖` / `436` is a statistic, not the thread's header
    assert r.meta.date == "2012-05-05"  # not the poster's `注册时间`
    assert "QQ登录" not in out and "只需一步" not in out


def test_a_posters_card_of_labels_and_counts_over_the_post_goes() -> None:
    out = body("声律札记", "1493", "主题", "2万", "帖子", "7万", "积分", "首席版主", "发表于 2012-5-5 04:33:46",
               "声律是诗词的根本。前人论之甚详，今择其要者，略作札记如下，供同好参考。", P, P)
    assert "帖子" not in out and "积分" not in out and "前人论之甚详" in out
