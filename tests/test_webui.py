"""The web-page lexicon's judges: each must recognise what it names and leave prose alone."""

from __future__ import annotations

import pytest
from docclean import webui as w
from docclean.rules import load_rules

WEB = load_rules().web
assert WEB is not None


@pytest.mark.parametrize("line", ["下载 打印 全屏 收藏", "【字体： 大 中 小 】", "【打印本页】 【关闭窗口】",
                                  "首页 上一页 1 2 3 下一页 尾页", "2026年11月19日 星期四 设为首页 | 加入收藏",
                                  "分享到： 微信 微博 QQ空间", "赞(12) 在看 转发"])
def test_ui_only_lines(line: str) -> None:
    assert w.is_ui_only(line, WEB)


@pytest.mark.parametrize("line", ["下载文档后请仔细阅读。", "大中小企业都要参与", "1 2 3", "首页设计要简洁，突出重点。",
                                  "打印机采购项目"])
def test_prose_and_words_are_not_ui(line: str) -> None:
    assert not w.is_ui_only(line, WEB)


def test_fields_take_a_line_apart() -> None:
    f = w.fields("发布时间：2015-06-15 16:26    来源：某某日报    作者：张三    阅读：5855次", WEB)
    assert f is not None
    assert (f.get("date"), f.get("publisher"), f.get("author")) == ("2015-06-15 16:26", "某某日报", "张三")
    spaced = w.fields("来 源：某某网  编 辑：李四", WEB)
    assert spaced is not None and spaced.get("publisher") == "某某网" and spaced.get("author") == "李四"
    bracketed = w.fields("【发布日期】2024.08.18", WEB)
    assert bracketed is not None and bracketed.get("date") == "2024.08.18"
    assert w.fields("（责任编辑：王五）", WEB) is not None


@pytest.mark.parametrize("line", ["时间就是生命，效率就是金钱。", "来源于群众，服务于群众。", "会议时间：2024年3月1日上午，请大家准时参加。",
                                  "联系人：张三 电话：12345678", "作者简介"])
def test_sentences_and_unknown_labels_are_no_fields(line: str) -> None:
    assert w.fields(line, WEB) is None


@pytest.mark.parametrize("line", ["首页 | 党建要闻 | 理论学习 | 支部工作", "新闻 · 时政 · 财经 · 评论 · 视频",
                                  "公众号文章精选 首页 热门公众号 文章分类 搜索", "登录 注册 客户端下载 退出"])
def test_menus(line: str) -> None:
    assert w.is_menu(line, WEB)


@pytest.mark.parametrize("line", ["正文 第一回 宴桃园豪杰三结义 斩黄巾英雄首立功", "【 标  题 】第三条道路：一种大胆的“政治嫁接”",
                                  "坚持稳中求进，推动高质量发展。", "一、总体要求", "省长 施小琳"])
def test_headings_titles_and_sentences_are_no_menus(line: str) -> None:
    assert not w.is_menu(line, WEB)


@pytest.mark.parametrize("line", ["当前位置：首页 > 范文大全 > 工作报告 > 正文", "首页 » 新闻中心 » 本地要闻",
                                  "东海网 > 东海要闻 > 正文", "您的位置： 首页 > 云南要闻"])
def test_breadcrumbs(line: str) -> None:
    assert w.is_breadcrumb(line, WEB)


@pytest.mark.parametrize("line", ["位置优越，交通便利。", "收入 > 支出", "第一步 > 第二步的说明文字很长很长很长很长很长很长"])
def test_comparisons_are_no_breadcrumbs(line: str) -> None:
    assert not w.is_breadcrumb(line, WEB)


def test_banners_and_site_names() -> None:
    assert w.is_banner("笔杆子范文网 | 机关写作一站式素材库", WEB)
    assert w.is_banner("先锋党建网 学习强党 实干兴邦", WEB)
    assert not w.is_banner("坚持党的领导 | 推动高质量发展。", WEB)
    assert w.is_site_name("某某省人民政府门户网站", WEB)
    assert not w.is_site_name("要织密社会保障网。", WEB)


@pytest.mark.parametrize(("title", "want"), [
    ("在全县工作会议上的讲话_理论学习_先锋党建网", "在全县工作会议上的讲话"),
    ("在全县工作会议上的讲话 - 职场杂谈 - 红枫论坛 - Powered by Discuz!", "在全县工作会议上的讲话"),
    ("关于做好春节工作的通知-某某省人民政府", "关于做好春节工作的通知"),
    ("2026年政府工作报告｜某某网", "2026年政府工作报告"),
])
def test_site_suffixes_are_cut(title: str, want: str) -> None:
    cut = w.split_site_suffix(title, WEB)
    assert cut is not None and cut[0] == want and title == cut[0] + cut[1]


