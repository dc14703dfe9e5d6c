"""Speakers: who a cue's subject is in the parse, and the name that mention stands for.

Owns the speaker mention of a reporting verb (`_subject`: passives, "quoted X as saying", "according
to", shared subjects of coordinated verbs), the mention's extent (`_mention`), and the resolution of
mentions to names in one article (`_Names`: surnames, first names, pronouns, titles, relatives;
`_unnamed`: generic words and nationalities; `_resolve_all`: reading order and follow-on quotes).

>>> from newsweave.model import Article
>>> from newsweave.nlp import analyse
>>> doc = analyse([Article(id="a", original="Harbour master Ines Varga spoke.")])[0]
>>> [doc[start:end].text for start, end in _name_runs(doc, 0, len(doc))]
['Ines Varga']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsweave.lexicon.en import (
    DEMONYMS, DETERMINERS, GENERIC_PEOPLE, GROUP_WORDS, NAME_PARTICLES, NATIONALITY_ENDINGS, PARTIES, PRONOUNS_GROUP, PRONOUNS_PERSON,
    QUANTITIES, REPORTING, REPORT_NOUNS, TITLES, TITLE_FIELDS,
)
from newsweave.nlp import ents_of, glued_hyphen, text_of
from newsweave.story.names import bare_name, in_full, person_name, personal_name, surname, unique_first_names

if TYPE_CHECKING:
    from newsweave.story.quotes.cues import _Attribution

NOT_A_NAME = TITLES | TITLE_FIELDS | GROUP_WORDS  # capitalised words that are no part of a person's name ("Minister", "Council")


def _according_object(tok):
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if objs:
        obj = objs[0]
        # "according to a report by Bay Wire", "according to the agency, CPA,": the named source
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and obj.lower_ in REPORT_NOUNS:
                named = [g for g in c.children if g.dep_ == "pobj"]
                if named:
                    return _mention(named[0])
            if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_):
                return _mention(c)
        doc = tok.doc
        if obj.lower_ in ("agency", "newspaper", "outlet", "broadcaster", "channel", "wire") and obj.i + 2 < len(doc) \
                and doc[obj.i + 1].text == "," and doc[obj.i + 2].pos_ == "PROPN":
            end = obj.i + 3
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
            return obj.i + 2, end
        return _mention(obj)
    # a parse that hangs the object elsewhere: take the noun phrase right after "to"
    j = to.i + 1
    if j < len(tok.doc) and tok.doc[j].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
        for chunk in tok.doc.noun_chunks:
            if chunk.start == j:
                return chunk.start, chunk.end
        return j, j + 1
    return None


def _mention(head) -> tuple[int, int]:
    """The token span of a speaker mention: the noun phrase up to its head, plus name parts after it."""
    start = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ not in ("punct", "cc", "prep", "relcl", "acl", "appos")])
    end = head.i + 1
    for c in head.rights:
        if c.dep_ in ("compound", "flat") and c.i == end:
            end = c.i + 1
        elif c.dep_ == "prep" and c.lower_ == "in" and c.i == end and any(g.lower_ == "chief" for g in c.subtree):
            end = c.right_edge.i + 1  # "Editor in Chief Mara Holm": the title runs on to the name
    doc = head.doc
    for c in head.rights:
        # "the mayor, Ada Lunde," / "councillor Rasmus Holt": the name in apposition is the speaker
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i - end <= 3:
            end = c.i + 1
            break
    if head.ent_type_:
        # "the Ministry of Maritime Affairs": the whole name, not just its head
        for ent in ents_of(doc):
            if ent.start <= head.i < ent.end:
                start, end = min(start, ent.start), max(end, ent.end)
                break
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end + 1 < len(doc) and glued_hyphen(doc[end]) and doc[end + 1].is_alpha:
        end += 2  # "Counter-tidewatch" split by the tokenizer: one name
    return start, end


def _subject(verb, inside=None) -> tuple[int, int] | None:
    """The speaker mention of a reporting verb, following the parse (never a word inside a quote)."""
    inside = inside or ()

    def quoted(t) -> bool:
        return t.i < len(inside) and inside[t.i]

    # "Sputnik quoted Putin as saying": the speaker is the one quoted, not the one quoting
    quoting = _quoting_verb(verb)
    if quoting is not None:
        quoted_one = _quoted_person(quoting)
        if quoted_one is not None:
            return quoted_one
    if verb.lemma_ in ("quote", "cite"):
        quoted_one = _quoted_person(verb, need_saying=True)
        if quoted_one is not None:
            return quoted_one
    if _passive(verb):
        # "Varga was asked by host Ivo Karas ...": the one asking speaks, not the one asked
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return _mention(by) if by is not None and not quoted(by) else None
    seen = 0
    v = verb
    if _said_inside_what_was_said(verb):
        v = verb.head.head
    while v is not None and seen < 4:
        if not quoted(v):
            subjects = [c for c in v.children if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and v.lemma_ == "quote"
                                                  # '"...," wrote one of them' parsed with "one" as an attribute
                                                  or c.dep_ == "attr" and c.i > v.i and v.lemma_ in REPORTING)
                        and not quoted(c) and c.text not in ("-", "–", "—") and c.ent_type_ not in ("DATE", "TIME")]
            # "Lowton Shipping co-founder Ivo Karas says" parsed with two subjects: the name, else the nearer
            for c in sorted(subjects, key=lambda c: (c.pos_ != "PROPN" and c.ent_type_ != "PERSON", abs(c.i - v.i)))[:1]:
                if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                    return _mention(v.head)
                if c.lower_ == "you" and _hypothetical(v):
                    # "if you argue that ...", "you might wonder ...": the reader, not a speaker
                    return None
                if _in_according(c):
                    # "According to the agency, Bay Wire, the council said ...": the parser made the
                    # credited source the subject and the real subject its apposition
                    real = next((a for a in c.rights if a.dep_ == "appos" and not _in_according(a)), None)
                    return _mention(real) if real is not None else None
                return _mention(c)
        # "Putin slammed NATO and said ...", "..., adding that ...": the subject is shared
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head is not v:
            v = v.head
            seen += 1
            continue
        # "the port office released a statement apologizing for ...": who released it
        if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB":
            v = v.head.head
            seen += 1
            continue
        break
    return None


def _passive(verb) -> bool:
    """A reporting verb in the passive ("was asked", "was told"), but not "was quoted as saying"."""
    return verb.lemma_ not in ("quote", "cite", "record") and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _said_inside_what_was_said(verb) -> bool:
    """"Varga predicted that critics will object and said the fuss is one of them", parsed with "said"
    joined to "object": a reporting verb coordinated into the reported clause of another reporting verb
    is that verb's second statement, by its subject."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.lemma_ in REPORTING and head.lemma_ not in REPORTING
            and head.dep_ == "ccomp" and head.head.lemma_ in REPORTING and head.head.pos_ == "VERB")


