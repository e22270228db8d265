"""pj-02-harlecombe-scrutineers-report: a ballroom dancing association's SENCO course written as a
SCRUTINEER'S REPORT on a championship, on the association's own report form (Form SR/3), which its
Council resolved to send to the TDA as the application.

Provider (invented): Harlecombe and District Ballroom Dancing Association (its Schools and Community
Committee), with Harlecombe County Council's Learning Support Service; validation by the University
of Ebbmouth, School of Education. The course: "The Harlecombe Award Championship". The pilot was the
"Invitation Championship 2008" (past); the course to be approved is the "Open Championship 2009-10".

Layout: no heading styles. The form's Parts 1-10 as bold capitals on shaded paragraphs, the form's
grey italic "[Scrutineer: ...]" prompts left in (never evidence), paragraphs hand-numbered inside each
Part (4.1-4.7, 5.1-5.4, 9.1-9.12) so that the numbers collide with requirement ids ("4.1 Who may
enter", "4.2 Checks on entrants", "4.3 Disability and adjustments", "5.1 Heats", "5.3 Placement
days"...). Part 1 is a field table with merged cells. Part 2 defines the house words in a table: the
people are Entrants; the national outcomes are Events 1-29; Heats are taught days; Adjudicators A-D
are the four marked pieces (counted); Adjudicator E is the Floor Steward's (mentor's) notes, "noted for
feedback and not counted"; a Recall (X) means a piece shows the Event; "Withdrawn" means not in the
Championship. These keys are used six Parts later by the Recall Sheet (Part 8, a landscape table
with a merged "Adjudicators (counted)" header, shaded group rows and a Scrutineer's note column).
Part 3 reports the 2008 pilot (past arrangements). Part 5 is a running-order table of ten Heats with
a merged "Home Floor" row. Part 6 a table of adjudicators and officials. Part 7 the rules applied
(Rules 1-11, the association's version of the Skating System). Part 9 the Scrutineer's remarks.
Part 10 a declaration with placeholders. Header and footer with a PAGE field. One tracked deletion
(4.2), one tracked insertion (Rule 7), two Word comments.

Traps (requirement ids):
- E.2: 60 credits, but the pilot was at Level 6 and Master's level is only to be "considered" by the
  Faculty Board in March 2009. partially_met.
- 1.1: the aim is "higher attainment in reading, writing and mathematics" only; no well-being / ECM
  focus in aims or assessment (ECM is only Event 9's content). partially_met.
- 1.5 and 6.S7: pupil consultation only wished for ("We would like to add an evening on consulting
  pupils"); Event 27 "Withdrawn". not_met.
- 2.3: the pilot admitted experienced entrants "straight to the Final" (past); "there is no entry
  straight to the Final" for 2009-10 (negation). not_met.
- 2.5: "is not part of the Championship" (negation). not_met.
- 3.2: joining at Heat 5 was a pilot arrangement now withdrawn; what remains is one September intake,
  a fixed order, and each Heat repeated on two twilights. partially_met.
- 3.3: "There is no online element"; the University's VLE "is not used". not_applicable.
- 2.1: prior study "may" be taken into account by the University, case by case; no arrangement, no
  experience route. partially_met.
- 4.1, 4.2, 4.3 are met, though 9.4 itself is general ("taken into account") and future ("will be
  considered"): the 2007 survey's findings built into Heats 1, 7, 8, 9 (9.3) and the pilot entrants'
  comments closing the gap between Heats 8 and 9 (Part 3, 9.6) are the details of influence; the
  Panel of Stewards, heads as Floor Stewards, Council officers as second adjudicators and the Parent
  Partnership co-leading Heat 6 (9.5) are the involvement.
- 5.3: entrants only "sign the declaration" that they hold a disclosure; the sentence in which the
  Scrutineer checks certificates is a tracked DELETION (with a comment explaining why). partially_met.
- 5.6: only the Association's own library and the University's "by arrangement": no specialist
  resources or ICT. partially_met.
- Numbering collision: "4.3 Disability and adjustments" is 3.1's evidence, not 4.3's; "5.3 Placement
  days" is 5.5's evidence; "5.1 Heats" is not 5.1's evidence.
- 1.9 / 6.0: the Scrutineer's closing claim that "every Event is adjudicated"; Rule 9 requires a
  counted recall only on Events "open for adjudication", and the sheet shows E-only and Withdrawn
  Events. Both partially_met. The word "Adjudicator" for a marked piece is the house style.
- Criterion 6: recalled only by E (taught, formative only): 6.A2, 6.S2c, 6.S4. Recalled by a counted
  adjudicator but "Not danced in a Heat" (assessed, not taught): 6.A5, 6.K7, 6.S2d. Withdrawn: 6.S7.
  All the others are danced in a Heat and recalled by a counted adjudicator (met).
- Form prompts ("[Scrutineer: ...]") and the blank declaration are never evidence.
"""
from pathlib import Path
from docx.shared import Pt, Cm
from _pj_helpers import (new_document, para, runs, cell_text, shade, shade_paragraph, table, fill_row,
                         tracked_insert, tracked_delete, header_footer, comment, finish,
                         landscape_section, portrait_section)

