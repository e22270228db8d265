"""The ruleset's ``signals``: the ruleset-wide cues perception looks for in every
sentence, heading or table column (negation, hope, placeholders, deferred
responsibility, the form's prompts, assessment and its absence, ...). Each is a
list of patterns; what a cue counts for is the judgement block's decision, not
the signal's.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Signals(BaseModel):
    """Ruleset-wide mechanisms that apply to every aspect."""

    model_config = ConfigDict(extra="forbid")

    negation: list[str] = Field(min_length=1, description="cues that negate a match in the same clause")
    negation_after: list[str] = Field(default_factory=list, description="cues after a match that negate it")
    negation_back: list[str] = Field(
        default_factory=list,
        description="a later clause of the sentence that negates what was just named by pointing back at it"
        " ('..., and the programme does not address it directly')",
    )
    negation_until: list[str] = Field(
        default_factory=list,
        description="what follows a negated match and makes the negation a wait, not a refusal ('you cannot start the"
        " school-based tasks until it comes back')",
    )
    aspiration: list[str] = Field(min_length=1, description="cues that make a sentence only a hope or plan")
    placeholder: list[str] = Field(default_factory=list, description="unfinished text: never evidence")
    declined: list[str] = Field(default_factory=list, description="an option considered and turned down")
    unfinished_heading: list[str] = Field(
        default_factory=list, description="headings of to-do lists and notes to the drafting team: nothing under them is offered"
    )
    deferral: list[str] = Field(default_factory=list, description="responsibility passed to someone else")
    blanket: list[str] = Field(default_factory=list, description="blanket claims that show nothing")
    not_assessed: list[str] = Field(default_factory=list, description="an outcome explicitly not assessed")
    assessed: list[str] = Field(default_factory=list, description="a passage says how something is assessed")
    not_assessed_for_all: list[str] = Field(
        default_factory=list,
        description="an outcome table's assessment cell that does not assess it for every participant now ('where "
        "relevant', 'optional section', 'from the 2010 intake', 'own declaration')",
    )
    assessed_against_outcomes: list[str] = Field(
        default_factory=list,
        description="an assessment marked against the module's own list of outcomes ('marked against the outcomes"
        " above'): every outcome the module lists is named as assessed",
    )
    question: list[str] = Field(default_factory=list, description="the sentence asks rather than states")
    conditional: list[str] = Field(default_factory=list, description="offered only on a condition: 'if ... could'")
    on_request: list[str] = Field(
        default_factory=list, description="offered only to those who ask or wish: 'on request', 'participants who wish may'"
    )
    urged: list[str] = Field(
        default_factory=list,
        description="what participants are urged to do for themselves, nothing arranged: 'participants are encouraged to think about what comes next'",
    )
    slight: list[str] = Field(
        default_factory=list, description="only touched on: 'is touched on in Day 4', 'mentioned in passing', 'if time allows'"
    )
    proposal_refused_by_code: list[str] = Field(
        default_factory=list,
        description="a decision that turns down proposals named by their codes in brackets ('we did not accept a"
        " January intake (A1)'): a passage opening with such a code proposes what was declined",
    )
    declines_the_last: list[str] = Field(
        default_factory=list,
        description="a sentence that declines, by a pronoun, what the sentence before it describes ('Another service"
        " runs one. We are not running one.'): that sentence is declined too",
    )
    adopts_the_last: list[str] = Field(
        default_factory=list,
        description="a sentence that says the provider does what the sentence before it describes of another ('A"
        " neighbouring college runs one. Our own course offers the same.'): that sentence is the provider's too",
    )
    past: list[str] = Field(default_factory=list, description="what the provider did before, not what it offers")
    other_provider: list[str] = Field(default_factory=list, description="about another provider's arrangements")
    elsewhere: list[str] = Field(
        default_factory=list,
        description="a pointer to a document not in the application ('see attached', 'to follow') or to another part"
        " of this one ('Appendix B shows where ...')",
    )
    belief: list[str] = Field(default_factory=list, description="a value or belief, not an arrangement")
    withdrawal: list[str] = Field(
        default_factory=list,
        description="an arrangement taken back: withdrawn, not approved, will not run ('Following validation, the"
        " blended route will not run')",
    )
    general_basis: list[str] = Field(
        default_factory=list, description="what the programme rests on, in general: 'informed by', 'underpinned by'"
    )
    curriculum: list[str] = Field(
        default_factory=list, description="what participants are taught, as against the provider's own arrangements"
    )
    concrete: list[str] = Field(
        default_factory=list,
        description="a concrete arrangement named: a number, a time, a session or task, a role, a body or procedure",
    )
    commitment: list[str] = Field(
        default_factory=list, description="a commitment or aim: an arrangement only where it names a concrete one"
    )
    background: list[str] = Field(
        default_factory=list, description="what the law or the government requires (why the award exists), not the programme"
    )
    findings: list[str] = Field(
        default_factory=list,
        description="what a survey or consultation found stakeholders need or want: evidence of needs (an aspect "
                    "with about: needs), not of what the programme does",
    )
    participant_assessment: list[str] = Field(
        default_factory=list,
        description="how participants' own work is assessed, marked or moderated: the assessment of participants,"
                    " not the evaluation of the programme (an aspect with about: evaluation)",
    )
    question_column: list[str] = Field(
        default_factory=list, description="a response table's question column header (Requirement, Question, ...)"
    )
    specification_column: list[str] = Field(
        default_factory=list,
        description="a column headed as the specification's words ('What the specification asks (summary)'): its"
        " cells are the specification, whatever the other columns are",
    )
    answer_column: list[str] = Field(
        default_factory=list, description="a response table's answer column header (Response, Our response, ...)"
    )
    superseded_column: list[str] = Field(
        default_factory=list, description="a column header over what the provider said before ('What we said before')"
    )
    past_heading: list[str] = Field(
        default_factory=list,
        description="a heading over what was ('The pilot programme 2007-08', 'Beginnings', 'History'): a sentence"
        " under it in the past tense (signals.past_tense, none of signals.present_tense) is the provider's past",
    )
    past_tense: list[str] = Field(default_factory=list, description="a verb in the past tense")
    present_tense: list[str] = Field(default_factory=list, description="a verb in the present or future")
    past_narrative: list[str] = Field(
        default_factory=list,
        description="a finite verb in the past tense with its subject ('we used', 'colleagues were allowed'): a"
        " sentence with one and none of signals.present_tense tells what happened, not what is offered",
    )
    glossary: list[str] = Field(
        default_factory=list, description="a line of a glossary ('Abbreviations: APCL accreditation of ...'): it defines terms"
    )
    glossary_heading: list[str] = Field(
        default_factory=list, description="a heading over a glossary ('Glossary', 'Abbreviations'): each entry defines a term"
    )
    citation_heading: list[str] = Field(
        default_factory=list, description="a heading over works cited ('References'): each entry names a publication"
    )
    options_heading: list[str] = Field(
        default_factory=list,
        description="a heading over options considered or appraised ('Options considered', 'Option B'): not the"
        " arrangement adopted",
    )
    excluded_heading: list[str] = Field(
        default_factory=list,
        description="a heading over what the programme leaves out (\"Exclusions\", \"Out of scope\"): each sentence"
        " under it is declined",
    )
    participant_assessment_heading: list[str] = Field(
        default_factory=list,
        description="a heading over how participants' work is assessed ('How you will be assessed')",
    )
    other_courses_heading: list[str] = Field(
        default_factory=list, description="a heading over the provider's other courses ('Other SEN courses')"
    )
    status_label: list[str] = Field(
        default_factory=list, description="a table row's label for the status of what the table describes ('Status')"
    )
    status_not_current: list[str] = Field(
        default_factory=list,
        description="a status that says what a table (a product's card, a procedure) describes is not running"
        " ('Withdrawn', 'Coming soon', 'DRAFT – not yet approved')",
    )
    row_status_not_current: list[str] = Field(
        default_factory=list,
        description="a register's 'Status' cell for an entry that is not the programme as it runs ('Superseded by"
        " D31', 'Rejected', 'Open'): the entry's whole row is not current",
    )
    key_not_current: list[str] = Field(
        default_factory=list,
        description="a two-column key's meaning for a term that says what goes under it is not running ('TIN |"
        " Decided against. It will not happen.'): every section headed by that term is not current",
    )
    current_level_marker: list[str] = Field(
        default_factory=list,
        description="the mark on the one row of a scale of levels where the programme stands ('◄ NOW'): the levels"
        " above it are aimed for, those below it left behind",
    )
    other_provider_column: list[str] = Field(
        default_factory=list,
        description="a comparison table's column of another provider's course ('State in the similar variety',"
        " 'Other providers'): its cells are not the provider's arrangements",
    )
    action_statement: list[str] = Field(
        default_factory=list,
        description="an action log's 'Action' cell that states what happens in the course ('before Day 1 each participant"
        " rates themselves ...'), not a task still to be done: read as a statement",
    )
    change_column: list[str] = Field(
        default_factory=list,
        description="a table's column of what was done about what was heard ('What we did', 'What we changed')",
    )
    heard_column: list[str] = Field(
        default_factory=list, description="a table's column of what stakeholders said ('What we heard', 'You said')"
    )
    change_heading: list[str] = Field(
        default_factory=list,
        description="a heading or run-in title over changes made for what stakeholders said ('What we changed as a"
        " result', 'You said, we did')",
    )
    priority_label: list[str] = Field(
        default_factory=list, description="a requirements table's priority column ('Pri', 'Priority', 'MoSCoW')"
    )
    priority_could: list[str] = Field(
        default_factory=list,
        description="a priority that does not commit to the row ('C', 'Could have'): done only if time allows, a hope",
    )
    priority_wont: list[str] = Field(
        default_factory=list, description="a priority that rules the row out for now ('W', \"Won't have\"): declined"
    )
    panel_heading: list[str] = Field(
        default_factory=list,
        description="a heading over a panel's report, or a form's part for the deciding body: the panel's words",
    )
    conditions_heading: list[str] = Field(
        default_factory=list,
        description="a heading over a panel's conditions or recommendations: what asks something of the provider under it "
                    "(panel_requirement) is the panel's words",
    )
    panel_requirement: list[str] = Field(
        default_factory=list,
        description="what a panel's condition or recommendation asks of the provider (must, should, is required to, "
                    "by a date): under a panel's heading, the panel's words; a sentence there saying what the programme "
                    "does (\"The Learning Officer shall interview each Candidate\") is the provider's own",
    )
    contact: list[str] = Field(
        default_factory=list,
        description="a letterhead or contact block: an address with its postcode, a telephone number",
    )
    self_declared: list[str] = Field(
        default_factory=list,
        description="what a candidate says of themselves on a form ('Applicants declare on the form that they hold a"
        " current enhanced CRB disclosure'): a declaration no one is said to check",
    )
    proposal: list[str] = Field(
        default_factory=list,
        description="a change someone else argued for or suggested ('Two LA advisers argued strongly for an"
        " assessment-only route'): a proposal, not an arrangement",
    )
    testimony: list[str] = Field(
        default_factory=list,
        description="what others say of the programme ('participants comment on ...', 'the external examiner has"
        " commended ...', 'evidence suggests that the Award is having an impact'): not an arrangement",
    )
    not_admitted: list[str] = Field(
        default_factory=list,
        description="what applicants who are not admitted are told or advised ('not yet ready ... what to do first')",
    )
    action_column: list[str] = Field(
        default_factory=list,
        description="an action log's column ('Action', 'Next steps') beside one that says who or by when"
        " (signals.action_owner_column): each cell is still to be done",
    )
    action_owner_column: list[str] = Field(
        default_factory=list, description="an action log's column saying who or by when ('Who', 'By', 'Owner')"
    )
    content_column: list[str] = Field(
        default_factory=list, description="a column of what is taught: 'Content', 'Unit and content', 'Topics'"
    )
    evidenced_column: list[str] = Field(
        default_factory=list,
        description="a marking grid's column of the outcomes each criterion assesses: 'National outcomes evidenced'",
    )
    proposal_rejected: list[str] = Field(
        default_factory=list,
        description="a decision under a proposal that it is not taken up ('Council resolution: Not agreed'): the"
        " paragraphs before it under the same heading are declined",
    )
    decision_label: list[str] = Field(
        default_factory=list, description="a column of the decision taken on each proposed change ('Decision')"
    )
    decision_declined: list[str] = Field(
        default_factory=list,
        description="a decision that does not take a proposed change up ('Reject', 'Defer', 'Not agreed'): its row is declined",
    )
    points_back: list[str] = Field(
        default_factory=list,
        description="a paragraph that opens on what the one before it said ('As a result, ...', 'We changed the"
        " programme in four ways as a result:'): that paragraph is around it",
    )
    staff_column: list[str] = Field(
        default_factory=list,
        description="a staff table's column of people's records ('Qualifications and experience', 'Background')",
    )
    staff_own_record: list[str] = Field(
        default_factory=list,
        description="a sentence about the staff's own record or development ('All our tutors have led SEN provision',"
        " 'their own professional development'): not what the programme does for participants",
    )
    quoted_passage: list[str] = Field(
        default_factory=list, description="a passage wholly in quotation marks: someone else's words (a testimonial)"
    )
    field_label: list[str] = Field(
        default_factory=list, description="a form field's label typed as a paragraph, its value in the next paragraph"
    )
    title_list: list[str] = Field(default_factory=list, description="a line of section titles (a table of contents)")
    contents_heading: list[str] = Field(default_factory=list, description="the heading over a table of contents")
    assumption_heading: list[str] = Field(
        default_factory=list,
        description="a heading over what the programme assumes of others ('Assumptions', 'The model holds if:')",
    )
    restatement_framing: list[str] = Field(
        default_factory=list,
        description="words that frame a restatement of the specification (the form's and the specification's"
        " own: applicants, describe, requirement...): left out when a sentence is compared with its wording",
    )
    prompt: list[str] = Field(default_factory=list, description="a paragraph that is the form's own prompt")
    assessment_heading: list[str] = Field(
        default_factory=list,
        description="a heading naming one piece of assessed work ('Assignment 2 (4,000 words)', 'Task B: ...'):"
        " what stands under it is the assessment's brief",
    )
    spec_frame: list[str] = Field(
        default_factory=list,
        description="a sentence framed as the form's prompt, a quotation of the specification or a promise to meet"
        " a requirement: with the specification's wording, it restates rather than answers",
    )
    cross_reference: list[str] = Field(
        default_factory=list,
        description="an answer that points to another (\"see our answer to 1.2\"): a group named 'target' holds the"
        " requirement or section it points to",
    )
