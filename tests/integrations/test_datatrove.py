"""The datatrove adapter in a real datatrove pipeline: JSONL in, DoccleanStep, JSONL out."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from docclean.integrations.datatrove import DoccleanStep

CHROME = "下载 打印 全屏 收藏 【字号：加大 还原 减小】"
BODY = "今年以来，全市经济运行总体平稳，主要指标好于预期。"


def test_step_cleans_and_drops_empty():
    docs = [Document(text=f"关于经济运行的情况通报\n\n{BODY}\n{CHROME}", id="a", metadata={"url": "u"}),
            Document(text="", id="b", metadata={})]
    out = list(DoccleanStep().run(iter(docs)))
    assert [d.id for d in out] == ["a"]
    assert BODY in out[0].text and CHROME not in out[0].text
    assert out[0].metadata["url"] == "u" and out[0].metadata["docclean"]["removed"][0]["rule"]
    assert [d.id for d in DoccleanStep(keep_empty=True).run(iter(docs[1:]))] == ["b"]


def test_in_a_local_pipeline(tmp_path: Path):
    (tmp_path / "in").mkdir()
    rows = [{"id": str(i), "text": f"标题{i}号\n\n{BODY}\n{CHROME}"} for i in range(3)]
    (tmp_path / "in" / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")
    LocalPipelineExecutor(pipeline=[JsonlReader(str(tmp_path / "in")), DoccleanStep(),
                                    JsonlWriter(str(tmp_path / "out"))],
                          tasks=1, logging_dir=str(tmp_path / "logs")).run()
    out = [json.loads(line) for p in sorted((tmp_path / "out").glob("*.jsonl.gz"))
           for line in gzip.decompress(p.read_bytes()).decode("utf-8").splitlines()]
    assert sorted(r["id"] for r in out) == ["0", "1", "2"]
    assert all(CHROME not in r["text"] and BODY in r["text"] for r in out)
