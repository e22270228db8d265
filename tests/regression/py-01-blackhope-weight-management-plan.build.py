"""py-01-blackhope-weight-management-plan: writes py-01-blackhope-weight-management-plan.docx next to itself.

Provider (invented): Blackhope Amateur Wrestling Club, a freestyle and Greco-Roman club whose Schools and
Inclusion Programme ("Mat Ready") has run adapted wrestling in local schools since 1998, with the University
of Tynedale's School of Education, which validates and makes the award. Submitted November 2008 for the
2008-09 round.

Document kind and layout: the course written on the club's own Weight Management Plan form (Form WM-2,
"Squad Edition"), the form its coaches use to plan a safe weight descent for a squad of competitors.
The teachers are "Wrestlers", the tutors "Coaches", the in-school mentor the "Corner", the pre-course needs
assessment "Assessment Day" (the starting point is the "Alpha Weight", the self-rating sheet the "Alpha
Sheet"), the individual training plan the "Descent Plan", taught days "Mat Days" (M1-M8), school-based tasks
"Roadwork", marked assignments "Scales" (1-3) and the "Final Weigh-in", formative self and peer checks the
"Bathroom scale", the external examiner the "Weigh Master". Heading 1/Heading 2 styles carry the form's
Part titles. A title block table with merged and shaded cells and a blank doctor's-signature field;
"How to read this plan" (ten typed-number definitions that key the outcome chart in Part K, far below);
a staff table with a merged row; a Descent Table by month with merged cells (August spans the row);
a "SAFE DESCENT" VML text box; eight Mat Day sections; the Scales; a landscape "Weight Class Chart" of
28 lines in the club's own words ("Cut on" / "Weighed at", values "Bathroom scale only", "Water weight",
"-", "Not in this descent") with an asterisked note; a sign-off table with grey prompts left in and
blanks. Header and footer (the footer claims every outcome is weighed). Two footnotes. Tracked changes:
a deleted CRB sentence, a deleted September start, an inserted standardisation sentence. Four comments.

Traps (requirement ids):
- 5.3 not_met: the club's CRB checks are on its own coaches and volunteers for the junior section (right
  words, wrong people); wrestlers' disclosures are "held by their employing schools" and the club "does not
  ask to see them" (someone else's responsibility). The one sentence that had the club seeing certificates
  at Assessment Day is a tracked deletion, and a comment asks whether they check "at the interview".
- 2.3 not_met: the club's referee course has a straight-to-assessment route (another course's arrangement);
  the Award "has no such route" (negation).
- 2.5 not_met: what the wrestler aims at next is left to the school's performance management, the club
  "does not plan it and does not ask"; the "Next Weight Class" card is for the club's coaching awards (wrong
  course); a comment suggesting help with next steps is not part of the submission.
- 6.K3 not_met: disability equality law is "Not in this descent"; wrestlers are expected to book the LA's
  own course (another provider's arrangement). Also makes 1.4 partially_met.
- 6.S2d not_met: the chart has no line for access arrangements in national tests; it is nowhere else.
- 2.2 partially_met: Assessment Day rates the Alpha Sheet against the chart lines and agrees a Descent Plan,
  but "we do not set personal outcomes" (half the requirement explicitly refused).
- 3.2 partially_met: one January start and a fixed order ("a wrestler cannot join part-way through"); only
  the Tuesday/Saturday repeat is flexible; the September start is a tracked deletion.
- 3.3 not_applicable: "There is no online element to the Descent"; the club website's weight log is for
  junior wrestlers (wrong thing); a comment about a Moodle page is not part of the submission.
- 4.3 partially_met: stakeholders act as guest coaches and a headteacher sits on the Scale 3 panel, but
  their part in evaluation is only hoped for ("We would like ...", "we hope to set up").
- 5.7 partially_met: coaches are briefed and standardised; the Corner's Guide "is being drafted for the 2010
  squad" (plan), Corners only get a phone call.
- 5.9 partially_met: competence and confidence are measured (Alpha Sheet re-rated, Corner's statement) but
  "We do not try to measure what happens to the wrestlers' pupils".
- 6.0 partially_met: the award rule is an aggregate of 50 per cent with compensation between Scales, not all
  outcomes shown; the footer's "Every national outcome is weighed" is a footer (never evidence).
- 1.9 partially_met: assessment is rigorous where it happens, but the chart leaves outcomes unassessed or
  formative only and one outcome absent.
- Chart partials: 6.A3, 6.S2b, 6.S7 "Bathroom scale only" (formative only); 6.A7 and 6.K4 weighed "-"
  (developed, not assessed); 6.K7 "Water weight" (only named in the pack) but weighed at Scale 2 (assessed,
  not developed); 6.S9 weighed at Scale 3 only "if the panel has time" (condition).
- Met despite traps: 5.8 (the standardisation sentence is a tracked insertion, so it counts; double marking,
  Weigh Master sample, Examination Board); 5.2 (the entry check with a "bulking programme" letter to the
  headteacher); 3.1 (disclosure on the entry form, adjustments, the mat room upstairs not used); 1.5 (consulting
  pupils is practised on M5 even though S7 is only formative); 4.1/4.2 (survey of 23 schools, changes after the
  Taster Descent); 5.5 (two placements arranged by the club); E.1/E.2 (validated 8 October 2008, 60 credits).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _py_helpers import (base_doc, para, ins_run, del_run, ins_para, del_para, table, cell_text, fill_row,
                         shade, repeat_header, textbox, page_field, Footnotes, landscape_section,
                         portrait_section, comment)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AC, RD = "Alison Crake", "Ray Dunstan"
D1, D2 = "2008-11-11T09:40:00Z", "2008-11-12T16:05:00Z"
GREY = "808080"

doc = base_doc("Calibri", 10.5)
fn = Footnotes(doc)

# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Blackhope Amateur Wrestling Club  \u00b7  Form WM-2 (Squad Edition) rev. 4  \u00b7  CONFIDENTIAL WHEN COMPLETED"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Every national outcome is weighed before the Award is made.   Page ")
r.font.size = Pt(8)
page_field(fp)

# ------------------------------------------------------------------ title block
tb = table(doc, 6, 4, widths=[3.6, 5.4, 3.2, 4.6])
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(top, [[("BLACKHOPE AMATEUR WRESTLING CLUB", {"bold": True, "size": 14})],
                [("Schools and Inclusion Programme  \u00b7  WEIGHT MANAGEMENT PLAN  \u00b7  Form WM-2 (Squad Edition)",
                  {"bold": True, "size": 10})]], fill="1F3864", color="FFFFFF", align="center")
cell_text(tb.cell(1, 0), "Squad", bold=True, fill="D9E2F3")
sq = tb.cell(1, 1).merge(tb.cell(1, 3))
cell_text(sq, "National Award for SEN Coordination \u2013 the 2009 Squad (first Descent: January to December 2009)")
cell_text(tb.cell(2, 0), "Validated by", bold=True, fill="D9E2F3")
cell_text(tb.cell(2, 1), "University of Tynedale, School of Education")
cell_text(tb.cell(2, 2), "Credits", bold=True, fill="D9E2F3")
cell_text(tb.cell(2, 3), "60 at Master's level")
cell_text(tb.cell(3, 0), "Plan prepared by", bold=True, fill="D9E2F3")
cell_text(tb.cell(3, 1), "Dr Alison Crake, Education Officer")
cell_text(tb.cell(3, 2), "Date", bold=True, fill="D9E2F3")
cell_text(tb.cell(3, 3), "14 November 2008")
cell_text(tb.cell(4, 0), "Certifying coach", bold=True, fill="D9E2F3")
cell_text(tb.cell(4, 1), "Mr Ray Dunstan, Head Coach")
cell_text(tb.cell(4, 2), "Doctor's signature", bold=True, fill="D9E2F3")
cell_text(tb.cell(4, 3), "(under-18 wrestlers only) ____________", italic=True, color=GREY)
cell_text(tb.cell(5, 0), "Plan status", bold=True, fill="D9E2F3")
st = tb.cell(5, 1).merge(tb.cell(5, 3))
cell_text(st, "Submitted to the TDA with our application for approval, round two, 2008\u201309")

para(doc, "")
para(doc, "Every Blackhope wrestler who competes at a weight class has a Weight Management Plan. The plan says "
          "where the wrestler starts, what weight they aim to make, how fast they may safely get there, and who "
          "checks the scale. "
          "Form WM-2 is the version our coaches write for a whole squad. We have written the Award on it because "
          "it asks of a new SENCO what it asks of a wrestler: start from where you really are, reach a standard "
          "that is the same for everyone, and be weighed on a scale that somebody else has calibrated.")

# ------------------------------------------------------------------ key
doc.add_heading("How to read this plan", level=1)
key = [
    ("Wrestler", "means a teacher on the Award: a SENCO, or a teacher who will take on the role, in a school in "
                 "Tynedale, Blackhope or North Fellside."),
    ("Coach", "means a tutor. Our coaches are the club's education staff and lecturers of the University (Part A)."),
    ("Corner", "means the senior colleague in the wrestler's own school, named by the headteacher, who supports "
               "the wrestler between Mat Days."),
    ("Assessment Day", "is the day before the Descent starts when every wrestler's starting point is measured. "
                       "What we record there is the Alpha Weight."),
    ("Descent Plan", "is the individual plan agreed with each wrestler at Assessment Day."),
    ("Mat Day", "is a taught day (M1 to M8). Roadwork is what the wrestler does in their own school between Mat Days."),
    ("Scale", "is a piece of assessed work, marked by the coaches and the University against the lines of the "
              "Weight Class Chart. There are three Scales and the Final Weigh-in."),
    ("Bathroom scale", "means a check the wrestler makes on their own or with another wrestler, with feedback from "
                       "a coach. A bathroom scale reading is never recorded against the Award."),
    ("Cut on and Weighed at", "are the two columns of the Weight Class Chart (Part K). Cut on names the Mat Day "
                              "on which a line is worked on; Weighed at names the Scale that assesses it. Water "
                              "weight in the Cut on column means the line is named in the Mat Day pack but not "
                              "worked on. A dash means nothing is entered. Not in this descent means the line is "
                              "not part of the 2009 Descent."),
    ("Weigh Master", "is the external examiner appointed by the University."),
]
for i, (term, text) in enumerate(key, 1):
    para(doc, [(f"{i}.  ", {}), (term + " ", {"bold": True}), (text, {})], space_after=3)

# ------------------------------------------------------------------ Part A
doc.add_heading("Part A \u2013 The club, the University and the coaches", level=1)
para(doc, "Blackhope Amateur Wrestling Club was founded in 1931. Since 1998 our Schools and Inclusion Programme, Mat Ready, has run adapted "
          "wrestling for pupils who find ordinary PE hard in twenty-three schools, three of them special schools. Our education staff are teachers first and wrestling coaches second.")
p = para(doc, "The Award is the University of Tynedale's Postgraduate Certificate in Special Educational Needs "
              "Coordination, worth 60 credits at Master's level.")
fn.add(p, "Level 7 of the Framework for Higher Education Qualifications in England, Wales and Northern Ireland (2008).")
p.add_run(" The University's Validation Panel approved it on 8 October 2008; the University registers every "
          "wrestler as one of its students, makes the Award, issues the transcript and appoints the Weigh Master. "
          "The club plans and delivers the Descent with the University's School of Education under a partnership "
          "agreement signed on 21 October 2008.")

para(doc, "The weight we are aiming at", bold=True, keep=True)
para(doc, "The Descent exists for the pupils with SEN and disabilities in the wrestlers' schools: that they "
          "achieve more and are healthier, safer and happier, under all five Every Child Matters outcomes and not "
          "only in their test results. The wrestler's knowledge, understanding and skills are how they get there.")
para(doc, "The coaches", bold=True, keep=True)
ct = table(doc, 6, 4, widths=[3.4, 3.6, 5.4, 4.4])
fill_row(ct.rows[0], ["Coach", "On the Descent", "Background", "Now"], bold=True, fill="D9E2F3")
repeat_header(ct.rows[0])
fill_row(ct.rows[1], ["Dr Alison Crake", "Education Officer; leads the Descent, Assessment Day and the Alpha Sheet",
                      "SENCO at Fellside High School for eleven years; PhD on the inclusion of pupils with autism in "
                      "mainstream PE (Tynedale, 2006)",
                      "Chairs the Tynedale SENCO Network; member of NASEN's regional committee"])
fill_row(ct.rows[2], ["Dr Imran Qureshi", "University module leader; marks all three Scales",
                      "Educational psychologist for nine years; Senior Lecturer in Inclusive Education since 2003",
                      "Researching provision mapping in secondary schools with Tynedale LA"])
fill_row(ct.rows[3], ["Mrs Helen Marwood", "Coach on M2 and M3; tutor for wrestlers in primary schools",
                      "Specialist teacher (AMBDA), Tynedale Learning Support Service",
                      "Seconded to the club one day a month by the LA"])
fill_row(ct.rows[4], ["Mr Ray Dunstan", "Head Coach; certifying coach; leads M6 with Dr Crake",
                      "British Wrestling Level 3 coach; taught PE for nine years at Brookvale School (BESD)",
                      "Runs Mat Ready in the three special schools"])
wm = ct.cell(5, 1).merge(ct.cell(5, 3))
cell_text(ct.cell(5, 0), "Weigh Master", bold=True, fill="EDEDED")
p = cell_text(wm, "Professor Gillian Royce, appointed by the University as external examiner for the Award").paragraphs[0]
fn.add(p, "Professor Royce is Professor of Inclusive Education at the University of Lindholme and has examined two other "
          "SENCO programmes since 2005.")
shade(wm, "EDEDED")

# ------------------------------------------------------------------ Part B
doc.add_heading("Part B \u2013 Who we weigh in", level=1)
para(doc, "A wrestler must hold QTS, be in post in a maintained school in the three authorities, and be the "
          "school's SENCO or be due to take on the role within the year. The headteacher signs Part L to release "
          "the wrestler and to name a Corner.")
para(doc, "Before anyone is accepted Dr Crake goes through the Alpha Sheet (Part C) with the applicant. An applicant whose sheet shows they are not yet ready to reach the outcomes "
          "within the year (most often a teacher with under two years in the classroom, or one with no "
          "experience of teaching a pupil with a statement) is not accepted for 2009. We write to the applicant "
          "and to their headteacher with a bulking programme: the reading, the school experience and the "
          "conversations with the school's current SENCO that would make them ready, and the offer of a place in "
          "the next squad.")
para(doc, "Safeguarding", bold=True, keep=True)
p = para(doc, "Every coach, volunteer and guest coach who works with our junior section holds an enhanced CRB "
              "disclosure, checked by the Club Welfare Officer under British Wrestling's safeguarding policy and "
              "renewed every three years. Wrestlers on the Award are teachers: their enhanced disclosures are held "
              "by their employing schools or local authorities, and the club does not ask to see them.")
p.add_run(" ")
del_run(p, "Wrestlers show their CRB certificate to the certifying coach at Assessment Day, and its number is "
           "recorded on the Alpha Sheet.", RD, D2)
c_crb = p.runs[0]
comment(doc, c_crb, "Don't we check these at the interview anyway? Alison to confirm with the LA before we send.",
        RD, "RD")

para(doc, "Equal opportunities and disabled wrestlers", bold=True, keep=True)
para(doc, "The entry form asks every applicant whether they have a disability, a health condition or any other "
          "need we should plan for, and says in plain words why we ask and who will see the answer. Dr Crake "
          "agrees adjustments with the wrestler before Assessment Day and writes them into the Descent Plan: "
          "large print, a hearing loop, rest breaks, and extra time or a different format for a Scale, agreed with "
          "the University's Disability Service. The club's own mat room is up two flights of stairs with no lift, "
          "so no Mat Day is held there: the Tuesday Mat Days are at the University and the Saturday repeats are in "
          "the ground-floor Learning Room at Blackhope Community Sports Centre. Both placement schools are "
          "step-free. Our leaflet for the Award comes in large print and on audio CD, and it says that disabled "
          "teachers are welcome on the Descent and how to ask for an adjustment.")
para(doc, "Credit a wrestler already carries", bold=True, keep=True)
para(doc, "A wrestler who has already earned Master's level credit in SEN in the last five years, for instance on "
          "the University's Certificate in Specific Learning Difficulties, may ask for it to count under the "
          "University's regulations for the Accreditation of Prior Learning. Up to 30 of the 60 credits may be "
          "accredited in this way, for certificated study (APCL) or, through a portfolio mapped against the lines "
          "of the Weight Class Chart, for experience (APEL). The University's APL Tutor decides each claim and the "
          "Weigh Master sees a sample. A wrestler whose claim succeeds is excused the Scales it covers, not the "
          "Final Weigh-in.")
para(doc, "Straight to the scale?", bold=True, keep=True)
para(doc, "The club's referee course lets an experienced official go straight to the practical assessment without "
          "the training evenings. The Award has no such route: every wrestler makes the whole Descent, from "
          "Assessment Day to the Final Weigh-in, whatever their experience.")

# ------------------------------------------------------------------ Part C
doc.add_heading("Part C \u2013 Assessment Day and the Alpha Weight", level=1)
para(doc, "Before Assessment Day each wrestler fills in the Alpha Sheet: the 28 lines of the Weight Class Chart, "
          "each rated from 1 (\u201cI would not know where to start\u201d) to 4 (\u201cI do this now and could show "
          "a colleague\u201d), with a line of evidence for any rating of 3 or 4. The Corner adds a comment on any "
          "line where they see it differently.")
para(doc, "Assessment Day is held at the University on Tuesday 6 January 2009. Each wrestler spends an hour with a "
          "coach testing the ratings against the evidence, above all on the law, where a teacher trained under "
          "the 1994 Code often rates themselves too high. What comes out is the Alpha Weight, the wrestler's agreed starting point on each line.")
para(doc, "The wrestler and the coach then agree the Descent Plan: which Mat Days the wrestler must attend in "
          "full, which Roadwork tasks come first, which placement suits them, and a target date for each Scale. "
          "The Descent Plan sets the pace and the order of the wrestler's work. It does not change what they must "
          "make: every wrestler is weighed against the same 28 lines, and we do not set personal outcomes.")
para(doc, "A wrestler who comes in heavy on a line (rated 1 or 2 at the Alpha Weight) is given the extra Roadwork "
          "for that line and a tutorial with a coach before the Mat Day that cuts it. One who is already at weight "
          "on a group of lines may swap that Mat Day's morning for a sparring session, an hour with a coach on "
          "their own Scale work, so that nobody sits through a day they do not need. The coaches read the Alpha "
          "Sheets together in the week after Assessment Day and adjust the Mat Days to the squad. The fee is \u00a31,450 for the Descent, of which Tynedale LA pays "
          "\u00a3900 for each of its schools. The Saturday repeats add nothing to the cost because the Sports "
          "Centre gives the Learning Room free, and the placements are arranged through schools already in Mat "
          "Ready.")

# ------------------------------------------------------------------ Part D
doc.add_heading("Part D \u2013 The Descent Table", level=1)
rows = [
    ("January", "Assessment Day Tue 6 Jan\nM1 Tue 20 Jan / Sat 24 Jan",
     "R1 Read the school's SEN policy against the Code with your Corner", "Bathroom scale: Alpha Sheet review"),
    ("February", "M2 Tue 10 Feb / Sat 14 Feb", "R2 Observe one pupil in three lessons; talk to the pupil", ""),
    ("March", "M3 Tue 10 Mar / Sat 14 Mar", "R3 Collect the professionals' reports on your case pupil",
     "Scale 1 due Fri 27 Mar"),
    ("April", "(Easter: no Mat Day)", "R4 Placement day 1", ""),
    ("May", "M4 Tue 12 May / Sat 16 May", "R5 Draw your school's provision map with your Corner", ""),
    ("June", "M5 Tue 9 Jun / Sat 13 Jun", "R6 Sit in on a review with a pupil and a parent", ""),
    ("July", "M6 Tue 7 Jul / Sat 11 Jul", "R7 Observe a colleague and give feedback", "Scale 2 due Fri 17 Jul"),
    ("August", "Summer: no Mat Days, no Roadwork", None, None),
    ("September", "M7 Tue 22 Sep / Sat 26 Sep", "R8 Placement day 2", ""),
    ("October", "M8 Tue 13 Oct / Sat 17 Oct", "R9 Lead a review of provision with staff", ""),
    ("November", "", "", "Scale 3 and the Final Weigh-in panel Sat 21 Nov"),
    ("December", "", "", "Weigh Master's report; University Examination Board Thu 10 Dec"),
]
dt = table(doc, len(rows) + 1, 4, widths=[2.4, 4.6, 6.0, 4.0])
fill_row(dt.rows[0], ["Month", "Mat Day (Tuesday at the University / Saturday at the Centre)", "Roadwork in school",
                      "On the scale"], bold=True, fill="D9E2F3", size=9)
repeat_header(dt.rows[0])
for i, (m, a, b, c) in enumerate(rows, 1):
    cell_text(dt.cell(i, 0), m, bold=True, size=9)
    if b is None:
        mc = dt.cell(i, 1).merge(dt.cell(i, 3))
        cell_text(mc, a, italic=True, size=9, fill="EDEDED", align="center")
    else:
        cell_text(dt.cell(i, 1), a, size=9)
        cell_text(dt.cell(i, 2), b, size=9)
        cell_text(dt.cell(i, 3), c, size=9)
nov = dt.cell(11, 1).merge(dt.cell(12, 2))
cell_text(nov, "Portfolio of Roadwork with the Corner's statement handed in by Fri 6 Nov", size=9, italic=True)

para(doc, "")
p = para(doc, "The Descent runs once a year, from January, and the Mat Days come in the order shown: a wrestler "
              "cannot join part-way through. To make the year easier to fit round a school, every Mat Day runs "
              "twice, on a Tuesday at the University and on the following Saturday at the Centre, and a wrestler "
              "may take any Mat Day on either day.")
p.add_run(" ")
del_run(p, "From 2009 a second squad will start in September, with its Mat Days on Saturdays only.", AC, D1)
p = para(doc, "There is no online element to the Descent: Mat Day packs are posted out a week before each Mat Day "
              "and Roadwork is brought to the next one. The club website's weight log is for our junior wrestlers and has nothing to do with the Award.")
comment(doc, p.runs[0], "Imran says the University could give us a Moodle page if we want one. Leave for now?", AC, "AC")

p = para(doc, "")
textbox(p, [("SAFE DESCENT", True),
            "The Descent is about 600 hours of study: "
            "some 64 hours on the mat, about 250 hours of Roadwork in school, and the rest reading and writing "
            "the Scales. No wrestler is asked to hand in two Scales in the same half-term.",
            "A wrestler who falls ill or whose school changes round them talks to the certifying coach, who "
            "moves the Scale date within the year."], width_pt=440, height_pt=118, fill="FFF2CC")

# ------------------------------------------------------------------ Part E
doc.add_heading("Part E \u2013 The Mat Days", level=1)
para(doc, "Each Mat Day runs from 9.15 to 3.45: a taught morning, and an afternoon in threes on the wrestlers' own "
          "cases, with a coach in each group.")

mat_days = [
    ("M1 \u00b7 The rulebook",
     "The SEN Code of Practice (2001): School Action, School Action Plus, "
     "statements and annual reviews, and what each asks of the school, the SENCO, teachers and governors. The SEN duties of the Education Act 1996, the Children Act 2004 and Every Child Matters: the five outcomes (being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution, achieving economic well-being) and "
     "the SENCO's part in each of them in a school. The initiatives a new SENCO meets now: the Inclusion "
     "Development Programme, the 2008 SENCO regulations, the Lamb Inquiry. Disability equality law is not on this Mat Day or any other: Tynedale LA runs its own "
     "half-day course on the Disability Discrimination Act and the Disability Equality Duty for new SENCOs, and we "
     "expect wrestlers to book it.",
     "Read your school's SEN policy against the Code with your Corner and list the three changes you would make.",
     "Tynedale LA's Principal Officer for SEN on how statutory assessment works in the three authorities."),
    ("M2 \u00b7 Know your wrestler",
     "How children develop, and how SEN, disability and the physical and social "
     "environment of a classroom can change that development. The most common needs a SENCO meets and how each affects learning: behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autistic spectrum disorders and moderate learning difficulties.",
     "Observe one pupil in three different lessons and talk to the pupil about what helps.",
     "A speech and language therapist from the Tynedale Primary Care Trust."),
    ("M3 \u00b7 Making the numbers work",
     "Identifying pupils who may have SEN from observation, data and assessment; setting targets that stretch; "
     "planning interventions and reviewing them. Using the reports of educational psychologists, therapists and "
     "advisory teachers to plan teaching. Tracking progress with summative data, P scales, national tests and "
     "RAISEonline, and changing a pupil's programme when the numbers say it is not working. Helping class "
     "teachers build formative assessment that works for pupils with SEN. A critical look at approaches, strategies and resources for assessment, planning "
     "and teaching, including ICT: Clicker, text-to-speech, Numicon, structured phonics. Best practice and "
     "research on what works: Brooks's What Works for Children with Literacy Difficulties (2007), Every Child a "
     "Reader, and Ofsted's Inclusion: Does It Matter Where Pupils Are Taught? (2006).",
     "Collect every professional's report on your case pupil and turn them into three teaching strategies.",
     "An advisory teacher for ICT and SEN from the Learning Support Service."),
    ("M4 \u00b7 Cutting the right way",
     "Provision mapping and management: finding what is missing or not working. Deploying and managing teaching assistants, with the early findings of the "
     "Deployment and Impact of Support Staff project. Prioritising the SENCO's own work, managing time, and "
     "delegating tasks with a check that they get done. Working with the headteacher and governors on the "
     "school's inclusion policy, its priorities and how it spends its SEN budget.",
     "Draw your school's provision map with your Corner and mark one piece of provision to stop.",
     "The SENCO of Marsh Lane Primary, whose provision map Ofsted praised in 2007."),
    ("M5 \u00b7 In the corner: pupils and parents",
     "Building fair, respectful relationships with pupils with SEN and their families. Consulting pupils: "
     "wrestlers practise, in pairs and then with two of our Mat Ready young people who come in for the "
     "afternoon, ways of asking pupils what helps and what they want from a review, including pupils with "
     "little or no speech, using talking mats and symbols. Involving pupils in planning and reviewing their "
     "own provision. Working with parents and carers as partners, advising and "
     "hearing them.",
     "Sit in on a review with a pupil and a parent, and write down who spoke and for how long.",
     "Tynedale Parent Partnership Service, and a parent from the Mat Ready families."),
    ("M6 \u00b7 Coaching the coaches",
     "Gaining the commitment of the headteacher and senior leaders. Advising and supporting colleagues in the "
     "school and in other schools, and collaborating with them. Supporting colleagues' professional "
     "development: observing teaching and giving feedback, modelling, coaching and mentoring, running a staff "
     "training session. Speaking and writing clearly, listening and hearing what colleagues mean. Mr Dunstan "
     "runs the afternoon on the mat: one piece of feedback in thirty seconds.",
     "Observe a colleague teach and give feedback; plan the training session you will present at Scale 3.",
     "A headteacher from the Mat Ready schools."),
    ("M7 \u00b7 Outside help",
     "The scope and role of the services round a school, statutory and voluntary. How to get "
     "specialist support and resources for a pupil. Working in partnership with these services and with "
     "voluntary organisations through the Common Assessment Framework and team around the child. In the "
     "afternoon, three case problems: reading a problem early and making a decision on provision you can defend.",
     "Map the agencies your school uses and find one it should use and does not.",
     "CAMHS, the Sensory Support Service and Tynedale Autism Parents' Group."),
    ("M8 \u00b7 Making weight",
     "Reviewing and evaluating provision with other staff so that the findings go into the school's "
     "self-evaluation and improvement plan. Drawing on research and outside advice to improve your own and "
     "your colleagues' practice. Keeping up to date with developments in SEN and "
     "knowing where to find them: each wrestler keeps a reading log from this Mat Day to the Final Weigh-in. The school's self-evaluation form and "
     "Ofsted's framework are in the Mat Day pack for reading at home.",
     "Lead a review of one area of provision with the staff who deliver it.",
     "An Ofsted-trained school improvement partner."),
]
for title, mat, road, guest in mat_days:
    doc.add_heading(title, level=2)
    para(doc, [("On the mat.  ", {"bold": True}), (mat, {})], space_after=3)
    para(doc, [("Roadwork.  ", {"bold": True}), (road, {})], space_after=3)
    para(doc, [("Guest coach.  ", {"bold": True}), (guest, {})])

# ------------------------------------------------------------------ Part F
doc.add_heading("Part F \u2013 The Scales", level=1)
para(doc, "Three Scales and the Final Weigh-in make up the assessment for the Award. Each Scale is marked "
          "against the lines of the Weight Class Chart it weighs and against the University's Master's level "
          "criteria.")
scales = [
    ("Scale 1 \u2013 The case wrestler (3,000 words, March)",
     "A case study of one pupil in the wrestler's school: how the pupil's needs were identified, what the "
     "professionals' assessments say and how they were turned into teaching, the targets and the intervention, "
     "the review, which outside agencies could help and how the school would get that help, and the "
     "part the pupil's parents played. It also weighs knowledge of the common types of SEN and of approaches and resources."),
    ("Scale 2 \u2013 The provision review (5,000 words, July)",
     "A school-based enquiry. The wrestler maps the school's provision, reviews one area with "
     "the staff who deliver it, looks at how teaching assistants are deployed, reads the research, and writes recommendations for the headteacher and governors. The review must show what "
     "difference the provision makes to pupils' achievement and well-being, under all five Every Child Matters "
     "outcomes, and how the findings go into the school's self-evaluation."),
    ("Scale 3 \u2013 The corner presentation (November)",
     "A twenty-minute presentation to a panel of two coaches and a headteacher from the Mat Ready schools, on "
     "a training session the wrestler led for colleagues (planned at M6) and what changed afterwards in those "
     "colleagues' assessment and teaching, followed by a twenty-minute professional conversation on the law "
     "and the Code of Practice."),
    ("The Final Weigh-in (November)",
     "The panel checks the portfolio of Roadwork and the Corner's statement and re-rates the Alpha Sheet with the "
     "wrestler."),
]
for t, d in scales:
    para(doc, [(t + ".  ", {"bold": True}), (d, {})])
para(doc, "Between the Scales wrestlers use the bathroom scale: a short self-check sheet after each Mat Day, and "
          "a peer reading of each other's drafts in the afternoon groups, with a coach's written feedback. None "
          "of it is recorded against the Award.")
p = para(doc, "Each Scale is marked by two coaches. The Weigh Master sees every Scale that fails and a quarter of "
              "the rest, and sits on the Final Weigh-in panel; the University's Examination Board confirms every "
              "mark.")
p.add_run(" ")
ins_run(p, "Before the first marking of each Scale the coaches mark three pieces from the Taster Descent together "
           "and agree the standard, and their agreed marks are kept with the Scale.", AC, D2)
para(doc, "The Award is made to a wrestler who makes an aggregate of 50 per cent across the three Scales, with no "
          "Scale below 40 per cent, and whose portfolio is signed off at the Final Weigh-in. A wrestler who misses "
          "may resubmit one Scale once.")

# ------------------------------------------------------------------ Part G
doc.add_heading("Part G \u2013 Corners, coaches and specialists", level=1)
para(doc, "The coaches meet for a half-day before each Mat Day to plan it from the squad's Alpha Sheets, and for a "
          "half-day after each Scale to compare marking. The coaches' handbook sets out who tutors which wrestlers, "
          "the marking criteria and the three-week turnaround. Guest coaches receive the Mat Day plan a "
          "fortnight before.")
para(doc, "Corners are briefed by telephone by Dr Crake when the wrestler is accepted. A Corner's Guide, setting out "
          "what a Corner does and how to write the Corner's statement for the Final Weigh-in, is being drafted for "
          "the 2010 squad.")
para(doc, "Every wrestler spends two placement days away from their own school, arranged by the club: "
          "one at Fellgate School, a special school for pupils with severe and complex learning difficulties, "
          "and one in the autism base at Marsh Lane Primary or the hearing-impaired unit at Tynedale High. The focus of each day comes from the wrestler's Descent Plan, "
          "the host SENCO signs the wrestler's placement record, and the wrestler reports back to the afternoon "
          "group on the next Mat Day. The guest coaches listed in Part E give wrestlers access to an educational "
          "psychologist, a speech and language therapist, CAMHS, the Sensory Support Service and the Parent "
          "Partnership Service.")
para(doc, "Wrestlers use the University's library and electronic journals, and borrow from the Learning Support Service's loan collection of assessment kits and "
          "ICT (Clicker 5, Dragon NaturallySpeaking, Inspiration, talking mats).")

# ------------------------------------------------------------------ Part H
doc.add_heading("Part H \u2013 Our schools and our partners", level=1)
para(doc, "In spring 2008 we surveyed the headteachers and SENCOs of the twenty-three Mat Ready schools (nineteen "
          "replied) and met Tynedale LA's SEN and Inclusion team. They told us three things: new SENCOs struggle "
          "most with provision mapping and teaching assistants; headteachers want SENCOs who lead other staff; "
          "and no school can release a teacher for more than one day a month.")
para(doc, "Those answers shaped the Descent. M4 gives a whole day to provision mapping and staff; Scale 3 is about "
          "leading colleagues; there is one Mat Day a month and each is repeated on a Saturday. The Taster "
          "Descent of autumn 2008 (nine teachers, four Mat Days) changed it again: the Corner was added because "
          "the headteachers asked to be part of it, and M5 now brings in Mat Ready young people after Tynedale "
          "Autism Parents' Group pointed out that nobody had asked the pupils anything.")
para(doc, "Our partners teach on the Descent as guest coaches, host the placements, and a headteacher from the Mat "
          "Ready schools sits on every Scale 3 panel. We would like the headteachers and the Parent Partnership "
          "Service to help us evaluate the Descent as well, and we hope to set up a reference group for that once "
          "the first squad is under way.")

# ------------------------------------------------------------------ Part I
doc.add_heading("Part I \u2013 Checking the scales", level=1)
para(doc, "Every Mat Day ends with an evaluation sheet. In June the squad meets without the "
          "coaches for a focus group run by the University's quality officer. The Weigh Master writes a report each December. The University reviews the Award in its annual "
          "programme monitoring, and Tynedale LA monitors the places it funds through its own SEN service plan.")
para(doc, "Each July and December the Descent Board (Dr Crake, Dr Qureshi, Mr Dunstan and the LA's Principal "
          "Officer for SEN) reads that evidence, with the Scale results and the Alpha Sheets, and agrees changes "
          "to the Mat Days, the Roadwork and the Scales for the next squad. The changes go into the University's "
          "programme action plan and are reported to the next squad on Assessment Day.")
para(doc, "We measure the wrestler, not the pupils. Confidence and competence are measured by re-rating the Alpha "
          "Sheet at the Final Weigh-in and comparing it with the Alpha Weight line by line, and by the Corner's "
          "statement on what the wrestler now does in school. We do not try to measure what happens to the "
          "wrestlers' pupils: a year is too short to see it, and the pupils' results are the schools' business.")

# ------------------------------------------------------------------ Part J
doc.add_heading("Part J \u2013 After the Final Weigh-in", level=1)
para(doc, "Wrestlers who make weight receive the University's Postgraduate Certificate and the club's own certificate.")
p = para(doc, "The Award is the end of the Descent. What the wrestler aims at next is for the school to agree in "
              "performance management; the club does not plan it and does not ask. Coaches who finish a British Wrestling "
              "coaching award get a Next Weight Class card setting out the award above; there is no card for the SENCO Award.")
comment(doc, p.runs[0], "Could we say we help them think about next steps at the Final Weigh-in? R.", RD, "RD")

# ------------------------------------------------------------------ Part K (landscape)
landscape_section(doc)
doc.add_heading("Part K \u2013 Weight Class Chart", level=1)
para(doc, "The lines are the national minimum outcomes in our own words, grouped as the national list groups "
          "them. The columns and their entries are explained in How to read this plan, item 9.", italic=True)
chart = [
    ("ATTRIBUTES", None, None, None),
    ("A1", "Build fair, respectful, supportive relationships with pupils with SEN and their families", "M5", "Scale 1"),
    ("A2", "Win the headteacher and senior team to the cause of pupils with SEN", "M6", "Scale 2"),
    ("A3", "Put first things first: manage your time, delegate and check it is done", "M4", "Bathroom scale only"),
    ("A4", "Read a problem early, weigh it and make a sound decision on provision", "M7", "Scale 2"),
    ("A5", "Speak and write clearly; listen to others and hear what they mean", "M6", "Scale 3"),
    ("A6", "Use research and outside advice to improve your own and colleagues' practice", "M8", "Scale 2"),
    ("A7", "Keep up to date and take charge of your own development in SEN", "M8", "\u2013"),
    ("KNOWLEDGE", None, None, None),
    ("K1", "SEN law, the Code of Practice, what they mean for the school and how to carry them out", "M1", "Scale 3"),
    ("K2", "Every Child Matters: the five outcomes and the SENCO's part in them", "M1", "Scale 2"),
    ("K3", "Disability equality law and the duties it places on schools", "Not in this descent", "Not in this descent"),
    ("K4", "How children develop, and what SEN, disability and surroundings do to development", "M2", "\u2013"),
    ("K5", "The common types of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning", "M2",
     "Scale 1"),
    ("K6", "Approaches, strategies and resources for assessment, planning and teaching, ICT included", "M3", "Scale 1"),
    ("K7", "School self-evaluation and improvement, and what they mean for pupils with SEN", "Water weight", "Scale 2"),
    ("K8", "Best practice and research on meeting SEN", "M3, M4", "Scale 2"),
    ("K9", "What the outside agencies do and how to get their help", "M7", "Scale 1"),
    ("SKILLS", None, None, None),
    ("S1", "With senior staff and governors, shape an inclusive ethos, policy, priorities and spending", "M4", "Scale 2"),
    ("S2", "Spot pupils who may have SEN, set stretching targets, plan interventions, review progress", "M3", "Scale 1"),
    ("S2a", "Turn other professionals' assessments into teaching", "M3", "Scale 1"),
    ("S2b", "Track progress with summative data and national tests and change programmes", "M3",
     "Bathroom scale only"),
    ("S2c", "Help colleagues build formative assessment that works for pupils with SEN", "M3", "Scale 3"),
    ("S3", "Map and manage provision; find what is missing or not working", "M4", "Scale 2"),
    ("S4", "Deploy and manage staff, teaching assistants above all", "M4", "Scale 2"),
    ("S5", "Develop colleagues: observe and feed back, model, coach and mentor, train", "M6", "Scale 3"),
    ("S6", "Review provision with staff and feed the school's self-evaluation", "M8", "Scale 2"),
    ("S7", "Involve pupils in planning, agreeing and reviewing their own provision", "M5", "Bathroom scale only"),
    ("S8", "Work with parents and carers to help their children learn", "M5", "Scale 1"),
    ("S9", "Work in partnership with other services and voluntary organisations", "M7", "Scale 3*"),
]
kt = table(doc, len(chart) + 1, 4, widths=[1.6, 14.0, 4.0, 4.6])
fill_row(kt.rows[0], ["Line", "In our words", "Cut on", "Weighed at"], bold=True, fill="1F3864", size=9)
for c in kt.rows[0].cells:
    for r_ in c.paragraphs[0].runs:
        r_.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(kt.rows[0])
k3_cell = None
for i, (code, words, cut, weighed) in enumerate(chart, 1):
    if words is None:
        g = kt.cell(i, 0).merge(kt.cell(i, 3))
        cell_text(g, code, bold=True, size=9, fill="D9E2F3")
        continue
    cell_text(kt.cell(i, 0), code, bold=True, size=9)
    cell_text(kt.cell(i, 1), words, size=9)
    cell_text(kt.cell(i, 2), cut, size=9)
    cell_text(kt.cell(i, 3), weighed, size=9)
    if code == "K3":
        k3_cell = kt.cell(i, 2)
comment(doc, k3_cell.paragraphs[0].runs[0], "Check the LA's DDA course is still running in 2009.", AC, "AC")
para(doc, "* The agencies question at Scale 3 is asked if the panel has time after the presentation.", size=9)

# ------------------------------------------------------------------ Part L (portrait)
portrait_section(doc)
doc.add_heading("Part L \u2013 Sign-off", level=1)
para(doc, "One copy of Part L is completed for each wrestler at Assessment Day and kept with the Descent Plan.",
     italic=True)
so = table(doc, 6, 3, widths=[4.4, 7.2, 5.2])
fill_row(so.rows[0], ["Who", "Signature", "Date"], bold=True, fill="D9E2F3")
for i, who in enumerate(["Wrestler", "Headteacher (releases the wrestler and names the Corner)", "Corner",
                         "Certifying coach", "Club Welfare Officer"], 1):
    cell_text(so.cell(i, 0), who, bold=True)
    cell_text(so.cell(i, 1), "[sign here]", italic=True, color=GREY)
    cell_text(so.cell(i, 2), "[dd/mm/yyyy]", italic=True, color=GREY)
para(doc, "")
para(doc, "Parent or guardian consent is required for wrestlers under 18 and is not needed for the Award.",
     italic=True, color=GREY, size=9)

fn.attach()
doc.save(OUT)
print("wrote", OUT)
