"""Quotes and speakers: invented mini-texts, the bundled example, and offsets as properties."""

import pytest
from hypothesis import given, settings, strategies as st

from newsweave.model import Article
from newsweave.nlp import analyse
from newsweave.story.quotes import find_quotes, quotes


def found(text: str, **options):
    article = Article(id="t", original=text)
    return find_quotes(article, analyse([article])[0], **options)


def direct(text: str):
    return [(q.text, q.speaker) for q in found(text) if q.direct]


def test_straight_marks_and_inverted_cue():
    [q] = found('"We will rebuild the pier by May," said mayor Ada Lunde.')
    assert (q.text, q.speaker, q.cue, q.direct) == ("We will rebuild the pier by May", "Ada Lunde", "said", True)
    assert q.start == 1 and q.text == '"We will rebuild the pier by May," said mayor Ada Lunde.'[q.start:q.end]


def test_typographic_marks_colon_cue():
    assert direct("Harbour chief Tomas Brekke said: “The channel stays shut until the fog lifts.”") == [
        ("The channel stays shut until the fog lifts", "Tomas Brekke")]


def test_split_quote_both_parts_one_speaker():
    text = "Pilot Ines Varga described the landing. “The wind turned,” Varga said, “and we had to abort twice.”"
    assert direct(text) == [("The wind turned", "Ines Varga"), ("and we had to abort twice", "Ines Varga")]


def test_pronoun_speaker_resolves_to_named_person():
    text = "Ines Varga flew the last plane out. “It was the hardest landing of my career,” she said."
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ines Varga"
    assert text[q.speaker_start:q.speaker_end] == "she"


MISPARSED = "“I have never seen the quay this crowded on a Tuesday,” harbour master Ilse Varga said at the pier."


def test_speaker_after_the_quote_survives_a_misparse():
    # the parser reads "harbour" as a verb and hangs the quote on it; the subject of "said" still speaks
    [q] = found(MISPARSED)
    assert (q.text, q.speaker, q.cue) == ("I have never seen the quay this crowded on a Tuesday", "Ilse Varga", "said")
    assert MISPARSED[q.speaker_start:q.speaker_end] == "harbour master Ilse Varga"


def test_speaker_before_a_colon_quote_has_its_whole_mention():
    text = "Harbour master Ilse Varga said at the pier: “I have never seen the quay this crowded on a Tuesday.”"
    [q] = found(text)
    assert (q.text, q.speaker) == ("I have never seen the quay this crowded on a Tuesday", "Ilse Varga")
    assert text[q.speaker_start:q.speaker_end] == "Harbour master Ilse Varga"


def test_pronoun_after_the_quote_still_resolves_to_the_name():
    text = "Ilse Varga runs the port. “I have never seen the quay this crowded on a Tuesday,” she said at the pier."
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ilse Varga"
    assert text[q.speaker_start:q.speaker_end] == "she"


def test_no_speaker_without_a_reporting_verb_after_the_quote():
    text = "“I have never seen the quay this crowded on a Tuesday.” Harbour master Ilse Varga walked to the pier."
    assert [(q.text, q.speaker, q.speaker_start) for q in found(text)] == [
        ("I have never seen the quay this crowded on a Tuesday", None, None)]


def test_follow_on_quote_in_next_paragraph_keeps_speaker():
    text = ('"The airport will reopen on Friday," Transport Minister Oskar Lind told reporters.\n\n'
            '"Every runway light will be checked before the first flight lands."')
    assert [s for _, s in direct(text)] == ["Oskar Lind", "Oskar Lind"]


def test_multi_paragraph_quote_without_closing_mark():
    text = ('Rector Hanna Moe wrote to the students. "The library stays open all night during exams.\n\n'
            '"The cafeteria will serve breakfast from six," she wrote.')
    quoted = direct(text)
    assert [t for t, _ in quoted] == ["The library stays open all night during exams",
                                      "The cafeteria will serve breakfast from six"]
    assert {s for _, s in quoted} == {"Hanna Moe"}


