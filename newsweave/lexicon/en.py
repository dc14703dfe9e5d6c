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

# --- news agencies and outlets (copies, provenance, quotes) --------------------------------------

# --- time and dates (timeline, events, divergences) ----------------------------------------------

# --- numbers and counting (divergences, events) --------------------------------------------------

# --- page debris (clean) -------------------------------------------------------------------------

# --- other ---------------------------------------------------------------------------------------
