"""English word lists, each written once. Sections follow the stages that read them most; any stage
may import any list.

Where two stages need the same idea with different words (stop words, number words, agencies), the
lists are built from one another here, so a word is written once and the difference is in plain
sight, with the reason the stages keep it.

>>> "kyodo" in AGENCIES, "him" in STOPWORDS_WITH_OBJECT_PRONOUNS, "him" in STOPWORDS
(True, True, False)
"""

from __future__ import annotations

import re

# --- function words ------------------------------------------------------------------------------

# words too common to say what a text is about: clean counts them to tell prose from a page's labels,
# and leaves them out when it matches a headline to the opening paragraphs
STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been has have had it its this that "
    "these those he she they we you i his her their our not no will would could should can may said says after before "
    "over into about than who which when where while also more most some any all one two there here what".split()
)
# copies also leaves out object and possessive pronouns (b9a647c): a shared "them" is no evidence of
# copying. clean keeps them: they would change how prose-like a line counts and which headline is
# chosen (a headline's "US" or "Me" can be the word the body shares)
STOPWORDS_WITH_OBJECT_PRONOUNS = STOPWORDS | frozenset("him them me my your us".split())
ARTICLES = frozenset("the a an".split())
# what opens a source's mention before its name ("the ministry", "its owner", "their union"); a
# demonstrative ("this ministry") is kept: it points at a source already named
SOURCE_DETERMINERS = ARTICLES | frozenset("its their his her".split())
# words that point back to something said before: a sentence opening with one leans on the one
# before it, and a speaker mention opening with one names nobody a reader can see
PRONOUNS = frozenset({"he", "she", "it", "they", "this", "these", "those", "his", "her", "their", "its", "that", "we",
                      "him", "them", "i", "me", "my", "our", "you", "your", "both"})
# ... of them, the first persons speak from inside a quote: "I" is the named speaker of the quote
FIRST_PERSON = frozenset({"i", "me", "my", "we", "our", "us"})
# said to the reader, outside a quote ("if you travel before Friday")
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
# a subject or speaker that is a personal pronoun (or "who") relays no source; narrower than
# PRONOUNS: "this", "their" or "both" open the mention of a source ("their union said")
PERSONAL_PRONOUNS = frozenset("he she him her i we you they it who".split())
# a sentence opening with one of these leans on the sentence before it
CONNECTIVES = frozenset({
    "and", "but", "so", "because", "however", "except", "also", "yet", "or", "still", "then",
    "meanwhile", "instead", "moreover", "furthermore", "nonetheless", "thus", "therefore",
})
# words that follow a name in a sentence, where scraping loses the space between two elements ("Tolviksaid")
FOLLOWS_NAME = frozenset(
    "said says told added and but who was were has had have with for from that the will would also".split()
)

# --- saying and quoting (quotes, quote merging, provenance) --------------------------------------

# words for a saying that judge it: one outlet's "claimed" where another wrote "said" frames the quote
FRAMING_CUES = frozenset(
    "claim claims claimed claiming admit admits admitted admitting concede concedes conceded conceding insist insists "
    "insisted insisting boast boasts boasted boasting allege alleges alleged alleging confess confesses confessed "
    "acknowledge acknowledges acknowledged contend contends contended brag brags bragged maintain maintains maintained".split())
# a cue that relays what a source published ("Saltmere Radio reported"): the source is an outlet
RELAYING_CUES = frozenset("reported reports report wrote writes published publishes".split())
# what a source relays a speaker in ("a report by news agency Bay Wire")
RELAYED_IN = frozenset("report statement article interview".split())

# --- people, titles and names (names, entities, quotes) ------------------------------------------

# abbreviated titles written before a name (matched as written, capitalised, with their full stop)
TITLE_ABBREVIATIONS = tuple(f"{t}." for t in (
    "Det", "Sgt", "Lt", "Capt", "Col", "Cmdr", "Insp", "Supt", "Maj", "Cpl", "Pvt", "Adm", "Brig", "Prof",
    "Rev", "Gov", "Sen", "Rep", "Gen", "Dr", "Mr", "Mrs", "Ms", "Fr", "Hon", "Pres", "Amb", "Atty", "Spc"))
FORMS_OF_ADDRESS = frozenset("mr mrs ms miss mx".split())
# forms of address and honours say nothing of a person's job (divergences). entities keeps its own
# HONORIFICS (forms of address with their full stops and every title abbreviation, no "sir" or
# "lord"): it strips them from names, where a lord's title is part of how he is named
HONORIFICS = FORMS_OF_ADDRESS | frozenset("dr doctor sir dame lord lady prof professor rev reverend".split())
# a rank within one office: "harbour master" and "deputy harbour master" are two people's jobs ("former"
# only says when the outlet wrote)
RANK_WORDS = frozenset("deputy acting vice assistant interim senior junior associate".split())
# a particle inside a surname ("Mara van der Berg"): a person, not an organisation. entities, quotes
# and quote_merge keep longer lists of their own (being split; to be merged into this one there)
NAME_PARTICLES = frozenset("von van der de da di bin al du le".split())
# words around "official" that are no part of what the official speaks for ("a senior coast guard official")
OFFICIAL_QUALIFIERS = frozenset("senior unnamed anonymous".split())