def test_unclosed_stray_mark_does_not_hide_later_quote():
    text = 'The report was "late. "We need the figures this week," councillor Rasmus Holt said.'
    assert direct(text) == [("We need the figures this week", "Rasmus Holt")]


def test_nested_quote_is_part_of_outer_quote():
    text = "“He told me ‘do not sail tonight’ and I listened,” fisherman Erik Sand said."
    assert direct(text) == [("He told me ‘do not sail tonight’ and I listened", "Erik Sand")]


def test_scare_quotes_and_titles_are_not_speech():
    text = 'The so-called "quiet season" ended early. Viewers watched "Harbour Nights" on Sunday.'
    assert direct(text) == []


def test_description_resolves_to_named_person():
    text = ("Prime Minister Vera Koss met the unions on Monday. Later the prime minister said: "
            "“Nobody will lose their job this year.”")
    assert direct(text) == [("Nobody will lose their job this year", "Vera Koss")]


def test_institution_as_speaker():
    [q] = [q for q in found("“The border remains open,” the Interior Ministry said.") if q.direct]
    assert q.speaker == "Interior Ministry"


@pytest.mark.parametrize("text, speaker", [
    ("The ferries will run again, the Nessan Ministry of Harbours said.", "Nessan Ministry of Harbours"),
    ("The ferries will run again, according to the Nessan Ministry of Harbours.", "Nessan Ministry of Harbours"),
    ("The ferries will run again, the Saltmere Tax Office - half of whose staff work at the port - said.",
     "Saltmere Tax Office"),
])
def test_institution_named_in_full_and_no_further(text, speaker):
    assert [q.speaker for q in found(text)] == [speaker]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The mayor Ada Lunde said that the bridge would close for repairs.", "the bridge would close for repairs", "Ada Lunde", "said"),
    ("Ada Lunde told reporters the ferries would run again on Monday.", "the ferries would run again on Monday", "Ada Lunde", "told"),
    ("The ferries will run again on Monday, according to the port authority.", "The ferries will run again on Monday", "port authority", "according to"),
    ("Ada Lunde warned that the storm could cut power for days.", "the storm could cut power for days", "Ada Lunde", "warned"),
    ("Ada Lunde accused the contractor of hiding the cracks in the bridge.", "the contractor of hiding the cracks in the bridge", "Ada Lunde", "accused"),
])
def test_indirect_speech(text, content, speaker, cue):
    reported = [(q.text, q.speaker, q.cue) for q in found(text) if not q.direct]
    assert reported == [(content, speaker, cue)]


def test_reporting_verb_subject_wins_over_according_to():
    # the parser makes the credited agency the subject and the real subject its apposition
    text = ("According to the news agency, Bay Wire, the regional ferry council insisted that its "
            "“winter timetable” would start on the first of November.")
    quoted = [(q.text, q.speaker, q.cue, q.direct) for q in found(text)]
    assert ("its “winter timetable” would start on the first of November", "regional ferry council", "insisted", False) in quoted
    assert ("winter timetable", "regional ferry council", "insisted", True) in quoted
    # Bay Wire is credited only with relaying the council's words (the brief shows the council's quote)
    assert [(t, s) for t, s, cue, _ in quoted if s == "Bay Wire"] == [
        ("the regional ferry council insisted that its “winter timetable” would start on the first of November", "Bay Wire")]


def test_according_to_alone_gives_the_credited_source():
    reported = [(q.text, q.speaker, q.cue) for q in found("According to Bay Wire, the ferries will run again on Monday.")]
    assert reported == [("the ferries will run again on Monday", "Bay Wire", "according to")]


