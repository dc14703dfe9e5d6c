"""Readers and decoders: every input becomes articles, a skipped record with a reason, or one clear error."""

import codecs
import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.model import NewsweaveError
from newsweave.read import read

STORY = "Port reopens\n\nThe port of Example Bay reopened on Tuesday after a storm, officials said.\n"
PAGE = """<html><head><title>Port reopens - Bay Times</title><meta property="og:site_name" content="Bay Times">
<meta name="date" content="2024-05-02"></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Port reopens</h1><p>The port of Example Bay reopened on Tuesday after a storm closed it for two days, officials said.</p>
<p>Ships that had waited outside the harbour began to move in at dawn, and the harbour office said traffic would be normal by Friday.</p>
<p>The storm had brought winds of more than 100 kilometres an hour to the coast and cut power to several villages.</p></article>
<footer>© 2030 Bay Times</footer></body></html>"""


def write(tmp_path, name, data):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_text_with_date_token(tmp_path):
    path = write(tmp_path, "bay-times.txt", " date 2030-05-02 " + STORY)
    [article], skipped = read([path])
    assert (article.id, article.published, skipped) == ("bay-times", dt.date(2030, 5, 2), [])
    assert article.original == " date 2030-05-02 " + STORY


@pytest.mark.parametrize("encoding, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_unicode_with_byte_order_marks(tmp_path, encoding, bom):
    text = "Café “quotes” reopen"
    [article], _ = read([write(tmp_path, "a.txt", bom + text.encode(encoding))])
    assert article.original == text and not article.warnings


def test_legacy_single_byte_fallback_is_reported(tmp_path):
    [article], _ = read([write(tmp_path, "old.txt", "The café reopened.".encode("cp1252"))])
    assert article.original == "The café reopened."
    assert len(article.warnings) == 1 and "cp1252" in article.warnings[0]


def test_html_page(tmp_path):
    [article], _ = read([write(tmp_path, "page.html", PAGE)])
    assert article.title == "Port reopens"
    assert article.source == "Bay Times"
    assert article.published == dt.date(2024, 5, 2)
    assert "reopened on Tuesday" in article.original and "Sport" not in article.original


def test_json_and_jsonl_records(tmp_path):
    record = {"id": "r1", "text": STORY, "title": "Port reopens", "source": "Bay Times", "published": "2030-05-02T10:00:00", "url": "https://example.org/a"}
    single = write(tmp_path, "one.json", json.dumps(record))
    lines = write(tmp_path, "many.jsonl", json.dumps({"text": STORY}) + "\n\n" + json.dumps({"id": "h", "html": PAGE}) + "\n")
    articles, skipped = read([single, lines])
    assert [a.id for a in articles] == ["r1", "many-1", "h"]
    assert (articles[0].source, articles[0].published, articles[0].url) == ("Bay Times", dt.date(2030, 5, 2), "https://example.org/a")
    assert articles[2].title == "Port reopens" and not skipped


def test_directory_recursive_and_other_files_accounted(tmp_path):
    write(tmp_path, "a/one.txt", STORY)
    write(tmp_path, "a/b/two.htm", PAGE)
    write(tmp_path, "a/notes.md", "# notes")
    articles, skipped = read([tmp_path / "a"])
    assert sorted(a.id for a in articles) == ["one", "two"]
    assert [s.input for s in skipped] == [str(tmp_path / "a" / "notes.md")]


def test_stdin_json_lines():
    stdin = io.StringIO(json.dumps({"id": "s", "text": STORY}) + "\n")
    [article], _ = read(["-"], stdin=stdin)
    assert article.id == "s" and article.input == "<stdin>:1"


def test_same_id_twice_stays_distinct(tmp_path):
    articles, _ = read([write(tmp_path, "x/a.txt", STORY), write(tmp_path, "y/a.txt", STORY)])
    assert [a.id for a in articles] == ["a", "a~2"] and articles[1].warnings


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"  \n", "empty"),
        ("blob.txt", b"\x00\x01\x02binary\x00", "binary"),
        ("bad16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "utf-16"),
        ("broken.jsonl", b'{"text": "fine"}\n{"text": oops}\n', "not a valid JSON line"),
        ("notext.jsonl", b'{"id": "x", "title": "no body"}\n', "no `text` or `html`"),
        ("broken.json", b'{"text": ', "not valid JSON"),
        ("empty.html", b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", "no article text"),
    ],
)
def test_bad_inputs_name_the_input_and_the_fix(tmp_path, name, data, problem):
    path = write(tmp_path, name, data)
    with pytest.raises(NewsweaveError) as raised:
        read([path])
    assert str(path) in str(raised.value) and problem in str(raised.value)
    assert raised.value.advice


def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(NewsweaveError, match="no such file"):
        read([tmp_path / "nope.txt"])
    with pytest.raises(NewsweaveError, match="no article files"):
        read([tmp_path / "empty"])


def test_skip_bad_carries_on_and_accounts_for_every_input(tmp_path):
    good = write(tmp_path, "good.txt", STORY)
    bad = write(tmp_path, "bad.txt", b"")
    lines = write(tmp_path, "mixed.jsonl", json.dumps({"text": STORY}) + "\nnot json\n" + json.dumps({"id": "q"}) + "\n")
    articles, skipped = read([good, bad, tmp_path / "missing.txt", lines], skip_bad=True)
    assert [a.id for a in articles] == ["good", "mixed-1"]
    assert sorted(s.input for s in skipped) == sorted([str(bad), str(tmp_path / "missing.txt"), f"{lines}:2", f"{lines}:3"])
    assert all(s.reason for s in skipped)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip() and "\x00" not in t and not any("\x80" <= c <= "\x9f" for c in t)))
def test_utf8_text_is_read_back_exactly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    [article], _ = read([path])
    assert article.original == text


def test_cp1252_quotes_stored_as_control_characters_are_repaired_in_place(tmp_path):
    [article], _ = read([write(tmp_path, "c1.txt", "\x93We will\x94 rebuild, she said.")])
    assert article.original == "“We will” rebuild, she said." and article.warnings


def test_an_html_title_that_is_page_furniture_is_no_title():
    from newsweave.read.html import from_html

    body = "The Tolvik ferry pier closed on Monday after engineers found cracks in two of its pillars, the harbour office said. " * 3
    page = f"<html><head><title>Related News</title></head><body><h2>Related News</h2><div><p>{body}</p></div></body></html>"
    assert from_html(page, "a", "a.html").title is None
