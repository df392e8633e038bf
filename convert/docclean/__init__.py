"""docclean: messy Chinese documents (scraped TXT in any encoding, PDF, DOCX) -> clean Markdown.

    from docclean import convert_path, clean_text, Options
    result = convert_path("speech.txt", Options(script="keep"))
    print(result.markdown, result.meta.title, len(result.removals))
"""

from .api import Cleaner, Result, clean_text, convert_bytes, convert_path
from .errors import DoccleanError
from .options import Options

__version__ = "0.1.0"
__all__ = ["Cleaner", "DoccleanError", "Options", "Result", "__version__", "clean_text", "convert_bytes",
           "convert_path"]