@pytest.mark.parametrize("text", [
    '"We will rebuild the old pier before the summer," the mayor Ada Lunde said, according to Bay Wire.',
    'According to Bay Wire, the mayor Ada Lunde said: "We will rebuild the old pier before the summer."',
])
def test_direct_quote_relayed_by_an_agency_is_the_speakers(text):
    assert direct(text) == [("We will rebuild the old pier before the summer", "Ada Lunde")]
    # what Bay Wire is credited with holds the mayor's attribution: a relay, not Bay Wire's own words
    for q in found(text):
        if q.speaker == "Bay Wire":
            assert q.cue == "according to" and "Ada Lunde said" in q.text


@pytest.mark.parametrize("text", [
    "LOWTON The ferry company will double its crossings next week, harbour officials said on Monday.",
    "LOWTON - The ferry company will double its crossings next week, harbour officials said on Monday.",
    "LOWTON, March 9 (Bay Wire) - The ferry company will double its crossings next week, harbour officials said on Monday.",
])
def test_a_wire_dateline_is_not_part_of_what_was_said(text):
    assert [(q.text, q.speaker) for q in found(text)] == [
        ("The ferry company will double its crossings next week", "harbour officials")]


def test_a_pronoun_after_someone_named_by_a_tie_to_a_person_is_that_someone():
    text = ("Pilot Ines Varga died in the crash on Monday.\n\nVarga's mother said she wants to meet the crew.\n\n"
            "\"Every day they are in court, I will be there,\" she said.")
    assert direct(text) == [("Every day they are in court, I will be there", "Ines Varga's mother")]
    # named beside the tie, the person is the one named
    assert [q.speaker for q in found("Varga's deputy, Ivo Karas, said the crew would be back on Friday.")] == ["Ivo Karas"]


def test_a_statement_sent_to_an_outlet_is_the_senders():
    text = ("The band said nothing for a day.\n\nThe group's publicist sent the following statement to Lowton Radio:\n\n"
            "\"It is with great sadness that we confirm the death of our friend Ivo Karas.\"")
    assert direct(text) == [("It is with great sadness that we confirm the death of our friend Ivo Karas", "group's publicist")]


def test_relay_of_a_quote_cut_at_an_editors_bracket_adds_no_second_quote():
    text = ('"The pier has stood for a century. [The ferries have been] stopped by the harbour board for '
            'repairs until the spring," said a council official, according to the radio station run by the port.')
    quotes_found = found(text)
    assert [(q.text[:9], q.speaker, q.direct) for q in quotes_found] == [("The pier ", "council official", True)]
    assert quotes_found[0].text.endswith("until the spring")


@pytest.mark.parametrize("text", [
    "The council quoted Ada Lunde as telling the ferry crews that the pier would reopen in spring.",
    "The council cited to Mayor Ada Lunde telling the ferry crews that the pier would reopen in spring.",
    "Bay Wire quoted Ada Lunde as saying the pier would reopen in spring.",
    "Ada Lunde was quoted as saying that the pier would reopen in spring.",
])
def test_quoted_as_saying_gives_the_quoted_speaker(text):
    reported = [(q.text, q.speaker) for q in found(text) if not q.direct]
    assert reported and all(speaker == "Ada Lunde" for _, speaker in reported), reported
    assert any(t.endswith("the pier would reopen in spring") for t, _ in reported)


def test_citing_figures_is_no_quoting():
    # "cited the figures, warning that ...": the one who warns is the one who cites
    reported = [(q.text, q.speaker) for q in found("Ada Lunde cited the repair figures, warning that the pier could close for a year.")]
    assert reported == [("the pier could close for a year", "Ada Lunde")]


