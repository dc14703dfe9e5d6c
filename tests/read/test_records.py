"""JSON records (read.records): one record, JSON Lines from a file or standard input."""

import datetime as dt
import io
import json

from newsweave.read import read


def test_json_and_jsonl_records(tmp_path, write, story, page):
    record = {"id": "r1", "text": story, "title": "Port reopens", "source": "Bay Times", "published": "2030-05-02T10:00:00", "url": "https://example.org/a"}
    single = write(tmp_path, "one.json", json.dumps(record))
    lines = write(tmp_path, "many.jsonl", json.dumps({"text": story}) + "\n\n" + json.dumps({"id": "h", "html": page}) + "\n")
    articles, skipped = read([single, lines])
    assert [a.id for a in articles] == ["r1", "many-1", "h"]
    assert (articles[0].source, articles[0].published, articles[0].url) == ("Bay Times", dt.date(2030, 5, 2), "https://example.org/a")
    assert articles[2].title == "Port reopens" and not skipped


def test_stdin_json_lines(story):
    stdin = io.StringIO(json.dumps({"id": "s", "text": story}) + "\n")
    [article], _ = read(["-"], stdin=stdin)
    assert article.id == "s" and article.input == "<stdin>:1"


def test_json_lines_end_only_at_a_line_feed(tmp_path, write, story):
    lines = [json.dumps({"id": "a", "text": story + "Para\u2028graph\u2029and\x0cform feed."}, ensure_ascii=False), json.dumps({"id": "b", "text": story})]
    articles, skipped = read([write(tmp_path, "r.jsonl", "\r\n".join(lines))])
    assert [a.id for a in articles] == ["a", "b"] and not skipped and "\u2028graph\u2029and\x0cform" in articles[0].original


def test_exported_records_read_back_with_their_ids(tmp_path, write, story):
    exported = [
        {"article": "northline-wire", "story": "s1", "duplicate_of": None, "source": "Northline Wire", "url": "https://northline.example/a",
         "published": "2031-03-10", "title": "Port reopens", "text": story},
        {"article": "tidemark-courier", "story": "s1", "duplicate_of": "northline-wire", "source": "Tidemark Courier", "url": None,
         "published": None, "title": "Port reopens", "text": story},
        {"id": "given", "article": "ignored", "text": story},
    ]
    path = write(tmp_path, "export.jsonl", "\n".join(json.dumps(r) for r in exported) + "\n")
    articles, skipped = read([path])
    assert [a.id for a in articles] == ["northline-wire", "tidemark-courier", "given"] and not skipped
    assert [(a.source, a.url, a.published, a.title) for a in articles[:2]] == [
        ("Northline Wire", "https://northline.example/a", dt.date(2031, 3, 10), "Port reopens"), ("Tidemark Courier", None, None, "Port reopens"),
    ]
