"""Messy and hostile inputs (issue 19): every one is read, or reported with its reason, or stopped with one
clear error; nothing hangs, nothing is merged, nothing newsweave wrote is read back as an article."""

import codecs
import json
import os
from pathlib import Path

import pytest

from newsweave.model import Article, NewsweaveError
from newsweave.read import read


def test_a_named_pipe_named_directly_is_an_error_not_a_hang(tmp_path):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    with pytest.raises(NewsweaveError, match="named pipe"):
        read([fifo])


def test_a_folder_reports_links_pipes_and_hidden_entries_it_does_not_read(tmp_path, write, story):
    write(tmp_path, "in/good.txt", story)
    write(tmp_path, "in/.draft.txt", story)
    write(tmp_path, "in/.git/config.txt", story)
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    (tmp_path / "in" / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "in" / "loop").symlink_to("loop")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "in" / "alias.txt").symlink_to(tmp_path / "in" / "good.txt")
    articles, skipped = read([tmp_path / "in"])
    assert [a.id for a in articles] == ["alias"]  # a link to a file is read; the file it names is then not read twice
    reasons = {Path(s.input).name: s.reason for s in skipped}
    assert set(reasons) == {".draft.txt", ".git", "pipe.txt", "gone.txt", "loop", "linked", "good.txt"}
    assert reasons[".git"].startswith("hidden") and reasons[".draft.txt"].startswith("hidden")
    assert "named pipe" in reasons["pipe.txt"] and "broken symbolic link" in reasons["gone.txt"]
    assert "loop" in reasons["loop"] and "link to a folder" in reasons["linked"] and "read once" in reasons["good.txt"]


def test_a_hidden_file_named_directly_is_read(tmp_path, write, story):
    [article], _ = read([write(tmp_path, ".draft.txt", story)])
    assert article.id == ".draft"


@pytest.mark.parametrize("encoding, bom", [("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf32_with_a_byte_order_mark(tmp_path, write, encoding, bom):
    [article], _ = read([write(tmp_path, "a.txt", bom + "Café “quotes” reopen".encode(encoding))])
    assert article.original == "Café “quotes” reopen" and not article.warnings


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(tmp_path, write, story, encoding):
    [article], _ = read([write(tmp_path, "a.txt", story.encode(encoding))])
    assert article.original == story and article.warnings == (f"{tmp_path / 'a.txt'}: no byte-order mark; read as {encoding.upper()}",)


def test_record_fields_that_are_not_text_are_read_as_text_or_ignored_with_a_warning(tmp_path, write, story):
    record = {"id": 17, "text": story, "title": 2031, "source": ["Bay", "Times"], "url": 7}
    [article], _ = read([write(tmp_path, "r.jsonl", json.dumps(record))])
    assert (article.id, article.title, article.source, article.url) == ("17", "2031", None, None)
    assert [w.split(": ", 1)[1] for w in article.warnings] == ["`url` is int, not text; ignored", "`source` is list, not text; ignored"]


def test_same_ids_are_made_unique_even_against_a_taken_suffix(tmp_path, write, story):
    lines = [{"id": "a", "text": story}, {"id": "a~2", "text": story + " More."}, {"id": "a", "text": story + " Again."}]
    articles, _ = read([write(tmp_path, "r.jsonl", "\n".join(map(json.dumps, lines)))])
    assert [a.id for a in articles] == ["a", "a~2", "a~3"]
    assert "id 'a' is used by an earlier input; this one is 'a~3'" in articles[2].warnings[-1]


def test_an_article_past_the_stated_limit_is_refused_by_name(tmp_path, write, monkeypatch):
    import sys

    reader = sys.modules["newsweave.read"]

    monkeypatch.setattr(reader, "MAX_ARTICLE_CHARS", 100)
    path = write(tmp_path, "huge.txt", "The harbour closed. " * 10)
    with pytest.raises(NewsweaveError, match="over newsweave's limit of 100 for one article"):
        read([path])
    assert read([path], skip_bad=True) == ([], [reader.Skipped(str(path), "is 200 characters long, over newsweave's limit of 100 for one article")])


def test_what_newsweave_wrote_is_not_read_back(tmp_path, write, story):
    from newsweave.read.own import GENERATOR, MARK

    write(tmp_path, "in/good.txt", story)
    write(tmp_path, "in/brief.html", f"<html><head>{GENERATOR}</head><body><p>{story * 5}</p></body></html>")
    write(tmp_path, "in/brief.json", json.dumps({"story": {}, "summary": [], "facts": [], "articles": []}))
    write(tmp_path, "in/brief.txt", story + "\n" + MARK + "\n")
    write(tmp_path, "in/clean.jsonl", json.dumps({"article": "good", "text": story, "removed": []}))
    articles, skipped = read([tmp_path / "in"])
    assert [a.id for a in articles] == ["good"]
    assert sorted((Path(s.input).name, s.reason) for s in skipped) == [
        ("brief.html", "written by newsweave (a brief), not an article"),
        ("brief.json", "written by newsweave (a brief), not an article"),
        ("brief.txt", "written by newsweave (a brief), not an article"),
        ("clean.jsonl:1", "written by newsweave (a record of `newsweave clean`), not an article")]


def test_every_brief_format_carries_the_mark_the_reader_knows(example_brief):
    from newsweave.read.own import made_by_newsweave
    from newsweave.render import render

    for fmt, kind in (("html", "html"), ("json", "json"), ("text", "text"), ("md", "text")):
        assert made_by_newsweave(render(example_brief, fmt), kind) == "a brief", fmt


def test_one_path_given_as_a_string_or_path_is_one_input(story, tmp_path, write):
    path = write(tmp_path, "in/a.txt", story)
    assert [a.id for a in read(str(tmp_path / "in"))[0]] == [a.id for a in read(path)[0]] == ["a"]
    with pytest.raises(TypeError, match="read\\(\\) takes paths"):
        read([Article(id="a", original=story)])
