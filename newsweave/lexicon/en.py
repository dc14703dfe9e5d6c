"""English word lists, each written once. Sections follow the stages that read them most; any stage
may import any list.
"""

from __future__ import annotations

# --- function words ------------------------------------------------------------------------------

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

# --- people, titles and names (names, entities, quotes) ------------------------------------------

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
# lower-case words inside names: "Ilse van der Berg", "Lula da Silva", "Mohammed bin Salman"
NAME_PARTICLES = frozenset("von van der den de del della da das do dos du la le bin ibn ben al el".split())
# "Mr Cazeneuve": a form of address, not part of a name nor a role
FORMS_OF_ADDRESS = {"mr", "mrs", "ms", "miss", "mx", "mr.", "mrs.", "ms.", "mx."}
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
# "ibn", "ben" and the English "do" and lacks "di" and "ter"; the two stages extend names over different lists.
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

# --- time and dates (timeline, events, divergences) ----------------------------------------------

# --- numbers and counting (divergences, events) --------------------------------------------------

# --- page debris (clean) -------------------------------------------------------------------------

# --- other ---------------------------------------------------------------------------------------