@pytest.mark.parametrize("title", ["拉萨—山南段公路建设情况", "关于A-B线路的通知", "“十四五”规划纲要", "中国—东盟博览会"])
def test_titles_without_a_site_keep_their_dashes(title: str) -> None:
    assert w.split_site_suffix(title, WEB) is None


def test_a_suffix_the_page_names_elsewhere_is_a_site() -> None:
    assert w.split_site_suffix("在县政府全体会议上的讲话 - 文档汇", WEB) is None
    assert w.split_site_suffix("在县政府全体会议上的讲话 - 文档汇", WEB, ("文档汇",)) is not None


def test_captions_and_related_headers() -> None:
    assert w.is_caption("省长作政府工作报告。本报记者 某某摄", WEB)
    assert w.is_caption("（宁夏日报记者 王鼎 摄）", WEB)
    assert not w.is_caption("记者从会上获悉，全省粮食产量创新高。", WEB)
    assert w.is_head_caption("张工作政府工作报告。", WEB)
    assert not w.is_head_caption("现在开会。", WEB)
    assert w.is_related_header("相关报道：", WEB) and w.is_related_header("推荐阅读", WEB)
    assert not w.is_related_header("相关部门要加强协调。", WEB)


def test_stamp_lines_and_prose() -> None:
    assert w.is_stamp_line("原创 某某 机关文稿 2021-10-12 07:24 发表于河南")
    assert not w.is_stamp_line("2021-10-12，全市召开大会，部署工作。")
    assert w.is_stamp_line("2026年第29期") and w.is_stamp_line("某某学报 2024年第3卷第2期")
    assert not w.is_stamp_line("第二期培训班圆满结束") and not w.is_stamp_line("2024年第3期培训班在市委党校举办，共培训干部120名。")
    assert w.is_prose("现在，我代表省人民政府，向大会报告工作，请予审议。")
    assert not w.is_prose("一、2025年工作回顾")


def test_the_lexicon_examples_hold() -> None:
    assert w.check_web_examples(WEB) == []


def test_a_keyword_list_is_a_field_a_clause_list_is_not() -> None:
    f = w.fields("关键词：政府治理；基层治理；高质量发展；", WEB)
    assert f is not None and f.values[0][0] == "other"
    assert w.fields("关键词：要坚持问题导向，抓好落实；要强化责任担当。", WEB) is None


def test_issuers_and_places() -> None:
    assert w.is_issuer("新闻局", WEB) and w.is_issuer("区政府办公室", WEB) and w.is_issuer("广东", WEB)
    assert not w.is_issuer("局", WEB) and not w.is_issuer("前言", WEB) and not w.is_issuer("要发挥政府作用。", WEB)


def test_a_doi_is_shape_an_ascii_dot_word_in_a_title_is_no_address() -> None:
    assert w.is_shape_chrome("10.181/j.cnki.jc.2024.34") and w.is_shape_chrome("www.example.com")
    assert not w.is_shape_chrome("关于推广使用.NET框架的通知") and not w.is_shape_chrome("1234567")


def test_a_field_among_buttons_is_ui_and_an_original_headline_is_a_field_however_long() -> None:
    assert w.is_ui_only("职场人生版 [本篇作者:某某] [进入讨论区] [返回顶部]", WEB)
    assert not w.is_ui_only("职场人生 作者说 进入讨论", WEB)
    long_title = "原标题：2021年在全市市县人大常委会办公室主任学习会讲话稿和在全县优化营商环境工作会议讲话稿合编"
    assert w.fields(long_title, WEB) is not None
    assert w.fields("来源：" + "某" * 60, WEB) is None


def test_an_unlisted_label_is_read_by_its_last_word_outside_a_sentence() -> None:
    f = w.fields("稿件作者：张三 发文时间：2024-03-05", WEB)
    assert f is not None and f.get("author") == "张三" and f.get("date") == "2024-03-05"
    assert w.fields("要加强数据来源：管理", WEB) is None
    assert w.is_dated_bar("2014年02月04日 作者 某某 分类 写作 75 条评论")
    assert not w.is_dated_bar("某某市人民政府 2024年3月5日") and not w.is_dated_bar("2024年3月5日，全市召开大会，部署工作。")
