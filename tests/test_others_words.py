"""Words in the application that are not the provider's own statement of what
its programme does, found by where they stand: a column of what the provider
said before (beside what it does now), a passage wholly in quotation marks (a
testimonial, a panel's condition), the conditions and recommendations of a
validation panel in a response table, items nested under "Not offered:" in a
multi-level list, a staff table's record of what each tutor has done, a
sentence in the past tense under a heading over what was (the pilot), a panel's
conditions under their own heading, what stakeholders asked for in a consultation
table beside the provider's response, another body's briefings named in an
outcome table's cell. (Single sentences that say what they are, such as the
panel's asks in prose, are in test_claim_kinds.py.)"""

from __future__ import annotations

import docx

from conftest import make_app, verdicts

ROUTE = ("Experienced SENCOs may take an assessment-only route: a portfolio mapped to the outcomes and a "
         "professional discussion with two tutors.")


def _table(path, header, rows):
    d = docx.Document()
    d.add_heading("Our second submission", 1)
    t = d.add_table(rows=1, cols=len(header))
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


def test_what_the_provider_said_before_is_its_past(engine, tmp_path):
    before = _table(tmp_path / "changes.docx", ("Criterion", "What we said before", "What we now do"),
                    [("2.3", ROUTE, "Withdrawn: every participant takes the taught programme.")])
    assert verdicts(engine.evaluate_file(before))["2.3"] == "not_met"
    now = _table(tmp_path / "now.docx", ("Criterion", "What we said before", "What we now do"),
                 [("2.3", "No such route.", ROUTE)])
    assert verdicts(engine.evaluate_file(now))["2.3"] == "met"


def test_a_validation_panels_conditions_are_its_words_not_the_providers(engine, tmp_path):
    path = _table(tmp_path / "conditions.docx",
                  ("Condition / recommendation of the validation panel", "Programme team's response"),
                  [(f"Condition 4: the panel expects an assessment-only route. {ROUTE}",
                    "We have extended APL instead; every participant takes module 3.")])
    assert verdicts(engine.evaluate_file(path))["2.3"] == "not_met"


def test_a_reviews_recommendations_in_short_are_its_words_not_the_providers(engine, tmp_path):
    """A scrutiny review's table of recommendations, each put in a few words beside the provider's response:
    the recommendation column is what was asked for, the response what is done."""
    asked = _table(tmp_path / "recommendations.docx", ("Rec.", "Recommendation (short)", "Response", "Lead"),
                   [("R5", f"Offer {ROUTE}", "Not agreed: every participant takes the taught units.", "Manager")])
    assert verdicts(engine.evaluate_file(asked))["2.3"] == "not_met"
    done = _table(tmp_path / "done.docx", ("Rec.", "Recommendation (short)", "Response", "Lead"),
                  [("R5", "Widen access", f"Agreed: from September we offer {ROUTE}.", "Manager")])
    assert verdicts(engine.evaluate_file(done))["2.3"] == "met"


def test_a_passage_in_quotation_marks_is_someone_elses_words(engine):
    testimonial = f"\u201c{ROUTE} It suited me perfectly.\u201d \u2014 a SENCO from the 2007 course"
    assert verdicts(engine.evaluate(make_app(testimonial)))["2.3"] == "not_met"
    assert verdicts(engine.evaluate(make_app(ROUTE)))["2.3"] == "met"


def test_a_readers_comment_under_their_name_and_school_is_their_words(engine):
    """A comment under a blog post or a speaker in a record, named with their role and school in brackets ("Linda
    Pask (SENCO, Marsh Lane Primary) said: At Marsh Lane we ..."): their school's practice, not the provider's."""
    check = "we check that every candidate holds a current enhanced CRB disclosure before they start, and keep a record of each check."
    comment = f"Dev Kaur (Headteacher, Oakfield Primary) said: At Oakfield {check}"
    assert verdicts(engine.evaluate(make_app(comment)))["5.3"] != "met"
    assert verdicts(engine.evaluate(make_app(f"Before the course starts {check}")))["5.3"] == "met"


def test_responsibility_that_shall_be_the_schools_is_deferred(engine):
    deferred = ("It shall be the responsibility of the employing school to ensure that each candidate holds a "
                "current enhanced CRB disclosure.")
    assert verdicts(engine.evaluate(make_app(deferred)))["5.3"] == "not_met"


