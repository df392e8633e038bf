"""The page pass's parts: lines, evidence, edges, title, meta (see `passes/page.py`)."""
