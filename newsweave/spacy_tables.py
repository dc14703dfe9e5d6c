"""spaCy's two rule-based components, the attribute ruler and the lemmatizer, as table lookups over a Doc's
token arrays: the same annotations, set in a fraction of the time.

spaCy's attribute ruler runs its 179 patterns through the general `Matcher`, and its lemmatizer walks the
tokens in Python; on news articles the two took a quarter of the whole NLP pass (27 and 7 ms an article).
Here the patterns are filed under the word, tag, dependency or space their first token requires, each token
looks up only the rules that can match it, and the results are written back with one `Doc.from_array`.
`newsweave.nlp.load` swaps them in (`swap_in`) when the model's patterns use only what `AttributeRules`
understands (equality, `IN`, `NOT_IN` and `REGEX` on single tokens or fixed sequences), and keeps spaCy's own
components otherwise; `tests/test_spacy_tables.py` checks that every token's tag, part of speech,
morphology, lemma and dependency come out the same as spaCy's on made-up articles.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

# the token attributes a pattern may test, as the Matcher names them
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}


class Unsupported(ValueError):
    """A pattern uses more of the Matcher than these tables do: keep spaCy's own ruler."""


class _Test:
    """One token test of a pattern: an attribute equal to a value, in a set, or matching a regex."""

    __slots__ = ("column", "values", "negated", "regex", "_seen")

    def __init__(self, name: str, value, strings):
        if name not in _TESTED:
            raise Unsupported(name)
        self.column = list(_TESTED).index(name)
        self.regex, self._seen, self.negated = None, {}, False
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                raise Unsupported(value)
            self.values = {int(value)}
        elif isinstance(value, str):
            self.values = {strings.add(value)}
        elif isinstance(value, dict) and set(value) == {"IN"}:
            self.values = {strings.add(v) for v in value["IN"]}
        elif isinstance(value, dict) and set(value) == {"NOT_IN"}:
            self.values, self.negated = {strings.add(v) for v in value["NOT_IN"]}, True
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            self.values, self.regex = None, (re.compile(value["REGEX"]), strings)
        else:
            raise Unsupported(value)

    def __call__(self, row) -> bool:
        value = row[self.column]
        if self.regex is None:
            return (value in self.values) != self.negated
        found = self._seen.get(value)
        if found is None:
            regex, strings = self.regex
            found = self._seen[value] = bool(regex.search(strings[value] if value else ""))
        return found


class AttributeRules:
    """The patterns of a spaCy `AttributeRuler`, matched by lookup. A rule is filed under a value its first
    token must have (word, tag, dependency or space); a token is tried only against the rules filed under its
    own values, and what its first-token tests gave is kept per distinct (tag, word, dependency, space)."""

    SEEN = 200_000  # distinct tokens whose candidate rules are kept

    def __init__(self, ruler):
        strings = ruler.vocab.strings
        self.filed: list[dict[int, list]] = [{} for _ in _TESTED]
        self.anywhere = []
        for number, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if not pattern or any(not isinstance(t, dict) or not t for t in pattern):
                    raise Unsupported(pattern)
                entry = (number, [[_Test(name, value, strings) for name, value in token.items()] for token in pattern])
                # filed under the most telling value its first token must have: a word before a tag
                keys = sorted((t for t in entry[1][0] if t.regex is None and not t.negated), key=lambda t: (1, 0, 2, 3)[t.column])
                if keys:
                    for value in keys[0].values:
                        self.filed[keys[0].column].setdefault(value, []).append(entry)
                else:
                    self.anywhere.append(entry)
        self.seen: dict[tuple, tuple[list[int], list]] = {}
        self.attrs = [dict(a) for a in ruler.attrs]
        self.indices = list(ruler.indices)
        self.columns = sorted({attr for attrs in self.attrs for attr in attrs})
        if any(a in (ORTH, LOWER) for a in self.columns):
            raise Unsupported("rules that change a token's text")

    def _first(self, row: tuple) -> tuple[list[int], list]:
        """The one-token rules this token matches, and the longer rules whose first token it matches."""
        single, longer = [], []
        for column, filed in enumerate(self.filed):
            for number, tests in filed.get(row[column], ()):
                if all(test(row) for test in tests[0]):
                    (single if len(tests) == 1 else longer).append((number, tests) if len(tests) > 1 else number)
        for number, tests in self.anywhere:
            if all(test(row) for test in tests[0]):
                (single if len(tests) == 1 else longer).append((number, tests) if len(tests) > 1 else number)
        return single, longer

    def matches(self, doc) -> list[tuple[int, int, int]]:
        """(rule number, start, end) of every match, sorted as spaCy's ruler applies them."""
        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        n, seen, found = len(rows), self.seen, []
        if len(seen) > self.SEEN:
            seen.clear()
        for i, row in enumerate(rows):
            first = seen.get(row)
            if first is None:
                first = seen[row] = self._first(row)
            single, longer = first
            for number in single:
                found.append((number, i, i + 1))
            for number, tests in longer:
                if i + len(tests) <= n and all(test(rows[i + k]) for k in range(1, len(tests)) for test in tests[k]):
                    found.append((number, i, i + len(tests)))
        return sorted(set(found))

    def __call__(self, doc):
        found = self.matches(doc)
        if not found:
            return doc
        values = doc.to_array(self.columns)
        values = values.reshape(len(doc), len(self.columns))
        at = {attr: k for k, attr in enumerate(self.columns)}
        for number, start, end in found:
            index = self.indices[number]
            token = (start if index >= 0 else end) + index
            if not start <= token < end:
                raise ValueError(f"attribute rule {number} points outside its match at token {start}")
            for attr, value in self.attrs[number].items():
                values[token, at[attr]] = value
        doc.from_array(self.columns, values.astype(np.uint64))
        return doc


class Lemmas:
    """spaCy's rule lemmatizer with its cache read per (word, part of speech, morphology) over the token
    arrays: the rules run once per distinct key, as in spaCy, and the lemmas are written back at once.
    Its index of known lemmas (lists of up to 57,000 words, searched at each rule) is made sets."""

    def __init__(self, lemmatizer):
        if lemmatizer.mode != "rule":
            raise Unsupported(lemmatizer.mode)
        if "lemma_index" in lemmatizer.lookups.tables:
            index = lemmatizer.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if isinstance(words, list):
                    index[key] = frozenset(words)  # only ever asked `form in index`
        self.lemmatizer, self.overwrite = lemmatizer, lemmatizer.overwrite
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not self.lemmatizer._validated:
            self.lemmatizer._validate_tables()
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        lemmas = values[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                found = self.known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.astype(np.uint64))
        return doc


def swap_in(nlp) -> list[str]:
    """Put the table versions in place of the pipeline's `attribute_ruler` and `lemmatizer` where the model's
    rules allow; the names of the components replaced."""
    from spacy.language import Language

    swapped = []
    for name, make in (("attribute_ruler", AttributeRules), ("lemmatizer", Lemmas)):
        factory = f"newsweave_{name}"
        if name not in nlp.pipe_names:
            continue
        try:
            make(nlp.get_pipe(name))
        except Unsupported:
            continue
        if not Language.has_factory(factory):
            Language.factory(factory, func=lambda nlp, name, _of=name, _make=make: _make(nlp.get_pipe(_of)))
        nlp.add_pipe(factory, after=name)
        nlp.remove_pipe(name)
        swapped.append(name)
    return swapped
