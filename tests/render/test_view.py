"""What every format shows alike (render.view): the facts section, counts in English, reported speech
after the outlet's word for it."""

import html
import re

from newsweave.render import render


def test_facts_section_lists_corroborated_facts_and_counts_the_rest(example_brief):
    corroborated = [f for f in example_brief.facts if f.independent_sources >= 2]
    single = [f for f in example_brief.facts if f.independent_sources < 2]
    assert corroborated and single
    def words(text):
        return " ".join(html.unescape(text).replace("\\", "").split())

    for fmt in ("md", "text", "html"):
        out = words(render(example_brief, fmt))
        section = out.split("Facts and who reports them", 1)[1].split("Where they differ", 1)[0]
        listed, _, folded = section.partition(f"{len(single)} more facts")
        assert all(words(f.text)[:40] in listed for f in corroborated[:5]), fmt
        assert not any(words(f.text)[:60] in listed for f in single), fmt
        assert folded, fmt
        # the HTML page folds the rest in (every fact reachable there); the others say where they are
        assert all(words(f.text)[:60] in folded for f in single) if fmt == "html" else folded.startswith(", each from a single origin (one outlet or copies of one text): all in --format json and --format html."), fmt


def test_the_html_articles_table_shows_outlets_and_copies_not_internal_numbers(example_brief):
    page = render(example_brief, "html")
    table = page.split("<h2>Articles</h2>", 1)[1]
    assert "origin group" not in table and "occasion" not in table
    assert "<td>duplicate of Northline Wire</td>" in table and "<td>outlet not named</td>" in table
    assert '<td class="meta">' in table and "nessa-island-notes.txt" in table


def test_counts_read_as_english_in_every_format(hostile_brief):
    one = hostile_brief  # one article, one outlet, one source
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