def _quoting_verb(verb):
    """The "quote"/"cite"/"record" a speech verb hangs from: "quoted Putin as saying", "cited to Putin telling",
    "the log records gunner Ivo Karas as saying"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head is not head:
        head = head.head  # "quoted Lunde as warning": the verb hangs from "as"
    elif verb.dep_ not in ("advcl", "xcomp", "pcomp") or verb.lemma_ not in ("say", "tell"):
        # "Lunde cited the figures, warning that ...": Lunde warns; only "saying"/"telling" report the quoted one
        return None
    return head if head.lemma_ in ("quote", "cite", "record") and head is not verb else None


def _quoted_person(quoting, need_saying: bool = False) -> tuple[int, int] | None:
    """Who a "quote"/"cite" verb quotes: its object ("quoted Lunde"), its passive subject ("Lunde was
    quoted"), or the object of a "to" the writer slipped in ("cited to Lunde telling")."""
    for c in quoting.children:
        if c.dep_ == "nsubjpass":
            return _mention(c)
    objs = [c for c in quoting.children if c.dep_ == "dobj"]
    objs += [g for c in quoting.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    if need_saying and not any(t.lower_ in ("saying", "telling", "stating", "as") for t in quoting.subtree if t.i > obj.i):
        # "The report cited three studies": a source quoted for what it says, not a speaker
        return None
    return _mention(obj)


def _hypothetical(verb) -> bool:
    """True for a verb in a condition or under a modal: "if you argue", "whether you call it", "you might wonder"."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in verb.children)


def _in_according(tok) -> bool:
    """True when `tok` is the credited source of an "according to" phrase in its sentence."""
    doc = tok.doc
    for t in doc[tok.sent.start:tok.i]:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            obj = _according_object(t)
            if obj is not None and obj[0] <= tok.i < obj[1]:
                return True
    return False


class _Names:
    """The people and organisations named in one article, to resolve surnames, pronouns and titles."""

    def __init__(self, doc, inside: Sequence[bool] = ()):
        self.doc = doc
        self.inside = inside  # tokens within quote marks: a name there is spoken of, not a speaker to refer back to
        self.people: list[tuple[int, str, frozenset[str]]] = []  # (token index, full name, title words)
        self.subjects: list[tuple[int, str, str]] = []  # (token index, name, kind) of named grammatical subjects
        full: dict[str, str] = {}
        for ent in ents_of(doc):
            if ent.label_ != "PERSON":
                continue
            name = person_name(_person_text(ent))
            if not name:
                continue
            if len(name.split()) > 1:
                full.setdefault(surname(name), name)
        # a first name alone stands for the one person named in full with it ("Seo" for "Seo Ha-rin",
        # a child called by name after being introduced in full); several of them, for no one
        self.firsts = unique_first_names(set(full.values()), full)  # so far, the people the tagger named in full
        surnames = frozenset(full)  # of people the tagger named in full
        # names the tagger missed: runs of capitalised proper nouns ("Ines Varga")
        self.org_runs = []
        for start, end in _name_runs(doc, 0, len(doc), allow_org=True):
            full.setdefault(doc[end - 1].lower_, doc[start:end].text)
            if personal_name(doc[start:end].text):
                self.org_runs.append((start, doc[start:end].text, "person"))
        for start, end in _name_runs(doc, 0, len(doc)):
            self.people.append((start, doc[start:end].text, _title_words(doc[start:end])))
        self.full = full
        for ent in ents_of(doc):
            if ent.label_ == "PERSON":
                name = self.full_name(person_name(_person_text(ent)), person=True)
                if name:
                    self.people.append((ent.start, name, _title_words(ent)))
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                kind = "person" if ent.label_ == "PERSON" else "group" if ent.label_ in ("ORG", "GPE", "NORP") else ""
                if ent.label_ != "PERSON" and len(ent) == 1 and ent.root.lower_ in surnames:
                    kind = "person"  # "Varga defended ..." after "Ilse Varga": the tagger's organisation is her
                if kind:
                    name = self.full_name(person_name(_person_text(ent)), person=True) if kind == "person" else bare_name(ent.text)
                    self.subjects.append((ent.start, name, kind))
        tagged = {t.i for ent in ents_of(doc) for t in ent}
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.i not in tagged and t.lower_ in surnames:
                self.subjects.append((t.i, self.full_name(t.text), "person"))  # a surname the tagger did not mark
        self.subjects.sort()

    def full_name(self, name: str, person: bool = False) -> str:
        """A surname in full; a first name too, when the mention is known to be a person's (`person`)."""
        return in_full(name, self.full, self.firsts if person else None)

    def resolve(self, start: int, end: int, last_speakers: list[tuple[int, str, str]]) -> str:
        name = self._resolve(start, end, last_speakers)
        # a surname the tagger took for something else ("Tolvik" as an organisation)
        name = self.full_name(name) if " " not in name else name
        person = person_name(name)
        return person if person != name and personal_name(person) else name

    def _resolve(self, start: int, end: int, last_speakers: list[tuple[int, str, str]]) -> str:
        doc = self.doc
        span = doc[start:end]
        relation = self._relative_of(span)
        if relation:
            return relation
        persons = [e for e in ents_of(doc) if e.label_ == "PERSON" and e.start < end and e.end > start]
        if persons:
            return self.full_name(person_name(_person_text(persons[-1])), person=True)
        titled = span.root.lower_ in TITLES
        runs = _name_runs(doc, start, end, allow_org=titled)
        if runs and titled or runs and not any(e.start < end and e.end > start and e.label_ in ("ORG", "GPE", "NORP", "FAC") for e in ents_of(doc)):
            return self.full_name(doc[runs[-1][0]:runs[-1][1]].text)
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PRONOUNS_PERSON | {"i"}:
            return self._antecedent(start, "person", last_speakers) or words[0].text
        if len(words) == 1 and words[0].lower_ in PRONOUNS_GROUP:
            return self._antecedent(start, "group", last_speakers) or words[0].text
        head = span.root
        if head.lower_ in TITLES and not any(e for e in ents_of(doc) if e.start < end and e.end > start and e.label_ in ("ORG",)):
            wanted = {t.lower_ for t in span if not t.is_punct and t.lower_ not in DETERMINERS and t.pos_ != "DET" and t.lower_ != "'s"}
            match = self._titled(wanted, start)
            if match:
                return match
        named = [e for e in ents_of(doc) if e.start < end and e.end > start and e.label_ in ("ORG", "GPE", "NORP", "FAC")]
        text = span.text
        if head.pos_ == "PROPN" and head.i > start and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].lower_ not in TITLES | TITLE_FIELDS:
            # "Coast Secretary of Harbours Ada Lunde" the tagger missed: the name at the end of the title
            first = head.i - 1
            if first > start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].lower_ not in TITLES | TITLE_FIELDS and head.i - first < 2:
                first -= 1
            if head.lower_ not in GROUP_WORDS and not any(
                    e.start <= head.i < e.end and e.label_ in ("ORG", "GPE", "NORP", "FAC")
                    and e.start + (doc[e.start].lower_ in DETERMINERS) >= first for e in ents_of(doc)):
                return doc[first:head.i + 1].text  # not "British Ministry" of "the British Ministry of Transport
        if named and len(named[-1].text) >= len(text) - 4:
            return bare_name(named[-1].text)
        # a surname the tagger did not mark as a person ("Tolvik said")
        return self.full_name(bare_name(text))

    def _relative_of(self, span) -> str | None:
        """"Holm's mother", "Ilse Varga's eldest daughter": someone named by their tie to a person is
        that tie, not the person; the person's name is given in full ("Marta Holm's mother")."""
        head = span.root
        if head.pos_ != "NOUN" or head.ent_type_:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and span.start <= c.i < span.end), None)
        if owner is None or owner.ent_type_ != "PERSON" and not (owner.pos_ == "PROPN" and owner.lower_ in self.full):
            return None  # (a surname of a person named in full, whatever the tagger took it for)
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" and span.start <= c.i < span.end for c in head.children):
            return None  # "Varga's deputy, Ivo Karas": the one named
        mark = next((c for c in owner.children if c.dep_ == "case"), None)
        if mark is None or not mark.i < head.i:
            return None
        person = self.full_name(person_name(span.doc[owner.left_edge.i:owner.i + 1].text))
        mark_text = "'" if mark.text in ("'", "’") else "'s"  # one spelling for every outlet; "Workers' union" stays
        return f"{person}{mark_text} {span.doc[mark.i + 1:span.end].text}"

    def _titled(self, wanted: set[str], before: int) -> str | None:
        best = None
        for i, name, titles in self.people:
            if wanted and wanted <= titles | {w.lower() for w in name.split()}:
                if best is None or i < before:
                    best = name
                if i >= before:
                    break
        return best

    def _antecedent(self, at: int, kind: str, last_speakers) -> str | None:
        # the most recent speaker or named subject of the right kind before the pronoun
        candidates = [(i, n, k) for i, n, k in last_speakers if i < at and k == kind]
        candidates += [(i, n, k) for i, n, k in self.subjects if i < at and k == kind and not (i < len(self.inside) and self.inside[i])]
        if kind == "person" and not candidates:
            candidates = [(i, n, "person") for i, n, _ in self.people if i < at]
        if kind == "person" and not candidates:
            # a name the tagger took for an organisation, read as a person's by its shape
            candidates = [c for c in self.org_runs if c[0] < at]
        own = self.doc[at].sent
        if kind == "person" and not any(own.start <= c[0] < at for c in candidates):
            # "According to analyst Ivo Karas, the storm was the worst ..., he noted": the source the sentence names
            relayed = [(i, n, "person") for i, n, _ in self.people if own.start <= i < at and _according_to(self.doc[i])]
            if relayed:
                return relayed[-1][1]
        if not candidates:
            return None
        # the latest sentence naming one; there, the subject of its main clause over one in a clause
        # inside it ("Varga defended the plan, which Holm had drafted. ... she said": Varga)
        sentence = self.doc[max(c[0] for c in candidates)].sent
        here = [c for c in candidates if sentence.start <= c[0] < sentence.end]
        return max(here, key=lambda c: (_in_main_clause(self.doc[c[0]]), c[0]))[1]


