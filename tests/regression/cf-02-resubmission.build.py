"""Build cf-02-resubmission.docx: a second submission after the TDA returned the first.

Provider (invented): the Fellbridge-Rowanbury SENCO Partnership, i.e. the
University of Fellbridge School of Education with Rowanbury Metropolitan
Borough Council's Inclusion and Learning Support Service. Programme:
Postgraduate Certificate in Special Educational Needs Coordination, 60 credits
at Level 7, modules FEL7SA Policy and the SENCO, FEL7SB Learners and Learning,
FEL7SC Leading SEN Provision. First submission 16 January 2009; returned by
the panel's letter of 24 March 2009; this resubmission dated 11 May 2009.
2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM, Blackboard).

Layout:
- Title block and a short introduction explaining the resubmission.
- An opening three-column table "Changes since our first submission"
  (Criterion | What we said before | What we now do), nine rows. The
  left-hand "What we said before" column holds superseded arrangements.
- A revised narrative organised by the Partnership's own themes A-H (never
  by criterion), each a Heading 1; sub-topics as Heading 2 or bold lead-ins.
  Several sections say "Unchanged from our first submission" and restate the
  arrangement briefly; others only refer back to the first submission, which
  is not attached.
- Appendix 1 "Outcomes by strand": the national outcomes grouped under the
  Partnership's own five strands (LL Law and Landscape, KL Knowing the
  Learner, LP Leading Provision, WT Working Together, RL The Reflective
  Leader), each a table (Code | Outcome in our words | Where it is developed)
  followed by a "How this strand is assessed" paragraph; then a summary
  table. The appendix opens with the claim that every national outcome
  appears in one of the strands (it does not: formative assessment, 6.S2c,
  is missing).
- Page header naming the resubmission.

Traps and the requirement ids each affects:
- "What we said before" vs "What we now do":
  * 2.3 not_met: the before column describes an assessment-only route by
    portfolio and professional discussion; the new column withdraws it.
  * 4.3 partially_met: the before column has a Stakeholder Evaluation Panel
    (heads, Parent Partnership, former participant); the new column has
    discontinued it and the report goes to the SEN Strategy Group "for
    information". Stakeholders still teach (Theme D).
  * 1.5 partially_met and 6.S7 partially_met: the before column has Task 1b
    (interviewing pupils, used in Assignment A); the new column removes it
    and pupil voice is "one of the topics" of the Working Together day.
  * 2.2, 5.3, 5.9 met only from the new column (the before column was weak).
  * 5.7 met: the new column says "As before. In addition, ...", which
    resolves to the same row's before column (Mentor Handbook) plus the new
    briefing and standardisation day.
  * Criterion 6 row: the before column's blanket "All ... outcomes are
    covered" is replaced by a pointer to Appendix 1 (which resolves).
- Arrangements dropped in the resubmission: the two-day special-school
  placement has been removed (Theme D: 5.5 partially_met); the termly
  cross-school cluster meetings have been discontinued, leaving only work
  with colleagues in the participant's own school (1.6 partially_met).
- "As before" references that resolve, because the arrangement is restated
  briefly here: E.1, E.2 (Theme A), 2.1 APL (Theme B), 4.1 and 4.2 (Theme D),
  5.4 staff (Theme F), 5.8 moderation (Theme G), 2.5 next steps (Theme H),
  5.3 "see the Changes table" (Theme B).
- "As before" references that do NOT resolve (the first submission is not
  part of this document): 3.1 equality and adjustments "not repeated here"
  (not_met); 5.6 resources "as listed in Appendix 4 of our first submission"
  (not_met); 5.1 "follows the ... procedures set out in our first
  submission", with only end-of-module questionnaires stated (partially_met).
- 5.2 partially_met: entry requirements restated (QTS, role, head's support)
  but no system to judge whether a candidate can meet the outcomes.
- E-learning now applies (Module 2 online): 3.3 met from the Changes table
  and Theme E (moderated board, e-tutor replies, telephone tutorials between
  face-to-face days, email updates to schools and mentors); 3.2 met.
- Strands and partial assessment (Appendix 1):
  * LL: Assignment A marks LL1-LL3 (K1, K2, K3 met); LL4 agencies developed,
    not assessed (K9 partially_met).
  * KL: Assignment B marks KL2-KL5 (K5, S2, S2a, K6 met); KL1 development,
    KL6 summative data, KL7 access arrangements only in the unmarked learning
    log (K4, S2b, S2d partially_met).
  * LP: Assignment C marks all five (S1, S3, S4, S6, K7 met).
  * WT: Assignment C section 3 marks WT1, WT3, WT6 (S5, S8, A2 met); WT2,
    WT4, WT5 "not separately assessed" (S7, S9, A1 partially_met).
  * RL: formative journal only (A3, A4, A7, K8 partially_met) except RL3 in
    the Assignment C presentation and RL4 in the Assignment B literature
    review (A5, A6 met).
  * S2c (encouraging colleagues' formative assessment) is in no strand
    (not_met), despite the opening claim.
  * 6.0 and 1.9 partially_met: award on passing Assignments A, B and C,
    which do not assess every outcome.
- Genuine arrangements written plainly: 1.1, 1.2, 1.3, 1.4, 1.7, 1.8, 2.4,
  3.2.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("cf-02-resubmission.docx")

doc = Document()
doc.core_properties.author = "Anwen Castellan"
doc.core_properties.title = "SENCO approval - second submission"
normal = doc.styles["Normal"]
normal.font.name = "Cambria"
normal.font.size = Pt(11)


def para(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def lead(label, text):
    """A paragraph with a bold lead-in."""
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(header, rows, widths=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        c = t.cell(0, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, head_fill)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ------------------------------------------------------------------ header
hp = doc.sections[0].header.paragraphs[0]
hr = hp.add_run("Fellbridge\u2013Rowanbury SENCO Partnership \u00b7 SECOND SUBMISSION, 11 May 2009 \u00b7 "
                "supersedes the submission of 16 January 2009")
hr.font.size = Pt(8)

# ------------------------------------------------------------------ title
para("University of Fellbridge, School of Education", bold=True, size=13)
para("with Rowanbury Metropolitan Borough Council, Inclusion and Learning Support Service", bold=True)
para("Application for approval to provide nationally accredited training for special educational "
     "needs coordinators", size=12)
para("Postgraduate Certificate in Special Educational Needs Coordination", italic=True)
para("SECOND SUBMISSION \u2013 11 May 2009", bold=True, size=12)
para("Contact: Dr Anwen Castellan, Programme Leader, School of Education, University of Fellbridge, "
     "Tanner\u2019s Row, Fellbridge FB2 9RW")

doc.add_heading("Introduction to this second submission", level=1)
para("The approval panel returned our first submission of 16 January 2009 with a letter dated 24 March "
     "2009. The panel asked us to show more clearly how the needs assessment leads to an individual "
     "plan for each participant, how we verify candidates\u2019 CRB disclosures, how stakeholders take "
     "part in evaluating the programme, how we will gather evidence of the programme\u2019s impact on "
     "pupils, and where each of the minimum outcomes is assessed. We are grateful for the panel\u2019s "
     "close reading, and the Partnership\u2019s steering group has used the letter to make a number of "
     "changes \u2013 not all of them the ones the panel asked for, since we have also listened to the "
     "twenty-two teachers who took part in the pilot of Module 1 this spring.")
para("We have kept the structure of our first submission, which is organised around the themes we use "
     "with our own partners rather than around the six criteria. The table below is the quickest "
     "route to what has changed. In the narrative that follows, where a section is unchanged we say "
     "so; in most cases we restate it briefly, but where the panel raised no concern we have, to keep "
     "this document short, referred back to the first submission.")

# ------------------------------------------------------------------ changes table
doc.add_heading("Changes since our first submission", level=1)
changes = [
    ("2.2 Needs assessment",
     "Participants complete a self-audit at the first taught session; tutors use the audits to decide "
     "the emphasis of the taught days for the group.",
     "Before the course starts, every participant completes the Rowanbury SENCO Profile, rating "
     "themselves against each national minimum outcome and noting the evidence for each rating. "
     "Their tutor reads the Profile and meets or telephones them, and within three weeks of the "
     "start they agree an Individual Training Plan: the outcomes the participant already meets (to "
     "be confirmed through assessment), the personalised outcomes they will concentrate on, and the "
     "school tasks, optional workshops and tutorials that will get them there. The plan is reviewed "
     "at the end of Module 1 and again before Assignment C."),
    ("2.3 Assessment-only route",
     "Candidates with substantial experience may follow an assessment-only route: a portfolio and a "
     "professional discussion with two tutors against all the national outcomes, for a fee of \u00a3450, "
     "with no attendance required.",
     "Withdrawn. The University\u2019s Academic Regulations do not allow this award to be made without "
     "registered study on the taught modules, and we will not offer an assessment-only route in "
     "2009\u201310. Experienced candidates can shorten their study through accreditation of prior "
     "learning (Theme B)."),
    ("1.5 Consulting pupils",
     "Task 1b: each participant interviews three pupils with SEN about the support they receive, "
     "writes up what they learned and uses it in Assignment A.",
     "Task 1b has been removed to reduce the workload of Module 1, which the pilot group found too "
     "heavy. Pupil voice is now one of the topics of the Working Together day."),
    ("3.2 and 3.3 Study routes",
     "All three modules are taught face to face on Saturdays at the Rowanbury Education Centre.",
     "Module 2 can now be studied either on Saturdays or online. Online participants work through "
     "weekly units on the University\u2019s Blackboard site and post to a discussion board in tutor "
     "groups of eight, moderated by their e-tutor, who answers messages within three working days. "
     "They attend two face-to-face days (one at the start of the module and one before Assignment B) "
     "and, between them, have a 30-minute telephone tutorial with the e-tutor every three weeks. See "
     "also Theme E."),
    ("4.3 Stakeholders in evaluation",
     "A Stakeholder Evaluation Panel \u2013 two headteachers, the coordinator of Rowanbury Parent "
     "Partnership and a SENCO from the previous cohort \u2013 meets each July to review the "
     "programme\u2019s evaluation evidence and agree changes for the following year.",
     "The Stakeholder Evaluation Panel has been discontinued, as its members found it hard to attend. "
     "The programme\u2019s annual report now goes to the Council\u2019s SEN Strategy Group for "
     "information."),
    ("5.3 Background checks",
     "Headteachers confirm on the application form that the candidate has been CRB checked.",
     "For every candidate in a Rowanbury school, the Council\u2019s Schools HR team checks the number "
     "and date of the candidate\u2019s enhanced CRB disclosure against the school\u2019s single central "
     "record before a place is confirmed. Candidates from other authorities send the original "
     "disclosure to the University\u2019s admissions office, which records the number and date. A "
     "candidate who has not worked in a post with regular contact with children in the last three "
     "months obtains a new enhanced disclosure through the University before starting. We also take a "
     "reference from the candidate\u2019s current employer that asks about conduct, any concerns and "
     "any outstanding disciplinary matters."),
    ("5.7 Tutors and mentors",
     "Tutors follow the Programme Handbook. Each participant\u2019s school mentor receives the Mentor "
     "Handbook, which sets out what the mentor does at each stage of the programme and how the "
     "mentor supports and signs off the participant\u2019s school-based tasks.",
     "As before. In addition, every mentor attends a two-hour briefing in September led by the "
     "programme leader, and all tutors, including the e-tutor, attend a standardisation and planning "
     "day each July before they teach or mark."),
    ("5.9 Impact",
     "We will evaluate the programme\u2019s impact through participant questionnaires.",
     "Each participant takes baseline measures (reading or spelling ages, P scale or national "
     "curriculum levels, attendance, or a well-being scale, as suits the pupils) for a target group "
     "of pupils at the start of Assignment B and measures again after twelve weeks; the programme team "
     "collates these anonymised results each year in the programme\u2019s impact report. Participants "
     "rate themselves on the SENCO Profile at the start, at the end of Module 2 and at the end of the "
     "programme, so that growth in competence and confidence is measured; headteachers complete a "
     "short questionnaire six months after the award on changes in SEN practice in the school."),
    ("Criterion 6 Minimum outcomes",
     "All the national minimum outcomes are covered across the three modules.",
     "Appendix 1 now shows, strand by strand, where each outcome is developed and how it is assessed."),
]
table(["Criterion", "What we said before", "What we now do"], changes, widths=[3.0, 6.0, 8.0])

# ------------------------------------------------------------------ Theme A
doc.add_heading("Theme A. Purpose and shape of the programme", level=1)
para("Unchanged from our first submission, restated briefly.", italic=True)
para("The Postgraduate Certificate in Special Educational Needs Coordination is an award of the "
     "University of Fellbridge. It was validated at a University event on 3 December 2008, with an "
     "external panel member from another university, and is governed by the University\u2019s "
     "regulations for taught postgraduate awards. It carries 60 credits at Level 7 (masters level), "
     "in three 20-credit modules: FEL7SA Policy and the SENCO; FEL7SB Learners and Learning; and "
     "FEL7SC Leading SEN Provision. Credits count towards the University\u2019s MA in Inclusive "
     "Education.")
para("The programme exists to raise the achievement of children and young people with SEN and/or "
     "disabilities and to improve their well-being in the widest sense of the five Every Child Matters "
     "outcomes. That aim heads the programme specification and each module descriptor; it runs "
     "through the content, which keeps returning to what a decision about provision means for a "
     "particular child\u2019s learning, safety, health and place in the life of the school; and each "
     "of the three assignments asks the participant to set out what changed for the pupils "
     "concerned, with evidence, and is marked on it.")

# ------------------------------------------------------------------ Theme B
doc.add_heading("Theme B. Coming onto the programme", level=1)
doc.add_heading("Who can apply", level=2)
para("Entry requirements are unchanged: candidates must hold qualified teacher status and be working "
     "as a SENCO, or be about to take up the role, with their headteacher\u2019s written support. "
     "Selection is as before.")
doc.add_heading("Checks", level=2)
para("The panel asked how we verify candidates\u2019 disclosures. Our new arrangements are set out in "
     "the Changes table (row 5.3) and apply to every candidate from September 2009.")
doc.add_heading("Prior learning", level=2)
para("Accreditation of prior learning is unchanged from our first submission. In brief: up to 20 of "
     "the 60 credits may be accredited, either from prior certificated study at Level 7 (for example a "
     "specialist qualification in specific learning difficulties) matched against the outcomes of the "
     "module concerned, or from experience, which the candidate evidences in a portfolio mapped to the "
     "module\u2019s outcomes; two tutors assess each portfolio, and the University\u2019s APL adviser "
     "meets every candidate who wishes to make a claim.")
para("The assessment-only route described in our first submission has been withdrawn (see the Changes "
     "table).")
doc.add_heading("Needs assessment and tailoring", level=2)
para("The new SENCO Profile and Individual Training Plan are described in the Changes table (row 2.2). "
     "The plan drives the rest of the participant\u2019s year: each participant has three individual "
     "tutorials per module, chooses the focus of each assignment to suit the school and the plan, and "
     "selects from six optional twilight workshops (among them dyslexia-friendly teaching, speech and "
     "language needs in the secondary classroom, and managing annual reviews). The fee is \u00a31,290 "
     "for the whole programme; Rowanbury Council pays half for teachers in its schools, and teaching "
     "takes place at the Rowanbury Education Centre, which the Council provides without charge, so "
     "that the fee is about two-thirds of the University\u2019s standard rate for 60 Level 7 credits.")

# ------------------------------------------------------------------ Theme C
doc.add_heading("Theme C. Learning in school and from evidence", level=1)
para("Every module sets school-based tasks between taught days. In Module 1 participants audit their "
     "school\u2019s SEN register and procedures against the Code of Practice (Task 1a); in Module 2 they "
     "follow a target group of pupils through an intervention (Task 2a); and in Module 3 the whole "
     "assignment is a school development project. Each task names the strand outcomes it serves, and "
     "mentors sign it off (see row 5.7).")
para("The reading lists were revised in April 2009 in the light of the panel\u2019s letter. Sessions now "
     "draw on Ofsted\u2019s report Inclusion: does it matter where pupils are taught? (2006), the "
     "Bercow Report on services for children with speech, language and communication needs (2008), "
     "the first findings of the Deployment and Impact of Support Staff project on teaching assistants, "
     "and the Inclusion Development Programme materials on dyslexia and on speech, language and "
     "communication needs, alongside research published by the School\u2019s own Inclusion Research "
     "Group. Each module begins with a short briefing on what has changed nationally since the last "
     "cohort.")
para("Module 1 develops participants\u2019 understanding of current legislation and policy: Part IV of "
     "the Education Act 1996, the SEN Code of Practice (2001), the Special Educational Needs and "
     "Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement "
     "(2004) and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.")
para("Assignment C is where the programme turns into practice. Each participant plans, leads and "
     "evaluates a change in SEN provision in his or her own school, agreed beforehand with the "
     "headteacher, and the report has to show what is now done differently in the school and what "
     "difference it has made to the pupils concerned. A participant cannot pass Assignment C on a plan "
     "alone.")

# ------------------------------------------------------------------ Theme D
doc.add_heading("Theme D. Working with others", level=1)
doc.add_heading("Colleagues", level=2)
para("Module 3 develops participants\u2019 skills in advising, coaching and supporting colleagues in "
     "their own schools: they practise coaching conversations in sessions and then lead a six-week "
     "coaching cycle with a teacher or teaching assistant. The termly cross-school cluster meetings "
     "described in our first submission have been discontinued, because the pilot group preferred to "
     "spend the time in school.")
doc.add_heading("Parents and carers", level=2)
para("The Working Together day, in Module 3, is planned and half of it taught with Rowanbury Parent "
     "Partnership. Participants hear from two parents about their experience of school reviews, "
     "rehearse an annual review meeting in role play, and practise explaining provision and handling "
     "disagreement. Each participant then plans and holds a meeting with the parents or carers of a "
     "pupil in the Assignment C project, and writes it up in section 3 of the assignment.")
doc.add_heading("Pupils", level=2)
para("See the Changes table (row 1.5).")
doc.add_heading("Stakeholders", level=2)
para("Our evidence of stakeholders\u2019 needs is unchanged from our first submission; in brief, in "
     "June 2008 we surveyed all 94 Rowanbury schools (67 replied), held two focus groups with SENCOs "
     "and one with headteachers, and met Rowanbury Parent Partnership. Schools asked above all for "
     "help with provision mapping, with managing teaching assistants and with statutory assessment; "
     "the Council\u2019s SEN Strategy 2008\u20132011 commits it to training every new SENCO within two "
     "years of appointment.")
para("Those findings shaped the programme: provision mapping and the deployment of teaching "
     "assistants each have a full day in Module 3, and statutory assessment was moved from Module 3 to "
     "Module 1 at the headteachers\u2019 request. Since the panel\u2019s letter, eight former "
     "participants of the Council\u2019s SENCO induction course reviewed the revised Module 2 in April "
     "2009, and the online route was redesigned after they told us the first draft had too little "
     "contact with a tutor.")
para("The Council\u2019s educational psychologists, speech and language therapists and sensory support "
     "team teach sessions in Module 2, and Parent Partnership co-teaches the Working Together day. "
     "Stakeholders\u2019 part in evaluation is described in the Changes table (row 4.3).")
doc.add_heading("Specialist expertise and placements", level=2)
para("Participants meet a wide range of specialists through the Council\u2019s services (above) and "
     "through the voluntary organisations who take part in the Working Together day. The two-day "
     "placement in a Rowanbury special school that we offered in our first submission has been "
     "removed: schools told us they could not release staff for it.")

# ------------------------------------------------------------------ Theme E
doc.add_heading("Theme E. Routes, pace and access", level=1)
para("Participants can start in September or in February. Modules 1 and 2 can be taken in either "
     "order, Module 3 comes last, and participants may register for up to three years. Module 2 can be "
     "studied on Saturdays or online (Changes table, row 3.2 and 3.3).")
para("On the online route every participant has a University email account and Blackboard login from "
     "enrolment. The e-tutor sends a fortnightly email update to each participant\u2019s mentor and "
     "headteacher, tutors share marking and tutorial notes through the programme\u2019s Blackboard "
     "staff area, and participants in each tutor group run their own peer discussion threads "
     "alongside the moderated board.")
para("Equality of opportunity and reasonable adjustments for disabled candidates and participants: "
     "this section is unchanged from our first submission (section 3.1 there) and is not repeated "
     "here; the panel raised no concerns about it.")

# ------------------------------------------------------------------ Theme F
doc.add_heading("Theme F. Staff and resources", level=1)
para("The teaching team is unchanged from our first submission. Dr Anwen Castellan, programme leader, "
     "was SENCO in a Rowanbury comprehensive for eleven years and holds an MEd in Special and "
     "Inclusive Education; Mr Tobias Greenhalgh, the Council\u2019s Principal Officer for SEN, teaches "
     "the law and statutory assessment; Dr Kiran Ashdown, a chartered educational psychologist, leads "
     "Module 2; and Mrs Lorna Pettigrew, formerly head of a resourced provision for pupils with autism, "
     "is the e-tutor. All four have worked in schools or Council SEN services since 2005 and keep "
     "their knowledge current through the Inclusion Research Group\u2019s seminars and national SEN "
     "conferences.")
para("Our specialist teaching resources are as listed in Appendix 4 of our first submission.")
para("Tutors\u2019 and mentors\u2019 roles: see the Changes table (row 5.7).")

# ------------------------------------------------------------------ Theme G
doc.add_heading("Theme G. Knowing how well we are doing", level=1)
para("The programme\u2019s quality assurance is unchanged and follows the University\u2019s Annual "
     "Programme Monitoring procedures set out in our first submission. Participants continue to "
     "complete an evaluation at the end of each module.")
para("Assessment and moderation are also unchanged from our first submission, restated here. All "
     "assignments are marked against the University\u2019s Level 7 criteria. A quarter of the "
     "assignments in each module, and every fail and every borderline mark, are second-marked; the "
     "markers meet to agree marks before the Examination Board; and the external examiner, Dr Leonie "
     "Marsh of the University of Caldwick, reviews a sample from every module, including work from "
     "the online route, and attends the Board.")
para("The panel asked how we would show impact on pupils. Our new arrangements are in the Changes "
     "table (row 5.9).")

# ------------------------------------------------------------------ Theme H
doc.add_heading("Theme H. Finishing the programme", level=1)
para("The award is made by the University\u2019s Examination Board to participants who have passed "
     "Assignments A, B and C. Appendix 1 shows which outcomes each assignment assesses.")
para("As in our first submission, the last session of Module 3 is a Next Steps workshop: participants "
     "review their SENCO Profile, draft two or three professional targets for the following year using "
     "the Partnership\u2019s planning template, and take them to their next performance management "
     "review with their line manager; we also explain the routes on to the MA in Inclusive Education.")

# ------------------------------------------------------------------ Appendix 1
doc.add_page_break()
doc.add_heading("Appendix 1. Outcomes by strand", level=1)
para("Every national minimum outcome appears in one of our five strands. The strands cut across the "
     "modules; each outcome is given in our own words, with where it is developed, and each strand "
     "ends with how it is assessed.")

strands = [
    ("Strand 1: The Law and the Landscape (LL)", [
        ("LL1", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for "
         "the school, the SENCO and others, and how to put them into practice", "Module 1 sessions 1\u20133; Task 1a"),
        ("LL2", "Understands the principles and five outcomes of Every Child Matters and how the SENCO "
         "helps children achieve them", "Module 1 session 4"),
        ("LL3", "Knows disability equality law and the actions it requires of a school", "Module 1 session 5"),
        ("LL4", "Understands what external agencies do and how to obtain specialist support and "
         "resources", "Working Together day"),
    ], "Assignment A (an audit of the school\u2019s SEN and disability arrangements, 3,000 words) is "
       "marked against LL1, LL2 and LL3. LL4 is developed on the Working Together day and is not "
       "separately assessed."),
    ("Strand 2: Knowing the Learner (KL)", [
        ("KL1", "Understands how children develop and how development is affected by SEN, disability "
         "and the physical and social environment", "Pre-course reading pack; Module 2 session 1"),
        ("KL2", "Knows the most common types of SEN and disability (behavioural, emotional and social; "
         "specific learning difficulties, including dyslexia; speech, language and communication; "
         "autistic spectrum; moderate learning difficulties) and how they affect learning",
         "Module 2 sessions 2\u20134 (or online units 2\u20135)"),
        ("KL3", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and "
         "reviews progress", "Module 2 session 5; Task 2a"),
        ("KL4", "Uses assessments by other professionals to shape teaching", "Module 2 session 6"),
        ("KL5", "Takes a critical view of approaches, strategies and resources, including ICT, for "
         "removing barriers to learning", "Module 2 sessions 6\u20137"),
        ("KL6", "Uses summative assessment, including national tests, to track progress and adjust "
         "programmes", "Data and access arrangements workshop"),
        ("KL7", "Identifies in good time the access arrangements pupils need for tests and "
         "examinations and puts them in place", "Data and access arrangements workshop"),
    ], "Assignment B (a case study of a target group, 4,000 words, including a literature review) is "
       "marked against KL2, KL3, KL4 and KL5. KL1 is developed through the pre-course reading pack and "
       "the first Module 2 session, and KL6 and KL7 through the data and access arrangements workshop; "
       "participants record these in their learning log, which tutors read but do not mark."),
    ("Strand 3: Leading Provision (LP)", [
        ("LP1", "Works with senior colleagues and governors to shape an inclusive ethos, policies, "
         "priorities and use of resources", "Module 3 session 1"),
        ("LP2", "Uses provision mapping to plan provision and to find ineffective or missing provision",
         "Module 3 session 2 (full day)"),
        ("LP3", "Deploys and manages teaching assistants and other staff effectively", "Module 3 session 3 (full day)"),
        ("LP4", "Reviews and evaluates provision with colleagues to inform the school\u2019s "
         "self-evaluation", "Module 3 session 4; Assignment C project"),
        ("LP5", "Understands the principles of school self-evaluation and improvement and how they "
         "relate to outcomes for pupils with SEN", "Module 3 session 4"),
    ], "Assignment C (a school development project, 5,000 words, with a 15-minute presentation to the "
       "tutor and the participant\u2019s headteacher) is marked against all five LP outcomes."),
    ("Strand 4: Working Together (WT)", [
        ("WT1", "Supports colleagues\u2019 professional development by observation and feedback, "
         "modelling, coaching and mentoring, and training", "Module 3 coaching sessions; coaching cycle"),
        ("WT2", "Makes sure pupils take part in planning, agreeing and reviewing their own provision",
         "Working Together day"),
        ("WT3", "Liaises with parents and carers to promote their children\u2019s learning and development",
         "Working Together day; parents\u2019 meeting in the Assignment C project"),
        ("WT4", "Works in partnership with other services and agencies, including voluntary "
         "organisations", "Working Together day"),
        ("WT5", "Builds fair, respectful and constructive relationships with pupils and their families",
         "Working Together day; school tasks"),
        ("WT6", "Gains the commitment of colleagues, including the headteacher and senior leaders",
         "Module 1 session 6; Assignment C project"),
    ], "Section 3 of Assignment C (\u2018Working together\u2019) is marked against WT1, WT3 and WT6. "
       "WT2, WT4 and WT5 are developed on the Working Together day and in school tasks and are "
       "discussed at tutorials; they are not separately assessed."),
    ("Strand 5: The Reflective Leader (RL)", [
        ("RL1", "Prioritises, manages time and delegates appropriately", "Module 1 induction session; throughout"),
        ("RL2", "Anticipates and resolves problems and makes sound decisions about provision",
         "Module 3 scenario session"),
        ("RL3", "Speaks and writes clearly and listens to others", "Throughout; presentation preparation in Module 3"),
        ("RL4", "Draws on research and outside advice to improve practice", "Module 2 research seminar"),
        ("RL5", "Keeps up to date and takes responsibility for his or her own professional development",
         "Throughout; Next Steps workshop"),
        ("RL6", "Knows best practice and research findings in meeting special educational needs",
         "Module 2 research seminar; reading lists"),
    ], "The professional learning journal carries this strand: tutors read and discuss it at each "
       "tutorial, and it is formative and not graded. In addition, RL3 is assessed through the "
       "Assignment C presentation (marked for the clarity of the spoken and written account and for "
       "how the participant listens and responds to questions), and RL4 through the literature review "
       "in Assignment B, which is marked on how the participant has used research and outside advice "
       "to improve practice."),
]
for title, rows, assess in strands:
    doc.add_heading(title, level=2)
    table(["Code", "Outcome in our words", "Where it is developed"], rows, widths=[1.5, 10.0, 5.5])
    lead("How this strand is assessed. ", assess)

doc.add_heading("Summary of assessment by strand", level=2)
table(["Strand", "Assessed for the award by", "Developed but not assessed for the award"], [
    ("1 Law and Landscape", "Assignment A: LL1\u2013LL3", "LL4"),
    ("2 Knowing the Learner", "Assignment B: KL2\u2013KL5", "KL1, KL6, KL7 (learning log)"),
    ("3 Leading Provision", "Assignment C: LP1\u2013LP5", "\u2013"),
    ("4 Working Together", "Assignment C section 3: WT1, WT3, WT6", "WT2, WT4, WT5"),
    ("5 Reflective Leader", "Assignment C presentation: RL3; Assignment B literature review: RL4",
     "RL1, RL2, RL5, RL6 (journal, formative)"),
], widths=[4.0, 7.0, 6.0])

para("")
para("Signed for the Partnership: Professor Gwen Latimer, Dean of Education, University of Fellbridge; "
     "Mr Tobias Greenhalgh, Principal Officer (SEN), Rowanbury MBC")

doc.save(OUT)
print("wrote", OUT)
