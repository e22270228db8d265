"""fv-02-eastholm-board-of-examiners-papers: builds fv-02-eastholm-board-of-examiners-papers.docx.

Provider (invented): the School of Teacher Education and Professional Studies
of Eastholm College, a further education college in Marcaster that runs the
Cert Ed and PGCE (Post-compulsory) for the University of Saltcote. In 2008-09
it piloted a Postgraduate Certificate in SEN Coordination for SENCOs of the
Marcaster 14-19 Partnership and the town's schools, with Marcaster Borough
Council; it now proposes the national award with the University. July 2009.

Document kind: the minutes and papers of the College's Higher Education
Board of Examiners (Teacher Education) of 25 June 2009, which confirmed the
pilot's results and approved the scheme of assessment for the national award,
sent as the application with a shaded covering note saying which papers
count (minutes, Papers C, D, E, F; Paper A not enclosed, Paper B withheld).

Layout: a cover with a shaded one-cell note; a numbered agenda; an attendance
table; minutes "BoE 09/20" to "BoE 09/33" with bold capitalised titles typed
as paragraphs (no heading styles) in the clerk's third person; Paper C, the
University's external examiner form (bold questions, first-person answers)
and a responses table; Paper D, regulations D1-D16 typed as hanging clauses
with bold run-in titles; Paper E, a landscape-style grid of the College's own
codes (PA1-PA7, KU1-KU9, PS2-PS9) against tasks T1-T4 and O with a key
("\u25cf" summative, "F" formative only), merged group rows; Paper F, the course team's
summary in "we". Header "UNCONFIRMED MINUTES" and a restricted footer. The
clerk's tracked changes (an inserted correction in BoE 09/22; a deleted
compensation sentence in D12). One Word comment.

Traps (requirement ids):
- BoE 09/26 refuses a request for assessment without attendance "under the
  pilot regulations"; BoE 09/29 and D9 then introduce an assessment-only
  route with portfolio, observation and oral (2.3 met; negation far from
  the real answer).
- D12's compensation sentence is a deleted tracked change; what remains
  requires every outcome signed off (6.0 met).
- BoE 09/32 withdraws the pilot's Moodle units: "Moodle will not be used for
  the award" (3.3 not_applicable; a past arrangement that has ended).
- BoE 09/29: the University will decide in September whether Module 1 is at
  level 7 or stays at level 6; the external examiner says the pilot module
  "reads like" level 6 (E.2 partially_met).
- Paper F's purpose is "to raise the attainment" only; no well-being or the
  ECM outcomes in the aims (1.1 partially_met).
- D4: the initial assessment is of academic writing and the Learning
  Agreement sets study targets; nothing assesses needs against the outcomes
  (2.2 not_met; wrong-context).
- Two routes and APL exemption, but no tailoring to each participant's needs
  against the outcomes and no word on cost (2.4 partially_met).
- D2: entry is QTS, the post and a head's statement, places "in the order
  received"; no check of knowledge or skills and no guidance for those not
  ready (5.2 partially_met).
- D3: enhanced CRB disclosures seen and recorded before enrolment (5.3 met,
  a real system).
- D13 and Paper F section 4: generic equality statements only (3.1
  partially_met).
- Stakeholder evidence is the pilot candidates' evaluations and a request
  from the Partnership; schools' and the LA's needs are not evidenced (4.1
  partially_met); the candidates' views changed the course (4.2 met); the
  Borough's officer sits on the Board and course committee, candidates'
  representatives on the committee (4.3 met).
- Impact: the external examiner recommends a pupil measure; the Board only
  "asked the course team to propose" one and the team "will consider" it
  (5.9 not_met; aspiration).
- Library stock "thin and out of date"; a bid has been made; Paper F names
  only the library (5.6 partially_met).
- After the award candidates are only told about the MA (D16, Paper F 8)
  (2.5 partially_met).
- Host days in specialist settings arranged by the Borough (5.5 met).
- Paper E: PA7, KU4 and PS2c are assessed only by T4, "F" formative (6.A7,
  6.K4, 6.S2c partially_met); the KU3 row is a placeholder "[row to be
  completed \u2013 HF]" with a comment that it never came, while Paper F teaches
  the DDA 2005 (6.K3 partially_met); there is no PS1 row although Module 3
  covers working with governors (6.S1 partially_met); nothing anywhere on
  access arrangements for tests and examinations (6.S2d not_met). Hence 1.9
  partially_met.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import copy

HERE = Path(__file__).parent
NAME = "fv-02-eastholm-board-of-examiners-papers"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

DATE = "2009-07-07T14:30:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, grey=False, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    if align:
        p.alignment = align
    return p


def clause(num, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t")
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def guidance(text):
    return para("[Guidance: " + text + "]", italic=True, grey=True, size=9)


def part(title):
    p = para(title, bold=True, size=12)
    p.paragraph_format.space_before = Pt(12)
    return p


def run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, kind, text, author="Sue Tennant"):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    el.append(run_el(text, deleted=(kind == "del")))
    p._p.append(el)


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t




def minute(num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run(num + "  " + title.upper()).bold = True
    return p


def paper(title, sub=None):
    doc.add_page_break()
    para(title, bold=True, size=13)
    if sub:
        para(sub, italic=True)


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "UNCONFIRMED MINUTES \u2013 subject to approval at the next meeting of the Board"
hp.runs[0].font.size = Pt(8)
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.add_run("Eastholm College HE Board of Examiners (Teacher Education)  BoE/TE/09/3  Restricted: not for circulation to students").font.size = Pt(8)

# ---------------------------------------------------------------- cover
para("EASTHOLM COLLEGE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("School of Teacher Education and Professional Studies", align=WD_ALIGN_PARAGRAPH.CENTER)
para("HIGHER EDUCATION BOARD OF EXAMINERS (TEACHER EDUCATION)", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Postgraduate Certificate in Special Educational Needs Coordination", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Meeting held on Thursday 25 June 2009 at 2.00 pm, Room B14, Marcaster campus", align=WD_ALIGN_PARAGRAPH.CENTER)
para("Minutes and papers", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "DEEAF6")
c.paragraphs[0].add_run("To the TDA approval panel").bold = True
for t in [
    "Eastholm College and the University of Saltcote apply for approval to run the National Award for SEN "
    "Coordination from September 2009 for SENCOs in Marcaster schools and the Marcaster 14-19 Partnership. We have "
    "sent the papers of the Board of Examiners that closed our pilot year, because it was this Board that approved "
    "the scheme of assessment for the national award and heard the external examiner's view of the pilot.",
    "The minutes, Paper C (the external examiner's report with our responses), Paper D (the scheme of assessment and "
    "regulations for 2009-10), Paper E (the outcome assessment grid) and Paper F (the course team's summary of the "
    "award) make up our application. Paper A (the Board's standing orders) is not enclosed, and Paper B (candidates' "
    "marks) is withheld because it names individuals.",
    "Lorna Quayle, Programme Leader, 10 July 2009",
]:
    c.add_paragraph(t)

para()
para("AGENDA", bold=True)
for i, a in enumerate([
    "Apologies and membership", "Terms of reference and confidentiality", "Minutes of the interim Board, 12 February 2009",
    "Mitigating circumstances", "Module results (Paper B, confidential)", "Accreditation of prior learning",
    "Request for assessment without attendance", "External examiner's report (Paper C)",
    "Recommendations for awards", "Scheme of assessment for the National Award (Paper D)",
    "Outcome assessment grid (Paper E)", "The pilot year and changes for 2009-10 (Paper F)",
    "Online element", "Any other business; date of next meeting"], start=1):
    para(f"{i}.\t{a}")

# ---------------------------------------------------------------- minutes
doc.add_page_break()
para("MINUTES", bold=True, size=13)
table([
    ["Present", "Role"],
    ["Dr Graham Lusty (Chair)", "Vice Principal (Higher Education), Eastholm College"],
    ["Lorna Quayle", "Programme Leader and module tutor"],
    ["Deepa Mistry", "Module tutor"],
    ["Bob Hanratty", "Module tutor; Head of Teacher Education"],
    ["Dr Frances Oakeshott", "External Examiner (Reader in Special Education, Northmoor University)"],
    ["Dr Peter Ince", "Academic Partnerships Manager, University of Saltcote"],
    ["Anne Whitcombe", "Principal Officer (SEN and Inclusion), Marcaster Borough Council; co-opted external member"],
    ["In attendance: Sue Tennant", "HE Registry (Clerk)"],
], widths=[5.5, 10.5])

minute("BoE 09/20", "Apologies and membership")
para("Apologies were received from Helen Farrow (tutor, Module 1). The Chair welcomed Anne Whitcombe, who joins the "
     "Board as a co-opted member for the SEN Coordination programme under the partnership agreement with the Borough "
     "Council. She will take part in decisions on the scheme of assessment but not in decisions on individual "
     "candidates from schools she advises.")

minute("BoE 09/21", "Terms of reference and confidentiality")
para("The Chair reminded members that the Board confirms module results and recommends awards to the University of "
     "Saltcote, and that discussion of individual candidates is confidential. Candidates are referred to by number.")

minute("BoE 09/22", "Minutes of the interim Board, 12 February 2009")
p = doc.add_paragraph()
p.add_run("The minutes were approved as a correct record")
tracked(p, "ins", ", subject to correcting minute BoE 09/08 to show that the Module 1 resubmission date is 20 March, not 13 March")
p.add_run(".")

minute("BoE 09/23", "Mitigating circumstances")
para("The Board accepted the claims of two candidates (illness; bereavement). Candidate SC0911 will defer Module 3 "
     "and complete it with the 2009-10 cohort. Candidate SC0904 was given a new submission date of 31 July for the "
     "Module 3 project.")

minute("BoE 09/24", "Module results")
para("Sixteen teachers enrolled on the pilot in September 2008. The Board confirmed the results in Paper B: Module 1, "
     "sixteen entered, fifteen passed; Module 2, fifteen entered, fourteen passed at first attempt; Module 3, fourteen "
     "entered, twelve passed, one referred and one deferred (BoE 09/23). Dr Ince confirmed that the University had "
     "moderated a sample of eight scripts from each module and agreed the marks.")

minute("BoE 09/25", "Accreditation of prior learning")
para("The Board noted that two candidates were exempted from Module 1 in September 2008 on the strength of portfolios "
     "from the Borough Council's former SENCO induction course, which were assessed by the Programme Leader against the "
     "module outcomes and confirmed by Dr Ince. The Board agreed that Regulation D7 for 2009-10 should keep this "
     "arrangement and extend it to certificated study.")

minute("BoE 09/26", "Request for assessment without attendance")
para("The Board considered a letter from a teacher in the Borough's Learning Support Service, who has coordinated SEN "
     "provision in two schools and asked to be assessed for the award without attending the course. The Board agreed "
     "that this could not be accommodated under the pilot regulations, which require 80 per cent attendance, and "
     "that the applicant should be told so. Members discussed whether the national award should allow such a route; "
     "see BoE 09/29.")

minute("BoE 09/27", "External examiner's report")
para("Dr Oakeshott presented her written report (Paper C). She said that the standard of the best Module 2 case studies "
     "was as high as any she had seen on comparable programmes, that marking was careful and the feedback to "
     "candidates detailed, and that the course was clearly rooted in the candidates' schools. She drew members' "
     "attention to her four recommendations. The Board thanked Dr Oakeshott and asked the course team to respond in "
     "writing; the responses are recorded at the end of Paper C.")
para("Arising from recommendation 1, the Board asked the course team to propose, for its next meeting, how the effect "
     "of the course on candidates' schools might be measured.")

minute("BoE 09/28", "Recommendations for awards")
para("The Board recommended twelve candidates to the University for the award of the Postgraduate Certificate in "
     "Special Educational Needs Coordination. The Chair noted that this is the College's pilot award and is not the "
     "national award, which cannot be made until the programme is approved; candidates will be told so in their "
     "results letters.")

minute("BoE 09/29", "Scheme of assessment for the National Award (Paper D)")
para("Lorna Quayle introduced Paper D, the scheme of assessment and regulations for the programme from September 2009, "
     "which the University's Academic Partnerships Committee approved in principle on 3 June as a modification of the "
     "validated programme. The main changes from the pilot are that every national outcome is now recorded on the "
     "Outcome Record, that an assessment-only route is introduced (Regulation D9), following the request considered at "
     "BoE 09/26, and that a second route is offered in day-release form.")
para("Dr Ince reported that the University will confirm at its Academic Standards Committee in September whether "
     "Module 1 is to be credit-rated at level 7 or remain at level 6 as in the pilot.")
para("The Board approved Paper D with the amendment recorded there: the compensation clause was removed from "
     "Regulation D12 on the external examiner's advice.")

minute("BoE 09/30", "Outcome assessment grid (Paper E)")
para("The Board approved the grid subject to the completion of the row on disability equality law, which Helen Farrow "
     "is rewriting. The external examiner asked that the grid make clear which tasks are formative only; this has been "
     "done by marking them F.")
sp = doc.paragraphs[-1]
doc.add_comment(sp.runs, text="HF's row still not received at 7 July. SJT", author="Sue Tennant", initials="ST")

minute("BoE 09/31", "The pilot year and changes for 2009-10 (Paper F)")
para("The Programme Leader presented Paper F. Members welcomed the changes made in response to the pilot candidates' "
     "evaluations. Anne Whitcombe reported that the Borough's SEN team would "
     "again arrange host days in specialist settings and would supply speakers.")

minute("BoE 09/32", "Online element")
para("The Board noted the course team's decision to withdraw the online element of Module 1. In the pilot, candidates "
     "were asked to work through six Moodle units on legislation between sessions; the evaluations showed that few did "
     "so and most preferred to meet. From September 2009 the award will be taught entirely in face-to-face sessions "
     "and tutorials, and Moodle will not be used for the award. Handouts will be given out on paper at sessions.")

minute("BoE 09/33", "Any other business; date of next meeting")
para("There was no other business. The next meeting will be held on 10 December 2009 (interim Board).")

# ---------------------------------------------------------------- Paper C
paper("PAPER C  EXTERNAL EXAMINER'S REPORT 2008-09",
      "University of Saltcote form EE1 (collaborative provision), completed by Dr Frances Oakeshott, 19 June 2009, with "
      "the course team's responses")

for q, a in [
    ("1. Are the standards set for the award appropriate to its level and to the national framework?",
     "Yes, for Modules 2 and 3, whose assignments demand analysis and evaluation of a kind I expect at level 7. The "
     "Module 1 policy audit is set at level 6 in the pilot and reads like it: candidates describe legislation and "
     "their school's policy well but are rarely asked to evaluate. If the programme is to meet the expectation that "
     "the national award is at masters level throughout, Module 1 needs to be rewritten and rated at level 7."),
    ("2. Are the assessment processes rigorous, fair and consistently applied?",
     "Yes. All scripts were first marked against the published criteria, and every fail and a quarter of the rest were "
     "second marked; annotations show where the markers agreed and where they moved. The tutors met to standardise "
     "before each module, using anonymised scripts, and I attended the Module 2 meeting. The observation of practice "
     "in Module 3, in which a tutor watches the candidate lead a review or a staff meeting in school, is well designed "
     "and the records are full. I saw every fail and twelve other scripts."),
    ("3. How do the standards achieved compare with similar programmes elsewhere?",
     "The spread of marks is similar to the programme I examine at another university. The best case studies, in which "
     "candidates built a provision map for a year group and then tested whether the provision worked, were excellent."),
    ("4. What good practice would you draw to the attention of the University?",
     "The course is closely tied to the candidates' own schools: every task is carried out in school, and the mentors I "
     "met (two deputy heads) knew exactly what their candidates were doing. The host days in specialist settings "
     "organised by the Borough Council gave candidates experience beyond their own schools and were much valued. The "
     "use of the Borough's SEN Officer as a member of the Board is unusual and helpful."),
    ("5. Recommendations",
     "(1) The programme has no way of showing whether what candidates learn changes anything for pupils. I recommend a "
     "measure of impact, for example asking each candidate to report the progress of the pupils targeted in the Module 3 "
     "project. (2) The pupil's own view is weak in the assignments; the case study could require it. (3) The library's "
     "SEN stock is thin and out of date; candidates relied on my own university's reading list. (4) Rate Module 1 at "
     "level 7 (see 1 above)."),
]:
    para(q, bold=True)
    para(a)

para("Course team's responses", bold=True)
table([
    ["Recommendation", "Response", "By whom, when"],
    ["(1) Impact on pupils", "We agree this matters and will consider how it could be done without adding to candidates' workload.", "Course team, for the December Board"],
    ["(2) Pupils' views", "From 2009-10 the Module 2 case study must include the views of at least one pupil, gathered by the candidate, and how they changed the plan (see Paper D, D8).", "Lorna Quayle, done"],
    ["(3) Library stock", "A bid for \u00a31,500 has been made to the College's learning resources budget for 2009-10.", "Bob Hanratty, September 2009"],
    ["(4) Level of Module 1", "Module 1 has been rewritten at level 7 and the University will decide its rating in September.", "Lorna Quayle; University ASC"],
], widths=[3.5, 9, 3.5])

# ---------------------------------------------------------------- Paper D
paper("PAPER D  SCHEME OF ASSESSMENT AND REGULATIONS FROM SEPTEMBER 2009",
      "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination). "
      "As approved by the Board, 25 June 2009.")

regs = [
    ("D1", "Award and credit.", "The programme leads to the Postgraduate Certificate in Special Educational Needs "
     "Coordination of the University of Saltcote, 60 credits, made up of three 20-credit modules: Module 1 The SENCO, "
     "the Law and Every Child Matters; Module 2 Knowing the Learner: Assessment and Provision; Module 3 Leading "
     "Inclusive Practice. Holders will also be recorded as having gained the National Award for SEN Coordination."),
    ("D2", "Entry.", "Applicants must hold qualified teacher status, hold or be about to take up the post of SENCO in a "
     "school, and send with their application a statement of support signed by the headteacher, which commits the "
     "school to the school-based tasks and to naming a mentor. Applications that meet these conditions are accepted "
     "in the order received until the cohort of twenty is full."),
    ("D3", "Suitability to work with children.", "Before enrolment each candidate must show the Programme "
     "Administrator an enhanced CRB disclosure issued within the previous three years, or a letter from their employer "
     "confirming the date and number of a current enhanced disclosure. The date and number are recorded on the "
     "College's student record system, and a candidate without one is not enrolled. Candidates also confirm on the "
     "enrolment form that they are not barred from working with children."),
    ("D4", "Initial assessment.", "At induction every candidate completes the College's initial assessment of academic "
     "writing, a short reflective piece marked by the personal tutor, and agrees a Learning Agreement setting study "
     "targets and the support the candidate will use (for example study skills tutorials)."),
    ("D5", "Routes.", "The programme is offered by two routes with the same modules and assessments: a twilight route "
     "(thirty weekly sessions on Wednesdays, 4.30-7.00 pm, from September) and a day-release route (nine full Saturdays "
     "or school days, starting in September or January). Candidates may change route between modules. A candidate "
     "exempted from Module 1 under D7 joins in January."),
    ("D6", "Attendance.", "Candidates are expected to attend at least 80 per cent of taught sessions on their route. "
     "A missed session may be made up by attending the same session on the other route."),
    ("D7", "Prior learning.", "Candidates may claim exemption from Module 1 on the basis of (a) certificated study in "
     "SEN at level 7 within the previous five years or (b) a portfolio of evidence from experience, assessed against "
     "the module's outcomes by the Programme Leader and confirmed by the University. No more than 20 credits may be "
     "gained in this way."),
    ("D8", "Assessment tasks.", "T1 Policy audit (Module 1, 3,000 words): an evaluation of the school's SEN policy and "
     "practice against the law and guidance. T2 Case study and provision map (Module 2, 4,000 words), including the "
     "views of at least one pupil and how they changed the plan. T3 Leading change project (Module 3, 4,000 words). "
     "O Observation of practice (Module 3, pass/fail): a tutor observes the candidate in school leading a review with "
     "parents or a staff training session, and records a professional discussion afterwards. T4 Reflective journal "
     "(all modules): formative only; read by the personal tutor at each tutorial and not marked."),
    ("D9", "Assessment-only route.", "A teacher who believes they already meet all the national outcomes may apply "
     "to be assessed without attending. The applicant submits T1, T2 and T3 based on their current or recent work, is "
     "observed (O), and has an oral examination with two tutors on the Outcome Record. The fee is \u00a3480. The "
     "decision to admit an applicant to this route is made by the Programme Leader and the University link tutor "
     "after an interview."),
    ("D10", "Marking and moderation.", "All summative tasks are first marked by the module tutor and second marked as "
     "in the pilot (all fails and 25 per cent of the rest). Tutors meet to standardise before each marking period. The "
     "University moderates a sample of every module and the external examiner reviews all fails and a sample of passes."),
    ("D11", "Pass mark and resubmission.", "The pass mark for each task is 50 per cent. A failed task may be resubmitted "
     "once, within six weeks; the mark for a resubmitted task is capped at 50 per cent."),
]
for code, lead, text in regs:
    clause(code, text, lead=lead)

p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.0)
p.paragraph_format.first_line_indent = Cm(-1.0)
p.add_run("D12\t")
p.add_run("The award. ").bold = True
p.add_run("To gain the award a candidate must pass every module, pass the observation of practice, and have every "
          "national outcome signed off on the Outcome Record by the personal tutor and checked by the second marker. ")
tracked(p, "del", "A module failed with a mark of 40-49 per cent may be compensated where the average of the three modules is 50 per cent or more. ")
p.add_run("No candidate is recommended for the award while any outcome on the record is unsigned.")

for code, lead, text in [
    ("D13", "Reasonable adjustments.", "The College will make reasonable adjustments to assessment for disabled "
     "candidates in line with the University's regulations and the College's Single Equality Scheme."),
    ("D14", "Extensions and mitigating circumstances.", "Extensions of up to two weeks are granted by the module tutor; "
     "longer extensions and claims of mitigating circumstances are decided by the Board."),
    ("D15", "Appeals.", "Candidates may appeal against a decision of the Board under the University's academic appeals "
     "procedure."),
    ("D16", "After the award.", "Candidates who complete the award are given information about the University of "
     "Saltcote's MA in Education (Inclusion), into which the 60 credits may be transferred."),
]:
    clause(code, text, lead=lead)

# ---------------------------------------------------------------- Paper E
paper("PAPER E  OUTCOME ASSESSMENT GRID 2009-10",
      "Where each national outcome is taught and which task assesses it. Key: \u25cf assessed summatively; F formative "
      "only (reflective journal, not marked); blank: not assessed by this task.")

grid = [
    ("Professional attributes", None),
    ("PA1", "Fair and respectful relationships with pupils and parents", "Module 3", ["", "", "", "F", "\u25cf"]),
    ("PA2", "Gaining the commitment of colleagues and senior leaders", "Module 3", ["", "", "\u25cf", "F", ""]),
    ("PA3", "Prioritising, time and delegation", "Module 3", ["", "", "\u25cf", "F", ""]),
    ("PA4", "Solving problems and sound judgement on provision", "Module 2", ["", "\u25cf", "", "F", ""]),
    ("PA5", "Clear speech and writing; listening", "All modules", ["\u25cf", "\u25cf", "\u25cf", "", "\u25cf"]),
    ("PA6", "Drawing on research and external advice", "Modules 2 and 3", ["", "\u25cf", "\u25cf", "", ""]),
    ("PA7", "Keeping up to date; own CPD", "Tutorials; all modules", ["", "", "", "F", ""]),
    ("Knowledge and understanding", None),
    ("KU1", "SEN law, guidance and the Code of Practice", "Module 1", ["\u25cf", "", "", "", ""]),
    ("KU2", "Every Child Matters and the SENCO's part", "Module 1", ["\u25cf", "", "", "", ""]),
    ("KU3", "Disability equality law [row to be completed \u2013 HF]", "", ["", "", "", "", ""]),
    ("KU4", "Child development and the factors that affect it", "Module 1", ["", "", "", "F", ""]),
    ("KU5", "Common types of SEN and their effect on learning", "Modules 1 and 2", ["\u25cf", "\u25cf", "", "", ""]),
    ("KU6", "Approaches, strategies and resources including ICT", "Module 2", ["", "\u25cf", "", "", ""]),
    ("KU7", "School self-evaluation and improvement", "Module 3", ["", "", "\u25cf", "", ""]),
    ("KU8", "Best practice and research", "Modules 2 and 3", ["", "\u25cf", "\u25cf", "", ""]),
    ("KU9", "External agencies and specialist support", "Module 2", ["", "\u25cf", "", "", ""]),
    ("Professional skills", None),
    ("PS2", "Identifying needs, setting targets, planning and reviewing", "Module 2", ["", "\u25cf", "", "", ""]),
    ("PS2a", "Using assessments from other professionals", "Module 2", ["", "\u25cf", "", "", ""]),
    ("PS2b", "Summative data and national tests to track progress", "Module 2", ["", "\u25cf", "", "", ""]),
    ("PS2c", "Helping colleagues with formative assessment", "Module 3", ["", "", "", "F", ""]),
    ("PS3", "Provision mapping; finding ineffective provision", "Module 2", ["", "\u25cf", "", "", ""]),
    ("PS4", "Deploying and managing staff", "Module 3", ["", "", "\u25cf", "", ""]),
    ("PS5", "Developing colleagues: observation, coaching, training", "Module 3", ["", "", "\u25cf", "", "\u25cf"]),
    ("PS6", "Reviewing provision with staff for self-evaluation", "Module 3", ["", "", "\u25cf", "", ""]),
    ("PS7", "Involving pupils in planning and reviewing provision", "Module 2", ["", "\u25cf", "", "", ""]),
    ("PS8", "Liaising with parents and carers", "Module 3", ["", "", "", "", "\u25cf"]),
    ("PS9", "Working with other services and voluntary organisations", "Module 2; host day", ["", "\u25cf", "", "", ""]),
]
cols = ["Code", "Outcome", "Taught in", "T1", "T2", "T3", "T4", "O"]
t = doc.add_table(rows=1 + len(grid), cols=len(cols))
t.style = "Table Grid"
for j, h in enumerate(cols):
    t.cell(0, j).text = h
    t.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(t.cell(0, j), "BDD7EE")
for i, row in enumerate(grid, start=1):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, len(cols) - 1))
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EDEDED")
        continue
    code, out, taught, marks = row
    vals = [code, out, taught] + marks
    for j, v in enumerate(vals):
        t.cell(i, j).text = v
for row in t.rows:
    for j, w in enumerate([1.3, 6.5, 3.2, 1, 1, 1, 1, 1]):
        row.cells[j].width = Cm(w)
para()
para("T1 policy audit; T2 case study and provision map; T3 leading change project; T4 reflective journal; O observation "
     "of practice. Codes are the College's own and follow the order of the national outcomes.", size=9)

# ---------------------------------------------------------------- Paper F
paper("PAPER F  THE AWARD IN 2009-10: THE COURSE TEAM'S SUMMARY",
      "Prepared for the Board by Lorna Quayle, Programme Leader, June 2009")

para("1. What the award is for", bold=True)
para("The purpose of the award is to raise the attainment of pupils with special educational needs in Marcaster "
     "schools by giving their SENCOs the knowledge and skills to identify needs early, plan provision that works, and "
     "check pupils' progress rigorously. Each module leads to a piece of work in the candidate's own school, and the "
     "Module 3 project must set out the change in pupils' attainment that the candidate's work is intended to bring.")

para("2. How the course came about", bold=True)
para("The Marcaster 14-19 Partnership asked the College in 2007 to provide training for its SENCOs, and the Borough "
     "Council supported a pilot in 2008-09. The College's School of Teacher Education has taught the Cert Ed and PGCE "
     "(Post-compulsory) for the University of Saltcote since 1994, and many of the Partnership's school teachers of "
     "vocational subjects have trained with us.")
para("The pilot candidates completed an evaluation questionnaire at the end of each module and a group interview with "
     "the link tutor in May. The main changes for 2009-10 come from these:")
for b in [
    "Candidates found the Wednesday twilights hard to reach in the autumn term, when parents' evenings and reviews "
    "cluster; we have added the day-release route (Paper D, D5).",
    "Candidates asked for more on working with teaching assistants; a session on deploying and managing support staff "
    "has been added to Module 3.",
    "Candidates said the Moodle units were not used (BoE 09/32); Module 1 is now taught wholly in sessions.",
]:
    para("\u2022 " + b)

para("3. How the course is taught", bold=True)
para("Each module has ten twilight sessions (or three days on the day-release route) at the College's Marcaster "
     "campus, together with tasks in school between sessions. Module 1 covers the legal framework (the Education Act "
     "1996, the SEN Code of Practice 2001, the SEN and Disability Act 2001 and the DDA 2005), Every Child Matters and "
     "the SENCO's role in it, the main types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD), and how children "
     "develop. Module 2 covers identification and assessment, using other professionals' reports, data and national "
     "tests, provision mapping, interventions, ICT and other resources, and work with agencies including the voluntary "
     "sector; it includes a session on pupil participation and person-centred reviews. Module 3 covers leadership, the "
     "SENCO's time and priorities, deploying support staff, coaching and training colleagues, working with governors, "
     "working with parents, evaluating provision and school self-evaluation, and recent research and inspection "
     "findings, including Ofsted's 2006 report on inclusion and the Bercow review (2008).")
para("Every candidate spends one day in a host setting arranged by the Borough's SEN team: Fernside special school, "
     "the Hearing Support Base at Orchard Lane Primary, or the Marcaster Pupil Referral Unit. The host setting "
     "receives a brief from the College, and the candidate writes up the visit as part of the Module 2 case study. "
     "Speakers from the educational psychology service, the speech and language therapy service and Marcaster "
     "Parents' Voice (the local parent carer group) contribute to Modules 2 and 3.")

para("4. Supporting candidates", bold=True)
para("Each candidate has a personal tutor, who holds three tutorials a year (one a module), reads the reflective "
     "journal and agrees the Learning Agreement. Each school names a mentor, usually a deputy head, who meets the "
     "candidate each half term. Mentors attend a briefing evening at the College each September, receive the Mentor "
     "Guide, and are telephoned by the personal tutor before each observation of practice. The College's policies on "
     "equality and diversity apply to all HE students, and candidates with disabilities can use the College's "
     "Learning Support service.")

para("5. Staff", bold=True)
table([
    ["Tutor", "Role", "Background"],
    ["Lorna Quayle", "Programme Leader; Module 2 and 3 tutor",
     "MA Special and Inclusive Education; SENCO at Marcaster High School 1996-2006; PGCE (Post-compulsory) tutor since 2006"],
    ["Helen Farrow", "Module 1 tutor",
     "LLB; MEd; former Borough SEN casework officer; tutor on the Borough's former SENCO induction course"],
    ["Deepa Mistry", "Module 2 tutor",
     "Educational psychologist (part time, Borough EPS); CPsychol; teaches assessment sessions"],
    ["Bob Hanratty", "Module 3 tutor; Head of Teacher Education",
     "MA Education Management; former deputy head of a special school; Cert Ed programme leader"],
], widths=[3, 4.5, 8.5])
para("All tutors attend the University's annual conference for partner college staff and the Borough's SENCO "
     "conference, and Lorna Quayle is a member of the regional SENCO Forum.")

para("6. Resources", bold=True)
para("Candidates use the College library and its HE study area, and have access to the University's library and "
     "electronic journals as registered students.")

para("7. Quality", bold=True)
para("The programme is reviewed each year through the College's HE annual monitoring report to the University, which "
     "draws on candidates' module evaluations, the external examiner's report, the link tutor's report and results. "
     "The course committee, with two candidate representatives and Anne Whitcombe for the Borough, meets each term "
     "and follows up the action plan.")

para("8. After the award", bold=True)
para("We tell successful candidates about the University's MA in Education (Inclusion) at the last session, and the "
     "University's admissions tutor visits the College each June.")

doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
