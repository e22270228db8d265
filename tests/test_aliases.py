"""The provider's own names for the course's people (approval_engine.judge.aliases): which
definitions are read, which are not, and how a match in a second reading maps back."""

from __future__ import annotations

import re

import pytest

from approval_engine.judge.aliases import AliasMatch, AliasReading, outcome_names, read_aliases, table_aliases


@pytest.mark.parametrize("text, term, role", [
    ("Moorland Guides are the course tutors, who teach and mark.", "Moorland Guide", "tutor"),
    ("Hedge Layers are the experienced colleagues in each participant's school who act as their mentors.",
     "Hedge Layer", "mentor"),
    ("The people are the Walkers, the Stewards (the two tutors who teach and mark) and the head.", "Steward", "tutor"),
    ("Each has a bell ringer (a senior colleague who will mentor them) in school.", "bell ringer", "mentor"),
    ("Every walker has a Lantern (mentor) from another school.", "Lantern", "mentor"),
    ("We pair each participant with school-based mentors (Waymarkers) for the year.", "Waymarker", "mentor"),
    ("Second markers, known as Checkweighers, read every fail.", "Checkweigher", "marker"),
    ("The Rope Men are the link tutors for the course.", "Rope Man", "tutor"),
    # the role first, then the text's own name for it
    ("In this report the tutors are Wardens; the taught days are Field Days.", "Warden", "tutor"),
    ("Our mentors are called Stewards.", "Steward", "mentor"),
    # one of the provider's tutors
    ("A Trainer is one of the Federation's tutors and leads the Workshops of a Class.", "Trainer", "tutor"),
    # with no determiner, a comma before "who"
    ("Lamp Wardens are experienced SENCos or senior leaders in participants' own schools, who act as school-based "
     "mentors.", "Lamp Warden", "mentor"),
])
def test_a_definition_names_a_term_for_a_role(text, term, role):
    assert read_aliases([text]) == {term: role}


@pytest.mark.parametrize("text", [
    "Dr Ann Bell from the School of Education is our link tutor.",  # the end of a longer name
    "Reflection is a key part of the tutor's role.",  # what the role involves, not who holds it
    "Travel (tutors): £400.",  # a budget line
    "Each unit has two named tutors (Appendix 1, section 6).",  # a pointer
    "Assessed by two tutors (APEL), under the University's rules.",  # a process, not the role's initials
    "Jo Bright, Principal Officer, Moorside Support Service (associate tutor).",  # a body
    "The Review Group (the tutors, the head of service and two headteachers) meets each June.",  # a group with others
    "Mentors are the colleagues who support participants in school.",  # the role's own word
])
def test_not_every_capitalised_word_beside_a_role_is_a_name_for_it(text):
    assert read_aliases([text]) == {}


def test_a_term_defined_as_two_roles_names_neither():
    assert read_aliases(["Wardens are the course tutors.", "Wardens (mentors) visit each school."]) == {}


def test_a_second_reading_puts_the_role_in_the_term_s_place_in_either_number():
    reading = AliasReading({"Rope Man": "tutor", "Lantern": "mentor"})
    r = reading.read("Rope Men attend a briefing; each Lantern receives the guide.")
    assert r.text == "tutors attend a briefing; each mentor receives the guide."
    assert reading.read("The rope is checked.") is None
    # the definition itself is not read again: it is no arrangement of the role's
    assert reading.read("Every walker has a Lantern (mentor) from another school.") is None


def test_a_match_in_the_second_reading_is_given_back_on_the_sentence_s_own_words():
    text = "Each year the Rope Men attend a half-day briefing."
    r = AliasReading({"Rope Man": "tutor"}).read(text)
    m = re.search(r"tutors attend a [\w-]+ briefing", r.text)
    am = AliasMatch(m, r, text)
    assert am.group(0) == "Rope Men attend a half-day briefing"
    assert am.span() == (text.index("Rope"), text.index("briefing") + len("briefing"))
    assert am.re is m.re


def test_a_glossary_line_defines_a_term():
    assert read_aliases(["Path Warden: the mentor in the participant's own school"]) == {"Path Warden": "mentor"}
    assert read_aliases(["Path Warden: a note for the mentor"]) == {}
    assert read_aliases(["Eastholme: the link tutor moderates a sample of every assignment."]) == {}


def test_a_glossary_line_names_one_of_the_tutors_or_the_colleague_who_mentors():
    assert read_aliases(["Sampling Officer: one of the programme's tutors. Sampling Officers teach the days."]) == {
        "Sampling Officer": "tutor"}
    assert read_aliases(["Home Authority Officer: the experienced colleague in the delegate's own school (normally a "
                         "member of the senior leadership team) who mentors the delegate."]) == {
        "Home Authority Officer": "mentor"}
    assert read_aliases(["Project Day: the day on which the tutors who mentor them visit."]) == {}