@pytest.mark.parametrize("text, speaker", [
    # a generic person is the speaker as described, never as the bare word
    ("“We saw the smoke first,” said a man who sells bait by the harbour.", "a man who sells bait by the harbour"),
    ("“It was the worst storm I have seen,” said one of the divers who found the wreck.", "one of the divers who found the wreck"),
    ("“It was the worst storm I have seen,” said one of the divers, Ivo Karas, on Monday.", "Ivo Karas"),
    ("“We saw the smoke first,” said a local man.", "local man"),
    # with nothing said about them, the article does not say who spoke
    ("“We saw the smoke first,” a man said.", None),
    ("“We saw the smoke first,” said the woman, who like many in the town had stayed up.", None),
    # roles and institutions are speakers as they are
    ("“The ferry left early,” a spokesperson said.", "spokesperson"),
    ("“The ferry left early,” police said.", "police"),
    ("“The ferry left early,” the governor said.", "governor"),
])
def test_generic_words_are_speakers_only_as_descriptions(text, speaker):
    [q] = found(text)
    assert q.speaker == speaker
    assert q.speaker_start is not None  # the mention stays, named or not


def test_the_bare_word_again_is_the_one_described_before():
    text = ("“We saw the smoke first,” said a man who sells bait by the harbour. "
            "Later the man said that he had called the coastguard at once.")
    assert {q.speaker for q in found(text)} == {"a man who sells bait by the harbour"}


def test_a_nationality_alone_is_no_speaker():
    named = ("Otto Brandt led the port board for a decade. "
             "“I was never in charge of the harbour,” the German wrote.")
    assert direct(named) == [("I was never in charge of the harbour", "Otto Brandt")]
    assert [q.speaker for q in found("The Chinese say the radar can see the whole coast.")] == [None]


@pytest.mark.parametrize("text", [
    "In recent years, debts and lawsuits darkened the image of the man who described himself as the “keeper of lanterns.”",
    "Ada Lunde described herself as “a harbour girl”.",
    "The council calls the new ferry “Sea Wren Two” in its letters.",
    'On its page, the band posted two photos, one of which carried the simple message: "Forever."',
    "If you argue that the pier is safe, you must show the survey.",
])
def test_labels_names_and_hypotheticals_are_not_speech(text):
    assert found(text) == []


def test_a_short_shout_is_speech():
    assert direct('"Close the pier!" the crowd chanted outside the town hall.') == [("Close the pier!", "crowd")]


def test_a_quoted_evaluation_is_still_speech():
    reported = [(q.text, q.speaker) for q in found("Ada Lunde called the ferry plan “a fantasy” on Monday.")]
    assert ("a fantasy", "Ada Lunde") in reported


def test_inverted_attribution_leaves_the_verb_out_of_the_statement():
    assert [(q.text, q.speaker) for q in found("The ferry will stay in port, said someone close to the mayor.")] == [
        ("The ferry will stay in port", "someone close to the mayor")]


def test_according_to_a_cut_off_source_names_no_one():
    assert found("Stair climbing improves the heart, according to a new ...\n\nMore news below.") == []


def test_name_with_particles_is_whole():
    text = "Mayor Ada Lunde and Ilse van der Berg, who runs the ferry board, said they had agreed on a new timetable."
    assert [q.speaker for q in found(text)] == ["Ilse van der Berg"]


def test_indirect_can_be_turned_off():
    assert found("Ada Lunde said that the bridge would close.", indirect=False) == []


def test_quotes_runs_the_nlp_pass():
    [q] = quotes([Article(id="x", original='"All boats are back," coastguard Liv Aune said.')])
    assert (q.article, q.speaker) == ("x", "Liv Aune")


# --- the bundled example ------------------------------------------------------------------

@pytest.fixture(scope="module")
def example_quotes(cleaned_example):
    articles = list(cleaned_example.values())
    return articles, quotes(articles)


def test_example_direct_quotes_with_speakers(example_quotes, expected):
    _, qs = example_quotes
    got = {(q.article, q.text, q.speaker) for q in qs if q.direct}
    want = {(d["article"], d["text"], d["speaker"]) for d in expected["story"]["direct_quotes"]}
    assert got == want


