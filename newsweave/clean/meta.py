"""What the text itself says about an article: its title, its outlet and its publication date."""

from __future__ import annotations

import datetime as dt
import re

from newsweave.lexicon.en import MONTHS

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
DATE_PATTERNS = [
    (re.compile(rf"\b{_MONTH}\.?\s+{_DAY},?\s+(\d{{4}})\b", re.I), ("month", "day", "year")),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+(\d{{4}})\b", re.I), ("day", "month", "year")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("year", "month", "day")),
]

DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|news|info|co|uk|io|tv|vision|online|today|media|press|ng|in|pk|ca|au|de|fr|eu|us|ru|ua)$", re.I)
# " -site.name", " - Site Name", " | Site Name" at the end of a title
TITLE_SUFFIX = re.compile(r"\s+(?:[-|–—:]\s*|\s*[-|–—]\s+)((?:www\.)?[\w-]+(?:\.[\w-]+)+|(?:[A-Z][\w'&.-]*\s*){1,5})\s*:?$")
# "Storm closes port_English_Wire": a site name joined to the title by underscores
GLUED_SUFFIX = re.compile(r"(?<=[\w'\")?!])_([A-Z][A-Za-z]*(?:_[A-Z][A-Za-z]*){0,3})$")
BYLINE_OUTLET = re.compile(r"^[Bb]y\s+(?:the\s+)?((?:[A-Z][\w.'&-]*\s+){1,5})(?:[Cc]orrespondent|[Ss]taff|[Nn]ews [Dd]esk|[Rr]eporter)\b")
_NAME = r"[A-Z][\w'&-]*(?:\.[A-Za-z][\w-]*)*"
COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*(?:[-–]\s*\d{{4}})?\s*,?\s*)?(?:by\s+)?((?:{_NAME}\s*){{1,5}}?)(?:[.,]|\s+all rights|\s*$)", re.I)
FOLLOW = re.compile(rf"^(?:follow|like|join) the ((?:{_NAME}\s*){{1,5}}?) (?:on|at)\b", re.I)
# a dateline opening a story, to be read past: "SALTMERE, March 12 (Agency) - ", "LOWTON (Herald) ",
# "SALTMERE - ", or a bare place as some feeds leave it ("LOWTON The ferry ..."); `credit` is what
# the brackets credit
DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z .'-]{2,40}(?:,[^()\n]{1,40}?)?"
    r"(?:\s*\((?P<credit>[^()\n]{2,80})\)\s*(?P<dash>[-–—:]*)\s*|\s*[-–—:]+\s*|\s+(?=(?:A|An|The) \w))")
REPORTS = re.compile(r"\b((?:www\.)?[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)+)\s+(?:reports|reported)\b")


def find_date(text: str) -> dt.date | None:
    """The first full date (day, month and year) written in `text`.

    >>> find_date("Jane Roe Published March 11, 2031 | 09:15 AM")
    datetime.date(2031, 3, 11)
    """
    best = None
    for pattern, order in DATE_PATTERNS:
        match = pattern.search(text)
        if not match or (best and match.start() >= best[0]):
            continue
        parts = dict(zip(order, match.groups()))
        month = parts["month"]
        month = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
        try:
            best = (match.start(), dt.date(int(parts["year"]), month, int(parts["day"])))
        except (TypeError, ValueError):
            continue
    return best[1] if best else None


def dateline_outlet(line: str) -> str | None:
    """The first outlet a dateline credits, when it credits two ("Outlet / Agency").

    >>> dateline_outlet("PORTVILLE, May 2 (Coast Times / Bay Wire) - Two ships ...")
    'Coast Times'
    """
    match = DATELINE_PREFIX.match(line)
    if match and match.group("credit") and match.group("dash") and "/" in match.group("credit"):
        return match.group("credit").split("/")[0].strip()
    return None


def dateline_end(text: str, least_after: int = 1) -> int:
    """Where the story starts after a dateline opening `text` (0 when there is none, or when fewer than
    `least_after` characters would be left).

    >>> [dateline_end(t) for t in ("SALTMERE (Bay Wire) - The ferry sank.", "LOWTON The ferry sank.", "NATO said so.")]
    [22, 7, 0]
    """
    match = DATELINE_PREFIX.match(text)
    return match.end() if match and len(text) - match.end() >= least_after else 0


def name_for_domain(domain: str, text: str) -> str | None:
    """The written name of a site given as a domain ("brackwaterherald.news" -> "Brackwater Herald")."""
    label = re.sub(r"^www\.", "", domain.lower()).split(".")[0].replace("-", "")
    for match in re.finditer(r"(?:[A-Z][\w'&]*\s+){0,3}[A-Z][\w'&]*", text):
        words = match.group().split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if "".join(words[i:j]).lower() == label and j - i > 1:
                    return " ".join(words[i:j])
    return None


def year_for(month: int, day: int, text: str) -> dt.date | None:
    """A year-less date completed with the year of the full dates the text gives."""
    years = [d.year for d in (find_date(m.group()) for m in re.finditer(r"[^.\n]{0,40}\d{4}", text)) if d]
    if not years:
        return None
    try:
        return dt.date(max(years), month, day)
    except ValueError:
        return None


def dateline_date(line: str, text: str) -> dt.date | None:
    """The date of a dateline like "SALTMERE, March 12 (Agency) -", its year taken from the text."""
    match = re.match(rf"^[A-Z][A-Z .'-]{{2,40}},\s*{_MONTH}\.?\s+{_DAY}\b(?:,?\s*(\d{{4}}))?", line, re.I)
    if not match:
        return None
    month, day, year = MONTHS.get(match.group(1).lower()), int(match.group(2)), match.group(3)
    if year:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    return year_for(month, day, text)


def split_title(line: str) -> tuple[str, str | None]:
    """A title without the site name scrapers glue to its end, and that site name.

    >>> split_title("Harbour reopens after collision -portnews.example")
    ('Harbour reopens after collision', 'portnews.example')
    >>> split_title("Harbour reopens after collision_English_Portnews")
    ('Harbour reopens after collision', 'English Portnews')
    """
    glued = GLUED_SUFFIX.search(line)
    if glued and len(line[: glued.start()].split()) >= 3:
        return line[: glued.start()].strip(), glued.group(1).replace("_", " ")
    match = TITLE_SUFFIX.search(line)
    if match:
        suffix = match.group(1).strip()
        head = line[: match.start()].strip()
        if len(head.split()) >= 3 and (DOMAIN.match(suffix) or "." in suffix or _looks_like_outlet(suffix, head)):
            return head, suffix
    return line, None


def _looks_like_outlet(suffix: str, head: str) -> bool:
    words = suffix.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(head) >= len(suffix)


def is_site_name(line: str) -> bool:
    return bool(DOMAIN.match(line.strip()))


def outlet_from_lines(lines: list[str]) -> str | None:
    """The outlet named by a byline ("By X Correspondent"), a copyright line or "X.news reports"."""
    for line in lines:
        match = BYLINE_OUTLET.match(line)
        if match:
            return match.group(1).strip()
    for line in reversed(lines):
        if re.search(r"©|\(c\)|copyright", line, re.I):
            match = COPYRIGHT.search(line)
            if match and match.group(1).strip():
                return match.group(1).strip().rstrip(".")
    for line in lines:
        match = FOLLOW.match(line)
        if match:
            return match.group(1).strip()
    for line in lines:
        match = REPORTS.search(line)
        if match:
            return match.group(1)
    return None
