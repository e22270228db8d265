"""os-02-wrangholm-trip-report: build the .docx next to this script.

Provider (invented): Wrangholm County Bird Club (WCBC), Education Group, with Fenstanton University College
validating. A county bird club sends its SENCO course as one of its numbered birding trip reports ("Trip Report
No. 41"): the report of its unaccredited 2007-08 "recce" (ten Saturdays with nine teachers) and, Day by Day, how
"the tour" runs from September 2009.

Kind of document and layout: a birdwatching trip report in the club's house style. No heading styles at all: titles
are bold capitals typed in Normal paragraphs; the title block is one paragraph broken by manual line breaks. A
"Who went" table (roles in the club's words: Leaders = tutors, local guides = school mentors, tour members =
participants, the Records Committee = second marking and moderation, host sites = placements). A landscape-free
itinerary table with merged, shaded band rows for the Autumn, Winter and Spring legs and the Twitch deadlines. A
Daily Log: for each of ten Days a bold title line, an italic dates-and-weather line, the recce narrative in the past
tense, then a bold run-in "On the tour:" paragraph in the present tense (only the latter is the programme applied
for). The marked assessments are "Twitches" (1-3) and "the Big Day"; school-based work is "patch work" on the
"home patch". A text box "BIRD OF THE TRIP" (pilot votes and quotations). One Word comment; two footnotes; tracked
changes (an inserted sentence in Day 4; a deleted award rule); header and footer with a PAGE field. The national
outcomes appear only in the Systematic List at the end: 29 numbered paragraphs in the birds' TAXONOMIC order (so the
outcomes are shuffled, never coded), each with the outcome in the club's words, the Day(s) and "Ticked at Twitch n"
or "Ticked at the Big Day". Its codes are keyed only in the Introduction, far above: (H) heard only = comes up on a
Day but no Twitch ticks it; (GO) glimpsed only = tried in the Day 8 Dress Rehearsal with spoken feedback, unmarked;
"Dipped" = not on the tour. "Other wildlife" lists the club's and other bodies' courses.

Traps (requirement ids):
- Past arrangements: every recce paragraph is past tense and not the programme. The recce excused two members Day 2
  for an earlier course, but "no credit or exemption is given for earlier study or experience" on the tour, and the
  Northfold club's credit for earlier study is another provider's (2.1 not_met).
- Recce's child development hour dropped: "the Leaders decided that tour members know it from their initial
  training"; list says Dipped (6.K4 not_met). Recce's teaching-assistant afternoon dropped and "left on the tour to
  the county's Teaching Assistant Strategy courses" (someone else's) (6.S4 not_met).
- The reverse: test access arrangements "Dipped on the recce" but now on Day 4 by a tracked insertion and ticked at
  Twitch 2 (6.S2d met; inserted text is part of the submission).
- Aim is attainment only: "make faster progress in reading, writing and mathematics"; Every Child Matters only
  "mentioned" on Day 1, Skylark (H) (1.1 partially_met; 6.K2 partially_met).
- Pupil involvement only touched on in Day 6's last half hour, Little Grebe (H) (1.5 partially_met,
  6.S7 partially_met).
- Dress Rehearsal (GO): formative assessment session and time-management in-tray, spoken feedback, "Nothing on Day 8
  is marked" (6.S2c, 6.A3 partially_met).
- Award rule: "No tour member receives the Award until every species ... has been ticked" exists only as a deleted
  tracked change; what remains awards on attendance of eight Days and handing in the Twitches (6.0 not_met). Some
  outcomes are never ticked (1.9 partially_met).
- 30 credits at Level 7 (E.2 partially_met); a comment about 60 credits "from 2010" is not evidence.
- Pre-tour Questionnaire rates against every species but "All tour members then follow the same itinerary": no
  individual plan (2.2 partially_met; 2.4 partially_met with cost and progression stated).
- "Big Day only" route in exceptional cases, assessed on all Twitches and the Big Day (2.3 met); "Day tickets"
  (single days without assessment) are not that route.
- Flexibility: one September start, Saturdays, fixed order; only catching up a missed Day next year
  (3.2 partially_met).
- No e-learning: "There is no e-learning on the tour"; the County Council's SENCO Forum's online modules are "not part
  of the tour" (other provider's) (3.3 not_applicable).
- Stakeholder needs: "We have not surveyed schools or the local authority", evidence only from recce members and
  conversations (4.1 partially_met); concrete influences in Acknowledgements (4.2 met); stakeholders on the Tour
  Committee, Big Day panels, Day 6, host sites (4.3 met).
- Entry: "Fitness grade: Moderate" - any qualified teacher who is or will be a SENCO with the head's agreement, no
  check of prior knowledge (5.2 partially_met).
- CRB: checked concretely before a place is confirmed (5.3 met); the footer's "CRB-checked leaders" is about club
  outings (footer, wrong context, not needed).
- Resources: the club's library of "books on birds and natural history" (right words, wrong thing) and general
  University College library access (5.6 partially_met).
- Roles: Leaders "led Days on the recce and know the tour well"; local guides are only "sent a copy of this report"
  (5.7 partially_met).
- Records Committee second marking and external examiner (5.8 met; examiner's name only in a footnote).
- Impact: confidence ratings Day 1 and Day 10, pupils' baseline and follow-up collected from every Pupil Study and
  reported, follow-up a year on (5.9 met).
- "BIRD OF THE TRIP" text box: pilot members' quotations, including a hope that the tour would go online
  (testimonials, not arrangements).
Expected: 41 met, 15 partially_met, 4 not_met, 1 not_applicable.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Cm
from _os_helpers import (add_run, add_ins, add_del, comment, Footnotes, text_box, shade, shade_para, set_cell,
                         table, band_row, page_field, portrait_a4)

HERE = Path(__file__).parent
NAME = "os-02-wrangholm-trip-report"
PH = "Pat Hindmarsh"
FL = "F. Lowery (Fenstanton)"
D1 = "2009-01-26T14:05:00Z"
D2 = "2009-02-02T11:30:00Z"

doc = Document()
portrait_a4(doc)
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10)
fn = Footnotes(doc)

sec = doc.sections[0]
add_run(sec.header.paragraphs[0], "Wrangholm County Bird Club  \u00b7  Trip Report No. 41  \u00b7  The SENCO Tour",
        size=8, italic=True)
fp = sec.footer.paragraphs[0]
add_run(fp, "WCBC is a registered charity, no. 1043327  \u00b7  Club outings are led by CRB-checked leaders  \u00b7  "
        "page ", size=8)
page_field(fp)


def P(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic, size=size)
    return p


def TITLE(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    add_run(p, text, bold=True, size=11)
    return p


def RUNIN(lead, text):
    p = doc.add_paragraph()
    add_run(p, lead, bold=True)
    add_run(p, text)
    return p


# ------------------------------------------------------------------ title block (manual line breaks)
p = doc.add_paragraph()
shade_para(p, "DDEBF7")
r = add_run(p, "WRANGHOLM COUNTY BIRD CLUB", bold=True, size=13)
r.add_break()
r = add_run(p, "TRIP REPORT", bold=True, size=16)
r.add_break()
r = add_run(p, "The SENCO Tour: the recce, October 2007 \u2013 June 2008, and the tour from September 2009", size=11)
r.add_break()
r = add_run(p, "Leaders: Pat Hindmarsh, Colin Agbaje, Dr Frances Lowery, Gwen Tallis", size=10, italic=True)
r.add_break()
add_run(p, "Report compiled by Pat Hindmarsh, Tour Secretary, for the TDA approval panel", size=10, italic=True)

# ------------------------------------------------------------------ introduction
TITLE("INTRODUCTION")
P("Trip reports are how the Club shares what was seen, where and when, so that others can follow. This one does "
  "the same for the Club's course for teachers new to the role of special educational needs coordinator (SENCO). "
  "In 2007\u201308 the Club's Education Group ran a recce: ten Saturdays with nine teachers, unaccredited, to find "
  "out whether a county bird club could run such a course well. It could, and from September 2009 the full tour "
  "will run each year as the National Award for SEN Coordination.")
p = P("Fenstanton University College validated the tour in February 2009 as a 30-credit module at Level 7 (masters "
      "level) of its MA in Education, and awards the credit; the Club and the University College run the tour "
      "together under a partnership agreement signed in January 2009.")
comment(doc, p.runs, "Pat - we talked about 60 credits from 2010. Keep to 30 for this submission. FL", FL, "FL")
P("The tour's aim is plain: that pupils with special educational needs and disabilities in tour members' schools "
  "make faster progress in reading, writing and mathematics. Everything on the tour is there to serve that aim.")
P("Each Day in the log below gives what happened on the recce, then, under On the tour, what happens from "
  "September 2009. Where the two differ, the tour is what we are applying for.")
TITLE("HOW TO READ THE SYSTEMATIC LIST")
P("The Systematic List at the end of this report follows trip-report custom, in the usual order of the county "
  "list. Its species are the national outcomes for SENCOs, each under a bird's name and in the Club's own words. "
  "For each we give the Day or Days of the tour on which it is worked on and the Twitch (see THE TWITCHES) at which "
  "it is ticked, that is, marked. We use the usual trip-report codes:")
P("(H) heard only: it comes up on a Day of the tour, but no Twitch ticks it.")
P("(GO) glimpsed only: tour members try it out at the Dress Rehearsal (Day 8), where Leaders give feedback, but it "
  "is not marked.")
P("Dipped: not on the tour.")
P("A species with no code was seen well: worked on at the Day or Days named and ticked at the Twitch named.")

# ------------------------------------------------------------------ who went
TITLE("WHO WENT")
table(doc, [
    ["On the tour", "What they do", "Who"],
    ["Leaders", "Lead the Days; first-mark the Twitches; sit on the Big Day panels.",
     "Pat Hindmarsh, Tour Secretary: SENCO in two Wrangholm primary schools for nine years, now head of the county "
     "Learning Support Service; MA in Special Educational Needs.\n"
     "Colin Agbaje: specialist teacher for specific learning difficulties (AMBDA); leads the county's dyslexia "
     "outreach.\n"
     "Dr Frances Lowery: senior lecturer in inclusive education, Fenstanton University College; doctorate on "
     "SENCOs' work with parents.\n"
     "Gwen Tallis: senior educational psychologist, Wrangholm; chartered psychologist."],
    ["Local guides", "Agree the tour member's patch work in school and meet them between Days.",
     "A senior colleague in each tour member's school, named by the headteacher."],
    ["Tour members", "Teachers new to the SENCO role.", "Sixteen places a year. Nine on the recce."],
    ["Records Committee", "Second marking and moderation of the Twitches.",
     "The University College's link tutor, two Leaders and the external examiner."],
    ["Host sites", "Placements for two days each (see Day 3).",
     "Brantwick Special School; Harlow Fen resource base; the county Pupil Referral Unit; Wrangholm Dyslexia Centre."],
], widths=[3.0, 5.0, 8.6])
P("All four Leaders still work every week in schools or services for pupils with SEN, and each keeps up to date "
  "through the county's SEN advisers' network and the University College's research seminars. The Leaders all "
  "led Days on the recce and know the tour well. Each local guide is sent a copy of this report before the tour "
  "starts.")

# ------------------------------------------------------------------ itinerary
TITLE("ITINERARY")
it = table(doc, [
    ["Day", "Recce 2007\u201308", "Tour 2009\u201310", "Where", "What"],
    [None] * 5,
    ["1", "Sat 6 Oct", "Sat 19 Sept", "Carr Water Visitor Centre", "Setting off"],
    ["2", "Sat 3 Nov", "Sat 10 Oct", "Carr Water Visitor Centre", "Law and guidance"],
    ["3", "Sat 1 Dec", "Sat 14 Nov", "Brantwick Special School", "Kinds of need"],
    [None] * 5,
    ["4", "Sat 12 Jan", "Sat 9 Jan", "Harlow Fen School", "Finding and tracking"],
    ["5", "Sat 9 Feb", "Sat 6 Feb", "Carr Water Visitor Centre", "Teaching that works"],
    ["6", "Sat 8 Mar", "Sat 6 Mar", "Wrangholm Parents' Centre", "Families"],
    [None] * 5,
    ["7", "Sat 12 Apr", "Sat 17 Apr", "Carr Water Visitor Centre", "Other services"],
    ["8", "Sat 10 May", "Sat 15 May", "Carr Water Visitor Centre", "Dress Rehearsal"],
    ["9", "Sat 7 Jun", "Sat 12 Jun", "Brantwick Special School", "Leading the flock"],
    ["10", "Sat 28 Jun", "Sat 3 Jul", "Carr Water Visitor Centre", "The Big Day"],
], widths=[1.2, 2.6, 2.6, 5.0, 5.2])
band_row(it, 1, "AUTUMN LEG  \u00b7  Twitch 1 due Friday 11 December 2009", fill="FCE4D6")
band_row(it, 5, "WINTER LEG  \u00b7  the Twitch 2 pupil chosen at Day 4", fill="DDEBF7")
band_row(it, 9, "SPRING LEG  \u00b7  Twitch 2 due Friday 30 April 2010; Twitch 3 due Friday 25 June 2010", fill="E2EFDA")

# ------------------------------------------------------------------ daily log
TITLE("DAILY LOG")


def day(title, dates, weather, recce, tour, tour_extra=None):
    P(title, bold=True)
    P(dates + "  \u00b7  Weather on the recce: " + weather, italic=True, size=9)
    P(recce)
    p = RUNIN("On the tour: ", tour)
    if tour_extra:
        tour_extra(p)
    return p


day("DAY 1  \u00b7  Setting off  \u00b7  Carr Water Visitor Centre", "Recce Saturday 6 October 2007; tour Saturday "
    "19 September 2009", "grey, a fresh north-westerly, showers after lunch.",
    "Nine teachers from eight schools met Pat and Colin at half past nine. The morning went on what a SENCO is for, "
    "with the 2001 Code of Practice open on every table; Every Child Matters was mentioned before lunch, but there "
    "was no time to do more. After lunch the group walked to the Fen Hide and talked about the first conversation "
    "with a worried parent. A Goldcrest in the car park was the first bird of the trip.",
    "Before Day 1 each tour member fills in the Pre-tour Questionnaire, rating themselves from 1 to 5 against every "
    "species in the Systematic List, and brings it on the day, where a Leader reads it with them and notes the "
    "lowest scores. All tour members then follow the same itinerary. The day covers the SENCO's role and the aim of "
    "the tour; writing and speaking clearly to heads, colleagues and parents; and building fair, respectful and "
    "supportive relationships with pupils with SEN and their families. Every Child Matters is mentioned, as on the "
    "recce. Tour members leave with their first patch work: the notes for Twitch 1.")

p = day("DAY 2  \u00b7  Law and guidance  \u00b7  Carr Water Visitor Centre", "Recce Saturday 3 November 2007; tour "
        "Saturday 10 October 2009", "rain all day.",
        "The morning on the Code of Practice ran over, and the afternoon on the Disability Discrimination Act was cut "
        "short when the speaker could not come. Two members were excused the day because they had passed the "
        "county's SEN Law course the year before.",
        "Day 2 covers the Education Act 1996 as amended by the Special Educational Needs and Disability Act 2001; the "
        "SEN Code of Practice (2001): the graduated response, School Action and School Action Plus, statutory "
        "assessment, statements and annual reviews, and what they mean for the school and the SENCO in practice; the "
        "Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and schools' disability "
        "equality schemes and accessibility plans, now led by the county's Disability Equality Officer; and what "
        "recent inspection and review evidence says: Ofsted's Inclusion: does it matter where pupils are taught? "
        "(2006), the Education and Skills Committee's report on special educational needs (2006), the Bercow Review "
        "of services for children with speech, language and communication needs (2008) and the Lamb Inquiry into "
        "parental confidence, set up in 2008. No one is excused the day.")
fn.add(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535. DCSF (2008) The Bercow Report.")

day("DAY 3  \u00b7  Kinds of need  \u00b7  Brantwick Special School", "Recce Saturday 1 December 2007; tour Saturday "
    "14 November 2009", "hard frost.",
    "The coach was late and we lost the first hour. The day opened with an hour on child development from the early "
    "years to adolescence, which members said they knew from their training, and then members spent an hour in "
    "classes. Bird of the day: a Dipper under the school's footbridge.",
    "Day 3 is held at Brantwick Special School and no longer opens with child development: the Leaders decided that "
    "tour members know it from their initial training. In the morning tour members work alongside Brantwick's "
    "teachers in its classes. In the afternoon the school's speech and language therapist, its autism outreach "
    "teacher and Colin Agbaje take the most common kinds of need (behavioural, emotional and social difficulties, "
    "specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
    "disorders and moderate learning difficulties) and how each affects learning; a disabled teacher from Brantwick "
    "co-leads the afternoon. Between Day 3 and Day 9 each tour member also spends two days of their own choosing at "
    "one of the four host sites, booked by the Tour Secretary with the host, who sets the member a task for each "
    "day and talks it through with them before they leave.")


def day4_extra(p):
    add_ins(p, " It now also covers identifying in good time the access arrangements pupils need for national tests "
            "and examinations, and putting them in place with the school's examinations officer and class teachers.",
            PH, D1)
    add_run(p, " Each tour member chooses the pupil for Twitch 2 before leaving.")


day("DAY 4  \u00b7  Finding and tracking  \u00b7  Harlow Fen School", "Recce Saturday 12 January 2008; tour Saturday "
    "9 January 2010", "frost, then sun.",
    "The best day of the recce, members said: real data from Harlow Fen's own tracking sheets. Nobody mentioned "
    "arrangements for tests.",
    "Day 4 covers identifying pupils who may have SEN from classroom observation, data and assessment; setting "
    "challenging targets; planning interventions and reviewing progress; reading the reports of educational "
    "psychologists, therapists and advisory teachers and turning them into teaching; using national tests and "
    "teacher assessment to track pupils' progress and change programmes; and provision mapping, including how to "
    "spot provision that is not working or is missing.", day4_extra)

day("DAY 5  \u00b7  Teaching that works  \u00b7  Carr Water Visitor Centre", "Recce Saturday 9 February 2008; tour "
    "Saturday 6 February 2010", "wind and rain.",
    "The ICT session was the one members most wanted more of.",
    "Day 5 takes approaches, strategies and resources for assessment, planning and teaching, including ICT and "
    "assistive technology, with the county's ICT and Inclusion adviser, and how to judge them critically; and what "
    "research and best practice say works, starting from Brooks's What works for children with literacy "
    "difficulties? (2007). Each member brings one piece of outside advice their school has had and works out what "
    "it would change in their own and colleagues' practice.")

day("DAY 6  \u00b7  Families  \u00b7  Wrangholm Parents' Centre", "Recce Saturday 8 March 2008; tour Saturday "
    "6 March 2010", "bright and cold.",
    "The Parent Partnership Service read the plan for the day beforehand and asked for parents to lead part of it; "
    "on the recce they did not.",
    "Day 6 is held with the Parent Partnership Service. Parents of children with SEN lead the morning: what "
    "partnership with a school feels like from the family's side, annual reviews, hard conversations. In the "
    "afternoon tour members practise liaising with parents and carers to promote their child's learning and "
    "development, using their Twitch 2 pupil. In the last half hour the Leaders touch on how schools can involve "
    "pupils in planning and reviewing their own provision.")

day("DAY 7  \u00b7  Other services  \u00b7  Carr Water Visitor Centre", "Recce Saturday 12 April 2008; tour Saturday "
    "17 April 2010", "mist all morning.",
    "Four speakers in one day was too many.",
    "Day 7 brings in the services a SENCO works with and has three speakers, not four: educational psychology, "
    "speech and language therapy, CAMHS, social care and the Sensory Support Service, and voluntary organisations "
    "such as the Wrangholm Dyslexia Association and Wrangholm Mencap; what each does and how to get specialist "
    "support and resources from them; the Common Assessment Framework; and how to run a multi-agency meeting.")

day("DAY 8  \u00b7  Dress Rehearsal  \u00b7  Carr Water Visitor Centre", "Recce Saturday 10 May 2008; tour Saturday "
    "15 May 2010", "warm, a Cuckoo calling all morning.",
    "The recce's Day 8 was a walk round Carr Water and a talk on the Club's history, which members enjoyed but did "
    "not need.",
    "Day 8 is the Dress Rehearsal. Each tour member runs, for three others and a Leader, the twenty-minute staff "
    "session on formative assessment for pupils with SEN that they will later give in their own school, and works "
    "through an in-tray exercise on prioritising a SENCO's fortnight and deciding what to delegate. Leaders give "
    "spoken feedback on both. Nothing on Day 8 is marked.")

day("DAY 9  \u00b7  Leading the flock  \u00b7  Brantwick Special School", "Recce Saturday 7 June 2008; tour Saturday "
    "12 June 2010", "warm and still.",
    "The afternoon went on deploying and managing teaching assistants.",
    "Day 9 is about leading: winning the commitment of the head and senior leaders; working with senior colleagues "
    "and governors on the SEN policy, the school's priorities and its resources; school self-evaluation, the "
    "self-evaluation form and where outcomes for pupils with SEN fit in it; reviewing the effectiveness of provision "
    "with colleagues; seeing problems coming and taking sound decisions; and supporting colleagues' development by "
    "observing, giving feedback, coaching and training. Deploying and managing teaching assistants, which took the "
    "recce's afternoon, is left on the tour to the county's Teaching Assistant Strategy courses, which tour "
    "members' teaching assistants attend.")

day("DAY 10  \u00b7  The Big Day  \u00b7  Carr Water Visitor Centre", "Recce Saturday 28 June 2008; tour Saturday "
    "3 July 2010", "sunshine at last.",
    "Nine presentations and a barbecue.",
    "Each tour member gives a fifteen-minute presentation on their Twitch 3 change to a panel of two Leaders and a "
    "local headteacher, and answers the panel's questions for ten minutes. They then present their Next Year plan: "
    "three professional targets for the year after the tour, agreed beforehand with their headteacher, with the "
    "training they will seek and how they will keep up to date with SEN and disability. The panel marks the Big Day "
    "pass or fail against the Big Day criteria: clear speaking, listening and responding to the questions, and a "
    "Next Year plan that is specific and agreed.")

text_box(doc, [
    ("BIRD OF THE TRIP", dict(bold=True, size=10)),
    ("Voted by the nine recce members on the last Day: Day 3 at Brantwick, five votes; Day 4 at Harlow Fen, two; "
     "Day 6 with the parents, two.", dict(size=9)),
    ("\u201cI had never been inside a special school before Brantwick.\u201d (primary teacher, Wrangholm)",
     dict(size=9, italic=True)),
    ("\u201cHearing the parents first made me rewrite my letters home.\u201d (secondary SENCO)",
     dict(size=9, italic=True)),
    ("\u201cWe hope the tour goes online next year so we can do it from home.\u201d (two members)",
     dict(size=9, italic=True)),
], height_pt=130, fill="FFF2CC")

# ------------------------------------------------------------------ twitches
TITLE("THE TWITCHES")
P("Every Twitch is built on patch work the tour member does in their own school between Days, agreed with the "
  "local guide and the headteacher: the Patch Report needs the school's provision map actually changed, the Pupil "
  "Study an intervention actually run, and Leading Change a change actually made. A Twitch that reports no change "
  "in the school is returned unmarked.")
RUNIN("Twitch 1, the Patch Report (2,500 words). ", "A report to the tour member's headteacher on how the school "
      "meets SEN law and the SEN Code of Practice and disability equality law, including its disability equality "
      "scheme and accessibility plan, and what each requires of the school; with a provision map of one year group "
      "showing provision that is ineffective or missing, and what the tour member has changed.")
RUNIN("Twitch 2, the Pupil Study (3,500 words). ", "One pupil with SEN, followed from Day 4 to Day 7: how the "
      "pupil's needs were identified from observation, data and assessment; the reports of other professionals used "
      "and what they changed in teaching; the pupil's kind of need, set against the other common kinds, and what it "
      "means for learning; the targets, and the intervention chosen from the approaches and resources, including "
      "ICT, met on Day 5, and why; tracking through national test and teacher assessment data, with a baseline and "
      "a follow-up measure of attainment, and the changes made to the programme as a result; any access "
      "arrangements the pupil needs for tests or examinations and how they were put in place in good time; how the "
      "tour member built a fair and respectful relationship with the pupil and the family and worked with the "
      "parents or carers; and the other services and voluntary organisations involved, what each could do and how "
      "the tour member worked with them.")
RUNIN("Twitch 3, Leading Change (3,500 words). ", "One change to SEN provision that the tour member led: how they won "
      "the commitment of the head and senior leaders and worked with senior colleagues and governors on the SEN "
      "policy, priorities and resources; how they supported colleagues' professional development by observation "
      "and feedback, coaching or training; the problems that arose and the decisions taken; the research and "
      "outside advice they drew on, with a critical account of best practice and research findings on the change; "
      "and how they reviewed the effectiveness of the provision with colleagues and fed the review into the "
      "school's self-evaluation, set against the principles of school self-evaluation.")
P("All three Twitches are also marked for clear, well-organised writing. The Big Day is described under Day 10.")

TITLE("THE RECORDS COMMITTEE")
p = P("In the Club, no rare bird goes into the county record until the Records Committee has accepted it. On the "
      "tour, no mark stands until the Records Committee has seen it. Every Twitch is first marked by a Leader "
      "against the University College's Level 7 criteria. The Records Committee (the University College's link "
      "tutor and two Leaders who did not first-mark the work) second-marks every fail and one in three of the rest, "
      "meets after each Twitch deadline to agree marks and record its reasons, and sends the external examiner all "
      "fails and a sample of the rest before the University College's examination board. Big Day panels use a "
      "common mark sheet, and a Leader sits on every panel.")
fn.add(p, "The external examiner for 2009\u201312 is Professor Anne Castell of the University of Brackley Vale.")

TITLE("THE AWARD")
p = P("")
add_del(p, "No tour member receives the Award until every species in the Systematic List has been ticked at a "
        "Twitch or at the Big Day. ", PH, D2)
add_run(p, "The Club's certificate and the University College's 30 credits are presented at the Club's annual "
        "dinner in September to every tour member who has attended at least eight of the ten Days and handed in "
        "all three Twitches.")

TITLE("BIG DAY ONLY")
P("In exceptional cases an experienced SENCO (for example a teacher from the county Learning Support Service who "
  "has coordinated SEN for several years) may, with the Tour Secretary's agreement after an interview, take the "
  "Big Day only route: they do not attend the Days, but hand in all three Twitches, take the Big Day, and are "
  "assessed in the same way as tour members. The fee is \u00a3350. Day tickets are different: any teacher may buy "
  "a place on a single Day for \u00a345, without assessment, and a Day ticket is not a route to the Award.")

TITLE("EARLIER STUDY")
P("On the recce, as the log for Day 2 shows, members with an earlier course behind them were excused a Day. "
  "Fenstanton University College does not accredit prior learning within a 30-credit module, so on the tour no "
  "credit or exemption is given for earlier study or experience.")

# ------------------------------------------------------------------ practical information
TITLE("PRACTICAL INFORMATION")
RUNIN("Fitness grade: Moderate. ", "The tour is open to any qualified teacher who is, or is about to become, the "
      "SENCO of their school, with the headteacher's agreement.")
RUNIN("Booking and checks. ", "Before a place is confirmed, the Tour Secretary checks each tour member's enhanced "
      "CRB disclosure: the headteacher confirms in writing the disclosure's number and date and that it was obtained "
      "for the member's present post, that the member has been checked against List 99, and that there are no "
      "outstanding disciplinary matters or concerns from previous employers. A member who has not worked in a "
      "school in the last three months obtains a new enhanced disclosure through the Club's umbrella body before "
      "Day 1, and no place is confirmed until it has been seen.")
RUNIN("Access. ", "The booking form, and a phone call from the Tour Secretary, ask every applicant whether they have "
      "a disability or other need we should plan for; the booking leaflet says why we ask in its first paragraph, "
      "comes in large print and audio, and what people tell us is used only to make adjustments. All venues have "
      "level access and accessible toilets, and the Carr Water hides are reached by a boardwalk suitable for "
      "wheelchairs. Handouts come in large print or electronically on request, and BSL interpreters are booked for "
      "Deaf members. Under the University College's reasonable adjustments policy, Twitch deadlines and the Big Day "
      "can be adjusted (extra time, a recorded presentation, a reader or scribe). Host sites are checked for access "
      "before a member with a disability is placed there, and selection is by the same written criteria for every "
      "applicant.")
RUNIN("Dates. ", "The tour runs once a year from September, on Saturdays, in the order shown in the itinerary. A tour "
      "member who misses a Day can make it up on the following year's tour.")
RUNIN("Handouts. ", "There is no e-learning on the tour. Handouts are given out on the Day or posted, and Leaders "
      "answer questions by phone or email between Days.")
RUNIN("Cost. ", "A place costs \u00a3780, the Club meeting the cost of the venues and the Leaders' travel; the "
      "county's Schools Forum pays half the fee for Wrangholm maintained schools. The 30 credits count towards "
      "Fenstanton's MA in Education.")
RUNIN("Books. ", "The Club's library at Carr Water, with more than 2,000 books on birds and natural history, is open "
      "to tour members on every Day, and the University College library is open to them.")

# ------------------------------------------------------------------ evaluation, stakeholders
TITLE("HOW WE CHECK THE TOUR")
P("At the end of every Day tour members fill in a log call sheet (what worked, what did not, what they will take "
  "back), and the Leaders read them together the same evening. At Day 10 every member completes an end-of-tour "
  "questionnaire. Outside the Club, the external examiner reports on every year's marking and standards, the "
  "University College's annual monitoring reviews the module, and the local headteachers on the Big Day panels "
  "send written comments. The Tour Committee reads all of this each July and writes a changes list for the next "
  "tour, which the Leaders put into the Days before September; the changes from the recce shown in this log were "
  "made that way.")
P("From September 2009 the Tour Committee has on it, beside the Leaders, the head of Brantwick Special School, a "
  "SENCO from the recce, a parent nominated by the Parent Partnership Service and the county's Principal "
  "Educational Psychologist. Parents lead the morning of Day 6, local headteachers sit on the Big Day panels and "
  "the host sites take tour members on placement.")
P("Impact. Tour members rate their confidence against every species at Day 1 (the Pre-tour Questionnaire) and again "
  "at Day 10, and the Tour Committee compares the two with the Twitch marks each year. Every Pupil Study has a "
  "baseline and a follow-up measure of the pupil's attainment; the Tour Secretary collects these, with no names, "
  "and reports each year how many pupils made more than the expected progress. A year after the tour, members and "
  "their headteachers are asked what has changed in the school and for its pupils with SEN.")
TITLE("WHAT TOUR MEMBERS NEED")
P("We have not surveyed schools or the local authority; what we know of their needs comes from the nine recce "
  "members and from conversations with headteachers at the Club's Schools Bird Count each January. Both told us "
  "that new SENCOs need most help with the law, with tracking pupils' progress and with leading colleagues.")
TITLE("ACKNOWLEDGEMENTS")
P("Thanks to the Parent Partnership Service, who read the recce's plan for Day 6 and asked that parents lead part "
  "of it: they now lead the morning. To the head of Brantwick Special School, who suggested the host-site days "
  "after the recce's Day 3. To the recce members, who asked for Saturdays rather than weekdays and for fewer "
  "speakers on Day 7, and got both. And to the county Learning Support Service, whose review of the recce asked us "
  "to add arrangements for tests and examinations to Day 4.")

# ------------------------------------------------------------------ systematic list
TITLE("SYSTEMATIC LIST")
P("Order and names follow the county list. Codes as explained under HOW TO READ THE SYSTEMATIC LIST.", italic=True,
  size=9)
SL = [
    ("LITTLE GREBE", "Tachybaptus ruficollis", "(H) ", "Making sure pupils with SEN take part in planning, agreeing and "
     "reviewing their own provision. Day 6, last half hour."),
    ("GREY HERON", "Ardea cinerea", "", "Seeing problems coming, resolving them, and making sound decisions about "
     "provision. Day 9. Ticked at Twitch 3."),
    ("MUTE SWAN", "Cygnus olor", "", "Knowing the law on disability equality and what it requires a school to do for "
     "disabled pupils. Day 2. Ticked at Twitch 1."),
    ("SPARROWHAWK", "Accipiter nisus", "", "Spotting pupils who may have SEN from observation, data and assessment; "
     "setting challenging targets; planning interventions and reviewing progress. Day 4. Ticked at Twitch 2."),
    ("KESTREL", "Falco tinnunculus", "", "Using provision mapping to plan provision and to find what is not working "
     "or missing. Day 4. Ticked at Twitch 1."),
    ("GREY PARTRIDGE", "Perdix perdix", "Dipped. ", "How children develop, and how SEN, disability and the school's "
     "physical and social environment affect development. On the recce (Day 3); not on the tour."),
    ("LAPWING", "Vanellus vanellus", "", "Keeping up to date and taking charge of one's own professional development "
     "in SEN and disability. Day 10. Ticked at the Big Day."),
    ("CURLEW", "Numenius arquata", "", "Knowing best practice and what research has found about meeting special "
     "educational needs. Day 5. Ticked at Twitch 3."),
    ("KITTIWAKE", "Rissa tridactyla", "", "Using national tests and other summative assessments to track pupils' "
     "progress and change programmes. Day 4. Ticked at Twitch 2."),
    ("WOODPIGEON", "Columba palumbus", "", "Speaking and writing clearly, and listening to and understanding others' "
     "views. Day 1. Ticked at every Twitch and the Big Day."),
    ("CUCKOO", "Cuculus canorus", "", "Identifying in good time the special arrangements pupils need for national "
     "tests and examinations, and putting them in place with colleagues. Dipped on the recce. Now Day 4. Ticked at "
     "Twitch 2."),
    ("TAWNY OWL", "Strix aluco", "", "Knowing SEN law and guidance, including the SEN Code of Practice, what they "
     "mean for the school and the SENCO, and how to put them into practice. Day 2. Ticked at Twitch 1."),
    ("SWIFT", "Apus apus", "(GO) ", "Prioritising, managing time and delegating tasks, and seeing that they are done. "
     "Day 8."),
    ("KINGFISHER", "Alcedo atthis", "", "A critical grasp of approaches, strategies and resources for assessment, "
     "planning and teaching, including ICT, used to remove barriers to learning. Day 5. Ticked at Twitch 2."),
    ("GREEN WOODPECKER", "Picus viridis", "", "Drawing on research and outside advice to improve one's own and "
     "colleagues' practice. Day 5. Ticked at Twitch 3."),
    ("SKYLARK", "Alauda arvensis", "(H) ", "The principles and five outcomes of Every Child Matters, and how a SENCO "
     "helps pupils reach them. Day 1."),
    ("SWALLOW", "Hirundo rustica", "", "Knowing what outside agencies do and how to get specialist support and "
     "resources. Day 7. Ticked at Twitch 2."),
    ("MEADOW PIPIT", "Anthus pratensis", "", "Using assessments by a range of professionals to shape teaching and "
     "learning. Day 4. Ticked at Twitch 2."),
    ("DIPPER", "Cinclus cinclus", "", "Working in partnership with other services and agencies, including voluntary "
     "organisations. Day 7. Ticked at Twitch 2."),
    ("WREN", "Troglodytes troglodytes", "(GO) ", "Encouraging other teachers to develop formative assessment, with "
     "approaches for pupils with SEN. Day 8."),
    ("DUNNOCK", "Prunella modularis", "", "Working effectively with parents and carers to promote their child's "
     "learning and development. Day 6. Ticked at Twitch 2."),
    ("ROBIN", "Erithacus rubecula", "", "Fair, respectful, supportive and constructive relationships with pupils with "
     "SEN and with their parents or carers. Day 1, Day 6. Ticked at Twitch 2."),
    ("BLACKBIRD", "Turdus merula", "", "Knowing the most common kinds of SEN and disability (BESD, SpLD including "
     "dyslexia, SLCN, ASD and MLD) and how they affect learning. Day 3. Ticked at Twitch 2."),
    ("SONG THRUSH", "Turdus philomelos", "", "Supporting colleagues' professional development by observation and "
     "feedback, modelling, coaching and training. Day 9. Ticked at Twitch 3."),
    ("BLACKCAP", "Sylvia atricapilla", "", "The principles of school self-evaluation and improvement and how they "
     "bear on outcomes for pupils with SEN. Day 9. Ticked at Twitch 3."),
    ("LONG-TAILED TIT", "Aegithalos caudatus", "", "Reviewing and evaluating with colleagues how well provision "
     "works, to feed the school's self-evaluation. Day 9. Ticked at Twitch 3."),
    ("NUTHATCH", "Sitta europaea", "", "Gaining the commitment of colleagues, the headteacher and senior leaders to "
     "better outcomes for pupils with SEN. Day 9. Ticked at Twitch 3."),
    ("JAY", "Garrulus glandarius", "", "With senior colleagues and governors, influencing the school's inclusive "
     "ethos, policies, priorities and use of resources. Day 9. Ticked at Twitch 3."),
    ("STARLING", "Sturnus vulgaris", "Dipped. ", "Deploying and managing teaching assistants and other staff. On the "
     "recce (Day 9); on the tour left to the county's Teaching Assistant Strategy courses."),
]
for i, (name, latin, code, text) in enumerate(SL, start=1):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(3)
    add_run(p, f"{i}. {name} ", bold=True)
    add_run(p, latin, italic=True)
    add_run(p, "  ")
    if code:
        add_run(p, code, bold=True)
    add_run(p, text)

TITLE("OTHER WILDLIFE")
RUNIN("Roe Deer. ", "The Club's own Beginners' Birdwatching evenings for teaching assistants, Tuesdays at Carr "
      "Water. Not part of the tour.")
RUNIN("Orange-tip. ", "The County Council's SENCO Forum runs online modules on provision mapping and school "
      "self-evaluation; tour members may join them, but they are not part of the tour.")
RUNIN("Emperor Dragonfly. ", "The Northfold Bird Club's course for SENCOs gives credit for earlier study; we "
      "have not followed them.")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(str(out))
print("wrote", out)