def test_example_pronoun_quote(example_quotes, expected, cleaned_example):
    _, qs = example_quotes
    p = expected["story"]["pronoun_quote"]
    [q] = [q for q in qs if q.article == p["article"] and q.text == p["text"]]
    assert q.speaker == p["speaker"]
    assert cleaned_example[q.article].original[q.speaker_start:q.speaker_end] == "she"


def test_example_follow_on_quote(example_quotes, expected):
    _, qs = example_quotes
    f = expected["story"]["follow_on_quote"]
    for article in f["articles"]:
        [q] = [q for q in qs if q.article == article and q.text == f["text"]]
        assert q.speaker == f["speaker"] and q.cue is None and q.direct


def test_example_split_quote(example_quotes, expected):
    _, qs = example_quotes
    s = expected["story"]["split_quote"]
    parts = [q for q in qs if q.article == s["article"] and q.text in s["parts"]]
    assert [q.text for q in parts] == s["parts"]
    assert {q.speaker for q in parts} == {s["speaker"]}


def test_example_indirect_orlenko(example_quotes, expected):
    _, qs = example_quotes
    [group] = [g for g in expected["story"]["quote_variants"] if "indirect" in g]
    for article, text in group["indirect"].items():
        assert any(q.article == article and q.text == text and q.speaker == group["speaker"] and not q.direct for q in qs)


def test_example_offsets(example_quotes, cleaned_example):
    _, qs = example_quotes
    assert qs
    for q in qs:
        assert cleaned_example[q.article].original[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end > q.speaker_start


# --- properties ---------------------------------------------------------------------------

WORDS = st.sampled_from("the port ferry will open close said Ada Lunde told we they on Monday and “ ” \" , . \n\n".split(" ") + [" ", "\n\n", '"', "“", "”"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_offsets_index_the_original(parts):
    text = " ".join(parts)
    for q in found(text):
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc XY.,\n\"“”"), min_size=0, max_size=30),
       st.text(alphabet=st.sampled_from("abc XY.,\n"), min_size=0, max_size=30))
def test_offsets_survive_cleaning_map(prefix, suffix):
    from newsweave.clean import clean

    text = prefix + '\n\n"The pier will reopen on Friday," said mayor Ada Lunde.\n\n' + suffix
    [article] = clean([Article(id="p", original=text)])
    for q in find_quotes(article, analyse([article])[0]):
        assert article.original[q.start:q.end] == q.text


def test_an_embedded_post_is_a_quote_of_its_poster():
    from newsweave.clean import clean_article

    post = "The first ferry is back at the quay! pic.twitter.com/Qx7ferry — Ilse Varga (@ilsevarga) March 11, 2031"
    text = "The harbour at Lowton reopened on Tuesday, the port office said.\n\n" + post + "\n\nPilots guided the ferries in."
    article = clean_article(Article(id="p", original=text))
    posted = [q for q in find_quotes(article, analyse([article])[0]) if q.cue == "posted"]
    assert [(q.text, q.speaker, q.direct) for q in posted] == [("The first ferry is back at the quay!", "Ilse Varga", True)]
    assert text[posted[0].start:posted[0].end] == posted[0].text
    assert text[posted[0].speaker_start:posted[0].speaker_end] == "Ilse Varga"


def test_a_quoted_title_does_not_hide_the_reporting_verb_before_a_colon():
    text = ("Guitarist Ivo Marsh spent a year on the record. He told Lowton Radio that hearing “Sea Wren” bare made him see "
            "how hard the band worked to make it fly: “You realise how much the extra guitars mattered.”")
    [q] = [q for q in found(text) if q.text.startswith("You realise")]
    assert q.speaker.endswith("Ivo Marsh") and (q.cue, text[q.speaker_start:q.speaker_end]) == ("told", "He")


