"""The metadata pass's truncation flag: a last paragraph cut mid-sentence, never one that ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docclean.api import convert_bytes
from docclean.passes.metadata import ends_sentence

BODY = "同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神。\n\n"


def _truncated(last: str) -> bool:
    return convert_bytes(f"会议讲话\n\n{BODY}{last}\n".encode(), "page.txt").meta.truncated


@pytest.mark.parametrize("last", [
    "The meeting closed with a vote on the annual plan.",  # an English paragraph
    "Publication of the results is planned for release in 2020.",  # a number standing apart
    "会议要求各单位把材料统一上传到Windows.",  # a Chinese sentence ending on a Latin word
    "会议到此结束，请各单位抓好贯彻落实工作.",  # a Chinese sentence with an ASCII full stop
    "He said the plan was ready and everyone should read it \"today.\"",
    "详见附件所列的各项指标和具体要求（见附件3）.",
    "And then the lights went out and nobody knew what to say...",
    "各单位要认真贯彻落实，确保各项工作任务圆满完成。",  # (as before)
])
def test_a_paragraph_ending_a_sentence_is_not_truncated(last: str):
    assert ends_sentence(last)
    assert not _truncated(last)


@pytest.mark.parametrize("last", [
    "各单位要认真贯彻落实，确保各项工作任务圆满",  # cut mid-sentence
    "今年全县地区生产总值稳步增长，同比增长率为3.",  # `3.5` cut after the point
    "The meeting closed with a vote on the annual",
])
def test_a_paragraph_cut_mid_sentence_is_truncated(last: str):
    assert not ends_sentence(last)
    assert _truncated(last)


def test_only_the_end_of_a_huge_last_paragraph_is_looked_at():
    assert ends_sentence("长" * 1_000_000 + "the end.") and not ends_sentence("长" * 1_000_000 + "为3.")


def test_the_cli_writes_the_flag_only_for_a_cut_page(tmp_path: Path):
    for name, last, flagged in (("en.txt", "The meeting closed with a vote on the plan.", False),
                                ("cut.txt", "各单位要认真贯彻落实，确保各项工作任务圆满", True)):
        page = tmp_path / name
        page.write_text(f"会议讲话\n\n{BODY}{last}\n", encoding="utf-8")
        p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page)], capture_output=True, timeout=120)
        assert p.returncode == 0
        assert ("truncated: true" in p.stdout.decode()) is flagged, p.stdout.decode()[:300]
