"""ot-01-fellbeck-technical-guide: build script.

Provider (invented): Fellbeck Road Club Community and Schools Trust, the charity
of a road cycling club that runs cycle training and school partnerships, with
the (invented) University of Lunesdale validating. Course: the National Award
for SEN Coordination, run as "The Fellbeck Tour 2009".

Document kind and layout: the course written up as a stage race's TECHNICAL
GUIDE (the organiser's race bible), Issue 2, sent to the TDA panel. A cover, a
shaded "How to read this guide" table of race terms (Riders, Directeur Sportif,
Team Car, Commissaires, Stages, Rest-day rides, Intermediate sprints, Stage
Finishes, Radio Tour, Neutral Service, Time bonus, Time cut), a race
organisation table, an officials table, sixteen numbered Regulations ("Art. 1"
... "Art. 16", typed bold run-in numbers, not heading styles), a stage-by-stage
route with one two-column table per stage (merged, shaded title rows), the
three marked Stage Finishes, a King of the Mountains table of 22 "Climbs" (the
K and S outcomes in the Tour's words) whose "Ridden on" / "Summit" key is in
Art. 11 several pages above, the attributes only in the Podium prose, a Race
Debrief, Host Towns, After the Finish and a "Route changes since Issue 1"
list. Heading styles for the main parts only. A RADIO TOUR text box (DrawingML
with VML fallback), three footnotes, three Word comments, tracked changes (a
deleted sentence, an inserted sentence, a deleted table row), header and
footer.

Traps, with the requirement ids they touch:
- Aims name only reading, writing and mathematics ("one aim"), though ECM is
  taught in Stage 1: aims lack well-being (1.1 partially_met; 6.K2 still met).
- Assessment-only route: a past arrangement of the 2007 pilot, "closed after
  the pilot"; the sentence reopening it is a deleted tracked change (2.3
  not_met).
- CRB: Art. 3 speaks of the Trust's own coaches, ride leaders and Bikeability
  instructors (right words, wrong people); a comment says riders' checks are
  seen at signing-on, but comments are not the submission (5.3 not_met).
- Radio Tour (text box) is one-way e-mail and VLE pages; tutor support between
  stages by telephone; nothing lets riders support one another online (3.3
  partially_met).
- Access: only a different format for a Stage Finish on request (3.1
  partially_met).
- Stakeholders involved in delivery; their part in evaluation only "would like"
  and a comment (4.3 partially_met); 4.1 and 4.2 met from the 2007
  questionnaire and the changes it made.
- Placements only "when the school can take them" (5.5 partially_met).
- Team Car mentors get a card in the post, nothing more (5.7 partially_met).
- Pupil impact only hoped for (5.9 partially_met); confidence measured.
- Award rule names attendance and two passed pieces, never all outcomes (6.0
  partially_met), and several Climbs have no Summit (1.9 partially_met).
- Pupil voice only as the county's form (1.5 partially_met; 6.S7 Sprint only).
- Moderation sentence is an inserted tracked change: counts (5.8 met).
- External examiner and the credit rating are in footnotes (E.2 also in the
  organisation table; 5.8 met without them).
- Climb numbers clash with the outcome ids: K1-K9 match, but the S rows run
  S1, S2, S3a-S3d, S4-S10, one step off the TDA's (S3a is 6.S2a, S4 is 6.S3,
  S8 "Pupils' Pull" is 6.S7, S10 is 6.S9); "The 22 Climbs" is still claimed
  after the K4 row was deleted.
- Outcome table: K4 row deleted as a tracked change (6.K4 not_met); S2d row
  "Not on the 2009 route" (6.S2d not_met); K3 no Summit (partially_met); S2c
  and S7 "Sprint" (formative only, partially_met); A3 taught in Stage 4 but
  not in the Podium list (partially_met); A7 only an intermediate sprint
  (partially_met).
- Header and footer carry a slogan only.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ot_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ot-01-fellbeck-technical-guide"
AUTH_RD = "Race Director (M. Capstick)"
AUTH_SEC = "Race Secretary (J. Ormerod)"
D1 = "2008-10-29T09:14:00Z"
D2 = "2008-11-02T18:40:00Z"

doc = new_doc("Arial", 10)
fn = Footnotes(doc)
header_footer(doc, "THE FELLBECK TOUR 2009  ·  TECHNICAL GUIDE  ·  ISSUE 2",
              "Fellbeck Road Club Community and Schools Trust  ·  Registered charity 1119042  ·  Every pupil heard at every stage")

# ------------------------------------------------------------------ cover
para(doc, "FELLBECK ROAD CLUB COMMUNITY AND SCHOOLS TRUST", bold=True, size=11, align="center", color="7A1F1F")
para(doc, "THE FELLBECK TOUR 2009", bold=True, size=26, align="center", space_after=2)
para(doc, "Technical Guide", italic=True, size=16, align="center")
para(doc, "National Award for SEN Coordination", bold=True, size=13, align="center")
para(doc, "Run by the Trust with the University of Lunesdale", size=11, align="center")
para(doc, "Issue 2, 3 November 2008. Prepared for the TDA approval panel; replaces Issue 1 (July 2008).",
     italic=True, size=9, align="center")
para(doc, "")

para(doc, "How to read this guide", style="Heading 2")
para(doc, "Our Trust has organised the Fellbeck Junior Three-Day for eleven years, and our schools work grew "
          "out of it. When we sat down to write up the Award we found we already had a shape for it: a stage race. "
          "This guide uses the words our race staff use. The table gives their meaning on the Tour.")
t = table(doc, 13, 2, widths=[4.0, 12.6])
fill_row(t.rows[0], ["Race term", "What it means on the Tour"], bold=True, fill="7A1F1F")
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
gloss = [
    ("Rider", "A teacher taking the Award: a new or prospective SENCO."),
    ("Directeur Sportif (DS)", "The rider's personal tutor from the Trust's schools team, who agrees and reviews the Race Plan."),
    ("Team Car", "The rider's mentor in their own school: a headteacher, deputy or assistant head."),
    ("Commissaires", "The markers. The Chief Commissaire chairs the Commissaires' Panel, the Tour's board of examiners."),
    ("Stage", "A taught study day (09.30 to 16.00). There is a Prologue, six Stages and a Podium day."),
    ("Rest-day ride", "A task the rider carries out in their own school between Stages."),
    ("Intermediate sprint", "A short task set on a Stage, returned with written feedback. Sprints carry points, not marks: they do not count towards the Award."),
    ("Stage Finish", "A marked piece of work. There are three: Finish A, the Individual Time Trial (ITT) and the Podium."),
    ("Radio Tour", "Our weekly e-mail bulletin and the Tour's pages on the University's Blackboard site."),
    ("Neutral Service", "Help from a DS between Stages."),
    ("Time bonus", "Credit for prior study (Art. 6)."),
    ("Time cut", "The last date for a Stage Finish (Art. 12)."),
]
for row, (a, b) in zip(t.rows[1:], gloss):
    fill_row(row, [a, b])
    shade_cell(row.cells[0], "F2E6E6")
table_font(t, 9)

# ------------------------------------------------------------------ welcome
para(doc, "Welcome from the Race Director", style="Heading 1")
para(doc, "Every year about four hundred children ride with the Trust, from balance-bike sessions in reception "
          "classes to the Junior Three-Day. For many of them, especially those with special educational needs, "
          "the bike is the first thing in school they are good at. We believe every child can find their own "
          "pace, and that a school that knows how to read its pupils will find it for them.")
aim_p = para(doc, "The Tour has one aim: that pupils with special educational needs in our riders' schools make "
                  "faster progress in reading, writing and mathematics. Everything in this guide is there to help a new "
                  "SENCO lead that progress in their own school.")
para(doc, "The Tour was piloted with eleven riders from February to July 2008. Issue 2 of this guide takes in "
          "what they told us and what our Commissaires and the University asked us to change. The changes are "
          "listed at the end. If anything here is unclear, ring Race HQ on 01729 840 316.")
para(doc, "Maggie Capstick, Race Director (Schools Director of the Trust)", italic=True)

# ------------------------------------------------------------------ organisation
para(doc, "Race Organisation", style="Heading 1")
t = table(doc, 8, 2, widths=[4.5, 12.1])
org = [
    ("Organiser", "Fellbeck Road Club Community and Schools Trust, The Velo Hut, Fellbeck Community Sports Centre, Beck Road, Fellbeck."),
    ("Validating university", "University of Lunesdale, School of Education. The Tour was approved at the University's validation event on 2 July 2008 and is run under a partnership agreement signed on 18 August 2008."),
    ("Award", "National Award for SEN Coordination, awarded by the University."),
    ("Level and credit", "60 credits at Masters level (Level 7)."),
    ("Race HQ", "The Velo Hut (Prologue, Stages 1 to 6, Podium). Twilight stages at Harrowgill High School."),
    ("Editions", "Edition 1: Grand Départ Saturday 24 January 2009. Edition 2: Grand Départ Saturday 19 September 2009."),
    ("Riders per edition", "Up to 24. Each DS looks after no more than eight riders."),
]
fill_row(t.rows[0], ["Item", "Detail"], bold=True, fill="D9D9D9")
for row, (a, b) in zip(t.rows[1:], org):
    fill_row(row, [a, b])
fn.add(t.rows[4].cells[1].paragraphs[0],
       "The Tour is the first 60-credit module (EDU7061) of the University's Postgraduate Certificate in Inclusive Practice.")
table_font(t, 9)

# ------------------------------------------------------------------ officials
para(doc, "Race Officials", style="Heading 1")
para(doc, "Everyone who teaches or marks on the Tour has been a SENCO or works in SEN now.")
t = table(doc, 7, 3, widths=[3.6, 4.0, 9.0])
fill_row(t.rows[0], ["Role", "Name", "Background"], bold=True, fill="D9D9D9")
staff = [
    ("Race Director", "Maggie Capstick", "SENCO for nine years at Beckfoot Primary; MA in Special and Inclusive Education (Lunesdale, 2004); Schools Director of the Trust since 2006; still teaches one day a week in a primary school."),
    ("Directeur Sportif", "Dr Rob Ainsworth", "Former SENCO and assistant head, Harrowgill High School; doctorate on provision mapping in secondary schools; county SENCO network convenor."),
    ("Directeur Sportif", "Priya Lathom", "Specialist teacher, county Learning Support Service (SpLD); OCR Diploma in SpLD; AMBDA; works in 14 schools each week."),
    ("Directeur Sportif", "Steve Oddie", "SENCO at Beckside School (special, 2-19) and Bikeability instructor for the Trust; NPQH 2007."),
    ("Chief Commissaire", "Dr Helen Garsdale", "Senior Lecturer in Inclusive Education, University of Lunesdale; chairs the Commissaires' Panel."),
    ("International Commissaire", "appointed by the University", "External examiner for the Postgraduate Certificate in Inclusive Practice."),
]
for row, vals in zip(t.rows[1:], staff):
    fill_row(row, list(vals))
fn.add(t.rows[6].cells[2].paragraphs[0],
       "Dr Hilary Marsh, Reader in Special Educational Needs, University of Tynebridge, appointed for 2008-11.")
table_font(t, 9)
para(doc, "DSs and Commissaires meet for a half-day each term. The Chief Commissaire briefs new Commissaires on the "
          "University's marking criteria and moderation rules before they mark, and every DS keeps up their own "
          "SEN practice: two of the three are in schools every week.")

# ------------------------------------------------------------------ regulations
para(doc, "Regulations", style="Heading 1")
para(doc, "These Regulations apply to both editions of the Tour in 2009. Where they differ from the University's "
          "Regulations for Taught Postgraduate Awards, the University's Regulations apply.", italic=True)


def art(num, title, text):
    p = para(doc)
    add_text(p, f"Art. {num}  {title}.  ", bold=True)
    add_text(p, text)
    return p


art(1, "Organisation", "The Tour is organised by the Trust and validated by the University. The Trust runs the "
    "Stages, the Directeurs Sportifs and Race HQ. The University appoints the Chief Commissaire and the "
    "International Commissaire, keeps the riders' records and makes the Award.")
art(2, "Who may ride", "The Tour is open to qualified teachers who are SENCOs, or who will take up the role within "
    "a term, in a maintained school or academy. Each entry comes with a letter from the rider's headteacher agreeing "
    "to drive the Team Car. The Race Director reads every entry form against the Climbs (Art. 11) and rings the "
    "headteacher. If a teacher is not yet ready to ride (for example a newly qualified teacher with no experience "
    "of leading colleagues) we say in writing what they need to do first, usually a year of work alongside the "
    "school's current SENCO, agree this with the head, and hold a place for them in a later edition.")
p3 = art(3, "Licences", "Riders do not need a British Cycling licence. All Trust coaches, ride leaders and "
         "Bikeability instructors who work in schools hold an enhanced CRB disclosure, renewed every three years, and "
         "the Trust keeps a register of them.")
comment(doc, p3.runs[-1], "We also look at every rider's CRB disclosure at signing-on, don't we? Shall I add a line "
        "here before this goes to the TDA?", AUTH_SEC, "JO")
art(4, "Entries and fees", "The entry fee is £1,250 a rider, or £950 where the school belongs to the Trust's Schools "
    "Network. It covers all Stages, Radio Tour, Neutral Service, marking and the University's registration. Stages "
    "are held at the Velo Hut, which the Trust owns, so there is no room hire, and a DS's time is given to each rider "
    "according to the Race Plan rather than in equal slices: a rider who already meets a group of Climbs spends less "
    "DS time on them. Two bursaries a year of £600 are open to small schools.")
art(5, "Signing-on and the Prologue", "Every rider signs on at the Prologue. In the morning the rider completes the "
    "Rider Profile: a self-assessment against each of the Climbs at one of four levels (new to me, know about it, "
    "do it with help, lead it). In the afternoon the rider and their DS go through the Profile together, check it "
    "against the entry form and the head's letter, and write the rider's Race Plan. The Race Plan says which Climbs "
    "the rider needs most work on, which of the optional Rest-day rides they will take, which questions they will "
    "choose at Finish A, and a set of Personal Climbs: the rider's own outcomes, written in the terms of their school. "
    "The DS reviews the Race Plan with the rider after Stage 3 and after Stage 6 and the Team Car signs it each time.")
art(6, "Time bonuses", "A rider who already holds Masters-level credit in SEN (for example the University's 20-credit "
    "module Dyslexia in the Classroom, or equivalent credit from another university) may claim a time bonus of up to "
    "20 credits. A rider with long experience but no credit may claim the same bonus through a portfolio of evidence "
    "mapped to the Climbs. Claims go to the Commissaires' Panel before Stage 2 and are judged under the University's "
    "rules for the accreditation of prior learning. An accepted claim counts in place of Finish A; the Commissaires check that it shows every Climb whose Summit is Finish A.")
art(7, "Team Cars", "Each rider's Team Car (a headteacher, deputy or assistant head) agrees to meet the rider after "
    "each Stage, to observe the rider leading colleagues at least twice and to sign the Team Car Log that goes into "
    "the ITT. We post each Team Car the Team Car Card, a two-page note of what we ask of them, before the Prologue.")
p8 = art(8, "Radio Tour and Neutral Service", "See the box. Neutral Service runs by telephone: each DS takes calls "
         "from their riders between 4 and 6 pm on the Tuesday after every Stage and answers e-mail within three "
         "working days.")
textbox(p8, ["RADIO TOUR",
             "Every Friday during an edition Race HQ sends all riders the Radio Tour bulletin by e-mail: reminders, "
             "readings for the next Stage and a link to the Tour's pages on the University's Blackboard site, where "
             "the slides, readings and Sprint tasks are posted.",
             "Radio Tour is a broadcast: riders receive it but cannot reply to it or post to each other through it."],
        width_cm=6.8, height_cm=4.6, fill="FFF4D6", line="7A1F1F")
art(9, "Starts, order and re-starts", "There are two Grands Départs a year, in January and in September. Stages 2 "
    "to 5 are run twice in each edition: on Saturdays at the Velo Hut, and as twilight pairs (two sessions from "
    "4 to 6.30 pm on weekdays) at Harrowgill High School for riders in the west of the county, so a rider may ride "
    "them in either place and, within an edition, in any order. A rider who abandons through illness, maternity "
    "leave or a change of post, or who misses a Stage, re-starts at that Stage in the next edition and keeps every "
    "Stage Finish already passed. A rider may also choose at signing-on to ride the Tour over two years on the "
    "Two-Season route, Stages 1 to 3 in the first year and Stages 4 to 6 in the second.")
art(10, "Rider welfare", "The Tour is open to everyone. A rider with a disability or a medical condition who needs a "
    "different format for a Stage Finish (more time, a Podium recorded rather than live) should ask the Chief "
    "Commissaire at least four weeks before the Finish.")
art(11, "Classifications", "The Tour has three classifications. General Classification (the yellow jersey) is the "
    "Award: it goes to every rider who has signed on at every Stage (or made up a missed Stage under Art. 9) and has "
    "passed Finish A, the Individual Time Trial and the Podium. The Points classification (green) collects points "
    "from intermediate sprints; it is for riders' own interest and plays no part in the Award. The Mountains "
    "classification lists the Climbs every rider works towards: the rider qualities judged at the Podium, "
    "and the 22 Climbs in the King of the Mountains table. In that table, \u201cRidden on\u201d names the Stage "
    "or Stages where the Climb is taught; \u201cSummit\u201d names the Stage Finish where the Commissaires mark it. "
    "\u201cSprint\u201d in the Summit column means the Climb is met only in an intermediate sprint, so it is fed "
    "back on but not marked. A dash means the Climb has no Summit on this year's route.")
art(12, "Time cuts", "Finish A closes at 5 pm on Friday 24 April 2009 and the ITT at 5 pm on Friday 2 October 2009. "
    "The Chief Commissaire may extend a time cut by up to four weeks for illness or another good cause. A piece that "
    "fails may be re-submitted once, within six weeks of the result.")
p13 = art(13, "The Commissaires' Panel", "Every Stage Finish is marked by the rider's DS and second-marked by a "
          "Commissaire from the University who has not taught the rider. Before each marking round the DSs and "
          "Commissaires mark three anonymous pieces together to agree the standard. The International Commissaire "
          "sees a sample of at least a third of each Finish, every fail and every borderline piece, and reports to the "
          "University each year.")
tracked_run(p13, "ins", " From Edition 1 every Podium is watched by two Commissaires and recorded, and the "
            "recordings go to the International Commissaire with the written pieces.", AUTH_RD, D1)
art(14, "Appeals", "A rider may appeal against a decision of the Commissaires' Panel under the University's academic "
    "appeals procedure. The Race Director will explain the procedure to any rider who asks.")
p15 = art(15, "Time Trial only", "The 2007 pilot invited two experienced SENCOs from the county's Learning Support "
          "Service to ride the Individual Time Trial and the Podium without the Stages. This entry was closed after "
          "the pilot, and in 2009 every rider rides every Stage.")
tracked_run(p15, "del", " Serving SENCOs with five years' experience may still enter for the Time Trial and Podium "
            "alone, at a fee of £400.", AUTH_RD, D1)
art(16, "Broom wagon", "A rider who falls behind is not left on the road. The DS rings any rider who misses a "
    "Sprint or a Stage within a week, and agrees a catch-up ride with them and their Team Car.")

# ------------------------------------------------------------------ stages
para(doc, "The Route, Stage by Stage", style="Heading 1")
para(doc, "Stage times are 09.30 to 16.00 at the Velo Hut unless shown. Each Stage ends with a Rest-day ride, "
          "carried out in the rider's own school before the next Stage and talked through with the Team Car.")

stages = [
    ("PROLOGUE", "Saturday 24 January 2009", [
        ("Profile", "Signing-on; the Rider Profile and the Race Plan (Art. 5); meeting the DS; what a SENCO is for, "
                    "and how the Tour is ridden and marked."),
        ("Rest-day ride", "Share the Race Plan with the Team Car and agree when you will meet after each Stage.")]),
    ("STAGE 1  The Highway Code", "Saturday 7 February 2009", [
        ("Profile", "The law and guidance a SENCO works within: Part IV of the Education Act 1996, the SEN Code of "
                    "Practice (2001) and its graduated response, statutory assessment and statements, the Education "
                    "(SENCO) Regulations 2008, the Disability Discrimination Act 1995 as amended in 2005, the Disability "
                    "Equality Duty and school accessibility plans. Every Child Matters: the five outcomes, the Children "
                    "Act 2004 and the SENCO's part in the Common Assessment Framework. Government policy: Removing "
                    "Barriers to Achievement (2004) and the Inclusion Development Programme."),
        ("Intermediate sprint", "Code on a card: a one-page guide to the Code of Practice for your colleagues."),
        ("Rest-day ride", "Compare your school's SEN policy with the Code and list what has to change; read your "
                          "school's accessibility plan.")]),
    ("STAGE 2  Reading the Road", "Saturday 7 March 2009 (twilight pair: 10 and 12 March)", [
        ("Profile", "Spotting pupils who may have SEN: classroom observation, teacher assessment, screening and data. "
                    "The common needs and how they affect learning: behavioural, emotional and social difficulties, "
                    "specific learning difficulties including dyslexia, speech, language and communication needs, "
                    "autistic spectrum disorders and moderate learning difficulties. Reading and using reports from "
                    "educational psychologists, speech and language therapists and the Learning Support Service. "
                    "Setting targets and writing and reviewing IEPs. Using national test results, P scales and "
                    "RAISEonline to track progress and to change a programme that is not working."),
        ("Intermediate sprint", "Tracking one class: a short analysis of one year group's data."),
        ("Rest-day ride", "Choose the pupil for your Finish A case study; gather the assessments others have made.")]),
    ("STAGE 3  Gears and Cadence", "Saturday 28 March 2009 (twilight pair: 31 March and 2 April)", [
        ("Profile", "Approaches, strategies and resources for assessment, planning, teaching and learning, looked at "
                    "critically: structured literacy and numeracy interventions, visual supports, social stories, "
                    "assistive ICT (Clicker 5, Wordshark, speech-to-text). What research says works and how to tell: "
                    "the Bercow Review (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006) and "
                    "the evidence behind the Inclusion Development Programme. Provision mapping with costed maps: "
                    "finding provision that is not working or is missing. Assessment for learning and how to help "
                    "colleagues use it with pupils with SEN."),
        ("Intermediate sprint", "Feedback Fell: plan a ten-minute staff briefing on assessment for learning for "
                                "pupils with SEN."),
        ("Rest-day ride", "Draw your school's provision map for one year group and mark the gaps.")]),
    ("STAGE 4  The Team Car", "Saturday 9 May 2009 (twilight pair: 12 and 14 May)", [
        ("Profile", "Leading colleagues. Winning the commitment of the headteacher and senior leaders to better "
                    "outcomes for pupils with SEN. Deploying and managing teaching assistants. Supporting colleagues' "
                    "development: observing lessons and giving feedback, modelling, coaching and mentoring, running "
                    "staff training. Advising and supporting colleagues in other schools through the county SENCO "
                    "cluster. Managing a SENCO's time: prioritising, and delegating tasks and making sure they are "
                    "done."),
        ("Intermediate sprint", "A one-week time log with a DS's comments."),
        ("Rest-day ride", "Observe a colleague teaching a pupil with SEN and give feedback; your Team Car observes "
                          "you doing it and writes it up in the Team Car Log.")]),
    ("STAGE 5  Crosswinds", "Saturday 13 June 2009 (twilight pair: 16 and 18 June)", [
        ("Profile", "Working with parents and carers: the first meeting, difficult conversations, annual reviews "
                    "and partnership, led with the county Parent Partnership Service and a parent from the "
                    "Fellbeck Parent Carers' Forum. Fair, respectful relationships with pupils and their families. "
                    "Pupils' views: the county's My Views sheet, which goes with every IEP review. External agencies: "
                    "who does what (educational psychology, speech and language therapy, CAMHS, social care, the "
                    "Sensory Support Service, voluntary bodies such as the local autism support group), how to get "
                    "their help and how to work with them in a team around the child."),
        ("Intermediate sprint", "My Views: use the sheet with one pupil and bring it back for feedback."),
        ("Rest-day ride", "Map the agencies working with pupils in your school and meet one of them.")]),
    ("STAGE 6  Summit Finish", "Saturday 4 July 2009", [
        ("Profile", "The SENCO as a leader: advising senior colleagues and governors on an inclusive ethos, policy, "
                    "priorities and the use of resources. School self-evaluation and the SEF: how the school judges "
                    "its provision for pupils with SEN, and how the SENCO reviews provision with colleagues so that "
                    "the review feeds the school improvement plan. Solving problems and making decisions on "
                    "provision: three case conferences. Keeping up to date after the Tour."),
        ("Intermediate sprint", "Training log: your own CPD plan for SEN for the next year, with a DS's comments."),
        ("Rest-day ride", "Present your ITT plan to your governors' committee or senior team.")]),
]
for title, date, rows in stages:
    t = table(doc, len(rows) + 1, 2, widths=[3.6, 13.0])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"{title}    {date}", bold=True, fill="F2E6E6")
    for row, (a, b) in zip(t.rows[1:], rows):
        fill_row(row, [a, b])
        cell_text(row.cells[0], a, bold=True)
    table_font(t, 9)
    para(doc, "", space_after=2)

# ------------------------------------------------------------------ finishes
para(doc, "The Stage Finishes", style="Heading 1")
p = para(doc)
rich(p, [("b", "Finish A: the case study. "), "3,000 words, due 24 April 2009. The rider follows one pupil with SEN "
         "through identification, assessment by others, target setting and review, and sets it against the law and "
         "the Code. Marked against the Climbs whose Summit is Finish A."])
p = para(doc)
rich(p, [("b", "The Individual Time Trial (ITT). "), "5,000 words, due 2 October 2009. In their own school the rider "
         "plans, leads and evaluates one change to provision for a group of pupils with SEN, with colleagues. The ITT "
         "includes the provision map before and after, the views of the colleagues involved, the Team Car "
         "Log and the rider's evaluation of what changed in colleagues' practice. Marked against the Climbs whose "
         "Summit is the ITT."])
p = para(doc)
rich(p, [("b", "The Podium. "), "Saturday 7 November 2009. A 20-minute presentation on the ITT to two Commissaires "
         "followed by a 20-minute professional discussion of a case the rider has not seen before. Marked against "
         "the Climbs whose Summit is the Podium and against the rider qualities below."])
para(doc, "Rider qualities judged at the Podium", style="Heading 3")
para(doc, "The two Commissaires judge, from the presentation, the discussion and the Team Car Log, that the rider:")
for q in [
    "builds fair, respectful and supportive relationships with pupils with SEN and with their parents or carers "
    "(taught in Stage 5);",
    "wins the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for pupils "
    "with SEN (taught in Stage 4);",
    "sees problems coming, resolves them and makes sound decisions on provision (taught in the Stage 6 case "
    "conferences);",
    "speaks and writes clearly and listens to and understands other people's views (practised on every Stage);",
    "uses research and outside advice to improve their own and colleagues' practice (taught in Stage 3).",
]:
    para(doc, q, style="List Bullet")

# ------------------------------------------------------------------ mountains table
para(doc, "King of the Mountains", style="Heading 1")
para(doc, "The 22 Climbs. Climb numbers are the Tour's own.")
climbs = [
    ("K1", "Code Brow", "2", "know the law and guidance on SEN, the Code of Practice and what they mean for the school, the SENCO and others, and put them into practice", "Stage 1", "Finish A"),
    ("K2", "Five Ways Bank", "3", "know the five Every Child Matters outcomes and how a SENCO helps pupils achieve them", "Stage 1, Stage 5", "Finish A"),
    ("K3", "Equality Edge", "3", "know the laws on disability equality and what they require a school to do", "Stage 1", "\u2014"),
    ("K4", "Growing Pains", "2", "know how children develop and how SEN, disability and their surroundings affect development", "Stage 2", "Finish A"),
    ("K5", "Five Barriers", "1", "know the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "Stage 2", "Finish A"),
    ("K6", "Toolbox Hill", "1", "judge critically approaches, strategies and resources, including ICT, and use them to remove barriers", "Stage 3", "ITT"),
    ("K7", "Mirror Scar", "2", "know the principles of school self-evaluation and improvement and how they bear on pupils with SEN", "Stage 6", "ITT"),
    ("K8", "Library Lane", "3", "know best practice and research on meeting SEN", "Stage 3", "ITT"),
    ("K9", "Outside Help", "2", "know what external agencies do and how to get specialist support and resources", "Stage 5", "Podium"),
    ("S1", "Governors' Gap", "HC", "advise senior colleagues and governors and influence an inclusive ethos, policies, priorities and resources", "Stage 6", "Podium"),
    ("S2", "Spotter's Rise", "1", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "Stage 2", "Finish A"),
    ("S3a", "Second Opinion", "3", "use assessments by other professionals to shape teaching", "Stage 2, Stage 5", "Finish A"),
    ("S3b", "Tracker's Drag", "2", "use summative assessment, including national tests, to track progress and change programmes", "Stage 2", "ITT"),
    ("S3c", "Feedback Fell", "3", "encourage colleagues to use formative assessment, with approaches for pupils with SEN", "Stage 3", "Sprint"),
    ("S3d", "Exam Hall Hill", "4", "identify in good time pupils' special arrangements for national tests and examinations", "\u2014", "\u2014  (not on the 2009 route)"),
    ("S4", "The Map Room", "1", "use provision mapping to plan provision and find provision that is ineffective or missing", "Stage 3", "ITT"),
    ("S5", "Deployment Drop", "2", "deploy and manage staff, especially teaching assistants, to support pupils with SEN", "Stage 4", "ITT"),
    ("S6", "Coaching Corner", "1", "support colleagues' development by observation and feedback, modelling, coaching, mentoring and training", "Stage 4", "ITT"),
    ("S7", "Review Ridge", "2", "review provision with colleagues so that it informs the school's self-evaluation and improvement planning", "Stage 6", "ITT"),
    ("S8", "Pupils' Pull", "3", "make sure pupils with SEN take part in planning and reviewing their provision", "Stage 5", "Sprint"),
    ("S9", "Home Straight", "2", "work closely with parents and carers to promote their children's learning and development", "Stage 5", "Podium"),
    ("S10", "Agency Climb", "2", "work in partnership with other services and agencies, including voluntary organisations", "Stage 5", "Podium"),
]
t = table(doc, len(climbs) + 1, 6, widths=[1.1, 3.0, 1.0, 7.0, 2.3, 2.2])
fill_row(t.rows[0], ["No.", "Climb", "Cat.", "On this climb the rider learns to\u2026", "Ridden on", "Summit"],
         bold=True, fill="7A1F1F")
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0])
for row, (no, name, cat, what, on, summit) in zip(t.rows[1:], climbs):
    fill_row(row, [no, name, cat, what, on, summit])
table_font(t, 8.5)
k4_row = t.rows[4]
track_row(k4_row, "del", AUTH_RD, D2)
para(doc, "Climb numbers follow the order in which the Climbs were drafted in 2007; they are not the numbers used by "
          "the TDA.", italic=True, size=8)

# ------------------------------------------------------------------ debrief
para(doc, "The Race Debrief: how we check the Tour", style="Heading 1")
para(doc, "We check the Tour from inside and outside, and what we find changes the next edition.")
for b in [
    "Stage slips: every rider completes a one-page evaluation at the end of each Stage; the Race Director reads them "
    "the same week and the DSs act on them before the next Stage.",
    "Commissaires' Panel minutes: marks, fails, moderation findings and the International Commissaire's comments.",
    "The International Commissaire's annual report to the University, and the University's annual monitoring of the "
    "Postgraduate Certificate, to which the Trust reports.",
    "Rider confidence: each rider rates their confidence against every Climb at the Prologue and again at the Podium, "
    "and we compare the two for the whole edition.",
]:
    para(doc, b, style="List Bullet")
para(doc, "Each July the Race Director, the DSs and the Chief Commissaire hold the Race Debrief. They go through all "
          "of the above, agree changes, and record them in the next issue of this guide under Route changes. The "
          "Trust's board of trustees receives the Debrief record every September.")
para(doc, "We hope, in time, to be able to show that pupils in our riders' schools do better because their SENCO rode "
          "the Tour.")

# ------------------------------------------------------------------ host towns
para(doc, "Host Towns: the schools and services behind the Tour", style="Heading 1")
para(doc, "Before we drew up the route we asked the people it is for. In March 2007 we sent a questionnaire to the 52 "
          "schools in the Trust's Schools Network and 34 replied; we held two evening focus groups with eleven "
          "SENCOs; and we met the county's SEN team and the Parent Partnership Service. They told us four things: "
          "new SENCOs felt least ready to lead other staff; heads wanted provision mapping that showed costs; parents "
          "wanted SENCOs who could hold a difficult meeting well; and the county wanted SENCOs who knew when to call "
          "in its services and when not to.")
para(doc, "So the Tour has a whole Stage on leading colleagues (Stage 4), costed provision maps in Stage 3, a Stage "
          "on parents led with the Parent Partnership Service (Stage 5), and its agency session planned with the "
          "county. The pilot riders asked for days that did not take them out of school, which is why Stages run on "
          "Saturdays and as twilight pairs; and the county asked for the western hub at Harrowgill.")
hp = para(doc, "Schools and services are part of the Tour itself. Heads drive the Team Cars; the Parent Partnership "
               "Service, a parent from the Fellbeck Parent Carers' Forum and county officers teach in Stages 2 and 5; "
               "Beckside School's staff teach in Stage 2. We would like schools and parents to join the Race Debrief "
               "in future years.")
comment(doc, hp.runs[-1], "Parent Partnership said yes to sitting on the Debrief panel from July 2009. Add before it "
        "goes?", AUTH_SEC, "JO")
para(doc, "Riders who want to see provision in a special school can spend a day at "
          "Beckside School when the school can take them. Specialist speakers on each Stage are listed in Radio Tour "
          "the week before.")
para(doc, "Riders can borrow from the Trust's Kit Room at the Velo Hut: a set of standardised reading, spelling and "
          "numeracy tests, assessment and intervention packs, Clicker 5 and Wordshark licences on six laptops, and "
          "the Inclusion Development Programme DVDs. All riders are registered as University students and have the "
          "University library, its e-journals and Blackboard for the length of the Tour.")

# ------------------------------------------------------------------ after the finish
para(doc, "After the Finish", style="Heading 1")
para(doc, "On Podium day each rider leaves with a Next Season card. In the last hour the rider and their DS write down "
          "three professional targets for the year after the Tour, using the rider's Podium feedback and the "
          "confidence ratings, and the rider takes the card to their next performance management meeting with their "
          "head. Finishers are invited to the Trust's termly Chaingang meetings for SENCOs and told how the Tour's 60 "
          "credits count towards the University's MA in Inclusive Education.")

# ------------------------------------------------------------------ changes
para(doc, "Route changes since Issue 1", style="Heading 1")
for b in [
    "Twilight pairs at Harrowgill added for Stages 2 to 5 (pilot riders and the county).",
    "Finish A shortened from 4,000 to 3,000 words.",
    "Stage 4 now includes a session on managing a SENCO's time.",
    "Podiums now recorded (Art. 13).",
]:
    para(doc, b, style="List Bullet")
lp = para(doc)
tracked_run(lp, "del", "Time Trial only entry kept for serving SENCOs (Art. 15).", AUTH_RD, D1)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
