"""Row round trips: JSONL -> JSONL and Parquet -> Parquet keep ids and metadata, and the
output loads with pyarrow (json and parquet readers) without casts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.json as pj
import pyarrow.parquet as pq
import pytest
from docclean.cli import main
from docclean.corpus.rows import docclean_type

CHROME = "下载 打印 全屏 收藏 【字号：加大 还原 减小】"  # a docsite rule's own example
BODY = "今年以来，全市经济运行总体平稳，主要指标好于预期，高质量发展取得新的成效。"


def rows() -> list[dict]:
    return [
        {"id": 7, "text": f"关于经济运行的情况通报\n\n{BODY}\n{CHROME}", "metadata": {"url": "http://a/1", "lang": "zh"}},
        {"id": 8, "text": "", "metadata": {"url": "http://a/2", "lang": "zh"}},  # an empty row is no error
        {"id": 9, "text": f"{BODY}\n第二段内容，说明下一步工作安排。", "metadata": {"url": "http://a/3", "lang": "zh"},
         "source": "crawl-2024", "added": "2024-05-01T00:00:00Z", "created": "2024-04-30"},
    ]


def check(out: list[dict]) -> None:
    assert [r["id"] for r in out] == [7, 8, 9]
    assert [r["metadata"] for r in out] == [r["metadata"] for r in rows()]
    assert CHROME not in out[0]["text"] and BODY in out[0]["text"]
    assert out[0]["docclean"]["removed"] and {"start", "end", "rule"} == set(out[0]["docclean"]["removed"][0])
    assert out[1]["text"] == "" and out[1]["docclean"]["removed"] == []
    assert out[2]["source"] == "crawl-2024" and out[2]["added"] == "2024-05-01T00:00:00Z"
    assert out[2]["created"] == "2024-04-30"
    assert all(r["added"] and r["source"] for r in out)


@pytest.mark.parametrize("compress", ["none", "gz", "zst"])
def test_jsonl_to_jsonl(tmp_path: Path, compress: str):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())
    assert main(["corpus", str(src), str(tmp_path / "out"), "--format", "jsonl", "--compress", compress]) == 0
    out = tmp_path / "out" / ("in.jsonl" + ("" if compress == "none" else f".{compress}"))
    if compress == "zst":
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(out.open("rb")).read()
    else:
        data = gzip.decompress(out.read_bytes()) if compress == "gz" else out.read_bytes()
    check([json.loads(line) for line in data.decode("utf-8").splitlines()])
    if compress == "none":
        table = pj.read_json(out)  # no cast: removed is a list of one struct type
        assert table.schema.field("docclean").type.field("removed").type.value_type == pa.struct(
            [("start", pa.int64()), ("end", pa.int64()), ("rule", pa.string())])
        assert table.num_rows == 3


def test_parquet_to_parquet(tmp_path: Path):
    src = tmp_path / "data" / "part-0.parquet"
    src.parent.mkdir()
    keys = ["id", "text", "metadata", "source", "added", "created"]  # a Parquet file has every column in every row
    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in keys} for r in rows()]), src)
    assert main(["corpus", str(tmp_path / "data"), str(tmp_path / "out"), "--format", "parquet"]) == 0
    out = tmp_path / "out" / "part-0.parquet"
    table = pq.read_table(out)
    assert table.schema.field("docclean").type == docclean_type()  # the fixed, typed schema
    assert table.schema.field("id").type == pa.int64()  # the input's id type is kept
    check(table.to_pylist())


def test_text_field_and_missing_field(tmp_path: Path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "content": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["corpus", str(src), str(tmp_path / "o1"), "--text-field", "content", "--format", "jsonl"]) == 0
    assert BODY in json.loads((tmp_path / "o1" / "in.jsonl").read_text(encoding="utf-8"))["text"]
    assert main(["corpus", str(src), str(tmp_path / "o2"), "--format", "jsonl"]) == 1
    assert "in.jsonl: row 1 has no 'text' field" in capsys.readouterr().err
    assert not (tmp_path / "o2" / "in.jsonl").exists()  # nothing half-written


def test_file_corpus_to_parquet_shards(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(f"标题{i}号文件\n\n{BODY}\n", encoding="utf-8")
    assert main(["corpus", str(src), str(tmp_path / "out"), "--format", "parquet", "--no-learn"]) == 0
    shards = sorted((tmp_path / "out").glob("shard-*.parquet"))
    assert shards and not list((tmp_path / "out").glob("shard-*.jsonl"))
    t = pq.read_table(shards[0])
    assert t.num_rows == 3 and t.schema.field("docclean").type == docclean_type()


def test_outputs_load_in_datasets_without_casts(tmp_path: Path, monkeypatch):
    """`datasets.load_dataset` reads both outputs as they are, with the typed `removed` records."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    datasets = pytest.importorskip("datasets")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    for fmt in ("jsonl", "parquet"):
        assert main(["corpus", str(src), str(tmp_path / fmt), "--format", fmt]) == 0
        out = tmp_path / fmt / f"in.{fmt}"
        ds = datasets.load_dataset("json" if fmt == "jsonl" else "parquet", data_files=str(out), split="train",
                                   cache_dir=str(tmp_path / "cache"))
        assert ds.num_rows == 3 and ds[0]["id"] == 7
        removed = ds.features["docclean"]["removed"]
        inner = removed.feature if hasattr(removed, "feature") else removed[0]
        assert inner["start"].dtype == "int64" and inner["rule"].dtype == "string"
        assert ds[0]["metadata"] == rows()[0]["metadata"]


