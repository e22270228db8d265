"""ow-02-marrowby-dive-book: build the .docx next to this script.

Provider (invented): Marrowby Otters Swimming and Diving Club Teaching Trust ("the Otters Trust"), Marrowby, with the
University of Haverleigh validating and Marrowby City Council's Inclusion Support Service. April 2009.

Document kind and layout: the Trust's diving section writes the course as a diving competition's Dive Book: the
course is "the Competition"; participants are "Divers"; tutors are "coaches"; assessors are "judges"; the external
examiner is "the Referee"; the twelve taught days are six two-day "Rounds" on the "1-metre board", "3-metre board"
and "Platform"; the three assessments are "Judged Dives" (Compulsory, Voluntary, Final); school-based tasks are
"Home Pool" tasks; the initial needs assessment is "Trial Dives"; the individual plan is a "Dive Plan"; school
mentors are "poolside buddies"; the stakeholder group is "the Club Officials". The outcomes are dives on "the Otters
List of Dives", each numbered as in a diving table: group figure (1 Forward, 2 Back, 3 Reverse), two figures, and a
position letter (A straight, B pike, C tuck) that says whether the dive is coached and judged; the key is in
Section 4, nine sections before the List. No heading styles: section titles are typed capitals in shaded bands
("SECTION 4 \u2013 ..."); entry conditions typed E1-E8 (numbering that collides with requirement ids E.1, E.2);
lists typed with dashes; paragraphs broken by manual line breaks as if pasted; a cover table with merged cells;
a Rounds table per Round; a text box (the Referee's note); a List table with a deleted row and an inserted row
(tracked); a tracked deleted sentence; a Word comment; a blank Dive Sheet with placeholders and prompts; page
header and footer.

Traps (requirement ids):
- Credits: 40 of the 60 at Master's level, "the Final Dive (20 credits) at Level 6 (honours)" (E.2 partially_met);
  the University has validated it (E.1 met).
- Entry condition "E1" and "E2" are the Trust's numbering, not the requirement ids (E.1, E.2).
- APL of certificated study only: "We do not accredit experiential learning" (2.1 partially_met); an assessment-only
  "Dive only" entry sits in a text box, the Referee's note (2.3 met).
- Self-declaration: Divers "declare" a CRB disclosure; "the Trust does not see the certificate or take references"
  (5.3 partially_met).
- Flexibility: one start, Rounds in order, part time only; a January start exists only in a deleted sentence; a
  missed Round made up next year (3.2 partially_met).
- No e-learning: "there is no online part, and none is planned"; support between Rounds by telephone and email
  (3.3 not_applicable).
- Stakeholders: a needs survey and audit (4.1 met); but the survey "confirmed" Rounds the coaches "had already
  planned" and influence is claimed only in general ("shaped the Competition at every turn") (4.2 partially_met);
  the Club Officials judge, teach and evaluate (4.3 met).
- Pupils' views only as a value: "Divers are reminded that pupils' views matter and should always be heard"
  (1.5 not_met); pupil involvement in planning provision is not on the List, only in a Word comment (6.S7 not_met).
- Colleagues beyond the school: "Working with colleagues in other schools is outside the Competition"
  (1.6 partially_met).
- Impact: the judges' scores are the only measure, and "the Trust does not measure pupils' progress in Divers'
  schools" (5.9 partially_met).
- Negation: "The Trust's part ends with the Award" and "the Trust does not set or discuss further targets"
  (2.5 not_met).
- Award rule on a points total, where a failed dive "does not in itself stop the Award" (6.0 partially_met); B
  dives are never judged, one dive is "Scratched", one outcome is missing (1.9 partially_met).
- Outcome placement: A dives met; B (coached, practice only) partially_met: 6.A6, 6.S5, 6.S9; C (judged, not
  coached) partially_met: 6.A3, 6.K4, 6.S2d; 6.K7 "Scratched" (not_met); 6.S7 absent (not_met); 6.K3's C row is a
  tracked deletion and an inserted A row stands (met).
- 1.3 met though the reading list is old: Round 6 brings recent research and inspection evidence.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _ow_helpers import (add_del, add_field, band, mark_row, para_style, set_col_widths, shade, text_box, typed)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
PO, RM = "P. Okafor", "R. Maddox"
D1, D2 = "2009-04-02T09:05:00Z", "2009-04-20T15:30:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
para_style(doc, "Otters Band", size=11, bold=True, space_before=10, space_after=4)
para_style(doc, "Otters Text", size=10.5, space_after=5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Marrowby Otters S&DC Teaching Trust \u2014 The Otters Dive Book 2009\u201310"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Dive Book v3 \u2014 April 2009 \u2014 page ").font.size = Pt(8)
add_field(fp, "PAGE")


def title(text):
    p = typed(doc, [text], style="Otters Band")
    band(p)
    return p


def para(parts):
    return typed(doc, parts, style="Otters Text")


# ---------------- cover
cov = doc.add_table(rows=0, cols=4)
cov.style = "Table Grid"
r = cov.add_row().cells
m = r[0].merge(r[3])
m.text = ""
t = m.paragraphs[0]
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("THE OTTERS DIVE BOOK")
rr.bold = True
rr.font.size = Pt(20)
t2 = m.add_paragraph()
t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
t2.add_run("The Award Competition 2009\u20132010").bold = True
t2.add_run().add_break()
t2.add_run("National Award for Special Educational Needs Coordination")
t2.add_run().add_break()
t2.add_run("Marrowby Otters Swimming and Diving Club Teaching Trust with the University of Haverleigh and Marrowby "
           "City Council")
t2.add_run().add_break()
t2.add_run("Application to the TDA for approval \u2014 April 2009").italic = True
shade(m, "DEEAF6")
for a, b, c, d in [
    ("Venue", "Marrowby Otters pool (Rounds 1, 3, 5); Marrowby Teachers' Centre (Rounds 2, 4, 6)",
     "Rounds", "Six, each of two days"),
    ("Judged Dives", "Three: the Compulsory Dive, the Voluntary Dive, the Final Dive", "Divers", "Up to 20"),
    ("Referee", "Dr Owen Caddick, University of Westby", "Meet manager", "Mrs Patience Okafor"),
    ("Entries close", "30 June 2009", "Head coach", "Mr Rob Maddox"),
]:
    cells = cov.add_row().cells
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, b, c, d
    for i in (0, 2):
        cells[i].paragraphs[0].runs[0].bold = True
        shade(cells[i], "F2F2F2")
r = cov.add_row().cells
m = r[0].merge(r[3])
m.text = ("Validation: the University of Haverleigh validated the Competition on 2 April 2009 as its Postgraduate "
          "Certificate in Special Educational Needs Coordination, 60 credits. The Compulsory and Voluntary Dives "
          "(40 credits) are validated at Master's level; the Final Dive (20 credits) at Level 6 (honours).")
set_col_widths(cov, [Cm(2.8), Cm(7.2), Cm(2.8), Cm(3.8)])

# ---------------- 1
title("SECTION 1 \u2013 WHY A DIVE BOOK")
para(["Every Otters diver has a dive book: the dives they are learning, the dives they will be judged on, and what ",
      ("br",), "the judges are looking for. When the Trust agreed to run the National Award, our coaches asked that ",
      ("br",), "SENCOs be given the same thing, and this is it. It is the book each Diver will carry through the year, ",
      ("br",), "sent to the TDA as it stands."])
para(["The Competition has one aim: to raise the achievement and well-being of pupils with special educational needs "
      "and disabilities in Divers' schools, in their learning and across the five Every Child Matters outcomes (being "
      "healthy, staying safe, enjoying and achieving, making a positive contribution, achieving economic "
      "well-being). Each Round is planned back from that aim, and each Judged Dive asks the Diver to show what their "
      "work has done for pupils' learning and well-being, not only what they know."])

# ---------------- 2
title("SECTION 2 \u2013 CONDITIONS OF ENTRY")
conds = [
    ("E1 Who may enter.", " A qualified teacher who is the SENCO of a school in Marrowby or a neighbouring authority, "
     "or who has been named by the head to become SENCO by September 2010. The head signs the entry form, releases "
     "the Diver for all twelve days and names a poolside buddy in the school."),
    ("E2 If you are not ready.", " Every entry is read by the head coach, who speaks to each Diver by telephone "
     "about their experience of teaching pupils with SEN. A teacher who does not yet have the experience to reach "
     "the List by the end of the year is told so in writing, offered a place on the Trust's Poolside Starters "
     "evening course, and the head coach rings the head to agree what the teacher will do first."),
    ("E3 Clearance.", " On the entry form each Diver declares that they hold a current enhanced CRB disclosure; the "
     "Trust does not see the certificate or take references."),
    ("E4 Credit carried in.", " Credit from earlier study in SEN at Master's level (up to 20 credits, gained within "
     "the last five years) may be carried in through the University's APL regulations, in place of the Compulsory "
     "Dive. We do not accredit experiential learning."),
    ("E5 Trial Dives.", " In July, before the Competition starts, each Diver completes the Trial Dives: a self-"
     "assessment against every dive on the Otters List, with the evidence for it (the school's SEN register and "
     "data, two recent IEPs, the SEN policy). A coach then spends forty minutes with the Diver on the evidence and "
     "writes the Diver's Dive Plan: which dives the Diver already has, which need most work, which of the two "
     "optional workshops to attend, and up to three Voluntary dives of the Diver's own \u2014 personal targets "
     "beyond the List, agreed with the head. The Dive Plan is reviewed at Round 3 and Round 5."),
    ("E6 Dive only entry.", " See the Referee's note below."),
    ("E7 Disability and access.", " The entry form, the leaflet and this Dive Book are available in large print, on "
     "audio CD and in Braille, and say plainly that disabled teachers are welcome. Divers are invited to tell us "
     "about a disability on the entry form and again, privately, at the Trial Dives, so that adjustments can be "
     "agreed before Round 1. Adjustments we make include extra time and rest breaks in Judged Dives, a spoken "
     "alternative to the written part of a Judged Dive, papers in alternative formats, a BSL interpreter or "
     "note-taker, and seating near the hearing loop. Both venues have level access, accessible toilets and a "
     "hearing loop. The judges are told of each agreed adjustment before they score, and placements are checked "
     "for access before a Diver goes."),
    ("E8 Fees.", " \u00a31,250 a Diver, of which Marrowby City Council pays \u00a3400 for its own schools. The fee "
     "covers the Rounds, the Trial Dives, the Dive Plan, the placement days, tutorials and the University's "
     "registration. Rounds 1, 3 and 5 are held at the pool to keep room costs down."),
]
for a, b in conds:
    para([("b", a), b])
rp = para([""])
text_box(rp, [
    [("b", "REFEREE'S NOTE: DIVE ONLY ENTRY")],
    ["Exceptionally, an experienced SENCO or a teacher from an SEN support service who already seems to reach the "
     "whole Otters List may enter the Judged Dives without diving the Rounds. They have the Trial Dives like any "
     "Diver, submit all three Judged Dives, and are judged on every dive on the List in the same way and by the "
     "same judges. The Referee agrees each Dive only entry. Fee \u00a3420."],
], height_pt=105)

# ---------------- 3
title("SECTION 3 \u2013 THE POOL AND THE BOARDS")
para(["The Competition is dived part time, over one school year. Every Diver enters in September and dives the "
      "Rounds in order, from the 1-metre board (Rounds 1 and 2) through the 3-metre board (Rounds 3 and 4) to the "
      "Platform (Rounds 5 and 6). A Diver who misses a Round through illness may dive it at next year's "
      "Competition. "])
dp = doc.paragraphs[-1]
add_del(dp, "Divers may also start in January and dive Rounds 4 to 6 first.", PO, D1)
para(["The Competition is taught entirely on poolside: there is no online part, and none is planned. Between "
      "Rounds, Divers reach their coach by telephone or email (see Section 9)."])
para(["Equipment. The Trust's resource room at the pool holds a lending library of about 450 books on SEN, "
      "standardised tests Divers may borrow for a Judged Dive, and an ICT corner with Clicker 5, Textease, "
      "Write Online, a Dolphin screen reader, symbol software (Communicate: In Print) and a set of switches and "
      "communication aids. Divers have the University of Haverleigh library and its electronic journals, and "
      "Marrowby's Inclusion Support Service lends its assessment kits through the Trust."])

# ---------------- 4
title("SECTION 4 \u2013 HOW TO READ A DIVE NUMBER")
para(["Every dive on the Otters List (Section 13) has a number of three figures and a letter, as in a diving "
      "table. The first figure is the group: 1 is a Forward dive (what a Diver is like to work with), 2 a Back dive "
      "(what a Diver knows) and 3 a Reverse dive (what a Diver can do). The next two figures are the dive's place "
      "in the List. The letter is the position, and it tells you whether the dive is coached and whether it is "
      "judged:"])
for letter, meaning in [
    ("A (straight)", " \u2013 coached in the Round named and judged in the Judged Dive named."),
    ("B (pike)", " \u2013 coached in the Round named and practised at home; a practice dive, never in front of the "
                 "judges."),
    ("C (tuck)", " \u2013 judged in the Judged Dive named, but not coached in any Round: the Diver prepares it from "
                 "the reading list."),
    ("Scratched", " \u2013 not in this year's Competition."),
]:
    para([("b", letter), meaning])

# ---------------- 5
title("SECTION 5 \u2013 COACHES, JUDGES AND THE REFEREE")
tc = doc.add_table(rows=1, cols=3)
tc.style = "Table Grid"
for c, t in zip(tc.rows[0].cells, ["Name", "Role", "Background"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "DEEAF6")
for a, b, c in [
    ("Mr Rob Maddox", "Head coach; Rounds 1 and 5; judge",
     "SENCO of Marrowby High School 1998\u20132008; MEd (SEN), Haverleigh; chairs the Marrowby SENCO Forum"),
    ("Ms Anya Fielding", "Coach; Rounds 2 and 3; judge",
     "Specialist teacher (SpLD), Inclusion Support Service; AMBDA"),
    ("Dr Kwame Boateng", "Coach; Round 4; judge",
     "Educational psychologist, Marrowby EPS; chartered psychologist"),
    ("Mrs Sue Lintern", "Coach; Round 6; judge",
     "Senior lecturer in SEN and inclusion, University of Haverleigh; University link tutor"),
    ("Mrs Patience Okafor", "Meet manager", "The Trust's education officer; runs entries, placements and records"),
    ("Dr Owen Caddick", "Referee (external examiner)", "Reader in inclusive education, University of Westby"),
]:
    cells = tc.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, b, c
set_col_widths(tc, [Cm(3.6), Cm(4.6), Cm(8.4)])
para(["All four coaches teach or advise in Marrowby schools every week and keep their own specialist training up to "
      "date through the British Dyslexia Association, the BPS and the National Strategies' SEN network."])
para(["Briefing. Before Round 1 the coaches and judges spend a day on the Dive Book, the judging criteria for each "
      "Judged Dive and their roles, and score three anonymised dives from the 2008 trial together. Every poolside "
      "buddy comes to a half-day briefing in September and receives the Buddy's Guide, which sets out what a buddy "
      "does at each Round and how to sign off Home Pool tasks; the meet manager rings each buddy after Round 2."])

# ---------------- 6
title("SECTION 6 \u2013 THE ROUNDS")
para(["Each Round is two days, 09.30 to 15.30. Each ends with a Home Pool task: something the Diver does in their "
      "own school before the next Round, tied to dives on the List and signed off by the poolside buddy."])
rounds = [
    ("ROUND 1 \u2013 THE APPROACH", "1-metre board", "22\u201323 September 2009, pool", "Rob Maddox",
     ["The SENCO's role and the law: the SEN Code of Practice 2001, SENDA 2001, the Disability Discrimination "
      "Act 1995 and 2005 with the Disability Equality Duty, and the Education (Special Educational Needs "
      "Co-ordinators) (England) Regulations 2008 \u2013 what each requires of the school and how to carry it out.",
      "Every Child Matters: the five outcomes and where the SENCO helps pupils reach them."],
     "Home Pool 1: check the school's SEN policy and accessibility plan against the law."),
    ("ROUND 2 \u2013 THE HURDLE", "1-metre board", "20\u201321 October, Teachers' Centre", "Anya Fielding",
     ["Identifying pupils who may have SEN through observation, data and screening; setting challenging targets; "
      "planning interventions; reviewing progress.",
      "Using assessments by psychologists, therapists and specialist teachers to shape teaching.",
      "Key stage tests, optional tests and teacher assessment: tracking pupils' progress and changing programmes.",
      "The common needs \u2013 BESD, SpLD and dyslexia, SLCN, autism, MLD \u2013 and how they affect learning."],
     "Home Pool 2: track a group's progress over a term and change one programme."),
    ("ROUND 3 \u2013 TAKE-OFF", "3-metre board", "17\u201318 November, pool", "Anya Fielding",
     ["Approaches, strategies and resources for assessment, planning and teaching, ICT included, judged "
      "critically.",
      "Helping colleagues use formative assessment with pupils with SEN.",
      "Provision mapping: mapping, costing and finding provision that is ineffective or missing.",
      "Anticipating problems and making sound decisions on provision: worked cases."],
     "Home Pool 3: draw the school's provision map."),
    ("ROUND 4 \u2013 FLIGHT", "3-metre board", "19\u201320 January 2010, Teachers' Centre", "Kwame Boateng",
     ["Working with families: fair and respectful relationships with pupils and parents; advising and supporting "
      "parents and carers and working in partnership with them; taught with two members of the Marrowby Parent "
      "Carer Council.",
      "Working with colleagues in the Diver's own school: observing, feeding back, coaching, modelling, running "
      "training.",
      "Working with other services and voluntary organisations: who does what, and how to get help.",
      "Speaking and writing clearly; listening."],
     "Home Pool 4: observe a colleague and give feedback."),
    ("ROUND 5 \u2013 ENTRY", "Platform", "9\u201310 March, pool", "Rob Maddox",
     ["Leading with the head, senior team and governors: an inclusive ethos, policy, priorities and resources.",
      "Deploying and managing teaching assistants and other staff.",
      "Reviewing provision with colleagues and feeding the review into the school's improvement plan."],
     "Home Pool 5: review one intervention with the staff who run it."),
    ("ROUND 6 \u2013 SURFACING", "Platform", "11\u201312 May, Teachers' Centre", "Sue Lintern",
     ["What the research and inspection evidence says now: Ofsted's reports on SEN and inclusion (2004, 2006), the "
      "Bercow Review (2008), the Lamb Inquiry, the Inclusion Development Programme, and the best practice they "
      "describe.",
      "Using research and outside advice to improve practice.",
      "Keeping up to date and planning one's own CPD."],
     "Home Pool 6: prepare the Final Dive."),
]
for name, board, when, who, items, home in rounds:
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[2])
    top.text = name
    top.paragraphs[0].runs[0].bold = True
    shade(top, "DEEAF6")
    t.rows[1].cells[0].text = board
    t.rows[1].cells[1].text = when
    t.rows[1].cells[2].text = "Coach: " + who
    for it in items:
        para(["\u2013 " + it])
    para([("i", home)])
    if name.startswith("ROUND 4"):
        para(["Divers are reminded that pupils' views matter and should always be heard. Working with colleagues in "
              "other schools is outside the Competition."])

# ---------------- 7
title("SECTION 7 \u2013 THE JUDGED DIVES")
para([("b", "The Compulsory Dive"), " (Master's level, 20 credits). A case study of one pupil with SEN or a "
      "disability in the Diver's school (4,000 words): how the pupil's needs were identified, the assessments of "
      "other professionals used, the targets, the intervention planned with the family and the services involved, "
      "and its review, set against the law and the Code of Practice. Judged on the dives marked \u201cJudged Dive "
      "1\u201d on the List."])
para([("b", "The Voluntary Dive"), " (Master's level, 20 credits). A development in the Diver's own school: a "
      "provision map, a change to the way provision or teaching assistants are organised, agreed with the head and "
      "reviewed with colleagues after a term (4,000 words), and a fifteen-minute presentation to the head and a "
      "governor. Judged on the dives marked \u201cJudged Dive 2\u201d."])
para([("b", "The Final Dive"), " (Level 6, 20 credits). A forty-minute professional conversation with two judges, "
      "based on the Diver's dive log of the year, and a 2,000-word reflective paper. Judged on the dives marked "
      "\u201cFinal Dive\u201d."])

# ---------------- 8
title("SECTION 8 \u2013 SCORING, MODERATION AND THE AWARD")
para(["Two judges score each Judged Dive independently against its published criteria, dive by dive, on the diving "
      "scale of 0 to 10 in half points; a dive scored below 5 is a failed dive. Where the judges' totals differ by "
      "more than ten points the head coach scores it as well. The University's link tutor moderates every failed "
      "dive and a sample of a quarter of each Judged Dive, and the Referee sees a sample from each before the "
      "University's examination board."])
para(["Each Judged Dive is scored out of 100. The Award goes to every Diver whose total across the three Judged Dives "
      "reaches 150 points; a failed dive counts as nought but does not in itself stop the Award. A Diver below 150 "
      "may re-dive one Judged Dive once."])

# ---------------- 9
title("SECTION 9 \u2013 BETWEEN ROUNDS")
para(["Each Diver has three tutorials with their coach between Rounds, at school or at the pool, and may ring or "
      "email the coach at any time; coaches reply within three working days. The poolside buddy meets the Diver "
      "after each Round to plan the Home Pool task."])
para(["Placements. Every Diver spends two placement days, arranged by the meet manager, at Oaklands Special School or "
      "the Harbour Street Language Unit, with a set task tied to Round 4. Specialists from the Inclusion Support "
      "Service, the EPS, the speech and language therapy service and the Marrowby branch of the National Autistic "
      "Society each lead part of a Round."])

# ---------------- 10
title("SECTION 10 \u2013 CLUB OFFICIALS AND THE WIDER CLUB")
para(["What schools need. In autumn 2008 Marrowby City Council's audit of SEN provision in its 68 schools found "
      "that fewer than half had a provision map and that one SENCO in three had been in post less than two years. "
      "The Trust surveyed 44 SENCOs and 15 heads in January 2009: they asked above all for help with identifying "
      "and tracking pupils, provision mapping, working with parents and managing teaching assistants, and those are "
      "the heart of Rounds 2, 3, 4 and 5. The survey confirmed that the Rounds, which the coaches had already "
      "planned, were the right ones. The views of schools, parents and the Council have shaped the Competition at "
      "every turn."])
para(["The Club Officials. The Club Officials are two headteachers, the Council's Head of Inclusion, the chair of "
      "the Marrowby Parent Carer Council, a former SENCO from the 2008 trial and the head coach. They judge: one "
      "head and the Head of Inclusion sit with a coach to score every Voluntary Dive presentation. They teach: the "
      "Parent Carer Council in Round 4, the Council's specialists in Rounds 2 and 4. And they meet each June to "
      "review the year's scorecards, results and the Referee's report with the coaches and agree what will change."])

# ---------------- 11
title("SECTION 11 \u2013 HOW THE TRUST REVIEWS THE COMPETITION")
para(["Inside the Trust: each Diver fills in a Round scorecard at the end of every Round; the coaches review the "
      "scorecards at their next meeting and the judges' scores after each Judged Dive, dive by dive, to see which "
      "dives Divers found hardest. Outside the Trust: the Referee's annual report, the University's annual "
      "programme review, and the Club Officials' June meeting. Every August the head coach issues \u201cAlterations "
      "to the Dive Book\u201d listing each change made and the evidence for it, and the University receives a copy."])
para(["The judges' scores are the measure of what the Competition achieves. The Competition judges the Divers, not "
      "their pupils: the Trust does not measure pupils' progress in Divers' schools, and does not ask Divers to."])

# ---------------- 12
title("SECTION 12 \u2013 AFTER THE COMPETITION")
para(["The Trust's part ends with the Award. What a Diver does next is for the Diver and the head to settle; the "
      "Trust does not set or discuss further targets. Divers are welcome to keep diving with the Otters."])

# ---------------- 13
lt = title("SECTION 13 \u2013 THE OTTERS LIST OF DIVES")
para(["Read the numbers and letters as in Section 4."])
tl = doc.add_table(rows=1, cols=4)
tl.style = "Table Grid"
for c, t in zip(tl.rows[0].cells, ["Dive", "What the Diver does (our words)", "Coached in", "Judged in"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
dives = [
    ("FORWARD", None, None, None),
    ("101A", "Treats pupils with SEN and disabilities and their parents fairly and with respect, and builds "
             "supportive working relationships with them", "Round 4", "Judged Dive 1"),
    ("102A", "Wins the head, senior leaders and colleagues over to improving outcomes for pupils with SEN",
     "Round 5", "Judged Dive 2"),
    ("103C", "Puts first things first, manages time and hands tasks on to others, checking they are done", "\u2014",
     "Final Dive"),
    ("104A", "Sees problems coming, solves them and makes sound decisions on provision", "Round 3", "Judged Dive 1"),
    ("105A", "Speaks and writes clearly; listens to and understands the views of others", "Round 4", "Final Dive"),
    ("106B", "Uses research and outside advice to improve their own and colleagues' practice", "Round 6", "\u2014"),
    ("107A", "Keeps up to date and takes charge of their own CPD in SEN and disability", "Round 6", "Final Dive"),
    ("BACK", None, None, None),
    ("201A", "Knows the SEN law and guidance, the Code of Practice included, what it means for the school and how to "
             "carry it out", "Round 1", "Judged Dive 1"),
    ("202A", "Knows the five Every Child Matters outcomes and how the SENCO helps children reach them", "Round 1",
     "Judged Dive 1"),
    ("203C", "Knows how children develop and how SEN, disability and their surroundings affect development",
     "\u2014", "Final Dive"),
    ("204A", "Knows the common needs and how each affects learning", "Round 2", "Judged Dive 1"),
    ("205A", "Weighs up approaches, strategies and resources, ICT included, and uses them to remove barriers",
     "Round 3", "Judged Dive 2"),
    ("206A", "Knows best practice and what research says about meeting SEN", "Round 6", "Final Dive"),
    ("207", "Knows the principles of school self-evaluation and how they bear on pupils with SEN", "\u2014",
     "Scratched"),
    ("208A", "Knows what outside agencies do and how to get specialist support and resources", "Round 4",
     "Judged Dive 1"),
    ("209C", "Knows the disability equality laws and what they require of a school", "\u2014", "Final Dive"),
    ("209A", "Knows the disability equality laws and what they require of a school", "Round 1", "Judged Dive 1"),
    ("REVERSE", None, None, None),
    ("301A", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
             "resources", "Round 5", "Judged Dive 2"),
    ("302A", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "Round 2", "Judged Dive 1"),
    ("303A", "Uses other professionals' assessments to develop teaching", "Round 2", "Judged Dive 1"),
    ("304A", "Uses summative assessments, national tests included, to track progress and change programmes",
     "Round 2", "Judged Dive 2"),
    ("305A", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "Round 3",
     "Judged Dive 2"),
    ("306C", "Spots in good time the special arrangements pupils need for national tests and examinations and puts "
             "them in place with colleagues", "\u2014", "Final Dive"),
    ("307A", "Maps and manages provision; finds what is ineffective or missing", "Round 3", "Judged Dive 2"),
    ("308A", "Deploys and manages teaching assistants and other staff", "Round 5", "Judged Dive 2"),
    ("309B", "Supports colleagues' professional development: observation and feedback, modelling, coaching, training",
     "Round 4", "\u2014"),
    ("310A", "Reviews with other staff how well provision works, to inform the school's improvement planning",
     "Round 5", "Judged Dive 2"),
    ("312A", "Liaises with parents and carers to help pupils learn and develop", "Round 4", "Judged Dive 1"),
    ("313B", "Works in partnership with other services and voluntary organisations", "Round 4", "\u2014"),
]
del_row = ins_row = None
row310 = None
for no, words, coached, judged in dives:
    cells = tl.add_row().cells
    if words is None:
        mm = cells[0].merge(cells[3])
        mm.text = no + " DIVES"
        mm.paragraphs[0].runs[0].bold = True
        shade(mm, "DEEAF6")
        continue
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = no, words, coached, judged
    cells[0].paragraphs[0].runs[0].bold = True
    if no == "209C":
        del_row = tl.rows[-1]
    if no == "209A":
        ins_row = tl.rows[-1]
    if no == "310A":
        row310 = cells[0]
mark_row(del_row, "del", RM, D2)
mark_row(ins_row, "ins", RM, D2)
set_col_widths(tl, [Cm(1.5), Cm(9.6), Cm(2.5), Cm(3.0)])
doc.add_comment(row310.paragraphs[0].runs, text="Pupils planning and reviewing their own provision comes up in Round "
                "4 \u2013 add it as 311A, judged in Dive 1? RM", author=RM, initials="RM")

# ---------------- 14
title("SECTION 14 \u2013 DIVE SHEET")
para([("i", "Each Diver completes this sheet after the Trial Dives and brings it to every Round. Enter your "
            "Voluntary dives in the last rows.")])
ds = doc.add_table(rows=0, cols=4)
ds.style = "Table Grid"
for a, b, c, d in [("Diver", "[Diver's name]", "School", "[school]"),
                   ("Poolside buddy", "[name]", "Coach", "[coach]")]:
    cells = ds.add_row().cells
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, b, c, d
    shade(cells[0], "F2F2F2")
    shade(cells[2], "F2F2F2")
hdr = ds.add_row().cells
for c, t in zip(hdr, ["Dive", "Where I am now (Trial Dives)", "Target for this year", "Judges' score"]):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
for i in range(3):
    cells = ds.add_row().cells
    cells[0].text = "[dive no.]"
    cells[1].text = "[describe your evidence]"
for i in range(2):
    cells = ds.add_row().cells
    cells[0].text = "Voluntary"
    cells[1].text = "[your own dive, agreed with your head]"
last = ds.add_row().cells
mm = last[0].merge(last[3])
mm.text = "Signed (Diver) ____________   Signed (coach) ____________   Date ________"

doc.save(str(OUT))
print("wrote", OUT)
