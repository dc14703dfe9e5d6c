"""One escaping discipline per format (render.escape): the same hostile strings, in every field a record
carries, never become markup, script, links or terminal control in any output."""

import json
import re
from html.parser import HTMLParser

from newsweave.render import render
from newsweave.render.escape import CONTROL, JSON_UNSAFE

TEMPLATE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "ol", "ul", "li", "details", "summary",
                 "blockquote", "strong", "em", "span", "table", "tr", "th", "td", "a", "del", "ins"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.links = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in ("href", "src")]


def _tags(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    return parser


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)


def test_the_brief_carries_the_hostile_strings_in_every_field(every_field_brief, hostile_strings):
    data = every_field_brief.to_dict()
    assert {a["id"] for a in data["articles"]} == set(hostile_strings)
    assert {a["title"] for a in data["articles"]} >= {f"Harbour closes {h}" for h in hostile_strings[:3]}
    shown = " ".join(_strings([data["quotes"], data["facts"], data["summary"]]))
    assert "<img src=x onerror=alert(" in shown and "\x1b[2J" in shown and "``<b>two</b>``" in shown


def test_html_shows_no_markup_no_script_no_control(every_field_brief):
    html = render(every_field_brief, "html")
    found = _tags(html)
    assert set(found.tags) <= TEMPLATE_TAGS and "script" not in found.tags and "img" not in found.tags
    assert all(link.startswith(("http:", "https:", "#")) for link in found.links) and "javascript:alert" not in " ".join(found.links)
    assert not CONTROL.search(html) and "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(3)&gt;" in html


def test_markdown_renders_no_html_no_link_and_ids_stay_in_their_code_spans(every_field_brief, hostile_strings):
    from markdown_it import MarkdownIt

    md = render(every_field_brief, "md")
    assert not CONTROL.search(md)
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    found = _tags(html)
    assert set(found.tags) <= {"h1", "h2", "p", "ol", "ul", "li", "strong", "em", "code"} and not found.links
    assert "<h1>" in html and html.count("<h1>") == 1 and "<table" not in html and "<del>" not in html
    for line in md.splitlines():
        if line.startswith("- `"):  # an article: its id is one code span, whatever backticks it holds
            fence = re.match(r"- (`+)", line).group(1)
            assert line.count(fence) >= 2 and not re.search(rf"(?<!`){fence}(?!`)", line.split(fence, 2)[2])


def test_terminal_text_has_no_control_or_escape_sequence(every_field_brief):
    plain = render(every_field_brief, "text")
    assert not CONTROL.search(plain.replace("\n", ""))
    coloured = render(every_field_brief, "text", color=True)
    assert not CONTROL.search(re.sub(r"\x1b\[[0-9;]*m", "", coloured))  # only rich's own colour codes
    assert "\\x1b]0;owned\\x07" in plain and "[bold red]markup[/bold red]" in plain


def test_json_keeps_every_string_exactly_and_prints_no_control(every_field_brief, hostile_strings):
    text = render(every_field_brief, "json")
    assert not JSON_UNSAFE.search(text) and not re.search("[\x00-\x1f]", text.replace("\n", ""))
    data = json.loads(text)
    assert data == json.loads(every_field_brief.to_json())
    assert sorted(a["input"] for a in data["articles"]) == sorted(f"{h}.txt" for h in hostile_strings)


def test_line_outputs_escape_what_they_print(tmp_path, hostile_strings):
    from typer.testing import CliRunner

    from newsweave.cli import app

    for i, h in enumerate(hostile_strings):
        (tmp_path / f"a{i}.jsonl").write_text(json.dumps({"id": h, "title": h, "source": h, "url": h, "text":
            f"Harbour closes\n\nThe harbour closed on Monday {h} after a storm, officials said. \"We will reopen {h},\" said Ada Lunde.\n"}))
    for command in (["clean", "--format", "text"], ["quotes", "--format", "text"], ["copies", "--format", "text"], ["clean"], ["quotes"]):
        result = CliRunner().invoke(app, [*command, str(tmp_path), "--skip-bad"])
        assert result.exit_code == 0, command
        assert not CONTROL.search(result.stdout.replace("\n", "")) and not CONTROL.search(result.stderr.replace("\n", "")), command
