"""Who said what: direct and reported quotes in one article, each with its speaker.

A direct quote is the text between a pair of double quote marks (straight or typographic) that a
reporting cue attributes to someone, or that continues the previous speaker's words; a short
quoted phrase with no cue is a scare quote or a title and is left out. A reported (indirect) quote
is the clause a reporting verb governs ("X said (that) ...", "X told reporters ...", "according to
X, ...", "X accused Y of ...", "X warned that ..."). Speakers come from the parse (the subject of
the reporting verb); pronouns ("he"), surnames ("Orlenko") and descriptions ("the Russian
President") are resolved to the fullest name of a person seen earlier in the article.

Who speaks, where the parse alone would say otherwise: in "X quoted Y as saying" (or "cited to Y
telling") Y speaks; in "according to Bay Wire, the council said ..." the council speaks, and Bay
Wire's "according to" is kept as the attribution that relays it (`quote_merge` shows the council's
words only). A generic word is a speaker only with its description ("a man who sells bait", "one of
the divers"), a nationality alone ("the German") only as the person named before it; a role or an
institution is a speaker as it is ("police", "a spokesperson", "the study"). A short quoted label
("described himself as the "keeper of lanterns"", a title beside "features") is not speech.

Every offset indexes `article.original`: `quote.text == article.original[quote.start:quote.end]`.

>>> from newsweave.model import Article
>>> [q] = quotes([Article(id="a", original='"We will rebuild the pier," said mayor Ada Lunde.')])
>>> q.text, q.speaker, q.cue, q.direct
('We will rebuild the pier', 'Ada Lunde', 'said', True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsweave.clean.debris import posts_in
from newsweave.clean.meta import dateline_end
from newsweave.lexicon.en import (
    DEMONYMS, DETERMINERS, EXCLAIMING, GENERIC_PEOPLE, GROUP_WORDS, NAME_PARTICLES, NAMING, NATIONALITY_ENDINGS, PARTIES,
    PRONOUNS_GROUP, PRONOUNS_PERSON, QUANTITIES, REFLEXIVE, REPORT_NOUNS, REPORTING, SAYING, TITLE_FIELDS, TITLE_SMALL_WORDS, TITLES,
    WEAK, WHEN_SAID,
)
from newsweave.model import Article, Quote
from newsweave.nlp import glued_hyphen

OPEN_MARKS = "“„«‟"
CLOSE_MARKS = "”»"
DOUBLE_MARKS = OPEN_MARKS + CLOSE_MARKS + '"'
OPENS_BEFORE = " \t\n([{—–-/\u00a0"
CLOSES_AFTER = " \t\n.,;:!?)]}—–-…\u00a0"
SENTENCE_END = frozenset(".!?")
SCARE_MAX_WORDS = 4
COMPLEMENTS = frozenset("dobj xcomp oprd prep attr acomp dative advcl".split())


@dataclass
class _Direct:
    """A pair of quote marks in the cleaned text; `chain` links the paragraphs of one multi-paragraph quote."""

    open: int
    close: int  # the position of the closing mark (or the paragraph end for an unclosed continuation part)
    closed: bool
    chain: int = -1


@dataclass
class _Attribution:
    start: int  # cleaned-text span of the quote's words
    end: int
    direct: bool
    cue: object = None  # the cue token, None for a follow-on quote
    cue_text: str | None = None
    subject: tuple[int, int] | None = None  # token span of the speaker mention
    speaker: str | None = None
    parts: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# public API


def quotes(articles: Iterable[Article], **options) -> list[Quote]:
    """Every quote of every article, in article order, from one NLP pass.

    >>> from newsweave.model import Article
    >>> [q.speaker for q in quotes([Article(id="a", original='Ada Lunde spoke. "It is done," she said.')])]
    ['Ada Lunde']
    """
    from newsweave.nlp import analysed

    out: list[Quote] = []
    for article, doc, _ in analysed(articles):
        out.extend(find_quotes(article, doc, **options))
    return out


def find_quotes(article: Article, doc, *, indirect: bool = True, scare_max_words: int = SCARE_MAX_WORDS) -> list[Quote]:
    """The quotes of one article, given the spaCy `Doc` of its body (`newsweave.nlp.analyse`).

    Direct quotes first found by their marks, then reported speech from the parse; both sorted by
    position. `indirect=False` keeps only direct quotes.

    >>> from newsweave.model import Article
    >>> from newsweave.nlp import analyse
    >>> a = Article(id="a", original="The port will reopen on Friday, the harbour authority said.")
    >>> [(q.text, q.speaker, q.direct) for q in find_quotes(a, analyse([a])[0])]
    [('The port will reopen on Friday', 'harbour authority', False)]
    """
    text = doc.text
    pairs = _pair_marks(text)
    quote_spans = [(p.open, p.close) for p in pairs]
    inside = _inside_quotes(doc, quote_spans)
    names = _Names(doc, inside)
    found: list[_Attribution] = []
    for chain in _chains(pairs):
        found.extend(_attribute_direct(doc, chain, quote_spans, scare_max_words, inside))
    if indirect:
        found.extend(_indirect(doc, quote_spans))
    found.sort(key=lambda f: (f.start, not f.direct))
    _resolve_all(doc, found, names)
    out = []
    for f in found:
        start, end = article.original_span(f.start, f.end)
        if end <= start:
            continue
        s_start = s_end = None
        if f.subject is not None:
            s_start, s_end = article.original_span(doc[f.subject[0]].idx, doc[f.subject[1] - 1].idx + len(doc[f.subject[1] - 1].text))
        out.append(Quote(article=article.id, text=article.original[start:end], start=start, end=end, speaker=f.speaker,
                         speaker_start=s_start, speaker_end=s_end, cue=f.cue_text, direct=f.direct))
    return sorted(out + embedded_posts(article), key=lambda q: q.start)


def embedded_posts(article: Article) -> list[Quote]:
    """The social posts embedded in an article (lines the cleaner took out as `embedded-post`), each
    a direct quote of its poster, as the embed's signature names them.

    >>> from newsweave.clean import clean_article
    >>> a = clean_article(Article(id="a", original="The ferry is back. — Ilse Varga (@ilsevarga) May 3, 2031"))
    >>> [(q.text, q.speaker, q.cue) for q in embedded_posts(a)]
    [('The ferry is back.', 'Ilse Varga', 'posted')]
    """
    out = []
    for line in article.removed:
        for post in posts_in(line.text) if line.reason == "embedded-post" else ():
            if post.end > post.start:
                out.append(_post_quote(article, line.start, post))
    return out


def _post_quote(article: Article, at: int, post) -> Quote:
    start, end = at + post.start, at + post.end
    return Quote(article=article.id, text=article.original[start:end], start=start, end=end, speaker=post.poster,
                 speaker_start=at + post.poster_start, speaker_end=at + post.poster_end, cue="posted", direct=True)


# ---------------------------------------------------------------------------------------------
# quote marks


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


# ---------------------------------------------------------------------------------------------
# attribution of direct quotes


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


def _frame_after(doc, close: int, spans) -> list:
    """Tokens after a closing mark up to the end of the sentence, the line, or the next quote."""
    tok = _token_at(doc, close)
    if tok is None:
        return []
    if "\n" in tok.whitespace_:
        return []
    out = []
    next_open = min((o for o, _ in spans if o > close), default=len(doc.text))
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
        if t.i == verb.i or t.is_punct:
            continue
        if t.pos_ == "PRON" and t.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN":
            if best is None or abs(t.i - verb.i) < abs(best.i - verb.i):
                best = t
    if best is None:
        return None
    if best.ent_type_:
        for ent in best.doc.ents:
            if ent.start <= best.i < ent.end:
                return ent.start, ent.end
    return best.i, best.i + 1

def _cue_text(verb) -> str:
    particles = [c for c in verb.children if c.dep_ == "prt"]
    return verb.text + "".join(" " + p.text for p in particles)


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
        for ent in doc.ents:
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
                        and not quoted(c) and c.text not in ("-", "–", "—")]
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


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _attribute_direct(doc, chain: list[_Direct], spans, scare_max_words: int, inside) -> list[_Attribution]:
    text = doc.text
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
        if len(after) > 8 or not any(t.lemma_ in REPORTING for t in after):
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
    if cue is not None and cue[1][0] <= _token_index(doc, last.close) and cue[1][1] > _token_index(doc, first.open):
        # the "speaker" is a phrase that contains the quote itself ("the “law and order” issue")
        cue = None
    whole_line = _fills_line(text, first.open, last.close)
    if cue is None and (words <= scare_max_words or not whole_line and not _starts_sentence(doc, first.open)):
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
        f = _Attribution(start=s, end=e, direct=True)
        if cue is not None:
            f.cue, f.subject, f.cue_text = cue
        out.append(f)
    return out


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
                    return t, subject, _cue_text(t)
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
    return _cue_in(frame, prefer_last=True, strong=True, inside=inside)


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


# ---------------------------------------------------------------------------------------------
# reported speech


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
        if any(open_ < f.start <= close < f.end and any(ch.isalnum() for ch in doc.text[open_:f.start])
               for open_, close in quote_spans):
            # begins in the middle of a direct quote and runs out of it ("... [The crew was] held ...,"
            # said X, according to Y): the sentence was cut inside the quote, which is there already
            continue
        out.append(f)
    return out


def _inside_quotes(doc, quote_spans) -> list[bool]:
    flags = [False] * len(doc)
    for open_, close in quote_spans:
        for t in doc.char_span(open_, close + 1, alignment_mode="expand") or ():
            flags[t.i] = True
    return flags


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
    skip = dateline_end(doc.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1].text)])
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


# ---------------------------------------------------------------------------------------------
# speakers


class _Names:
    """The people and organisations named in one article, to resolve surnames, pronouns and titles."""

    def __init__(self, doc, inside: Sequence[bool] = ()):
        self.doc = doc
        self.inside = inside  # tokens within quote marks: a name there is spoken of, not a speaker to refer back to
        self.people: list[tuple[int, str, frozenset[str]]] = []  # (token index, full name, title words)
        self.subjects: list[tuple[int, str, str]] = []  # (token index, name, kind) of named grammatical subjects
        full: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean_name(_person_text(ent))
            if not name:
                continue
            parts = name.split()
            if len(parts) > 1:
                full.setdefault(parts[-1].lower(), name)
        # a first name alone stands for the one person named in full with it ("Seo" for "Seo Ha-rin",
        # a child called by name after being introduced in full); several of them, for no one
        firsts: dict[str, set[str]] = {}
        for name in set(full.values()):  # so far, the people the tagger named in full
            if _personal_name(name):
                firsts.setdefault(name.split()[0].lower(), set()).add(name)
        self.firsts = {first: next(iter(names)) for first, names in firsts.items() if len(names) == 1 and first not in full}
        surnames = frozenset(full)  # of people the tagger named in full
        # names the tagger missed: runs of capitalised proper nouns ("Ines Varga")
        self.org_runs = []
        for start, end in _name_runs(doc, 0, len(doc), allow_org=True):
            full.setdefault(doc[end - 1].lower_, doc[start:end].text)
            if _personal_name(doc[start:end].text):
                self.org_runs.append((start, doc[start:end].text, "person"))
        for start, end in _name_runs(doc, 0, len(doc)):
            self.people.append((start, doc[start:end].text, _title_words(doc[start:end])))
        self.full = full
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = self.full_name(_clean_name(_person_text(ent)), person=True)
                if name:
                    self.people.append((ent.start, name, _title_words(ent)))
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                kind = "person" if ent.label_ == "PERSON" else "group" if ent.label_ in ("ORG", "GPE", "NORP") else ""
                if ent.label_ != "PERSON" and len(ent) == 1 and ent.root.lower_ in surnames:
                    kind = "person"  # "Varga defended ..." after "Ilse Varga": the tagger's organisation is her
                if kind:
                    name = self.full_name(_clean_name(_person_text(ent)), person=True) if kind == "person" else _strip_det(ent.text)
                    self.subjects.append((ent.start, name, kind))
        tagged = {t.i for ent in doc.ents for t in ent}
        for t in doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.i not in tagged and t.lower_ in surnames:
                self.subjects.append((t.i, self.full_name(t.text), "person"))  # a surname the tagger did not mark
        self.subjects.sort()

    def full_name(self, name: str, person: bool = False) -> str:
        """A surname in full; a first name too, when the mention is known to be a person's (`person`)."""
        parts = name.split()
        if len(parts) == 1:
            return self.full.get(parts[0].lower()) or (self.firsts.get(parts[0].lower(), name) if person else name)
        return name

    def resolve(self, start: int, end: int, last_speakers: list[tuple[int, str, str]]) -> str:
        name = self._resolve(start, end, last_speakers)
        # a surname the tagger took for something else ("Tolvik" as an organisation)
        name = self.full_name(name) if " " not in name else name
        person = _clean_name(name)
        return person if person != name and _personal_name(person) else name

    def _resolve(self, start: int, end: int, last_speakers: list[tuple[int, str, str]]) -> str:
        doc = self.doc
        span = doc[start:end]
        relation = self._relative_of(span)
        if relation:
            return relation
        persons = [e for e in doc.ents if e.label_ == "PERSON" and e.start < end and e.end > start]
        if persons:
            return self.full_name(_clean_name(_person_text(persons[-1])), person=True)
        titled = span.root.lower_ in TITLES
        runs = _name_runs(doc, start, end, allow_org=titled)
        if runs and titled or runs and not any(e.start < end and e.end > start and e.label_ in ("ORG", "GPE", "NORP", "FAC") for e in doc.ents):
            return self.full_name(doc[runs[-1][0]:runs[-1][1]].text)
        words = [t for t in span if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PRONOUNS_PERSON | {"i"}:
            return self._antecedent(start, "person", last_speakers) or words[0].text
        if len(words) == 1 and words[0].lower_ in PRONOUNS_GROUP:
            return self._antecedent(start, "group", last_speakers) or words[0].text
        head = span.root
        if head.lower_ in TITLES and not any(e for e in doc.ents if e.start < end and e.end > start and e.label_ in ("ORG",)):
            wanted = {t.lower_ for t in span if not t.is_punct and t.lower_ not in DETERMINERS and t.pos_ != "DET" and t.lower_ != "'s"}
            match = self._titled(wanted, start)
            if match:
                return match
        named = [e for e in doc.ents if e.start < end and e.end > start and e.label_ in ("ORG", "GPE", "NORP", "FAC")]
        text = span.text
        if head.pos_ == "PROPN" and head.i > start and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].lower_ not in TITLES | TITLE_FIELDS:
            # "Coast Secretary of Harbours Ada Lunde" the tagger missed: the name at the end of the title
            first = head.i - 1
            if first > start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].lower_ not in TITLES | TITLE_FIELDS and head.i - first < 2:
                first -= 1
            if head.lower_ not in GROUP_WORDS and not any(
                    e.start <= head.i < e.end and e.label_ in ("ORG", "GPE", "NORP", "FAC")
                    and e.start + (doc[e.start].lower_ in DETERMINERS) >= first for e in doc.ents):
                return doc[first:head.i + 1].text  # not "British Ministry" of "the British Ministry of Transport
        if named and len(named[-1].text) >= len(text) - 4:
            return _strip_det(named[-1].text)
        # a surname the tagger did not mark as a person ("Tolvik said")
        return self.full_name(_strip_det(text))

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
        person = self.full_name(_clean_name(span.doc[owner.left_edge.i:owner.i + 1].text))
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
        while j < end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].text[1:2].islower() \
                and doc[j].lower_ not in TITLES | TITLE_FIELDS | GROUP_WORDS and not doc[j].ent_type_ in excluded:
            j += 1
        if 2 <= j - i <= 3:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs




