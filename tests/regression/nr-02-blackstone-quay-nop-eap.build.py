"""nr-02-blackstone-quay-nop-eap: writes nr-02-blackstone-quay-nop-eap.docx next to itself.

Provider (invented): Blackstone Quay Climbing Wall's Coaching School, Portlow (instructor and coach training, the
Quay Adapt club for young people with SEN and disabilities), running the National Award for SEN Coordination as a
University of Eskmouth module, with Portlow City Council's SEN Support Service funding places. December 2008, for
a September 2009 start.

Document kind and layout: a climbing wall's NORMAL OPERATING PROCEDURES AND EMERGENCY ACTION PLAN (NOP/EAP), the
document every wall keeps for its staff on shift, as "Part C: the SENCO Award course" (Parts A and B, the walls and
groups, are referred to but not sent). House vocabulary: course climbers (participants), Duty Coaches (tutors),
the Head of Coaching, Wall Buddies (school mentors), Sessions 1-10 in the Loft, the Logbook, the Route (school
project), Registration Checks RC1-RC3 (the Logbook review, the Route report, the Belay Check), the Induction Card,
Belay Chats, the Direct Check, the Registration Certificate, the Registration List, the Debrief, the Wall User
Group. No heading styles: section titles are bold capitals typed in grey-shaded, ruled paragraphs ("NOP 4
ADMISSION AND REGISTRATION"), and paragraphs carry hand-typed numbers that collide with requirement ids ("2.3",
"4.2 Disclosure checks", "5.3 Wall Buddies", "9.6"). A title table with merged, shaded rows; a document-control
table and an amendment record; a "DUTY COACH: READ THIS FIRST" text box; a definitions table in NOP 3 that keys the
Competence Grid's "Checked at" values ("RC1", "RC2", "RC3", "Shown only", "Self-declared", "Not on this wall") six
sections before the Grid; the Grid in a landscape section with merged, shaded group rows; a session table; a
monitoring table; an EAP; a blank read-and-sign sheet with a "[Duty Coach name]" placeholder; three Word comments;
a header and a footer with PAGE and NUMPAGES fields.
Tracked changes: an inserted paragraph on new disclosures after three months out of school (4.2); a deleted
paragraph offering a January start (7.2); the S5 line of the Grid changed from "RC3" to "Self-declared".

Traps (requirement ids):
- E.2: "30 credits at Level 7 (Masters level)"; 60 only by an optional second module "not part of the Award" ->
  partial. E.1 met (validated 26 November 2008).
- 1.3: only "Sessions are kept up to date with current research and inspection findings", no research named ->
  partial.
- 1.7 / 6.S8: Session 8 has a parent speaker and relationships with parents (6.A1 is checked at RC3), but
  partnership skills are left to another provider's course ("taught by the Portlow Parent Partnership Service on
  its own course") and the S8 line is "Not on this wall" -> 1.7 partial, 6.S8 not_met.
- 1.9 / 6.0: "The three Registration Checks between them assess every national outcome" is a blanket claim the
  Grid contradicts ("Shown only", "Self-declared", "Not on this wall"); the Certificate goes to everyone passing
  RC1-RC3 -> both partial.
- 2.2: the Induction Card rates every line but "it is not used to change the sessions a climber attends": no
  individual plan or personalised outcomes -> partial.
- 2.5: someone else's job: "The Coaching School takes no part in this and does not hold a final session on it";
  a comment proposing a next-steps session is not evidence -> not_met.
- 3.2: the January start is a deleted paragraph; "one start a year, in September", one day and place, catch-up
  only -> partial.
- 3.3: "There is no online part of the course"; the online booking system is not e-learning -> not_applicable.
- 4.1 / 4.2: a bare claim ("The course reflects what schools tell us they need") and comments "taken into
  account" with nothing on what changed -> both partial. 4.3 met by the Wall User Group and the summer
  questionnaire.
- 5.3: met in the body (head's letter with the disclosure date and number, List 99, the Registration List); the
  inserted paragraph on new disclosures counts.
- 5.6: "There is no specialist technology at the Quay"; the comment about the Adapt laptops does not count ->
  partial.
- 5.8: single marking by the climber's own Duty Coach and "Moderation arrangements with the University are [TBC]";
  the footer's "All Registration Checks are moderated" is not part of the submission; the comment is not either ->
  not_met.
- 5.9 met: baseline and twelve-week learning and well-being measures for Route pupils, collated each summer, plus
  the re-rated Induction Card.
- 6.*: "Shown only" (coached, demonstrated, not marked) -> partial for 6.A2, 6.K4, 6.S2c; "Self-declared" (the
  climber's own unchecked tick) -> partial for 6.A7 and 6.S5 (the latter through a tracked change from RC3);
  line 14 is about the climber's own self-evaluation against the Grid, not school self-evaluation (right words,
  wrong thing) -> 6.K7 not_met; "Not on this wall" -> 6.S8 not_met.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _nr_helpers import (add_runs, cell_more, cell_text, col_widths, del_run, deleted_paragraph, field, ins_run,
                         inserted_paragraph, para, repeat_header, shade, shade_par, table_borders, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
RH = "Rachel Hume"
TP = "Tom Pryce"
JB = "Jess Bowden"
D1 = "2008-11-28T10:20:00Z"
D2 = "2008-12-03T15:02:00Z"
D3 = "2008-12-05T09:44:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(1.8)

hp = sec.header.paragraphs[0]
add_runs(hp, [("BLACKSTONE QUAY CLIMBING WALL", {"b": True}),
              "  \u00b7  NOP/EAP Part C  \u00b7  Issue 2  \u00b7  CONTROLLED COPY No. 7"], size=8)
fp = sec.footer.paragraphs[0]
add_runs(fp, "Uncontrolled when printed. All Registration Checks are moderated by the University of Eskmouth.   "
             "Page ", size=7.5)
field(fp, "PAGE", size=7.5)
add_runs(fp, " of ", size=7.5)
field(fp, "NUMPAGES", "9", size=7.5)


def title(text):
    p = para(doc, [(text, {"b": True, "size": 11})], keep=True)
    shade_par(p, "D9D9D9", border="404040")
    p.paragraph_format.space_before = Pt(10)
    return p


def numbered(num, lead, text, indent=True):
    segs = [(num + "  ", {"b": True})]
    if lead:
        segs.append((lead + " ", {"b": True}))
    segs.append(text)
    p = para(doc, segs)
    if indent:
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


# ------------------------------------------------------------------ title and control
tt = doc.add_table(rows=3, cols=2)
table_borders(tt, "1F3A4D", 8)
for i, (txt, fill, col, size) in enumerate((
        ("BLACKSTONE QUAY CLIMBING WALL", "1F3A4D", "FFFFFF", 15),
        ("NORMAL OPERATING PROCEDURES (NOP) AND EMERGENCY ACTION PLAN (EAP)", "3E6A86", "FFFFFF", 11),
        ("Part C: the SENCO Award course (the National Award for SEN Coordination)", "DCE6EE", "1F3A4D", 11))):
    m = tt.rows[i].cells[0].merge(tt.rows[i].cells[1])
    cell_text(m, [(txt, {"b": True, "color": col, "size": size})], align="center")
    shade(m, fill)
para(doc, "")

para(doc, [("Document control", {"b": True})], keep=True)
dc = doc.add_table(rows=0, cols=4)
table_borders(dc, "808080")
for a, b, c, d in (("Document", "NOP/EAP Part C", "Issue", "2"),
                   ("Date of issue", "8 December 2008", "Next review", "July 2009, after the first Annual Review"),
                   ("Author", "Rachel Hume, Head of Coaching", "Approved", "Tom Pryce, Centre Manager"),
                   ("Distribution", None, None, None)):
    cells = dc.add_row().cells
    cell_text(cells[0], a, bold=True, size=9)
    shade(cells[0], "EFEFEF")
    if b and c:
        cell_text(cells[1], b, size=9)
        cell_text(cells[2], c, bold=True, size=9)
        shade(cells[2], "EFEFEF")
        cell_text(cells[3], d, size=9)
    else:
        m = cells[1].merge(cells[3])
        cell_text(m, "Duty Coaches (read and sign); Centre Manager; University of Eskmouth, School of Education; "
                     "Portlow City Council SEN Support Service; the TDA approval panel (this issue only)", size=9)
col_widths(dc, [Cm(3.0), Cm(5.2), Cm(2.6), Cm(5.8)])
para(doc, "")
para(doc, [("Amendment record", {"b": True})], keep=True)
am = doc.add_table(rows=1, cols=4)
table_borders(am, "808080")
for c, h in zip(am.rows[0].cells, ("Issue", "Date", "What changed", "By")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "EFEFEF")
for row in (("1", "1 September 2008", "First draft, for the Quay's managers", "RH"),
            ("2", "8 December 2008", "Rewritten for the TDA panel after the University's validation event; "
                                    "Competence Grid added (NOP 10); Direct Check added (4.4)", "RH")):
    cells = am.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t, size=9)
col_widths(am, [Cm(1.4), Cm(3.2), Cm(10.6), Cm(1.4)])
para(doc, "")

tb = para(doc, "")
text_box(tb, [[("DUTY COACH: READ THIS FIRST", {"b": True, "size": 10.5})],
              ["This Part works like the rest of the NOP: if it is not written here, it is not how we do it. Parts A "
               "(the walls) and B (groups and schools) still apply whenever course climbers are in the building."],
              ["Before every session: check the register against the Registration List (NOP 4); read the Induction "
               "Card of any course climber new to you (NOP 5); set the Loft out for wheelchair access and switch "
               "the loop on (NOP 11)."],
              ["If anything goes wrong, go to the EAP at the back."]],
         width_pt=450, height_pt=95, fill="FFF0C2", stroke="C00000")

# ------------------------------------------------------------------ NOP 1
title("NOP 1   PURPOSE AND SCOPE")
numbered("1.1", "", "The Quay runs to Normal Operating Procedures, as every climbing wall should: Part A covers the "
                    "walls, the auto-belays and the bouldering area, and Part B covers groups, schools and the Quay "
                    "Adapt club. This Part C covers the Coaching School's course for teachers, the National Award for "
                    "SEN Coordination. We wrote it as an NOP on purpose. Our Duty Coaches already run everything else "
                    "from the NOP, and a course that lives in a separate handbook is a course the staff on shift do "
                    "not read.")
numbered("1.2", "", "Part C applies to every session, every Registration Check and every member of staff who works on "
                    "the course. Every Duty Coach reads and signs it (Signature Sheet at the back).")
numbered("1.3", "Who we are.", "Blackstone Quay has been a climbing wall since 1999, in a former grain warehouse on "
                               "Portlow's docks. The Coaching School trains climbing wall instructors and coaches, and "
                               "for six years has run Quay Adapt, two sessions a week for young people with SEN and "
                               "disabilities, with the City Council's SEN Support Service. Three of the Coaching "
                               "School's staff are qualified teachers who have been SENCOs.")
numbered("1.4", "Accreditation.", "The Award is the University of Eskmouth module \u201cLeading SEN Coordination\u201d "
                                  "(EDU7031), 30 credits at Level 7 (Masters level), in the University's "
                                  "Postgraduate Certificate in Inclusive Practice. The University's validation panel "
                                  "approved the module on 26 November 2008, with the Coaching School as the "
                                  "University's approved partner for its delivery. Course climbers who want 60 "
                                  "credits can take a second University module, \u201cInclusive Practice "
                                  "Enquiry\u201d, after the Award; this is optional and is not part of the Award.")

# ------------------------------------------------------------------ NOP 2
title("NOP 2   WHAT THE COURSE IS FOR")
numbered("2.1", "", "The course is there to raise the achievement and well-being of children and young people with "
                    "SEN and/or disabilities in the course climbers' schools: their progress in learning, and also "
                    "their health, their safety, their enjoyment, the contribution they make and their chances of "
                    "economic well-being later. That is all five Every Child Matters outcomes, not test results "
                    "alone.")
numbered("2.2", "", "Every part of this Part serves that aim. The sessions (NOP 7) are planned from the Competence "
                    "Grid (NOP 10); the Route (NOP 8) has to show a change for named pupils, in learning or "
                    "well-being, measured before and after; and the Registration Checks (NOP 9) are marked against "
                    "the Grid.")
numbered("2.3", "", "The course is practical. Between sessions course climbers work in their own schools on Logbook "
                    "tasks tied to the lines coached that day, and every session begins from what they have brought "
                    "back.")
numbered("2.4", "Research.", "Sessions are kept up to date with current research and inspection findings.")

# ------------------------------------------------------------------ NOP 3
title("NOP 3   DEFINITIONS")
para(doc, "These words have these meanings wherever they appear in Part C. The last four rows are the values used in "
          "the \u201cChecked at\u201d column of the Competence Grid (NOP 10).")
df = doc.add_table(rows=1, cols=2)
table_borders(df, "808080")
for c, h in zip(df.rows[0].cells, ("Term", "Meaning in this Part")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "DCE6EE")
repeat_header(df.rows[0])
defs = [
    ("Course climber", "A teacher registered on the Award course."),
    ("Duty Coach", "A tutor on the course. Each session is run by a lead Duty Coach with at least one other."),
    ("Wall Buddy", "The mentor in the course climber's own school: an experienced colleague named by the "
                   "headteacher (5.3)."),
    ("Session", "One of the ten course sessions at the Quay (NOP 7)."),
    ("Logbook", "The course climber's file of work between sessions. It also holds their copy of the Competence "
                "Grid."),
    ("The Route", "The course climber's project in their own school (NOP 8)."),
    ("Registration Checks (RC1, RC2, RC3)", "The three assessed pieces (NOP 9): RC1 the Logbook review, RC2 the Route "
                                           "report, RC3 the Belay Check."),
    ("Induction Card", "The self-rating a course climber completes before Session 1 (NOP 5)."),
    ("Direct Check", "The route by which an experienced candidate goes straight to the Registration Checks (4.4)."),
    ("Registration Certificate", "The Award certificate (9.6)."),
    ("Wall User Group", "The group that advises on the course and reviews it (12.4)."),
    ("Checked at: RC1, RC2 or RC3", "The line is coached in the session shown and checked in that Registration "
                                    "Check. It is on that Check's marking sheet and must be passed."),
    ("Checked at: Shown only", "The line is coached in the session shown: the Duty Coach demonstrates it and course "
                               "climbers practise it, but no Registration Check marks it."),
    ("Checked at: Self-declared", "The line is coached in the session shown; the course climber ticks it in their "
                                  "Logbook when they feel it is secure. Nobody checks the tick."),
    ("Checked at: Not on this wall", "The line is not part of this course."),
]
for k, v in defs:
    cells = df.add_row().cells
    cell_text(cells[0], k, bold=True, size=9)
    cell_text(cells[1], v, size=9)
col_widths(df, [Cm(5.0), Cm(11.6)])
para(doc, "")

# ------------------------------------------------------------------ NOP 4
title("NOP 4   ADMISSION AND REGISTRATION")
numbered("4.1", "Who can register.", "A course climber must be a qualified teacher in post in a Portlow school or a "
                                     "school in a neighbouring authority, and be the SENCO, or have been told in "
                                     "writing by their head that they will be the SENCO from a date within the course "
                                     "year. The head's Registration Letter confirms this and releases the climber for "
                                     "the ten sessions. Before offering a place the Head of Coaching reads the "
                                     "Registration Letter and the applicant's Induction Card (NOP 5). If the Card "
                                     "shows the applicant is a long way from the Grid, for example a newly qualified "
                                     "teacher with no SEN experience, she talks it through with the applicant and "
                                     "their head, and will usually offer the SEN Support Service's \u201cSEN "
                                     "Foundations\u201d twilight course first, holding a place on the next course for "
                                     "them.")
numbered("4.2", "Disclosure checks.", "No course climber starts Session 1 until the Registration List shows their "
                                      "enhanced CRB disclosure. The head's Registration Letter gives the date and "
                                      "number of the climber's enhanced disclosure and confirms that the school has "
                                      "checked List 99 and taken up references; the Course Administrator records both "
                                      "on the Registration List, and the lead Duty Coach checks the List before "
                                      "Session 1.")
pins = inserted_paragraph(doc, "A course climber who has not worked in a school or college in a post with regular "
                               "contact with children or young people in the last three months (for example, after a "
                               "career break) must apply for a new enhanced disclosure through the Quay's registered "
                               "umbrella body before their place is confirmed.", TP, D1)
pins.paragraph_format.left_indent = Cm(1.0)
numbered("4.3", "Prior learning.", "Prior study is accredited under the University's APL regulations: a course "
                                   "climber who has passed the University's 20-credit module \u201cInclusion in "
                                   "Practice\u201d, or an equivalent Level 7 module elsewhere, in the last five years "
                                   "can have RC1 credited and does not sit it. Prior experience can be accredited "
                                   "too: a climber may make an APEL claim, a portfolio mapped against the RC1 lines "
                                   "of the Grid, which the University's APL tutor assesses with the Head of Coaching "
                                   "before Session 2.")
numbered("4.4", "Direct Check.", "An experienced candidate, such as an advisory teacher from the SEN Support Service "
                                 "or a teacher who has led SEN in a school for several years without the title, may "
                                 "ask for the Direct Check. The Head of Coaching interviews them against the Grid; if "
                                 "she agrees, they go straight to RC1, RC2 and RC3 without attending sessions, with "
                                 "one tutorial before each Check, and they must pass all three on the same terms as "
                                 "everyone else. The Direct Check costs \u00a3450.")
numbered("4.5", "Fees and places.", "The course fee is \u00a3890, including the University's registration fee. "
                                    "Portlow City Council's SEN Support Service funds 20 places a year for Portlow "
                                    "schools. A course takes up to 24 course climbers, so that no Duty Coach has more "
                                    "than eight.")

# ------------------------------------------------------------------ NOP 5
title("NOP 5   INDUCTION")
numbered("5.1", "Induction Card.", "Before Session 1 every course climber rates themselves on each line of the "
                                   "Competence Grid, from 1 (new to me) to 4 (I could teach it), and sends the Card "
                                   "with their Registration Letter. The lead Duty Coach reads every Card before "
                                   "Session 1 so that she knows the group. The Card is filed; it is not used to change "
                                   "the sessions a climber attends.")
numbered("5.2", "Belay Chats.", "Each course climber has two one-to-one Belay Chats with their Duty Coach, after "
                                "Session 3 and after Session 7, about their own Route: what it is for in their school, "
                                "which pupils, what they are finding hard and which sessions to lean on. Course "
                                "climbers choose their own Route for their own school, so the biggest piece of the "
                                "course is built round each climber's school and pupils.")
numbered("5.3", "Wall Buddies.", "The headteacher names a Wall Buddy. The Coaching School sends each Wall Buddy the "
                                 "Wall Buddy Sheet (what to do, what not to do, and the three times a year we will "
                                 "ring) and invites them to a 90-minute briefing at the Quay before Session 2; a Wall "
                                 "Buddy who cannot come gets a visit or a phone briefing from a Duty Coach. The Wall "
                                 "Buddy meets the course climber at least once between sessions and signs the "
                                 "Logbook.")

# ------------------------------------------------------------------ NOP 6
title("NOP 6   STAFFING AND RATIOS")
numbered("6.1", "Ratios.", "Every session has a lead Duty Coach and at least one other Duty Coach: never more than "
                           "eight course climbers to a Duty Coach.")
numbered("6.2", "Staff.", "The course is staffed as follows.")
sf = doc.add_table(rows=1, cols=4)
table_borders(sf, "808080")
for c, h in zip(sf.rows[0].cells, ("Name", "On the course", "Qualifications and experience", "Current practice")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "DCE6EE")
repeat_header(sf.rows[0])
for row in (("Rachel Hume", "Head of Coaching; lead Duty Coach",
             "SENCO for nine years at Harbour Lane Primary, Portlow; MEd (Special Educational Needs), University of "
             "Eskmouth (2003); Climbing Wall Award; runs Quay Adapt",
             "Leads one of the SEN Support Service's SENCO network groups; one day a week in schools"),
            ("Owen Castle", "Duty Coach",
             "Former head of learning support at St Petroc's School (11-18); Postgraduate Certificate in Autism "
             "(2006); Climbing Wall Award",
             "Outreach teacher with the Service's autism team two days a week"),
            ("Dr Ama Ofori", "Duty Coach, Sessions 3 and 4",
             "Educational psychologist, Portlow City Council; DAppEdPsy",
             "Casework in 14 schools"),
            ("Helen Treloar", "Duty Coach, Session 6",
             "Senior advisory teacher for hearing impairment, SEN Support Service; Mandatory Qualification (HI)",
             "Sensory support caseload across 30 schools"),
            ("Tom Pryce", "Centre Manager; the Quay's safeguarding officer",
             "Runs the Quay's safeguarding and NOP review", "\u2013")):
    cells = sf.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t, size=9)
col_widths(sf, [Cm(2.8), Cm(3.6), Cm(6.0), Cm(4.2)])
para(doc, "")
numbered("6.3", "Duty Coach briefing.", "Every Duty Coach reads and signs this Part before they work on the course. A "
                                        "new Duty Coach co-leads two sessions with the Head of Coaching before leading "
                                        "one. The Duty Coaches meet for an hour after every session (the Debrief) to "
                                        "go through the session evaluations and the next session's plan, and each "
                                        "Duty Coach has a CPD day a year at the SEN Support Service's conference.")
numbered("6.4", "Specialists and visits.", "Course climbers meet specialists in sessions: an educational "
                                           "psychologist (Sessions 3 and 4), a speech and language therapist from "
                                           "Portlow PCT (Session 4), the SEN Support Service's sensory and autism "
                                           "teams (Session 6) and a parent speaker (Session 8). Every course climber "
                                           "also has two half-day placement visits, arranged by the SEN Support "
                                           "Service: one at Cliffside Special School or the Harbour Pupil Referral "
                                           "Unit, and one with the Service's sensory or autism outreach team in a "
                                           "mainstream school. Each visit has a task sheet tied to lines of the Grid.")

# ------------------------------------------------------------------ NOP 7
title("NOP 7   SESSION PROGRAMME")
numbered("7.1", "", "The course runs from September to July in ten sessions at the Quay, on Thursday afternoons from "
                    "1.30 to 5.00 in the Loft (the first-floor training room), with one start a year, in September.")
pdel = deleted_paragraph(doc, [("7.2  ", {"b": True}),
                               "A second course will start in January for course climbers who cannot start in "
                               "September; the two courses share Sessions 5 to 10."], RH, D2)
pdel.paragraph_format.left_indent = Cm(1.0)
pdel.paragraph_format.first_line_indent = Cm(-1.0)
numbered("7.2", "", "A course climber who misses a session catches up with the Duty Coach's notes and a phone call, "
                    "or by coming to the same session with the next course.")
numbered("7.3", "", "There is no online part of the course. Handouts are given out on paper at each session and posted "
                    "to course climbers who miss one. The Quay's online booking system is used only to book sessions "
                    "and Belay Chats.")
numbered("7.4", "", "The ten sessions:")
ss = doc.add_table(rows=1, cols=4)
table_borders(ss, "808080")
for c, h in zip(ss.rows[0].cells, ("Session", "Thursday", "What is coached", "Logbook task before the next session")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "DCE6EE")
repeat_header(ss.rows[0])
sessions = [
    ("1", "17 Sep 2009", "The SENCO's job and the law: the SEN Code of Practice (2001), the Education Act 1996 and "
                         "the 2008 SENCO regulations; disability equality law, the Disability Discrimination Act and "
                         "the Disability Equality Duty, and what a school must do; Every Child Matters and the "
                         "SENCO's part in the five outcomes.",
     "Read your school's SEN policy against the Code and note the gaps."),
    ("2", "15 Oct 2009", "Knowing the pupils: the main kinds of SEN (BESD, specific learning difficulties including "
                         "dyslexia, speech, language and communication needs, autism, MLD); how children develop, and "
                         "how SEN, disability and the classroom and home around them shape that. Quay Adapt climbers "
                         "talk about being included.",
     "Profile one pupil: strengths, barriers, what helps."),
    ("3", "12 Nov 2009", "Finding and planning: identifying pupils who may have SEN, setting targets, planning "
                         "interventions and reviewing progress; using psychologists' and therapists' assessments "
                         "(Dr Ofori).",
     "Turn one pupil's reports into a classroom plan."),
    ("4", "10 Dec 2009", "Tracking and testing: summative data, P scales, national tests and tracking; access "
                         "arrangements for tests and examinations, planned in good time; assessment for learning and "
                         "how to get colleagues using it (with the PCT's speech and language therapist).",
     "List next summer's access arrangements for your school."),
    ("5", "14 Jan 2010", "Provision mapping and managing provision; approaches, strategies, resources and ICT for "
                         "removing barriers; best practice in meeting SEN. Planning the Route.",
     "Draft the Route plan with your Wall Buddy; take baseline measures."),
    ("6", "11 Feb 2010", "Other services: the SEN Support Service's teams, health and social care, the CAF, voluntary "
                         "organisations; working in partnership. Briefing for the placement visits.",
     "Placement visits and their task sheets."),
    ("7", "11 Mar 2010", "Leading colleagues: gaining the commitment of the head and senior leaders; deploying and "
                         "managing teaching assistants; supporting colleagues' development through observation, "
                         "coaching and training; priorities, time and delegation.",
     "Observe a colleague and give feedback; log it."),
    ("8", "22 Apr 2010", "Pupils and families: consulting pupils and involving them in planning and reviewing their "
                         "provision; relationships with pupils and with parents and carers; a parent speaker on what "
                         "helped and what did not.",
     "Gather two Route pupils' views of the change."),
    ("9", "20 May 2010", "Strategy: working with the head and governors on the inclusive ethos, SEN policy and "
                         "resources; reviewing provision with staff; speaking and writing for different audiences. "
                         "The Belay Check explained.",
     "Take the twelve-week measures; write the Route report (RC2)."),
    ("10", "17 Jun 2010", "Route presentations; anticipating problems and making decisions (case studies); looking "
                          "back on the year.",
     "\u2013"),
]
for s in sessions:
    cells = ss.add_row().cells
    cell_text(cells[0], s[0], bold=True, size=9)
    for c, t in zip(cells[1:], s[1:]):
        cell_text(c, t, size=9)
col_widths(ss, [Cm(1.5), Cm(2.3), Cm(8.4), Cm(4.4)])
para(doc, "")
numbered("7.5", "Working with parents.", "Session 8 brings a parent's view of what helped. Skills in working in "
                                         "partnership with parents and carers are taught by the Portlow Parent "
                                         "Partnership Service on its own course, \u201cWorking Together with "
                                         "Parents\u201d, which course climbers may book separately.")

# ------------------------------------------------------------------ NOP 8
title("NOP 8   THE ROUTE (WORK IN SCHOOL)")
numbered("8.1", "", "The Route is the course climber's project in their own school: a change to SEN provision for a "
                    "named group of up to six pupils, planned with the Wall Buddy and colleagues, carried out over at "
                    "least twelve weeks between Sessions 5 and 9, and reviewed with the staff involved.")
numbered("8.2", "", "Before the change starts, the course climber takes baseline measures for each pupil: of learning "
                    "(a reading or number age, a P scale or National Curriculum level, or the pupil's own target) and "
                    "of well-being (attendance, the school's well-being scale or the pupil's own rating). After twelve "
                    "weeks they take the same measures again. The Route report (RC2) sets out both, with what the "
                    "pupils and colleagues said.")
numbered("8.3", "Pupils' views.", "Each Route includes at least two pupils' own views of the change, gathered in a "
                                  "way that suits them (talking mats, drawing, a short interview), and the pupils help "
                                  "set the Route's targets.")
numbered("8.4", "", "The Coaching School collates the Route measures for the whole course each summer (NOP 12).")

# ------------------------------------------------------------------ NOP 9
title("NOP 9   REGISTRATION CHECKS")
numbered("9.1", "RC1, the Logbook review.", "The Logbook (about 3,000 words of written tasks, with the Induction Card "
                                            "and the Grid) is reviewed after Session 5 against the RC1 lines.")
numbered("9.2", "RC2, the Route report.", "A 5,000-word report on the Route, with its measures and evidence, handed in "
                                          "after Session 9 and marked against the RC2 lines.")
numbered("9.3", "RC3, the Belay Check.", "Between Session 10 and the end of the summer term a Duty Coach watches the "
                                         "course climber lead a meeting in school (a review "
                                         "meeting, a staff training session or a meeting with a colleague they are "
                                         "coaching) and then holds a 40-minute professional discussion with them, "
                                         "with the Wall Buddy present, against the RC3 lines.")
p94 = numbered("9.4", "Marking.", "Each Registration Check is marked by the Duty Coach who holds the climber's Belay "
                                  "Chats, against the marking sheet for that Check. Moderation arrangements with the "
                                  "University are [TBC].")
doc.add_comment(p94.runs[-1], text="University QA office to confirm moderation by January. RH", author=RH,
                initials="RH")
numbered("9.5", "Resubmission.", "A course climber who fails a Check may resubmit it once, within six weeks.")
numbered("9.6", "The Registration Certificate.", "The three Registration Checks between them assess every national "
                                                 "outcome. The Registration Certificate is issued to every course "
                                                 "climber who passes RC1, RC2 and RC3, and the University awards the "
                                                 "30 credits.")
p97 = numbered("9.7", "After the Certificate.", "Further professional targets are for the course climber and their "
                                                "headteacher to agree at performance review. The Coaching School takes "
                                                "no part in this and does not hold a final session on it.")
doc.add_comment(p97.runs[-1], text="Several heads asked for a next-steps session. Could we add one to Session 10? JB",
                author=JB, initials="JB")

# ------------------------------------------------------------------ NOP 10 (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec.page_height, sec.page_width
land.left_margin = land.right_margin = Cm(2.0)
title("NOP 10   COMPETENCE GRID")
para(doc, "The Grid is the course. Every line is something a course climber can do by the end. \u201cCoached in\u201d "
          "gives the session; the \u201cChecked at\u201d values are defined in NOP 3.")
g = doc.add_table(rows=1, cols=4)
table_borders(g, "606060")
for c, h in zip(g.rows[0].cells, ("Line", "The course climber\u2026", "Coached in", "Checked at")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "1F3A4D")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
repeat_header(g.rows[0])
grid = [
    ("ATTRIBUTES", None),
    ("1", "\u2026builds fair, respectful and supportive working relationships with pupils with SEN and disabilities "
          "and with their parents and carers.", "Session 8", "RC3"),
    ("2", "\u2026wins the commitment of colleagues, the head and senior leaders included, to better outcomes for "
          "pupils with SEN.", "Session 7", "Shown only"),
    ("3", "\u2026prioritises, manages their own time, and delegates tasks and makes sure they get done.", "Session 7",
     "RC2"),
    ("4", "\u2026sees problems coming, resolves them, and makes well-founded decisions about provision.", "Session 10",
     "RC3"),
    ("5", "\u2026speaks and writes clearly, and listens to and understands other people's views.", "Session 9", "RC3"),
    ("6", "\u2026uses research and outside advice to improve their own and colleagues' practice.", "Session 5", "RC2"),
    ("7", "\u2026keeps up to date and takes responsibility for their own professional development in SEN and "
          "disability.", "Session 10", "Self-declared"),
    ("KNOWLEDGE", None),
    ("8", "\u2026knows SEN law and guidance, the Code of Practice above all, what it means for the school, the SENCO "
          "and others, and how to put it into practice.", "Session 1", "RC1"),
    ("9", "\u2026knows the principles and outcomes of Every Child Matters and how a SENCO helps children reach them.",
     "Session 1", "RC1"),
    ("10", "\u2026knows disability equality law and what it requires a school to do for disabled pupils.",
     "Session 1", "RC1"),
    ("11", "\u2026knows how children develop and how SEN, disability and the physical and social environment affect "
           "development.", "Session 2", "Shown only"),
    ("12", "\u2026knows the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) and "
           "how they affect learning.", "Session 2", "RC1"),
    ("13", "\u2026understands critically a range of approaches, strategies and resources, ICT among them, for "
           "assessing, planning and teaching, and uses them to remove barriers.", "Session 5", "RC2"),
    ("14", "\u2026completes an honest self-evaluation of their own progress against this Grid at the end of each "
           "term.", "All", "Self-declared"),
    ("15", "\u2026knows best practice and what research has found about meeting SEN.", "Session 5", "RC2"),
    ("16", "\u2026knows what outside agencies do and how to get specialist support and resources for a pupil.",
     "Session 6", "RC2"),
    ("SKILLS", None),
    ("17", "\u2026with senior colleagues and governors, influences the school's inclusive ethos, policies, priorities "
           "and use of resources.", "Session 9", "RC3"),
    ("18", "\u2026identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress.", "Session 3", "RC2"),
    ("19", "\u2026uses assessments by psychologists, therapists and other professionals to shape teaching.",
     "Session 3", "RC2"),
    ("20", "\u2026uses summative results, national tests included, to track progress and change programmes.",
     "Session 4", "RC2"),
    ("21", "\u2026encourages colleagues to use formative assessment with all pupils, thinking especially about pupils "
           "with SEN.", "Session 4", "Shown only"),
    ("22", "\u2026identifies in good time the arrangements pupils need for national tests and examinations, and puts "
           "them in place with colleagues.", "Session 4", "RC1"),
    ("23", "\u2026uses provision mapping to plan and manage provision and to find what is not working or missing.",
     "Session 5", "RC2"),
    ("24", "\u2026deploys and manages teaching assistants and other staff well.", "Session 7", "RC3"),
    ("25", "\u2026supports colleagues' development by observing and giving feedback, modelling, coaching and "
           "mentoring, and training.", "Session 7", None),
    ("26", "\u2026reviews with colleagues how well SEN provision is working, and reports what they find to the head "
           "and governors for the school's planning.", "Session 9", "RC2"),
    ("27", "\u2026makes sure pupils take part in planning, agreeing and reviewing their own provision.", "Session 8",
     "RC2"),
    ("28", "\u2026liaises with parents and carers to support their child's learning and development.", "\u2013",
     "Not on this wall (see 7.5)"),
    ("29", "\u2026works in partnership with other services and agencies, voluntary organisations included.",
     "Session 6", "RC3"),
]
line25 = None
for r in grid:
    cells = g.add_row().cells
    if r[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, r[0], bold=True, size=9)
        shade(m, "DCE6EE")
        continue
    cell_text(cells[0], r[0], bold=True, size=9)
    cell_text(cells[1], r[1], size=9)
    cell_text(cells[2], r[2], size=9)
    if r[3] is not None:
        cell_text(cells[3], r[3], size=9)
    else:
        line25 = cells[3]
col_widths(g, [Cm(1.3), Cm(16.5), Cm(2.6), Cm(4.0)])
p25 = line25.paragraphs[0]
del_run(p25, "RC3", RH, D3, size=9)
ins_run(p25, "Self-declared", RH, D3, size=9)

back = doc.add_section(WD_SECTION.NEW_PAGE)
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = sec.page_width, sec.page_height
back.left_margin = back.right_margin = Cm(2.2)

# ------------------------------------------------------------------ NOP 11
title("NOP 11   ACCESS AND REASONABLE ADJUSTMENTS")
numbered("11.1", "", "The Quay has a duty under the Disability Discrimination Act not to treat a disabled course "
                     "climber less favourably and to make reasonable adjustments, and we plan for disabled course "
                     "climbers before they arrive rather than waiting to be asked.")
numbered("11.2", "", "The Registration Form asks, in plain words, whether the applicant has a disability, a health "
                     "condition or a specific learning difficulty that we should know about, and says why we ask and "
                     "who will see the answer: the Course Administrator keeps that page apart from the rest of the "
                     "form and passes it to the Head of Coaching only once a place has been offered. Nobody deciding "
                     "on a place sees that page.")
numbered("11.3", "", "A course climber who tells us agrees an Access Plan with the Head of Coaching before Session 1: "
                     "for example, handouts in large print or electronically in advance, a note-taker, rest breaks, or "
                     "extra time, a different format or a scribe for a Registration Check. The University's disability "
                     "service advises on Checks. Placement visits are checked for access before a disabled course "
                     "climber goes.")
numbered("11.4", "", "The Loft has a lift, an accessible toilet and a hearing loop. Our course leaflet shows disabled "
                     "teachers and pupils, and Quay Adapt's climbers speak at Session 2 about what being included has "
                     "meant to them.")

# ------------------------------------------------------------------ NOP 12
title("NOP 12   MONITORING, CHECKS AND RECORDS")
numbered("12.1", "", "Like the walls, the course has its regular checks.")
mc = doc.add_table(rows=1, cols=4)
table_borders(mc, "808080")
for c, h in zip(mc.rows[0].cells, ("Check", "When", "By", "What happens to it")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "DCE6EE")
repeat_header(mc.rows[0])
for row in (("Session evaluation sheet", "Every session", "Course climbers",
             "Read at the Debrief; the next session is changed where it can be"),
            ("Debrief", "After every session", "Duty Coaches", "Notes kept; actions carried to the next session"),
            ("Wall Buddy calls", "Three times a year", "Head of Coaching", "Problems followed up with the school"),
            ("Induction Card re-rating", "End of course", "Course climbers",
             "Compared with the start, for each climber and the whole course: how far competence and confidence "
             "have moved"),
            ("Route measures", "Each summer", "Head of Coaching",
             "Route pupils' baseline and twelve-week measures of learning and well-being collated across the course "
             "(NOP 8)"),
            ("Heads' and Wall Buddies' questionnaire", "Each summer", "Course Administrator",
             "Summarised for the Annual Review and the Wall User Group"),
            ("University annual monitoring", "Each October", "University of Eskmouth, with a reviewer from outside "
                                                             "the course team",
             "Report and actions; changes to the module go through the University's modification process"),
            ("SEN Support Service review", "Each July", "The Service's principal officer",
             "Review of the places the Service funds, fed into the Annual Review")):
    cells = mc.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t, size=9)
col_widths(mc, [Cm(4.0), Cm(2.6), Cm(3.6), Cm(6.4)])
para(doc, "")
numbered("12.2", "Annual Review.", "Each July the Head of Coaching writes the Annual Review from all of these checks: "
                                   "what the evidence says and an action plan for the next course. The action plan "
                                   "goes to the Centre Manager, the University and the Wall User Group, and Part C is "
                                   "reissued with the changes.")
numbered("12.3", "Impact.", "The Annual Review reports two kinds of impact: how far each course climber's competence "
                            "and confidence have moved (the Induction Card re-rating and the Registration Check "
                            "results), and how the Route pupils' learning and well-being measures have moved between "
                            "the baseline and twelve weeks.")
numbered("12.4", "Wall User Group.", "The Wall User Group advises on the course and looks at how it is going. Its "
                                     "members are two Portlow headteachers (one primary, one secondary), the SENCO of "
                                     "Cliffside Special School, a parent of a Quay Adapt climber, the SEN Support "
                                     "Service's principal officer and, from 2010, a former course climber. It meets "
                                     "each term, reads the session evaluations and the Annual Review, and agrees the "
                                     "action plan with the Head of Coaching.")
numbered("12.5", "Stakeholders.", "The course reflects what schools tell us they need. The SEN Support Service's "
                                  "principal officer read Issue 1 and sent comments, which we took into account in "
                                  "Issue 2.")
p126 = numbered("12.6", "Resources.", "Course climbers have the Loft (24 places, projector and screen) and a paper "
                                      "handout pack for each session. There is no specialist technology at the Quay; "
                                      "course climbers use what their own school has. Course climbers registered with "
                                      "the University can use its library.")
doc.add_comment(p126.runs[-1], text="We do have the six laptops from the Adapt grant, with Clicker. Could list them? TP",
                author=TP, initials="TP")

# ------------------------------------------------------------------ EAP
title("EMERGENCY ACTION PLAN (EAP)")
para(doc, [("Use the EAP when something goes wrong. Each entry says what starts it, what the Duty Coach does and where "
            "it is recorded.", {"i": True})])
eap = doc.add_table(rows=1, cols=3)
table_borders(eap, "C00000")
for c, h in zip(eap.rows[0].cells, ("EAP", "Trigger", "Action and record")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "F4CCCC")
for row in (("EAP 1  Falling behind", "Two missed sessions, or a Logbook task more than three weeks late",
             "The Duty Coach phones the course climber within a week and offers a catch-up Belay Chat; if the school "
             "is the cause (cover, a crisis), the Head of Coaching writes to the head. Recorded on the Registration "
             "List."),
            ("EAP 2  A failed Check", "A Registration Check not passed",
             "Written feedback within three weeks; one resubmission within six weeks (9.5). After a second fail the "
             "course climber leaves the course and may rejoin the next one. Recorded on the Registration List and "
             "reported to the University."),
            ("EAP 3  A concern about a child", "Anything said in a session or written in a Route report that suggests "
                                               "a child may be at risk",
             "The Duty Coach tells the Quay's safeguarding officer (Tom Pryce) the same day; he makes sure the "
             "designated person at the course climber's school knows, and follows Part B's safeguarding procedure. "
             "Recorded in the safeguarding log, not the course file."),
            ("EAP 4  Complaints and appeals", "A complaint about the course, or an appeal against a result",
             "Complaints go to the Head of Coaching, then the Centre Manager. Appeals against a Registration Check "
             "result go to the University under its academic appeals procedure."),
            ("EAP 5  A session that cannot run", "Snow, illness, the building closed",
             "The Course Administrator texts every course climber by 10.00; the session is rerun within three weeks "
             "and the handouts are posted.")):
    cells = eap.add_row().cells
    cell_text(cells[0], row[0], bold=True, size=9)
    cell_text(cells[1], row[1], size=9)
    cell_text(cells[2], row[2], size=9)
col_widths(eap, [Cm(3.6), Cm(4.6), Cm(8.4)])
para(doc, "")

# ------------------------------------------------------------------ signature sheet
title("SIGNATURE SHEET")
para(doc, "I have read NOP/EAP Part C (Issue 2) and will work to it.")
sg = doc.add_table(rows=1, cols=4)
table_borders(sg, "808080")
for c, h in zip(sg.rows[0].cells, ("Name", "Role", "Signed", "Date")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "EFEFEF")
for i in range(5):
    cells = sg.add_row().cells
    if i == 0:
        cell_text(cells[0], "[Duty Coach name]", size=9)
        cell_text(cells[1], "[Role]", size=9)
col_widths(sg, [Cm(5.0), Cm(4.6), Cm(4.4), Cm(2.6)])

doc.save(str(OUT))
print("wrote", OUT.name)
