"""Typed errors. Each names the file and says why, in one line a person can act on."""

from __future__ import annotations


class DoccleanError(Exception):
    """Base class: `str(err)` is the one-line message the CLI prints."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class InputError(DoccleanError):
    """The input cannot be read at all: missing, a directory, empty, unreadable."""


class BinaryInputError(DoccleanError):
    """The input is binary data, not text in any supported format."""


class DecodeError(DoccleanError):
    """The bytes are text-like but no supported Chinese encoding reads them."""


class UnsupportedFormatError(DoccleanError):
    """The format is recognised but not (yet) supported, or needs an optional extra."""


class RulesError(DoccleanError):
    """A rule pack is malformed: the path is the rule file, the reason says what is wrong."""


class CorruptInputError(DoccleanError):
    """The file is in a supported format but damaged or truncated."""


class EncryptedInputError(DoccleanError):
    """The file is encrypted and the empty password does not open it."""


class NoTextLayerError(DoccleanError):
    """A PDF whose pages are images only (a scan): its text needs OCR first."""


class MissingDependencyError(UnsupportedFormatError):
    """The format needs an optional extra that is not installed; the reason names it."""


class EngineError(DoccleanError):
    """A corpus run cannot go on: the engine cannot start, or its nodes would write other bytes."""


class TooComplexError(CorruptInputError):
    """Reading the file passed its deadline or a bound on its structure (nesting, counts)."""


class InterruptedRun(DoccleanError):
    """A corpus run stopped by Ctrl-C or SIGTERM; finished files and the manifest are kept."""

    exit_code = 130


class OutputError(DoccleanError):
    """An output cannot be written (no such folder, no permission, disk full): the path is the output."""
