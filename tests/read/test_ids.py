"""Ids made of guids and URLs (read.ids): always safe, short and the same for the same input."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsweave.read.ids import MAX_ID_CHARS, id_from


@given(st.text(max_size=400))
def test_an_id_is_safe_short_and_stable(value):
    made = id_from(value)
    assert made is None or (re.fullmatch(r"[\w.-]+", made) and len(made) <= MAX_ID_CHARS and made[0] not in ".-")
    assert id_from(value) == made


def test_long_urls_that_differ_at_the_end_keep_apart():
    base = "https://gazette.example/" + "harbour-" * 30
    assert id_from(base + "1") != id_from(base + "2") and len(id_from(base + "1")) == MAX_ID_CHARS
