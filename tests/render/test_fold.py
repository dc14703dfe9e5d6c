"""A story too big to show in full: the text and Markdown views fold long lists into counts, the JSON
keeps every item."""

import dataclasses
import json

import pytest

import newsweave
from newsweave.render import render
from newsweave.render.view import SHOWN


@pytest.fixture(scope="module")
def big_brief():
    brief = newsweave.brief([newsweave.example_dir()])
    quote = dataclasses.replace(brief.quotes[0], text="Every pier in the bay stays shut until the divers are done")
    article = brief.articles[0]
    many = [dataclasses.replace(article, id=f"copy-{i:03d}", source=f"Outlet {i:03d}") for i in range(60)]
    return dataclasses.replace(brief, quotes=tuple([quote] * 60), articles=brief.articles + tuple(many),
                               summary=tuple(dataclasses.replace(s, sources=tuple(a.id for a in many)) for s in brief.summary))


@pytest.mark.parametrize("format", ["text", "md"])
def test_long_lists_are_folded_with_their_counts(big_brief, format):
    shown = render(big_brief, format)
    assert shown.count("Every pier in the bay stays shut") == SHOWN["quotes"]
    assert f"{60 - SHOWN['quotes']} more quotes: all in --format json and --format html." in shown
    assert f"{len(big_brief.articles) - SHOWN['articles']} more articles: all in --format json and --format html." in shown
    assert "Outlet 007 and 52 more" in shown


def test_the_json_tells_everything(big_brief):
    told = json.loads(render(big_brief, "json"))
    assert len(told["quotes"]) == 60 and len(told["articles"]) == len(big_brief.articles)
    assert len(told["summary"][0]["sources"]) == 60


def test_the_html_brief_folds_long_lists_under_their_counts_and_keeps_every_item(big_brief):
    page = render(big_brief, "html")
    assert page.count("Every pier in the bay stays shut") == 60
    assert f"<summary>{60 - SHOWN['quotes']} more quotes</summary>" in page
    assert f"<summary>{len(big_brief.articles) - SHOWN['articles']} more articles</summary>" in page
    head, folded = page.split(f"<summary>{60 - SHOWN['quotes']} more quotes</summary>")
    assert head.count("Every pier in the bay stays shut") == SHOWN["quotes"]
