"""Renderers (render/__init__): every format shows the same brief."""

from newsweave.render import render


def test_every_format_shows_the_summary(example_brief):
    first = example_brief.summary[0].text
    for fmt in ("json", "md", "html", "text"):
        out = render(example_brief, fmt)
        assert first.split(",")[0].replace("'", "&#39;") in out.replace("\n", " ") or first[:30] in out.replace("\n", " "), fmt
