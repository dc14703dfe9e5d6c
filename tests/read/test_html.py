"""Web pages (read.html): body, title, date and site name extracted."""

import datetime as dt

from newsweave.read import read


def test_html_page(tmp_path, write, page):
    [article], _ = read([write(tmp_path, "page.html", page)])
    assert article.title == "Port reopens"
    assert article.source == "Bay Times"
    assert article.published == dt.date(2024, 5, 2)
    assert "reopened on Tuesday" in article.original and "Sport" not in article.original


def test_an_html_title_that_is_page_furniture_is_no_title():
    from newsweave.read.html import from_html

    body = "The Tolvik ferry pier closed on Monday after engineers found cracks in two of its pillars, the harbour office said. " * 3
    page = f"<html><head><title>Related News</title></head><body><h2>Related News</h2><div><p>{body}</p></div></body></html>"
    assert from_html(page, "a", "a.html").title is None


def test_gzipped_pages_are_read_as_crawlers_store_them(tmp_path, write, page):
    import gzip

    import pytest

    from newsweave.model import NewsweaveError

    write(tmp_path, "in/page.html.gz", gzip.compress(page.encode("utf-8")))
    write(tmp_path, "in/broken.txt.gz", b"not gzip at all")
    [article], skipped = read([tmp_path / "in"], skip_bad=True)
    assert (article.id, article.title) == ("page", "Port reopens")
    assert skipped[0].input.endswith("broken.txt.gz") and skipped[0].reason.startswith("is not a readable gzip file")
    with pytest.raises(NewsweaveError, match="re-compress it with gzip"):
        read([tmp_path / "in" / "broken.txt.gz"])


def _story_page(headline: str, title: str) -> str:
    lead = ("The Tolvik ferry pier closed on Monday after engineers found cracks in two of its pillars, "
            "the harbour office said in a statement to islanders.")
    rest = ("Ferries will land at the old fishing quay until the pier is mended, which the office expects "
            "to take until the end of the month, and crossings will run every two hours instead of hourly.")
    return (f"<html><head><title>{title}</title></head><body>"
            "<header><h1>Tolvik Harbour News</h1><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav></header>"
            f"<article><h1>{headline}</h1><p>{lead}</p><h2>Where to board</h2><p>{rest}</p>"
            "<ul><li>Tickets from the quay kiosk</li><li>Cars by booking only</li><li>Bicycles free</li></ul>"
            "<p>Share this article</p></article>"
            "<footer><h1>Tolvik Harbour News</h1></footer></body></html>")


def test_a_page_headline_is_its_h1_not_the_site_name_nor_the_title_with_its_suffix():
    from newsweave.read.html import from_html

    page = _story_page("Cracks close Tolvik ferry pier", "Ferry pier shut after cracks found | Tolvik Harbour News")
    assert from_html(page, "a", "a.html").title == "Cracks close Tolvik ferry pier"
    without_h1 = page.replace("<h1>Cracks close Tolvik ferry pier</h1>", "")
    # the logo's heading is repeated on the page, so it is no headline: the <title> less the site name is
    assert from_html(without_h1, "a", "a.html").title == "Ferry pier shut after cracks found"


def test_a_web_page_keeps_its_subheadings_and_loses_only_lines_marked_as_debris():
    from newsweave.clean import clean
    from newsweave.read.html import from_html

    article = from_html(_story_page("Cracks close Tolvik ferry pier", "Pier shut"), "a", "a.html")
    [cleaned] = clean([article])
    assert article.extracted
    assert "Where to board" in cleaned.text and "Cars by booking only" in cleaned.text  # the article's own list, kept
    assert "Share this article" not in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["share-buttons"]
    # the same lines as scraped text: a run of short lines after the story reads as a page's menu there
    from dataclasses import replace
    [scraped] = clean([replace(article, extracted=False)])
    assert "Cars by booking only" not in scraped.text


def test_a_year_the_story_mentions_is_not_the_page_date():
    from newsweave.read.html import from_html

    body = ("<p>The Tolvik ferry pier closed on Monday after engineers found cracks in two of its pillars, the harbour "
            "office said.</p><p>It is not the first scare at the pier: in 2019 a storm tore away its railings.</p>")
    page = f"<html><head><title>Pier shut</title></head><body><article><h1>Cracks close Tolvik pier</h1>{body}</article></body></html>"
    assert from_html(page, "a", "a.html").published is None
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2024-03-10">')
    assert str(from_html(dated, "a", "a.html").published) == "2024-03-10"
