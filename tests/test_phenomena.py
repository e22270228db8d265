"""One test per phenomenon the engine must handle in applications written by
other hands, each on a small Word document the test builds: layouts,
language (paraphrase, vocabulary then and now, negation, hedging, the right
words about the wrong subject) and confidence flags."""

from __future__ import annotations

import json

import docx
import pytest

from approval_engine.judge.evaluate import read_application
from approval_engine.report import render
from conftest import verdicts


def build(tmp_path, name, blocks):
    """blocks: ("h1"|"h2"|"p"|"bold"|"bullet"|"table", content)."""
    d = docx.Document()
    for kind, content in blocks:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "bold":
            d.add_paragraph().add_run(content).bold = True
        elif kind == "bullet":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            for r, row in enumerate(content):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
        else:
            d.add_paragraph(content)
    path = tmp_path / f"{name}.docx"
    d.save(str(path))
    return path


def judge(engine, path):
    return verdicts(engine.evaluate(read_application(path)))


# ------------------------------------------------------------------ layouts


def test_criterion_headings(tmp_path, engine):
    f = build(tmp_path, "crit", [
        ("h1", "Criterion 2: Differentiated provision"),
        ("h2", "Prior learning"),
        ("p", "Participants may claim up to 20 credits for prior masters-level study through APL, and experienced "
              "SENCOs may claim credit for their experience through APEL."),
        ("h2", "Assessment-only route"),
        ("p", "We do not offer an assessment-only route."),
    ])
    v = judge(engine, f)
    assert v["2.1"] == "met" and v["2.3"] == "not_met"


def test_provider_thematic_headings(tmp_path, engine):
    f = build(tmp_path, "theme", [
        ("h1", "Getting in"),
        ("p", "Every applicant is interviewed by a tutor and must hold QTS; those not yet ready are advised on how to prepare."),
        ("h1", "Keeping children safe"),
        ("p", "Before confirming a place we check that each candidate holds a current enhanced DBS certificate."),
    ])
    v = judge(engine, f)
    assert v["5.2"] == "met" and v["5.3"] == "met"


def _pro_forma(tmp_path, name, rows):
    return read_application(build(tmp_path, name, [("table", [["Requirement", "Response"], *rows])]))


NEEDS_ANSWER = "Before the course we ran a survey, and it showed strong demand for evening sessions."


def test_pro_forma_cross_reference_reads_the_answer_in_the_place_that_points_to_it(tmp_path, engine):
    """The 2.2 answer names no stakeholder: alone it is no evidence of stakeholders'
    needs (4.1). The 4.1 row points to it, so it is read as 4.1's answer, in 4.1's terms."""
    rows = [["4.1 Evidence about the needs of schools and local authorities", "See our answer to 2.2."],
            ["2.2 Individual needs", NEEDS_ANSWER],
            ["2.3 Assessment-only route", "See our answer to 2.1."],
            ["2.1 Prior learning", ""]]
    report = engine.evaluate(_pro_forma(tmp_path, "pointer", rows))
    v = verdicts(report)
    assert v["4.1"] == "met"
    r41 = next(r for r in report.requirements if r.id == "4.1")
    assert {e.location.row for e in r41.evidence} == {3}  # quoted from the 2.2 answer it points to
    assert all("4.1 Evidence about the needs of schools" in e.aspect for e in r41.evidence)
    assert v["2.3"] == "not_met" and v["2.1"] == "not_met"  # a pointer to an empty answer is nothing
    # the same answers without the pointer: nothing stands for 4.1
    alone = verdicts(engine.evaluate(_pro_forma(tmp_path, "no-pointer", [
        ["4.1 Evidence about the needs of schools and local authorities", "We have no further evidence to add."],
        *rows[1:]])))
    assert alone["4.1"] == "not_met"


def test_whether_a_referenced_answer_counts_is_the_rulesets_decision(tmp_path, engine):
    """A claims row over the perception cue via_reference changes the verdict: no Python edit."""
    from approval_engine.judge.evaluate import Engine, default_ruleset_path

    base = default_ruleset_path().read_text()
    anchor = "    - name: to_do\n"
    strict = tmp_path / "strict.yaml"
    strict.write_text(base.replace(anchor, "    - name: not_through_references\n      when: {via_reference: yes}\n"
                                           "      status: ignore\n" + anchor, 1))
    rows = [["4.1 Evidence about the needs of schools and local authorities", "See our answer to 2.2."],
            ["2.2 Individual needs", NEEDS_ANSWER]]
    assert verdicts(engine.evaluate(_pro_forma(tmp_path, "default", rows)))["4.1"] == "met"
    assert verdicts(Engine(strict).evaluate(_pro_forma(tmp_path, "strict", rows)))["4.1"] == "not_met"


def test_continuous_essay_with_criteria_interleaved(tmp_path, engine):
    f = build(tmp_path, "essay", [
        ("p", "Our course began as a local authority network and is now a university award. Applicants are interviewed "
              "and must hold QTS, and each one completes a self-audit against the outcomes before the course, which their "
              "tutor turns into an individual learning plan with personalised targets. The University validated the "
              "programme in 2008 as a Postgraduate Certificate of 60 credits at Level 7. All work is second-marked and "
              "moderated, and the external examiner samples every module."),
    ])
    v = judge(engine, f)
    for rid in ("5.2", "2.2", "E.1", "E.2", "5.8"):
        assert v[rid] == "met", rid


