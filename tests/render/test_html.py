"""The brief as one HTML file (render.html): article text and links can never become markup or script."""

from newsweave.render import render


def test_html_escapes_article_text_and_links(hostile_brief):
    html = render(hostile_brief, "html")
    assert "<img" not in html.lower() and "<b>" not in html
    assert "&lt;img src=y onerror=steal()&gt;" in html
    assert "javascript:" not in html
    assert "<i>Site" not in html and "&lt;i&gt;Site" in html
