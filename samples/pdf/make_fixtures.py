"""Make the PDF fixtures: each seed's expected text set as a Chinese official document.

For every `samples/expected/NAME.md` this writes a DOCX with python-docx (CJK fonts on
every style, a running header, a `— N —` page-number field in the footer, first-line
indents, a centred title, headings in a heading font) and has LibreOffice convert it to
`samples/pdf/NAME.pdf`. It also makes `table.pdf` (a table with a multi-line cell between
two paragraphs) with its expected text `table.md`.

The PDFs are committed, so CI does not need LibreOffice. To remake them:

    apt-get install libreoffice-writer fonts-noto-cjk
    .venv/bin/python samples/pdf/make_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.readers.docxgen import add_markdown, new_document

HERE = Path(__file__).resolve().parent
EXPECTED = HERE.parent / "expected"


TABLE_MD = """---
title: 关于报送2024年重点项目推进情况的通知
source: table.pdf
---
# 关于报送2024年重点项目推进情况的通知

各镇人民政府，县直各有关单位：

为全面掌握全县重点项目建设进展，及时协调解决项目推进中遇到的困难和问题，经县政府同意，现将有关事项通知如下。请各单位对照下表逐项核实本单位牵头项目的建设内容、投资完成情况和存在问题，确保数据真实准确，不得漏报、瞒报。各单位主要负责同志要亲自过问，分管负责同志具体抓，明确专人负责报送工作，确保按时完成。

| 序号 | 项目名称 | 牵头单位 | 本月进展及存在问题 |
| --- | --- | --- | --- |
| 1 | 县城污水处理厂提标改造工程 | 县住建局 | 主体工程已完工，设备安装调试正在进行，预计下月底投入试运行 |
| 2 | 工业园区标准化厂房建设项目 | 工业园区管委会 | 一期厂房封顶，二期完成土地征收，供电线路迁改尚待协调 |
| 3 | 农村公路提质改造工程 | 县交通运输局 | 完成路基工程12公里，受雨季影响进度滞后 |

请于每月25日前将上月项目推进情况报县发展改革局，联系人：XXX，联系电话：XXXXXXX。逾期未报送的，将在全县通报。

各单位要高度重视项目推进工作，对照年度目标任务，倒排工期、挂图作战，确保项目按期建成见效。对推进不力、进度滞后的项目，县政府将组织专项督查，并将督查结果纳入年度目标责任考核。
"""


def to_pdf(docx: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer fonts-noto-cjk")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return out_dir / (docx.stem + ".pdf")


def main() -> None:
    jobs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(EXPECTED.glob("*.md"))]
    (HERE / "table.md").write_text(TABLE_MD, encoding="utf-8")
    jobs.append(("table", TABLE_MD))
    with tempfile.TemporaryDirectory() as tmp:
        for name, md in jobs:
            doc = new_document(footer="")
            add_markdown(doc, md)
            docx = Path(tmp) / f"{name}.docx"
            doc.save(str(docx))
            pdf = to_pdf(docx, Path(tmp))
            shutil.copyfile(pdf, HERE / f"{name}.pdf")
            print(f"samples/pdf/{name}.pdf  {pdf.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