def test_outcome_matrix_in_one_table(tmp_path, engine):
    f = build(tmp_path, "matrix", [
        ("h1", "Criterion 6: outcomes"),
        ("table", [
            ["Outcome", "Module", "How assessed"],
            ["Deploy and manage teaching assistants and other staff", "EDU702", "Portfolio"],
            ["Use provision mapping to plan provision", "EDU702", ""],
            ["Liaise with parents and carers", "", "Case study"],
            ["Know the principles of Every Child Matters", "EDU701", "Essay"],
            ["Special arrangements for national tests and examinations", "EDU703", "Presentation"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met"
    assert v["6.S3"] == "partially_met"  # developed, not assessed
    assert v["6.S8"] == "partially_met"  # assessed, not developed
    assert v["6.K2"] == "met" and v["6.S2d"] == "met"
    assert v["6.A3"] == "not_met"  # not in the matrix at all


def test_outcome_tables_split_and_followed_across(tmp_path, engine):
    f = build(tmp_path, "split", [
        ("p", "Table A maps each outcome to modules; Table B gives each module's assessment."),
        ("table", [
            ["Minimum outcome", "Developed in"],
            ["Deploy and manage teaching assistants and other staff", "ABC 701"],
            ["Use provision mapping to plan provision", "ABC 700"],
            ["Know the principles of Every Child Matters", "ABC 701"],
            ["Special arrangements for national tests and examinations", "ABC 700"],
            ["Work with other services and agencies", "ABC 702"],
        ]),
        ("table", [
            ["Module", "Assessment"],
            ["ABC 701", "A 4,000-word assignment"],
            ["ABC 702", "A portfolio and presentation"],
            ["ABC 700", "Not assessed; attendance is recorded"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.K2"] == "met" and v["6.S9"] == "met"
    assert v["6.S3"] == "partially_met" and v["6.S2d"] == "partially_met"  # only in the unassessed module


def test_provider_numbering_that_collides_with_the_specification(tmp_path, engine):
    f = build(tmp_path, "collide", [
        ("h1", "3 Staffing"),
        ("h2", "3.3 Deploying staff"),
        ("p", "Each hub has a lead tutor who teaches most sessions; tutors rotate between hubs every two years."),
        ("h2", "5.3 Evaluating the programme"),
        ("p", "Participants complete module evaluations."),
    ])
    v = judge(engine, f)
    assert v["3.3"] == "not_applicable"  # provider 3.3 is not requirement 3.3; no e-learning anywhere
    assert v["5.3"] == "not_met"  # provider 5.3 is not requirement 5.3


def test_typed_headings_in_normal_style(tmp_path, engine):
    f = build(tmp_path, "typed", [
        ("bold", "SECTION C – QUALITY"),
        ("p", "All work is double-marked and moderated, and the external examiner reviews a sample."),
        ("bold", "Criterion four"),
        ("p", "We do not offer an assessment-only route."),
    ])
    v = judge(engine, f)
    assert v["5.8"] == "met" and v["2.3"] == "not_met"


# ------------------------------------------------------------------ language


@pytest.mark.parametrize("then,now", [
    ("We verify that every candidate holds a current enhanced CRB disclosure before a place is confirmed.",
     "We verify that every candidate holds a current enhanced DBS certificate before a place is confirmed."),
])
def test_crb_and_dbs(tmp_path, engine, then, now):
    for i, text in enumerate((then, now)):
        assert judge(engine, build(tmp_path, f"crb{i}", [("p", text)]))["5.3"] == "met"


@pytest.mark.parametrize("text", [
    "The first module covers the Disability Discrimination Act and the SEN Code of Practice 2001, including School Action Plus and IEPs.",
    "The first module covers the Equality Act 2010 and the SEND Code of Practice 2015, including SEN Support and EHC plans.",
])
def test_legislation_then_and_now(tmp_path, engine, text):
    assert judge(engine, build(tmp_path, "law", [("p", text)]))["1.4"] == "met"


def test_paraphrase_in_the_fields_own_words(tmp_path, engine):
    f = build(tmp_path, "para", [
        ("p", "Course members who already hold level 7 credit from an earlier SEN module can count it towards the award, "
              "and those with long experience as a SENCO can count that too, through a portfolio."),
        ("p", "Young people from the youth forum teach our participants how to find out the views of pupils with little speech, using Talking Mats."),
    ])
    v = judge(engine, f)
    assert v["2.1"] == "met" and v["1.5"] == "met"


@pytest.mark.parametrize("text", [
    "We do not offer an assessment-only route.",
    "There is no assessment-only route: every participant attends the taught modules.",
    "We considered an assessment-only route and decided against it.",
])
def test_negation(tmp_path, engine, text):
    assert judge(engine, build(tmp_path, "neg", [("p", text)]))["2.3"] == "not_met"


@pytest.mark.parametrize("text", [
    "We hope in future to offer an assessment-only route.",
    "We are exploring whether an assessment-only route could be offered from 2011.",
    "An assessment-only route is under consideration and will be confirmed later.",
])
def test_hedged_or_future_only(tmp_path, engine, text):
    assert judge(engine, build(tmp_path, "hedge", [("p", text)]))["2.3"] == "not_met"


def test_tutors_checks_are_not_candidates_checks(tmp_path, engine):
    f = build(tmp_path, "tutors", [("p", "Every tutor on the programme holds a current enhanced CRB disclosure, renewed every three years.")])
    assert judge(engine, f)["5.3"] == "not_met"


def test_pupils_placements_are_not_participants_placements(tmp_path, engine):
    f = build(tmp_path, "placements", [
        ("p", "Educational psychologists and specialist teachers lead sessions."),
        ("p", "Officers explain how pupils' placements in special schools are decided."),
    ])
    assert judge(engine, f)["5.5"] == "partially_met"


@pytest.mark.parametrize("visits,expect", [
    ("Every participant spends two days in a special school, arranged by the programme.", "met"),
    ("Participants who wish may visit a special school for a day.", "partially_met"),
    ("Participants can visit a special school on request.", "partially_met"),
])
def test_placements_owed_to_every_participant_are_partly_shown_when_offered_only_on_request(tmp_path, engine, visits,
                                                                                             expect):
    f = build(tmp_path, "visits", [
        ("p", "Educational psychologists and specialist teachers from the county's outreach service lead sessions."),
        ("p", visits),
    ])
    assert judge(engine, f)["5.5"] == expect


def test_an_outcome_taught_only_in_an_unfinished_answer_is_partly_shown_not_absent(tmp_path, engine):
    f = build(tmp_path, "unfinished", [
        ("h1", "What the course will look like"),
        ("p", "Session 1 covers the SEN Code of Practice and SEN law [dates TBC]."),
    ])
    assert judge(engine, f)["6.K1"] == "partially_met"


def test_participants_qualifications_are_not_staff_qualifications(tmp_path, engine):
    f = build(tmp_path, "quals", [("p", "Participants are qualified teachers with QTS and most have an MA in education.")])
    assert judge(engine, f)["5.4"] == "not_met"


def test_responsibility_deferred_to_employers(tmp_path, engine):
    f = build(tmp_path, "defer", [("p", "Participants' CRB enhanced disclosures are the responsibility of their employing school.")])
    assert judge(engine, f)["5.3"] == "not_met"


def test_placeholders_are_not_evidence(tmp_path, engine):
    f = build(tmp_path, "tbc", [("p", "[TBC – awaiting Registry guidance on APL/APEL]"), ("p", "[insert assessment-only route here]")])
    v = judge(engine, f)
    assert v["2.1"] == "not_met" and v["2.3"] == "not_met"


def test_an_outcome_maps_cells_held_open_are_not_evidence(tmp_path, engine):
    """"[to confirm with the University]" where the map says where an outcome is taught, "[to confirm]" where it is
    assessed: the row shows neither."""
    f = build(tmp_path, "to-confirm", [
        ("table", [
            ["Outcome", "Taught on", "Assessed in"],
            ["SEN law and the Code of Practice", "Day 1", "Task 1"],
            ["Disability equality duties", "Day 1", "Task 1"],
            ["How children develop", "[to confirm with the University]", "[to confirm]"],
            ["Provision mapping", "Day 3", "Task 2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K4"] == "not_met"


def test_blanket_claims_show_no_outcome(tmp_path, engine):
    f = build(tmp_path, "blanket", [("p", "The course covers all the national minimum outcomes for SENCOs.")])
    v = judge(engine, f)
    assert all(v[i] == "not_met" for i in v if i.startswith("6.") and i != "6.0")


# ------------------------------------------------------------------ confidence


def test_every_verdict_has_a_confidence_and_low_ones_are_flagged_in_every_format(tmp_path, engine):
    f = build(tmp_path, "conf", [
        ("p", "We do not offer an assessment-only route. In exceptional cases an experienced SENCO may take the "
              "assessment-only route by portfolio."),
    ])
    report = engine.evaluate(read_application(f))
    assert all(0.0 <= r.confidence <= 1.0 for r in report.requirements)
    low = [r for r in report.requirements if r.low_confidence]
    assert any(r.id == "2.3" for r in low), "conflicting statements must lower confidence"
    data = json.loads(render(report, "json"))
    assert "2.3" in data["summary"]["low_confidence"]
    html, md = render(report, "html"), render(report, "md")
    assert "low confidence" in html.lower() and "low confidence" in md.lower()


def test_notes_left_for_the_drafting_team_are_not_arrangements(tmp_path, engine):
    f = build(tmp_path, "todo", [
        ("h1", "Criterion 2"),
        ("p", "Participants follow all three modules."),
        ("h2", "Outstanding items"),
        ("p", "Assessment-only route for experienced SENCOs (Registry to advise)."),
        ("p", "APEL: credit for prior learning."),
    ])
    v = judge(engine, f)
    assert v["2.3"] == "not_met" and v["2.1"] == "not_met"


def test_outcome_matrix_transposed(tmp_path, engine):
    """Outcomes across the header row, modules down the side: read turned round."""
    f = build(tmp_path, "transposed", [
        ("p", "The matrix shows where each outcome is developed and how it is assessed."),
        ("table", [
            ["Module", "Deploy and manage teaching assistants and other staff", "Use provision mapping to plan provision",
             "Know the principles of Every Child Matters", "Special arrangements for national tests and examinations",
             "Work with other services and agencies"],
            ["ABC 701", "Session 3", "Session 4", "Session 1", "", "Session 6"],
            ["Assessment", "Assignment 1", "Assignment 1", "Assignment 2", "", "Formative only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"  # its only assessment is formative
    assert v["6.S2d"] == "not_met"  # named, with nothing against it


@pytest.mark.parametrize("last", ["None", "Not covered", "Not in the course"])
def test_a_tick_under_a_column_headed_none_says_the_outcome_is_not_in_the_course(tmp_path, engine, last):
    f = build(tmp_path, "none", [
        ("table", [
            ["National outcome", "Session", "Marked in", last],
            ["Deploy and manage teaching assistants and other staff", "Day 3", "Task 1", ""],
            ["Use provision mapping to plan provision", "Day 4", "Task 2", ""],
            ["Involve pupils in planning and reviewing their provision", "", "", "✓"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S7"] == "not_met"  # ticked as not in the course: not where it is developed


@pytest.mark.parametrize("lead", [
    "The map below uses the college's audit codes. Taught on: the day that teaches it. Marked in: the task that marks it. "
    "NT: not touched this year.",  # a run of definitions, no "Key" before them
    "Key: NT = not touched this year.",
])
def test_a_cell_the_document_defines_as_nothing_there_names_no_day(tmp_path, engine, lead):
    f = build(tmp_path, "nt", [
        ("p", lead),
        ("table", [
            ["National outcome", "Taught on", "Marked in"],
            ["Deploy and manage teaching assistants and other staff", "Day 3", "Task 1"],
            ["Use provision mapping to plan provision", "Day 4", "Task 2"],
            ["Special arrangements for national tests and examinations", "NT", "NT"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S2d"] == "not_met"


def test_a_map_whose_headers_are_defined_in_a_run_of_definitions_is_read_by_them(tmp_path, engine):
    """The provider's own verbs head the columns, defined in the paragraph above with no "Key" ("Sown in: the item
    where the course grows it. Harvested at: the Piece in which it is marked."); the cells are item numbers."""
    f = build(tmp_path, "defined", [
        ("p", "Every outcome in the course. Sown in: the item where the course grows it. Harvested at: the Piece in "
              "which it is marked. Fallow: grown but not marked."),
        ("table", [
            ["Outcome", "Sown in", "Harvested at"],
            ["Deploy and manage teaching assistants and other staff", "3.02", "Piece 1"],
            ["Use provision mapping to plan provision", "3.04", "Piece 2"],
            ["Work with other services and agencies", "3.06", "Fallow"],
            ["Disability equality law", "Excluded from this course", "Excluded from this course"],
            ["Every Child Matters", "Outside the scope of this plan", "-"],
            ["How children develop", "Absent from this course", "Absent from this course"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"  # grown, not marked
    assert v["6.K3"] == "not_met" and v["6.K2"] == "not_met" and v["6.K4"] == "not_met"  # left out of the course


def test_a_column_headed_by_the_verb_a_definition_says_is_marking_is_the_assessment_column(tmp_path, engine):
    """The text defines its own verb as marking ("An element that is sung at a Recital is marked against the
    criteria"): the column "Sung at" says where each outcome is assessed, and a value the key says is "never sung" is
    not assessed."""
    f = build(tmp_path, "sung", [
        ("p", "Recital: one of three marked assessments, R1 to R3. An element that is sung at a Recital is marked "
              "against the college's criteria."),
        ("p", "Chorus only: the element is practised in the rehearsal shown and talked over, but never sung."),
        ("table", [
            ["Element", "Rehearsed in", "Sung at"],
            ["Deploy and manage teaching assistants and other staff", "Rehearsal 3", "R1"],
            ["Use provision mapping to plan provision", "Rehearsal 4", "R2, R3"],
            ["Work with other services and agencies", "Rehearsal 5", "Chorus only"],
            ["Know the principles of Every Child Matters", "Rehearsal 1", "R1"],
            ["Special arrangements for national tests and examinations", "Rehearsal 2", "R3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"  # practised, never sung


def test_a_key_value_commented_on_without_a_grade_is_not_assessed(tmp_path, engine):
    """ "Notes only" means the tutor comments on the outcome during a visit "without a grade": taught, not assessed."""
    f = build(tmp_path, "notes", [
        ("p", 'Key. "Taught in" is the session where the outcome is taught. "Graded in" is the Project in which it is '
              'marked. "Notes only" means the tutor comments on it during a school visit, without a grade.'),
        ("table", [
            ["Outcome", "Taught in", "Graded in"],
            ["Deploy and manage teaching assistants and other staff", "Session 3", "Project 1"],
            ["Use provision mapping to plan provision", "Session 4", "Project 2"],
            ["Work with other services and agencies", "Session 5", "Notes only"],
            ["Know the principles of Every Child Matters", "Session 1", "Project 1"],
            ["Special arrangements for national tests and examinations", "Session 2", "Notes only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met" and v["6.S2d"] == "partially_met"


def test_a_column_the_text_says_tells_how_each_outcome_is_marked_read_by_a_list_of_its_values(tmp_path, engine):
    """'The column "Signal" says how the Beacon is marked', its values defined one to a list item ("Steady: taught ...
    but it is not marked in any Essay", "Dim: ... not counted towards the Award", "Dark: ... is not shown in this
    edition"): the other values are where each outcome is marked."""
    f = build(tmp_path, "signal", [
        ("p", 'Each Beacon is an outcome. The column "Lit at" names the Evening at which it is taught. The column '
              '"Signal" says how the Beacon is marked:'),
        ("bullet", "Flash followed by an Essay (for example Flash E2): the Beacon is marked in that Essay."),
        ("bullet", "Steady: the Beacon is lit at the Evening shown, but it is not marked in any Essay."),
        ("bullet", "Dim: the Beacon is marked only in a practice quiz, which is not counted towards the Award."),
        ("bullet", "Dark: the Beacon is listed for completeness but is not shown in this edition."),
        ("table", [
            ["Beacon", "Lit at", "Signal"],
            ["Deploy and manage teaching assistants and other staff", "Evening 3", "Flash E1"],
            ["Use provision mapping to plan provision", "Evening 4", "Flash E2"],
            ["Work with other services and agencies", "Evening 5", "Steady"],
            ["Know the principles of Every Child Matters", "Evening 1", "Dim"],
            ["Know how children develop", "-", "Dark"],
            ["Special arrangements for national tests and examinations", "Evening 2", "Flash E3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.S2d"] == "met"
    assert v["6.S9"] == "partially_met" and v["6.K2"] == "partially_met"  # taught, not marked for the award
    assert v["6.K4"] == "not_met"  # not in this edition


def test_a_correction_printed_apart_from_the_map_changes_the_cell_it_names(tmp_path, engine):
    """A notice below the map ("B 03 (other services). For "Steady" read "Flash E2".") changes that row's cell; the row
    is quoted as printed, with its correction."""
    f = build(tmp_path, "notice", [
        ("p", 'Each Beacon is an outcome. The column "Lit at" names the Evening at which it is taught. The column '
              '"Signal" says how the Beacon is marked: Flash and an Essay\'s number means it is marked in that Essay.'),
        ("p", '"Steady" means the Beacon is lit at the Evening shown but is not marked in any Essay.'),
        ("table", [
            ["No.", "Beacon", "Lit at", "Signal"],
            ["B 01", "Deploy and manage teaching assistants and other staff", "Evening 3", "Flash E1"],
            ["B 02", "Use provision mapping to plan provision", "Evening 4", "Flash E2"],
            ["B 03", "Work with other services and agencies", "Evening 5", "Steady"],
            ["B 04", "Know the principles of Every Child Matters", "Evening 1", "Steady"],
            ["B 05", "Special arrangements for national tests and examinations", "Evening 2", "Flash E3"],
        ]),
        ("p", 'Notice of correction. B 03 (other services). For "Steady" read "Flash E2". The Essay must now show it.'),
    ])
    app = read_application(f)
    report = engine.evaluate(app)
    v = {r.id: r.verdict.value for r in report.requirements}
    assert v["6.S9"] == "met" and v["6.K2"] == "partially_met"  # corrected; not corrected
    quotes = [e.quote for r in report.requirements if r.id == "6.S9" for e in r.evidence]
    assert any('Steady' in q and 'for "Steady" read "Flash E2"' in q for q in quotes), quotes


def test_a_key_table_titled_across_its_width_gives_its_values_meanings(tmp_path, engine):
    """A two-column table of values and meanings under one merged title ('Key to "Marked in"'): "Seen only" is not
    assessed, whatever else the text says of the column."""
    f = build(tmp_path, "titled", [
        ("p", 'The column "Taught in" names the day where the outcome is taught. The column "Marked in" says how it is '
              'assessed, in the terms of the key.'),
        ("table", [
            ['Key to "Marked in"', ""],
            ["Portfolio", "marked against the criteria for P1 or P2"],
            ["Seen only", "seen by the tutor on a visit; not judged or recorded"],
        ]),
        ("table", [
            ["Outcome", "Taught in", "Marked in"],
            ["Deploy and manage teaching assistants and other staff", "Day 3", "Portfolio"],
            ["Use provision mapping to plan provision", "Day 4", "Portfolio"],
            ["Work with other services and agencies", "Day 5", "Seen only"],
            ["Know the principles of Every Child Matters", "Day 1", "Seen only"],
            ["Special arrangements for national tests and examinations", "Day 2", "Portfolio"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met" and v["6.K2"] == "partially_met"


def test_a_bill_whose_outcomes_stand_after_the_days_under_a_stem_and_whose_key_names_codes_in_brackets(tmp_path, engine):
    """ "Session | Led by | Tasks (the SENCo learns to) | Entered as": the rows' outcomes stand in the third column,
    under a header that opens the sentence each cell finishes; '"Logged E1" (or E2, E3) means ... marked in that Essay'
    gives "Logged E3" its meaning too."""
    f = build(tmp_path, "bill", [
        ("p", 'The last column says how each task is entered. "Logged E1" (or E2, E3) means the task is marked in that '
              'Essay. "Noted" means the task is written up in the journal and discussed with the tutor; it is not '
              'marked.'),
        ("table", [
            ["Session", "Led by", "Tasks (the SENCo learns to)", "Entered as"],
            ["Session 1", "Course leader", "Deploy and manage teaching assistants and other staff", "Logged E1"],
            ["Session 2", "Mrs Hale", "Use provision mapping to plan provision", "Logged E2"],
            ["Session 3", "Mr Dace", "Work with other services and agencies", "Noted"],
            ["Session 4", "Mrs Hale", "Know the principles of Every Child Matters", "Logged E3"],
            ["Session 5", "Mr Dace", "Special arrangements for national tests and examinations", "Logged E3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met" and v["6.S2d"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_glossarys_piece_names_its_codes_in_brackets_and_their_column_is_where_outcomes_are_marked(tmp_path, engine):
    """A glossary gives "Log Sheet" as "A marked assignment (LS1 to LS3)": cells "LS2" are marked pieces, their column
    the assessment column beside the one of days, so a row with a dash for its day is marked but not taught."""
    f = build(tmp_path, "sheets", [
        ("table", [["Our term", "What it means here"],
                   ["Log Sheet", "A marked assignment (LS1 to LS3); see Section 6."],
                   ["Margin note", "the outcome is worked on in the notebook, which a tutor reads, but it is not marked."],
                   ["Field Day", "A taught day at the Centre."]]),
        ("table", [
            ["Outcome (in our words)", "Field Day", "Recorded on"],
            ["Deploy and manage teaching assistants and other staff", "3", "LS1"],
            ["Use provision mapping to plan provision", "4", "LS2"],
            ["Work with other services and agencies", "5", "Margin note"],
            ["Know the principles of Every Child Matters", "1", "LS3"],
            ["Special arrangements for national tests and examinations", "-", "LS3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"  # worked on, not marked
    assert v["6.S2d"] == "partially_met"  # marked, taught on no day


def test_values_defined_together_in_single_quotes_and_a_glossary_that_names_the_days_codes(tmp_path, engine):
    """"'Keep: R1' and 'Keep: R2' mean the Item is taught on the Day shown and marked in that Report": each value is
    marked; 'Shelve' (taught, not marked) and 'Drop' (not taken forward) in the same column. A glossary sentence that
    names the days' codes ("the taught days are Study Days (SD1 to SD5); the marked assignments are Reports") uses no
    code: it marks no outcome the days teach."""
    f = build(tmp_path, "keep", [
        ("p", "In this plan the teachers on the course are Members; the taught days are Study Days (SD1 to SD5); and the "
              "marked assignments are Reports (R1 and R2)."),
        ("p", "'Keep: R1' and 'Keep: R2' mean the Item is taught on the Study Day shown and marked in that Report. "
              "'Shelve' means the Item is taught on the Study Day shown, but it is not marked in any Report. 'Drop' means "
              "the Item is not taken forward this year."),
        ("table", [
            ["Item", "Study Day", "Retention"],
            ["Deploy and manage teaching assistants and other staff", "SD3", "Keep: R1"],
            ["Use provision mapping to plan provision", "SD4", "Keep: R2"],
            ["Work with other services and agencies", "SD5", "Shelve"],
            ["Know the principles of Every Child Matters", "SD1", "Shelve"],
            ["Special arrangements for national tests and examinations", "SD2", "Keep: R2"],
            ["Know how children develop", "-", "Keep: R1"],
            ["Know the disability equality duties", "-", "Drop"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.S2d"] == "met"
    assert v["6.S9"] == "partially_met" and v["6.K2"] == "partially_met"
    assert v["6.K4"] == "partially_met"  # marked, taught on no day
    assert v["6.K3"] == "not_met"


def test_a_columns_name_opening_a_sentence_that_says_it_names_the_piece_where_each_is_marked(tmp_path, engine):
    """ "Gathered at names the Field Report in which the Item is marked": the column is where each outcome is assessed,
    however many words stand between its name and "marked"."""
    f = build(tmp_path, "gathered", [
        ("h1", "How to read the register"),
        ("p", "Taught on names the Study Day on which the Item is taught. Gathered at names the Field Report in which the "
              "Item is marked. Notebook only means the Item is seen by a tutor; it is not marked."),
        ("table", [
            ["Item", "Taught on", "Gathered at"],
            ["Deploy and manage teaching assistants and other staff", "SD3", "F1"],
            ["Use provision mapping to plan provision", "SD4", "F2"],
            ["Work with other services and agencies", "SD5", "Notebook only"],
            ["Know the principles of Every Child Matters", "SD1", "F1"],
            ["Special arrangements for national tests and examinations", "SD2", "F2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_map_in_parts_numbered_by_section_with_a_part_of_few_rows(tmp_path, engine):
    """One table to a unit under the same headers, its rows numbered "1.1", "2.3" under "No.": the numbers set aside,
    and a unit's table of only two rows read as part of the map with the others (two found already)."""
    head = ["No.", "The coordinator can", "Why?", "Where we teach it", "Marked in"]
    f = build(tmp_path, "parts", [
        ("table", [head,
                   ["1.1", "know the SEN Code of Practice and the law on SEN", "Rights depend on it.", "Day 1", "M1 Audit"],
                   ["1.2", "know the principles of Every Child Matters", "More than test results.", "Day 2", "M1 Audit"]]),
        ("table", [head,
                   ["2.1", "deploy and manage teaching assistants and other staff", "They matter most.", "Day 3", "M2 Map"],
                   ["2.2", "use provision mapping to plan provision", "It shows gaps.", "Day 4", "M2 Map"],
                   ["2.3", "work with other services and agencies", "Others see more.", "Day 5", "M2 Map"],
                   ["2.4", "know the disability equality duties", "The law.", "Day 5", "M2 Map"]]),
        ("table", [head,
                   ["3.1", "involve pupils in planning and reviewing their provision", "Their view.", "Day 6", "M3 Talk"],
                   ["3.2", "help colleagues use formative assessment with pupils with SEN", "Teaching.", "Day 7",
                    "M3 Talk"],
                   ["3.3", "know how children develop", "Growth.", "Day 8", "M3 Talk"],
                   ["3.4", "know the common kinds of SEN and their effect on learning", "Needs.", "Day 8", "M3 Talk"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.K2"] == "met"  # the part of two rows
    assert v["6.S4"] == "met" and v["6.S7"] == "met"


def test_definitions_one_to_a_paragraph_and_a_column_named_before_the_word_column(tmp_path, engine):
    """ "Sample: a marked assessment, S1 to S3. The Sample column names where a Line is marked." then one definition
    to a paragraph ("Settled: ... marked", "Likely: ... but it is not marked", "Carried in: ... not taught ..."): the
    Sample column is where each outcome is assessed, and a row whose status is "Likely" is not."""
    f = build(tmp_path, "status", [
        ("p", "Sample: a marked assessment, S1 to S3. The Sample column names where a Line is marked."),
        ("p", "Settled: the Line is taught on the Session shown and marked in the Sample shown."),
        ("p", "Likely: the Line is taught on the Session shown and noted in the journal, but it is not marked."),
        ("p", "Carried in: the Line is not taught on any Session, and it is marked in the Sample shown."),
        ("table", [
            ["Line", "The coordinator can", "Session", "Sample", "Status"],
            ["L1", "deploy and manage teaching assistants and other staff", "E3", "S1", "Settled"],
            ["L2", "use provision mapping to plan provision", "E4", "S2", "Settled"],
            ["L3", "work with other services and agencies", "E5", "S2", "Likely"],
            ["L4", "know the principles of Every Child Matters", "E1", "S1", "Settled"],
            ["L5", "know how children develop", "-", "S3", "Carried in"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"  # likely: taught, not marked
    assert v["6.K4"] == "partially_met"  # marked, taught on no session


def test_a_key_value_that_a_piece_assesses_but_no_session_teaches_is_marked_and_not_taught(tmp_path, engine):
    """ "Marked only: a Review assesses the outcome but no Workshop teaches it": marked (the verb "assesses"), taught
    nowhere; "Talk only: ... but no Review marks it": taught, not marked."""
    f = build(tmp_path, "capped", [
        ("p", "Key to the last column. Marked only: a Review assesses the outcome but no Workshop teaches it. Talk only: "
              "the outcome is discussed in a Workshop but no Review marks it. Reviewed: taught in the Workshop shown and "
              "marked in a Review."),
        ("table", [
            ["Outcome", "Workshop", "How it is checked"],
            ["Deploy and manage teaching assistants and other staff", "W3", "Reviewed"],
            ["Use provision mapping to plan provision", "W4", "Reviewed"],
            ["Work with other services and agencies", "W5", "Talk only"],
            ["Know the principles of Every Child Matters", "W1", "Reviewed"],
            ["Know how children develop", "-", "Marked only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"  # talked about, not marked
    assert v["6.K4"] == "partially_met"  # marked, taught nowhere


def test_a_key_that_names_the_values_under_a_quoted_header_as_where_each_is_marked(tmp_path, engine):
    """ 'T1 to T3 under "Played in" name the Trial in which the piece is adjudicated and marked': the column is where
    each outcome is assessed; "Free Choice" (no marks) is not."""
    f = build(tmp_path, "played", [
        ("p", 'The Class column gives the Class that teaches the piece. T1 to T3 under "Played in" name the Trial in '
              'which the piece is adjudicated and marked. Free Choice means the Coach gives spoken remarks; Free Choice '
              'pieces carry no marks.'),
        ("table", [
            ["What the Entrant must show", "Class", "Played in"],
            ["Deploy and manage teaching assistants and other staff", "Class 23", "T1"],
            ["Use provision mapping to plan provision", "Class 24", "T2"],
            ["Work with other services and agencies", "Class 25", "Free Choice"],
            ["Know the principles of Every Child Matters", "Class 21", "T1"],
            ["Know how children develop", "Class 22", "T3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K4"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_value_defined_by_the_column_it_stands_in_and_taught_nowhere(tmp_path, engine):
    """ "Self study in Taught at means that no Session or Visit works on the outcome; it is marked in the Task shown":
    the value, defined by its column's name, says nowhere teaches it, so the row is marked and not taught."""
    f = build(tmp_path, "selfstudy", [
        ("p", "The column Taught at gives the Sessions where the outcome is taught. The column Marked in gives the Task in "
              "which it is marked. Self study in Taught at means that no Session or Visit works on the outcome; it is "
              "marked in the Task shown. Practice only in Marked in means it is practised with feedback but not marked."),
        ("table", [
            ["Outcome", "Taught at", "Marked in"],
            ["Deploy and manage teaching assistants and other staff", "Session 3", "Task 1"],
            ["Use provision mapping to plan provision", "Session 4", "Task 2"],
            ["Work with other services and agencies", "Session 5", "Practice only"],
            ["Know the principles of Every Child Matters", "Session 1", "Task 1"],
            ["Know how children develop", "Self study", "Task 3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"
    assert v["6.K4"] == "partially_met"  # marked, taught nowhere


def test_a_schedule_of_items_numbered_plainly_and_keyed_by_the_schedule_s_name(tmp_path, engine):
    """ "Item | Restriction (in our words) | Part | Enforced by" over "1", "2", ...: the numbers set aside, the words read
    as the outcome; '"Advisory only" in Schedule 2 means that the Part named teaches the Item but no Check marks it'."""
    f = build(tmp_path, "schedule", [
        ("p", '"Check" means one of the marked assessments C1, C2 and C3, marked against published criteria; '
              '"Advisory only" in Schedule 2 means that the Part named teaches the Item but no Check marks it; '
              '"Unrestricted" in Schedule 2 means that the course neither teaches nor assesses the Item. The column '
              '"Enforced by" names the Check in which the Item is marked.'),
        ("table", [
            ["Item", "Restriction (in our words)", "Part", "Enforced by"],
            ["1", "Deploying and managing teaching assistants and other staff", "B", "C1"],
            ["2", "Using provision mapping to plan provision", "B", "C2"],
            ["3", "Working with other services and agencies", "C", "Advisory only"],
            ["4", "The principles of Every Child Matters", "A", "C1"],
            ["5", "Special arrangements for national tests and examinations", "A", "C3"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_column_of_pieces_the_award_rule_names_all_of_is_the_assessment_column(tmp_path, engine):
    """The rule names the pieces by their kind and number ("pass all three Products"), far from the award's name; a
    column whose cells are those pieces ("Product 2") says where each outcome is assessed."""
    f = build(tmp_path, "kind", [
        ("p", "Only participants who pass all three Products and whose record shows every national outcome signed off "
              "by their tutor as shown in a Product are put forward to the University's examination board for the award."),
        ("table", [
            ["Outcome", "Studio day", "Product"],
            ["Deploy and manage teaching assistants and other staff", "3", "Product 1"],
            ["Use provision mapping to plan provision", "4", "Product 2"],
            ["Work with other services and agencies", "6", "Studio day only - not marked"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_piece_the_text_says_in_a_later_clause_is_not_marked_is_no_assessment_in_the_singular(tmp_path, engine):
    """ "...; Sketches are not marked" after a clause about them: a cell "Sketch only" names no assessment."""
    f = build(tmp_path, "sketch", [
        ("p", "Before each Task a participant may send in a Sketch, a short draft on which their tutor comments; "
              "Sketches are not marked."),
        ("table", [
            ["National outcome", "Taught on", "Assessed in"],
            ["Deploy and manage teaching assistants and other staff", "Day 3", "Task 1"],
            ["Use provision mapping to plan provision", "Day 4", "Task 2"],
            ["Work with other services and agencies", "Day 6", "Sketch only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"


def test_a_programme_of_days_by_the_providers_own_name_for_them_is_read_as_the_programmes_content(tmp_path, engine):
    """ "Hub Day | Theme | Codes": a programme of days whose header names them in the provider's own words; its themes
    are read as sentences too, not dropped as an outcome map's cells."""
    themes = ["The SENCO's role and the Code of Practice", "Identifying needs and planning provision",
              "Deploying and managing teaching assistants",
              "Families: participants rehearse a difficult review meeting with parents in role, with the Parent "
              "Partnership Service", "Working with other agencies and services"]
    f = build(tmp_path, "hubdays", [
        ("table", [["Hub Day", "Theme", "Codes"]] + [[str(i), t, f"H{i}"] for i, t in enumerate(themes, start=1)]),
    ])
    assert judge(engine, f)["1.7"] == "met"


def test_a_term_defined_as_what_no_piece_by_the_providers_own_name_marks_is_no_assessment(tmp_path, engine):
    """ "'Rehearsal only' means the outcome is practised at the Hub, but no Showing marks it": a cell "Rehearsal only"
    names no assessment, whatever the provider calls its marked pieces."""
    f = build(tmp_path, "showing", [
        ("p", "'Rehearsal only' means the outcome is practised at the Hub, but no Showing marks it."),
        ("table", [
            ["National outcome", "Taught on", "Assessed in"],
            ["Deploy and manage teaching assistants and other staff", "Day 3", "Showing 1"],
            ["Use provision mapping to plan provision", "Day 4", "Showing 2"],
            ["Work with other services and agencies", "Day 6", "Rehearsal only"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"


def test_letters_a_sentence_introduces_as_a_key_say_which_rows_are_assessed(tmp_path, engine):
    """ "Read the letter beside each line:" with its entries below, each a sentence or two: T is judged by the tester,
    P is practised and not tested, C is tested only on the line the participant chooses (assessed for some)."""
    f = build(tmp_path, "letters", [
        ("p", "Read the letter beside each line:"),
        ("bullet", "T a Tester's line. The Tester, a University tutor, judges your written piece against it and passes "
                   "or refers it."),
        ("bullet", "P a Practice line. You do it in school and your mentor signs it off. It is not tested."),
        ("bullet", "C a Choice. You work, and are tested on, only the line you choose."),
        ("h2", "The chart"),
        ("table", [
            ["The SENCO ...", "Part and line", "How"],
            ["deploys and manages teaching assistants and other staff", "Part 2, line 4", "T"],
            ["uses provision mapping to plan provision", "Part 2, line 5", "T"],
            ["works with other services and agencies", "Part 3, line 1", "P"],
            ["knows the disability equality duties", "Part 1, line 3", "C"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met" and v["6.K3"] == "partially_met"


def test_columns_the_text_names_elsewhere_as_where_outcomes_are_taught_and_marked(tmp_path, engine):
    """ "Where it is marked is shown in the column Gauged in", said under another heading than the map's; a grade
    column beside ("Weight": A to D) is not where an outcome is developed, "Where it sits" is."""
    f = build(tmp_path, "named", [
        ("h1", "How to read the map"),
        ("p", "Each element has a weight from A to D. Where it is taught is shown in the column Where it sits; where it "
              "is marked is shown in the column Gauged in."),
        ("h1", "Appendix: the map"),
        ("table", [
            ["Element", "Weight", "Where it sits", "Gauged in"],
            ["Deploy and manage teaching assistants and other staff", "A", "Pound 3", "Report 1"],
            ["Use provision mapping to plan provision", "B", "Pound 4", "Report 2"],
            ["Work with other services and agencies", "C", "Pound 5", "Report 3"],
            ["Know the principles of Every Child Matters", "B", "Pound 1", "Report 1"],
            ["Special arrangements for national tests and examinations", "A", "-", "Report 2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert v["6.S2d"] == "partially_met"  # marked, taught nowhere


def test_an_outcome_maps_evaluated_by_column_is_where_each_outcome_is_assessed(tmp_path, engine):
    f = build(tmp_path, "evaluated", [
        ("table", [
            ["Outcome", "Exercised in", "Evaluated by"],
            ["Deploy and manage teaching assistants and other staff", "Phase 3", "Form 1"],
            ["Use provision mapping to plan provision", "Phase 4", "Form 2"],
            ["Work with other services and agencies", "Phase 5", "-"],
            ["Know the principles of Every Child Matters", "Phase 1", "Form 1"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "partially_met"


def test_small_matrix_under_an_outcome_header_and_a_row_naming_two_outcomes(tmp_path, engine):
    f = build(tmp_path, "small", [
        ("table", [
            ["National outcome", "Where developed", "How assessed"],
            ["K3 and S2d: disability equality duties; access arrangements for tests", "Module 1, session 2", "Assignment 1"],
            ["S3: provision mapping", "Module 2, session 1", "Not yet decided"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K3"] == "met" and v["6.S2d"] == "met"
    assert v["6.S3"] == "partially_met"  # "not yet" is no assessment


def test_a_row_whose_words_name_two_outcomes_is_the_one_that_fits_the_maps_order(tmp_path, engine):
    """The S6 row also says "self-evaluation and improvement" (K7's words, which name K7 best); between the rows for S5 and S7 it is S6."""
    f = build(tmp_path, "order", [
        ("table", [
            ["What the SENCO does", "Taught in", "Assessed by"],
            ["Deploys and manages teaching assistants", "Day 5", "Task 2"],
            ["Leads colleagues' development through coaching and training", "Day 5", "Task 2"],
            ["Reviews with colleagues how well provision works, feeding the school's self-evaluation and improvement",
             "Day 6", "Task 3"],
            ["Involves pupils in planning and reviewing their provision", "Day 6", "Task 3"],
            ["Works in partnership with parents and carers", "Day 7", "Task 4"],
            ["Works with other services and voluntary organisations", "Day 8", "Task 4"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S6"] == "met"
    assert v["6.K7"] == "not_met"


def test_a_map_in_the_annexs_order_places_a_row_whose_short_title_names_no_outcome(tmp_path, engine):
    """A summary map gives each outcome a short title of its own, in Annex 3's order: "Hard calls" between the rows
    for A3 and A5 is A4, and the three rows after S6 are S7, S8 and S9, though the last one's words name K9; a row
    placed so whose code is the outcome's and whose other cells are empty is named, not developed."""
    titles = [("Time and delegation", "A3"), ("Hard calls", "A4"), ("Clear communication", "A5"),
              ("Research and advice", "A6"), ("Own CPD", "A7"), ("SEN law and Code", "K1"),
              ("Every Child Matters", "K2"), ("Disability equality law", "K3"), ("Child development", "K4"),
              ("Provision mapping", "S3"), ("Deploying staff", "S4"), ("Leading colleagues' learning", "S5"),
              ("Reviewing provision", "S6"), ("Children's own say", "S7"), ("Parents and carers", "S8"),
              ("Other services", "S9")]
    f = build(tmp_path, "placed", [
        ("table", [["National outcome", "Taught on", "Assessed in"]]
         + [[t, f"Day {i // 2 + 1}", "Task 2"] for i, (t, _) in enumerate(titles)]),
        ("table", [["Code", "What participants learn", "Day", "How assessed"]]
         + [[c, t, f"Day {i // 2 + 1}", "Task 1"] for i, (t, c) in enumerate(titles[:9])]
         + [["K5", "Common SEN", "-", "-"], ["K6", "Approaches, strategies and resources", "Day 6", "Task 1"]]),
    ])
    v = judge(engine, f)
    assert v["6.A4"] == "met" and v["6.S7"] == "met"
    assert v["6.S9"] == "met" and v["6.K9"] == "not_met"  # "Other services", in S9's place
    assert v["6.K5"] == "not_met"  # placed by its code, nothing beside it


@pytest.mark.parametrize("title, expect", [
    ("How well is the school doing?", "met"),  # a short title of its own, in K7's place: K7
    ("Self-review: weighing your own growth honestly", "not_met"),  # a participant's own, not the school's
    ("Self-evaluation: looking honestly at one's own singing", "not_met"),  # ... whatever it is of
    ("Self-evaluation: a day at the museum's accreditation review", "not_met"),  # an organisation's own inspection
    # ... whatever the body is called, wherever in the row it is said
    ("Inspection: how the Brigade's schools work is inspected and reviewed in the Brigade's own self-assessment",
     "not_met"),
])
def test_a_row_whose_words_say_it_is_not_the_outcome_in_its_place_is_not_placed_there(tmp_path, engine, title, expect):
    """In a map in Annex 3's order, the row between K6's and K8's is K7 by its place, unless its words say it is
    another thing (the outcome's ``not_terms``)."""
    titles = ["Bringing the head and colleagues with you", "Managing time, priorities and delegation",
              "Solving problems and making decisions about provision",
              "Speaking and writing clearly and listening to others", "Using research and outside advice",
              "Keeping up to date with your own development",
              "SEN law and the Code of Practice", "Every Child Matters and the SENCO's part",
              "Disability equality law and its duties", "How children develop and learn",
              "The most common kinds of SEN and disability", "Approaches, strategies and resources, including ICT",
              title, "Best practice and research on SEN", "The roles of other professionals and agencies"]
    f = build(tmp_path, "refused", [
        ("table", [["Area", "Taught in", "Assessed in"]]
         + [[t, f"Day {i}", "Task 2"] for i, t in enumerate(titles, start=1)]),
    ])
    v = judge(engine, f)
    assert v["6.K6"] == "met" and v["6.K8"] == "met"
    assert v["6.K7"] == expect


def test_the_first_row_of_a_map_in_the_annexs_order_is_placed_too_whatever_the_providers_own_code(tmp_path, engine):
    """A map numbered in the provider's own scheme ("C1", "C2", ...) opens with a row whose words name no outcome
    ("Warm with the children and their families"): before the row for A2, in a map in Annex 3's order, it is A1."""
    titles = ["Warm with the children and their families", "Bringing the head and colleagues with you",
              "Managing time, priorities and delegation", "Solving problems and making decisions about provision",
              "Speaking and writing clearly and listening to others", "Using research and outside advice",
              "Keeping up to date with your own development", "SEN law and the Code of Practice",
              "Every Child Matters and the SENCO's part", "Disability equality law and its duties"]
    f = build(tmp_path, "ownfirst", [
        ("table", [["Code", "Participants will", "Taught in", "Assessed in"]]
         + [[f"C{i}", t, f"Day {i}", "Task 2"] for i, t in enumerate(titles, start=1)]),
    ])
    v = judge(engine, f)
    assert v["6.A1"] == "met" and v["6.A2"] == "met"


def test_notes_for_each_day_typed_as_labelled_paragraphs_are_read_as_text_not_as_a_map(tmp_path, engine):
    """Each day's notes are the same labelled paragraphs ("About the day. ...", "Activities: ...", "Vocabulary: ...",
    "Room notes: ..."); each day's prose names outcomes, but records led by a paragraph of prose are no outcome map,
    and what the last day does is read."""
    about = [
        "The law on special educational needs and the Code of Practice, and what they mean for the school, the SENCO "
        "and class teachers, with the graduated response, statutory assessment and annual reviews worked through in "
        "turn by the course leader with case material from three local schools and time for questions.",
        "How children develop and how special educational needs, disability and the learning environment affect "
        "their development, with the most common kinds of need, their effect on learning and the first signs a "
        "class teacher may notice, taught by the service's educational psychologist with video from two settings.",
        "Provision mapping and how to use it to plan provision and to find what is missing or not working, with the "
        "costing of interventions, tracking pupils' progress against their targets and reviewing it with staff, "
        "led by the programme's two tutors using the maps participants bring from their own schools.",
        "Deploying and managing teaching assistants and supporting colleagues' professional development through "
        "coaching, observation and feedback, and leading a training session, with role play in groups of three and "
        "a guest headteacher who talks about how the SENCO wins the commitment of senior leaders to change.",
        "Working with other services and agencies, including the voluntary sector, and how to get specialist "
        "support for a pupil, with a panel of a speech and language therapist, a social worker and an officer of "
        "the parent partnership service, who each describe a case and answer the participants' questions.",
    ]
    blocks = []
    for n, text in enumerate(about, start=1):
        blocks += [("h2", f"Day {n}"), ("p", f"About the day. {text}"),
                   ("p", "Activities: group work on the case material."),
                   ("p", "Vocabulary: graduated response; provision map; triad."),
                   ("p", "Room notes: the hall is booked from nine.")]
    blocks[-3] = ("p", "Activities: the day ends with each participant setting their professional targets for the "
                       "following year with their tutor, to take to their performance management meeting.")
    v = judge(engine, build(tmp_path, "daynotes", blocks))
    assert v["2.5"] == "met"


def test_a_task_followed_by_a_note_of_where_it_counts(tmp_path, engine):
    """Entries of a study guide: a task, then a short note labelled as where it counts; the note's value says
    whether the task is marked."""
    f = build(tmp_path, "notes", [
        ("h1", "Unit 2 tasks"),
        ("p", "Task. Plan how the teaching assistants in your year group are deployed and managed, and agree the plan "
              "with them."),
        ("p", "Where it counts. Portfolio, Part C."),
        ("p", "Task. Work in partnership with the parents and carers of one pupil to agree a joint plan."),
        ("p", "Where it counts. Reading group 2 (discussed, not marked)."),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met"
    assert v["6.S8"] == "partially_met"  # developed, not marked


def test_outcome_matrix_with_a_numbering_column_and_a_cell_saying_none(tmp_path, engine):
    """The provider's own statements in the second column, numbered in the first;
    "No taught session" in the development column is no development."""
    f = build(tmp_path, "numbered", [
        ("table", [
            ["No.", "What our SENCOs can do", "Taught in", "Portfolio evidence that assesses it"],
            ["1", "Deploy and manage teaching assistants and other support staff", "Day 3", "P4 deployment review"],
            ["2", "Use provision mapping to plan and cost provision", "Day 4", "P5 provision map"],
            ["3", "Explain the principles and outcomes of Every Child Matters", "Day 1", "P2 policy review"],
            ["4", "Organise their own workload: set priorities, manage time and delegate", "No taught session",
             "P6 time audit"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.K2"] == "met"
    assert v["6.A3"] == "partially_met"  # assessed, not developed


# a session plan that names the outcomes only by the provider's codes
SESSIONS_BY_CODE = ("table", [
    ["Session", "Date", "Theme", "Outcomes addressed"],
    ["Session 2", "14 October 2009", "Mapping what the school offers", "PS7, PS8"],
    ["Session 5", "9 December 2009", "The wider children's workforce", "KU2"],
])


def test_outcomes_referred_to_by_the_providers_own_codes(tmp_path, engine):
    """A key gives the provider's own code for each outcome; sessions and tasks then
    name the codes alone. A code in a task's "Outcomes assessed" cell assesses its
    outcome, one in a session's cell develops it, and the key itself does neither."""
    f = build(tmp_path, "codes", [
        ("p", "We number the outcomes our own way; the key below gives each code."),
        ("table", [
            ["Code", "Outcome"],
            ["KU2", "The principles and outcomes of Every Child Matters"],
            ["PS7", "Provision mapping to plan and cost provision"],
            ["PS8", "Deploying and managing teaching assistants and other support staff"],
            ["PS13", "Working with other services and agencies"],
        ]),
        SESSIONS_BY_CODE,
        ("table", [
            ["Task", "What you do", "Outcomes assessed"],
            ["Task 1", "A 3,000-word review of your school's provision map and how staff are deployed", "PS7, PS8, KU2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met" and v["6.K2"] == "met"
    assert v["6.S9"] == "not_met"  # only in the key: neither taught nor assessed


def test_codes_need_a_key(tmp_path, engine):
    """Without a key the same cells name no outcome."""
    f = build(tmp_path, "nokey", [
        SESSIONS_BY_CODE,
        ("table", [
            ["Task", "What you do", "Outcomes assessed"],
            ["Task 1", "A 3,000-word review of your school's approach", "PS7, PS8, KU2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "not_met" and v["6.S4"] == "not_met"


def test_transposed_matrix_under_a_group_row_with_a_summative_row(tmp_path, engine):
    """A merged group row ("Professional skills") above a transposed matrix is not its
    header; its last row names each outcome's summative assessment."""
    f = build(tmp_path, "grouped", [
        ("table", [
            ["Professional skills"] * 6,
            ["Module", "Sk 3 Provision mapping", "Sk 4 Deploy and manage staff", "Sk 7 Involving pupils in planning and reviewing their provision",
             "Sk 8 Working with parents and carers", "Sk 9 Partnership with services and agencies"],
            ["M1 Leading provision", "✓", "✓", "✓", "", "✓"],
            ["M2 Working with families", "", "", "", "✓", "✓"],
            ["Summative assessment", "Assignment 1", "Assignment 1", "formative only", "Assignment 2", ""],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met" and v["6.S8"] == "met"
    assert v["6.S7"] == "partially_met"  # formative only
    assert v["6.S9"] == "partially_met"  # taught, no summative assessment


def test_where_evidenced_column_names_the_assessment(tmp_path, engine):
    f = build(tmp_path, "evidenced", [
        ("table", [
            ["National minimum outcome", "Module learning outcome", "Where evidenced"],
            ["Deploying and managing teaching assistants and other staff", "702.3", "Task 2"],
            ["Provision mapping to plan provision", "703.1", "Task 3"],
            ["Keeping up to date and taking responsibility for their own CPD", "701.6",
             "Reflective journal (formative; not submitted)"],
            ["Working with other services and agencies", "702.6", "Task 2"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.S9"] == "met"
    assert v["6.A7"] == "partially_met"  # formative and not submitted


def test_traceability_matrix_with_reference_codes_and_short_outcome_names(tmp_path, engine):
    """The provider's codes number the rows and its short names for the outcomes
    ("Child development") follow under an outcome header; the key says which values in
    the assessment column assess for the award: a formative check or an elective does
    not, and an outcome with no place where it is learned ("-") is assessed only."""
    f = build(tmp_path, "trace", [
        ("p", "Key: S = assessed in a summative item (named); F = formative check only; "
              "Elective = optional content in E1-E3."),
        ("table", [
            ["Code", "National outcome (our wording)", "Enabling objective", "Where learned", "Assessment"],
            ["NO-08", "SEN law and the Code of Practice", "EO-3", "Unit 1", "S: AI-1"],
            ["NO-11", "Child development", "EO-6", "Unit 3", "S: AI-2"],
            ["NO-19", "Provision mapping", "EO-14", "Unit 5", "S: AI-3"],
            ["NO-14", "School self-evaluation", "EO-20", "-", "S: AI-3"],
            ["NO-23", "Involving pupils in planning and review", "EO-11", "Unit 4", "F"],
            ["NO-24", "Working with parents and carers", "EO-21", "Elective E1", "Elective"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K4"] == "met" and v["6.S3"] == "met" and v["6.K1"] == "met"
    assert v["6.K7"] == "partially_met"  # assessed, learned nowhere
    assert v["6.S7"] == "partially_met"  # formative only
    assert v["6.A1"] != "met" and v["6.S8"] != "met"  # an elective's


def test_a_timetable_of_taught_days_leaves_assessment_to_the_table_of_what_markers_look_for(tmp_path, engine):
    """A table of taught days maps outcomes to days but has no assessment column: it says
    nothing of assessment. The assessment table's "What the marker looks for" column then
    says which outcomes are assessed, its cells read as evidence in their own right."""
    f = build(tmp_path, "days", [
        ("table", [
            ["Day", "Focus", "Led by"],
            ["1", "The law and the Code: SEN Code of Practice 2001, the SENCO Regulations 2008", "RA"],
            ["2", "Every Child Matters and the SENCO: the five outcomes and the CAF", "PW"],
            ["3", "Provision mapping and management; costing provision", "PW"],
            ["4", "Deploying and managing teaching assistants and other support staff", "GP"],
            ["5", "Working with other agencies: educational psychology, speech and language therapy", "IS"],
        ]),
        ("table", [
            ["Task", "What the participant does", "What the marker looks for"],
            ["A1", "A review of the school's SEN policy (4,000 words)",
             "Knowledge of SEN law and the Code of Practice and how to put them into practice."],
            ["A2", "A change project report (5,000 words)",
             "A provision map for a year group. How support staff are deployed and managed."],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met" and v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.K2"] == "partially_met" and v["6.S9"] == "partially_met"  # taught, in no task's list


@pytest.mark.parametrize("day", ["Study Day", "Session", "Centre day", "Unit"])
def test_a_programme_of_days_is_the_programmes_content_not_a_map_of_outcomes(tmp_path, engine, day):
    """"Study Day | Theme | Who teaches": each row is a day, its theme what the day teaches. Its themes name outcomes,
    but it is no outcome map: the law a day teaches is the programme's content (1.4), and the day develops the
    outcomes its theme names (their assessment is for the assessment's own text to say)."""
    f = build(tmp_path, "programme-of-days", [
        ("h1", "The programme"),
        ("table", [
            [day, "Theme", "Who teaches"],
            ["1", "The SENCO and the law: the SEN Code of Practice, the Disability Discrimination Act 2005 and the "
                  "SENCO Regulations 2008", "Programme leader"],
            ["2", "Every Child Matters and the SENCO's part in it", "Programme leader"],
            ["3", "Provision mapping and management", "Local authority adviser"],
            ["4", "Deploying and managing teaching assistants and other support staff", "Local authority adviser"],
            ["5", "Working with other agencies and services", "Educational psychologist"],
        ]),
        ("p", "Every participant writes a case study of their school's provision map, marked for the award."),
    ])
    v = judge(engine, f)
    assert v["1.4"] == "met"
    assert v["6.S3"] == "met"  # taught on Day 3, and the case study assesses it
    assert v["6.S9"] == "partially_met"  # taught on Day 5, assessed nowhere


def test_a_plan_of_days_coded_in_their_own_cells_is_read_as_the_programmes_content(tmp_path, engine):
    """"What will happen | Who | When | How we will know it is working", each row's first cell a day's code and a
    description of the day ("D4 Listening to children. Ways of consulting children ..."): the descriptions name
    outcomes, but the table is a programme of days, and what each day does is read as the programme's content."""
    f = build(tmp_path, "coded-days", [
        ("h1", "The plan"),
        ("table", [
            ["What will happen", "Who", "When", "How we will know it is working"],
            ["D1 The law. The SEN Code of Practice, the Disability Discrimination Act and the SENCO Regulations, and "
             "what they ask of a SENCO in school.", "Programme leader", "Jan", "Day evaluation"],
            ["D2 Growing up. How children develop and how SEN and the home and school environment affect "
             "development, with a visiting speech and language therapist.", "Tutor", "Feb", "Day evaluation"],
            ["D3 Listening to children. Ways of consulting children and young people, such as Talking Mats and "
             "pupil-led reviews; participants practise them with a group of young people.", "Tutor", "Mar",
             "Pupil voice plan checked by the tutor"],
            ["D4 Families as partners. Working with parents and carers, difficult conversations and getting "
             "families to reviews, practised in role play with parents.", "Tutor and parents", "Apr",
             "Day evaluation"],
            ["D5 Leading provision. Provision mapping and identifying ineffective or missing provision; deploying "
             "and managing teaching assistants and other staff.", "Local authority adviser", "May", "Day evaluation"],
            ["D6 Other agencies. The role of external agencies and how to obtain specialist support; working with "
             "senior colleagues and governors on the school's inclusive ethos.", "Educational psychologist", "Jun",
             "Day evaluation"],
        ]),
    ])
    v = judge(engine, f)
    assert v["1.5"] == "met"  # the day that develops consulting pupils, read as a sentence
    assert v["1.4"] == "met"  # the law the first day teaches


def test_a_blank_self_review_form_listing_outcomes_maps_nothing(tmp_path, engine):
    """A form participants fill in, the outcomes listed against empty boxes, says neither
    where an outcome is developed nor that it is not: the programme's text decides."""
    f = build(tmp_path, "form", [
        ("p", "Study Day 3 covers provision mapping and management; it is assessed in Task B, the provision map."),
        ("p", "Study Day 4 covers deploying and managing teaching assistants; it is assessed in Task B."),
        ("table", [
            ["Starting point self-review", "Not yet", "Some", "Confident", "Expert"],
            ["Provision mapping and management", "☐", "☐", "☐", "☐"],
            ["Deploying and managing support staff", "☐", "☐", "☐", "☐"],
            ["Every Child Matters", "☐", "☐", "☐", "☐"],
            ["Know the scope and role of external agencies", "☐", "☐", "☐", "☐"],
            ["Working in partnership with parents and carers", "☐", "☐", "☐", "☐"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.K2"] == "not_met" and v["6.S9"] == "not_met"  # listed on the form only


def test_a_starting_profile_to_rate_oneself_on_maps_nothing(tmp_path, engine):
    """A profile where each outcome is rated on a scale ("1 2 3 4") is a form to fill in, like
    one of empty boxes: it says neither where an outcome is developed nor that it is not."""
    f = build(tmp_path, "profile", [
        ("p", "Study Day 3 covers provision mapping and management; it is assessed in Task B, the provision map."),
        ("p", "Study Day 4 covers deploying and managing teaching assistants; it is assessed in Task B."),
        ("table", [
            ["My starting point", "Circle one (1 = new to me, 4 = I could teach it)", "An example from my work"],
            ["Provision mapping and management", "1 2 3 4", ""],
            ["Deploying and managing support staff", "1 2 3 4", ""],
            ["Every Child Matters", "1 2 3 4", ""],
            ["Know the scope and role of external agencies", "1 2 3 4", ""],
            ["Working in partnership with parents and carers", "1 2 3 4", ""],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.K2"] == "not_met" and v["6.S9"] == "not_met"  # listed on the profile only


@pytest.mark.parametrize("could,wont", [("C", "W"), ("Could", "Won't"), ("Could have", "Won’t have")])
def test_a_requirements_priority_that_does_not_commit(tmp_path, engine, could, wont):
    """A requirements table with a priority column (MoSCoW): what the provider only "could" do if
    time allows is a hope, and what it "won't" do this time is declined; a "must" is done."""
    f = build(tmp_path, "moscow", [
        ("h1", "4 Functional requirements"),
        ("table", [
            ["ID", "Requirement", "Pri", "Acceptance criterion"],
            ["FR-01", "Each participant shall be allocated a personal tutor who replies to messages within two "
                      "working days.", "M", "Tutor named on the course page"],
            ["FR-02", "Each participant shall spend a day on a placement in a special school, arranged by the "
                      "programme team.", could, "Placement recorded"],
            ["FR-03", "An experienced SENCO shall be able to present a portfolio for assessment against every "
                      "outcome without attending the taught units (an assessment-only route).", wont, "Route open"],
        ]),
    ])
    v = judge(engine, f)
    assert v["2.3"] == "not_met"
    r = {x.id: x for x in engine.evaluate_file(f).requirements}["5.5"]
    assert not any("placement" in e.quote for e in r.evidence)


def test_a_sentence_saying_there_is_none_under_an_out_of_scope_heading_still_says_so(tmp_path, engine):
    """Under "Out of scope", "the award has no assessment-only route" agrees with its heading: the heading's
    exclusion does not turn the statement that there is no route into one turned down, and the route
    described earlier is defeated."""
    f = build(tmp_path, "outofscope", [
        ("h1", "5 Routes"),
        ("p", "Experienced SENCOs may present a portfolio for assessment against every outcome without attending "
              "the taught modules."),
        ("h1", "10 Out of scope"),
        ("p", "Assessment-only route: the award has no assessment-only route (removed in version 1.2)."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


@pytest.mark.parametrize("heard,did", [("What we heard", "What we did"), ("You said", "We did / we will")])
def test_a_what_we_heard_what_we_did_table_shows_stakeholders_shaping_the_programme(tmp_path, engine, heard, did):
    """"What we heard | What we did" (or "You said | We did / we will"): each change in the second column was made
    for what stakeholders said in the first, however plainly it is put ("Saturday study days added"); a "What we
    did" column in a log of dates is not that."""
    rows = [["Heads: whole days out of school are hard to cover.", "Saturday study days added for the spring term."],
            ["Parents: the course should hear from families.", "Day 5 is now co-taught with the Parent Forum."]]
    f = build(tmp_path, "heard", [("h1", "Consultation"), ("table", [[heard, did], *rows])])
    assert judge(engine, f)["4.2"] == "met"
    log = build(tmp_path, "log", [("h1", "Project log"), ("table", [["Date", "What we did"],
                                                                   ["3 March", "Saturday study days added."],
                                                                   ["9 March", "Day 5 now co-taught."]])])
    assert judge(engine, log)["4.2"] == "not_met"


def test_what_changed_as_a_result_titles_the_changes_stakeholders_brought_about(tmp_path, engine):
    """A heading or a paragraph's run-in title "What we changed as a result" says that each sentence under it is a
    change made for what stakeholders said, however plainly it is put; a bare "What changed." over a pupil's
    progress is not that."""
    said = ("Consultation", "In the autumn we asked the heads of all our schools what they wanted from the course, and "
                            "forty replied.")
    heading = build(tmp_path, "changed", [("h1", said[0]), ("p", said[1]), ("h2", "2.3 What we changed as a result"),
                                          ("p", "Study days are on Saturdays in the spring term.")])
    assert judge(engine, heading)["4.2"] == "met"
    run_in = build(tmp_path, "runin", [("h1", said[0]), ("p", said[1]),
                                       ("p", "What changed as a result. Study days are on Saturdays in the spring term.")])
    assert judge(engine, run_in)["4.2"] == "met"
    pupil = build(tmp_path, "pupil", [("h1", said[0]), ("p", said[1]), ("h2", "Case study: Jamie"),
                                      ("p", "What changed. Study days are on Saturdays in the spring term.")])
    assert judge(engine, pupil)["4.2"] == "not_met"


def test_what_stakeholders_said_under_background_is_still_their_influence(tmp_path, engine):
    """Influence on the design is told in the past, often under "Background": what heads said and what was changed
    for them is the evidence 4.2 asks for, not the provider's past; and the change may follow "The design changed as a
    result.", or stand in a "Main points | Response in this proposal" table."""
    past = build(tmp_path, "background", [("h1", "2. Background"),
                                         ("p", "The specification limited weekday release to two days, with the other "
                                               "study days on Saturdays, because of what heads told us.")])
    assert judge(engine, past)["4.2"] == "met"
    table = build(tmp_path, "points", [("h1", "Consultation"), ("table", [
        ["Consultee", "Main points", "Response in this proposal"],
        ["Heads' forum", "Whole days out of school are hard to cover.", "Study days moved to Saturdays."]])])
    assert judge(engine, table)["4.2"] == "met"
    run_in = build(tmp_path, "design", [("h1", "Consultation"),
                                       ("p", "In October we surveyed the heads of our schools and 60 replied."),
                                       ("p", "3.4 The design changed as a result. Study days are spaced a month apart.")])
    assert judge(engine, run_in)["4.2"] == "met"


def test_recommendations_to_a_council_are_not_yet_the_programme(tmp_path, engine):
    """A report's "7 Recommendations to Council" proposes; what it recommends is not yet an arrangement."""
    f = build(tmp_path, "recs", [
        ("h1", "7 Recommendations to Council"),
        ("table", [["No.", "Recommendation"],
                   ["R5", "Offer participants who complete the award an alumni day each year, and help them plan "
                          "their next professional targets with their headteacher."]]),
    ])
    assert judge(engine, f)["2.5"] == "not_met"


def test_a_column_headed_by_the_task_lists_what_the_task_assesses(tmp_path, engine):
    """A unit's table: what the unit works on in one column, and in the other, under the
    assignment's own name ("Assignment 2: A pupil study asks you to show that you"), what
    the assignment asks for: those outcomes are assessed."""
    f = build(tmp_path, "taskcol", [
        ("table", [
            ["In this unit you will work on", "Assignment 2: A pupil study (4,000 words) asks you to show that you"],
            ["using assessments by educational psychologists, therapists and other professionals",
             "use other professionals' assessments in planning"],
            ["tracking progress with summative assessments, including national tests",
             "use summative data to track progress and adjust provision"],
            ["working with parents and carers", "know the main types of SEN and how they affect learning"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S2a"] == "met" and v["6.S2b"] == "met"


def test_e_learning_still_in_talks_does_not_make_3_3_apply(tmp_path, engine):
    """Talks about putting sessions online are a plan, not e-learning the programme uses:
    3.3 does not apply."""
    f = build(tmp_path, "talks", [
        ("p", "All sessions are taught face to face at the Teachers' Centre."),
        ("p", "We are in talks with the University about putting some sessions online through its VLE for 2010."),
    ])
    assert judge(engine, f)["3.3"] == "not_applicable"


def test_the_librarys_online_journals_are_not_e_learning(tmp_path, engine):
    """Participants who use the university library's online journals, on a course taught face to face, study
    nothing online: 3.3 does not apply."""
    f = build(tmp_path, "journals", [
        ("p", "All sessions are taught face to face at the Teachers' Centre."),
        ("p", "Participants use the University's library and online journals as registered students."),
    ])
    assert judge(engine, f)["3.3"] == "not_applicable"
    f = build(tmp_path, "units", [
        ("p", "All sessions are taught face to face at the Teachers' Centre."),
        ("p", "Participants use the University's library and online study units as registered students."),
    ])
    assert judge(engine, f)["3.3"] != "not_applicable"


def test_e_learning_noted_as_removed_in_a_register_does_not_make_3_3_apply(tmp_path, engine):
    """A project register's note that the online unit was taken out, with the decision's code, is not e-learning the
    programme uses."""
    f = build(tmp_path, "removed", [
        ("p", "All sessions are taught face to face at the Teachers' Centre."),
        ("p", "Scope: P-4 online unit removed earlier (D-3); P-7 parents' leaflet added."),
    ])
    assert judge(engine, f)["3.3"] == "not_applicable"


@pytest.mark.parametrize("note", [
    "Online study through the University's VLE: omitted from this course by Variation 2.",
    "The online route through the learning platform has been omitted from the programme.",
])
def test_e_learning_noted_as_omitted_from_the_course_does_not_make_3_3_apply(tmp_path, engine, note):
    """E-learning that the document notes as left out of the course, after a colon or said in full, is not e-learning
    the programme uses."""
    f = build(tmp_path, "omitted", [("p", "All sessions are taught face to face at the Teachers' Centre."), ("p", note)])
    assert judge(engine, f)["3.3"] == "not_applicable"


@pytest.mark.parametrize("announced", [
    ("p", "Coming in 2010: an online version of Unit 1"),
    ("p", "We are developing an online version of Unit 1 so that you could study it from home."),
])
def test_e_learning_announced_as_coming_does_not_make_3_3_apply(tmp_path, engine, announced):
    """An online version announced as coming, or still being made, is not e-learning the programme uses."""
    f = build(tmp_path, "coming", [("p", "All sessions are taught face to face at the Teachers' Centre."), announced])
    assert judge(engine, f)["3.3"] == "not_applicable"


@pytest.mark.parametrize("handed_in", [
    "Tasks are handed in online through the University's electronic submission system.",
    "'Online hand-in' means the University's electronic submission system; you will receive a login in September.",
])
def test_work_handed_in_online_is_not_e_learning(tmp_path, engine, handed_in):
    """Work handed in through an online submission system, on a course taught face to face, is paperwork, not study
    online: 3.3 does not apply; a forum for the course does make it apply."""
    f = build(tmp_path, "handin", [("p", "All sessions are taught face to face at the Teachers' Centre."), ("p", handed_in)])
    assert judge(engine, f)["3.3"] == "not_applicable"
    f = build(tmp_path, "forum", [("p", "All sessions are taught face to face at the Teachers' Centre."), ("p", handed_in),
                                  ("p", "Between sessions participants post to an online discussion forum.")])
    assert judge(engine, f)["3.3"] != "not_applicable"


def test_outcome_matrix_typed_as_lines(tmp_path, engine):
    """A matrix typed as lines whose fields a dash sets apart, under a line naming the
    fields the same way, is read as a table; a single dash in prose is not."""
    f = build(tmp_path, "typed", [
        ("bold", "Outcome — session — assessment:"),
        ("p", "S3 Provision mapping — Day 5 — Part B"),
        ("p", "S4 Deploying and managing staff — Day 5 — Part B"),
        ("p", "S2(d) Access arrangements for tests and exams — Day 3 — not assessed"),
        ("p", "K2 Every Child Matters — Day 1 — Part A"),
        ("p", "S9 Partnership with agencies — Online 3 — Part A"),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met" and v["6.K2"] == "met" and v["6.S9"] == "met"
    assert v["6.S2d"] == "partially_met"  # taught, said not assessed


def test_an_assessment_named_by_code_that_is_formative_elsewhere_is_no_assessment(tmp_path, engine):
    """The outcome table names assessments by code; the assessment table says A4 is
    formative only. An outcome assessed only by A4 is not assessed for the award, and
    the assessment table's codes A1 to A4 are not the outcomes 6.A1 to 6.A4."""
    f = build(tmp_path, "items", [
        ("table", [
            ["Minimum outcome", "Developed in", "Assessed by (see Table 3)"],
            ["Deploying and managing teaching assistants and other support staff", "Module 2", "A2"],
            ["Provision mapping to plan and cost provision", "Module 2", "A2"],
            ["Keeping up to date and taking responsibility for their own CPD", "Module 1", "A4"],
            ["Working in partnership with other services and agencies", "Module 3", "A3 and A4"],
        ]),
        ("table", [
            ["Code", "Module", "Assessment", "Counts towards the award?"],
            ["A1", "Module 1", "Essay of 4,000 words on the school's SEN policy", "Yes"],
            ["A2", "Module 2", "Case study of provision for one pupil, 5,000 words", "Yes"],
            ["A3", "Module 3", "Project report on leading a change, 5,000 words", "Yes"],
            ["A4", "Module 1", "Reflective log discussed with a tutor. Formative only: not marked", "No"],
        ]),
    ])
    v = judge(engine, f)
    assert v["6.S4"] == "met" and v["6.S3"] == "met" and v["6.S9"] == "met"
    assert v["6.A7"] == "partially_met"  # A4 alone: formative
    assert v["6.A1"] == "not_met" and v["6.A4"] == "not_met"  # the codes are not outcome identifiers


def test_module_outcomes_assessed_only_where_the_assessment_lists_their_codes(tmp_path, engine):
    """Module learning outcomes with codes; the assessment says which codes it assesses.
    An outcome taught in the module whose code the assessment does not list is taught,
    not assessed, and "only if" is no assessment."""
    f = build(tmp_path, "lo", [
        ("h2", "Module 3: Leading provision"),
        ("p", "By the end of the module you will be able to:"),
        ("p", "LO3.1 use provision mapping to plan and cost provision;"),
        ("p", "LO3.2 deploy and manage teaching assistants and other support staff;"),
        ("p", "LO3.3 support colleagues' professional development through coaching and mentoring;"),
        ("p", "LO3.4 work in partnership with other services and agencies."),
        ("p", "Assessment. Project report, 5,000 words, on a change you lead in your school. Assesses LO3.1, LO3.3 "
              "and LO3.4. LO3.2 is assessed only if your role includes line management."),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S5"] == "met" and v["6.S9"] == "met"
    assert v["6.S4"] == "partially_met"


def test_an_assessment_map_whose_columns_are_the_assignments_and_whose_key_says_what_is_marked(tmp_path, engine):
    """Columns named by the assignments' codes are assessment columns; a cell value the
    key says is not marked ("Contributes") is no assessment; with no column for where an
    outcome is taught, the teaching is read in the text."""
    f = build(tmp_path, "map", [
        ("p", "Unit 2 teaches provision mapping and deploying teaching assistants; Unit 3 covers working with other "
              "services and agencies and keeping up to date with your own CPD."),
        ("table", [
            ["Unit", "Study days", "Assignment"],
            ["Unit 2", "Days 4-7", "A2 Case study, 4,000 words"],
            ["Unit 3", "Days 8-10", "A3 Development project, 3,500 words"],
        ]),
        ("table", [
            ["Course outcome", "A2 Case study", "A3 Development project"],
            ["use provision mapping to plan and cost provision", "Main focus", "Contributes"],
            ["deploy and manage teaching assistants and other support staff", "—", "Main focus"],
            ["work with other services and agencies", "Contributes", "—"],
            ["keep up to date and take responsibility for your own CPD", "—", "—"],
        ]),
        ("p", "Key. Main focus: one of the marking criteria for the assignment. Contributes: your tutor will comment "
              "on it, but it is not one of the marking criteria."),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met" and v["6.S4"] == "met"
    assert v["6.S9"] == "partially_met"  # only "Contributes": not marked
    assert v["6.A7"] == "partially_met"  # taught in Unit 3, in no assignment


@pytest.mark.parametrize("header,expect", [
    ("Outcomes the marking criteria address", "met"),
    ("Outcomes assessed", "met"),
    ("What is assessed", "met"),
    ("What the task assesses", "met"),
    ("What the markers look for", "met"),
    ("Marked for", "met"),  # what each task is marked for
    ("Assessed for:", "met"),
    ("Assessed for the award in", "partially_met"),  # an outcome map's column naming the task, not a list of what is marked
    ("Background reading", "partially_met"),
])
def test_an_assessment_tables_column_listing_what_each_task_assesses_in_words(tmp_path, engine, header, expect):
    """A task's row lists, in the provider's words, the outcomes its marking covers: those are
    assessed there. The same words under a column that is not about marking assess nothing."""
    f = build(tmp_path, "tasks", [
        ("p", "Study day 2 covers Every Child Matters and the SENCO's part in securing the five outcomes."),
        ("p", "The module is assessed by the task below, marked by two tutors."),
        ("table", [["Task", "When", header],
                   ["1. Policy review (4,000 words)", "January",
                    "Every Child Matters and the SENCO's part; provision mapping"]]),
    ])
    assert judge(engine, f)["6.K2"] == expect


def test_a_row_of_the_assessment_table_that_says_it_is_not_assessed_assesses_nothing(tmp_path, engine):
    """Under a "What is assessed" column, the row for the work that is not assessed (a journal,
    contributions on the days) names what is done, not what is marked."""
    f = build(tmp_path, "not-assessed-row", [
        ("p", "Study day 2 covers Every Child Matters and the SENCO's part in securing the five outcomes."),
        ("p", "Study day 3 covers provision mapping."),
        ("table", [["Task", "Form", "What is assessed"],
                   ["Task 1: Policy review", "4,000 words; pass or refer", "Provision mapping in the participant's school"],
                   ["Not assessed", "–", "A journal on Every Child Matters and the SENCO's part; contributions on the days"]]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met"
    assert v["6.K2"] == "partially_met"


def test_an_outcome_schedule_with_a_test_column_and_an_item_the_text_says_is_not_graded(tmp_path, engine):
    """A contract-style schedule ("Delivered in" | "Acceptance test") maps where each outcome is
    assessed; a cell naming only work the text calls formative and ungraded assesses nothing."""
    f = build(tmp_path, "schedule", [
        ("p", "The Learning Journal, kept online, is formative: tutors comment on it, but it is not graded."),
        ("table", [["Ref", "By the end the SENCO can", "Delivered in", "Acceptance test"],
                   ["D1", "use provision mapping to plan and cost provision", "Workshop 3", "C2 Practice Inquiry"],
                   ["D2", "work with other services and agencies", "Workshop 4", "Learning Journal"],
                   ["D3", "apply SEN law and the SEN Code of Practice", "Workshop 1", "C1 Policy Review"],
                   ["D4", "deploy and manage teaching assistants", "Workshop 3", "C2 Practice Inquiry"],
                   ["D5", "explain the principles and outcomes of Every Child Matters", "Workshop 1", "Attendance at Workshop 1"],
                   ["D6", "use summative assessments, including national tests, to track progress", "Workshop 3",
                    "Optional: C2 where the inquiry allows"]]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met"
    assert v["6.S9"] == "partially_met"
    assert v["6.K2"] == "partially_met"  # attendance is no assessment
    assert v["6.S2b"] == "partially_met"  # nor is an optional one


def test_a_table_that_lists_what_each_task_assesses_is_read_there_not_row_by_row(tmp_path, engine):
    """Beside a column of the outcomes each task assesses, what a unit teaches is not assessed
    because its row names a task: only what the list names is."""
    f = build(tmp_path, "both-columns", [
        ("table", [["Unit", "Outcomes developed", "Assessment task", "Outcomes assessed (marked)"],
                   ["Unit 1", "SEN law and the SEN Code of Practice; Every Child Matters and the SENCO's part",
                    "Assignment 1: policy review", "SEN law and the Code of Practice"]]),
    ])
    v = judge(engine, f)
    assert v["6.K1"] == "met"
    assert v["6.K2"] == "partially_met"


def test_a_teaching_schedule_assesses_an_outcome_where_its_rows_assessment_cell_names_a_graded_task(tmp_path, engine):
    """A scheme of work (week | session | what participants do | assessment): what a session
    teaches is assessed where the same row names a graded task, not where it says formative
    or nothing; a row whose assessment cell lists what the markers look for assesses only that."""
    f = build(tmp_path, "scheme", [
        ("p", "The programme is assessed by three graded tasks."),
        ("table", [["Week", "Session focus", "What participants do", "Assessment"],
                   ["3", "Provision mapping", "Using provision mapping to plan and cost provision", "Task 3 item 1 (graded)"],
                   ["5", "Managing the role", "Prioritising, managing time and delegating", "Formative: time log discussed in tutorial"],
                   ["7", "Other services", "Working with other services and agencies", "-"],
                   ["8", "Using data", "Using summative assessments, including national tests, to track progress",
                    "Tutors give feedback on the day"],
                   ["10", "Families", "Building relationships with pupils and families; liaising with parents and "
                    "carers; the most common types of SEN", "Portfolio (a record of a meeting with parents)"],
                   ["9", "Teaching assistants", "Deploying and managing teaching assistants",
                    "Task 2. Markers look for your knowledge of SEN law and the Code of Practice."]]),
    ])
    v = judge(engine, f)
    assert v["6.S3"] == "met"
    assert v["6.A3"] == "partially_met"
    assert v["6.S9"] == "partially_met"
    assert v["6.S2b"] == "partially_met"  # feedback on the day names no assessment
    assert v["6.A1"] == "partially_met"  # one part of a row teaching several outcomes is assessed: not this one
    assert v["6.S4"] == "partially_met"


def test_an_outcome_map_of_activity_codes_is_assessed_where_a_code_counts_for_the_award(engine, tmp_path):
    """Outcomes mapped to the provider's activity codes are assessed where one of the codes
    is an assessment that counts for the award, not where the codes are taught or formative."""
    path = build(tmp_path, "activity-codes", [
        ("h1", "Activities"),
        ("p", "T1 Induction day and learning plan with a personal tutor."),
        ("p", "T2 Three taught days on the law, guidance and the SENCO's duties."),
        ("p", "T3 Reading circle on child development and learning."),
        ("p", "T4 Written assignment: a review of the school's SEN policy against the Code of Practice (4,000 words; 50%)."),
        ("p", "T5 Practitioner enquiry into one pupil's progress (4,000 words; 50%)."),
        ("h1", "Feedback that does not count"),
        ("p", "T3 reading circle notes receive comments from a tutor. None of these is graded."),
        ("h1", "Outcome map"),
        ("table", [["Outcome", "Activities"],
                   ["SEN law and guidance, including the SEN Code of Practice", "T2, T4"],
                   ["How children develop and what affects their development", "T3"],
                   ["Identifying pupils' needs, setting targets, planning and reviewing interventions", "T1, T5"]]),
    ])
    found = engine.find(read_application(path))
    status = {(r.rule.id, name): a.status for r in found.requirements for name, a in r.aspects.items()}
    assert status[("6.K1", "assessed")] == "supported"  # T4 counts for the award
    assert status[("6.S2", "assessed")] == "supported"  # T5 too
    assert status[("6.K4", "assessed")] != "supported"  # T3 is formative only


def test_a_row_assessed_by_its_activity_code_is_quoted_where_the_row_is(engine, tmp_path):
    """An outcome map's row that lists the code of a counted assessment ("B2.1 | SEN law ... | A | EP1") is quoted at
    the row (its table and row), never at the paragraph that defines the code, where the row's words are not."""
    path = build(tmp_path, "activity-codes-where", [
        ("h1", "Product description"),
        ("p", "EP1 Policy review: the school's SEN policy against the Code of Practice (3,000 words; 30%)."),
        ("p", "EP2 Case study of one pupil (4,000 words; 40%)."),
        ("p", "EP3 Provision map and review (3,000 words; 30%)."),
        ("p", "BL1 Block A: three taught days on the law."),
        ("h1", "Annex B: the national outcomes"),
        ("table", [["Ref", "Outcome", "Block", "Evidence"],
                   ["B2.1", "SEN law and the Code of Practice", "A", "EP1"],
                   ["B2.2", "Every Child Matters and the SENCO", "A", "EP1"],
                   ["B2.3", "Provision mapping", "C", "EP3"],
                   ["B2.4", "How children develop", "B", "EP2"]]),
    ])
    result = next(r for r in engine.evaluate(read_application(path)).requirements if r.id == "6.K1")
    assert result.verdict.value == "met"
    quoted = [e for e in result.evidence if "SEN law and the Code of Practice" in e.quote]
    assert quoted and all(e.location.table is not None and e.location.row == 2 for e in quoted)


def test_an_activity_code_in_a_row_that_says_it_is_not_assessed_assesses_nothing(engine, tmp_path):
    """The row lists the code of an activity that counts for the award, and says in its own cell that the outcome is
    not separately assessed: the row's word stands."""
    path = build(tmp_path, "activity-codes-row", [
        ("h1", "Activities"),
        ("p", "T1 Induction day and learning plan with a personal tutor."),
        ("p", "T2 Three taught days on the law, guidance and the SENCO's duties."),
        ("p", "T4 Written assignment: a review of the school's SEN policy against the Code of Practice (4,000 words; 50%)."),
        ("p", "T5 Practitioner enquiry into one pupil's progress (4,000 words; 50%)."),
        ("h1", "Outcome map"),
        ("table", [["Outcome", "Activities", "Note"],
                   ["SEN law and guidance, including the SEN Code of Practice", "T2, T4", ""],
                   ["Using summative data and national tests to track progress", "T5", "Not separately assessed"],
                   ["Identifying pupils' needs, setting targets, planning and reviewing interventions", "T1, T5", ""]]),
    ])
    found = engine.find(read_application(path))
    status = {(r.rule.id, name): a.status for r in found.requirements for name, a in r.aspects.items()}
    assert status[("6.K1", "assessed")] == "supported"
    assert status[("6.S2b", "assessed")] != "supported"


def test_coded_assessment_excludes_formative_rows_and_codes_a_note_says_are_not_assessed(engine, tmp_path):
    path = build(tmp_path, "codes-notes", [
        ("h1", "Outcome codes"),
        ("table", [["Code", "Outcome"],
                   ["PK1", "Laws and guidance on SEN, including the SEN Code of Practice"],
                   ["PK2", "Disability equality legislation and the actions it requires"],
                   ["PK3", "How children develop and what affects their development"],
                   ["PS1", "Involving pupils in planning and reviewing their own provision"]]),
        ("h1", "Sessions"),
        ("p", "Session 1 covers PK1 and PK2 in a taught day."),
        ("p", "Session 2 covers PK3 and PS1 in a taught day."),
        ("h1", "Assessment"),
        ("table", [["Task", "Weighting", "Codes assessed"],
                   ["Task 1: Policy review (3,000 words)", "50%", "PK1, PK2*"],
                   ["Task 2: Case study (3,000 words)", "50%", "PK3"],
                   ["Reflective journal", "0% (formative; not graded)", "PS1"]]),
        ("p", "PK2: for this cohort the disability equality element is not assessed in Task 1."),
    ])
    found = engine.find(read_application(path))
    status = {(r.rule.id, name): a.status for r in found.requirements for name, a in r.aspects.items()}
    assert status[("6.K1", "assessed")] == "supported"  # a starred code is still a code: PK1 beside it counts
    assert status[("6.K4", "assessed")] == "supported"
    assert status[("6.K3", "assessed")] != "supported"  # the note says PK2 is not assessed
    assert status[("6.S7", "assessed")] != "supported"  # only in a formative, ungraded row


def test_codes_in_a_session_grid_are_taught_there_not_assessed_and_a_reading_guide_assesses_nothing(engine, tmp_path):
    path = build(tmp_path, "session-grid", [
        ("h1", "How to read this application"),
        ("p", "The table rows below show where each outcome (QK1 to QK3) is developed and how it is assessed."),
        ("h1", "Outcome codes"),
        ("table", [["Code", "Outcome"],
                   ["QK1", "Laws and guidance on SEN, including the SEN Code of Practice"],
                   ["QK2", "Disability equality legislation and the actions it requires"],
                   ["QK3", "How children develop and what affects their development"]]),
        ("h1", "Sessions"),
        ("table", [["Session", "Title", "Codes", "Follow-up task"],
                   ["1", "The law", "QK1, QK2", "Read the school's SEN policy before session 2"],
                   ["2", "Development", "QK3", "Observe one pupil for a morning"]]),
    ])
    found = engine.find(read_application(path))
    status = {(r.rule.id, name): a.status for r in found.requirements for name, a in r.aspects.items()}
    assert status[("6.K1", "developed")] == "supported"
    assert status[("6.K1", "assessed")] != "supported"  # a follow-up task column does not make a session an assessment
    assert status[("6.K4", "assessed")] != "supported"


def test_an_action_plan_lists_what_is_still_to_be_done(engine, tmp_path):
    path = build(tmp_path, "action-plan", [
        ("h1", "Action plan"),
        ("p", "Arrange a placement day in a special school for every participant in the spring term."),
    ])
    assert judge(engine, path)["5.5"] == "not_met"


def test_a_provider_that_says_it_has_not_asked_the_main_stakeholders_has_gathered_evidence_in_part(tmp_path, engine):
    """4.1: a survey of SENCOs, and later "We have not surveyed headteachers or the local authority": the evidence
    of needs is gathered only in part (the survey's findings still count)."""
    blocks = [
        ("h1", "How we planned the course"),
        ("p", "In November 2008 we surveyed the SENCOs in our network, and 41 of 60 replied."),
        ("p", "The SENCOs told us they feel least confident about provision mapping and managing teaching assistants."),
    ]
    assert judge(engine, build(tmp_path, "asked", blocks))["4.1"] == "met"
    not_asked = blocks + [("h1", "What we have not done yet"),
                          ("p", "We have not surveyed headteachers or the local authority for this programme.")]
    assert judge(engine, build(tmp_path, "not-asked", not_asked))["4.1"] == "partially_met"


def test_a_cells_run_in_title_is_a_title_not_a_statement(tmp_path, engine):
    """"Background checks. Checking enhanced CRB disclosures is left to the school ..." in a table's cell: the
    first two words are the answer's title, not a check the provider makes."""
    f = build(tmp_path, "runin", [
        ("table", [
            ["Question", "Our response"],
            ["12", "Background checks. Checking enhanced CRB disclosures is left to the school that employs each "
                   "participant."],
        ]),
    ])
    assert judge(engine, f)["5.3"] == "not_met"


def test_a_run_in_title_after_the_items_own_code_is_a_title_not_a_statement(tmp_path, engine):
    """ "R4. Earlier credit. The University does not accept credit from earlier study ...": the item's code, then its
    title, then the answer; the title is not a claim that credit is given."""
    f = build(tmp_path, "coded", [
        ("bullet", "R3. Entry. Every candidate sends an application with a reference from their headteacher."),
        ("bullet", "R4. Earlier credit. The University does not accept credit from earlier study into the Award: every "
                   "participant completes all 60 credits."),
    ])
    assert judge(engine, f)["2.1"] == "not_met"


def test_a_section_on_the_opposition_is_about_another_provider(tmp_path, engine):
    """A match programme's "Opposition View" describes the visiting side's own course: its route is not ours."""
    f = build(tmp_path, "opposition", [
        ("h1", "Opposition view: Northgate Town"),
        ("p", "Its Fast Track lets experienced SEN teachers go straight to assessment by portfolio and viva without "
              "attending any sessions."),
        ("h1", "Our season"),
        ("p", "Every participant attends all twelve sessions."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


@pytest.mark.parametrize("heading", ["ROOM 6 — OUTSIDE CONTRACT", "Our other work", "The Studio's other work"])
def test_a_section_outside_the_contract_or_on_the_provider_s_other_work_is_not_the_course(tmp_path, engine, heading):
    """A contractor's list of what is outside the job, or the provider's other work: the consultations it runs for its
    own commissions are not the course's."""
    f = build(tmp_path, "outside", [
        ("h1", heading),
        ("p", "The Studio has consulted children on every one of its school murals since 1994: pupils draw the first "
              "designs and vote on the final one. Our artists are trained to run these consultations with pupils with "
              "SEN, using symbols, photos and objects."),
        ("h1", "Room 2: the study days"),
        ("p", "Every participant attends all ten study days."),
    ])
    assert judge(engine, f)["1.5"] == "not_met"


@pytest.mark.parametrize("heading", ["PART VIII. WORK NOT IN THIS SCALE", "Services not covered by this schedule"])
def test_a_list_under_a_heading_of_what_the_document_leaves_out_is_not_offered(tmp_path, engine, heading):
    """A price list's or schedule's own list of what it does not include: each item under it is left out, not
    offered ("(b) The accreditation of prior study or experience")."""
    f = build(tmp_path, "left-out", [
        ("h1", heading),
        ("p", "(a) Travel to the Sittings."),
        ("p", "(b) The accreditation of prior study or experience, by a claim assessed by the tutor and confirmed by the "
              "University's panel."),
        ("h1", "Part I. Prices for teaching"),
        ("p", "Every participant attends all ten Sittings."),
    ])
    assert judge(engine, f)["2.1"] == "not_met"


@pytest.mark.parametrize("heading", ["PAGE 12 STILL TO SORT", "STRETCH GOALS", "Our wish list"])
def test_what_is_still_to_sort_or_only_a_stretch_goal_is_not_yet_offered(tmp_path, engine, heading):
    """A scrapbook's page of what is still to sort, or a crowdfunding page's stretch goals: what stands under them is
    not yet arranged."""
    f = build(tmp_path, "unfinished", [
        ("h1", "The course"),
        ("p", "Every participant attends all ten study days at the Hall."),
        ("h1", heading),
        ("p", "Experienced SENCOs may take an assessment-only route: a portfolio mapped to every outcome and a viva "
              "with two tutors."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


def test_the_same_route_under_the_course_s_own_heading_is_offered(tmp_path, engine):
    """The control for the test above: the route stated under an ordinary heading is met."""
    f = build(tmp_path, "offered", [
        ("h1", "The course"),
        ("p", "Every participant attends all ten study days at the Hall."),
        ("h1", "Other routes"),
        ("p", "Experienced SENCOs may take an assessment-only route: a portfolio mapped to every outcome and a viva "
              "with two tutors."),
    ])
    assert judge(engine, f)["2.3"] == "met"


def test_a_comparison_s_column_for_the_route_the_course_replaces_is_not_the_course(tmp_path, engine):
    """A magazine's head-to-head table against the old route: what the column headed "(the old route)" says is that
    route's, not the course's."""
    f = build(tmp_path, "head-to-head", [
        ("h1", "Head to head"),
        ("p", "How the Academy's Award stacks up against the other routes in the area."),
        ("table", [
            ["", "Harlby Academy Award", "Northmoor PG Cert SEN (the old route)"],
            ["Starts", "September and February", "September"],
            ["Marking", "Each Match is marked by the coach who ran the Set.",
             "Double-marked, with a sample moderated by the external examiner"],
        ]),
    ])
    assert judge(engine, f)["5.8"] == "not_met"


def test_a_proposal_turned_down_by_the_decision_under_it(tmp_path, engine):
    """A report of proposals, each followed by the body's resolution: what a proposal says is declined where the
    resolution under it reads "Not agreed", and stands where the next heading's proposal is agreed."""
    f = build(tmp_path, "proposals", [
        ("h1", "Proposals and resolutions"),
        ("h2", "P5. Credit for earlier study"),
        ("p", "We propose that applicants may claim exemption from Unit 1 for prior certificated or experiential "
              "learning, by a claim assessed by the course leader and confirmed by the university's APL panel."),
        ("p", "Council resolution (17 January 2009): Not agreed"),
        ("p", "Every participant will take all three units."),
        ("h2", "P6. Assessment without the course"),
        ("p", "We propose an assessment-only route for experienced SENCOs: a portfolio mapped to the outcomes and a "
              "viva before two tutors."),
        ("p", "Council resolution (17 January 2009): Agreed"),
    ])
    v = judge(engine, f)
    assert v["2.1"] == "not_met"
    assert v["2.3"] == "met"


def test_a_decision_speaks_only_for_the_proposals_since_the_last_one(tmp_path, engine):
    """Recommendations under one heading, each with the response under it: a later "Not accepted" turns down its own
    recommendation, not the arrangement an earlier "Accepted" response sets out."""
    f = build(tmp_path, "responses", [
        ("h1", "Recommendations and management response"),
        ("p", "R1 Allow experienced SENCOs to gain the award by assessment only."),
        ("p", "Management Response: Accepted. Experienced SENCOs may take an assessment-only route: a portfolio mapped "
              "to the outcomes and a viva before two tutors."),
        ("p", "R2 Offer a January intake."),
        ("p", "Management Response: Not accepted. One intake a year is all the partners can staff."),
    ])
    assert judge(engine, f)["2.3"] == "met"


def test_proposals_turned_down_by_their_codes_in_a_later_decision(tmp_path, engine):
    """A seminar's workshop proposes, by code, a second intake (A1) and units in any order (A2); the closing paper
    turns both down by their codes and accepts another (A3): the proposals it turns down are declined, what it accepts
    stands."""
    f = build(tmp_path, "bycode", [
        ("h1", "Workshop A: how do we make it possible to get to?"),
        ("p", "A1 A second intake each January for SENCOs appointed mid-year."),
        ("p", "A2 Units can be taken in any order."),
        ("p", "A3 A Saturday group as well as a weekday group."),
        ("h1", "What we agreed"),
        ("p", "Both units are taught in order, and there is one intake a year; we did not accept a January intake (A1) "
              "or units in any order (A2) for 2009-10."),
        ("p", "We did accept A3: there will be a weekday group and a Saturday group, taught the same sessions."),
    ])
    assert judge(engine, f)["3.2"] == "partially_met"


@pytest.mark.parametrize("heading, verdict", [("SECTION 4 - ASSUMPTIONS, FREEDOMS AND CONSTRAINTS", "not_met"),
                                              ("SECTION 4 - SAFEGUARDING", "met")])
def test_what_a_numbered_assumptions_section_takes_for_granted(tmp_path, engine, heading, verdict):
    """A planning paper's numbered "Assumptions" section says what the plan takes for granted, not what is done:
    participants' disclosures assumed current there are not checked; the same sentence under another heading is."""
    f = build(tmp_path, "assumed", [
        ("h1", heading),
        ("p", "Every participant holds a current enhanced CRB disclosure, which the Personnel Branch checks before "
              "a place is confirmed."),
    ])
    assert judge(engine, f)["5.3"] == verdict


@pytest.mark.parametrize("decision, verdict", [("Reject", "not_met"), ("Defer to 2010-11", "not_met"), ("Adopt", "met")])
def test_a_change_the_decision_column_turns_down(tmp_path, engine, decision, verdict):
    """A table of proposed changes with the decision taken on each ("Change proposed | Feasible | Decision"): a change
    rejected or deferred is not made; one adopted is."""
    f = build(tmp_path, "decisions", [
        ("h1", "Changes that are desirable and feasible"),
        ("table", [["No.", "Change proposed", "Feasible", "Decision"],
                   ["1", "Run two groups, on different weekdays", "Yes", "Adopt"],
                   ["2", "An assessment-only route for experienced specialist teachers: a portfolio against the "
                         "outcomes and a professional discussion with two tutors", "Yes", decision]]),
    ])
    assert judge(engine, f)["2.3"] == verdict


@pytest.mark.parametrize("then, verdict", [
    ("We considered this for our own course and have decided not to offer it: everyone attends every day.", "not_met"),
    ("Our own course offers the same: experienced SENCOs submit a portfolio mapped to the outcomes.", "met"),
    ("So do we.", "met"),
    # the neighbour's route alone, the next sentence about something else
    ("Our own course runs on Saturdays at the Centre.", "not_met"),
])
def test_a_sentence_declined_by_the_next_one(tmp_path, engine, then, verdict):
    """"A neighbouring college lets experienced SENCOs go straight to assessment. We ... have decided not to offer
    it": the next sentence declines, by a pronoun, the arrangement the one before describes; where it says the
    provider does the same instead, the arrangement stands."""
    f = build(tmp_path, "declined-next", [
        ("h1", "Routes through the course"),
        ("p", "A neighbouring college runs an assessment-only route for experienced SENCOs, with a portfolio and a "
              f"viva. {then}"),
    ])
    assert judge(engine, f)["2.3"] == verdict


@pytest.mark.parametrize("heard, did", [("They told us", "So we"), ("What we heard", "What we changed in the course")])
def test_a_table_of_what_stakeholders_said_and_what_was_changed(tmp_path, engine, heard, did):
    """"They told us | So we" and "What we heard | What we changed in the course": each row's change was made for what
    the stakeholders said, so the table shows their influence on the design."""
    f = build(tmp_path, "told-us", [
        ("h1", "Who shaped the course"),
        ("table", [[heard, did],
                   ["Headteachers said new SENCOs struggle to lead older colleagues.", "added a day on coaching staff."],
                   ["Parents said schools talk to them in jargon.", "added a session with two parents as guests."]]),
    ])
    assert judge(engine, f)["4.2"] == "met"


@pytest.mark.parametrize("did, verdict", [("So we", "met"), ("Notes", "not_met")])
def test_what_stakeholders_told_us_beside_what_was_done_is_what_the_evidence_showed(tmp_path, engine, did, verdict):
    """"Who | They told us | So we": each row's middle cell is what the consultation found (4.1's findings), beside
    what was done about it; the same cells beside a column of notes are not read as findings."""
    f = build(tmp_path, "findings", [
        ("h1", "Before we wrote the course"),
        ("p", "In spring 2008 we sent a questionnaire to every school in the county and held two focus groups."),
        ("table", [["Who", "They told us", did],
                   ["Headteachers", "Release for more than ten days is impossible", "ten study days, each run twice"],
                   ["Parents", "SENCOs who listen and explain", "a study day led by parents"]]),
    ])
    assert judge(engine, f)["4.1"] == verdict


@pytest.mark.parametrize("did, verdict", [("So the course has", "met"), ("Notes", "not_met")])
def test_a_table_of_what_stakeholders_said_and_what_the_course_has_for_it(tmp_path, engine, did, verdict):
    """"They told us | So the course has", the second column naming what is in the course for each row ("Ten study
    days, each run twice"): each is there for what was said, so the table shows the stakeholders' influence; the same
    rows beside a column of notes show nothing of it."""
    f = build(tmp_path, "so-the-course-has", [
        ("h1", "Before we wrote the course"),
        ("table", [["They told us", did],
                   ["Heads could not release SENCOs for more than ten days", "Ten study days, each run twice"],
                   ["Parents want SENCOs who listen and explain", "Study day 4 led by parents"]]),
    ])
    assert judge(engine, f)["4.2"] == verdict


@pytest.mark.parametrize("heading, verdict", [("League Handbook and Competition Rules 2009-10", "met"),
                                              ("Competition Handbook and Rules 2009-10", "met"),
                                              ("SECTION 3 COMPETITION", "not_met")])
def test_a_competition_heading_is_about_other_courses_only_when_it_stands_alone(tmp_path, engine, heading, verdict):
    """A business plan's "Competition" section is about other providers' courses; a course written up as a
    competition's handbook ("Competition Handbook and Rules") is about its own."""
    f = build(tmp_path, "competition", [
        ("h1", heading),
        ("p", "Experienced SENCOs may enter for the final assessment without attending the study days: they submit a "
              "portfolio mapped to every outcome and take a viva."),
    ])
    assert judge(engine, f)["2.3"] == verdict


@pytest.mark.parametrize("defined, verdict", [(True, "met"), (False, "partially_met")])
def test_the_provider_s_own_names_for_tutors_and_mentors(tmp_path, engine, defined, verdict):
    """A provider that names its tutors and mentors in its own idiom says what it does for them under
    those names: once the document defines a term as a role, its sentences are read for that role,
    and quoted in the provider's own words. Undefined, a standardisation meeting before marking and a
    handbook that says what its holder does still tell of preparing someone, but not that the others
    are briefed."""
    f = build(tmp_path, "names", [
        ("h1", "Who is who"),
        ("p", "Each teacher on the course is a Walker. Fellsmen are the course tutors, who teach and mark, and every "
              "Walker has a Lantern (mentor) from another school." if defined else
              "Each teacher on the course is a Walker and has a Lantern from another school."),
        ("h1", "Getting ready"),
        ("p", "Every Fellsman attends a half-day standardisation meeting before each round of marking."),
        ("p", "Lanterns attend a twilight briefing in September and receive the Lantern's Handbook, which sets out "
              "what they do at each visit."),
    ])
    r = next(r for r in engine.evaluate(read_application(f)).requirements if r.id == "5.7")
    assert r.verdict.value == verdict
    if defined:
        assert {e.quote[:20] for e in r.evidence} >= {"Every Fellsman atten", "Lanterns attend a tw"}


def test_what_stands_under_criteria_for_exclusion_is_excluded(tmp_path, engine):
    """A form's "Criteria for exclusion" lists what the course leaves out: an assessment-only route named there, by
    its own title, is not offered."""
    f = build(tmp_path, "exclusion", [
        ("h1", "Section 2 - Criteria for exclusion"),
        ("p", "2.1 Teachers who will not be SENCOs within the year."),
        ("p", "2.2 Direct assessment without the course."),
        ("h1", "Section 3 - Prior learning"),
        ("p", "Participants may claim up to 20 credits for prior masters-level study through APL."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


@pytest.mark.parametrize("heading", ["9. Opposition Analysis", "The Proper of Other Places",
                                     "8 Related proposals at other facilities", "Predictions for Other Observatories"])
def test_a_section_on_other_places_or_the_opposition_is_not_the_course(tmp_path, engine, heading):
    """A section on what the other side or other places do ("9. Opposition Analysis", "The Proper of Other Places")
    describes their arrangements, not the course's: an assessment-only route there is not offered here."""
    f = build(tmp_path, "others", [
        ("h1", "Prior learning"),
        ("p", "Participants may claim up to 20 credits for prior masters-level study through APL."),
        ("h1", heading),
        ("p", "An experienced SENCO may present a portfolio and be examined on it by assessment only, without attending "
              "the taught days."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


def test_a_register_whose_decision_column_says_an_item_was_omitted(tmp_path, engine):
    """A value-engineering register ("Ref | Item | Decision | Note") whose decision for an assessment-only route is
    "Omitted": the route is not offered."""
    f = build(tmp_path, "register", [
        ("h1", "Savings register"),
        ("table", [["Ref", "Item", "Decision", "Note"],
                   ["S-01", "A second taught day on autism", "Omitted", "Content merged into Day 3"],
                   ["S-02", "Direct assessment: an assessment-only route for experienced SENCOs", "Omitted",
                    "May come back if funding allows"]]),
        ("h1", "Prior learning"),
        ("p", "Participants may claim up to 20 credits for prior masters-level study through APL."),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


def test_what_stands_under_a_previous_record_heading_is_the_past(tmp_path, engine):
    """"Appendix B. Previous record: Certificate in Supporting Learning" is over what an earlier course did: what it
    says was done there is the past."""
    f = build(tmp_path, "previous", [
        ("h1", "The Award"),
        ("p", "Participants attend ten study days and complete three marked assignments."),
        ("h1", "Appendix B. Previous record: Certificate in Supporting Learning"),
        ("p", "One evening workshop for parents and carers, run with the Parent Partnership Service; the portfolio "
              "route closed."),
    ])
    assert judge(engine, f)["1.7"] == "not_met"


def test_a_table_of_terms_names_the_course_s_tutors_and_mentors(tmp_path, engine):
    """"Term | What it means": "Desk editor | A tutor. ...", "Guide | An experienced colleague in the participant's school
    who acts as mentor": the text's "desk editors" and "Guides" are read as the course's tutors and mentors."""
    f = build(tmp_path, "terms", [
        ("h1", "Key to the plan"),
        ("table", [["Term", "What it means in this plan"],
                   ["Desk editor", "A tutor. Each participant has one named desk editor for the year."],
                   ["Guide", "An experienced colleague in the participant's school who acts as mentor."]]),
        ("h1", "People"),
        ("p", "Every desk editor attends a half-day standardisation meeting before each round of marking."),
        ("p", "Guides attend a twilight briefing in September and receive the Guides' Handbook, which sets out what they "
              "do at each visit."),
    ])
    assert judge(engine, f)["5.7"] == "met"


def test_a_term_also_defined_in_prose_leaves_the_table_s_other_terms_read(tmp_path, engine):
    """A table of terms and the prose both defining "Guide": the prose's reading is kept, and the table's other terms
    ("Desk editor | A tutor.") are still read."""
    f = build(tmp_path, "terms-and-prose", [
        ("h1", "Key to the plan"),
        ("table", [["Term", "What it means in this plan"],
                   ["Desk editor", "A tutor. Each participant has one named desk editor for the year."],
                   ["Guide", "An experienced colleague in the participant's school who acts as mentor."]]),
        ("h1", "People"),
        ("p", "Guides are the experienced colleagues in each participant's school who act as their mentors."),
        ("p", "Every desk editor attends a half-day standardisation meeting before each round of marking."),
        ("p", "Guides attend a twilight briefing in September and receive the Guides' Handbook, which sets out what they "
              "do at each visit."),
    ])
    assert judge(engine, f)["5.7"] == "met"


def test_a_course_written_as_the_conditions_of_a_decision_is_the_provider_s_own(tmp_path, engine):
    """A provider that sets its course out as a planning decision's "CONDITIONS" ("The Learning Officer shall interview
    each Candidate ...") states its own arrangements there; a panel's conditions ("The course team must ...",
    "Confirm, before ...") stay the panel's words."""
    f = build(tmp_path, "conditions", [
        ("h1", "CONDITIONS"),
        ("p", "7. A Candidate shall hold Qualified Teacher Status and be the SENCO of a school in the county. The "
              "Learning Officer shall interview each Candidate by telephone and read their Baseline Survey; a Candidate "
              "whose Survey shows too little experience of pupils with SEN shall be offered a place on the preparatory "
              "unit instead."),
    ])
    assert judge(engine, f)["5.2"] == "met"
    g = build(tmp_path, "panel", [
        ("h1", "Conditions"),
        ("p", "The course team must interview each candidate by telephone and read their baseline survey before "
              "offering a place."),
        ("p", "Confirm that every candidate holds Qualified Teacher Status and is the SENCO of a school."),
    ])
    assert judge(engine, g)["5.2"] == "not_met"


def test_the_provider_s_name_for_its_participants_says_whom_an_arrangement_is_for(tmp_path, engine):
    """"Walker | a teacher admitted to the course" in a table of terms: "Each Walker spends two placement days at
    Beckside Special School" is a placement for the course's participants."""
    f = build(tmp_path, "walkers", [
        ("h1", "Glossary of the course's own terms"),
        ("table", [["Term", "Meaning in this assessment"],
                   ["Walker", "a teacher admitted to the course"],
                   ["Stage", "a study day at the Moorgate Centre"]]),
        ("h1", "Managing the landscape"),
        ("p", "Educational psychologists and the sensory support service teach Stages 4 and 5."),
        ("p", "Each Walker spends two placement days at Beckside Special School or the Carrick Hearing Support Base, "
              "with a set observation task."),
    ])
    assert judge(engine, f)["5.5"] == "met"


@pytest.mark.parametrize("heading, text", [
    ("6 Neighbouring landscapes", "The Tarnside Partnership borders the Park. It offers a Through route, by which "
                                  "suitably experienced candidates present a portfolio for assessment without training."),
    ("5 Historic landscape", "The Park had an Open Access route, by which experienced SENCOs could be assessed on a "
                             "portfolio without attending."),
])
def test_the_places_next_door_and_the_historic_landscape_are_not_the_course(tmp_path, engine, heading, text):
    """A survey of one place prints the places next door ("Neighbouring landscapes") and what the place once had
    ("Historic landscape"): an assessment-only route told there is another's, or the past."""
    f = build(tmp_path, "places", [
        ("h1", "The course"),
        ("p", "Participants attend nine study days and complete three marked assignments."),
        ("h1", heading),
        ("p", text),
    ])
    assert judge(engine, f)["2.3"] == "not_met"


def test_the_provider_s_name_for_its_tutors_says_whom_an_arrangement_is_not_for(tmp_path, engine):
    """"Groundsman | A tutor ...": "New Groundsmen shadow a full Strip before they teach one" is the tutors' induction,
    no placement for participants."""
    f = build(tmp_path, "groundstaff", [
        ("h1", "Key to the plan"),
        ("table", [["Term", "What it means"],
                   ["Groundsman", "A tutor from the Trust or the University."],
                   ["Strip", "A taught unit of the course."]]),
        ("h1", "People"),
        ("p", "Educational psychologists and the sensory support service teach Strips 2 and 4."),
        ("p", "New Groundsmen shadow a full Strip before they teach one."),
    ])
    assert judge(engine, f)["5.5"] == "partially_met"


def test_what_the_provider_s_participants_did_under_a_former_arrangement_is_the_past(tmp_path, engine):
    """'an "Occupier" is a teacher enrolled on the course': "Under that Former Apportionment every Occupier spent three
    days on placement" is what an earlier course did, no placement of this one."""
    f = build(tmp_path, "former", [
        ("h1", "Preamble"),
        ("p", 'In this document the following words have the following meanings: (a) an "Occupier" is a teacher '
              'enrolled on the course; (b) a "Vestry Day" is a study day.'),
        ("h1", "The course"),
        ("p", "Educational psychologists and the sensory support service lead Vestry Days 3 and 4."),
        ("h1", "The Former Apportionment"),
        ("p", "Under that Former Apportionment every Occupier spent three days on placement at Marsh Lane Special "
              "School."),
    ])
    assert judge(engine, f)["5.5"] == "partially_met"


def test_a_marked_pieces_codes_named_in_its_words_or_in_brackets():
    """A key's marked piece gives its codes as a range in brackets ("(CS1 to CS4)") or in its words ("There are three,
    D1 to D3"): each code is that piece; a range of another's codes ("D1 to E3") is none."""
    from approval_engine.judge.outcome_keys import codes_in_brackets

    assert codes_in_brackets("A marked assignment (CS1 to CS4); see Section 6.") == ["cs1", "cs2", "cs3", "cs4"]
    assert codes_in_brackets("A marked piece of work. There are three, D1 to D3 (Note N11).") == ["d1", "d2", "d3"]
    assert codes_in_brackets("A marked piece, from D1 to E3.") == []