def _according_to(tok) -> bool:
    """Whether the token is in the object of "according to"."""
    return any(a.lower_ == "to" and a.i > 0 and a.doc[a.i - 1].lower_ == "according" for a in tok.ancestors)


def _in_main_clause(tok) -> bool:
    """Whether no relative, adverbial or complement clause lies between the token and its sentence's root."""
    return not any(a.dep_ in ("relcl", "advcl", "ccomp", "acl", "pcomp", "xcomp") for a in [tok.head, *tok.head.ancestors] if a.i != tok.i)


def _name_runs(doc, start: int, end: int, allow_org: bool = False) -> list[tuple[int, int]]:
    """Runs of two or three capitalised proper nouns that read as a person's name."""
    runs, i = [], start
    excluded = ("GPE", "NORP", "FAC", "DATE") if allow_org else ("ORG", "GPE", "NORP", "FAC", "DATE")
    while i < end:
        j = i
        while j < end and _name_word(doc[j], excluded):
            j += 1
        if 2 <= j - i <= 3:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _name_word(t, excluded: tuple[str, ...]) -> bool:
    """A capitalised proper noun ("Varga", not "VARGA" or "Minister") outside the entity types `excluded`."""
    text = t.text
    return t.pos_ == "PROPN" and text[:1].isupper() and text[1:2].islower() and t.lower_ not in NOT_A_NAME \
        and t.ent_type_ not in excluded


