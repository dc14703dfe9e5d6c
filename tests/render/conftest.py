"""A brief of one made-up article whose text, link and outlet try to become markup or script."""

import pytest

from newsweave.model import Article

HOSTILE = ("Harbour <b>closes</b> <img src=x onerror=alert(1)>\n\n"
           "The harbour closed on Monday after officials found <img src=y onerror=steal()> a crack in the main pier, the port office said. "
           "Engineers from the city council inspected the pier on Tuesday and said repairs would take a month.")


@pytest.fixture(scope="session")
def hostile_brief():
    from newsweave.weave import brief

    return brief([Article(id="evil", original=HOSTILE, url="javascript:alert(1)", source="Bad <i>Site</i>")])


# one list of hostile strings, put in every field a record carries (id, title, source, url, text, file name)
HOSTILE_STRINGS = (
    "</td><script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "x` <img src=x onerror=alert(3)> `y",
    "``<b>two</b>``",
    "\x1b]0;owned\x07",
    "\x1b[2J\x1b[31mred",
    "\x9b31mcsi",
    "cr\rreturn",
    "line\nbreak",
    "[link](javascript:alert(4))",
    "| cell | cell |",
    "# heading *emphasis* _under_ ~~gone~~",
    "&lt;script&gt;",
    "\u202eevil\u2066",
    "nul\x00byte",
    "[bold red]markup[/bold red]",
)


@pytest.fixture(scope="session")
def hostile_strings():
    return HOSTILE_STRINGS


@pytest.fixture(scope="session")
def every_field_brief():
    """A story told by one outlet per hostile string, the string in each article's id, title, outlet, URL,
    file name and text (in a sentence every outlet shares, and in a quote; not in the text where the cleaner
    takes every line holding it for page code, as it does `<script>`)."""
    from newsweave.clean import clean
    from newsweave.weave import brief

    def told(h: str) -> str:
        return (f"Harbour closes {h}\n\n"
                f"The harbour of Tolvik closed on Monday after engineers found a crack {h} in the main pier, the port office said. "
                f"Engineers from the city council inspected the pier on Tuesday and said repairs would take a month. "
                f"\"We will reopen the pier {h} before the summer,\" said Mayor Ada Lunde on Tuesday.\n")

    articles = []
    for i, h in enumerate(HOSTILE_STRINGS):
        article = Article(id=h, original=told(h), source=f"Outlet {i} {h}", url=f"javascript:alert({i})//{h}", input=f"{h}.txt")
        if not clean([article])[0].text:
            article = Article(id=h, original=told(""), source=article.source, url=article.url, input=article.input, title=f"Harbour closes {h}")
        articles.append(article)
    return brief(articles)
