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
