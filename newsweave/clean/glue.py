"""Repair words that scraping glued together ("Tolviksaid" -> "Tolvik said"), and sentences
("last week.Police said" -> "last week. Police said").

A token is split only when its left part is a name the story writes elsewhere (capitalised in the
middle of a sentence), its right part is one of the short words that follow a name in running text
("said", "and", "but", ...) and the story writes elsewhere, and the glued form itself is written
nowhere as a word. A name with a word-like ending is left whole: "Jimmy" is not "Jim my", nor
"Congresswoman" "Congress woman".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from newsweave.lexicon.en import FOLLOWS_NAME

WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
GLUED = re.compile(r"\b[A-Z][a-z]+[a-z]{2,}\b")


# a full stop with no space after it, between a word (or a day's number) and a capitalised word:
# "last month.Police", "on July 6.The"; not "Mr.Lunde", "U.S.Navy", an address ("www.LowtonNews.com",
# "page.aspx?Section=Port") nor code ("util.Event.add")
GLUED_SENTENCE = re.compile(r"(?<![\w./:@?=&(\\-])(?:[a-z]{2,}|\d{1,2})[.!][\"”’']?(?=[A-Z][a-z]+\b(?![.=(/@]))")


@dataclass(frozen=True)
class StoryWords:
    """The words the articles of one input use: names (capitalised mid-sentence) and lowercase words."""

    names: dict[str, int]
    lower: frozenset[str]


def story_words(texts: Iterable[str]) -> StoryWords:
    names: Counter[str] = Counter()
    lower: set[str] = set()
    for text in texts:
        for match in WORD.finditer(text):
            word = match.group()
            if word[0].isupper():
                if not _sentence_start(text, match.start()):
                    names[word] += 1
            else:
                lower.add(word)
    return StoryWords(dict(names), frozenset(lower))


def _sentence_start(text: str, at: int) -> bool:
    # walk back over spaces and opening quotes (no copy of the text before: this runs per word)
    while at > 0 and text[at - 1] in " \"“‘'(":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:\n"


def glue_splits(line: str, words: StoryWords) -> list[int]:
    """Offsets in `line` where a space should be inserted.

    >>> w = StoryWords({"Strand": 2, "Strandsaid": 1}, frozenset({"said"}))
    >>> glue_splits("harbour master Strandsaid.", w)
    [21]
    >>> glue_splits("It sank last week.Police said so.", w)
    [18]
    """
    splits = [m.end() for m in GLUED_SENTENCE.finditer(line)]
    for match in GLUED.finditer(line):
        token = match.group()
        # the glued form counted once as a "name" is this very occurrence
        if words.names.get(token, 0) > 1 or token.lower() in words.lower or _sentence_start(line, match.start()):
            continue
        best = None
        for cut in range(3, len(token) - 1):
            left, right = token[:cut], token[cut:]
            if left in words.names and right in FOLLOWS_NAME and right in words.lower:
                # prefer the longest name: "Ukrainebut" is "Ukraine but", not "Ukrain ebut"
                best = cut
        if best is not None:
            splits.append(match.start() + best)
    return sorted(splits)


def repaired(text: str, words: StoryWords) -> str:
    """`text` with its glued words parted, as the cleaner parts them in the articles' bodies (for text shown
    apart from its article, like a quote: its spans still index the original).

    >>> repaired("the standoff over Ukrainebut they", StoryWords({"Ukraine": 3}, frozenset({"but"})))
    'the standoff over Ukraine but they'
    """
    for at in reversed(glue_splits(text, words)):
        text = text[:at] + " " + text[at:]
    return text