@pytest.mark.parametrize("text, speaker", [
    ("Marta Holm drowned off Tolvik Point. Holm's mother then took the stage, telling the crowd: “We will keep her boat in the harbour.”",
     "Marta Holm's mother"),
    ("“We must resist,” Ivo Marsh's eldest daughter said before presenting an award.", "Ivo Marsh's eldest daughter"),
])
def test_someone_named_by_a_tie_to_a_person_is_not_that_person(text, speaker):
    assert [q.speaker for q in found(text) if q.direct] == [speaker]


def test_an_archive_that_records_someone_as_saying_is_not_the_speaker():
    text = ("She was an awe-inspiring sight. “I had never,” the War Database records gunner Ivo Karas of the carrier "
            "USS Wren as saying, “seen anything as big in my entire life.”")
    assert [q.speaker for q in found(text) if q.direct] == ["Ivo Karas", "Ivo Karas"]


def test_of_two_subjects_the_parser_gives_a_verb_the_name_speaks():
    # "co" and "Ivo Karas" both parsed as subjects of "says"
    [q] = found("Tolvik Shipping co-founder Ivo Karas says he has found the wreck of the ferry Skarn near Tolvik.")
    assert (q.speaker, q.direct) == ("Ivo Karas", False)


def test_a_pronoun_speaker_is_the_last_sentence_s_main_subject_not_a_name_spoken_of():
    text = ("Mayor Ilse Varga defended the harbour plan, because that was the plan Pavel Roth drafted himself.\n\n"
            '"We are not the ones who brought up the ferry. It matters because it is the only thing Pavel Roth could point to," she said.')
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ilse Varga"


def test_a_show_named_in_quote_marks_is_no_quote():
    text = ('Appearing on "Harbour Hour," Varga was asked by host Ivo Karas about the ferry. '
            '"Should the port have waited 44 days?" Varga said on Lowton Radio\'s "Morning Tide."')
    assert [q.text for q in found(text) if q.direct] == ["Should the port have waited 44 days?"]
    assert not [q for q in found(text) if not q.direct and "Morning Tide" in q.text]


def test_continuing_to_do_something_is_not_saying_it():
    text = 'The harbour master said the authority was continuing to "look into every report of what happened" at the pier.'
    assert {q.speaker for q in found(text)} == {"harbour master"}


def test_a_surname_the_tagger_left_unmarked_is_still_the_subject_a_pronoun_refers_to():
    text = ("Harbour spokeswoman Ilse Marek and port adviser Ivo Karas clashed on Sunday over the mayor's plan.\n\n"
            'The mayor said last week that the port was "finished," and called the ferry line a relic.\n\n'
            "Marek defended the plan, because that was the plan the mayor drafted himself.\n\n"
            '"We are not the ones who brought up the ferry. It matters because it is the only thing the mayor could point to," she said.')
    [q] = [q for q in found(text) if q.direct and q.text.startswith("We are")]
    assert q.speaker == "Ilse Marek"


def test_a_statement_released_by_someone_is_theirs_not_a_name_in_an_aside():
    text = ("Just after midnight, the port office of Lowton Harbour (the body that for decades has run the Tolvik ferry), "
            'released a statement apologizing for the delay: "We sincerely apologize to every passenger for the wait."')
    [q] = found(text)
    assert q.speaker == "port office" and text[q.speaker_start:q.speaker_end] == "the port office"


def test_a_second_said_parsed_into_the_reported_clause_is_still_the_first_speaker_s():
    text = ("Mayor Ilse Varga on Sunday predicted that critics will make up all kinds of silly arguments against the "
            'ferry plan until the vote and said the fuss over her remarks about "rusty hulls" is one of them.')
    reported = [q for q in found(text) if not q.direct]
    assert [q.speaker for q in reported] == ["Ilse Varga", "Ilse Varga"]
    assert reported[1].text.startswith("the fuss over her remarks")


def test_the_one_asked_or_told_is_no_speaker():
    assert direct('On the radio, Varga was asked by host Ivo Karas: "Will the ferry run again on Friday?"') == [
        ("Will the ferry run again on Friday?", "Ivo Karas")]
    assert direct('Varga was told: "The ferry will not run again this year."') == [
        ("The ferry will not run again this year", None)]
    assert direct('"We will rebuild the pier by May," Varga was quoted as saying.') == [("We will rebuild the pier by May", "Varga")]


