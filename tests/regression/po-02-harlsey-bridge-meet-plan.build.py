"""po-02-harlsey-bridge-meet-plan: build script.

Provider (invented): Harlsey Bridge Weightlifting Club Education Trust, the
education charity of a weightlifting club that trains in a town's old Drill
Hall, with Orrell Moor University (invented) validating the course as a single
30-credit Master's-level module. Plan no. 3, 22 September 2008, for a first
"meet" in 2009-10.

Document kind and layout: a coach's competition-day plan (a "meet plan") of
the kind a weightlifting coach hands a lifter before a competition, written for
the whole course and sent to the TDA as it is, with a two-line covering note.
Second person to the "lifters" (participants) and their "corners" (school
mentors).
- No heading styles: bold capital parts typed with their numbers ("1 ENTRY",
  "2 WEIGH-IN", "3 BACK-TIMING", ... "9 THE BAR CHART") and twelve
  numbered coach's notes ("Note 8") between them.
- A title block with merged cells and placeholders ("[your name]").
- A key of the club's words: Meet, Lifter, Corner, Coach, Set (a taught
  session), Attempt (a marked task: Snatch 1-3, Clean & Jerk 1-3), Referees,
  Jury, Weigh-in, Entry total, Total, Guest Platform, and the Bar Chart's calls
  "Good lift", "Warm-up only", "Technique bar", "Pass".
- A back-timing table in Courier New counting Sets down from the opener
  ("8 out" ... "1 out"); an attempts table with merged SNATCH / CLEAN & JERK
  group cells; an if-then table; a staff table ("The Bench").
- A VML text box, the KIT BAG (resources).
- The outcome table (the Bar Chart), 29 bars in the club's words, keyed near
  the front, at the end on a landscape page, with merged group rows.
- Header and footer (never evidence). Tracked changes: a whole deleted
  paragraph (an assessment-only "Straight to the platform" entry) and a whole
  inserted paragraph (the Guest Platform placement day). Two Word comments.

Traps (requirement ids):
- E.2: validated at Master's level but for 30 credits; a second module "next
  year" is only for those who want it. Partially met.
- 1.3: only "the latest thinking" and coaches who "keep up": no research,
  inspection evidence or development named. Partially met.
- 1.5 / 6.S7: "Pupils' views are the school council's job, not the SENCO's"
  (someone else's responsibility, negation); the Bar Chart calls pupil
  involvement "Pass"; a comment claiming pupil voice is in Set 4 is a
  comment. Not met both.
- 1.9: "the six Attempts between them test every national outcome" against
  a chart with Warm-up only, Technique bar and Pass bars. Partially met.
- 2.1: experience is taken into account on the Attempt Card (a Set may be
  skipped) but "we do not give credit for it". Partially met.
- 2.3: "Nobody goes straight to the platform"; the assessment-only paragraph
  is a deleted tracked change. Not met.
- 3.1: only level access and "Everybody is welcome" (a value): no disclosure,
  adjustments or non-discrimination in assessment. Partially met.
- 3.2: each Set runs Thursday or Saturday, but one start, one order, one mode.
  Partially met. 3.3: no online work at all ("There is no online work on this
  meet"): not applicable.
- 4.2: "What the heads told us went into this plan" without saying what
  changed. Partially met. (4.1 and 4.3 met.)
- 5.1: methods listed (Session Sheets, debrief, heads' and corners' forms,
  the University's module review) but "It all goes in the Meet File": nothing on
  how evidence is used to improve the course. Partially met.
- 5.5: met only through the inserted Guest Platform paragraph (an inserted
  tracked change counts) plus guest coaches.
- 5.6: met only from the KIT BAG text box.
- 5.7: coaches are briefed, but corners "need no training from us" and get
  a copy of the plan. Partially met.
- 6.0: the Total: 200 of 360 with one No lift carried: compensation, so an
  outcome in a failed Attempt need not be shown. Partially met.
- 6.A4 and 6.S5 "Warm-up only"; 6.K4 and 6.S2c "Technique bar" (feedback,
  not marked); 6.K6 "not ICT", left to "the county ICT team's course" (another
  provider's arrangement). Partially met all five.
- 6.S2d "Pass" and nothing in any Set. Not met.
- 5.3 is met by a real weigh-in check of each lifter's enhanced CRB
  disclosure, next to the club's own coaches' checks (the wrong people).
Expected: 41 met / 15 partially met / 4 not met / 1 not applicable.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _po_helpers import (new_document, para, runs, shade, cell_text, table, fill_table, text_box,
                         deleted_paragraph, inserted_paragraph, page_field, landscape_section)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
MONO = "Courier New"
GREY = "D9D9D9"
AUTH = "Jim Pickersgill"
DATE = "2008-09-20T10:15:00Z"

doc = new_document("Trebuchet MS", 10)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
runs(hp, [("HARLSEY BRIDGE WLC EDUCATION TRUST  ·  MEET PLAN  ·  for lifters and corners", {"size": 8, "bold": True})])
fp = sec.footer.paragraphs[0]
runs(fp, [("Plan 3 · Coach: J. Pickersgill · Lift clean, lift for the kids · page ", {"size": 7, "color": "7F7F7F"})])
page_field(fp)


def part(text):
    p = para(doc, text, bold=True, size=12, space_after=4)
    p.paragraph_format.space_before = Pt(10)
    return p


def body(text, **kw):
    return para(doc, text, space_after=kw.pop("space_after", 5), **kw)


_note = [0]


def note(text):
    _note[0] += 1
    p = para(doc, "", space_after=5)
    runs(p, [(f"Note {_note[0]}.  ", {"bold": True}), (text, {})])
    return p


# ------------------------------------------------------------ covering lines
para(doc, "To the TDA panel: this is the plan every lifter and corner on our SENCO course gets. It is how we run "
          "the course, so we have sent it as our application. J.P.", italic=True, size=9, color="595959")

# ------------------------------------------------------------ title block
tb = table(doc, 6, 4, widths=(3.0, 6.0, 3.0, 5.0))
m = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(m, "MEET PLAN", bold=True, size=16, color="FFFFFF", fill="000000")
cell_text(tb.cell(1, 0), "Meet", bold=True, size=9, fill=GREY)
cell_text(tb.cell(1, 1).merge(tb.cell(1, 3)), "The Harlsey Bridge SENCO Meet, 2009-10", bold=True, size=10)
cell_text(tb.cell(2, 0), "Venue", bold=True, size=9, fill=GREY)
cell_text(tb.cell(2, 1).merge(tb.cell(2, 3)), "The Drill Hall, Station Road, Harlsey Bridge; and your own school",
          size=9)
for r, (a, b, c, d) in enumerate([
        ("Sessions", "8 Sets, 6 Attempts, 1 Guest Platform day", "Plan no.", "3 (22 September 2008)"),
        ("Lifter", "[your name]", "Corner", "[your corner's name]"),
        ("Head Coach", "Jim Pickersgill", "Category", "Open: serving SENCOs")], start=3):
    cell_text(tb.cell(r, 0), a, bold=True, size=9, fill=GREY)
    cell_text(tb.cell(r, 1), b, size=9)
    cell_text(tb.cell(r, 2), c, bold=True, size=9, fill=GREY)
    cell_text(tb.cell(r, 3), d, size=9)
para(doc, "", space_after=0)

body("Every lifter gets this plan. Your own numbers (your targets, your Sets, your dates) go on your Attempt Card, "
     "which you fill in with your coach at weigh-in. Read the plan once now and again before each Set. Your corner "
     "gets a copy too.")

part("HOW TO READ THIS PLAN")
key = [
    ("Our word", "What it means"),
    ("Meet", "The whole course, September to July"),
    ("Lifter", "You: a SENCO on the course"),
    ("Corner", "The senior colleague in your school (usually the head or a deputy) who backs you through the meet"),
    ("Coach", "A tutor; the Head Coach runs the meet"),
    ("Set", "A taught session in the warm-up room (the Drill Hall's first floor); there are eight"),
    ("Attempt", "A marked piece of work; there are six: Snatch 1, 2, 3 and Clean & Jerk 1, 2, 3"),
    ("Referees", "The three people who mark an Attempt"),
    ("Jury", "The panel that checks the referees (part 5)"),
    ("Weigh-in", "The first evening: checks, your Attempt Card, your baseline (part 2)"),
    ("Entry total", "What you need before you can enter (part 1)"),
    ("Total", "Your six Attempts added together (part 4)"),
    ("Guest Platform", "A day in a specialist setting (part 3)"),
    ("Bar Chart", "The outcomes, one bar each (part 9)"),
]
t = table(doc, len(key), 2, widths=(3.2, 13.8))
fill_table(t, key, header_fill=GREY, size=9)
para(doc, "", space_after=0)
body("In the Bar Chart the last column is the call:", bold=True)
calls = [
    ("Call", "Meaning"),
    ("Good lift", "Worked on in the Set named and marked in the Attempt named: you must show it there"),
    ("Warm-up only", "Worked on in the Set named; no Attempt marks it"),
    ("Technique bar", "Practised in the Set named with the coach's feedback on the day; not marked"),
    ("Pass", "Not taken at this meet"),
]
t = table(doc, len(calls), 2, widths=(3.2, 13.8))
fill_table(t, calls, header_fill=GREY, size=9, font=MONO)
para(doc, "", space_after=0)

# ------------------------------------------------------------ 1
part("1  ENTRY")
body("The point of the meet", bold=True)
body("More pupils with SEN and disabilities doing well, because their SENCO is stronger. Doing well means doing "
     "well in lessons and in everything Every Child Matters asks for: being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Every Set is planned back from "
     "what you will do for pupils, and every Attempt asks what difference your work makes to them, against those "
     "five outcomes, not only to their levels.")
body("Who validates the meet", bold=True)
body("Orrell Moor University's School of Education validated the meet on 9 July 2008 as its Master's-level module "
     "Coordinating Provision for Special Educational Needs (EDM7016), worth 30 credits at Level 7. Lifters who "
     "want 60 credits can go on to a second module at Orrell Moor the year after; the Award itself is the 30.")
body("Entry total", bold=True)
body("To enter you must hold QTS and be your school's SENCO, or have your head's letter saying you will be by the "
     "following September. Your head nominates you on the Entry Sheet and signs to release you for the Sets and "
     "the Guest Platform day and to act as, or name, your corner. On the Entry Sheet you tell us what you have "
     "done in SEN so far. The Head Coach rings every applicant and talks it through: if we think you will not make "
     "the Entry total this year, we say so, tell you what to do first (usually the county's SEN Starter days and a "
     "term shadowing an experienced SENCO), ring your head to agree it, and keep you a place next year.")
note("Lifters who already hold SEN qualifications, or who have years in the job: tell us at weigh-in. We take it "
     "into account on your Attempt Card (you may skip a Set whose bar you already lift), but we do not give credit "
     "for it: everyone does all six Attempts.")
note("Nobody goes straight to the platform. Every lifter warms up: there is no way to enter just the Attempts, "
     "however experienced you are.")
deleted_paragraph(doc, "Straight to the platform: an experienced SEN teacher who already meets the outcomes may "
                       "ask to be entered for the six Attempts without the Sets. The Head Coach decides, and the "
                       "fee is £200.", AUTH, DATE)
body("Entry fee", bold=True)
body("£620 for the meet, which covers the eight Sets, the Guest Platform day, all six Attempts and the University's "
     "fee. The county pays half for its own schools. We keep the fee down by teaching in our own hall in the "
     "evenings and on Saturdays, so you lose as little school time as possible.")

# ------------------------------------------------------------ 2
part("2  WEIGH-IN")
body("Weigh-in is the first Thursday in September, 4.30 to 8.00, with a Saturday weigh-in for those who cannot come. "
     "Three things happen.")
body("Papers.", bold=True)
body("Bring your enhanced CRB disclosure certificate. The Trust's Welfare Officer, Sandra Kaye, looks at every "
     "lifter's certificate, records its number and date on the Weigh-in Register, and checks the name against "
     "your head's nomination. If your disclosure is more than three years old, or you have not worked in a school "
     "in the past three months, she applies for a new enhanced disclosure through the club's registered body "
     "before your first Set. Your head's nomination also confirms that the school has taken up references and "
     "that you are not barred from work with children. Nobody lifts without papers.")
note("The club's own coaches have enhanced disclosures too, through the British Weight Lifters' Association, but "
     "that is a different register.")
body("Your baseline.", bold=True)
body("You score yourself against every bar on the Bar Chart (0 = never done it, 1 = done it with help, 2 = do it, "
     "3 = could show others), and your corner scores you too. You also mark a confidence line for each of ten "
     "SENCO jobs. Then you sit down with a coach for forty minutes and go through the scores bar by bar: the coach "
     "asks for examples and moves scores that look too high or too low.")
body("Your Attempt Card.", bold=True)
body("From the baseline you and the coach fill in your Attempt Card: your own targets for the meet (the bars "
     "where you start lowest come first), which Sets matter most for you, which Guest Platform setting suits "
     "you, and what your school work for the Attempts will be about. The card is yours and your corner's. We look "
     "at it again at Set 4 and Set 7 and move the targets on.")
body("Access", bold=True)
body("The Drill Hall is all on one level, with a ramp at the side door and an accessible toilet. Everybody is "
     "welcome at Harlsey Bridge, whatever their ability.")

# ------------------------------------------------------------ 3
part("3  BACK-TIMING")
body("Back-timing is how a coach plans a warm-up: you count back from your opener so that you are ready at the "
     "right moment. We count the Sets back from your first Attempt at the end of the year. Each Set runs twice, "
     "on a Thursday from 4.30 to 8.00 and on the following Saturday from 9.00 to 12.30; pick either. Everything "
     "else runs in one order for everyone, starting at weigh-in in September. There is one meet a year.")
bt = [
    ("Out", "Set", "On the bar", "When", "Coach"),
    ("8 out", "Set 1\nEmpty bar", "SEN law and the SEN Code of Practice 2001; the SEN and Disability Act 2001; "
     "the Disability Discrimination Act 2005 and the Disability Equality Duty; Every Child Matters and the "
     "Children Act 2004; the 2008 SENCO regulations", "Sept", "JP"),
    ("7 out", "Set 2\nTechnique", "How children develop and learn; the common needs: behavioural, emotional and "
     "social difficulties, dyslexia and other specific learning difficulties, speech, language and communication "
     "needs, autism, moderate learning difficulties; what works, and how to use outside advice", "Oct", "MB"),
    ("6 out", "Set 3\nLight pulls", "Ways of teaching, assessing and planning for pupils with SEN (Note 8); "
     "relationships with pupils and families; working with parents (with Harlsey Parent Partnership)",
     "Nov", "MB, DH"),
    ("5 out", "Set 4\nPositions", "Spotting pupils who may have SEN; targets, interventions and reviews; using "
     "reports from other professionals; tracking progress with test and teacher assessment data; helping "
     "colleagues with assessment for learning", "Jan", "JP"),
    ("4 out", "Set 5\nPulls from the floor", "Provision mapping; outside agencies and voluntary organisations; "
     "making decisions when things go wrong", "Feb", "JP, RA"),
    ("3 out", "Set 6\nHeavy singles", "Getting the head and senior leaders behind you; deploying and managing "
     "teaching assistants; prioritising your week and delegating; coaching and mentoring colleagues; working with "
     "the cluster's other SENCOs", "Mar", "DH"),
    ("2 out", "Set 7\nOpeners", "School self-evaluation and the improvement plan; working with governors on "
     "policy and spending; reviewing provision with staff", "May", "DH, JP"),
    ("1 out", "Set 8\nLast warm-up", "Presenting your case; your Next Cycle (part 8)", "June", "JP"),
]
t = table(doc, len(bt), 5, widths=(1.6, 2.6, 9.2, 1.4, 2.2))
fill_table(t, bt, header_fill=GREY, size=8, font=MONO)
para(doc, "", space_after=0)
note("No Set is ever cancelled for a club competition. If the Drill Hall is booked, the Set moves to the Methodist "
     "schoolroom next door.")
note("There is no online work on this meet: no website, no e-mail course, no forum. Everything happens in the "
     "Drill Hall, in your school or on paper. If you are stuck between Sets, ring your coach.")
note("Pupils' views are the school council's job, not the SENCO's, so they are not on this plan.")
pupil_note = doc.paragraphs[-1]
note("Set 6 has a fifty-minute slot with the cluster's SENCOs from the other schools in your area: you plan one "
     "piece of joint work with them, and you advise a colleague from your own school through a real problem in "
     "front of the group. Both go into Clean & Jerk 1.")
note("Set 3 covers teaching approaches and resources, but we leave out computers and software: that belongs to "
     "the county ICT team's course for SENCOs, which runs in the spring.")
ict_note = doc.paragraphs[-1]
body("Guest coaches", bold=True)
body("Rachel Amis (senior educational psychologist, county Educational Psychology Service) takes half of Set 5. "
     "Dawn Hebden (Harlsey Parent Partnership) co-leads the parents' half of Set 3. A speech and language therapist "
     "from the Primary Care Trust joins Set 2.")
inserted_paragraph(doc, "The Guest Platform: between Set 4 and Set 6 every lifter spends one full day in a "
                        "specialist setting that the Trust arranges: Fellside Special School, the Brook Street "
                        "language resource base or the county's pupil referral unit. You work from a task sheet "
                        "linked to your Attempt Card, and the setting's SENCO or teacher in charge signs it. The "
                        "Head Coach visits each setting each year.", AUTH, DATE)

# ------------------------------------------------------------ KIT BAG text box
p = para(doc, "", space_after=6)
text_box(p, [
    ("KIT BAG", True),
    ("The Drill Hall library (first floor): about 250 books on SEN and disability and 30 assessment kits "
     "(reading, spelling, number, language screens); borrow for a month.", False),
    ("An Orrell Moor University library card for every lifter, for the Education collection.", False),
    ("The assistive technology tray: reading pens, talking tins, a Clicker 5 licence, coloured overlays and "
     "writing slopes, to take into school for a fortnight.", False),
    ("A printed Set pack for every Set, with readings and the Attempt brief.", False),
], width_pt=440, height_pt=135)

# ------------------------------------------------------------ 4
part("4  THE ATTEMPTS")
body("You make six Attempts in the year, all done in your own school and all about your own pupils and colleagues. "
     "Each is marked out of 60 by the referees.")
at = [
    ("Lift", "Attempt", "What you hand in", "Due", "Bars"),
    ("SNATCH", "1  The Rule Book Paper", "2,000 words: what SEN and disability law and Every Child Matters require "
     "of your school, and what research and outside advice say about one area of your provision", "Nov",
     "see part 9"),
    (None, "2  One Pupil", "A case study of one pupil: the pupil's needs, your relationship with the pupil and the "
     "family, the teaching approaches you chose and why", "Jan", "see part 9"),
    (None, "3  The Tracker", "A group of pupils: how they were identified, their targets, the interventions and "
     "reviews, other professionals' reports and the school's data; a provision map; agencies involved. You take "
     "a baseline for each pupil (reading or spelling age, attendance, targets met, a behaviour or well-being "
     "scale) and measure again after the intervention", "Mar", "see part 9"),
    ("CLEAN & JERK", "1  The Team Lift", "A change you lead with colleagues: getting the head behind it, "
     "deploying teaching assistants, planning and delegating the work, what changed in practice", "Apr",
     "see part 9"),
    (None, "2  The Review", "A review of SEN provision with your colleagues, written into the school's "
     "self-evaluation, and a proposal to governors; includes the pupils' second measures from Snatch 3", "June",
     "see part 9"),
    (None, "3  The Presentation", "Twenty minutes on the platform to the referees and your corner, then "
     "questions; you hand in your Next Cycle sheet", "July", "see part 9"),
]
t = table(doc, len(at), 5, widths=(2.3, 3.2, 8.7, 1.2, 1.6))
fill_table(t, [r if r[0] is not None else ("",) + r[1:] for r in at], header_fill=GREY, size=8)
t.cell(1, 0).merge(t.cell(3, 0))
cell_text(t.cell(1, 0), "SNATCH", bold=True, size=8, fill=GREY)
t.cell(4, 0).merge(t.cell(6, 0))
cell_text(t.cell(4, 0), "CLEAN & JERK", bold=True, size=8, fill=GREY)
para(doc, "", space_after=0)
body("Between them the six Attempts test every national outcome.")
body("The Total", bold=True)
body("A Good lift is 30 or more out of 60; below 30 is a No lift. You get the Award when your six Attempts add up "
     "to 200 or more out of 360 and no more than one of them is a No lift. One missed Attempt can be carried by the "
     "others.")
note("Jumps: if an Attempt is a No lift you may take it again once, within six weeks, with the referees' notes "
     "in front of you. The second go is capped at 30.")

# ------------------------------------------------------------ 5
part("5  REFEREES, JURY AND THE BENCH")
body("Every Attempt has three referees. Two coaches mark it separately against the marking sheet for that Attempt. "
     "If their marks are within six of each other the average stands; if not, the third referee (a guest referee: "
     "a head or the county's SEN adviser) marks it and the two nearest marks stand, as two white lights beat one "
     "red. The Jury (the University's module leader, one head and the University's external examiner) sees a "
     "sample of every Attempt and every No lift, can change any mark, and reports to the University's examination "
     "board, which confirms the results.")
body("Before each marking round the coaches and guest referees meet for an evening to mark three Attempts from "
     "the trial group together and agree the marks.")
bench = [
    ("The Bench", "Role", "Background"),
    ("Jim Pickersgill (JP)", "Head Coach", "SENCO for eleven years at two Harlsey comprehensives; county SEN "
     "adviser 2002-07; MA in Special and Inclusive Education; BWLA senior coach"),
    ("Dr Mary Brennan (MB)", "Coach", "Specialist teacher (specific learning difficulties and autism), county "
     "Learning Support Service; PhD on reading interventions; AMBDA"),
    ("David Hurst (DH)", "Coach", "Headteacher of Low Moor Primary School (a resourced school for speech and "
     "language) until 2008; NPQH; chairs the county's primary heads' SEN group"),
    ("Rachel Amis (RA)", "Guest coach", "Senior educational psychologist, county Educational Psychology Service"),
    ("Sandra Kaye", "Welfare Officer", "Trust Welfare Officer; former school business manager"),
    ("Dr Alan Forde", "University module leader", "Reader in Inclusive Education, Orrell Moor University"),
]
t = table(doc, len(bench), 3, widths=(4.0, 3.5, 9.5))
fill_table(t, bench, header_fill=GREY, size=8)
para(doc, "", space_after=0)
note("Coaches and guest coaches get the Coaches' Notes (what each Set is for, the marking sheets, the referee "
     "rules) and a briefing with the Head Coach before their first Set.")
note("Corners need no training from us: they are senior leaders who know their schools. They get a copy of this "
     "plan and the Attempt Card.")

# ------------------------------------------------------------ 6
part("6  IF IT GOES WRONG")
ifs = [
    ("If", "Then"),
    ("You miss a Set", "Come to the other day's run of it; if you miss both, your coach goes through the Set pack "
     "with you in a one-hour catch-up"),
    ("An Attempt is a No lift", "One retake within six weeks (Note 9)"),
    ("You are ill or have a family emergency", "Ring the Head Coach; Attempts can be deferred to the next meet"),
    ("You change school", "Your new head nominates you and names a corner; your Attempt Card moves with you"),
    ("You and your corner fall out", "The Head Coach talks to both of you and, if needed, your head names another "
     "corner"),
    ("You think a mark is wrong", "Write to the Head Coach within ten days; the Jury looks again"),
]
t = table(doc, len(ifs), 2, widths=(5.0, 12.0))
fill_table(t, ifs, header_fill=GREY, size=8)
para(doc, "", space_after=0)

# ------------------------------------------------------------ 7
part("7  THE CROWD")
body("Before we wrote this plan we asked. In the spring of 2008 we sent a questionnaire to the heads and SENCOs of "
     "all 38 schools in the Harlsey and Low Moor clusters; 27 schools replied. Twenty-two SENCOs said they had "
     "taken the job on with no training; the heads' top three needs were managing teaching assistants, working "
     "with outside agencies and tracking the progress of pupils with SEN. The county's SEN team showed us that "
     "Harlsey's pupils with statements were excluded more often than the county average, and the Harlsey "
     "Parents' Forum told us at an open meeting that parents wanted to be met, not written to.")
body("What the heads told us went into this plan.")
body("The crowd stays involved. Heads and the county's SEN adviser act as guest referees and one head sits on the "
     "Jury; the Parent Partnership co-leads Set 3; the Guest Platform settings host lifters. At the end of the "
     "meet every head and every corner fills in a Meet Report on what changed in the school and what we should do "
     "differently, and the Harlsey Parents' Forum reads a summary of the course each summer and tells us what "
     "it thinks.")

# ------------------------------------------------------------ 8
part("8  AFTER THE MEET")
body("Your Next Cycle", bold=True)
body("In Set 8 you fill in a Next Cycle sheet: what you will work on next year as a SENCO, what training you want, "
     "and who will help. Your coach goes through it with you, with ideas to consider (the second Orrell Moor "
     "module, the county's middle leaders' programme, the cluster's SENCO network), and you hand it in with "
     "Clean & Jerk 3. You then take it to your head or line manager to build into your performance management "
     "objectives for the following year.")
body("How we review the meet", bold=True)
body("Every lifter fills in a Session Sheet after every Set. The coaches hold a debrief after each Set and at the "
     "end of the meet. Heads and corners send in their Meet Reports. The University runs its annual module review. "
     "It all goes in the Meet File.")
body("What we measure", bold=True)
body("Lifters: the weigh-in scores are taken again at Set 8 and set against the first ones, bar by bar, with the "
     "referees' marks; the confidence lines are marked again too. Pupils: every lifter's baseline and second "
     "measures from Snatch 3 and Clean & Jerk 2 (reading or spelling ages, attendance, targets met and the "
     "well-being scale) are collected by the Head Coach into a Scoreboard for the whole meet, and the Scoreboard "
     "and the lifters' figures go to the Trust's Education Committee every September.")
note("Everything on the bar is current. The coaches keep up with what is new in SEN, and every Set brings the "
     "latest thinking onto the platform.")

# ------------------------------------------------------------ 9 (landscape)
landscape_section(doc)
part("9  THE BAR CHART")
body("One bar for each outcome, in our words. The calls are explained at the front of this plan.")
chart = [
    ("ATTRIBUTES",),
    ("A-1", "Fair, respectful, supportive relationships with pupils with SEN and disabilities and with their "
            "families", "Set 3", "Snatch 2", "Good lift"),
    ("A-2", "Gets colleagues, the head and senior leaders committed to better outcomes for pupils with SEN",
     "Set 6", "Clean & Jerk 1", "Good lift"),
    ("A-3", "Prioritises, manages time, delegates and checks the work gets done", "Set 6", "Clean & Jerk 1",
     "Good lift"),
    ("A-4", "Sees problems coming, solves them, makes sound decisions about provision", "Set 5", "-",
     "Warm-up only"),
    ("A-5", "Speaks and writes clearly; listens to and understands others' views", "Set 8", "Clean & Jerk 3",
     "Good lift"),
    ("A-6", "Uses research and outside advice to improve own and colleagues' practice", "Set 2", "Snatch 1",
     "Good lift"),
    ("A-7", "Keeps up to date and takes charge of own development in SEN", "Set 8", "Clean & Jerk 3", "Good lift"),
    ("KNOWLEDGE",),
    ("K-1", "SEN law, the Code of Practice and what they mean for the school and the SENCO", "Set 1", "Snatch 1",
     "Good lift"),
    ("K-2", "Every Child Matters and how the SENCO helps pupils reach the five outcomes", "Set 1", "Snatch 1",
     "Good lift"),
    ("K-3", "Disability equality law and what the school must do", "Set 1", "Snatch 1", "Good lift"),
    ("K-4", "How children develop, and how SEN, disability and surroundings affect it", "Set 2", "-",
     "Technique bar"),
    ("K-5", "The common needs (BESD, SpLD and dyslexia, SLCN, autism, MLD) and how they affect learning", "Set 2",
     "Snatch 2", "Good lift"),
    ("K-6", "Ways of teaching, assessing and planning for pupils with SEN, and when to use them (not ICT: Note 8)",
     "Set 3", "Snatch 2", "Good lift"),
    ("K-7", "How a school evaluates itself and improves, and where SEN fits", "Set 7", "Clean & Jerk 2",
     "Good lift"),
    ("K-8", "Best practice and what research has found", "Set 2", "Snatch 1", "Good lift"),
    ("K-9", "What outside agencies do and how to get their help", "Set 5", "Snatch 3", "Good lift"),
    ("SKILLS",),
    ("S-1", "With senior leaders and governors, shapes inclusive policy, priorities and spending", "Set 7",
     "Clean & Jerk 2", "Good lift"),
    ("S-2", "Spots pupils who may have SEN, sets stretching targets, plans interventions, reviews progress",
     "Set 4", "Snatch 3", "Good lift"),
    ("S-2.1", "Uses other professionals' assessments in planning teaching", "Set 4", "Snatch 3", "Good lift"),
    ("S-2.2", "Uses test results and teacher assessment to track progress and change programmes", "Set 4",
     "Snatch 3", "Good lift"),
    ("S-2.3", "Helps colleagues develop assessment for learning, with approaches for pupils with SEN", "Set 4",
     "-", "Technique bar"),
    ("S-2.4", "Sorts out access arrangements for national tests and exams in good time", "-", "-", "Pass"),
    ("S-3", "Maps provision and finds what is missing or not working", "Set 5", "Snatch 3", "Good lift"),
    ("S-4", "Deploys and manages teaching assistants and other staff", "Set 6", "Clean & Jerk 1", "Good lift"),
    ("S-5", "Develops colleagues: observing and feedback, modelling, coaching, mentoring, training", "Set 6", "-",
     "Warm-up only"),
    ("S-6", "Reviews provision with staff and feeds the school's self-evaluation", "Set 7", "Clean & Jerk 2",
     "Good lift"),
    ("S-7", "Involves pupils in planning and reviewing their own provision", "-", "-", "Pass"),
    ("S-8", "Works with parents and carers to help their children learn", "Set 3", "Snatch 2", "Good lift"),
    ("S-9", "Works with other services and agencies, voluntary groups included", "Set 5", "Snatch 3", "Good lift"),
]
t = table(doc, len(chart) + 1, 5, widths=(1.6, 13.5, 2.4, 3.2, 3.2))
for j, h in enumerate(("Bar", "What you can do", "Warm-up room", "Platform", "Call")):
    cell_text(t.cell(0, j), h, bold=True, size=8, fill=GREY, font=MONO)
for i, row in enumerate(chart, start=1):
    if len(row) == 1:
        m = t.cell(i, 0).merge(t.cell(i, 4))
        cell_text(m, row[0], bold=True, size=8, color="FFFFFF", fill="404040")
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=8, font=MONO if j != 1 else None)
para(doc, "", space_after=0)
body("Lift clean.  J. Pickersgill, Head Coach, for the Trust", italic=True, size=9)

doc.add_comment(pupil_note.runs, text="We do pupil voice in Set 4 really - shall I add it? MB",
                author="Mary Brennan", initials="MB")
doc.add_comment(ict_note.runs, text="Check the county course is still running in 2010. JP",
                author="Jim Pickersgill", initials="JP")

doc.save(OUT)
print("wrote", OUT)
