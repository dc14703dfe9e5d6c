"""RSS and Atom feeds (read.feeds): one article per item, headline-only items kept, empty items skipped.

The feeds are made up by the newsweave team: the fictional Saltmere harbour story, told by fictional outlets.
"""

import datetime as dt
import gzip

import pytest

from newsweave.model import NewsweaveError
from newsweave.read import read

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Saltmere Gazette</title><link>https://gazette.example/</link>
<item>
  <title>Ferry and tanker collide in Saltmere fog</title>
  <link>https://gazette.example/2031/03/ferry-collision</link>
  <guid isPermaLink="false">https://gazette.example/?p=101</guid>
  <pubDate>Mon, 10 Mar 2031 23:30:00 -0500</pubDate>
  <description>Two ships collided in the harbour.</description>
  <content:encoded><![CDATA[<p>The ferry <em>Hollin Bay</em> and the tanker Corvina Spirit collided in the Gullrock channel on Monday morning, the harbour office said.</p>
<p>Seventeen passengers were taken to the Saltmere infirmary.</p>]]></content:encoded>
</item>
<item>
  <title>Wire: minister promises an inquiry</title>
  <link>https://gazette.example/2031/03/inquiry</link>
  <source url="https://northline.example/rss">Northline Wire</source>
  <pubDate>Tue, 11 Mar 2031 09:00:00 +0000</pubDate>
  <description>Maritime Minister Mikhail Orlenko said an independent inquiry would report within six months.</description>
</item>
<item>
  <title>Harbour stays closed until Thursday</title>
  <pubDate>someday soon</pubDate>
</item>
<item><description>   </description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Brackwater Herald</title><id>tag:brackwater.example,2031:feed</id><updated>2031-03-12T08:00:00Z</updated>
  <entry>
    <title>Inquiry into the Saltmere collision</title>
    <id>tag:brackwater.example,2031:inquiry-7</id>
    <link rel="alternate" href="https://brackwater.example/news/inquiry"/>
    <updated>2031-03-11T22:15:00-04:00</updated>
    <summary type="html">&lt;p&gt;An inquiry will examine how the &lt;b&gt;Hollin Bay&lt;/b&gt; met the tanker in fog.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Tolvik: the channel was closed to small craft</title>
    <id>tag:brackwater.example,2031:tolvik-8</id>
    <published>2031-03-12</published>
    <summary>Harbour master Maren Tolvik said the channel had been closed to small craft since dawn.</summary>
  </entry>