def _person_text(ent) -> str:
    """A person's name as tagged, with what the tagger cut off around its particles ("Ilse van der" + "Berg",
    "Ilse" + "van der Berg")."""
    doc, start, end = ent.doc, ent.start, ent.end

    def particle(t) -> bool:
        return t.text in NAME_PARTICLES  # as written: lower case

    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "said Rivers." tagged with its full stop
    while start < end - 1 and doc[start].is_punct:
        start += 1  # "― Ilse Varga" signing a quote, tagged with its dash
    while end < len(doc) and particle(doc[end - 1]) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    j = start
    while j > 0 and particle(doc[j - 1]):
        j -= 1
    if j < start and j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ not in TITLES:
        start = j - 1
    return doc[start:end].text


def _title_words(ent) -> frozenset[str]:
    """Words that describe a person where they are named: "Russian President", "harbour master", an apposition."""
    doc = ent.doc
    words = set()
    j = ent.start - 1
    while j >= 0 and ent.start - j <= 4:
        t = doc[j]
        if t.is_punct or t.pos_ in ("DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ") or "\n" in t.whitespace_:
            break
        words.add(t.lower_)
        j -= 1
    root = ent.root
    for other in [root.head] if root.dep_ == "appos" else []:
        words.update(t.lower_ for t in other.subtree if not t.is_punct and t.i < ent.start)
    for c in root.children:
        if c.dep_ == "appos":
            words.update(t.lower_ for t in c.subtree if not t.is_punct and t.pos_ not in ("DET",) and t.i - c.i < 6)
    return frozenset(words)


