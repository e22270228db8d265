"""qe-02-hollinsway-director-cv: build the .docx beside this script.

Provider: Hollinsway Taekwondo Club (founded 1988), a community taekwondo club with adaptive classes
for children with SEN and a Learning and Schools Division; its course is the "Hollinsway Award for
SEN Coordination", validated by Wealdbridge University's Faculty of Education.

Document kind and layout: the CURRICULUM VITAE of the club's Programme Director, sent as the
application. A note to the panel in a text box says the Award is described under her current post
rather than written out twice. No heading styles: section titles are bold capitals in Normal
paragraphs with a bottom rule; posts are bold lines with right-aligned dates on a tab stop; typed
"•" bullets in some lists, Word bullets in others; a qualifications table without a header row.
Everything is in the first person ("I lead ...", "we ..."). The Award's arrangements sit inside the
"Current appointments" entry; the rest of the CV (profile, key skills, her club post, previous
posts, qualifications, publications, training delivered, career aims) is about her, not the
programme. Appendices: A, the Award at a glance (field table with merged shaded rows); B, an outcome
record ("Where participants meet it | Where it is assessed") in the club's codes PA1-PA7, KU1-KU9,
PS1-PS13 (PS numbers run past S2a-S2d, so PS7 is provision mapping, not 6.S7), keyed in the
paragraph above; C, the programme team. Header and footer, footnotes, two comments, tracked changes
(including a swapped cell in Appendix B).

Traps (requirement ids):
- Footer: "Every minimum outcome is taught and assessed" -- a footer, never evidence; Appendix B
  shows otherwise (1.9, 6.*).
- Personal profile and key skills: her values and skills ("I believe passionately that children's
  voices must be heard") -- not arrangements (1.5, 1.7).
- E.2: 60 credits at "[level to be confirmed at validation, November 2008]" (placeholder; a comment
  about Level 7 is not part of the submission) -> partially_met.
- 1.1: the aim is attainment only ("reading, writing and mathematics ... attainment scores"), no
  well-being -> partially_met.
- 1.7 / 6.S8: working with parents is the Parent Partnership Service's own course, "which I
  recommend"; the Award covers only parents' rights -> partially_met (someone else's course).
- 2.1: prior learning is taken into account in the plan but "the University does not give credit
  for prior learning on this Award" -> partially_met.
- 2.3: the assessment-only sentence is a tracked deletion; the only assessment-only route described
  is the LA's New SENCO Course in her previous post and her 2006 briefing paper (past, another
  provider) -> not_met.
- 2.5: "Further professional development targets ... are not part of the Award" -> not_met.
- 3.3: no e-learning ("There is no online element"); an online version is only a career aim ->
  not_applicable; 3.2 met on its own terms.
- 5.1: methods listed, but nothing on how the evidence will improve the programme; the external
  examiner sentence is a tracked deletion -> partially_met.
- 5.3: participants' checks are "their employers' business, and we do not ask to see them"; her
  own CRB disclosure and the club's instructors' checks as Welfare Officer are the wrong people ->
  not_met (a comment asking about it is not part of the submission).
- 5.6: a lending shelf and the University library; "We do not have an ICT suite or assistive
  technology of our own" -> partially_met.
- 5.7: tutors briefed and trained; mentors chosen by schools with their role "agreed between the
  mentor and the participant" -> partially_met.
- 6.0: compensation ("can still gain the Award if their overall mark is 50 per cent or more") ->
  not_met.
- 3.1: a tracked INSERTION (recorded presentation) counts; met anyway.
- 6.A1: "Mentor feedback (not graded)" -> partially_met; 6.A2, 6.K3: taught, "—" -> partially_met;
  6.A5: assessed, not taught ("—" in the first column) -> partially_met; 6.S1: assessed only "if the
  participant chooses the leadership option" -> partially_met; 6.S2b: "Assignment 1" deleted and
  "—" inserted in the assessed cell -> partially_met; 6.S2d: "Not covered: the school's examinations
  officer's responsibility" -> not_met, although her own past work and training in access
  arrangements appear elsewhere in the CV (wrong context).
- 1.5 is met through Day 3 and WP1, not through the Junior Members' Council of her club post (wrong
  context).
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _qe_helpers import (add_del, add_footnote, add_ins, add_textbox, bottom_rule, cell_text, merged_band,
                         set_col_widths, shade_cell)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = Cm(1.8)
RIGHT = sec.page_width - sec.left_margin - sec.right_margin

hp = sec.header.paragraphs[0]
hp.text = "Carys Penhallow · Curriculum vitae · September 2008"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = ("Hollinsway Taekwondo Club · Application for approval 2008-09 · Every minimum outcome is taught "
           "and assessed on the Award.")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, size=None, after=4, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def section_title(text):
    p = para(text.upper(), bold=True, size=11, after=4)
    p.paragraph_format.space_before = Pt(12)
    bottom_rule(p)
    return p


def post(title, dates, org):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(title).bold = True
    p.add_run("\t" + dates)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(0)
    q = para(org, italic=True, after=4)
    return p, q


def runin(label, text, after=4):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r.italic = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(after)
    return p


def typed_bullets(items, after=2):
    out = []
    for it in items:
        p = para("•  " + it, after=after)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        out.append(p)
    return out


def word_bullets(items):
    return [doc.add_paragraph(it, style="List Bullet") for it in items]


# ------------------------------------------------------------------ name block
para("CARYS PENHALLOW", bold=True, size=20, after=0)
para("BEd (Hons)  MA  NPQH  ·  5th Dan (Kukkiwon)", size=11, after=0)
para("Programme Director, Hollinsway Award for SEN Coordination, Hollinsway Taekwondo Club", italic=True, after=0)
para("Address: [withheld from the panel copy]   ·   Telephone: [            ]   ·   Email: [            ]", after=8)

add_textbox(doc, [
    ("For the panel", True, False),
    "The guidance asked applicants to send the CV of the person who will lead the programme. Rather than "
    "write the Award out twice, I have described it under my current post below, with a summary at "
    "Appendix A, the outcome record at Appendix B and the programme team at Appendix C. Where I say "
    "'we', I mean Hollinsway Taekwondo Club and its Learning and Schools Division, which is the "
    "applicant.",
    ("Carys Penhallow, September 2008", False, True),
], height_pt=105)

# ------------------------------------------------------------------ profile
section_title("Personal profile")
para("I am a teacher, a former SENCO and deputy headteacher, and a taekwondo instructor. I believe that "
     "every child can achieve, and that a good SENCO is the best chance many children with special "
     "educational needs have of doing so. For twenty years I have tried to make schools and dojangs into "
     "places where children with SEN and disabilities are welcomed, listened to and stretched. I am "
     "committed to working in partnership with parents, and I believe passionately that children's "
     "voices must be heard in every decision about them.")

section_title("Key skills")
typed_bullets([
    "Designing and leading adult learning, including Master's-level programmes",
    "SEN law, the SEN Code of Practice and the disability equality duties",
    "Provision mapping and the management of teaching assistants",
    "Coaching and mentoring teachers and coaches",
    "Partnership working with local authorities, universities, health and voluntary bodies",
])

# ------------------------------------------------------------------ current
section_title("Current appointments")
post("Programme Director, Hollinsway Award for SEN Coordination", "April 2008 to date",
     "Hollinsway Taekwondo Club, Learning and Schools Division")
para("I lead the design, teaching, assessment and quality assurance of the Club's Award for SEN "
     "Coordination, which the Club is submitting for approval as a provider of the National Award for "
     "SEN Coordination.")
p_val = doc.add_paragraph()
p_val.add_run("The Award is validated by Wealdbridge University's Faculty of Education as its Postgraduate "
              "Certificate in SEN Coordination: the University approves the programme, holds the "
              "examination board and confers the award. ")
r_lvl = p_val.add_run("It carries 60 credits at [level to be confirmed at validation, November 2008].")
doc.add_comment(r_lvl, text="The University says it will be Level 7, but their validation panel has to agree "
                            "it formally. Leave the blank for now? RD", author="Richard Dunmore", initials="RD")

runin("Aim.", "The Award's aim is to raise the attainment of pupils with SEN and disabilities in reading, "
              "writing and mathematics in participants' schools, by making their SENCOs better at "
              "identifying needs, planning and tracking interventions and leading colleagues. Each "
              "assignment asks what difference the participant's work made to pupils' attainment scores.")

runin("Who it is for.", "The Award is for qualified teachers new to the SENCO role (appointed within the last "
      "two years, or designated to start within the year) in schools in Hollinsway and the neighbouring "
      "authorities. Applicants must hold QTS and be nominated by their headteacher on the Club's "
      "nomination form, which commits the school to twelve days' release and to providing a mentor. "
      "Every applicant completes the Starting Point audit and has an interview with me or a tutor. Where "
      "the audit and interview show that an applicant is unlikely to meet all the outcomes within the "
      "year, I meet them and their headteacher to agree what to do first (usually a term with the LA's "
      "New SENCO Network and a named experienced SENCO) and offer them a place on the February start.")
p_chk = doc.add_paragraph()
r_chk = p_chk.add_run("As participants are serving teachers, their criminal records and other background "
                      "checks are their employers' business, and we do not ask to see them.")
doc.add_comment(r_chk, text="Should we ask to see participants' CRB disclosures after all? RD",
                author="Richard Dunmore", initials="RD")

p_sp = runin("Starting Point.", "Before Day 1 each participant rates themselves against every outcome in "
             "Appendix B (Not yet, Partly or Secure) and sends two pieces of evidence for every outcome they "
             "rate Secure. At a one-hour Starting Point interview their tutor checks the ratings against the "
             "evidence and together they write an Individual Learning Plan: the outcomes the participant "
             "will concentrate on, the focus of each Workplace Project, which optional surgeries they will "
             "attend, and up to three personal outcomes of their own. The tutor and mentor review the plan "
             "at the mid-point review in February.")
add_footnote(doc, p_sp, "Six new SENCOs from the Hollinsway Schools Partnership tried out the audit in June "
                        "2008; it was rewritten from their comments.")
p_apl = runin("Earlier study.", "We take account of earlier study and experience when writing the Individual "
              "Learning Plan, so that a participant who already holds, say, a diploma in specific learning "
              "difficulties spends less time on Days 2 and 3 and more on leadership. The University does not "
              "give credit for prior learning on this Award, and every participant completes all three "
              "assignments.")
add_del(p_apl, " Experienced SENCOs may instead be assessed through an assessment-only route, by portfolio "
               "and viva.", author="Carys Penhallow", date="2008-09-08T20:15:00Z")

runin("How it is taught.", "The Award has eight Award Days, each 9.30 to 3.30, in the Club's seminar room at "
      "Hollinsway Sports Centre, two placement days and two optional surgery afternoons. There are two "
      "starts a year, in September and February. Each Award Day is taught twice, on a Saturday and again "
      "as two twilight sessions in the following fortnight, and participants may move between the two. "
      "Days 1 and 2 come first and Day 8 last; Days 3 to 7 may be taken in any order, so a participant who "
      "starts in February, or misses a day, joins the other cohort's run of it. Participants may complete "
      "in one year or spread the Award over two. There is no online element: all teaching is face to face "
      "at the Club or in schools, and tutors answer questions by telephone between days.")
word_bullets([
    "Day 1, Law and policy: the Education Act 1996, the SEN Code of Practice 2001, the SEN and Disability "
    "Act 2001, Every Child Matters and the Children Act 2004, and the 2008 SENCO regulations; what each "
    "requires of the school, the governors and the SENCO, and how to put it into practice.",
    "Day 2, Disability, development and need: the Disability Discrimination Act 1995 and 2005 and the "
    "Disability Equality Duty; how children develop and how SEN, disability and the environment affect "
    "development; the common types of SEN (behavioural, emotional and social difficulties, specific "
    "learning difficulties including dyslexia, speech, language and communication needs, autistic "
    "spectrum disorders and moderate learning difficulties).",
    "Day 3, Hearing the child and planning for learning: identification; using assessments from other "
    "professionals; target setting; planning and reviewing interventions; summative data and national "
    "tests; ICT and other resources; consulting children, in which participants learn to use Talking "
    "Mats, pupil questionnaires and pupil-led reviews and practise them on each other; involving pupils "
    "in planning and reviewing their own provision.",
    "Day 4, Families and the law: parents' rights under the Code of Practice, statutory assessment, "
    "statements and annual reviews, and the Parent Partnership Service.",
    "Day 5, Colleagues and agencies: coaching, observation and feedback; leading staff training; "
    "formative assessment across the school; gaining colleagues' commitment; multi-agency working, the "
    "Common Assessment Framework, health, social care and voluntary organisations.",
    "Day 6, Managing provision: provision mapping; deploying and managing teaching assistants; "
    "prioritising, time and delegation; solving problems and making decisions about provision; "
    "reviewing provision with colleagues and school self-evaluation.",
    "Day 7, Research and strategy: best practice and research on meeting SEN; reading research "
    "critically; working with governors and senior leaders on an inclusive ethos, policy, priorities "
    "and resources.",
    "Day 8, Staying current: keeping up to date and managing your own CPD in SEN and disability; "
    "participants' viva presentations.",
])
para("Working in partnership with parents is the subject of the Parent Partnership Service's own two-day "
     "course, Partners in Practice, which I recommend to every participant; the Award itself covers "
     "parents' rights on Day 4. Further professional development targets are set with the participant's "
     "headteacher under performance management and are not part of the Award.")
para("Each Award Day opens with a What's New briefing on recent research, inspection evidence and policy. "
     "In 2008-09 these include Ofsted's report Inclusion: does it matter where pupils are taught? (2006), "
     "the Bercow Review of services for children with speech, language and communication needs (2008), "
     "and the first findings of the national study of the deployment and impact of support staff.")
runin("Workplace Projects.", "Between Award Days each participant completes three Workplace Projects in their "
      "own school, each tied to named outcomes in Appendix B and each the basis of an assignment.")
typed_bullets([
    "WP1, Hearing the child: with three pupils with SEN, use two of the Day 3 methods to gather their "
    "views of their provision and involve them in their next review; then plan, run and review a "
    "six-week intervention with one of them, with the professionals who know the pupil.",
    "WP2, Mapping provision: build a provision map with colleagues, review with them how well each "
    "intervention is working, and feed the findings into the school's self-evaluation form.",
    "WP3, Leading colleagues: coach a colleague through a cycle of observation and feedback, lead a "
    "staff session on formative assessment for pupils with SEN, and plan the deployment of teaching "
    "assistants for a term.",
])
para("Every Workplace Project begins with baseline measures for the pupils it concerns (reading and spelling "
     "ages and National Curriculum levels in mathematics) and ends with the same measures. Participants "
     "report both in their assignment, and each summer the Club collates them across the cohort to show "
     "what changed for pupils. Participants also rate their confidence against each outcome at Starting "
     "Point and again at the end, and their headteachers complete a short questionnaire on the change in "
     "their SENCO's practice six months after the Award.")
runin("Placements and specialists.", "Each participant spends two placement days, one at Oakridge Special "
      "School and one at a resourced base (hearing impairment at Millbrook Primary School or autism at "
      "Castle Vale High School), on a programme agreed with the host. An educational psychologist, a "
      "speech and language therapist from the primary care trust and the LA's sensory support team teach "
      "on Days 2 and 3.")
runin("Assessment.", "There are three assignments, each of 5,000 words or equivalent, marked against the "
      "outcomes named for them in Appendix B and the University's Master's-level criteria, and a "
      "fifteen-minute viva presentation on Day 8. Assignment 1 is the case study from WP1; Assignment 2 is "
      "the provision review from WP2, set against the law, Every Child Matters and research; Assignment 3 "
      "is an account of WP3 with the participant's time and delegation log and their reading and CPD "
      "log, and it may take a leadership option on work with governors. Each participant's mentor also "
      "observes them meeting a pupil and the pupil's parents, and gives written feedback; this is not "
      "graded.")
para("To pass, a participant needs an overall mark of at least 50 per cent across the three assignments, "
     "with no assignment below 40 per cent. A participant who does not show an outcome in one assignment "
     "can still gain the Award if their overall mark is 50 per cent or more.")
para("Every assignment is marked by the participant's tutor and second-marked blind by another tutor; where "
     "the two marks differ by more than ten per cent, I decide the mark with both markers. The "
     "University's Faculty moderator samples a fifth of each cohort's assignments, across the range of "
     "marks, before the examination board.")
p_ev = para("Participants complete an evaluation at the end of each Award Day, and I read every one. At the "
            "end of the year I review the Award with the tutors and write a short report for the Club's "
            "board.")
add_del(p_ev, " The University's external examiner samples every assignment and reports to the Club each "
              "year.", author="Carys Penhallow", date="2008-09-08T20:22:00Z")
runin("Tutors and mentors.", "Tutors are briefed at a tutors' day each August, work from the tutor handbook, "
      "and co-mark with me in their first year. Each participant's school chooses a mentor from its own "
      "staff; what the mentor does is agreed between the mentor and the participant.")
runin("Resources.", "Participants use the Club's lending shelf of SEN books and assessment materials in the "
      "seminar room, and the University library. We do not have an ICT suite or assistive technology of "
      "our own; participants bring laptops to Award Days.")
runin("Fee.", "The fee is £1,200 for the year, including all materials and placement costs. Teaching in the "
      "Club's own seminar room and sharing the University's marking and moderation keep it well below "
      "the cost of the University's own certificate, and the Individual Learning Plan means that "
      "participants do not spend time on outcomes they can already show.")
p_eq = runin("Equality and access.", "The nomination form invites every applicant to tell us about a "
             "disability or other need, explains that we ask so that adjustments are in place before the "
             "course starts, and says that it will not affect selection. I meet anyone who tells us, to "
             "agree reasonable adjustments, which are written into their Individual Learning Plan and "
             "passed, with their consent, to tutors, placement hosts and the University. The seminar room "
             "is on the ground floor with a hearing loop and accessible toilets; handouts are sent a week "
             "ahead in the format each participant needs; placement hosts are briefed so that disabled "
             "participants can take full part; and deadlines, formats and the viva can be adjusted. The "
             "Club's Equality Scheme covers race, disability and gender and applies to recruitment, "
             "teaching and assessment on the Award.")
add_ins(p_eq, " Any assignment may be submitted as a recorded presentation where a disability makes this "
              "fairer, and it is marked against the same outcomes.", author="Carys Penhallow",
        date="2008-09-09T07:50:00Z")
runin("Stakeholders.", "The Award was built from evidence about what schools and families need. In June "
      "2008 we surveyed the 52 SENCOs and 40 headteachers of the Hollinsway Schools Partnership (71 "
      "replied), read the LA's SEN Strategy 2008-11, and asked the Club's Parents' Group, the parents of "
      "the 45 members with SEN who train at the Club. The evidence pointed to three needs above all: "
      "provision mapping and the management of teaching assistants, the law made practical, and help for "
      "SENCOs to lead colleagues; parents asked for SENCOs who explain decisions and listen. Each of the "
      "three is now a whole Award Day.")
para("Stakeholders shaped the Award directly. Two headteachers and the LA's Principal SEN Officer sat on the "
     "design group that wrote it with me between April and July 2008; they asked for the twilight option "
     "and for placement days, both now part of the Award. Stakeholders stay involved: LA officers teach on "
     "Day 1, the Parent Partnership Service on Day 4, special school staff host the placements, mentors "
     "come from participants' schools, and headteachers judge the Award's impact through the "
     "questionnaire six months after it ends.")

post("Chief Instructor and Welfare Officer", "1998 to date", "Hollinsway Taekwondo Club")
typed_bullets([
    "Lead the Club's adaptive classes for 45 children and young people with autism, Down syndrome, ADHD "
    "and physical disabilities, and train the Club's twelve instructors to teach them.",
    "Set up the Junior Members' Council in 2003, through which young members with SEN are consulted "
    "about the Club's classes, gradings and competitions.",
    "Hold an enhanced CRB disclosure (renewed March 2008) and, as Welfare Officer, check that every "
    "instructor and volunteer holds one under British Taekwondo's safeguarding policy.",
])

section_title("Previous appointments")
post("SEN Adviser", "2004 to 2008", "Hollinsway Local Authority, Children's Services")
typed_bullets([
    "Designed and ran the LA's New SENCO Course (ten twilight sessions, not accredited), which included an "
    "assessment-only route: experienced SENCOs could gain the LA certificate by portfolio and interview.",
    "Introduced provision mapping in 40 schools and chaired the Hollinsway SENCO Forum.",
    "Trained 60 examinations officers and SENCOs in access arrangements for Key Stage 2 tests and GCSE.",
])
post("Deputy Headteacher and SENCO", "1996 to 2004", "Brackley Road Primary School, Hollinsway (420 pupils)")
typed_bullets([
    "Led SEN across the school; introduced pupil-led annual reviews and a termly parents' group.",
    "Raised the proportion of pupils with SEN reaching level 4 in English at Key Stage 2 from 18 to 41 per "
    "cent over four years.",
])
post("Class teacher", "1988 to 1996", "St Anne's CE Primary School and Hill Top Junior School, Hollinsway")

section_title("Education and qualifications")
quals = [
    ("2003", "National Professional Qualification for Headship"),
    ("2001", "MA Special and Inclusive Education, Wealdbridge University"),
    ("2006", "Certificate of Competence in Educational Testing (British Psychological Society)"),
    ("1988", "BEd (Hons) Primary Education, upper second class"),
]
qt = doc.add_table(rows=len(quals), cols=2)
for i, (y, q) in enumerate(quals):
    cell_text(qt.cell(i, 0), y, bold=True)
    cell_text(qt.cell(i, 1), q)
set_col_widths(qt, [Cm(2.0), Cm(15.0)])
add_footnote(doc, qt.cell(1, 1).paragraphs[0], "Dissertation: Asking the children: pupil participation in "
                                                "annual reviews (distinction).")

section_title("Taekwondo")
typed_bullets([
    "5th Dan, Kukkiwon (2006); British Taekwondo Level 3 Coach",
    "Disability Sport Coaching Certificate; Club Welfare Officer training (2007)",
])

section_title("Publications and presentations")
typed_bullets([
    "Penhallow, C. (2007) Mapping the gaps: provision mapping in small primary schools. NASEN regional "
    "conference, Hollinsway.",
    "Penhallow, C. (2006) Portfolio and interview: an assessment-only route for experienced SENCOs. "
    "Hollinsway LA briefing paper.",
    "Penhallow, C. (2005) Kicking barriers: adapted taekwondo for children with autism. British Taekwondo "
    "coaching seminar.",
])

section_title("Training delivered (selected, 2005 to 2008)")
typed_bullets([
    "Working with parents of children with SEN: for the Parent Partnership Service's volunteers (2006)",
    "Access arrangements for the Key Stage 2 tests: for examinations officers (2007)",
    "Safeguarding in the dojang: for club coaches in the region (2008)",
])

section_title("Professional memberships")
para("NASEN; British Taekwondo; Hollinsway SENCO Forum (chair, 2005 to 2008).")

section_title("Career aims")
para("Over the next three years I would like to develop an online version of the Award for SENCOs in rural "
     "schools who cannot travel to Hollinsway, and to add a second module in leading inclusion.")

section_title("Referees")
para("Professor [name], Dean of Education, Wealdbridge University. Mr [name], Headteacher, Oakridge Special "
     "School. Further references are available on request.")

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
para("APPENDIX A: THE AWARD AT A GLANCE", bold=True, size=11, after=6)
rows_a = [
    ("Provider",),
    ("Applicant", "Hollinsway Taekwondo Club, Learning and Schools Division"),
    ("Validating university", "Wealdbridge University, Faculty of Education"),
    ("Credits", "60 (level: see the Programme Director entry)"),
    ("Shape of the course",),
    ("Starts", "September and February"),
    ("Award Days", "Eight, each taught twice (Saturday, or two twilights); Days 3 to 7 in any order"),
    ("Placement days", "Two: Oakridge Special School and a resourced base"),
    ("Workplace Projects", "WP1 Hearing the child · WP2 Mapping provision · WP3 Leading colleagues"),
    ("Assessment", "Assignments 1 to 3 (5,000 words each) and a viva presentation on Day 8"),
    ("Cost",),
    ("Fee", "£1,200 for the year, including materials and placements"),
]
at = doc.add_table(rows=len(rows_a), cols=2)
at.style = "Table Grid"
at.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, r in enumerate(rows_a):
    if len(r) == 1:
        merged_band(at, i, r[0], fill="C00000")
        for run in at.cell(i, 0).paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        continue
    cell_text(at.cell(i, 0), r[0], bold=True, size=9.5)
    shade_cell(at.cell(i, 0), "F2F2F2")
    cell_text(at.cell(i, 1), r[1], size=9.5)
set_col_widths(at, [Cm(4.5), Cm(12.5)])

# ------------------------------------------------------------------ Appendix B
para()
para("APPENDIX B: OUTCOME RECORD", bold=True, size=11, after=6)
para("The Award's wording of the national minimum outcomes, in the Club's codes. 'Where participants meet "
     "it' names the Award Day or Workplace Project that develops the outcome. 'Where it is assessed' "
     "names the assignment or viva in which a marker judges it; 'Mentor feedback' means the mentor "
     "comments but does not grade; a dash means the outcome is not assessed.", after=6)
rows_b = [
    ("Professional attributes",),
    ("PA1", "Builds fair, respectful, supportive relationships with pupils with SEN and their parents",
     "Day 4; WP1", "Mentor feedback (not graded)"),
    ("PA2", "Gains the commitment of colleagues, the headteacher and senior leaders", "Day 5", "—"),
    ("PA3", "Prioritises, manages time and delegates appropriately", "Day 6", "Assignment 3 (time and delegation log)"),
    ("PA4", "Anticipates and resolves problems and makes sound decisions on provision", "Day 6", "Assignment 2"),
    ("PA5", "Expresses themselves clearly in speech and writing, and listens to others' views", "—",
     "All assignments; viva"),
    ("PA6", "Draws on research and outside advice to improve their own and colleagues' practice", "Day 7",
     "Assignment 2"),
    ("PA7", "Keeps up to date and takes responsibility for their own CPD in SEN and disability", "Day 8",
     "Assignment 3 (reading and CPD log)"),
    ("Knowledge and understanding",),
    ("KU1", "SEN law and guidance, including the Code of Practice, and how to put them into practice", "Day 1",
     "Assignment 2"),
    ("KU2", "Every Child Matters: principles, outcomes and the SENCO's part", "Day 1", "Assignment 2"),
    ("KU3", "Disability equality law and the actions it requires", "Day 2", "—"),
    ("KU4", "How children develop, and how SEN, disability and environment affect development", "Day 2",
     "Assignment 1"),
    ("KU5", "The most common types of SEN and disability and their effect on learning", "Day 2",
     "Assignment 1"),
    ("KU6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "Day 3", "Assignment 1"),
    ("KU7", "School self-evaluation and improvement for pupils with SEN", "Day 6; WP2", "Assignment 2"),
    ("KU8", "Best practice and research in meeting SEN", "Day 7", "Assignment 2"),
    ("KU9", "The scope and role of external agencies and how to get their support", "Day 5", "Assignment 1"),
    ("Professional skills",),
    ("PS1", "With senior colleagues and governors, influences an inclusive ethos, policies, priorities and "
            "resources", "Day 7", "Assignment 3, if the participant chooses the leadership option"),
    ("PS2", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress",
     "Day 3; WP1", "Assignment 1"),
    ("PS3", "Uses assessments from other professionals to develop teaching", "Day 3; WP1", "Assignment 1"),
    ("PS4", "Uses summative assessments, including national tests, to track progress and adjust programmes",
     "Day 3", None),
    ("PS5", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
     "Day 5; WP3", "Assignment 3"),
    ("PS6", "Identifies and puts in place special arrangements for national tests and examinations",
     "Not covered: the school's examinations officer's responsibility", "—"),
    ("PS7", "Uses provision mapping to plan provision and to find ineffective or missing provision",
     "Day 6; WP2", "Assignment 2"),
    ("PS8", "Deploys and manages staff to support pupils with SEN", "Day 6; WP3", "Assignment 3"),
    ("PS9", "Supports colleagues' development through observation and feedback, modelling, coaching and training",
     "Day 5; WP3", "Assignment 3"),
    ("PS10", "Reviews with other staff the effectiveness of provision, to inform self-evaluation",
     "Day 6; WP2", "Assignment 2"),
    ("PS11", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "Day 3; WP1",
     "Assignment 1"),
    ("PS12", "Liaises effectively with parents and carers", "Day 4 (parents' rights); Partners in Practice "
                                                            "(Parent Partnership Service, recommended)", "—"),
    ("PS13", "Works in partnership with other services and agencies, including voluntary organisations",
     "Day 5; WP1", "Assignment 1"),
]
bt = doc.add_table(rows=1 + len(rows_b), cols=4)
bt.style = "Table Grid"
for j, h in enumerate(("Code", "Outcome", "Where participants meet it", "Where it is assessed")):
    cell_text(bt.cell(0, j), h, bold=True, size=9)
    shade_cell(bt.cell(0, j), "D9D9D9")
for i, r in enumerate(rows_b, start=1):
    if len(r) == 1:
        merged_band(bt, i, r[0], fill="F4B183", size=9)
        continue
    for j, v in enumerate(r):
        if v is None:
            # PS4's assessed cell: "Assignment 1" deleted, a dash inserted
            c = bt.cell(i, j)
            p = c.paragraphs[0]
            add_del(p, "Assignment 1", author="Carys Penhallow", date="2008-09-10T18:30:00Z", size=9)
            add_ins(p, "—", author="Carys Penhallow", date="2008-09-10T18:30:00Z", size=9)
            continue
        cell_text(bt.cell(i, j), v, size=9, bold=(j == 0))
set_col_widths(bt, [Cm(1.3), Cm(7.6), Cm(4.2), Cm(3.9)])

# ------------------------------------------------------------------ Appendix C
para()
para("APPENDIX C: PROGRAMME TEAM", bold=True, size=11, after=6)
team = [
    ("Carys Penhallow", "Programme Director; tutor and marker; Days 1, 6 and 8", "See this CV."),
    ("Dr Martin Osei", "Tutor and marker; Days 2 and 3",
     "Senior educational psychologist, Hollinsway Educational Psychology Service."),
    ("Mrs Gwen Harcourt", "Tutor and marker; Days 4 and 5; placement coordinator",
     "SENCO at Oakridge Special School since 2001; MA in Special Educational Needs; NPQH."),
    ("Mr Tom Baptiste", "Tutor and marker; Day 7; University link tutor",
     "Senior Lecturer in SEN, Wealdbridge University; former head of a hearing-impaired resource base."),
    ("Ms Leah Fairbrother", "Visiting speaker; Day 2",
     "Specialist speech and language therapist, Hollinsway Primary Care Trust."),
]
ct = doc.add_table(rows=1 + len(team), cols=3)
ct.style = "Table Grid"
for j, h in enumerate(("Name", "Role on the Award", "Background")):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade_cell(ct.cell(0, j), "D9D9D9")
for i, r in enumerate(team, start=1):
    for j, v in enumerate(r):
        cell_text(ct.cell(i, j), v, size=9)
set_col_widths(ct, [Cm(3.5), Cm(5.5), Cm(8.0)])
para()
para("All tutors hold QTS or a professional qualification in their field, have worked in or with schools "
     "in the last three years, and attend the University's annual SEN update day.")

doc.save(OUT)
print("wrote", OUT)