def _outline(path, items):
    """A Word multi-level numbered list: (level, text) items, level 0 at the top (w:numPr w:ilvl)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_heading("Programme outline", 1)
    for level, text in items:
        para = d.add_paragraph(text, style="List Number")
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="5"/></w:numPr>'))
    d.save(path)
    return path


def test_items_nested_under_not_offered_are_not_offered(engine, tmp_path):
    """In a multi-level list, an item under "Not offered:" is declined and one under "Under
    discussion:" only planned, however plainly it is worded; the same item at the top is offered."""
    route = "Assessment-only route for experienced SENCOs: portfolio against every outcome and a viva"
    declined = _outline(tmp_path / "declined.docx", [(0, "Entry"), (1, "Not offered:"), (2, route)])
    assert verdicts(engine.evaluate_file(declined))["2.3"] == "not_met"
    discussed = _outline(tmp_path / "discussed.docx", [(0, "Entry"), (1, "Under discussion:"), (2, route)])
    assert verdicts(engine.evaluate_file(discussed))["2.3"] == "not_met"
    offered = _outline(tmp_path / "offered.docx", [(0, "Entry"), (1, "Routes:"), (2, route)])
    assert verdicts(engine.evaluate_file(offered))["2.3"] != "not_met"


def test_a_staff_tables_record_of_each_tutor_is_evidence_of_the_staff_only(engine, tmp_path):
    """A tutor's past posts and roles elsewhere, under "Qualifications and experience", say what the
    person has done, not what the programme does: no assessment-only route and no moderation here,
    but qualified staff."""
    staff = _table(tmp_path / "staff.docx", ("Name", "Role on the programme", "Qualifications and experience"), [
        ("Dr Ana Whitlow", "Programme leader",
         "MEd in Special Education; former SENCO; ran an assessment-only route to HLTA status for the county "
         "2004-07; external examiner for the SENCO award at another university, moderating its marking."),
        ("Sam Okafor", "Tutor", "MA in Inclusive Education; specialist teacher in the county's autism outreach team "
                                "since 2001."),
    ])
    v = verdicts(engine.evaluate_file(staff))
    assert v["2.3"] == "not_met" and v["5.8"] == "not_met"
    assert v["5.4"] == "met"


def _sections(path, sections):
    d = docx.Document()
    for heading, paragraphs in sections:
        d.add_heading(heading, 1)
        for text in paragraphs:
            d.add_paragraph(text)
    d.save(path)
    return path


def test_what_the_pilot_did_under_its_own_heading_is_the_past(engine, tmp_path):
    pilot = ("One candidate, an advisory teacher with the Council's specialist team, followed an assessment-only route: "
             "she submitted a portfolio and was examined on it without attending the taught sessions.")
    past = _sections(tmp_path / "pilot.docx", [("2. The pilot programme 2007-08", [pilot])])
    assert verdicts(engine.evaluate_file(past))["2.3"] == "not_met"
    now = _sections(tmp_path / "now.docx", [("3. The programme from September 2009", [ROUTE])])
    assert verdicts(engine.evaluate_file(now))["2.3"] == "met"
    carried = _sections(tmp_path / "carried.docx", [("2. The pilot programme 2007-08", [
        "The assessment-only route that one candidate followed in the pilot continues: experienced SENCOs may "
        "submit a portfolio mapped to the outcomes and take a professional discussion with two tutors."])])
    assert verdicts(engine.evaluate_file(carried))["2.3"] != "not_met"


def test_a_panels_conditions_under_their_own_heading_are_its_words(engine, tmp_path):
    conditions = _sections(tmp_path / "conditions.docx", [("Report of the approval panel", []), ("Conditions", [
        "C2 The team must set out the system by which it will verify that every candidate accepted holds a current "
        "enhanced CRB disclosure."])])
    assert verdicts(engine.evaluate_file(conditions))["5.3"] == "not_met"


def test_what_a_block_of_the_course_covers_is_what_participants_learn(engine):
    """"Block 1 covers ... the Disability Equality Duty" is a syllabus of the law, not the duties the
    programme itself works under (3.1); "the programme works under ..." is."""
    def duties(text):
        found = engine.find(make_app(text))
        return {d.fact["status"] for d in found.derived
                if d.fact["kind"] == "aspect_status" and d.fact["req"] == "3.1" and d.fact["aspect"] == "duties"}

    assert "supported" not in duties("Block 1 covers the legal framework: the Disability Discrimination Act 1995 "
                                     "and 2005 and the Disability Equality Duty.")
    assert duties("The programme works under the University's Disability Equality Scheme, which meets the "
                  "Disability Equality Duty.") == {"supported"}


