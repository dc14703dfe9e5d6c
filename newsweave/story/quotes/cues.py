"""Cues: the reporting verb (or "according to") that attributes a direct quote, and whether quoted
words are speech at all.

Owns the frames before and after a pair of marks, the choice of cue in them (`_cue_in`), the cue a
partial quote hangs from in the parse (`_governing_cue`), a colon's introducing sentence, and the
tests that keep scare quotes, titles of works, shows and self-given labels out (`_attribute_direct`).
Who the cue's subject is comes from `speakers`; the record built here, `_Attribution`, is what
`speakers._resolve_all` later names.

>>> _title_case("State of the Union".split()), _title_case("we will rebuild".split())
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.lexicon.en import EXCLAIMING, NAMING, PRONOUNS_GROUP, PRONOUNS_PERSON, REFLEXIVE, REPORTING, TITLE_SMALL_WORDS
from newsweave.nlp import ents_of, text_of
from newsweave.story.quotes.marks import (
    DOUBLE_MARKS, SENTENCE_END, _Direct, _content, _fills_line, _index_before, _is_boundary, _open_ending, _starts_sentence, _token_at,
    _token_index, _words,
)
from newsweave.story.quotes.speakers import _according_object, _mention, _passive, _subject


@dataclass
class _Attribution:
    start: int  # cleaned-text span of the quote's words
    end: int
    direct: bool
    cue: object = None  # the cue token, None for a follow-on quote
    cue_text: str | None = None
    subject: tuple[int, int] | None = None  # token span of the speaker mention
    speaker: str | None = None
    follow_on_only: bool = False  # a short sentence in quote marks: speech only as the rest of the quotation before it


def _frame_after(doc, close: int, spans) -> list:
    """Tokens after a closing mark up to the end of the sentence, the line, or the next quote."""
    tok = _token_at(doc, close)
    if tok is None:
        return []
    if "\n" in tok.whitespace_:
        return []
    out = []
    next_open = min((o for o, _ in spans if o > close), default=len(text_of(doc)))
    for t in doc[tok.i + 1:]:
        if t.idx >= next_open or "\n" in t.text:
            break
        out.append(t)
        if _is_boundary(t):
            break
    return out


def _frame_before(doc, open_: int, spans) -> list:
    """Tokens before an opening mark back to the sentence start, the line start, or the previous quote."""
    tok = _token_at(doc, open_)
    if tok is None:
        return []
    prev_close = max((c for _, c in spans if c < open_), default=-1)
    out = []
    for t in reversed(doc[:tok.i]):
        if t.idx <= prev_close or _is_boundary(t):
            break
        out.append(t)
    out.reverse()
    return out


def _cue_in(tokens, prefer_last: bool, strong: bool, inside=None):
    """The reporting cue among `tokens`: (cue token, subject token span, cue text) or None.

    `strong` marks a frame right beside a quote ("...," X said): there any verb with a subject is
    the cue, and a subject the parser missed is the nearest name or pronoun in the frame.
    """
    verbs = []
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = _according_object(t)
            if obj is not None:
                verbs.append((t, obj, "according to"))
            continue
        if not (_reporting_word(t) or strong and t.pos_ == "VERB") or t.dep_ == "amod":
            continue  # not a verb used as an adjective ("sent the following statement to Lowton Radio:")
        subject = _subject(t, inside)
        if subject is None and strong and not _passive(t):
            subject = _nearest_speaker(tokens, t)
        if subject is None:
            continue
        verbs.append((t, subject, _cue_text(t)))
    if not verbs:
        return None
    in_lexicon = [v for v in verbs if v[2] == "according to" or _reporting_word(v[0])]
    # "According to Bay Wire, the mayor said: ...": the one who said it, not the one who relays it
    pool = [v for v in in_lexicon if v[2] != "according to"] or in_lexicon or verbs
    return pool[-1] if prefer_last else pool[0]


def _reporting_word(t) -> bool:
    """A reporting verb, also where the tagger took it for a noun ("Conway notes")."""
    if t.pos_ == "VERB" or t.pos_ == "AUX" and t.lemma_ == "say":
        return t.lemma_ in REPORTING
    if t.pos_ in ("NOUN", "PROPN") and t.lower_.endswith("s") and t.i > 0:
        prev = t.doc[t.i - 1]
        return t.lower_[:-1] in REPORTING and (prev.pos_ in ("PROPN", "PRON") or prev.ent_type_ != "")
    return False


def _nearest_speaker(tokens, verb) -> tuple[int, int] | None:
    """The name, pronoun or noun phrase closest to a cue when the parser gave it no subject."""
    best = None
    for t in tokens:
        if t.i == verb.i or t.is_punct or t.ent_type_ in ("DATE", "TIME"):
            continue  # ("said Thursday": a day is no speaker)
        if t.pos_ == "PRON" and t.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN":
            if best is None or abs(t.i - verb.i) < abs(best.i - verb.i):
                best = t
    if best is None:
        return None
    while best.dep_ in ("compound", "flat") and best.head.pos_ == "PROPN" and best.head.i > best.i:
        best = best.head  # "Mr." of "Mr. Holm": the whole name
    if best.ent_type_:
        for ent in ents_of(best.doc):
            if ent.start <= best.i < ent.end:
                return ent.start, ent.end
    return best.i, best.i + 1


def _cue_text(verb) -> str:
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return verb.text + "".join(" " + p.text for p in particles)


def _attribute_direct(doc, chain: list[_Direct], spans, scare_max_words: int, inside) -> list[_Attribution]:
    text = text_of(doc)
    first, last = chain[0], chain[-1]
    contents = [_content(text, p.open, p.close) for p in chain]
    contents = [(s, e) for s, e in contents if e > s]
    if not contents:
        return []
    words = sum(_words(text[s:e]) for s, e in contents)
    ends_open = _open_ending(text, last)
    after = _frame_after(doc, last.close, spans) if last.closed else []
    before = _frame_before(doc, first.open, spans)
    if after and not ends_open:
        # "Q." followed by a new sentence: only a short "Putin said." still attributes the quote
        if not any(t.lemma_ in REPORTING for t in after) or len(after) > 8 and not _says_nothing_else(after):
            after = []
    cue = None
    if not _starts_sentence(doc, first.open) and not (before and before[-1].text in (":", ",")):
        # a partial quote inside a sentence: the reporting verb that governs it in the parse
        cue = _governing_cue(doc, contents[0], inside)
    if cue is None and after and ends_open:
        cue = _cue_in(after, prefer_last=False, strong=True, inside=inside)
    if cue is None and before:
        cue = _cue_in(before, prefer_last=True, strong=before[-1].text in (":", ","), inside=inside)
        if cue is not None and before[-1].text == ":" and cue[2] != "according to" and not _reporting_word(cue[0]):
            # "he told Lowton Radio that "Sea Wren" made him work to make it fly: "...": a quoted title cut the
            # frame short of the reporting verb; the whole sentence before the colon still has it
            cue = _colon_before(doc, first.open, inside) or cue
    if cue is None and after:
        cue = _cue_in(after, prefer_last=False, strong=False, inside=inside)
    if cue is None:
        cue = _governing_cue(doc, contents[0], inside)
    if cue is None:
        cue = _colon_before(doc, first.open, inside)
    if cue is None and last.closed:
        cue = _signature(doc, last.close)
    if cue is not None and cue[1][0] <= _token_index(doc, last.close) and cue[1][1] > _token_index(doc, first.open):
        # the "speaker" is a phrase that contains the quote itself ("the “law and order” issue")
        cue = None
    whole_line = _fills_line(text, first.open, last.close)
    # a short sentence of its own inside a paragraph ('... Lunde said. "We are not moving."') may go on with
    # the quotation before it: kept only if it does (`follow_on_only`), never a quotation of its own
    sentence = (words > 1 and not whole_line and _starts_sentence(doc, first.open) and last.closed
                and text[first.open:last.close].rstrip()[-1:] in SENTENCE_END)
    if cue is None and not sentence and (words <= scare_max_words or not whole_line and not _starts_sentence(doc, first.open)):
        # a quoted word or short phrase with no one saying it: a scare quote or a title
        return []
    quoted_text = text[contents[0][0]:contents[-1][1]]
    quoted = [w for w in quoted_text.split() if any(ch.isalpha() for ch in w)]
    titled = (len(quoted) > 1 and quoted[0][0].isupper() and not any(ch in quoted_text.rstrip(",.") for ch in ".?!,;:")
              and _title_case(quoted))
    if titled and (cue is None and whole_line or _used_as_a_name(doc, last.close)):
        # "4. "Harbour Lights Are Out"" on a line of its own, ""Harbour Lights Are Out" is the third song": a title
        return []
    if words <= 2 * scare_max_words and cue is not None:
        if titled and re.search(r"(?:\b(?:on|in|of|from)|['’]s)\s*$", text[:first.open]):
            # "Appearing on "Harbour Hour," Varga was asked ...", "Lowton Radio's "Harbour Hour."": a show's name
            return []
        after_cue = ends_open and cue in _cues_of(after, inside)
        before_cue = bool(before) and before[-1].text in (":", ",") and cue[0] in before
        adjacent = after_cue or before_cue
        # a title's cue right beside it: '"Sea Wren," Varga said', 'Varga said: "Sea Wren"'
        beside = before_cue or after_cue and cue[0].i - _token_index(doc, last.close) <= 6
        if titled and not beside or words <= scare_max_words and not adjacent and _governing_cue(doc, contents[0], inside) is None:
            # a short quoted phrase ("Meet the Press", "Gang of Eight") is speech only when a cue governs it
            return []
        if words <= scare_max_words and cue[2] != "according to" and not _reporting_word(cue[0]) and cue[0].lemma_ not in EXCLAIMING:
            # ""Right Now," which features ...", "the "Brainy Bunch," who boast ...": a name beside a verb that reports nothing
            return []
        if words <= scare_max_words and _labels(cue[0], titled):
            # "described himself as the "keeper of lanterns"", "named the boat "Sea Wren"": a label, not speech
            return []
    if cue is None:
        # only a speaker for a quote already kept, never a reason to keep one
        cue = _cue_after(after, inside)
    out = []
    for s, e in contents:
        f = _Attribution(start=s, end=e, direct=True, follow_on_only=cue is None and words <= scare_max_words)
        if cue is not None:
            f.cue, f.subject, f.cue_text = cue
        out.append(f)
    return out


# '"...." ― Ilse Varga': a dash and a name that end the line sign the quote (readers' answers, pull quotes)
SIGNATURE = re.compile(r"[^\S\n]*(―|—|–|--| - )[^\S\n]*([^\W\d_][\w.'’-]*(?:[^\S\n]+[^\W\d_][\w.'’-]*){0,4}?)\.?[^\S\n]*(?:\n|$)")


def _signature(doc, close: int):
    """The name that signs a quote after a dash, alone on the rest of its line: (dash token, name span, dash).

    >>> from newsweave.nlp import load
    >>> doc = load()('"The tide is late." ― Ilse Varga')
    >>> cue = _signature(doc, 18); doc[cue[1][0]:cue[1][1]].text
    'Ilse Varga'
    """
    text = text_of(doc)
    m = SIGNATURE.match(text, close + 1)
    if m is None or not all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in m.group(2).split()):
        return None  # (particles only in lower case: "Ilse van der Berg")
    name = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    dash = _token_at(doc, m.start(1))
    if name is None or dash is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name):
        return None
    return dash, (name.start, name.end), m.group(1).strip()


def _says_nothing_else(after) -> bool:
    """'"...!" harbour master Ilse Varga said as the ferry left.': a sentence after the quote whose reporting
    verb has its subject there and reports nothing of its own (no clause, no object) reports the quote."""
    verb = next((t for t in after if _reporting_word(t)), None)
    return (verb is not None and any(c.dep_ == "nsubj" and after[0].i <= c.i < verb.i for c in verb.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr") and c.i > verb.i
                        and not (c.dep_ == "dobj" and verb.lemma_ == "tell") for c in verb.children))  # (whom one tells)


def _used_as_a_name(doc, close: int) -> bool:
    """Whether the quoted words are the subject of the verb right after the closing mark (""..." is the
    third result"), as a title is, where speech would be followed by its speaker or a new sentence."""
    at = _token_index(doc, close)
    nxt = next((t for t in doc[at + 1: at + 3] if not t.is_space), None)
    return nxt is not None and nxt.pos_ in ("AUX", "VERB") and nxt.lemma_ not in REPORTING and nxt.tag_ in ("VBZ", "VBD", "VBP")


def _cue_after(after, inside=None):
    """A speaker the parse lost: the first reporting verb after the closing mark with a named subject there.

    ""We sail at noon," harbour master Ilse Varga said" can be parsed with "harbour" as a verb holding
    the quote, so the subject's phrase swallows the quote and is refused; its words after the mark are
    still the speaker.
    """
    inside = inside or ()
    if not after:
        return None
    first, last = after[0].i, after[-1].i
    doc = after[0].doc
    for t in after:
        if not _reporting_word(t):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj" and first <= c.i <= last
                        and not (c.i < len(inside) and inside[c.i])), None)
        if subject is None or not (subject.pos_ in ("PROPN", "NOUN") or subject.ent_type_):
            continue
        start, end = _mention(subject)
        start = max(start, first)  # never into the quote the parse hung on the mention
        while start < subject.i and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return t, (start, min(end, last + 1)), _cue_text(t)
    return None


