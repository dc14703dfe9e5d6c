"""Renderers: every format shows the same brief, and article text can never become markup or script."""


import html
import re

from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.model import Article
from newsweave.read import example_dir
from newsweave.render import render
from newsweave.weave import brief

HOSTILE = ("Harbour <b>closes</b> <img src=x onerror=alert(1)>\n\n"
           "The harbour closed on Monday after officials found <img src=y onerror=steal()> a crack in the main pier, the port office said. "
           "Engineers from the city council inspected the pier on Tuesday and said repairs would take a month.")


def hostile_brief():
    b = brief([Article(id="evil", original=HOSTILE, url="javascript:alert(1)", source="Bad <i>Site</i>")])
    return b


def test_html_escapes_article_text_and_links():
    html = render(hostile_brief(), "html")
    assert "<img" not in html.lower() and "<b>" not in html
    assert "&lt;img src=y onerror=steal()&gt;" in html
    assert "javascript:" not in html
    assert "<i>Site" not in html and "&lt;i&gt;Site" in html


def test_markdown_escapes_markup():
    md = render(hostile_brief(), "md")
    assert re.search(r"(?<!\\)<", md) is None and "\\<img src=y onerror=steal()\\>" in md


def test_every_format_shows_the_summary(example_brief):
    first = example_brief.summary[0].text
    for fmt in ("json", "md", "html", "text"):
        out = render(example_brief, fmt)
        assert first.split(",")[0].replace("'", "&#39;") in out.replace("\n", " ") or first[:30] in out.replace("\n", " "), fmt


def test_terminal_text_fits_100_columns(example_brief):
    assert max(len(line) for line in render(example_brief, "text").splitlines()) <= 100


def test_cli_brief_writes_html_and_json(tmp_path):
    runner = CliRunner()
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", str(example_dir()), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text().startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["brief", str(example_dir()), "--format", "json", "--max-words", "50"])
    assert result.exit_code == 0 and '"independent_sources": 3' in result.stdout


def test_cli_copies_jsonl():
    result = CliRunner().invoke(app, ["copies", str(example_dir())])
    assert result.exit_code == 0
    assert '"relation": "duplicate"' in result.stdout.splitlines()[0]


def test_facts_section_lists_corroborated_facts_and_counts_the_rest(example_brief):
    corroborated = [f for f in example_brief.facts if f.independent_sources >= 2]
    single = [f for f in example_brief.facts if f.independent_sources < 2]
    assert corroborated and single
    def words(text):
        return " ".join(html.unescape(text).replace("\\", "").split())

    for fmt in ("md", "text", "html"):
        out = words(render(example_brief, fmt))
        section = out.split("Facts and who reports them", 1)[1].split("Where they differ", 1)[0]
        assert all(words(f.text)[:40] in section for f in corroborated[:5]), fmt
        assert not any(words(f.text)[:60] in section for f in single), fmt
        assert f"{len(single)} more facts" in section, fmt


def test_counts_read_as_english_in_every_format():
    one = hostile_brief()  # one article, one outlet, one source
    for fmt in ("md", "html", "text"):
        out = " ".join(render(one, fmt).split())
        assert re.search(r"\b1 article\b", out) and re.search(r"\b1 named outlet\b", out), fmt
        assert "1 independent source" in out and not re.search(r"\b1 (?:articles|named outlets|independent sources|mentions)\b", out), fmt


def test_reported_speech_is_shown_with_the_outlets_word_for_it(example_brief):
    reported = next(q for q in example_brief.quotes if not q.direct and q.speaker == "Ministry of Maritime Affairs")
    assert reported.variants[0].cue == "said"
    line = f"(said) {reported.text}"
    for fmt in ("md", "html", "text"):
        out = " ".join(render(example_brief, fmt).split()).replace("&#39;", "'")
        assert line[:60] in out, fmt
