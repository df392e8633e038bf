"""docclean: messy Chinese documents (scraped TXT in any encoding, PDF, DOCX) -> clean Markdown.

    from docclean import convert_path, clean_text, Options
    result = convert_path("speech.txt", Options(script="keep"))
    print(result.markdown, result.meta.title, len(result.removals))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import Cleaner, Result, clean_text, convert_bytes, convert_path
    from .errors import DoccleanError
    from .options import Options

__version__ = "0.1.0"
__all__ = ["Cleaner", "DoccleanError", "Options", "Result", "__version__", "clean_text", "convert_bytes",
           "convert_path"]
_HOME = {"Cleaner": "api", "Result": "api", "clean_text": "api", "convert_bytes": "api", "convert_path": "api",
         "DoccleanError": "errors", "Options": "options"}


def __getattr__(name: str) -> Any:
    """The API is imported on first use (PEP 562): `import docclean`, `docclean --help` and
    `--version` do not compile the passes' regexes and load the readers."""
    if name in _HOME:
        import importlib

        value = getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
