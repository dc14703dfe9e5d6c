"""A made-up story and page for the readers' tests, and a helper that writes an input file."""

import pytest

STORY = "Port reopens\n\nThe port of Example Bay reopened on Tuesday after a storm, officials said.\n"
PAGE = """<html><head><title>Port reopens - Bay Times</title><meta property="og:site_name" content="Bay Times">
<meta name="date" content="2024-05-02"></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Port reopens</h1><p>The port of Example Bay reopened on Tuesday after a storm closed it for two days, officials said.</p>
<p>Ships that had waited outside the harbour began to move in at dawn, and the harbour office said traffic would be normal by Friday.</p>
<p>The storm had brought winds of more than 100 kilometres an hour to the coast and cut power to several villages.</p></article>
<footer>© 2030 Bay Times</footer></body></html>"""


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.fixture(scope="session")
def story() -> str:
    """A short article as plain text: a title line and one sentence."""
    return STORY


@pytest.fixture(scope="session")
def page() -> str:
    """The same story as a web page, with a menu and a footer around it."""
    return PAGE


@pytest.fixture(scope="session")
def write():
    """`write(tmp_path, name, data)`: the file `name` under `tmp_path` (folders made) holding `data`."""
    return _write
