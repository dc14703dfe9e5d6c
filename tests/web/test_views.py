"""The pure views the pages draw: article text pieces, word changes of a quote, day bars, the copy graph."""

from hypothesis import given
from hypothesis import strategies as st

from newsweave.web.charts import MAX_BARS, day_bars
from newsweave.web.marks import Use, pieces
from newsweave.web.wording import word_diff

words = st.lists(st.sampled_from(["ferry", "tanker", "we", "will", "not", "won't", "rest", "exactly", "precisely", "<b>"]), max_size=12)


@given(words, words)
def test_a_word_diff_rebuilds_both_wordings(shown, variant):
    runs = word_diff(" ".join(shown), " ".join(variant))
    assert "".join(t for op, t in runs if op != "delete").split() == variant
    assert "".join(t for op, t in runs if op != "insert").split() == shown


spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=6)


@given(st.text(max_size=50), spans, spans, st.one_of(st.none(), st.tuples(st.integers(0, 50), st.integers(0, 50))))
def test_the_pieces_of_an_article_are_its_text_in_order_each_span_marked_whole(text, removed, used, highlight):
    ps = pieces(text, [(s, e, "footer") for s, e in removed], [Use(s, e, "fact") for s, e in used], highlight)
    assert "".join(p.text for p in ps) == text
    assert [p.start for p in ps] == sorted(p.start for p in ps)
    for p in ps:
        inside = any(max(s, 0) <= p.start and p.start + len(p.text) <= min(e, len(text)) for s, e in used if s < e)
        assert bool(p.used) == inside
    if highlight and highlight[0] < min(highlight[1], len(text)):
        lit = "".join(p.text for p in ps if p.highlighted)
        assert lit == text[highlight[0]:highlight[1]] and sum(p.first_of_highlight for p in ps) == 1


def test_day_bars_cover_every_day_and_a_long_story_fits_in_max_bars():
    bars = day_bars({"2031-03-01": 3, "2031-03-03": 1})
    assert [b.count for b in bars] == [3, 0, 1] and bars[0].height == 24 and bars[2].label == "2031-03-03: 1 article"
    long = day_bars({"2030-01-01": 1, "2031-12-31": 2})
    assert len(long) <= MAX_BARS and sum(b.count for b in long) == 3 and long[-1].last == "2031-12-31"
    assert day_bars({}) == []


def test_a_page_missing_from_the_cache_is_drawn_once_however_many_ask_at_once():
    import threading
    import time

    from newsweave.web.app import LRU

    cache, drawn = LRU(4), []

    def draw():
        drawn.append(1)
        time.sleep(0.05)
        return b"page"

    got = []
    readers = [threading.Thread(target=lambda: got.append(cache.make("list", draw))) for _ in range(10)]
    for r in readers:
        r.start()
    for r in readers:
        r.join()
    assert got == [b"page"] * 10 and len(drawn) == 1
    assert cache.make("none", lambda: None) is None and cache.get("none") is None  # nothing kept for "not yet"
