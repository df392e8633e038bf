"""One frozen, checked options object: the API and the CLI both build exactly this."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

SCRIPTS = ("simplified", "traditional", "keep")
CJK_LATIN_SPACE = ("remove", "keep", "add")
PDF_ENGINES = ("pdfium", "pdfplumber")
DOC_ENGINES = ("auto", "native", "libreoffice")


@dataclass(frozen=True, slots=True)
class Options:
    """How to convert.

    script: convert Traditional documents to Simplified (default), Simplified to
        Traditional, or keep the script as it is.
    cjk_latin_space: between CJK and Latin letters/digits, remove spaces (official
        style, default), keep what the source has, or add one.
    front_matter: write the YAML front matter block.
    rules_dir: a folder of rule packs laid over the shipped defaults (same file name
        replaces a default pack; new files add packs).
    learned_chrome: normalised edge lines a corpus run learned as chrome (see
        `passes/learned.py`); empty for a single file.
    pdf_engine: read PDFs through pdfium (fast, default) or pdfplumber (the slower
        pure-Python reference the tests compare it with).
    doc_engine: read Word 97-2003 `.doc`/`.wps` files natively ("native"), through LibreOffice
        ("libreoffice": automatic numbering and text boxes too, a second or two a file), or
        through LibreOffice when `soffice` is on PATH and natively otherwise ("auto", default).
    deadline: seconds a reader may spend on one file before it fails as "too complex"
        (None: no deadline).
    """

    script: str = "simplified"
    cjk_latin_space: str = "remove"
    front_matter: bool = True
    rules_dir: Path | None = None
    learned_chrome: frozenset[str] = frozenset()
    pdf_engine: str = "pdfium"
    doc_engine: str = "auto"
    deadline: float | None = 120.0

    def __post_init__(self) -> None:
        if self.script not in SCRIPTS:
            raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {self.script!r}")
        if self.cjk_latin_space not in CJK_LATIN_SPACE:
            raise ValueError(
                f"cjk_latin_space must be one of {', '.join(CJK_LATIN_SPACE)}, not {self.cjk_latin_space!r}")
        if self.pdf_engine not in PDF_ENGINES:
            raise ValueError(f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, not {self.pdf_engine!r}")
        if self.doc_engine not in DOC_ENGINES:
            raise ValueError(f"doc_engine must be one of {', '.join(DOC_ENGINES)}, not {self.doc_engine!r}")
        if self.deadline is not None:
            if isinstance(self.deadline, bool) or not isinstance(self.deadline, int | float) or not self.deadline > 0:
                raise ValueError(f"deadline must be a positive number of seconds or None, not {self.deadline!r}")
            if math.isinf(self.deadline):  # no deadline (past the platform's timers: was "damaged TXT file")
                object.__setattr__(self, "deadline", None)
        object.__setattr__(self, "learned_chrome", frozenset(self.learned_chrome))
        if self.rules_dir is not None:
            object.__setattr__(self, "rules_dir", Path(self.rules_dir))