def test_what_stakeholders_asked_for_beside_the_providers_response_is_their_words(engine, tmp_path):
    """A consultation table ("Comment (summary)" | "Panel response"): the first column is what others said or asked
    for, not an arrangement; the response says whether it was taken up."""
    asked = _table(tmp_path / "asked.docx", ("Consultee", "Comment (summary)", "Panel response"),
                   [("Heads' group", "Asked for access arrangements for national tests and examinations to be taught.",
                     "Not taken up: the Council's induction network covers them.")])
    assert verdicts(engine.evaluate_file(asked))["6.S2d"] == "not_met"
    ours = _table(tmp_path / "ours.docx", ("Consultee", "Comment (summary)", "Panel response"),
                  [("Heads' group", "Wanted more on examinations.",
                    "Taken up: access arrangements for national tests and examinations are now taught on Day 4.")])
    assert verdicts(engine.evaluate_file(ours))["6.S2d"] == "partially_met"  # taught, not assessed


def test_another_bodys_briefings_in_an_outcome_tables_cell_are_not_the_programme(engine, tmp_path):
    """An outcome table's row whose cells send the outcome to another body's own briefings or network meetings
    ("Covered through the two authorities' termly SENCO network meetings") neither develops nor assesses it."""
    header = ("National outcome", "Where developed", "How assessed")
    other = [("Deploy and manage teaching assistants", "Unit 1, session 2", "Assignment 1"),
             ("Use provision mapping to plan provision", "Unit 1, session 3", "Assignment 1")]
    elsewhere = _table(tmp_path / "elsewhere.docx", header, [
        ("Special arrangements for national tests and examinations", "—",
         "Covered through Ashby and Wold local authorities' termly SENCO network meetings"), *other])
    assert verdicts(engine.evaluate_file(elsewhere))["6.S2d"] == "not_met"
    separate = _table(tmp_path / "separate.docx", header, [
        ("Special arrangements for national tests and examinations",
         "Wold's Assessment Team runs a separate briefing for all SENCOs each spring", ""), *other])
    assert verdicts(engine.evaluate_file(separate))["6.S2d"] == "not_met"
    ours = _table(tmp_path / "ours.docx", header, [
        ("Special arrangements for national tests and examinations", "Unit 2, session 4", "Assignment 2"), *other])
    assert verdicts(engine.evaluate_file(ours))["6.S2d"] == "met"


def test_a_discussion_alone_assesses_nothing_but_a_professional_discussion_does(engine, tmp_path):
    """An outcome table's assessment cell that names only a discussion among participants ("Study circle
    discussion", "Group discussion; feedback from tutor") marks nothing; a professional discussion is an assessment."""
    header = ("National outcome", "Where you work on it", "Where it is marked")
    other = [("Deploy and manage teaching assistants", "Unit 1, session 2", "Assignment 1"),
             ("Use provision mapping to plan provision", "Unit 1, session 3", "Assignment 1")]
    for cell, expected in [("Study circle discussion", "partially_met"),
                           ("Group discussion; feedback from tutor", "partially_met"),
                           ("Talked about in tutorials", "partially_met"), ("Tutorial", "partially_met"),
                           ("Review discussion", "met"),
                           ("Professional discussion at the final tutorial", "met")]:
        f = _table(tmp_path / "discussion.docx", header, [
            ("Work with other services and voluntary organisations", "Unit 3, session 6", cell), *other])
        assert verdicts(engine.evaluate_file(f))["6.S9"] == expected, cell


def test_a_jargon_buster_in_an_appendix_defines_words_it_does_not_offer_them(engine, tmp_path):
    """The entries of "Appendix C Jargon buster" say what a term means, not what the programme does."""
    f = _table(tmp_path / "jargon.docx", ("Term", "What it means"),
               [("APEL", "Accreditation of prior experiential learning: credit for experience, assessed by portfolio.")])
    d = docx.Document(f)
    d.paragraphs[0].text = "Appendix C Jargon buster"
    d.save(f)
    assert verdicts(engine.evaluate_file(f))["2.1"] == "not_met"


