"""Reported speech: the clause a reporting verb governs ("X said (that) ...", "X accused Y of ...",
"..., the ministry said") and the sentence an "according to" credits.

Owns which clause is the statement and its edges (complementiser, dateline, the day it was said,
quote marks kept in pairs); a clause that is only a direct quote, or begins inside one, is left to
the direct quote. The speaker mention comes from `speakers._subject`.

>>> from newsweave.nlp import analyse
>>> from newsweave.model import Article
>>> doc = analyse([Article(id="a", original="The port will reopen on Friday, the harbour authority said.")])[0]
>>> [text_of(doc)[f.start:f.end] for f in _indirect(doc, [])]
['The port will reopen on Friday']
"""

from __future__ import annotations

from newsweave.nlp import text_of
from newsweave.clean.meta import dateline_end
from newsweave.lexicon.en import NAMING, REPORTING, WEAK, WHEN_SAID
from newsweave.params import SCARE_MAX_WORDS
from newsweave.story.quotes.cues import _Attribution, _aspectual, _cue_text, _labels, _on_the_air, _title_case
from newsweave.story.quotes.marks import CLOSE_MARKS, DOUBLE_MARKS, OPEN_MARKS, _inside_quotes, _is_boundary
from newsweave.story.quotes.speakers import _according_object, _subject

COMPLEMENTS = frozenset("dobj xcomp oprd prep attr acomp dative advcl".split())


def _indirect(doc, quote_spans) -> list[_Attribution]:
    out = []
    inside = _inside_quotes(doc, quote_spans)
    for t in doc:
        if inside[t.i]:
            continue
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            f = _according(doc, t)
        elif t.lemma_ in REPORTING and t.pos_ == "VERB" and t.dep_ != "amod":  # not "widely reported cheers"
            f = _reported_clause(doc, t, inside)
        else:
            f = None
        if f is None:
            continue
        content = [i for i in range(*_token_range(doc, f)) if not doc[i].is_punct and not doc[i].is_space]
        if sum(1 for i in content if doc[i].is_alpha and doc[i].lower_ not in ("'s", "’s")) < 3:
            continue
        # a clause that is only a direct quote is already there as the direct quote
        quoted = sum(1 for i in content if inside[i])
        if quoted >= 0.8 * len(content):
            continue
        if any(open_ < f.start <= close < f.end and any(ch.isalnum() for ch in text_of(doc)[open_:f.start])
               for open_, close in quote_spans):
            # begins in the middle of a direct quote and runs out of it ("... [The crew was] held ...,"
            # said X, according to Y): the sentence was cut inside the quote, which is there already
            continue
        out.append(f)
    return out


def _token_range(doc, f: _Attribution) -> tuple[int, int]:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _reported_clause(doc, verb, inside=None) -> _Attribution | None:
    subject = _subject(verb, inside)
    if subject is None:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = None
    if verb.lemma_ in ("accuse", "blame", "criticize", "criticise", "charge"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        holders = [verb] + ([obj] if obj is not None else [])
        prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        if obj is not None and prep is not None:
            clause = (obj.left_edge.i, prep.right_edge.i + 1)
    if clause is None:
        comp = [c for c in verb.children if c.dep_ == "ccomp"]
        if not comp:
            # "called it "shameful"", "described himself as "pro-Israel"": a complement holding quoted words
            parts = [c for c in verb.children if c.i > verb.i and c.dep_ in COMPLEMENTS and not (
                _on_the_air(c)  # "said on Lowton Radio's "Harbour Hour"": where it was said, not what
                or _aspectual(verb, c))]  # "was continuing to "look into every report"": what goes on
            if parts and any(t.text in DOUBLE_MARKS for c in parts for t in c.subtree):
                clause = (min(c.left_edge.i for c in parts), max(c.right_edge.i for c in parts) + 1)
        if clause is None and not comp and verb.dep_ == "parataxis" and verb.head.i < subject[0] < verb.i:
            # "The collision was the worst in a decade, a coast guard official said": the clause before
            clause = (verb.sent.start, min(subject[0], verb.i))
        if clause is None and not comp:
            return None
    if clause is None:
        c = comp[0]
        clause = (c.left_edge.i, c.right_edge.i + 1)
        if c.i < verb.i and subject[0] > c.i:
            # "X happened and Y followed, the ministry said": the whole clause before the attribution
            clause = (min(c.left_edge.i, verb.sent.start), min(subject[0], verb.i))  # "..., said the mayor": not "said"
    start, end = clause
    if verb.lemma_ in WEAK and not any(t.text in DOUBLE_MARKS for t in doc[start:end]):
        # "called for", "asked whether", "continued": reported speech only when they carry quoted words
        return None
    if verb.lemma_ in NAMING:
        quoted = [t.text for t in doc[start:end] if t.text not in DOUBLE_MARKS and t.i < len(inside or ()) and inside[t.i] and t.is_alpha]
        titled = len(quoted) > 1 and _title_case(quoted)
        if 0 < len(quoted) <= SCARE_MAX_WORDS and _labels(verb, titled):
            # "described himself as the "keeper of lanterns"": a self-given label, not a statement
            return None
    # the statement, not its complementiser or the punctuation around it
    while start < end and (_loose(doc[start]) or doc[start].lower_ == "that" and doc[start].dep_ == "mark"):
        start += 1
    start, end = _trimmed(doc, start, end)
    if start + 1 < end and doc[start].lower_ == "according" and doc[start + 1].lower_ == "to":
        comma = next((t.i for t in doc[start:end] if t.text == ","), None)
        if comma is not None:
            start, end = _trimmed(doc, comma + 1, end)  # "According to X, ... , he noted": what was said, not its source
    while start < end and start == verb.i + 1 and doc[start].lower_ in WHEN_SAID:
        start += 1  # "said Monday the painter ...": the day it was said, not part of what was said
    if start < end:
        start = _after_dateline(doc, start, end)
    start, end = _balance_marks(doc, start, end)
    if end <= start or subject[0] < end and subject[1] > start:
        return None
    s_char = doc[start].idx
    e_char = doc[end - 1].idx + len(doc[end - 1].text)
    f = _Attribution(start=s_char, end=e_char, direct=False, cue=verb, cue_text=_cue_text(verb), subject=subject)
    return f


def _after_dateline(doc, start: int, end: int) -> int:
    """The first token of a statement after a wire dateline ("SALTMERE, March 12 (Agency) - "), which is
    not part of what the source said."""
    skip = dateline_end(text_of(doc)[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)])
    if skip:
        span = doc.char_span(doc[start].idx + skip, doc[end - 1].idx + 1, alignment_mode="expand")
        if span is not None and len(span) >= 3:
            return span.start
    return start


