"""oq-02-hollowmead-feed-room-book: build the .docx next to this script.

Provider: the Hollowmead & District Pony Club Education Trust, the education charity of a Pony Club branch with its own
yard (Longacre Yard) where it runs rallies, camps and stable-management days, with the University of Wealdbridge
validating. Invented.

Document kind and layout: the course written as the yard's FEED ROOM BOOK, the book that hangs in the feed room and
tells whoever is feeding what each animal gets and why. No heading styles at all: section titles are bold capitals in
Normal paragraphs with hand-typed numbers ("5 COMING ONTO THE YARD", "5.3 Grass-kept Members") that collide with
requirement ids (the book's 5.3 is the assessment-only route, not criminal records checks; its 3.1-3.3 are aims, not
criterion 3). The yard's words are given in a typed dash list (Members, Head Groom, Grooms, Yard Mentors, Owners, the
Feed Merchant, the Vet, Feeds, Rations, Turnout, Hay, Condition Scoring, Individual Ration Sheet, Weigh-tape checks,
Weigh Days, Rosettes). Ten "Rules of Good Feeding" mix values with arrangements. The Feeds are a table with merged,
shaded ration rows; "THE FEED CHART" is the outcome table (29 lines in the yard's words with its own codes, columns
"Fed at" and "Weighed on"), keyed in a paragraph above it: "Turnout only", "Hay only", "Weigh-tape only", "Off feed",
and a dash. Manual line breaks in one section (pasted from the yard's notice), a shaded text box (Feed Room Notice), two
footnotes, a page header and footer, three tracked changes, two comments, a placeholder for the credit value.

Traps (requirement ids in brackets):
- Credit value left as a placeholder "[CREDIT VALUE: Wealdbridge to confirm]" with a comment; Masters level stated
  (E.2 partially_met).
- Book's own numbering "5.3 Grass-kept Members" is the assessment-only route (2.3 met), and criminal records checks
  are under "5.2 Safety on the yard" (5.3 met): numbers that look like requirement ids but are not.
- "we do not turn anyone away": entry by role and QTS only, no check of prior knowledge or guidance (5.2
  partially_met); Condition Scoring after joining is needs assessment (2.2 met), not selection.
- No e-learning: "There is no online feeding on this yard" (3.3 not_applicable); email between Feeds is not e-learning.
- A tracked INSERTION adds the February intake (3.2 met; an insertion is part of the submission).
- Access: a tracked DELETION removes large print and adjusted Weigh Day deadlines; what remains is level access and an
  invitation to disclose (3.1 partially_met).
- Stakeholder needs known only "from years of talking to headteachers" (4.1 partially_met); the Yard Committee's
  requests changed the course (4.2 met) and Owners evaluate (4.3 met).
- Yard Mentors get "a copy of this book and a telephone call" (5.7 partially_met; Grooms are trained).
- Rosettes for passing all three Weigh Days, not for showing all outcomes; outcomes "Hay only", "Turnout only",
  "Weigh-tape only", a dash (6.0, 1.9 partially_met).
- After the last Feed: hopes only ("We hope", "One day we would like") (2.5 not_met).
- Pupil voice only read about ("Members read why the views of pupils matter") (1.5 partially_met; 6.S7 Hay only).
- Feed Chart: "Hay only" 6.A6, 6.K8, 6.S7; "Turnout only" 6.S2b; "Weigh-tape only" (formative, not a Weigh Day) 6.K3,
  6.S5; 6.A4 weighed on WD3 but fed nowhere (assessed, not covered): all partially_met.
- "Off feed" with reasons (negation): 6.S1 and 6.K7 not_met.
- The Feed Chart row for 6.A2 (commitment of head and senior leaders) is a tracked DELETION of a whole row, and no Feed
  covers it (6.A2 not_met).
- Rules of Good Feeding 4, 6 and 9 are values or habits with nothing behind them (generic statements; no verdict rests
  on them). The footer ("All Grooms hold current enhanced CRB disclosures") is not evidence; 5.3 is met from the body.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _oq_helpers import (new_doc, para, add_runs, cell_text, shade_cell, table, add_ins, add_del, mark_para_deleted,
                         deleted_para, add_footnote, add_textbox, header_footer, comment, mark_row_deleted, shade_para)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Arial", 10)
HG = "M. Fenwick"


def title(text, size=11):
    return para(doc, [(text, {"bold": True, "size": size})], space_after=4)


def sub(text):
    return para(doc, [(text, {"bold": True, "italic": True})], space_after=2)


# ------------------------------------------------------------------ cover
para(doc, [("HOLLOWMEAD & DISTRICT PONY CLUB EDUCATION TRUST", {"bold": True, "size": 14})], align="center")
para(doc, [("LONGACRE YARD", {"bold": True, "size": 12})], align="center")
para(doc, [("THE FEED ROOM BOOK", {"bold": True, "size": 20})], align="center")
para(doc, [("National Award for Special Educational Needs Coordination, 2008-09", {"size": 12})], align="center")
para(doc, [("Our application to the TDA for approval. Head Groom: Mrs Margaret Fenwick. Please keep this book in "
            "the feed room.", {"italic": True})], align="center")
para(doc, "")

# ------------------------------------------------------------------ 1
title("1 BEFORE YOU FEED")
para(doc, "Every yard has a feed room book. Ours hangs on a nail inside the feed room door at Longacre, and whoever "
          "is on evening feeds reads it before they pick up a scoop: which pony gets what, how much, why, and what to "
          "watch for. When the Trust agreed to run the SENCO award we wrote the course the same way, because the "
          "people who will teach it, and most of the schools who will send teachers to it, have known Longacre and "
          "its feed room book for years. This book is our application; everything the course does is in it.")
para(doc, "The yard's words, as they are used in this book:")
words = [
    ("Member", "a teacher on the course."),
    ("Head Groom", "the course leader, Mrs Margaret Fenwick."),
    ("Groom", "a tutor. Grooms teach the Feeds and mark the Weigh Days."),
    ("Yard Mentor", "a senior colleague in the Member's own school who meets the Member twice a term and signs "
                    "the Turnout sheets."),
    ("Owner", "the Member's headteacher."),
    ("Feed Merchant", "the University of Wealdbridge, which validates the course and awards the qualification."),
    ("the Vet", "the external examiner appointed by the University."),
    ("Feed", "a taught day at Longacre (ten in the year)."),
    ("Ration", "a half of the course: the Autumn Ration (Feeds 1 to 5) and the Spring Ration (Feeds 6 to 10)."),
    ("Turnout", "the work each Member does in their own school between Feeds."),
    ("Hay", "the reading that follows each Feed, sent as a printed pack."),
    ("Condition Scoring", "the check of each Member against the Feed Chart before Feed 1."),
    ("Individual Ration Sheet", "each Member's own plan, written from their Condition Score."),
    ("Weigh-tape check", "a one-to-one progress tutorial with a Groom, once a term; it is not marked."),
    ("Weigh Day", "a marked assessment. There are three: WD1, WD2 and WD3."),
    ("Rosette", "the award: the University's Postgraduate Certificate and the National Award."),
]
for k, v in words:
    para(doc, [("– ", {}), (k, {"bold": True}), (": " + v, {})], space_after=0)
para(doc, "")

# ------------------------------------------------------------------ 2 rules of feeding
title("2 THE RULES OF GOOD FEEDING")
para(doc, "Every child who comes to a Pony Club stable-management rally learns the Rules of Good Feeding. These are "
          "ours, as they apply to the course.")
rules = [
    ("Rule 1. Feed little and often. ",
     "The course is ten Feeds spread over the school year, one every three or four weeks, with Turnout and Hay in "
     "between, so that Members can try each piece in school before the next."),
    ("Rule 2. Feed plenty of bulk. ",
     "Half of the course is Turnout. Every Feed ends with a Turnout task carried out with pupils and colleagues in "
     "the Member's own school, and the Member brings the result back to the next Feed."),
    ("Rule 3. Feed according to work done, size, age and temperament. ",
     "No two Members are fed alike: each has an Individual Ration Sheet written from their Condition Score (section "
     "6)."),
    ("Rule 4. Make no sudden changes. ",
     "We believe that change for pupils with special educational needs should be gradual, planned and explained, "
     "and that the same is true for the adults who teach them."),
    ("Rule 5. Feed only good-quality feed. ",
     "Every Feed is taught by a Groom with current specialist knowledge (section 12) and draws on current research "
     "and inspection evidence (section 3)."),
    ("Rule 6. Feed at the same times every day. ",
     "Horses and children thrive on routine, and so do busy teachers."),
    ("Rule 7. Water before feeding. ",
     "Nobody starts Feed 1 without being Condition Scored."),
    ("Rule 8. Do not work hard straight after a big feed. ",
     "Turnout tasks are set so that the heaviest school task of each Ration falls after the half-term holiday, not "
     "in the week of a Feed."),
    ("Rule 9. Feed something succulent every day. ",
     "A course should be enjoyable."),
    ("Rule 10. Keep the feed room clean. ",
     "The Yard Book (section 17) is how we check the course and improve it."),
]
for h, b in rules:
    para(doc, [(h, {"bold": True}), (b, {})])

# ------------------------------------------------------------------ 3 aims
title("3 WHAT THE YARD IS FOR")
para(doc, [("3.1 ", {"bold": True}),
           "The course exists to raise the achievement and improve the well-being of pupils with special educational "
           "needs and disabilities in the schools of Hollowmead and the district, by making their SENCOs more "
           "knowledgeable, more skilful and more confident. By achievement we mean progress towards all five Every "
           "Child Matters outcomes, not only test results. Every Feed's aims and every Weigh Day's task are written "
           "with that in mind, and each Weigh Day asks what has changed for pupils."])
para(doc, [("3.2 ", {"bold": True}),
           "The course is rooted in schools. Turnout tasks are practical activities in the Member's own school, "
           "planned against the lines of the Feed Chart, watched by the Yard Mentor and written up for the Weigh "
           "Days, so that by the end of the year each Member has changed practice in their school, not just read "
           "about it."])
para(doc, [("3.3 ", {"bold": True}),
           "The Feeds draw on recent research, inspection findings and national developments: Ofsted's "
           "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), the National "
           "Strategies' Inclusion Development Programme (2008), and current work on provision mapping and "
           "on the use of teaching assistants. Members study current legislation and government policy on special "
           "educational needs and disability at Feeds 1 and 2: the Education Act 1996, the SEN Code of Practice "
           "2001, the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as "
           "amended in 2005, the Children Act 2004, Removing Barriers to Achievement and the 2008 SENCO "
           "regulations."])

# ------------------------------------------------------------------ 4 feed merchant
title("4 THE FEED MERCHANT")
p = para(doc, "Our feed merchant is the University of Wealdbridge. Its School of Education validated the course on "
              "22 April 2008 as the Postgraduate Certificate in Special Educational Needs Coordination, at Masters "
              "level, for ")
r = p.add_run("[CREDIT VALUE: Wealdbridge to confirm]")
r.bold = True
add_runs(p, " credits. The Head Groom and the Grooms teach and mark under the University's regulations, and the "
            "University's Board of Examiners confers the award.")
comment(doc, [r], "Still waiting on the validation panel's letter for the credit figure - do not send until filled in.",
        author="Jill Varley", initials="JV")

# ------------------------------------------------------------------ 5 coming onto the yard
title("5 COMING ONTO THE YARD")
sub("5.1 Who may join")
para(doc, "Any teacher with Qualified Teacher Status who is, or is about to become, a school's SENCO may join; we do "
          "not turn anyone away. The Owner signs the entry form to agree that the Member may attend all Feeds and "
          "will have a Yard Mentor in school.")
sub("5.2 Safety on the yard")
para(doc, "Before a Member's first Feed, the Head Groom sees the Member's enhanced Criminal Records Bureau disclosure "
          "and records its number and date of issue in the Yard Book. The Owner confirms in writing that the Member "
          "is in post, that there are no concerns about the Member's conduct with children and no outstanding "
          "disciplinary matters. A Member who has not worked in a school in the last three months applies for a new "
          "enhanced disclosure through the Trust before Turnout begins, and does not start Turnout until it is "
          "returned.")
sub("5.3 Grass-kept Members")
para(doc, "In exceptional circumstances a teacher who already works at the level of the Feed Chart, for example a "
          "teacher from the district's learning support service or a deputy head who has led SEN for many years, "
          "may be grass-kept: they take no Feeds, complete a full Condition Score with the Head Groom, and present "
          "themselves for all three Weigh Days. The fee is £400. A grass-kept Member must show every line of the "
          "Feed Chart in the Weigh Days, like everyone else.")
sub("5.4 Ready-fed Members")
para(doc, "A Member who has already gained Masters-level credit in special educational needs, or who can show "
          "through a portfolio that their experience meets part of the Feed Chart, may apply to the University of "
          "Wealdbridge for accreditation of prior learning (APL or APEL) for up to one third of the award. The Head "
          "Groom helps the Member prepare the claim; the University's APL panel decides, and the Individual Ration "
          "Sheet is written to leave out the Feeds and Weigh Day tasks the credit covers.")

# ------------------------------------------------------------------ 6 condition scoring
title("6 CONDITION SCORING AND THE INDIVIDUAL RATION SHEET")
p = para(doc, "Before Feed 1 each Member and the Head Groom condition-score the Member against every line of the "
              "Feed Chart, on the yard's scale of 0 (poor) to 5 (fit to compete), using evidence the Member brings: "
              "their job description, the school's SEN policy, a recent provision map if there is one, and a short "
              "account of a pupil they have supported.")
add_footnote(doc, p, "The scale is the body condition score we use for our ponies, turned to outcomes: 0 means "
                     "nothing yet, 3 means sound, 5 means ready to teach others.")
para(doc, "The scores are written onto the Member's Individual Ration Sheet, which sets out the lines of the Feed "
          "Chart the Member must work on hardest (their personal outcomes for the year), the Feeds they must attend "
          "and any they may miss with the Head Groom's agreement, extra Hay, and the Turnout tasks that will suit "
          "their school. The Ration Sheet is agreed with the Owner and reviewed at every Weigh-tape check, because a "
          "Member who thinks they are fit for a line sometimes finds, once in work, that what they know is out of "
          "date.")
para(doc, "The fee is £1,050 for the year. A Member whose Ration Sheet excuses a Feed pays £60 less for each Feed "
          "missed, and Members from schools of under 120 pupils may apply to the Trust's Longacre Fund for half the "
          "fee.")

# ------------------------------------------------------------------ 7 the feeds
title("7 THE FEEDS")
para(doc, "Feeds are on Saturdays at Longacre, 9.30 to 3.30, in the long room above the tack room.")
feeds = [
    ("AUTUMN RATION", None),
    ("1", "27 Sept", "Oats: the law and the Code",
     "The SEN Code of Practice and the law behind it, and what they mean for the school, the governors and the "
     "SENCO; Every Child Matters, the five outcomes and the SENCO's part in them.", "Mrs Fenwick"),
    ("2", "18 Oct", "Beet pulp: disability equality",
     "Disability equality law, the Disability Equality Duty and the school's accessibility plan.", "Mr Okafor"),
    ("3", "15 Nov", "Chaff: how children grow and learn",
     "How children develop and how special needs, disability and the physical and social environment affect "
     "development; the common kinds of need (behavioural, emotional and social difficulties, dyslexia and other "
     "specific learning difficulties, speech, language and communication needs, autistic spectrum disorders, "
     "moderate learning difficulties) and how each affects learning.", "Dr Iles"),
    ("4", "6 Dec", "Barley: finding and following need",
     "Identifying pupils who may have SEN from observation and data; setting challenging targets; planning and "
     "reviewing interventions; using reports from psychologists, therapists and advisory teachers to shape "
     "teaching; helping class teachers use formative assessment with pupils with SEN; identifying in good time "
     "the access arrangements pupils need for key stage tests and GCSEs and putting them in place with the "
     "examinations officer.", "Mrs Fenwick"),
    ("5", "17 Jan", "Linseed: teaching, learning and ICT",
     "A critical look at approaches, strategies and resources, including ICT and assistive technology, for "
     "assessment, planning, teaching and learning, and choosing between them to remove barriers.", "Dr Iles"),
    ("SPRING RATION", None),
    ("6", "7 Feb", "Sugar beet: provision maps and people",
     "Provision mapping and management; finding provision that is not working or is missing; deploying and "
     "managing teaching assistants; reviewing provision with colleagues to inform the school's improvement "
     "plan.", "Mrs Fenwick"),
    ("7", "7 Mar", "Carrots: families",
     "Building fair, respectful and constructive relationships with pupils and their families; working with "
     "parents and carers; the Parent Partnership Service; running reviews that parents can take part in.",
     "Mrs Daley"),
    ("8", "28 Mar", "Salt lick: colleagues and the SENCO's week",
     "Advising and supporting colleagues within the school; supporting colleagues' development through "
     "observation, feedback, modelling and training; speaking and writing clearly for colleagues and parents "
     "and listening to them; the SENCO's week: prioritising, managing time, delegating and checking delegated "
     "work is done.", "Mr Okafor"),
    ("9", "25 Apr", "Garlic: agencies and partners",
     "The work of outside agencies and how to get specialist help; working with health, social care, the "
     "learning support service and voluntary organisations; collaborating with colleagues beyond the school; "
     "the Common Assessment Framework.", "Mrs Daley"),
    ("10", "16 May", "Electrolytes: staying fit",
     "Keeping up to date: journals, nasen, the district SENCO network and reliable websites; taking charge of "
     "one's own learning on SEN and disability; the Keeping Fit log.", "Dr Iles"),
]
ft = table(doc, 1 + len(feeds), 5, widths=[1.0, 1.8, 4.0, 8.0, 2.3])
for c, h in enumerate(["Feed", "Date", "What goes in the bucket", "What it is", "Groom"]):
    cell_text(ft.cell(0, c), h, bold=True, shade="C5E0B3", size=9)
for i, row in enumerate(feeds, start=1):
    if row[1] is None:
        m = ft.cell(i, 0).merge(ft.cell(i, 4))
        cell_text(m, row[0], bold=True, shade="E2EFD9", size=9)
        continue
    for c, v in enumerate(row):
        cell_text(ft.cell(i, c), v, size=9)
para(doc, "")
para(doc, "Between Feeds, Members may telephone or email their Groom with questions, and Grooms reply within two "
          "working days. There is no online feeding on this yard: every Feed is hand-fed at Longacre, and Hay "
          "comes as a printed pack.")

# ------------------------------------------------------------------ 8 turnout
title("8 TURNOUT")
para(doc, "Each Turnout task is done in the Member's own school, signed off by the Yard Mentor, and brought to the "
          "next Feed.")
turnout = [
    "T1 (after Feed 1) Check the school's SEN policy and information against the Code; list what must change.",
    "T2 (after Feed 3) Profile two pupils with different needs and the barriers each meets.",
    "T3 (after Feed 4) Track the progress of your School Action Plus pupils using the school's data and key stage "
    "results, and adjust one pupil's programme in the light of it.",
    "T4 (after Feed 4) Work with two colleagues on formative assessment in their lessons for pupils with SEN.",
    "T5 (after Feed 6) Build the school's provision map with the senior team and draw up a deployment plan for the "
    "teaching assistants.",
    "T6 (after Feed 7) Hold a review meeting with parents of a pupil with SEN, with the Yard Mentor present.",
    "T7 (after Feed 8) Observe a colleague's lesson and give feedback; plan and lead one staff training session.",
]
for t in turnout:
    para(doc, "– " + t, space_after=1)
para(doc, "")

# ------------------------------------------------------------------ 9 hay
title("9 HAY")
para(doc, "After every Feed, Members receive a printed Hay pack: the chapters, articles and reports that follow on "
          "from the Feed. The Hay for Feed 7 includes the Code of Practice's chapter on pupil participation and "
          "two studies of pupil voice; Members read why the views of pupils matter. The Hay for Feed 10 includes "
          "research on what works for pupils with SEN and reports of best practice from Ofsted and the national "
          "strategies, and how SENCOs can use research and outside advice to improve their own and colleagues' "
          "practice.")

# ------------------------------------------------------------------ 10 weigh days
title("10 WEIGH DAYS")
para(doc, "There are three Weigh Days. Each is marked against the University's Masters-level criteria and the lines "
          "of the Feed Chart it weighs.")
wd = [
    ("WD1 The Written Weigh (January). ",
     "A 4,000-word review of the Member's school's arrangements for pupils with SEN against SEN law, the Code of "
     "Practice and Every Child Matters, written for the governing body."),
    ("WD2 The Case Weigh (April). ",
     "A 5,000-word case study of an intervention the Member plans and leads for a small group of pupils: how their "
     "needs were identified and how their development and needs affect their learning, the reports from other "
     "professionals used, the targets, the approach and resources (including ICT) chosen, the special "
     "arrangements the group needs for this summer's national tests or examinations and how they were put in "
     "place, the agencies involved, and the pupils' progress on a reading, language or behaviour measure the "
     "Member chooses, from a baseline taken before the intervention to the same measure taken after it."),
    ("WD3 The Final Weigh-In (June). ",
     "A Turnout portfolio and a 45-minute professional discussion with the Head Groom and a second Groom. The "
     "portfolio holds the provision map and teaching assistant deployment plan (T5), a review of provision "
     "carried out with colleagues, the record of the parents' review meeting (T6), the account of work with two "
     "colleagues on formative assessment (T4), a week's time and delegation log, a letter to parents explaining "
     "the school's SEN provision, and the Member's Keeping Fit log. In the discussion the Member also answers an unseen problem on "
     "provision for a pupil (we call it the colic call) and explains the decision they would take."),
]
for h, b in wd:
    para(doc, [(h, {"bold": True}), (b, {})])
para(doc, "Weigh-tape checks are one-to-one tutorials, one a term, in which the Groom and Member look at progress "
          "against the Ration Sheet; the Groom gives written feedback but nothing is marked.")
sub("Marking and the Vet")
p = para(doc, "Every Weigh Day piece is marked by one Groom and second-marked by another; the Grooms meet after each "
              "Weigh Day to agree marks and to look again at any piece on a borderline. The Vet sees a sample of "
              "each Weigh Day and the recordings of the WD3 discussions, and reports to the University's Board of "
              "Examiners. Grooms attend the University's moderation day each year.")
add_footnote(doc, p, "Our Vet for 2008-09 is Professor Alan Brierley, formerly of the University of Mercia.")
sub("Rosettes")
para(doc, "Rosettes go to Members who pass all three Weigh Days. A Member who does not pass a Weigh Day may "
          "resubmit it once, within twelve weeks.")

# ------------------------------------------------------------------ 11 feed chart
title("11 THE FEED CHART")
para(doc, "The Feed Chart is the list of what every Member must be fit for by the end of the year, in the yard's "
          "words. Read it like the chart on the feed room wall. Under Fed at, a Feed number means the line is taught "
          "at that Feed; Turnout only means the Member meets it in school during Turnout but it is not taught at a "
          "Feed; Hay only means it is in the reading but is not taught; Off feed means it is not on this year's "
          "course. Under Weighed on, a Weigh Day (WD1, WD2 or WD3) means it is marked there; Weigh-tape only means "
          "it is looked at in a Weigh-tape check but not marked. A dash in either column means none.")
chart = [
    ("HOW THE MEMBER WORKS", None),
    ("W1", "Fair, respectful and constructive with pupils with SEN and their families", "Feed 7", "WD3"),
    ("W2", "Gains the commitment of the head, senior leaders and colleagues to better outcomes for these pupils",
     "Feed 8", "WD3"),
    ("W3", "Prioritises, manages time and delegates, and checks delegated work is done", "Feed 8", "WD3"),
    ("W4", "Anticipates and solves problems; makes sound decisions on provision", "-", "WD3"),
    ("W5", "Speaks and writes clearly; listens to others", "Feed 8", "WD1, WD3"),
    ("W6", "Uses research and outside advice to improve own and colleagues' practice", "Hay only", "-"),
    ("W7", "Keeps up to date and takes charge of own learning on SEN and disability", "Feed 10", "WD3"),
    ("WHAT THE MEMBER KNOWS", None),
    ("K1", "SEN law and the Code of Practice and how to put them into practice", "Feed 1", "WD1"),
    ("K2", "Every Child Matters and the SENCO's part in the five outcomes", "Feed 1", "WD1"),
    ("K3", "Disability equality law and the action it requires", "Feed 2", "Weigh-tape only"),
    ("K4", "How children develop and what affects development", "Feed 3", "WD2"),
    ("K5", "The common kinds of SEN and how they affect learning", "Feed 3", "WD2"),
    ("K6", "Approaches, strategies and resources, including ICT", "Feed 5", "WD2"),
    ("K7", "School self-evaluation and improvement for pupils with SEN", "Off feed", "-"),
    ("K8", "Best practice and research in meeting SEN", "Hay only", "-"),
    ("K9", "Outside agencies and getting specialist support", "Feed 9", "WD2"),
    ("WHAT THE MEMBER DOES", None),
    ("D1", "Advises governors and senior leaders on the strategic development of an inclusive school", "Off feed",
     "-"),
    ("D2", "Identifies need, sets targets, plans interventions and reviews progress", "Feed 4", "WD2"),
    ("D2a", "Uses other professionals' assessments to shape teaching", "Feed 4", "WD2"),
    ("D2b", "Uses summative assessments and national tests to track progress and change programmes",
     "Turnout only", "-"),
    ("D2c", "Encourages colleagues' formative assessment for pupils with SEN", "Feed 4", "WD3"),
    ("D2d", "Arranges special arrangements for national tests and examinations in good time", "Feed 4", "WD2"),
    ("D3", "Maps provision and finds what is not working or missing", "Feed 6", "WD3"),
    ("D4", "Deploys and manages teaching assistants and other staff", "Feed 6", "WD3"),
    ("D5", "Supports colleagues' development: observation, feedback, modelling, coaching, training", "Feed 8",
     "Weigh-tape only"),
    ("D6", "Reviews provision with colleagues to inform school improvement", "Feed 6", "WD3"),
    ("D7", "Involves pupils in planning and reviewing their own provision", "Hay only", "-"),
    ("D8", "Works with parents and carers", "Feed 7", "WD3"),
    ("D9", "Works with other services and voluntary organisations", "Feed 9", "WD2"),
]
ct = table(doc, 1 + len(chart), 4, widths=[1.3, 10.5, 2.4, 2.6])
for c, h in enumerate(["Line", "What the Member must be fit for", "Fed at", "Weighed on"]):
    cell_text(ct.cell(0, c), h, bold=True, shade="C5E0B3", size=9)
off_cells = []
for i, row in enumerate(chart, start=1):
    if row[1] is None:
        m = ct.cell(i, 0).merge(ct.cell(i, 3))
        cell_text(m, row[0], bold=True, shade="E2EFD9", size=9)
        continue
    for c, v in enumerate(row):
        cell_text(ct.cell(i, c), v, size=9)
    if row[0] == "W2":
        w2_row = ct.rows[i]
    if row[2] == "Off feed":
        off_cells.append(ct.cell(i, 2))
mark_row_deleted(w2_row, author=HG, date="2008-06-11T19:05:00Z")
comment(doc, off_cells[0].paragraphs[0].runs,
        "K7 and D1 off feed for this year: Members' schools train them in self-evaluation, and heads told us they "
        "don't want new SENCOs advising governors in year one. MF", author=HG, initials="MF")
para(doc, "")
para(doc, "Two lines are off feed this year. The principles of school self-evaluation are not taught: Members' "
          "own schools train their staff in self-evaluation. Advising governors and senior leaders on the "
          "strategic development of the school is not expected of a SENCO in their first year and is left for "
          "later study.")

# ------------------------------------------------------------------ 12 grooms
title("12 THE GROOMS")
grooms = [
    ("Mrs Margaret Fenwick, Head Groom. ",
     "SENCO at Hollowmead Church of England Primary School for eleven years and then SEN adviser to the district "
     "until 2006; MA in Special and Inclusive Education (Wealdbridge); Pony Club instructor and examiner. Teaches "
     "Feeds 1, 4 and 6."),
    ("Mr Daniel Okafor. ",
     "Assistant headteacher and SENCO at Ashgrove Community College, a secondary school with a resource base for "
     "pupils with physical disabilities; member of the district's disability equality group. Teaches Feeds 2 "
     "and 8."),
    ("Dr Caroline Iles. ",
     "Senior lecturer in special and inclusive education at the University of Wealdbridge; her research is on "
     "dyslexia and assistive technology. Teaches Feeds 3, 5 and 10."),
    ("Mrs Patricia Daley. ",
     "Principal educational psychologist for the district and a parent of a young person with autism. Teaches "
     "Feeds 7 and 9."),
]
for h, b in grooms:
    para(doc, [(h, {"bold": True}), (b, {})])
para(doc, "Each Groom keeps up to date through their own post and attends the University's assessment training "
          "and moderation day each year. The Head Groom briefs every new Groom on the Feed Chart, the Weigh Days "
          "and the marking criteria before they teach a Feed.")
para(doc, "Each Yard Mentor receives a copy of this book and a telephone call from the Head Groom before Turnout "
          "begins.")
sub("Visiting Yards")
para(doc, "Every Member makes two half-day visits in the Spring Ration: one to Brook House Special School "
          "(autism and complex needs) and one to the Ashgrove resource base or the district's pupil referral unit, "
          "arranged by the Head Groom and hosted by the SENCOs there, with a written visit task. The district's "
          "speech and language therapists, the sensory support service and the Hollowmead Parent Carer Forum each "
          "lead part of a Feed.")

# ------------------------------------------------------------------ 13 stocking the feed room
title("13 STOCKING THE FEED ROOM")
para(doc, "The long room at Longacre holds the Trust's SEN library (about 400 books and the national strategies' "
          "materials), a set of standardised reading, spelling and language assessments that Members may borrow "
          "for Turnout, and the assistive technology box: two laptops with text-to-speech and speech recognition "
          "software, mind-mapping and symbol software, and a portable induction loop. Members are registered as "
          "associate students of the University of Wealdbridge and use its library and online journals.")

# ------------------------------------------------------------------ 14 opening times
title("14 OPENING TIMES")
p = para(doc, "The yard takes Members in September ")
add_ins(p, "and again in February: a February Member starts with the Spring Ration and takes the Autumn Ration the "
           "following autumn, because the two Rations can be taken in either order",
        author=HG, date="2008-06-11T18:40:00Z")
add_runs(p, ". Members may take the course in one year, or over two years, one Ration a year, with the Weigh Days "
            "for each Ration taken in the year it is fed. A Member who misses a Feed through illness takes it the "
            "next time it runs at no charge.")
add_textbox(doc, [
    ("FEED ROOM NOTICE", True),
    "Never feed a hot horse. Never Weigh a Member who has not had a Weigh-tape check.",
    "Feed room open: Saturdays 8.30 to 4.00 on Feed days; the Head Groom is on the yard telephone on Tuesday and "
    "Thursday evenings.",
    "Scoops are colour-coded. So are Ration Sheets.",
], width_pt=400, height_pt=110, fill="FFF2CC")

# ------------------------------------------------------------------ 15 access
title("15 ACCESS TO THE YARD")
p = para(doc, "The long room, the tack room and the toilets at Longacre are all on the ground floor, with level "
              "access from the car park and parking next to the door. Members with a disability can tell us on the "
              "entry form.")
deleted_para(doc, "Handouts and Hay are available in large print or electronically, and Weigh Day deadlines and "
                  "formats are adjusted for Members with a disability after a conversation with the Head Groom.",
             author=HG, date="2008-06-11T18:52:00Z")

# ------------------------------------------------------------------ 16 owners and neighbours
title("16 OWNERS AND NEIGHBOURS")
para(doc, "We know from years of talking to headteachers at rallies, camps and shows what their new SENCOs need, "
          "and the course has been built on that.")
para(doc, "While the course was planned (November 2007 to April 2008) the district's Principal Officer for SEN, "
          "two Owners and a parent from the Hollowmead Parent Carer Forum sat on the Trust's Yard Committee. At "
          "their request we moved the Feeds from weekday twilights to Saturdays, added Feed 9 on agencies, put "
          "provision mapping and the deployment of teaching assistants together in Feed 6, and made the parents' "
          "review meeting a Turnout task.")
para(doc, "Owners, the Principal Officer for SEN and the parent representative stay on the Yard Committee, which "
          "reads the Yard Book each July and decides the changes for the following year. Owners also host "
          "Visiting Yards, and each Owner writes a short statement at the end of the year on what has changed in "
          "the school because of the Member's course.")

# ------------------------------------------------------------------ 17 yard book
title("17 THE YARD BOOK")
para(doc, "The Yard Book is where we check the course. Into it go:", space_after=2)
p = para(doc, "")
p.add_run("the Feed sheet each Member fills in at the end of every Feed;\n"
          "the Grooms' notes from their meeting after each Feed and each Weigh Day;\n"
          "the Weigh Day marks and second marks, analysed line by line against the Feed Chart;\n"
          "each Member's Condition Score at the start and again at the end of the year, so that we can see the "
          "change in their competence and confidence line by line;\n"
          "the WD2 baseline and after measures for every Member's group of pupils, which the Head Groom collects "
          "into a table each year to show what happened to the pupils' progress;\n"
          "the Owners' end-of-year statements;\n"
          "the Vet's report and the University's annual monitoring report.")
para(doc, "The Yard Committee reads the Yard Book each July, and the changes it decides are written into the next "
          "year's Feed Chart and Feeds and sent to the University for approval. Members are told at Feed 1 what "
          "was changed because of last year's Feed sheets.")

# ------------------------------------------------------------------ 18 after the last feed
title("18 AFTER THE LAST FEED")
para(doc, "We hope Members will go on learning long after the Rosettes are handed out at the summer show. One day "
          "we would like to run a follow-on course for Rosette holders.")
para(doc, [("Margaret Fenwick, Head Groom, for the Trustees, June 2008", {"italic": True})])

header_footer(doc, "Hollowmead & District Pony Club Education Trust  |  Longacre Yard  |  FEED ROOM BOOK 2008-09",
              "Please return this book to the feed room.  All Grooms hold current enhanced CRB disclosures.")
doc.save(str(OUT))
print("wrote", OUT)
