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

# Verbs (lemmas) that only say who spoke: "said" in two sentences links no two facts, and an event
# is what was said, not the saying. "according" for "according to".
SAYING = frozenset("say tell add state report announce claim note explain write quote cite according".split())
# Reporting verbs (lemmas). Speech only: belief verbs ("think", "hope") are not quotes.
REPORTING = SAYING - {"according"} | frozenset(
    """say tell add warn claim argue insist note explain announce acknowledge admit assert report state write
    confirm deny predict promise vow reiterate stress emphasize emphasise underline underscore point suggest
    complain concede contend declare maintain observe remark reply respond recall allege accuse tweet testify
    indicate reveal disclose estimate caution signal boast ask quote cite charge counter agree acknowledge
    comment describe blame criticize criticise threaten pledge proclaim retort quip joke continue conclude
    repeat urge lament mention answer recount affirm aver brag yell shout scream whisper muse wonder
    call dub label term brand""".split()
)
# Verbs of speaking out loud that carry direct words but rarely a reported clause: "the crowd chanted "X"".
EXCLAIMING = frozenset(
    """chant exclaim cry bark cheer beam holler snap mutter mumble murmur sing plead gush marvel scoff sneer fume roar
    growl sigh laugh chuckle interject interrupt chime text email post read sob gasp rage thunder assure reassure""".split()
)
# Verbs that report speech only when they have a clause to report; alone they are ordinary verbs.
WEAK = frozenset("continue conclude describe point ask repeat agree answer signal indicate counter charge call dub label term brand".split())
# When something was said, right after the verb: "said Monday the ...".
WHEN_SAID = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())
# Verbs that name or label: "called it "X"", "described himself as "X"", "dubbed "X"".
NAMING = frozenset("call describe dub label term brand name nickname title bill style".split())
# What a source can be credited for ("according to a report by Bay Wire"): the source is the one named after it.
REPORT_NOUNS = frozenset("report reports statement article interview story broadcast readout transcript".split())
# The small words a title of a work leaves in lower case ("State of the Union"): a quoted title, not speech.
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for from by with is are as".split())

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
# "Mr Cazeneuve": a form of address, not part of a name nor a role; as a token is written, with or
# without its full stop
FORMS_OF_ADDRESS = frozenset("mr mrs ms miss mx mr. mrs. ms. mx.".split())
# forms of address and honours say nothing of a person's job (divergences)
HONORIFICS = FORMS_OF_ADDRESS | frozenset("dr doctor sir dame lord lady prof professor rev reverend".split())
# not part of a name, as tokens are written: a form of address, "Dr", a title's abbreviation ("Det.",
# "Gov."); names and entities strip them from a name (a lord's title stays: it is how he is named)
TITLES_BEFORE_NAMES = FORMS_OF_ADDRESS | {"dr", "dr."} | {t.lower() for t in TITLE_ABBREVIATIONS}
# a rank within one office: "harbour master" and "deputy harbour master" are two people's jobs ("former"
# only says when the outlet wrote)
RANK_WORDS = frozenset("deputy acting vice assistant interim senior junior associate".split())
# lower-case words inside names ("Ilse van der Berg", "Lula da Silva", "Mohammed bin Salman"): a
# particle inside a surname makes a person, not an organisation
NAME_PARTICLES = frozenset("von van der den de del della da das di do dos du la le bin ibn ben al el".split())
# words around "official" that are no part of what the official speaks for ("a senior coast guard official")
OFFICIAL_QUALIFIERS = frozenset("senior unnamed anonymous".split())
# Words that say nothing of who speaks without their description ("a man who ...", "one of the ...").
GENERIC_PEOPLE = frozenset(
    "man woman men women person people persons someone somebody anyone anybody everyone everybody guy guys lady boy girl child kid individual".split())