def _loose(tok) -> bool:
    return tok.is_punct and tok.text not in DOUBLE_MARKS or tok.is_space


def _trimmed(doc, start: int, end: int) -> tuple[int, int]:
    """A statement's tokens without the punctuation and space around them, nor a conjunction left
    hanging at its end ("..., and" where the parse cut a coordination short)."""
    while start < end and _loose(doc[start]):
        start += 1
    while end > start and (_loose(doc[end - 1]) or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return start, end


def _balance_marks(doc, start: int, end: int) -> tuple[int, int]:
    """A statement whose quoted part opens before it or closes after its full stop (`... “died in his
    sleep.”`): widened to the marks, so the words shown keep both."""
    marks = [t.text for t in doc[start:end] if t.text in DOUBLE_MARKS]
    if not marks:
        return start, end
    if marks[0] in CLOSE_MARKS and start > 0 and doc[start - 1].text in OPEN_MARKS:
        start -= 1
    if marks[-1] in OPEN_MARKS or marks[-1] == '"' and len(marks) % 2:
        for i in range(end, min(end + 3, len(doc))):
            if doc[i].text in CLOSE_MARKS or doc[i].text == '"':
                return start, i + 1
            if not doc[i].is_punct:
                break
    return start, end


def _according(doc, tok) -> _Attribution | None:
    obj = _according_object(tok)
    if obj is None or not any(any(ch.isalnum() for ch in t.text) and (t.pos_ in ("NOUN", "PROPN", "NUM") or t.pos_ == "PRON" and t.tag_ != "PRP$") for t in doc[obj[0]:obj[1]]):
        # "according to a new ..." cut off by a feed: no source named
        return None
    phrase_end = max(obj[1], tok.i + 2)
    for t in doc[tok.i:]:
        if t.i >= phrase_end and (t.text == "," or _is_boundary(t)):
            break
        if t.head.i in range(tok.i, phrase_end) or t.i < phrase_end:
            phrase_end = max(phrase_end, t.i + 1)
    sent = tok.sent
    if phrase_end <= sent.end and tok.i > sent.start + 2:
        # "X happened, according to Y."
        start, end = sent.start, tok.i
    else:
        start, end = phrase_end, sent.end
        tail = sent.root
        subject = next((c for c in tail.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if tail.lemma_ in REPORTING and subject is not None and start < subject.left_edge.i < tail.i \
                and doc[subject.left_edge.i - 1].text == "," and all(t.is_punct for t in doc[tail.i + 1:sent.end]):
            end = subject.left_edge.i  # "According to X, ..., he noted.": not the attribution's tail
    start, end = _trimmed(doc, start, end)
    if end - start < 3:
        return None
    start = _after_dateline(doc, start, end)
    return _Attribution(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text), direct=False,
                        cue=tok, cue_text="according to", subject=obj)
