r"""One escaping discipline per output format, for every string that comes from an input (an id, a title,
an outlet, a URL, article text, a file name). Each format starts from `visible`: no control character,
terminal escape sequence or text-direction override reaches a reader; each is shown as its escape.

- terminal text: `visible` (rich markup escaped on top by the terminal renderer);
- Markdown: `markdown` (every character Markdown or HTML reads as markup escaped; ids as code spans of a
  fence no backtick inside can close, `markdown_code`);
- HTML: `visible`, then Jinja's autoescape (`&<>"'`); links only for http(s) URLs;
- JSON: the exact strings (offsets index them), with `json_text` writing every control character as a
  `\u` escape, so that printing JSON to a terminal is safe too.

>>> visible("Title\x1b]0;owned\x07 \u202eevil\r\nnext")
'Title\\x1b]0;owned\\x07 \\u202eevil next'
>>> markdown_code("a`b"), markdown("<img src=x>")
('``a`b``', '\\<img src=x\\>')
"""

from __future__ import annotations

import re

# C0 and C1 controls but tab and line feed, DEL, and the marks that change the direction text is shown in
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# what Markdown (CommonMark and GitHub's tables and strike-through) reads as markup inside a line: emphasis,
# code, links and images, raw HTML and entities, table cells; every user string sits after a line's own
# prefix ("- ", "# "), so what starts a line never starts one of ours
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]<>#|&~])")


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, newlines: bool = False) -> str:
    """`text` with every line break a space (kept as "\\n" when `newlines`), tabs kept, and every other
    control or direction mark written as its escape."""
    text = LINE_BREAKS.sub("\n" if newlines else " ", str(text))
    return CONTROL.sub(_escaped, text)


def markdown(text: str) -> str:
    """`text` as Markdown shows it literally, on one line: no emphasis, link, heading, table or HTML."""
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", visible(text))


def markdown_code(text: str) -> str:
    """`text` as a Markdown code span, fenced by one backtick more than its longest run of backticks."""
    text = visible(text)
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_text(dumped: str) -> str:
    """JSON written by `json.dumps` (which escapes C0 controls) with the remaining control and direction
    characters written as `\\u` escapes too: the same value, safe to print.

    >>> import json
    >>> json_text(json.dumps("a\\x9b31m\\u2028b", ensure_ascii=False))
    '"a\\\\u009b31m\\\\u2028b"'
    """
    return JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
