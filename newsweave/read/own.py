"""What newsweave wrote itself: a brief or a stage's records saved into a folder that is read again later
are outputs, not articles, and are reported as such instead of being read back as one more outlet.

Every brief carries a mark (`MARK`: the HTML's generator tag, the last line of the text and Markdown
formats); JSON outputs are known by their keys, which no input record has together.

>>> made_by_newsweave({"story": {}, "summary": [], "facts": []}, "record")
'a brief'
>>> made_by_newsweave({"id": "a", "text": "The port closed."}, "record") is None
True
"""

from __future__ import annotations

import json

MARK = "Made by newsweave."
GENERATOR = '<meta name="generator" content="newsweave">'  # as brief.html.j2 writes it
# the keys of each JSON output, and what to call it
OUTPUTS = (
    ({"story", "summary", "facts"}, "a brief"),
    ({"article", "removed"}, "a record of `newsweave clean`"),
    ({"article", "start", "end", "direct"}, "a record of `newsweave quotes`"),
    ({"a", "b", "relation"}, "a record of `newsweave copies`"),
    ({"input", "skipped"}, "a record of a skipped input"),
)


def made_by_newsweave(content, kind: str) -> str | None:
    """What newsweave output `content` is (text of a file of `kind` "text", "html", "json", or a parsed
    "record"), or None when it is not one."""
    if kind == "record":
        return next((what for keys, what in OUTPUTS if isinstance(content, dict) and keys <= content.keys()), None)
    if kind == "html":
        return "a brief" if GENERATOR in content[:4000] else None
    if kind == "json":
        try:
            return made_by_newsweave(json.loads(content), "record")
        except ValueError:
            return None
    if kind == "text":
        tail = content.rstrip()[-200:]
        return "a brief" if tail.endswith(MARK) or tail.endswith(f"*{MARK}*") else None
    return None