HERE = Path(__file__).parent
OUT = HERE / "pj-02-harlecombe-scrutineers-report.docx"
DO, CA = "Dennis Ockenden", "Chairman of Adjudicators"
DATE = "2008-12-03T16:40:00Z"

doc = new_document("Arial", 9.5)
header_footer(doc.sections[0], "HDBDA Form SR/3 (rev. 2006)   Scrutineer's Report",
              "Scrutineers' reports are confidential to the Council until published in the Bulletin.")

GREY = "808080"


def part(text):
    p = para(doc, text, bold=True, size=10.5, space_after=4)
    p.paragraph_format.space_before = Pt(12)
    shade_paragraph(p, "D9D9D9")
    return p


def prompt(text):
    return para(doc, text, italic=True, size=8.5, color=GREY, space_after=3)


def numbered(num, lead, body):
    p = doc.add_paragraph()
    runs(p, (f"{num} ", "b"), (lead + " ", "b"), body)
    return p


para(doc, "HARLECOMBE AND DISTRICT BALLROOM DANCING ASSOCIATION", bold=True, size=12, align="center", space_after=0)
para(doc, "Affiliated to the national governing body for dancesport", size=8, align="center", space_after=2)
para(doc, "SCRUTINEER'S REPORT", bold=True, size=16, align="center", space_after=2)
prompt("[Scrutineer: complete Parts 1 to 10 within fourteen days of the event. Attach the marks sheets. "
       "Reports go to the Council and are published in the Bulletin.]")

para(doc, "To the Council of the Association. At its meeting of 2 December 2008 the Council resolved that "
          "this report, on the Invitation Championship 2008 and the arrangements for the Open Championship "
          "2009-10, should be sent to the Training and Development Agency for Schools as the Association's "
          "application, with the University of Ebbmouth and Harlecombe County Council, for approval to run "
          "the National Award for SEN Coordination. The report is in the usual form. Where the form asks "
          "about couples and dances, the Scrutineer has answered for entrants and Events, as Part 2 "
          "explains.", italic=True)

# ---------------------------------------------------------------- Part 1
part("PART 1. EVENT DETAILS")
prompt("[Scrutineer: give the event title as printed in the programme, the organisers, the venue and the "
       "officials.]")
t = table(doc, 8, 4, widths=[3.4, 5.4, 3.2, 4.6])
fill_row(t.rows[0], ["Event", "The Harlecombe Award Championship (the National Award for SEN Coordination)",
                     "Event code", "HAC/09"], size=8.5)
cell_text(t.cell(1, 0), "Organised by", size=8.5)
m = t.cell(1, 1).merge(t.cell(1, 3))
cell_text(m, "The Association's Schools and Community Committee with Harlecombe County Council Learning "
             "Support Service", size=8.5)
cell_text(t.cell(2, 0), "Validated by", size=8.5)
m = t.cell(2, 1).merge(t.cell(2, 3))
cell_text(m, "The University of Ebbmouth, School of Education, as its Postgraduate Certificate in SEN "
             "Coordination. Credits: 60. Level: see 9.9.", size=8.5)
fill_row(t.rows[3], ["Championships reported", "Invitation Championship 2008 (January to July 2008)",
                     "Championship proposed", "Open Championship 2009-10 (September 2009 to July 2010)"], size=8.5)
fill_row(t.rows[4], ["Venue", "The Winter Gardens Ballroom, Harlecombe", "Twilight venue",
                     "The Association's Studio, Priory Road, Harlecombe"], size=8.5)
fill_row(t.rows[5], ["Scrutineer", "Mr Dennis Ockenden", "Chairman of Adjudicators",
                     "Dr Philippa Strand (external examiner)"], size=8.5)
fill_row(t.rows[6], ["Master of Ceremonies", "Mrs Ruth Ashdown (programme leader)", "Invigilator",
                     "[Scrutineer: name]"], size=8.5)
