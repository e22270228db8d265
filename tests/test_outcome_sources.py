"""Criterion 6 read through the indirections real programme documents use: a matrix
whose cells are symbols a key explains ("● taught and assessed; ○ taught only; F
formative task only"); module learning outcomes under the module's own codes, mapped
onto the national outcomes in a separate table and assessed by code; and an
assignment's brief under its own heading, written as instructions to participants."""

from __future__ import annotations

import pytest

from conftest import make_app, verdicts
from test_phenomena import build, judge

MATRIX = ("table", [
    ["Minimum outcome", "Unit A", "Unit B"],
    ["K1 The statutory and regulatory context for SEN and disability equality", "●", ""],
    ["K2 The principles and practice of inclusion", "○", ""],
    ["K3 Disability equality duties in schools", "F", ""],
    ["K4 Child development and how it affects learning", "", "○"],
    ["K5 How SEN and disabilities affect pupils' participation and learning", "", "●"],
    ["K6 Strategies for improving outcomes for pupils with SEN", "○", "F"],
])
UNITS = ("p", "Unit A is assessed by a 4,000-word case study and Unit B by a portfolio of evidence.")


@pytest.mark.parametrize("key", [
    [("p", "Key: ● = taught and assessed for the award (summative); ○ = taught, not assessed; F = formative task only.")],
    [("p", "Legend – ● taught and summatively assessed, ○ taught only, F formative task only")],
    [("p", "Key:"), ("p", "● Taught and assessed for the award"), ("p", "○ Taught only"),
     ("p", "F Formative task only (not marked)")],
])
def test_a_key_says_which_symbols_in_a_matrix_are_assessed(tmp_path, engine, key):
    f = build(tmp_path, "keyed", [("h1", "Outcome map"), *key, MATRIX, UNITS])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met"  # ● : taught and assessed
    assert v["6.K2"] == "partially_met" and v["6.K4"] == "partially_met"  # ○ : taught only
    assert v["6.K3"] == "partially_met" and v["6.K6"] == "partially_met"  # F : formative only


