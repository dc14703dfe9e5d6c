"""Speakers: the subject of a cue in the parse and the name it stands for (pronouns, surnames, descriptions, relatives)."""

import pytest




def test_pronoun_speaker_resolves_to_named_person(found):
    text = "Ines Varga flew the last plane out. “It was the hardest landing of my career,” she said."
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ines Varga"
    assert text[q.speaker_start:q.speaker_end] == "she"


def test_pronoun_after_the_quote_still_resolves_to_the_name(found):
    text = "Ilse Varga runs the port. “I have never seen the quay this crowded on a Tuesday,” she said at the pier."
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ilse Varga"
    assert text[q.speaker_start:q.speaker_end] == "she"


def test_description_resolves_to_named_person(direct):
    text = ("Prime Minister Vera Koss met the unions on Monday. Later the prime minister said: "
            "“Nobody will lose their job this year.”")
    assert direct(text) == [("Nobody will lose their job this year", "Vera Koss")]


def test_institution_as_speaker(found):
    [q] = [q for q in found("“The border remains open,” the Interior Ministry said.") if q.direct]
    assert q.speaker == "Interior Ministry"


@pytest.mark.parametrize("text, speaker", [
    ("The ferries will run again, the Nessan Ministry of Harbours said.", "Nessan Ministry of Harbours"),
    ("The ferries will run again, according to the Nessan Ministry of Harbours.", "Nessan Ministry of Harbours"),
    ("The ferries will run again, the Saltmere Tax Office - half of whose staff work at the port - said.",
     "Saltmere Tax Office"),
])
def test_institution_named_in_full_and_no_further(text, speaker, found):
    assert [q.speaker for q in found(text)] == [speaker]


@pytest.mark.parametrize("text", [
    '"We will rebuild the old pier before the summer," the mayor Ada Lunde said, according to Bay Wire.',
    'According to Bay Wire, the mayor Ada Lunde said: "We will rebuild the old pier before the summer."',
])
def test_direct_quote_relayed_by_an_agency_is_the_speakers(text, found, direct):
    assert direct(text) == [("We will rebuild the old pier before the summer", "Ada Lunde")]
    # what Bay Wire is credited with holds the mayor's attribution: a relay, not Bay Wire's own words
    for q in found(text):
        if q.speaker == "Bay Wire":
            assert q.cue == "according to" and "Ada Lunde said" in q.text


def test_a_pronoun_after_someone_named_by_a_tie_to_a_person_is_that_someone(found, direct):
    text = ("Pilot Ines Varga died in the crash on Monday.\n\nVarga's mother said she wants to meet the crew.\n\n"
            "\"Every day they are in court, I will be there,\" she said.")
    assert direct(text) == [("Every day they are in court, I will be there", "Ines Varga's mother")]
    # named beside the tie, the person is the one named
    assert [q.speaker for q in found("Varga's deputy, Ivo Karas, said the crew would be back on Friday.")] == ["Ivo Karas"]


@pytest.mark.parametrize("text", [
    "The council quoted Ada Lunde as telling the ferry crews that the pier would reopen in spring.",
    "The council cited to Mayor Ada Lunde telling the ferry crews that the pier would reopen in spring.",
    "Bay Wire quoted Ada Lunde as saying the pier would reopen in spring.",
    "Ada Lunde was quoted as saying that the pier would reopen in spring.",
])
def test_quoted_as_saying_gives_the_quoted_speaker(text, found):
    reported = [(q.text, q.speaker) for q in found(text) if not q.direct]
    assert reported and all(speaker == "Ada Lunde" for _, speaker in reported), reported
    assert any(t.endswith("the pier would reopen in spring") for t, _ in reported)


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
def test_generic_words_are_speakers_only_as_descriptions(text, speaker, found):
    [q] = found(text)
    assert q.speaker == speaker
    assert q.speaker_start is not None  # the mention stays, named or not


def test_the_bare_word_again_is_the_one_described_before(found):
    text = ("“We saw the smoke first,” said a man who sells bait by the harbour. "
            "Later the man said that he had called the coastguard at once.")
    assert {q.speaker for q in found(text)} == {"a man who sells bait by the harbour"}


def test_a_nationality_alone_is_no_speaker(found, direct):
    named = ("Otto Brandt led the port board for a decade. "
             "“I was never in charge of the harbour,” the German wrote.")
    assert direct(named) == [("I was never in charge of the harbour", "Otto Brandt")]
    assert [q.speaker for q in found("The Chinese say the radar can see the whole coast.")] == [None]


def test_name_with_particles_is_whole(found):
    text = "Mayor Ada Lunde and Ilse van der Berg, who runs the ferry board, said they had agreed on a new timetable."
    assert [q.speaker for q in found(text)] == ["Ilse van der Berg"]


@pytest.mark.parametrize("text, speaker", [
    ("Marta Holm drowned off Tolvik Point. Holm's mother then took the stage, telling the crowd: “We will keep her boat in the harbour.”",
     "Marta Holm's mother"),
    ("“We must resist,” Ivo Marsh's eldest daughter said before presenting an award.", "Ivo Marsh's eldest daughter"),
])
def test_someone_named_by_a_tie_to_a_person_is_not_that_person(text, speaker, found):
    assert [q.speaker for q in found(text) if q.direct] == [speaker]


def test_an_archive_that_records_someone_as_saying_is_not_the_speaker(found):
    text = ("She was an awe-inspiring sight. “I had never,” the War Database records gunner Ivo Karas of the carrier "
            "USS Wren as saying, “seen anything as big in my entire life.”")
    assert [(q.speaker, len(q.parts)) for q in found(text) if q.direct] == [("Ivo Karas", 2)]