cell_text(t.cell(7, 0), "Couples withdrawn", size=8.5)
m = t.cell(7, 1).merge(t.cell(7, 3))
cell_text(m, "[Scrutineer: list any couples withdrawn and the reasons.] Event 27: see the Recall Sheet and 9.10.",
          size=8.5)
for r in range(8):
    t.cell(r, 0).paragraphs[0].runs[0].bold = True
for r in (0, 3, 4, 5, 6):
    t.cell(r, 2).paragraphs[0].runs[0].bold = True

# ---------------------------------------------------------------- Part 2
part("PART 2. TERMS USED IN THIS REPORT")
prompt("[Scrutineer: explain any terms used in this report that are not in the Association's Rule Book.]")
TERMS = [
    ("Entrant", "A teacher taking the Award. Every entrant coordinates, or is about to coordinate, provision "
                "for pupils with special educational needs in a school."),
    ("Event", "One of the national minimum outcomes for the Award. There are 29 Events, numbered 1 to 29 in "
              "the national order on the Recall Sheet (Part 8)."),
    ("Heat", "A taught day. There are ten Heats. Each is danced on a Saturday at the Winter Gardens and "
             "repeated, for entrants who cannot come on Saturdays, over two twilight evenings at the Studio."),
    ("Home Floor task", "The task an entrant carries out in their own school between Heats."),
    ("Adjudicators A to D", "The four marked pieces of work (Part 7). Each piece is an adjudicator: its mark "
                            "counts towards the Award. On the Recall Sheet a column A to D shows which "
                            "Events that piece adjudicates."),
    ("Adjudicator E", "The Floor Steward's notes. The Floor Steward is a senior colleague in the entrant's "
                      "school who observes the entrant twice and writes notes. Recalls by E are noted for "
                      "feedback and are not counted."),
    ("Recall (X)", "An X in an adjudicator's column means that the piece shows that Event at the standard "
                   "required, and is marked for it."),
    ("Not danced in a Heat", "Written in the Heat column when no Heat teaches the Event."),
    ("Withdrawn", "An Event that is not in the Championship."),
    ("Placed", "Given the Award."),
]
tt = table(doc, 1 + len(TERMS), 2, widths=[4.0, 12.6])
fill_row(tt.rows[0], ["Term", "Meaning in this report"], bold=True, size=8.5, fill="EDEDED")
for i, (a, b) in enumerate(TERMS, start=1):
    fill_row(tt.rows[i], [a, b], size=8.5)
    tt.rows[i].cells[0].paragraphs[0].runs[0].bold = True

# ---------------------------------------------------------------- Part 3
part("PART 3. THE INVITATION CHAMPIONSHIP 2008")
prompt("[Scrutineer: report on the running of the event, entries, withdrawals and any incidents.]")
para(doc, "Fourteen entrants from Harlecombe schools danced in the Invitation Championship between January and "
          "July 2008, and twelve were placed. Two withdrew for family reasons and have been offered places in "
          "2009-10.")
para(doc, "In 2008 entrants could join at Heat 1 or at Heat 5, and three very experienced entrants (two from the "
          "Council's Learning Support Service and one deputy head of a special school) were admitted straight "
          "to the Final and assessed on a portfolio alone. The University has not approved either arrangement "
          "for 2009-10: there is one intake each September, and there is no entry straight to the Final.")
para(doc, "Entrants' comments on the Invitation Championship were collected on feedback slips after every Heat "
          "and by a questionnaire at the end. They were positive about the Heats on the law and on common types "
          "of need, and less so about the long gap between Heats 8 and 9, which has been closed for 2009-10.")

# ---------------------------------------------------------------- Part 4
part("PART 4. ENTRIES")
prompt("[Scrutineer: state the entry conditions, the checks made on entrants and the fees.]")
numbered("4.1", "Who may enter.",
         "An entrant must hold Qualified Teacher Status and be in a post in which they coordinate provision for "
         "pupils with SEN, or have been nominated for such a post by their head. The head nominates the entrant on "
         "the Entry Form and names the Floor Steward. The Scrutineer checks every Entry Form against these "
         "conditions, and Mrs Ashdown interviews each entrant by telephone to check that they have taught pupils "
         "with SEN for at least two years and know enough of SEN practice to reach the Events by the Final.")
p = numbered("4.2", "Checks on entrants.",
             "Entrants sign the declaration on the Entry Form that they hold a current enhanced CRB disclosure "
             "obtained through their employer. ")
