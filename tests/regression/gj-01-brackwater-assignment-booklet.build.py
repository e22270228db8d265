"""gj-01-brackwater-assignment-booklet: build script.

Provider (invented): Brackwater University, Faculty of Education and Language
Studies, a university that teaches mainly by supported distance learning
(printed study packs posted to students, a regional tutor for each group of
about fifteen, two residential weekends, online tutorials in the University's
conferencing system "BrackConf"). It awards its own degrees and applies on its
own account to run the award nationally as course E839.

Document kind: the course's printed ASSIGNMENT BOOKLET for the 2009-10
presentations (second proof), written to the student ("you"), sent as the
application. A shaded box at the front tells the panel why; Part 8 was added
for the panel to describe the parts of the course the booklet does not.

Layout: a cover table of fields; a shaded one-cell note to the panel; heading
styles for Parts 1-8; a cut-off dates table; each assignment (TMA00 to TMA04
and the EMA) as a heading, the question, "Notes", a "What your tutor will look
for" list and an "Outcomes assessed" line in the course's own outcome codes
(A1-A7, K1-K9, S1-S9 with S2a-S2d, which match the national outcomes); an
outcome table in Part 7 with a merged group row per group; a header and a
footer (proof status); two Word comments.

Traps (requirement ids):
- Experiential learning cannot be credited, only earlier M-level credit by
  credit transfer (2.1 partially_met).
- CRB: the University explicitly does not ask for the student's disclosure and
  relies on the school; the enhanced disclosures described are the TUTORS'
  (wrong context) (5.3 not_met).
- Placements: "This course has no placement element"; specialist expertise
  only through residential-weekend speakers (5.5 partially_met).
- Stakeholder needs evidence only asserted from "long experience" (4.1
  partially_met); critical readers changed Block 3 (4.2 met); stakeholders in
  evaluation only an intention "we hope to" while headteacher sponsors act in
  the workplace (4.3 partially_met).
- Pass rule: overall continuous assessment score plus EMA score with
  compensation between assignments; the Outcome Record is only "recommended"
  (6.0 partially_met; 1.9 partially_met with the outcome gaps).
- Outcome table: 6.K4 has no row and appears nowhere (not_met); 6.A3 row is
  "[to be confirmed]" with a comment asking authors (not_met); 6.K7 "to be
  added in the 2010 revision of Block 4" (not_met, aspiration); 6.A4 studied
  in Block 3 but "not separately assessed" (partially_met); 6.K2 assessed only
  in TMA00, which is not marked (partially_met); 6.S2d only in Option B of
  TMA02 (partially_met); 6.S2c only a "you may wish to" in TMA04 (partially_met);
  6.S8 "not separately assessed" (partially_met); 6.S1 optional residential
  session, not assessed (partially_met).
- A comment suggests CRB checks on students; comments are not the submission.
- Header/footer carry proof details only.
- Met traps: e-learning is real and supported between residentials (3.3 met);
  Direct Assessment route is concrete (2.3 met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("gj-01-brackwater-assignment-booklet.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def LEAD(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead)
    r.bold = True
    p.add_run(text)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def BUL(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def TABLE(rows, header=True, fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    return t


def BOX(paras, fill="E7EEF7"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = paras[0]
    c.paragraphs[0].runs[0].bold = True
    for x in paras[1:]:
        c.add_paragraph(x)
    doc.add_paragraph()
    return t


# header / footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "E839 Assignment Booklet 2009-10   |   PROOF 2 - not for despatch"
sec.footer.paragraphs[0].text = ("Brackwater University, Walton Quay, Brackwater BW1 4QL. Copyright 2009. "
                                 "Print run: 600. Despatch with Block 1 mailing.")

# cover
t = P("Brackwater University", bold=True)
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
P("Faculty of Education and Language Studies").alignment = WD_ALIGN_PARAGRAPH.CENTER
tt = doc.add_paragraph()
r = tt.add_run("E839 Leading Provision for Special Educational Needs")
r.bold = True
r.font.size = Pt(18)
tt.alignment = WD_ALIGN_PARAGRAPH.CENTER
P("The National Award for Special Educational Needs Coordination").alignment = WD_ALIGN_PARAGRAPH.CENTER
P("ASSIGNMENT BOOKLET", bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
TABLE([
    ["Course", "E839 Leading Provision for Special Educational Needs"],
    ["Presentations covered", "2009J (starts 3 October 2009) and 2010B (starts 6 February 2010)"],
    ["Credit", "60 credits at Masters level (M level). E839 counts towards the University's Postgraduate Certificate in Inclusive Education and MA in Education."],
    ["Awarding body", "Brackwater University (the University awards its own taught and research degrees)"],
    ["Course chair", "Dr Helen Marchetti"],
    ["Course manager", "Janet Okafor"],
    ["Assessment", "Five tutor-marked assignments (TMA00-TMA04) and an end-of-module assessment (EMA)"],
], header=False)
doc.add_paragraph()

BOX([
    "A note for the TDA approval panel",
    "We have chosen to send you the Assignment Booklet as our application, because it is the document in "
    "which the course commits itself: every student receives it, every tutor marks by it and the Examination "
    "and Assessment Board applies it. Parts 1 to 7 are printed exactly as students will receive them in the "
    "first mailing. Part 8 does not appear in the student edition; we have written it for the panel to "
    "describe the teaching, staffing and quality arrangements that sit around the assignments.",
    "Helen Marchetti, Course Chair, June 2009",
])

H("Part 1  About this booklet and about E839")
P("Welcome to the assessment for E839. Please keep this booklet with your study calendar: it contains "
  "everything you need to know about your assignments, when they are due and how they will be marked. "
  "Your tutor will refer to it in your first online tutorial.")
P("E839 is written for teachers who have recently taken on, or are about to take on, the role of special "
  "educational needs coordinator (SENCO) in a primary, secondary or special school, and who need the "
  "National Award required under the Education (Special Educational Needs Coordinators) (England) "
  "Regulations 2008. The course has one purpose above all others: that the children and young people you "
  "coordinate provision for should learn more, be safer and healthier, enjoy school, make a positive "
  "contribution and leave better prepared for adult life. Every assignment therefore asks you to do "
  "something in your own school and to show what difference it made to particular pupils, not only to "
  "write about it.")
P("The course has four Blocks of printed study material, which arrive in two mailings:")
BUL([
    "Block 1  The SENCO, the law and the school (weeks 1-8)",
    "Block 2  Knowing the learner: needs, development and assessment (weeks 9-17)",
    "Block 3  Provision, people and partnership (weeks 18-27)",
    "Block 4  Leading improvement and enquiry (weeks 28-36)",
])
P("Each Block comes with a Reader of articles and extracts, an audio CD of interviews with SENCOs, pupils "
  "and parents, and activities to carry out in school. Alongside the printed material you will have a "
  "regional tutor, a tutor group of about fifteen SENCOs, four online tutorials each Block in BrackConf, "
  "and two residential weekends.")
P("The Readers were compiled in 2009 and draw on recent research and inspection evidence, including Ofsted's "
  "reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
  "matter where pupils are taught? (2006), the Bercow Review of services for children and young people with "
  "speech, language and communication needs (2008), and the Inclusion Development Programme materials on "
  "dyslexia and speech, language and communication needs. A printed Update sheet in each mailing covers "
  "developments since the Blocks were printed.")

H("Part 2  Key dates")
P("Cut-off dates are midnight (UK time) on the date shown. Submit through the eTMA service unless your "
  "tutor has agreed another method with you.")
TABLE([
    ["Assignment", "Title", "Cut-off date (2009J)", "Cut-off date (2010B)", "Weighting"],
    ["TMA00", "Where am I now?", "24 October 2009", "27 February 2010", "Not marked"],
    ["TMA01", "The SENCO's world: law, policy and your school", "5 December 2009", "10 April 2010", "15%"],
    ["TMA02", "Knowing one learner well", "6 February 2010", "12 June 2010", "20%"],
    ["TMA03", "Mapping and managing provision", "27 March 2010", "24 July 2010", "20%"],
    ["TMA04", "Working with and through colleagues", "15 May 2010", "2 October 2010", "45% (with TMA01-03, forms the OCAS)"],
    ["EMA", "Practice Enquiry and Portfolio", "10 July 2010", "27 November 2010", "Examinable component"],
])
P("Residential weekend 1 falls between TMA01 and TMA02; residential weekend 2 between TMA03 and TMA04. "
  "Dates and venues for your region are in your study calendar.")

H("Part 3  Before you begin")
H("TMA00  Where am I now?", 2)
P("TMA00 is not marked and does not count towards your result, but you must submit it. It is the "
  "starting point for your Personal Study Plan.")
P("Using the self-review grid printed at the back of the Block 1 Study Guide, rate yourself against each "
  "of the 28 outcomes in Part 7 of this booklet (Secure / Partly secure / New to me). For each rating, give "
  "one piece of evidence: something you have done, a document you wrote, a course you attended. Ask your "
  "headteacher or line manager to read the grid and add a comment in the box provided. Then write no more "
  "than 500 words on what you most need from the course and what your school most needs from you.")
P("Within two weeks of the cut-off date your tutor will telephone you for a 30-minute planning "
  "conversation. Together you will agree your Personal Study Plan: the outcomes you will give most time "
  "to, the optional Reader chapters and audio tracks you will use, which residential workshops you will "
  "choose, and your own targets for the year. Your tutor records the plan in the eTMA system so that each "
  "later piece of feedback can refer to it. Where the grid and the evidence show you are already secure "
  "in most of Block 1, your tutor may agree the 'light route' through it, which releases about three "
  "weeks for Blocks 2 and 3. Tutors look again at your plan at each TMA and it is revised formally after "
  "TMA02.")
H("Credit you already hold", 2)
P("If you have already passed a course at M level in special or inclusive education within the last "
  "eight years, you may be able to count up to 30 of its credits towards E839 by credit transfer; you "
  "would then be exempt from TMA01 and TMA02. Apply to the Credit Transfer Centre before your course "
  "starts, with your certificate and the course syllabus. We are sorry that we cannot give credit for "
  "experience alone, however long: the University's credit transfer regulations apply only to certificated "
  "study.")
H("If you already do everything the course asks", 2)
P("A small number of experienced SENCOs, and teachers from SEN support services, may already meet all 28 "
  "outcomes. They do not need to study E839. Instead they may apply for the Direct Assessment route "
  "(course code E839D): they submit a portfolio of evidence against every outcome, cross-referenced to the "
  "grid in Part 7, with a headteacher's statement, and then have a one-hour professional discussion with "
  "two assessors at their regional centre. Portfolios are marked against the same criteria as the EMA and "
  "go to the same Examination and Assessment Board. The fee is £450. Candidates who do not succeed are "
  "offered a place on the taught course with credit for the outcomes they have shown.")

H("Part 4  Submitting your work and getting feedback")
P("Submit each TMA through the eTMA service on the course website. Your tutor will return it, marked, "
  "within ten working days, with comments on the script and a summary on the PT3 feedback form: what you "
  "did well, what to work on next, and how the assignment has moved you on against your Personal Study "
  "Plan. If you cannot submit by the cut-off date, ask your tutor for an extension before the date; tutors "
  "can grant up to seven days, and longer extensions go to the Staff Tutor in your region.")
H("If you have a disability, a specific learning difficulty or a health condition", 2)
P("Please tell us. The registration form asks you about disability, and you can tell us at any time "
  "afterwards through your Regional Centre or the Services for Disabled Students team. What you tell us "
  "is used only to arrange support. We can provide the study packs in large print, on audio CD, in "
  "Braille or as accessible electronic files; arrange extra time for assignments and the EMA; offer "
  "a note-taker or BSL interpreter at residential weekends, where all venues have step-free access and "
  "accessible bedrooms; and arrange tutorials by telephone instead of BrackConf. Your tutor is told "
  "only what you agree to. None of these arrangements will ever count against you, and the marking "
  "criteria for the EMA are applied to what you show, not the form in which you show it.")

H("Part 5  The assignments")
H("TMA01  The SENCO's world: law, policy and your school (3,000 words)", 2)
P("Part A (60%). Read your school's SEN policy and its disability equality scheme and accessibility plan "
  "against the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and "
  "the guidance in Block 1. Identify three points at which your school's practice differs from what the law "
  "and guidance require or recommend, and say what you will do about each, by when, and with whom.")
P("Part B (40%). Interview your headteacher (or another senior leader) about how they see the SENCO's "
  "role in the school's development. Write a short reflective account of the conversation: where you agree, "
  "where you differ, and what you will do to win support for one change you want to make.")
P("Notes. Do not name pupils or staff. Attach the policy, but do not count it in your words.", italic=True)
P("What your tutor will look for:", bold=True)
BUL([
    "accurate use of the law and guidance, including what they mean for the school, the SENCO and others;",
    "the actions needed to meet the school's duties to disabled pupils, and how they could best be carried out;",
    "a realistic plan for gaining the commitment of senior colleagues;",
    "clear, well organised writing that reports others' views fairly.",
])
LEAD("Outcomes assessed: ", "K1, K3, A2, A5.")

H("TMA02  Knowing one learner well (3,500 words)", 2)
P("Choose one pupil whose progress concerns you. Gather what is already known: the class teacher's "
  "observations, assessment data, and reports from any other professionals (educational psychologist, "
  "speech and language therapist, specialist teacher). Spend time with the pupil and find out, in a way "
  "suited to their age and communication, how they see their learning and what helps. Then write a "
  "profile that explains the pupil's needs in the light of Block 2, sets two or three challenging targets, "
  "plans an intervention, and says how and when progress will be reviewed with the pupil and family.")
P("Then answer EITHER Option A OR Option B (1,000 words of the total):")
BUL([
    "Option A. Explain how the pupil's national curriculum or P-scale results over the last two years, and "
    "the school's tracking data, should change the programme you have planned.",
    "Option B. Identify any access arrangements the pupil will need for national tests or examinations in "
    "the next two years and set out the timetable and the colleagues involved in putting them in place, in "
    "the classroom as well as in the test room.",
])
P("What your tutor will look for:", bold=True)
BUL([
    "a clear account of the pupil's needs, drawing on Block 2's treatment of the common types of SEN and of "
    "how learning is affected;",
    "intelligent use of other professionals' assessments to shape teaching approaches;",
    "the pupil's own views, gathered with care and used in planning and review;",
    "how you built a respectful, constructive working relationship with the pupil and the pupil's parents or carers;",
    "targets that are challenging and interventions chosen critically from the approaches in Block 2, "
    "including ICT where it helps.",
])
LEAD("Outcomes assessed: ", "A1, K5, K6, S2, S2a, S7, and S2b (Option A) or S2d (Option B).")

H("TMA03  Mapping and managing provision (3,000 words)", 2)
P("Produce a provision map for one year group or key stage in your school, costed in staff hours. Use it "
  "to identify at least one piece of provision that is not working and one gap. Then write a proposal to "
  "your headteacher for changing the way teaching assistants are deployed, showing how you would induct, "
  "manage and review the work of the staff concerned.")
P("What your tutor will look for:", bold=True)
BUL([
    "competent use of provision mapping to find ineffective or missing provision;",
    "a well-founded proposal for deploying and managing support staff;",
    "evidence that you reviewed current provision with the staff who deliver it, and how that review will "
    "feed the school's own self-evaluation form (SEF).",
])
LEAD("Outcomes assessed: ", "S3, S4, S6.")

H("TMA04  Working with and through colleagues (4,000 words)", 2)
P("Plan, carry out and evaluate a piece of professional development for colleagues on meeting the needs of "
  "pupils with SEN and/or disabilities. It must include at least two of: observing a colleague's lesson "
  "and giving feedback; modelling or team teaching; coaching a colleague over at least three meetings; "
  "leading a training session. Evaluate its effect on colleagues' practice and, where you can, on pupils. "
  "You may wish to include work on formative assessment in your development activity.")
P("What your tutor will look for:", bold=True)
BUL([
    "a development activity grounded in evidence about effective professional learning;",
    "advice and support to colleagues that is sound, well judged and well received;",
    "use of research and external advice to improve colleagues' practice;",
    "honest evaluation of impact.",
])
LEAD("Outcomes assessed: ", "S5, A6, A5.")

H("EMA  Practice Enquiry and Portfolio (6,000 words plus portfolio)", 2)
P("The EMA has three parts, submitted together.")
LEAD("Part A  Practice enquiry (4,500 words). ", "Design and carry out a small-scale enquiry into a change you "
     "lead in provision for a group of pupils with SEN and/or disabilities. Before the change, take baseline "
     "measures of the pupils' attainment, attendance, wellbeing or participation (at least two kinds); "
     "after at least eight weeks, measure again. Review the research literature on the approach you chose, "
     "explain how you gained the support of senior leaders and governors, and how you drew in other services "
     "or voluntary organisations. Report what changed for the pupils and what you would do differently.")
LEAD("Part B  Portfolio. ", "Your TMA feedback forms, your Personal Study Plan and its revisions, and up to ten "
     "items of evidence from your practice, each with a short commentary. The portfolio should include the "
     "Outcome Record from Part 7, completed and signed by you and your tutor. We strongly recommend you "
     "keep it up to date from TMA00 onwards.")
LEAD("Part C  Looking ahead (500 words). ", "A plan for your own professional development for the two years "
     "after E839, agreed in principle with your line manager, which says how you will keep up to date with "
     "research and policy on SEN and disability. Your tutor will discuss the draft with you at your final "
     "tutorial and suggest routes forward, including the Postgraduate Certificate and MA.")
P("What the markers will look for:", bold=True)
BUL([
    "an enquiry with a clear purpose, sound method and honest use of baseline and follow-up measures;",
    "critical use of research on best practice in meeting special educational needs;",
    "work with senior colleagues and governors that influences the school's ethos, policy and resources;",
    "effective partnership with other services and agencies, including the voluntary sector, and knowing "
    "how to secure specialist support;",
    "a credible plan for continuing professional development.",
])
LEAD("Outcomes assessed: ", "A6, A7, K8, K9, S9, S2 (review), and, in Part A, S1 where the enquiry involves governors.")

H("Part 6  How your result is decided")
P("Your overall continuous assessment score (OCAS) is the weighted average of TMA01 to TMA04. Your "
  "overall examinable score (OES) is your EMA mark. To pass E839 you need at least 50 in both. Because the "
  "OCAS is an average, a weaker mark on one TMA can be made up by stronger marks on others, provided no TMA "
  "scores below 30. The Examination and Assessment Board confirms every result; the Board includes the "
  "external examiner, Professor Ruth Aldington of the University of Harnforth.")
P("Tutors mark to the course's marking guide and attend a marking coordination session each presentation. "
  "Each Staff Tutor monitors a sample of every tutor's marked TMAs each presentation (at least three scripts "
  "per TMA, more for new tutors) and sends written feedback on the accuracy of marks and the quality of "
  "comments. All EMAs are marked by a tutor who is not the student's own, and 20% are second-marked blind by "
  "the course team; all fails and borderlines are second-marked. The external examiner sees a sample of "
  "every band before the Board.")

H("Part 7  Where each national outcome is assessed")
P("The table lists the national minimum outcomes in our own short wording, where in the course you study "
  "them, and which assignment assesses them. Use it with your Outcome Record.")

rows = [
    ["Code", "Outcome (our wording)", "Studied in", "Assessed in"],
    ["PROFESSIONAL ATTRIBUTES", "", "", ""],
    ["A1", "Fair, respectful, constructive relationships with pupils and their parents or carers", "Block 2, Unit 6", "TMA02"],
    ["A2", "Winning the commitment of colleagues and senior leaders", "Block 1, Unit 3", "TMA01 Part B"],
    ["A3", "Prioritising, managing time and delegating", "[to be confirmed]", "[to be confirmed]"],
    ["A4", "Anticipating and solving problems; sound judgement on provision", "Block 3, Unit 10", "Not separately assessed"],
    ["A5", "Clear speech and writing; listening to others", "All Blocks", "TMA01, TMA04 (communication criterion)"],
    ["A6", "Using research and outside advice to improve practice", "Block 4, Unit 14", "TMA04, EMA Part A"],
    ["A7", "Keeping up to date; owning your CPD", "Block 4, Unit 16", "EMA Part C"],
    ["KNOWLEDGE AND UNDERSTANDING", "", "", ""],
    ["K1", "SEN law and guidance, including the Code of Practice", "Block 1, Units 1-2", "TMA01 Part A"],
    ["K2", "Every Child Matters and the SENCO's part in it", "Block 1, Unit 1", "TMA00 self-review"],
    ["K3", "Disability equality law and the actions it requires", "Block 1, Unit 2", "TMA01 Part A"],
    ["K5", "Common types of SEN and disability and their effect on learning", "Block 2, Units 7-8", "TMA02"],
    ["K6", "Approaches, strategies and resources, including ICT", "Block 2, Unit 9", "TMA02"],
    ["K7", "School self-evaluation and improvement for pupils with SEN", "To be added in the 2010 revision of Block 4", "-"],
    ["K8", "Best practice and research in meeting SEN", "Block 4, Unit 14", "EMA Part A"],
    ["K9", "External agencies and specialist support", "Block 3, Unit 12", "EMA Part A"],
    ["SKILLS", "", "", ""],
    ["S1", "Influencing strategy, ethos and resources with senior colleagues and governors", "Residential weekend 2 (optional session)", "-"],
    ["S2", "Identifying needs, setting targets, planning and reviewing", "Block 2", "TMA02, EMA"],
    ["S2a", "Using other professionals' assessments", "Block 2, Unit 9", "TMA02"],
    ["S2b", "Using summative data to track and adjust", "Block 2, Unit 9", "TMA02 Option A"],
    ["S2c", "Encouraging colleagues' formative assessment", "Block 3, Unit 11", "TMA04 (if chosen)"],
    ["S2d", "Access arrangements for tests and examinations", "Block 2, Unit 9", "TMA02 Option B"],
    ["S3", "Provision mapping; finding ineffective or missing provision", "Block 3, Unit 10", "TMA03"],
    ["S4", "Deploying and managing staff", "Block 3, Unit 10", "TMA03"],
    ["S5", "Supporting colleagues' professional development", "Block 3, Unit 11", "TMA04"],
    ["S6", "Reviewing provision with staff to inform self-evaluation", "Block 3, Unit 10", "TMA03"],
    ["S7", "Involving pupils in planning and reviewing their provision", "Block 2, Unit 6", "TMA02"],
    ["S8", "Liaising with parents and carers", "Block 3, Unit 12; residential weekend 2", "Not separately assessed"],
    ["S9", "Partnership with other services and voluntary organisations", "Block 3, Unit 12", "EMA Part A"],
]
ot = TABLE(rows)
for i, row in enumerate(rows):
    if row[1] == "":
        m = ot.cell(i, 0).merge(ot.cell(i, 3))
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
    if row[0] == "A3":
        a3cell = ot.cell(i, 2)
doc.add_comment(a3cell.paragraphs[0].runs, text="Janet - we still have nothing for A3. Block 3 authors to "
                "propose an activity? Must be fixed before despatch.", author="Helen Marchetti", initials="HM")
doc.add_paragraph()

H("Part 8  For the panel: how the rest of E839 works")
P("This Part is not included in the students' edition.", italic=True)
H("8.1 Study routes and pace", 2)
P("E839 starts twice a year, in October and February, and students may defer once to the next "
  "presentation without penalty. Blocks 1 and 4 must be studied first and last; a student who has agreed "
  "the 'light route' through Block 1 may start Block 2 early. Students study at home and in school, "
  "following the study calendar, for about eight hours a week. There is no requirement to attend anything "
  "except one of the two residential weekends; students who cannot attend either (for reasons of "
  "disability or caring responsibilities, for example) complete an alternative online activity with "
  "their tutor.")
H("8.2 Tutors, residential weekends and online conferencing", 2)
P("Every student is allocated to a regional tutor who teaches a group of about fifteen. Tutors hold four "
  "online tutorials per Block in BrackConf, our conferencing system, which supports live audio, shared "
  "whiteboard and text chat; each tutorial is recorded for students who cannot attend. Each tutor group has "
  "its own moderated forum, and there is a course-wide forum moderated by the course team. Between "
  "tutorials and residential weekends students contact their tutor by telephone or email; tutors undertake "
  "to reply within three working days and keep a published weekly telephone hour. Tutors also telephone "
  "each student at least once in every Block. Students submit and receive all TMAs electronically. Headteacher "
  "sponsors receive a termly email bulletin from the course team about what their SENCO is studying.")
P("The two residential weekends run in four regional venues each time (Brackwater, Leeds, Bristol and "
  "Norwich). They include workshops led by tutors and by guest speakers from educational psychology "
  "services, specialist teaching services, health services and parent partnership services, so that "
  "students meet a range of specialist expertise. This course has no placement element: students' own "
  "schools are their practice settings, and the course does not arrange visits to other settings.")
H("8.3 Who teaches E839", 2)
P("The course team of six academic staff wrote the study packs. Dr Helen Marchetti (Course Chair) was a "
  "SENCO and LA adviser for fourteen years and led the University's Certificate in SEN; Dr Peter Lanyon "
  "researches provision mapping; Mrs Aisha Mahmood holds the British Psychological Society's Certificate "
  "of Competence in Educational Testing and leads Block 2; three others hold MAs in special and inclusive "
  "education and have been SENCOs within the last five years. Regional tutors are appointed by Staff "
  "Tutors against a person specification requiring qualified teacher status, at least three years as a "
  "SENCO or specialist SEN teacher within the last five years, and a higher degree or specialist "
  "qualification in SEN. Forty-two tutors are appointed for 2009-10. All tutors attend a two-day induction "
  "on the course and its marking guide, receive the Tutor Notes for each Block, and attend an annual "
  "development day at which a course team member briefs them on changes in policy and research. Staff "
  "Tutors observe one online tutorial and one residential session by every new tutor in the first year. "
  "Regional tutors who visit schools to meet students hold enhanced CRB disclosures obtained by the "
  "University.")
H("8.4 Who can register", 2)
P("Students must hold qualified teacher status, be employed in a school in England, and be the school's "
  "SENCO or be designated to become its SENCO within the year. The registration form is countersigned by "
  "the headteacher, who confirms the student's post and agrees to act as (or nominate) the student's "
  "workplace sponsor. Applicants with no experience of teaching pupils with SEN are referred to a Regional "
  "Centre adviser, who discusses with them and their headteacher the preparatory course E219 and the "
  "experience to gain before registering; TMA00 then confirms the starting point of those who register. "
  "We rely on the school's own safer recruitment checks for students and do not ask students for a "
  "disclosure.")
crb = doc.paragraphs[-1]
doc.add_comment(crb.runs, text="Registry asks whether we should collect CRB disclosure numbers at registration. "
                "Suggest we do from 2010J? - PL", author="Peter Lanyon", initials="PL")
H("8.5 Resources", 2)
P("Students receive the four Blocks, four Readers, four audio CDs and a DVD of classroom footage. They have "
  "full access to the University library's electronic journals and e-books, including the main SEN "
  "journals, through the course website, and a library helpdesk. Students who need assistive software "
  "(screen readers, text-to-speech, mind-mapping) are supplied with it through Services for Disabled "
  "Students. Each residential venue has a resource room of assessment materials and assistive technology "
  "lent by the specialist services that present there.")
H("8.6 Schools, authorities and other stakeholders", 2)
P("We know from our long experience of teaching SENCOs at a distance what schools and local authorities "
  "need from a course like this: flexibility, practical relevance and a manageable workload. E839 has "
  "been designed around those needs.")
P("The draft Blocks were read by critical readers from three local authorities (Calder, Wensum and "
  "North Tamar), two serving SENCOs, and the parent partnership service in Wensum. Their comments led "
  "us to add Unit 12 on work with families and agencies to Block 3, to reduce the word count of TMA03, "
  "and to move the Code of Practice material earlier. Headteacher sponsors sign the registration form, "
  "discuss the Personal Study Plan with the student and agree the EMA Part C plan. We hope to involve "
  "local authorities and former students in reviewing the course once the first presentation is complete.")
H("8.7 Evaluation and quality", 2)
P("The course is reviewed every year by the course team through the University's Course Review "
  "process. Evidence includes: the end-of-course student survey (response rate in the predecessor "
  "certificate 61%), Staff Tutors' reports on tutor monitoring, the external examiner's annual report, "
  "tutors' end-of-presentation reports, results and retention data by region, and the analysis of EMA "
  "Part A measures described below. The Course Review produces an action plan, approved by the Faculty "
  "Teaching Committee, whose actions are reported on at the next review; changes to materials are made "
  "through printed updates and, every three years, a revision of the Blocks.")
P("Because every EMA Part A reports baseline and follow-up measures for a group of pupils, the course "
  "team collates these each year (with students' consent) into a summary of the changes in pupils' "
  "attainment, attendance and wellbeing reported by the cohort, and compares them with the students' own "
  "ratings of their confidence against the 28 outcomes at TMA00 and again at the EMA. Both are reported "
  "in the Course Review.")

doc.save(OUT)
print("wrote", OUT)
