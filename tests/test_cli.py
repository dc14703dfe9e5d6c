"""The command line: exit codes, messages on stderr, and outputs that account for every input."""

import json

from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.read import example_dir

runner = CliRunner()


def test_clean_jsonl_on_the_example():
    result = runner.invoke(app, ["clean", str(example_dir())])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert {"article", "title", "published", "source", "url", "text", "removed"} <= set(records[0])
    assert all(r["removed"] and {"text", "reason", "start", "end"} <= set(r["removed"][0]) for r in records[:4])


def test_clean_text_format(tmp_path):
    out = tmp_path / "out.txt"
    result = runner.invoke(app, ["clean", str(example_dir()), "--format", "text", "-o", str(out)])
    assert result.exit_code == 0
    text = out.read_text()
    assert "== northline-wire" in text and "[share-buttons]" in text


def test_bad_input_stops_with_one_clear_line(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = runner.invoke(app, ["clean", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"newsweave: {bad}: the file is empty (remove it or give it the article's text; or run with --skip-bad to leave it out and go on)"]


def test_skip_bad_reports_what_it_skipped(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("Port reopens\n\nThe port reopened on Tuesday after the storm, officials said.\n")
    result = runner.invoke(app, ["clean", str(tmp_path), "--skip-bad"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("article") for r in records] == ["good", None]
    assert records[1] == {"input": str(tmp_path / "empty.txt"), "skipped": "the file is empty"}
    assert "skipped" in result.stderr


def test_quotes_jsonl_offsets_index_the_original():
    from newsweave.read import read

    originals = {a.id: a.original for a in read([example_dir()])[0]}
    result = runner.invoke(app, ["quotes", str(example_dir())])
    assert result.exit_code == 0
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert found and {"article", "text", "start", "end", "speaker", "speaker_start", "speaker_end", "cue", "direct", "parts",
                      "mixed"} <= set(found[0])
    for q in found:
        original = originals[q["article"]]
        assert all(original[p["start"]: p["end"]] == p["text"] for p in q["parts"])
        if q["direct"] and len(q["parts"]) > 1:
            assert q["text"] == " … ".join(p["text"] for p in q["parts"])
            assert (q["start"], q["end"]) == (q["parts"][0]["start"], q["parts"][-1]["end"])
        else:
            assert original[q["start"]: q["end"]] == q["text"]
    # one record per quotation: the Gazette's quote of Tolvik given in two parts around "Tolvik said" is one line
    text = runner.invoke(app, ["quotes", str(example_dir() / "saltmere-gazette.txt"), "--format", "text"]).stdout
    assert [line for line in text.splitlines() if "nobody was killed" in line] == [
        "saltmere-gazette [1183:1283] Maren Tolvik [said]: “Both crews reacted quickly once it happened … and that is the reason nobody was killed”"]
    assert any(q["speaker"] == "Lena Brask" and originals[q["article"]][q["speaker_start"]: q["speaker_end"]] == "she" for q in found)


def test_copies_accounts_for_an_input_that_cleaning_empties(tmp_path):
    # a saved sharing widget: every line is page debris, so nothing is left to compare
    (tmp_path / "widget.txt").write_text("Share on Facebook\nShare on Twitter\nSubscribe to our newsletter\n")
    for name in ("northline-wire", "tidemark-courier"):
        (tmp_path / f"{name}.txt").write_text((example_dir() / f"{name}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["copies", str(tmp_path), "--skip-bad"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["relation"] for r in records if "relation" in r] == ["duplicate"]
    assert [r for r in records if "skipped" in r] == [
        {"input": str(tmp_path / "widget.txt"), "skipped": "nothing left after cleaning: every line looked like page debris"}]
    assert f"skipped {tmp_path / 'widget.txt'}" in result.stderr
    text = runner.invoke(app, ["copies", str(tmp_path), "--format", "text", "--skip-bad"])
    assert text.exit_code == 0 and f"skipped {tmp_path / 'widget.txt'}: nothing left" in text.stdout
    # without --skip-bad an input that is all page debris is a bad input: one line, exit 2
    strict = runner.invoke(app, ["copies", str(tmp_path)])
    assert strict.exit_code == 2 and strict.stderr.startswith(f"newsweave: {tmp_path / 'widget.txt'}: nothing left after cleaning")


def test_quotes_fails_in_one_line_when_cleaning_empties_every_input(tmp_path):
    (tmp_path / "widget.txt").write_text("Share on Facebook\nShare on Twitter\n")
    result = runner.invoke(app, ["quotes", str(tmp_path), "--skip-bad"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith(f"newsweave: {tmp_path / 'widget.txt'}: no article is left to read")


def test_stages_lists_the_pipeline_in_running_order():
    from newsweave.pipeline import order

    result = runner.invoke(app, ["stages"])
    assert result.exit_code == 0
    names = [line.split()[1] for line in result.stdout.splitlines() if line[:3].strip().rstrip(".").isdigit()]
    assert names == [s.name for s in order()]
    assert names[0] == "nlp" and names[-1] == "brief"
    assert "needs: articles" in result.stdout


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


def test_version():
    from newsweave import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"newsweave {__version__}\n" and __version__[0].isdigit()


def test_output_is_checked_before_any_work(tmp_path):
    for output, problem in ((tmp_path / "missing" / "b.html", "its folder"), (tmp_path, "is a directory")):
        # the input does not exist either: -o is checked first, so nothing is read
        result = runner.invoke(app, ["brief", str(tmp_path / "nothing-here"), "-o", str(output)])
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [result.stderr.strip()] and f"newsweave: {output}: {problem}" in result.stderr


def test_error_lines_cannot_carry_terminal_escapes(tmp_path):
    bad = tmp_path / "\x1b]0;owned\x07\x1b[2J.txt"
    bad.write_text("")
    result = runner.invoke(app, ["clean", str(bad)])
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b]0;owned\\x07\\x1b[2J.txt: the file is empty" in result.stderr


def test_a_long_article_is_analysed_in_pieces(monkeypatch):
    from newsweave import nlp
    from newsweave.model import Article

    monkeypatch.setattr(nlp, "PIECE", 300)
    text = "Harbour news\n\n" + " ".join(f"The pier number {i} closed on Monday after a storm, officials said." for i in range(40))
    [doc] = nlp.analyse([Article(id="long", original=text)])
    assert doc.text == text and len(list(doc.sents)) == 41
    assert all(len(piece) <= 300 for piece in nlp.pieces(text)) and "".join(nlp.pieces(text)) == text


def test_offsets_of_a_web_page_index_a_text_newsweave_shows(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in (example_dir() / "northline-wire.txt").read_text(encoding="utf-8").splitlines()[2:] if line.strip())
    (tmp_path / "wire.html").write_text(f"<html><head><title>Ferry and tanker collide</title></head><body><nav>Home | Sport</nav>"
                                        f"<article>{paragraphs}</article><footer>Share this article</footer></body></html>", encoding="utf-8")
    (tmp_path / "gazette.txt").write_text((example_dir() / "saltmere-gazette.txt").read_text(encoding="utf-8"), encoding="utf-8")
    data = json.loads(runner.invoke(app, ["brief", str(tmp_path), "--format", "json"]).stdout)
    shown = {a["id"]: a["original"] for a in data["articles"]}
    assert "<p>" not in shown["wire"] and "Hollin Bay" in shown["wire"]
    spans = [e for item in data["summary"] + data["facts"] for e in item["evidence"]]
    assert any(e["article"] == "wire" for e in spans)
    assert all(shown[e["article"]][e["start"]: e["end"]] == e["text"] for e in spans)
    cleaned = [json.loads(line) for line in runner.invoke(app, ["clean", str(tmp_path / "wire.html")]).stdout.splitlines()]
    assert all(cleaned[0]["original"][r["start"]: r["end"]] == r["text"] for r in cleaned[0]["removed"])