rs = tracked_delete(p, "The Scrutineer checks each entrant's disclosure certificate at registration and records "
                       "its number and date.", DO, DATE)
comment(doc, p.runs[2], "Removed on the Council's advice: we may not keep certificate numbers. The declaration "
        "stands.", DO, "DO")
numbered("4.3", "Disability and adjustments.",
         "The Entry Form asks every entrant to tell us about any disability or other need, and says why we ask. "
         "The Scrutineer agrees reasonable adjustments with the entrant and with the University's Disability "
         "Service before Heat 1: papers in large print or electronic form, extra time for pieces, a reader or "
         "scribe at the Final, rest breaks, and seating and hearing arrangements at the Heats. The Winter "
         "Gardens has a lift to the ballroom floor and an induction loop, and the Studio is on the ground floor. "
         "Adjustments apply to Home Floor tasks and placement days as well as to the Heats. The Association's "
         "Equality Statement, revised in 2008 to meet the Disability Equality Duty, applies to the Championship "
         "as to every other event.")
numbered("4.4", "Prior study.",
         "Entrants who have already studied SEN at Master's level should tell us on the Entry Form. The "
         "University may take this into account, case by case.")
numbered("4.5", "Entry Profile and Programme Card.",
         "Before Heat 1 every entrant completes the Entry Profile, rating themselves on each of the 29 Events "
         "with a note of their evidence. At a Pre-Championship Tutorial in July, the entrant and their tutor go "
         "through the Profile with the entrant's Floor Steward and agree the entrant's Programme Card: the Events "
         "the entrant most needs to work on, which optional afternoon workshops they will attend, the focus of "
         "Pieces B and C, and a set of personal targets against the Events. The Programme Card is reviewed at "
         "Heat 5.")
numbered("4.6", "Fees and funding.",
         "The entry fee is £980 for the whole Championship, including University registration and all "
         "materials. The Council funds twenty places a year for its own schools, and the Association provides "
         "the Winter Gardens and the Studio at cost. Because the Programme Card shows what each entrant needs "
         "most, entrants spend their optional workshops where they will gain most, and the pieces are set on "
         "the entrant's own school's priorities, so that the work done for the Award is work the school needed "
         "doing. Every piece counts towards the University's MA in Special Education.")
numbered("4.7", "Entrants who are not ready.",
         "Where an entrant does not meet the conditions in 4.1, the Scrutineer writes to the entrant and to their "
         "head explaining what is needed, usually a year as a designated SENCO or the Council's SEN Foundation "
         "course, and offers a place in the following year.")

# ---------------------------------------------------------------- Part 5
part("PART 5. RUNNING ORDER")
prompt("[Scrutineer: give the running order of heats and rounds, with dates.]")
numbered("5.1", "Heats.",
         "The ten Heats of the Open Championship 2009-10 are set out below. Each Heat is followed by a Home "
         "Floor task in the entrant's own school, linked to the Events danced in that Heat, which the entrant "
         "writes up for the next Heat.")
HEATS = [
    ("1", "26 Sep 2009", "The law and the SENCO: the SEN Code of Practice (2001), the Education Act 1996, the SEN and "
     "Disability Act 2001 and the 2008 regulations on the SENCO; Every Child Matters and the Children Act 2004.", "8, 9"),
    ("2", "17 Oct 2009", "Disability equality: the Disability Discrimination Act 1995 and 2005, the Disability Equality "
     "Duty, accessibility planning and the actions the law requires of schools.", "10"),
    ("3", "14 Nov 2009", "How children develop and what affects development; the common types of SEN (BESD, specific "
     "learning difficulties including dyslexia, SLCN, autism and MLD) and their effect on learning; research "
     "and best practice, and drawing on research evidence.", "6, 11, 12, 15"),
    ("4", "5 Dec 2009", "Identifying pupils who may have SEN; observation and data; setting targets; planning and "
     "reviewing interventions; using the assessments of other professionals; judgement on provision.", "4, 18, 19"),
    ("5", "16 Jan 2010", "Teaching approaches, strategies and resources including ICT; using summative assessments and "
     "national tests to track progress and adjust programmes.", "13, 20"),
    ("6", "6 Feb 2010", "Parents and carers, co-led by the Parent Partnership Service: relationships with pupils and "
     "families, and liaising with parents to promote pupils' learning.", "1, 28"),
    ("H", "Feb-Mar 2010", "Home Floor: the two placement days (see 5.3).", ""),
    ("7", "13 Mar 2010", "Leading colleagues: gaining the commitment of colleagues and senior leaders; helping "
     "colleagues develop formative assessment; deploying and managing teaching assistants; coaching, "
     "mentoring and training colleagues; working with colleagues in other schools.", "2, 21, 24, 25"),
    ("8", "24 Apr 2010", "Strategy and provision: working with governors and senior leaders on inclusion and "
     "resources; provision mapping; reviewing with colleagues how well provision works; priorities, time and "
     "delegation.", "3, 17, 23, 26"),
    ("9", "15 May 2010", "Other services: the scope and role of external agencies and voluntary organisations, the "
     "Common Assessment Framework, and getting specialist support.", "16, 29"),
    ("10", "12 Jun 2010", "Keeping up to date on SEN and disability: journals, networks and the Council's SENCO forum; taking "
     "responsibility for one's own learning; preparing for the Final.", "7"),
]
ht = table(doc, 1 + len(HEATS), 4, widths=[1.3, 2.4, 10.4, 2.5])
fill_row(ht.rows[0], ["Heat", "Saturday", "What is danced", "Events"], bold=True, size=8.5, fill="EDEDED")
for i, h in enumerate(HEATS, start=1):
    row = ht.rows[i]
    if h[0] == "H":
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, h[1] + ". " + h[2], italic=True, size=8.5, fill="F5F5F5")
    else:
        fill_row(row, list(h), size=8.5)
