"""Every span anywhere in a brief points at the words the brief shows for it.

The walker knows no section by name: any dict in `brief.to_dict()` with an integer `start` and `end`
and a string `text` is a span into the original text of its `article` (its own, or the nearest
enclosing dict's), and any `<name>_start`/`<name>_end` pair (`speaker_start`, ...) is a span too.
Spans added to the brief later are checked without a change here.

Run over the bundled example and over stories made up from invented pieces: outlets, people,
quotes in “curly” and "straight" marks, said/told cues, relative dates, page debris and words
glued by scraping ("Vargasaid")."""

import datetime as dt
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsweave
from newsweave.model import Article, to_dict
from newsweave.story.quotes import quotes
from newsweave.weave import articles_of


def spans_in(data, article=None, where="brief"):
    """Every span in a brief's JSON: (where, article, start, end, the text shown or None, its parts)."""
    if isinstance(data, list):
        for n, item in enumerate(data):
            yield from spans_in(item, article, f"{where}[{n}]")
        return
    if not isinstance(data, dict):
        return
    article = data.get("article", article)
    if _is_int(data.get("start")) and _is_int(data.get("end")):
        shown = data["text"] if isinstance(data.get("text"), str) else None
        yield where, article, data["start"], data["end"], shown, data.get("parts") or ()
    for key in data:
        if key.endswith("_start"):
            name = key[: -len("_start")]
            if _is_int(data[key]) and _is_int(data.get(f"{name}_end")):
                shown = data.get(f"{name}_text")
                yield f"{where}.{name}", article, data[key], data[f"{name}_end"], shown, ()
    for key, value in data.items():
        yield from spans_in(value, article, f"{where}.{key}")


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_spans(data, originals: dict[str, str]) -> int:
    """Assert every span in `data` (a brief's JSON, or a list of records) indexes its article's
    original text; the number of spans checked."""
    checked = 0
    for where, article, start, end, shown, parts in spans_in(data):
        assert article in originals, f"{where}: span of unknown article {article!r}"
        original = originals[article]
        assert 0 <= start < end <= len(original), f"{where}: [{start}:{end}] empty or outside {article} ({len(original)} chars)"
        found = original[start:end]
        if parts and found == shown:
            # reported speech holding quoted words: they are its parts (each a span, checked on its own), inside it
            assert all(start <= p["start"] < p["end"] <= end for p in parts), f"{where}: a part outside the span"
        elif parts:
            # a quote given in parts around its attribution: each part is a span (checked on its own);
            # the whole runs from the first part to the last, and shows the parts' words in order
            assert (parts[0]["start"], parts[-1]["end"]) == (start, end), f"{where}: parts do not bound the span"
            at = 0
            for part in parts:
                at = shown.find(part["text"].strip(" ,.;:“”\"'‘’"), at)
                assert at >= 0, f"{where}: part {part['text']!r} not in the shown text {shown!r}"
        elif shown is None:
            # a span whose words the brief does not repeat (`speaker_start`: maybe "she"): a
            # non-empty stretch of text, no space at its edges
            assert found and found == found.strip(), f"{where}: {article}[{start}:{end}] is {found!r}"
        else:
            assert found == shown, f"{where}: {article}[{start}:{end}] is {found!r}, the brief shows {shown!r}"
        checked += 1
    return checked


# ---- the bundled example

def test_every_span_of_the_example_brief_indexes_the_original(example_articles, example_brief):
    articles, brief = example_articles, example_brief  # as read by `newsweave.read`, and its brief
    originals = {a.id: a.original for a in articles}
    assert {a.id for a in brief.articles} == set(originals)
    # facts, summary, quotes and their parts, timeline, events, divergences, provenance: hundreds
    assert check_spans(brief.to_dict(), originals) >= 250
    # `newsweave quotes`: every quote and its speaker's mention
    assert check_spans(quote_records(articles), originals) >= 2 * 40


def quote_records(articles):
    """The records `newsweave quotes` prints."""
    return [to_dict(q) for q in quotes(articles_of(articles)[0])]


# ---- made-up stories

OUTLETS = ["Veldmark Post", "Corran Daily", "Isenholt Wire", "The Brisk Gazette", "Lowmoor Radio"]
PEOPLE = [("Mayor", "Ilse Varga"), ("Harbour master", "Pavel Roth"), ("Councillor", "Tomas Brekke"),
          ("Inspector", "Lena Brask"), ("Minister", "Odile Marrow")]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "last week", "on Friday morning", "on March 11"]
VESSELS = ["the ferry Skarn", "the tanker Grey Heron", "the tug Nettle"]
PLACES = ["Tolvik Point", "the Brennick quay", "the Gullrock channel"]
CLAUSES = ["the pier was safe", "the channel would reopen within a week", "no one had been told about the fog",
           "repairs would cost more than the council had set aside"]
QUOTES = ["We will find out exactly what went wrong", "Nobody will lose a job over this",
          "The crew kept everyone calm and got us to the quay", "I have never seen the harbour this crowded"]
DEBRIS = ["Share this article", "Follow us on Facebook and X to stay informed.", "Leave a Reply",
          "Sign up for our newsletter to get the headlines in your inbox.", "Photo: Ann Example/Coast Agency",
          "By Jane Roe, Staff Reporter", "<script>track()</script>", "We use cookies to improve your experience."]
MARKS = [("“", "”"), ('"', '"'), ("``", "''")]
POST = "The first ferry is back at the quay! — {person} (@{handle}) March 11, 2031"
# how two sentences meet: a paragraph break (also as Windows writes it), a line, a space, or glued at the full stop
JOINS = ["\n\n", "\n\n", "\n\n", "\r\n\r\n", "\n", " ", ""]


