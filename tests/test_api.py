"""The typed API's input handling (`api.py`): what it takes, and the clear TypeError for what it
does not. Before a user trial, `convert_path` took only str and Path (bytes paths and open files
were "expected str, bytes or os.PathLike object"), a dict passed as options came back as the
input's fault ("damaged TXT file (AttributeError ...)"), and `clean_text(b"...")` was an
AttributeError from deep inside.
"""

from __future__ import annotations

import io
import math
import os

import pytest
from docclean import Cleaner, Options, clean_text, convert_path
from docclean.api import convert_bytes

from tests.conftest import SAMPLES

PAGE = sorted((SAMPLES / "raw").glob("*.txt"))[1]


@pytest.fixture(scope="module")
def expected() -> str:
    return convert_path(PAGE).markdown


@pytest.mark.parametrize("given", [str(PAGE), PAGE, os.fsencode(PAGE)], ids=["str", "Path", "bytes"])
def test_a_path_in_any_spelling(given: object, expected: str):
    assert convert_path(given).markdown == expected  # type: ignore[arg-type]


def test_an_open_binary_file_is_read_and_named_by_its_name(expected: str):
    with open(PAGE, "rb") as f:
        assert convert_path(f).markdown == expected
    r = convert_path(io.BytesIO(PAGE.read_bytes()))
    assert r.markdown.replace(f"source: {PAGE.name}\n", "") == expected.replace(f"source: {PAGE.name}\n", "")
    assert r.meta.source is None  # "<stream>": no name to give


def test_a_text_mode_file_is_a_clear_type_error():
    with open(PAGE, encoding="utf-8") as f, pytest.raises(TypeError, match="binary mode"):
        convert_path(f)  # type: ignore[arg-type]


@pytest.mark.parametrize(("call", "words"), [
    (lambda: convert_path(None), "takes a path or a binary file object, not NoneType"),  # type: ignore[arg-type]
    (lambda: convert_path(PAGE, {"script": "keep"}), "options must be a docclean.Options, not dict"),  # type: ignore[arg-type]
    (lambda: Cleaner({"script": "keep"}), "options must be a docclean.Options"),  # type: ignore[arg-type]
    (lambda: clean_text(b"abc"), "clean_text takes a str, not bytes: use convert_bytes"),  # type: ignore[arg-type]
    (lambda: Cleaner().convert("同志们", "x.txt"), "not str (text: use clean_text)"),  # type: ignore[arg-type]
    (lambda: Cleaner().convert(PAGE), "not PosixPath (a path: use convert_path)"),  # type: ignore[arg-type]
    (lambda: convert_bytes(str(PAGE)), "convert_bytes takes a file's bytes"),  # type: ignore[arg-type]
])
def test_wrong_types_say_what_to_pass(call, words: str):
    with pytest.raises(TypeError, match=words.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_bytearray_and_memoryview_are_bytes(expected: str):
    data = PAGE.read_bytes()
    for given in (bytearray(data), memoryview(data)):
        assert convert_bytes(given, PAGE.name).markdown == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["60", True, math.nan, -1, 0])
def test_options_deadline_is_checked_at_construction(bad: object):
    with pytest.raises(ValueError, match="deadline must be a positive number"):
        Options(deadline=bad)  # type: ignore[arg-type]


def test_an_infinite_deadline_is_no_deadline(expected: str):
    """It reached the platform's timer and failed as "damaged TXT file (OverflowError ...)"."""
    assert Options(deadline=math.inf).deadline is None
    assert convert_path(PAGE, Options(deadline=math.inf)).markdown == expected
