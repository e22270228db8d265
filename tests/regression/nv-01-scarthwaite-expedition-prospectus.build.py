"""nv-01-scarthwaite-expedition-prospectus: builds nv-01-scarthwaite-expedition-prospectus.docx beside itself.

Provider: Scarthwaite Caving Club, which runs the Kettlebeck Outdoor Education Centre, with the 22 schools of
the Kettledale Schools Partnership, Westmarch County Council's Learning Support Service and the University of
Thornber (awarding university). The course is "the Kettlebeck Expedition".

Document kind and layout: the course written as the Club's EXPEDITION PROSPECTUS (the form a caving club sends
to sponsors before an overseas expedition): a title page, an "Expedition at a glance" field table with a merged
header row and shaded labels, a Patron's foreword in a VML text box, sixteen numbered sections in Heading 1
style ("1. Expedition summary" ... "16. After the Expedition"), a Team table, a Camps table with a two-row
merged header, a Survey Submissions table, the Objectives Register (the outcome table: Bearing B1-B6,
Geology G1-G9, Technique T1-T13, with merged group rows), a Budget table with merged Income/Expenditure rows,
a page header and a footer with a PAGE field, two footnotes, three margin comments and four tracked changes.

House vocabulary: Members (participants); Expedition Leader; Trip Leaders (tutors); Surface Controllers
(school-based mentors, a senior leader of the Member's school); Base Camp and Camps Two-Five (residential
study days at Kettlebeck); Approaches (September and January starts); Pushing Trips PT1-PT4 (in-school
practical work); Survey Submissions S1-S4 (the marked assessments); Recces (formative tutorials, unmarked);
Ropes (clusters of five Members); Call-out (catch-up tutorial); the Surface Link (Blackboard e-learning area);
the Fitness Check (pre-course self-rating); the Post-Expedition Report (annual evaluation).

The Objectives Register is keyed in the prose just above it: "Logged in" = the Submission in which the
objective is marked (met); "Camp only" = worked on, not marked (partially met); "Recce" = discussed with
written feedback, not marked, i.e. formative only (partially met); "Not this expedition" = not covered
(not met).

Traps (requirement ids touched):
- Patron's foreword in a text box: "Every objective in the Register is logged by the end of the Expedition"
  (unsupported coverage claim, contradicted by the Register) - 1.9, 6.0, 6.*.
- Register: the attribute on gaining the commitment of colleagues and the head is simply missing (B1-B6
  run on without it) - 6.A2 not met.
- Register: "Camp only" rows - 6.A3 (B2), 6.K4 (G4), 6.S4 (T8); "Recce" rows (formative only) - 6.A7 (B6),
  6.S2c (T5); all partially met. 6.S2d (T6) "Not this expedition" - not met. 6.S7 (T11) "Planned for
  Expedition 2010" - a plan, not met.
- Tracked change in a cell: G3 (6.K3) "S1" deleted and "Camp only" inserted - partially met; T7 (6.S3)
  "Camp only" deleted and "S2" inserted - met.
- Comment on G4 (6.K4) suggesting child development is marked in S3: a comment, not evidence.
- Wrong context: "access arrangements" for Members' own Survey Submissions (section 12) are about the
  participants, not pupils' arrangements for national tests - 6.S2d stays not met.
- Wrong context: the Club's Adaptive Caving programme makes reasonable adjustments for young people, not
  for Members; 3.1 is met on the Member arrangements beside it.
- Past arrangement / negation: an assessment-only route existed under the 2006-07 Reconnaissance with
  another university and "has not been carried forward"; the Expedition "has no assessment-only route" - 2.3
  not met.
- Someone else's responsibility: CRB disclosure "is a matter for each Member's employing school"; "The
  Expedition does not ask to see disclosures"; a margin comment asks whether to say they check; the footer
  claims all Members hold disclosures (footer, not evidence) - 5.3 not met.
- Deleted tracked sentence: an Individual Route Plan with personalised objectives - not part of the
  submission; the Fitness Check is used only "to put Members into Teams of five" - 2.2 partially met.
- Inserted tracked sentence: Camps Two-Four in any order - part of the submission; 3.2 met.
- E-learning: the Surface Link has tutor replies only in Camp weeks, "between Camps the board is left to
  Members" - 3.3 partially met.
- Values and a talk: pupil voice "belong at the heart of every decision" plus "a short talk" - 1.5 partially met.
- General terms: the Reading List updated "when she can" - 1.3 partially met.
- Another provider's arrangement: placements only through the Brantwick Fell Centre's scheme, "the Club is
  not party to that scheme" - 5.5 partially met.
- Mentors only "sent the Members' Handbook" (a comment proposes a briefing) - 5.7 partially met.
- Hope beside a real arrangement: "We hope in future to ask parents and pupils, too" is only a hope, but
  Surface Controllers (school leaders) answer an end-of-Approach questionnaire, the Post-Expedition Report
  goes to the Committee, and partners host and co-lead - 4.3 met (the hope adds nothing).
- Generic statement beside detail: "their views have shaped the Expedition throughout" is generic, but the
  2007 survey findings mapped to Camps and the pilot Members' comments that led to two-day Camps are the
  details - 4.1, 4.2 met.
- PT1 and S1 are against the Code of Practice only, so the G3 (disability equality law) "Camp only" entry
  is not contradicted by the Submission descriptions.
- Award rule "passed all four Survey Submissions" while the Register leaves objectives unmarked - 6.0 and
  1.9 partially met.
- Placeholder "[name to be confirmed by the University]" for the external examiner; the arrangement itself
  is described (5.8 met).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _nv_helpers import (Footnotes, cell_text, comment, dele, ins, page_field, para, run, shade,
                         set_col_widths, textbox)

HERE = Path(__file__).parent
NAME = "nv-01-scarthwaite-expedition-prospectus"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
fn = Footnotes(doc)

# ---- header / footer -------------------------------------------------------------------------------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "Scarthwaite Caving Club  \u00b7  The Kettlebeck Expedition 2008\u201309  \u00b7  Expedition Prospectus",
    italic=True, size=8.5)
fp = sec.footer.paragraphs[0]
run(fp, "Scarthwaite Caving Club is a registered charity (no. 511472). All Club leaders and Expedition Members "
        "hold enhanced CRB disclosures.   Page ", size=8)
page_field(fp)


def H(text):
    return doc.add_heading(text, level=1)


def H2(text):
    return doc.add_heading(text, level=2)


def P(text="", **kw):
    return para(doc, text, **kw)


def B(text):
    return doc.add_paragraph(text, style="List Bullet")


# ---- title page -----------------------------------------------------------------------------------
p = P("SCARTHWAITE CAVING CLUB", bold=True, size=16)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = P("Kettlebeck Outdoor Education Centre, Upper Kettledale", italic=True)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("The Kettlebeck Expedition 2008\u201309", level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
p = P("Expedition Prospectus", bold=True, size=14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = P("The National Award for SEN Coordination, offered by the Club with the Kettledale Schools Partnership "
      "and the University of Thornber. Submitted to the Training and Development Agency for Schools for "
      "approval, May 2008.")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

glance = [
    ("Expedition", "The Kettlebeck Expedition (the National Award for SEN Coordination)"),
    ("Organised by", "Scarthwaite Caving Club, through its Kettlebeck Outdoor Education Centre"),
    ("Partners", "The 22 schools of the Kettledale Schools Partnership; Westmarch County Council Learning "
                 "Support Service"),
    ("Awarding university", "University of Thornber, Faculty of Education"),
    ("Award and credit", "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at "
                         "Masters level"),
    ("Expedition Leader", "Dr Ruth Addyman"),
    ("Approaches", "September Approach (Base Camp 26 September 2008); January Approach (Base Camp 23 "
                   "January 2009)"),
    ("Fee", "\u00a31,150 per Member, all Camps, residential nights and University registration included "
            "[final fee to be confirmed by the University's Finance Office]"),
]
t = doc.add_table(rows=len(glance) + 1, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
top = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(top, "EXPEDITION AT A GLANCE", bold=True)
shade(top, "595959")
top.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, (k, v) in enumerate(glance, start=1):
    cell_text(t.cell(i, 0), k, bold=True)
    shade(t.cell(i, 0), "D9D9D9")
    cell_text(t.cell(i, 1), v)
set_col_widths(t, [4.2, 12.3])

P()
p = P()
textbox(p, [
    ("A word from our Patron", True),
    ("Sixty years of taking people underground have taught the Club that the best expeditions are the ones "
     "in which nobody is left behind. The Kettlebeck Expedition brings that spirit to the teachers who lead "
     "provision for our most vulnerable pupils. Every objective in the Register is logged by the end of the "
     "Expedition, and every Member comes back to the surface a stronger SENCO.", False),
    ("Professor Alan Thwaite, Patron, Scarthwaite Caving Club", False),
], width_pt=440, height_pt=120)

doc.add_page_break()

# ---- 1 ---------------------------------------------------------------------------------------------
H("1. Expedition summary")
P("Scarthwaite Caving Club was founded in 1952 and has run the Kettlebeck Outdoor Education Centre, a "
  "residential centre in Upper Kettledale, since 1974. About a third of the 6,000 young people who stay at "
  "Kettlebeck each year come with special schools or with learning support groups from mainstream schools, "
  "and the Centre's education staff have worked alongside SENCOs for more than thirty years. In 2006 the "
  "Club's new Education Committee asked what we could offer the teachers who bring those groups.")
P("The Kettlebeck Expedition is the result: the National Award for SEN Coordination, offered by the Club "
  "with the 22 schools of the Kettledale Schools Partnership and Westmarch County Council's Learning Support "
  "Service. We call it an expedition because that is how the Club plans every serious undertaking: a party, "
  "a leader, a series of camps, careful surveying, and a report at the end. This prospectus follows the form "
  "of the Club's overseas expedition prospectuses.")
P("The Expedition leads to the University of Thornber's Postgraduate Certificate in Special Educational "
  "Needs Coordination, 60 credits at Masters level. The University's Faculty of Education validated the "
  "programme at an event on 14 March 2008; the University registers every Member as a student, awards the "
  "credit and the certificate, and names the Club as its delivery partner in the validation agreement.")
P("Over one school year a Member attends Base Camp and four two-day Camps at Kettlebeck, carries out four "
  "Pushing Trips in their own school and completes four Survey Submissions.")

# ---- 2 ---------------------------------------------------------------------------------------------
H("2. Why this Expedition?")
P("In the summer term of 2007 the Club's Education Committee and the Learning Support Service surveyed the "
  "headteachers and SENCOs of the Kettledale Schools Partnership about the training that new SENCOs need. "
  "Twenty of the 22 headteachers replied, with 31 SENCOs and assistant SENCOs. The replies gave us four "
  "clear messages:")
B("new SENCOs feel least confident about using pupil-level data to track progress and to judge whether "
  "interventions work (named by 24 of the 31 SENCOs);")
B("headteachers want SENCOs who can manage teaching assistants and lead the training of other staff, not "
  "only keep the register (17 of 20 heads);")
B("small rural schools find it hard to release a teacher for single days in the middle of the week, and "
  "asked for training at the end of the week and at a residential venue (14 schools);")
B("SENCOs in the three special schools wanted a stronger place for work with families and with other "
  "services.")
P("Westmarch County Council's SEN Strategy 2007\u20132010 adds two priorities of its own: a provision map in "
  "every school by 2009, and fewer requests for statutory assessment through better school-based provision. "
  "The Camps are built around these messages. Data and provision mapping run through Camp Two; managing and "
  "training staff take up Camp Four; every Camp runs at the end of the week at a residential centre; and "
  "Camp Three is given over to families and other services.")
P("The Camps draw on current research. Every Member is given the Expedition Reading List at Base Camp, and "
  "the Expedition Leader adds to it when she can.")

# ---- 3 ---------------------------------------------------------------------------------------------
H("3. Previous expeditions")
p = P("The Kettlebeck Expedition has one predecessor. In 2006\u201307 the Club ran a short Reconnaissance "
      "Expedition for eleven SENCOs from the Partnership, accredited as a 20-credit module by the University "
      "of Settlebank.")
fn.add(p, "The University of Settlebank's validation of the Reconnaissance module lapsed at the end of July "
          "2007, when Settlebank closed its continuing professional development unit.")
P("During the Reconnaissance, two very experienced teachers from the County's Learning Support Service were "
  "assessed by Settlebank without attending any Camps. That route belonged to the Settlebank arrangement and "
  "has not been carried forward. The University of Thornber's regulations do not at present allow a "
  "candidate to be assessed without enrolling on the taught programme, and the Kettlebeck Expedition has no "
  "assessment-only route.")
P("Members of the Reconnaissance filled in evaluation forms at the end of the module, and two of them now "
  "sit on the Expedition Committee. Their comments on the pace of the single-day sessions are one reason "
  "each Camp now runs over two days.")

# ---- 4 ---------------------------------------------------------------------------------------------
H("4. Objectives")
H2("Primary objective")
P("The Expedition's primary objective is to raise the achievement and improve the well-being of children "
  "and young people with SEN and/or disabilities in Members' schools: achievement in the full sense of the "
  "five Every Child Matters outcomes of being healthy, staying safe, enjoying and achieving, making a "
  "positive contribution and achieving economic well-being.")
H2("Secondary objectives")
B("To prepare each Member to lead the coordination of SEN provision in their school as the lead SENCO.")
B("To root every part of the Expedition in Members' own schools, through Pushing Trips that change "
  "provision for real pupils.")
H2("How the objectives show in content and assessment")
P("The primary objective is not a slogan. Each Camp opens with a \u2018pupil at the pitch head\u2019: a real, "
  "anonymised pupil from a Partnership school, and the Team asks what the day's content would change for "
  "that pupil's learning, health, safety and future. The Pushing Trip Report (S3) "
  "must show the effect of a Member's intervention on the attainment and well-being of a group of pupils, "
  "using a baseline taken before the intervention and a measure taken after it; a Report that does not "
  "attend to pupils' outcomes cannot pass. The Entrance Survey (S1) asks the Member to judge the school's "
  "SEN policy by what it does for pupils across the five outcomes.")

# ---- 5 ---------------------------------------------------------------------------------------------
H("5. The Team")
team = [
    ("Role", "Name", "Background"),
    ("Expedition Leader", "Dr Ruth Addyman",
     "SEN adviser, Westmarch County Council, 1996\u20132006; formerly a secondary SENCO. EdD (Thornber, "
     "2004) on SENCOs' leadership."),
    ("Trip Leader", "Mr Owen Capstick",
     "Leads the Learning Support Service's Cognition and Learning team; dyslexia specialist (AMBDA); MA SEN."),
    ("Trip Leader", "Mrs Hazel Tennant",
     "SENCO and assistant headteacher, Kettledale High School; MA Inclusive Education (2006)."),
    ("Trip Leader", "Ms Priya Sandhu",
     "Senior educational psychologist, Westmarch County Council, seconded to the Expedition one day a week."),
    ("Trip Leader", "Mr Dafydd Rees",
     "Deputy headteacher, Fellside Special School (autism and communication needs); MEd."),
    ("University link tutor", "Dr Simon Greenhow",
     "Senior Lecturer in Inclusive Education, University of Thornber; the programme's moderator."),
    ("Quartermaster", "Mrs Jean Pickersgill",
     "Club Secretary: applications, bookings, the Stores and the Surface Link accounts."),
]
t = doc.add_table(rows=len(team), cols=3)
t.style = "Table Grid"
for i, row in enumerate(team):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "BFBFBF")
set_col_widths(t, [3.4, 3.6, 9.5])
P()
P("Every Trip Leader has led or coordinated SEN provision in the last three years and still works in a "
  "school or service. Trip Leaders hold associate lecturer status at the University of Thornber, which gives them the University's "
  "staff development programme and its library, and each attends at least one national SEN conference a "
  "year at the Club's expense.")
P("Trip Leaders are trained for their part. Each August they spend a Rigging Day at Kettlebeck with the "
  "Expedition Leader and the University link tutor, working through the Register, the Survey Marking Grids "
  "and the Trip Leader's duties, and marking two sample Submissions together. A new Trip Leader shadows a "
  "whole Camp and co-marks a set of Submissions before leading or marking alone.")
p = P("Every Member has a Surface Controller: a senior leader in the Member's own school, normally the "
      "headteacher or a deputy, who agrees the Member's Pushing Trips, gives time for them and signs each "
      "Pushing Trip record. ")
r = run(p, "Surface Controllers are sent the Members' Handbook at the start of the Approach.")
comment(doc, r, "Should we run a short briefing for Surface Controllers? Settlebank did one by phone.",
        "Jean Pickersgill", "JP")

# ---- 6 ---------------------------------------------------------------------------------------------
H("6. Joining the Expedition")
H2("Who can join")
P("The Expedition is for qualified teachers who are the SENCO of a school in England, or who have been "
  "designated by their governing body to take on the role within the coming year. Members must have the "
  "written support of their headteacher, who agrees to act as Surface Controller or names a senior "
  "colleague who will.")
H2("Selection")
P("Applicants complete the Club's application form and a 500-word statement on the SEN provision in their "
  "school. The Expedition Leader holds a 30-minute telephone interview with each applicant, working through the Register to judge whether the applicant has enough knowledge, skill and "
  "experience of SEN to be likely to reach every objective by the end of the year. An applicant who is not "
  "yet ready is not simply turned away. The Expedition Leader writes to them setting out what they need to "
  "do first, usually the County's ten-session Foothold course for teachers new to SEN, and, with the applicant's agreement, telephones their headteacher to "
  "agree a plan. They are offered a place on a later Approach once the plan is complete.")
H2("Prior learning and experience")
P("A Member who holds Masters-level credit from earlier study of SEN, gained within the last five years, may "
  "ask for up to 20 credits to be recognised under the University of Thornber's regulations for the "
  "accreditation of prior learning; the credit is set against the Entrance Survey (S1) or the Streamway "
  "Survey (S2), whichever it matches. A Member with long experience but no credit may instead submit an "
  "experiential learning portfolio mapped to the lines of the Register, which the Expedition Leader assesses "
  "and the University's APL Board confirms. Claims are made before Base Camp.")
H2("The Fitness Check")
p = P("Before Base Camp every Member completes the Fitness Check, a self-rating from 1 to 4 against each "
      "line of the Objectives Register, with a short note of the evidence for any line rated 3 or 4. The "
      "Trip Leaders use the returns to put Members into Teams of five with a mix of experience, so that each "
      "Team has at least one Member who is confident with data and one who has worked with other services.")
dele(p, " Each Member then agrees an Individual Route Plan with their Trip Leader, setting out a personalised "
        "set of objectives for the year.", author="Hazel Tennant", date="2008-05-09T16:40:00Z")
H2("Criminal records")
p = P("Members are serving teachers, and enhanced CRB disclosure is a matter for each Member's employing "
      "school or local authority. ")
r = run(p, "The Expedition does not ask to see disclosures.")
comment(doc, r, "Ruth \u2013 Settlebank used to ask us for the CRB numbers. Should we say we check them? The "
                "TDA may ask.", "Jean Pickersgill", "JP")

# ---- 7 ---------------------------------------------------------------------------------------------
H("7. Logistics: Camps and Approaches")
P("The Expedition's taught days are its Camps, held at Kettlebeck. Base Camp is a single day; Camps Two to "
  "Five each last two days, with an optional residential night between them. Each Camp is followed by a "
  "Pushing Trip in the Member's school (section 8).")
camps = [
    ("Base Camp\n(1 day)", "Bearings: the law and guidance on SEN and the Code of Practice, Every Child "
     "Matters, disability equality, and the SENCO's role", "Fri 26 Sep 2008", "Fri 23 Jan 2009", "PT1"),
    ("Camp Two", "The Streamway: how children develop, the common types of SEN, identifying needs, data and "
     "targets, provision mapping, research on what works", "6\u20137 or 7\u20138 Nov 2008",
     "5\u20136 or 6\u20137 Mar 2009", "PT2"),
    ("Camp Three", "The Sump: families, other services and voluntary organisations, assessments by other "
     "professionals, teaching approaches and ICT", "15\u201316 or 16\u201317 Jan 2009",
     "14\u201315 or 15\u201316 May 2009", "PT3"),
    ("Camp Four", "The Pitch Head: leading colleagues \u2013 teaching assistants, coaching and training, "
     "formative assessment, self-evaluation, strategy and governors", "12\u201313 or 13\u201314 Mar 2009",
     "2\u20133 or 3\u20134 Jul 2009", "PT4"),
    ("Camp Five", "Surfacing: Grand Traverse presentations (S4) and the Next Expedition",
     "11\u201312 or 12\u201313 Jun 2009", "8\u20139 or 9\u201310 Oct 2009", "\u2014"),
]
t = doc.add_table(rows=len(camps) + 2, cols=5)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(1, 0))
cell_text(a, "Camp", bold=True)
b_ = t.cell(0, 1).merge(t.cell(1, 1))
cell_text(b_, "Theme", bold=True)
c_ = t.cell(0, 2).merge(t.cell(0, 3))
cell_text(c_, "Dates (Thursday\u2013Friday or Friday\u2013Saturday)", bold=True)
cell_text(t.cell(1, 2), "September Approach", bold=True)
cell_text(t.cell(1, 3), "January Approach", bold=True)
d_ = t.cell(0, 4).merge(t.cell(1, 4))
cell_text(d_, "Then", bold=True)
for i in range(2):
    for j in range(5):
        shade(t.cell(i, j), "BFBFBF")
for i, row in enumerate(camps, start=2):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(j == 0))
set_col_widths(t, [2.4, 7.0, 2.8, 2.8, 1.5])
P()
H2("Approaches")
p = P("There are two Approaches each year, the September Approach and the January Approach, each for up to "
      "24 Members. Every Camp runs twice in the same week, Thursday to Friday and Friday to Saturday, and "
      "Members choose either. A Member who misses a Camp joins the same Camp in the other Approach. ")
ins(p, "After Base Camp, Members may take Camps Two, Three and Four in any order that suits their school "
       "year. ", author="Ruth Addyman", date="2008-05-14T09:12:00Z")
run(p, "A Member may take up to two years to finish, with the University's agreement, moving from one "
       "Approach to the next.")
P("Members who cannot be away from school for a whole Camp may take the first day of Camp Two or Camp Three "
  "as a Surface Day, working through the same material on the Surface Link with a Trip Leader's tasks and "
  "joining the Camp for its second day.")
H2("The Surface Link")
P("The Surface Link is the Expedition's area on the University of Thornber's Blackboard site. It holds every "
  "Camp's materials, the Reading List with links to electronic journals, the Register and the Survey Marking "
  "Grids, and a discussion board for each Team. Members submit their Survey Submissions through it and "
  "receive their marked scripts back through it. Trip Leaders answer messages on the Surface Link during "
  "Camp weeks and on Surface Days; between Camps the board is left to Members.")

# ---- 8 ---------------------------------------------------------------------------------------------
H("8. Pushing Trips")
P("A pushing trip, in caving, is the trip that goes beyond the end of the known cave. The Expedition's "
  "Pushing Trips are the practical work each Member does in their own school between Camps, using what "
  "the Camp covered to change something for pupils with SEN and/or disabilities. Each is agreed in advance with the Surface Controller, who gives the time for it and signs the "
  "record, and each is written up as one of the Survey Submissions.")
B("PT1 Policy Traverse. The Member audits the school's SEN policy and practice against the SEN Code of "
  "Practice and talks the findings through with the headteacher. Written up as the Entrance Survey (S1).")
B("PT2 Streamway Case. The Member follows three pupils: identifies their needs from classroom observation, "
  "the school's data and assessments by other professionals, sets targets, plans interventions, and builds "
  "or revises the school's provision map to show where provision is missing or not working. Written up as "
  "the Streamway Survey (S2).")
B("PT3 Pushing Trip. The Member runs an intervention for a group of pupils over at least eight weeks. It is "
  "planned with the pupils' parents or carers at a meeting the Member leads, begins from a baseline and "
  "ends with a measure of progress, and closes with a second meeting at which the Member and the parents "
  "review what has changed. Written up as the Pushing Trip Report (S3).")
B("PT4 Leading Trip. The Member plans and leads a training session for colleagues, or coaches a teacher or "
  "teaching assistant through a cycle of observation and feedback, and is observed doing so by the Surface "
  "Controller; the Member also writes a paper for the governing body on the school's SEN priorities. "
  "Written up as the Grand Traverse (S4).")
P("Between Camps the Members of each Team also meet as a Rope: five Members from neighbouring schools who "
  "meet at least once in each half-term, usually in one of their schools, to advise one another on their "
  "Pushing Trips and to look at one another's provision.")
P("We believe the voices of pupils with SEN belong at the heart of every decision about their provision, and "
  "Camp Three includes a short talk from the County's Participation Officer on pupil voice.")
H2("Fitting the Expedition to the Member")
P("No two Members' Pushing Trips are alike. Each is designed by the Member with the Surface Controller "
  "around the school's own improvement priorities and the pupils the Member is responsible for. If a Member misses a Pushing Trip deadline, or tells their Trip Leader they are "
  "struggling, the Trip Leader makes a Call-out: a tutorial within a week, in school or by telephone, to "
  "agree a revised plan and, where needed, extra reading or a visit to a Rope partner's school.")
H2("Specialist expertise and visits")
P("Camp Three brings in a senior speech and language therapist from the Kettledale Primary Care Trust, the "
  "County's autism outreach teacher and the Westmarch Parent Partnership Service. The Expedition does not run placements of its own. Members who "
  "want time in a special school setting can join the placement scheme run by the Brantwick Fell Centre for "
  "Outdoor Learning, which arranges days in its partner special schools; the Club is not party to that "
  "scheme.")

# ---- 9 ---------------------------------------------------------------------------------------------
H("9. Survey Submissions")
P("In caving, a survey is how a party proves where it has been. The Survey Submissions are how a Member "
  "proves what they can do. There are four.")
subs = [
    ("Submission", "What it is", "Length", "Credits"),
    ("S1 Entrance Survey", "An analysis of the school's SEN policy and practice against the Code of Practice, from PT1",
     "3,000 words", "15"),
    ("S2 Streamway Survey", "A case study of three pupils, with the provision map, from PT2", "4,000 words", "15"),
    ("S3 Pushing Trip Report", "A practitioner enquiry with baseline and impact data, the work with parents "
     "and published research, from PT3", "5,000 words", "20"),
    ("S4 Grand Traverse", "A 20-minute presentation to two Trip Leaders with a leadership portfolio, from PT4",
     "Presentation and portfolio", "10"),
]
t = doc.add_table(rows=len(subs) + 1, cols=4)
t.style = "Table Grid"
for i, row in enumerate(subs):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "BFBFBF")
last = t.cell(len(subs), 0).merge(t.cell(len(subs), 2))
cell_text(last, "Total", bold=True)
cell_text(t.cell(len(subs), 3), "60", bold=True)
set_col_widths(t, [3.6, 8.6, 2.8, 1.5])
P()
H2("Marking")
P("Each Submission is marked by the Member's Trip Leader against the Survey Marking Grid for that "
  "Submission, whose criteria are the objectives of the Register logged in it (section 10). Each logged "
  "objective is graded Pass or Refer, and a Submission passes only when every objective logged in it "
  "reaches Pass.")
P("A sample of one Submission in four, with every Refer and every borderline script, is second-marked blind "
  "by another Trip Leader, and any difference is settled by the Expedition Leader. The University's "
  "programme moderator moderates a sample from each Submission across both Approaches. The External "
  "Examiner, [name to be confirmed by the University], receives a sample of all four Submissions, sits on "
  "at least one Grand Traverse panel each year and reports to the University's Award Board.")
H2("Recces")
P("Before each Submission every Member has a Recce: a 30-minute tutorial with their Trip Leader on a plan "
  "or a draft, with written feedback. Recces are not marked and do not count towards the Award.")
H2("The Award")
P("The University's Award Board confers the Postgraduate Certificate on Members who have passed all four "
  "Survey Submissions. A Member who is referred in a Submission may resubmit it once, within eight weeks.")

# ---- 10 --------------------------------------------------------------------------------------------
H("10. The Objectives Register")
P("The Register sets out the objectives every Member works towards, in the Club's own words, grouped as "
  "Bearing (the attributes of a good expedition member), Geology (knowing the ground) and Technique (what a "
  "SENCO must be able to do). The Education Committee wrote it from the national minimum outcomes for the "
  "Award.")
P("For each objective, \u2018Worked at\u2019 gives the Camp at which it is taught and \u2018Logged in\u2019 "
  "gives the Survey Submission in which it is marked. Three other entries appear in the \u2018Logged in\u2019 "
  "column. \u2018Camp only\u2019 means that the objective is worked on at the Camp named but is not marked "
  "in any Submission. \u2018Recce\u2019 means that it is discussed at a Recce tutorial and given written "
  "feedback, but is not marked. \u2018Not this expedition\u2019 means that the objective is not covered in "
  "2008\u201309.")

REG = [
    ("BEARING", None),
    ("B1", "Builds fair, respectful and supportive relationships with pupils with SEN and/or disabilities and "
           "with their families", "Camp Three", "S3"),
    ("B2", "Prioritises the SENCO's workload, manages time and delegates well", "Camp Four", "Camp only"),
    ("B3", "Sees difficulties coming, solves problems and makes sound, well-founded decisions about provision",
     "Camp Two", "S2"),
    ("B4", "Speaks and writes clearly, and listens to and understands the views of others", "Base Camp", "S4"),
    ("B5", "Uses research and outside advice to improve their own and colleagues' practice", "Camp Two", "S3"),
    ("B6", "Keeps up to date and takes charge of their own professional development in SEN and disability",
     "Camp Five", "Recce"),
    ("GEOLOGY", None),
    ("G1", "Knows the law and guidance on SEN, including the Code of Practice, and how to put them into "
           "practice in school", "Base Camp", "S1"),
    ("G2", "Knows the principles and five outcomes of Every Child Matters and how a SENCO helps pupils reach "
           "them", "Base Camp", "S1"),
    ("G3", "Knows the disability equality law, the duties it places on the school to support disabled "
           "pupils, and how best to carry them out", "Base Camp", ("S1", "Camp only")),
    ("G4", "Understands how children develop and how SEN, disability and the physical and social setting for "
           "learning affect their development", "Camp Two", "Camp only"),
    ("G5", "Knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) "
           "and how each affects learning", "Camp Two", "S2"),
    ("G6", "Judges critically approaches, strategies and resources, including ICT, for assessment, "
           "planning and teaching, and uses them to remove barriers", "Camp Three", "S3"),
    ("G7", "Understands school self-evaluation and improvement and how they bear on outcomes for pupils with "
           "SEN and/or disabilities", "Camp Four", "S4"),
    ("G8", "Knows best practice and the findings of research in meeting special educational needs",
     "Camp Two", "S3"),
    ("G9", "Knows what outside agencies do and how to obtain specialist support and resources for pupils",
     "Camp Three", "S2"),
    ("TECHNIQUE", None),
    ("T1", "Works with the head, senior colleagues and governors to shape an inclusive ethos, the school's "
           "policies and priorities and the use of its resources", "Camp Four", "S4"),
    ("T2", "Identifies pupils who may have SEN or disabilities from observation, data and assessment, sets "
           "challenging targets, plans interventions and reviews progress", "Camp Two", "S2"),
    ("T3", "Uses assessments by other professionals to shape teaching and learning approaches", "Camp Three",
     "S2"),
    ("T4", "Uses summative assessment, including national test results, to track progress and change "
           "programmes", "Camp Two", "S2"),
    ("T5", "Encourages colleagues to use formative assessment with all pupils, with particular thought for "
           "pupils with SEN and/or disabilities", "Camp Four", "Recce"),
    ("T6", "Identifies early the special arrangements pupils need in national tests and examinations and "
           "puts them in place with colleagues", "\u2014", "Not this expedition"),
    ("T7", "Uses provision mapping to plan provision and to find provision that is missing or not working",
     "Camp Two", ("Camp only", "S2")),
    ("T8", "Deploys and manages teaching assistants and other staff to support pupils with SEN", "Camp Four",
     "Camp only"),
    ("T9", "Develops colleagues through observation and feedback, modelling, coaching and mentoring, and "
           "training", "Camp Four", "S4"),
    ("T10", "Reviews the effectiveness of provision with other staff and feeds the findings into the school's "
            "self-evaluation", "Camp Four", "S4"),
    ("T11", "Involves pupils in planning, agreeing and reviewing their own provision", "\u2014",
     "Planned for Expedition 2010"),
    ("T12", "Works with parents and carers to promote their children's learning and development",
     "Camp Three", "S3"),
    ("T13", "Works with other services and agencies, including voluntary organisations, towards coordinated "
            "support for pupils", "Camp Three", "S2"),
]
t = doc.add_table(rows=len(REG) + 1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(("Ref", "Objective", "Worked at", "Logged in")):
    cell_text(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "595959")
    t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
g4_run = None
for i, row in enumerate(REG, start=1):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True)
        shade(m, "D9D9D9")
        continue
    ref, obj, where, logged = row
    cell_text(t.cell(i, 0), ref, bold=True)
    cell_text(t.cell(i, 1), obj)
    cell_text(t.cell(i, 2), where)
    if isinstance(logged, tuple):
        cp = cell_text(t.cell(i, 3), "")
        dele(cp, logged[0], author="Hazel Tennant", date="2008-05-09T16:35:00Z")
        ins(cp, logged[1], author="Hazel Tennant", date="2008-05-09T16:35:00Z")
    else:
        cp = cell_text(t.cell(i, 3), logged)
        if ref == "G4":
            g4_run = cp.runs[0]
set_col_widths(t, [1.2, 10.2, 2.4, 2.7])
comment(doc, g4_run, "Isn't child development marked in S3 as well? Check with Ruth before this goes.",
        "Hazel Tennant", "HT")
P()

# ---- 11 --------------------------------------------------------------------------------------------
H("11. Stores and equipment")
P("Kettlebeck houses the Expedition's Stores. The reference library holds some 900 books, reports and "
  "journals on SEN and disability, kept up to date by the Club's librarian with an annual budget of "
  "\u00a31,500. The Tackle Store lends assessment materials, including standardised reading, spelling and "
  "language tests, communication aids and symbol resources. The ICT room has twelve laptops with text-to-speech, mind-mapping and symbol "
  "software, an interactive whiteboard and a sample provision-mapping package, on which Members try out the "
  "specialist technology they will later recommend to colleagues. Through the University, Members have full "
  "use of the Thornber library and its electronic journals. Every Camp has its own materials pack, on paper "
  "and on the Surface Link.")

# ---- 12 --------------------------------------------------------------------------------------------
H("12. Safety, access and medical")
P("Every Club expedition has a Medical Officer and an access plan, and the Kettlebeck Expedition is no "
  "different. The Club's Equality Scheme, revised in 2007, sets out how we meet the Disability "
  "Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act "
  "2006. For the Expedition this means:")
B("The application form asks every applicant whether they have a disability or health condition that we "
  "should plan for, explains why we ask, and says that the answer is used only to make arrangements and "
  "plays no part in selection.")
B("The Expedition Leader contacts every Member who tells us of a disability before Base Camp to agree "
  "reasonable adjustments, and records them in a Member Access Plan that goes to each Trip Leader and "
  "applies to Camps, Rope meetings, Recces and Survey Submissions alike.")
B("Kettlebeck was rebuilt in 2004 with level access throughout, a lift to the first floor, two accessible "
  "bedrooms, an induction loop in the main room and accessible parking.")
B("This prospectus, the Camp materials and the Members' Handbook are available in large print, electronic "
  "or audio formats on request; the Surface Link meets the University's accessibility standard.")
B("Members with a disability or specific learning difficulty can ask for access arrangements for their own "
  "Survey Submissions, such as extra time, a scribe, or a recorded presentation in place of writing, "
  "agreed through the University's disability service.")
B("No underground trip is part of the Expedition. The optional caving evening at each Camp is adapted, or "
  "replaced by a surface walk, for anyone who prefers.")
B("We monitor applications, progress and completion by disability, ethnicity and gender each year and "
  "report the figures to the Expedition Committee.")
P("The Club's Adaptive Caving programme, which makes reasonable adjustments so that disabled young people "
  "can go underground, is used at Camp Three as a case study of promoting positive attitudes to disabled "
  "people and their full part in public life.")

# ---- 13 --------------------------------------------------------------------------------------------
H("13. Sponsors, supporters and the Expedition Committee")
P("The Expedition Committee is chaired by the Expedition Leader and has two Partnership headteachers, the "
  "County's Principal Officer for SEN, the University link tutor, a parent governor and two Members of the "
  "Reconnaissance. It meets twice a year "
  "to plan Camps, agree the dates of each Approach and settle the budget.")
P("Our partners take part in the Expedition itself. Partnership headteachers act as Surface Controllers; "
  "Fellside Special School and Kettledale High School host Rope meetings; the Parent Partnership Service "
  "co-leads the families day at Camp Three; and the Learning Support Service seconds two Trip Leaders.")
P("The Expedition Committee has listened carefully to all our partners, and their views have shaped the "
  "Expedition throughout. We hope in future to ask parents and pupils, too, for their views "
  "on the Expedition's impact.")
P("The Scarthwaite Trust, the Club's charitable trust, funds four bursaries of half the fee in each "
  "Approach for Members from schools with fewer than 100 pupils. Westmarch County Council has agreed to pay "
  "half the fee for ten of its Members in 2008\u201309.")

# ---- 14 --------------------------------------------------------------------------------------------
H("14. Reporting and the Post-Expedition Report")
P("Every Club expedition ends with a report, and so does each Approach. The evidence we gather is:")
B("Camp Slips: every Member rates each Camp session and names one thing to change.")
B("The Trip Leaders' debrief after each Camp reviews the Camp Slips and agrees changes to the next running.")
B("A Member focus group at Camp Five, run by the University link tutor without Trip Leaders present.")
B("A Surface Controller questionnaire at the end of the Approach, asking what has changed in the school.")
B("Confidence ratings: the Fitness Check is repeated at Camp Five, so that each Member's rating on every "
  "objective can be set beside their rating at Base Camp.")
B("Pupil outcomes: the baseline and after measures from every Pushing Trip Report (S3), which the "
  "Expedition Leader collates across the Approach: the number of pupils, the measures used, and the change "
  "in attainment, attendance or well-being scores.")
P("Outside the Club, the University of Thornber reviews the Expedition through its Annual Programme "
  "Monitoring, and the External Examiner's report goes to the Faculty's Programme Board, which sets actions "
  "that the Club must answer. The University will revalidate the programme after five years.")
P("The Expedition Leader writes the Post-Expedition Report within six weeks of each Approach's Award Board, "
  "drawing all of this evidence together with an action plan for the next Approach. It goes to the "
  "Expedition Committee and to the University's Programme Board; actions are followed up at each Trip "
  "Leaders' debrief, and the next Post-Expedition Report says what was done about them.")

# ---- 15 --------------------------------------------------------------------------------------------
H("15. Budget")
p = P("The budget below is for 2008\u201309, with two Approaches and 48 Members.")
fn.add(p, "Figures exclude the value of the Centre's rooms in the off-season, which the Club gives at cost.")
budget = [
    ("INCOME", None),
    ("Member fees (48 \u00d7 \u00a31,150), paid by schools, the County Council or the Scarthwaite Trust",
     "55,200"),
    ("Total income", "55,200"),
    ("EXPENDITURE", None),
    ("Trip Leaders' fees and release costs (Camp days)", "21,600"),
    ("Marking, Recces and Call-outs", "9,600"),
    ("University registration, validation and moderation (\u00a3210 per Member)", "10,080"),
    ("External Examiner", "900"),
    ("Kettlebeck Centre: rooms, meals and residential nights, at cost", "8,640"),
    ("Stores, Tackle Store and Surface Link", "2,400"),
    ("Administration", "1,980"),
    ("Total expenditure", "55,200"),
]
t = doc.add_table(rows=len(budget) + 1, cols=2)
t.style = "Table Grid"
cell_text(t.cell(0, 0), "Item", bold=True)
cell_text(t.cell(0, 1), "\u00a3", bold=True)
shade(t.cell(0, 0), "BFBFBF")
shade(t.cell(0, 1), "BFBFBF")
for i, (k, v) in enumerate(budget, start=1):
    if v is None:
        m = t.cell(i, 0).merge(t.cell(i, 1))
        cell_text(m, k, bold=True)
        shade(m, "D9D9D9")
    else:
        cell_text(t.cell(i, 0), k, bold=k.startswith("Total"))
        cell_text(t.cell(i, 1), v, bold=k.startswith("Total"))
set_col_widths(t, [13.5, 3.0])
P()
P("The fee covers everything, including residential nights. The Club gives the use of Kettlebeck at cost, "
  "and because Camps run in the Centre's quieter weeks the Expedition uses rooms that would otherwise stand "
  "empty. That is how the fee is held below the \u00a31,400 that Partnership schools told us they paid for "
  "comparable 60-credit courses.")

# ---- 16 --------------------------------------------------------------------------------------------
H("16. After the Expedition")
P("Camp Five's second day is given to the Next Expedition. Each Member sets the Fitness Check they completed "
  "at Base Camp beside the one completed at Camp Five and drafts a Next Expedition Plan: two or three "
  "professional development objectives for the following year, the evidence behind them and the support "
  "they will need. Trip Leaders talk through the routes on offer, among them the University's MA in "
  "Inclusive Education and specialist courses in dyslexia and autism, and each Member takes the Plan to "
  "their performance management review with their headteacher. Six months later the Club sends each former "
  "Member a reminder and a blank Plan.")
P("Ruth Addyman, Expedition Leader, for the Expedition Committee. 16 May 2008.", italic=True)

fn.write()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