def test_reported_speech_leaves_out_the_day_it_was_said_and_keeps_both_marks_of_its_quoted_part():
    reported = [q for q in found("Mara Holm’s sister said Monday the 54-year-old painter “died in her sleep, in the house she built.” "
                                 "Ivo Karas said today the vote was close.") if not q.direct]
    assert [(q.text, q.speaker) for q in reported] == [
        ("the 54-year-old painter “died in her sleep, in the house she built.”", "Mara Holm's sister"),
        ("the vote was close", "Ivo Karas"),
    ]


def test_a_title_in_quote_marks_is_no_speech():
    text = ("The album has ten songs.\n\n4. “Harbour Lights Are Out”\n\n"
            "As critic Ivo Karas points out, “Mara Holm Shares Ferry Lattes” is the third result when you search for it. "
            "“We Will Sail Again,” skipper Ivo Brennick said.")
    assert direct(text) == [("We Will Sail Again", "Ivo Brennick")]


def test_he_at_the_end_of_an_according_to_sentence_is_its_source():
    text = ("The Lowton Warning Centre said there was no wider threat.\n\n"
            "According to harbour analyst Ivo Karas, this storm was \"the largest recorded in this area\"; the last strong storm "
            "was in 1984, and had a surge of two metres, he noted.")
    reported = {(q.text, q.speaker, q.cue) for q in found(text) if not q.direct}
    said = ("this storm was \"the largest recorded in this area\"; the last strong storm was in 1984, and had a surge of two metres")
    assert reported == {("there was no wider threat", "Lowton Warning Centre", "said"),
                        (said, "Ivo Karas", "according to"), (said, "Ivo Karas", "noted")}


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it():
    text = ('Harbour chief Seo Ha-rin said the mission would stay. "We will not leave," Seo said. '
            'Mara Holm, 9, was found alive on Tuesday. "I was scared," Mara said.')
    assert direct(text) == [("We will not leave", "Seo Ha-rin"), ("I was scared", "Mara Holm")]


def test_an_inverted_attribution_to_one_of_a_group_and_a_hyphenated_name_are_speakers_as_written():
    text = ("By Sunday morning, some forum users had begun to feel regret.\n\n"
            "\"I am going to bed but I want everyone involved to think about it,\" wrote one of them. "
            "Counter-tidewatch said that there was “no break-in of any kind”.")
    assert direct(text) == [("I am going to bed but I want everyone involved to think about it", "one of them"),
                            ("no break-in of any kind", "Counter-tidewatch")]


def test_a_short_title_case_quote_is_speech_only_beside_its_cue():
    text = ('The group was shocked on Saturday night when one of its leaders -- a man known to his followers as "Captain Ivo," '
            'a harbour pilot -- was revealed to be a Lowton developer named Ivo Karas, who has said that his wife is a sailor. '
            '"Harbour Lights Out," skipper Ivo Brennick said of the night.')
    assert direct(text) == [("Harbour Lights Out", "Ivo Brennick")]


def test_an_editor_in_chief_is_the_named_person():
    text = "Lowton Post Editor in Chief Mara Holm said on Sunday the paper’s methods are “extremely solid.”"
    assert {q.speaker for q in found(text)} == {"Mara Holm"}


def test_typewriter_double_quotes_are_quote_marks():
    text = ("“I am sorry for the pain I caused,'' Ivo Karas said at the hearing. "
            "''It was hard,'' prosecutor Mara Holm said after the sentencing. ``We will appeal,'' she added.")
    assert direct(text) == [("I am sorry for the pain I caused", "Ivo Karas"), ("It was hard", "Mara Holm"),
                            ("We will appeal", "Mara Holm")]
