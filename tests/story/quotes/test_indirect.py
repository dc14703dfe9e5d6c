"""Reported speech: the clause a reporting verb governs and what an "according to" credits."""

import pytest




@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The mayor Ada Lunde said that the bridge would close for repairs.", "the bridge would close for repairs", "Ada Lunde", "said"),
    ("Ada Lunde told reporters the ferries would run again on Monday.", "the ferries would run again on Monday", "Ada Lunde", "told"),
    ("The ferries will run again on Monday, according to the port authority.", "The ferries will run again on Monday", "port authority", "according to"),
    ("Ada Lunde warned that the storm could cut power for days.", "the storm could cut power for days", "Ada Lunde", "warned"),
    ("Ada Lunde accused the contractor of hiding the cracks in the bridge.", "the contractor of hiding the cracks in the bridge", "Ada Lunde", "accused"),
])
def test_indirect_speech(text, content, speaker, cue, found):
    reported = [(q.text, q.speaker, q.cue) for q in found(text) if not q.direct]
    assert reported == [(content, speaker, cue)]


def test_reporting_verb_subject_wins_over_according_to(found):
    # the parser makes the credited agency the subject and the real subject its apposition
    text = ("According to the news agency, Bay Wire, the regional ferry council insisted that its "
            "“winter timetable” would start on the first of November.")
    quoted = [(q.text, q.speaker, q.cue, q.direct) for q in found(text)]
    assert ("its “winter timetable” would start on the first of November", "regional ferry council", "insisted", False) in quoted
    # the quoted words are the council's statement's, one record with them as its part, not a second quote
    assert not any(direct for *_, direct in quoted)
    [council] = [q for q in found(text) if q.speaker == "regional ferry council"]
    assert council.mixed and [p.text for p in council.parts] == ["winter timetable"]
    # Bay Wire is credited only with relaying the council's words (the brief shows the council's quote)
    assert [(t, s) for t, s, cue, _ in quoted if s == "Bay Wire"] == [
        ("the regional ferry council insisted that its “winter timetable” would start on the first of November", "Bay Wire")]


def test_according_to_alone_gives_the_credited_source(found):
    reported = [(q.text, q.speaker, q.cue) for q in found("According to Bay Wire, the ferries will run again on Monday.")]
    assert reported == [("the ferries will run again on Monday", "Bay Wire", "according to")]


@pytest.mark.parametrize("text", [
    "LOWTON The ferry company will double its crossings next week, harbour officials said on Monday.",
    "LOWTON - The ferry company will double its crossings next week, harbour officials said on Monday.",
    "LOWTON, March 9 (Bay Wire) - The ferry company will double its crossings next week, harbour officials said on Monday.",
])
def test_a_wire_dateline_is_not_part_of_what_was_said(text, found):
    assert [(q.text, q.speaker) for q in found(text)] == [
        ("The ferry company will double its crossings next week", "harbour officials")]


def test_relay_of_a_quote_cut_at_an_editors_bracket_adds_no_second_quote(found):
    text = ('"The pier has stood for a century. [The ferries have been] stopped by the harbour board for '
            'repairs until the spring," said a council official, according to the radio station run by the port.')
    quotes_found = found(text)
    assert [(q.text[:9], q.speaker, q.direct) for q in quotes_found] == [("The pier ", "council official", True)]
    assert quotes_found[0].text.endswith("until the spring")


def test_citing_figures_is_no_quoting(found):
    # "cited the figures, warning that ...": the one who warns is the one who cites
    reported = [(q.text, q.speaker) for q in found("Ada Lunde cited the repair figures, warning that the pier could close for a year.")]
    assert reported == [("the pier could close for a year", "Ada Lunde")]


def test_inverted_attribution_leaves_the_verb_out_of_the_statement(found):
    assert [(q.text, q.speaker) for q in found("The ferry will stay in port, said someone close to the mayor.")] == [
        ("The ferry will stay in port", "someone close to the mayor")]


def test_according_to_a_cut_off_source_names_no_one(found):
    assert found("Stair climbing improves the heart, according to a new ...\n\nMore news below.") == []


def test_indirect_can_be_turned_off(found):
    assert found("Ada Lunde said that the bridge would close.", indirect=False) == []


def test_continuing_to_do_something_is_not_saying_it(found):
    text = 'The harbour master said the authority was continuing to "look into every report of what happened" at the pier.'
    assert {q.speaker for q in found(text)} == {"harbour master"}


def test_reported_speech_leaves_out_the_day_it_was_said_and_keeps_both_marks_of_its_quoted_part(found):
    reported = [q for q in found("Mara Holm’s sister said Monday the 54-year-old painter “died in her sleep, in the house she built.” "
                                 "Ivo Karas said today the vote was close.") if not q.direct]
    assert [(q.text, q.speaker) for q in reported] == [
        ("the 54-year-old painter “died in her sleep, in the house she built.”", "Mara Holm's sister"),
        ("the vote was close", "Ivo Karas"),
    ]
