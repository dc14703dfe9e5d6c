"""The brief in a terminal (render.terminal)."""

from newsweave.render import render


def test_terminal_text_fits_100_columns(example_brief):
    assert max(len(line) for line in render(example_brief, "text").splitlines()) <= 100