QUANTITIES = frozenset("one ones some many several both few all none each most others another those dozens hundreds thousands".split())
DEMONYMS = frozenset("german russian american british french chinese briton swede dane norwegian finn pole spaniard italian".split())
NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic", "er", "ot", "ard")
PARTIES = frozenset("republican republicans democrat democrats democratic conservative conservatives liberal liberals labour socialist socialists communist communists libertarian libertarians independent tory tories green greens christian christians muslim muslims catholic catholics".split())
REFLEXIVE = frozenset("himself herself itself themselves myself ourselves yourself yourselves".split())
PRONOUNS_PERSON = frozenset("he she him her".split())
PRONOUNS_GROUP = frozenset("it they we them".split())
DETERMINERS = frozenset("the a an this that these those".split())
# Head nouns of descriptions that can stand for a named person ("the minister", "the Russian President").
TITLES = frozenset(
    """president minister premier chancellor secretary spokesman spokeswoman spokesperson leader senator
    governor mayor chief director ambassador general chairman chairwoman chair ceo founder master captain
    commander head king queen prince pope judge candidate official envoy adviser advisor aide deputy
    representative congressman congresswoman lawmaker manager owner professor doctor dr coach admiral
    nominee attorney prosecutor sheriff commissioner inspector superintendent emir sultan pilot councillor
    councilor rector teacher skipper fisherman fishermen officer lawyer economist analyst coastguard nurse""".split()
)
# Words of a title before a name ("Defense Secretary", "Joint Chiefs of Staff", "U.S."), never the name itself.
TITLE_FIELDS = frozenset("defense defence foreign state affairs interior justice finance health trade staff chiefs joint press us u.s.".split())
# Proper nouns that name an institution, not a person ("the Kremlin", "the Pentagon", "the Ministry").
GROUP_WORDS = frozenset("kremlin pentagon nato ministry government house office department agency authority".split())
# Words that rank a person before a title ("Top Ferry Line adviser", "former minister"), not part of a name
RANKING = {"top", "former", "late", "then", "acting", "interim", "senior", "veteran", "ex"}
# Words that make a person's role where they are named ("harbour master", "Mr"), for entities' roles; wider than
# `TITLES` (reporter, editor, actor, forms of address) and without some of its heads (candidate, aide, nurse).
ROLE_WORDS = {
    "president", "minister", "secretary", "chancellor", "chairman", "chairwoman", "chair", "spokesman",
    "spokeswoman", "spokesperson", "master", "leader", "chief", "director", "ceo", "head", "governor", "mayor",
    "senator", "ambassador", "general", "commander", "captain", "official", "officer", "premier", "king", "queen",
    "prince", "princess", "pope", "judge", "prosecutor", "envoy", "adviser", "advisor", "deputy", "manager",
    "teacher", "reporter", "editor", "correspondent", "founder", "owner", "coach", "analyst", "professor",
    "doctor", "dr", "mp", "lawmaker", "representative", "commissioner", "inspector", "sheriff", "lieutenant",
    "colonel", "sergeant", "admiral", "marshal", "counsel", "attorney", "economist", "actor", "actress", "singer",
    "star", "player", "rep", "publicist", "lawyer", "mr", "mrs", "ms",
}
# The field of a minister or secretary: "Interior" of "Interior Minister" is part of a title, not a name (entities;
# quotes' `TITLE_FIELDS` is a different list, of the words around titles: "Joint Chiefs of Staff", "U.S.").
MINISTER_FIELDS = {"interior", "foreign", "defence", "defense", "justice", "finance", "health", "trade", "home",
                   "energy", "education", "transport", "environment", "agriculture", "labour", "labor", "treasury"}
# The particles entities carry a mention over ("Ursula von der" + "Leyen"): `NAME_PARTICLES` has "della", "das",
# "ibn", "ben" and the English "do" and lacks "ter"; entities extend a mention over this shorter list.
NAME_PARTICLES_OF_MENTIONS = {"von", "der", "van", "de", "del", "da", "di", "la", "le", "bin", "al", "el", "du", "dos", "den", "ter"}
# Last words of an organisation's name ("Skerry Line", "Saltmere Radio"); of a place's; the lower-case
# place words that make the name before them a place ("Gullrock channel")
ORG_HEADS = {
    "authority", "ministry", "line", "lines", "tankers", "hospital", "radio", "wire", "council", "agency", "company",
    "group", "bank", "university", "party", "times", "post", "news", "herald", "gazette", "courier", "tribune",
    "journal", "commission", "union", "organization", "organisation", "office", "department", "court", "police",
    "army", "navy", "forces", "corporation", "corp", "inc", "ltd", "association", "institute", "foundation",
    "committee", "parliament", "senate", "congress", "service", "services", "airlines", "airways", "press",
    "network", "television", "tv", "club", "federation", "guard", "board", "centre", "center", "school",
    "co", "co.", "llc", "plc", "gallery", "galleries", "museum", "studios", "holdings", "records", "publishing",
}
PLACE_HEADS = {"island", "islands", "channel", "canal", "strait", "river", "lake", "sea", "ocean", "bay", "valley",
               "mountains", "province", "region", "county", "district", "city", "street", "square"}
LOWER_PLACE_HEADS = {"channel", "canal", "strait", "river", "lake"}
# Nouns before or beside a vessel's name ("the ferry Hollin Bay")
VESSEL_NOUNS = {"ferry", "tanker", "ship", "vessel", "boat", "frigate", "freighter", "trawler", "yacht", "liner",
                "destroyer", "carrier", "cruiser", "submarine", "barge", "tug", "steamer"}
# Nouns before an organisation's name ("the agency Bay Wire", "the broadcaster ...")
ORG_NOUNS = {"agency", "company", "firm", "newspaper", "broadcaster", "outlet", "group", "operator", "airline", "bank",
             "weekly", "magazine", "tabloid"}
# "the Lowton Post satirical weekly": a name modifying one of these is a publication
PUBLICATION_NOUNS = {"newspaper", "weekly", "magazine", "tabloid"}
# "Frenchwoman", "Dutchman": a nationality, not a person's name (the stems before "man"/"woman")
DEMONYM_STEMS = ("french", "english", "irish", "dutch", "welsh", "scots", "swiss", "cornish", "manx", "norse")
# Titles a later "the ..." refers back to ("the minister", "the Russian President") when one person holds it
TITLES_REFERRED_BACK = frozenset(
    {"president", "minister", "secretary", "chancellor", "premier", "governor", "mayor", "chairman", "master",
     "captain", "ambassador", "spokesman", "spokeswoman", "leader", "king", "queen", "pope"})
# Lower-case words inside a speaker's name or an organisation's ("Ursula von der Leyen", "Ministry of Maritime
# Affairs"): the particles and an organisation's small words, which quote merging lets a name hold
NAME_SMALL_WORDS = NAME_PARTICLES | frozenset("of the and for".split())

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
