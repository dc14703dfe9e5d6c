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
