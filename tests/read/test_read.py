"""Reading (read/__init__): every input — a file, a folder, a bad file — becomes articles, a skipped
input with a reason, or one clear error."""

import codecs
import json

import pytest

from newsweave.model import NewsweaveError
from newsweave.read import read


def test_directory_recursive_and_other_files_accounted(tmp_path, write, story, page):
    write(tmp_path, "a/one.txt", story)
    write(tmp_path, "a/b/two.htm", page)
    write(tmp_path, "a/notes.md", "# notes")
    articles, skipped = read([tmp_path / "a"])
    assert sorted(a.id for a in articles) == ["one", "two"]
    assert [s.input for s in skipped] == [str(tmp_path / "a" / "notes.md")]


def test_same_id_twice_stays_distinct(tmp_path, write, story):
    articles, _ = read([write(tmp_path, "x/a.txt", story), write(tmp_path, "y/a.txt", story)])
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
def test_bad_inputs_name_the_input_and_the_fix(tmp_path, name, data, problem, write):
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


def test_skip_bad_carries_on_and_accounts_for_every_input(tmp_path, write, story):
    good = write(tmp_path, "good.txt", story)
    bad = write(tmp_path, "bad.txt", b"")
    lines = write(tmp_path, "mixed.jsonl", json.dumps({"text": story}) + "\nnot json\n" + json.dumps({"id": "q"}) + "\n")
    articles, skipped = read([good, bad, tmp_path / "missing.txt", lines], skip_bad=True)
    assert [a.id for a in articles] == ["good", "mixed-1"]
    assert sorted(s.input for s in skipped) == sorted([str(bad), str(tmp_path / "missing.txt"), f"{lines}:2", f"{lines}:3"])
    assert all(s.reason for s in skipped)
