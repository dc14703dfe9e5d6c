"""WARC files (read.warc): HTML pages fetched with status 200 become articles; everything else is counted,
and damage keeps what came before it.

The crawls are written here with warcio, of pages the newsweave team made up (the fictional Saltmere story).
"""

import datetime as dt
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsweave.model import NewsweaveError
from newsweave.read import read
from newsweave.read.warc import from_warc

WIRE_PAGE = """<html><head><title>Ferry and tanker collide in Saltmere harbour</title>
<meta property="og:site_name" content="Northline Wire"><meta name="date" content="2024-03-10"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ferry and tanker collide in Saltmere harbour</h1>
<p>The passenger ferry Hollin Bay and the tanker Corvina Spirit collided in fog in Saltmere harbour on Monday morning, the harbour authority said.</p>
<p>Fourteen people were hurt, none of them badly, and the ferry returned to its berth under its own power before noon.</p>
<p>Harbour master Maren Tolvik said fog had covered the Gullrock channel for most of the morning.</p></article></body></html>"""

NOTES_PAGE = """<html><head><title>Island ferries cancelled after collision</title></head>
<body><article><h1>Island ferries cancelled after collision</h1>
<p>Ferries to Nessa Island did not sail on Wednesday while divers examined the hull of the Hollin Bay in Saltmere.</p>
<p>Islanders who had planned to travel to the mainland were told to wait for the Thursday sailing instead.</p>
<p>The Skerry Line said it would run two extra crossings on Friday to carry everyone who had been left behind.</p></article></body></html>"""

MAP_PAGE = "<html><head><title>Harbour map</title></head><body><img src='/map.png'></body></html>"

WIRE_URL = "https://www.northline.example/2031/03/10/ferry-collision"
NOTES_URL = "https://nessa-notes.example/harbour?id=3"


def _response(writer, url, status, content_type, body, date):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                     warc_headers_dict={"WARC-Date": date})


def _crawl(path, gzip):
    """A small crawl at `path`; returns the offset of each record, in order."""
    offsets = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        records = [
            writer.create_warcinfo_record(path.name, {"software": "newsweave tests"}),
            writer.create_warc_record(WIRE_URL, "request", payload=io.BytesIO(b"GET /2031/03/10/ferry-collision HTTP/1.1\r\n\r\n"),
                                      warc_headers_dict={"WARC-Date": "2024-03-11T07:00:00Z"}),
            _response(writer, WIRE_URL, "200 OK", "text/html; charset=utf-8", WIRE_PAGE.encode("utf-8"), "2024-03-11T07:00:01Z"),
            _response(writer, "https://www.northline.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n", "2024-03-11T07:00:02Z"),
            _response(writer, "https://www.northline.example/old-ferry-story", "301 Moved Permanently", "text/html", b"", "2024-03-11T07:00:03Z"),
            _response(writer, "https://www.northline.example/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>", "2024-03-11T07:00:04Z"),
            _response(writer, "https://www.northline.example/map", "200 OK", "text/html", MAP_PAGE.encode("utf-8"), "2024-03-11T07:00:05Z"),
            writer.create_warc_record("https://www.northline.example/map", "metadata", payload=io.BytesIO(b"outlinks: 1\r\n"),
                                      warc_content_type="application/warc-fields"),
            _response(writer, NOTES_URL, "200 OK", "text/html", NOTES_PAGE.encode("utf-8"), "2024-03-12T18:30:00Z"),
        ]
        for record in records:
            offsets.append(stream.tell())
            writer.write_record(record)
    return offsets


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_pages_become_articles(tmp_path, name, gzip):
    path = tmp_path / name
    offsets = _crawl(path, gzip)
    articles, skipped = read([path])
    assert [(a.id, a.url, a.published, a.source) for a in articles] == [
        # the page's own date and site name
        ("northline.example-2031-03-10-ferry-collision", WIRE_URL, dt.date(2024, 3, 10), "Northline Wire"),
        # no date or site name in the page: the day it was fetched, and the host
        ("nessa-notes.example-harbour-id-3", NOTES_URL, dt.date(2024, 3, 12), "nessa-notes.example"),
    ]
    assert [a.title for a in articles] == ["Ferry and tanker collide in Saltmere harbour", "Island ferries cancelled after collision"]
    assert articles[0].original == (
        "Ferry and tanker collide in Saltmere harbour\n"
        "The passenger ferry Hollin Bay and the tanker Corvina Spirit collided in fog in Saltmere harbour on Monday morning, the harbour authority said.\n"
        "Fourteen people were hurt, none of them badly, and the ferry returned to its berth under its own power before noon.\n"
        "Harbour master Maren Tolvik said fog had covered the Gullrock channel for most of the morning."
    )
    assert [a.input for a in articles] == [f"{path}[offset {offsets[2]}]", f"{path}[offset {offsets[8]}]"]
    assert [(s.input, s.reason) for s in skipped] == [
        (f"{path}[offset {offsets[6]}]", "https://www.northline.example/map: no article text found in the HTML page"),
        (str(path), "passed over 6 records that are not article pages "
                    "(metadata: 1, not HTML: 1, other status than 200: 1, redirect: 1, request: 1, warcinfo: 1)"),
    ]