@st.composite
def sentences(draw):
    """One sentence of a made-up report (a fact, a quote, reported speech), and the name before its
    'said' when it has one (where scraping may glue them: "Vargasaid")."""
    title, person = draw(st.sampled_from(PEOPLE))
    surname = person.split()[-1]
    day, vessel, place = draw(st.sampled_from(DAYS)), draw(st.sampled_from(VESSELS)), draw(st.sampled_from(PLACES))
    clause, quote = draw(st.sampled_from(CLAUSES)), draw(st.sampled_from(QUOTES))
    opening, closing = draw(st.sampled_from(MARKS))
    injured = draw(st.sampled_from([14, 17, 203]))
    kind = draw(st.integers(0, 8))
    if kind == 0:
        return f"{vessel[0].upper()}{vessel[1:]} ran aground off {place} {day}, the coast guard said.", None
    if kind == 1:
        return f"In all, {injured} people were injured, {title.lower()} {person} said {day}.", surname
    if kind == 2:
        return f"{opening}{quote},{closing} {title} {person} said.", person
    if kind == 3:
        cut = quote.split()
        head, tail = " ".join(cut[:3]), " ".join(cut[3:])
        return f"{opening}{head},{closing} {surname} said, {opening}{tail}.{closing}", surname
    if kind == 4:
        return f"{person} told {draw(st.sampled_from(OUTLETS))} {day} that {clause}.", None
    if kind == 5:
        return f"According to the harbour office, {clause}.", None
    if kind == 6:
        return f"{opening}{quote},{closing} she said.", None
    if kind == 7:
        return f"{title} {person} said {day} that {clause}.", person
    # a line of a quote whose speaker the sentence before names
    return (f"{opening}{quote},{closing} {title} {person} said {day}.\n\n"
            f"{opening}We have found the money for the repairs, and the work on {place} starts next week.{closing}"), person


@st.composite
def stories(draw):
    """Two to four articles by made-up outlets, sharing some sentences (copies, shared quotes) and
    not others; around and in them what pages and feeds do to text: debris lines, an embedded post,
    a dateline, a stamp, a 'said' glued to its name, sentences glued at the full stop, hard-wrapped
    lines, Windows line ends, no-break spaces, a leading date token."""
    pool = draw(st.lists(sentences(), min_size=4, max_size=8))
    articles = []
    for n in range(draw(st.integers(2, 4))):
        outlet = OUTLETS[n]
        chosen = draw(st.lists(st.sampled_from(pool), min_size=3, max_size=6))
        lines = []
        for sentence, name in chosen:
            if name and draw(st.integers(0, 4)) == 0:
                sentence = sentence.replace(f"{name} said", f"{name}said", 1)
            lines.append(sentence)
        if draw(st.integers(0, 3)) == 0:
            _, person = draw(st.sampled_from(PEOPLE))
            lines.insert(draw(st.integers(0, len(lines))), POST.format(person=person, handle=person.split()[-1].lower()))
        for debris in draw(st.lists(st.sampled_from(DEBRIS), max_size=3)):
            lines.insert(draw(st.integers(0, len(lines))), debris)
        if draw(st.integers(0, 2)) == 0:
            lines[0] = draw(st.sampled_from(["TOLVIK (Isenholt Wire) - ", "BRENNICK - ", "TOLVIK, March 10 (Corran Daily) — "])) + lines[0]
        if draw(st.integers(0, 3)) == 0:
            lines.insert(1, "(Published Tuesday, March 10, 2031)")
        if draw(st.integers(0, 3)) == 0:  # a wire's hard-wrapped lines
            lines = [textwrap.fill(line, width=draw(st.sampled_from([60, 72]))) for line in lines]
        if draw(st.integers(0, 3)) == 0:
            lines = [line.replace(" said", "\u00a0said") for line in lines]
        if draw(st.booleans()):
            lines.insert(0, f"Ferry runs aground off {draw(st.sampled_from(PLACES))}")
        published = dt.date(2031, 3, 9) + dt.timedelta(days=draw(st.integers(0, 4))) if draw(st.booleans()) else None
        text = lines[0]
        for line in lines[1:]:
            text += draw(st.sampled_from(JOINS)) + line
        if draw(st.integers(0, 3)) == 0:
            text = " date 2031-03-1{} ".format(draw(st.integers(0, 3))) + text
        articles.append(Article(id=outlet.lower().replace(" ", "-"), original=text, published=published, source=outlet))
    return articles


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories())
def test_every_span_of_a_made_up_story_indexes_the_original(articles):
    originals = {a.id: a.original for a in articles}
    brief = newsweave.brief(articles)
    assert {a.id for a in brief.articles} == set(originals)
    assert check_spans(brief.to_dict(), originals) >= 3 * len(articles)
    check_spans(quote_records(articles), originals)


def test_the_walker_finds_spans_it_was_never_told_about():
    """A span the brief may gain later (an entity's mention) is found and checked like the others."""

    original = {"a": "Mayor Ilse Varga said she would stay."}
    mention = {"entities": [{"name": "Ilse Varga", "mentions": [{"article": "a", "start": 6, "end": 16, "text": "Ilse Varga"}]}],
               "quotes": [{"article": "a", "speaker_start": 22, "speaker_end": 25, "text": "she"}]}
    assert check_spans(mention, original) == 2
    with pytest.raises(AssertionError, match="Ilse Varg"):
        mention["entities"][0]["mentions"][0]["end"] = 15
        check_spans(mention, original)