</feed>
"""

NOT_A_FEED = '<?xml version="1.0"?>\n<harbour><berth number="4">Saltmere</berth></harbour>\n'


def test_rss_items_become_articles(tmp_path, write):
    articles, skipped = read([write(tmp_path, "gazette.xml", RSS)], skip_bad=True)
    assert [a.id for a in articles] == ["gazette.example-p-101", "gazette.example-2031-03-inquiry", "gazette-3"]
    assert [a.title for a in articles] == [
        "Ferry and tanker collide in Saltmere fog", "Wire: minister promises an inquiry", "Harbour stays closed until Thursday",
    ]
    assert [a.url for a in articles] == ["https://gazette.example/2031/03/ferry-collision", "https://gazette.example/2031/03/inquiry", None]
    # the date as the feed writes it, in its own time zone (in UTC it would be 11 March)
    assert [a.published for a in articles] == [dt.date(2031, 3, 10), dt.date(2031, 3, 11), None]
    # an item that names its outlet is that outlet's; the others are the feed's
    assert [a.source for a in articles] == ["Saltmere Gazette", "Northline Wire", "Saltmere Gazette"]
    # the full content, not the description, with its markup gone
    assert articles[0].original == (
        "The ferry Hollin Bay and the tanker Corvina Spirit collided in the Gullrock channel on Monday morning, the harbour office said.\n"
        "Seventeen passengers were taken to the Saltmere infirmary."
    )
    assert articles[1].original == "Maritime Minister Mikhail Orlenko said an independent inquiry would report within six months."
    # a headline alone is an article, its text the headline
    assert articles[2].original == "Harbour stays closed until Thursday"
    assert articles[2].warnings == (f"{tmp_path / 'gazette.xml'}[item 3]: the published date 'someday soon' is not a date newsweave can read; ignored",)
    assert [a.input for a in articles] == [f"{tmp_path / 'gazette.xml'}[item {n}]" for n in (1, 2, 3)]
    assert [(s.input, s.reason) for s in skipped] == [(f"{tmp_path / 'gazette.xml'}[item 4]", "the feed item has no title and no text")]


def test_an_empty_item_is_skipped_without_skip_bad(tmp_path, write):
    articles, skipped = read([write(tmp_path, "gazette.rss", RSS)])
    assert len(articles) == 3 and [s.input for s in skipped] == [f"{tmp_path / 'gazette.rss'}[item 4]"]


def test_atom_summaries(tmp_path, write):
    articles, skipped = read([write(tmp_path, "herald.atom", ATOM)])
    assert not skipped
    assert [(a.id, a.title, a.url, a.published, a.source) for a in articles] == [
        ("tag-brackwater.example-2031-inquiry-7", "Inquiry into the Saltmere collision", "https://brackwater.example/news/inquiry",
         dt.date(2031, 3, 11), "Brackwater Herald"),
        ("tag-brackwater.example-2031-tolvik-8", "Tolvik: the channel was closed to small craft", None, dt.date(2031, 3, 12), "Brackwater Herald"),
    ]
    assert [a.original for a in articles] == [
        "An inquiry will examine how the Hollin Bay met the tanker in fog.",
        "Harbour master Maren Tolvik said the channel had been closed to small craft since dawn.",
    ]


def test_the_same_feed_read_again_gives_the_same_ids(tmp_path, write):
    first, _ = read([write(tmp_path / "monday", "gazette.xml", RSS)])
    again, _ = read([write(tmp_path / "tuesday", "gazette.xml", RSS)])
    assert [a.id for a in first] == [a.id for a in again]


def test_gzipped_feed_in_a_folder(tmp_path, write):
    write(tmp_path / "feeds", "herald.atom.gz", gzip.compress(ATOM.encode("utf-8")))
    articles, skipped = read([tmp_path / "feeds"])
    assert [a.input for a in articles] == [f"{tmp_path / 'feeds' / 'herald.atom.gz'}[item {n}]" for n in (1, 2)] and not skipped


def test_xml_that_is_no_feed_is_bad_input(tmp_path, write):
    path = write(tmp_path, "berths.xml", NOT_A_FEED)
    with pytest.raises(NewsweaveError) as error:
        read([path])
    assert str(error.value) == f"{path}: is not an RSS or Atom feed (give feeds as .xml, .rss or .atom, and other XML not at all)"
    articles, skipped = read([path, write(tmp_path, "herald.atom", ATOM)], skip_bad=True)
    assert len(articles) == 2 and [(s.input, s.reason) for s in skipped] == [(str(path), "is not an RSS or Atom feed")]


def test_a_feed_without_items_and_an_empty_file_are_bad_input(tmp_path, write):
    empty_feed = write(tmp_path, "quiet.rss", '<rss version="2.0"><channel><title>Nessa Island Notes</title></channel></rss>')
    empty_file = write(tmp_path, "nothing.xml", "\n")
    _, skipped = read([empty_feed, empty_file], skip_bad=True)
    assert [s.reason for s in skipped] == ["is a feed with no items", "the file is empty"]


def test_a_broken_feed_keeps_the_items_it_has_with_a_warning(tmp_path, write):
    broken = RSS.replace("</channel></rss>", "<item><title>Tugs & pilots</title></item>")
    articles, _ = read([write(tmp_path, "gazette.xml", broken)])
    assert [a.title for a in articles][:3] == ["Ferry and tanker collide in Saltmere fog", "Wire: minister promises an inquiry", "Harbour stays closed until Thursday"]
    assert all(a.warnings[0].startswith(f"{tmp_path / 'gazette.xml'}: feedparser reports a problem (") for a in articles)


def test_a_feed_never_fetches_or_opens_what_it_names(tmp_path, write, monkeypatch):
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("feedparser tried to fetch a URL")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    # a feed file whose whole content is a URL is no feed, not a thing to fetch
    path = write(tmp_path, "link.xml", "https://gazette.example/feed.xml")
    _, skipped = read([path], skip_bad=True)
    assert [s.reason for s in skipped] == ["is not an RSS or Atom feed"]
