"""Build dz-01-threadgold-title-proposal.docx (blind test application).

KIND OF DOCUMENT
  An educational publisher's internal NEW TITLE PROPOSAL to its Publishing
  Board, on the company's own proposal form, sent to the TDA as the
  application with a short covering note.  The "title" is the whole award
  programme treated as a publishing product: course reader, study guides,
  DVD, online study area, training days and the University's assessment.
  The form's grey italic guidance prompts are left in under every section.
  There is a market section, a competition table, a synopsis of chapters,
  a format-and-extent specification, a production schedule, a financial
  summary, a risk table, extracts from two external readers' reports with
  the editor's responses, a boxed Board decision, and an appended
  "Coverage chart" of the kind publishers print for curriculum titles.

PROVIDER (invented)
  Threadgold Education Ltd, Brantwick: a national educational publisher
  known for the "Threadgold SEN Toolkit" photocopiable resource files and
  for Threadgold Training (school INSET days and open courses, a network of
  associate trainers).  Partner: University of Caverleigh, School of
  Education, which validates and awards a Postgraduate Certificate (National
  Award for SEN Coordination), 60 credits at Level 7, modules SEN701 and
  SEN702.  People: Fiona Marchbank (commissioning editor), Stephen Oyelaran
  (head of Threadgold Training), Dr Catrin Howells (University programme
  leader), Judith Pell (managing director), Alan Crossthwaite (sales and
  marketing director), Dr Ravi Mahon and Sue Garside (external readers),
  Dr Leonie Abbas (external examiner).

LAYOUT
  Cover field table (proposal number, title, imprint, status ...); covering
  note to the TDA; numbered form sections typed as bold shaded Normal
  paragraphs ("SECTION 4  CONTENT AND STRUCTURE") with no Heading styles;
  each followed by a grey italic "[Guidance: ...]" prompt from the form;
  bullet lists typed with "-"; tables for components, competition, chapter
  synopsis, days, extent, schedule, finance and risks; a one-cell shaded
  box for the Board's decision; the Coverage chart as a final table with
  merged group rows.  Page header and footer.  Three Word comments.

TRAPS (requirement ids affected)
  - Form prompts left in, never answers: the accessibility prompt asks about
    venues and assessment support, the answer gives only alternative formats
    of printed materials and Campus web standards (3.1 partially_met).  The
    footer's "committed to equality of opportunity" is not evidence.
  - Competition table: other providers' APEL (30 credits), an LA
    partnership's assessment-only route, a college's tutor-supported online
    course.  Wrong context for 2.1, 2.3, 3.3.
  - Negation in the risk table, far from any heading about prior learning:
    marketing "to say plainly that the award carries no credit or exemption
    for previous study" (2.1 not_met).
  - The assessment-only route exists only in a Word comment from the MD
    (2.3 not_met); the body's Route section describes one full route only.
  - CRB: "the employing school's business ... we do not ask for evidence";
    the old Certificate's sight of certificates is a past arrangement; a
    comment asks whether to restore it (5.3 not_met).
  - Pupil impact: an assignment's "evaluation of the intervention", the
    Starting Point repeated, a hope "in time" to collect pupils' progress
    from schools; a comment proposes before/after data for marketing
    (5.9 partially_met).
  - Pupil voice only in an optional "Campus extra" bonus chapter, not on any
    day or in any assignment; a reader asks for it to be core, editor
    defers it to the second edition (1.5, 6.S7 partially_met).
  - Formative assessment: row missing from the Coverage chart; a reader asks
    for it; the editor answers "for the second edition (2011)" (6.S2c
    not_met).
  - Attributes "not charted ... assessed holistically": specific evidence is
    given in the assignment descriptions for A1, A2, A5, A6 (met); A3 only
    on Day 6, assessed nowhere (partially_met); A7 only in Chapter 12
    and a discount offer (partially_met); A4 nowhere but the blanket
    sentence (not_met).
  - Coverage chart cells: "-" in Assessed for 6.K3 and 6.S2d; "Campus quiz
    (self-marked)" for 6.K5; "Campus activity (unmarked)" for 6.S5
    (all partially_met).
  - Blanket claim "Taken together, the three assignments assess every one of
    the national minimum outcomes", against the chart (1.9, 6.0
    partially_met).  The award rule itself (pass all three, no
    compensation) is concrete.
  - Board condition: a trainer and tutor handbook still to be written;
    associate trainers have accreditation and session notes (5.7
    partially_met).
  - Campus discussion board "not moderated by staff"; tutor contact only at
    three scheduled telephone tutorials; nothing on ICT communication with
    schools (3.3 partially_met).
  - Specialist speakers on Days 2 and 3, but "Visits to special schools or
    other specialist settings are not part of the programme" (5.5
    partially_met).
  - Chapter 12 "Where next?" lists further courses and a discount, with no
    target-setting or planning tool (2.5 partially_met).
  - Stakeholders: LA advisers speak and host; the Programme Committee is
    University and Threadgold only; heads and a parent representative
    "we would like to add ... in 2010" (4.3 partially_met).  Survey figures
    and the changes made because of them are met (4.1, 4.2).
  Met in unusual places: E.1/E.2 in the covering note; 2.2 (Starting Point
  and Personal Route Plan) in the Route section; 2.4 in the route and the
  finance table together; 5.8 in the assessment section; 5.6 in the format
  and extent specification; 5.4 in "Authors and team".
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dz-01-threadgold-title-proposal"
OUT = os.path.join(HERE, NAME + ".docx")

GREY = RGBColor(0x80, 0x80, 0x80)
TEAL = "D9ECEC"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(4)

for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hp.text = ("Threadgold Education Ltd  |  Publishing Board  |  Proposal PB/09/014"
               "  |  COMMERCIAL IN CONFIDENCE")
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("Threadgold Education is committed to equality of opportunity for all "
               "our customers and staff.  Form PB1 (rev. 2007).")
    fp.runs[0].font.size = Pt(8)


def shade(cell_or_par, fill):
    """Shade a table cell or a paragraph."""
    if hasattr(cell_or_par, "_tc"):
        pr = cell_or_par._tc.get_or_add_tcPr()
    else:
        pr = cell_or_par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para(text="", bold=False, italic=False, size=None, colour=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour is not None:
            r.font.color.rgb = colour
    if align:
        p.alignment = align
    return p


def section(title):
    p = para(title, bold=True, size=12)
    shade(p, TEAL)
    p.paragraph_format.space_before = Pt(12)
    return p


def sub(title):
    p = para(title, bold=True)
    p.paragraph_format.space_before = Pt(6)
    return p


def prompt(text):
    return para("[Guidance: " + text + "]", italic=True, size=9, colour=GREY)


def dash(items):
    for t in items:
        p = para("-  " + t)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)


def lead(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def table(rows, widths=None, header=True, style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, TEAL)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ cover
para("THREADGOLD EDUCATION", bold=True, size=16)
para("NEW TITLE PROPOSAL  (Form PB1)", bold=True, size=13)
table([
    ["Proposal no.", "PB/09/014"],
    ["Working title", "The SENCO Award Programme: Leading SEN Provision (with the "
                      "University of Caverleigh)"],
    ["Imprint / list", "Threadgold Professional / SEN and Inclusion"],
    ["Product type", "Blended professional programme: print, DVD, online, training "
                     "days and university accreditation"],
    ["Commissioning editor", "Fiona Marchbank"],
    ["Training lead", "Stephen Oyelaran, Head of Threadgold Training"],
    ["Academic partner", "University of Caverleigh, School of Education "
                         "(programme leader Dr Catrin Howells)"],
    ["Proposed launch", "September 2009 (first intake); second intake January 2010"],
    ["Date to Board", "27 January 2009"],
    ["Status", "APPROVED by the Publishing Board, 27 January 2009 (see Section 12)"],
], widths=[4.5, 11.5], header=False)

para("Note for the TDA approval panel", bold=True)
para("We are submitting the proposal exactly as our Publishing Board approved it. "
     "It is the fullest single description of the programme that exists, and "
     "re-writing it under the criteria headings would only have put the same "
     "information in a different order. The form's own guidance notes (in grey) "
     "have been left where they were, and the commercial sections have not been "
     "removed, because the section numbers are cross-referenced throughout.")
para("One thing has happened since the Board met. The University of Caverleigh's "
     "Faculty validation panel met on 12 February 2009 and approved the programme as "
     "a Postgraduate Certificate in Special Educational Needs Coordination (National "
     "Award), 60 credits at Level 7 of the University's framework, made up of two "
     "30-credit modules, SEN701 The SENCO and the Framework and SEN702 Leading "
     "Provision for SEN. The award is made by the University; Threadgold publishes "
     "the materials and runs the training days under a partnership agreement with "
     "the University's School of Education.")
para("Fiona Marchbank, Commissioning Editor, and Dr Catrin Howells, University of "
     "Caverleigh, 2 March 2009", italic=True)

# ------------------------------------------------------------------ 1
section("SECTION 1  SUMMARY")
prompt("In no more than 150 words: what is it, who is it for, and why now?")
para("From September 2009 every teacher new to the SENCO role in a maintained school "
     "must gain the National Award for SEN Coordination within three years. The "
     "programme is for them. It is a one-year (or two-year) part-time programme that "
     "puts everything a new SENCO needs in one box: a Course Reader, three Study "
     "Guides, a DVD, the Threadgold Campus online study area, six training days at "
     "our regional centres, telephone tutorials with a University tutor, and the "
     "University of Caverleigh's Postgraduate Certificate.")
para("Its purpose, stated on the back cover, in the launch copy and in the "
     "University's programme aims, is to improve what pupils with SEN and "
     "disabilities achieve: their attainment and progress, and their well-being in "
     "the five Every Child Matters outcomes (being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution and achieving economic "
     "well-being). Every assignment is built round the participant's own pupils and "
     "school, and Assignment 2 is judged partly on what changed for one pupil.")

# ------------------------------------------------------------------ 2
section("SECTION 2  RATIONALE AND MARKET")
prompt("Who will buy this, and how do you know? Give numbers. Summarise any "
       "research. Say what the customers told you and what you changed as a result.")
para("The market is fixed by regulation: we estimate 2,500 to 3,000 teachers a year "
     "nationally will need the Award in its first three years. Our evidence about "
     "what those teachers and their employers want comes from three sources.")
dash([
    "A survey of the 1,137 SENCOs on the Toolkit subscriber list in November 2008 "
    "(418 replies, 37%). 71% said they could not be released for more than one day "
    "in any half-term; 64% wanted the programme to start at a time other than "
    "September; 58% said travel of more than an hour each way would stop them "
    "applying; the topics they most wanted were the law and the Code of Practice "
    "(82%), provision mapping (77%) and managing teaching assistants (69%).",
    "Two focus groups in December 2008 with SEN advisers and principal officers from "
    "six local authorities (Hartshire, Wendmoor, Castlebeck, Southmere, Orrell Vale "
    "and Farleigh). They asked for the programme to be tied to pupils' outcomes in "
    "the wider Every Child Matters sense, not only attainment, and for SENCOs to "
    "learn to use school data with their senior leaders.",
    "The evaluation sheets from our 2007-08 open courses for SENCOs (2,340 forms), "
    "which showed that the days rated highest were those with filmed examples from "
    "real schools.",
])
para("What we changed because of it. Our first outline (October 2008) had a single "
     "September start, eight training days at the Brantwick centre and no film. "
     "Because of the survey we added the January intake, cut the days to six and "
     "moved them to five regional centres so that no participant on the mainland "
     "travels more than about an hour. Because of the LA focus groups we rewrote the "
     "aims round the five outcomes and made data and self-evaluation a chapter and a "
     "day of their own (Chapter 11, Day 6). Because of the evaluation sheets we "
     "commissioned the DVD.")

# ------------------------------------------------------------------ 3
section("SECTION 3  COMPETITION")
prompt("List the competing titles or courses. How is ours different? Be honest "
       "about where the competition is stronger.")
table([
    ["Competitor", "What they offer", "How we compare"],
    ["Harnford University, PG Cert SENCO",
     "Taught at the university on Saturdays; APEL of up to 30 credits for earlier "
     "SEN study; fee about £1,600.",
     "Single venue; no printed materials. Their APEL will attract experienced "
     "applicants."],
    ["Eastmarsh Borough Council with Deanbridge University",
     "LA-led; local SENCOs only; an assessment-only route for experienced SENCOs at "
     "£500.", "Local only; we reach every region."],
    ["Kelsey College of Higher Education",
     "Fully online, with weekly tutor chat sessions and a tutor reply within 48 "
     "hours; no face-to-face days.",
     "Our survey shows SENCOs want to meet each other. Their online support is "
     "stronger than ours."],
    ["Other publishers", "Books and resource files; no accreditation.",
     "We are the only publisher with a validated route."],
], widths=[4, 6.5, 5.5])

# ------------------------------------------------------------------ 4
section("SECTION 4  CONTENT AND STRUCTURE")
prompt("Describe every component. For courses, describe the route a customer takes "
       "from enquiry to completion, and how it can be varied for different "
       "customers.")
sub("4.1 Components")
table([
    ["Component", "Description"],
    ["Course Reader", "Leading SEN Provision: a Reader for New SENCOs, ed. C. Howells "
                      "and F. Marchbank. Twelve chapters (see 4.4)."],
    ["Study Guides 1-3", "One per assignment: SG1 The SENCO and the Framework; SG2 The "
                         "Pupil and the Intervention; SG3 Leading Provision across the "
                         "School. Activities, readings, assignment guidance."],
    ["DVD", "In the SENCO's Chair: four SENCOs filmed across a school year (two "
            "primary, one secondary, one special school)."],
    ["Threadgold Campus", "Online study area: all print materials as accessible "
                          "PDF, self-marked quizzes for each chapter, Campus "
                          "activities, Campus extras, a discussion board for each "
                          "cohort."],
    ["Training days", "Six days at the regional centres (see 4.5)."],
    ["Tutorials", "Three individual telephone tutorials of 40 minutes with a "
                  "University tutor (October, February, May; January intake "
                  "February, June, October)."],
    ["Assessment", "Three assignments, set and marked by the University (Section 5)."],
], widths=[3.5, 12.5])

sub("4.2 The route")
para("Enquiry and application. Applicants apply online. They must hold QTS, be "
     "in post in a school, and be the school's SENCO or be designated to take on the "
     "role within the year. The headteacher signs a nomination form agreeing to "
     "release the participant for the six days and to let them carry out the "
     "school-based work in the assignments.")
para("Starting Point. Before a place is confirmed, every applicant completes "
     "Starting Point, an online self-audit in which they rate themselves from 1 to 4 "
     "against each of the national minimum outcomes and give an example for any "
     "rating of 3 or 4. Dr Howells or a University tutor reads every audit. Where "
     "the audit and the nomination form suggest that an applicant is not yet ready "
     "to reach the outcomes within the year (for example, a teacher in their first "
     "two years of teaching, or one with no SEN responsibility at all), the tutor "
     "writes to the applicant setting out what they should do first, suggests our "
     "one-day SEN Essentials course or their local authority's induction meetings, "
     "telephones the headteacher, and offers a place on the next intake.")
para("Personal Route Plan. Accepted participants then have a 30-minute telephone "
     "conversation with their tutor, who turns the audit into a Personal Route Plan: "
     "the outcomes the participant will concentrate on, which chapters and Study "
     "Guide activities to work through in depth and which to skim, which of the "
     "primary, secondary or special school strands to join on Day 2, and three "
     "personal targets. The Plan is reviewed and updated at each tutorial.")
para("Timing and pace. There are two intakes, September and January. Participants "
     "choose a 12-month or a 24-month route at the start and may switch once. Every "
     "training day runs at all five centres (Brantwick, Copley Heath, Tamsford, "
     "Ravensbourne Park and Farringford Street, London), and participants may attend "
     "any centre on any day. Assignments 2 and 3 may be submitted in either order.")
para("Cost to the customer. £1,395 per participant, including all materials, "
     "Campus, the six days with lunch, tutorials and the University's registration "
     "and assessment. Local authorities booking ten or more places pay £1,250 a place. "
     "There are no extra charges for resubmission.")

sub("4.3 Campus")
para("Campus is where participants do the Study Guide activities, take the "
     "self-marked chapter quizzes and download the Campus extras. Each cohort has "
     "a discussion board. It is not moderated by staff; in the pilot of the "
     "Toolkit user forum, participants preferred it that way. Questions for tutors "
     "are dealt with at the three telephone tutorials.")

sub("4.4 Synopsis of the Course Reader")
table([
    ["Ch.", "Title", "What the chapter does"],
    ["1", "Raising achievement: the SENCO, Every Child Matters and the evidence",
     "The five outcomes and what they mean for pupils with SEN; Removing Barriers to "
     "Achievement (2004); how to read research and inspection evidence critically "
     "and use it to change your own and colleagues' practice (Ofsted, 2004, Special "
     "educational needs and disability: towards inclusive schools; Ofsted, 2006, "
     "Inclusion: does it matter where pupils are taught?)."],
    ["2", "The legal framework",
     "Education Act 1996 Part IV, SENDA 2001, the SEN Code of Practice (2001), "
     "statutory assessment and annual reviews, the Education (Special Educational "
     "Needs Co-ordinators) (England) Regulations 2008, and what each means for the "
     "school, the governors and the SENCO in practice."],
    ["3", "Disability equality",
     "DDA 1995 and 2005, the disability equality duty, accessibility planning, "
     "reasonable adjustments for pupils."],
    ["4", "How children develop",
     "Cognitive, language, social and emotional development; how SEN, disability, "
     "home and the learning environment affect it."],
    ["5", "The main areas of need",
     "Behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs "
     "(the Bercow Review, 2008); autistic spectrum disorders; moderate learning "
     "difficulties; how each can affect learning."],
    ["6", "Teaching, learning and ICT",
     "Personalised learning, the three waves of intervention, weighing the evidence "
     "for interventions (Brooks, 2007), ICT to remove "
     "barriers (text-to-speech, symbol software, visual timetables)."],
    ["7", "Working with families",
     "Building fair and respectful relationships with pupils and their parents or "
     "carers; parents' experience of the system (the Lamb Inquiry, announced 2008); "
     "Parent Partnership services; running a review meeting parents want to come to."],
    ["8", "Identification, targets and intervention",
     "The graduated response; observation, data and assessment to identify need; "
     "setting challenging targets; planning and reviewing interventions; using the "
     "reports of educational psychologists, therapists and advisory teachers to "
     "shape teaching."],
    ["9", "Other services",
     "Educational psychology, speech and language therapy, CAMHS, social care, "
     "voluntary organisations; the CAF and the lead professional; how to get "
     "specialist advice and resources."],
    ["10", "Leading provision",
     "Provision mapping and costing; finding provision that is missing or not "
     "working; deploying and managing teaching assistants (the DISS project, 2008); "
     "working with the head, senior leaders and governors on an inclusive policy and "
     "the use of resources; winning colleagues' commitment."],
    ["11", "Data and self-evaluation",
     "RAISEonline, P scales and CVA; tracking the progress of pupils with SEN; the "
     "SEF and SEN; reviewing the effectiveness of provision with class teachers and "
     "TAs; a short note on special arrangements for tests and examinations."],
    ["12", "Where next?",
     "Further study: MA routes at Caverleigh, specialist qualifications, Threadgold's "
     "advanced courses (completers receive a 10% discount); keeping up to date "
     "through journals and networks."],
], widths=[1, 4.5, 10.5])
para("Campus extra: Hearing the pupil's voice (a bonus chapter by Dr Nadia Feltham), "
     "on interviewing pupils, person-centred reviews and involving pupils in setting "
     "and reviewing their targets. Optional; downloadable from Campus.")

sub("4.5 Training days")
table([
    ["Day", "Focus", "Led by"],
    ["1", "Starting out: the role, Every Child Matters, the law and the Code, "
          "disability equality; writing at Master's level; introduction to the "
          "assignments.", "University tutor and associate trainer"],
    ["2", "Development and the areas of need, in primary, secondary and special "
          "school strands; using the DVD.",
     "Associate trainer; an educational psychologist from the host LA"],
    ["3", "Families and other services: a parent's account; Parent Partnership; "
          "a speech and language therapist on reading therapists' reports; "
          "mapping the agencies round one pupil.",
     "Associate trainer; LA Parent Partnership officer; NHS speech and language "
     "therapist"],
    ["4", "Provision mapping workshop: participants bring their own school's data "
          "and leave with a draft map; deploying TAs; talking to governors.",
     "Stephen Oyelaran; University tutor"],
    ["5", "Leading colleagues: observing lessons and giving feedback, modelling, "
          "coaching and mentoring, planning a staff meeting; rehearsing the "
          "Assignment 3 presentation.", "Associate trainer"],
    ["6", "Data and self-evaluation; managing the role: priorities, time and "
          "delegation.", "University tutor"],
], widths=[1, 10, 5])
para("Visits to special schools or other specialist settings are not part of the "
     "programme.")

# ------------------------------------------------------------------ 5
section("SECTION 5  ASSESSMENT AND AWARD")
prompt("For accredited products only. Who sets and marks the assessment? What does "
       "the customer have to do to get the certificate? Attach the awarding body's "
       "or university's requirements if available.")
para("The University sets, marks and moderates all assessment. There are three "
     "assignments.")
lead("Assignment 1 (SEN701, 100% of the module): The SEN policy in practice, 4,000 "
     "words.",
     "A critical review of the school's SEN policy and practice against the Code of "
     "Practice and the law, using research and inspection evidence, with "
     "recommendations. Marked for accurate knowledge of the law and the Code and "
     "what they require of the school; critical use of research and best practice "
     "to improve the participant's own and colleagues' practice; clear, accurate and "
     "well-organised writing.")
lead("Assignment 2 (SEN702, 50%): The pupil and the intervention, 4,000 words.",
     "A case study of one pupil: identifying needs from the school's own assessments "
     "and from other professionals' reports; the pupil's development and the "
     "factors affecting it; challenging targets; an intervention of six to ten weeks, "
     "planned and reviewed; a critical account of the approaches and resources used, "
     "including ICT; the part played by other services, including any voluntary "
     "organisation; at least one meeting with the parents or carers, with notes; an "
     "evaluation of the intervention and of what changed for the pupil against the "
     "five Every Child Matters outcomes. Marked partly on the quality of the "
     "working relationship with the pupil and family shown in the meeting notes.")
lead("Assignment 3 (SEN702, 50%): Leading provision, a 15-minute presentation and "
     "a 2,000-word commentary.",
     "The participant analyses the school's data for pupils with SEN (national test "
     "or GCSE results, P scales, tracking data), produces a costed provision map "
     "showing gaps and provision that is not working, proposes how teaching "
     "assistants should be deployed and managed, reviews one area of provision with "
     "colleagues for the school's self-evaluation, and presents strategic priorities "
     "to the headteacher (or a senior leader) and a governor. The head's written "
     "response is submitted with the commentary. Marked for the analysis, the map, "
     "the clarity of the spoken presentation and the handling of questions, and how "
     "far the participant secured the commitment of senior colleagues.")
para("Taken together, the three assignments assess every one of the national "
     "minimum outcomes. The seven professional attributes are not charted in the "
     "Coverage chart: they run through every component and are assessed "
     "holistically in all three assignments.")
para("The award. The University awards the Postgraduate Certificate to participants "
     "who pass all three assignments. The pass mark is 50% for each; there is no "
     "compensation between assignments, and one resubmission of each is allowed.")
para("Marking and moderation. Each assignment is first-marked by a University tutor "
     "against published criteria. Before each marking round the tutors meet for a "
     "standardisation exercise on three scripts. A 20% sample, and every fail and "
     "every distinction, is second-marked. The external examiner, Dr Leonie Abbas, "
     "sees a sample from every assignment and attends the Programme Assessment "
     "Board, which confirms all marks.")

# ------------------------------------------------------------------ 6
section("SECTION 6  AUTHORS AND TEAM")
prompt("Who will write and deliver it? Why are they the right people? Attach CVs "
       "for new authors.")
table([
    ["Name", "Role", "Background"],
    ["Dr Catrin Howells", "Programme leader (University); co-editor of the Reader; "
     "tutor", "Senior Lecturer in Inclusive Education; SENCO in two comprehensive "
     "schools for nine years; PhD on SENCOs and school leadership (2006); tutor on "
     "Caverleigh's MA SEN since 2003."],
    ["Fiona Marchbank", "Commissioning editor; co-editor", "Eleven years on the "
     "Threadgold SEN list; former primary teacher; editor of the Toolkit series."],
    ["Stephen Oyelaran", "Head of Threadgold Training; leads Day 4",
     "Former SENCO and LA SEN adviser; NPQH; trains 60 INSET days a year."],
    ["University tutors (3)", "Tutorials, Days 1, 4 and 6, marking",
     "All hold a Master's degree in SEN or inclusion, have been SENCOs, and teach on "
     "Caverleigh's MA SEN."],
    ["Associate trainers (6)", "Days 1, 2, 3 and 5",
     "Selected from our network of 28 for this programme; all former SENCOs or LA "
     "SEN advisers, working in schools at least one day a week, each with a "
     "specialism (SLCN, ASD, BESD, SpLD)."],
    ["Chapter authors", "Reader chapters 3-9", "Practising SENCOs, an educational "
     "psychologist, a speech and language therapist and two LA officers."],
], widths=[3.5, 4.5, 8])
para("Associate trainers who teach on the programme hold the Threadgold Trainer "
     "Accreditation (two days, with an observed session) and receive session notes "
     "for each day they lead.")

# ------------------------------------------------------------------ 7
section("SECTION 7  FORMAT, EXTENT AND SPECIFICATION")
prompt("Extent, trim, colour, binding, media. Say how disabled customers can use the "
       "product (alternative formats, venue access, support during assessment).")
table([
    ["Item", "Specification"],
    ["Course Reader", "320 pp, 246 x 189 mm, two colour, limp, sewn"],
    ["Study Guides", "3 x 64 pp, A4, four colour, wiro-bound, photocopiable activity "
                     "pages"],
    ["DVD", "4 x 20-minute films with subtitles; chapter menus"],
    ["Toolkit CD-ROM", "Threadgold SEN Toolkit (provision map templates, target "
                       "banks, parent letters, observation schedules) given to each "
                       "participant"],
    ["Campus", "All print as accessible PDF; quizzes; Campus extras; discussion board"],
    ["Assistive technology loan", "Participants may borrow, for up to six weeks, any "
                                  "item from our assistive technology catalogue "
                                  "(symbol software, text-to-speech, talking "
                                  "calculators, recordable buttons) to try in school"],
    ["Library", "Full access to the University of Caverleigh library and e-journals "
                "as registered students"],
], widths=[4, 12])
para("All Threadgold titles are available in large print and as accessible PDF on "
     "request, and Campus meets the WCAG 1.0 AA standard.")

# ------------------------------------------------------------------ 8
section("SECTION 8  SCHEDULE")
prompt("Key dates from contract to publication. Flag anything on the critical path.")
table([
    ["Milestone", "Date", "Owner"],
    ["Reader chapters delivered", "30 April 2009", "FM"],
    ["Study Guides delivered", "15 May 2009", "CH"],
    ["DVD filming complete", "31 March 2009", "FM"],
    ["Trainer and tutor handbook", "30 June 2009", "SO"],
    ["Files to printer", "10 July 2009", "Production"],
    ["Campus live", "1 August 2009", "Digital"],
    ["First intake, Day 1", "24-30 September 2009", "SO"],
], widths=[8, 4, 4])

# ------------------------------------------------------------------ 9
section("SECTION 9  FINANCIAL SUMMARY")
prompt("Three-year projection. Use the standard P&L template. Unit cost, price, "
       "margin.")
table([
    ["", "2009-10", "2010-11", "2011-12"],
    ["Participants", "240", "320", "320"],
    ["Income (average £1,340)", "£321,600", "£428,800", "£428,800"],
    ["University fee (£450 a participant)", "£108,000", "£144,000", "£144,000"],
    ["Print, DVD, CD-ROM", "£38,400", "£36,800", "£36,800"],
    ["Training days (trainers, venues, catering)", "£86,400", "£115,200", "£115,200"],
    ["Editorial and development", "£42,000", "£8,000", "£8,000"],
    ["Contribution", "£46,800", "£124,800", "£124,800"],
], widths=[7, 3, 3, 3])
para("The fee is about £200 below the average of the university programmes we know "
     "of, because the materials are already in our catalogue, the regional centres "
     "are our own, and the LA group rate fills the days.")

# ------------------------------------------------------------------ 10
section("SECTION 10  RISKS")
prompt("List the main risks, their likelihood, and what you will do about them.")
table([
    ["Risk", "Likelihood", "Mitigation"],
    ["TDA approval later than July 2009", "Medium",
     "Hold the September intake; launch January 2010 with both cohorts."],
    ["Experienced applicants expect credit for earlier study, including our own "
     "Certificate in Inclusive Practice (2003-2008)", "High",
     "Marketing copy to say plainly that the award carries no credit or exemption "
     "for previous study, ours or anyone else's."],
    ["Associate trainers unsure of Master's-level expectations", "Medium",
     "Trainer and tutor handbook (Board condition 1); University tutor co-leads "
     "Days 1, 4 and 6."],
    ["CRB checks questioned by schools", "Low",
     "Participants are serving teachers; CRB checks are the employing school's "
     "business and we do not ask for evidence. (On the old Certificate we saw every "
     "participant's CRB certificate on the first day.)"],
    ["January intake under-recruits", "Medium",
     "Run the January days at three centres instead of five if fewer than 60 "
     "register."],
], widths=[6, 2.5, 7.5])

# ------------------------------------------------------------------ 11
section("SECTION 11  EVALUATION AND READERS' REPORTS")
prompt("How will you know whether it works? Summarise the readers' reports and "
       "your response.")
sub("11.1 Evaluation")
dash([
    "Evaluation sheet at the end of every training day, collated by Threadgold "
    "Training within a week and sent to the trainer and the Programme Committee.",
    "Campus use and quiz results, reviewed each term.",
    "University module evaluation questionnaires at the end of SEN701 and SEN702.",
    "The external examiner's annual report.",
    "Starting Point is repeated at the end of the programme, so that each "
    "participant's ratings of their own competence and confidence can be compared "
    "with their ratings at entry.",
    "The University's annual monitoring report on the programme.",
])
para("All of this goes to the Programme Committee (Dr Howells, Stephen Oyelaran, "
     "Fiona Marchbank and the University's quality officer), which meets each July, "
     "agrees the changes for the next intake and reports them to the Publishing "
     "Board and, through the Campus welcome page, to the next cohort. Changes to the "
     "print materials are made at reprint. We would like to add a headteacher and a "
     "parent representative to the Committee in 2010. LA SEN advisers already speak "
     "on Days 2 and 3 and host the Copley Heath and Tamsford days.")
para("Effect on pupils. Assignment 2 includes an evaluation of the intervention. We "
     "hope in time to collect evidence of pupils' progress from participants' "
     "schools.")

sub("11.2 Readers' reports (extracts)")
para("Dr Ravi Mahon (external reader, formerly principal educational psychologist):",
     bold=True)
para("\"A strong, practical package. The chapter on other services is the best I "
     "have read for new SENCOs. I can find nothing, though, on how the SENCO helps "
     "colleagues use formative assessment with pupils with SEN, and that is half the "
     "job in most schools.\"", italic=True)
para("Editor's response: agreed in principle; we will look at this for the second "
     "edition (2011).")
para("Sue Garside (external reader, SENCO, Ashfield Primary School):", bold=True)
para("\"Hearing the pupil's voice should be part of the core, not an extra. The "
     "provision mapping day is exactly what my colleagues needed three years ago.\"",
     italic=True)
para("Editor's response: the pupil voice chapter stays on Campus as an extra for the "
     "first edition; we will consider moving it into the Reader at reprint.")

# ------------------------------------------------------------------ 12
section("SECTION 12  BOARD DECISION")
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "F2F2F2")
c.text = ""
r = c.paragraphs[0].add_run("Publishing Board, 27 January 2009. APPROVED subject to:")
r.bold = True
for line in [
    "1. A trainer and tutor handbook to be written before launch, setting out the "
    "roles of associate trainers and University tutors (owner SO, by 30 June 2009).",
    "2. Reprint of the Reader to be budgeted for Year 2.",
    "3. Sales to report September intake numbers to the Board in October.",
    "Signed: Judith Pell, Managing Director.",
]:
    c.add_paragraph(line).runs[0].font.size = Pt(9.5)
doc.add_paragraph()

# ------------------------------------------------------------------ appendix
section("APPENDIX  COVERAGE CHART: NATIONAL MINIMUM OUTCOMES")
prompt("Curriculum titles only. Chart the title against the relevant framework. "
       "Use chapter, unit or page numbers.")
para("Key: Ch. = Reader chapter; SG = Study Guide; A1-A3 = University assignments; "
     "- = not applicable.", italic=True, size=9)
rows = [
    ["Outcome (abridged)", "Reader", "Day / Study Guide", "Assessed (University)"],
    ["KNOWLEDGE AND UNDERSTANDING", "", "", ""],
    ["Law and guidance on SEN, including the Code of Practice, and putting it into "
     "practice", "Ch. 2", "Day 1; SG1", "A1"],
    ["Every Child Matters and the SENCO's part in the five outcomes", "Ch. 1",
     "Day 1", "A2"],
    ["Disability equality law and the actions it requires", "Ch. 3", "Day 1; SG1",
     "-"],
    ["How children develop, and what affects development", "Ch. 4", "Day 2", "A2"],
    ["The main types of SEN and disability and their effect on learning", "Ch. 5",
     "Day 2; DVD", "Campus quiz (self-marked)"],
    ["Approaches, strategies and resources, including ICT", "Ch. 6", "Day 2; SG2",
     "A2"],
    ["School self-evaluation and improvement", "Ch. 11", "Day 6; SG3", "A3"],
    ["Best practice and research", "Ch. 1, 6", "SG1", "A1"],
    ["External agencies and getting specialist support", "Ch. 9", "Day 3", "A2"],
    ["SKILLS", "", "", ""],
    ["Strategic development with senior colleagues and governors", "Ch. 10",
     "Day 4; SG3", "A3"],
    ["Identifying needs, setting targets, planning and reviewing interventions",
     "Ch. 8", "SG2", "A2"],
    ["Using other professionals' assessments", "Ch. 8, 9", "Day 3", "A2"],
    ["Tracking progress with summative data, including national tests", "Ch. 11",
     "Day 6", "A3"],
    ["Special arrangements for tests and examinations", "Ch. 11", "-", "-"],
    ["Provision mapping; finding missing or ineffective provision", "Ch. 10", "Day 4",
     "A3"],
    ["Deploying and managing staff", "Ch. 10", "Day 4", "A3"],
    ["Colleagues' professional development (observation, modelling, coaching)", "-",
     "Day 5", "Campus activity (unmarked)"],
    ["Reviewing provision with colleagues for self-evaluation", "Ch. 11", "Day 6",
     "A3"],
    ["Involving pupils in planning and reviewing their provision", "Campus extra",
     "-", "-"],
    ["Working with parents and carers", "Ch. 7", "Day 3", "A2"],
    ["Working with other services, including voluntary organisations", "Ch. 9",
     "Day 3", "A2"],
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    if row[1] == "" and row[0].isupper():
        m = t.cell(i, 0).merge(t.cell(i, 3))
        m.text = ""
        rr = m.paragraphs[0].add_run(row[0])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "EDEDED")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        rr = c.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if i == 0:
            rr.bold = True
            shade(c, TEAL)
for row in t.rows:
    for j, w in enumerate([7.5, 2.5, 3, 3]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()
para("Professional attributes: see Section 5.", italic=True, size=9)

# ------------------------------------------------------------------ comments
def find_run(fragment):
    for p in doc.paragraphs:
        for r in p.runs:
            if fragment in r.text:
                return r
    for tb in doc.tables:
        for row in tb.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for r in p.runs:
                        if fragment in r.text:
                            return r
    raise KeyError(fragment)


doc.add_comment(find_run("Timing and pace."),
                text="We told Hartshire that their advisory teachers could go "
                     "straight to assessment for £650 without doing the days. "
                     "Where is this? Please put it in before it goes to the TDA.",
                author="Judith Pell", initials="JP")
doc.add_comment(find_run("We hope in time to collect"),
                text="Could we ask every participant for before-and-after data on "
                     "their case-study pupil and publish the headline figures? "
                     "Great for the launch.",
                author="Alan Crossthwaite", initials="AC")
doc.add_comment(find_run("CRB checks questioned by schools"),
                text="Should we go back to seeing the certificates, as on the old "
                     "Certificate? Catrin thinks the TDA will ask.",
                author="Fiona Marchbank", initials="FM")

doc.save(OUT)
print("wrote", OUT)