def test_cleaner_map_in_datasets(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    datasets = pytest.importorskip("datasets")
    from docclean import Cleaner

    ds = datasets.Dataset.from_list([{"id": r["id"], "text": r["text"]} for r in rows()])
    out = ds.map(Cleaner().map, fn_kwargs={"text_field": "text"})
    assert out.num_rows == 3 and CHROME not in out[0]["text"] and out[1]["text"] == ""
    assert out[0]["docclean_removed"][0]["rule"] and out[0]["id"] == 7


@pytest.mark.parametrize("data", [b"garbage", b"PAR1" + b"\x00" * 64], ids=["too-short", "no-footer"])
def test_a_damaged_parquet_file_is_one_line_naming_it(tmp_path: Path, capsys, data: bytes):
    """A 7-byte file was 'internal error (ArrowInvalid: ...); please report it'."""
    bad = tmp_path / "x.parquet"
    bad.write_bytes(data)
    assert main(["corpus", str(bad), str(tmp_path / "out"), "--format", "parquet"]) == 1
    err = capsys.readouterr().err
    assert f"docclean: error: {bad}: not a readable Parquet file" in err and "internal error" not in err


def test_a_row_file_named_like_the_manifest_does_not_replace_it(tmp_path: Path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "_manifest.jsonl").write_text(json.dumps({"text": "同志们：今天开会。"}) + "\n", encoding="utf-8")
    (src / "a.txt").write_text("同志们：今天召开全县项目建设工作会议，主要目的是贯彻落实市上会议精神。\n", encoding="utf-8")
    assert main(["corpus", str(src), str(tmp_path / "out")]) == 1
    assert "would take the name of the run's own manifest" in capsys.readouterr().err
    first = (tmp_path / "out" / "_manifest.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(first).get("fingerprint")  # still the run's manifest
    assert main(["corpus", str(src), str(tmp_path / "out")]) == 1  # and a rerun still reads it


def test_the_run_file_names_are_the_files_a_run_writes(tmp_path: Path):
    """`is_run_file` (what a row file's output may not be called) against a real run's OUT: every
    top-level file the run wrote is one, and the names a user's rows may take are not."""
    from docclean.corpus.run import RECORDS, is_run_file

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for k in range(3):
        (src / f"a{k}.txt").write_text(f"会议讲话\n\n{BODY}{k}\n", encoding="utf-8")
    for fmt in ("jsonl", "parquet"):
        assert main(["corpus", str(src), str(out), "--format", fmt, "--shard-mb", "0.0001", "--force"]) == 0
        written = [p.name for p in out.iterdir() if p.name != RECORDS]
        assert any(n.startswith("shard-") for n in written) and all(is_run_file(n) for n in written), written
    for name in ("shard.jsonl", "shard-a.jsonl", "_report.json.gz", "_manifest.jsonl.bak", "report.json", "a.jsonl"):
        assert not is_run_file(name), name
