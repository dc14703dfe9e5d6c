"""The brief as Markdown (render.markdown): article text can never become markup."""

import re

from newsweave.render import render


def test_markdown_escapes_markup(hostile_brief):
    md = render(hostile_brief, "md")
    assert re.search(r"(?<!\\)<", md) is None and "\\<img src=y onerror=steal()\\>" in md