def test_warc_in_a_folder_and_read_again_gives_the_same_ids(tmp_path):
    (tmp_path / "monday").mkdir()
    _crawl(tmp_path / "monday" / "crawl.warc.gz", True)
    _crawl(tmp_path / "tuesday.warc", False)
    first, _ = read([tmp_path / "monday"])
    again, _ = read([tmp_path / "tuesday.warc"])
    assert [a.id for a in first] == [a.id for a in again] == ["northline.example-2031-03-10-ferry-collision", "nessa-notes.example-harbour-id-3"]


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_a_cut_off_warc_keeps_what_came_before(tmp_path, name, gzip):
    whole = tmp_path / f"whole-{name}"
    offsets = _crawl(whole, gzip)
    cut = tmp_path / name
    cut.write_bytes(whole.read_bytes()[: offsets[8] + 200])  # inside the last page
    articles, skipped = read([cut])
    assert [a.id for a in articles] == ["northline.example-2031-03-10-ferry-collision"]
    assert skipped[-1].input == f"{cut}[offset {offsets[8]}]"
    assert skipped[-1].reason.startswith("is cut off or damaged")
    assert skipped[-1].reason.endswith("; the records before it were read, the rest of the file was not")


def test_damage_between_records(tmp_path):
    whole = tmp_path / "whole.warc"
    offsets = _crawl(whole, False)
    data = whole.read_bytes()
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[: offsets[7]] + b"NOT A RECORD\r\n\r\n" + data[offsets[7]:])
    articles, skipped = read([bad])
    assert [a.id for a in articles] == ["northline.example-2031-03-10-ferry-collision"]
    assert skipped[-1].input == f"{bad}[offset {offsets[7]}]" and skipped[-1].reason.startswith("is damaged here (")


def test_no_warc_and_an_empty_warc_are_bad_input(tmp_path, write):
    not_warc = write(tmp_path, "notes.warc", "Ferries to Nessa Island did not sail on Wednesday.\n")
    with pytest.raises(NewsweaveError, match="notes.warc: holds no whole WARC record at its start"):
        read([not_warc])
    _, skipped = read([not_warc, write(tmp_path, "empty.warc", b"")], skip_bad=True)
    assert [s.reason for s in skipped] == [
        "holds no whole WARC record at its start (not a WARC file, or cut off in its first record)", "the file is empty",
    ]


def test_a_page_over_the_limit_is_skipped(tmp_path):
    path = tmp_path / "crawl.warc"
    offsets = _crawl(path, False)
    too_big, empty_map, notes, passed_over = from_warc(path, "crawl.warc", "crawl", max_page_bytes=len(NOTES_PAGE))
    assert (too_big.input, too_big.reason) == (f"crawl.warc[offset {offsets[2]}]", f"{WIRE_URL}: the page is over newsweave's limit of {len(NOTES_PAGE):,} bytes")
    assert notes.id == "nessa-notes.example-harbour-id-3" and empty_map.reason.endswith("no article text found in the HTML page")
    assert passed_over.input == "crawl.warc"


def test_gzip_garbage_named_warc_is_bad_input(tmp_path, write):
    import gzip

    path = write(tmp_path, "notes.warc.gz", gzip.compress(b"Ferries to Nessa Island did not sail on Wednesday.\n")[:20])
    _, skipped = read([path], skip_bad=True)
    assert [s.reason for s in skipped] == ["holds no whole WARC record at its start (not a WARC file, or cut off in its first record)"]
