"""oz-01-hallamore-finishing-chart: builds oz-01-hallamore-finishing-chart.docx next to this script.

Provider (invented): Hallamore & District Darts League Coaching Academy ("the Academy"), which has run darts-based
number work ("Arrows in Schools") alongside SENCOs in 38 local schools, with Brannock University (School of
Education) validating the Award as a 60-credit Level 7 Postgraduate Certificate. Season 2008-09.

Document kind and layout: the Academy's CHECKOUT CHART booklet, "The Award Finishing Chart", the laminated
finishing chart every participant keeps in the lid of their dart case, sent whole with the notes printed round it.
- A title block table with merged cells (a vertically merged side cell) and a "[Date of issue]" placeholder.
- Heading styles carrying the chart's own titles ("Reading the chart", "Getting to the oche", "Straight-In" ...),
  never criterion numbers.
- A shaded two-column key ("Reading the chart") near the front defines the Academy's words: Oche Night (taught
  session), Board Task (school task), Throwing Partner (in-school mentor), Leg (marked assignment), Deciding Leg,
  Practice Board (feedback only, not marked), Chalker / Caller / Match Referee (tutor / second marker / external
  examiner), and the values used in the chart columns far below: "Set up on" (developed), "Out on" (assessed),
  "Practice Board", "No out shot", "Bogey", a dash.
- An Oche Night table with vertically merged term cells; a "You said / We changed" table; a staff table.
- A floating VML text box ("Chalk Talk") of quotes from last year's unaccredited pilot (the "Friendly").
- A footnote (on the darts meaning of "straight-in").
- Tracked changes: a deleted sentence offering a January start (3.2); an inserted sentence on cross-series
  moderation (5.8, part of the submission); in the chart, the S2d row's "Oche Night 3" / "Leg 2" deleted and
  replaced by "-" / "Bogey".
- A reviewer comment on the stakeholder paragraph (4.3) that is not part of the submission.
- Header (chart title) and footer with a PAGE field and a CRB claim ("All Academy participants are CRB checked").
- The outcome chart is a landscape table of real checkouts (Finish | Route | outcome in the Academy's words |
  Set up on | Out on) with merged group bands. The Bogey rows carry real bogey numbers (169, 166).

Traps (requirement ids):
- 5.3: the CRB paragraph is about the Academy's coaches of junior squads (wrong context), and candidates' checks
  are called the employing school's business; the only candidate claim is in the footer -> not_met.
- 3.1: the equality paragraph is mostly about wheelchair darts and visually impaired junior players (wrong
  context); for participants only level access and an accessible toilet -> partially_met.
- 3.2: one September start; two series and two hand-in dates; the January start is a past arrangement (Friendly
  year) and its offer is a deleted tracked change; wholly online study is another provider's (Penwith) ->
  partially_met.
- 3.3: the Academy "does not run online study itself"; the Penwith online route is another provider's ->
  not_applicable.
- 2.1: prior certificated learning only; "The University does not at present accredit experiential learning"
  (negation of half the requirement) -> partially_met.
- 2.3: the assessment-only route is called "Straight-In" (darts vocabulary) -> met.
- 4.3: stakeholders help deliver (Parents' Forum co-leads Oche Night 2) but their part in evaluation is only
  hoped for, and "For now the Season Review is a meeting of the Academy and the University"; the comment saying
  two heads sit on the Season Review is not part of the submission -> partially_met.
- 5.5: specialist guests are concrete, but a special-school placement only if the participant arranges it and
  their head releases them (condition, someone else's arrangement) -> partially_met.
- 5.6: library only; assistive technology and specialist software "not something the Academy keeps" ->
  partially_met.
- 6.0 / 1.9: the award rule averages pieces within a module (compensation), and the chart has outcomes that are
  never marked; the chart's preface claims "Every Annex 3 outcome has its finish on this chart" (unsupported
  coverage claim) -> both partially_met.
- 1.1: generic value statements in "From the Head Coach", but a concrete aim naming all five ECM outcomes with
  Leg criteria that give marks for it -> met (notes_on_met).
- 6.A3, 6.S6, 6.S7: "Practice Board" only (formative, not marked) -> partially_met.
- 6.A7, 6.K7: "No out shot" (set up, never assessed) -> partially_met.
- 6.A5: set up "-", out on the Deciding Leg (assessed, not developed) -> partially_met.
- 6.K4: "Bogey" -> not_met.  6.S2d: "Bogey" after a tracked deletion of "Oche Night 3" / "Leg 2" -> not_met.
- 6.S2c: no row at all on the chart and not developed anywhere -> not_met.
- Finish numbers (170, 167 ...) and routes (T20 T20 Bull) look like codes but are decoration.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm
from _oz_helpers import (base_doc, run, ins, dele, shade_cell, shade_par, grid_table, cell_text, page_field,
                         textbox, Footnotes, merge_down, merge_across, new_section, set_col_widths)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTHOR = "Lorna Pickavance"

doc = base_doc("Calibri", 10.5)
fn = Footnotes(doc)


def H(text, level=1):
    return doc.add_heading(text, level=level)


def P(text="", bold=False, italic=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic)
    return p


def B(text):
    return P(text, style="List Bullet")


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "The Award Finishing Chart 2008-09  |  Edition 3", italic=True, size=8, color="7F7F7F")
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "All Academy participants are CRB checked  |  Hallamore & District Darts League Coaching Academy  |  Page ",
    size=8, color="7F7F7F")
page_field(fp)

# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=7, cols=3)
tb.style = "Table Grid"
merge_across(tb, 0, 0, 2, "HALLAMORE & DISTRICT DARTS LEAGUE  -  COACHING ACADEMY", fill="1F3B2C", size=13)
tb.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
merge_across(tb, 1, 0, 2, "THE AWARD FINISHING CHART", fill="C8102E", size=18)
tb.cell(1, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
rows = [("Award", "National Award for SEN Coordination (TDA / DCSF specification, 2008)"),
        ("Validated by", "Brannock University, School of Education"),
        ("Season", "2008-09, our first accredited season"),
        ("Chart edition", "Edition 3, sent whole to the TDA approval panel"),
        ("Date", "[Date of issue]")]
for i, (a, b) in enumerate(rows, start=2):
    cell_text(tb.cell(i, 0), a, bold=True)
    shade_cell(tb.cell(i, 0), "E7E2D3")
    cell_text(tb.cell(i, 1), b)
side = merge_down(tb, 2, 2, 6, "Keep this chart in the lid of your case. Bring it to every Oche Night.",
                  fill="F3EFE3", bold=False, size=9)
set_col_widths(tb, [35, 95, 40])
P()

# ---------------------------------------------------------------- before you throw
H("Before you throw")
P("This is the chart every participant on our Award keeps in the lid of their dart case, with the notes we print "
  "around it. We have sent it to the panel whole, as participants receive it, rather than rewrite it as a form. It "
  "is written in the words we use at the oche, and the key that follows explains them. Where a page says \"you\", "
  "it means the participant.")
P("Hallamore & District Darts League has run a Coaching Academy since 1994. Besides our junior squads, our Arrows in "
  "Schools scheme has taken darts-based number work into thirty-eight primary and secondary schools in the district "
  "since 2002, much of it with pupils who have special educational needs, and always alongside the school's SENCO. "
  "Our Head of Award, Lorna Pickavance, was a SENCO for eleven years and then a county advisory teacher for "
  "inclusion before she joined the Academy. In 2007-08 we ran an unaccredited course, which we called the "
  "Friendly, for nine SENCOs from Arrows schools. This chart is what the Friendly taught us, turned into a full "
  "season.")

# ---------------------------------------------------------------- key
H("Reading the chart")
P("The words below are used all through this booklet and in the chart at the back. Please read them first: the "
  "last five explain the columns of the chart.")
key = [
    ("Word", "What it means at the Academy"),
    ("Oche Night", "A taught session. There are ten, each four hours long, in the Thursday series or the Saturday "
                   "series (see The Season)."),
    ("Board Task", "A piece of work you do in your own school between Oche Nights, with your Throwing Partner. "
                   "There are three."),
    ("Throwing Partner", "A senior colleague in your own school, usually a deputy or assistant head, named by your "
                         "headteacher, who meets you at least twice each half-term, watches you work and signs "
                         "your Board Task record."),
    ("Leg", "A marked assignment. There are three Legs, each of about 4,000 words or the equivalent, marked at "
            "masters level against the outcomes the chart gives for it."),
    ("Deciding Leg", "A forty-minute professional discussion at the end of the season, based on your portfolio, "
                     "marked by two people."),
    ("Practice Board", "A short task you hand in for written feedback from your Chalker. A Practice Board is not "
                       "marked and does not count towards the Award. There are three."),
    ("Chalker", "Your tutor: the person who teaches your group, reads your Practice Boards and first-marks your "
                "Legs."),
    ("Caller", "The second marker: a Brannock University lecturer who did not teach your group."),
    ("Match Referee", "The University's external examiner for the Award."),
    ("Throw Profile", "The self-assessment against the national outcomes that you complete before the season "
                      "starts."),
    ("Personal Finishing Plan", "The plan you agree with your Chalker after your Throw Profile."),
    ("Straight-In", "Our assessment-only route."),
    ("Next Season sheet", "The planning sheet for your next professional targets, completed at Oche Night 10."),
    ("Set up on (chart column)", "Where the outcome is taught or practised: an Oche Night or a Board Task."),
    ("Out on (chart column)", "Where the outcome is assessed. A Leg or the Deciding Leg means it is marked. "
                              "\"Practice Board\" means it gets written feedback only and is not marked."),
    ("No out shot", "We set the outcome up, but no Leg and no Deciding Leg assesses it this season."),
    ("Bogey", "Like 169 or 166 on a real board, a Bogey has no finish: the outcome is neither taught nor assessed "
              "this season."),
    ("A dash (-)", "Nothing is entered in that column."),
]
kt = grid_table(doc, key, widths_mm=[45, 125], header_fill="1F3B2C")
for c in kt.rows[0].cells:
    c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for r in kt.rows[1:]:
    shade_cell(r.cells[0], "F3EFE3")
P()

# ---------------------------------------------------------------- head coach
H("From the Head Coach")
P("Darts is the most democratic game in the country. You do not need to be tall, fast or strong to throw a good "
  "dart, and the board does not care who you are. We believe every child can hit the board, and we believe the "
  "SENCO is the captain who makes sure every child gets a throw. Those beliefs are why a darts league is writing "
  "to you about SEN coordination.")
P("Beliefs do not win matches, though, so here is what the Award is for. The Award has one aim above the others: "
  "that pupils with SEN and/or disabilities in our participants' schools achieve more, in their learning and in all "
  "five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
  "contribution and achieving economic well-being. Each Leg asks you to show the difference your work has made to "
  "particular pupils' progress and well-being, and the Leg criteria give marks for it. Every Oche Night starts with "
  "a pupil: a real case, anonymised, from an Arrows school.")
P("Kevin Dunnock, Head Coach and Chair of the Academy", italic=True)

# ---------------------------------------------------------------- the match
H("The Match: format and award")
P("The Award is validated by Brannock University as the Postgraduate Certificate in Special Educational Needs "
  "Coordination: 60 credits at masters level (Level 7 of the Framework for Higher Education Qualifications), made up "
  "of two 30-credit modules, Setting Up (Leg 1 and Leg 2) and Finishing (Leg 3 and the Deciding Leg). The "
  "University's Faculty Validation Panel approved the programme on 12 June 2008. The University awards the "
  "certificate; the Academy delivers it under a partnership agreement renewed every three years.")
P("To pass, you need a mark of 50 or more for each module. The module mark is the average of its pieces, so a "
  "strong Leg 2 can carry a weaker Leg 1 provided neither falls below 40. When both modules are passed, the "
  "University's Board of Examiners confers the Award and reports the names to the TDA.")

# ---------------------------------------------------------------- entry
H("Getting to the oche: who can join")
P("You must be a qualified teacher in post in a school in Hallamore, Brannock or the Lower Vale, and either your "
  "school's SENCO or named to become its SENCO within the year. Your headteacher signs your application to confirm "
  "time for the Board Tasks and to name your Throwing Partner.")
P("Every applicant has a twenty-minute entry conversation with Lorna Pickavance or another Chalker, who goes "
  "through a short set of questions on the applicant's SEN experience and current role. If we think an applicant is "
  "not yet ready (for example a newly qualified teacher with no SEN responsibility) we tell them in writing what to "
  "do first, usually a year on the school's SEN team and the county's SEN in the Classroom twilight course, we speak "
  "to their headteacher about it, and we offer a place in the following season.")
P("Safeguarding is part of everything the Academy does. All our coaches who work with junior squads and with pupils "
  "in Arrows in Schools hold an enhanced CRB disclosure, renewed every three years, and the Academy keeps a single "
  "central record of them. Participants on the Award are serving teachers, and their employing schools are "
  "responsible for their checks.")

# ---------------------------------------------------------------- throw profile
H("Your Throw Profile and Personal Finishing Plan")
P("Before the first Oche Night you complete your Throw Profile. For each outcome on the chart you rate yourself "
  "from 1 (new to me) to 4 (I do this well and could show you), and give an example from your own work. Your Chalker "
  "reads it with your headteacher's statement of your role and meets you for forty-five minutes in September.")
P("Together you agree your Personal Finishing Plan: which outcomes you already reach and will evidence early, "
  "which need the most work, which workshops you will take from the options offered at Oche Nights 4, 5 and 8, and "
  "what your Board Tasks will focus on. The Plan records a personal set of target outcomes for the season, weighted "
  "to your starting point. Your Chalker checks it against your Legs at the mid-season review in February, and you "
  "revise it together.")

# ---------------------------------------------------------------- prior learning
H("Arrows you bring with you: prior learning")
P("If you have already passed a masters-level module in special educational needs in the last five years, up to 30 "
  "credits can be brought in through Brannock University's procedure for the accreditation of prior certificated "
  "learning, and you are excused the matching Leg. The University does not at present accredit experiential "
  "learning for this Award, so experience alone, however long, cannot be counted for credit; it is taken into "
  "account in your Personal Finishing Plan instead.")

# ---------------------------------------------------------------- straight in
H("Straight-In")
p = P("A small number of very experienced people, for example an SEN advisory teacher or a SENCO of many years' "
      "standing, may already meet the outcomes. In exceptional circumstances, and with the Head of Award's agreement, "
      "they can go Straight-In")
fn.add(p, "In darts, a straight-in game is one you may start scoring without first hitting a double.")
run(p, ": no Oche Nights, but all three Legs and the Deciding Leg, assessed against every outcome on the chart in "
       "the same way as everyone else's. The fee for Straight-In is \u00a3450.")

# ---------------------------------------------------------------- the season
H("The Season")
p = P("The season starts in September. There are two series of Oche Nights with the same content: the Thursday "
      "series (4.30 to 8.30 pm in the Long Room at the Academy) and the Saturday series (9.30 am to 1.30 pm at "
      "Brannock University's Vale Campus). You may move between the series night by night if your school "
      "commitments change, and every Leg has two hand-in dates, of which you choose one. ")
dele(p, "A January start is also available for those who cannot begin in September.", author=AUTHOR)
textbox(P(), [("CHALK TALK", True),
              ("\"I had never run a review with a parent in the room until the Friendly made me.\"", False),
              ("\"The Saturday mornings saved me. Thursday is our parents' evening night.\"", False),
              ("\"Best thing: being rung by my Chalker when I went quiet in November.\"", False),
              ("Friendly participants, 2007-08", False)], width_pt=190, height_pt=140)
P("In the Friendly year we also ran a January group. With an intake of three it could not be sustained, and it has "
  "not been offered since. Anyone who wants to study wholly online is referred to the Penwith Schools Partnership, "
  "whose online route to the Award we know well; the Academy does not run online study itself. Between Oche Nights "
  "your Chalker can be reached at the Academy office on Tuesday and Thursday afternoons, and handouts from each Oche "
  "Night are posted to anyone who misses it.")

season = [("Term", "Oche Night", "What's on the board", "Who leads")]
nights = [
    ("Autumn", "1", "Stepping up: the SENCO, the law and Every Child Matters. The SEN Code of Practice (2001) and what "
                    "it asks of the school, the SENCO and others; the SEN and Disability Act 2001; Every Child Matters "
                    "and the five outcomes; Removing Barriers to Achievement (2004); the Education (Special Educational "
                    "Needs Co-ordinators) (England) Regulations 2008.", "Lorna Pickavance"),
    ("", "2", "Families and fairness. The Disability Discrimination Act 1995 and 2005 and the Disability Equality Duty "
              "in school; reasonable adjustments and accessibility plans; building fair and steady relationships with "
              "pupils and families; running a review meeting with parents as partners.",
     "Lorna Pickavance with the Hallamore Parents' Forum"),
    ("", "3", "Reading the scores. Identifying pupils who may have SEN from observation, data and assessment; setting "
              "challenging targets; planning interventions and reviewing progress; using Key Stage test results, "
              "teacher assessment and RAISEonline to track progress and change programmes. Workshop: time, priorities "
              "and delegation (Practice Board 1).", "Shobha Raval"),
    ("", "4", "Knowing the players. Behavioural, emotional and social difficulties; specific learning difficulties "
              "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
              "learning difficulties; how each can affect learning. Using reports from educational psychologists, "
              "speech and language therapists and advisory teachers; what each outside service does and how to get "
              "its help; casework on anticipating and solving problems.",
     "Shobha Raval with the county educational psychology service"),
    ("Spring", "5", "Teaching that fits. A critical look at approaches, strategies and resources for assessment, "
                    "planning, teaching and learning, including ICT; removing barriers and personalising provision. "
                    "Optional workshops: literacy, numeracy (the Arrows in Schools approach), behaviour for learning.",
     "Dr Ifan Gethin"),
    ("", "6", "Mapping the provision. Provision mapping and management; finding provision that is missing or not "
              "working; deploying and managing teaching assistants. Workshop: listening to pupils, and consulting "
              "them about their support and their reviews (Practice Board 2).", "Dr Ifan Gethin"),
    ("", "7", "What the evidence says. Ofsted, Special educational needs and disability: towards inclusive schools "
              "(2004) and Inclusion: does it matter where pupils are taught? (2006); the Bercow Review of services for "
              "children with speech, language and communication needs (2008); reading research critically and "
              "bringing in outside advice.", "Dr Ifan Gethin"),
    ("", "8", "Leading the team. Working with the head, senior leaders and governors on SEN policy, priorities and "
              "resources; observing lessons and giving feedback; modelling, coaching and mentoring; planning and "
              "running staff training. Optional workshops: working with governors, coaching.", "Martin Heseltine"),
    ("Summer", "9", "Keeping score on the school. School self-evaluation and improvement planning and where SEN "
                    "fits; reviewing the effectiveness of provision with colleagues (Practice Board 3).",
     "Martin Heseltine"),
    ("", "10", "Next season. Keeping up to date on SEN and disability; taking charge of your own professional "
               "development; the Next Season sheet.", "Lorna Pickavance"),
]
for n in nights:
    season.append(n)
st = grid_table(doc, season, widths_mm=[20, 18, 97, 35], header_fill="E7E2D3", size=9)
merge_down(st, 0, 1, 4, "Autumn", fill="F3EFE3", size=9)
merge_down(st, 0, 5, 8, "Spring", fill="F3EFE3", size=9)
merge_down(st, 0, 9, 10, "Summer", fill="F3EFE3", size=9)
P()

# ---------------------------------------------------------------- board tasks
H("Board Tasks")
P("The Award is played in your own school as much as in the Long Room. Between Oche Nights you carry out three "
  "Board Tasks with your Throwing Partner. Each one ends with a change in your school's practice which you record "
  "and your Throwing Partner signs off, and each feeds a Leg.")
B("Board Task 1, Meet the family (autumn). Plan and hold a review meeting with a pupil and the pupil's parents or "
  "carers, agree what the school and the family will each do, and follow it up after six weeks.")
B("Board Task 2, Map it (winter). Build a provision map for one year group, identify the pupils it is not reaching, "
  "set targets and start an intervention for a small group.")
B("Board Task 3, Bring the team with you (spring and summer). Agree a change to SEN policy or resources with your "
  "head and senior team, lead a staff training session on it, and coach one colleague through putting it into "
  "practice, observing and giving feedback twice.")

# ---------------------------------------------------------------- legs
H("The Legs")
P("Each Leg is marked against the outcomes the chart gives for it, using the University's masters-level criteria. "
  "Your Chalker's feedback names each outcome and says whether your evidence shows it.")
H("Leg 1: The law and the family (Setting Up, December or January)", 2)
P("A case study of one pupil and family. You show how the Code of Practice and the disability equality duties apply "
  "in your school, how the pupil's needs relate to the five Every Child Matters outcomes, and how you built the "
  "relationship with the pupil and parents in Board Task 1 and liaised with the family afterwards.")
H("Leg 2: The intervention (Setting Up, March or April)", 2)
P("You identify a group of pupils using observation, data and reports from other professionals, set targets, and "
  "plan and run an intervention of at least eight weeks from your Board Task 2 provision map. You take baseline "
  "measures of the pupils' attainment and well-being before the intervention and measure again at the end, and you "
  "explain the problems you met, the decisions you took and why. Your map must show what provision was missing or "
  "ineffective and what you changed.")
H("Leg 3: Leading change (Finishing, June)", 2)
P("An account of the change you led through Board Task 3: how you gained the head's and senior team's backing and "
  "worked with governors, how you deployed and managed support staff for it, how you trained and coached colleagues, "
  "the research and outside advice you drew on, and which outside agencies you worked with.")
H("Deciding Leg (Finishing, July)", 2)
P("A forty-minute professional discussion with a Chalker and the Caller, based on your portfolio. You present one "
  "piece of your work with other services and agencies and answer questions on it; the markers judge how clearly "
  "you explain and how well you listen and respond.")

# ---------------------------------------------------------------- access
H("Everyone at the oche")
P("The Academy has run wheelchair darts since 1999. Our boards can be lowered to 137 cm for seated players, and our "
  "junior squads include players with visual impairments who throw with a caller beside them. We are proud that two "
  "of our county players are wheelchair users.")
P("The Long Room is on the ground floor with level access and an accessible toilet, and Brannock University's Vale "
  "Campus meets the University's access standards.")

# ---------------------------------------------------------------- team
H("The coaching team")
team = [("Name", "On the Award", "Background"),
        ("Lorna Pickavance", "Head of Award; Chalker",
         "SENCO for eleven years at two primary schools; county advisory teacher for inclusion 2001-06; MA in "
         "Special and Inclusive Education; works two days a week with SENCOs in Arrows schools"),
        ("Dr Ifan Gethin", "Programme leader at Brannock; Caller",
         "Senior lecturer in inclusive education; doctorate on provision mapping in secondary schools; former "
         "secondary SENCO"),
        ("Shobha Raval", "Chalker",
         "SENCO at Lower Vale High School; specialist teacher qualification in dyslexia (AMBDA); county SENCO "
         "network convenor"),
        ("Martin Heseltine", "Chalker",
         "Deputy headteacher and former SENCO of Greyfield Special School; NPQH; trained coach and mentor for the "
         "county's leadership programme"),
        ("Professor Anne Cawthra", "Match Referee", "External examiner appointed by Brannock University")]
grid_table(doc, team, widths_mm=[38, 40, 92], header_fill="E7E2D3", size=9)
P()
P("Guest specialists at Oche Nights include the county's educational psychologists, the speech and language therapy "
  "service, the Hallamore Parents' Forum and the Vale Autism Outreach team. Participants who would like to spend time "
  "in a special school can arrange a visit to Greyfield through Martin Heseltine, if their own headteacher releases "
  "them.")
P("Participants use Brannock University's library and its electronic journals with a student card. Assistive "
  "technology and specialist software are not something the Academy keeps; at Oche Night 5 you look at what your "
  "own school has.")

# ---------------------------------------------------------------- roles & marking
H("Chalkers, Callers and Throwing Partners")
P("Every Chalker and the Caller attend the Award team day in July, where we go through the chart, the Leg criteria "
  "and the marking, and mark a sample Leg together. Each Throwing Partner receives the Throwing Partner's Card, a "
  "four-page guide to what a Throwing Partner does and does not do, and comes to a ninety-minute briefing in the Long "
  "Room in September. A Chalker rings each Throwing Partner in November to check how the partnership is going.")
p = P("Every Leg is first-marked by the Chalker against the outcomes shown for it on the chart. The Caller "
      "second-marks all Legs below 50, all above 70 and one in five of the rest, chosen at random; where the two "
      "marks differ by more than five, they agree a mark or the Head of Award decides. The Deciding Leg is always "
      "conducted by a Chalker and the Caller together. The Match Referee sees a sample of every Leg and all fails "
      "before the Board of Examiners and reports to the University. ")
ins(p, "Chalkers in the Thursday and Saturday series swap a set of Legs each round, so that the two series are "
       "marked to the same standard.", author="Ifan Gethin", date="2008-09-22T14:10:00Z")

# ---------------------------------------------------------------- stakeholders
H("What the league's schools told us")
P("Before writing this chart we asked the SENCOs and headteachers of the thirty-eight Arrows schools what a new "
  "SENCO most needs. Twenty-nine schools returned the questionnaire and we held two evening meetings. We also used "
  "the county's SEN data on the numbers of pupils at School Action Plus and with statements, and the county "
  "inclusion team's list of schools whose SENCOs were new to the role in 2007-08 (sixteen of them). The three needs "
  "given most often were confidence with the law and the paperwork, leading other staff, and working with parents.")
ysd = [("You said", "We changed"),
       ("Twilight sessions clash with parents' evenings.", "We added the Saturday series."),
       ("New SENCOs struggle to get time with the head.",
        "Throwing Partners are now named by the head on the application."),
       ("The Friendly had too much reading and too little practice.",
        "Board Tasks were brought in, each feeding a Leg."),
       ("Parents want to be treated as partners, not informed afterwards (Hallamore Parents' Forum).",
        "Oche Night 2 and Board Task 1 were built round a family review meeting, and the Forum co-leads Oche Night 2.")]
grid_table(doc, ysd, widths_mm=[80, 90], header_fill="E7E2D3", size=9)
P()
p = P()
r1 = run(p, "Schools and families will also help deliver the season: the Hallamore Parents' Forum co-leads Oche Night "
            "2, and the county's educational psychologists lead part of Oche Night 4. We would like headteachers and "
            "the Parents' Forum to help us judge how the season has gone, and we hope to find a way of doing this in "
            "time for the first Season Review. For now the Season Review is a meeting of the Academy and the "
            "University.")
doc.add_comment([r1], text="Lorna - committee agreed on 9 Sept that two heads sit on the Season Review panel. Put "
                           "it in before this goes?", author="Kevin Dunnock", initials="KD")

# ---------------------------------------------------------------- review
H("The Season Review")
P("Every Oche Night ends with a short evaluation card. Chalkers meet after each round of Leg hand-ins to look at the "
  "marks and the feedback given, and every participant completes an end-of-season questionnaire. From outside the "
  "Academy we have the Match Referee's annual report, Brannock University's annual programme monitoring and, when we "
  "are asked to take part, the TDA's national evaluation.")
P("The Season Review meeting each September takes all of these and writes an action list. Each action has a named "
  "person and a date, and goes on the agenda of the Academy's Award committee in January to check it has been done. "
  "The changes from the Friendly listed above were made this way.")
P("To see what the Award changes, participants repeat their Throw Profile at Oche Night 10, so that we can compare "
  "their confidence and competence at the start and end of the season. The baseline and final measures of pupils' "
  "attainment and well-being from every participant's Leg 2 are collected, anonymised, across the whole group and "
  "reported to the Season Review with the Throw Profile comparison.")

# ---------------------------------------------------------------- next season
H("Next Season")
P("Oche Night 10 is given over to what comes next. You complete your Next Season sheet, setting two or three "
  "professional targets for the following year, which you take to your performance management meeting with your "
  "line manager. We talk through the routes on from the Award, including Brannock's MA in Inclusive Education, which "
  "counts the Award's 60 credits, and the county's network for SENCOs.")

# ---------------------------------------------------------------- costs
H("What it costs")
P("The fee for the season is \u00a31,150, which covers the ten Oche Nights, the three Legs and the Deciding Leg, and "
  "University registration. The county meets half the fee for SENCOs in maintained schools in the district, and the "
  "League's charitable trust offers four bursaries of \u00a3300. Because the Long Room is the League's own, the "
  "Award pays no room hire, and because your Personal Finishing Plan lets you skip an optional workshop on outcomes "
  "you already reach, your time goes where it is most needed. Each Board Task is done in your own school on work "
  "your school needs doing anyway.")

# ---------------------------------------------------------------- the chart (landscape)
new_section(doc, landscape=True)
H("The Award Finishing Chart")
P("Every Annex 3 outcome has its finish on this chart. Read the columns with the key at the front of this booklet: "
  "\"Set up on\" is where the outcome is taught or practised, \"Out on\" is where it is assessed.")

ATT, KNO, SKI = "ATTRIBUTES: how you carry yourself at the oche", "KNOWLEDGE: knowing the board", \
    "SKILLS: finishing, in your own school"
chart = [
    ("G", ATT),
    ("170", "T20 T20 Bull", "Build fair, respectful and steady relationships with pupils with SEN or disabilities "
                            "and with their parents or carers", "Oche Night 2; Board Task 1", "Leg 1"),
    ("167", "T20 T19 Bull", "Win the backing of colleagues, including the head and senior team, for better outcomes "
                            "for these pupils", "Oche Night 8; Board Task 3", "Leg 3"),
    ("164", "T20 T18 Bull", "Put first things first, manage your time and hand tasks on to others sensibly, "
                            "checking they get done", "Oche Night 3", "Practice Board"),
    ("161", "T20 T17 Bull", "See problems coming, sort them out and make sound calls about provision",
     "Oche Night 4; Board Task 2", "Leg 2"),
    ("160", "T20 T20 D20", "Say and write things clearly, and listen properly to other people's views", "-",
     "Deciding Leg"),
    ("158", "T20 T20 D19", "Use research and outside advice to sharpen your own and colleagues' practice",
     "Oche Night 7", "Leg 3"),
    ("157", "T20 T19 D20", "Keep up to date and take charge of your own development on SEN and disability",
     "Oche Night 10", "No out shot"),
    ("G", KNO),
    ("156", "T20 T20 D18", "Know the law and guidance on SEN, including the Code of Practice, what it means for the "
                           "school, for you and for others, and how to put it into practice", "Oche Night 1",
     "Leg 1"),
    ("155", "T20 T19 D19", "Know the principles and five outcomes of Every Child Matters and how the SENCO helps "
                           "children reach them", "Oche Night 1", "Leg 1"),
    ("154", "T20 T18 D20", "Know the disability equality laws and what they require a school to do for disabled "
                           "pupils", "Oche Night 2", "Leg 1"),
    ("169", "No checkout", "How children develop, and how SEN, disability and their surroundings affect it", "Bogey",
     "Bogey"),
    ("153", "T20 T19 D18", "Know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
                           "MLD) and how they affect learning", "Oche Night 4", "Leg 2"),
    ("152", "T20 T20 D16", "Weigh up approaches, strategies and resources for assessment, planning, teaching and "
                           "learning, including ICT, and use them to remove barriers", "Oche Night 5", "Leg 2"),
    ("151", "T20 T17 D20", "Understand school self-evaluation and improvement and where SEN outcomes fit",
     "Oche Night 9", "No out shot"),
    ("150", "T20 T18 D18", "Know best practice and the findings of research on meeting SEN", "Oche Night 7",
     "Leg 3"),
    ("149", "T20 T19 D16", "Know what outside agencies do and how to get specialist support and resources",
     "Oche Night 4", "Leg 3"),
    ("G", SKI),
    ("148", "T20 T20 D14", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and "
                           "the use of resources", "Oche Night 8; Board Task 3", "Leg 3"),
    ("147", "T20 T17 D18", "Identify pupils who may have SEN, set challenging targets, plan interventions and review "
                           "progress", "Oche Night 3; Board Task 2", "Leg 2"),
    ("146", "T20 T18 D16", "Use assessments from other professionals to shape teaching", "Oche Night 4", "Leg 2"),
    ("145", "T20 T15 D20", "Use summative assessment, including national tests, to track progress and change "
                           "programmes", "Oche Night 3", "Leg 2"),
    ("166", "No checkout", "Spot in good time the special arrangements pupils need for tests and examinations, and "
                           "put them in place with colleagues", "S2D_SET", "S2D_OUT"),
    ("144", "T20 T20 D12", "Use provision mapping to plan provision and find what is missing or not working",
     "Oche Night 6; Board Task 2", "Leg 2"),
    ("143", "T20 T17 D16", "Deploy and manage support staff well", "Oche Night 6", "Leg 3"),
    ("142", "T20 T14 D20", "Develop colleagues: observe and give feedback, model, coach and mentor, train",
     "Oche Night 8; Board Task 3", "Leg 3"),
    ("141", "T20 T19 D12", "Review with colleagues how well provision works, to feed the school's self-evaluation",
     "Oche Night 9", "Practice Board"),
    ("140", "T20 T13 D20", "Make sure pupils take part in planning, agreeing and reviewing their own provision",
     "Oche Night 6", "Practice Board"),
    ("139", "T20 T18 D12", "Work closely with parents and carers to help their children learn and develop",
     "Oche Night 2; Board Task 1", "Leg 1"),
    ("138", "T20 T19 D10", "Work in partnership with other services and agencies, including voluntary groups",
     "Oche Night 4", "Deciding Leg"),
]
ct = doc.add_table(rows=1 + len(chart), cols=5)
ct.style = "Table Grid"
for j, h in enumerate(("Finish", "Route", "What you will be able to do", "Set up on", "Out on")):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade_cell(ct.cell(0, j), "C8102E")
    ct.cell(0, j).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(chart, start=1):
    if row[0] == "G":
        merge_across(ct, i, 0, 4, row[1], fill="1F3B2C", size=9)
        ct.cell(i, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
        continue
    for j, v in enumerate(row):
        c = ct.cell(i, j)
        if v == "S2D_SET":
            p = c.paragraphs[0]
            dele(p, "Oche Night 3", author=AUTHOR, size=9)
            ins(p, "-", author=AUTHOR, size=9)
        elif v == "S2D_OUT":
            p = c.paragraphs[0]
            dele(p, "Leg 2", author=AUTHOR, size=9)
            ins(p, "Bogey", author=AUTHOR, size=9)
        else:
            cell_text(c, v, size=9, bold=(j == 0))
        if row[0] in ("169", "166"):
            shade_cell(c, "EDEDED")
set_col_widths(ct, [16, 28, 140, 48, 30])
P()
P("Good darts. Lorna Pickavance, Head of Award", italic=True)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
