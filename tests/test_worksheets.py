"""Outcome maps as providers really send them: a planning workbook printed sheet by
sheet, with the spreadsheet's column letters over the columns and its row numbers down
the side; a column that gives the outcome in the provider's own words; assessment
items coded like "TMA00" that the text says are not marked; one lettered option of a
task that offers a choice."""

from __future__ import annotations

from test_phenomena import build, judge

TASKS = ("p", "Task 1 is a 4,000-word policy audit and Task 2 a 5,000-word case study; both are marked for the award.")


def test_a_worksheet_printed_with_its_column_letters_and_row_numbers(tmp_path, engine):
    """The frame ("", "A", "B", ... across the top; "1", "2", ... down the side) is the spreadsheet's, not the
    table's: the header is the row below it, and the outcomes are named after the row numbers and references."""
    f = build(tmp_path, "sheet", [
        ("h1", "SHEET 4 - OUTCOMES"),
        ("table", [
            ["", "A", "B", "C", "D", "E"],
            ["1", "Ref", "Outcome (national, our wording)", "Developed in", "Assessed by", "Status"],
            ["2", "Knowledge", "Knowledge", "Knowledge", "Knowledge", "Knowledge"],
            ["3", "O8", "SEN law and guidance including the Code of Practice and how to apply it", "A1",
             "Task 1 (policy audit)", "OK"],
            ["4", "O10", "Disability equality law and the duties it places on schools", "A2", "Task 1", "OK"],
            ["5", "O12", "Common types of SEN and disability (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning",
             "B1, B2", "Task 2 (case study)", "OK"],
            ["6", "O14", "School self-evaluation and improvement and SEN outcomes", "A3", "#REF!", "OK"],
            ["7", "O22", "Provision mapping to plan and cost provision and find what is not working", "C1",
             "check - no task yet", "OK"],
        ]),
        TASKS,
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K3"] == "met" and v["6.K5"] == "met"
    # a broken formula, or no task yet, where the assessment should be: developed, not assessed
    assert v["6.K7"] == "partially_met" and v["6.S3"] == "partially_met"


def test_a_column_that_gives_the_outcome_in_the_providers_words_is_not_where_it_is_developed(tmp_path, engine):
    """"Code | Outcome (our wording) | Studied in | Assessed in": the second column names the outcome; a row whose
    places are still "[to be confirmed]" says nowhere the outcome is developed."""
    f = build(tmp_path, "words", [
        ("table", [
            ["Code", "Outcome (our wording)", "Studied in", "Assessed in"],
            ["A1", "Fair, respectful, constructive relationships with pupils and their parents or carers",
             "Block 2, Unit 6", "Task 2"],
            ["A2", "Winning the commitment of colleagues and senior leaders", "Block 1, Unit 3", "Task 1"],
            ["A3", "Prioritising, managing time and delegating", "[to be confirmed]", "[to be confirmed]"],
            ["K1", "SEN law and the Code of Practice and how to put them into practice", "Block 1, Unit 1", "Task 1"],
        ]),
        TASKS,
    ])
    v = judge(engine, f)
    assert v["6.A1"] == "met" and v["6.A2"] == "met"
    assert v["6.A3"] == "not_met"


def test_an_item_coded_like_tma00_that_the_text_says_is_not_marked(tmp_path, engine):
    """"TMA00 is not marked and does not count towards your result": a row assessed by "TMA00 self-review" names
    no assessment for the award, while one assessed by a marked assignment does."""
    f = build(tmp_path, "tma", [
        ("p", "TMA00 is not marked and does not count towards your result, but you must submit it."),
        ("p", "TMA01 and TMA02 are marked by your tutor and count towards your result."),
        ("table", [
            ["Code", "Outcome (our wording)", "Studied in", "Assessed in"],
            ["K1", "SEN law and the Code of Practice and how to put them into practice", "Block 1, Unit 1", "TMA01"],
            ["K2", "Every Child Matters and the SENCO's part in it", "Block 1, Unit 2", "TMA00 self-review"],
            ["K3", "Disability equality law and the duties it places on schools", "Block 1, Unit 3", "TMA01"],
            ["K5", "The common types of SEN and their effect on learning", "Block 2, Unit 5", "TMA02"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met"
    assert v["6.K2"] == "partially_met"


def test_one_option_of_a_task_that_offers_a_choice_assesses_only_those_who_choose_it(tmp_path, engine):
    """"TMA02 Option A", where participants answer either Option A or Option B: the outcome is assessed for some
    participants only; "Options A and B" assesses everyone."""
    f = build(tmp_path, "option", [
        ("p", "TMA01 and TMA02 are marked by your tutor and count towards your result. In TMA02 you answer EITHER "
              "Option A OR Option B."),
        ("table", [
            ["Code", "Outcome (our wording)", "Studied in", "Assessed in"],
            ["K1", "SEN law and the Code of Practice and how to put them into practice", "Block 1, Unit 1", "TMA01"],
            ["S2b", "Using summative data, including national tests, to track progress and adjust programmes",
             "Block 2, Unit 9", "TMA02 Option A"],
            ["S2d", "Identifying access arrangements for tests and examinations", "Block 2, Unit 9",
             "TMA02 Options A and B"],
            ["K5", "The common types of SEN and their effect on learning", "Block 2, Unit 5", "TMA02"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S2d"] == "met"
    assert v["6.S2b"] == "partially_met"


def test_an_item_named_more_fully_in_the_table_than_in_the_sentence_that_says_it_is_not_marked(tmp_path, engine):
    """"The journal is read by the tutor at each tutorial and is not marked": a row assessed by the "Learning
    journal (read at tutorials)" names no assessment for the award."""
    f = build(tmp_path, "journal", [
        ("p", "The portfolio holds the tutorial records and a learning journal. The journal is read by the tutor at "
              "each tutorial and is not marked."),
        ("table", [
            ["The outcome in our words", "Developed", "Assessed"],
            ["Keeps up to date and takes charge of own professional development in SEN", "Days 1, 12",
             "Learning journal (read at tutorials)"],
            ["The law and guidance on SEN, including the Code of Practice, and how to apply them", "Days 1, 2",
             "Task 1 (policy audit)"],
            ["Every Child Matters and the SENCO's part in its outcomes", "Day 2", "Task 2"],
            ["The common types of SEN and their effect on learning", "Days 3, 4", "Task 2"],
        ]),
        TASKS,
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met"
    assert v["6.A7"] == "partially_met"


def test_recommended_reading_alone_is_not_where_an_outcome_is_developed(tmp_path, engine):
    f = build(tmp_path, "reading", [
        ("table", [
            ["Line", "Outcome (our wording)", "Where developed", "Where assessed"],
            ["11", "Know how children develop and how SEN, disability and the learning environment affect development",
             "Recommended reading only (Reading List, Section B)", "Task 2 (developmental profile)"],
            ["12", "The law and guidance on SEN, including the Code of Practice, and how to apply them", "Study Day 1",
             "Task 1"],
            ["13", "Every Child Matters and the SENCO's part in its outcomes", "Study Day 2", "Task 2"],
            ["14", "The common types of SEN and their effect on learning", "Study Day 3", "Task 2"],
        ]),
        TASKS,
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K4"] == "partially_met"  # assessed, not taught


def test_an_outcome_map_headed_formed_and_shown(tmp_path, engine):
    """"The formed SENCO will be able to... | Formed | Shown": the last column is how each outcome is assessed;
    a reflection shared in a group, or work a participant "might like to include", assesses nothing for everyone."""
    f = build(tmp_path, "formed", [
        ("table", [
            ["The formed SENCO will be able to...", "Formed", "Shown"],
            ["Know the law and guidance on SEN, including the Code of Practice, and how to apply it", "Days 1-2",
             "Essay on the Code of Practice (Stage I)"],
            ["Know the common types of SEN and their effect on learning", "Day 3", "Pupil Conversation and commentary"],
            ["Work with parents and carers to promote their children's learning", "Day 3 (afternoon)",
             "Reflection in the Deanery Group"],
            ["Support colleagues' development by observing, feeding back, coaching and training", "Day 6",
             "You might like to include it in your Impact Record"],
            ["Every Child Matters and the SENCO's part in its outcomes", "Day 2", "Essay on the Code of Practice"],
            ["Involve pupils in planning and reviewing their own provision", "Day 4",
             "The Pupil Conversation commentary may include pupils' views"],
        ]),
        ("p", "The essay, the Pupil Conversation commentary and the Impact Record are each marked for the award."),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K5"] == "met"
    assert v["6.S8"] == "partially_met" and v["6.S5"] == "partially_met"
    assert v["6.S7"] == "partially_met"  # a task that "may include" it need not


def test_a_list_whose_lead_says_its_items_are_assessed(tmp_path, engine):
    """"Assessed in this assignment:" over a list of outcomes in the provider's words: each item is assessed there,
    and an item under "Developed on study days but not assessed:" is not."""
    f = build(tmp_path, "lead", [
        ("p", "Day 4: identifying need; the main types of SEN and disability; standardised assessment."),
        ("p", "Day 2: disability equality law and what it requires of schools."),
        ("p", "Assignment 2: A pupil and their provision (Module 2; 5,000 words), marked for the award."),
        ("p", "Assessed in this assignment:"),
        ("bullet", "the main types of SEN and disability and their effect on learning;"),
        ("p", "Developed on study days but not assessed:"),
        ("bullet", "disability equality law and the actions it requires of the school."),
    ])
    v = judge(engine, f)
    assert v["6.K5"] == "met"
    assert v["6.K3"] == "partially_met"
