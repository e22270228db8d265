"""jz-01-westerfold-marc-record

Provider (invented): Westerfold County Libraries, Learning and Literacy Team, with the
University of Caldbeck School of Education (which validates the award). January 2009.

Document kind and layout: the library service catalogues every learning resource it makes,
so it sends the course as the staff view of its own MARC 21 bibliographic record, printed
from the library management system, under a short covering note. No heading styles: the
covering note has bold Normal titles. The record is one long three-column table
(Tag | Ind | Data) with subfield delimiters (‡a, ‡b ...); the arrangements live in the 5XX
notes fields (500 general, 504 references, 505 contents, 506 access, 511 tutors, 518 dates,
520 summary, 521 audience, 530 online copy, 540 terms, 541 source, 545 history, 546 formats,
555 finding aids, 583 actions, 590 local note) and added entries (710, 776, 856). Then an
"Item records" table (copies = cohorts, with an item status "On order") and an "Analytics"
table, one analytic per national outcome in the library's own numbering, with merged group
rows, shaded header, vertically merged "Checked in" cells, and a status key:
"Checked", "Browsing copy only" (met on a Reading Day, never marked), "Reference only"
(marked in a Return but not taught), "Not held", "On order". The course's own names:
Chapters (modules), Reading Days (study days), Home Shelf tasks (school-based tasks),
Returns (marked assignments), Reading Friends (mentors), readers (participants).
Header and footer (never evidence), a tracked insertion and a tracked deletion, three comments.

Traps (requirement ids):
- 520 summary aims at attainment and progress only; well-being appears in no aim or Return
  criterion (1.1 partially_met), though ECM is taught and marked as content (6.K2 met).
- Reading Day 1 teaches SEN law, the Code and ECM, but disability equality law is not taught
  (analytic k03 is "Reference only") (1.4 partially_met).
- Pupils' views appear only as knowledge of the Code ("the place of pupils' views") and an
  unmarked conversation in Home Shelf task 2 (1.5 partially_met, 6.S7 browsing only).
- Some outcomes are never marked, so assessment does not cover all outcomes (1.9 partially_met).
- Reader Profile is used to pitch days to the group, no individual plan (2.2 partially_met).
- Assessment-only route: only in history (the old LEA course's portfolio route "ended in July
  2008"), in 776 as another council's edition, and in a deleted tracked sentence (2.3 not_met).
- Start dates: January cohort only in a tracked insertion (counts; 3.2 met).  A Saturday
  cohort is "On order" in the item records (a plan; does not change 3.2).
- Online copy: tutor replies between days, but peer boards only "when numbers allow"
  (3.3 partially_met).
- Stakeholders evaluating: only readers' forms; heads and parents only hoped for (4.3 partially_met).
  A comment asks whether heads can be promised (comment: not evidence).
- 506 access restriction: CRB disclosures are held by Team staff, not candidates; a comment
  says readers are checked at interview (comment: not evidence) (5.3 not_met).
- Specialist speakers, but placements/visits "are not arranged by the Team" (5.5 partially_met).
- Reading Friends only sent the handbook, no briefing (5.7 partially_met).
- Pupil impact only wished for ("We would like, in time") (5.9 partially_met).
- 540 award rule: aggregate mark with compensation, not every outcome shown (6.0 partially_met).
- The library's own self-evaluation (Public Library Service Standards) in 583 is not school
  self-evaluation; 6.K7 is met by its own analytic row on the school SEF.
- Analytics: "Browsing copy only" for 6.A3, 6.A7, 6.S2d, 6.S7; "Reference only" for 6.K3
  (all partially_met); "Not held" for 6.K4 and "On order" for 6.S4 (not_met); 6.S2c has no
  analytic at all (the numbering skips) (not_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jz_helpers import (para_mixed, mark_para_deleted, shade, set_cell, table, header_footer,
                         comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
header_footer(doc, "Westerfold County Libraries  |  Library management system  |  Staff client: MARC view",
              "Record b20915437  |  printed 12/01/2009 10:31  |  Learning and Literacy Team, Westerfold Central Library")


def bold_line(text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(text):
    return doc.add_paragraph(text)


bold_line("WESTERFOLD COUNTY LIBRARIES – LEARNING AND LITERACY TEAM", 12)
para("To: the TDA approval panel, National Award for SEN Coordination 2008-09\n"
     "From: Meryl Oakden, Learning and Literacy Manager\nDate: 12 January 2009")
bold_line("Covering note")
para("Everything the Learning and Literacy Team makes is catalogued: our storytime kits, our adult "
     "literacy packs, our family learning courses and now our course for new SENCOs, which we run with "
     "the University of Caldbeck School of Education. Rather than rewrite the course in a new shape for "
     "you, we send its catalogue record exactly as our cataloguers hold it, printed from the staff "
     "client. It is the record the Team, the University and our branch staff all work from, and every "
     "arrangement for the course is written into it.")
para("A short guide for readers who do not use MARC. Each row is a field. The three-figure tag says "
     "what kind of information the field holds; the indicators (Ind) say how it is displayed; the data "
     "is divided into subfields, each beginning with a delimiter and a letter (‡a, ‡b and so on). Most "
     "of what you will want to read is in the 5XX notes fields. Field 505 gives the contents of the "
     "course, Chapter by Chapter; 520 is our summary; 521 says who the course is for and how we admit "
     "them; 540 sets out the terms on which the Award is made; 583 records what we do to check and "
     "improve the course. After the record come the item records (each copy of the course is one "
     "cohort) and the analytics, where each national outcome is catalogued as a part of the course, "
     "with the place it is shelved (taught) and the place it is checked (marked).")
para("In our own words: the participants are readers; the eight study days are Reading Days; the four "
     "tasks carried out in each reader's own school are Home Shelf tasks; the four marked assignments "
     "are Returns; the experienced SENCOs who support each reader in school are Reading Friends.")

bold_line("BIBLIOGRAPHIC RECORD b20915437 (full MARC)")

R = [
    ("Tag", "Ind", "Data"),
    ("LDR", "", "00000nom a2200000 a 4500"),
    ("001", "", "b20915437"),
    ("003", "", "UkWeCL"),
    ("005", "", "20090112103000.0"),
    ("008", "", "081114s2009    enk|||  |     ||| | eng d"),
    ("024", "8_", "‡a LLT/SENCO/2009"),
    ("040", "__", "‡a UkWeCL ‡c UkWeCL"),
    ("099", "__", "‡a 371.9 WES"),
    ("110", "2_", "‡a Westerfold County Libraries. ‡b Learning and Literacy Team."),
    ("245", "10", "‡a National Award for SEN Coordination : ‡b leading learning for every reader : a course for "
                  "new special educational needs coordinators / ‡c Westerfold County Libraries, Learning and "
                  "Literacy Team, with the University of Caldbeck School of Education."),
    ("246", "3_", "‡a Every Reader SENCO course"),
    ("250", "__", "‡a 2009-10 edition."),
    ("260", "__", "‡a Westerfold : ‡b Westerfold County Libraries, ‡c 2009."),
    ("300", "__", "‡a 1 course (60 credits at Level 7) : ‡b 8 Reading Days, 4 Home Shelf tasks, 4 Returns ; "
                  "‡c 12 months, part time."),
    ("490", "0_", "‡a Westerfold learning and literacy courses ; ‡v no. 14"),
    ("500", "__", "‡a The course is validated by the University of Caldbeck School of Education as a "
                  "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at Level 7 "
                  "(masters level) in four 15-credit Chapters. Validation event held 14 November 2008; "
                  "approved without conditions. Readers are registered students of the University and have "
                  "its library, e-journals and student support services as well as ours."),
    ("500", "__", "START"),   # replaced below with tracked insertion
    ("504", "__", "‡a Reading Days draw on current research and inspection evidence, which the tutors "
                  "update every year: Ofsted, Inclusion: does it matter where pupils are taught? (2006); "
                  "House of Commons Education and Skills Committee, Special Educational Needs (2006); the "
                  "Bercow Review of services for children with speech, language and communication needs "
                  "(2008); Lewis and Norwich, Special teaching for special children? (2005); DfES, Removing "
                  "Barriers to Achievement (2004); DCSF, Personalised learning: a practical guide (2008). "
                  "The reading list is rebuilt each summer from the year's inspection reports and research."),
    ("505", "0_", "‡a Chapter 1. Reading the law and the landscape (15 credits). Reading Day 1: the SENCO's "
                  "shelf: the Education Act 1996 (Part 4, as amended in 2001), the SEN "
                  "Code of Practice 2001 and what each asks of a school; the Children Act 2004 and Every Child "
                  "Matters, its five outcomes and the SENCO's part in them. Reading Day 2: the SENCO in the "
                  "school: the role, the SENCO's week and how to plan it, working with the head, senior "
                  "leaders and governors on the school's SEN policy and priorities, and how the school "
                  "evaluates its outcomes for pupils with SEN in its self-evaluation form. Home Shelf task 1: "
                  "with the head and the SEN governor, each reader reviews the school's SEN policy and "
                  "provision against the law, the Code and the ECM outcomes. -- "
                  "‡a Chapter 2. Reading the learner (15 credits). Reading Day 3: the most common kinds of "
                  "SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects "
                  "learning; the place of pupils' views in the Code of Practice. Reading Day 4: identifying "
                  "pupils who may have SEN, setting challenging targets, planning interventions and reviewing "
                  "progress; using assessments from educational psychologists, speech and language "
                  "therapists and advisory teachers to shape teaching; using summative data, P scales and "
                  "national test results to track progress and adjust programmes; access arrangements for "
                  "national tests; approaches, strategies and resources for teaching, including ICT and "
                  "assistive technology from the library's own collection. Home Shelf task 2: a case study "
                  "of one pupil, built with the pupil's parents or carers and the professionals who know the "
                  "pupil; readers are encouraged to talk with the pupil too. -- "
                  "‡a Chapter 3. Reading the provision (15 credits). Reading Day 5: provision mapping and "
                  "provision management: costing provision, finding what is ineffective or missing, and "
                  "reviewing its effect with colleagues so that the findings feed the school's "
                  "self-evaluation. Reading Day 6: working with parents and carers (with the Parent "
                  "Partnership Service), with the local authority's services, health and social care, and "
                  "with voluntary organisations; how to get specialist support and resources. Home Shelf "
                  "task 3: with colleagues, each reader maps the provision of one year group and reviews it. "
                  "-- ‡a Chapter 4. Writing the next chapter (15 credits). Reading Day 7: leading colleagues: "
                  "gaining the commitment of the head and staff, presenting a case, listening to others' "
                  "views, observation and feedback, coaching and mentoring, planning and leading staff "
                  "training; using research evidence and outside advice to improve practice. Reading Day 8: "
                  "readers present their change projects; each reader then has a Next Chapter tutorial, in which "
                  "reader and tutor agree the reader's next professional targets and the route to further study. Home "
                  "Shelf task 4: each reader leads a change in the school's SEN practice over two terms and "
                  "evaluates what changed for pupils and staff."),
    ("506", "1_", "‡a Access restricted: Reading Days held in schools are led only by Team staff who hold "
                  "enhanced CRB disclosures, renewed every three years through the County Council."),
    ("508", "__", "‡a Course team: Meryl Oakden (course leader), Dr Anil Chaudhry (University of Caldbeck, "
                  "programme director), Ruth Penhale and Simon Garbutt (tutors), with guest speakers from "
                  "the Westerfold Educational Psychology Service, the Speech and Language Therapy service "
                  "and the Sensory Support Service."),
    ("511", "0_", "‡a Tutors: Meryl Oakden, MA Special and Inclusive Education, SENCO for nine years in two "
                  "Westerfold primary schools, now leads the Team's literacy and SEN work; Dr Anil Chaudhry, "
                  "PhD on dyslexia and reading intervention, senior lecturer in inclusive education; Ruth "
                  "Penhale, former secondary SENCO and specialist teacher (SpLD), holds the OCR Level 7 "
                  "Diploma in SpLD; Simon Garbutt, former advisory teacher for autism, MEd. Each tutor keeps "
                  "a current specialist role in schools or the University and spends at least five days a "
                  "year on updating, recorded in the Team's CPD log."),
    ("518", "__", "‡o Reading Days, Cohort A: ‡d 24 September 2009, 22 October 2009, 19 November 2009, "
                  "21 January 2010, 11 March 2010, 29 April 2010, 17 June 2010, 8 July 2010 ; ‡p Westerfold "
                  "Central Library, Learning Suite (Reading Days 1-7) and the University of Caldbeck "
                  "(Reading Day 8). Each Reading Day runs 9.30 to 3.30."),
    ("520", "3_", "‡a The course aims to raise the attainment and rate of progress of pupils with special "
                  "educational needs and disabilities by giving their SENCOs the knowledge, skills and "
                  "standing to lead provision in their schools. Its objectives are that readers understand "
                  "the law and guidance, identify and assess pupils' needs, plan and map provision that "
                  "raises attainment, and lead colleagues in making it work. Every Return is marked against "
                  "criteria drawn from these objectives. The course is built round the reader's own school: "
                  "each Chapter has a Home Shelf task carried out there, and the Returns are written from it."),
    ("521", "8_", "‡a For qualified teachers who are new to the SENCO role (appointed since 1 September "
                  "2008) or designated to take it up. Admission: each applicant sends a form with a "
                  "supporting statement from the headteacher confirming the SENCO role and time for the "
                  "Home Shelf tasks, and has a 30-minute interview with a tutor, who checks the applicant's "
                  "knowledge and experience of SEN against the entry profile (QTS, at least two years' "
                  "teaching, some experience of planning for pupils with SEN). Applicants who do not meet the "
                  "profile are offered the Team's short course Every Reader Counts first. Before the first "
                  "Reading Day each reader completes a Reader Profile, rating themselves against each "
                  "national outcome; the tutors use the Reader Profiles to pitch the Reading Days to the "
                  "group."),
    ("530", "__", "‡a Also available as an online copy on Westerfold Learning Online (Moodle): the "
                  "presentations, readings and tasks for each Reading Day, and a recording of each day's "
                  "main talk. Readers post questions to their tutor, who replies within three working days, "
                  "so that help is at hand between Reading Days. Peer discussion boards will be opened when "
                  "numbers allow."),
    ("536", "__", "‡a Places are funded by the TDA through the local authority. The fee of £1,150 per reader "
                  "covers tuition, University registration and all materials; it is below the University's "
                  "own fee for a comparable certificate because Reading Days are held in library space at no "
                  "charge. Completing readers may carry the 60 credits into the University's MA Inclusive "
                  "Education."),
    ("538", "__", "‡a Westerfold Learning Online runs in any current web browser; readers without broadband "
                  "at home may use any of the county's 31 libraries, where People's Network computers with "
                  "screen readers, magnifiers and Clicker 5 are free to use."),
    ("540", "__", "‡a Terms on which the Award is made: the Award is made to readers who pass all four "
                  "Returns with an aggregate mark of 50 per cent or more; a Return marked between 35 and 39 "
                  "per cent may be compensated by the other three. Return 1: a critical review of the school's "
                  "SEN policy and provision against the law, the Code and Every Child Matters (4,000 words). "
                  "Return 2: a pupil case study (4,000 words). Return 3: a provision map and evaluation report "
                  "(4,000 words). Return 4: a change project report (5,000 words) and a 15-minute presentation "
                  "on Reading Day 8. ‡a Prior learning: readers with Level 7 credit in SEN from the last five "
                  "years may claim up to 30 credits under the University's accreditation of prior certificated "
                  "learning; readers may also claim credit for experience through a portfolio matched to a "
                  "Chapter's outcomes (accreditation of prior experiential learning), assessed by two tutors."),
    ("541", "__", "‡a How the course came to us: in spring 2007 the Team surveyed all 212 Westerfold schools on "
                  "what their SENCOs needed (148 replied); we held two focus groups of serving SENCOs, one with "
                  "headteachers and one with the Parent Partnership Service's parent volunteers, and read the "
                  "local authority's SEN data. The survey asked for help with provision mapping and with "
                  "working with parents, so Reading Days 5 and 6 were made for that; the parents' focus group "
                  "asked that case studies be built with families, which is why Home Shelf task 2 is done with "
                  "parents or carers; headteachers asked that all tasks be done in school. The Westerfold "
                  "SENCO Forum read the draft course in June 2008 and its changes were made."),
    ("545", "0_", "‡a History: the course replaces the local authority's SENCO induction course (2003-2008), "
                  "which was unaccredited. In that course experienced SENCOs could submit a portfolio only, "
                  "without attending; that route ended in July 2008."),
    ("546", "__", "‡a Formats and access: all course materials are available in large print, on audio CD and "
                  "in electronic text on request; the Learning Suite has an induction loop and step-free "
                  "access; a BSL interpreter is booked for any reader who asks; readers with dyslexia or other "
                  "disabilities agree reasonable adjustments (extra time for Returns, a reader or scribe for "
                  "the presentation, coloured overlays) with the course leader at admission, and these are "
                  "recorded in the reader's file and passed to the University's Disability Service."),
    ("555", "8_", "‡a Finding aids: Course Handbook for readers; Tutor Handbook (roles of tutor, marker and "
                  "Reading Day leader, marking criteria, moderation calendar), with a half-day briefing for "
                  "every new tutor each September. Reading Friends receive a copy of the Course Handbook and "
                  "are welcome to telephone the tutor."),
    ("583", "1_", "‡a Quality actions ‡b every Reading Day ‡i readers' evaluation forms, summarised by the "
                  "course leader within a week and answered at the next Reading Day; ‡b each Chapter ‡i a "
                  "course board of tutors, the University programme director and two reader representatives "
                  "reviews the evaluations and marks and agrees changes; ‡b each year ‡i the University's "
                  "annual monitoring report and the external examiner's report, both acted on in an action "
                  "plan; the course is also counted in the library service's own self-evaluation against "
                  "the Public Library Service Standards. ‡a Marking ‡i every Return is marked by one tutor "
                  "and second marked by another; all fails and a 20 per cent sample are moderated by the "
                  "University; the external examiner, Professor Hilary Dunstan, sees a sample of every "
                  "Return each year; tutors hold a standardising meeting before each marking period. "
                  "‡a Impact ‡i readers complete a confidence and competence questionnaire on each outcome "
                  "at the start and end of the course, and the results go to the course board. We would "
                  "like, in time, to find out whether the reading ages of the pupils in readers' schools "
                  "improve. We hope headteachers and the Parent Partnership Service will also take part in "
                  "evaluating the course."),
    ("586", "__", "‡a National Award for SEN Coordination (TDA approval sought, 2008-09)."),
    ("590", "__", "‡a Local note (staff): readers borrow without charge from the Team's SEN collection of "
                  "1,400 books, assessment kits and software, including Clicker 5, Write Online, Dolphin "
                  "SuperNova, Dragon NaturallySpeaking and a set of reading pens, and can request items "
                  "from the University library. Guest speakers from the Educational Psychology, Speech and "
                  "Language Therapy and Sensory Support services lead parts of Reading Days 3, 4 and 6. "
                  "Visits to specialist provision are not arranged by the Team; readers may make their own."),
    ("650", "_0", "‡a Special education ‡z England ‡z Westerfold ‡v Study and teaching (Higher)."),
    ("650", "_0", "‡a Special education teachers ‡x In-service training."),
    ("650", "_0", "‡a Children with disabilities ‡x Education."),
    ("710", "2_", "‡a University of Caldbeck. ‡b School of Education, ‡e validating body."),
    ("776", "08", "DEL"),  # replaced below
    ("856", "40", "‡u http://learning.westerfold.gov.uk/course/senco ‡z Westerfold Learning Online (login "
                  "required)"),
]

t = doc.add_table(rows=len(R), cols=3)
t.style = "Table Grid"
for i, (tag, ind, data) in enumerate(R):
    set_cell(t.cell(i, 0), tag, bold=True, size=9, fill="D9D9D9" if i == 0 else None)
    set_cell(t.cell(i, 1), ind, size=9, fill="D9D9D9" if i == 0 else None)
    c = t.cell(i, 2)
    if data == "START":
        c.text = ""
        p = c.paragraphs[0]
        para_mixed(p, [("t", "‡a Start dates: Cohort A starts 24 September 2009 (weekday Reading Days). "),
                       ("ins", "Cohort B starts 21 January 2010, with the same Reading Days in the same order "
                               "and the Returns due one term later. "),
                       ("t", "Readers may take Reading Days as a face-to-face group or follow the online copy "
                             "(see 530) and attend only Reading Days 1 and 8 in person.")],
                   author="Meryl Oakden", date="2009-01-09T14:20:00Z")
        for r in p.runs:
            r.font.size = Pt(9)
    elif data == "DEL":
        c.text = ""
        p = c.paragraphs[0]
        para_mixed(p, [("t", "‡i Other edition: ‡a Harrowgate Borough Council. SEN Support Service. ‡t SENCO "
                             "Award: assessment-only edition (Harrowgate, 2009), for serving SENCOs who "
                             "present a portfolio against the outcomes without attending. "),
                       ("del", "Westerfold readers with more than five years as a SENCO may take this edition "
                               "through us, submitting Returns 1 and 4 only.")],
                   author="Dr Anil Chaudhry", date="2009-01-10T09:05:00Z")
        for r in p.runs:
            r.font.size = Pt(9)
    else:
        set_cell(c, data, size=9, fill="D9D9D9" if i == 0 else None)
    if tag in ("506", "583"):
        pass
for row in t.rows:
    row.cells[0].width = Cm(1.3)
    row.cells[1].width = Cm(1.1)
    row.cells[2].width = Cm(14.5)

# comments
rows_by_tag = {}
for i, (tag, ind, data) in enumerate(R):
    rows_by_tag.setdefault(tag, []).append(i)
r506 = t.cell(rows_by_tag["506"][0], 2).paragraphs[0].runs[0]
comment(doc, r506, "We do check every reader's enhanced CRB at interview, don't we? Should this field say so?",
        "Ruth Penhale", "RP")
r583 = t.cell(rows_by_tag["583"][0], 2).paragraphs[0].runs[0]
comment(doc, r583, "Can we promise the panel that heads will evaluate? Not agreed with the heads' group yet.",
        "Dr Anil Chaudhry", "AC")

para("")
bold_line("ITEM RECORDS (one copy per cohort)")
items = [
    ("Barcode", "Location", "Item type", "Status", "Note"),
    ("3019 2004 7731", "Westerfold Central Library, Learning Suite", "Course: cohort", "Available",
     "Cohort A, September 2009 to July 2010, 20 places"),
    ("3019 2004 7749", "Westerfold Central Library, Learning Suite", "Course: cohort", "Available",
     "Cohort B, January 2010 to December 2010, 20 places"),
    ("3019 2004 7756", "Westerfold Learning Online", "Course: online copy", "Available",
     "Readers of either cohort; see 530"),
    ("3019 2004 7764", "Hexham Road Library", "Course: cohort", "On order",
     "Saturday cohort, if the County Council funds weekend opening in 2010-11"),
]
table(doc, items, widths=[2.8, 4.2, 2.6, 2.0, 5.3], size=9)
para("")

bold_line("ANALYTICS: the national outcomes catalogued as parts of the course")
para("Key to status. Checked: taught where shown in Shelved in, and marked in the Return shown in Checked "
     "in. Browsing copy only: met on a Reading Day or in a Home Shelf task but never marked. Reference only: "
     "marked in a Return, but not taught; readers bring it from their own reading. Not held: not part of this "
     "course. On order: to be added for the 2010-11 edition.")

A = [
    ("Analytic", "Title (what the reader will be able to do)", "Shelved in", "Checked in", "Status"),
    ("GROUP", "Attributes", None, None, None),
    ("a01", "Build fair, respectful and constructive relationships with pupils with SEN and their families",
     "Reading Day 4; Home Shelf task 2", "Return 2", "Checked"),
    ("a02", "Win the commitment of the head, senior leaders and colleagues", "Reading Day 7", "Return 4",
     "Checked"),
    ("a03", "Plan the SENCO's week: prioritise, manage time, delegate", "Reading Day 2", "–",
     "Browsing copy only"),
    ("a04", "Foresee and solve problems; make sound decisions about provision", "Reading Day 5; Home Shelf task 3",
     "Return 3", "Checked"),
    ("a05", "Speak and write clearly; listen to and understand others' views", "Reading Day 7",
     "Return 4 (presentation)", "Checked"),
    ("a06", "Use research and outside advice to improve own and colleagues' practice", "Reading Day 7",
     "Return 4", "Checked"),
    ("a07", "Keep up to date and own one's CPD in SEN and disability", "Reading Day 8 (Next Chapter tutorial)",
     "–", "Browsing copy only"),
    ("GROUP", "Knowledge", None, None, None),
    ("k01", "Know the SEN law and guidance, the Code of Practice, and how to apply them", "Reading Day 1",
     "Return 1", "Checked"),
    ("k02", "Know Every Child Matters and the SENCO's part in its five outcomes", "Reading Day 1", "Return 1",
     "Checked"),
    ("k03", "Know disability equality law and the duties it places on schools", "–", "Return 1",
     "Reference only"),
    ("k04", "Know how children develop and how SEN and surroundings affect development", "–", "–", "Not held"),
    ("k05", "Know the common kinds of SEN and disability and how each affects learning", "Reading Day 3",
     "Return 2", "Checked"),
    ("k06", "Judge approaches, strategies and resources for assessment and teaching, ICT included",
     "Reading Day 4", "Return 2", "Checked"),
    ("k07", "Understand school self-evaluation and improvement for SEN outcomes", "Reading Day 2; Reading Day 5",
     "Return 3", "Checked"),
    ("k08", "Know best practice and research in meeting SEN", "Reading Day 7", "Return 4", "Checked"),
    ("k09", "Know what outside agencies do and how to get specialist help", "Reading Day 6", "Return 3",
     "Checked"),
    ("GROUP", "Skills", None, None, None),
    ("s01", "With senior leaders and governors, shape an inclusive ethos, policy, priorities and resources",
     "Reading Day 2; Home Shelf task 1", "Return 1", "Checked"),
    ("s02", "Identify pupils with SEN, set challenging targets, plan interventions, review progress",
     "Reading Day 4", "Return 2", "Checked"),
    ("s02.1", "Use other professionals' assessments to shape teaching", "Reading Day 4; Home Shelf task 2",
     "Return 2", "Checked"),
    ("s02.2", "Use summative data and national tests to track progress and adjust programmes", "Reading Day 4",
     "Return 2", "Checked"),
    ("s02.4", "Arrange access arrangements for national tests in good time", "Reading Day 4", "–",
     "Browsing copy only"),
    ("s03", "Map and manage provision; find what is ineffective or missing", "Reading Day 5; Home Shelf task 3",
     "Return 3", "Checked"),
    ("s04", "Deploy and manage teaching assistants and other staff", "–", "–", "On order"),
    ("s05", "Develop colleagues through observation, feedback, coaching and training", "Reading Day 7",
     "Return 4", "Checked"),
    ("s06", "Review provision with colleagues so that it informs school self-evaluation", "Reading Day 5",
     "Return 3", "Checked"),
    ("s07", "Involve pupils in planning and reviewing their provision", "Home Shelf task 2", "–",
     "Browsing copy only"),
    ("s08", "Work with parents and carers", "Reading Day 6; Home Shelf task 2", "Return 2", "Checked"),
    ("s09", "Work with other services and agencies, voluntary bodies included", "Reading Day 6", "Return 3",
     "Checked"),
]
ta = doc.add_table(rows=len(A), cols=5)
ta.style = "Table Grid"
for i, row in enumerate(A):
    if row[0] == "GROUP":
        c = ta.cell(i, 0).merge(ta.cell(i, 4))
        set_cell(c, row[1], bold=True, size=9, fill="EDEDED")
        continue
    for j, v in enumerate(row):
        set_cell(ta.cell(i, j), v, bold=(i == 0), size=9, fill="BDD7EE" if i == 0 else None)
# vertical merges: consecutive identical "Checked in" cells (not '–')
i = 1
while i < len(A):
    if A[i][0] == "GROUP" or A[i][3] in ("–",):
        i += 1
        continue
    j = i
    while j + 1 < len(A) and A[j + 1][0] != "GROUP" and A[j + 1][3] == A[i][3]:
        j += 1
    if j > i:
        m = ta.cell(i, 3).merge(ta.cell(j, 3))
        set_cell(m, A[i][3], size=9)
    i = j + 1
for row in ta.rows:
    for j, w in enumerate([1.4, 7.6, 3.6, 2.4, 2.4]):
        row.cells[j].width = Cm(w)

para("")
para("Catalogued by: M. Oakden (course content), T. Frew (MARC). Record status: complete. Last edited "
     "12 January 2009.")
doc.save(OUT)
print("wrote", OUT)