def test_a_glossary_line_with_a_full_stop_defines_a_term_by_the_role_and_what_it_does():
    assert read_aliases(["Helms. The tutors who teach the Spring Days and mark the High Water pieces."]) == {"Helm": "tutor"}
    assert read_aliases(["Staffing. The tutors are named in section 9."]) == {}  # no definition: what follows is a claim


def test_a_table_of_terms_defines_a_term_by_what_its_holder_does():
    pairs = [("Stockperson", "An experienced SENCO in a nearby school who mentors a Member"),
             ("Attending Vet", "A course tutor (Trust or University staff)"),
             ("Herd Day", "A taught study day at the Farm Classroom")]
    assert table_aliases(pairs) == {"Stockperson": "mentor", "Attending Vet": "tutor"}


def test_a_table_of_terms_names_the_course_s_participants():
    pairs = [("Walker", "a teacher admitted to the course"), ("Member", "A participant on the course"),
             ("Stem", "A teacher on the programme. Every Stem is a qualified teacher."),
             ("Stage", "a study day, face to face, at the Moorgate Centre")]
    assert table_aliases(pairs) == {"Walker": "participant", "Member": "participant", "Stem": "participant"}
    # an experienced colleague in the participant's own school is the mentor, whatever the table calls the participant
    assert table_aliases([("Tenter", "An experienced colleague in the Weaver's own school, named by the headteacher, who "
                                     "meets the Weaver at least twice a term")]) == {"Tenter": "mentor"}
    assert table_aliases([("Weaving Shed", "The Weaver's own school, where all the school-based work is done")]) == {}
    # the role, then a colon and who holds it
    assert table_aliases([("Tree Warden", "A mentor: an experienced SENCO in the local authority")]) == {
        "Tree Warden": "mentor"}
    # a member of something else is no name for a tutor
    assert table_aliases([("Panel member", "A tutor from the University")]) == {}
    # "One of the Association's tutors"
    assert table_aliases([("Bandmaster", "One of the Association's tutors. Each Player has a named Bandmaster.")]) == {
        "Bandmaster": "tutor"}
    # a participant who is "taking the course", a tutor "employed by" someone
    assert table_aliases([("Digger", "A teacher taking the course (in the field, a Digger runs a trench)."),
                          ("Finds Officer", "A tutor employed by the Service or by the University.")]) == {
        "Digger": "participant", "Finds Officer": "tutor"}


def test_a_table_of_terms_headed_by_the_provider_s_word_for_its_terms(tmp_path, engine):
    """ "Plan term | In the Award": a table of terms whatever its first header calls them; its tutor's duties are a
    tutor's ("Agronomists have a two-day induction and a handbook")."""
    from test_phenomena import build, judge

    f = build(tmp_path, "planterms", [
        ("table", [["Plan term", "In the Award"],
                   ["Grower", "A teacher on the Award."],
                   ["Agronomist", "A tutor of the Award. Each grower has one Agronomist for the year."]]),
        ("p", "New Agronomists have a two-day induction and the Agronomists' Handbook, and all Agronomists meet before "
              "each marking round to agree marks on sample scripts."),
    ])
    r = judge(engine, f)
    assert r["5.7"] == "partially_met"  # tutors prepared; no one else named


def test_a_glossary_line_names_the_course_s_participants():
    assert read_aliases(["Correspondents: the teachers taking the course: SENCOs new to the role."]) == {
        "Correspondent": "participant"}
    assert read_aliases(["We keep to our own words throughout: our Stems are the teachers on the course."]) == {
        "Stem": "participant"}
    assert read_aliases(["Governors: the people who oversee the school."]) == {}
    # ... or by the role's own word ("Dancer: a participant, a teacher who ..."), not by what a participant does
    assert read_aliases(["Dancer: a participant, a teacher who is or will be a school's SENCO."]) == {"Dancer": "participant"}
    assert read_aliases(["Placement: a participant spends a week in a special school."]) == {}


def test_a_contract_s_definitions_name_the_course_s_people():
    """'"Officers" means the tutors who ...', '"Purser" means the experienced SENCO assigned to each Passenger as
    mentor', '"Passenger" means a teacher accepted on the Passage'."""
    assert read_aliases(['"Officers" means the tutors who teach the Ports of Call and mark Boarding Cards;',
                         '"Purser" means the experienced SENCO assigned to each Passenger as mentor, who visits;',
                         '"Passenger" means a teacher accepted on the Passage;']) == {
        "Officer": "tutor", "Purser": "mentor", "Passenger": "participant"}
    assert read_aliases(['"Purser\'s Log" means the Purser\'s record of the visits made to the school;']) == {}


