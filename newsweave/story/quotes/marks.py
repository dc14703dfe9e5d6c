"""Quote marks: which double quote marks open and close a quote, and the text around a pair.

Owns the pairing of marks in the cleaned text (straight, typographic and the typewriter's `` ''),
nested pairs dropped, a quote running over several paragraphs chained into one (`_Direct.chain`),
and the small questions asked about a pair's surroundings: where its words are (`_content`), whether
it fills its line or starts a sentence, which token sits at a character. Nothing here reads the parse
beyond token positions.

>>> [(p.open, p.close, p.closed) for p in _pair_marks('He said "we sail" and "we stay".')]
[(8, 16, True), (22, 30, True)]
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN_MARKS = "“„«‟"
CLOSE_MARKS = "”»"
DOUBLE_MARKS = OPEN_MARKS + CLOSE_MARKS + '"'
OPENS_BEFORE = " \t\n([{—–-/\u00a0"
CLOSES_AFTER = " \t\n.,;:!?)]}—–-…\u00a0"
SENTENCE_END = frozenset(".!?")


@dataclass
class _Direct:
    """A pair of quote marks in the cleaned text; `chain` links the paragraphs of one multi-paragraph quote."""

    open: int
    close: int  # the position of the closing mark (or the paragraph end for an unclosed continuation part)
    closed: bool
    chain: int = -1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _classify(text: str, i: int, straight_open: bool) -> bool:
    """True when the double quote mark at `i` opens a quote, from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in OPENS_BEFORE or before in OPEN_MARKS
    closes = after in CLOSES_AFTER or after in CLOSE_MARKS or after == '"'
    if opens and not closes:
        return True
    if closes and not opens:
        return False
    ch = text[i]
    if ch in OPEN_MARKS:
        return True
    if ch in CLOSE_MARKS:
        return False
    return not straight_open


def _paired_mark(text: str, i: int) -> bool | None:
    """The typewriter convention for double quotes, two characters each: True at "``" and at "''" before
    a word (opens), False at "''" after one (closes, as in `“I am sorry,'' he said`), None elsewhere
    (and on the second character)."""
    pair = text[i:i + 2]
    if pair not in ("''", "``") or text[i - 1:i] in ("'", "`"):
        return None
    return pair == "``" or (i == 0 or text[i - 1] in OPENS_BEFORE) and text[i + 2:i + 3].isalnum()


def _pair_marks(text: str) -> list[_Direct]:
    """Top-level quote-mark pairs; nested pairs dropped; multi-paragraph quotes chained; stray marks skipped."""
    pairs: list[_Direct] = []
    carried: int | None = None  # an opener left open at the end of the previous paragraph
    chain_id = 0
    paragraphs = _paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        stack: list[int] = []
        nested: list[tuple[int, int]] = []
        first_mark = True
        for i in range(p_start, p_end):
            paired = _paired_mark(text, i)
            if paired is None and text[i] not in DOUBLE_MARKS:
                continue
            opener = paired if paired is not None else _classify(text, i, straight_open=bool(stack))
            if carried is not None and first_mark:
                first_mark = False
                if opener and text[p_start:i].strip() == "":
                    # the usual convention: every paragraph of a long quote opens with a mark
                    pairs.append(_Direct(carried, p_start - 1, closed=False, chain=chain_id))
                    stack.append(i)
                    carried = None
                    continue
                if not opener:
                    # a quote broken by a stray line break: close it across the break
                    pairs.append(_Direct(carried, i, closed=True, chain=chain_id))
                    chain_id += 1
                    carried = None
                    continue
                carried = None
            first_mark = False
            if opener:
                stack.append(i)
            elif stack:
                start = stack.pop()
                if not stack:
                    pairs.append(_Direct(start, i, closed=True, chain=chain_id))
                    chain_id += 1
                    nested = []
                elif len(stack) == 1:
                    nested.append((start, i))
        carried = None
        if stack and nested:
            # an opener never closed, with whole quotes after it: a stray mark, not a long quote
            for start, end in nested:
                pairs.append(_Direct(start, end, closed=True, chain=chain_id))
                chain_id += 1
            stack = []
        if stack:
            carried = stack[0]
            # an unclosed quote ends the paragraph: keep it only if the next paragraph continues it
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if nxt is None:
                carried = None
    # pairs inside other pairs are nested quotes; drop them
    pairs.sort(key=lambda p: p.open)
    top: list[_Direct] = []
    for p in pairs:
        if top and p.open < top[-1].close and p.chain != top[-1].chain:
            continue
        top.append(p)
    return top


def _chains(pairs: list[_Direct]) -> list[list[_Direct]]:
    chains: dict[int, list[_Direct]] = {}
    for p in pairs:
        chains.setdefault(p.chain, []).append(p)
    return list(chains.values())


def _content(text: str, open_: int, close: int) -> tuple[int, int]:
    """The quoted words between two marks, less surrounding space and a trailing comma or full stop."""
    start, end = open_ + (2 if text[open_:open_ + 2] in ("''", "``") else 1), close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in ",." and not text[start:end].endswith(".."):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        for t in doc:
            if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_):
                return t
        return None
    return span[0]


def _is_boundary(tok) -> bool:
    return tok.text in SENTENCE_END or "\n" in tok.text or "\n" in tok.whitespace_


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _token_index(doc, char: int) -> int:
    tok = _token_at(doc, char)
    return tok.i if tok is not None else 0


def _open_ending(text: str, pair: _Direct) -> bool:
    """True when the quoted words end in a way that the sentence goes on ("...," he said)."""
    if not pair.closed:
        return False
    inner = text[pair.open + 1:pair.close].rstrip()
    after = text[pair.close + 1:pair.close + 40].lstrip()
    if inner.endswith((",", "—", "–", "-")):
        return True
    if inner.endswith(("?", "!", "…", "...")) and after[:1].islower():
        return True
    if after[:1] in (",",):
        return True
    return False


def _fills_line(text: str, open_: int, close: int) -> bool:
    line_start = text.rfind("\n", 0, open_) + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    outside = text[line_start:open_] + text[close + 1:line_end]
    return _words(outside) <= 8


def _index_before(doc, open_: int) -> int | None:
    """The index of the last token before the quote mark at `open_` that is not whitespace (-1 at the
    start of the text; None when no token starts at `open_`)."""
    tok = _token_at(doc, open_)
    if tok is None:
        return None
    j = tok.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j


def _starts_sentence(doc, open_: int) -> bool:
    j = _index_before(doc, open_)
    if j is None:
        return False
    return j < 0 or doc[j].text in SENTENCE_END or doc[j].text in (":",) or "\n" in doc[j].whitespace_


def _inside_quotes(doc, quote_spans) -> list[bool]:
    flags = [False] * len(doc)
    for open_, close in quote_spans:
        for t in doc.char_span(open_, close + 1, alignment_mode="expand") or ():
            flags[t.i] = True
    return flags
