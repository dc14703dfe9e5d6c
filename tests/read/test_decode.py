"""Decoding (read.decode): Unicode with or without byte order marks read back exactly; legacy
single-byte text repaired or decoded with a warning."""

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.read import read


@pytest.mark.parametrize("encoding, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_unicode_with_byte_order_marks(tmp_path, encoding, bom, write):
    text = "Café “quotes” reopen"
    [article], _ = read([write(tmp_path, "a.txt", bom + text.encode(encoding))])
    assert article.original == text and not article.warnings


def test_legacy_single_byte_fallback_is_reported(tmp_path, write):
    [article], _ = read([write(tmp_path, "old.txt", "The café reopened.".encode("cp1252"))])
    assert article.original == "The café reopened."
    assert len(article.warnings) == 1 and "cp1252" in article.warnings[0]


def test_cp1252_quotes_stored_as_control_characters_are_repaired_in_place(tmp_path, write):
    [article], _ = read([write(tmp_path, "c1.txt", "\x93We will\x94 rebuild, she said.")])
    assert article.original == "“We will” rebuild, she said." and article.warnings


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip() and "\x00" not in t and not any("\x80" <= c <= "\x9f" for c in t)))
def test_utf8_text_is_read_back_exactly(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    [article], _ = read([path])
    assert article.original == text