numbered("5.2", "Twilights.",
         "Each Heat is repeated over two twilight evenings (Tuesday and Thursday, 4.30 to 7.30) at the Studio in "
         "the fortnight after the Saturday. An entrant may dance any Heat on the Saturday or on the twilights.")
numbered("5.3", "Placement days.",
         "Between Heats 6 and 7 every entrant spends one day at Brookfield Special School and one day at the "
         "County's Language Resource Base at Marlow Street Primary School, with a programme agreed by the two "
         "schools: observing teaching, shadowing the SENCO or teacher in charge, and joining a review meeting. "
         "The Heats also bring in specialists: an educational psychologist and an advisory teacher for autism at "
         "Heat 3, the Parent Partnership Service at Heat 6, and a panel from health, social care and the "
         "voluntary sector at Heat 9.")
numbered("5.4", "Order.",
         "The Heats are danced in the order shown; the pieces follow the Heats that prepare for them.")
numbered("5.5", "Papers.",
         "There is no online element. The University's virtual learning environment is not used for the "
         "Championship; readings and papers are posted to entrants a week before each Heat, and entrants "
         "telephone or write to their tutor with questions.")

# ---------------------------------------------------------------- Part 6
part("PART 6. ADJUDICATORS AND OFFICIALS")
prompt("[Scrutineer: list the adjudicators and officials and confirm that each was briefed.]")
STAFF = [
    ("Mrs Ruth Ashdown", "Programme leader; first adjudicator for Pieces A and C",
     "Senior Lecturer in Special Education, University of Ebbmouth; MA (SEN); SENCO in two secondary schools "
     "for nine years"),
    ("Mr Colin Pryor", "Heat tutor; second adjudicator", "Head of the Council's Learning Support Service; NPQH; "
     "formerly head of Brookfield Special School"),
    ("Dr Sunita Kaur", "Heat tutor (Heats 3 and 4); first adjudicator for Piece B",
     "Principal Educational Psychologist, Harlecombe; chartered psychologist"),
    ("Mrs Jean Halliwell", "Heat tutor (Heat 3); second adjudicator", "Specialist teacher for specific "
     "learning difficulties; AMBDA; leads the Council's dyslexia outreach"),
    ("Mr Gareth Rhys", "Heat tutor (Heats 3 and 7); panel for the Final", "Advisory teacher for autism; "
     "Postgraduate Diploma in Autism"),
    ("Dr Philippa Strand", "Chairman of Adjudicators (external examiner)", "Reader in Special and Inclusive "
     "Education, University of Carrowby; appointed by the University of Ebbmouth"),
    ("Mr Dennis Ockenden", "Scrutineer", "The Association's Competitions Secretary; keeps the marks sheets, "
     "the Recall Sheet and the records of entries and adjustments"),
]
st = table(doc, 1 + len(STAFF), 3, widths=[3.6, 5.0, 8.0])
fill_row(st.rows[0], ["Name", "Role in the Championship", "Qualifications and present post"], bold=True, size=8.5,
         fill="EDEDED")
for i, s in enumerate(STAFF, start=1):
    fill_row(st.rows[i], list(s), size=8.5)