def _resolve_all(doc, found: list[_Attribution], names: _Names) -> None:
    """Resolve every speaker in reading order; a quote with no cue continues the previous speaker nearby."""
    spoken: list[tuple[int, str, str]] = []
    previous: _Attribution | None = None
    text = text_of(doc)
    for f in found:
        if f.subject is not None and doc[f.subject[0]:f.subject[1]].text in ("-", "–", "—"):
            f.subject = None  # a dash the parser took for a subject
        if f.subject is not None:
            f.speaker = names.resolve(f.subject[0], f.subject[1], spoken)
            head = doc[f.subject[0]:f.subject[1]].root
            if f.speaker.lower() == head.lower_:
                # a bare "man", "one", "who", "the German": a description in full, a person named before, or no one
                f.speaker, f.subject = _unnamed(doc, f.subject, names, spoken, f.cue)
            if f.speaker is not None:
                kind = "person" if f.speaker in names.full.values() or any(e.label_ == "PERSON" and e.start <= head.i < e.end for e in ents_of(doc)) \
                    or head.lower_ in PRONOUNS_PERSON or head.lower_ in TITLES or f.speaker in {n for _, n, _ in names.people} \
                    or head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC") and head.lower_ not in GROUP_WORDS \
                    or personal_name(f.speaker) or names._relative_of(doc[f.subject[0]:f.subject[1]]) is not None else "group"
                spoken.append((f.subject[0], f.speaker, kind))
        elif f.direct and previous is not None and (previous.speaker or previous.subject) and _near(text, previous.end, f.start):
            # a follow-on quote: the same speaker, and the same mention, as the attribution just before it
            # (an unnamed one too: "a man said ... "Q2"" is still that man's)
            f.speaker = previous.speaker
            f.subject = previous.subject
            f.cue_text = None
        relay = f.cue_text == "according to" and previous is not None and f.start <= previous.start and previous.end <= f.end
        if (f.speaker or f.subject is not None) and not relay:
            # (an "according to" around the quote before only relays it: a quote after both continues its speaker)
            previous = f


