"""Bytes to text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without one (told by
its zero bytes, with a warning), and a reported legacy fallback."""

from __future__ import annotations

import codecs

from newsweave.model import NewsweaveError

LEGACY = "cp1252"


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode `data` read from `name`; return the text and any warnings.

    >>> decode("café".encode("utf-8"), "a.txt")
    ('café', ())
    >>> decode(b"caf\\xe9", "b.txt")[1][0].startswith("b.txt: not UTF-8")
    True
    """
    if not data.strip():
        raise NewsweaveError(name, "the file is empty", "remove it or give it the article's text")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), ()
    # UTF-32's little-endian mark begins with UTF-16's: ask for it first
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32", name), ()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), ()
    unmarked = _utf16_without_mark(data)
    if unmarked:
        return _c1_repaired(data.decode(unmarked), name)[0], (f"{name}: no byte-order mark; read as {unmarked.upper()}",)
    if b"\x00" in data:
        raise NewsweaveError(name, "looks like a binary file, not an article", "give text, HTML or JSON files")
    try:
        return _c1_repaired(data.decode("utf-8"), name)
    except UnicodeDecodeError as error:
        where = error.start
    try:
        text = data.decode(LEGACY)
    except UnicodeDecodeError:
        raise NewsweaveError(
            name, f"cannot be decoded: byte {where} is not UTF-8 and the file is not {LEGACY} either",
            "re-save the file as UTF-8",
        ) from None
    if _control_share(text) > 0.05:
        raise NewsweaveError(name, "looks like a binary file, not an article", "give text, HTML or JSON files")
    return text, (f"{name}: not UTF-8 (first bad byte at {where}); read as {LEGACY}, check accented letters",)


def _c1_repaired(text: str, name: str) -> tuple[str, tuple[str, ...]]:
    """Text whose curly quotes arrived as C1 control characters (cp1252 bytes stored as code points
    U+0080-U+009F) gets its quotes back, one character for one, so offsets do not move.

    >>> _c1_repaired("\x93Yes,\x94 she said", "a.txt")[0]
    '“Yes,” she said'
    """
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        return text, ()
    repaired = "".join(_C1.get(ch, ch) for ch in text)
    return repaired, (f"{name}: control characters U+0080-U+009F read as the cp1252 punctuation they stand for",)


_C1 = {}
for _code in range(0x80, 0xA0):
    try:
        _C1[chr(_code)] = bytes([_code]).decode("cp1252")
    except UnicodeDecodeError:
        pass


def _utf16_without_mark(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `data` reads as UTF-16 text: Latin-script text in UTF-16 has a zero
    byte in most characters, always on the same side.

    >>> _utf16_without_mark("Port reopens".encode("utf-16-le")), _utf16_without_mark(b"Port reopens")
    ('utf-16-le', None)
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.3 * half and other <= 0.02 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding if _control_share(text) <= 0.05 else None
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NewsweaveError(
            name, f"starts with a {encoding} byte-order mark but byte {error.start} is not {encoding}",
            "re-save the file as UTF-8",
        ) from None


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)
