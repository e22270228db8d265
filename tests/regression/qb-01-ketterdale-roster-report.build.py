"""qb-01-ketterdale-roster-report: builds qb-01-ketterdale-roster-report.docx next to this script.

Provider: Ketterdale Kestrels Baseball & Softball Club, through its community trust "Kestrels in Schools"
(a registered charity), with the University of Haverleigh (School of Education), which validates, and
Ketterdale Borough Council's Inclusion Support Service. The course is the "Kestrels Award in SEN
Coordination".

Document kind and layout: the club Front Office's monthly ROSTER REPORT, issued in an "Award Edition" as the
application. Heading styles (Heading 1 / Heading 2) carry the report's own section names (GM's Notes,
Transactions, Signing Rookies, Spring Training, The Schedule, Box Scores and the Official Scorer, The Farm
System, Stat Line, Clubhouse Talk, The Award Roster). A title block table with merged, shaded cells; a
"Reading this Report" key near the front defines the five roster statuses (ACTIVE, OPTIONED, NRI,
60-DAY IL) that are used only in the landscape Award Roster at the very end. Club vocabulary throughout:
Rookies (participants), Homestands HS1-HS8 (taught days), Road Trips RT1-RT4 (school-based tasks), Bullpen
sessions (mentor meetings, formative, not graded), Box Scores BS1-BS3 (marked pieces), the Physical and the
Rookie Plan (needs assessment and individual plan), Waiver Claims (APL), the Official Scorer (marker), the
Parent Club (the University). The outcomes are "Players" on the Award Roster, grouped as Pitching Staff
(attributes), Infield (knowledge) and Outfield (skills), numbered by jersey numbers that are not Annex 3's
order. A Transactions log table (dated moves), a Homestands table with merged month cells, a staff table,
a Box Scores table. A "Signing Day Checklist" text box (holds the whole CRB arrangement) and a "Clubhouse
Talk" text box of other people's words. Header and footer (footer claims every roster player is graded:
not evidence). Three footnotes, three comments, tracked changes.

Traps (requirement ids):
- Tracked change in the Transactions table: credits "40" deleted, "60" inserted (E.2 met: the insertion
  counts, the deletion does not).
- Inserted Transactions row "Recalled": the January call-up intake (3.2 met, with the twin Saturday /
  twilight Homestands).
- Deleted roster row (jersey 8): the only place time management and delegation appeared -> 6.A3 not_met.
- Inserted roster row (jersey 44, partnership with services incl. voluntary organisations): counts -> 6.S9 met.
- Roster statuses keyed far above the table: OPTIONED (worked on + Bullpen feedback, no Box Score) ->
  partially_met for 6.A2, 6.K4, 6.S2c, 6.S7; NRI (graded in a Box Score, no Homestand; reading pack only)
  -> partially_met for 6.A6, 6.S6; 60-DAY IL (not this season, "expects to reinstate") -> not_met for
  6.K7 and 6.S2d (a plan, not an arrangement). The Transactions log repeats both IL moves.
- Award rule counts only ACTIVE players: "on every ACTIVE Player" -> 6.0 partially_met; 1.9 partially_met
  because several outcomes are not graded.
- Footer: "Every Player on the Award Roster is graded before the Award is made" (footer: never evidence;
  contradicted by the roster itself).
- Negation: "There is no 'straight to the majors' route" (2.3 not_met), with a deleted sentence that had
  offered a call-up straight to the Box Scores (deleted: not part of the submission) and the University's
  assessment-only route for a different programme (wrong context, other provider's arrangement).
- Past arrangement: the exhibition season's residential weekend and special-school visits, "Released"
  (5.5 not helped); hope: "We hope to arrange a day at Brook Lane School" (5.5 partially_met with
  the specialist guests that are arranged).
- Resources said not to be held: "is not held by the club" for specialist software (5.6 partially_met).
- E-learning whose forum was switched off: KestrelNet holds materials and takes uploads only (3.3
  partially_met: no online tutor or peer support between Homestands).
- Stakeholder needs stated only in general terms: "the answers are reflected throughout the Award"
  (4.1 partially_met) while 4.2 is met by concrete Transactions (HS4 co-led "At the Forum's request"; the
  Bullpen Coaches' Clinic extended after Bullpen Coaches asked) and 4.3 by the Trade Deadline review.
- Research only, no inspection evidence or developments: HS5's "what research says about" interventions
  (1.3 partially_met); a comment suggesting an Ofsted report is not part of the submission.
- Pupil voice only as "a short talk on why pupils' views matter" (1.5 partially_met; 6.S7 OPTIONED).
- Wrong context: the club's Welfare Officer checks the CRB disclosures of youth coaches and volunteers
  (not participants); 5.3 is met by the Signing Day Checklist text box itself.
- Comment on jersey 23 doubting that it is graded: comments are not evidence; the roster says ACTIVE
  (6.S5 met).
- Others' words: heads' and Rookies' quotations in the Clubhouse Talk box are not the provider's statements.
"""
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _qb_helpers import (Footnotes, add_field, bullet, cell_paras, cell_text, del_run, fill_row, ins_run,
                         landscape_section, mark_row_deleted, mark_row_inserted, new_document, para,
                         repeat_header, shade, table, text_box)

