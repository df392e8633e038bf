"""The hygiene pass's bidirectional controls: dropped, with a record, where no right-to-left
script needs them; kept beside Hebrew or Arabic (the fixers' own table is in tests/test_fixers.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from docclean.api import convert_bytes
from docclean.options import Options

PARA = "同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神。"
RLO, PDF, LRE, RLI, PDI, RLM = "\u202e", "\u202c", "\u202a", "\u2067", "\u2069", "\u200f"
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _convert(text: str) -> tuple[str, list, list[str]]:
    r = convert_bytes(text.encode(), "page.txt", Options(front_matter=False))
    return r.markdown, r.removals, r.meta.warnings


@pytest.mark.parametrize("control", list(CONTROLS))
def test_each_bidi_control_in_chinese_text_is_dropped_and_recorded(control: str):
    md, removals, warnings = _convert(f"会议讲话\n\n{PARA[:8]}{control}{PARA[8:]}\n")
    assert PARA in md and control not in md
    (rec,) = [r for r in removals if r.rule == "hygiene.bidi-control"]
    assert rec.line == 3 and rec.reason.value == "hidden-control" and f"U+{ord(control):04X}" in rec.text
    assert any("bidirectional control" in w for w in warnings)


def test_a_trojan_source_override_is_dropped_and_the_text_reads_in_order():
    # RLO ... PDF displays "项目建设" reversed; the characters are in reading order underneath.
    md, removals, _ = _convert(f"会议讲话\n\n今天召开全县{RLO}项目建设{PDF}工作会议，{LRE}安排部署{PDF}下一阶段工作。\n")
    assert "今天召开全县项目建设工作会议，安排部署下一阶段工作。" in md
    assert not any(c in md for c in CONTROLS)
    (rec,) = [r for r in removals if r.rule == "hygiene.bidi-control"]
    assert "2 U+202C" in rec.text and "1 U+202E" in rec.text and "1 U+202A" in rec.text


@pytest.mark.parametrize("rtl", ["שלום עולם", "مرحبا بالعالم", "ܫܠܡܐ"])  # Hebrew, Arabic, Syriac
def test_bidi_controls_on_a_line_with_right_to_left_script_are_kept(rtl: str):
    line = f"引用：{RLI}{rtl}{PDI}，{RLM}意为问候。"
    md, removals, warnings = _convert(f"会议讲话\n\n{PARA}\n\n{line}\n")
    assert line in md
    assert not [r for r in removals if r.rule == "hygiene.bidi-control"]
    assert not any("bidirectional control" in w for w in warnings)


def test_only_the_lines_without_right_to_left_script_lose_them():
    md, removals, _ = _convert(f"会议讲话\n\n{PARA[:5]}{RLO}{PARA[5:]}\n\n{RLI}שלום{PDI} 世界。\n")
    assert PARA in md and f"{RLI}שלום{PDI} 世界。" in md
    assert [r.line for r in removals if r.rule == "hygiene.bidi-control"] == [3]


def test_a_line_of_only_marks_is_no_right_to_left_text():
    """RLM and ALM have right-to-left bidi classes themselves: they must not vouch for their own line."""
    md, removals, _ = _convert(f"会议讲话\n\n{PARA}{RLM}\u061c\n")
    assert f"{PARA}\n" in md
    assert [r.rule for r in removals] == ["hygiene.bidi-control"]


def test_docx_paragraphs_and_table_cells_lose_them_too():
    from tests.readers.docxgen import new_document, save

    doc = new_document()
    doc.add_paragraph(f"{PARA[:6]}{RLO}{PARA[6:]}")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = f"项目{LRE}名称{PDF}"
    table.cell(0, 1).text = f"{RLI}متن{PDI}"
    r = convert_bytes(save(doc), "a.docx", Options(front_matter=False))
    assert PARA in r.markdown and "项目名称" in r.markdown and f"{RLI}متن{PDI}" in r.markdown
    assert len([x for x in r.removals if x.rule == "hygiene.bidi-control"]) == 2


def test_the_cli_warns_and_reports_the_rule(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(f"会议讲话\n\n{PARA[:8]}{RLO}{PARA[8:]}\n", encoding="utf-8")
    report = tmp_path / "r.json"
    p = subprocess.run([sys.executable, "-m", "docclean", "convert", str(page), "--report", str(report)],
                       capture_output=True, timeout=120)
    assert p.returncode == 0
    assert PARA in p.stdout.decode() and RLO not in p.stdout.decode()
    assert f"docclean: warning: {page}: 1 invisible bidirectional control" in p.stderr.decode()
    rep = json.loads(report.read_text(encoding="utf-8"))
    assert "hygiene.bidi-control" in rep["removed_by_rule"]
