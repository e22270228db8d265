"""Build du-01-cheverton-selection-handbook.docx (blind test application).

KIND OF DOCUMENT
  A SCITT's selection-day handbook for interview panel members: the internal
  guide that tells partner headteachers, tutors and the council officer who
  sit on selection panels how the day runs, what to ask, how to score and
  decide, and what to tell candidates about the programme. The SCITT sent it
  to the TDA as its application (the document-control table says so). It is
  adapted from the SCITT's own QTS (trainee teacher) selection paperwork, and
  that origin shows.

PROVIDER (invented)
  Cheverton Schools' SCITT: a school-centred initial teacher training
  consortium of 15 primary schools, 6 secondary schools and one special
  school (Brook Meadow School), lead school Cheverton Park High School, which
  wants to run the National Award for SEN Coordination with the University of
  Stanmere validating, and with Eastwold County Council's SEN team teaching
  some days. People: Helen Ashworth (SCITT Director), David Okafor
  (Programme Leader, SENCO Award), Priya Raman (Brook Meadow), Dr Sian Lloyd
  (University link tutor), Carol Bentley (senior educational psychologist),
  Janet Hurst (primary SENCO tutor), Graham Pike (Eastwold Principal Officer
  SEN), Lorraine Platt (SCITT administrator). May 2009.

LAYOUT
  Heading 1 titles with typed section numbers 1 to 11 (cross-references such
  as "section 7" resolve), Heading 2 sub-headings without numbers. A
  document-control table at the top. A selection-day timetable table. Shaded
  one-cell "Panel tip" boxes (single-cell tables). An interview question
  bank table (question / listen for / links to). A decision-category table
  (A-F) with "Notes on the categories" well below it. A "Questions candidates
  often ask" section of bold run-in questions with the answers panel members
  should give. Appendix A: the ten study days, the three assessed tasks, and
  a table "Where the national outcomes are taught and assessed" with merged
  group rows (Attributes / Knowledge and understanding / Skills), columns
  Taught / Assessed for the award, cells "PDR (formative)", "Selection day
  only", "Tbc", "Not covered - see note 4", "-", and numbered notes under it.
  Appendix B: a blank panel scoring sheet with form prompts, [bracketed]
  fields and tick boxes. Page header and footer. Four Word comments (not
  part of the submission).

TRAPS (requirement ids affected)
  - 1.5  Pupils meet candidates on a "pupil panel" on the selection day: the
         provider consulting pupils, not developing participants' skills in
         consulting them (wrong context). No study day teaches consulting
         pupils; Task 2 only asks for "a record of the pupil's own views".
         -> partially_met.  6.S7: assessed in Task 2, taught "-" -> partially_met.
  - 2.3  Decision category E "Assessment only" sits in the decision table;
         the "Notes on the categories" further down say it is kept only to
         match the QTS paperwork, is not available for this award and has not
         been approved by the University (distant negation, another
         programme's route). A Word comment says the University "will
         consider" a regulation in October 2009 (comment, and only future).
         -> not_met.
  - 2.1  APCL up to 30 credits; the University "does not accredit prior
         experiential learning"; experience only shapes the ITP.
         -> partially_met.
  - 2.5  "Will the programme help me plan what to do next?" answered "Not as
         such ... the programme does not include it"; pointing to the MA
         website is not help to set targets; the Director's idea of next-step
         plans on Day 10 is only in a comment. -> not_met.
  - 5.3  The SCITT relies on the head's tick that an enhanced CRB disclosure
         is on the Single Central Record and checks only that the box is
         completed; no references or other background checks; the candidate
         out of school for more than three months is dealt with only in a
         comment. The QTS trainees' full checks are another programme.
         -> partially_met.
  - 3.3  StanLearn online units (Days 3 and 8 for the extended route) with
         e-mail replies from the tutor in three working days; the discussion
         board "we have not switched on"; no peer support online; the online
         units are not picked up at the clusters. -> partially_met.
  - 1.3  "Keeping up to date" answered only in general terms (tutors keep
         abreast, the University updates the reading list); no research or
         inspection evidence named anywhere. -> partially_met.
  - 4.3  Heads and an Eastwold officer sit on panels, Eastwold staff teach,
         mentors from schools (other aspects), but heads' views of the
         programme only "sought informally" (evaluation). -> partially_met.
  - 5.1  Paper day evaluations, a termly summary to the Management Board, the
         University's annual monitoring report; nothing on how the evidence
         changes the programme. -> partially_met.
  - 5.9  Task 2's baseline and end measures exist, but "we would like, in
         time, to find out whether pupils ... do better ... we have not yet
         worked out how"; no measure of participants' competence or
         confidence. -> partially_met.
  - 5.6  University library and e-journals only; software demonstrated with
         the lead school's licences, "we do not lend software or equipment".
         -> partially_met.
  - Criterion 6 (Appendix A table is the map):
      6.A3, 6.A7 taught (Days 9, 10), assessed only by the PDR, "formative,
         not marked" (note 1) -> partially_met.
      6.A4 "Case problems on every study day"; assessed by "Written task
         (selection day)", which section 5 says is a selection tool, not
         part of the award (note 2) -> partially_met.
      6.K4 Taught "-", assessed "Selection day only (interview Q4)"; the
         question bank says the programme assumes it from initial training
         and does not teach it again -> not_met.
      6.K7 Taught Day 8, assessed "Tbc" (note 3: University to confirm)
         -> partially_met.
      6.S2c Absent: no row in the table, no study day, no task -> not_met.
      6.S2d Row says "Not covered - see note 4"; note 4: the council's exams
         officers' network trains SENCOs, "we do not duplicate it" (another
         body's provision) -> not_met.
      6.S7 see 1.5 -> partially_met.
      The other 21 outcomes have a study day and a task -> met.
  - 1.9, 6.0  The award rule is concrete (pass all three tasks, no
         compensation) and the panel is told to say that everyone who
         completes "will have met every one of the national outcomes"
         (blanket claim), but several outcomes are not assessed.
         -> partially_met.
  - Interview question bank "Links to" column names outcomes (A1, S8, K1,
         A3 ...): these are entry probes, not development or assessment for
         the award; they do not change any verdict but must not be read as
         assessment.
  - Comments (not part of the submission): CRB three-month rule (5.3),
         assessment-only regulation in October (2.3), next-step plans on Day
         10 (2.5), K7 check with Registry (6.K7).
  - Header and footer carry an equality sentence and circulation notes:
         never evidence (3.1 is met from the body anyway).
  MET despite looking like traps
  - E.1, E.2  Validated 23 April 2009, 60 credits at Master's level.
  - 5.2  Entry requirements, head's nomination, self-audit, entry level
         judged on the day, written guidance and a call to the head for
         category C.
  - 4.1, 4.2  November 2008 survey (74 replies) and focus group, with three
         named changes that resulted.
  - 3.1  Disclosure, adjustments at selection and on the programme,
         monitoring, no health questions, accessible promotional material.
  - 5.5  Three-day placement in one of three named contrasting settings,
         and named specialist contributors.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "du-01-cheverton-selection-handbook.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)
for lvl, size in ((1, 14), (2, 11.5)):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x1B, 0x4F, 0x72)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = (
    "Cheverton Schools' SCITT  |  National Award for SEN Coordination  |  "
    "Selection Handbook v2.1  |  CONFIDENTIAL")
sec.footer.paragraphs[0].text = (
    "Cheverton Schools' SCITT is committed to equality of opportunity for all "
    "applicants. Panel members: please return this handbook to the SCITT office "
    "at the end of the day and do not leave it in interview rooms.")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def H(text, level=1):
    return doc.add_heading(text, level=level)


def P(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def table(rows, widths=None, header=True, fill="D6E4F0", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def tip(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "FFF2CC")
    c.text = ""
    r = c.paragraphs[0].add_run("Panel tip  ")
    r.bold = True
    r.font.size = Pt(9)
    r2 = c.paragraphs[0].add_run(text)
    r2.font.size = Pt(9)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ cover
P("CHEVERTON SCHOOLS' SCITT", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("in partnership with the University of Stanmere and Eastwold County Council",
  italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Postgraduate Certificate in Special Educational Needs Coordination "
  "(National Award for SEN Coordination)", bold=True, size=12,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("SELECTION DAY HANDBOOK FOR PANEL MEMBERS", bold=True, size=15,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("Selection rounds for the September 2009 and January 2010 intakes",
  align=WD_ALIGN_PARAGRAPH.CENTER)

table([
    ["Document control", ""],
    ["Owner", "David Okafor, Programme Leader (SENCO Award)"],
    ["Approved by", "SCITT Management Board, 12 May 2009"],
    ["Version", "2.1. Replaces v1.0, which was our QTS selection handbook with "
                "the SENCO pages added, used for the informal pilot interviews in March 2009"],
    ["Circulation", "Selection panel members; partner headteachers; University link "
                    "tutor. Sent to the TDA with our request for approval, as the "
                    "clearest account of how we recruit, select and prepare participants "
                    "and of what we tell them about the programme"],
    ["Next review", "After the January 2010 selection round"],
], widths=[4, 12.5])

# ------------------------------------------------------------------ 1
H("1  Why this handbook exists")
P("The SCITT has selected trainee teachers for twelve years, and most of you have "
  "sat on one of our QTS panels. Selecting for the National Award is different in "
  "three ways, and this handbook is mostly about those differences.")
bullets([
    "Candidates are serving teachers, usually already doing the SENCO job or about "
    "to. We are not judging potential to teach; we are judging whether the candidate "
    "can reach the national outcomes for SENCOs within the programme, and what they "
    "will need from us to get there.",
    "The award belongs to the University of Stanmere. Our decisions are "
    "recommendations to the University's admissions tutor for collaborative "
    "programmes, who has never yet overturned one, but could.",
    "What you learn about a candidate on the day is the start of their individual "
    "training plan, so your notes matter after the day as well as on it.",
])
P("Please read sections 2 to 8 before your first panel. Section 9 explains what "
  "happens to your notes, and section 10 gives you the answers to the questions "
  "candidates usually ask. Appendix A is the programme on two pages; Appendix B is "
  "the scoring sheet.")

# ------------------------------------------------------------------ 2
H("2  What we are selecting for: the programme in brief")
H("The award", 2)
P("The Postgraduate Certificate in Special Educational Needs Coordination carries "
  "60 credits at Master's level (level 7 of the Framework for Higher Education "
  "Qualifications). The University of Stanmere validated it at its validation event "
  "on 23 April 2009 as a collaborative programme delivered by the SCITT, for five "
  "years from September 2009 subject to TDA approval. The University confers the "
  "award and its Board of Examiners confirms every result. Participants are "
  "registered students of the University.")
H("What the programme is for", 2)
P("The aim written into the validated programme document is \"to improve the "
  "achievement and well-being of children and young people with SEN and/or "
  "disabilities in Cheverton partnership schools and beyond, by developing SENCOs "
  "who lead provision confidently and well\". We read achievement broadly. Every "
  "assessed task asks the participant to show what difference their work has made "
  "to pupils, judged against all five Every Child Matters outcomes and not only "
  "against attainment, and the study days are planned around the same five "
  "outcomes (see Appendix A).")
H("How it runs", 2)
P("Two 30-credit modules: SCT701 The SENCO, the Law and the Learner, and SCT702 "
  "Leading and Evaluating Provision. There are ten study days on Thursdays at the "
  "SCITT's Professional Centre at Cheverton Park High School, three twilight "
  "cluster meetings held in partner schools (each with a learning walk led by the "
  "host SENCO), and three individual tutorials. Each participant has an in-school "
  "mentor, normally a deputy or assistant head, and spends three days in a "
  "contrasting setting: Brook Meadow School (MLD, SLD and autism), the Eastwold "
  "Language Unit at Hillcrest Primary School, or the Autism Resource Base at "
  "Westgate School. Lorraine Platt books the placements, and Priya Raman checks "
  "each host's programme for the three days before it is confirmed.")
P("There are two routes. The standard route starts in September and takes twelve "
  "months. The extended route takes up to twenty-four months: participants start "
  "in September or January and may take either module first. On Days 4 and 5 the "
  "group divides into primary and secondary strands.")
P("StanLearn, the University's virtual learning environment, holds the readings, "
  "each day's slides and the submission points for the tasks. Participants on the "
  "extended route do Days 3 and 8 as online units on StanLearn, each a sequence of "
  "readings and guided tasks, instead of attending. David Okafor answers e-mail "
  "queries about the units within three working days; there is no other tutor "
  "contact during the online units, and they are not picked up at the cluster "
  "meetings. StanLearn has a discussion board, but we have not switched it on for "
  "this programme: pilot participants told us they preferred to talk at the "
  "clusters.")
H("Who teaches it", 2)
table([
    ["Name", "Role on the programme", "Background"],
    ["David Okafor", "Programme Leader; tutor for SCT701 and SCT702",
     "SENCO at Cheverton Park High School since 2001; MA Special and Inclusive "
     "Education (Stanmere, 2005); formerly advisory teacher for specific learning "
     "difficulties, Eastwold Learning Support Service"],
    ["Priya Raman", "Tutor, Days 4 and 5; placement coordinator",
     "Deputy Headteacher, Brook Meadow School; Advanced Certificate in Autism "
     "(2006); NPQH (2007)"],
    ["Janet Hurst", "Tutor, primary strand; cluster convenor",
     "SENCO, St Oswald's CE Primary School, for fourteen years; convenes the "
     "Eastwold primary SENCO network"],
    ["Dr Sian Lloyd", "University link tutor; moderator",
     "Senior Lecturer in Inclusive Education, University of Stanmere; doctorate on "
     "the SENCO role in secondary schools; teaches on the University's MA"],
    ["Carol Bentley", "Day 5; second marker for Task 2",
     "Senior Educational Psychologist, Eastwold County Council"],
    ["Graham Pike", "Day 2; selection panels",
     "Principal Officer SEN, Eastwold County Council"],
], widths=[3, 5, 8.5])
P("All tutors attend the University's assessment standardisation day each "
  "September and the Eastwold SENCO conference each spring. David Okafor and "
  "Priya Raman each spend at least ten days a year working in settings other than "
  "their own, through the Eastwold outreach rota.")
tip("Candidates often ask who will teach them. It helps to know that every tutor "
    "is, or very recently was, a practising SENCO, specialist teacher or "
    "psychologist in an Eastwold school or service.")

# ------------------------------------------------------------------ 3
H("3  Before the day")
H("Who can apply", 2)
P("A candidate must hold QTS, teach in a school in Eastwold or a neighbouring "
  "authority, and either be the school's SENCO or have been designated to take on "
  "the role by September 2010. The application comes with a headteacher's "
  "nomination form, on which the head agrees to release the candidate for the ten "
  "study days and the three placement days, names an in-school mentor, and agrees "
  "to receive the Task 3 presentation with a governor. With the application the "
  "candidate sends a 500-word statement and a self-audit, rating themselves from 1 "
  "to 4 against each of the national outcomes.")
P("The entry level we look for on the day is set out in section 7: secure classroom "
  "practice with pupils with SEN, enough knowledge of the Code of Practice to find "
  "their way round it, and the capacity to write at Master's level. A candidate who "
  "falls short is not simply turned down. They receive a letter setting out what "
  "they need to do to reach the entry level (usually named reading, a term of "
  "shadowing an experienced SENCO, or the council's SENCO induction twilights), "
  "David Okafor telephones their headteacher to talk it through, and they may "
  "reapply for the next intake.")
H("Checks", 2)
p = P("Because candidates are already employed as teachers, the SCITT does not carry "
      "out its own CRB check for this programme. The headteacher's nomination form "
      "has a box confirming that the candidate's enhanced CRB disclosure is recorded "
      "on the school's Single Central Record, with its date of issue. Lorraine Platt "
      "checks that the box has been completed before a candidate is invited to the "
      "selection day. Panel members do not need to ask about it.")
crb_run = p.runs[0]
P("(Our QTS trainees are a different matter: for them the SCITT is the registered "
  "body, processes their enhanced disclosures itself, checks List 99 and takes two "
  "references. None of that applies to SENCO candidates.)", italic=True)
H("Prior learning", 2)
P("Candidates who hold Master's-level credit in SEN gained in the last five years, "
  "for example from the University's former Postgraduate Certificate in Specific "
  "Learning Difficulties, may apply through the University's procedure for the "
  "accreditation of prior certificated learning (APCL) for up to 30 credits, "
  "against SCT701 only. The University does not accredit prior experiential "
  "learning for this award. Experience is not ignored, though: it shapes the "
  "individual training plan (section 9). If a candidate mentions earlier credit, "
  "note it and choose category D (section 7).")

# ------------------------------------------------------------------ 4
H("4  The day")
table([
    ["Time", "What happens", "Who", "Where"],
    ["9.00", "Panel briefing", "Panel chair", "Seminar Room 2"],
    ["9.30", "Candidates arrive; document check (QTS certificate, photographic "
             "identification)", "Lorraine Platt", "Reception"],
    ["9.45", "Welcome and a short account of the programme", "David Okafor", "Library"],
    ["10.15", "Written task (45 minutes; see section 5)", "SCITT office staff", "Library"],
    ["11.15 to 12.30", "Pupil panel, 15 minutes per candidate", "Pupil council "
     "members from Cheverton Park and Brook Meadow, with a supervising teacher",
     "Room S4"],
    ["11.15 to 15.30", "Interviews, 30 minutes each", "Panels A and B", "Rooms S1, S2"],
    ["15.45", "Panel moderation and decisions", "All panel members", "Seminar Room 2"],
], widths=[2.3, 7, 4.7, 2.5])
P("Each interview panel has three members: a SCITT tutor, a headteacher from a "
  "partner school (never the candidate's own), and Graham Pike or another officer "
  "of Eastwold's SEN team.")
H("The pupil panel", 2)
P("As on our QTS selection days, each candidate spends fifteen minutes with a group "
  "of four or five pupils from the school councils of Cheverton Park and Brook "
  "Meadow. The pupils ask their own questions (last year's favourite was \"What "
  "would you do if someone in your class couldn't read the worksheet?\"). The "
  "supervising teacher feeds the pupils' views back to the panel at 15.45. The "
  "pupils do not score candidates, but panels take what they say seriously, and "
  "several candidates have told us it was the most revealing part of the day.")
tip("If the pupils' view of a candidate differs sharply from yours, say so at the "
    "moderation meeting and record it on the scoring sheet. Do not share the "
    "pupils' comments with the candidate.")

# ------------------------------------------------------------------ 5
H("5  The written task")
P("The written task is an in-tray exercise. Candidates receive four items: an "
  "e-mail from a parent unhappy with her son's IEP review, a note from a Year 4 "
  "teacher asking for more teaching assistant time, a page of Key Stage 2 data for "
  "pupils at School Action Plus, and a message from the headteacher asking for a "
  "paper for governors by Friday. They put the items in order of priority with a "
  "sentence of reasoning for each, and draft a reply to the parent.")
P("Panel members mark the task with the grid in Appendix B, looking at judgement "
  "and priorities, tone with the parent, and clarity of writing. The written task "
  "is a selection tool only. It is not part of the assessment for the award and is "
  "not sent to the University; it goes into the candidate's file and is used at "
  "the ITP meeting.")

# ------------------------------------------------------------------ 6
H("6  The interview")
P("Ask the core questions below in order; follow-up questions are up to you. Score "
  "each core question from 1 (no evidence) to 4 (strong evidence). The last column "
  "shows which national outcome the question touches. It is there to help you "
  "listen, and to show the candidate at the ITP meeting where they already stand.")
table([
    ["No.", "Core question", "Listen for", "Links to"],
    ["Q1", "Tell us about a pupil with SEN whose progress you have helped. How did "
           "you know it had worked?",
     "Evidence rather than impressions; data; the pupil's view; other adults involved",
     "Identifying needs, targets, review (S2)"],
    ["Q2", "A parent tells you that her child's needs are being ignored. What do "
           "you do in the first week?",
     "Listening before explaining; a meeting; follow-up in writing; honesty about "
     "what the school can do",
     "Relationships with parents (A1); liaison with parents (S8)"],
    ["Q3", "A head of department says that differentiation is \"the SENCO's job\". "
           "How would you bring them round?",
     "Respect for colleagues; evidence; small steps; the head's support",
     "Commitment of colleagues (A2); developing colleagues (S5)"],
    ["Q4", "What do you know about how a child's language and social development "
           "can be affected by their early experiences?",
     "Knowledge from initial training and experience; examples. The programme "
     "assumes this knowledge from initial training and does not teach it again, "
     "so a weak answer means category B or C",
     "How children develop (K4)"],
    ["Q5", "What does the SEN Code of Practice expect of a SENCO? Which part do you "
           "find hardest?",
     "Graduated response; School Action and Action Plus; working with the head",
     "SEN law and the Code (K1)"],
    ["Q6", "Tell us about a time when you had far too much to do. What did you let go?",
     "Priorities; delegation; asking for help",
     "Managing time, delegating (A3)"],
    ["Q7", "Why do you want to do the award now, and what would you like to be "
           "different in your school in a year's time?",
     "A realistic aim; the head's support; interest in learning",
     "Own professional development (A7)"],
], widths=[1.1, 5.6, 5.6, 4.2])
tip("Do not ask about a candidate's health, disability or family circumstances, "
    "even in a friendly way. If a candidate raises a disability, thank them, note "
    "any adjustment they ask for, and move on (section 8).")

# ------------------------------------------------------------------ 7
H("7  Scoring and decisions")
P("Each panel member scores independently: seven interview questions (1 to 4 each) "
  "and the written task (1 to 4, doubled), a maximum of 36. The panel then agrees "
  "one score and one decision. Entry level is normally a total of 20 with no single "
  "score of 1. Decisions are recorded on the scoring sheet, with reasons that refer "
  "to the criteria, never to the candidate as a person.")
table([
    ["Category", "Decision", "When to use it"],
    ["A", "Accept", "At or above entry level."],
    ["B", "Accept with conditions", "At entry level overall but weak in one area, "
     "for example knowledge of the Code; the condition is usually named reading or a "
     "half-day with Eastwold's SEN team before Day 1."],
    ["C", "Defer with guidance", "Below entry level. Letter of guidance and a call "
     "to the head (section 3); may reapply for the next intake."],
    ["D", "Accept and refer for APCL", "At entry level and holds relevant "
     "Master's-level credit (section 3)."],
    ["E", "Assessment only", "An exceptionally experienced candidate who appears "
     "already to meet the outcomes."],
    ["F", "Decline", "Not eligible, or far below entry level with no realistic "
     "route to it."],
], widths=[2, 4.5, 10])
H("After the decision", 2)
P("Candidates hear by letter within five working days. Every candidate may ask for "
  "feedback, which the panel chair gives by telephone using the scoring sheet. "
  "Decisions in categories C and F are read by a second tutor before the letter "
  "goes, so that no candidate is turned away on one panel's view alone.")
H("Notes on the categories", 2)
P("Categories A, B, C, D and F work as they do for QTS candidates, with the "
  "differences described above.")
p = P("Category E has been kept in the table so that the letters match the QTS "
      "selection paperwork, where an assessment-only route exists. Panels should not "
      "use it for SENCO candidates: the University's regulations for this award "
      "require attendance at the taught programme, and an assessment-only route has "
      "not been approved. A candidate who seems already to meet the outcomes should "
      "be offered category A and an early ITP meeting.")
cat_e_run = p.runs[0]

# ------------------------------------------------------------------ 8
H("8  Equality and reasonable adjustments")
P("The SCITT and the University both have duties under the Disability "
  "Discrimination Act 1995 (as amended in 2005), the Race Relations (Amendment) Act "
  "2000 and the Equality Act 2006. For selection this means the following.")
bullets([
    "The application form invites candidates to tell us about a disability, "
    "explains why we ask (so that we can make adjustments) and says that the "
    "information is not seen by the panel unless the candidate wishes.",
    "The programme leaflet and application form are available in large print and, "
    "on request, in other formats; the leaflet says so on its front page.",
    "Lorraine Platt contacts every candidate who discloses a disability to agree "
    "adjustments before the day. Those we have made include 25% extra time on the "
    "written task, a word processor with screen-reading software, a ground-floor "
    "room, a BSL interpreter and rest breaks between parts of the day.",
    "Panel members may not ask about health or disability (section 6), and every "
    "decision must be justified against the published criteria.",
    "Equal opportunities monitoring data (gender, ethnicity, disability, age) are "
    "collected on a separate sheet that panels never see, and the Management Board "
    "receives an analysis of applications, offers and completions each year.",
])
P("Once on the programme, participants who disclose a disability are referred, "
  "with their agreement, to the University's Disability Service for an assessment "
  "of their needs. Adjustments we already make include materials in alternative "
  "formats or in advance, a hearing loop in the Professional Centre, placements "
  "checked for physical access before they are confirmed, and adjustments to "
  "assessment such as extended deadlines or an alternative to the Task 3 "
  "presentation.")

# ------------------------------------------------------------------ 9
H("9  After the day: the individual training plan")
P("Within four weeks of acceptance, each participant has an ITP meeting of an hour "
  "with their tutor and their in-school mentor. The self-audit sent with the "
  "application, the panel's scoring sheet and the written task are all used. "
  "Together they agree:")
bullets([
    "a profile against each of the national outcomes, rated secure, developing or new;",
    "the participant's personalised outcomes: the national outcomes they will give "
    "most attention to, plus up to three priorities from their own school's "
    "development plan;",
    "which strand (primary or secondary) they join on Days 4 and 5, and which "
    "contrasting setting they go to;",
    "directed reading, and extra sessions with Eastwold's SEN team where needed;",
    "the pupil for Task 2 and the focus of Task 3.",
])
P("The ITP is reviewed at each of the three tutorials and rewritten if the "
  "participant's needs have changed. Where the ITPs show that a whole group is "
  "already secure in an area, the tutors shorten that part of the day and use the "
  "time elsewhere; in the pilot, for example, the whole group was secure on the "
  "Code's graduated response, and Day 2 was rebalanced towards statutory "
  "assessment and annual reviews.")
P("The fee for the award is 1,250 pounds. Eastwold County Council pays 400 pounds "
  "of it for SENCOs in maintained schools in the county, partner schools of the "
  "SCITT receive a further 10% discount, and the Professional Centre and cluster "
  "venues cost the programme nothing, which is how we keep the fee below the "
  "University's usual postgraduate rate.")

# ------------------------------------------------------------------ 10
H("10  Questions candidates often ask")
P("Please give these answers, so that every candidate hears the same thing.")
runin("How much time will it take?",
      "Ten study days, three placement days, three twilights and three tutorials, "
      "plus about 150 hours of reading and writing, most of it based on work the "
      "participant is doing in school anyway.")
runin("Can I start in January?", "Yes, on the extended route (section 2).")
runin("What will I be assessed on?",
      "Three tasks, all carried out in the participant's own school: a review of "
      "the school's SEN policy and practice (Task 1), a case study of one pupil "
      "(Task 2), and a change project planned with the head and presented to the "
      "head and a governor (Task 3). Details are in Appendix A.")
runin("Is it all theory?",
      "No. Every task is done in the participant's school, the clusters are held in "
      "partner schools, and the placement puts the participant in a contrasting "
      "setting for three days. Task 3 asks the participant to lead a real change "
      "in their school and show its effect on pupils and staff.")
runin("Who else is involved?",
      "Eastwold's SEN team teaches Day 2; the council's educational psychologists "
      "and the speech and language therapy service teach Day 5; Eastwold Parent "
      "Partnership and a parent of a child with SEN lead part of Day 6; Eastwold "
      "Autism Support, a parents' charity, contributes to Day 4. Partner "
      "headteachers and an Eastwold officer sit on the selection panels, and the "
      "in-school mentors come from the participants' own schools.")
runin("How did you decide what to put in it?",
      "In November 2008 we surveyed the headteachers and SENCOs of our 22 partner "
      "schools and 30 other Eastwold schools (74 replies), and held a focus group "
      "with eight recently appointed SENCOs and Graham Pike. Three messages came "
      "through: small primary schools cannot release a teacher for more than ten "
      "days; new SENCOs feel least confident with data and with managing teaching "
      "assistants; secondary SENCOs wanted some of the programme to themselves. As "
      "a result the programme has ten days rather than the fifteen first proposed, "
      "Day 8 (data) and Day 9 (leading people, including teaching assistants) were "
      "added, and Days 4 and 5 divide into primary and secondary strands.")
runin("Is the content up to date?",
      "Yes. The tutors are practising SENCOs and specialists who keep abreast of "
      "developments, and the University updates the reading list every year.")
runin("How will you know whether the programme works?",
      "Participants fill in a paper evaluation at the end of each study day, and "
      "the SCITT Management Board receives a summary each term. The University's "
      "annual monitoring report covers the programme. Task 2 asks for baseline and "
      "end-of-intervention measures for the pupil. We would like, in time, to find "
      "out whether pupils in participants' schools do better as a result of the "
      "programme, but we have not yet worked out how. Headteachers' views of the "
      "programme will be sought informally.")
p = runin("Will the programme help me plan what to do next?",
          "Not as such. The award ends when Task 3 has been marked. Planning the "
          "next stage of a participant's career is a matter for the participant "
          "and their headteacher through performance management, and the programme "
          "does not include it. Some participants ask about the University's MA: "
          "point them to the University's website.")
next_run = p.runs[1]
runin("What resources will I have?",
      "Full membership of the University library, including e-journals from home, "
      "and StanLearn. Specialist software (Clicker 5, Write Out Loud, Numicon "
      "software) is demonstrated on Day 7 using Cheverton Park's own licences; we "
      "do not lend software or equipment.")
runin("How is the marking checked?",
      "Each task is marked by the participant's tutor. Another tutor second-marks "
      "a sample of 20% of every task, and every fail and borderline script; Carol "
      "Bentley second-marks Task 2 scripts in the sample. Dr Sian Lloyd moderates a "
      "sample of every task at the University, and the University's external "
      "examiner for its collaborative education programmes sees a sample and "
      "attends the Board of Examiners.")
runin("Who helps me in school?",
      "The in-school mentor. Mentors receive a role description and a mentor "
      "handbook, and attend a two-hour briefing at the Professional Centre each "
      "September (a second briefing is held in January for the January intake) on "
      "the tasks, the ITP and what a mentor does and does not do. Tutors and "
      "markers attend the University's standardisation day, and every panel member "
      "reads this handbook and attends the 9.00 briefing.")
runin("Will I definitely get the award if I do the work?",
      "The University's Board of Examiners makes the award to participants who "
      "pass all three tasks; there is no compensation between tasks. You can tell "
      "candidates, with confidence, that everyone who completes the award will "
      "have met every one of the national outcomes.")

# ------------------------------------------------------------------ 11
H("11  Keeping selection fair")
P("Dr Sian Lloyd sits in on at least one interview panel in each round and reads "
  "a sample of scoring sheets against the decisions made. The Management Board "
  "receives a short report on each round (numbers, decisions by category, "
  "equality monitoring), and the University's admissions tutor sees every "
  "scoring sheet before offers are confirmed.")

# ------------------------------------------------------------------ App A
H("Appendix A: The programme on two pages")
H("The ten study days", 2)
table([
    ["Day", "Title", "Content"],
    ["1", "The SENCO's job and the five outcomes",
     "Every Child Matters: being healthy, staying safe, enjoying and achieving, "
     "making a positive contribution, achieving economic well-being, and what each "
     "means for pupils with SEN; the SENCO's role; the tasks; writing at Master's level"],
    ["2", "Law, policy and the Code",
     "Education Act 1996 Part IV; the SEN Code of Practice (2001): graduated "
     "response, statutory assessment, statements and annual reviews; SENDA 2001; "
     "the Children Act 2004; the Education (SEN Coordinators) (England) "
     "Regulations 2008; the Inclusion Development Programme (Graham Pike)"],
    ["3", "Disability equality",
     "DDA 1995 and 2005; the disability equality duty; accessibility plans; "
     "reasonable adjustments for pupils (online unit for the extended route)"],
    ["4", "Communication and interaction (strands)",
     "Speech, language and communication needs; autistic spectrum disorders; "
     "Eastwold Autism Support"],
    ["5", "Learning, behaviour and other agencies (strands)",
     "Dyslexia and specific learning difficulties; moderate learning difficulties; "
     "behavioural, emotional and social difficulties; the educational psychology "
     "service, speech and language therapy, CAMHS, social care and voluntary "
     "organisations; using other professionals' assessments; the CAF"],
    ["6", "Pupils, parents and families",
     "Building fair and constructive relationships with pupils with SEN and their "
     "families; Eastwold Parent Partnership and a parent; difficult conversations; "
     "the Team Around the Child"],
    ["7", "What works: approaches, ICT and evidence",
     "Personalised learning; waves of intervention; ICT to remove barriers; reading "
     "research critically; best practice in meeting SEN; case problems"],
    ["8", "Data, provision mapping and self-evaluation",
     "RAISEonline, P scales and tracking; Key Stage results and GCSE for pupils "
     "with SEN; provision maps and costing; the SEF; reviewing the effectiveness "
     "of provision with colleagues (online unit for the extended route)"],
    ["9", "Leading people",
     "Working with the head and governors on strategy and resources; deploying "
     "and managing teaching assistants; coaching and mentoring colleagues; "
     "managing the SENCO's time and delegating"],
    ["10", "Presentations and looking ahead",
     "Task 3 presentations; review of the Professional Development Record; keeping "
     "up to date: networks, journals and the SENCO forum"],
], widths=[1.1, 4.4, 11])
H("The assessed tasks", 2)
runin("Task 1: Policy into practice (SCT701, 40%; 3,500 words).",
      "A critical review of the school's SEN policy and practice against SEN law, "
      "the Code of Practice and disability equality law (including the school's "
      "accessibility plan), drawing on research and best practice, with "
      "recommendations to the head.")
runin("Task 2: Pupil case study (SCT701, 60%; 4,500 words).",
      "For one pupil: identifying needs from the school's data and other "
      "professionals' assessments; an account of the pupil's main area of need; "
      "challenging targets; an intervention of at least eight weeks, planned, "
      "reviewed and critically evaluated, including the approaches and ICT used; "
      "notes of at least one meeting with the parents or carers and of the work "
      "with the pupil and family; a record of the pupil's own views of their "
      "targets and provision; contact with at least one outside agency; baseline "
      "and end measures, and an evaluation against the five Every Child Matters "
      "outcomes.")
runin("Task 3: Leading change (SCT702, 100%; 5,000 words and a 20-minute "
      "presentation).",
      "A change project planned with the head: an analysis of the school's "
      "summative data for pupils with SEN, including Key Stage or GCSE results; a "
      "costed provision map showing ineffective or missing provision; a review of "
      "provision carried out with colleagues; a plan for deploying and managing "
      "teaching assistants; evidence of coaching a colleague; strategic priorities "
      "presented to the head and a governor, whose written comments are submitted "
      "with the task.")
H("Where the national outcomes are taught and assessed", 2)
rows = [
    ["National outcome (our summary)", "Taught", "Assessed for the award"],
    ["PROFESSIONAL ATTRIBUTES", "", ""],
    ["Fair, respectful relationships with pupils with SEN and their families", "Day 6", "Task 2"],
    ["Winning the commitment of colleagues, the head and senior leaders", "Day 9", "Task 3"],
    ["Prioritising, managing time, delegating", "Day 9", "PDR (formative)"],
    ["Anticipating and resolving problems; sound decisions about provision",
     "Case problems on every study day", "Written task (selection day)"],
    ["Clear speech and writing; listening to others", "Days 1 and 10", "Tasks 1 and 3"],
    ["Using research and outside advice to improve practice", "Day 7", "Task 1"],
    ["Keeping up to date; own CPD", "Day 10", "PDR (formative)"],
    ["KNOWLEDGE AND UNDERSTANDING", "", ""],
    ["SEN law, the Code of Practice and what they mean in school", "Day 2", "Task 1"],
    ["Every Child Matters and the SENCO's part in it", "Day 1", "Task 2"],
    ["Disability equality law and what it requires", "Day 3", "Task 1"],
    ["How children develop and what affects development", "-",
     "Selection day only (interview Q4)"],
    ["The main types of SEN and how they affect learning", "Days 4 and 5", "Task 2"],
    ["Approaches, strategies and resources, including ICT", "Day 7", "Task 2"],
    ["School self-evaluation and improvement", "Day 8", "Tbc"],
    ["Best practice and research in meeting SEN", "Day 7", "Task 1"],
    ["What outside agencies do and how to get their help", "Day 5", "Task 2"],
    ["SKILLS", "", ""],
    ["Shaping an inclusive ethos, policy and resources with the head and governors",
     "Day 9", "Task 3"],
    ["Identifying needs, setting targets, planning and reviewing interventions",
     "Days 4 and 5", "Task 2"],
    ["Using other professionals' assessments", "Day 5", "Task 2"],
    ["Tracking progress with summative data, including national tests", "Day 8", "Task 3"],
    ["Arrangements for national tests and examinations", "Not covered - see note 4", "-"],
    ["Provision mapping; finding ineffective or missing provision", "Day 8", "Task 3"],
    ["Deploying and managing staff", "Day 9", "Task 3"],
    ["Developing colleagues: coaching, mentoring, training", "Day 9", "Task 3"],
    ["Reviewing provision with colleagues to inform self-evaluation", "Day 8", "Task 3"],
    ["Involving pupils in planning and reviewing their provision", "-", "Task 2"],
    ["Working with parents and carers", "Day 6", "Task 2"],
    ["Working with other services and voluntary organisations", "Day 5", "Task 2"],
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
k7_cell = None
for i, row in enumerate(rows):
    if row[1] == "" and row[2] == "" and i > 0:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        c.text = ""
        r = c.paragraphs[0].add_run(row[0])
        r.bold = True
        r.font.size = Pt(9)
        shade(c, "E7E6E6")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(9)
        if i == 0:
            r.bold = True
            shade(c, "D6E4F0")
        if val == "Tbc":
            k7_cell = r
        c.width = Cm([9, 3.8, 3.7][j])
doc.add_paragraph()
P("Notes", bold=True)
P("1. PDR: the Professional Development Record, which each participant keeps "
  "throughout the programme and brings to tutorials. It is formative: tutors "
  "comment on it, but it is not marked and is not sent to the University.")
P("2. Selection day entries show where we check a candidate at entry. They are not "
  "part of the assessment for the award (section 5).")
P("3. The University's validation panel asked us to confirm whether the Task 3 "
  "marking criteria cover the principles of school self-evaluation. Our answer is "
  "due by the end of July 2009.")
P("4. Eastwold County Council's exams officers' network trains SENCOs and exams "
  "officers in access arrangements for Key Stage tests and GCSE every spring, and "
  "we do not duplicate it.")

# ------------------------------------------------------------------ App B
H("Appendix B: Panel scoring sheet")
P("Complete one sheet per panel member; the chair completes the agreed sheet.",
  italic=True)
table([
    ["Candidate name: [                              ]", "Candidate number: [      ]"],
    ["School: [                                        ]", "Panel: A / B"],
    ["Panel member: [                                 ]", "Date: [  /  / 2009]"],
], header=False)
table([
    ["Item", "1", "2", "3", "4", "Notes (evidence heard)"],
    ["Q1", "☐", "☐", "☐", "☐", ""],
    ["Q2", "☐", "☐", "☐", "☐", ""],
    ["Q3", "☐", "☐", "☐", "☐", ""],
    ["Q4", "☐", "☐", "☐", "☐", ""],
    ["Q5", "☐", "☐", "☐", "☐", ""],
    ["Q6", "☐", "☐", "☐", "☐", ""],
    ["Q7", "☐", "☐", "☐", "☐", ""],
    ["Written task (x2)", "☐", "☐", "☐", "☐", ""],
    ["Pupil panel comments", "", "", "", "", ""],
], widths=[3.5, 1, 1, 1, 1, 9])
table([
    ["Total (max 36): [    ]", "Decision:  ☐ A   ☐ B   ☐ C   ☐ D   ☐ E   ☐ F"],
    ["Reasons (must refer to the criteria):", ""],
    ["Condition or guidance to be given:", ""],
    ["For the ITP meeting:", ""],
    ["Signed: [                    ]", "Chair's signature: [                    ]"],
], header=False)

# ------------------------------------------------------------------ comments
doc.add_comment(crb_run, text=(
    "LP: what about supply teachers, or anyone who hasn't worked in a school for "
    "more than three months? Should we get them a fresh enhanced CRB through our "
    "registered body, as we do for QTS? DO: yes, let's. I'll add it to v2.2."),
    author="Lorraine Platt", initials="LP")
doc.add_comment(cat_e_run, text=(
    "The University's Academic Standards Committee will consider an assessment-only "
    "regulation for the collaborative awards in October 2009. If it is approved we "
    "could offer category E from the January round."),
    author="Sian Lloyd", initials="SL")
doc.add_comment(next_run, text=(
    "Could we use the Day 10 afternoon for each participant to draft next-step "
    "targets with their head? Let's discuss at the Board."),
    author="Helen Ashworth", initials="HA")
if k7_cell is not None:
    doc.add_comment(k7_cell, text="Sian to check with Registry whether the Task 3 "
                    "criteria can be amended after validation.",
                    author="David Okafor", initials="DO")

doc.save(OUT)
print("wrote", OUT)