def _person_text(ent) -> str:
    """A person's name as tagged, with what the tagger cut off around its particles ("Ilse van der" + "Berg",
    "Ilse" + "van der Berg")."""
    doc, start, end = ent.doc, ent.start, ent.end

    def particle(t) -> bool:
        return t.text in NAME_PARTICLES  # as written: lower case

    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "said Rivers." tagged with its full stop
    while end < len(doc) and particle(doc[end - 1]) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    j = start
    while j > 0 and particle(doc[j - 1]):
        j -= 1
    if j < start and j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ not in TITLES:
        start = j - 1
    return doc[start:end].text


def _clean_name(text: str) -> str:
    """A person's name as tagged, less a possessive and a title the tagger took in ("mayor Ada Lunde")."""
    text = text.strip()
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and (words[0][:1].islower() or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


def _strip_det(text: str) -> str:
    """A name without its article and possessive, nor what the tagger ran on past a dash or into an
    unclosed bracket ("Tax Office - half", "Harbour Board (Port")."""
    text = re.split(r"\s[-–—]\s|\s\((?![^()]*\))", text.strip())[0].strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


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
    text = doc.text
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
                kind = "person" if f.speaker in names.full.values() or any(e.label_ == "PERSON" and e.start <= head.i < e.end for e in doc.ents) \
                    or head.lower_ in PRONOUNS_PERSON or head.lower_ in TITLES or f.speaker in {n for _, n, _ in names.people} \
                    or head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC") and head.lower_ not in GROUP_WORDS \
                    or _personal_name(f.speaker) or names._relative_of(doc[f.subject[0]:f.subject[1]]) is not None else "group"
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
    for ent in doc.ents:
        # "one of the divers, Ivo Karas, said": the name the description leads to
        if ent.label_ == "PERSON" and head.i < ent.start and ent.end <= head.right_edge.i + 1 and doc[ent.start - 1].text == "," \
                and (cue is None or ent.end <= cue.i or ent.start > cue.i):
            return names.full_name(_clean_name(_person_text(ent)), person=True), (ent.start, ent.end)
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


def _personal_name(name: str) -> bool:
    """"Ada Lunde", not "Skerry Line Ferries" or "the Kremlin": two or three capitalised words, none an institution's."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p[1:2].islower() for p in parts) and not any(
        p.lower() in GROUP_WORDS | TITLES | TITLE_FIELDS for p in parts)


def _near(text: str, end: int, start: int) -> bool:
    """Within the same or the next paragraph, with at most two paragraphs between."""
    return text.count("\n", end, start) <= 2 and start - end < 1200


__all__ = ["quotes", "find_quotes", "REPORTING", "SAYING"]