numbered("6.1", "Briefing.",
         "Every adjudicator attends the Adjudicators' Day in late August, which goes through the Heats, the "
         "pieces and their criteria, the Recall Sheet and the rules in Part 7, and includes a standardising "
         "exercise on pilot pieces. Floor Stewards attend a two-hour briefing evening in September and receive "
         "the Floor Steward's Handbook, which says what they do at each stage, how to observe and how to write "
         "their notes; the Scrutineer telephones any Floor Steward who misses the evening and sends the "
         "Handbook. The roles of the Scrutineer, the Master of Ceremonies and the Chairman of Adjudicators are "
         "set out in the Association's Officials' Code and in the University's regulations for external "
         "examiners.")

# ---------------------------------------------------------------- Part 7
part("PART 7. RULES APPLIED")
prompt("[Scrutineer: state the rules applied to this event and any departures from the Rule Book.]")
para(doc, "The four pieces are: Piece A, the Policy Paper (4,000 words on the law and guidance on SEN and "
          "disability and on the entrant's school's policy, drawing on research); Piece B, the Case Study (one "
          "pupil over a term, from identification and other professionals' assessments to an intervention, "
          "with baseline and follow-up measures and the pupil's national test results, and work with the "
          "pupil's parents); Piece C, the School Development Project (a provision map, a review of provision "
          "with colleagues, a programme of support for colleagues' development, a proposal to the governors, a plan for managing the entrant's own time and delegating tasks, the "
          "access arrangements for pupils' national tests, and a commentary on the principles of school "
          "self-evaluation, with the head's statement of impact on practice); and Piece D, the Final (a "
          "presentation and professional discussion on the entrant's work with other services and their own "
          "professional development). Pieces A and D are also marked for clear writing and speaking.")
RULES = [
    ("Rule 1.", "Each piece is marked by its first adjudicator against the University's published criteria for "
                "the piece. Marks are percentages and 50 is a pass."),
    ("Rule 2.", "Adjudicators mark independently and do not confer before both marks are recorded."),
    ("Rule 3.", "Every piece is second-marked, blind, by an adjudicator from a different organisation (the "
                "University, the Council or the Association)."),
    ("Rule 4.", "Where the first and second marks differ by more than ten, a third adjudicator marks the piece."),
    ("Rule 5.", "Before marking each piece, the adjudicators mark two specimen pieces together and agree the "
                "standard."),
    ("Rule 6.", "The University's moderator sees a third of each piece and every fail. The Chairman of "
                "Adjudicators sees a sample of every piece, attends the Final and reports to the Final Board."),
]
for lead, body in RULES:
    p = doc.add_paragraph()
    runs(p, (lead + " ", "b"), body)
p = doc.add_paragraph()
runs(p, ("Rule 7. ", "b"), "An adjudicator recalls an Event by marking X against it on the entrant's Recall Sheet "
                            "when the piece shows that Event at the standard required. ")
tracked_insert(p, "Recalls by E are noted for feedback and are not counted.", CA, "2008-12-01T09:05:00Z")
RULES2 = [
    ("Rule 8.", "A piece that does not pass may be danced again (resubmitted) once, within eight weeks."),
    ("Rule 9.", "An entrant is placed when every piece has passed and every Event open for adjudication has been "
                "recalled for them by at least one counted adjudicator (A to D)."),
    ("Rule 10.", "Placings are confirmed by the Final Board, which is the University's examination board with "
                 "the Chairman of Adjudicators present."),
    ("Rule 11.", "Protests about marks go through the University's academic appeals procedure; protests about "
                 "the conduct of the Championship go to the Association's Secretary."),
]
for lead, body in RULES2:
    p = doc.add_paragraph()
    runs(p, (lead + " ", "b"), body)

# ---------------------------------------------------------------- Part 8 (landscape)
sec = landscape_section(doc)
part("PART 8. RECALL SHEET")
prompt("[Scrutineer: attach the recall sheet for each round, showing every adjudicator's marks.]")
para(doc, "The Recall Sheet for the Open Championship 2009-10. Read it with the terms in Part 2.", italic=True,
     size=8.5)
