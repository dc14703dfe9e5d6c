"""How one outlet's wording of a quote differs from the quote as the brief shows it: word by word.

>>> word_diff("We will find out exactly what went wrong", "We will find out precisely what went wrong")
[('equal', 'We will find out '), ('delete', 'exactly'), ('insert', 'precisely'), ('equal', ' what went wrong')]
>>> word_diff("The barge was badly overloaded with lanterns", "The barge was overloaded with lanterns")
[('equal', 'The barge was '), ('delete', 'badly'), ('equal', ' overloaded with lanterns')]
"""

from __future__ import annotations

import difflib
import re

WORD = re.compile(r"\S+|\s+")


def word_diff(shown: str, variant: str) -> list[tuple[str, str]]:
    """The variant as runs of ("equal" | "delete" | "insert", text): deleted words are the shown quote's
    that the variant lacks, inserted ones the variant's own. Whitespace never counts as a change."""
    a, b = WORD.findall(shown), WORD.findall(variant)
    matcher = difflib.SequenceMatcher(None, [w if w.strip() else " " for w in a], [w if w.strip() else " " for w in b], autojunk=False)
    out: list[tuple[str, str]] = []

    def put(op: str, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            put("equal", "".join(b[j1:j2]))
            continue
        side = "".join(b[j1:j2]) if op != "delete" else "".join(a[i1:i2])
        # the spaces around the changed words stay between them and their neighbours
        if side[:1].isspace():
            put("equal", " ")
        if op in ("delete", "replace"):
            put("delete", "".join(a[i1:i2]).strip())
        if op in ("insert", "replace"):
            put("insert", "".join(b[j1:j2]).strip())
        if side[-1:].isspace():
            put("equal", " ")
    return out
