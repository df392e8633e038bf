"""The spacing option, and punctuation as the pipeline applies it."""

from __future__ import annotations

import pytest
from docclean import Options, clean_text

TEXT = "标题\n今天上午, X 秘书长作了报告, 2021 年增长 3.5%, 会议 10:30 结束, 详见 http://a.b/c?d=1,2 。\n"


@pytest.mark.parametrize("mode,expect", [
    ("remove", "今天上午，X秘书长作了报告，2021年增长3.5%，会议10:30结束，详见http://a.b/c?d=1,2。"),
    ("keep", "今天上午，X 秘书长作了报告，2021 年增长 3.5%，会议 10:30 结束，详见 http://a.b/c?d=1,2。"),
    ("add", "今天上午，X 秘书长作了报告，2021 年增长 3.5%，会议 10:30 结束，详见 http://a.b/c?d=1,2。"),
])
def test_cjk_latin_space_modes(mode, expect):
    body = clean_text(TEXT, Options(cjk_latin_space=mode)).markdown.split("\n\n")[-1].strip()
    assert body == expect


def test_add_mode_inserts_spaces():
    body = clean_text("标题\n2021年X书记讲话。\n", Options(cjk_latin_space="add")).markdown.split("\n\n")[-1]
    assert body.strip() == "2021 年 X 书记讲话。"


def test_bad_option_is_refused():
    with pytest.raises(ValueError, match="cjk_latin_space"):
        Options(cjk_latin_space="squeeze")