EV = [
    ("G", "ATTRIBUTES"),
    ("1", "Fair, respectful and constructive relationships with pupils with SEN and their parents", "6", "", "X", "", "", "X", ""),
    ("2", "Gaining the commitment of colleagues and senior leaders", "7", "", "", "", "", "X", "E only: feedback"),
    ("3", "Priorities, time and delegation", "8", "", "", "X", "", "", ""),
    ("4", "Anticipating problems and sound judgement on provision", "4", "", "X", "X", "", "", ""),
    ("5", "Clear speech and writing; listening to others", "Not danced in a Heat", "X", "", "", "X", "", ""),
    ("6", "Drawing on research and external advice", "3", "X", "", "", "", "", ""),
    ("7", "Keeping up to date and owning one's CPD", "10", "", "", "", "X", "", ""),
    ("G", "KNOWLEDGE AND UNDERSTANDING"),
    ("8", "SEN law, guidance and the Code of Practice in practice", "1", "X", "", "", "", "", ""),
    ("9", "Every Child Matters and the SENCO's part", "1", "X", "", "", "", "", ""),
    ("10", "Disability equality law and the actions it requires", "2", "X", "", "", "", "", ""),
    ("11", "How children develop and what affects development", "3", "", "X", "", "", "", ""),
    ("12", "The most common types of SEN and their effect on learning", "3", "", "X", "", "", "", ""),
    ("13", "Approaches, strategies and resources including ICT", "5", "", "X", "", "", "", ""),
    ("14", "Principles of school self-evaluation and improvement", "Not danced in a Heat", "", "", "X", "", "", ""),
    ("15", "Best practice and research in meeting SEN", "3", "X", "", "", "", "", ""),
    ("16", "External agencies and getting specialist support", "9", "", "", "", "X", "", ""),
    ("G", "SKILLS"),
    ("17", "Strategic development of an inclusive ethos with senior colleagues and governors", "8", "", "", "X", "", "", ""),
    ("18", "Identifying pupils, setting targets, planning and reviewing", "4", "", "X", "", "", "X", ""),
    ("19", "Using other professionals' assessments", "4", "", "X", "", "", "", ""),
    ("20", "Summative assessment and national tests to track progress", "5", "", "X", "", "", "", ""),
    ("21", "Encouraging colleagues' formative assessment", "7", "", "", "", "", "X", "E only: feedback"),
    ("22", "Access arrangements for national tests and examinations", "Not danced in a Heat", "", "", "X", "", "", ""),
    ("23", "Provision mapping; finding ineffective or missing provision", "8", "", "", "X", "", "", ""),
    ("24", "Deploying and managing staff", "7", "", "", "", "", "X", "E only: feedback"),
    ("25", "Supporting colleagues' professional development", "7", "", "", "X", "", "X", ""),
    ("26", "Reviewing provision with colleagues", "8", "", "", "X", "", "", ""),
    ("27", "Pupils involved in planning and reviewing their provision", "-", "-", "-", "-", "-", "-", "Withdrawn"),
    ("28", "Liaising with parents and carers", "6", "", "X", "", "", "", ""),
    ("29", "Partnership with other services and voluntary organisations", "9", "", "", "", "X", "", ""),
]
rt = table(doc, 2 + len(EV), 9, widths=[1.2, 9.0, 3.0, 1.2, 1.2, 1.2, 1.2, 1.6, 5.0])
h0, h1 = rt.rows[0], rt.rows[1]
for c, v in zip((0, 1, 2), ("No.", "Event", "Heat")):
    m = h0.cells[c].merge(h1.cells[c])
    cell_text(m, v, bold=True, size=8.5, fill="D9D9D9")
m = h0.cells[3].merge(h0.cells[6])
cell_text(m, "Adjudicators (counted)", bold=True, size=8.5, fill="D9D9D9", align="center")
cell_text(h0.cells[7], "Not counted", bold=True, size=8.5, fill="D9D9D9", align="center")
m = h0.cells[8].merge(h1.cells[8])
cell_text(m, "Scrutineer's note", bold=True, size=8.5, fill="D9D9D9")
for c, v in zip(range(3, 8), "ABCDE"):
    cell_text(h1.cells[c], v, bold=True, size=8.5, fill="D9D9D9", align="center")
for i, e in enumerate(EV, start=2):
    row = rt.rows[i]
    if e[0] == "G":
        m = row.cells[0].merge(row.cells[8])
        cell_text(m, e[1], bold=True, size=8.5, fill="F2F2F2")
    else:
        for c, v in enumerate(e):
            cell_text(row.cells[c], v, size=8.5, align="center" if 3 <= c <= 7 else None)