def test_of_two_subjects_the_parser_gives_a_verb_the_name_speaks(found):
    # "co" and "Ivo Karas" both parsed as subjects of "says"
    [q] = found("Tolvik Shipping co-founder Ivo Karas says he has found the wreck of the ferry Skarn near Tolvik.")
    assert (q.speaker, q.direct) == ("Ivo Karas", False)


def test_a_pronoun_speaker_is_the_last_sentence_s_main_subject_not_a_name_spoken_of(found):
    text = ("Mayor Ilse Varga defended the harbour plan, because that was the plan Pavel Roth drafted himself.\n\n"
            '"We are not the ones who brought up the ferry. It matters because it is the only thing Pavel Roth could point to," she said.')
    [q] = [q for q in found(text) if q.direct]
    assert q.speaker == "Ilse Varga"


def test_a_surname_the_tagger_left_unmarked_is_still_the_subject_a_pronoun_refers_to(found):
    text = ("Harbour spokeswoman Ilse Marek and port adviser Ivo Karas clashed on Sunday over the mayor's plan.\n\n"
            'The mayor said last week that the port was "finished," and called the ferry line a relic.\n\n'
            "Marek defended the plan, because that was the plan the mayor drafted himself.\n\n"
            '"We are not the ones who brought up the ferry. It matters because it is the only thing the mayor could point to," she said.')
    [q] = [q for q in found(text) if q.direct and q.text.startswith("We are")]
    assert q.speaker == "Ilse Marek"


def test_a_statement_released_by_someone_is_theirs_not_a_name_in_an_aside(found):
    text = ("Just after midnight, the port office of Lowton Harbour (the body that for decades has run the Tolvik ferry), "
            'released a statement apologizing for the delay: "We sincerely apologize to every passenger for the wait."')
    [q] = found(text)
    assert q.speaker == "port office" and text[q.speaker_start:q.speaker_end] == "the port office"


def test_a_second_said_parsed_into_the_reported_clause_is_still_the_first_speaker_s(found):
    text = ("Mayor Ilse Varga on Sunday predicted that critics will make up all kinds of silly arguments against the "
            'ferry plan until the vote and said the fuss over her remarks about "rusty hulls" is one of them.')
    reported = [q for q in found(text) if not q.direct]
    assert [q.speaker for q in reported] == ["Ilse Varga", "Ilse Varga"]
    assert reported[1].text.startswith("the fuss over her remarks")


def test_the_one_asked_or_told_is_no_speaker(direct):
    assert direct('On the radio, Varga was asked by host Ivo Karas: "Will the ferry run again on Friday?"') == [
        ("Will the ferry run again on Friday?", "Ivo Karas")]
    assert direct('Varga was told: "The ferry will not run again this year."') == [
        ("The ferry will not run again this year", None)]
    assert direct('"We will rebuild the pier by May," Varga was quoted as saying.') == [("We will rebuild the pier by May", "Varga")]


def test_he_at_the_end_of_an_according_to_sentence_is_its_source(found):
    text = ("The Lowton Warning Centre said there was no wider threat.\n\n"
            "According to harbour analyst Ivo Karas, this storm was \"the largest recorded in this area\"; the last strong storm "
            "was in 1984, and had a surge of two metres, he noted.")
    reported = {(q.text, q.speaker, q.cue) for q in found(text) if not q.direct}
    said = ("this storm was \"the largest recorded in this area\"; the last strong storm was in 1984, and had a surge of two metres")
    assert reported == {("there was no wider threat", "Lowton Warning Centre", "said"),
                        (said, "Ivo Karas", "according to"), (said, "Ivo Karas", "noted")}


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(direct):
    text = ('Harbour chief Seo Ha-rin said the mission would stay. "We will not leave," Seo said. '
            'Mara Holm, 9, was found alive on Tuesday. "I was scared," Mara said.')
    assert direct(text) == [("We will not leave", "Seo Ha-rin"), ("I was scared", "Mara Holm")]


def test_an_inverted_attribution_to_one_of_a_group_and_a_hyphenated_name_are_speakers_as_written(found):
    text = ("By Sunday morning, some forum users had begun to feel regret.\n\n"
            "\"I am logging off now but I hope each of you will sleep on it,\" wrote one of them. "
            "Counter-tidewatch said that there was “no break-in of any kind”.")
    assert [(q.speaker, [p.text for p in q.parts], q.direct) for q in found(text)] == [
        ("one of them", ["I am logging off now but I hope each of you will sleep on it"], True),
        ("Counter-tidewatch", ["no break-in of any kind"], False)]


def test_an_editor_in_chief_is_the_named_person(found):
    text = "Lowton Post Editor in Chief Mara Holm said on Sunday the paper’s methods are “extremely solid.”"
    assert {q.speaker for q in found(text)} == {"Mara Holm"}


def test_quoted_words_of_a_pronoun_inside_reported_speech_are_the_reporting_speakers(found):
    text = 'Harbour master Ada Lunde said on Monday that she would call the new breakwater "a very expensive mistake" at the council.'
    outer = next(q for q in found(text) if text[q.speaker_start:q.speaker_end] == "Harbour master Ada Lunde")
    assert outer.mixed and [p.text for p in outer.parts] == ["a very expensive mistake"]
    assert not any(q.direct for q in found(text))
    # someone else named inside the reported speech keeps their own words: the outer record only relays them
    relayed = 'Ada Lunde said that Ivo Karas called the plan "a very expensive mistake" last week.'
    outer = next(q for q in found(relayed) if q.speaker == "Ada Lunde")
    assert not outer.mixed