def _labels(cue, titled: bool) -> bool:
    """True when a naming verb gives a short quote as a label: of the speaker itself ("described himself
    as "X"", "the self-styled "X"") or a title-cased name ("named the boat "Sea Wren"")."""
    if getattr(cue, "lemma_", None) not in NAMING:
        return False
    reflexive = any(t.lower_ in REFLEXIVE for t in cue.subtree if t.i > cue.i and t.i - cue.i <= 3)
    return reflexive or titled


def _cues_of(tokens, inside=None) -> list:
    cue = _cue_in(tokens, prefer_last=False, strong=True, inside=inside) if tokens else None
    return [cue] if cue else []


def _governing_cue(doc, content: tuple[int, int], inside=None):
    """A partial quote inside reported speech: the reporting verb above the quoted words in the parse."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    t, below = root.head, root
    steps = 0
    while steps < 8:
        if not (span.start <= t.i < span.end):
            if t.lemma_ in REPORTING and t.pos_ in ("VERB", "AUX") and not _aspectual(t, below):
                subject = _subject(t, inside)
                if subject is not None:
                    return _reporting_above(t, subject, inside) or (t, subject, _cue_text(t))
            if t.lower_ == "according":
                obj = _according_object(t)
                if obj is not None:
                    return t, obj, "according to"
            for c in t.children:
                if c.lower_ == "according" and not (span.start <= c.i < span.end):
                    obj = _according_object(c)
                    if obj is not None:
                        return c, obj, "according to"
        if t.head is t:
            break
        t, below = t.head, t
        steps += 1
    return None


def _reporting_above(verb, subject: tuple[int, int], inside=None):
    """"Varga says she will call the plan "a fantasy"": a cue whose subject is a pronoun, inside what another
    reporting verb reports, is that verb's saying; its subject is the speaker, by name where it has one."""
    doc = verb.doc
    if subject[1] - subject[0] != 1 or doc[subject[0]].lower_ not in PRONOUNS_PERSON | PRONOUNS_GROUP | {"i"}:
        return None
    t, reported = verb, False
    for _ in range(3):
        if t.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or t.head is t:
            return None
        reported = reported or t.dep_ == "ccomp"  # (not "she agreed and said": two sayings side by side)
        t = t.head
        if reported and t.lemma_ in REPORTING and t.pos_ in ("VERB", "AUX"):
            outer = _subject(t, inside)
            return (t, outer, _cue_text(t)) if outer is not None else None
    return None