# ---------------------------------------------------------------- Part 9 (portrait)
portrait_section(doc)
part("PART 9. SCRUTINEER'S REMARKS")
prompt("[Scrutineer: add any remarks for the Council, including matters for the Rule Book Committee.]")
REM = [
    ("9.1", "Aim.", "The Championship's aim is higher attainment in reading, writing and mathematics for pupils "
     "with SEN in the entrants' schools. Every piece asks the entrant to show the difference their work has "
     "made to pupils' attainment, using the school's own data."),
    ("9.2", "Research and inspection.", "Heat 3 is built on Ofsted's reports Special educational needs and "
     "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
     "(2006), on the Bercow Review of services for children and young people with speech, language and "
     "communication needs (2008), and on the Inclusion Development Programme materials on dyslexia and on "
     "speech, language and communication needs (2008). Piece A requires entrants to use recent research "
     "critically, and the reading list is renewed each year by Mrs Ashdown and Dr Kaur."),
    ("9.3", "What schools need.", "In the autumn of 2007 the Council and the Association sent a questionnaire to "
     "the SENCOs of all 212 Harlecombe schools (134 replied) and held four focus groups with heads. SENCOs asked "
     "most for help with the law, with provision mapping, with leading teaching assistants and with working "
     "with other services; heads asked for SENCOs who could take part in the school's strategic planning. The "
     "2009-10 Heats reflect these needs: Heats 1, 7, 8 and 9 are built on them."),
    ("9.4", "Influence.", "The views of schools, the Council and the pilot entrants have been taken into account in "
     "drawing up the 2009-10 programme. The pilot entrants' comments will be considered again when the Council "
     "next reviews the programme."),
    ("9.5", "Stakeholders in the Championship.", "The Panel of Stewards (two heads, the Parent Partnership "
     "coordinator, a placed entrant from 2008 and an officer of the Council) meets each term. It receives the "
     "feedback slips, the questionnaire results and this report, and agrees changes with the Schools and "
     "Community Committee. Heads and senior colleagues act as Floor Stewards; officers of the Council's "
     "Learning Support Service act as second adjudicators; the Parent Partnership Service co-leads Heat 6; "
     "and Brookfield Special School and Marlow Street Primary host the placement days."),
    ("9.6", "Evaluation.", "Every Heat ends with a feedback slip and the Championship with a questionnaire. The "
     "Chairman of Adjudicators reports each year; the University's annual monitoring report and this report go "
     "to the Panel of Stewards and the Schools and Community Committee, which agree an action plan. The gap "
     "between Heats 8 and 9 was closed in this way."),
    ("9.7", "Impact.", "Entrants complete the Entry Profile again before the Final, so that the gain in their "
     "confidence and competence on each Event can be measured. Piece B requires baseline and follow-up "
     "measures of the pupil's reading, writing or mathematics and a comparison with the pupil's national test "
     "results, and the head's statement in Piece C records the change in practice. The Scrutineer collates "
     "the Profiles, the pupils' measures and the heads' statements each year into a table for the Panel of "
     "Stewards, and a questionnaire goes to each placed entrant's head a year after the Final."),
    ("9.8", "Resources.", "Entrants may borrow books from the Association's library at the Winter Gardens. The "
     "University's library can be used by arrangement."),
    ("9.9", "Level.", "The Invitation Championship 2008 carried 60 credits at Level 6. The University's Faculty "
     "Board will consider validation at Master's level for 2009-10 at its meeting on 11 March 2009."),
    ("9.10", "Event 27.", "We would like to add an evening on consulting pupils, and to reinstate Event 27, when a "
     "suitable speaker can be found."),
    ("9.11", "After the Final.", "What entrants do after the Final, including further professional targets and "
     "study, is a matter for them and their schools and is not part of the Championship."),
    ("9.12", "Summary.", "In the Scrutineer's view every Event is adjudicated and the Open Championship 2009-10 is "
     "ready to run."),
]
for num, lead, body in REM:
    numbered(num, lead, body)
c_p = doc.paragraphs[-3]
comment(doc, c_p.runs[-1], "Can we not find someone from the Children's Fund to take Event 27 this year? PS",
        "Philippa Strand", "PS")

# ---------------------------------------------------------------- Part 10
part("PART 10. DECLARATION")
prompt("[Scrutineer: sign and date. The Chairman of Adjudicators countersigns.]")
dt = table(doc, 3, 3, widths=[5.0, 6.0, 5.6])
fill_row(dt.rows[0], ["", "Signature", "Date"], bold=True, size=8.5, fill="EDEDED")
fill_row(dt.rows[1], ["Scrutineer: Dennis Ockenden", "[signature]", "[date]"], size=8.5)
fill_row(dt.rows[2], ["Chairman of Adjudicators: Dr Philippa Strand", "[signature]", "[date]"], size=8.5)

finish(doc, OUT)
print("wrote", OUT)