def test_a_key_in_words_with_several_values_to_one_meaning(tmp_path, engine):
    """"Task 1, Task 2 = graded; counts towards the award. Log = your learning log; not graded.": each task
    is assessed, a cell led by one ("Task 2 (case study)") too, and the log, its meaning run on past the
    semicolon, is not; a column headed "How it counts" says no more than its key does."""
    f = build(tmp_path, "worded-key", [
        ("h1", "The national outcomes: where you meet them"),
        ("p", "Key: Task 1, Task 2 = graded; counts towards the award. Log = your learning log; not graded. "
              "Sessions = taught in the sessions named."),
        ("table", [
            ["Outcome", "Where you meet it", "How it counts"],
            ["SEN law, the Code of Practice and what they mean for your school", "Module 701", "Task 1"],
            ["Identifying needs, setting targets, planning interventions, reviewing progress", "Module 702",
             "Task 2 (case study)"],
            ["Developing colleagues: observation, coaching, mentoring, training", "Module 703", "Log"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2"] == "met"
    assert v["6.S5"] == "partially_met"


def test_a_table_of_what_each_task_evidences_and_a_record_that_does_not_count(tmp_path, engine):
    """A table by task ("Task or record | Counts towards the award? | National outcomes evidenced"): what an
    assessed task's row lists is assessed; what the learning journal's row lists, its note saying it is not
    marked, is not, nor what a row headed "Not in the programme at present" lists."""
    f = build(tmp_path, "evidenced", [
        ("h1", "Programme outline"),
        ("p", "Day 1 covers SEN law and the Code of Practice; Day 4 covers how to work with other services "
              "and agencies and with parents and carers."),
        ("p", "Task A1 is an assessed essay, marked by two tutors for the award."),
        ("h1", "Where the national outcomes sit"),
        ("table", [
            ["Task or record", "Counts towards the award?", "National outcomes evidenced"],
            ["A1 Policy into Practice", "Yes", "Knowledge of SEN law and the Code of Practice and how to apply "
                                                "them in school; liaising with parents and carers."],
            ["Learning journal", "No (formative; not marked)", "The roles of other services and how to get "
                                                               "specialist support; working with other agencies."],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S8"] == "met"
    assert v["6.K9"] == "partially_met" and v["6.S9"] == "partially_met"


def test_a_key_that_says_a_kind_of_task_is_not_marked_reads_the_assessment_column_too(tmp_path, engine):
    """"Key. Checkpoint: a formative task; no mark is awarded." An outcome table with its own assessment column
    whose cell names a checkpoint ("Checkpoint C4") assesses nothing for the award; a graded task does."""
    f = build(tmp_path, "key-column", [
        ("h1", "The national minimum outcomes"),
        ("p", "Key. Checkpoint: a formative task; feedback is given, no mark is awarded. TP: a graded task."),
        ("table", [
            ["Outcome", "Taught in", "Assessed for the award in"],
            ["Manages time and priorities; delegates and follows up", "Unit 3.8", "Checkpoint C4"],
            ["The law on SEN and the SEN Code of Practice and how to apply them", "Unit 1.1", "TP1 (graded essay)"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"


def test_without_a_key_the_symbols_say_where_an_outcome_is_taught_not_that_it_is_assessed(tmp_path, engine):
    f = build(tmp_path, "unkeyed", [("h1", "Outcome map"), MATRIX, UNITS])
    v = judge(engine, f)
    assert not any(v[rid] == "met" for rid in ("6.K1", "6.K2", "6.K3", "6.K4", "6.K5", "6.K6"))


def test_module_learning_outcomes_mapped_by_code_are_taught_and_assessed_where_their_codes_are(tmp_path, engine):
    """Each learning outcome listed under its module is taught there; the national
    outcomes it maps onto (a separate table) are therefore developed, and assessed only
    where an assignment names the learning outcome's code."""
    f = build(tmp_path, "los", [
        ("h1", "Module 1: The SENCO and the law"),
        ("p", "By the end of this module you will be able to:"),
        ("p", "LO1 explain how the SEN framework and the disability equality duties shape what your school must do;"),
        ("p", "LO2 analyse how pupils' development and their special needs affect how they learn and take part;"),
        ("p", "LO3 use assessment data to set targets and track the progress of pupils with SEN;"),
        ("p", "LO4 lead colleagues in planning provision for pupils with SEN."),
        ("h2", "How the learning outcomes map onto the national outcomes"),
        ("table", [["Module learning outcome", "National outcomes addressed"],
                   ["LO1", "K1, K3"], ["LO2", "K4, K5"], ["LO3", "S2b, S2c"], ["LO4", "S4, S8"]]),
        ("h2", "Assessment"),
        ("p", "Assignment 1 (a 3,000-word case study, marked for the award) assesses LO1 and LO3. LO2 and LO4 are "
              "explored through formative tasks and discussion and are not assessed in this module."),
    ])
    v = judge(engine, f)
    assert v["6.S2c"] == "met" and v["6.K1"] == "met"  # LO3, LO1: listed, then assessed by code
    assert v["6.S4"] == "partially_met" and v["6.S8"] == "partially_met"  # LO4: taught, not assessed
    assert v["6.K4"] == "partially_met"  # LO2: taught, not assessed


def _brief(tmp_path, heading):
    return build(tmp_path, "brief", [
        ("h1", "Module 2: Leading provision"),
        ("p", "In this module you will learn to use provision mapping to plan and cost provision, and to deploy and "
              "manage teaching assistants."),
        ("h2", heading),
        ("p", "Describe how your school uses provision mapping to plan and cost provision for pupils with SEN, and "
              "evaluate it."),
        ("p", "Explain how you deploy and manage teaching assistants and other support staff, and what you would "
              "change."),
        ("p", "Your assignment is marked against the criteria below and counts for half of the award."),
    ])


def test_an_assignment_brief_under_its_heading_says_what_is_assessed(tmp_path, engine):
    """Under "Assignment 2 (4,000 words)", "Describe how your school ..." is the task participants are set
    (not the form's prompt), and what it asks them to show is assessed."""
    v = judge(engine, _brief(tmp_path, "Assignment 2 (summative, 4,000 words)"))
    assert v["6.S3"] == "met" and v["6.S4"] == "met"


def test_a_brief_under_a_heading_that_names_its_piece_by_its_length_says_what_is_assessed(tmp_path, engine):
    """A piece by the course's own name, its length and when it is due ("BG1 Quarter-final: The Case File (3,000 words,
    due after PD4)"): what it asks is assessed, as under "Assignment 2"."""
    v = judge(engine, _brief(tmp_path, "BG1 Quarter-final: The Case File (3,000 words, due after PD4)"))
    assert v["6.S3"] == "met" and v["6.S4"] == "met"


@pytest.mark.parametrize("heading", ["Formative task (not marked)", "Reflection and discussion",
                                     "The Practice Log (1,000 words, not marked)"])
def test_the_same_instructions_under_a_formative_or_other_heading_assess_nothing(tmp_path, engine, heading):
    v = judge(engine, _brief(tmp_path, heading))
    assert v["6.S3"] != "met" and v["6.S4"] != "met"


def test_an_outcome_table_whose_first_column_is_the_providers_reference_for_each_row(tmp_path, engine):
    """"Ref | Outcome (our wording) | Delivered in | Assessed by | Status": the references number the rows,
    the outcome is named in the next column, and a status column says nothing of where it is developed."""
    f = build(tmp_path, "refs", [
        ("table", [
            ["Ref", "Outcome (our wording)", "Delivered in", "Assessed by", "Status"],
            ["KU1", "SEN law and guidance, including the Code of Practice, and what it means for the school",
             "M1 days 1-2", "A1 (policy audit)", "Agreed"],
            ["KU3", "Disability equality law and the duties it places on schools", "M1 day 2", "-", "Agreed"],
            ["KU4", "Child development and how SEN, disability and the learning environment affect it", "TBC", "TBC",
             "At risk (input not confirmed)"],
            ["KU5", "The common types of SEN and disability and their effect on learning", "M2 days 1-2",
             "A2 (analysis of the pupil's needs)", "Agreed"],
            ["PS3", "Provision mapping to plan and cost provision", "M3 day 1", "A3 (provision map)", "Agreed"],
        ]),
        ("p", "A1 is a 4,000-word policy audit, A2 a 5,000-word case study and A3 a portfolio; all three are marked "
              "for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met" and v["6.S3"] == "met"
    assert v["6.K3"] == "partially_met"  # delivered, no assessment
    assert v["6.K4"] == "not_met"  # only a status: neither developed nor assessed


@pytest.mark.parametrize("text", [
    "In the final session each participant drafts a personal CPD plan for the following year; the plan is not assessed.",
    "At the exit tutorial the participant sets three professional targets for the following year, which are not marked.",
])
def test_the_participants_own_plan_for_what_to_learn_next_develops_keeping_up_to_date(tmp_path, engine, text):
    v = judge(engine, build(tmp_path, "cpd", [("h1", "Next steps"), ("p", text)]))
    assert v["6.A7"] == "partially_met"  # developed, and said not to be assessed


def test_a_column_of_what_the_pilot_did_is_not_where_the_programme_teaches(tmp_path, engine):
    """"Pilot 2007-08 (for reference only)" beside "Developed from 2009": only the programme's columns count, and
    a cell that says its content is optional and not part of the programme, or a score, develops nothing."""
    f = build(tmp_path, "pilot", [
        ("table", [
            ["National minimum outcome", "Developed from 2009", "Assessed from 2009", "Pilot 2007-08 (for reference only)"],
            ["K1 The statutory and regulatory context for SEN and disability equality", "Session 1", "A1", "Session 1"],
            ["K4 Child development and how it affects learning", "—", "—", "Session 3"],
            ["S2d Access arrangements for national tests and examinations",
             "Council briefing (optional; not part of the programme)", "—", "Session 8"],
            ["K5 The most common types of SEN and disability", "3.6", "—", "Session 4"],
            ["S9 Working with other services and agencies", "The council's own CAF training (outside the award)", "—",
             "Session 6"],
        ]),
        ("p", "A1 is a 4,000-word case study, marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K4"] == "not_met" and v["6.S2d"] == "not_met" and v["6.K5"] == "not_met"
    assert v["6.S9"] == "not_met"  # another body's training, "outside the award"


def test_a_table_of_ratings_is_not_where_an_outcome_is_taught(tmp_path, engine):
    """A participants' evaluation table ("Session | Average rating | Forms returned") names sessions that read like
    outcomes; its columns measure them and say nowhere that the programme develops them."""
    f = build(tmp_path, "ratings", [
        ("h1", "How participants rated the sessions"),
        ("table", [
            ["Session", "Average rating", "Forms returned"],
            ["1 Law, policy and the SENCO", "3.8", "18"],
            ["2 Every Child Matters and the SENCO", "4.1", "17"],
            ["3 Child development and SEN", "2.9", "19"],
            ["4 Areas of need: specific learning difficulties and speech and language", "4.4", "18"],
            ["5 Pupil voice: involving pupils in planning and reviewing their provision", "2.2", "16"],
            ["6 Access arrangements for national tests", "3.3", "17"],
            ["7 Leading adults: deploying and managing teaching assistants", "4.0", "15"],
            ["8 Self-evaluation and the SEF", "3.5", "16"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K4"] == "not_met" and v["6.S2d"] == "not_met" and v["6.S7"] == "not_met"


def test_a_column_that_points_to_sections_is_not_a_code_for_each_row(tmp_path, engine):
    """"Feature | Decision | See": the same section number on several rows points to where each decision is
    explained; it is not the provider's code for the outcomes those rows name, so a later use of "5.2" does
    not develop or assess them."""
    f = build(tmp_path, "see", [
        ("table", [
            ["Feature of the old course", "Decision", "See"],
            ["Child development session", "Dropped", "5.2"],
            ["Pupil voice workshop", "Dropped", "5.2"],
            ["Access arrangements session", "Dropped", "5.2"],
            ["Law and the Code of Practice", "Continued", "5.1"],
            ["Provision mapping", "Continued", "5.3"],
        ]),
        ("table", [
            ["Task", "Outcomes assessed"],
            ["Case study (4,000 words, marked for the award)", "5.2"],
            ["Portfolio (marked for the award)", "5.1, 5.3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K4"] == "not_met" and v["6.S7"] == "not_met" and v["6.S2d"] == "not_met"


def test_one_column_that_says_where_each_outcome_is_taught_and_assessed(tmp_path, engine):
    """"Outcome | Where in the course": "Day 1; assessed in Assignment A" is taught and assessed, "Day 3" only
    taught, and a row assessed only formatively is not assessed for the award."""
    f = build(tmp_path, "combined", [
        ("table", [
            ["Outcome", "Where in the course"],
            ["SEN law and guidance, the Code of Practice, and putting them into "
             "practice", "Day 1; assessed in Assignment A"],
            ["Disability equality law and the actions it "
             "requires", "Day 2; assessed in Assignment A (accessibility plan)"],
            ["How children develop and what affects their development", "Day 3"],
            ["The common types of SEN and their effect on learning", "Day 5; assessed in Assignment B"],
            ["Approaches, strategies and resources for assessment, planning and "
             "teaching", "Day 6; assessed in a formative task only"],
        ]),
        ("p", "Assignments A and B are marked for the award: A is a 4,000-word policy audit and B a case study."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.K5"] == "met"
    assert v["6.K4"] == "partially_met" and v["6.K6"] == "partially_met"


def test_a_log_that_carries_no_credit_and_a_row_marked_not_taught(tmp_path, engine):
    """"The log is formative and carries no credit" assesses nothing for the award; a row whose outcome
    is noted "(not taught: assumed from initial teacher training)" is not developed there, whatever its
    tick says."""
    f = build(tmp_path, "credit", [
        ("table", [
            ["National outcome", "Unit 1", "Unit 2", "Assessed by"],
            ["SEN law and guidance, including the Code of Practice", "✓", "", "Assignment 1"],
            ["How children develop and what affects their development (not taught: assumed from initial teacher "
             "training)", "✓", "", "Assignment 2"],
            ["Prioritising, managing time and delegating", "", "✓", ""],
        ]),
        ("p", "Assignments 1 and 2 are marked for the award. The reflective log is formative and carries no credit; "
              "in it participants record how they are prioritising the work of the role, managing their time and "
              "delegating."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K4"] == "partially_met"  # assessed, not taught
    assert v["6.A3"] == "partially_met"  # taught, only a log that carries no credit


def test_an_item_the_next_sentence_says_is_not_marked_assesses_nothing(tmp_path, engine):
    """"Decision: the Practice Binder stays, ..." then "It is not marked and plays no part in the award": the one item
    the first sentence names is what "It" is, so an outcome checked only in the Binder is not assessed for the award."""
    f = build(tmp_path, "binder", [
        _three_outcomes(["Where it is taught", "Assessed in"], ["Day 1", "Assignment 1"], ["Day 4", "Practice Binder"],
                        ["Day 5", "Assignment 2"]),
        ("p", "Assignments 1 and 2 are marked for the award. Decision: the Practice Binder stays, but shorter, and "
              "participants keep their notes from each mentor meeting in it. It is not marked and plays no part in the "
              "award decision."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"  # taught, checked only in the Binder


def test_an_item_labelled_with_its_abbreviation_and_said_next_to_be_formative_assesses_nothing(tmp_path, engine):
    """"Practice Journal (PJ): kept throughout the course." then "Formative only: not marked ...": a map's cell that
    names only "PJ" assesses nothing for the award."""
    f = build(tmp_path, "journal", [
        _three_outcomes(["Where it is taught", "Assessed in"], ["Day 1", "Assignment 1"], ["Day 4", "PJ"],
                        ["Day 5", "Assignment 2"]),
        ("p", "Assignments 1 and 2 are marked for the award. Practice Journal (PJ): kept throughout the course and "
              "talked through with the tutor. Formative only: not marked and does not count towards the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"  # taught, checked only in the journal


def test_a_map_whose_first_column_holds_only_its_groups_and_whose_outcome_column_has_its_own_header(tmp_path, engine):
    """"Shelf | Card | Worked on in | Shown in": the first column is blank but for the group rows merged across the
    table, and the outcomes stand in the second under a header of the provider's own; the map reads as if headed
    "Outcome"."""
    f = build(tmp_path, "shelves", [
        ("h1", "The outcome shelves"),
        ("table", [
            ["Shelf", "Card", "Worked on in", "Shown in"],
            ["Shelf 1: The SENCO", "Shelf 1: The SENCO", "Shelf 1: The SENCO", "Shelf 1: The SENCO"],
            ["", "Manages time and priorities; delegates and follows up", "-", "Task 2"],
            ["", "Deploys and manages teaching assistants and other staff", "Day 5", "-"],
            ["Shelf 2: Knowing", "Shelf 2: Knowing", "Shelf 2: Knowing", "Shelf 2: Knowing"],
            ["", "The law on SEN and the SEN Code of Practice and how to apply them", "Day 1", "Task 1"],
            ["", "How children develop and learn, and the barriers to learning", "Day 2", "Task 1"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K4"] == "met"
    assert v["6.A3"] == "partially_met"  # shown in Task 2, worked on nowhere (its row says so)
    assert v["6.S4"] == "partially_met"  # worked on, shown nowhere


def _three_outcomes(header: list[str], law: list[str], time: list[str], staff: list[str]) -> tuple:
    """A three-row outcome map (K1, A3, S4) with the given columns after the outcome's."""
    return ("table", [["National outcome", *header],
                      ["SEN law and guidance, including the Code of Practice", *law],
                      ["Prioritising, managing time and delegating", *time],
                      ["Deploying and managing teaching assistants and other staff", *staff]])


@pytest.mark.parametrize("rule,assessed", [
    ("The certificate is awarded when every Gate Seal has been earned and the Board has confirmed them.", True),
    ("Participants collect a Gate Seal at the end of each day they attend.", False),
])
def test_a_column_named_as_what_the_award_rests_on_is_where_each_outcome_is_assessed(tmp_path, engine, rule, assessed):
    """A map's column headed in the course's own terms ("Gate Seal") is its assessment column when the text makes the
    award rest on every one of them; without that rule the same column says nothing of assessment."""
    f = build(tmp_path, "seal", [("p", rule), _three_outcomes(["Block", "Gate Seal"], ["Block 1", "Crossing 1"],
                                                               ["Block 4", "Crossing 3"], ["Block 5", "Crossing 4"])])
    v = judge(engine, f)
    assert v["6.K1"] == ("met" if assessed else "partially_met")
    assert v["6.S4"] == ("met" if assessed else "partially_met")


@pytest.mark.parametrize("cell", ["Not part of the Award: handled in schools by the examinations officer",
                                  "Your own responsibility once the course ends",
                                  "Led by the school's examinations officer; not part of the Award"])
def test_a_row_put_outside_the_award_or_on_the_participant_is_developed_nowhere(tmp_path, engine, cell):
    """A map's cell that opens by putting its outcome outside the award (or does so after saying who leads it), or on
    the participant alone, says the programme develops it nowhere, whatever the row's other cells say."""
    f = build(tmp_path, "outside", [
        ("table", [
            ["National outcome", "Strand", "Where assessed"],
            ["SEN law and guidance, including the Code of Practice", "Law and policy", "Task 1"],
            ["Access arrangements for tests and examinations", "Assessment", cell],
            ["Deploying and managing teaching assistants and other staff", "Leadership", "Task 3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S2d"] == "not_met"


def test_a_survey_table_of_counts_is_not_where_an_outcome_is_taught(tmp_path, engine):
    """"Area | SENCOs (n = 58) | Headteachers (n = 41)": columns of figures count who asked for each area;
    they name no place where the programme develops it."""
    f = build(tmp_path, "survey", [
        ("h1", "What schools told us"),
        ("table", [
            ["Topic", "Teachers (n = 40)", "Governors (n = 17)"],
            ["Provision mapping and costing", "31", "12"],
            ["Deploying and managing teaching assistants", "27", "15"],
            ["Working with parents", "22", "9"],
            ["The law and the Code of Practice", "19", "4"],
            ["Identifying and assessing need", "18", "6"],
            ["Access arrangements for national tests and examinations", "11", "3"],
            ["Child development and how it affects learning", "7", "2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "not_met" and v["6.S3"] == "not_met" and v["6.K4"] == "not_met"


def test_a_cell_that_only_points_elsewhere_names_no_place(tmp_path, engine):
    """"see Q8" or "see Procedure AS-5" in an outcome table's cells points to another answer; it says
    nowhere that the outcome is taught or assessed ("Unit 2" and "A1" do)."""
    f = build(tmp_path, "pointer", [
        ("table", [
            ["Minimum outcome", "Where developed", "Where assessed"],
            ["K1 The statutory and regulatory context for SEN and disability equality", "Unit 1", "A1"],
            ["S7 Involving pupils in planning and reviewing their provision", "see Q8", "see Q8"],
            ["S2d Access arrangements for national tests and examinations", "see Procedure AS-5",
             "see Procedure AS-5"],
            ["K5 The most common types of SEN and disability", "Unit 2", "A1"],
        ]),
        ("p", "A1 is a 4,000-word case study, marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met"
    assert v["6.S7"] == "not_met" and v["6.S2d"] == "not_met"


# a gap analysis sets the old course beside the new: only the new course's "developed in" column says where the
# programme develops an outcome, and a cell that withdraws, drops or hands it on says it is developed nowhere
GAP = [
    ["National outcome", "Old certificate", "New award: developed in", "New award: assessed in"],
    ["The principles of Every Child Matters", "Module 1", "Day 2", "Assignment 1"],
    ["How children develop and what affects their development", "Module 2", "(Module 2 withdrawn)", "Assignment 2"],
    ["Prioritising, managing time and delegating", "Module 3", "(workshop not carried forward)", "Assignment 3"],
    ["Keeping up to date and responsibility for their own CPD", "Module 3", "Participant's own responsibility",
     "Assignment 3"],
    ["Deploying and managing staff", "Module 3", "Day 6", "Assignment 3"],
]


def test_the_new_courses_developed_column_is_where_an_outcome_is_developed(tmp_path, engine):
    f = build(tmp_path, "gap", [("h1", "Outcome map"), ("table", GAP)])
    v = judge(engine, f)
    assert v["6.K2"] == "met" and v["6.S4"] == "met"
    assert v["6.K4"] == "partially_met"  # withdrawn
    assert v["6.A3"] == "partially_met"  # not carried forward
    assert v["6.A7"] == "partially_met"  # left to the participant


def test_an_as_is_column_is_the_old_course(tmp_path, engine):
    rows = [["National outcome", "As is (old certificate)", "To be", "Assessed in"]]
    rows += [[r[0], r[1], "", r[3]] for r in GAP[1:]]
    f = build(tmp_path, "asis", [("h1", "Outcome map"), ("table", rows)])
    v = judge(engine, f)
    assert v["6.K2"] == "partially_met" and v["6.S4"] == "partially_met"  # taught only on the old course


def test_a_column_headed_as_the_specifications_words_is_the_specification(tmp_path, engine):
    """A gap analysis's "What the specification asks" column gives the specification back, whatever the
    table's other columns are (here no column is headed as the provider's answer)."""
    rows = [["Req.", "What the specification asks (summary)", "Old course (as is)", "Gap"],
            ["2.3", "An assessment-only route for suitably experienced candidates", "None", "3"],
            ["2.1", "Accreditation of prior learning and experience", "None", "3"]]
    f = build(tmp_path, "spec-column", [("h1", "Gap analysis"), ("table", rows)])
    v = judge(engine, f)
    assert v["2.3"] == "not_met" and v["2.1"] == "not_met"


@pytest.mark.parametrize("declaration,expect", [
    ("K1-K9, S1-S9 and A1-A7 stand for the national minimum outcomes in Annex 3, numbered in the order printed there.",
     "met"),
    # the same codes without saying what they number: a task's "K3" could be anything
    ("Each task lists the codes it is marked against.", "partially_met"),
])
def test_codes_declared_to_number_the_outcomes_in_annex_3s_order(tmp_path, engine, declaration, expect):
    """An application may say that its codes number the national outcomes as Annex 3 prints
    them, then mark each task against a list of codes: the declared code is that outcome."""
    path = build(tmp_path, "declared", [
        ("p", declaration),
        ("p", "Day 2 covers the laws on disability equality and what they require of schools."),
        ("p", "Day 5 covers provision mapping in the participant's school."),
        ("p", "Task 1, a policy review, is marked against K1, K3 and S1."),
    ])
    v = judge(engine, path)
    assert v["6.K3"] == expect
    assert v["6.S3"] == "partially_met"  # taught, but S3 is in no task's list


def test_a_rows_note_that_it_does_not_count_outweighs_what_the_assessors_ask(tmp_path, engine):
    """A professional discussion's table asks about every area, but a row marked "Conversation only –
    not scored" under "Counts toward the award?" is not assessed for it."""
    path = build(tmp_path, "discussion", [
        ("p", "Day 1 covers the laws on disability equality; Day 4 covers provision mapping; Day 5 covers "
              "deploying and managing teaching assistants; Day 6 covers working with other services and agencies."),
        ("table", [["Area", "What the assessors ask about", "Counts toward the award?"],
                   ["Disability equality law", "Your school's duties under disability equality law", "Conversation only – not scored"],
                   ["Provision mapping and management", "How you use provision mapping to plan provision", "Scored"],
                   ["Deploying and managing support staff", "How you deploy and manage teaching assistants", "Scored"],
                   ["Working with other services and agencies", "How you work with other services and agencies", "Scored"]]),
    ])
    v = judge(engine, path)
    assert v["6.S3"] == "met"
    assert v["6.K3"] == "partially_met"


def test_a_key_titled_for_one_column_that_says_which_rows_count_toward_the_award(tmp_path, engine):
    """"Key to the last column" with its symbols on the lines below, and a "Counts?" column of those symbols
    beside a "How it is checked" column: a tick is a marked task, a pencil is practice; neither column is
    where the outcome is taught."""
    f = build(tmp_path, "key-column", [
        ("h1", "What you will learn and how we check it"),
        ("p", "Key to the last column"),
        ("p", "✔  graded task – counts toward your award"),
        ("p", "✎  practice task – your tutor comments; it does not count toward your award"),
        ("table", [
            ["I can … / I know …", "Where I learn it", "How it is checked", "Counts?"],
            ["I know the SEN law and the SEN Code of Practice and how to apply them in school.", "Block 1",
             "Essay on the law", "✔"],
            ["I can plan my time, set priorities and delegate tasks to others.", "Block 3", "Diary of a week", "✎"],
            ["I know the disability equality duties and what schools must do.", "Block 1", "Essay on the law", "✔"],
            ["I can use summative data to track pupils' progress and adjust provision.", "–", "Pupil study", "✔"],
            ["I know how children develop and how SEN can affect this.", "Block 2", "–", ""],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met"  # taught, and checked by a task the tick says is marked
    assert v["6.A3"] == "partially_met"  # the pencil: practice only
    assert v["6.K4"] == "partially_met"  # taught, not checked
    assert v["6.S2b"] == "partially_met"  # checked in a marked task, taught nowhere the table says


@pytest.mark.parametrize("heading, assessed", [
    ("Piece B – A school review (3,500 words). The markers look for:", True),
    ("Marking criteria for the school review", True),
    ("Piece B – A school review (3,500 words). Points for group discussion:", False),
])
def test_a_heading_over_the_points_a_piece_of_work_is_marked_on(tmp_path, engine, heading, assessed):
    """Under a heading that says the markers look for what follows, each point is what is assessed, whatever
    the piece of work is called; under a heading for discussion points it is not."""
    f = build(tmp_path, "markers", [
        ("h1", "Module 2: Leading provision"),
        ("p", "In this module you will learn to use provision mapping to plan and cost provision, and to deploy and "
              "manage teaching assistants."),
        ("h2", heading),
        ("p", "a costed provision map for one year group, showing where provision is missing or not working;"),
        ("p", "how you deploy and manage teaching assistants and other support staff, and what you would change."),
        ("h1", "The award"),
        ("p", "Every piece of work is assessed for the award: two tutors mark it and the external examiner samples it."),
    ])
    v = judge(engine, f)
    assert (v["6.S3"] == "met" and v["6.S4"] == "met") is assessed


@pytest.mark.parametrize("sentence, assessed", [
    ("Markers look for how you used provision mapping to find what was missing, and how you deployed and managed "
     "teaching assistants and other support staff.", True),
    ("The report is marked on how you used provision mapping to find what was missing, and how you deployed and "
     "managed teaching assistants and other support staff.", True),
    ("Your tutor talks with you about how you used provision mapping to find what was missing, and how you deployed "
     "and managed teaching assistants and other support staff.", False),
])
def test_what_the_markers_look_for_in_a_task_is_assessed(tmp_path, engine, sentence, assessed):
    f = build(tmp_path, "markers-prose", [
        ("h1", "Unit 3: Leading change"),
        ("p", "Sessions 5 and 6 teach provision mapping, and the deployment and management of teaching assistants."),
        ("h1", "How your work is judged"),
        ("p", "Task 3 (July): change project. You write a report on a change you have led in your school. " + sentence),
        ("p", "Every task counts for the award and a second tutor moderates the marking."),
    ])
    v = judge(engine, f)
    assert (v["6.S3"] == "met" and v["6.S4"] == "met") is assessed


@pytest.mark.parametrize("label, assessed", [("Assessed:", True), ("Outcomes assessed –", True),
                                            ("Discussed:", False)])
def test_a_run_in_label_that_lists_what_an_assignment_assesses(tmp_path, engine, label, assessed):
    """"Assessed: a; b" under an assignment lists what it assesses; the content list's own note that its last item
    is "not marked" is that item's alone, not every item's in the list."""
    f = build(tmp_path, "assessed-label", [
        ("h1", "Unit 3: Leading people"),
        ("p", "Unit 3 teaches deploying and managing teaching assistants; provision mapping and how to find missing "
              "provision; managing time and delegating (a workshop with a self-audit, not marked)."),
        ("p", "Assignment 3 (5,000 words): a change project in the participant's own school."),
        ("p", f"{label} deploying and managing teaching assistants; provision mapping and management."),
        ("p", "Every assignment counts for the award and is second-marked."),
    ])
    v = judge(engine, f)
    assert (v["6.S4"] == "met" and v["6.S3"] == "met") is assessed
    assert v["6.A3"] == "partially_met"  # the workshop's own item: taught, not marked


def test_days_numbered_within_blocks_and_an_assessment_for_some_participants_only(tmp_path, engine):
    """Under "Taught on day", "1.1" is a day (block 1, day 1), not a score; an assessment cell that assesses the
    outcome only "where the project involves another agency" does not assess it for every participant."""
    f = build(tmp_path, "days", [
        ("h1", "Where the national outcomes are taught and assessed"),
        ("table", [
            ["National outcome", "Taught on day", "Assessed in"],
            ["SEN law, the Code of Practice and how to apply it", "1.1", "Task 1 (summative essay)"],
            ["Disability equality law and what it requires", "1.2", "Task 1 (summative essay)"],
            ["Working in partnership with other services and agencies", "2.3",
             "Task 3 (summative project), where the project involves another agency"],
            ["Provision mapping to plan and find missing provision", "2.1", "Task 2 (summative case study)"],
        ]),
        ("p", "Tasks 1 to 3 are marked for the award and second-marked."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"


def test_an_audits_test_of_the_outcome_map_none_identified_and_taught_only(tmp_path, engine):
    """An audit's trace of the outcome map: "None identified" under "Assessed by" is no assessment, and a result
    noting "E – taught only" or "E – not summatively assessed" outweighs the map's claim."""
    f = build(tmp_path, "audit-map", [
        ("h1", "Appendix: test of the assessment map"),
        ("table", [
            ["Outcome (our wording)", "Developed in", "Assessed by", "Test result"],
            ["SEN law and the Code of Practice, and putting them into practice", "Unit 1", "Assignment 1", "✓"],
            ["Prioritises, manages time, delegates", "Unit 3", "None identified", "E – taught only"],
            ["Keeps up to date; takes charge of own CPD", "Unit 3", "Portfolio", "E – not summatively assessed"],
            ["Provision mapping to find ineffective or missing provision", "Unit 2", "Assignment 2", "✓"],
            ["Disability equality law and the actions required", "Unit 1", "Assignment 1", "E – taught only"],
        ]),
        ("p", "Assignments 1 to 3 are marked for the award and moderated by the external examiner."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.A3"] == "partially_met" and v["6.A7"] == "partially_met" and v["6.K3"] == "partially_met"


@pytest.mark.parametrize("cell", ["Task 2 optional section", "Task 2 where chosen", "Task 2 (from the 2010 intake)",
                                  "Your own declaration (Section 9)",
                                  # recommended, not required; only where the post allows; one level of a service;
                                  # one of several options; an optional module; talked about; taught only; none
                                  "Portfolio item 3 (recommended)", "Task 2 Part B (where you manage support staff)",
                                  "Plus only: tutor's observation record", "Task 1 Part B, option (i)",
                                  "Task 3 (optional module EDU713)", "Discussed", "Taught only (Day 8)",
                                  "Not part of this Service",
                                  # one option of several, offered at one centre
                                  "Task 4 Option C only (Hillside centre)",
                                  # only where the participant's project is of one kind
                                  "Task 2, where the school project is a staff development project",
                                  # only practised, or only briefed on
                                  "Practised only", "Briefing only", "Practised on Day 5 (peer feedback)"])
def test_an_assessment_cell_that_does_not_assess_every_participant_now(tmp_path, engine, cell):
    """An optional part of a task, a focus some participants choose, a task that assesses it only from a later
    intake, or the participant's own declaration: none assesses the outcome for every participant this year."""
    f = build(tmp_path, "not-for-all", [
        ("h1", "Where each outcome is taught and assessed"),
        ("table", [
            ["National outcome", "Taught", "Assessed"],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Task 1 (summative essay)"],
            ["Disability equality law and what it requires", "Day 1", "Task 1 (summative essay)"],
            ["Reviewing provision with colleagues to inform self-evaluation", "Day 8", cell],
            ["Provision mapping to plan and find missing provision", "Day 4", "Task 2 (summative case study)"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award and second-marked."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S6"] == "partially_met"


@pytest.mark.parametrize("cell", ["Self-directed (guidance in handouts)", "(independent reading)",
                                  "Left to each participant", "To be woven in from 2009-10"])
def test_an_outcome_left_to_the_participants_own_study_is_not_taught(tmp_path, engine, cell):
    f = build(tmp_path, "self-directed", [
        ("h1", "Where each outcome is taught and assessed"),
        ("table", [
            ["National outcome", "Taught", "Assessed"],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Task 1 (summative essay)"],
            ["Disability equality law and what it requires", "Day 1", "Task 1 (summative essay)"],
            ["Using summative data and national tests to track progress", cell, "Task 2 (summative case study)"],
            ["Provision mapping to plan and find missing provision", "Day 4", "Task 2 (summative case study)"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award and second-marked."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2b"] == "partially_met"


def test_a_person_specifications_columns_are_the_tutors_record_not_the_course(tmp_path, engine):
    """"Essential | Desirable" in a person specification: what the tutor appointed should know, not what
    participants are taught."""
    f = build(tmp_path, "person-spec", [
        ("h1", "Person specification: programme tutor"),
        ("table", [
            ["Criteria", "Essential", "Desirable"],
            ["Knowledge", "The SEN Code of Practice", "Examination access arrangements for tests and examinations"],
            ["Experience", "Five years as a SENCO", "Experience of leading staff training"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S2d"] == "not_met" and v["6.K1"] == "not_met"


def test_a_how_its_checked_column_is_where_an_outcome_is_assessed_when_no_key_says_otherwise(tmp_path, engine):
    """"Where it's taught | How it's checked" with no key to the checks: the second column is the
    assessment column (with a key, as above, the key decides which checks count)."""
    f = build(tmp_path, "checked", [
        ("h1", "What our SENCOs will be able to do"),
        ("table", [
            ["By the end of the course your SENCO will be able to…", "Where it's taught", "How it's checked"],
            ["Know how children develop and how SEN and their surroundings affect it", "Unit 3", "TMA 02"],
            ["Know the law on SEN and the SEN Code of Practice and how to apply them", "Unit 1", "TMA 01"],
            ["Know the disability equality duties and what they mean for schools", "Unit 1", "TMA 01"],
            ["Use summative data, including national tests, to track pupils' progress", "Unit 4", "TMA 02"],
            ["Deploy and manage teaching assistants and other support staff", "Unit 8", "TMA 03"],
            ["Involve pupils in planning and reviewing their provision", "Unit 5", "—"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K4"] == "met" and v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.S7"] == "partially_met"  # taught, not checked


@pytest.mark.parametrize("cell", ["Assumed at entry (initial teacher training)", "Assumed: covered in initial teacher training",
                                  "To be added in the 2010 revision of Unit 3", "Not in 2009-10 programme (see Appendix A)"])
def test_a_development_cell_that_says_the_outcome_is_brought_from_before_or_not_yet_there(tmp_path, engine, cell):
    """An outcome map's cell in the column where outcomes are developed that says the outcome is assumed
    at entry, still to be added, or not in this year's programme says it is developed nowhere."""
    f = build(tmp_path, "assumed", [
        ("h1", "Outcome map"),
        ("table", [
            ["National outcome (in our words)", "Where you develop it", "Where it is assessed"],
            ["How children develop and how SEN and disability affect development", cell, "—"],
            ["The law on SEN and the SEN Code of Practice and how to apply them", "Unit 1", "TMA 01"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K4"] == "not_met"
    assert v["6.K1"] == "met"


@pytest.mark.parametrize("cell,expected", [("We plan to add a task on it in 2010-11", "partially_met"),
                                           ("Task 2 (pupil conference record)", "met")])
def test_an_assessment_cell_that_says_what_is_planned_assesses_nothing_yet(tmp_path, engine, cell, expected):
    """An outcome map's assessment cell that says a task will be added later ("We plan to add a session
    ... in 2010-11") shows no assessment for the award now; one that names the task does."""
    f = build(tmp_path, "planned", [
        ("h1", "Outcome map"),
        ("table", [
            ["The outcome, in plain words", "Where it is taught", "How it is assessed"],
            ["Involving pupils in planning and reviewing their own provision", "Session 6", cell],
            ["The law on SEN and the SEN Code of Practice and how to apply them", "Session 1", "Assignment 1"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S7"] == expected
    assert v["6.K1"] == "met"


@pytest.mark.parametrize("cell,expected", [("— (local network briefings each spring)", "partially_met"),
                                           ("— (a discussion topic from 2010)", "partially_met"),
                                           ("Task 2 (the pupil conference record)", "met")])
def test_an_assessment_cell_that_is_only_an_aside_assesses_nothing(tmp_path, engine, cell, expected):
    """A dash that says none with a note in brackets beside it (the dash may be read as a list's mark, leaving
    only the note) names no assessment; a cell that names the task does."""
    f = build(tmp_path, "aside", [
        ("h1", "Outcome schedule"),
        ("table", [
            ["Outcome (our wording)", "Award: block", "Award: assessed in"],
            ["Involving pupils in planning and reviewing their own provision", "3", cell],
            ["The law on SEN and the SEN Code of Practice and how to apply them", "1", "T1: essay"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S7"] == expected
    assert v["6.K1"] == "met"


def test_a_cell_that_sends_the_reader_to_another_row_names_no_place(tmp_path, engine):
    """"See Skills 5" under "Where developed" and "Assessed in" sends the reader to another outcome's row: it
    names no place for this one (a cell "See Unit 3" would name a unit, not a row)."""
    f = build(tmp_path, "to-row", [
        ("h1", "Outcome record"),
        ("table", [
            ["Outcome", "Where developed", "Assessed in"],
            ["Skills 2c Helping colleagues develop formative assessment", "See Skills 5", "See Skills 5"],
            ["Skills 5 Supporting colleagues' development through coaching", "Session 7", "Task 3 (coaching log)"],
            ["Knowledge 1 The law on SEN and the SEN Code of Practice", "Session 1", "Task 1 (essay)"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S5"] == "met" and v["6.K1"] == "met"
    assert v["6.S2c"] == "not_met"


def test_a_kind_of_item_a_key_says_does_not_count_assesses_nothing(tmp_path, engine):
    """"iCMAs are practice quizzes: they ... do not count towards your result": an outcome whose
    assessment cell names only an iCMA is not assessed for the award; a TMA is."""
    f = build(tmp_path, "icma", [
        ("h1", "Outcomes and where they are assessed"),
        ("p", "Key: TMA = tutor-marked assignment; iCMAs are practice quizzes: they give you instant feedback "
              "but do not count towards your result."),
        ("table", [
            ["National outcome (in our words)", "Where you develop it", "Where it is assessed"],
            ["The law on SEN and the SEN Code of Practice and how to apply them", "Block 1 Unit 1", "TMA 01"],
            ["The disability equality duties and what they mean for schools", "Block 1 Unit 2", "TMA 01"],
            ["Deploying and managing teaching assistants and other support staff", "Block 3 Unit 9", "iCMA 43"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S4"] == "partially_met"


def test_an_outcome_named_in_a_passage_that_says_it_is_not_taught_is_not_developed_there(engine):
    """"Examination access arrangements. ... the Award does not train SENCOs in ...": the title names the
    outcome, the passage says the programme does not teach it; the same title followed by the session that
    teaches it develops it."""
    said_not = make_app("12 Examination access arrangements. Note that the Award does not train SENCOs in the "
                        "administration of examination access arrangements, which is the exams officer's work.")
    taught = make_app("12 Examination access arrangements. Session 6 covers the access arrangements for national "
                      "tests and examinations and how the SENCO applies for them.")
    assert verdicts(engine.evaluate(said_not))["6.S2d"] == "not_met"
    assert verdicts(engine.evaluate(taught))["6.S2d"] != "not_met"


def test_an_outcome_whose_own_words_name_assessment_is_not_assessed_by_naming_it(engine):
    """"Encouraging colleagues to use formative assessment": the outcome's own words say "assessment"; naming
    it where it is taught does not assess it. A task that assesses it does."""
    taught = make_app("Day 6 covers encouraging colleagues to develop formative assessment for pupils with SEN.")
    assessed = make_app("Day 6 covers encouraging colleagues to develop formative assessment for pupils with SEN.",
                        "Task 2, marked for the award, assesses how the participant encourages colleagues to develop "
                        "formative assessment for pupils with SEN.")
    assert verdicts(engine.evaluate(taught))["6.S2c"] == "partially_met"
    assert verdicts(engine.evaluate(assessed))["6.S2c"] == "met"


def test_an_item_a_key_defines_as_formative_assesses_nothing(tmp_path, engine):
    """"'Diary' means the Reflective Diary, which is formative and not marked": a cell that names only the
    diary names no assessment for the award; the essay it sits beside is one."""
    f = build(tmp_path, "keyed-item", [
        ("h1", "Where each outcome is taught and assessed"),
        ("p", "'Diary' means the Reflective Diary, which is formative and not marked."),
        ("table", [
            ["National outcome", "Sessions", "Assessment"],
            ["SEN law, the Code of Practice and how to apply it", "Session 1", "Essay"],
            ["Reviewing provision with colleagues to inform self-evaluation", "Session 8", "Diary"],
        ]),
        ("p", "The Essay is marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S6"] == "partially_met"


def test_a_bank_of_interview_questions_is_not_where_an_outcome_is_developed(tmp_path, engine):
    """"What does the disability equality duty mean for your school? | Listen for: ...": the questions name
    outcomes, but what candidates are asked at interview is not where the programme teaches them."""
    f = build(tmp_path, "question-bank", [
        ("h1", "Interview questions"),
        ("table", [
            ["No.", "Question", "Listen for"],
            ["Q1", "How does the SEN Code of Practice shape the way your school identifies pupils' needs?",
             "A specific example from the candidate's own school"],
            ["Q2", "What does the disability equality duty mean for your school?",
             "A clear answer in the candidate's own words"],
            ["Q3", "How do you use a provision map to find gaps in provision?", "Knows where the school keeps it"],
            ["Q4", "How are teaching assistants deployed and managed in your school?", "Realistic and honest"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "not_met" and v["6.K3"] == "not_met" and v["6.S3"] == "not_met" and v["6.S4"] == "not_met"


def test_a_marking_grids_column_of_outcomes_evidenced_is_where_they_are_assessed(tmp_path, engine):
    """"Code | Criterion | National outcomes evidenced | At pass level": each row is what the task is marked for:
    the outcome is assessed there (not developed: the sessions say where it is taught)."""
    f = build(tmp_path, "marking-grid", [
        ("h1", "Sessions"),
        ("p", "Session 2 teaches the SEN Code of Practice and how to apply it. Session 5 covers provision mapping."),
        ("h1", "Marking grid: the case study"),
        ("table", [
            ["Code", "Criterion", "National outcomes evidenced", "At pass level the work ..."],
            ["C1", "Knowledge of the statutory framework", "SEN law and the Code of Practice", "states duties accurately"],
            ["C2", "A map of the school's provision", "Provision mapping and management", "identifies one gap"],
            ["C3", "How support staff are used", "Deploying and managing staff", "sets out a plan"],
        ]),
        ("p", "The case study is marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S4"] == "partially_met"  # assessed in the grid, taught nowhere


@pytest.mark.parametrize("review", ["Reviewed at each progress review with the tutor",
                                    "Discussed at the interim review; not separately evidenced"])
def test_a_column_headed_as_the_outcome_after_the_providers_own_indicator(tmp_path, engine, review):
    """"Indicator | Award outcome | Developed in | Evidence", in small tables one per strand of the provider's own
    framework: each row's outcome is in the column headed as the outcome, not the first (the framework's indicator,
    which may share a word or two with an outcome). What is only talked over at a progress review is not assessed."""
    header = ["Indicator", "Award outcome", "Developed in", "Portfolio evidence"]
    f = build(tmp_path, "headed-outcome", [
        ("h1", "Strand A: Working with the law"),
        ("table", [
            header,
            ["Knows the rules that apply", "Knows SEN law and the Code of Practice and how to apply it", "Unit 1, Day 2",
             "Case file 1: the school's SEN policy set against the Code"],
            ["Acts fairly", "Knows disability equality law and what it requires of schools", "Unit 1, Day 3",
             "Case file 1: the access plan section"],
            ["Plans the service", "Uses provision mapping to plan provision and find gaps", "Unit 2, Day 5",
             "Case file 2: the provision map and its commentary"],
        ]),
        ("h1", "Strand B: Leading others"),
        ("table", [
            header,
            ["Develops the team", "Deploys and manages teaching assistants and other support staff", "Unit 3, Day 9",
             "Case file 3: the deployment plan"],
            ["Keeps learning", "Takes responsibility for own continuing professional development in SEN", "Unit 1 and reviews",
             review],
        ]),
        ("p", "Case files 1 to 3 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.A7"] == "partially_met"  # taught, only talked over at a review


@pytest.mark.parametrize("taught,assessed", [("Study day", "Assignment"), ("Worked on", "Counts for the Award in"),
                                             ("Developed on", "Shown in"), ("Where it's taught", "Where it's marked"),
                                             ("Developed by", "Verified by"), ("Built in", "Proven by"),
                                             ("Where you learn it", "Where it counts toward the Award"),
                                             ("Worked on", "Signed off in")])
def test_an_assessment_column_headed_in_other_words(tmp_path, engine, taught, assessed):
    """"Assignment", "Counts for the Award in", "Shown in", "Where it's marked", a traceability matrix's "Verified by",
    a competence framework's "Signed off in" beside where the outcome is developed: the column says where each outcome
    is assessed."""
    f = build(tmp_path, "other-headers", [
        ("h1", "The national outcomes"),
        ("table", [
            ["National outcome (our wording)", taught, assessed],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Case study"],
            ["Disability equality law and what it requires", "Day 2", "Case study"],
            ["Provision mapping to plan and find missing provision", "Day 4", "Policy review"],
            ["Reviewing provision with colleagues to inform self-evaluation", "Day 8", "-"],
        ]),
        ("p", "The case study and the policy review are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S6"] == "partially_met"


def test_a_map_numbered_with_the_providers_own_scheme_some_codes_national_ids_by_chance(tmp_path, engine):
    """"P1".."P4", "K1".."K3", "L1".."L3": the provider's own references, the K ones a national outcome's id by chance;
    the whole column numbers the rows, and each outcome is read from its words."""
    f = build(tmp_path, "own-scheme", [
        ("h1", "Outcome tracker"),
        ("table", [
            ["Ref", "Outcome (our wording)", "Workshop", "Evidence / assessment"],
            ["P1", "Builds fair, respectful relationships with pupils with SEN and their families", "W5", "WBT2"],
            ["P2", "Wins the commitment of the head and senior leaders", "W7", "WBT3"],
            ["P3", "Prioritises, manages time and delegates", "W7", "Reflective log (formative, not marked)"],
            ["P4", "Uses research and outside advice to improve practice", "W4", "WBT3"],
            ["K1", "SEN law and the Code of Practice, and putting them into practice", "W1", "WBT1"],
            ["K2", "Every Child Matters and the SENCO's part", "W1", "WBT1"],
            ["K3", "Disability equality law and what it requires", "W2", "WBT1"],
            ["L1", "Uses provision mapping to spot ineffective or missing provision", "W6", "WBT1"],
            ["L2", "Deploys and manages support staff", "W7", "WBT1"],
            ["L3", "Liaises with parents and carers", "W5", "WBT2"],
        ]),
        ("p", "The three work-based tasks, WBT1 to WBT3, are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.A2"] == "met" and v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"  # formative only


def test_an_action_plan_is_not_an_outcome_map(tmp_path, engine):
    """"No. | Action | Owner | By": its actions name outcomes, but they are what is still to be done, not where the
    programme develops or assesses them."""
    f = build(tmp_path, "action-plan", [
        ("h1", "Improvement plan"),
        ("table", [
            ["No.", "Action", "Owner", "By"],
            ["1", "Add assessment of reviewing provision with colleagues to Unit 4", "HG", "Jan 2010"],
            ["2", "Buy assistive technology for the resource base", "AK", "Mar 2010"],
            ["3", "Add a session on access arrangements for tests and examinations", "HG", "Apr 2010"],
            ["4", "Consider grading the head's comments on deploying teaching assistants", "HG", "Apr 2010"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S6"] == "not_met" and v["6.S2d"] == "not_met" and v["6.S4"] == "not_met"


@pytest.mark.parametrize("cell", ["Online quiz after Day 5 (practice only)", "Assignment 3, from January 2011",
                                  "See Part 6, 'Adjustments to your own assessment'", "Session only",
                                  "Discussed in seminar only"])
def test_an_assessment_cell_that_assesses_nothing_for_this_cohort(tmp_path, engine, cell):
    """A practice quiz, a task that takes the outcome on only in a later year, a cell that only points to another part
    of the document, a session or a seminar's discussion and no more: none says the outcome is assessed for the
    award."""
    f = build(tmp_path, "later-cells", [
        ("h1", "What you will learn and where it counts"),
        ("table", [
            ["National outcome (our words)", "Where you learn it", "Where it counts toward the Award"],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Task 1"],
            ["Disability equality law and what it requires", "Day 2", "Task 1"],
            ["Provision mapping to plan and find missing provision", "Day 4", "Task 2"],
            ["Knowing the main types of SEN and their effect on learning", "Day 5", cell],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.K5"] == "partially_met"


def test_an_outcome_table_with_a_column_for_its_groups_blank_beside_each_outcome(tmp_path, engine):
    """"Group | National outcome (our words) | Where it is worked on | Where it counts": the first column holds only
    the group rows' titles and is blank beside every outcome; the outcomes are in the next column."""
    f = build(tmp_path, "group-column", [
        ("h1", "The national outcomes and where the course works on them"),
        ("table", [
            ["Group", "National outcome (our words)", "Where it is worked on", "Where it counts"],
            ["K Knowledge", "K Knowledge", "K Knowledge", "K Knowledge"],
            ["", "SEN law, the Code of Practice and how to apply it", "Day 1", "Task 1"],
            ["", "Disability equality law and what it requires of schools", "Day 2", "Task 1"],
            ["S Skills", "S Skills", "S Skills", "S Skills"],
            ["", "Provision mapping to plan and find missing provision", "Day 4", "Task 2"],
            ["", "Deploying and managing teaching assistants and other support staff", "Day 5", "Not assessed"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.S3"] == "met"
    assert v["6.S4"] == "partially_met"


def test_outcomes_listed_as_also_studied_but_not_assessed_are_developed(tmp_path, engine):
    """A unit's list under "Studied as well, not separately assessed:": what is on it is taught in the unit, and not
    assessed."""
    f = build(tmp_path, "also-studied", [
        ("h1", "Unit 2: Leading provision"),
        ("p", "Assessed for the award by a case study showing that the participant has:"),
        ("bullet", "used provision mapping to plan provision and find where it is missing;"),
        ("bullet", "deployed and managed teaching assistants and other support staff."),
        ("p", "Studied as well, not separately assessed:"),
        ("bullet", "pupil voice: involving pupils in planning, agreeing and reviewing their own provision;"),
        ("bullet", "prioritising, managing time and delegating."),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.S7"] == "partially_met" and v["6.A3"] == "partially_met"


@pytest.mark.parametrize("header,no", [("Counts to award", "N"), ("Graded?", "No"), ("Summative (Y/N)", "n")])
def test_a_column_saying_the_work_does_not_count_for_the_award(tmp_path, engine, header, no):
    """A column that says whether the row's evidence counts for the award: where it answers no,
    the evidence named beside it assesses nothing."""
    f = build(tmp_path, "counts", [
        ("h1", "The national outcomes"),
        ("table", [
            ["National outcome (our wording)", "Developed in", "Evidence", header],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Assignment 1", "Y"],
            ["Disability equality law and what it requires", "Day 2", "Assignment 1", "Y"],
            ["Provision mapping to plan and find missing provision", "Day 4", "Assignment 2", "Y"],
            ["Reviewing provision with colleagues to inform self-evaluation", "Day 8", "Reflective journal", no],
        ]),
        ("p", "Assignments 1 and 2 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S6"] == "partially_met"


@pytest.mark.parametrize("cell,verdict", [
    ("Assignment 2 (the relationship with the pupil)", "partially_met"),
    ("Assignment 2 (the pupil's views)", "partially_met"),
    ("Assignment 2 (the relationship with the pupil and family)", "met"),
    ("Pupil Case Study", "met"),  # a task named for one side says nothing of which relationship is marked
])
def test_an_assessment_marked_for_one_side_of_a_two_sided_outcome(tmp_path, engine, cell, verdict):
    """Relationships with pupils and their parents: an assessment marked for the relationship with one of them
    only assesses the outcome in part."""
    f = build(tmp_path, "sides", [
        ("h1", "The national outcomes"),
        ("table", [
            ["National outcome (our wording)", "Developed in", "Assessed in"],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Assignment 1"],
            ["Fair, respectful relationships with pupils and their parents or carers", "Day 5", cell],
            ["Provision mapping to plan and find missing provision", "Day 4", "Assignment 1"],
        ]),
        ("p", "Assignments 1 and 2 are marked for the award by two tutors."),
    ])
    assert judge(engine, f)["6.A1"] == verdict


def test_a_graded_visit_and_a_log_signed_off(tmp_path, engine):
    """"Visits | Graded (PR2)": the visit is graded, so the outcome is assessed there; "Professional Log (mentor
    sign-off)" is a record a mentor signs, not marked work."""
    f = build(tmp_path, "graded-visit", [
        ("h1", "The national outcomes"),
        ("table", [
            ["National outcome (our wording)", "Study day", "Visits", "Assignment"],
            ["SEN law, the Code of Practice and how to apply it", "SD1", "-", "A"],
            ["Disability equality law and what it requires", "SD1", "-", "A"],
            ["Provision mapping to plan and find missing provision", "SD4", "Graded (PR2)", "-"],
            ["Reviewing provision with colleagues to inform self-evaluation", "SD8", "-",
             "Professional Log (mentor sign-off)"],
        ]),
        ("p", "Assignment A is marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S6"] == "partially_met"


def test_rows_numbered_with_the_providers_own_codes_are_not_outcome_rows(tmp_path, engine):
    """A staff directory whose entries run A1 to A9: "A1 Dr ..." is the provider's code for a person (A8 and A9
    are no outcome's), not 6.A1; what the entries say is read as text."""
    people = [[f"A{n} {name}", text] for n, (name, text) in enumerate([
        ("Dr Ruth Pell", "Teaches: session 1 on the SEN Code of Practice and how to apply it in school."),
        ("Mr Ian Stott", "Teaches: session 2 on provision mapping to find missing provision."),
        ("Ms Ada Kerr", "Teaches: session 3 on deploying and managing teaching assistants."),
        ("Dr Sam Lowe", "Leads the programme board."),
        ("Mrs Jo Hale", "Administers admissions."),
        ("Mr Tom Reid", "Library liaison."),
        ("Ms Bea Ford", "Disability adviser."),
        ("Dr Lyn Shaw", "Quality officer."),
        ("Mr Al Dyer", "Technician."),
    ], start=1)]
    f = build(tmp_path, "directory", [("h1", "The team"), ("table", [["Entry", "Role and teaching"], *people])])
    v = judge(engine, f)
    assert v["6.A1"] == "not_met" and v["6.A2"] == "not_met"
    assert v["6.K1"] == "partially_met"  # taught in session 1, read from the entry's text


def test_an_outcome_map_nested_in_a_table_cell_is_read_as_a_table(tmp_path, engine):
    """A storyboard's screen (a table) holding the outcome map as a table nested in a cell: each nested row is
    one line, "outcome | worked on in | counts in", read as a row of an outcome table, not joined to the next."""
    import docx

    from test_phenomena import judge

    d = docx.Document()
    d.add_heading("Screen 6: where the outcomes are worked on", level=1)
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "On-screen text"
    cell = outer.cell(0, 1)
    cell.text = "Every outcome, where you work on it and where it counts."
    rows = [["You will know...", "Worked on in", "Counts in"],
            ["the law on SEN and the Code of Practice, and how to apply it", "Unit 1", "Assignment 1"],
            ["disability equality law and what it requires", "Unit 1", "Assignment 1"],
            ["provision mapping to plan and find missing provision", "Unit 4", "Assignment 2"],
            ["reviewing provision with colleagues to inform self-evaluation", "Unit 7", "Learning Log (not marked)"]]
    inner = cell.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    d.add_paragraph("Assignments 1 and 2 are marked for the award by two tutors.")
    f = tmp_path / "nested-map.docx"
    d.save(f)
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S6"] == "partially_met"


def _reviewing_provision_assessed_by(tmp_path, engine, cell: str) -> dict:
    """An outcome map whose 6.K1 row names marked work and whose 6.S6 row names ``cell`` as its assessment."""
    f = build(tmp_path, "assessed-by", [
        ("h1", "Where each outcome is taught and assessed"),
        ("table", [
            ["National outcome", "Taught", "Assessed"],
            ["SEN law, the Code of Practice and how to apply it", "Day 1", "Task 1 (summative essay)"],
            ["Reviewing provision with colleagues to inform self-evaluation", "Day 8", cell],
        ]),
        ("p", "Task 1 is marked for the award and second-marked."),
    ])
    return judge(engine, f)


@pytest.mark.parametrize("cell", [
    # formative as the cell's last word
    "Portfolio (c), formative", "Reflective diary – formative only",
    # what is checked at selection or entry
    "Selection day only (interview Q2)", "Checked at interview",
    # no marked work named
    "Online quiz (self-marked)", "Group activity (unmarked)", "Underpins all tasks", "Background to Task 2",
    # a self-rating taken instead
    "Audit evidence accepted",
    # comments without a mark
    "Online gap task (peer comment only)", "Draft plan, tutor feedback only",
])
def test_an_assessment_cell_that_names_no_work_marked_for_the_award_assesses_nothing(tmp_path, engine, cell):
    v = _reviewing_provision_assessed_by(tmp_path, engine, cell)
    assert v["6.K1"] == "met"
    assert v["6.S6"] == "partially_met"


def test_an_assignment_in_one_item_of_a_list_of_sessions_is_not_the_others_assessment(engine):
    """"Timetable: ...; 5 Working with other agencies and services; 8 Assignment surgery": each numbered item is
    a session of its own, so the assignment surgery says nothing of how session 5's outcome is assessed; the same
    words in one item are assessment."""
    sessions = ("Timetable: 1 SEN law; 2 Types of need; 4 Deploying support staff; "
                "5 Working with other agencies and services; 8 Assignment surgery.")
    assert verdicts(engine.evaluate(make_app(sessions)))["6.K9"] == "partially_met"  # developed, not assessed
    assessed = ("Timetable: 1 SEN law; 2 Types of need; 4 Deploying support staff; "
                "5 Other agencies and services, assessed through the 4,000-word assignment; 8 Presentations.")
    assert verdicts(engine.evaluate(make_app(assessed)))["6.K9"] == "met"


def test_a_supervision_column_beside_the_taught_days_is_where_an_outcome_is_developed(tmp_path, engine):
    """"Outcome | Taught day | Supervision | Assessed in": an outcome worked on only in supervision sessions ("S4")
    is developed there, though no taught day covers it; a row with nothing in either is developed nowhere."""
    f = build(tmp_path, "supervision", [
        ("table", [
            ["National outcome", "Taught day", "Supervision", "Assessed in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "S1", "Task 1"],
            ["Prioritising, managing time and delegating", "-", "S4", "-"],
            ["Disability equality law and the actions it requires", "Day 2", "-", "Task 1"],
            ["How children develop and what affects their development", "-", "-", "-"],
        ]),
        ("p", "Task 1, a 4,000-word audit of the school's SEN policy, is marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.A3"] == "partially_met"  # developed in supervision, not assessed
    assert v["6.K1"] == "met" and v["6.K3"] == "met"
    assert v["6.K4"] == "not_met"


def test_an_assessment_some_participants_take_and_a_journal_the_text_says_is_not_assessed(tmp_path, engine):
    """An assessment cell for some participants only ("Assignment 3 (secondary participants only)", "Portfolio:
    optional entry", "Assignment 3, where the participant chooses it") assesses the outcome in part, taught or not;
    "Journal", where the text says "The journal is not assessed.", assesses nothing, nor "Profile only" where it
    says "The profile is not an assessment for the award"."""
    f = build(tmp_path, "some", [
        ("p", "Participants keep a professional learning journal. The journal is not assessed."),
        ("p", "Each participant completes the starting profile at entry and again at the end. The profile is not an "
              "assessment for the award."),
        ("table", [
            ["National outcome", "Session", "Assessed in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Assignment 1"],
            ["Access arrangements for tests and examinations", "7", "Assignment 3 (secondary participants only)"],
            ["Supporting colleagues' professional development through coaching", "8", "Portfolio: optional entry"],
            ["Encouraging colleagues to develop formative assessment", "—",
             "Assignment 3, where the participant chooses it as the focus of the project"],
            ["Involving pupils in planning and reviewing their provision", "6",
             "Assignment 1 (where the participant judges it appropriate)"],
            ["Prioritising, managing time and delegating", "9", "Journal"],
            ["Keeping up to date and taking charge of their own professional development", "10",
             "Profile only (taken again at the end)"],
        ]),
        ("p", "Assignments 1 and 3 and the portfolio are marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S2d"] == "partially_met" and v["6.S5"] == "partially_met" and v["6.S2c"] == "partially_met"
    assert v["6.S7"] == "partially_met"
    assert v["6.A3"] == "partially_met"  # developed in session 9; the journal assesses nothing
    assert v["6.A7"] == "partially_met"  # nor does the profile


def test_an_item_named_by_its_initials_or_in_a_key_that_the_text_says_is_not_assessed(tmp_path, engine):
    """"CR Log" where the text says "The Continuing Reflection Log is not marked.", and "Diary" where a key says
    "Diary Study Diary (formative, not graded)", assess nothing; a task in the same key does."""
    f = build(tmp_path, "initials", [
        ("p", "Every participant writes two essays, which are marked for the award. The Continuing Reflection Log is "
              "not marked."),
        ("p", "Key: E1 First essay; E2 Second essay; Diary Study Diary (formative, not graded); - none."),
        ("table", [
            ["National outcome", "Session", "Where it is assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "E1"],
            ["Prioritising, managing time and delegating", "9", "CR Log"],
            ["Keeping up to date and taking charge of their own professional development", "10", "Diary"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met" and v["6.A7"] == "partially_met"  # taught, not assessed


def test_a_record_whose_sign_off_is_not_a_condition_of_the_award_assesses_nothing(tmp_path, engine):
    """"Progress Record only" where the text says, in a clause after "but", "Progress Record sign-off is not a
    condition of the Award": the outcome is taught, not assessed; an essay in the same table assesses its outcome."""
    f = build(tmp_path, "record", [
        ("p", "You attach evidence to each line of your Progress Record and your tutor signs it, but Progress Record "
              "sign-off is not a condition of the Award. The Award is made when both essays are passed."),
        ("table", [
            ["National outcome", "Session", "Assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Essay 1"],
            ["Prioritising, managing time and delegating", "9", "Progress Record only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"


@pytest.mark.parametrize("short,full,expected", [
    ("PD Log", "professional development log", True), ("PDL", "professional development log", True),
    ("PD Log", "personal diary log book", False), ("Log", "reflective log", False), ("RL", "reflective log", True),
])
def test_initials_stand_for_the_words_they_start(short, full, expected):
    from approval_engine.judge.assessment_items import abbreviates

    assert abbreviates(short, full) is expected


def test_a_cell_that_says_the_outcome_is_covered_elsewhere_not_in_the_award(tmp_path, engine):
    """"Taught on the council's own briefing day, not in the award": the outcome is developed outside the
    programme, so not where the programme develops it."""
    f = build(tmp_path, "notinaward", [
        ("table", [
            ["National outcome", "Where developed", "Where assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Task 1"],
            ["Access arrangements for tests and examinations",
             "Taught on the council's own briefing day, not in the award", "—"],
        ]),
        ("p", "Task 1, a 4,000-word audit of the school's SEN policy, is marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2d"] == "not_met"



def _entry(n, title, outcome, where, how):
    return [("h2", f"Outcome {n}. {title}"), ("p", outcome), ("p", f"Where you learn it: {where}"),
            ("p", f"How we check it: {how}")]


def test_outcome_entries_set_out_as_labelled_lines_are_read_as_a_table(tmp_path, engine):
    """A booklet with no tables: each outcome is a heading and a sentence, then the same labelled lines under every
    one ("Where you learn it: ...", "How we check it: ..."). The labels are the table's columns: an entry whose
    check says it is not marked is taught and not assessed, and the entries' outcomes are not read as prose."""
    blocks = [("h1", "The outcomes of the award")]
    blocks += _entry(1, "The law", "Know the SEN law and the SEN Code of Practice and how to apply them in school.",
                     "Study Day 1.", "Assignment 1 (the policy review).")
    blocks += _entry(2, "Your time", "Plan your time, set priorities and delegate tasks to others.",
                     "Cluster Meeting 2.", "You talk it over with your tutor at tutorials; it is not marked.")
    blocks += _entry(3, "Tracking progress", "Use summative data to track pupils' progress and adjust provision.",
                     "Study Day 3.", "Assignment 2 (the pupil study).")
    blocks += _entry(4, "Families", "Work with parents and carers to support their children's learning.",
                     "Study Day 4.", "Practice Portfolio (your record of meetings with parents).")
    v = judge(engine, build(tmp_path, "entries", blocks))
    assert v["6.K1"] == "met" and v["6.S2b"] == "met"
    assert v["6.A3"] == "partially_met"  # taught at a cluster meeting; its check is not marked
    # a portfolio of the participant's practice is marked work, not a practice run
    assert v["6.S8"] == "met"


def test_labelled_lines_under_fewer_entries_are_prose(tmp_path, engine):
    """Two entries with the labels are a document's fields, not a table: nothing is read as an outcome map."""
    from approval_engine.judge.field_records import field_records
    from approval_engine.judge.evaluate import read_application

    blocks = [("h1", "The outcomes of the award")]
    blocks += _entry(1, "The law", "Know the SEN law and the SEN Code of Practice.", "Study Day 1.", "Assignment 1.")
    blocks += _entry(2, "Your time", "Plan your time and delegate tasks to others.", "Cluster Meeting 2.", "Assignment 2.")
    assert field_records(read_application(build(tmp_path, "two", blocks)), 1) == []
    blocks += _entry(3, "Data", "Use summative data to track progress.", "Study Day 3.", "Assignment 2.")
    blocks += _entry(4, "Families", "Work with parents and carers.", "Study Day 4.", "Assignment 3.")
    tables = field_records(read_application(build(tmp_path, "four", blocks)), 1)
    assert [t.rows[0] for t in tables] == [["", "Where you learn it", "How we check it"]]
    assert len(tables[0].rows) == 5


def test_a_tick_grid_under_the_codes_of_assessment_tools_a_table_defines(tmp_path, engine):
    """An outcome grid whose columns are the short codes of assessment tools ("CD | OB | RJ*"), which a table of
    the tools defines with what each is and whether it counts: a tick under a tool that counts is assessment for the
    award; a tick under one the table calls formative only, and not marked, is not."""
    f = build(tmp_path, "tools", [
        ("h1", "How trainees are assessed"),
        ("table", [["Tool", "Code", "What it is", "Status"],
                   ["Case discussion", "CD", "A structured discussion of one pupil with the supervisor.", "Summative"],
                   ["Observed meeting", "OB", "The supervisor observes a meeting the trainee leads.", "Summative"],
                   ["Reflective journal", "RJ", "Entries read by the supervisor.", "Formative only: not marked"]]),
        ("h1", "Outcomes and tools"),
        ("table", [["Ref", "Outcome", "Where developed", "CD", "OB", "RJ*"],
                   ["K1", "The SEN law and the SEN Code of Practice and how to apply them in school", "Day 1", "✓", "", ""],
                   ["K3", "The disability equality duties and what schools must do", "Day 2", "", "✓", ""],
                   ["A3", "Plans time, sets priorities and delegates tasks to others", "Day 6", "", "", "✓"],
                   ["S2b", "Uses summative data to track pupils' progress and adjust provision", "Day 3", "✓", "✓", ""]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.S2b"] == "met"
    assert v["6.A3"] == "partially_met"  # ticked only under the formative journal


def test_a_keys_code_for_attendance_or_for_an_ungraded_record_is_no_assessment(tmp_path, engine):
    """"Key: D1 to D8 study days; A1, A2 assignments; VR Visit Record; Pres attendance at the day concerned":
    a row evidenced only by "Pres" (being there) or by "VR", a record the text says is not graded, is taught and not
    assessed."""
    f = build(tmp_path, "key-codes", [
        ("h1", "How the work is checked"),
        ("p", "Assignments A1 and A2 are marked by the tutor. The Visit Record is not graded: the tutor writes notes "
              "on each visit."),
        ("h1", "Outcome map"),
        ("p", "Where each outcome is developed and evidenced. Key: D1 to D8 study days; A1, A2 assignments; VR Visit "
              "Record; Pres attendance at the day concerned."),
        ("table", [["No.", "Outcome", "Developed", "Evidenced by"],
                   ["1", "The SEN law and the SEN Code of Practice and how to apply them in school", "D1", "A1"],
                   ["2", "The disability equality duties and what schools must do", "D2", "Pres"],
                   ["3", "Supports colleagues' professional development", "D6", "VR"],
                   ["4", "Uses summative data to track pupils' progress and adjust provision", "D3", "A2"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2b"] == "met"
    assert v["6.K3"] == "partially_met" and v["6.S5"] == "partially_met"


def test_codes_explained_without_the_word_key_and_a_self_check_that_assesses_nothing(tmp_path, engine):
    """"B = Block, S = Section, SQ = self-check question, FA = final assignment" under an outcome table is its key,
    though no "Key:" opens it: a row assessed only by self-check questions ("SQs in B2 S3") is taught, not assessed.
    A sentence that says a task's question on one topic is replaced, and the activity in its place not assessed,
    says nothing of the task itself."""
    f = build(tmp_path, "codes", [
        ("h1", "Changes after the trial"),
        ("p", "The FA question on the disability equality duties is replaced by a group activity; the activity is not "
              "assessed."),
        ("h1", "Appendix: outcomes"),
        ("p", "As approved in July. B = Block, S = Section, SQ = self-check question, FA = final assignment."),
        ("table", [["Outcome", "Where developed", "Where assessed"],
                   ["The SEN law and the SEN Code of Practice and how to apply them in school", "B1 S1", "FA"],
                   ["Plans time, sets priorities and delegates tasks to others", "B4 S2", "SQs in B4 S2"],
                   ["Uses summative data to track pupils' progress and adjust provision", "B3 S1", "FA"],
                   ["How children develop and how SEN and disability affect development", "B2 S1", "SQs in B2 S1"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2b"] == "met"
    assert v["6.A3"] == "partially_met" and v["6.K4"] == "partially_met"


def test_a_row_the_text_says_is_taken_out_of_the_programme_is_not_where_it_is_developed(tmp_path, engine):
    """The outcome table shows the course as first approved; a later sentence says the section that taught one outcome
    is removed and will not appear: that outcome is no longer developed there."""
    blocks = [
        ("h1", "Outcome map (as approved in July)"),
        ("table", [["Outcome", "Where developed", "Where assessed"],
                   ["The SEN law and the SEN Code of Practice and how to apply them in school", "Block 1", "Essay 1"],
                   ["Access arrangements for tests and examinations", "Block 3 Section 5", "Essay 3"],
                   ["Uses summative data to track pupils' progress and adjust provision", "Block 3", "Essay 3"],
                   ["The disability equality duties and what schools must do", "Block 1", "Essay 1"]]),
    ]
    removed = ("p", "Section 5 (access arrangements for tests and examinations) is removed from Block 3 and will not "
                    "appear in the 2009 materials.")
    assert judge(engine, build(tmp_path, "kept", blocks))["6.S2d"] == "met"
    v = judge(engine, build(tmp_path, "removed", blocks + [("h1", "After the trial"), removed]))
    assert v["6.S2d"] != "met" and v["6.K1"] == "met"


def test_a_grid_whose_rows_carry_the_providers_own_short_references_and_a_row_of_two_outcomes(tmp_path, engine):
    """"Att 1", "Sk 2b", "Kn 4 and 5": the provider's references number the rows, and the outcome's words are in the
    next column; a row whose words name two outcomes, a semicolon between, is a row for each."""
    f = build(tmp_path, "refs", [
        ("h1", "Appendix A: the outcomes"),
        ("table", [["Ref", "National outcome (summary)", "Where developed", "Summative assessment"],
                   ["Att 1", "Fair, respectful and supportive relationships with pupils and with their parents and carers",
                    "SD4", "Assessment 2"],
                   ["Kn 1", "The SEN law and the SEN Code of Practice and how to apply them in school", "SD1", "Assessment 1"],
                   ["Kn 4 and 5", "How children develop and what affects development; the most common types of SEN "
                                  "and disability and their effect on learning", "SD3", "Assessment 3"],
                   ["Sk 2b", "Using summative assessment and national tests to track progress and adjust programmes",
                    "SD6", "-"],
                   ["Sk 4", "Deploying and managing staff", "SD7", "Assessment 4"]]),
    ])
    v = judge(engine, f)
    assert v["6.A1"] == "met" and v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.K4"] == "met" and v["6.K5"] == "met"
    assert v["6.S2b"] == "partially_met"  # taught at SD6, no summative assessment


@pytest.mark.parametrize("shown", ["Where you show it", "How it is shown"])
def test_a_map_of_codes_beside_an_outcome_column_and_where_each_is_shown(tmp_path, engine, shown):
    """A map whose first column is the outcomes' codes under a blank header, beside an "Outcome" column in the
    provider's words, sessions numbered "1.1" under "Taught in", and a column saying where each outcome is shown:
    a row is the coded outcome's, a session number is a place, and what is shown in a task is assessed. Talking an
    outcome over with the mentor, an observation no one records, attendance, are not assessment."""
    f = build(tmp_path, "shown", [
        ("h1", "The national outcomes and the course"),
        ("table", [["", "Outcome", "Taught in", shown],
                   ["A4", "Judgement and decisions on provision", "3.4", "Provision Paper recommendations"],
                   ["K1", "The law and the Code of Practice", "1.1", "Task 1"],
                   ["A1", "Relationships with pupils and their parents", "2.3", "Task 2 (pupil's and parents' views)"],
                   ["A3", "Priorities, time and delegation", "1.4", "Discussed with the mentor"],
                   ["S6", "Reviewing provision with colleagues", "5.3", "Observed in sessions (not recorded)"],
                   ["S5", "Supporting colleagues' development", "4.3", "Evidenced by attendance at day 4"]]),
    ])
    v = judge(engine, f)
    assert v["6.A4"] == "met" and v["6.K1"] == "met"
    assert v["6.A1"] == "met"  # the task's part names both sides of the relationship
    assert v["6.A3"] == v["6.S6"] == v["6.S5"] == "partially_met"


def test_an_item_labelled_then_said_to_be_formative_in_the_next_sentence(tmp_path, engine):
    """"3.4 Online Task Record: short tasks reviewed by the tutor. These are formative and do not count towards
    the award.": a row assessed only in that record is taught, not assessed."""
    f = build(tmp_path, "labelled", [
        ("h1", "Assessment"),
        ("p", "3.3 Assignment B: a study of two pupils' assessment and provision, marked by the tutor."),
        ("p", "3.4 Online Task Record: short tasks on the course website reviewed by the tutor. These are formative "
              "and do not count towards the award."),
        ("h1", "Outcomes"),
        ("table", [["Outcome", "Developed in", "Assessed in"],
                   ["K1 The SEN law and the SEN Code of Practice and how to apply them in school", "B1", "Assignment B"],
                   ["K3 The disability equality duties and what schools must do", "B2", "Assignment B"],
                   ["S2b Uses summative data to track pupils' progress and adjust provision", "B3", "Online Task Record"],
                   ["S3 Maps provision to identify gaps", "B4", "Assignment B"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met"
    assert v["6.S2b"] == "partially_met"


def test_a_mark_the_text_says_is_formative_and_a_column_that_asks(tmp_path, engine):
    """"(F) marks an online task, which is formative and not marked": an outcome shown only by an item so marked is
    taught, not assessed. A column headed as a question ("Assessed?") counts a row when it answers yes, not when it
    names a record ("Log")."""
    f = build(tmp_path, "marks", [
        ("h1", "Assessment"),
        ("p", "T1 to T3 are the assessment tasks; (F) marks an online task, which is formative and not marked."),
        ("h1", "The outcomes in the course"),
        ("table", [["Outcome", "Developed in", "Assessed by", "Assessed?"],
                   ["The SEN law and the SEN Code of Practice and how to apply them in school", "A1", "T1", "Yes"],
                   ["The disability equality duties and what schools must do", "A2", "T1", "Yes"],
                   ["School self-evaluation and improvement and SEN", "C3", "C-task 3 (F)", ""],
                   ["Plans own workload, manages time and delegates tasks", "C1", "Reflective log (formative - not marked)", "Log"],
                   ["Uses summative data to track pupils' progress and adjust provision", "B2", "T2", "Yes"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.K3"] == v["6.S2b"] == "met"
    assert v["6.K7"] == "partially_met"  # only the formative online task
    assert v["6.A3"] == "partially_met"  # the log, not a yes


def test_a_task_column_and_how_it_is_judged(tmp_path, engine):
    """"Code and outcome | Worked on | Task | How judged": the task and how it is judged are both assessment columns; a
    row whose judgement says it is not marked, gets only a formative comment or is checked only for completion, is
    taught and not assessed, whatever its task column names."""
    f = build(tmp_path, "judged", [
        ("h1", "Outcome key"),
        ("table", [["Code and outcome", "Worked on", "Task", "How judged"],
                   ["K1 The SEN law and the SEN Code of Practice and how to apply them in school", "Day 1", "T1", "Marked"],
                   ["A7 Keeps up to date and takes charge of own CPD", "Day 10", "Next steps plan",
                    "Talked through at tutorial - not marked"],
                   ["K7 School self-evaluation and improvement", "Day 6", "T4 draft", "Formative comment on draft only"],
                   ["S5 Supports colleagues' professional development", "Day 5", "Learning log", "Checked for completion only"],
                   ["S2b Uses summative data to track pupils' progress and adjust provision", "Day 3", "T2", "Marked"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.S2b"] == "met"
    assert v["6.A7"] == v["6.K7"] == v["6.S5"] == "partially_met"


def test_a_list_introduced_as_not_assessed_under_a_tasks_heading(tmp_path, engine):
    """Outcomes listed under "Task 2, the portfolio review, is the evidence for:" are assessed; those in the list after
    a lead saying its items are worked on "but not part of the assessment:" are not, though no heading stands between
    them and the task's."""
    f = build(tmp_path, "lead", [
        ("h1", "Outcomes and where they are assessed"),
        ("p", "Day 4 covers prioritising and managing time, and Day 6 the principles of school self-evaluation and "
              "improvement. Day 2 covers the SEN Code of Practice."),
        ("p", "Each task is marked against the outcomes listed under it."),
        ("bold", "Task 2, the portfolio review, is the evidence for:"),
        ("p", "– knowing SEN law and the Code of Practice and putting them into practice"),
        ("bold", "Worked on at the study days and in the learning sets but not part of the assessment:"),
        ("p", "– prioritising, managing time and delegating"),
        ("p", "– the principles of school self-evaluation and improvement"),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == v["6.K7"] == "partially_met"


def test_a_record_talked_over_at_a_tutorial_is_not_assessed(tmp_path, engine):
    """"F – time log discussed at tutorial" or "Discussed in tutor hours and tutorials" in an outcome sheet's evidence
    column: talked over at a meeting, not assessed work; "S – 701 policy review" beside it is."""
    f = build(tmp_path, "tutorial", [
        ("h1", "Outcome tracking sheet"),
        ("table", [["Outcome", "Module", "Evidence"],
                   ["A3 Prioritising, managing time and delegating", "703", "F – time log discussed at tutorial"],
                   ["K1 The SEN Code of Practice and how to apply it", "701", "S – 701 policy review"],
                   ["A7 Keeps up to date and takes charge of own development", "703",
                    "Discussed in tutor hours and tutorials"]]),
        ("p", "Module 701 is assessed by a policy review and Module 703 by a change project."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == v["6.A7"] == "partially_met"


def test_a_row_discussed_but_not_yet_evidenced_is_not_assessed(tmp_path, engine):
    """An outcome row whose evidence column says it is talked over and "not yet evidenced" is taught, not assessed."""
    f = build(tmp_path, "gap", [
        ("h1", "Outcome coverage"),
        ("table", [["Outcome", "Taught", "Evidence", "Status"],
                   ["Prioritising, managing time and delegating", "Day 3", "Discussed at tutorials; not yet evidenced", "Gap"],
                   ["The SEN Code of Practice and how to apply it", "Day 1", "Assignment 1 (assessed)", "Covered"]]),
        ("p", "Assignment 1 is marked against the outcomes shown for it."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"


@pytest.mark.parametrize("assess_headers", [["Asg 1", "Asg 2"], ["Project", "Portfolio"]])
def test_a_key_whose_symbol_means_what_its_column_says(tmp_path, engine, assess_headers):
    """"Key: ● in a unit column = taught in that unit; ● in an assignment column = assessed in that assignment": one
    symbol, two meanings by column. A dot under a unit alone is taught, not assessed, whether or not the assignment
    columns' own headers say they are assessments ("Asg 1" does)."""
    f = build(tmp_path, "bycolumn", [
        ("h1", "Where the national outcomes are taught and assessed"),
        ("p", "Key: ● in a unit column = taught in that unit; ● in an assignment column = assessed in that assignment."),
        ("table", [["National outcome", "U1", "U2", *assess_headers],
                   ["The SEN Code of Practice and how to apply it", "●", "", "●", ""],
                   ["Every Child Matters", "●", "", "", ""],
                   ["Liaising with parents and carers", "", "●", "", ""]]),
        ("p", "Unit 1 is assessed by the first assignment and Unit 2 by the second."),
    ])
    v = judge(engine, f)
    assert v["6.K2"] == v["6.S8"] == "partially_met"
    if assess_headers[0] == "Asg 1":
        assert v["6.K1"] == "met"


def test_an_item_of_an_outcome_list_names_the_outcome_its_words_name_best(tmp_path, engine):
    """"encouraging colleagues to develop formative assessment for pupils with SEN", listed as not separately
    assessed, is the formative-assessment outcome's item: it does not say that approaches and resources for assessment
    (another outcome, whose words it shares in part) go unassessed, when a task assesses them."""
    f = build(tmp_path, "bestname", [
        ("h1", "The outcomes and how each task assesses them"),
        ("p", "Unit 2 covers approaches, strategies and resources for assessment and teaching, including ICT. Unit 3 "
              "covers helping colleagues with formative assessment."),
        ("bold", "Task 2, a case study, assesses whether the participant can:"),
        ("p", "– use approaches, strategies and resources for assessment, planning and teaching, including ICT"),
        ("bold", "Developed in Unit 3, but not separately assessed:"),
        ("p", "– encouraging colleagues to develop formative assessment for pupils with special educational needs"),
    ])
    v = judge(engine, f)
    assert v["6.K6"] == "met"
    assert v["6.S2c"] == "partially_met"


def test_an_outcome_item_that_says_after_it_where_it_is_assessed(tmp_path, engine):
    """An appendix lists the outcomes unit by unit, each item ending with where it is assessed ("... what they require
    of the school. Assessed in: Task 2.") or that it is not ("Taught on study day 1; not separately assessed."): the
    item's own second sentence is the outcome's assessment, or its absence."""
    f = build(tmp_path, "assessedin", [
        ("h1", "The national outcomes in the agreed units"),
        ("p", "The outcomes are given in our own words, unit by unit. \"Assessed in\" names the task that tests each one."),
        ("h2", "Unit 1: The Child, the Family and the Law"),
        ("p", "– The SEN Code of Practice, the Education Act 1996 and related guidance, and what they require of the "
              "school and the SENCO. Assessed in: Task 2."),
        ("p", "– Every Child Matters: the five outcomes and the SENCO's part in children's services. Taught on study day "
              "1; not separately assessed."),
        ("p", "Task 2 is a 4,000-word policy review, marked by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K2"] == "partially_met"


def test_an_outcome_mapped_only_to_merit_or_distinction_criteria(tmp_path, engine):
    """Where units are graded pass, merit and distinction and the award needs a pass in each unit, an outcome mapped
    only to a merit or distinction criterion ("Unit 2: M1") is assessed for some participants only; one mapped to a
    pass criterion ("Unit 1: P1") is assessed for all."""
    f = build(tmp_path, "graded", [
        ("h1", "Grading"),
        ("p", "Each unit is graded Pass, Merit or Distinction. To be awarded the certificate a learner must achieve at "
              "least a pass in every unit, by meeting all of its pass criteria."),
        ("h1", "Annex A: mapping to the national outcomes"),
        ("table", [["National minimum outcome", "Developed in", "Assessed by (grading criteria)"],
                   ["The SEN Code of Practice and how to apply it", "Unit 1, content 1", "Unit 1: P1"],
                   ["Anticipating and resolving problems; sound judgements on provision", "Unit 2, content 3",
                    "Unit 2: M1"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A4"] == "partially_met"


@pytest.mark.parametrize("text", [
    "Each tutor has five days a year for their own professional development.",
    "(3) Each tutor has five days a year for their own professional development.",
    "4. All our tutors keep up to date through the regional SENCO network.",
])
def test_the_staffs_own_development_is_not_the_outcome_developed(engine, text):
    """What tutors do for themselves, with or without a regulation's number before it, is not where
    participants learn to keep up to date; the same sentence about participants is."""
    assert verdicts(engine.evaluate(make_app(text)))["6.A7"] == "not_met"
    about_participants = text.replace("Each tutor has", "Each participant has").replace("All our tutors", "Participants")
    assert verdicts(engine.evaluate(make_app(about_participants)))["6.A7"] == "partially_met"


def test_the_providers_own_name_for_its_assessed_pieces_opens_what_each_assesses(tmp_path, engine):
    """Assessed work named in the provider's own word ("Ergon 1, ... (4,000 words, 20 credits)") under a heading about
    assessment: a later box that opens "Ergon 1:" says what that piece assesses. The same box opening with a word the
    document never gives a piece of assessed work ("Focus 1:") assesses nothing."""
    def doc(opening):
        return [
            ("h1", "The two Erga (assessed work)"),
            ("p", "Ergon 1, The pupil and the plan (4,000 words, 20 credits, due in February). A case study of one "
                  "pupil on the SEN register."),
            ("p", "Ergon 2, Leading a change (6,000 words, 40 credits, due in May). An enquiry in your own school."),
            ("h1", "Study day 3"),
            ("p", "On this day we study the main types of SEN and how they affect learning."),
            ("table", [[f"{opening}: the pupil's needs described in terms of the main types of SEN and disability and "
                        "their effect on learning."]]),
        ]
    assert judge(engine, build(tmp_path, "own", doc("Ergon 1")))["6.K5"] == "met"
    assert judge(engine, build(tmp_path, "other", doc("Focus 1")))["6.K5"] == "partially_met"


def test_an_outcomes_words_beside_its_code_are_not_where_it_is_developed(tmp_path, engine):
    """"K7 | School self-evaluation and SEN | — | —": the row names its outcome in the provider's words beside the
    code, and its module column is empty, so nothing says where the outcome is developed."""
    f = build(tmp_path, "coded", [
        ("h1", "Outcomes"),
        ("table", [
            ["National ref", "What participants learn", "Module", "How assessed"],
            ["K1", "SEN law and the Code of Practice", "1", "Module 1 assignment"],
            ["K2", "Every Child Matters and the SENCO", "1", "Module 1 assignment"],
            ["K3", "Disability equality law", "1", "Module 1 assignment"],
            ["K4", "Child development", "2", "Module 2 case study"],
            ["K5", "The main types of SEN and disability and how they affect learning", "—", "—"],
        ]),
        ("p", "Each module's assignment is marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K5"] == "not_met"


@pytest.mark.parametrize("cell", ["Coaching log seen by mentor", "Log checked by the tutor at a tutorial",
                                  "Practice log (tutor's initials only)", "We will talk about this in your tutorials",
                                  "Tutorial discussion only"])
def test_a_record_looked_over_or_initialled_is_not_marked(tmp_path, engine, cell):
    f = build(tmp_path, "seen", [
        ("h1", "Outcomes"),
        ("table", [
            ["Outcome", "Module", "Assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "701", "Assignment 1"],
            ["Prioritising, managing time and delegating", "703", cell],
        ]),
        ("p", "Assignment 1 is marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "partially_met"


@pytest.mark.parametrize("cell,expected", [
    ("Assignment 2", "met"),
    ("Recognised through appraisal, not for the Award", "partially_met"),
    ("Content only", "partially_met"),
    ("Observed by your coach", "partially_met"),
])
def test_a_column_of_how_each_outcome_is_recognised_for_the_award(tmp_path, engine, cell, expected):
    """"How it is recognised for the Award" is where each outcome is assessed; a cell there that says it is not for
    the award, is content only, or is watched by a coach and no more, assesses nothing."""
    f = build(tmp_path, "recognised", [
        ("h1", "Indicators"),
        ("table", [
            ["Ref", "Indicator", "How you build it", "How it is recognised for the Award"],
            ["L1", "SEN law and guidance, the Code of Practice, and putting them into practice", "Unit 1", "Assignment 1"],
            ["L2", "Prioritising, managing time and delegating", "Unit 3", cell],
        ]),
        ("p", "Assignments 1, 2 and 3 are marked by the tutor and second-marked by the University."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == expected


def test_a_frameworks_own_codes_are_not_the_outcomes_identifiers(tmp_path, engine):
    """A competency table coded A1, A2, B1, C1 (the framework's own bands): "A2 Understanding needs | ... | Case notes"
    is not national outcome A2 assessed."""
    f = build(tmp_path, "framework", [
        ("h1", "Competencies"),
        ("table", [
            ["Competency", "Developing", "Established", "Evidence you might show"],
            ["A1 Statutory framework", "Knows the Code of Practice", "Applies the Code", "Policy review"],
            ["A2 Understanding needs", "Knows the main types of SEN", "Uses professionals' reports", "Case notes"],
            ["B1 Provision management", "Keeps the provision map", "Finds gaps", "Provision map"],
            ["C1 Families", "Keeps parents informed", "Works with parents in reviews", "Parent feedback"],
        ]),
    ])
    assert judge(engine, f)["6.A2"] == "not_met"


def test_a_column_of_what_is_not_counted_toward_the_award_is_no_assessment(tmp_path, engine):
    f = build(tmp_path, "notcounted", [
        ("h1", "Outcome map"),
        ("table", [
            ["Outcome", "Developed in", "Award assessment", "Not counted toward the award"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Unit 1", "Task 1", "—"],
            ["Prioritising, managing time and delegating", "Unit 3", "—", "Time log (research)"],
        ]),
        ("p", "Task 1 is marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "partially_met"


def test_a_key_of_numbered_codes_without_the_word_key(tmp_path, engine):
    """"A1 = Assignment 1; A2 = Assignment 2; LL = learning log (discussed at tutorials, not marked)." under an outcome
    table: "LL" assesses nothing, "A1" assesses its outcome."""
    f = build(tmp_path, "codes", [
        ("h1", "Outcomes"),
        ("table", [
            ["National outcome", "Developed", "Assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "A1"],
            ["Prioritising, managing time and delegating", "Day 8", "LL"],
            ["Child development and how SEN and disability affect it", "Day 2", "A2"],
        ]),
        ("p", "A1 = Assignment 1; A2 = Assignment 2; LL = learning log (discussed at tutorials, not marked)."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "partially_met"


def test_a_row_pointing_to_another_course_of_the_providers_develops_nothing(tmp_path, engine):
    f = build(tmp_path, "separate", [
        ("h1", "Outcomes"),
        ("table", [
            ["Outcome", "Where you work on it", "Where it is assessed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Task 1"],
            ["Deploying and managing staff", "See the Centre's separate Leading Support Staff course", "—"],
            ["Child development and how SEN and disability affect it", "Day 2", "Task 2"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S4"] == "not_met"


@pytest.mark.parametrize("marked, assessed", [("Each Task is marked against the University's criteria.", True),
                                              ("Each Task is discussed with the tutor.", False)])
def test_a_passage_opening_with_the_name_of_a_kind_of_piece_said_to_be_marked(tmp_path, engine, marked, assessed):
    """"Practice Task 2, Pupil Focus Study. The participant ..." under a heading about the tasks: where the
    application says each Task is marked, what the passage goes on to say the participant does is what the task
    assesses; where it does not say so, the passage is only work set."""
    f = build(tmp_path, "own-pieces", [
        ("h1", "Study days"),
        ("p", "Study Day 2 covers how children develop, the law on SEN and the Code of Practice, and the disability "
              "equality duty."),
        ("h1", "The Practice Tasks"),
        ("p", "Practice Task 1, Policy Review. The participant reviews how the school meets its duties under the law "
              "on SEN and the Code of Practice and under the disability equality duty."),
        ("p", marked),
    ])
    v = judge(engine, f)
    assert (v["6.K1"] == "met" and v["6.K3"] == "met") is assessed


@pytest.mark.parametrize("cell, assessed", [("PT2", True), ("PT2 (record of a parent meeting)", True),
                                            ("Talked through with the tutor", False)])
def test_an_assessment_column_naming_a_task_by_its_code_alone(tmp_path, engine, cell, assessed):
    """"Day | What participants work on | Assessed through" with "PT2" in the last column: the code names the
    task that assesses what the row teaches; a note that it is talked through names no assessment."""
    f = build(tmp_path, "coded-task", [
        ("h1", "Study days"),
        ("table", [
            ["Day", "What participants work on", "Assessed through"],
            ["SD4", "Liaising with parents and carers; building fair and respectful relationships with pupils and "
                    "their parents", cell],
        ]),
        ("p", "Practice Tasks PT1 to PT3 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert (v["6.S8"] == "met") is assessed


@pytest.mark.parametrize("developed, assessed", [("Practised in", "Judged in"), ("Built in", "Checked at"),
                                                 ("Provision", "Monitoring"), ("Where we teach it", "How we judge it")])
def test_a_map_whose_assessment_column_is_headed_in_its_own_words(tmp_path, engine, developed, assessed):
    """"Rung | Practised in | Judged in", "Outcome | Built in | Checked at", a statement of needs' "Objective |
    Provision | Monitoring": the last column is where each outcome is assessed; a cell there that says the outcome is
    "Practised, not judged" assesses nothing."""
    f = build(tmp_path, "own-words-map", [
        ("h1", "The outcomes"),
        ("table", [
            ["Outcome", developed, assessed],
            ["Knows SEN law and the Code of Practice and how to put them into practice", "Study Day 1", "Task 1"],
            ["Knows disability equality law and the duties it places on schools", "Study Day 1", "Task 1"],
            ["Uses provision mapping to plan provision and find gaps", "Study Day 4", "Task 2"],
            ["Liaises effectively with parents and carers", "Study Day 5", "Practised, not judged"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.S3"] == "met"
    assert v["6.S8"] == "partially_met"  # practised on a study day, judged nowhere


@pytest.mark.parametrize("verb, assessed", [("judges whether the participant", True),
                                            ("talks with the participant about how they", False)])
def test_an_assessor_who_judges_whether_the_participant_does_what_an_outcome_says(tmp_path, engine, verb, assessed):
    """"The tutor judges whether the participant: knows SEN law and the Code of Practice ...": the outcomes listed
    after it are what the submission is judged on; a conversation about them judges nothing."""
    f = build(tmp_path, "judges-whether", [
        ("h1", "The study days"),
        ("p", "Study Day 1 covers the law on SEN and the Code of Practice, and the disability equality duty."),
        ("h1", "The first submission"),
        ("p", f"At the end of the first term the tutor {verb}: knows SEN law and the Code of Practice and what "
              "they mean for the school; knows the disability equality duty and what it asks of schools."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"] == "met" and v["6.K3"] == "met") is assessed


@pytest.mark.parametrize("decision, assessed", [("R4 AGREED.", True), ("R4 DEFERRED to 2010-11.", False)])
def test_a_map_cell_that_points_to_an_item_a_decision_turned_down(tmp_path, engine, decision, assessed):
    """A map's cells say only "see R4", and the board's decision defers R4: the outcome has no place of its own."""
    f = build(tmp_path, "points-to-declined", [
        ("h1", "Recommendations"),
        ("table", [["R4", "Add a session on access arrangements for national tests and examinations to Study Day 6, "
                          "assessed in Task 2."]]),
        ("p", f"Programme Board decision: {decision}"),
        ("h1", "Outcome map"),
        ("table", [
            ["Outcome", "Developed in", "Assessed in"],
            ["SEN law and the Code of Practice", "Study Day 1", "Task 1"],
            ["Disability equality law", "Study Day 1", "Task 1"],
            ["Access arrangements for national tests and examinations", "see R4", "see R4"],
        ]),
        ("p", "Tasks 1 and 2 are marked for the award by two tutors."),
    ])
    v = judge(engine, f)
    assert (v["6.S2d"] != "not_met") is assessed


def _exercise(title: str, sampled: str, scoring: str) -> tuple:
    return ("table", [[title, title], ["Outcomes sampled", sampled], ["What the candidate is asked to do", "Read the file "
            "on the desk and tell the examiner what you would do first, and why."], ["Scoring", scoring]])


def test_a_table_of_labelled_rows_that_says_what_a_practical_exercise_samples(tmp_path, engine):
    """A practical examination set out one exercise to a table of labelled rows ("EXERCISE 1 | Outcomes sampled | ...
    | Scoring | ..."): the outcomes its row names are assessed, unless a row of that table says the exercise is not
    scored."""
    f = build(tmp_path, "exercises", [
        ("h1", "The course"),
        ("p", "Day 1 covers the law on SEN and the SEN Code of Practice and how to apply them. Day 4 covers managing "
              "time and priorities and delegating."),
        ("h1", "The practical examination"),
        ("p", "The Award is given to each candidate who passes the practical examination."),
        _exercise("EXERCISE 1: THE TRIBUNAL LETTER", "The law on SEN and the SEN Code of Practice and how to apply them.",
                  "The examiner marks the checklist out of 20; the pass mark is 12."),
        _exercise("EXERCISE 2: THE IN-TRAY", "Managing time and priorities; delegating and following up.",
                  "Practice exercise: feedback only, not scored."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"  # taught, and tried only in an exercise that is not scored


def test_a_map_that_puts_each_outcome_as_a_question_to_the_participant(tmp_path, engine):
    """"Do you know the law on SEN ...? | Day 1 | Task 3" under "The question | Where you meet it | How it is judged":
    a map in the second person, its outcomes asked as questions, says where each is developed and assessed (a bank of
    questions has no column for how each is assessed)."""
    f = build(tmp_path, "asked", [
        ("h1", "The outcomes as we ask them"),
        ("table", [["The question", "Where you meet it", "How it is judged"],
                   ["Do you know SEN law and guidance, including the Code of Practice?", "Day 1", "Task 3"],
                   ["Do you prioritise, manage your time and delegate?", "Day 4", "Learning Journal (not marked)"],
                   ["Do you deploy and manage teaching assistants and other staff?", "Day 5", "Task 2"],
                   ["Do you know how children develop, and how SEN and disability affect that development?", "Day 2",
                    "Task 2"]]),
        ("p", "Tasks 2 and 3 are marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"  # developed, checked only in the unmarked journal


def test_a_marking_point_that_takes_account_of_others_views_is_outcome_a5_not_a_general_basis(tmp_path, engine):
    """"listens to and takes account of the views of others" is outcome A5 in a task's marking points, not the
    programme saying in general what it takes account of."""
    f = build(tmp_path, "views", [
        ("h1", "Session 4: Talking with families"),
        ("p", "Participants practise expressing views clearly and listening to and taking account of the views of "
              "others in a role-played review meeting."),
        ("h1", "Task 2: Professional conversation"),
        ("p", "What the markers look for:"),
        ("bullet", "explains the school's provision for one pupil to a parent;"),
        ("bullet", "expresses views clearly in speech and listens to and takes account of the views of others."),
        ("p", "Task 2 counts for the award."),
    ])
    assert judge(engine, f)["6.A5"] == "met"


def test_a_column_named_by_the_verb_of_the_pieces_the_award_rests_on(tmp_path, engine):
    """"Worked on in | Reviewed in", where the award is made when the participant "has passed both Reviews": the
    column says where each outcome is assessed for the award, and a dash there that it is not."""
    f = build(tmp_path, "reviewed", [
        ("h1", "Goals"),
        _three_outcomes(["Worked on in", "Reviewed in"], ["Session 1", "Review 1"], ["Session 4", "Review 2"],
                        ["Session 5", "–"]),
        ("p", "The Award is made when the participant has attended the sessions and passed both Reviews."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"  # worked on, reviewed nowhere


@pytest.mark.parametrize("gloss,assessed", [
    ("Where each outcome is practised (taught) and where it is played (judged). A dash means it is not played.", True),
    ("Where each outcome is practised and where it is played. A dash means it is not played.", False),
    # the header defined in quotation marks, as the marked piece where it is judged; or said not to be marked
    ('Here "Practised in" is the session where the group first works on it, and "Played in" is the marked Piece where'
     ' it is judged. A dash means it is not played.', True),
    ('Here "Practised in" is the session where the group first works on it, and "Played in" is the Piece where it is'
     ' rehearsed again, not marked. A dash means it is not played.', False),
    ("Each line is an outcome in our words. 'Played in' is the Piece where it is scored.", True),
    ('"Practised in" gives the session where it is developed; "Played in" gives the Piece in which it is assessed.', True),
])
def test_a_column_whose_verb_the_text_above_glosses_as_assessed(tmp_path, engine, gloss, assessed):
    """"Practised in | Played in" under a map the text above glosses ("where it is played (judged)"): the column is the
    assessment column, and a dash there says the outcome is not assessed; without the gloss the column says nothing of
    assessment."""
    f = build(tmp_path, "glossed", [
        ("h1", "The outcome map"),
        ("p", gloss),
        _three_outcomes(["Practised in", "Played in"], ["Session 1", "Piece 1"], ["Session 4", "Piece 2"],
                        ["Session 5", "–"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == ("met" if assessed else "partially_met")
    assert v["6.S4"] == "partially_met"  # practised, played nowhere


def test_a_first_column_of_signs_is_set_aside_and_the_outcome_read_beside_it(tmp_path, engine):
    """"Mark | The outcome | Met on | Checked in" with "Star" and "Dot" down its first column: the signs are set aside
    like a numbering column, the outcome is read in the column beside them, and a row checked nowhere is not assessed."""
    f = build(tmp_path, "signs", [
        ("h1", "The outcomes"),
        ("p", "A star marks an outcome checked in the Award Task; a dot one you meet but is not checked."),
        ("table", [["Mark", "The outcome", "Met on", "Checked in"],
                   ["Star", "SEN law and guidance, including the Code of Practice", "Day 1", "Award Task 1"],
                   ["Star", "Prioritising, managing time and delegating", "Day 4", "Award Task 2"],
                   ["Dot", "Deploying and managing teaching assistants and other staff", "Day 5", "Not checked"],
                   ["Star", "How children develop, and how SEN and disability affect development", "Day 2",
                    "Award Task 1"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met" and v["6.K4"] == "met"
    assert v["6.S4"] == "partially_met"  # met on a day, checked nowhere


def test_a_column_headed_how_we_will_know_is_where_each_outcome_is_assessed(tmp_path, engine):
    """"Worked on | How we'll know": the second column says how each outcome is checked, and a row "Not assessed" there
    is not assessed."""
    f = build(tmp_path, "know", [
        ("h1", "Targets"),
        _three_outcomes(["Worked on", "How we'll know"], ["Day 1", "Assignment 1"], ["Day 4", "Assignment 2"],
                        ["Day 5", "Not assessed"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"


def test_an_outcome_discussed_at_a_review_the_text_says_is_not_graded_is_not_assessed(tmp_path, engine):
    """"Discussed at the Final Review", where "The Final Review is a professional discussion and is not graded": the
    cell names only an ungraded item, so the outcome is not assessed for the award."""
    f = build(tmp_path, "discussed", [
        ("h1", "Assessment"),
        ("p", "The Final Review is a professional discussion and is not graded."),
        _three_outcomes(["Worked on", "Assessed in"], ["Day 1", "Assignment 1"], ["Day 4", "Assignment 2"],
                        ["Day 5", "Discussed at the Final Review"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S4"] == "partially_met"


def test_of_two_columns_read_as_assessment_the_one_naming_the_days_is_where_each_is_developed(tmp_path, engine):
    """"Evidence gathered at | Assessed record": both headers read as assessment, but the first names the days in most
    rows, so it says where each outcome is developed; a dash in the record says it is not assessed."""
    f = build(tmp_path, "two-evidence", [
        ("h1", "Outcome evidence"),
        _three_outcomes(["Evidence gathered at", "Assessed record"], ["Day 1", "Case File"], ["Days 4 and 5", "Viva"],
                        ["Session 6", "-"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"


def test_a_level_column_a_reference_only_cell_and_a_readers_own_reading(tmp_path, engine):
    """"Held in | Level | Checked in": the level a row is held at is a scale, not a place; "Reference only" checks
    nothing; "The participant's own reading" is no place where the programme develops the outcome."""
    f = build(tmp_path, "levels", [
        ("h1", "Holdings by outcome"),
        _three_outcomes(["Held in", "Level", "Checked in"], ["Day 1", "3", "Task 1"],
                        ["Day 4", "1 / R", "Reference only"], ["The participant's own reading", "2 / R", "Task 2"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"  # developed on Day 4, checked nowhere
    assert v["6.S4"] == "partially_met"  # checked in Task 2, developed nowhere


@pytest.mark.parametrize("cell", ["Brought from your own practice", "(brought from initial training)"])
def test_an_outcome_brought_from_the_participants_own_practice_is_not_developed(tmp_path, engine, cell):
    """"Brought from your own practice" or "(brought from initial training)" where the map says where each outcome is
    developed: the programme does not develop it, though a piece still checks it."""
    f = build(tmp_path, "own-practice", [
        ("h1", "Award cards"),
        _three_outcomes(["Where you meet it", "Checked in"], ["Hub Day 1", "Casebook"], ["Hub Day 4", "Casebook"],
                        [cell, "Change Project"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.S4"] == "partially_met"


def test_a_scored_at_column_a_kind_of_practice_piece_and_a_withdrawn_row(tmp_path, engine):
    """"Heat (practised at) | Final (scored at)": the second column says where each outcome is assessed; "Friendly
    only", where "Friendlies are there to practise, not to be judged", assesses nothing; "Withdrawn for 2009-10" in both
    columns is neither developed nor assessed."""
    f = build(tmp_path, "scored-at", [
        ("h1", "The scoring grid"),
        ("p", "Friendlies are there to practise, not to be judged, and nobody fails one."),
        _three_outcomes(["Heat (practised at)", "Final (scored at)"], ["R1", "F1"], ["R4", "Friendly only"],
                        ["Withdrawn for 2009-10", "Withdrawn for 2009-10"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"  # practised, scored nowhere
    assert v["6.S4"] == "not_met"


@pytest.mark.parametrize("rule,assessed", [
    ("A participant who passes Task A, Task B and Task C is awarded the Postgraduate Certificate.", True),
    ("Participants meet their tutor for Task A, Task B and Task C, three conversations about their practice.", False),
])
def test_a_column_whose_cells_name_the_pieces_the_award_rule_passes_is_assessment(tmp_path, engine, rule, assessed):
    """"Built in | Noted in", its cells "Task A", "Task B": where the award is made on passing Tasks A, B and C, the
    column says where each outcome is assessed, and a dash there that it is not; without that rule the column says
    nothing of assessment."""
    f = build(tmp_path, "pieces", [
        ("p", rule),
        ("h1", "Outcome sheet"),
        ("table", [["Outcome (our words)", "Built in", "Noted in"],
                   ["SEN law and guidance, including the Code of Practice", "Day 1", "Task A"],
                   ["Prioritising, managing time and delegating", "Day 4", "Task B"],
                   ["How children develop, and how SEN and disability affect development", "Day 2", "Task A"],
                   ["Deploying and managing teaching assistants and other staff", "Day 5", "—"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == ("met" if assessed else "partially_met")
    assert v["6.S4"] == "partially_met"  # built in on Day 5, noted nowhere


def test_a_header_of_several_words_defined_as_the_marked_piece_and_a_term_defined_as_unassessed(tmp_path, engine):
    """'"Made and Taken in" is the marked piece that assesses it': the whole header, defined in quotation marks, heads
    the assessment column; "Shared only means that the outcome is taught ... but no marked piece assesses it": a cell
    that says "Shared only" assesses nothing."""
    f = build(tmp_path, "made-and-taken", [
        ("h1", "Card 9: outcome by outcome"),
        ("p", '"Shared at" is where the outcome is taught. "Made and Taken in" is the marked piece that assesses it. '
              "Shared only means that the outcome is taught and talked about on the Sharing Days but no marked piece "
              "assesses it."),
        _three_outcomes(["Shared at", "Made and Taken in"], ["Sharing Day 2", "MT1"], ["Sharing Day 4", "MT2"],
                        ["Sharing Day 6", "Shared only"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"  # shared, marked nowhere


@pytest.mark.parametrize("gloss,assessed", [
    ('"Planted in" gives the Compartment in which the course develops it. "Felled" gives the Felling in which it is '
     "marked.", True),
    ('"Planted in" gives the Compartment in which the course develops it. "Felled" gives the Felling in which it is '
     "discussed, but not marked.", False),
])
def test_a_one_word_header_defined_in_quotation_marks_as_where_it_is_marked(tmp_path, engine, gloss, assessed):
    """'"Felled" gives the Felling in which it is marked': a header of one participle, defined in quotation marks as
    where each outcome is marked, heads the assessment column; defined as where it is not marked, it does not."""
    f = build(tmp_path, "felled", [
        ("h1", "Plan of operations"),
        ("p", gloss),
        _three_outcomes(["Planted in", "Felled"], ["Compartment 1", "F1"], ["Compartment 2", "F2"],
                        ["Compartment 4", "F3"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.S4"] == ("met" if assessed else "partially_met")


def test_a_key_that_names_the_column_where_each_outcome_is_marked(tmp_path, engine):
    """"Timed: worked on in the session under Run in and marked in the run under Timed in": the key names the
    assessment column, so a piece there is no place where the outcome is taught; and a row in a state the key gives no
    such meaning ("Buddy's check: seen and initialled in school; no time recorded") is not marked for the award."""
    f = build(tmp_path, "timed", [
        ("h1", "Stint chart"),
        ("table", [["National outcome", "Run in", "Timed in", "Status"],
                   ["SEN law and guidance, including the Code of Practice", "FP1", "Q1", "Timed"],
                   ["Prioritising, managing time and delegating", "FP2", "-", "Out-lap only"],
                   ["Keeping up to date and taking charge of their own professional development", "-", "Race logbook",
                    "Timed"],
                   ["Deploying and managing teaching assistants and other staff", "FP3", "Home Track 2", "Buddy's check"]]),
        ("p", "KEY. Timed: worked on in the session under Run in and marked in the run under Timed in; counts towards "
              "the Driver's times. Out-lap only: worked on in the session; not marked. Buddy's check: seen and "
              "initialled by the Buddy in school; no time recorded."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A7"] == "partially_met"  # marked in the Race, taught nowhere
    assert v["6.S4"] == "partially_met"  # taught at FP3, only initialled in school
    assert v["6.A3"] == "partially_met"


def test_an_outcome_s_tag_is_read_by_the_glossary_s_run_of_definitions(tmp_path, engine):
    """Outcomes listed with a tag after each ("[Full out: Variation 1]", "[Marked]", "[Guest class]"), the tags defined
    one to a glossary item ("Full out means ... graded there", "Marked means ... nothing is graded", "Guest class means
    ...; it is not part of our Award"): the first is assessed, the second taught and not assessed, the third neither."""
    f = build(tmp_path, "tags", [
        ("h1", "Class terms"),
        ("bullet", "Variation: a marked assignment. There are three."),
        ("bullet", "At the end of each correction below is a tag. Full out means the correction is danced in the "
                   "Variation named, and graded there by the tutor against the Variation's criteria."),
        ("bullet", "Marked means the exercise is walked through in class and the tutor corrects it, but nothing is "
                   "graded."),
        ("bullet", "Guest class means the correction is taught in a guest class at another dance centre; it is not "
                   "part of our Award."),
        ("h1", "Barre"),
        ("p", "Exercise 1 covers these corrections:"),
        ("bullet", "Knows the law and guidance on SEN, the Code of Practice above all. [Full out: Variation 1]"),
        ("bullet", "Prioritises, manages time and delegates, checking that delegated work is done. [Marked]"),
        ("bullet", "Identifies and helps put in place special arrangements for tests and examinations. [Guest class]"),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"  # worked on, never graded
    assert v["6.S2d"] == "not_met"  # another centre's class


@pytest.mark.parametrize("refs", [["WL/01", "WL/02", "WL/03", "WL/04"], ["1-01", "1-02", "1-03", "1-04"]])
def test_a_map_numbered_in_the_provider_s_scheme_with_its_columns_named_in_the_text(tmp_path, engine, refs):
    """"WL/01 | build fair relationships ... | PoC 2 | BC1" and "1-01 | ...": the provider's numbering before the
    outcome's words is set aside; "The column Checked at gives the Card that assesses it" names the assessment column;
    a value the key says is only taught ("Request stop means the outcome is taught only for participants who ask for
    it") assesses nothing there."""
    f = build(tmp_path, "ports", [
        ("h1", "Schedule 2: table of ports of call"),
        ("p", "The column Called at gives the Port of Call where the outcome is taught. The column Checked at gives "
              "the Card that assesses it. Passage only means the outcome is taught at that Port of Call but no Card "
              "checks it. Request stop means the outcome is taught only for participants who ask for it."),
        ("table", [["Ref", "The participant will be able to", "Called at", "Checked at"],
                   [refs[0], "SEN law and guidance, including the Code of Practice", "PoC 1", "BC1"],
                   [refs[1], "Prioritising, managing time and delegating", "PoC 2", "Passage only"],
                   [refs[2], "How children develop, and how SEN and disability affect development", "PoC 3", "BC2"],
                   [refs[3], "Deploying and managing teaching assistants and other staff", "PoC 4", "Request stop"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.K4"] == "met"
    assert v["6.A3"] == v["6.S4"] == "partially_met"


def test_a_column_the_text_names_as_where_each_outcome_is_marked(tmp_path, engine):
    """'Its column "Lashed at" names the Lashing Check where it is marked', said under another heading than the map's:
    that column is the assessment column."""
    f = build(tmp_path, "lashed", [
        ("h1", "How to read this plan"),
        ("p", 'Its column "Stowed on" names the Sailing where the cargo is taught. Its column "Lashed at" names the '
              "Lashing Check where it is marked."),
        ("h1", "Deck stowage summary"),
        _three_outcomes(["Stowed on", "Lashed at"], ["Sailing 1", "LC1"], ["Sailing 2", "LC2"], ["Sailing 4", "LC3"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.A3"] == v["6.S4"] == "met"


def test_a_column_headed_by_a_term_defined_as_a_marked_piece_and_its_values_defined_by_column(tmp_path, engine):
    """"A Culmination is a marked assessment": a column headed "Culmination" is where each outcome is assessed;
    "Grazing in the Culmination column means ... no Plate marks it" assesses nothing; "Occulted means ...: no Transit
    teaches it and no Plate marks it" is neither taught nor assessed."""
    f = build(tmp_path, "culmination", [
        ("h1", "Explanation"),
        ("p", "A Transit is a taught day at the Dome. A Culmination is a marked assessment, made on one of four Plates."),
        ("p", "In the table below, Grazing in the Culmination column means the body is touched on in the Transit named "
              "but no Plate marks it. Occulted means the body is hidden this year: no Transit teaches it and no Plate "
              "marks it."),
        ("h1", "Table of minor bodies"),
        _three_outcomes(["Transit", "Culmination"], ["Transit 1", "Plate I"], ["Transit 3", "Grazing"],
                        ["Occulted", "Occulted"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"  # touched on, never marked
    assert v["6.S4"] == "not_met"  # hidden this year


def test_a_map_whose_columns_and_values_the_text_above_defines(tmp_path, engine):
    """"Table 7 gives the Duties, in our words. Steamed on names the Steam Day on which a Duty is worked. Card taken
    names the Card on which it is marked. Motored only in the Card taken column means ... but no card is taken on it.
    Blanked off in both columns means the Duty is not in this engine." The words column ("... (in our words)") is no
    place; a practice card in brackets is no assessment for the award."""
    f = build(tmp_path, "engine", [
        ("h1", "7. Table of results"),
        ("p", "Table 7 gives the Duties of the course, in our words. Steamed on names the Steam Day on which a Duty is "
              "worked. Card taken names the Card on which it is marked. Motored only in the Card taken column means "
              "that the Duty is worked on a Steam Day but no card is taken on it. Blanked off in both columns means the "
              "Duty is not in this engine."),
        ("table", [["The Engineman will be able to (in our words)", "Steamed on", "Card taken"],
                   ["SEN law and guidance, including the Code of Practice", "Day 1", "Card 1"],
                   ["Prioritising, managing time and delegating", "Day 2", "Motored only"],
                   ["How children develop, and how SEN and disability affect development", "Day 3", "Card 3 (practice card)"],
                   ["Deploying and managing teaching assistants and other staff", "Blanked off", "Blanked off"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == v["6.K4"] == "partially_met"
    assert v["6.S4"] == "not_met"


def test_a_tag_closing_the_outcome_s_sentence_read_by_values_listed_in_brackets(tmp_path, engine):
    """"... into practice [Gauged: G1]", where "[Gauged: G1], [Gauged: G2] or [Gauged: G3] names the Gauging at which
    it is marked" and "[Not gauged] means it is worked on at that Lock but not marked at any Gauging"."""
    f = build(tmp_path, "gauged", [
        ("h1", "Using this guide"),
        ("p", "After each thing the Helm learns, a marker in square brackets says where it is measured. [Gauged: G1], "
              "[Gauged: G2] or [Gauged: G3] names the Gauging at which it is marked against the University's criteria. "
              "[Not gauged] means it is worked on at that Lock but not marked at any Gauging."),
        ("h1", "Mile 0 - Lock 1, Cauldwell Basin"),
        ("p", "At Lock 1 the Helms study:"),
        ("bullet", "The law and statutory guidance on SEN, what they mean for the school and how to put them into "
                   "practice [Gauged: G1]"),
        ("bullet", "Setting priorities, managing time and delegating, and checking that work is done [Not gauged]"),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.A3"] == "partially_met"


def test_an_item_said_not_marked_after_but_without_a_comma_assesses_nothing(tmp_path, engine):
    """"A Progress Review is a conversation with the tutor; the tutor writes feedback but the Review is not marked":
    a row recognised at "Review only" is not assessed for the award."""
    f = build(tmp_path, "review-only", [
        ("h1", "Learning objectives"),
        ("p", "Each Portfolio Piece is marked against the University's criteria. A Progress Review is a one-to-one "
              "conversation with the tutor; the tutor writes feedback on the plan but the Review is not marked."),
        _three_outcomes(["Worked on at", "Marked in"], ["W1", "Piece 1"], ["W8", "Review only"], ["W5", "Piece 2"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"


def test_a_value_defined_for_that_column(tmp_path, engine):
    """'The column "Measured in" gives the Criterion Trial in which it is marked. "Familiarisation only" in that column
    means the outcome is practised ... but is not marked in any Criterion Trial.'"""
    f = build(tmp_path, "that-column", [
        ("h1", "How to read Appendix A"),
        ("p", 'The column "Loaded in" gives the Test Day in which the outcome is taught. The column "Measured in" gives '
              'the Criterion Trial in which it is marked. "Familiarisation only" in that column means the outcome is '
              "practised in a Familiarisation Trial with feedback but is not marked in any Criterion Trial."),
        ("h1", "Appendix A"),
        _three_outcomes(["Loaded in", "Measured in"], ["TD1", "CT1"], ["TD2", "Familiarisation only"], ["TD4", "CT2"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == v["6.S4"] == "met"
    assert v["6.A3"] == "partially_met"


def test_an_unticked_box_and_a_numbered_practice_piece_assess_nothing(tmp_path, engine):
    """"Learned on | Checked by | Shown" with an unticked box in every "Shown" cell: the box says nothing, so a row
    checked by "—" is not assessed; and "Practice Page 3", where "Practice Pages are ... never marked", is no assessment
    for the award."""
    f = build(tmp_path, "boxes", [
        ("h1", "What I am learning and where it is checked"),
        ("p", "The three Pieces are marked. Practice Pages are short pieces your tutor comments on; they are never "
              "marked and do not count towards the Award."),
        ("p", '"Learned on" is the day where it is taught. "Checked by" is the marked Piece that checks it.'),
        ("table", [["What I am learning", "Learned on", "Checked by", "Shown"],
                   ["SEN law and guidance, including the Code of Practice", "Day 1", "Piece 1", "☐"],
                   ["Prioritising, managing time and delegating", "Day 4", "Practice Page 3", "☐"],
                   ["How children develop, and how SEN and disability affect development", "Day 2", "Piece 2", "☐"],
                   ["Deploying and managing teaching assistants and other staff", "Day 5", "—", "☐"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K4"] == "met"
    assert v["6.A3"] == "partially_met"  # a practice page only
    assert v["6.S4"] == "partially_met"  # checked by nothing, the box unticked


def test_a_label_the_text_says_marks_unmarked_work_assesses_nothing(tmp_path, engine):
    """"A pose marked Flow is practised on the day and in school but is not marked": a cell "Flow only" in the map's
    assessment column assesses nothing."""
    f = build(tmp_path, "flow", [
        ("p", "A pose marked Flow is practised on the day and in school but is not marked. A pose marked Hold is part of "
              "one of the three marked assessments."),
        ("h1", "The practice chart"),
        _three_outcomes(["Practised in", "Assessed in"], ["Class 1", "Hold 1"], ["Class 4", "Hold 2"],
                        ["Class 6", "Flow only"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"  # practised, marked nowhere


def test_a_cell_that_says_no_mark_assesses_nothing(tmp_path, engine):
    """"Talked through at the review conversation (no mark)": the outcome is discussed, not assessed."""
    f = build(tmp_path, "no-mark", [
        ("h1", "The outcome plan"),
        _three_outcomes(["Met on", "Checked in"], ["Day 1", "Piece 1"], ["Day 2", "Piece 2"],
                        ["Day 6", "Talked through at the review conversation (no mark)"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.A3"] == "met"
    assert v["6.S4"] == "partially_met"  # met on Day 6, marked nowhere


@pytest.mark.parametrize("with_map", [True, False])
def test_a_days_check_does_not_assess_an_outcome_the_map_says_is_not_checked(tmp_path, engine, with_map):
    """A programme of days whose last column says how each day is checked ("use in Piece 1") names what the day feeds,
    not every outcome the day touches: where the map of the outcomes says one of them is "Not checked", it is not
    assessed; without such a map the day's check stands."""
    days = ("table", [
        ["What will happen", "Who", "When", "How we will know it is working"],
        ["D1 The law. The SEN Code of Practice, the Disability Discrimination Act and the SENCO Regulations and what "
         "they ask of a SENCO.", "Programme leader", "Jan", "Day evaluation; use in Piece 1"],
        ["D2 The SENCO's week. Prioritising, managing time and delegating, with a workshop on the SENCO's diary and "
         "what to hand on to others.", "Tutor", "Feb", "Day evaluation; use in Piece 1"],
        ["D3 Growing up. How children develop and how SEN and disability affect development, with a speech and "
         "language therapist.", "Tutor", "Mar", "Day evaluation"],
        ["D4 Leading provision. Provision mapping and deploying and managing teaching assistants and other staff in "
         "the participant's own school.", "Adviser", "Apr", "Day evaluation; use in Piece 2"],
    ])
    blocks = [("h1", "The plan"), days,
              ("p", "Piece 1 and Piece 2 are marked by two tutors and count for the award.")]
    if with_map:
        blocks += [("h1", "The outcome plan"),
                   _three_outcomes(["Met on", "Checked in"], ["D1", "Piece 1"], ["D2", "Not checked"],
                                   ["D4", "Piece 2"])]
    v = judge(engine, build(tmp_path, "days-and-map", blocks))
    assert v["6.K1"] == "met" and v["6.S4"] == "met"
    assert v["6.A3"] == ("partially_met" if with_map else "met")


def test_a_task_that_goes_into_a_piece_where_it_is_judged_is_assessed(tmp_path, engine):
    """"... and proposes changes in Task 3, where the proposal is judged": the outcome is assessed in the piece the
    work goes into."""
    f = build(tmp_path, "judged-there", [
        ("h1", "The course"),
        ("p", "Session 6 covers deploying and managing teaching assistants. Each participant reviews how support staff "
              "are deployed in their school and proposes changes in Task 3, where the proposal is judged. Tasks 1 to 3 "
              "count for the award."),
    ])
    assert judge(engine, f)["6.S4"] == "met"


def test_a_run_of_definitions_says_which_values_are_unmarked_and_which_leave_the_outcome_to_others(tmp_path, engine):
    """"Ticked at: the Logbook entry a tutor marks. UNTICKED: taught on a Day, but no tutor signs off this. ELSEWHERE:
    the course neither teaches nor marks this; the person named does." over a map: an UNTICKED row is developed, not
    assessed; an ELSEWHERE row, with the person named after the value, is neither."""
    f = build(tmp_path, "run", [
        ("h1", "Outcomes"),
        ("p", "Every participant works on the outcomes below. Taught at: the Day where the outcome is taught. Ticked at: "
              "the Logbook entry that a tutor marks. UNTICKED: taught on a Day, but no tutor signs off this. ELSEWHERE: "
              "the course neither teaches nor marks this; the person named does."),
        ("table", [
            ["Outcome", "Taught at", "Ticked at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Logbook 1"],
            ["Prioritising, managing time and delegating", "Day 4", "UNTICKED"],
            ["Access arrangements for tests and examinations", "ELSEWHERE: the school's examinations officer",
             "ELSEWHERE"],
            ["Child development and how SEN and disability affect it", "Day 2", "Logbook 2"],
        ]),
        ("p", "Each Logbook entry is marked by a tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S2d"]) == ("met", "partially_met", "not_met")


def test_a_task_code_beside_a_days_topics_is_the_task_s_not_a_code_for_those_outcomes(tmp_path, engine):
    """A programme of days whose last column gives the task set that day ("Field Task set | FT3") names topics beside
    the task's code: the code is the task's, so a later sentence listing the tasks by code ("FT3 a talk to the
    headteacher") does not assess the day's outcomes, and the map's own "Not set" stands."""
    f = build(tmp_path, "taskcodes", [
        ("h1", "Days"),
        ("table", [
            ["Day", "Date", "Topics", "Field Task set"],
            ["1", "3 October 2008", "SEN law and guidance, the Code of Practice", "FT1"],
            ["2", "7 November 2008", "Provision mapping to plan provision", "FT2"],
            ["3", "5 December 2008", "Access arrangements for tests and examinations; reviewing provision", "FT3"],
        ]),
        ("p", "Between Days each participant carries out three Field Tasks in school, each marked by a tutor: FT1 a policy "
              "audit; FT2 a provision map; FT3 a talk to the headteacher on what has changed."),
        ("h1", "Outcomes"),
        ("table", [
            ["Outcome", "Day", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "FT1"],
            ["Uses provision mapping to plan provision", "2", "FT2"],
            ["Identifies the access arrangements pupils need for tests and examinations", "3", "Not set"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.S2d"]) == ("met", "partially_met")


def test_a_value_the_text_says_is_shown_for_work_not_marked_assesses_nothing(tmp_path, engine):
    """'A piece shown "Open Day only" is done and talked through but not marked': a map's cell "Open Day only" under
    where each outcome is marked is no assessment."""
    f = build(tmp_path, "shown", [
        ("h1", "How to read the map"),
        ("p", "Each Module has Pieces. A Marked Piece is an assessed piece of work; a piece shown “Open Day only” is done "
              "and talked through but not marked."),
        ("table", [
            ["Outcome", "Module", "Marked Piece"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Module 1", "Piece 1"],
            ["Prioritising, managing time and delegating", "Module 2", "Open Day only"],
            ["Child development and how SEN and disability affect it", "Module 1", "Piece 2"],
        ]),
        ("p", "Pieces 1 and 2 are marked by the module tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"]) == ("met", "partially_met")


def test_a_column_of_pieces_the_text_says_are_judged_against_criteria_and_a_cell_denying_its_verb(tmp_path, engine):
    """"Sown in | Gathered in", where "Each Gathering is weighed by the tutor against the published criteria": the
    Gatherings, whatever the verb, are assessed pieces, so the column says where each outcome is assessed; a cell that
    says the row is "not gathered" says it is not."""
    f = build(tmp_path, "judged", [
        ("h1", "Gatherings"),
        ("p", "Each Gathering is weighed by the tutor who taught the Plot against the published criteria."),
        ("h1", "The crop list"),
        ("table", [
            ["Outcome", "Sown in", "Gathered in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Plot 1", "Gathering 1"],
            ["Child development and how SEN and disability affect it", "Plot 1", "Gathering 1"],
            ["Prioritising, managing time and delegating", "Plot 2", "Cover crop – dug in, not gathered"],
            ["Approaches, strategies and resources, including ICT", "Plot 2", "Gathering 2"],
            ["Deploying and managing staff", "Plot 3", "Gathering 3"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.A3"]) == ("met", "met", "partially_met")


@pytest.mark.parametrize("key", [
    [("p", "“Heard only” means the piece is played through in the rehearsal but no Recital marks it. “Rest” means the "
           "piece is not played this season.")],
    [("table", [["Term", "What it means in this plan"],
                ["Heard only", "A piece played through in the rehearsal but not marked in any Recital."],
                ["Rest", "Not in this season's plan."]])],
])
def test_values_defined_by_what_they_mean_in_quotation_marks_or_in_a_table_of_terms(tmp_path, engine, key):
    """A run of '"Rest" means the piece is not played this season.' sentences, or a table of terms and what they mean,
    is the map's key: a "Heard only" row is developed, not assessed; a "Rest" row is neither."""
    f = build(tmp_path, "means", [
        ("h1", "The map"),
        *key,
        ("table", [
            ["Outcome", "Played in", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Rehearsal 1", "Recital 1"],
            ["Prioritising, managing time and delegating", "Rehearsal 2", "Heard only"],
            ["Access arrangements for tests and examinations", "Rest", "Rest"],
            ["Child development and how SEN and disability affect it", "Rehearsal 1", "Recital 2"],
        ]),
        ("p", "Each Recital is marked by two tutors for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S2d"]) == ("met", "partially_met", "not_met")


@pytest.mark.parametrize("definitions", [
    # a value "... only" defined by itself, what checks nothing in the provider's own verb
    "Taught in names the Day. Checked in names the Piece that marks it. Talk only: raised on a Day when the group asks; "
    "no Piece ever checks it.",
    # a run of three, the last meaning going on after a semicolon
    "Taught in: the Day where the outcome is taught. Checked in: the Piece that marks it. Talk only: the mentor hears "
    "about it in school and notes it; it is not marked.",
])
def test_a_value_defined_over_a_map_as_not_marked_however_its_definitions_run(tmp_path, engine, definitions):
    f = build(tmp_path, "only", [
        ("h1", "The outcome chart"),
        ("p", definitions),
        ("table", [
            ["Outcome", "Taught in", "Checked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Piece 1"],
            ["Prioritising, managing time and delegating", "Day 2", "Talk only"],
            ["Child development and how SEN and disability affect it", "Day 1", "Piece 2"],
        ]),
        ("p", "Each Piece is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"]) == ("met", "partially_met")


@pytest.mark.parametrize("text, cell", [
    # the development column's own word, "only", in the assessment column
    ("“Sung at” gives the Day where each is taught; “Judged at” gives the Trial in which it is marked.", "Sung only"),
    # a value defined in quotation marks after a lead-in
    ("In the Judged at column, 'Warm-up only' means we work on it on the Days and the tutor gives feedback, but it is "
     "not marked.", "Warm-up only"),
])
def test_an_assessment_cell_that_says_the_outcome_is_only_worked_on(tmp_path, engine, text, cell):
    f = build(tmp_path, "worked", [
        ("h1", "Table of outcomes"),
        ("p", text),
        ("table", [
            ["Outcome", "Sung at", "Judged at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Trial 1"],
            ["Prioritising, managing time and delegating", "Day 2", cell],
            ["Child development and how SEN and disability affect it", "Day 1", "Trial 2"],
        ]),
        ("p", "Each Trial is marked by two tutors for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"]) == ("met", "partially_met")


def test_a_column_headed_by_a_kind_of_piece_the_text_says_is_marked_against_criteria(tmp_path, engine):
    """"Worked on at | Formal sample | Informal sample", where "Every formal sample is marked against the University's
    criteria": the column headed by that kind of piece says where each outcome is assessed."""
    f = build(tmp_path, "kind", [
        ("h1", "How we sample"),
        ("p", "Every formal sample is marked against the University's Level 7 criteria by the tutor."),
        ("table", [
            ["Outcome", "Worked on at", "Formal sample", "Informal sample"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Stage 1", "F1", "—"],
            ["Child development and how SEN and disability affect it", "Stage 2", "F2", "—"],
            ["Prioritising, managing time and delegating", "Stage 3", "—", "I3"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.A3"]) == ("met", "met", "partially_met")


def test_a_key_value_never_marked_or_only_to_come(tmp_path, engine):
    """"Seen only: met on a Day but never marked" assesses nothing; "Coming: to be added for the 2010-11 edition" is
    nothing of the course's yet."""
    f = build(tmp_path, "coming", [
        ("h1", "Outcomes"),
        ("p", "Key: Seen only = met on a Day but never marked; Coming = to be added for the 2010-11 edition."),
        ("table", [
            ["Outcome", "Taught in", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Return 1"],
            ["Prioritising, managing time and delegating", "Day 2", "Seen only"],
            ["Access arrangements for tests and examinations", "Coming", "Coming"],
            ["Child development and how SEN and disability affect it", "Day 1", "Return 2"],
        ]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S2d"]) == ("met", "partially_met", "not_met")


def test_a_map_numbered_by_the_providers_own_codes_in_lower_case(tmp_path, engine):
    """A catalogue's "Analytic | Title | Taught in | Marked in" over "a01", "k01", ...: the lower-case codes number the
    rows, the outcomes are in the next column, and the map says where each is taught and marked."""
    rows = [["a01", "Build fair and respectful relationships with pupils with SEN and their families", "Day 1", "Return 1"],
            ["a02", "Win the commitment of the head, senior leaders and colleagues", "Day 2", "Return 2"],
            ["a03", "Plan the week: prioritise, manage time and delegate", "Day 3", "—"],
            ["k01", "SEN law and guidance, the Code of Practice, and putting them into "
             "practice", "Day 1", "Return 1"],
            ["k04", "Know how children develop and how SEN affects development", "Day 2", "Return 2"]]
    f = build(tmp_path, "lower", [
        ("h1", "The outcomes catalogued"),
        ("table", [["Analytic", "Title (what the reader will be able to do)", "Shelved in", "Checked in"], *rows]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.A3"]) == ("met", "met", "partially_met")


@pytest.mark.parametrize("cell", ["Outside the gallery brief", "Outside this plan"])
def test_a_map_row_outside_the_provider_s_own_brief_or_plan(tmp_path, engine, cell):
    f = build(tmp_path, "outside", [
        ("h1", "Outcomes"),
        ("table", [
            ["Outcome", "Taught in", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Return 1"],
            ["Prioritising, managing time and delegating", cell, "-"],
            ["Child development and how SEN and disability affect it", "Day 1", "Return 2"],
        ]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"]) == ("met", "not_met")


@pytest.mark.parametrize("meaning", ["Planned, but moved to a later edition. It does not run in 2009-10.",
                                     "Dropped from this edition.", "The course does not address the line."])
def test_a_key_value_for_what_is_not_there_this_time(tmp_path, engine, meaning):
    """A table of terms whose value means the line is held over, dropped, or not addressed: nothing of the course's is
    there; a value whose meaning is that no piece "measures" it assesses nothing."""
    f = build(tmp_path, "held", [
        ("h1", "Key to the plan"),
        ("table", [["Term", "What it means in this plan"],
                   ["Echo only", "Heard on a Day, but no Return measures it."],
                   ["Held", meaning]]),
        ("h1", "Outcomes"),
        ("table", [
            ["Outcome", "Taught in", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Return 1"],
            ["Prioritising, managing time and delegating", "Day 2", "Echo only"],
            ["Access arrangements for tests and examinations", "Held", "Held"],
            ["Child development and how SEN and disability affect it", "Day 1", "Return 2"],
        ]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S2d"]) == ("met", "partially_met", "not_met")


def test_a_column_the_text_says_gives_the_marked_piece_and_values_defined_unquoted(tmp_path, engine):
    """"Kick-off gives the Day where the outcome is played; Result gives the marked piece where the score is kept. Rest
    means the outcome is not on this season's card. Postponed means it moves to the 2010 season.": the "Result" column
    is where each outcome is assessed, and "Rest" and "Postponed" rows are nothing of the course's."""
    f = build(tmp_path, "gives", [
        ("h1", "The season's card"),
        ("p", "Kick-off gives the Day where the outcome is played; Result gives the marked piece where the score is kept. "
              "Rest means the outcome is not on this season's card. Postponed means it moves to the 2010 season."),
        ("table", [
            ["Outcome", "Kick-off", "Result"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "The Column"],
            ["Child development and how SEN and disability affect it", "Day 2", "The Feature"],
            ["Access arrangements for tests and examinations", "Rest", "Rest"],
            ["Deploying and managing staff", "Postponed", "Postponed"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.S2d"], v["6.S4"]) == ("met", "met", "not_met", "not_met")


def test_a_column_named_elsewhere_in_the_text_as_where_each_line_is_assessed(tmp_path, engine):
    """'In the "Measured by" column, a Return number means that the line is assessed in that Return', in a section of
    its own away from the map: the column says where each outcome is assessed."""
    f = build(tmp_path, "named", [
        ("h1", "How we check"),
        ("p", "In the “Measured by” column, a Return number means that the line is assessed in that Return."),
        ("h1", "Results"),
        ("table", [
            ["Line", "Outcome (our wording)", "Room", "Measured by"],
            ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "R1"],
            ["K4", "Child development and how SEN and disability affect it", "Day 2", "R2"],
            ["K5", "The common kinds of SEN and disability and how they affect learning", "Day 2", "R2"],
            ["K6", "Approaches, strategies and resources, including ICT", "Day 3", "R3"],
            ["S4", "Deploying and managing staff", "Day 3", "R3"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.S4"]) == ("met", "met", "met")


@pytest.mark.parametrize("definition", [
    '"Slack" means the outcome is worked on at a Day but no Return marks it.',
    "Where the “Marked in” column reads Slack, the outcome is worked on at a Day but is not marked in any Return.",
    "Where it reads Slack, the outcome is worked on at a Day but is not marked in any Return.",
    "A line shown as Slack in the Marked in column is taught and practised but is not marked in any Return.",
    '4. In the Range Table, "Slack" means the outcome is taught but not marked, and "Held" means it is marked.',
    "'Slack' means it is worked on at a Day but appears in no Return.",
    "How to read the table. Where Marked in says Slack, the outcome is worked on at a Day but it is not marked in any Return.",
])
def test_a_map_s_value_defined_in_a_sentence_of_its_own(tmp_path, engine, definition):
    """A map's value defined by one sentence of the text's, quoted or not, by what it means or by what a row showing it
    is: an outcome whose "Marked in" cell is "Slack" is worked on but not assessed."""
    f = build(tmp_path, "slack", [
        ("h1", "The Range Table"),
        ("p", definition),
        ("table", [
            ["Outcome", "Taught at", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Return 1"],
            ["Child development and how SEN and disability affect it", "Day 2", "Slack"],
        ]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "partially_met")


@pytest.mark.parametrize("definition", [
    '"Fallow" means the outcome is neither given nor tested in 2009-10.',
    "A line shown as Predicted is one where the session that teaches it is still being arranged.",
    # the meaning's own clause negated, led by "it"; an item promised for a later series
    '"Fallow" means it is not played this season.',
    '"Fallow" means an item promised for a later series.',
])
def test_a_map_s_value_defined_as_nothing_of_the_course_s(tmp_path, engine, definition):
    """"... neither given nor tested", "... is one where the session that teaches it is still being arranged": a row
    showing the value says nothing of the course's is there yet."""
    value = "Fallow" if "Fallow" in definition else "Predicted"
    f = build(tmp_path, "none", [
        ("h1", "The Range Table"),
        ("p", definition),
        ("table", [
            ["Outcome", "Taught at", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Return 1"],
            ["Child development and how SEN and disability affect it", value, value],
        ]),
        ("p", "Each Return is marked by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "not_met")


def test_where_an_outcome_is_shown_beside_where_it_is_graded_is_where_it_is_developed(tmp_path, engine):
    """"Outcome | Shown in | Graded at": the outcome is developed where it is shown, and assessed where it is graded; a
    row graded "Shown only" is not assessed."""
    f = build(tmp_path, "shown", [
        ("h1", "Sale summary"),
        ("p", '"Shown only" means the outcome is shown in the Lot named but is not graded at any Inspection.'),
        ("table", [
            ["Outcome", "Shown in", "Graded at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Lot 1", "Inspection A"],
            ["Child development and how SEN and disability affect it", "Lot 2", "Shown only"],
        ]),
        ("p", "Each Inspection is a marked assignment, graded by the tutor for the award."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "partially_met")


def test_the_provider_s_numbering_before_the_outcome_s_own_id_and_words(tmp_path, engine):
    """"Cue | TDA ref | The Ensemble member ... | Performance | Shown at | State" over "Q1 | 6.K1 | Knows ... | P1 |
    Showing 1 | GO": the first column numbers the rows, the outcome is named by its id and its words (the header opens
    the sentence each cell finishes, no place where it is developed), it is developed at the Performance, assessed at the
    Showing; the State column records the row, it names no place."""
    f = build(tmp_path, "cues", [
        ("h1", "Cue synopsis"),
        ("p", "Each Showing is a marked assignment, assessed by the tutors for the award."),
        ("table", [
            ["Cue", "TDA ref", "The Ensemble member ...", "Performance", "Shown at", "State"],
            ["Q1", "6.K1", "Knows SEN law and guidance and the Code of Practice, and puts them into practice", "P1",
             "Showing 1", "GO"],
            ["Q2", "6.K4", "Knows how children develop and what affects their development", "-", "Showing 1",
             "Shown only"],
            ["Q3", "6.K5", "Knows the common kinds of SEN and disability and how they affect learning", "P2", "-",
             "Rehearsal only"],
            ["Q4", "6.K6", "Knows approaches, strategies and resources for teaching pupils with SEN", "P3", "Showing 2",
             "GO"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.K5"], v["6.K6"]) == ("met", "partially_met", "partially_met", "met")


def test_a_column_headed_by_what_the_key_s_marked_piece_does(tmp_path, engine):
    """"Stop | Worked on Duty | Ride-checked in", where the key says a Ride Check is a marked piece: the last column is
    where each outcome is assessed; "Dead run only" (worked on, but "no Ride Check looks at it") is not assessed, and
    "Withdrawn" ("it was on the pilot schedule and has been taken off") is nothing of the course's."""
    f = build(tmp_path, "ride", [
        ("h1", "Terms"),
        ("table", [["Term", "What it means"],
                   ["Ride check", "A marked piece of work, marked by the tutors for the award."],
                   ["Duty", "A taught study day."]]),
        ("p", "In the chart, Dead run only means the Stop is worked on that Duty but no Ride Check looks at it. "
              "Withdrawn means it was on the pilot schedule and has been taken off."),
        ("table", [
            ["Stop", "Worked on Duty", "Ride-checked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "101", "RC1"],
            ["The common kinds of SEN and disability and how they affect learning", "103", "RC2"],
            ["Approaches, strategies and resources for teaching pupils with SEN", "104", "RC2"],
            ["Child development and how SEN and disability affect it", "102", "Dead run only"],
            ["Access arrangements for tests and examinations", "Withdrawn", "Withdrawn"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.S2d"]) == ("met", "partially_met", "not_met")


def test_a_column_headed_by_the_provider_s_verb_for_marking_glossed_elsewhere(tmp_path, engine):
    """"Each Checkpoint is ... stamped (marked) against the University's criteria", in a section of its own: the map's
    "Stamped at" column is where each outcome is assessed; "Pledged only means the line is ... talked about on that
    Mile, but no Checkpoint stamps it" is not assessed."""
    f = build(tmp_path, "stamped", [
        ("h1", "Checkpoints"),
        ("p", "There are three Checkpoints. Each Checkpoint is a piece of written work about your own school, stamped "
              "(marked) against the University's Level 7 criteria."),
        ("h1", "Your card"),
        ("p", "Walked at says which Mile works on each line. Pledged only means the line is promised on the walk, and "
              "talked about on that Mile, but no Checkpoint stamps it."),
        ("table", [
            ["Sponsor line", "Walked at", "Stamped at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Mile 1", "Checkpoint 1"],
            ["The common kinds of SEN and disability and how they affect learning", "Mile 2", "Checkpoint 2"],
            ["Approaches, strategies and resources for teaching pupils with SEN", "Mile 3", "Checkpoint 2"],
            ["Child development and how SEN and disability affect it", "Mile 2", "Pledged only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_rows_labelled_in_the_provider_s_names_beside_the_outcome_s_words(tmp_path, engine):
    """"Mark | To round it the Competitor must | Laid on | Scored in" over "Gull Rock | Build fair, respectful ... |
    Race Day 1 | Race A": the first column only labels each row in the provider's own names; the column whose header
    opens the sentence each cell finishes names the outcomes."""
    f = build(tmp_path, "marks", [
        ("h1", "Marks of the course"),
        ("p", "Each Race is a marked assignment, assessed by the tutors for the award."),
        ("table", [
            ["Mark", "To round it the Competitor must", "Laid on", "Scored in"],
            ["Gull Rock", "Know SEN law and guidance and the Code of Practice, and put them into practice", "Race Day 1",
             "Race A"],
            ["Black Ledge", "Know how children develop and what affects their development", "Race Day 2", "Race B"],
            ["Harbour Light", "Know the common kinds of SEN and disability and how they affect learning", "Race Day 2",
             "Race B"],
            ["Long Sand", "Know approaches, strategies and resources for teaching pupils with SEN", "Race Day 3", "-"],
            ["Quay Head", "Know the principles of school self-evaluation and improvement for pupils with SEN", "-", "-"],
        ]),
    ])
    v = judge(engine, f)
    # (a row's label is no place where its outcome is developed)
    assert (v["6.K1"], v["6.K4"], v["6.K5"], v["6.K6"], v["6.K7"]) == ("met", "met", "met", "partially_met", "not_met")


def test_values_defined_mid_sentence_and_codes_with_their_number_run_on(tmp_path, engine):
    """"In the column headed Verified at, where a cell reads PRP only the Lot is worked on ... but no CCP checks it, and
    where it reads Monitoring only ... it carries no mark": both values not assessed; "CCP4", where the key says a CCP
    is a marked assessment, is one; "Verified at" is where each outcome is assessed."""
    f = build(tmp_path, "haccp", [
        ("h1", "Terms"),
        ("table", [["Term", "Meaning"],
                   ["CCP", "Critical control point: one of the four marked assessments."],
                   ["Step", "A taught study day."]]),
        ("h1", "Traceability"),
        ("p", "In the column headed Verified at, where a cell reads PRP only the Lot is worked on in the Step shown but no "
              "CCP checks it, and where it reads Monitoring only the tutor gives written feedback on it during the Step "
              "but it carries no mark."),
        ("table", [
            ["Outcome (our wording)", "Processed at", "Verified at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Step 1", "CCP1"],
            ["The common kinds of SEN and disability and how they affect learning", "Step 2", "CCP2"],
            ["Approaches, strategies and resources for teaching pupils with SEN", "Step 3", "CCP2"],
            ["Child development and how SEN and disability affect it", "Step 2", "PRP only"],
            ["School self-evaluation and improvement for pupils with SEN", "Step 4", "Monitoring only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"], v["6.K7"]) == ("met", "met", "partially_met", "partially_met")


@pytest.mark.parametrize("definition, value", [
    ("Where a column reads NR (not recorded), the course does not take that observation.", "NR"),
    ("Where the Reassessed at column reads NR, the course does not take that observation.", "NR"),
    ("Fairway only means the outcome is practised but not marked. GUR (ground under repair) means the hole is being "
     "rebuilt and will not be played until 2009-10.", "GUR"),
])
def test_a_value_defined_with_its_expansion_or_by_its_column_s_name(tmp_path, engine, definition, value):
    """"Where a column reads NR (not recorded), ...", "Where the Reassessed at column reads NR, ...", "GUR (ground under
    repair) means ... will not be played until 2009-10": a row showing the value has nothing of the course's."""
    f = build(tmp_path, "nr", [
        ("h1", "Observations"),
        ("p", "Each Handover is a marked assignment, assessed by the tutors for the award."),
        ("p", definition),
        ("table", [
            ["Line (our words)", "Taken at", "Reassessed at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Attendance 1", "Handover 1"],
            ["The common kinds of SEN and disability and how they affect learning", "Attendance 2", "Handover 2"],
            ["Approaches, strategies and resources for teaching pupils with SEN", "Attendance 3", "Handover 2"],
            ["Child development and how SEN and disability affect it", value, value],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "not_met")


@pytest.mark.parametrize("in_cell", [True, False])
def test_a_key_named_for_what_it_keys_with_each_value_given_its_column(tmp_path, engine, in_cell):
    """"Chart key (read the chart in Section 5 with this key)", then one value to a line, each with the column it stands
    in ("G in the Signed column: given, not signed for. ... not marked in any assignment"; "S in the Round column: ...
    not given at any Round"; "O in both columns: omitted"), in a cell of its own or as paragraphs; an award that asks
    for "attendance at every Round" makes no Round an assessment; "Medicine (the outcome, in our words)" is the
    outcome's name, not where it is taught."""
    import docx

    lines = ["R1 to R7 in the Round column: the Round at which the medicine is given (worked on with a tutor).",
             "S in the Round column: self-administered. The medicine is not given at any Round; the participant "
             "reads it alone.",
             "MR, CP or PV in the Signed column: signed for. The medicine is marked in that assignment and counts for "
             "the award.",
             "G in the Signed column: given, not signed for. Worked on at the Round shown but not marked in any "
             "assignment.",
             "O in both columns: omitted. The reason is recorded on the reverse of the chart."]
    d = docx.Document()
    d.add_heading("Front sheet", level=1)
    if in_cell:
        box = d.add_table(rows=1, cols=1).cell(0, 0)
        box.text = "Chart key (read the chart in Section 5 with this key)"
        for line in lines:
            box.add_paragraph(line)
        d.add_paragraph("Record allergies in red. Check the key against the current chart at every round.")
    else:
        d.add_paragraph("Chart key (read the chart in Section 5 with this key)")
        for line in lines:
            d.add_paragraph(line)
    d.add_heading("The award", level=1)
    d.add_paragraph("The award is made when the participant has passed MR, CP and PV and attendance at every Round is "
                    "recorded.")
    d.add_heading("5 The chart", level=1)
    rows = [["Line", "Medicine (the outcome, in our words)", "Round", "Signed"],
            ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "R1", "MR"],
            ["K3", "Approaches, strategies and resources for teaching pupils with SEN", "R2", "CP"],
            ["K5", "The common kinds of SEN and disability and how they affect learning", "R3", "PV"],
            ["K4", "Child development and how SEN and disability affect it", "S", "MR"],
            ["K7", "School self-evaluation and improvement for pupils with SEN", "R4", "G"],
            ["K8", "Best practice and research on meeting SEN", "O", "O"]]
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    path = tmp_path / "chart.docx"
    d.save(str(path))
    v = judge(engine, path)
    assert (v["6.K1"], v["6.K4"], v["6.K7"], v["6.K8"]) == ("met", "partially_met", "partially_met", "not_met")


def test_a_column_headed_by_a_term_the_glossary_says_is_where_each_outcome_is_marked(tmp_path, engine):
    """A table of terms far above the map gives "Fired in: The marked Post-blast Report in which the Hole is assessed"
    and "Primed only: ... but it is not marked in any Post-blast Report": the column headed "Fired in" is the map's
    assessment column, and "Primed only" in it is not assessed."""
    f = build(tmp_path, "terms", [
        ("h1", "Terms used in this Specification"),
        ("table", [["Term", "What it means in this Specification"],
                   ["Shot", "A study day at the college. There are ten Shots."],
                   ["Charged at", "The Shot where the Hole is taught and practised."],
                   ["Fired in", "The marked Post-blast Report in which the Hole is assessed against the University's "
                                "criteria."],
                   ["Primed only", "The Hole is practised on a Shot with spoken feedback, but it is not marked in any "
                                   "Post-blast Report."]]),
        ("h1", "Charging Schedule"),
        ("table", [
            ["Hole", "The participant can...", "Charged at", "Fired in"],
            ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "Shot 1", "Report 1"],
            ["K3", "The laws on disability equality and what the school must do under them", "Shot 2", "Report 2"],
            ["K5", "The common kinds of SEN and disability and how they affect learning", "Shot 3", "Report 3"],
            ["K2", "Every Child Matters and the SENCO's part in its five outcomes", "Shot 1", "Report 1"],
            ["K6", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Shot 2",
             "Report 2"],
            ["K4", "Child development and how SEN and disability affect it", "Shot 4", "Primed only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K3"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_term_table_row_naming_several_codes_and_a_value_nothing_recovered(tmp_path, engine):
    """A table of codes far above the map: "A1, A2, A3 | The three Assays: marked assignments" gives each of the three
    that meaning, so "A2" under "Assay" is assessed; "Core loss | Nothing recovered: not in the course this year" is
    nothing of the course's (not "covered" inside "recovered")."""
    f = build(tmp_path, "codes", [
        ("h1", "Logging codes"),
        ("table", [["Code", "Meaning"],
                   ["Run", "A study day at the college. There are ten Runs."],
                   ["Logged at", "The Run where the outcome is taught and practised."],
                   ["A1, A2, A3", "The three Assays: marked assignments, one per Zone."],
                   ["Logged only", "Practised on a Run, with feedback, but not sent for assay: not marked."],
                   ["Core loss", "Nothing recovered: not in the course this year."]]),
        ("h1", "Sample register"),
        ("table", [
            ["The participant can...", "Logged at", "Assay"],
            ["explain SEN law and guidance, the Code of Practice, and put them into practice", "Run 1", "A1"],
            ["explain Every Child Matters and the SENCO's part in its five outcomes", "Run 1", "A1"],
            ["explain the laws on disability equality and what the school must do under them", "Run 2", "A2"],
            ["describe the common kinds of SEN and disability and how they affect learning", "Run 3", "A3"],
            ["judge approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Run 4",
             "Logged only"],
            ["use the principles of school self-evaluation to improve outcomes for pupils with SEN", "Core loss",
             "Core loss"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K3"], v["6.K6"], v["6.K7"]) == ("met", "met", "partially_met", "not_met")


def test_a_value_defined_under_a_quoted_column_and_a_programme_s_acts_described(tmp_path, engine):
    """'"Clown entrée" under "Judged at" means a try-out: ... the skill is not judged and no mark is given': not
    assessed. The programme's numbered pieces described one to a paragraph ("Act VII: The Company. ... working with
    other services is not part of this season's show") are no key: "Act VII" in the map is still where it is taught."""
    f = build(tmp_path, "bill", [
        ("h1", "Welcome"),
        ("p", "Each Command Performance (CP1 to CP3) is a marked assignment."),
        ("p", "“Clown entrée” under “Judged at” means a try-out: the participant has a go in front of a Trainer and gets "
              "notes, but the skill is not judged and no mark is given."),
        ("h1", "The Acts"),
        ("p", "Act I: Roll Up. The law and guidance on SEN and the Code of Practice; Every Child Matters."),
        ("p", "Act II: Many Kinds of Wonder. The common kinds of SEN and disability; how they affect learning."),
        ("p", "Act III: The Company. Advising and supporting colleagues; solving problems. Working with other schools, "
              "services and agencies is not part of this season's show."),
        ("h1", "The running order of skills"),
        ("table", [
            ["Skill", "In the ring at", "Judged at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Act I", "CP1"],
            ["The common kinds of SEN and disability and how they affect learning", "Act II", "CP1"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Act I", "CP2"],
            ["Seeing problems coming and making sound decisions about provision", "Act III", "CP2"],
            ["Prioritising, managing time and delegating", "Act III", "Clown entrée"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A4"], v["6.A3"]) == ("met", "met", "partially_met")


def test_a_key_as_a_list_under_marks_used_in_the_map(tmp_path, engine):
    """A heading "Marks used in the Vat Record", then one value to a list item ("Gravity only – read ... but not marked
    in any Racking", "Held over – not in this season's Making"), then the next heading and its prose: the list is the
    key, the prose below the next heading is not."""
    f = build(tmp_path, "vat", [
        ("h1", "Marks used in the Vat Record"),
        ("bullet", "R1 … R4 – in the column ‘Racked at’: the Racking in which the quality is marked."),
        ("bullet", "Gravity only – read at a Gravity reading, with comments, but not marked in any Racking."),
        ("bullet", "Held over – not in this season's Making."),
        ("h1", "The Making, in brief"),
        ("p", "The Making has one aim: that pupils with SEN in our participants' schools make faster progress."),
        ("h1", "The Vat Record"),
        ("table", [
            ["Quality (in our words)", "Pressed on", "Racked at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "PD1", "R1"],
            ["The common kinds of SEN and disability and how they affect learning", "PD2", "R1"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "PD1", "R2"],
            ["Child development and how SEN and disability affect it", "PD3", "Gravity only"],
            ["School self-evaluation and improvement for pupils with SEN", "Held over", "Held over"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.K7"]) == ("met", "partially_met", "not_met")


def test_a_key_value_named_by_its_number(tmp_path, engine):
    """"A Task number in the last column means the Duty is marked in that Task. 'Shadowed only' means ... not marked in
    any Task": "Task 2" in that column is assessed, "Shadowed only" is not."""
    f = build(tmp_path, "board", [
        ("h1", "The Duties Board"),
        ("p", "4.2 Values on the Board. A Task number in the last column means the Duty is marked in that Task. "
              "'Shadowed only' means the Duty is done on the Yard Days but is not marked in any Task."),
        ("table", [
            ["Duty (in our words)", "Done on Yard Day", "Passed out at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Task 1"],
            ["The common kinds of SEN and disability and how they affect learning", "2", "Task 2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "1", "Task 1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "4", "Task 2"],
            ["Child development and how SEN and disability affect it", "3", "Shadowed only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


@pytest.mark.parametrize("note, k7", [
    ("In 2009-10 this part of Task 3 is formative only: the participant gets written feedback but no mark.",
     "partially_met"),
    ("From the January intake this outcome leaves Task 3 and is looked at only in Check 3.", "partially_met"),
    ("Task 3 is handed in by the end of June.", "met"),
])
@pytest.mark.parametrize("coded", [False, True])
def test_a_footnote_on_a_map_s_assessment_cell(tmp_path, engine, note, k7, coded):
    """A footnote whose mark stands in a map's assessment cell ("Task 3¹") and says the outcome is formative only there,
    or only looked at in a piece the key says is not marked, takes the mark away; a footnote saying something else
    does not. So too where a column of the provider's part numbers stands first ("KV 105 | ... | Day 4 | Task 3¹")."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from docx_fixtures import FOOTNOTES_CT, R_NS, W_NS

    d = docx.Document()
    d.add_heading("The assessment", level=1)
    d.add_paragraph("Tasks 1 to 3 are the marked assignments.")
    d.add_paragraph("“Check” means a short piece of work a tutor comments on; a Check is not marked. “Day” means a "
                    "taught study day.")
    rows = [["Outcome (our words)", "Taught on", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "Task 1"],
            ["The common kinds of SEN and disability and how they affect learning", "Day 2", "Task 1"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Day 1", "Task 2"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Day 3",
             "Task 2"],
            ["School self-evaluation and improvement for pupils with SEN", "Day 4", "Task 3"]]
    if coded:
        rows = [["Part", *rows[0]]] + [[f"KV 10{n}", *row] for n, row in enumerate(rows[1:], start=1)]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    run = t.cell(5, len(rows[0]) - 1).paragraphs[0].add_run()
    run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="1"/>'))
    notes = (f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote>'
             f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t>'
             '</w:r></w:p></w:footnote></w:footnotes>')
    d.part.relate_to(Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, notes.encode("utf-8"), d.part.package),
                     RT.FOOTNOTES)
    path = tmp_path / "noted.docx"
    d.save(str(path))
    v = judge(engine, path)
    assert (v["6.K1"], v["6.K7"]) == ("met", k7)


def test_a_term_table_row_of_several_values_sharing_their_first_word(tmp_path, engine):
    """Terms "Rated A, Rated B, Rated C | ... the outcome is marked in that Rating" (six words, three values) and
    "Rating A, B, C | The three marked assignments" (the later letters take the first's word): "Rated B" in the map is
    assessed, "Rate noted" is not."""
    f = build(tmp_path, "rates", [
        ("h1", "Terms used in this Bulletin"),
        ("table", [["Term", "What it means"],
                   ["Period", "One of the six taught blocks."],
                   ["Rating A, B, C", "The three marked assignments."],
                   ["Rated A, Rated B, Rated C", "In the Table of Daily Rates: the outcome is marked in that Rating."],
                   ["Rate noted", "The Observer watches the outcome in the Period and writes a note, with feedback, "
                                  "but it is not marked."]]),
        ("h1", "Table of Daily Rates"),
        ("table", [
            ["Outcome (as our Observers put it)", "Observed in Period", "Rated"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "I", "Rated A"],
            ["The common kinds of SEN and disability and how they affect learning", "II", "Rated B"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "I", "Rated A"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "III",
             "Rated C"],
            ["Child development and how SEN and disability affect it", "II", "Rate noted"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_key_as_a_run_of_definitions_some_marked_some_not(tmp_path, engine):
    """A key written as list items, each a label and its meaning ("Inspected: the element is marked against written
    criteria ...", "Visual only: ... it is not marked", "Not accessed: ... no Inspection reaches it"): the marked one
    is read too, so "Inspected: Portfolio" in the map is assessed."""
    f = build(tmp_path, "fabric", [
        ("h1", "Limitations of this report"),
        ("bullet", "Inspected: the element is marked against written criteria in one of the two Inspections and must "
                   "be passed."),
        ("bullet", "Visual only: the element is looked at in a Bay and given feedback, but it is not marked."),
        ("bullet", "Not accessed: the element is taught in a Bay, but no Inspection reaches it."),
        ("h1", "Record of the fabric"),
        ("table", [
            ["Element (what the SENCO can do)", "Laid in", "Inspected at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Bay 1", "Inspected: Portfolio"],
            ["The common kinds of SEN and disability and how they affect learning", "Bay 2", "Inspected: Fabric Report"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Bay 1", "Inspected: Portfolio"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Bay 3",
             "Inspected: Fabric Report"],
            ["Child development and how SEN and disability affect it", "Bay 2", "Visual only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_key_as_list_items_each_value_and_its_meaning_after_a_dash(tmp_path, engine):
    """A key written as list items with a dash between value and meaning ("Nose only - the attribute is developed at
    a Brew Day but no Cask assesses it;"): a row showing "Nose only" is not assessed, even with a Cask beside it."""
    f = build(tmp_path, "profile", [
        ("h1", "Method"),
        ("p", "For each attribute the panel agreed one profile value:"),
        ("bullet", "To type - the attribute is developed at a Brew Day and assessed in a Cask;"),
        ("bullet", "Nose only - the attribute is developed at a Brew Day but no Cask assesses it;"),
        ("bullet", "Palate only - a Cask assesses the attribute but no Brew Day develops it;"),
        ("bullet", "Not detected - the panel could not find the attribute in the brew."),
        ("h1", "Results: attribute profile"),
        ("table", [
            ["Attribute (the participant can ...)", "Brew Day", "Cask", "Profile"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "A", "To type"],
            ["The common kinds of SEN and disability and how they affect learning", "2", "B", "To type"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "1", "A", "To type"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "3", "B",
             "To type"],
            ["Child development and how SEN and disability affect it", "2", "B", "Nose only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_finish_the_key_says_carries_no_mark_beside_where_it_is_taught(tmp_path, engine):
    """A map whose state column stands beside where the outcome is worked ("Worked on | Finish | Checked at"), the key
    far above: a row "BD2 | Dry-laid | TC1" is tried at the Check but carries no mark, so it is not assessed there."""
    f = build(tmp_path, "stones", [
        ("h1", "Notes to the banker"),
        ("p", 'N3 FINISHES. The Finish column of the Schedule of Stones uses the Yard\'s finishes. "Fair-worked" means the '
              'stone is worked on the Banker Days shown and marked at the Template Check shown. "Dry-laid" means the '
              'stone is tried in position at the Template Check shown and the Master Mason gives spoken comments on '
              'it, but it carries no mark. "Not cut" means the stone is not in this job.'),
        ("h1", "Schedule of stones"),
        ("table", [
            ["Course and position", "Worked on", "Finish", "Checked at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "BD1", "Fair-worked", "TC1"],
            ["The common kinds of SEN and disability and how they affect learning", "BD2", "Fair-worked", "TC2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "BD1", "Fair-worked", "TC1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "BD3",
             "Fair-worked", "TC2"],
            ["Child development and how SEN and disability affect it", "BD2", "Dry-laid", "TC1"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_quoted_value_with_a_full_stop_in_it_is_read_whole(tmp_path, engine):
    """A key whose value has a full stop inside its quotation marks ('"Sup. note" means your Supervisor writes a
    comment ...; it carries no mark'): the value is not cut at "Sup.", so a row signed off "Sup. note" is not assessed."""
    f = build(tmp_path, "logbook", [
        ("h1", "Notes for the holder"),
        ("p", '8. In Part D the column "Signed off" shows how each line is assessed. "TS1" to "TS4" means the line is '
              'assessed in that Task Sheet and marked by an Assessor. "Sup. note" means your Supervisor writes a comment '
              'in your log at the Dive; it carries no mark and does not count towards the Award.'),
        ("h1", "Part D: Competence record"),
        ("table", [
            ["What the holder can do", "Dive(s)", "Signed off"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Dive 1", "TS1"],
            ["The common kinds of SEN and disability and how they affect learning", "Dive 2", "TS2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Dive 1", "TS1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Dive 3", "TS3"],
            ["Child development and how SEN and disability affect it", "Dive 2", "Sup. note"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_run_of_definitions_one_of_them_a_label_of_four_words(tmp_path, engine):
    """Paragraphs each defining a value, one of them a label of four words ("Not on the pattern: it is not part of this
    course."): the run is three long, so "Tacked" (talked through, not marked in any Piece) is read as a key."""
    f = build(tmp_path, "booklet", [
        ("h1", "How to read your Stitch Record"),
        ("p", "Tacked: your tutor looks at it with you at the bench and talks it through, but it is not marked in any "
              "Piece."),
        ("p", "Stamped only: it is marked in a Piece, but no Bench Day teaches it."),
        ("p", "Not on the pattern: it is not part of this course."),
        ("h1", "Your Stitch Record"),
        ("table", [
            ["Outcome", "Taught on", "Marked in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Bench Day 1", "Piece 1"],
            ["The common kinds of SEN and disability and how they affect learning", "Bench Day 2", "Piece 2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Bench Day 1", "Piece 1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Bench Day 3",
             "Piece 2"],
            ["Child development and how SEN and disability affect it", "Bench Day 2", "Tacked"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_map_whose_outcomes_stand_after_several_columns_of_the_provider_s_own_labels(tmp_path, engine):
    """"No. | Stop | Pitch | What the participant will be able to do | Voiced on | Marked in": the number, the stop's
    name and its pitch only label the row; the outcome is read from its column and the map from the two after it."""
    f = build(tmp_path, "organ", [
        ("h1", "Tonal scheme"),
        ("p", "Each stop is voiced on a study day (D1 to D8) and marked in a task (TF1 to TF3)."),
        ("table", [
            ["No.", "Stop", "Pitch", "What the participant will be able to do", "Voiced on", "Marked in"],
            ["1", "Open Wood", "16'", "Know SEN law and guidance, the Code of Practice, and put them into practice",
             "D1", "TF1"],
            ["2", "Bourdon", "16'", "Know the common kinds of SEN and disability and how they affect learning", "D2",
             "TF1"],
            ["3", "Principal", "8'", "Know Every Child Matters and the SENCO's part in its five outcomes", "D1", "TF2"],
            ["4", "Bass Flute", "8'", "Know approaches, strategies and resources, including ICT, for assessing, "
                                       "planning and teaching", "D3", "TF2"],
            ["5", "Fifteenth", "4'", "Know child development and how SEN and disability affect it", "D2", "-"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_schedule_of_items_numbered_in_parts_keyed_by_codes_unquoted(tmp_path, engine):
    """"Item | Fitting | Bench Day | Finish" over "1.1 | Build fair relationships ... | BD4 | IP3", the key in a note
    far above ("IP1, IP2 or IP3 means the fitting is fixed: marked at that Inspection Point against the published
    criteria. "Dry-fit only" means ... never marked."): the item numbers are set aside and the codes read as marked."""
    f = build(tmp_path, "fittings", [
        ("h1", "General notes"),
        ("p", '6. Finish codes used on the schedule. IP1, IP2 or IP3 means the fitting is fixed: marked at that '
              'Inspection Point against the published criteria. "Dry-fit only" means the fitting is made and tried at '
              'the bench and a tutor comments on it, but it is never marked.'),
        ("h1", "Schedule of fittings"),
        ("table", [
            ["Item", "Fitting", "Bench Day", "Finish"],
            ["1.1", "SEN law and guidance, the Code of Practice, and putting them into practice", "BD1", "IP1"],
            ["1.2", "The common kinds of SEN and disability and how they affect learning", "BD2", "IP1"],
            ["1.3", "Every Child Matters and the SENCO's part in its five outcomes", "BD1", "IP2"],
            ["1.4", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "BD3",
             "IP2"],
            ["1.5", "Child development and how SEN and disability affect it", "BD2", "Dry-fit only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_run_of_definitions_one_label_with_a_comma_and_the_outcome_column_in_our_words(tmp_path, engine):
    """List items defining the Status values, one label with a comma in it ("Filled, no regauge: ..."), so the run is
    read as a key; the outcomes' column "Contents (outcome, our words)" is no place where an outcome is developed."""
    f = build(tmp_path, "regauge", [
        ("h1", "Method of gauging"),
        ("bullet", "Regauged: filled (taught) in the Warehouse shown and measured in the marked Regauge shown."),
        ("bullet", "Dipped only: filled in the Warehouse shown and looked at, but not measured in any Regauge."),
        ("bullet", "Filled, no regauge: taught, and no Regauge measures it yet."),
        ("bullet", "Empty: not part of this year's course."),
        ("h1", "Cask stock reconciliation"),
        ("table", [
            ["Contents (outcome, our words)", "Filled", "Status"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "W1", "Regauged"],
            ["The common kinds of SEN and disability and how they affect learning", "W2", "Regauged"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "W1", "Regauged"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "W3",
             "Regauged"],
            ["Child development and how SEN and disability affect it", "W2", "Filled, no regauge"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_codes_named_as_the_marked_submissions_after_a_lead_naming_the_column(tmp_path, engine):
    """"How to read the Evaluation round column in 5.2: R1, R2 and R3 are the marked Submissions, ... "Panel only" means
    ... it is not marked.": R1 in that column is assessed, "Panel only" is not (codes that are only "the assignments
    described" say nothing of marking)."""
    f = build(tmp_path, "brief", [
        ("h1", "Facets"),
        ("table", [
            ["Facet", "Accord", "Evaluation round"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "A", "R1"],
            ["The common kinds of SEN and disability and how they affect learning", "B", "R1"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "A", "R2"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "C", "R2"],
            ["Child development and how SEN and disability affect it", "B", "Panel only"],
        ]),
        ("h1", "Submission requirements"),
        ("p", 'How to read the Evaluation round column in 5.2: R1, R2 and R3 are the marked Submissions, each marked '
              'against criteria for every facet listed against it. "Panel only" means the facet is discussed at the '
              'consumer panel in June and the Nose receives spoken feedback; it is not marked.'),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_key_value_with_its_number_left_open(tmp_path, engine):
    """'"ACTIONED at Dn" means the item is practised ... and then marked at Debrief Dn. "ROGER" means ... nothing is
    marked': a cell "ACTIONED at D3" is the first value, with its number, so the row is assessed."""
    f = build(tmp_path, "radio", [
        ("h1", "Log-keeping notes"),
        ("p", '4. In the Traffic List at the end of this log, "ACTIONED at Dn" means the item is practised on a Call-out '
              'and then marked at Debrief Dn. "ROGER" means the item is practised on a Call-out and talked through, but '
              'nothing is marked against it.'),
        ("h1", "Traffic list"),
        ("table", [
            ["What a SENCO can do", "Practised on", "Status"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "CO1", "ACTIONED at D1"],
            ["The common kinds of SEN and disability and how they affect learning", "CO2", "ACTIONED at D2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "CO1", "ACTIONED at D1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "CO3",
             "ACTIONED at D3"],
            ["Child development and how SEN and disability affect it", "CO2", "ROGER"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_value_not_done_in_the_text_s_own_word_for_marking(tmp_path, engine):
    """'In the "Tolled at" column, T1, T2, T3 or T4 means the item is marked in that Toll; ... "Deck cargo" means the item
    is carried on its Load but is not tolled': "tolled" is the text's word for marked, so "Deck cargo" is not assessed."""
    f = build(tmp_path, "waybill", [
        ("h1", "Conditions of carriage"),
        ("p", 'Condition 9. Terms used on the Manifest. In the "Tolled at" column, T1, T2, T3 or T4 means the item is '
              'marked in that Toll by two Toll Clerks; "Deck cargo" means the item is carried on its Load but is not '
              'tolled.'),
        ("h1", "Cargo manifest"),
        ("table", [
            ["Item", "Loaded at", "Tolled at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Load 1", "T1"],
            ["The common kinds of SEN and disability and how they affect learning", "Load 2", "T2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Load 1", "T1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Load 3",
             "T3"],
            ["Child development and how SEN and disability affect it", "Load 2", "Deck cargo"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def test_a_column_defined_in_quotation_marks_in_terms_set_out_below_the_map(tmp_path, engine):
    """'1.4 "Sealed" gives where an Item is marked: S1, S2 or S3 is the Sealed piece in which it is marked', in the
    terms at the end under their own heading: the map's "Sealed" column says where each outcome is assessed."""
    f = build(tmp_path, "quotation", [
        ("h1", "Schedule of items"),
        ("table", [
            ["Item", "Bound at", "Sealed"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Day 1", "S1"],
            ["The common kinds of SEN and disability and how they affect learning", "Day 2", "S2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Day 1", "S1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and "
             "teaching", "Day 3", "S3"],
            ["Child development and how SEN and disability affect it", "Day 2", "Bound only"],
        ]),
        ("h1", "Terms of business"),
        ("p", "1.3 'Bound at' names the Day where an Item is taught, and 'Sealed' the piece where it is marked."),
        ("p", '1.4 "Sealed" gives where an Item is marked: S1, S2 or S3 is the Sealed piece in which it is marked.'),
        ("p", '1.5 "Bound only" means the Item is taught on a Day but is not marked in any Sealed piece.'),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"]) == ("met", "met", "partially_met")


def _entries_with_their_state_in_the_title(states: list[str]) -> list[tuple]:
    """A catalogue's entries, one to an outcome: a title with the entry's state after a middle dot, then labelled lines,
    the outcome in the provider's words under "Grain"; the key to the states at the front."""
    outcomes = ["The member knows the law on SEN and the Code of Practice and how to put them into practice.",
                "The member knows the common kinds of SEN and how each affects learning.",
                "The member knows the principles of Every Child Matters and the SENCO's part in them.",
                "The member weighs up approaches, strategies and resources, ICT included, for assessing, planning and "
                "teaching.",
                "The member knows how children develop and how SEN and disability affect it."]
    blocks = [("h1", "How to read the catalogue"),
              ("p", "Turned (T1), Turned (T2), Turned (T3): the entry is marked in that Turning, one of the three marked "
                    "pieces of work for the Award."),
              ("p", "Rough cut: the entry is worked on at a Bench Day and talked over, but it is not marked."),
              ("p", "Seasoning: the entry is not in this year's catalogue."),
              ("h1", "This year's catalogue")]
    for n, (outcome, state) in enumerate(zip(outcomes, states), start=1):
        blocks += [("h2", f"Board {n} Old Oak · {state}"), ("p", f"Grain: {outcome}"),
                   ("p", f"Bench: Bench Day {n}, with a case to work through."), ("p", "Finish: see the state above.")]
    return blocks


def test_entries_whose_title_gives_their_state_keyed_at_the_front(tmp_path, engine):
    """Entries of labelled lines ("Grain: <the outcome in our words>", "Bench: Bench Day 2"), each titled with its
    state after a middle dot ("Board 2 Old Oak · Turned (T2)") that a key at the front defines ("Turned (T1), Turned
    (T2), Turned (T3): ... marked in that Turning"; "Rough cut: ... not marked"): read as a map whose state column says
    which outcomes are assessed, a state naming two pieces ("Turned (T1 and T3)") as marked in both."""
    f = build(tmp_path, "catalogue", _entries_with_their_state_in_the_title(
        ["Turned (T1)", "Turned (T1 and T3)", "Turned (T2)", "Turned (T3)", "Rough cut"]))
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K2"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "met", "partially_met")


def test_a_table_of_terms_giving_each_term_s_codes_in_brackets(tmp_path, engine):
    """A table of terms: "Core (C1, C2, C3) | A marked assignment ... the only work that counts towards the award", "Grab
    (G) | ... never marked": a map's "C2" is a Core, assessed; its "G" a Grab, not."""
    f = build(tmp_path, "cruise", [
        ("h1", "Terms used in this plan"),
        ("table", [
            ["Term", "What it means"],
            ["Station", "A study day, numbered St 1 to St 9."],
            ["Core (C1, C2, C3)", "A marked assignment; Cores are the only work that counts towards the award."],
            ["Grab (G)", "A quick sample looked at together at a Station: discussed, but never marked."],
        ]),
        ("h1", "The sample log"),
        ("table", [
            ["Log", "What the member can do", "Taken at", "Cored in"],
            ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "St 1", "C1"],
            ["K5", "The common kinds of SEN and disability and how they affect learning", "St 2", "C2"],
            ["K2", "Every Child Matters and the SENCO's part in its five outcomes", "St 1", "C1"],
            ["K6", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "St 3",
             "C3"],
            ["K4", "Child development and how SEN and disability affect it", "St 2", "G"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_key_s_list_items_each_defining_several_values_named_in_full(tmp_path, engine):
    """"Struck at AP1, Struck at AP2 or Struck at AP3: the ware is marked in that Assay Piece", then "Touched only:
    ... gives no mark": each value defined, so the map's "Struck at AP2" is assessed and "Touched only" is not."""
    f = build(tmp_path, "assay", [
        ("h1", "Notes"),
        ("p", "Note 3. The column headed Result says how the ware is tried, in one of three ways:"),
        ("bullet", "Struck at AP1, Struck at AP2 or Struck at AP3: the ware is marked in that Assay Piece against the "
                   "criteria on its brief."),
        ("bullet", "Touched only: an Assayer reads the exercise and writes comments on it but gives no mark."),
        ("bullet", "Not sent: the ware is not part of this consignment."),
        ("h1", "Schedule of wares"),
        ("table", [
            ["Description (our words)", "Worked at (Bench Day)", "Result"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Struck at AP1"],
            ["The common kinds of SEN and disability and how they affect learning", "2", "Struck at AP2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "1", "Struck at AP1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "3",
             "Struck at AP3"],
            ["Child development and how SEN and disability affect it", "2", "Touched only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_column_named_for_the_piece_each_one_of_which_is_marked(tmp_path, engine):
    """"Performed in", where "Each Performance is marked by two Fight Instructors": the column of P1, P2, P3 says where
    each outcome is assessed; a row whose piece the key says was cut from this version ("Cut: taken out of this version
    of the fight") is not assessed."""
    f = build(tmp_path, "fight", [
        ("h1", "Notation"),
        ("p", "Call: taught at the Academy on a Saturday."),
        ("p", "Half speed: rehearsed in school with the Fight Captain, who gives written feedback. Not marked."),
        ("p", "Cut: taken out of this version of the fight."),
        ("h1", "Performances"),
        ("p", "Performance 1 is a written review; Performance 2 is a case study; Performance 3 is a change led in "
              "school. Each Performance is marked by two Fight Instructors, who agree one mark."),
        ("h1", "Moves list"),
        ("table", [
            ["In our words", "Learned in", "Performed in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Call 1", "P1"],
            ["The common kinds of SEN and disability and how they affect learning", "Call 2", "P2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Call 1", "P1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Call 3",
             "P3"],
            ["Child development and how SEN and disability affect it", "Call 2", "Cut (see Call 2)"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_column_the_text_says_names_either_of_two_kinds_of_piece_where_it_is_marked(tmp_path, engine):
    """'the "Lit at" column names the Lamp Check or the Procession where it is marked': the column says where each
    outcome is assessed, whichever of the two it names."""
    f = build(tmp_path, "procession", [
        ("h1", "How to read the Lantern List"),
        ("p", 'In the Lantern List the "Made at" column names the Workshop where a lantern is made, and the "Lit at" '
              'column names the Lamp Check or the Procession where it is marked.'),
        ("h1", "Lantern List"),
        ("table", [
            ["Lantern (what the SENCO can do)", "Made at", "Lit at"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "W2", "LC1"],
            ["The common kinds of SEN and disability and how they affect learning", "W4", "LC2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "W2", "LC1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "W4",
             "Procession"],
            ["Child development and how SEN and disability affect it", "W3", "-"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_codes_under_a_quoted_column_named_for_the_pieces_that_are_marked(tmp_path, engine):
    """'Under "Played in", M, S and R stand for The March, The Strathspey and The Reel. Those are the three Tunes the
    Bench judges, so an Embellishment with a letter there is marked': the column says where each outcome is assessed."""
    f = build(tmp_path, "tutor", [
        ("h1", "How to read the table"),
        ("bullet", 'Under "Learned in", the numbers are the Lessons where an Embellishment is taught.'),
        ("bullet", 'Under "Played in", M, S and R stand for The March, The Strathspey and The Reel. Those are the three '
                   'Tunes the Bench judges, so an Embellishment with a letter there is marked.'),
        ("bullet", '"Chanter only" means the Embellishment is practised in the Lessons but never judged by the Bench and '
                   'carries no marks.'),
        ("h1", "Embellishments"),
        ("table", [
            ["Embellishment: what the piper can do", "Learned in", "Played in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "M"],
            ["The common kinds of SEN and disability and how they affect learning", "2", "S"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "1", "M"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "3", "R"],
            ["Child development and how SEN and disability affect it", "2", "Chanter only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_key_of_dashed_lines_one_value_with_its_number_left_open_in_brackets(tmp_path, engine):
    """Four definitions after a dash, one of them a value whose code is left open in brackets ("Curative (CWn) - no
    Timing sprays it; it is marked at the Crop Walk shown"): the run is a key, so "CW2" is marked and "Protectant only"
    is not."""
    f = build(tmp_path, "spray", [
        ("h1", "Notes"),
        ("p", "Note 6. The Target Sheet. Its Timing column gives the Timing at which the target is taught. Its Control "
              "column says how the target is checked:"),
        ("p", "CW1, CW2 or CW3 – controlled: the target is looked for and marked at that Crop Walk."),
        ("p", "Protectant only – sprayed at the Timing shown, but not looked for at any Crop Walk, so not marked."),
        ("p", "Curative (CWn) – no Timing sprays it; it is looked for and marked at the Crop Walk shown."),
        ("p", "Not targeted – not in this season's programme."),
        ("h1", "Target sheet"),
        ("table", [
            ["Target: what the Scout can do (our words)", "Timing", "Control"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "T1", "CW1"],
            ["The common kinds of SEN and disability and how they affect learning", "T2", "CW2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "T1", "CW1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "T3", "CW3"],
            ["Child development and how SEN and disability affect it", "T2", "Protectant only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_term_defined_as_a_marked_piece_with_its_codes_listed_at_the_end(tmp_path, engine):
    """"Assault: one of the three marked pieces of work, A1, A2 and A3": a map's "A2" is an Assault, assessed; its
    "Bout" (a short task ... not marked) is not."""
    f = build(tmp_path, "salle", [
        ("h1", "Words of the Salle"),
        ("bullet", "Lesson: one of the ten taught days at the Salle."),
        ("bullet", "Bout: a short task done in school between Lessons and talked over; Bouts are not marked."),
        ("bullet", "Assault: one of the three marked pieces of work, A1, A2 and A3."),
        ("h1", "The Scholar's table"),
        ("table", [
            ["The Scholar can ...", "Taught at", "Touched in"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Lesson I", "A1"],
            ["The common kinds of SEN and disability and how they affect learning", "Lesson II", "A2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Lesson I", "A1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Lesson III",
             "A3"],
            ["Child development and how SEN and disability affect it", "Lesson II", "Bout"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_map_after_a_number_and_a_label_column_keyed_by_numbered_definitions(tmp_path, engine):
    """"Gate | Colour | What the paddler must show (our words) | Hung on | Judged in": the outcome after a number and a
    label, its "Judged in" codes ("S2", not the outcome 6.S2) keyed by numbered definitions ("7. S1, S2 or S3: the gate
    is judged in that Section and marked", "9. Open gate: ... it has no judge. Nobody marks it.")."""
    f = build(tmp_path, "slalom", [
        ("h1", "Gate Judges' Instructions"),
        ("p", "6. How to read the Course Plan. The column Hung on gives the Run on which the gate is taught."),
        ("p", "7. S1, S2 or S3: the gate is judged in that Section and marked."),
        ("p", "8. Training gate: the Coach looks at a draft at the Run and gives feedback, but nothing is marked."),
        ("p", "9. Open gate: the gate is hung and paddled on its Run, but it has no judge. Nobody marks it."),
        ("p", "10. Not hung: there is no such gate on the course this season."),
        ("h1", "The Course Plan"),
        ("table", [
            ["Gate", "Colour", "What the paddler must show (our words)", "Hung on", "Judged in"],
            ["1", "G", "SEN law and guidance, the Code of Practice, and putting them into practice", "Run 1", "S1"],
            ["2", "R", "The common kinds of SEN and disability and how they affect learning", "Run 2", "S2"],
            ["3", "G", "Every Child Matters and the SENCO's part in its five outcomes", "Run 1", "S1"],
            ["4", "R", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching",
             "Run 3", "S3"],
            ["5", "G", "Child development and how SEN and disability affect it", "Run 2", "Open gate"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "met", "partially_met")


def test_a_piece_s_list_of_what_it_signs_off(tmp_path, engine):
    """"Your school's provision map with a 3,000-word report. Signed off in this piece:" then the outcomes as list
    items: each is assessed in that piece; one taught at a session and signed off nowhere is not."""
    f = build(tmp_path, "booking", [
        ("h1", "Dry Sessions"),
        ("p", "Dry Session 1 covers the SEN Code of Practice and the law on SEN, and how to put them into practice."),
        ("p", "Dry Session 2 covers how children develop and how SEN and disability affect their development."),
        ("h1", "Sign-off 2: Chart of the School"),
        ("p", "Your school's provision map with a 3,000-word report. Signed off in this piece:"),
        ("bullet", "the provision map, and the missing or ineffective provision it shows;"),
        ("bullet", "how the map meets the SEN Code of Practice and the law on SEN;"),
        ("bullet", "how teaching assistants and other staff are deployed and managed."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "partially_met")


def test_a_menu_s_definitions_naming_its_marked_pieces_and_a_number_for_off_the_menu(tmp_path, engine):
    """"Signature Plates (SP1, SP2, SP3): the three pieces of work that are marked. ... a Signature Plate in the On the
    bill column means that line is marked in that Plate", "T: a taster ... never marked", "86: ... off the menu this
    season: not served and not marked": SP2 is assessed, "T" is not, "86" is nothing at all."""
    f = build(tmp_path, "menu", [
        ("h1", "How to read our menu"),
        ("p", "Courses: the seven study days, served at the long table."),
        ("p", "Signature Plates (SP1, SP2, SP3): the three pieces of work that are marked. On the Bread Board, a "
              "Signature Plate in the On the bill column means that line is marked in that Plate."),
        ("p", "T: a taster. A line marked T is tried at the table and the chef comments on it; tasters are never marked."),
        ("p", "86: in a kitchen, 86 means we have run out. On the Bread Board it means the line is off the menu this "
              "season: not served and not marked."),
        ("h1", "The Bread Board"),
        ("table", [
            ["What you will be able to do", "Served at", "On the bill"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Course One", "SP1"],
            ["The common kinds of SEN and disability and how they affect learning", "Course Two", "SP2"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Course One", "SP1"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching",
             "Course Three", "T"],
            ["Child development and how SEN and disability affect it", "86", "86"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K4"]) == ("met", "met", "partially_met", "not_met")


def test_a_map_whose_rows_name_most_outcomes_under_a_header_of_its_own_keyed_by_codes_each_in_brackets(tmp_path, engine):
    """"No. | Tool | What it is for in a SENCO's hands | Bench Day | How it comes to you": no header says the column names
    outcomes, but its rows name twenty-odd of them, a different one in each, so it is a map; its key gives each code in
    brackets of its own, after a dash ("Issued and checked (C1), (C2) or (C3) – ... checked, that is marked, in the Tool
    Check named")."""
    rows = [
        ("Fair, respectful relationships with pupils with SEN and with their parents and carers", "6", "Issued"),
        ("Gaining the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils with "
         "SEN", "5", "Issued and checked (C3)"),
        ("Setting priorities, managing time and delegating tasks", "4", "Issued and checked (C2)"),
        ("Anticipating and resolving problems and making sound decisions about provision", "4", "Issued and checked (C2)"),
        ("Saying and writing clearly what you mean; listening to and understanding the views of others", "5",
         "Issued and checked (C3)"),
        ("Using research evidence and outside advice to improve practice", "7", "Issued and checked (C3)"),
        ("Keeping up to date with SEN and disability and taking charge of your own professional development", "8",
         "Issued"),
        ("SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Issued and checked (C1)"),
        ("Every Child Matters and the SENCO's part in its five outcomes", "1", "Issued and checked (C1)"),
        ("The disability equality duty and the law on disability", "1", "Issued and checked (C1)"),
        ("Child development and how SEN and disability affect it", "2", "Issued"),
        ("The common kinds of SEN and disability and how they affect learning", "2", "Issued and checked (C2)"),
        ("Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "3",
         "Issued and checked (C2)"),
        ("School self-evaluation and improvement planning", "7", "Issued and checked (C3)"),
        ("Best practice in teaching and learning for pupils with SEN", "7", "Issued and checked (C3)"),
        ("The role of external agencies, and getting specialist support for pupils", "–", "Not in this roll"),
        ("Shaping the school's SEN policy and provision with senior leaders and governors", "7",
         "Issued and checked (C3)"),
        ("Identifying pupils with SEN from observation and data, setting targets and reviewing progress", "3",
         "Issued and checked (C2)"),
        ("Provision mapping and managing the school's provision for pupils with SEN", "4", "Issued and checked (C2)"),
        ("Deploying and managing teaching assistants and other staff", "4", "Issued and checked (C2)"),
        ("Supporting colleagues' development through coaching, observation and feedback", "5", "Issued"),
        ("Reviewing provision with staff and evaluating its impact", "7", "Issued and checked (C3)"),
        ("Involving pupils in planning, agreeing and reviewing their own provision", "–", "Not in this roll"),
        ("Liaising with parents and carers to support their children's learning", "6", "Issued and checked (C3)"),
    ]
    f = build(tmp_path, "toolroll", [
        ("h1", "How the tools come to you"),
        ("bullet", "Issued and checked (C1), (C2) or (C3) – we teach you to use it on the Bench Day shown, and it is "
                   "checked, that is marked, in the Tool Check named in the brackets."),
        ("bullet", "Issued – we teach you to use it on the Bench Day shown, but it is not checked in any Tool Check and "
                   "carries no marks."),
        ("bullet", "Not in this roll – we do not issue it this year."),
        ("h1", "The Tool Roll"),
        ("table", [["No.", "Tool", "What it is for in a SENCO's hands", "Bench Day", "How it comes to you"],
                   *[[f"T{i}", f"Tool {i}", what, day, how] for i, (what, day, how) in enumerate(rows, start=1)]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K4"], v["6.S7"]) == ("met", "met", "partially_met", "not_met")


def test_a_key_table_titled_above_it_its_marking_verb_glossed_and_pieces_coded_after_their_name(tmp_path, engine):
    """"Key to the restoration chart" over a table of states with no header row ("Original | ... fired (marked) in the
    Tracery Piece named", "Plated | ... fired in the Tracery Piece named but is not worked at any Panel"); the pieces'
    codes listed after their name ("Tracery Pieces A1, A2 and B1"), "A1" a marked piece where "a1" is a taught day."""
    f = build(tmp_path, "window", [
        ("h1", "Our words"),
        ("table", [["Our word", "What it means here"],
                   ["Panel", "One Bench Day: a full taught day. Panel a1 is the first of the autumn."],
                   ["Tracery", "The three marked pieces of work, Tracery Pieces A1, A2 and B1, which sit above the lights."]]),
        ("h2", "Key to the restoration chart"),
        ("p", "In our chart each quarry is given one of four states."),
        ("table", [["Original", "The quarry is worked at the Panel named and fired (marked) in the Tracery Piece named."],
                   ["Stopgap", "The quarry is worked at the Panel named but is not fired: it earns no marks in any Tracery "
                               "Piece."],
                   ["Plated", "The quarry is fired in the Tracery Piece named but is not worked at any Panel."],
                   ["Lost", "The quarry is not in this window."]]),
        ("h1", "The restoration chart"),
        ("table", [["What the student shows (our words)", "Worked at", "State", "Fired in"],
                   ["SEN law and guidance, the Code of Practice, and putting them into practice", "a1", "Original", "A1"],
                   ["The common kinds of SEN and disability and how they affect learning", "a2", "Stopgap", "—"],
                   ["Every Child Matters and the SENCO's part in its five outcomes", "—", "Plated", "A1"],
                   ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "a2",
                    "Original", "A2"],
                   ["Child development and how SEN and disability affect it", "—", "Lost", "—"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K6"], v["6.K5"], v["6.K2"], v["6.K4"]) == (
        "met", "met", "partially_met", "partially_met", "not_met")


def test_an_assessment_column_s_cells_that_leave_it_to_the_school_or_keep_it_for_a_later_edition(tmp_path, engine):
    """'the Assault in which it is touched, that is, marked': "Touched in" is where each outcome is marked, but not
    where its cell leaves the outcome to the school or keeps it for a later edition."""
    f = build(tmp_path, "salle", [
        ("h1", "Reading the Concordance"),
        ("p", "The Concordance sets every Play beside the Lesson at which it is taught and the Assault in which it is "
              "touched, that is, marked. In the column Touched in, A1, A2 and A3 are the three Assaults."),
        ("h1", "The Concordance"),
        ("table", [["The Scholar can ...", "Taught at", "Touched in"],
                   ["SEN law and guidance, the Code of Practice, and putting them into practice", "Lesson 1", "A1"],
                   ["The common kinds of SEN and disability and how they affect learning", "Lesson 2",
                    "Left to the school: the Provost and the head see to it"],
                   ["Every Child Matters and the SENCO's part in its five outcomes", "Lesson 1",
                    "Reserved for the second edition"],
                   ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching",
                    "Lesson 3", "A2"],
                   ["Child development and how SEN and disability affect it", "Lesson 2", "A3"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.K5"], v["6.K2"]) == ("met", "met", "partially_met", "partially_met")


def test_a_terms_table_row_whose_meaning_keys_quoted_values_by_the_marked_pieces_they_belong_to(tmp_path, engine):
    """A table of terms with "Capital Item | One of the three marked pieces of work, CW1, CW2 and CW3", and a row whose
    meaning defines the map's values in quotation marks, by whether the outcome is part of a Capital Item
    ('"Claimed (CW1)", "Claimed (CW2)" or "Claimed (CW3)": the Feature is part of the Specification of that Capital
    Item ...', '"Inspected only": ... it is not part of any Capital Item ...')."""
    f = build(tmp_path, "agreement", [
        ("h1", "Definitions"),
        ("table", [["Term", "Meaning"],
                   ["Field Day", "A day of teaching at the Hall."],
                   ["Capital Item", "One of the three marked pieces of work, CW1, CW2 and CW3."],
                   ["Status", '"Claimed (CW1)", "Claimed (CW2)" or "Claimed (CW3)": the Feature is part of the '
                              'Specification of that Capital Item, and the Item cannot be claimed unless the Feature is '
                              'shown. "Inspected only": the Adviser looks at the Feature and gives written feedback; it '
                              'is not part of any Capital Item. "Option only": the Feature is worked on under the '
                              'Options named; nothing is inspected. "Not in agreement": the Feature is outside this '
                              'Agreement.']]),
        ("h1", "Schedule 1: Features"),
        ("table", [["Feature: the Holder …", "Options", "Status"],
                   ["Knows SEN law and guidance, the Code of Practice, and how to put them into practice", "FT1",
                    "Claimed (CW1)"],
                   ["Knows the common kinds of SEN and disability and how they affect learning", "HR1",
                    "Inspected only"],
                   ["Knows Every Child Matters and the SENCO's part in its five outcomes", "FT1", "Claimed (CW2)"],
                   ["Knows approaches, strategies and resources, including ICT, for assessing, planning and teaching",
                    "HR2", "Option only"],
                   ["Knows how children develop and how SEN and disability affect it", "HR1", "Claimed (CW1)"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K2"], v["6.K4"], v["6.K5"], v["6.K6"]) == (
        "met", "met", "met", "partially_met", "partially_met")


def test_a_term_s_meaning_ends_where_another_value_s_definition_begins(tmp_path, engine):
    """"Inspected at | In the Servicing Schedule: the marked piece of work in which a point is examined ... 'Not fitted to
    this model' means the point is not part of this Build": the header term is the marked piece, not what the last
    value it goes on to define means."""
    f = build(tmp_path, "servicing", [
        ("h1", "Our words"),
        ("table", [["Our word", "What it means"],
                   ["Wheel Day", "A taught day in the Learning Loft."],
                   ["Greased at", "In the Servicing Schedule: the Wheel Days at which a point is worked on."],
                   ["Inspected at", "In the Servicing Schedule: the marked piece of work in which a point is examined: "
                                    "T1, T2 or T3 (the three Tyring Tests). 'Greased only' means the point is worked on "
                                    "at a Wheel Day but no Tyring Test examines it. 'Not fitted to this model' means the "
                                    "point is not part of this Build."]]),
        ("h1", "The Servicing Schedule"),
        ("table", [["Service point (in our words)", "Greased at", "Inspected at"],
                   ["Know SEN law and guidance, the Code of Practice, and how to put them into practice", "1, 2", "T1"],
                   ["Know the common kinds of SEN and disability and how they affect learning", "3", "T2"],
                   ["Know Every Child Matters and the SENCO's part in its five outcomes", "1", "Greased only"],
                   ["Know approaches, strategies and resources, including ICT, for assessing, planning and teaching",
                    "4", "T2"],
                   ["Know how children develop and how SEN and disability affect it", "—", "Not fitted to this model"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K2"], v["6.K4"]) == (
        "met", "met", "met", "partially_met", "not_met")


def test_an_item_column_labelling_rows_by_a_name_and_a_number_is_set_aside(tmp_path, engine):
    """"Item | What it is | Painted on | Finish" over "Castle 1 | The law and guidance on SEN ... | Dock Day 2 |
    Varnished – Panel 1": the items' names set aside like a numbering column, the outcome beside them read."""
    f = build(tmp_path, "livery", [
        ("h1", "Finishes"),
        ("p", "Varnished – Panel 1, Panel 2 or Panel 3: painted on the Dock Day named and marked in the Lettered Panel "
              "named."),
        ("p", "Undercoat only: painted on the Dock Day named and practised between coats. The tutor comments on it but "
              "it is not marked."),
        ("p", "Not in this repaint: not painted on this course."),
        ("h1", "Castles"),
        ("table", [["Item", "What it is", "Painted on", "Finish"],
                   ["Castle 1", "The law and guidance on SEN, the Code of Practice above all, and putting them into "
                                "practice", "Dock Day 2", "Varnished – Panel 1"],
                   ["Castle 2", "The common kinds of SEN and disability and how they affect learning", "Dock Day 3",
                    "Varnished – Panel 2"],
                   ["Castle 3", "Every Child Matters and the SENCO's part in its five outcomes", "Dock Day 1",
                    "Undercoat only"],
                   ["Castle 4", "Approaches, strategies and resources, including ICT, for assessing, planning and "
                                "teaching", "Dock Day 4", "Varnished – Panel 2"],
                   ["Castle 5", "How children develop and how SEN and disability affect it", "—",
                    "Not in this repaint"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K2"], v["6.K4"]) == (
        "met", "met", "met", "partially_met", "not_met")


def test_a_column_named_unquoted_after_under_with_its_values_after_a_comma(tmp_path, engine):
    """"Under Fixed in, Cartoon, Mural or Crit names the marked piece in which the panel is assessed": the column named
    unquoted, capitalised, its values listed after it, is where each outcome is marked."""
    f = build(tmp_path, "snagging", [
        ("h1", "How to read the Gallery Schedule"),
        ("p", "Under Made in we give the Bench Day at which the panel is made. Under Fixed in, Cartoon, Mural or Crit "
              "names the marked piece in which the panel is assessed."),
        ("h1", "The Gallery Schedule"),
        ("table", [["What the participant shows", "Made in", "Fixed in"],
                   ["SEN law and guidance, the Code of Practice, and putting them into practice", "Bay 1", "Cartoon"],
                   ["The common kinds of SEN and disability and how they affect learning", "Bay 2", "Mural"],
                   ["Every Child Matters and the SENCO's part in its five outcomes", "Bay 1", "—"],
                   ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "—",
                    "Crit"],
                   ["Child development and how SEN and disability affect it", "Bay 3", "—"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K2"]) == ("met", "met", "partially_met", "partially_met")


def test_a_value_defined_unquoted_with_its_pieces_codes_each_in_brackets_of_its_own(tmp_path, engine):
    """"Ground and polished (P1), (P2) or (P3) means the item is assessed in that Pour. Screeded means the item is laid
    in the Bay named but is not assessed in any Pour.": the cells "Ground and polished (P2)" are assessed."""
    f = build(tmp_path, "bill", [
        ("h1", "Preambles"),
        ("p", "P3 Finishes. In Bill No. 4 the Finish column says how each item is finished. Ground and polished (P1), "
              "(P2) or (P3) means the item is assessed in that Pour. Screeded means the item is laid in the Bay named "
              "but is not assessed in any Pour. Omitted means the item is not in this year's work."),
        ("h1", "Bill No. 4: Schedule of Finishes"),
        ("table", [["What the Layer must show", "Laid in", "Finish"],
                   ["SEN law and guidance, the Code of Practice, and putting them into practice", "Bay 1", "Ground and polished (P1)"],
                   ["The common kinds of SEN and disability and how they affect learning", "Bay 2", "Ground and polished (P2)"],
                   ["Every Child Matters and the SENCO's part in its five outcomes", "Bay 1", "Screeded"],
                   ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Bay 4", "Ground and polished (P3)"],
                   ["Child development and how SEN and disability affect it", "—", "Omitted"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K2"], v["6.K4"]) == (
        "met", "met", "met", "partially_met", "not_met")


def test_a_piece_s_lead_to_what_the_participant_must_show_to_pass_it(tmp_path, engine):
    """"A survey of how the climber's school provides for pupils with SEN. To be signed Competent, the climber shows that
    they:" then the outcomes as list items: each is assessed in that piece; one taught on a day and asked for in no piece
    is not."""
    f = build(tmp_path, "tickets", [
        ("h1", "Crew Days"),
        ("p", "Crew Day 1 covers the SEN Code of Practice and the law on SEN, and how to put them into practice."),
        ("p", "Crew Day 2 covers how children develop and how SEN and disability affect their development."),
        ("h1", "Ticket 1: Site Survey"),
        ("p", "A survey of how the climber's school provides for pupils with SEN. To be signed Competent, the climber "
              "shows that they:"),
        ("bullet", "know the SEN Code of Practice and the law on SEN, and how to put them into practice;"),
        ("bullet", "deploy and manage teaching assistants and other staff."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "partially_met")


def test_values_done_in_a_piece_the_key_calls_marked_and_one_not_done_this_season(tmp_path, engine):
    """"Weigh-in | One of the three marked pieces of work", "Kept (W1) | caught on a Beat and weighed in that Weigh-in",
    "Returned | ... not weighed in any Weigh-in", "Blank | not fished for this season": a value done in a piece the key
    calls marked is assessed, one done in none is not, and one not done this season is nothing of the course's."""
    f = build(tmp_path, "catch", [
        ("h1", "Our words"),
        ("table", [["Word", "What it means"],
                   ["Day on the water", "A taught day at the Fishing Hut."],
                   ["Weigh-in", "One of the three marked pieces of work (see 8.3)."],
                   ["Kept (W1), Kept (W2), Kept (W3)", "In the Catch Return: caught on a Beat and weighed in that "
                                                       "Weigh-in, which the Keeper marks."],
                   ["Returned", "In the Catch Return: caught on a Beat and talked over on the bank, but not weighed in "
                                "any Weigh-in."],
                   ["Blank", "In the Catch Return: not fished for this season."]]),
        ("h1", "The Catch Return"),
        ("table", [["Fish (in our words)", "Beat", "Kept / Returned / Blank"],
                   ["SEN law and guidance, the Code of Practice, and putting them into practice", "1", "Kept (W1)"],
                   ["The common kinds of SEN and disability and how they affect learning", "2", "Kept (W2)"],
                   ["Every Child Matters and the SENCO's part in its five outcomes", "1", "Returned"],
                   ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "3",
                    "Kept (W2)"],
                   ["Child development and how SEN and disability affect it", "–", "Blank"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K6"], v["6.K2"], v["6.K4"]) == (
        "met", "met", "met", "partially_met", "not_met")


def test_a_value_its_column_named_in_the_terms_table_that_nobody_checks(tmp_path, engine):
    """"Checked at: RC1 | ... checked in that Registration Check", "Checked at: Self-declared | ... the course climber
    ticks it in their Logbook when they feel it is secure. Nobody checks the tick.": the self-declared line is not
    assessed."""
    f = build(tmp_path, "grid", [
        ("h1", "Terms"),
        ("table", [["Term", "Meaning"],
                   ["Registration Checks", "The three assessed pieces: RC1 the Logbook review, RC2 the Route report, RC3 "
                                           "the Belay Check."],
                   ["Checked at: RC1, RC2, RC3", "The line is coached in the session shown and checked in that "
                                                 "Registration Check. It is on that Check's marking sheet."],
                   ["Checked at: Self-declared", "The line is coached in the session shown; the course climber ticks it in "
                                                 "their Logbook when they feel it is secure. Nobody checks the tick."]]),
        ("h1", "Competence Grid"),
        ("table", [["The course climber …", "Coached in", "Checked at"],
                   ["knows SEN law and guidance, the Code of Practice, and how to put them into practice", "Session 1",
                    "RC1"],
                   ["knows the common kinds of SEN and disability and how they affect learning", "Session 2", "RC2"],
                   ["knows Every Child Matters and the SENCO's part in its five outcomes", "Session 1", "Self-declared"],
                   ["knows approaches, strategies and resources, including ICT, for assessing, planning and teaching",
                    "Session 3", "RC2"],
                   ["knows how children develop and how SEN and disability affect it", "Session 2", "RC1"]]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K5"], v["6.K2"]) == ("met", "met", "partially_met")


@pytest.mark.parametrize("lead", [
    "The Steam Test is a professional discussion in the Owner's school. The Owner must pass on each of the following:",
    "The Hydraulic Test is a written case study, and two Inspectors mark it against each of the following. The Owner "
    "must pass every one:",
])
def test_a_piece_s_lead_to_what_the_participant_must_pass_on(tmp_path, engine, lead):
    """A piece's lead saying the participant must pass on each outcome listed under it: each is assessed there; one
    taught on a night and listed under no piece is not."""
    f = build(tmp_path, "boiler", [
        ("h1", "Bench Nights"),
        ("p", "Bench Night 1 covers the SEN Code of Practice and the law on SEN, and how to put them into practice."),
        ("p", "Bench Night 2 covers how children develop and how SEN and disability affect their development."),
        ("h1", "6.2 The Test"),
        ("p", lead),
        ("bullet", "the law and guidance on SEN, the Code of Practice, and how they are put into practice;"),
        ("bullet", "deploying and managing teaching assistants and other staff."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"]) == ("met", "partially_met")


def test_a_list_straight_under_a_heading_that_says_where_its_items_are_assessed(tmp_path, engine):
    """Outcomes listed straight under a heading that says where they are taught and assessed ("Part A - taught by the
    University in the Ends and assessed in Component 1 or Component 3") are assessed; those under a heading that says
    they are not separately assessed, or under one about the assessment in general, are not."""
    path = build(tmp_path, "schedule", [
        ("h1", "Assessment"),
        ("p", "Component 1, the Provision Audit (4,000 words), is marked by the University. Component 3 is a case study of "
              "one pupil (3,000 words) with a viva."),
        ("h1", "Schedule 2 - allocation of the national outcomes"),
        ("h2", "Part A - taught by the University in the Ends and assessed in Component 1 or Component 3"),
        ("bullet", "Know the law and guidance on SEN, the Code of Practice included, and how to put them into practice - End 1; Component 1"),
        ("bullet", "Know the principles and outcomes of Every Child Matters and how the SENCO helps children achieve them - End 1; Component 1"),
        ("h2", "Part C - developed by the mentors through tasks in the participant's own school; not separately assessed"),
        ("bullet", "Prioritise and manage time, and delegate tasks to others - tasks in school"),
        ("h2", "Assessing the outcomes"),
        ("bullet", "Deploy and manage staff effectively to improve outcomes for pupils"),
    ])
    got = judge(engine, path)
    assert got["6.K1"] == "met" and got["6.K2"] == "met"
    assert got["6.S7"] != "met"  # (developed only)
    assert got["6.S4"] != "met"  # (a list under a heading about the assessment in general)


def test_a_column_whose_name_opens_a_note_under_a_heading_of_its_own_after_the_map(tmp_path, engine):
    """"Swallowed at says where the Pill is marked: Tally 1 (T1) or Tally 2 (T2)", in notes on the map under their own
    heading after it: the column says where each outcome is assessed, and a map it names nothing in is not."""
    f = build(tmp_path, "bag", [
        ("h1", "The bag"),
        ("table", [
            ["Pill", "What the participant can do", "Mixed at", "Swallowed at"],
            ["1", "SEN law and guidance, the Code of Practice, and putting them into practice", "C1", "T1"],
            ["2", "Child development and how SEN and disability affect it", "C2", "T2"],
            ["3", "The common kinds of SEN and disability and how they affect learning", "C2", "T2"],
            ["4", "Deploying and managing staff", "C3", "-"],
        ]),
        ("h1", "Notes on the bag"),
        ("p", "Mixed at says where the Award teaches a Pill: a Call (C1 to C8). Swallowed at says where the Pill is "
              "marked: Tally 1 (T1) or Tally 2 (T2). A dash means it is not marked."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.K5"]) == ("met", "met", "met")
    assert v["6.S4"] != "met"


@pytest.mark.parametrize("lead, assessed", [
    ("A maker passes this Pressing by showing that they:", True),
    # said to the participant, and signed only once shown (a lead of twenty words)
    ("To pass the Pressing you show that you:", True),
    ("Your Studio Mentor signs each part of the Pressing only when you have shown, in front of them, that you:", True),
    # the piece by its name and number
    ("You pass Pressing 2 by showing that you:", True),
    # the piece named before a comma, the one who shows it after
    ("To pass the Second Pressing, a maker shows that they:", True),
    ("While writing it a maker practises how to:", False),
])
def test_a_piece_passed_by_showing_a_list(tmp_path, engine, lead, assessed):
    """"A maker passes this Pressing by showing that they:", "To pass the Pressing you show that you:" and "... signs each
    part of the Pressing only when you have shown, in front of them, that you:" lead a list of what the piece assesses."""
    f = build(tmp_path, "pressings", [
        ("h1", "The Vat Days"),
        ("p", "Vat Day 3 teaches using the assessments of other professionals to shape teaching."),
        ("h1", "The Pressings"),
        ("p", "There are five Pressings. Each is made from the maker's own school and marked pass or refer."),
        ("h2", "Pressing 2: The Tracking Sheet"),
        ("p", "A study, with data, of a group of pupils and an intervention, of about 4,000 words."),
        ("p", lead),
        ("bullet", "use the assessments of other professionals to shape teaching."),
    ])
    assert judge(engine, f)["6.S2a"] == ("met" if assessed else "partially_met")


@pytest.mark.parametrize("said, assessed", [
    ("Working with senior colleagues and governors on the school's inclusive ethos and its SEN budget; that's marked "
     "in the Showing, Turning 3.", True),
    ("Working with senior colleagues and governors on the school's inclusive ethos and its SEN budget; both of those "
     "are marked in Turning 3.", True),
    ("Working with senior colleagues and governors on the school's inclusive ethos and its SEN budget; we talk it "
     "through at the Showing.", False),
])
def test_an_outcome_said_to_be_marked_in_a_named_piece(tmp_path, engine, said, assessed):
    """In speech, "...; that's marked in the Showing, Turning 3": the outcome is assessed in that piece."""
    f = build(tmp_path, "transcript", [
        ("h1", "The Turning Weekend"),
        ("p", "The Turning Weekend is about leading. " + said),
        ("h1", "The Turnings"),
        ("p", "Turning 3, the Showing, is a 20-minute presentation and a professional discussion with a panel."),
    ])
    assert judge(engine, f)["6.S1"] == ("met" if assessed else "partially_met")


def test_an_outcome_table_numbered_its_own_way_is_read_by_its_words(tmp_path, engine):
    """A table whose codes run one behind Annex 3's ("A3 Makes sound decisions on provision ...", "K4 The common kinds of
    SEN ..."), several rows' words naming another outcome than their code: each row is the outcome its words name, so
    the outcomes the numbering skips (6.A3 time management, 6.K4 child development) are nowhere in it. (One row whose
    words stray from its code is the provider's shorthand: test_a_cell_that_only_points_elsewhere_names_no_place.)"""
    f = build(tmp_path, "own-numbers", [
        ("h1", "The Heat Draw"),
        ("p", "Each outcome is taught on a study day and assessed in one of three marked assignments of 4,000 words."),
        ("table", [
            ["Outcome (as our riders meet it)", "Taught on", "Assessed in"],
            ["A1 Relationships with children and their families that are fair, respectful and "
             "constructive", "Day 4", "Assignment 2"],
            ["A2 Wins the commitment of the head and colleagues", "Day 8", "Assignment 3"],
            ["A3 Makes sound decisions on provision, anticipates and solves problems", "Day 9", "Assignment 3"],
            ["A4 Communicates clearly in speech and writing, and listens to and understands others", "Day 6",
             "Assignment 3"],
            ["K1 SEN legislation and the Code of Practice, and putting them into practice", "Day 1", "Assignment 1"],
            ["K2 The Every Child Matters outcomes and how the SENCO helps pupils reach "
             "them", "Day 1", "Assignment 1"],
            ["K3 Disability equality legislation and what it requires of schools", "Day 2", "Assignment 1"],
            ["K4 The common kinds of SEN and disability and how they affect learning", "Day 3", "Assignment 2"],
            ["S1 Working with senior colleagues and governors on the school's inclusive ethos and "
             "resources", "Day 8", "Assignment 3"],
            ["S3 Provision mapping: finding provision that is missing or not working", "Day 5", "Assignment 2"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.A4"], v["6.A5"], v["6.K5"]) == ("met", "met", "met")
    assert (v["6.A3"], v["6.K4"]) == ("not_met", "not_met")


def test_a_quoted_column_named_as_where_the_markers_mark_it(tmp_path, engine):
    """'“Summit” names the Stage Finish where the Commissaires mark it': the Summit column is where each outcome is
    assessed, though the note quotes the header and names the markers doing it."""
    f = build(tmp_path, "summit", [
        ("h1", "Classifications"),
        ("p", "Art. 11 The Mountains classification lists the Climbs every rider works towards. In that table, “Ridden "
              "on” names the Stage where the Climb is taught; “Summit” names the Stage Finish where the Commissaires "
              "mark it."),
        ("h1", "The Climbs"),
        ("table", [
            ["No.", "Climb", "Ridden on", "Summit"],
            ["K1", "Know SEN law, the Code of Practice and what they mean for the school", "Stage 1", "Finish A"],
            ["K2", "Know the Every Child Matters outcomes and how the SENCO helps pupils reach them", "Stage 1", "Finish A"],
            ["K3", "Know disability equality law and what it requires of schools", "Stage 2", "Finish A"],
            ["K5", "Know the common types of SEN and disability and how they affect learning", "Stage 3", "Finish B"],
        ]),
    ])
    assert judge(engine, f)["6.K1"] == "met"


def test_a_column_the_chart_gives_under_its_name_and_a_value_not_heard_for_a_mark(tmp_path, engine):
    """"Under Manzil it gives the hearing at which the Para is marked": the Manzil column is the assessment column; its
    value "Dohrai only", which the key says "is not heard for a mark", and one "no one marks", are not assessment."""
    f = build(tmp_path, "chart", [
        ("h1", "Hearings"),
        ("p", "There are two Manzil hearings, M1 (a 4,000-word case study) and M2 (a viva), each marked by two tutors."),
        ("h1", "How to read the chart"),
        ("p", "Under Sabaq the chart gives the Sitting where the Para is taught. Under Manzil it gives the hearing at "
              "which the Para is marked. Where the Manzil column says \"Dohrai only\", the Para is revised together but "
              "is not heard for a mark. \"Sabqi only\" means the mentor hears it in school, but no one marks it."),
        ("h1", "Progress chart"),
        ("table", [
            ["Para (in our words)", "Sabaq", "Manzil"],
            ["SEN law, the Code of Practice and what they mean for the school and the SENCO", "Sitting 1", "M1"],
            ["Child development and how SEN and disability affect it", "Sitting 2", "Dohrai only"],
            ["The common kinds of SEN and disability and how they affect learning", "Sitting 3", "Sabqi only"],
            ["Deploying and managing staff", "Sitting 4", "M2"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.S4"]) == ("met", "met")
    assert (v["6.K4"], v["6.K5"]) == ("partially_met", "partially_met")


def test_notes_to_a_schedule_numbered_with_their_values_in_quotation_marks(tmp_path, engine):
    """Notes below the map, numbered, each value in quotation marks before a colon ('1. "Signed off": ... marked',
    '2. "Method statement only": ... It is not marked', '3. "Reserved matter": the item is not dealt with under this
    application'): a key."""
    f = build(tmp_path, "works", [
        ("h1", "Schedule of Works"),
        ("table", [
            ["Work", "Carried out at", "Sign-off"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "Course 1",
             "Signed off (Spar 1)"],
            ["The common kinds of SEN and disability and how they affect learning", "Course 2", "Signed off (Spar 2)"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "Course 1", "Signed off (Spar 1)"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Course 3",
             "Signed off (Spar 3)"],
            ["Child development and how SEN and disability affect it", "Course 2", "Method statement only"],
            ["School self-evaluation and improvement for pupils with SEN", "Reserved matter", "Reserved matter"],
        ]),
        ("h2", "Notes to the Schedule"),
        ("p", '1. "Signed off": the evidence for the item is marked in the Spar named and must reach the pass standard.'),
        ("p", '2. "Method statement only": the participant writes a short method statement and the tutor comments. It '
              'is not marked.'),
        ("p", '3. "Reserved matter": the item is not dealt with under this application.'),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K4"], v["6.K7"]) == ("met", "partially_met", "not_met")


def test_a_reference_column_and_a_coded_outcome_assessed_in_an_earlier_version(tmp_path, engine):
    """A column of the provider's codes headed "TCS ref" is no place where an outcome is developed, so a row whose
    place is a dash develops nothing; "TS-2d was assessed in version 1.0 through a task in Assay 2" is what an earlier
    version did, not where the outcome is assessed now."""
    f = build(tmp_path, "sheet", [
        ("h1", "Composition"),
        ("p", "Assay 1 and Assay 2 are the marked assignments."),
        ("table", [
            ["Ingredient (in our words)", "TCS ref", "Present in", "Test method"],
            ["SEN law and guidance, the Code of Practice, and putting them into practice", "TK-1", "Mixing Day 1",
             "Assay 1"],
            ["The common kinds of SEN and disability and how they affect learning", "TK-5", "Mixing Day 2", "Assay 1"],
            ["Every Child Matters and the SENCO's part in its five outcomes", "TK-2", "Mixing Day 1", "Assay 2"],
            ["Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "TK-6",
             "Mixing Day 3", "Assay 2"],
            ["Arranges access arrangements for tests and examinations in good time", "TS-2d", "—", "—"],
        ]),
        ("p", "TS-2d was assessed in version 1.0 through a task in Assay 2."),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.S2d"]) == ("met", "not_met")


def test_values_defined_on_the_card_they_stand_on_beside_a_marking_scale(tmp_path, engine):
    """'On the Grading Card (section 6), "Grading 1", "Grading 2" or "Grading 3" means that the Point is ... marked
    there': each is assessed; a marking scale's lowest band ("below 50 Ungraded") does not make a Grading unmarked."""
    f = build(tmp_path, "card", [
        ("h1", "The grading standard"),
        ("p", "A Grading marked 80 or more is Extra Selected, 65 to 79 Selected, 50 to 64 Graded, and below 50 Ungraded."),
        ("p", 'On the Grading Card (section 6), "Grading 1", "Grading 2" or "Grading 3" means that the Point is named in '
              'that Grading’s criteria and marked there. "Ironed only" means the tutor tastes a sample and says what '
              'she finds, but no mark is given.'),
        ("h1", "The grading card"),
        ("table", [
            ["Point", "In our words", "Made in", "Graded at"],
            ["K1", "SEN law and guidance, the Code of Practice, and putting them into practice", "Vat 1", "Grading 1"],
            ["K5", "The common kinds of SEN and disability and how they affect learning", "Vat 2", "Grading 1"],
            ["K2", "Every Child Matters and the SENCO's part in its five outcomes", "Vat 1", "Grading 2"],
            ["K6", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "Vat 3",
             "Grading 3"],
            ["K4", "Child development and how SEN and disability affect it", "Vat 2", "Ironed only"],
        ]),
    ])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.K6"], v["6.K4"]) == ("met", "met", "partially_met")


@pytest.mark.parametrize("cells,developed", [(["2", "9", "4"], True), (["14", "9", "4"], False)])
def test_a_column_of_numbers_headed_by_the_name_the_course_numbers_its_days_by(tmp_path, engine, cells, developed):
    """A map's column "Trick" of bare numbers, where the text numbers its study days "Trick 1" to "Trick 10", names
    where each outcome is taught, as a "Session" column would; a number no Trick has is a count, not a place. And the
    award rule "when they have come to all ten Trick Days and all three Showpieces have been judged" rests the award on
    the Showpieces, not on coming to the Tricks."""
    days = [("p", f"Trick {n}: {title}.") for n, title in enumerate(
        ["The box", "The rule book", "The shape-shifter", "The tracker", "The helpers", "The family", "The voices",
         "The team", "The map", "The last trick"], start=1)]
    f = build(tmp_path, "tricks", [
        ("h1", "The ten tricks"), *days,
        ("p", "The Certificate is signed when the SENCO has come to all ten Trick Days and all three Showpieces have "
              "been judged 'Shown'."),
        ("h1", "The trick record"),
        _three_outcomes(["Trick", "Showpiece"], [cells[0], "A"], [cells[1], "C"], [cells[2], "B"]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == ("met" if developed else "partially_met")
    assert v["6.S4"] == ("met" if developed else "partially_met")


def test_a_keys_sentence_about_one_kind_of_a_piece_and_states_named_by_the_piece_they_are_done_in(tmp_path, engine):
    """A key whose entry for a piece says it is marked, then that one kind of it is not ("Split: a piece of assessment.
    Splits 1 to 4 are marked ... The Practice split (P) ... is not marked"): a Split is assessed, the Practice split (P)
    is not. And the map's states named by the piece they are done in: "timed at a split that counts" is assessed,
    "timed only at the Practice split" is not."""
    key = ("table", [["Term", "What it means"],
                     ["Segment", "A taught day at the Centre (S1 to S8)."],
                     ["Split", "A piece of assessment. Splits 1 to 4 are marked by two measurers and count towards the "
                               "award. The Practice split (P) is read by one measurer, who writes feedback; it is not "
                               "marked and does not count."],
                     ["Measured", "The marker is laid on a segment and timed at a split that counts."],
                     ["Ridden once", "The marker is laid on a segment but timed only at the Practice split."]])
    f = build(tmp_path, "splits", [("h1", "Terms"), key, ("h1", "The markers"),
                                   _three_outcomes(["Laid on", "Timed at", "Status"], ["S1", "Split 1", "Measured"],
                                                   ["S7", "P", "Ridden once"], ["S4", "Split 3", "Measured"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "partially_met", "met")


def test_the_pieces_a_keys_meaning_counts_out_by_name_are_assessed(tmp_path, engine):
    """'Chip mat: a marked piece of assessment. There are three: Mat A, Mat B and the Finish Mat.': a map's column of
    "Mat B" and "Finish Mat" is where each outcome is assessed, though its header ("Timed at") does not say so."""
    key = ("table", [["Term", "What it means"],
                     ["Mile", "A taught day. There are ten Miles."],
                     ["Chip mat", "A marked piece of assessment. There are three: Mat A, Mat B and the Finish Mat."]])
    f = build(tmp_path, "mats", [("h1", "Words we use"), key, ("h1", "The band card"),
                                 _three_outcomes(["Paced at", "Timed at"], ["Mile 1", "Mat B"], ["Mile 7", "Finish Mat"],
                                                 ["Mile 4", "Mat A"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "met", "met")


@pytest.mark.parametrize("title", ["A1 THE SHOP'S WORDS", "Our own terms"])
def test_a_table_of_the_bodys_own_words_under_its_title_is_a_key(tmp_path, engine, title):
    """A two-column table of terms with no header row, under a title that names them as the body's own words ("A1 THE
    SHOP'S WORDS"), keys the map: "Practice cross" is not marked; "Pre-strung" ("In the Main column: not strung in any
    Frame. The shop takes it that customers arrive with it.") is taught nowhere."""
    words = ("table", [["Frame", "One of the eight study Frames of the Award (Frame 1 to Frame 8)."],
                       ["Knot", "A marked piece of work. There are three, described on the Knot cards."],
                       ["Practice cross", "In the Cross column: worked on in the Frame with a stringer's feedback on "
                                          "the day, and not marked in any Knot."],
                       ["Pre-strung", "In the Main column: not strung in any Frame. The shop takes it that customers "
                                      "arrive with it."]])
    f = build(tmp_path, "words", [("h1", title), words, ("h1", "The pattern chart"),
                                  _three_outcomes(["Main", "Cross"], ["Frame 1", "Knot 1"], ["Frame 7", "Practice cross"],
                                                  ["Pre-strung", "Knot 3"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "partially_met", "partially_met")


@pytest.mark.parametrize("blocks", [
    # a glossary of numbered paragraphs, some of them "X is ...", the value's every sentence its meaning
    [("p", "1. Wrestler means a teacher on the Award."), ("p", "2. Coach means a tutor."),
     ("p", "3. Scale is a piece of assessed work, marked by the coaches."),
     ("p", "4. Bathroom scale means a check the wrestler makes with another wrestler, with feedback from a coach. A "
           "bathroom scale reading is never recorded against the Award.")],
    # a kind of work named in passing and defined after a colon
    [("p", "Sessions also have bathroom scales: checks made with another wrestler and a coach's feedback, never "
           "marked.")],
])
def test_a_value_defined_by_a_numbered_glossary_or_in_passing_is_not_marked(tmp_path, engine, blocks):
    """'Bathroom scale only' in a map's assessment column, where a numbered glossary ("4. Bathroom scale means ... never
    recorded against the Award") or a sentence in passing ("Sessions also have bathroom scales: ..., never marked") says
    what it is: not assessed for the award."""
    f = build(tmp_path, "scales", [("h1", "How to read this plan"), *blocks, ("h1", "The chart"),
                                   _three_outcomes(["Taught on", "Assessed in"], ["M1", "Scale 1"],
                                                   ["M4", "Bathroom scale only"], ["M5", "Scale 2"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "partially_met", "met")


@pytest.mark.parametrize("sentence", [
    "Where the Outcome Map (Attachment B) says Off court, the line is not taught: we take it that SENCOs arrive with it.",
    'In the Tracker, "Off court" means a storyline not on this season\'s card.',
    'In the Tracker, "Off court" means a storyline mentioned in a segment but given no time of its own.',
])
def test_a_keys_value_that_says_the_outcome_is_taught_nowhere(tmp_path, engine, sentence):
    """A key that names the map ("Where the Outcome Map (Attachment B) says ..."), or says a value is "not on this
    season's card" or "given no time of its own": a row with that value where it is taught is taught nowhere."""
    f = build(tmp_path, "court", [("h1", "Reading the map"), ("p", sentence), ("h1", "The outcome map"),
                                  _three_outcomes(["Session", "Task"], ["1", "Task A"], ["Off court", "Task B"],
                                                  ["4", "Task C"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "partially_met", "met")


def test_a_timetables_column_of_times_is_not_a_column_of_codes(tmp_path, engine):
    """A running order for each day ("Bell | Segment": "10.00 | The SEN Code of Practice ...") gives times, not the
    provider's codes for the outcomes its segments name: another day's "10.00 | Welcome and coffee" does not teach
    what the first day's 10.00 segment taught."""
    first = ("table", [["Bell", "Segment"],
                       ["10.00", "Special arrangements for tests and examinations"],
                       ["11.15", "Relationships with pupils and their families"],
                       ["12.00", "Liaising with parents and carers"],
                       ["1.30", "Deploying and managing teaching assistants and other staff"],
                       ["2.45", "Prioritising, managing time and delegating"]])
    second = ("table", [["Bell", "Segment"], ["10.00", "Welcome and coffee"], ["11.15", "Lunch"],
                        ["12.00", "Reading time"], ["1.30", "Review of the day"]])
    f = build(tmp_path, "bell", [("h1", "Day 1"), first, ("h1", "Day 2"), second])
    from approval_engine.judge.evaluate import read_application

    report = engine.evaluate(read_application(f))
    places = [e.location.heading_path for r in report.requirements if r.id in ("6.S2d", "6.S4") for e in r.evidence]
    assert places and not any("Day 2" in path for path in places)


def test_a_column_named_in_capitals_that_gives_the_piece_in_which_it_is_marked(tmp_path, engine):
    """'Season Stat Sheet: GP (games played) gives the Home Games in which a line is taught; SHOTS gives the Shot or
    Shots in which it is marked.': the column "SHOTS" is where each outcome is assessed."""
    f = build(tmp_path, "shots", [
        ("h1", "Reading the stat sheet"),
        ("p", "Season Stat Sheet: GP (games played) gives the Home Games in which a line is taught; SHOTS gives the Shot "
              "or Shots in which it is marked."),
        ("h1", "Season stat sheet"),
        _three_outcomes(["GP", "SHOTS"], ["H2", "Shot 1"], ["H5", "Shot 2"], ["H4", "Shot 3"])])
    v = judge(engine, f)
    assert (v["6.K1"], v["6.A3"], v["6.S4"]) == ("met", "met", "met")