def _title_case(words: Sequence[str]) -> bool:
    """Every word capitalised but the small ones: a title ("State of the Union"), not a statement."""
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _on_the_air(prep) -> bool:
    """"on Lowton Radio's "Harbour Hour"", "in "The Tide Report"": a programme or a publication named in
    quote marks after "on", "in" or "at", every quoted word capitalised."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
        return False
    quoted, inside = [], False
    for t in prep.subtree:
        if t.text in DOUBLE_MARKS:
            inside = not inside
        elif inside and t.is_alpha:
            quoted.append(t.text)
    return bool(quoted) and _title_case(quoted)


def _aspectual(verb, child) -> bool:
    """"continue" over an infinitive ("was continuing to "look into ..."") says that something goes on,
    not who says the quoted words ("he continued: "..."" does); "asked them to "stay calm"" is a request."""
    return verb.lemma_ == "continue" and child.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in child.children)


def _colon_before(doc, open_: int, inside=None):
    """A quote introduced by the sentence before it, ending in a colon ("He said in a statement:")."""
    j = _index_before(doc, open_)
    if j is None or j < 0 or doc[j].text != ":":
        return None
    frame = []
    for t in reversed(doc[:j]):
        if _is_boundary(t) and t.text in SENTENCE_END:
            break
        frame.append(t)
    frame.reverse()
    return _cue_in(frame, prefer_last=True, strong=True, inside=inside) or _label(frame, doc[j])


def _label(frame, colon):
    """"Holm: "..."", "HARBOUR NEWS - Ilse Varga and Ivo Karas: "..."": a name alone before the colon (after a
    dash, when a heading leads the line) is who speaks, as in a transcript."""
    dashes = [k for k, t in enumerate(frame) if t.text in ("-", "–", "—", "―", "--")]
    name = [t for t in frame[dashes[-1] + 1 if dashes else 0:] if not t.is_space]
    while name and name[0].is_punct:
        name = name[1:]  # the closing mark of the quote before ('"..." Holm: "..."')
    if not 1 <= len(name) <= 6 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.lower_ in ("and", "&") and 0 < k < len(name) - 1
                                          for k, t in enumerate(name)):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART") for t in name):
        return None  # ("WASHINGTON:", "Monday:": a place or a day heading the line)
    return colon, (name[0].i, name[-1].i + 1), ":"