# --- news agencies and outlets (copies, provenance, quotes) --------------------------------------

# a news agency's name, as a whole cited name (provenance): "according to Kyodo"
AGENCIES = frozenset(
    """reuters ap associated press afp agence france-presse france-presse sputnik tass itar-tass interfax ria novosti
    ria xinhua ani pti uni ians bloomberg dpa efe ansa kyodo yonhap anadolu bernama antara pap ukrinform unian
    belta irna mehr isna wam spa kuna mena apa""".split()
) | {"associated press", "agence france-presse", "ria novosti", "press trust of india", "asian news international"}
# agencies whose name marks a longer name as the agency's ("Reuters news service", "Xinhua state media");
# the other names in AGENCIES are too short or too common as a word ("ap", "uni", "spa") to do so.
# (Before AGENCIES was read whole, this also put Xinhua back, alone among its lines.)
AGENCY_WORDS = frozenset("reuters afp sputnik tass interfax xinhua".split())
# a source (an article's byline) that is a news agency, whose text is agency copy (copies). Narrower
# than AGENCIES: the copy rules were fitted on METER with these agencies (benchmarks/copies.py), and
# one more (Yonhap, Bloomberg) would make its outlets' texts agency copy, judged on rewording alone
WIRE_AGENCY = re.compile(
    r"\b(?:press association|pa news|pa media|reuters|associated press|ap|agence france[- ]presse|afp|dpa|ansa|efe|"
    r"bloomberg news|united press international|upi|kyodo|xinhua|tass|interfax)\b",
    re.I,
)
OUTLET_WORDS = frozenset(
    """news times post herald gazette radio tv television journal tribune courier daily magazine channel cnn bbc fox
    nbc cbs abc msnbc npr pbs politico axios guardian telegraph independent economist wire press broadcaster
    newspaper network online media observer chronicle standard express mirror sun star bulletin notes""".split()
)
GOVERNMENT_WORDS = frozenset(
    """kremlin white house pentagon ministry ministries department government presidency elysee élysée downing
    authority authorities agency commission council parliament congress senate cabinet office embassy police army
    military navy coast guard guard administration state""".split()
)
# a capital named as a speaker stands for its government ("Moscow said")
CAPITALS = frozenset("moscow washington kyiv kiev beijing london paris".split())
OFFICIAL_WORDS = frozenset("official officials spokesman spokeswoman spokesperson source sources diplomat diplomats aide aides".split())
# what a story calls a company it named before ("the company says": that company)
GENERIC_COMPANIES = frozenset("company firm group operator airline".split())
# an organisation named by what it is ("the company", "the ministry"): a source, though it has no name
GENERIC_ORGANISATIONS = GENERIC_COMPANIES | frozenset(
    "ministry agency authority department government council office organisation organization".split())
# words in a name that make it a company's, not a person's ("Skerry Line", "Halvard Tankers")
COMPANY_WORDS = frozenset("line tankers inc ltd group company corp".split())

# --- time and dates (timeline, events, divergences) ----------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# the words a page stamps its date with: "Published March 3", "Updated: 10:15 AM", "(Posted Tuesday, ...)"
PUBLISHED = r"(?:published|updated|posted|last updated|first published)"
# A bare number that looks like a year is a year only after one of these words, or when spaCy calls it a date.
YEAR_CUES = frozenset({"in", "since", "until", "till", "by", "of", "before", "after", "from", "during", "early", "late", "mid",
                       "mid-", "the", "around"})
FUTURE_WORDS = frozenset({"will", "shall", "'ll", "wo", "due", "scheduled", "slated", "expected", "upcoming", "planned", "plans",
                          "plan", "going"})
# words that stand before a weekday that is a day: "On Sunday", "By Friday", "Late Monday" (and month names)
WEEKDAY_CUES = frozenset("on by until till since before after from through last next this every each late early and or of".split()) | set(MONTHS)

