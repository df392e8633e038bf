"""Build hook: compile the pdfium engine's C helper (`convert/docclean/readers/_pdfchars.c`).

It is plain C loaded through ctypes (no Python or pdfium headers, nothing to link), so one
compiler call makes it. A wheel gets it as `docclean/readers/_pdfchars.so` (tagged for this
platform, any Python 3); an editable install (`make install`) gets it beside its source.
Without a working compiler the build goes on with a warning: the package then reads PDFs
through its Python loop, which gives the same records, only slower (see pdfium_native.py).
`DOCCLEAN_NO_NATIVE=1` skips the helper on purpose.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("convert", "docclean", "readers", "_pdfchars.c")
LIBNAME = "_pdfchars.dll" if sys.platform == "win32" else "_pdfchars.so"
# -ffp-contract=off: no fused multiply-add, so the C arithmetic is Python's, bit for bit.
FLAGS = ["-O2", "-shared", "-fPIC", "-ffp-contract=off", "-fno-strict-aliasing"]


def compiler() -> list[str]:
    """$CC, else the compiler Python was built with, else `cc`."""
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shlex.split(cc)


def compile_helper(source: Path, target: Path) -> str | None:
    """Compile `source` into the shared library `target`; None, or why it could not."""
    tmp = target.with_name(target.name + f".{os.getpid()}.tmp")
    cmd = [*compiler(), *FLAGS, "-o", str(tmp), str(source), "-lm"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{shlex.join(cmd)}: {exc}"
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        return f"{shlex.join(cmd)} failed: {done.stderr.strip()[-500:]}"
    os.replace(tmp, target)  # (atomic: a process loading the old library never sees half a file)
    return None


class NativeHelperHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or os.environ.get("DOCCLEAN_NO_NATIVE"):
            return
        source = Path(self.root, SOURCE)
        if version == "editable":
            target = source.with_name(LIBNAME)
        else:
            self._tmp = tempfile.TemporaryDirectory()
            target = Path(self._tmp.name, LIBNAME)
        error = compile_helper(source, target)
        if error is not None:
            self.app.display_warning(f"docclean: the PDF helper was not compiled, PDFs are read by the slower "
                                     f"Python loop ({error})")
            return
        if version != "editable":
            build_data["force_include"][str(target)] = f"docclean/readers/{LIBNAME}"
            build_data["pure_python"] = False
            build_data["infer_tag"] = False
            build_data["tag"] = f"py3-none-{_platform()}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()


def _platform() -> str:
    """This machine's wheel platform tag (`linux_x86_64`, ...), as hatchling infers it."""
    from packaging.tags import sys_tags

    return next(t.platform for t in sys_tags() if "manylinux" not in t.platform and "musllinux" not in t.platform)