def test_a_term_in_accented_letters_is_a_term():
    assert read_aliases(["Répétiteur: a school-based mentor, an experienced SENCO from another school."]) == {
        "Répétiteur": "mentor"}
    assert read_aliases(["Each Élève has a Maître (mentor) from another school."]) == {"Maître": "mentor"}


def test_a_place_in_the_sentence_is_found_again_in_its_second_reading():
    text = "New Groundstaff shadow a full Strip before they teach one."
    r = AliasReading({"Groundstaff": "tutor"}).read(text)
    assert r.text == "New tutor shadow a full Strip before they teach one."
    i = text.index("shadow")
    assert r.text[r.at(i):].startswith("shadow") and r.at(0) == 0


@pytest.mark.parametrize("text, expected", [
    ("Each participant has a Warden: an experienced SENCO in a neighbouring school, who meets them twice a term.",
     {"Warden": "mentor"}),
    ("Each participant has a Companion, an experienced SENCO from a nearby school, named after the first meeting.",
     {"Companion": "mentor"}),
    ("Each participant has a Learning Log: a record of what they read and did.", {}),
    ("Scope: the participants (our users), from application to completion.", {}),
    ("Therefore: the SENCO takes a seat at the governors' table.", {}),
])
def test_a_mentor_described_and_not_named_as_one(text, expected):
    """An experienced colleague from another school each participant is given is the course's mentor, whatever the
    provider calls them; what is not so described names no one."""
    assert read_aliases([text]) == expected


def test_a_list_of_definitions_with_the_terms_in_quotation_marks():
    text = ('AND WHEREAS the following words have the following meanings: (a) an "Occupier" is a teacher enrolled on '
            'the course; (b) a "Valuer" is a tutor of the course; (c) a "Reeve" is the senior colleague in the '
            'Occupier\'s school who acts as the Occupier\'s mentor; (d) a "Vestry Day" is a study day.')
    assert read_aliases([text]) == {"Occupier": "participant", "Valuer": "tutor", "Reeve": "mentor"}
    # a participant of the provider's own naming given a mentor described, not named, as one
    assert read_aliases(["Every walker has a Buddy, an experienced SENCO from a nearby school."]) == {"Buddy": "mentor"}
    assert read_aliases(["Every school has a Link Governor, an experienced governor who visits termly."]) == {}


def test_a_glossary_run_on_in_one_paragraph_defines_a_term_at_each_sentence_s_start():
    text = ("Glossary. Traveller: a teacher on the course. Learning Special: a study day. Driver: a tutor. Guard: the "
            "mentor in the Traveller's own school. Inspector: a marker.")
    assert read_aliases([text]) == {"Traveller": "participant", "Driver": "tutor", "Guard": "mentor",
                                    "Inspector": "marker"}


@pytest.mark.parametrize("text, expected", [
    # numbered, the role and then a comma before "who"
    ("2. Head Bakers. The tutors, who lead the Mixes and mark the Bakes.", {"Head Baker": "tutor"}),
    # the role alone after the term and a full stop
    ("Ring Master. a tutor. Each Rider has one Ring Master for the season.", {"Ring Master": "tutor"}),
    # (a heading and a sentence about the tutors is not a definition)
    ("Marking. The tutors mark every piece twice.", {}),
])
def test_a_glossary_line_with_a_full_stop_after_the_term(text, expected):
    assert read_aliases([text]) == expected


def test_the_role_first_with_the_provider_s_possessive_and_a_list_after():
    text = ("Throughout this Notice the people taking part are called Boaters, the Trust's tutors are Lengthsmen, the "
            "school-based mentors are Lock Keepers and each study day is a Stoppage.")
    assert read_aliases([text]) == {"Lengthsman": "tutor", "Lock Keeper": "mentor"}


@pytest.mark.parametrize("term, accepted", [
    ("Head Baker", True), ("Circle Leader", True), ("Team Leader", False), ("Head", False), ("Deputy Head", False),
    ("Leaders", False),
])
def test_a_leader_or_head_by_the_course_s_own_word_is_a_coined_term(term, accepted):
    assert bool(read_aliases([f"{term}: a tutor."])) is accepted