def test_a_column_headed_how_tutors_check_is_the_assessment_column(engine, tmp_path):
    """An outcome list written for a lay reader ("Your child's SENCO will be able to ... | Where on the course | How
    tutors check"): the last column says how each outcome is assessed."""
    header = ("National outcome, in plain words", "Where on the course", "How tutors check")
    rows = [("Use a provision map to plan support across the school", "Module C", "Making a Difference Project"),
            ("Deploy and manage teaching assistants", "Module C", "Making a Difference Project"),
            ("Special arrangements for national tests and examinations", "Module B", "")]
    v = verdicts(engine.evaluate_file(_table(tmp_path / "lay.docx", header, rows)))
    assert v["6.S3"] == "met" and v["6.S2d"] == "partially_met"


def test_a_visitors_note_column_and_not_included_cells_say_nowhere_an_outcome_is_developed(engine, tmp_path):
    """An outcome record annotated by someone else ("Visitor's note") and rows marked "Not included": the note is
    not where the outcome is developed, and "Not included" names no place."""
    header = ("Outcome", "Study day", "Evidence for the award", "Visitor's note")
    rows = [("Keeping up to date and taking charge of own CPD", "–", "–",
             "The Programme Leader regards this as the participant's own responsibility."),
            ("Using national test and other summative data to track progress", "Not included", "Not included", ""),
            ("Deploy and manage teaching assistants", "3", "Assignment 1", ""),
            ("Use provision mapping to plan provision", "4", "Assignment 1", "")]
    v = verdicts(engine.evaluate_file(_table(tmp_path / "record.docx", header, rows)))
    assert v["6.A7"] == "not_met" and v["6.S2b"] == "not_met" and v["6.S3"] == "met"


def test_a_recommendation_beside_whoevers_response_is_not_the_programme(engine, tmp_path):
    """A visitor's "Recommendation" beside the "Company's response": the recommendation is the visitor's words, and a
    response that will only discuss whether to add it offers nothing yet."""
    f = _table(tmp_path / "recs.docx", ("Ref", "Recommendation", "Company's response"),
               [("N3.5", "Add a session on access arrangements for national tests and examinations.",
                 "On access arrangements, we will discuss with the University whether a session can be added.")])
    assert verdicts(engine.evaluate_file(f))["6.S2d"] == "not_met"


def test_a_key_after_the_tables_caption_and_a_reviewers_note_that_finds_no_assessment(engine, tmp_path):
    """"Table 2 shows where each outcome is addressed. Key: T/A taught and assessed; T taught": the key may follow a
    caption in the same paragraph, and "T/A" is one value. A reviewer's column that says "Not evidenced: ..." leaves
    the row taught but not assessed."""
    header = ("National outcome", "EDM701", "EDM702", "Panel check")
    rows = [("Deploy and manage teaching assistants", "T/A", "-", "Confirmed."),
            ("Use provision mapping to plan provision", "-", "T/A", "Confirmed."),
            ("Prioritise, manage time and delegate", "T/A", "-", "Not evidenced: taught in EDM701, but no task or "
                                                                  "criterion assesses it."),
            ("Special arrangements for national tests and examinations", "T", "-", "Taught only.")]
    f = _table(tmp_path / "key.docx", header, rows)
    d = docx.Document(f)
    d.add_paragraph("Table 2 shows where each national outcome is addressed. Key: T/A taught and assessed; T taught; "
                    "- not addressed in this module.")
    d.save(f)
    v = verdicts(engine.evaluate_file(f))
    assert v["6.S4"] == "met" and v["6.S3"] == "met"
    assert (v["6.A3"], v["6.S2d"]) == ("partially_met", "partially_met")


def test_an_outcome_only_encouraged_in_a_task_is_not_assessed_for_every_participant(engine, tmp_path):
    """"Encouraged in Assignment 2, Task 1": the task may include it, it does not require it."""
    header = ("National outcome", "Taught", "Assessed")
    rows = [("Involving pupils in planning and reviewing their own provision", "Day 7", "Encouraged in Assignment 2, Task 1"),
            ("Deploy and manage teaching assistants", "Day 4", "Assignment 1"),
            ("Use provision mapping to plan provision", "Day 5", "Assignment 1")]
    v = verdicts(engine.evaluate_file(_table(tmp_path / "encouraged.docx", header, rows)))
    assert v["6.S7"] == "partially_met" and v["6.S4"] == "met"
