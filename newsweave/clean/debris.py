"""The vocabulary of page debris: lines a scraper leaves around an article, by reason.

These are patterns of the web's furniture (share prompts, comment forms, footers), never names of
particular sites. Each pattern is tried against one stripped line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsweave.lexicon.en import PUBLISHED, SOCIAL
from newsweave.params import CAPTION_LONGEST

_I = re.IGNORECASE

# (reason, pattern, longest line it may match)
PATTERNS: list[tuple[str, re.Pattern, int]] = [
    ("script", re.compile(r"^(?:please )?(?:enable|turn on) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b|<\s*/?\s*script|javascript:|document\.write|\bfunction\s*\(|window\.\w+\s*=|\bvar \w+\s*=|googletag|\{\s*\w+\s*:", _I), 100_000),
    ("share-buttons", re.compile(
        rf"^(?:share|tweet|pin|email|e-mail|print|save)(?: (?:this|the))?(?: (?:article|story|page|post|link))?(?: on \w+)?[.!:]?$"
        rf"|^(?:follow|like|join) (?:us|the [A-Z][\w' ]+?) (?:on|at)\b|\bto stay (?:informed|up to date)\.?$"
        rf"|^send this to a friend"
        rf"|^(?:click|tap) (?:here )?to (?:share|tweet|email|print)"
        rf"|^share (?:this|on|via)\b"
        rf"|^{SOCIAL}(?:[\s,|/·•]+{SOCIAL})+$"
        rf"|^(?:print|e-?mail|save|share) this (?:story|article|page)"
        rf"|^(?:add to|digg this|del\.icio\.us)", _I), 160),
    ("comment-form", re.compile(
        r"^leave a (?:reply|comment)|^post (?:a|your) comment|^add (?:a|your) comment|^write a comment"
        r"|your email address will not be published|required fields are marked"
        r"|^(?:\d+ )?comments?(?: \(\d+\))?:?$|^(?:show|view|read|load) (?:all )?(?:\d+ )?comments"
        r"|you must be logged in to (?:post|comment)|^save my name, email|^(?:name|email|website)\s*\*?$"
        r"|^comments (?:are|have) (?:now )?(?:been )?closed|^reader comments|^join the (?:discussion|conversation)", _I), 200),
    ("comments", re.compile(
        r"^(?:by|posted by|comment(?:ed)? by|submitted by)\s+\S+(?:\s+\S+){0,3}\s+(?:at|on)\s+\d{1,2}[/:.-]\d"
        r"|^(?:reply|report abuse|flag|permalink|quote)(?:\s*[|·]\s*\w+)*$|^\d+\s+(?:replies|likes?|points?)$", _I), 120),
    ("newsletter", re.compile(
        r"sign up (?:for|to) (?:our|the)\b.*newsletter|subscribe to (?:our|the)\b.*(?:newsletter|alerts)"
        r"|newsletter sign[- ]?up|delivered (?:straight )?to your inbox|^get (?:the latest|our)\b.*\b(?:newsletter|inbox)"
        r"|^subscribe(?: now| today)?[.!]?$|\bget (?:breaking )?news alerts\b|\bdelivered (?:every )?weekday mornings\b", _I), 200),
    ("cookie-notice", re.compile(r"\b(?:we|this (?:web)?site) uses? cookies|\bcookie (?:policy|settings|preferences)|accept (?:all )?cookies", _I), 400),
    ("footer", re.compile(
        r"^©|\(c\)\s*\d{4}|^copyright\b|\ball rights (?:are )?reserved|reproduction (?:without|in whole)|without (?:proper|prior|express) (?:written )?(?:consent|permission)", _I), 300),
    ("footer", re.compile(
        r"^(?:about us|contact us|privacy policy|terms of (?:use|service)|advertise(?: with us)?|sitemap|site map|site links|our network|who we are)\b"
        # links in a row, "Home | News | Sport": an item neither starts nor ends with the spaces around a
        # separator, so a run of spaces belongs to the separator alone (else a table row of spaces and bars
        # takes exponential time)
        r"|^[^.!?|·•\s](?:[^.!?|·•\s]|\s(?!\s*[|·•]\s)){0,39}(?:\s+[|·•]\s+[^.!?|·•\s](?:[^.!?|·•\s]|\s(?!\s*[|·•]\s)){0,39}){2,}$"
        r"|^[^.!?|·•\s-](?:[^.!?|·•\s-]|-(?!\s)|\s(?!\s*-\s)){0,29}(?:\s+-\s+[^.!?|·•\s-](?:[^.!?|·•\s-]|-(?!\s)|\s(?!\s*-\s)){0,29}){3,}$", _I), 1000),
    ("image-credit", re.compile(
        r"^(?:image|photo|picture|photograph|credit|file photo|illustration|video)s?(?: credit)?\s*[:/|-]"
        r"|^\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b|\b(?:getty images|shutterstock)\b\s*$", _I), 200),
    # a media player's furniture left as text: "Image copyright ... Image caption ...", "Media playback is unsupported ..."
    ("image-credit", re.compile(r"^(?:image copyright|image caption|media playback is unsupported|media caption)\b"
                                r"|^your browser does not support (?:the )?(?:video|audio|html5|this video)", _I), 600),
    # an agency's credit line at the story's end: "(Additional reporting by ...; Editing by ...)"
    ("byline", re.compile(r"^\(?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|research) by\b", _I), 400),
    # an agency's archive photo caption, often with the story's opening run on: "FILE - In this May 2, 2030, file photo, ..."
    ("photo-caption", re.compile(r"^FILE\s*[-–—]+\s+(?:In this\b.*\bfile photo\b|.*\(AP Photo\b)"), 600),
    # a gallery's caption cut short and credited: "... speaks in Lowton, Tuesday,... (Associated Press)"
    ("photo-caption", re.compile(r"(?:\.\.\.|…)\s*\((?:Associated Press|Reuters|AFP)\)\s*$"), 600),
    ("byline", re.compile(
        r"^[Bb]y\s+(?:[A-Z][\w.'-]+\s*){1,5}(?:,.*)?$|^written by\b"
        r"|^(?:[A-Z][\w.'-]+\s+){0,4}(?:[Ss]taff [Rr]eporter|[Ss]taff [Ww]riter|[Cc]orrespondent|[Cc]ontributor|[Nn]ews [Dd]esk)\.?$", 0), 120),
    ("dateline-meta", re.compile(
        rf"^\(?(?:(?:[A-Z][\w.'-]+\s+){{0,3}})?{PUBLISHED}(?: on| at)?\s*:?\s*.*\d"
        r"|^\d{1,2}:\d{2}\s*(?:am|pm)?\b.{0,40}$|\|\s*\d{1,2}:\d{2}\s*(?:am|pm)\s*$", _I), 120),
]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# An embedded social post, as a page's text keeps it: the post's words, then the embed's signature,
# "— Name (@handle) June 20, 2031" or "A post shared by Name (@handle) on Jun 20, 2031 at 10:33am PDT".
# A page may run several posts into one line, a few spaces apart.
POST_SIGNATURE = re.compile(
    rf"(?:(?:pic\.twitter\.com/\w+|https?://\S+)\s*)*"
    rf"(?:[—–]|--?)\s*(?P<name>[^—–()\n]{{0,60}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
    rf"|\bA (?:post|photo|video) shared by\s+(?P<poster>.{{0,80}}?)\s*\(@(?P<account>[\w.]{{1,30}})\)\s+on\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    rf"(?:\s+at\s+\d{{1,2}}:\d{{2}}\s*[ap]m(?:\s+[A-Z]{{2,4}})?)?", _I)
_POST_ENDS = re.compile(r"\s*$|\s{2,}")
_POST_EDGE, _POST_EDGE_END = re.compile(r"[\s—–-]*"), re.compile(r"[\s—–-]*$")


class EmbeddedPost(NamedTuple):
    """Where, in its line, an embedded post's words and its poster's name are (offsets into the line)."""

    start: int
    end: int
    poster: str
    poster_start: int
    poster_end: int


def posts_in(line: str) -> list[EmbeddedPost]:
    """The posts of a line that ends with a social network's embed signature; none for any other line.

    >>> line = "The ferry is back! pic.twitter.com/x1 — Ilse Varga (@ilsevarga) May 3, 2031"
    >>> [(line[p.start:p.end], p.poster) for p in posts_in(line)]
    [('The ferry is back!', 'Ilse Varga')]
    >>> posts_in("The harbour reopened on May 3, 2031, the authority said.")
    []
    """
    if "(@" not in line:
        return []
    out, start = [], 0
    for m in POST_SIGNATURE.finditer(line):
        if not _POST_ENDS.match(line, m.end()):
            continue
        name, handle = ("name", "handle") if m.group("handle") else ("poster", "account")
        if m.group(name).strip():
            poster, poster_start, poster_end = m.group(name).strip(), m.start(name), m.start(name) + len(m.group(name).rstrip())
        else:  # "— (@ilsevarga) May 3, 2031": the account is all the signature names
            poster, poster_start, poster_end = "@" + m.group(handle), m.start(handle) - 1, m.end(handle)
        first = _POST_EDGE.match(line, start).end()
        last = start + len(_POST_EDGE_END.sub("", line[start:m.start()]))
        out.append(EmbeddedPost(first, max(first, last), poster, poster_start, poster_end))
        start = m.end()
    return out if out and not line[start:].strip() else []


RELATED_HEADING = re.compile(
    r"^(?:related(?: topics| stories| articles| news| posts| content| coverage| links)?|recent(?: stories| posts| news)"
    r"|more (?:stories|news|from|on this|in)\b.*|latest (?:news|stories)|you may (?:also )?like|you might (?:also )?like"
    r"|read (?:more|also|next)|also read|see also|most (?:popular|read|viewed|emailed)(?: stories)?|trending(?: now)?|top stories"
    r"|recommended(?: for you)?|don'?t miss|popular (?:stories|posts))\s*:?$", _I)
COMMENTS_HEADING = re.compile(
    r"^(?:leave a (?:reply|comment)|(?:\d+\s+)?(?:user |reader |readers' |your |latest |recent )?comments?(?: \(\d+\))?"
    r"|(?:add|post|write|submit) (?:a |your )?comments?|comments? on this (?:story|article|post|entry)"
    r"|join the (?:discussion|conversation)|have your say|tell us what you think|what do you think\??"
    r"|comments (?:are|have) (?:now )?(?:been )?closed\b.*)\s*[:»>.…]*$", _I)
RELATIVE_AGE = re.compile(r"^\d+\s+(?:second|minute|hour|day|week|month|year)s? ago$", _I)


_CAPTION_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# A photo's caption left in the text: who stands where ("Ada Lunde (L) speaks with ..."), "in this
# photo provided by", "General view of", an agency's photo credit, or a line of some words ending on
# the place and day the photo was taken, the way agencies write captions ("... patrol outside the
# town hall in Lowton, March 11, 2031.", with an optional "REUTERS/Name"): prose gives that day with
# "on" or a weekday. "(R)" and "(C)" alone are not enough: a US politician's party, a trademark.
_CAPTION_END = (rf"(?<!\b[Oo]n)(?<!day)(?:,| in [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*)\s+{_CAPTION_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?"
                r"(?:\s+(?:REUTERS|AFP|AP|Getty)\b\S*(?:\s+\S+){0,3})?\s*$")
CAPTION = re.compile(
    r"\((?:L|L-R|R-L|\d(?:st|nd|rd|th) (?:L|R|left|right))\)"
    r"|\((?:AP|AFP|Reuters|Getty Images) Photo\b"
    r"|\b[Ii]n this (?:this |undated |handout |file |evidence |(?:[A-Z][a-z]+\.? \d{1,2}, \d{4},? ))*"
    r"(?:photo|photograph|picture|image)\b"  # "in this June 27, 2031 file photo"
    r"|\([^()]{0,60}/[^()]{0,60}\b(?:Associated Press|AP|Reuters|AFP|Getty Images)\)\s*$"  # "(Name/Outlet via Associated Press)"
    r"|^(?:A )?(?:[Gg]eneral view|[Ff]ile photo) of\b"
    r"|^(?:\S+\s+){6,}\S+" + _CAPTION_END)


def _may_be_caption(line: str, lower: str) -> bool:
    """What every caption pattern needs, cheap to test first: a bracket, a year near the end, or a photo word."""
    return "(" in line or any(c.isdigit() for c in line[-40:]) or "photo" in lower or "picture" in lower \
        or "image" in lower or "view of" in lower

# Words one of which a line must contain (lower-cased) before the costlier pattern of its reason is
# tried; reasons not listed are always tried.
NEEDLES: dict[str, tuple[str, ...]] = {
    "script": ("script", "document.", "function", "window.", "var ", "googletag", "{"),
    "newsletter": ("newsletter", "inbox", "subscribe", "alerts", "delivered"),
    "cookie-notice": ("cookie",),
}


@lru_cache(maxsize=8192)  # the title finder asks again about lines already classified
def debris_reason(line: str) -> str | None:
    """The kind of debris a stripped line is, or None.

    >>> debris_reason("Send this to a friend")
    'share-buttons'
    >>> debris_reason("The harbour reopened on Tuesday.") is None
    True
    """
    if posts_in(line):
        return "embedded-post"
    lower = line.lower()
    if len(line) <= CAPTION_LONGEST and _may_be_caption(line, lower) and CAPTION.search(line):
        return "photo-caption"
    for reason, pattern, longest in PATTERNS:
        needles = NEEDLES.get(reason)
        if needles and not any(n in lower for n in needles):
            continue
        if len(line) <= longest and pattern.search(line):
            return reason
    return None


# A comment's signature: a short line giving a clock time, an age or a numeric date ("Posted by:
# Kim | Jan 10, 2008 4:49 PM", "Lee (5 days ago)", "Ana Says:"). One such line is a byline; several,
# each followed by prose, are a thread of comments.
_CLOCK = (r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?|\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b"
          r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_MONTH_DATE = (rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|'?\d{{2}})\b"
               rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:\d{{4}}|'?\d{{2}})\b")
STAMP_CLOCK = re.compile(_CLOCK, _I)
STAMP_DATE = re.compile(_MONTH_DATE, _I)
STAMP_SAYS = re.compile(r"^[\w .,'()-]{1,40}\s(?:says|said|wrote)\s*:?$", _I)


def is_stamp(line: str) -> bool:
    """Whether a line is the signature of a post: short, with a clock time, an age or a date near
    its start, or "Name says:".

    >>> is_stamp("Posted by: Kim | Jan 10, 2031 4:49 PM")
    True
    >>> is_stamp("The race starts at 4:30 p.m. on Sunday at the harbour wall, the organisers said in a statement on Friday.")
    False
    >>> is_stamp("Ana says:"), is_stamp("Lee (5 days ago)")
    (True, True)
    """
    if posts_in(line):
        return False
    words = len(line.split())
    head = line[:80]
    if words <= 14 and STAMP_CLOCK.search(head):
        return True
    if words <= 10 and STAMP_DATE.search(head):
        return True
    return words <= 8 and bool(STAMP_SAYS.match(line))


# holes where scraping dropped links or figures: "( and , respectively)", "the and", "released , the";
# not "in and around"
HOLES = re.compile(r"\(\s*[,;]|\(\s*(?:and|or)?\s*[,)]|\s[,;.]\s|\b(?:of|the|and) and\b")


def has_holes(text: str) -> bool:
    """Whether a line has holes where the page's links or figures were stripped.

    >>> has_holes("In a statement released , the council said"), has_holes("in and around the port")
    (True, False)
    """
    return HOLES.search(text) is not None
