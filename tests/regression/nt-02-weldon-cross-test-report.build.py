"""nt-02-weldon-cross-test-report: the Weldon Cross Hand-Spinners' and Dyers' Guild's application, written as a
DYE BENCH TEST REPORT, the colourfastness test report the Guild's testing bench issues to members and craft dyers,
with the SENCO course as "the item submitted" and the TDA as "the client".

Provider (invented): the Weldon Cross Hand-Spinners' and Dyers' Guild, whose teaching studio is the Fleece Loft at
Cawood Yard and whose Dye Bench tests natural dyes for light- and wash-fastness; partners are the Kirkby Strand
Teaching Partnership (fourteen schools, among them Beckside special school), Cawdale County Council and the
(invented) Aldmoor University, which is to validate the course as a 60-credit Postgraduate Certificate.

Document kind and layout: a laboratory test report. No heading styles at all: clause titles are bold capitals in
Normal paragraphs with typed numbers ("3 CONDITIONING", "3.3 Conditioning Record") whose numbers collide with
requirement ids (3.3 is the needs analysis, not e-learning; 5.5, 6.2 ...). A report header block (label/value
table with merged cells), an Exposure Schedule table (eight taught "Exposure Days" with merged route rows), a
Ratings table, a notation table (Table 7.1) and a Results table (Table 7.2, 29 "specimens" = the national outcomes
in the Guild's words, merged Blue Wool group rows, columns "Exposed in | Rated in"). Test-report vocabulary
throughout: participants are "specimens' owners"/"participants", pre-course needs analysis is "Conditioning" with
a "Conditioning Record" and an "Individual Exposure Plan", taught days are "Exposures", school-based tasks are
"Wash Tests" signed by "Wash Supervisors" (school mentors), assessed pieces are "Ratings" A, B and C graded on the
Bench grey scale, moderation is "Calibration" and "Proficiency testing", the award rule is the "Statement of
conformity". Header and footer ("Page X of Y" fields, the test-report disclaimer); a VML text box ("Analyst's
note") carrying the pupil-impact method; footnotes; a comment; tracked changes (an inserted award rule, a deleted
averaging sentence, a deleted e-learning paragraph, a deletion and insertion inside a Results cell).

Traps (requirement ids):
- E.2: 60 credits, but the level is left to the validation panel ("Level 6 or Level 7"); a comment says the
  same -> partially_met. E.1 met: validation event fixed, course runs only once validated.
- 1.3: research only in general terms ("Tutors keep up with research and bring in what is current") ->
  partially_met.
- 1.9: Results show "Exposed, not rated", "Supervisor's check only" and "Not submitted" -> partially_met.
- 2.1: certificated credit transferred, but "Experience on its own is not credited" -> partially_met.
- 2.5: negation: "the Bench's work ends when the statement of conformity is signed" -> not_met.
- 3.1: adjustments only to Ratings; the Fleece Loft "is reached by stairs"; an equal opportunities policy named
  with no arrangement -> partially_met.
- 3.3: "There is no e-learning on the course"; the Bench Online forum survives only as a tracked DELETION;
  emailing Ratings is not e-learning -> not_applicable.
- 4.2: the survey "matched the course as our tutors had already written it, so nothing in the course was changed"
  -> not_met, while 4.1 (needs evidence gathered and reflected) and 4.3 (Bench Committee, supervisors,
  second-rating) are met.
- 5.2: entry is only "expected" (QTS, the role); the Conditioning Record comes after a place is accepted; no
  guidance or head liaison for those who fall short -> partially_met.
- 5.6: reading and loan boxes, but "The Fleece Loft has no computers" and no ICT or assistive technology ->
  partially_met; 6.K6 likewise leaves ICT out ("ICT is not part of this Exposure") -> partially_met.
- 5.9: met only through the text box (Analyst's note): baselines and follow-ups for pupils, confidence ratings,
  head's questionnaire.
- 6.0: met through a tracked INSERTION ("No participant is recommended ... every specimen"); the averaging
  sentence is a tracked DELETION.
- 6.A3: "Supervisor's check only" (signed, not graded) -> partially_met.
- 6.S1, 6.S7: "Exposed, not rated" -> partially_met (1.5 is still met: consulting pupils is taught and practised
  in Exposure 6 and Wash Test 6).
- 6.S2d: "Exposed in" is a dash, "Rated in" changed by a tracked change to "Rating A" (assessed, not developed)
  -> partially_met.
- 6.K7, 6.S6: "Not submitted"; the Bench's own annual self-evaluation is the wrong context -> not_met.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from _nt_helpers import (add_ins, add_del, deleted_paragraph, inserted_paragraph, add_footnote, add_textbox, shade,
                         shade_paragraph, set_cell_text, table_borders, keep_table_header, para, runs)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)

ANALYST = "Judith Raistrick"
UNI = "P. Garside (Aldmoor Partnerships Office)"
REPORT_NO = "DB/09/SENCO-1"


def field(paragraph, instr, shown="1"):
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hp.text = f"Dye Bench Test Report {REPORT_NO}    Weldon Cross Hand-Spinners' and Dyers' Guild"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("This report relates only to the item tested. It shall not be reproduced except in full without the "
               "written approval of the Dye Bench.    Page ")
r.font.size = Pt(7.5)
field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(7.5)
field(fp, "NUMPAGES", "9")


def clause(num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"{num}  {title.upper()}")
    r.bold = True
    r.font.size = Pt(11)
    shade_paragraph(p, "DDE3EA")
    return p


def sub(num, title, text):
    p = doc.add_paragraph()
    runs(p, [(f"{num}  {title}. ", "b"), text])
    return p


def plain(text):
    return para(doc, text)


# ------------------------------------------------------------------ report block
p = para(doc, "DYE BENCH", bold=True, size=18)
p = para(doc, "TEST REPORT", bold=True, size=14)
blk = doc.add_table(rows=9, cols=4)
table_borders(blk, color="5A6B7D")
rows = [
    ("Report number", REPORT_NO, "Date of report", "16 March 2009"),
    ("Client", "Training and Development Agency for Schools (TDA), for approval to offer the National Award for "
               "SEN Coordination", None, None),
    ("Submitted by", "Weldon Cross Hand-Spinners' and Dyers' Guild, the Fleece Loft, Cawood Yard, Weldon Cross",
     None, None),
    ("Item submitted", "The Weldon Cross SENCO Course, first cohort 2009\u201310", None, None),
    ("Partner bodies", "Aldmoor University (validation); Kirkby Strand Teaching Partnership (fourteen schools); "
                       "Cawdale County Council, Inclusion Service", None, None),
    ("Date item received", "2 February 2009", "Condition on receipt", "Complete draft, second edition"),
    ("Test methods", "Bench methods WX-C (Conditioning), WX-E (Exposure), WX-W (Wash), WX-R (Rating)", None, None),
    ("Analyst", "Dr Judith Raistrick, Bench Analyst and course leader", "Checked by", "Martin Cowling"),
    ("Pages", "Nine, with Tables 4.1 to 7.2", None, None),
]
for i, rw in enumerate(rows):
    cells = blk.rows[i].cells
    set_cell_text(cells[0], rw[0], bold=True, size=9)
    shade(cells[0], "EEF1F5")
    if rw[2] is None:
        m = cells[1].merge(cells[3])
        set_cell_text(m, rw[1], size=9)
    else:
        set_cell_text(cells[1], rw[1], size=9)
        set_cell_text(cells[2], rw[2], bold=True, size=9)
        shade(cells[2], "EEF1F5")
        set_cell_text(cells[3], rw[3], size=9)
for row in blk.rows:
    for i, w in enumerate((Cm(3.4), Cm(6.2), Cm(3.4), Cm(4.0))):
        row.cells[i].width = w

# ------------------------------------------------------------------ 1
clause("1", "Scope of this report")
plain("The Dye Bench normally tests skeins of naturally dyed yarn for our members and for other craft dyers, and "
      "reports how well each colour stands up to light, washing and rubbing. This report applies the same "
      "discipline to a different item: the course the Guild proposes to run with its partners for teachers new to "
      "the role of special educational needs coordinator. It sets out how the item is prepared, what it is exposed "
      "to, how it is tested, and the results, so that the client can judge it against the national specification.")
plain("Terms used in this report: a participant is a teacher on the course; an Exposure is a taught day; a Wash "
      "Test is a task carried out in the participant's own school; a Rating is an assessed piece of work; a "
      "specimen is one of the 29 outcomes every participant must reach, listed in Table 7.2.")

# ------------------------------------------------------------------ 2
clause("2", "Description of the item")
sub("2.1", "Purpose", "The course exists to raise the achievement and improve the well-being of children and "
    "young people with special educational needs and disabilities, across all five Every Child Matters outcomes "
    "(being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
    "well-being), by making the teachers who coordinate their provision more knowledgeable and more skilled. Each "
    "Exposure ends with the question \u2018what will this change for a pupil in your school?\u2019, and every "
    "Rating is graded partly on the evidence it gives of benefit to pupils.")
sub("2.2", "Accreditation", "Aldmoor University has agreed to validate the course as its Postgraduate Certificate "
    "in Special Educational Needs Coordination. The validation event is fixed for 12 May 2009 at the university's "
    "Faculty of Education, and the course will run only once it is validated; participants will be registered "
    "students of the university.")
p = sub("2.3", "Credit", "The course carries 60 credits. Whether those credits are at Level 6 or Level 7 will be "
        "settled by the validation panel; the Guild has written the Ratings to Level 7 descriptors.")
doc.add_comment(p.runs[-1], text="Please don't promise Level 7 before the event: the panel will decide on the "
                                 "evidence of the Ratings.", author=UNI, initials="PG")
sub("2.4", "Length", "One year part time on the standard route: eight Exposure Days, ten Wash Tests in school and "
    "three Ratings.")

# ------------------------------------------------------------------ 3
clause("3", "Conditioning")
plain("No specimen is tested until it has been conditioned, so that what the Bench measures is the colour and not "
      "the state of the yarn. For the course, conditioning means the steps taken with each participant before the "
      "first Exposure.")
sub("3.1", "Entry", "Applicants are expected to hold qualified teacher status and to be, or be about to become, "
    "the SENCO of a maintained school or academy. The application form asks for the name of the school and of the "
    "headteacher.")
sub("3.2", "Suitability checks", "Before a place is confirmed, the Bench writes to the applicant's headteacher, "
    "who confirms in writing the date and reference number of the applicant's enhanced Criminal Records Bureau "
    "disclosure, that the applicant has not been barred from work with children, and that the school has no "
    "concerns about the applicant's conduct and no disciplinary matter outstanding. An applicant who has not "
    "worked in a school in a post with regular contact with children in the past three months must obtain a new "
    "enhanced disclosure through Aldmoor University's registry before the first Exposure, and the registry "
    "checks List 99. No place is confirmed until the Bench holds the head's letter or the registry's clearance.")
p = sub("3.3", "Conditioning Record", "Once a place has been accepted, each participant completes the "
        "Conditioning Record: a self-rating against all 29 specimens of Table 7.2 on the Bench grey scale (1, not "
        "yet; 5, secure), with an example for any specimen rated 4 or 5. The Bench Analyst then meets the "
        "participant for an hour, tests the self-rating with questions and two short scenarios, and agrees the "
        "Individual Exposure Plan: the Exposures to be taken, the Wash Tests to be given extra weight, and three "
        "personal specimens of the participant's own that reflect their school (for example, a SENCO in a "
        "primary with a unit for hearing-impaired pupils may add a specimen on deaf awareness training for "
        "staff). A participant whose Record and interview show a group of specimens already secure may be excused "
        "up to two Exposures; the plan is reviewed with the participant after Exposure 4.")
add_footnote(doc, p, "The self-rating is a guide, not a test: at each Rating the assessor notes any specimen "
                     "where the participant's work contradicts the Conditioning Record, and the plan is changed.")
sub("3.4", "Pre-treated specimens", "Credit for earlier certificated study at Level 7 in special or inclusive "
    "education can be transferred, up to 20 credits, under the university's credit transfer rules, and excuses "
    "the matching Rating. Experience on its own is not credited.")
sub("3.5", "Direct rating", "In exceptional cases an experienced SENCO, or a teacher from an SEN support service, "
    "who appears already to meet the specimens may ask to be rated without the Exposures. The Bench Analyst "
    "first looks at a short account of the applicant's work. If direct rating is agreed, the applicant presents "
    "a portfolio mapped to every one of the 29 specimens, completes Wash Tests 4, 5 and 6 in their own school as "
    "evidence, and sits a one-hour viva with two assessors. The same grading and the same statement of "
    "conformity apply. The fee for direct rating is \u00a3450.")

# ------------------------------------------------------------------ 4
clause("4", "Exposure schedule")
plain("Exposures are taught in the Fleece Loft on Saturdays, 9.30 to 3.30, by two tutors. The Fleece Loft is on "
      "the second floor of the Cawood Yard mill and is reached by stairs. Participants choose one of two routes:")
EXP = [
    ("Standard route: start in September or January; one Exposure roughly every five weeks", None),
    ("Exposure 1", "The law and the SENCO. The SEN Code of Practice (2001), the Education Act 1996, statutory "
     "assessment and statements, School Action and School Action Plus, the duties of governing bodies and the "
     "SENCO regulations of 2008; the government strategy Removing Barriers to Achievement (2004) and the "
     "Disability Discrimination Act duties on schools, including the disability equality duty and "
     "accessibility plans."),
    ("Exposure 2", "Every Child Matters, well-being and development. The five outcomes and the SENCO's part in "
     "them; how children develop and how SEN, disability, home and school can affect development."),
    ("Exposure 3", "Kinds of need. Behavioural, emotional and social difficulties; specific learning difficulties "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties; their effect on learning and the approaches, strategies and resources that remove "
     "barriers. ICT is not part of this Exposure."),
    ("Exposure 4", "Identifying and tracking. Observation, data and assessment to identify pupils; targets; "
     "planning and reviewing interventions; using reports from psychologists, therapists and advisory teachers; "
     "national tests and other summative data to track progress; helping colleagues with formative "
     "assessment."),
    ("Exposure 5", "Provision and staff. Provision mapping and management; finding provision that is weak or "
     "missing; deploying and managing teaching assistants; priorities, time and delegation."),
    ("Exposure 6", "Pupils and parents. Ways of consulting pupils, including those with limited speech; pupils "
     "taking part in planning and reviewing their provision; relationships with pupils and families; working in "
     "partnership with parents and carers."),
    ("Exposure 7", "Colleagues and agencies. Advising and supporting colleagues within and beyond the school; "
     "observation, feedback, modelling and coaching; the work of outside agencies and voluntary bodies and how "
     "to get specialist help."),
    ("Exposure 8", "Leading and learning. Influencing an inclusive ethos with senior leaders and governors; "
     "research and best practice; using outside advice; keeping up to date with developments in SEN and "
     "disability."),
    ("Accelerated route: start in July", None),
    ("Summer week", "Exposures 1 to 5 as a five-day summer school in the last week of July, then Exposures 6, 7 "
     "and 8 on Saturdays in the autumn term with the standard cohort."),
]
plain("Table 4.1  Exposure schedule")
t = doc.add_table(rows=1, cols=2)
table_borders(t, color="5A6B7D")
set_cell_text(t.rows[0].cells[0], "Exposure", bold=True, size=9)
set_cell_text(t.rows[0].cells[1], "Content", bold=True, size=9)
for c in t.rows[0].cells:
    shade(c, "C9D3DE")
keep_table_header(t.rows[0])
for a, b in EXP:
    r = t.add_row()
    if b is None:
        m = r.cells[0].merge(r.cells[1])
        set_cell_text(m, a, bold=True, italic=True, size=9)
        shade(m, "EEF1F5")
    else:
        set_cell_text(r.cells[0], a, bold=True, size=9)
        set_cell_text(r.cells[1], b, size=9)
for row in t.rows:
    row.cells[0].width = Cm(3.0)
    row.cells[1].width = Cm(14.0)
plain("")
plain("A participant who misses an Exposure takes it with the next cohort. The course may be completed over up to "
      "two years, and participants may move between routes by agreement with the Bench Analyst.")
plain("Each Exposure has its reference strip: a reading pack of key texts (the Code of Practice, Removing Barriers "
      "to Achievement, and chapters from standard textbooks on special educational needs). Tutors keep up with "
      "research and bring in what is current.")
p = plain("There is no e-learning on the course: Exposures are taught in the Fleece Loft and all tutor contact "
          "between Exposures is face to face, by telephone or by letter. Participants send Ratings to the Bench by "
          "email or post.")
deleted_paragraph(doc, "Between Exposures, participants will use Bench Online, a discussion forum on the Guild's "
                       "website, where a tutor answers questions within two working days.", author=ANALYST,
                  date="2009-03-10T11:40:00Z")
plain("Participants who need adjustments to Ratings (for example extra time for the viva, or a written "
      "alternative to the presentation) should tell the Bench Analyst when they submit. The Guild has an equal "
      "opportunities policy.")

# ------------------------------------------------------------------ 5
clause("5", "Wash tests")
plain("A colour that looks well on the Bench can still run in the wash. Each Exposure is followed by Wash Tests, "
      "carried out in the participant's own school, that make the participant use the Exposure's content with "
      "real pupils, colleagues and parents. Each is signed off by the participant's Wash Supervisor, a "
      "headteacher, deputy or assistant head in the school, who meets the participant twice a term.")
WASH = [
    "WT1  Audit the school's SEN policy against the Code of Practice and present the findings to the head.",
    "WT2  Draw a well-being profile of one pupil against the five Every Child Matters outcomes.",
    "WT3  Try one approach from Exposure 3 with a pupil or small group, with a baseline and a follow-up.",
    "WT4  Analyse the school's data on pupils at School Action and School Action Plus and present it to the "
    "senior leadership team.",
    "WT5  Draft the school's provision map with a senior leader and cost it.",
    "WT6  Consult a group of pupils about an issue that affects them (unstructured times, homework, the school "
    "council) using a method from Exposure 6, and report what they said to staff; meet the parents of one "
    "pupil on the register to plan together.",
    "WT7  Observe a colleague teaching a pupil with SEN and give feedback; coach a teaching assistant; meet a "
    "professional from an outside agency about a pupil.",
    "WT8  Two days at Beckside School (special school, ages 3\u201319) or at Cawdale's Pupil Referral Unit, "
    "with a host teacher, arranged by the Bench.",
    "WT9  Agree the Rating C impact project with the headteacher.",
    "WT10  Carry out the impact project.",
]
for w in WASH:
    p = doc.add_paragraph()
    code, rest = w.split("  ", 1)
    runs(p, [(code + "  ", "b"), rest])
    p.paragraph_format.left_indent = Cm(0.6)

# ------------------------------------------------------------------ 6
clause("6", "Rating")
plain("Each Rating is graded specimen by specimen on the Bench grey scale, from 1 (no evidence) to 5 (secure and "
      "well evidenced). A specimen passes at grade 3. The specimens graded in each Rating are those shown in "
      "Table 7.2.")
RAT = [
    ("Rating A", "Casework file", "Write-ups of Wash Tests 1 to 4 and a case study of one pupil with SEN (4,000 "
     "words).", "20"),
    ("Rating B", "Provision presentation", "A twenty-minute presentation of the school's provision map and "
     "staffing to two assessors, followed by a viva; slides and map submitted.", "20"),
    ("Rating C", "Impact project", "A report (5,000 words) on a change in the school's provision for a group of "
     "pupils, led by the participant with colleagues, with evidence of its effect.", "20"),
]
plain("Table 6.1  Ratings")
t = doc.add_table(rows=1, cols=4)
table_borders(t, color="5A6B7D")
for i, h in enumerate(["Rating", "Name", "What is submitted", "Credits"]):
    set_cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "C9D3DE")
for a, b, c, d in RAT:
    r = t.add_row()
    for i, v in enumerate((a, b, c, d)):
        set_cell_text(r.cells[i], v, bold=(i == 0), size=9)
for row in t.rows:
    for i, w in enumerate((Cm(2.2), Cm(3.6), Cm(9.6), Cm(1.6))):
        row.cells[i].width = w
plain("")
p = plain("Wash Tests 5, 7 and 9 are not graded. The Wash Supervisor signs the Wash Test record to say the task "
          "was done.")

# ------------------------------------------------------------------ 7
clause("7", "Results")
plain("Table 7.2 lists the 29 specimens, in our words, grouped as the Bench groups its light-fastness references. "
      "For each it shows the Exposure in which it is taught and the Rating in which it is graded. The notation is "
      "given first.")
plain("Table 7.1  Notation")
NOTE = [
    ("Rating A, B or C", "graded on the grey scale in that Rating; must reach grade 3"),
    ("Exposed, not rated", "taught in the Exposure shown; not graded in any Rating"),
    ("Supervisor's check only", "practised in a Wash Test that the Wash Supervisor signs as done; no grade"),
    ("Not submitted", "not part of the course in 2009\u201310"),
    ("\u2014", "no Exposure teaches this specimen"),
]
t = doc.add_table(rows=0, cols=2)
table_borders(t, color="5A6B7D")
for a, b in NOTE:
    r = t.add_row()
    set_cell_text(r.cells[0], a, bold=True, size=9)
    shade(r.cells[0], "EEF1F5")
    set_cell_text(r.cells[1], b, size=9)
for row in t.rows:
    row.cells[0].width = Cm(4.5)
    row.cells[1].width = Cm(12.5)
plain("")
plain("Table 7.2  Results")
RES = [
    ("Blue Wool group I: how the participant works with people", None, None, None),
    ("01", "Keeps fair, respectful, supportive relationships with pupils with SEN and disabilities and their "
     "families", "Exposure 6", "Rating A"),
    ("02", "Gains the commitment of colleagues, including the head and senior leaders", "Exposure 7", "Rating C"),
    ("03", "Sets priorities, manages time and delegates, making sure tasks are done", "Exposure 5",
     "Supervisor's check only"),
    ("04", "Anticipates and resolves problems; makes sound decisions about provision", "Exposures 4, 5",
     "Rating A"),
    ("05", "Expresses ideas clearly in speech and writing; listens to and understands others", "All Exposures",
     "Ratings A, B, C"),
    ("06", "Draws on research and outside advice to improve own and colleagues' practice", "Exposure 8",
     "Rating C"),
    ("07", "Keeps up to date and takes charge of own development on SEN and disability", "Exposure 8",
     "Rating C"),
    ("Blue Wool group II: what the participant knows", None, None, None),
    ("08", "SEN law and guidance, the Code of Practice, and how to put them into practice", "Exposure 1",
     "Rating A"),
    ("09", "Every Child Matters and how the SENCO helps pupils reach its outcomes", "Exposure 2", "Rating A"),
    ("10", "Disability equality law and the actions it requires of schools", "Exposure 1", "Rating A"),
    ("11", "How children develop, and what affects development", "Exposure 2", "Rating A"),
    ("12", "The common kinds of SEN and disability and how they affect learning", "Exposure 3", "Rating A"),
    ("13", "Approaches, strategies and resources for assessment, planning and teaching", "Exposure 3",
     "Rating A"),
    ("14", "School self-evaluation and improvement as they bear on pupils with SEN", "\u2014", "Not submitted"),
    ("15", "Best practice and research in meeting SEN", "Exposure 8", "Rating C"),
    ("16", "What outside agencies do and how to obtain specialist support", "Exposure 7", "Rating B"),
    ("Blue Wool group III: what the participant does", None, None, None),
    ("17", "With senior leaders and governors, shapes an inclusive ethos, policy and priorities", "Exposure 8",
     "Exposed, not rated"),
    ("18", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "Exposure 4",
     "Rating A"),
    ("19", "Uses assessments by other professionals to shape teaching", "Exposure 4", "Rating A"),
    ("20", "Uses national tests and other summative data to track progress and adjust programmes", "Exposure 4",
     "Rating A"),
    ("21", "Helps colleagues develop formative assessment for pupils with SEN", "Exposure 4", "Rating C"),
    ("22", "Identifies in good time access arrangements for national tests and examinations and puts them in "
     "place", "\u2014", "CHANGE"),
    ("23", "Plans provision with a provision map and finds what is weak or missing", "Exposure 5", "Rating B"),
    ("24", "Deploys and manages support staff", "Exposure 5", "Rating B"),
    ("25", "Develops colleagues by observation and feedback, modelling, coaching and training", "Exposure 7",
     "Rating C"),
    ("26", "Reviews provision with colleagues to inform the school's self-evaluation", "\u2014",
     "Not submitted"),
    ("27", "Makes sure pupils help plan, agree and review their own provision", "Exposure 6",
     "Exposed, not rated"),
    ("28", "Works with parents and carers to promote their children's learning", "Exposure 6", "Rating A"),
    ("29", "Works in partnership with other services and voluntary organisations", "Exposure 7", "Rating B"),
]
t = doc.add_table(rows=1, cols=4)
table_borders(t, color="5A6B7D")
for i, h in enumerate(["Specimen", "Description (our words)", "Exposed in", "Rated in"]):
    set_cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "C9D3DE")
keep_table_header(t.rows[0])
for code, desc, exp, rat in RES:
    r = t.add_row()
    if desc is None:
        m = r.cells[0].merge(r.cells[3])
        set_cell_text(m, code, bold=True, size=9)
        shade(m, "EEF1F5")
        continue
    set_cell_text(r.cells[0], code, bold=True, size=9)
    set_cell_text(r.cells[1], desc, size=9)
    set_cell_text(r.cells[2], exp, size=9)
    if rat == "CHANGE":
        cp = r.cells[3].paragraphs[0]
        r.cells[3].text = ""
        cp = r.cells[3].paragraphs[0]
        add_del(cp, "\u2014", author=ANALYST, date="2009-03-12T14:02:00Z")
        add_ins(cp, "Rating A", author=ANALYST, date="2009-03-12T14:02:00Z")
    else:
        set_cell_text(r.cells[3], rat, size=9)
for row in t.rows:
    for i, w in enumerate((Cm(1.8), Cm(9.6), Cm(2.9), Cm(2.9))):
        row.cells[i].width = w
plain("")

# ------------------------------------------------------------------ 8
clause("8", "Calibration and proficiency testing")
sub("8.1", "Calibration of assessors", "Before each Rating is graded, every assessor grades the same two "
    "anonymised pieces from an earlier round and the assessors meet to agree the grades and the reasons for "
    "them. A quarter of all Ratings, and every Rating with a specimen below grade 3, are graded again by a "
    "second assessor who does not see the first grades. Cawdale's senior advisory teacher for SEN second-grades "
    "every Rating B presentation.")
sub("8.2", "Proficiency testing", "Each summer the Bench exchanges a sample of six graded Ratings with the "
    "tutors of Aldmoor University's own Postgraduate Certificate in Inclusive Education, who grade them blind; "
    "differences are discussed at a joint meeting and recorded. The external examiner appointed by the "
    "university for the course sees a sample of every Rating and all fails, and attends the examination board.")
sub("8.3", "Evaluation of the course", "Participants complete an evaluation card at the end of every Exposure and "
    "a longer questionnaire at the end of the course; tutors meet after each Exposure to read the cards; the "
    "Bench Analyst analyses the grades of each Rating to find specimens that participants find hard. Externally, "
    "the external examiner's report, the university's annual monitoring and an observation of one Exposure a "
    "year by Cawdale's Head of SEN and Inclusion are used. All of this goes to the Bench Committee (below), "
    "which agrees an Action List each term; the Action List and what was done about it are reported to the "
    "university's annual monitoring and to the next cohort at Exposure 1.")
p = sub("8.4", "Measuring what changes", "The Bench looks for changes in the participants and in their pupils, "
        "as set out in the Analyst's note.")
p = para(doc)
add_textbox(p, [("Analyst's note: measuring what changes", True),
                ("Participants rate their confidence against every specimen at Conditioning and again at the "
                 "end of the course, and the Bench compares the two for each cohort.", False),
                ("Wash Test 3 and the Rating C impact project must each record a baseline for the pupils "
                 "concerned (a reading or spelling age, a P-scale level, attendance, a Boxall profile or a "
                 "pupil well-being scale) and a second measure at least eight weeks later; the Bench collates "
                 "these across the cohort each year.", False),
                ("A term after the course, each headteacher completes a short questionnaire on changes in the "
                 "school's provision and in the progress of pupils with SEN.", False)],
            width_pt=470, height_pt=150, fill="F7F9FB", stroke="5A6B7D")
p = sub("8.5", "The Bench's own review", "The Guild evaluates the Dye Bench itself each year, in a self-evaluation "
        "report to the Guild's council on turnaround times, members' complaints and the cost of the service.")

# ------------------------------------------------------------------ 9
clause("9", "Reference materials, equipment and staff")
sub("9.1", "Staff", "")
STAFF = [
    ("Dr Judith Raistrick, Bench Analyst and course leader. ", "EdD (Aldmoor, 2005) on the inclusion of pupils "
     "with autism in rural primary schools; SENCO for eleven years and then head of Cawdale's learning support "
     "service; now a consultant to Cawdale's Inclusion Service two days a week."),
    ("Martin Cowling, tutor. ", "Senior educational psychologist with Cawdale's psychology service; teaches "
     "Exposures 3, 4 and 7."),
    ("Sue Ibbotson, tutor. ", "SENCO and assistant head at Kirkby Strand High School; MA in Special and Inclusive "
     "Education; teaches Exposures 1, 5 and 6."),
    ("Gwen Hartas, tutor. ", "Teacher of the deaf with Cawdale's sensory support service; teaches Exposures 2 and "
     "8 with the course leader."),
]
for a, b in STAFF:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, [(a, "b"), b])
plain("Every tutor works in schools or services for children with SEN in the year they teach, and each attends at "
      "least one national or regional SEN conference a year.")
sub("9.2", "Specialists and placements", "Specialists teach alongside the tutors: a speech and language therapist "
    "(Exposure 3), a CAMHS nurse (Exposure 7), the Parent Partnership officer (Exposure 6) and officers of the "
    "Cawdale Dyslexia Association and Cawdale Autism Parents (Exposure 7). Every participant spends the two days "
    "of Wash Test 8 at Beckside School or at Cawdale's Pupil Referral Unit, whose staff have agreed to host every "
    "participant; the host teacher is briefed by the Bench and writes a short note on the visit.")
sub("9.3", "Reference materials", "The Guild's library at the Fleece Loft holds some 1,200 books on spinning, "
    "dyeing and weaving, with a shelf on special educational needs. Three loan boxes of assessment and teaching "
    "materials go out to participants for Wash Tests, and participants have the university library for the "
    "length of the course. The Fleece Loft has no computers, and the course does not provide ICT or assistive "
    "technology; participants use what their own schools have.")
sub("9.4", "Preparing tutors and supervisors", "Tutors work from the Bench Manual, which sets out each Exposure, "
    "each Wash Test and the grading of each Rating, and attend a calibration day each September. New tutors "
    "co-teach two Exposures before teaching alone. Wash Supervisors attend a half-day briefing at the start of "
    "the course, receive the Supervisor's Card listing what they sign and when, and can call the Bench Analyst "
    "at any time; Beckside and PRU host teachers are briefed in the same way.")

# ------------------------------------------------------------------ 10
clause("10", "Client consultation")
plain("In October 2008 the Bench sent a questionnaire to all fourteen Kirkby Strand schools (all fourteen replied) "
      "and to the SENCOs on Cawdale's SENCO network (23 of 41 replied), met Cawdale's Head of SEN and Inclusion, "
      "and spent an evening with the parents' group of the Cawdale Parent Partnership Service. Four findings "
      "stood out:")
for f in ("schools need SENCOs who can map provision and manage teaching assistants;",
          "new SENCOs feel least sure of the law and of statutory assessment;",
          "parents want SENCOs who listen to them and plan with them;",
          "the authority expects about thirty schools to need a newly trained SENCO by 2011."):
    doc.add_paragraph(f, style="List Bullet")
plain("The course answers each of these: Exposure 5 and Rating B on provision and staff, Exposure 1 and Rating A "
      "on the law, Exposure 6 and Wash Test 6 on parents, and two cohorts a year. The findings matched the course "
      "as our tutors had already written it, so nothing in the course was changed because of them. Schools and "
      "the authority will have their say once the first cohort has run.")
plain("Stakeholders take part in the course as it runs. The Bench Committee (two Kirkby Strand headteachers, "
      "Cawdale's Head of SEN and Inclusion, the Parent Partnership officer, the Bench Analyst and a participant "
      "from each cohort) meets each term, reads the evaluation cards, grades analysis and the external "
      "examiner's report, and agrees the Action List. Headteachers and deputies act as Wash Supervisors; "
      "Beckside School and the Pupil Referral Unit host participants; Cawdale's advisory teacher second-grades "
      "presentations; the authority's specialists teach at Exposures.")

# ------------------------------------------------------------------ 11
clause("11", "Remarks")
sub("11.1", "Cost", "The fee is \u00a31,200 for the standard or accelerated route, reduced by \u00a3100 for "
    "each Exposure a participant is excused under the Individual Exposure Plan. The Kirkby Strand Teaching "
    "Partnership pays half the fee for participants from its schools. Saturday Exposures mean schools do not pay "
    "for supply cover.")
sub("11.2", "After the course", "What a participant does after the course is a matter for them and their "
    "school; the Bench's work ends when the statement of conformity is signed.")
sub("11.3", "Retained samples", "Graded Ratings are kept by the Bench for five years for the external examiner "
    "and the university.")

# ------------------------------------------------------------------ 12
clause("12", "Statement of conformity")
p = plain("The examination board of Aldmoor University, on the Bench's report, recommends participants for the "
          "Postgraduate Certificate and the National Award for SEN Coordination.")
add_del(p, " A participant whose grades average 3 or more across the three Ratings conforms.", author=ANALYST,
        date="2009-03-12T14:10:00Z")
add_ins(p, " No participant is recommended unless every one of the 29 specimens in Table 7.2 has reached grade 3 "
           "or better; grades in one Rating cannot make up for another.", author=ANALYST,
        date="2009-03-12T14:10:00Z")
add_footnote(doc, p, "The Bench's usual statement of conformity for yarn reads: a colour conforms when every "
                     "specimen reaches grade 4 on the grey scale for change in colour.")
p = plain("Authorised signatory:  Dr Judith Raistrick, Bench Analyst        Date: 16 March 2009")
p = plain("For the Guild:  Eleanor Thwaite, Chair of Council        For the Partnership:  Graham Hebden, Chair")
p = plain("\u2014 End of report \u2014")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.save(OUT)
print("wrote", OUT)
