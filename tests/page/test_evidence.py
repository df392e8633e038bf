"""Where the text is (`page/evidence.py`): strong evidence anywhere on the page, and the body span."""

from __future__ import annotations

from docclean import clean_text
from docclean.page.lines import RE_IMAGE_NAME, is_code

P = ("过去一年，面对复杂严峻的形势，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，"
     "主要指标好于预期，民生福祉持续增进，社会大局和谐稳定，各项事业取得新的进展。")


def test_an_images_file_name_is_a_figures_stand_in_an_instruction_naming_a_file_is_text() -> None:
    for name in ("截屏2022-11-15 下午1.25.57.jpg", "IMG_2034.JPG (86.2 KB, 下载次数: 0)", "image.png", "微信图片_20221115.jpg",
                 "image", "[图片]"):
        assert RE_IMAGE_NAME.fullmatch(name), name
    for text in ("请将照片命名为姓名.jpg", "头像.png", "我们拍了很多照片，见附图1.jpg", "图片很美", "imagine"):
        assert not RE_IMAGE_NAME.fullmatch(text), text


def test_the_text_goes_on_past_image_names_and_they_go() -> None:
    """A forum post shows its screenshots as file names: they go, and the short lines of the
    post between and under them stay (two file names in a row once ended the text there)."""
    res = clean_text("\n".join(("某某播放器逆向分析", "某某 发表于 2022-11-14 23:07", P, P,
                                "截屏2022-11-15 下午1.25.57.jpg", "截屏2022-11-15 下午1.26.22.jpg",
                                "定位到相关源代码,格式化后下断点,点击播放", "截屏2022-11-15 下午1.26.58.jpg",
                                "很好,断下来了,跟进", "截屏2022-11-15 下午1.28.05.jpg")))
    out = res.markdown
    assert "点击播放" in out and "跟进" in out
    assert ".jpg" not in out
    assert {r.rule for r in res.removals if ".jpg" in r.text} == {"web.image-name"}


def test_prev_next_links_go_inside_the_text_span_a_question_stays() -> None:
    lines = ("某某管理规范", "时间：2011-01-04 16:13 来源：未知", P, "（一）遵循诊疗规范。", "上一篇：卫生部：《某某服务管理办法》",
             "下一篇：医疗机构管理条例", "（二）" + P)
    out = clean_text("\n".join(lines)).markdown
    assert "上一篇" not in out and "下一篇" not in out and "（二）过去一年" in out
    asked = clean_text("\n".join(("某某讲话", P, "上一篇：我们做了什么？下一步怎么办？", P))).markdown
    assert "下一步怎么办" in asked


def test_a_sidebar_of_teasers_cut_by_their_links_does_not_become_text() -> None:
    """Biographies ending in `...[详细]` are prose by their punctuation; their link says they are
    a sidebar's teasers, so the text ends above them."""
    bios = [x for k in range(4) for x in (f"某某{k}",
            f"中国著名整形外科专家{k}、首席专家、学术委员会主任、教授、博士生导师、主任医师，享受国务院政府特殊津贴。...[详细]")]
    res = clean_text("\n".join(("某某管理规范", "时间：2011-01-04 16:13 来源：未知", P, P, "（责任编辑：admin）",
                                "专家介绍更多", *bios)))
    assert "[详细]" not in res.markdown and "首席专家" not in res.markdown
    assert res.markdown.count("过去一年") == 2


def test_a_program_listed_in_a_post_keeps_the_text_going_a_sites_copyright_line_still_goes() -> None:
    """A tech post's listing (`/*` / `* Copyright notice` / `*/`, `import (`, `fmt.Printf(…)`) is
    the text's: its words are no furniture and its short lines do not end the text."""
    lines = ("Java编程规范", "发布时间：2012-06-27 11:04", P, "所有的源文件都应该在开头有一个注释，列出类名、版本和版权声明：",
             "/*", " * Classname", " *", " * Copyright notice", " */", "3.1.2 包和引入语句", "在多数源文件中，第一个非注释行是包语句。",
             "package java.awt;", "import java.awt.peer.CanvasPeer;", P, "Copyright © 2012 某某博客 版权所有")
    out = clean_text("\n".join(lines)).markdown
    for kept in ("Copyright notice", "package java.awt;", "3.1.2", "第一个非注释行"):
        assert kept in out, kept
    assert "版权所有" not in out


def test_code_lines_are_known_by_their_opening_or_their_ascii_end() -> None:

    for code in ("//编译main.go", "* Copyright notice", 'fmt.Printf("%s\\n", *flagString)', "import (", "}"):
        assert is_code(code), code
    for text in ("发布者(来源): 发布时间:2017-10-24", "Copyright © 2024 某某网 版权所有", "证明未见其他精神状态异常;", "首页 / 新闻 / 正文"):
        assert not is_code(text), text


def test_lines_of_bare_tags_above_the_title_go_a_tutorials_listing_in_the_text_stays() -> None:
    junk = clean_text("\n".join(("首页 | 新闻中心", '1. <legend id="ppnor"></legend>', '<sup id="ppnor"><input id="ppnor"></input></sup>',
                                 "国旗下演讲稿", "发布时间：2024-03-05", P, P))).markdown
    assert "legend" not in junk and "ppnor" not in junk
    tutorial = clean_text("\n".join(("网页的基本结构", "发布时间：2024-03-05", P, "一个最简单的网页如下：", "<html>", "<body>",
                                     "</body>", "</html>", P))).markdown
    assert "<body>" in tutorial.replace("\\", "")