# --- numbers and counting (divergences, events) --------------------------------------------------

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12})
# a count a divergence compares ("seventeen injured" against "17"): up to a hundred; "thousand" and
# "million" are left to the digits, as the number divergences were measured
COUNT_WORDS = {w: n for w, n in NUMBERS.items() if n < 1000}
# an event's number anchor, written as digits to meet the digits of another telling: one to twelve and
# the round numbers, the ones events were measured with (ECB+, benchmarks/timeline.py)
NUMBER_DIGITS = {w: str(n) for w, n in NUMBERS.items() if 1 <= n <= 12 or n >= 100}
# how many days, weeks or months ago ("a week ago", "three days ago"), and the words a date opens
# with; "several" and "few" open one but count nothing (the timeline takes one)
DATE_NUMBER_WORDS = {"a": 1, "an": 1} | {w: n for w, n in NUMBERS.items() if 1 <= n <= 20 and w != "dozen"} | {"several": None, "few": None}
# the words a date opens with, for trimming what the model marks as a date around it
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(DATE_NUMBER_WORDS) | {
    "last", "next", "this", "early", "late", "mid", "past", "previous", "coming", "ago", "yesterday", "today",
    "tomorrow", "tonight", "day", "days", "week", "weeks", "month", "months", "year", "years", "spring", "summer",
    "autumn", "fall", "winter", "christmas", "easter", "new", "mid-"}
# things a four-digit number can count: "2019 passengers" is a number of things, not a year
COUNTED = frozenset({"people", "passenger", "person", "tonne", "ton", "troop", "soldier", "worker", "member", "vote", "case",
                     "death", "copy", "unit", "barrel", "home", "house", "job", "vehicle", "car", "ship", "resident", "student"})
# a word before a number that makes it approximate ("about 20", "at least 20")
APPROXIMATE = frozenset("about around nearly almost over more than at least some up to roughly approximately several "
                        "dozens hundreds thousands least fewer less under".split())
# units and spans of time: a number of them is a measure, not a count of people or things
NOT_COUNTS = frozenset("year years month months week weeks day days hour hours minute minutes second seconds time times "
                       "percent per cent am pm kilometer kilometre km mile metre meter foot feet inch yard tonne ton kilogram "
                       "kg gram pound dollar euro degree knot acre hectare litre liter gallon".split())
# the same happening in other words: a count of people "injured" and of people "hurt" is one count
PREDICATES = {
    "injured": "injure hurt wound injury injured wounded hospitalise hospitalize",
    "killed": "kill die dead death killed",
    "missing": "miss missing",
    "arrested": "arrest detain arrested detained",
    "evacuated": "evacuate evacuated",
    "rescued": "rescue rescued save",
}

# --- events ----------------------------------------------------------------------------------------

EVENT_NOUNS = frozenset({
    "call", "meeting", "talk", "talks", "conference", "summit", "visit", "trip", "interview", "hearing", "trial",
    "inquiry", "investigation", "collision", "crash", "explosion", "blast", "attack", "election", "vote",
    "referendum", "speech", "address", "ceremony", "protest", "rally", "earthquake", "fire", "shooting", "arrest",
    "funeral", "match", "concert", "launch", "accident", "deal", "agreement", "announcement", "briefing", "session",
    "debate", "negotiation", "invasion", "raid", "bombing", "flood", "storm", "outbreak", "resignation", "death",
    "murder", "killing", "robbery", "rescue", "evacuation", "crossing", "wedding", "award", "verdict", "sentencing",
})
# Words for one kind of occasion: "collided", "the crash" and "the collision" name the same thing.
OCCASION = {
    "collide": "collision", "crash": "collision", "collision": "collision", "slam": "collision", "hit": "collision",
    "meet": "meeting", "meeting": "meeting", "talk": "talks", "talks": "talks", "visit": "visit", "call": "call",
    "phone": "call", "interview": "interview", "announce": "announcement", "announcement": "announcement",
    "attack": "attack", "arrest": "arrest", "vote": "vote", "elect": "election", "election": "election",
    "launch": "launch", "kill": "killing", "killing": "killing", "shoot": "shooting", "shooting": "shooting",
    "explode": "explosion", "explosion": "explosion", "blast": "explosion", "reopen": "reopening",
    "inquiry": "inquiry", "investigation": "inquiry", "conference": "conference", "summit": "summit",
}

# --- page debris (clean) -------------------------------------------------------------------------

SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|messenger|flipboard|copy link|google news|instagram|youtube|tiktok)"
# a page's furniture in a sentence: no line of a summary
PAGE_FURNITURE = re.compile(
    r"https?://|www\.|click here|sign up|subscribe|newsletter|mailing list|all rights reserved|copyright|©"
    r"|follow us|photo:|image:|getty images|contributed to this report|read more|contact details",
    re.IGNORECASE,
)

# --- other ---------------------------------------------------------------------------------------

# one country, many spellings: outlets that write "the U.S." and "the United States" state one fact
ALIASES = {"u.s.": "us", "u.s": "us", "u.s.a.": "us"}
ALIAS_PHRASES = {("united", "states"): "us"}