HERE = Path(__file__).parent
NAME = "qb-01-ketterdale-roster-report"
NAVY, GOLD, GREY = "1F2A44", "F2D16B", "E7E6E6"

doc = new_document(font="Calibri", size=10.5)
fn = Footnotes(doc)
for lvl, sz in ((1, 14), (2, 12)):
    st = doc.styles[f"Heading {lvl}"]
    st.font.size = Pt(sz)
    st.font.name = "Calibri"

# ---------------------------------------------------------------- header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "KETTERDALE KESTRELS \u2014 FRONT OFFICE \u2014 ROSTER REPORT (AWARD EDITION) \u2014 NOT FOR PUBLICATION"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Kestrels in Schools \u00b7 Roster Report No. 1 of 2009 \u00b7 Every Player on the Award Roster is "
               "graded before the Award is made \u00b7 Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE", "1", size=8)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- title block
tb = table(doc, 6, 4, widths_cm=[3.2, 5.3, 3.2, 5.3])
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(top, [("b", "KETTERDALE KESTRELS BASEBALL & SOFTBALL CLUB")], size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
shade(top, NAVY)
for r_ in top.paragraphs[0].runs:
    r_.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
sub = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(sub, [("b", "ROSTER REPORT \u2014 AWARD EDITION"), " \u00b7 No. 1 of 2009"], size=12,
          align=WD_ALIGN_PARAGRAPH.CENTER)
shade(sub, GOLD)
rows = [("Issued by", "The Front Office, Kestrels in Schools (registered charity 1114826)", "Date", "12 March 2009"),
        ("For", "The TDA approval panel: National Award for SEN Coordination", "Season", "2009-10 (first accredited season)"),
        ("Parent Club", "University of Haverleigh, School of Education", "With", "Ketterdale Borough Council, Inclusion Support Service"),
        ("Contact", "Mags Haworth, General Manager, 01632 960 418", "Distribution", "Front Office; Coaching Staff; Parent Club; Borough")]
for i, row in enumerate(rows, start=2):
    for j, v in enumerate(row):
        cell_text(tb.cell(i, j), v, bold=(j % 2 == 0), size=9)
        if j % 2 == 0:
            shade(tb.cell(i, j), GREY)

para(doc, "")
p = para(doc, [("i", "Dear Panel. Every month the Front Office sends the club a Roster Report: who is on the roster, "
                     "what moved, what is coming. This edition is about the Kestrels Award in SEN Coordination, and "
                     "it is our application. We have kept the club's words, because the teachers, heads and parents "
                     "we work with know them; the key below says what they mean. Everything in the Report is written "
                     "by the Front Office, except the quotations in the Clubhouse Talk box, which are other people's "
                     "words. \u2014 Mags Haworth, General Manager")])

# ---------------------------------------------------------------- reading this report
doc.add_heading("Reading this Report", level=2)
para(doc, ["A ", ("b", "Rookie"), " is a teacher taking the Award."])
fn.add(doc.paragraphs[-1], "The Front Office's word for a teacher taking the Award. Most are new to the SENCO role; "
                           "some are about to take it up in September.")
para(doc, ["A ", ("b", "Homestand"), " (HS1 to HS8) is a taught day. A ", ("b", "Road Trip"),
           " (RT1 to RT4) is a task the Rookie carries out in their own school. A ", ("b", "Bullpen"),
           " session is a meeting in school with the Rookie's Bullpen Coach (mentor). A ", ("b", "Box Score"),
           " (BS1 to BS3) is a piece of work graded by the Official Scorer. The ", ("b", "Parent Club"),
           " is the University of Haverleigh."])
fn.add(doc.paragraphs[-1], "In baseball, the major-league club to which a minor-league team is affiliated.")
para(doc, ["The ", ("b", "Award Roster"), " at the end of the Report lists the Players: the things a Rookie must be "
           "able to do, know or be by the end of the season. Each Player has a jersey number, the Homestands and "
           "Road Trips where it plays (", ("i", "Plays in"), "), the Box Score that grades it, and a Status:"])
for code, meaning in (
        ("ACTIVE", " \u2014 the Player is worked on in the Homestands or Road Trips shown under Plays in, and is "
                   "graded by the Official Scorer in the Box Score shown."),
        ("OPTIONED", " \u2014 the Player is worked on where shown and practised in the Bullpen, where the Bullpen "
                     "Coach gives feedback; no Box Score grades it."),
        ("NRI", " (non-roster invitee) \u2014 the Player is graded in the Box Score shown, but no Homestand or Road "
                "Trip is built round it; Rookies prepare for it from the reading pack."),
        ("60-DAY IL", " \u2014 the Player is not in the 2009-10 season. The Front Office expects to reinstate it "
                      "for 2010-11.")):
    bullet(doc, [("b", code), meaning])
para(doc, "A dash in a column means there is nothing there.")

# ---------------------------------------------------------------- GM's notes
doc.add_heading("GM's Notes", level=1)
para(doc, "The Kestrels have played baseball and softball in Ketterdale since 1987. Kestrels in Schools began in "
          "2001 with rounders and softball sessions in special schools and pupil referral units, and it is from "
          "that work that the Award grew: the SENCOs we met kept asking for a course that was about their job, "
          "taught in the Borough, by people who had done it.")
para(doc, ["The Award exists for one reason: so that children and young people with SEN and/or disabilities in "
           "Ketterdale's schools do better, in their learning and in all five Every Child Matters outcomes \u2014 "
           "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
           "economic well-being. That is the first aim in the Award's validated module document, and it runs "
           "through what we do. Every Homestand ends with a segment called ", ("i", "What changes for the children?"),
           ", in which each Rookie writes down one thing they will do differently in school the following week "
           "and which pupils it is for. Two of the three Box Scores are graded partly on the difference the "
           "Rookie's work has made to pupils' progress and well-being, measured before and after."])
para(doc, "The Award is for the teacher who leads SEN coordination in a school, the lead SENCO. It is strongly "
          "rooted in school practice. Every Road Trip is carried out in the Rookie's own school, with its own "
          "pupils, colleagues and families, and each Road Trip is tied to named Players on the Award Roster, so a "
          "Rookie who has finished RT3 has done, in their own school, the provision mapping that Box Score 2 then "
          "grades. Homestands are led by people who are doing the job now or have done it recently, and each one "
          "opens with a practising SENCO from a Borough school showing how they handle that day's theme.")
para(doc, "By the end of the season each Rookie will have changed something real in their school: a provision "
          "map that is used, a group of pupils whose progress has been measured, a colleague who has been coached. "
          "That is how we expect the Award to make an impact on practice, and the Box Scores are built to show it.")

# ---------------------------------------------------------------- staff
doc.add_heading("Front Office and Coaching Staff", level=1)
st = table(doc, 8, 3, widths_cm=[3.8, 3.6, 9.6])
fill_row(st.rows[0], ["Name", "Club title", "Background"], size=9, bold=True, fill=GOLD)
repeat_header(st.rows[0])
staff = [
    ("Dr Owen Petrakis", "Director of Player Development (programme leader)",
     "Senior Lecturer in Inclusive Education, University of Haverleigh; nine years a SENCO in two Ketterdale "
     "primary schools; MA (SEN), PhD on teaching assistant deployment (2006)."),
    ("Mags Haworth", "General Manager (Front Office)",
     "Headteacher of Ferncliffe Primary until 2007; NPQH; chairs the Borough's SEN headteachers' group."),
    ("Ruth Okonkwo", "Hitting Coach (tutor)",
     "SENCO at Ketterdale Moor High School since 1996; Postgraduate Diploma in Specific Learning Difficulties; "
     "leads the Borough's secondary SENCO network."),
    ("Jack Tennant", "Pitching Coach (tutor)",
     "Senior Educational Psychologist, Ketterdale Borough Council; tutor on the University's educational "
     "psychology placements."),
    ("Priya Lal", "Bench Coach (tutor)",
     "Advisory Teacher for Autism, Inclusion Support Service; formerly deputy head of Brook Lane School."),
    ("Dr Sian Moreby", "Official Scorer (marker and assessment lead)",
     "Assessment lead for the University's PGCert Inclusive Education; external examiner for two other "
     "universities' SEN programmes."),
    ("Twelve headteachers and senior leaders", "Bullpen Coaches (school mentors)",
     "Named at signing: a senior leader in the Rookie's school, or an experienced SENCO in a partner school."),
]
for i, row in enumerate(staff, start=1):
    fill_row(st.rows[i], row, size=9)
para(doc, "")
para(doc, "All four tutors teach on the Award as part of their current jobs, which keeps what they teach up to "
          "date: each is working with schools and pupils every week. The Coaching Staff meet for a study morning "
          "each term, led in turn by one of them, on new guidance or research; the Parent Club funds each tutor's "
          "place at one national SEN conference a year.")
para(doc, "The club's Welfare Officer checks the enhanced CRB disclosures of every youth coach, umpire and "
          "volunteer who works with the club's junior teams. Those coaches have no part in the Award.")

# ---------------------------------------------------------------- transactions
doc.add_heading("Transactions", level=1)
para(doc, "Every move since the exhibition season, newest last.")
fn.add(doc.paragraphs[-1], "The unaccredited pilot the club ran from January to July 2008 for fourteen teachers "
                           "from Ketterdale schools.")
tr = table(doc, 11, 3, widths_cm=[2.4, 3.4, 11.2])
fill_row(tr.rows[0], ["Date", "Transaction", "Detail"], size=9, bold=True, fill=GOLD)
repeat_header(tr.rows[0])
txs = [
    ("14 Jul 2008", "Affiliation renewed", None),
    ("21 Jul 2008", "Released",
     "The exhibition season's residential weekend at Scarsby Hall, and the visits to two special schools that "
     "went with it. They will not run in 2009-10."),
    ("1 Sep 2008", "Signed",
     "Ketterdale Parent Carers' Forum. At the Forum's request after the exhibition season, two Forum parents "
     "now co-lead the families segment of HS4 with Priya Lal, and the Forum reads and comments on the HS4 "
     "materials each year."),
    ("15 Sep 2008", "Acquired",
     "Provision mapping: moved from a half-hour slot in HS6 to a Road Trip of its own (RT3), after the "
     "Exhibition Review."),
    ("6 Oct 2008", "Placed on 60-day IL",
     "Access arrangements for national tests and examinations (the exhibition season's session with the "
     "Borough's examinations officer). Not in the 2009-10 season."),
    ("6 Oct 2008", "Placed on 60-day IL",
     "School self-evaluation and the SEF, to make room in HS6 for the Dugout's work on deploying staff. The "
     "Front Office expects to reinstate it for 2010-11."),
    ("3 Nov 2008", "Outrighted",
     "The KestrelNet discussion forum. The forum was switched off after the exhibition season because almost "
     "no one posted in it. KestrelNet stays, for the Homestand slides, the reading pack and uploading Box Scores."),
    ("12 Jan 2009", "Recalled", None),
    ("2 Feb 2009", "Claimed", None),
    ("2 Mar 2009", "Contract extended",
     "The Bullpen Coaches' Clinic is now two half-days instead of one, after last season's Bullpen Coaches "
     "asked for more time on giving feedback."),
]
for i, (d, t, detail) in enumerate(txs, start=1):
    cell_text(tr.cell(i, 0), d, size=9)
    cell_text(tr.cell(i, 1), t, bold=True, size=9)
    if detail:
        cell_text(tr.cell(i, 2), detail, size=9)
# the affiliation row, with a tracked change of credits
c = tr.cell(1, 2)
p = cell_text(c, ["The University of Haverleigh, our Parent Club, validates the Kestrels Award as the first module "
                  "of its PGCert Inclusive Education, at Level 7 (master's level), worth "], size=9)
del_run(p, "40", size=9)
ins_run(p, "60", size=9)
p.add_run(" credits. The University awards the credit and the Award certificate.").font.size = Pt(9)
# the recalled row (inserted)
cell_text(tr.cell(8, 2), "The January call-up: a second Opening Day each January, with HS1 repeated for the new "
                         "Rookies, who then join the September Rookies for HS2 onwards and play the Homestands they "
                         "missed in the following autumn. A Rookie can sign for either Opening Day.", size=9)
mark_row_inserted(tr.rows[8])
cell_text(tr.cell(9, 2), "Waiver Claims: the Parent Club agreed that Rookies may claim credit for earlier study and "
                         "experience through its accreditation of prior learning procedure (see Spring Training).",
          size=9)

# ---------------------------------------------------------------- signing
doc.add_heading("Signing Rookies", level=1)
para(doc, "We sign a teacher when we are confident they can reach every Player on the Award Roster by the end of "
          "the season. A teacher can sign if they hold QTS, are in post in a school as its SENCO or will take up "
          "the role within the year, and have their headteacher's written support, including release for the "
          "Homestands and a named Bullpen Coach. The application form asks about the teacher's experience of SEN "
          "work and what they have studied, and the Director of Player Development reads every form and talks "
          "to every applicant before they sign.")
para(doc, "If a teacher is not ready \u2014 most often because they have not yet taught pupils with a range of "
          "needs, or are not yet in a school where they can carry out the Road Trips \u2014 we tell them what to "
          "do first, usually the Borough's Inclusion Basics course and a term shadowing their school's SENCO, and "
          "the Director writes to their headteacher with the same advice. They can sign for the next Opening Day.")
para(doc, "The application form asks every candidate whether they have a disability, or any other need we should "
          "know about, and says why we ask: so that we can make reasonable adjustments before the season starts "
          "rather than after a problem. Every disclosure is followed by a conversation with the General Manager. "
          "Adjustments we have made include materials in large print or electronic form, a BSL interpreter at "
          "Homestands, a ground-floor room and a hearing loop in the clubhouse, and, agreed with the Parent "
          "Club's Disability Service, extra time or a different format for a Box Score. Our publicity says all "
          "of this, and the clubhouse at Ketterdale Park and the University's Ketterdale Centre are both step-free. "
          "The club's equality policy covers race, disability and gender, and the Front Office checks each year "
          "who applied, who signed and who finished, by each of these.")
text_box(doc, [
    [("b", "SIGNING DAY CHECKLIST")],
    "Before a Rookie plays a Homestand, the Front Office:",
    "\u2022 sees the Rookie's current enhanced CRB disclosure, or a letter from their headteacher giving its "
    "number and date, and records both;",
    "\u2022 for any Rookie who has not worked in a school in a post with regular contact with children in the last "
    "three months, obtains a new enhanced CRB disclosure through the club's registered body before the first "
    "Road Trip;",
    "\u2022 asks the headteacher to confirm that the Rookie is not barred from working with children and has no "
    "outstanding disciplinary matter, and asks the previous employer of any Rookie who changed schools in the "
    "last year the same question;",
    "\u2022 files the signed head's support form and the name of the Bullpen Coach.",
    "No checklist, no Homestand.",
], width_pt=440, height_pt=170, fill="FFF8DC")

# ---------------------------------------------------------------- spring training
doc.add_heading("Spring Training", level=1)
doc.add_heading("The Physical", level=2)
para(doc, "Before Opening Day every Rookie takes the Physical. They rate themselves against every Player on the "
          "Award Roster (from \u2018new to me\u2019 to \u2018I do this well and can show it\u2019), attaching "
          "evidence where they claim strength, and their headteacher adds a short view of the school's SEN "
          "provision and what the school needs from its SENCO. The Hitting Coach then meets the Rookie for an "
          "hour to go through it. The ratings are checked against the scope of each Player, because a Rookie who "
          "did an SEN course ten years ago may think their knowledge of the law is current when it is not.")
para(doc, ["From the Physical comes the ", ("b", "Rookie Plan"), ": an individual training plan that names the "
           "Players the Rookie will concentrate on, the Road Trip pupils and colleagues, the reading to do first, and "
           "the Rookie's own targets for the season, which are their personalised set of outcomes within the "
           "Roster. Where a whole group is already strong on a Player, the Homestand spends less time on it and "
           "more on what the group needs. The Bullpen Coach gets a copy, and the Plan is revisited at every second "
           "Bullpen session and after each Box Score."])
para(doc, "Homestands split into primary and secondary groups for the afternoon session, and Road Trips are "
          "chosen by the Rookie to fit their school, so no two Rookies' seasons are the same. The fee is \u00a3950, "
          "of which the Borough pays half for its own schools; Homestands are held in the clubhouse, which the club "
          "provides free, so the fee pays for teaching and assessment.")
doc.add_heading("Waiver Claims", level=2)
para(doc, "A Rookie who has already passed a Level 7 module in SEN, at the Parent Club or another university, may "
          "claim up to 20 credits of it against Box Score 1 through the University's accreditation of prior "
          "learning procedure. A Rookie with long experience but no credit may claim against Box Score 1 through "
          "a portfolio mapped to the Roster Players it grades; the Official Scorer assesses the portfolio and the "
          "Parent Club's board confirms the credit. Claims are made at the Physical, so the Rookie Plan can take "
          "account of them.")
doc.add_heading("No call-ups", level=2)
p = para(doc, ["There is no \u2018straight to the majors\u2019 route: every Rookie plays the full season, whatever "
               "their experience. "])
del_run(p, "In exceptional cases a Rookie who has run a school's SEN department for five years or more may be called "
           "straight up to the Box Scores without the Homestands.")
para(doc, "The Parent Club runs an assessment-only route for experienced teachers on its MA Inclusive Education, "
          "which is a different programme; it does not apply to the Kestrels Award.")

# ---------------------------------------------------------------- schedule
doc.add_heading("The Schedule", level=1)
para(doc, "Each Homestand is played twice: as a Saturday game at the Ketterdale Park clubhouse (9.30 to 3.30) and "
          "as a twilight double-header at the University's Ketterdale Centre (two Wednesdays, 4.30 to 7.30). A "
          "Rookie can play either, and can switch from one to the other during the season.")
hs = table(doc, 9, 4, widths_cm=[1.6, 3.2, 2.6, 9.6])
fill_row(hs.rows[0], ["HS", "Name", "Month", "What the Rookies work on"], size=9, bold=True, fill=GOLD)
repeat_header(hs.rows[0])
homestands = [
    ("HS1", "Opening Day", "Sept (and Jan)",
     "The lead SENCO's job; the five Every Child Matters outcomes and where the SENCO fits in them; the Award "
     "Roster, the Rookie Plan and how the season works."),
    ("HS2", "The Rulebook", "October",
     "The SEN Code of Practice (2001) and SENDA 2001; the Disability Discrimination Act 1995 as amended in 2005 "
     "and the Disability Equality Duty; the Children Act 2004; the Borough's SEN policy and banding. What each "
     "means for the school, the SENCO and others, and how to put it into practice. Updated each season with new "
     "guidance."),
    ("HS3", "Reading the Field", "November",
     "Behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders and moderate learning difficulties, and "
     "how each affects learning; identifying pupils from observation, data and assessment; setting targets and "
     "planning interventions; how children develop and what affects that development."),
    ("HS4", "Home Crowd", "December",
     "Families: the families segment co-led by the Parent Carers' Forum, role-play of a difficult review "
     "meeting, and the Parent Partnership Service; building fair and respectful relationships with pupils and "
     "their parents; a short talk on why pupils' views matter."),
    ("HS5", "Stats and Scouting", "January",
     "Assessment and tracking: P scales, national test and teacher assessment data, RAISEonline; approaches, "
     "strategies and resources for teaching, including ICT and assistive technology, and a critical look at "
     "what research says about interventions for reading and for behaviour; formative assessment in the "
     "classroom and how to encourage colleagues to use it with pupils with SEN."),
    ("HS6", "The Dugout", "March",
     "Leading and managing: provision mapping (with RT3), deploying and managing teaching assistants, SEN "
     "policy, working with the headteacher and governors on the school's priorities and budget for SEN, "
     "winning colleagues' commitment."),
    ("HS7", "Road Rules", "April",
     "External agencies: educational psychology, speech and language therapy, CAMHS, social care, the CAF, "
     "and voluntary organisations; what each can and cannot do and how to get their help; problem cases "
     "worked through in teams, with a decision and its reasons at the end."),
    ("HS8", "Season Review", "June",
     "Coaching and mentoring colleagues, observing and giving feedback, running training; keeping up to date "
     "and planning one's own development; the Off-season Plan; preparation for the Post-Game Interview."),
]
for i, row in enumerate(homestands, start=1):
    fill_row(hs.rows[i], row, size=9)
c = doc.add_comment(hs.cell(5, 3).paragraphs[0].runs, text="Panel will want inspection evidence too \u2014 Ofsted's "
                    "2006 report on inclusion? Add to HS5 if there is room. \u2014 OP", author="Owen Petrakis",
                    initials="OP")
para(doc, "")
doc.add_heading("Road Trips", level=2)
for code, text in (
        ("RT1 Scouting Report.", " With a class teacher, the Rookie identifies a pupil or small group whose "
         "progress is a concern, gathers the assessments other professionals have made (educational psychologist, "
         "speech and language therapist, advisory teachers), sets targets and plans an intervention. Feeds Box "
         "Score 1."),
        ("RT2 Home Visit.", " With the parents' agreement, the Rookie works with one family through the season: "
                            "meetings at home or in school, a shared record of what was agreed, a review together."),
        ("RT3 Provision Map.", " The Rookie draws up or rebuilds the school's provision map, costs it, marks what is "
                               "not working or missing, and uses it to plan the teaching assistants' timetable "
                               "with the teaching assistants. Feeds Box Score 2."),
        ("RT4 Coaching Clinic.", " The Rookie observes a colleague teaching a pupil with SEN, gives feedback, "
                                 "coaches them over three sessions, and leads a staff training session.")):
    bullet(doc, [("b", code), text])
doc.add_heading("Bullpen sessions", level=2)
para(doc, "Six Bullpen sessions in school, about an hour each, between Homestands. The Bullpen Coach watches the "
          "Rookie at work where they can, talks through the Rookie Plan and gives feedback. Bullpen sessions are "
          "not graded; they are where Rookies practise.")
para(doc, "Every Bullpen Coach comes to the Bullpen Coaches' Clinic before the season and has the Coaching Staff "
          "Handbook, which sets out what the Bullpen Coach, the tutors, the Official Scorer and the Front Office "
          "each do, and when. The Clinic covers the Award Roster, how to watch a Rookie at work and give feedback, "
          "and what to do if a Rookie is falling behind. New tutors shadow a Homestand before they lead one, and "
          "the Director of Player Development observes each tutor once a season.")
doc.add_heading("KestrelNet", level=2)
para(doc, "KestrelNet, the club's Moodle site, holds every Homestand's slides and handouts, the reading pack, and "
          "the upload point for Box Scores. Rookies who miss a Homestand use it to catch up before the next one.")
para(doc, "The season runs part-time only, over three terms. A Rookie may take up to two seasons to finish, and "
          "may play the Road Trips in whichever order suits their school's year.")

# ---------------------------------------------------------------- box scores
doc.add_heading("Box Scores and the Official Scorer", level=1)
bs = table(doc, 4, 4, widths_cm=[2.4, 3.4, 2.4, 8.8])
fill_row(bs.rows[0], ["Box Score", "Form", "Due", "What it grades"], size=9, bold=True, fill=GOLD)
fill_row(bs.rows[1], ["BS1 The Scouting Report", "Case study, 4,000 words", "After HS4",
                      "A pupil or small group from RT1: identifying needs, the law and Every Child Matters as they "
                      "apply, the types of need, using other professionals' assessments, targets, the intervention, "
                      "and the judgements made along the way."], size=9)
fill_row(bs.rows[2], ["BS2 The Stat Sheet", "School-based enquiry, 5,000 words", "After HS7",
                      "A change in provision (usually from RT3), with baseline and after measures of the pupils' "
                      "progress and well-being, tracking data, the research behind it, the school's duties under "
                      "disability equality law, and how it was reviewed with staff."], size=9)
fill_row(bs.rows[3], ["BS3 The Season Review", "Portfolio and 40-minute Post-Game Interview", "End of season",
                      "The Rookie's work with pupils, parents, colleagues, governors and other services across the "
                      "season; RT2 and RT4; the Off-season Plan."], size=9)
para(doc, "")
para(doc, "The Official Scorer grades every Box Score against the Award Roster Players it is set to grade and "
          "against the University's Level 7 criteria. A second scorer from the Coaching Staff grades a sample of at "
          "least one in four of each Box Score, and every fail and every borderline. Before each Box Score is "
          "graded the scorers meet to grade two anonymised pieces together. The Parent Club's assessment board "
          "moderates the grades, and the External Examiner, Professor Alan Brightwell of the University of "
          "Corringham, sees a sample of every Box Score and attends the board.")
para(doc, "A Rookie receives the Kestrels Award, and the University's credits, when all three Box Scores pass and "
          "the Official Scorer has rated the Rookie \u2018Ready\u2019 on every ACTIVE Player in the Award Roster. A "
          "Rookie who fails a Box Score may resubmit once.")
para(doc, "In the last Homestand each Rookie drafts an Off-season Plan on the club's planning sheet: what they will "
          "work on next year, what support they will ask for, and which further study they might take, such as the "
          "Parent Club's later PGCert modules. They take it to their headteacher or line manager to agree, and it "
          "forms part of Box Score 3.")

# ---------------------------------------------------------------- farm system
doc.add_heading("The Farm System", level=1)
para(doc, "Forty-one Borough schools have signed as farm schools: they host Road Trips and release Bullpen "
          "Coaches.")
p = para(doc, "Specialists come to the Homestands: an educational psychologist and a speech and language therapist "
              "teach in HS3 and HS7, the Borough's Autism Outreach team in HS3, and CAMHS in HS7. We hope to arrange "
              "a day at Brook Lane School, the Borough's special school, for every Rookie during the season.")
doc.add_comment(p.runs, text="Brook Lane haven't confirmed. Keep as a hope for now. \u2014 MH", author="Mags Haworth",
                initials="MH")
para(doc, "Rookies can borrow from the Parent Club's library and its online journals, and the Inclusion Support "
          "Service lends its assessment kits. Specialist software, such as provision-mapping packages and "
          "assistive technology, is not held by the club; Rookies see what their own school uses.")

# ---------------------------------------------------------------- stat line
doc.add_heading("Stat Line", level=1)
para(doc, "Before designing the Award we asked the Borough's schools what their SENCOs most needed, and the "
          "answers are reflected throughout the Award.")
para(doc, "How the Award is checked and improved:")
for segs in (
        [("b", "Post-game cards."), " Every Rookie fills in a card after every Homestand; the Coaching Staff read "
         "them the same week and change the next Homestand where they need to."],
        [("b", "Confidence and competence."), " Rookies rate themselves against every Roster Player at the Physical "
         "and again at the end of the season, and the Bullpen Coach rates them too; the Front Office compares the "
         "two."],
        [("b", "Pupils."), " Box Score 2's baseline and after measures are collected across the whole season and "
         "summarised for the pupils concerned: reading ages, attendance, behaviour points, pupils' own ratings. "
         "Six months after the season the Front Office asks each headteacher what has changed for the school's "
         "pupils with SEN."],
        [("b", "Outside eyes."), " The Parent Club's annual monitoring, the External Examiner's report, and a "
         "review by the Borough's Inclusion Support Service."],
        [("b", "Trade Deadline."), " Each July the Front Office, two headteachers, a Parent Carers' Forum member "
         "and two of the season's Rookies meet to go through all of the above and decide the next season's "
         "changes, which go out in the Transactions."]):
    bullet(doc, segs)
para(doc, "Headteachers also sit on the panel that reads Post-Game Interview recordings with the Official Scorer, "
          "and the Borough's Inclusion Support Service gives four of the eight Homestands.")

doc.add_heading("Clubhouse Talk", level=2)
text_box(doc, [
    [("b", "CLUBHOUSE TALK \u2014 from the exhibition season")],
    [("i", "\u201cOur SENCO now runs the provision map with the TAs every half term, and governors ask her about it.\u201d"),
     " \u2014 headteacher, Ketterdale primary school"],
    [("i", "\u201cI thought I knew the Code of Practice. The Physical showed me I knew the old one.\u201d"),
     " \u2014 exhibition Rookie"],
    [("i", "\u201cEvery SENCO should get a Bullpen Coach.\u201d"), " \u2014 exhibition Rookie"],
], width_pt=430, height_pt=95, fill="F2F2F2")

# ---------------------------------------------------------------- the award roster (landscape)
lsec = landscape_section(doc)
doc.add_heading("The Award Roster", level=1)
para(doc, "Statuses as set out in Reading this Report at the front.")
roster = [
    ("PITCHING STAFF \u2014 what a Rookie is like to work with", None),
    ("11", "Builds fair, respectful and supportive relationships with pupils with SEN and/or disabilities and with "
           "their parents and carers", "HS4; RT2", "BS3", "ACTIVE"),
    ("14", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils with "
           "SEN", "HS6; Bullpen", "\u2014", "OPTIONED"),
    ("8", "Manages a crowded week: sorts what matters first, keeps time for the SEN work, hands tasks to others and "
          "checks they are done", "HS6; Bullpen", "BS3", "ACTIVE"),
    ("17", "Sees problems coming and sorts them; makes sound, well-founded decisions about provision", "HS7; RT1",
     "BS1", "ACTIVE"),
    ("19", "Speaks and writes clearly; listens to others and understands their views", "All Homestands; RT2",
     "BS3", "ACTIVE"),
    ("21", "Uses research and outside advice to improve their own and colleagues' practice", "\u2014 (reading pack)",
     "BS2", "NRI"),
    ("9", "Keeps up to date and takes charge of their own development on SEN and disability", "HS8", "BS3",
     "ACTIVE"),
    ("INFIELD \u2014 what a Rookie knows", None),
    ("2", "The law and guidance on SEN, the Code of Practice, what they mean for the school and the SENCO, and how "
          "to put them into practice", "HS2", "BS1", "ACTIVE"),
    ("3", "Every Child Matters: its principles and five outcomes, and how the SENCO helps children reach them",
     "HS1", "BS1", "ACTIVE"),
    ("4", "The law on disability equality and what it requires a school to do", "HS2", "BS2", "ACTIVE"),
    ("5", "How children develop, and how SEN, disability and the physical and social setting affect development",
     "HS3; Bullpen", "\u2014", "OPTIONED"),
    ("6", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
          "affect learning", "HS3", "BS1", "ACTIVE"),
    ("7", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, "
          "including ICT, and how to use them to remove barriers", "HS5", "BS2", "ACTIVE"),
    ("10", "School self-evaluation and improvement, and how it relates to outcomes for pupils with SEN",
     "\u2014", "\u2014", "60-DAY IL"),
    ("12", "Best practice and what research shows about meeting special educational needs", "HS5; HS7", "BS2",
     "ACTIVE"),
    ("15", "What external agencies do and how to get specialist support and resources", "HS7", "BS3", "ACTIVE"),
    ("OUTFIELD \u2014 what a Rookie can do in school", None),
    ("22", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use of "
           "resources", "HS6", "BS3", "ACTIVE"),
    ("24", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "HS3; RT1", "BS1", "ACTIVE"),
    ("25", "Uses other professionals' assessments to shape teaching", "RT1", "BS1", "ACTIVE"),
    ("26", "Uses summative assessment and national tests to track progress and change programmes", "HS5", "BS2",
     "ACTIVE"),
    ("27", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN",
     "HS5; Bullpen", "\u2014", "OPTIONED"),
    ("28", "Spots in good time the special arrangements pupils need for national tests and examinations and puts "
           "them in place", "\u2014", "\u2014", "60-DAY IL"),
    ("29", "Uses provision mapping to plan provision and find what is ineffective or missing", "HS6; RT3", "BS2",
     "ACTIVE"),
    ("31", "Deploys and manages staff well to support pupils with SEN", "HS6; RT3", "BS3", "ACTIVE"),
    ("23", "Supports colleagues' development: observation and feedback, modelling, coaching and mentoring, training",
     "HS8; RT4", "BS3", "ACTIVE"),
    ("33", "Reviews with other staff how well provision works, to feed the school's self-evaluation",
     "\u2014 (reading pack)", "BS2", "NRI"),
    ("35", "Makes sure pupils take part in planning, agreeing and reviewing their provision, helping colleagues to "
           "work with them", "HS4; Bullpen", "\u2014", "OPTIONED"),
    ("38", "Liaises with parents and carers to promote their children's learning and development", "HS4; RT2", "BS3",
     "ACTIVE"),
    ("44", "Works in partnership with other services and agencies, including voluntary organisations",
     "HS7", "BS3", "ACTIVE"),
]
rt = table(doc, len(roster) + 1, 5, widths_cm=[1.3, 14.0, 4.2, 2.4, 3.0])
fill_row(rt.rows[0], ["#", "Player \u2014 what the Rookie can do", "Plays in", "Box Score", "Status"], size=9,
         bold=True, fill=NAVY)
for c_ in rt.rows[0].cells:
    for r_ in c_.paragraphs[0].runs:
        r_.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(rt.rows[0])
for i, item in enumerate(roster, start=1):
    row = rt.rows[i]
    if item[1] is None:
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, item[0], bold=True, size=9)
        shade(m, GOLD)
        continue
    fill_row(row, item, size=9)
    if item[0] in ("11", "14", "17", "19", "21", "9"):
        pass
    if item[0] == "8":
        mark_row_deleted(row)
    if item[0] == "44":
        mark_row_inserted(row)
    if item[0] == "23":
        doc.add_comment(row.cells[1].paragraphs[0].runs, text="Is #23 really graded in BS3? The Season Review "
                        "guidance doesn't mention coaching. \u2014 RO", author="Ruth Okonkwo", initials="RO")
para(doc, "")
para(doc, [("i", "Roster correct at 12 March 2009. Moves after this date will appear in Roster Report No. 2.")], size=9)

out = HERE / f"{NAME}.docx"
doc.save(out)
print("wrote", out)