@pytest.mark.parametrize("text, expected", [
    ("Your Border Guide is an experienced colleague, usually a deputy head or a SENCO in a neighbouring school.",
     {"Border Guide": "mentor"}),
    ("Each participant's Fieldfare will be a senior teacher from another school.", {"Fieldfare": "mentor"}),
    # (the course's leader or a person named, described so, is no one's mentor)
    ("Your Programme Leader is an experienced SENCO.", {}),
    ("The Director is an experienced SENCO.", {}),
])
def test_the_participant_s_own_one_described_as_an_experienced_colleague_is_a_mentor(text, expected):
    assert read_aliases([text]) == expected


def test_a_table_s_term_with_its_article_and_a_colleague_from_another_school_who_meets_the_participant():
    pairs = [("The Band", "The tutors. The Band teach the Dances and mark the Reels."),
             ("Partner", "An experienced SENCO in another Partnership school who meets the Dancer in her school at least "
                         "four times."),
             ("The Caller", "The programme leader, who runs the Ceilidh."),
             ("Dance", "One of the twelve study days, in the Barn.")]
    assert table_aliases(pairs) == {"Band": "tutor", "Partner": "mentor"}
    # a colleague in another school who does not meet the participant is no mentor
    assert table_aliases([("Host", "An experienced SENCO in another Partnership school, whose unit is visited once.")]) == {}


@pytest.mark.parametrize("text, expected", [
    ('Custom 3. "Mate" is an experienced SENCO or senior teacher, in or near the Hedger\'s school, named by the Hayward to '
     'walk with the Hedger through the season.', {"Mate": "mentor"}),
    ('"Reeve" is an experienced colleague in the Occupier\'s own school.', {"Reeve": "mentor"}),
    # a place is no mentor
    ('"Yard" is the Hedger\'s own school, where the Stints are done.', {}),
])
def test_a_numbered_definition_of_a_colleague_in_the_participant_s_school_names_the_mentor(text, expected):
    assert read_aliases([text]) == expected


@pytest.mark.parametrize("texts, pairs, expected", [
    # a table of terms: the meaning says the term is the national outcomes, in the course's own words
    ((), [("Lines", "What you must be able to do by the end of the year, set out in W1 and W5: our wording of the "
                    "national minimum outcomes.")], {"Line": "outcome"}),
    ((), [("Token", "One of the national outcomes")], {"Token": "outcome"}),
    # prose: the term said to be them, or named with them in brackets
    (["The Middot are the national outcomes in our own words."], (), {"Middot": "outcome"}),
    (["Training follows the Conventions (the national outcomes) through the year."], (), {"Convention": "outcome"}),
    # not a term the text coins: a pronoun, a sentence's own words, the outcomes by their own name
    (["Ours are the national minimum outcomes for the Award, in our words."], (), {}),
    (["In the BOWLING ANALYSIS each bowler is one of the national outcomes in our words."], (), {}),
    ((), [("TDA outcomes", "The national minimum outcomes in Annex 3 of the TDA specification.")], {}),
    # a term whose meaning only mentions the outcomes is not them
    ((), [("Portfolio", "The file in which participants show how they have met the national outcomes.")], {}),
])
def test_the_course_s_own_name_for_the_national_outcomes(texts, pairs, expected):
    assert outcome_names(texts, pairs) == expected


def test_a_sentence_using_the_course_s_name_for_the_outcomes_is_read_with_outcomes_in_its_place():
    reading = AliasReading(outcome_names([], [("Lines", "Our wording of the national minimum outcomes.")]))
    got = reading.read("Before the course a Field Tutor surveys you against every Line.")
    assert got is not None and got.text == "Before the course a Field Tutor surveys you against every outcome."


@pytest.mark.parametrize("title", ["PART 2 DEFINITIONS", "Words we use"])
def test_a_definitions_table_names_the_outcomes_and_a_survey_against_each_is_the_needs_assessment(tmp_path, engine, title):
    """A glossary's table with no header row, under its title ("PART 2 DEFINITIONS"), is a table of terms; its "Lines"
    are the national outcomes, so a Field Tutor surveying the participant "against every Line" before the course is the
    assessment of needs against the outcomes (2.2), and with the plan drawn from it, met."""
    from test_phenomena import build, judge

    f = build(tmp_path, "definitions", [
        ("h1", title),
        ("table", [["Adjuster", "The Field Tutor who second-marks and moderates a Proof."],
                   ["Lines", "What you must be able to do by the end of the year: our wording of the national minimum "
                             "outcomes."],
                   ["Cover Note", "Your individual training plan, issued after the Survey."]]),
        ("h1", "Becoming insured"),
        ("p", "Before your year starts, a Field Tutor surveys you against every Line. Within two weeks we issue your "
              "Cover Note, which is your individual training plan."),
    ])
    assert judge(engine, f)["2.2"] == "met"