def _unnamed(doc, subject: tuple[int, int], names: _Names, spoken, cue=None) -> tuple[str | None, tuple[int, int]]:
    """The speaker of a mention that is a single common word, and the mention's span.

    Many words only stand for a speaker with what the sentence says about them: a generic person
    ("man", "someone"), a quantity ("one", "dozens") is a speaker as its whole description ("a man who
    gave his name as Ivo K.", "one of the divers who found the wreck", "someone close to the mayor"),
    up to a dozen words, and no one when bare ("a man said": the article does not say who). A
    nationality ("the German") is the person named just before it, or no one; a relative or question
    word ("who", "what") that the parse left unattached is no one. Other words are speakers as they
    are: roles and institutions ("police", "a spokesperson", "the governor", "the study").
    """
    span = doc[subject[0]:subject[1]]
    head = span.root
    low = head.lower_
    if head.tag_ in ("WP", "WDT") or low in ("who", "whom", "which", "what", "that"):
        return None, subject
    nationality = low in DEMONYMS or head.ent_type_ == "NORP" and low.endswith(NATIONALITY_ENDINGS) and low not in PARTIES
    if nationality and (any(t.pos_ == "DET" for t in span) or low.endswith("s") or low in DEMONYMS):
        # (a surname the tagger took for a nationality, "Karasian said", stays a name)
        singular = not low.endswith(("s", "ese", "ch", "sh")) and any(t.lower_ == "the" for t in span)
        name = names._antecedent(head.i, "person", spoken) if singular else None
        return name, subject
    if low not in GENERIC_PEOPLE and low not in QUANTITIES and not (head.pos_ == "NUM" and head.like_num):
        return head.text, subject
    for ent in ents_of(doc):
        # "one of the divers, Ivo Karas, said": the name the description leads to
        if ent.label_ == "PERSON" and head.i < ent.start and ent.end <= head.right_edge.i + 1 and doc[ent.start - 1].text == "," \
                and (cue is None or ent.end <= cue.i or ent.start > cue.i):
            return names.full_name(person_name(_person_text(ent)), person=True), (ent.start, ent.end)
    described = [t for t in span if t.i != head.i and t.pos_ not in ("DET", "PUNCT")]
    end = subject[1]
    for c in head.rights:
        if c.i < end - 1 or c.dep_ not in ("prep", "relcl", "acl", "amod", "appos"):
            continue
        if doc[c.left_edge.i - 1].text == "," or cue is not None and c.i <= cue.i <= c.right_edge.i:
            # "the woman, who ...": an aside, not what defines her; "those who say ...": the cue itself
            break
        end = max(end, c.right_edge.i + 1)
    while end > subject[0] and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    words = [t for t in doc[subject[0]:end] if not t.is_punct]
    if end == subject[1] and not described:
        # "the man said" after "a man who sells bait said": the same man
        if any(t.lower_ == "the" for t in span):
            for _, name, _ in reversed(spoken):
                if len(name.split()) > 2 and re.match(rf"(?:a|an|the|one)?\s*{re.escape(low)}\b", name, re.I):
                    return name, subject
        return None, subject  # nothing more than "a man": the article does not say who
    if len(words) > 12 or any(t.tag_ in ("WP", "WDT") and t.i > head.i and t.dep_ == "pobj" for t in words):
        # too long to stand for a name, or "one of which"
        return None, subject
    return doc[subject[0]:end].text, (subject[0], end)


def _near(text: str, end: int, start: int) -> bool:
    """Within the same or the next paragraph, with at most two paragraphs between."""
    return text.count("\n", end, start) <= 2 and start - end < 1200
