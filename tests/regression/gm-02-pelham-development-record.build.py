"""gm-02-pelham-development-record

Provider (invented): Pelham Learning, the education and training department of
the Pelham Autism Foundation (a national autism charity with two special
schools, an outreach team and a parents' helpline), applying with the
University of Mardon School of Education, which validated the award in January
2009.

Document kind: the programme leader's development record (a dated, first-person
diary that the University's collaborative provision procedure requires partners
to keep while a course is designed), sent unedited as the application with a
shaded covering note saying that a later entry overrides an earlier one.  No
heading styles: entry dates are bold Normal paragraphs; lists are typed with
"\u2022" and "-"; some entries use manual line breaks.  A draft timetable table (v2)
that a later entry supersedes.  A closing "Settled position" entry with tracked
changes (one deleted sentence, one inserted sentence).  Appendix 1 lists the
outcomes block by block in prose bullets, each ending with an "Assessed:" note.
Header and footer with a page field.  Two Word comments.

Traps (requirement ids):
- Level 6 "graduate certificate" planned on 8 September, changed to Level 7 at
  the validation event (E.2 met; reversal).
- CRB "needn't worry" on 6 October, reversed after the validation event: the
  candidate's disclosure is checked, and an inserted tracked sentence adds a
  fresh disclosure for those out of post (5.3 met; reversal + insertion).
- Assessment-only route agreed in principle on 20 October, dropped on
  27 January (2.3 not_met; past arrangement ended).
- Credit for earlier study only; "We will not give credit for experience alone"
  (2.1 partially_met; negation of half).
- Two intakes and a Saturday route in timetable v2 (17 November), cut back to one
  September intake, fixed order, choice of Thursday or Saturday (3.2
  partially_met; superseded table).
- Evidence of need from the helpline and former course members only: "We have no
  formal survey of schools" (4.1 partially_met).
- Stakeholder evaluation panel "parked until year 2"; the sentence putting heads
  and a parent on the Course Committee is a deleted tracked change (4.3 not_met).
- Associate tutors "to be recruited" (5.4 partially_met); induction day and
  handbook (5.7 met).
- Library access "still being negotiated"; specialist technology not worked out
  (5.6 partially_met).
- "We have not yet agreed any second marking or moderation", external examiner
  to be nominated "in due course" (5.8 not_met).
- Evaluation methods listed without how the evidence will be used (5.1
  partially_met); pupil baseline and follow-up in Task 3 (5.9 met).
- The Outcome Record that tied the award to all 28 outcomes was dropped on
  12 February; the award follows a pass in the four tasks (6.0, 1.9
  partially_met; past arrangement ended).
- Appendix 1: A5 assessed but not taught; K3 covered but not in a task; S2c and
  S4 discussed in tutorial or session only; K7 absent (partially_met /
  not_met).
- A comment on the 12 February entry suggests keeping moderation by a second
  reader (not part of the submission).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm
from _gm_helpers import (shade_cell, shade_par, page_field, set_cell, ins_run, mark_par_deleted,
                         mark_par_inserted)

OUT = HERE / "gm-02-pelham-development-record.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]
hp.text = "DEVELOPMENT RECORD \u2013 National Award for SEN Coordination \u2013 Pelham Learning / University of Mardon"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Kept by R. Okafor under section 7 of the Mardon Collaborative Provision Handbook \u2013 "
page_field(fp)

AUTH, DATE = "Ruth Okafor", "2009-02-23T10:15:00Z"


def P(t=""):
    return doc.add_paragraph(t)


def E(date, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run(date.upper())
    r.bold = True
    p.add_run("   " + title).italic = True
    return p


def bul(t, mark="\u2022"):
    p = doc.add_paragraph(f"{mark}  {t}")
    p.paragraph_format.left_indent = Cm(0.8)
    return p


def lines(*ls):
    p = doc.add_paragraph()
    for i, l in enumerate(ls):
        r = p.add_run(l)
        if i < len(ls) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


t = P()
r = t.add_run("PELHAM LEARNING")
r.bold = True
r.font.size = Pt(16)
t2 = P()
r = t2.add_run("Development record: National Award for SEN Coordination, September 2008 to February 2009")
r.bold = True
r.font.size = Pt(13)

cover = P()
cover.add_run("To the TDA approval panel. ").bold = True
cover.add_run(
    "The University of Mardon asks every partner designing a new course to keep a dated "
    "record of how decisions were reached. We are sending ours, unedited apart from the removal "
    "of some personal details, because it is the fullest account we have of the course and of "
    "why it looks as it does. Please read it in order. Where a later entry changes something "
    "in an earlier one, the later entry stands. The entry for 20 February 2009 sets out the "
    "settled position, and Appendix 1 shows where each national outcome is taught and assessed. "
    "Ruth Okafor, Head of Professional Programmes, Pelham Learning.")
shade_par(cover, "FBE4D5")

P("About the Foundation. The Pelham Autism Foundation supports autistic children and adults "
  "and their families across England. It runs two special schools (Pelham Park School, for "
  "pupils aged 4 to 19, and Orchard Lodge, a residential school for pupils aged 11 to 19), an "
  "outreach team that works in around 300 mainstream schools a year, and a national parents' "
  "helpline. Pelham Learning, the Foundation's training department, has run a Postgraduate "
  "Certificate in Autism (Education) with the University of Mardon since 2005.")

# ------------------------------------------------------------------ entries
E("Monday 8 September 2008", "First planning meeting, Mardon")
P("Met Professor David Ashe (Head of the School of Education) and Dr Kamala Singh at Mardon. "
  "Agreed in outline:")
bul("A 60-credit award, taught part time over one academic year.")
bul("Three blocks of 20 credits each: Block 1 Frameworks, Block 2 Learners, Block 3 Leadership.")
bul("Level 6, as a graduate certificate, to keep it accessible to teachers who have not "
    "studied for some years. David thinks the panel may push us towards Level 7. We will see.")
P("We agreed the course's purpose before anything else, and I am writing it down here so we "
  "keep coming back to it: the point of the award is that children and young people with SEN "
  "and disabilities achieve more and are happier, healthier and safer, in the terms of all "
  "five Every Child Matters outcomes, because their SENCO leads provision better. Each block "
  "will have that in its aims, and every task will ask the participant to show the effect of "
  "their work on pupils.")

E("Monday 22 September 2008", "What do SENCOs need?")
P("Spent the day with the helpline data. In 2007-08 the helpline took 4,870 calls from parents "
  "of school-age children; in 1,920 of them the parent described a problem with the school's "
  "SEN arrangements, most often that the school had not recognised the child's needs, had not "
  "involved the parent in reviews, or had no one who understood autism. We also surveyed the "
  "46 teachers who completed our autism certificate in the last three years; the gaps they "
  "named were the law, leading colleagues, and using data.")
P("We have no formal survey of schools or local authorities, and time will not allow one "
  "before the application. Our sense of need comes from the helpline and from our own past "
  "course members.")

E("Monday 6 October 2008", "Admissions")
lines("Entry requirements, agreed with Kamala:",
      "- Qualified Teacher Status and a teaching post in a school in England.",
      "- Either the SENCO, or named by the head to take up the role within eighteen months.",
      "- A nomination form from the headteacher confirming time for study and school tasks.",
      "- An entry interview with me or Kamala, using the outcomes as a checklist.")
P("If the interview shows a candidate is not ready, we will say what experience or study they "
  "need first (usually our autism certificate or a year leading an aspect of SEN) and I will "
  "ring the head to agree a plan. They can reapply the following year.")
P("CRB: thought we needn't worry about CRB, as they will all be employed teachers and their "
  "schools will have checked them. To check with Mardon.")

E("Monday 20 October 2008", "Prior learning and an assessment-only route")
P("Credit for earlier study: anyone who has passed modules of our Postgraduate Certificate in "
  "Autism (Education) within the last five years can bring up to 20 credits, set against "
  "Block 2. Other masters-level credit in SEN will be considered case by case by Mardon's "
  "credit panel.")
P("We will not give credit for experience alone \u2013 Mardon's portfolio-based process costs "
  "more to run than the block it would replace, and experienced SENCOs have told us they want "
  "the teaching anyway.")
P("Assessment-only: our outreach teachers, several of whom have run SEN departments for years, "
  "asked whether they could be assessed without taking the course. Agreed in principle with "
  "David that an assessment-only route would be offered for a small number of such candidates, "
  "who would submit the four tasks and attend the professional conversation.")

E("Monday 3 November 2008", "Meeting with local authority autism advisory teachers")
P("Eight advisory teachers from six authorities came to Pelham Park for the afternoon, at our "
  "invitation, to look at the first draft. What they said, and what we changed:")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("They said", "We changed")):
    set_cell(c, h, bold=True)
    shade_cell(c, "D9D9D9")
for a, b in [
    ("Too much autism too early; SENCOs need the whole range first.",
     "Block 2 now opens with a day on how children develop and what affects development, then "
     "a day on the common areas of need, before any autism-specific day."),
    ("Provision maps in their schools are weak.", "Added a provision mapping session to Block 3 and made a provision map part of Task 3."),
    ("SENCOs do not know when to involve which service.", "Added a session on external agencies and referral to Block 2."),
]:
    cells = t.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], b)
P("Tom Ellery (Kelworth) suggested a stakeholder evaluation panel of heads, advisers and "
  "parents to look at the course each year. Good idea \u2013 parked until year 2.")

E("Monday 17 November 2008", "Timetable, version 2")
P("Draft timetable, two routes:")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Route", "Starts", "Study days", "Notes")):
    set_cell(c, h, bold=True)
    shade_cell(c, "D9D9D9")
for row in [("January route", "January 2009", "9 Thursdays", "Blocks in any order"),
            ("September route", "September 2009", "9 Saturdays", "Blocks in any order")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
P("Pelham Online (our Moodle site) will carry each block's materials. Kamala worries that two "
  "intakes will be too much for a first year.")

E("Monday 1 December 2008", "Parents, pupils and the families task")
P("Met five members of the Pelham Parent Network. Their main point: the draft families task "
  "asked the SENCO to write about a parent, not with one. We have changed Task 2 so that the "
  "record of a review meeting is written up with the parent, who adds their own comments. "
  "They also asked that SENCOs learn to run meetings parents can actually attend.")
P("Pupil voice: Block 2 will use the Foundation's Voices toolkit (visual and written ways of "
  "finding out what pupils think, designed with autistic young people). Participants practise "
  "the methods on study day 5 and use at least one with each case-study pupil in Task 2, "
  "reporting what the pupil said and what changed as a result.")

E("Monday 15 December 2008", "Access and equality")
P("Worked through our duties with Mardon's disability adviser. Agreed:")
bul("The application form invites every applicant to tell us about a disability or other need, "
    "says why we ask, and says it will not affect selection; the entry interview asks again.", "-")
bul("Each disabled participant agrees a support plan with their tutor before the first study "
    "day: for example materials two weeks in advance, coloured paper, a note-taker, rest breaks, "
    "a quiet room, or written questions in place of a spoken interview.", "-")
bul("Assessment adjustments (extra time, alternative formats, the professional conversation "
    "held in writing or online) are agreed through Mardon's disability service.", "-")
bul("Pelham Park's training rooms have level access and a hearing loop; we will only use "
    "venues that do. All handouts are produced in clear print and are available in large print "
    "and electronically.", "-")
bul("We actively welcome autistic teachers and other disabled teachers as participants, and our "
    "publicity says so and shows what adjustments we make.", "-")

E("Monday 12 January 2009", "Pelham Online")
P("Agreed how the online side works. Each block has its materials, readings and short recorded "
  "talks on Pelham Online. Between study days:")
bul("a one-hour live online tutorial with the block tutor every fortnight (Tuesday, 4.15pm, "
    "recorded for those who cannot join);")
bul("a forum for each tutor group, moderated by the tutor, who replies to questions within "
    "three working days;")
bul("participants can email or phone their tutor, and post work in progress for comment;")
bul("schools' heads receive a termly email update on the course.")
P("Kamala and I will use the staff area of Pelham Online to share marking and planning.")

E("Tuesday 27 January 2009", "Validation event at Mardon")
P("The University's validation panel approved the award as a Postgraduate Certificate of "
  "60 credits at Level 7, as the panel preferred masters level for a national award. Mardon "
  "confers the award and participants are registered as Mardon students. Conditions, all "
  "since met:")
bul("Checks on candidates. We now ask every candidate for the number and date of their current "
    "enhanced CRB disclosure, and the headteacher's nomination form confirms it, and that "
    "the school has no concerns about the candidate's conduct and no outstanding disciplinary "
    "matters. We see the disclosure at the entry interview.")
bul("The assessment-only route was dropped \u2013 Mardon will not register assessment-only "
    "candidates for this award this year, and every participant takes all three blocks.")

E("Thursday 5 February 2009", "Staffing and resources")
P("Teaching team: I lead the programme (former SENCO at two secondary schools, MEd in Special "
  "and Inclusive Education, eight years in Pelham's outreach team before taking on "
  "professional programmes). Dr Kamala Singh, Senior Lecturer at Mardon, leads Block 1 (former "
  "LA principal educational psychologist; research on SEN policy). We will need four associate "
  "tutors for a cohort of 40; they will be recruited in the spring by open advertisement.")
P("Every associate tutor will attend a one-day induction in July before teaching, covering "
  "the course, the tasks, marking criteria, and their role as personal tutor, and will be "
  "given the Tutor Handbook (being written now, due May). Pelham staff contributing sessions "
  "(speech and language therapists, occupational therapists, psychologists, outreach "
  "teachers) get a briefing sheet for each session saying what it must achieve.")
P("Placements and expertise: every participant spends a placement day at Pelham Park, Orchard "
  "Lodge or with the outreach team during Block 2, with structured observation tasks set by "
  "the tutor and a debrief with a senior teacher. Our therapists and psychologists teach on "
  "Block 2.")
P("Resources: Pelham's own library (autism and SEN, about 4,000 items) is open to participants. "
  "Access to Mardon's library is still being negotiated. We have not yet worked out how "
  "participants will see specialist technology.")

E("Thursday 12 February 2009", "Marking, evaluation, the award")
c = P("Marking: each tutor will mark their own group's work. We have not yet agreed any second "
      "marking or moderation \u2013 item for the March meeting. Mardon will nominate an external "
      "examiner in due course.")
doc.add_comment(c.runs, text="Kamala: I'd keep at least a second reader for fails. Can we agree "
                "this before it goes?", author="Kamala Singh", initials="KS")
P("Evaluation: participants complete an evaluation form at the end of each study day and each "
  "block; and the course goes through Mardon's annual monitoring.")
P("Impact on pupils: Task 3 requires a baseline measure of the progress or well-being of the "
  "pupils the change is aimed at, and a second measure at least eight weeks later, with an "
  "explanation of the difference. We will collate these across the cohort each year, "
  "alongside participants' confidence ratings against the 28 outcomes at entry and at the "
  "end of the course.")
P("The award: we had planned an Outcome Record in which the tutor signed off each of the 28 "
  "national outcomes separately. We have dropped it \u2013 too much paperwork for tutors and "
  "participants, and the tasks already cover the ground. The award will follow a pass in the "
  "four tasks, confirmed by Mardon's Board of Examiners.")

E("Friday 20 February 2009", "Settled position")
P("For the panel, this is where we have got to.")
bul("Award: Postgraduate Certificate, National Award for SEN Coordination, 60 credits at "
    "Level 7, University of Mardon. Three 20-credit blocks.")
bul("Intake: one cohort of up to 40, starting September 2009. The January route in timetable "
    "version 2 will not run. Blocks are taken in order (Frameworks, Learners, Leadership). "
    "Participants choose Thursday or Saturday study days and can switch between them. Nine "
    "study days plus Pelham Online.")
bul("Before the course: the Starting Point Profile, in which each participant rates themselves "
    "against the 28 outcomes with examples. At the first tutorial, the tutor and participant "
    "turn it into an Individual Learning Plan with the participant's own targets against the "
    "outcomes, the reading and school tasks that meet them, and the focus for Task 3. The "
    "plan is reviewed at each of four tutorials.")
bul("Fees: \u00a31,650 for the year, including materials and the placement day. Blended study "
    "keeps days out of school to nine.")
bul("Ending: the last study day is \"What next?\". Each participant drafts a two-year "
    "professional development plan, discusses it in the Task 4 professional conversation, and "
    "takes it to their line manager for their performance management review.")
p = bul("Stakeholders: the changes made after the advisers' and parents' meetings stand.")
d = doc.add_paragraph("\u2022  Two headteachers and a parent will sit on the Course Committee and "
                      "review the evaluations each year.")
d.paragraph_format.left_indent = Cm(0.8)
mark_par_deleted(d, AUTH, DATE)
q = bul("Checks: the CRB arrangements agreed at validation stand.")
ins_run(q, " Candidates who have not worked in a school in a post with regular contact with "
        "children in the past three months obtain a new enhanced disclosure through Pelham "
        "before they start.", AUTH, DATE)

# ------------------------------------------------------------------ appendix
doc.add_page_break()
h = P()
r = h.add_run("APPENDIX 1  \u2013  THE BLOCKS, THE TASKS AND THE NATIONAL OUTCOMES")
r.bold = True
P("The four tasks: Task 1 (Block 1), a policy audit of the participant's school and a briefing "
  "paper for governors, 3,000 words. Task 2 (Block 2), a case study of two pupils with "
  "different needs, 4,000 words, with the review-meeting record written with a parent. Task 3 "
  "(Block 3), a change project led in school, with baseline and follow-up measures, a "
  "provision map and an evaluation with staff, 5,000 words. Task 4, a reflective commentary "
  "(2,000 words) and a 30-minute professional conversation with two tutors.")

r = P().add_run("Block 1: Frameworks (study days 1 to 3)")
r.bold = True
P("Content: the Education Act 1996 and the SEN Code of Practice 2001; the SENCO regulations "
  "in prospect; Every Child Matters; the Disability Discrimination Act 1995 and 2005 and the "
  "disability equality duty; research and inspection evidence on inclusion, including Ofsted's "
  "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and the "
  "Autism Working Group's good practice guidance (2002); the Inclusion Development Programme; "
  "Pelham's own research on school experiences of autistic pupils. Outcomes:")
for t_ in [
    "Knows the law and guidance on SEN, including the Code of Practice, and how to apply them in school. Assessed: Task 1.",
    "Understands Every Child Matters and how the SENCO contributes to the five outcomes. Assessed: Task 1.",
    "Knows disability equality law and what it requires of the school. Covered on study day 2; not in a task.",
    "Knows best practice and research in meeting SEN. Assessed: Task 1 and Task 3 literature sections.",
    "Advises senior colleagues and governors on an inclusive ethos, policies, priorities and resources. Assessed: Task 1 (briefing paper for governors).",
    "Uses research and external advice to improve own and colleagues' practice. Assessed: Task 3.",
]:
    bul(t_)

r = P().add_run("Block 2: Learners (study days 4 to 6, and the placement day)")
r.bold = True
P("Content: how children develop and how SEN, disability and the physical and social "
  "environment affect development; the common areas of need (behavioural, emotional and "
  "social difficulties, dyslexia and other specific learning difficulties, speech, language "
  "and communication needs, autism, moderate learning difficulties) and their effect on "
  "learning; assessment and teaching approaches including ICT and visual supports; working "
  "with parents; the Voices toolkit; external agencies; access arrangements for national tests "
  "and examinations, taught with an examinations officer. Outcomes:")
for t_ in [
    "Understands child development and what affects it. Assessed: Task 2.",
    "Knows the most common types of SEN and disability and how they affect learning. Assessed: Task 2.",
    "Has a critical grasp of approaches, strategies and resources, including ICT, to remove barriers and personalise provision. Assessed: Task 2.",
    "Knows the scope and roles of external agencies and how to get specialist support. Assessed: Task 2.",
    "Builds fair, respectful and constructive relationships with pupils and parents. Assessed: Task 2 (review-meeting record with the parent's comments).",
    "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress. Assessed: Task 2.",
    "Uses assessments from other professionals to plan teaching. Assessed: Task 2.",
    "Identifies special arrangements for national tests and examinations in good time and puts them in place. Assessed: Task 2 (an access arrangements plan for one pupil).",
    "Involves pupils in planning and reviewing their provision. Assessed: Task 2 (use of Voices).",
    "Liaises with parents and carers to support learning. Assessed: Task 2.",
    "Works in partnership with other services and voluntary organisations. Assessed: Task 2.",
]:
    bul(t_)

r = P().add_run("Block 3: Leadership (study days 7 to 9)")
r.bold = True
P("Content: leading change; gaining the commitment of senior leaders; time, priorities and "
  "delegation; making decisions on provision; coaching, observation and feedback, and running "
  "training; working with SENCOs in neighbouring schools through cluster networks; assessment "
  "for learning for pupils with SEN; deploying and managing support staff; using national and "
  "school data; provision mapping; evaluating provision with colleagues; keeping up to date. "
  "Outcomes:")
for t_ in [
    "Gains the commitment of colleagues, including the head and senior leaders. Assessed: Task 3.",
    "Prioritises, manages time and delegates effectively. Assessed: Task 4 (workload log discussed in the professional conversation).",
    "Anticipates and resolves problems and makes sound judgements on provision. Assessed: Task 3.",
    "Uses summative assessment and national data to track progress and adjust programmes. Assessed: Task 3 baseline and follow-up.",
    "Encourages other teachers to develop formative assessment for pupils with SEN. Discussed in a tutorial; not assessed.",
    "Uses provision mapping to plan provision and find what is ineffective or missing. Assessed: Task 3.",
    "Deploys and manages staff effectively. Covered on study day 8; not assessed.",
    "Supports colleagues' professional development through observation, coaching and training. Assessed: Task 3 (coaching record).",
    "Reviews and evaluates provision with other staff. Assessed: Task 3.",
    "Keeps up to date and takes responsibility for own CPD. Assessed: Task 4 (professional development plan).",
]:
    bul(t_)

r = P().add_run("Across the course")
r.bold = True
bul("Expresses themselves clearly in speech and writing and listens to others. Not taught as such; "
    "assessed through the Task 4 professional conversation.")

doc.save(OUT)
print("wrote", OUT)
