"""pn-01-glenmoor-trophy-announcement: build the .docx next to this script.

Provider: the Academy of Glenmoor Figure Skating Club (an ice skating club's academy), with the
University of Westmarch validating. Its SENCO course is "the Glenmoor Trophy for SEN Coordination".

Document kind and layout: the course written as a skating competition ANNOUNCEMENT (the notice a
club or federation issues before a competition), under a short covering note to the panel. No
Word heading styles: typed bold capitals with hand-typed numbers ("1. GENERAL") and typed "Rule n.n"
run-ins whose numbers look like requirement ids. A title-block table with a merged shaded title
row; a key-dates text box; an Officials table with a merged "Coaches" group cell; a Patch Sessions
table whose Flight B column has merged cells; three Required Elements tables (Short Programme, Free
Skating, Exhibition Gala) each with a merged shaded title row; an Entry Form with its prompts and
"[Type here]" placeholders left in; a header, a footer with PAGE / NUMPAGES fields; footnotes;
tracked changes; comments.

The club's words: Entrant (participant), Flight A / Flight B (Saturday / weekday twilight groups),
Patch Session (taught day), Home Rink (the Entrant's own school), Home Rink Task (unjudged school
task), Segment (assessed piece), Short Programme ("A Case to Skate", judged), Free Skating
("Whole-Rink Enquiry" plus the Kiss and Cry viva, judged), Exhibition Gala (presentation, NOT
judged), Required Element (a minimum outcome), Seeding Sheet / Seeding Conversation / Programme
Sheet (needs assessment and personal plan), Coach (tutor), Judge (marker), Referee (external
examiner), Rinkside Mentor (school mentor), Skate Log (CPD log, not judged).

Traps (requirement ids touched):
- Header and footer: the footer claims "All Coaches and Entrants are CRB cleared." - never evidence;
  the body says the Academy does not ask to see Entrants' disclosures and checks only the club's
  own coaches (other people) -> 5.3 not_met (someone else's responsibility, wrong context). A
  comment asking whether the Academy should check CRBs is not part of the submission.
- Deleted tracked sentence offering a January 2009 start; the remaining text says one start each
  September, fixed order; only two Flights (day / twilight) -> 3.2 partially_met.
- No e-learning at all, stated plainly -> 3.3 not_applicable.
- Prior learning: only certificated Master's credit counted; "Experience alone ... is not
  accredited" -> 2.1 partially_met (negation of part).
- "There is no 'judges only' entry" -> 2.3 not_met (negation).
- Stakeholders: "No school, parent or local authority officer sat on the group that wrote it" looks
  like a gap, but a survey of 52 schools and the LA's data led to named Patch Sessions and Flight B
  (indirect influence, which the specification accepts) -> 4.1 met, 4.2 met; the Steering Group,
  Guest Coaches and Mentors' questionnaires -> 4.3 met.
- Visits: a half-day visit "arranged by the Entrant" and "There are no placements" -> 5.5
  partially_met (expertise yes, placements no).
- Pupil impact: "does not yet gather evidence ... we would like to agree a common measure" -> 5.9
  partially_met (aspiration for the pupil half).
- After the course: a leaflet of further modules; "What an Entrant does next is a matter for the
  Entrant and the school" -> 2.5 partially_met.
- Pupil voice only as the Academy's own Young Skaters' Council talking about their skating sessions
  (wrong context) and pupil involvement only at the unjudged Gala -> 1.5 partially_met, 6.S7
  partially_met.
- Exhibition Gala "is not judged" -> 6.S6, 6.S7 partially_met; with the unjudged Skate Log (6.A7),
  Patch 3 child development (6.K4), Patch 4 formative assessment (6.S2c) and the unjudged Home Rink
  Task on deployment (6.S4) -> partially_met; so 1.9 partially_met.
- Negation: "The Patch Sessions do not cover time management, prioritising or delegation" -> 6.A3
  not_met.
- Absent: school self-evaluation principles (the only "self-evaluation" is the Academy's own
  document about the course, wrong context) -> 6.K7 not_met; special arrangements for national tests
  never mentioned -> 6.S2d not_met.
- Inserted tracked paragraph on second marking, the Judges' Round Table and the Referee's sample is
  part of the submission -> 5.8 met.
- Spectator access at the public rink (wrong context) sits beside a full Entrant adjustments rule
  -> 3.1 met anyway.
- Entry Form prompts (disability box, CRB-free form) are never answers.
- Award rule stated generally ("only to an Entrant who has skated every Required Element") -> 6.0
  met, although some elements are unjudged (those are scored on their own outcome rows).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from _pn_helpers import (new_document, para, table, merge, shade, text_box, add_field, Footnotes,
                         del_run, ins_run, inserted_paragraph, comment, set_cell, cell_lines)

HERE = Path(__file__).parent
NAME = "pn-01-glenmoor-trophy-announcement"
ED = "Margaret Ferrier"
D1 = "2008-05-29T16:20:00Z"

doc = new_document(font="Arial", size=10)
fn = Footnotes(doc)

# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "GLENMOOR FIGURE SKATING CLUB  \u00b7  THE ACADEMY  \u00b7  Communication No. 27"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("All Coaches and Entrants are CRB cleared.      Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE", "1")
fp.add_run(" of ").font.size = Pt(8)
add_field(fp, "NUMPAGES", "9")


def H(text):
    p = para(doc, [(text, "b")], space_after=4, keep=True)
    p.paragraph_format.space_before = Pt(12)
    for r in p.runs:
        r.font.size = Pt(11.5)
    return p


def rule(num, title, text):
    return para(doc, [(f"Rule {num}  ", "b"), (f"{title}. ", "b"), (text, "")])


# ---------------------------------------------------------------- title block
t = table(doc, [["ANNOUNCEMENT", None],
                ["Event", "The Glenmoor Trophy for SEN Coordination, Season 2008-09 (the National Award for SEN Coordination)"],
                ["Organiser", "The Academy of Glenmoor Figure Skating Club"],
                ["Sanctioned by", "The University of Westmarch, School of Education"],
                ["Venue", "Glenmoor Ice Centre, Tanner's Lane, Glenmoor: the Boards Room, first floor, rinkside"],
                ["Issued", "29 May 2008, replacing Communication No. 26"]],
          widths_cm=[4, 12.5], header=False)
merge(t, 0, 0, 0, 1, text="ANNOUNCEMENT", bold=True, fill="1F3864", size=14)
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
t.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for i in range(1, 6):
    shade(t.cell(i, 0), "DEEAF6")
    t.cell(i, 0).paragraphs[0].runs[0].bold = True

para(doc, "")
para(doc, [("To the TDA approval panel. ", "b"),
           ("This is the Announcement we issue each season to the schools that enter teachers for the Trophy. "
            "For 2008-09 we have rewritten it so that it also serves as our application to be approved to run the "
            "National Award for SEN Coordination. We have kept our own words, because these are the words our "
            "schools know: an Entrant is a teacher on the course, a Patch Session is a taught day, the Home Rink is "
            "the Entrant's own school, a Segment is an assessed piece of work and a Required Element is one of the "
            "outcomes an Entrant must show. Rule 9 sets the Required Elements out in full.", "i")])
para(doc, [("Margaret Ferrier, Academy Director", "i")])

# ---------------------------------------------------------------- 1 GENERAL
H("1.  GENERAL")
rule("1.1", "Organiser",
     "The Academy is the teaching arm of Glenmoor Figure Skating Club. It has run the club's Skate Able sessions "
     "for disabled children from fourteen local schools since 1999, and since 2005 a programme of twilight courses "
     "for teachers on inclusion in physical education and across the curriculum. The Trophy is the Academy's "
     "course for teachers who are new to the role of special educational needs coordinator (SENCO).")
rule("1.2", "Sanction",
     "The Trophy is sanctioned by the University of Westmarch. Entrants who complete it are awarded the "
     "University's Postgraduate Certificate in Special Educational Needs Coordination, validated at Master's "
     "level and carrying 60 credits. The University's School of Education approved the programme at a "
     "validation event on 16 April 2008, and the University's Board of Examiners confirms every result.")
rule("1.3", "Purpose",
     "The Trophy has one purpose: that children and young people with special educational needs and "
     "disabilities in the Entrants' schools achieve more, and are safer, healthier and happier for it. Every "
     "Patch Session and every Segment keeps the five Every Child Matters outcomes in view: being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. The Short "
     "Programme is judged in part on the Entrant's account of one pupil's progress and well-being, and the Free "
     "Skating is judged in part on what changed for the pupils the enquiry was meant to help. A Home Rink Task "
     "is finished only when the Rinkside Mentor has recorded the change it made in the school.")
rule("1.4", "Formats",
     "This Announcement is available from the Academy Office in large print, on audio CD and in Braille, and "
     "every notice the Academy sends to schools says so.")

# ---------------------------------------------------------------- 2 FLIGHTS
H("2.  FLIGHTS AND DATES")
p = rule("2.1", "Flights",
         "The Trophy is skated in two Flights. Flight A meets on Saturdays from 9.30 to 3.30. Flight B meets on "
         "Wednesdays from 4.30 to 8.30, taking each Patch Session as two twilight sessions, with two full Saturdays "
         "in the year. Both Flights skate the same eight Patch Sessions and are judged on the same Segments. An "
         "Entrant may move from one Flight to the other for any Patch Session by telling the Academy Office a week "
         "ahead. ")
del_run(p, "A second start will be offered in January 2009 for Entrants who cannot begin in September.",
        author=ED, date=D1)
rule("2.2", "One start",
     "There is one start each season, in September. The Patch Sessions are skated in the order set out in Rule 6, "
     "because each builds on the one before.")
rule("2.3", "No online element",
     "All Patch Sessions are held face to face at the Ice Centre. The Academy has no online course or "
     "distance-learning element: notes and readings are handed out on paper at each Patch Session and posted to "
     "any Entrant who misses one.")

text_box(doc, [
    [("KEY DATES 2008-09", "b")],
    "Entries close: Friday 27 June 2008.   Seeding Conversations: 1 to 12 September 2008.",
    "Patch 1: Saturday 20 September (Flight A); Wednesday 24 September (Flight B).",
    "Short Programme due: Friday 16 January 2009.   Exhibition Gala: Saturday 13 June 2009.",
    "Free Skating due: Friday 3 July 2009.   Kiss and Cry: 8 to 10 July 2009.",
    "University Board of Examiners: September 2009.",
], height_pt=98)

# ---------------------------------------------------------------- 3 ELIGIBILITY
H("3.  ELIGIBILITY AND ENTRIES")
rule("3.1", "Who may enter",
     "An Entrant must hold Qualified Teacher Status, be employed in a maintained school, academy or pupil referral "
     "unit in England, and either hold the post of SENCO or have been named by the head teacher to take it up "
     "during the season. Every entry must be endorsed by the head teacher, who agrees to release the Entrant for "
     "the Patch Sessions and to name a Rinkside Mentor (Rule 5.2).")
rule("3.2", "Readiness",
     "No entry is accepted until the Entrant has had a Seeding Conversation (Rule 4). If the Seeding Conversation "
     "shows that an Entrant is not yet ready to meet all the Required Elements within one season, for example a "
     "teacher who has never taught pupils with SEN, or one whose school cannot yet release them, the Coach writes "
     "to the Entrant and to the head teacher setting out what the Entrant should do first (usually a term "
     "working alongside the school's current SENCO and the Academy's free twilight course Inclusion on Ice) and "
     "offers a place the following season.")
p = rule("3.3", "Background checks",
         "Entrants are serving teachers. Checks on their suitability to work with children, including the Criminal "
         "Records Bureau enhanced disclosure, are the business of the employing school or local authority, and the "
         "Academy does not ask to see them. The club's Welfare Officer keeps the CRB records of the club's own "
         "coaches and volunteers, who are checked every three years under the club's Child Protection Policy.")
comment(doc, p.runs[-1], "Should we be seeing Entrants' CRB certificates ourselves? Ask the University before "
        "this goes out. MF", author=ED, initials="MF")
rule("3.4", "Credit for earlier study",
     "An Entrant who has already passed a Master's-level module on special educational needs at a university in "
     "the last five years may ask the University of Westmarch to count up to 20 credits of it towards the Trophy, "
     "under the University's rules for the accreditation of prior certificated learning. Experience alone, "
     "however long, is not accredited: experienced Entrants skate every Segment.")
rule("3.5", "No judges-only entry",
     "There is no 'judges only' entry. Every Entrant, whatever their experience, skates all eight Patch Sessions "
     "and every Segment; the Academy does not offer assessment without the course.")
p = rule("3.6", "Entrants with disabilities",
         "The Academy wants disabled teachers to enter and says so in every notice it sends to schools. The Entry "
         "Form asks each Entrant, in confidence, whether they have a disability or an access need, and the Coach "
         "asks again at the Seeding Conversation, because many teachers do not disclose on a form. Before Patch 1 "
         "the Academy Director agrees reasonable adjustments with the Entrant: for example a BSL interpreter or a "
         "note-taker, papers in large print or on coloured paper, a reserved seat near the front of the Boards "
         "Room (reached by lift, with a hearing loop), rest breaks, and a change of Flight at short notice. "
         "Adjustments to judging, such as extra time or a viva in place of part of a written Segment, are agreed "
         "with the University's Disability Service, so that the Entrant is judged against the same Required "
         "Elements. Where a Patch Session includes a visit (Patch 7), the Academy checks access with the host "
         "before the day. Two of the Academy's Guest Coaches are disabled adults who skated in Skate Able as "
         "children; they lead part of Patch 2 with the Coaches.")
rule("3.7", "Equality",
     "The Academy's equality policy covers race, disability and gender and is written to meet the Race Relations "
     "(Amendment) Act 2000, the Disability Discrimination Act 1995 as amended in 2005 and the Equality Act 2006. "
     "It applies to selection, to the Patch Sessions and Home Rink Tasks, and to judging, and the club's board "
     "reviews it each year with the ethnic and disability breakdown of entries and results.")
rule("3.8", "Entry fee",
     "The entry fee is \u00a31,450 for the season, which includes University registration, all Patch Session "
     "papers and lunch on Saturdays. The local authority's SEN Support Service pays half the fee for Entrants "
     "from its schools in 2008-09. The fee is held at this level by using the Ice Centre's own Boards Room, by "
     "sharing Guest Coaches between the two Flights, and by seeding (Rule 4), so that Entrants spend their time "
     "on the Required Elements they most need.")

# ---------------------------------------------------------------- 4 SEEDING
H("4.  SEEDING")
rule("4.1", "Seeding Sheet",
     "Before Patch 1 every Entrant completes the Seeding Sheet, a self-assessment against each Required Element "
     "in Rule 9 on a four-point scale (New to me / Some experience / Confident / Could coach others), giving one "
     "example from their own practice for each element rated Confident or above. The Entrant brings the Seeding "
     "Sheet and a short statement from the head teacher to a one-hour Seeding Conversation with a Coach.")
rule("4.2", "Programme Sheet",
     "At the Seeding Conversation the Coach tests the ratings against the examples (a teacher who rates "
     "themself Confident on the Code of Practice but describes the 1994 Code is rated again), and together they "
     "write the Entrant's Programme Sheet: the Required Elements the Entrant will concentrate on, which Home "
     "Rink Tasks they will do in full and which in short form, which optional readings they will take, and "
     "their own targets for the season. The Programme Sheet is the Entrant's personal set of outcomes. It is "
     "reviewed at the coaching tutorials after Patch 3 and Patch 6, and the Judges see it with the Free Skating.")
rule("4.3", "Seeding a Flight",
     "Where most of a Flight is rated Confident or above on a Required Element at seeding, the Coaches shorten "
     "that part of the Patch Session and spend the time on the elements the Flight rated lower. Each Entrant "
     "also has three individual coaching tutorials in the season, after Patch 3, after Patch 6 and before the "
     "Kiss and Cry.")

# ---------------------------------------------------------------- 5 OFFICIALS
H("5.  OFFICIALS")
rows = [["Role", "Who", "What they do"],
        ["Academy Director", "Margaret Ferrier MA (SEN). SENCO at Castle Bank Primary 1992-2003; head of Brookfield "
         "Special School 2003-2007.", "Leads the Trophy, chairs the Judges' Round Table, agrees adjustments (Rule 3.6)."],
        ["Coaches", "Dr Alan Pryce, senior lecturer in inclusive education, University of Westmarch.",
         "Lead Patch Sessions, hold Seeding Conversations and tutorials, judge Segments."],
        [None, "Ruth Okafor, SENCO at Glenmoor High School and Advanced Skills Teacher for SEN.", None],
        [None, "Helen Marsh, educational psychologist, Westmarch Educational Psychology Service (seconded one day a week).", None],
        ["Judges", "The three Coaches and two University markers.", "Mark the Short Programme and Free Skating; sit on the Kiss and Cry."],
        ["Referee", "The University's external examiner for the Postgraduate Certificate, Professor Janet Leeming.",
         "Samples judged work, attends the Kiss and Cry, reports to the Board of Examiners."],
        ["Guest Coaches", "A speech and language therapist (Westmarch NHS Trust); the autism outreach teacher; "
         "the chair of Westmarch Parent Partnership; the Academy's two disabled ambassadors; the Young Skaters' Council.",
         "Lead parts of Patch Sessions 2, 3, 6 and 7."],
        ["Rinkside Mentors", "A senior leader in each Entrant's school, named by the head teacher.",
         "Support the Home Rink Tasks and sign the Mentor's Card (Rule 5.2)."],
        ["Welfare Officer", "The club's Welfare Officer.", "Club child protection (see Rule 3.3)."]]
t = table(doc, rows, widths_cm=[3.2, 7.3, 6])
merge(t, 2, 0, 4, 0, text="Coaches", bold=True, size=9.5)
merge(t, 2, 2, 4, 2, text="Lead Patch Sessions, hold Seeding Conversations and tutorials, judge Segments.", size=9.5)
para(doc, "")
rule("5.1", "Keeping current",
     "Every Coach still works with children with SEN for part of the week, and each spends at least five days a "
     "year on their own specialist development: Dr Pryce through his research on transition for pupils with "
     "autism, Ms Okafor through the local SENCO network she chairs, Ms Marsh through the Educational Psychology "
     "Service's training programme. The Coaches' Handbook sets out the role of each official, and every new "
     "Judge double-marks a full set of the previous season's Short Programme scripts with an experienced Judge "
     "before judging alone. All Judges attend the University's annual marking workshop.")
rule("5.2", "Rinkside Mentors",
     "Each Entrant's head teacher names a Rinkside Mentor, a member of the school's senior leadership team who "
     "is not the Entrant's line manager where that can be avoided. Mentors attend a two-hour briefing at the Ice "
     "Centre in September, or have a visit from a Coach if they cannot come, at which the Coach goes through the "
     "Mentor's Card: what the Mentor does for each Home Rink Task, what they sign, and what they do not do "
     "(Mentors do not judge Segments). A Coach telephones each Mentor after Patch 3 and after Patch 6.")

# ---------------------------------------------------------------- 6 PATCH SESSIONS
H("6.  PATCH SESSIONS")
para(doc, "The eight Patch Sessions are skated in this order by both Flights. Flight B takes each Patch as two "
          "Wednesday twilights, except Patch 1 and Patch 7, which are Saturdays for both Flights.")
rows = [["Patch", "Flight A", "Flight B", "What is skated"],
        ["1", "Sat 20 Sept", "Sat 20 Sept",
         "The SENCO's role. Every Child Matters: the five outcomes and how a SENCO helps children reach them. "
         "Writing and speaking for colleagues and parents: the 'plain page' exercise, in which each Entrant "
         "rewrites a paragraph of a school SEN policy for parents and reads it to the Flight."],
        ["2", "Sat 11 Oct", "Wed 15 and 22 Oct",
         "The law and the Code: the Education Act 1996, the Special Educational Needs and Disability Act 2001 and "
         "the SEN Code of Practice 2001, and what each asks of the school, the SENCO, governors and class "
         "teachers; the Disability Discrimination Act as amended in 2005, the disability equality duty and "
         "accessibility planning; Removing Barriers to Achievement (2004). Led with the disabled ambassadors."],
        ["3", "Sat 15 Nov", "Wed 19 and 26 Nov",
         "How children develop, and how SEN, disability and the physical and social environment for learning "
         "affect development. The most common types of need: behavioural, emotional and social difficulties, "
         "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
         "spectrum disorders and moderate learning difficulties, and how each can affect learning. Reading the "
         "evidence: the Bercow Review (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006) "
         "and Brooks, What works for pupils with literacy difficulties? (2007)."],
        ["4", "Sat 6 Dec", "Wed 3 and 10 Dec",
         "Identifying need and planning: observation, data and assessment; setting targets; planning "
         "interventions; using reports from educational psychologists, therapists and advisory teachers. "
         "Assessment for learning in a class that includes pupils with SEN: each Entrant plans how to help "
         "colleagues build it into their lessons. ICT and assistive technology, tried out in the Boards Room."],
        ["5", "Sat 7 Feb", "Wed 4 and 11 Feb",
         "Provision that works: judging approaches and resources critically; what research says about "
         "interventions; tracking progress with P scales, optional tests and national test results, and changing "
         "a programme when the data say so; provision mapping, and finding provision that is missing or not "
         "working; the 'Hard Landing' case, in which Entrants decide what to do when the evidence conflicts."],
        ["6", "Sat 14 Mar", "Wed 11 and 18 Mar",
         "Pupils and parents: fair, respectful and constructive relationships with pupils and families; listening "
         "to parents; difficult conversations; annual reviews. The Young Skaters' Council talks to the Flight "
         "about how they like to be asked about their own skating sessions."],
        ["7", "Sat 25 Apr", "Sat 25 Apr",
         "Beyond the school: health, social care, the educational psychology service, the sensory and autism "
         "outreach teams and voluntary organisations such as Westmarch Dyslexia Association; getting specialist "
         "support and resources. Leading with the head teacher and governors: the SEN policy, the school's "
         "priorities, the use of resources, and winning the commitment of senior colleagues."],
        ["8", "Sat 13 June", "Sat 13 June",
         "Leading colleagues: observing teaching and giving feedback, modelling, coaching and running training. "
         "The Exhibition Gala (Rule 8.4)."]]
t = table(doc, rows, widths_cm=[1.3, 2.3, 2.8, 10.1], size=9)
fn.add(t.cell(2, 3).paragraphs[0], "The Academy uses the DfES SEN Code of Practice (2001) and the SEN Toolkit; "
       "Entrants receive both on paper at Patch 2.")
para(doc, "")
p = rule("6.1", "Visits",
         "In Patch 7 each Entrant spends half a day with an agency or a special school of their choice, arranged by "
         "the Entrant. There are no placements: the Home Rink Tasks are done in the Entrant's own school.")
rule("6.2", "Skate Log",
     "Each Entrant keeps a Skate Log through the season, recording their reading and any courses and "
     "conferences on SEN and disability, and noting what they mean to read or attend next. The Coach looks at the "
     "Skate Log at each tutorial. The Skate Log is not judged.")
rule("6.3", "What the Patch Sessions leave out",
     "The Patch Sessions do not cover time management, prioritising or delegation. The Academy takes it that a "
     "teacher appointed to the role can organise their own week, and leaves this to the Entrant and the "
     "Rinkside Mentor.")

# ---------------------------------------------------------------- 7 HOME RINK TASKS
H("7.  HOME RINK TASKS")
para(doc, "Home Rink Tasks are done in the Entrant's own school between Patch Sessions. Each is tied to the Required "
          "Elements it practises (the 'Practised at' column in Rule 9) and each ends with a change in the school, "
          "which the Rinkside Mentor records on the Mentor's Card. Home Rink Tasks are not judged, but the Short "
          "Programme and the Free Skating are built from them.")
for code, text in [
    ("HR1  Where we are.", "The Entrant compares the school's SEN policy with what actually happens for pupils "
     "at School Action and School Action Plus, and lists three gaps for the Mentor."),
    ("HR2  Deployment.", "The Entrant and the Rinkside Mentor look together at how teaching assistants are deployed "
     "and managed in the school and agree one change. The Task is recorded on the Mentor's Card; it is not judged."),
    ("HR3  Tracking.", "Using the school's own data, the Entrant tracks the progress of one group of pupils with "
     "SEN over a term and proposes a change to their programme."),
    ("HR4  The parent conversation.", "The Entrant leads a review meeting with the parents or carers of the pupil "
     "in the Short Programme, and writes up what the parents said in their own words."),
    ("HR5  The senior team.", "The Entrant presents a proposal on SEN provision to the head teacher and senior "
     "team, and to the governors' committee where the school has one, and records the decision."),
    ("HR6  Coaching a colleague.", "The Entrant observes a colleague teaching a class that includes pupils with "
     "SEN, gives feedback and coaches them over half a term."),
]:
    para(doc, [(code + " ", "b"), (text, "")], style="List Bullet")

# ---------------------------------------------------------------- 8 SEGMENTS
H("8.  SEGMENTS AND JUDGING")
rule("8.1", "Short Programme: A Case to Skate",
     "A 4,000-word case study of one pupil with SEN in the Entrant's school, drawing on HR3 and HR4, due in "
     "January. It is judged against the Short Programme Required Elements in Rule 9 (table 9A).")
rule("8.2", "Free Skating: Whole-Rink Enquiry",
     "A school-based enquiry into one part of the school's SEN provision, 7,000 words with appendices, drawing on "
     "HR1, HR5 and HR6, due in July, followed by the Kiss and Cry: a 30-minute professional conversation about "
     "the enquiry with two Judges, one of them from the University. The written enquiry and the Kiss and Cry are "
     "judged together against the Free Skating Required Elements (table 9B).")
rule("8.3", "How elements are judged",
     "Each Required Element in a Segment is judged Skated or Not yet skated, against the Academy's judging "
     "descriptors, and the Segment is then graded. An Entrant passes a Segment only when every Required Element "
     "listed for it is judged Skated. The Short Programme is judged on the clarity of the Entrant's writing; the "
     "Kiss and Cry on how clearly the Entrant speaks and how well they listen to the Judges' questions.")
rule("8.4", "Exhibition Gala",
     "At Patch 8 each Entrant gives a fifteen-minute presentation to their Flight, the Rinkside Mentors and the "
     "Guest Coaches, showing the elements in table 9C, and receives written feedback from a Coach. The Gala is "
     "for celebration and feedback. It is not judged, and no Entrant fails the Trophy on it.")
comment(doc, doc.paragraphs[-1].runs[-1], "Could we judge the Gala from next season? Alan thinks the University "
        "would accept it as a third Segment.", author="Ruth Okafor", initials="RO")
rule("8.5", "Award",
     "The Trophy is awarded only to an Entrant who has skated every Required Element. Marks do not carry over "
     "from one Segment to make up for another. An Entrant who fails a Segment may resubmit it once, within three "
     "months.")
inserted_paragraph(doc, "Rule 8.6  Second marking and the Round Table. Every Short Programme and Free Skating is "
                   "marked by a first Judge and by a second Judge who has not coached the Entrant. The Judges meet "
                   "at the Judges' Round Table after each Segment to compare their marks element by element and "
                   "agree them, and the Academy Director keeps a record of each decision. The Referee receives at "
                   "least one script in four, every fail and every borderline script, attends the Kiss and Cry "
                   "for one Flight each year, and reports to the University's Board of Examiners.",
                   author=ED, date=D1)
rule("8.7", "Protests",
     "An Entrant who disagrees with a result may appeal under the University's academic appeals procedure.")

# ---------------------------------------------------------------- 9 REQUIRED ELEMENTS
H("9.  REQUIRED ELEMENTS")
para(doc, "The Required Elements are what an Entrant must show by the end of the season. Tables 9A and 9B list the "
          "elements judged in each Segment and where they are practised; table 9C lists the elements shown at the "
          "Exhibition Gala.")


def elements(title, rows, fill):
    data = [[title, None, None], ["Code", "Required Element: the Entrant", "Practised at"]] + rows
    t = table(doc, data, widths_cm=[1.4, 11.3, 3.8], header=False, size=9)
    merge(t, 0, 0, 0, 2, text=title, bold=True, fill=fill, size=10)
    for j in range(3):
        shade(t.cell(1, j), "EDEDED")
        t.cell(1, j).paragraphs[0].runs[0].bold = True
    para(doc, "")
    return t


elements("9A  SHORT PROGRAMME (judged)", [
    ["SP1", "builds fair, respectful, supportive and constructive relationships with a pupil with SEN and with the pupil's parents or carers", "Patch 6; HR4"],
    ["SP2", "anticipates problems in the pupil's provision, weighs the evidence and makes a sound, well-founded decision", "Patch 5"],
    ["SP3", "writes clearly for colleagues and parents, and shows they have listened to and understood the views of others", "Patch 1; HR4"],
    ["SP4", "knows the law and guidance on SEN, including the SEN Code of Practice, what they mean for the school, the SENCO and others, and how to put them into practice", "Patch 2"],
    ["SP5", "knows the disability equality law and the disability equality duty, and what the school must do under them for disabled pupils", "Patch 2"],
    ["SP6", "knows the most common types of SEN and disability and how they can affect a child's learning", "Patch 3"],
    ["SP7", "knows the Every Child Matters outcomes and how the SENCO helps children reach them", "Patch 1"],
    ["SP8", "identifies the pupil's needs from observation, data and assessment, sets challenging targets, plans interventions that remove barriers and reviews progress", "Patch 4"],
    ["SP9", "uses assessments from a range of professionals to shape the teaching approach for the pupil", "Patch 4"],
    ["SP10", "works with the pupil's parents or carers to promote the pupil's learning and development", "Patch 6; HR4"],
], "C5E0B3")
elements("9B  FREE SKATING (judged, with the Kiss and Cry)", [
    ["FS1", "gains the commitment of the head teacher and senior colleagues to better outcomes for pupils with SEN", "Patch 7; HR5"],
    ["FS2", "draws on research and outside advice to improve their own and colleagues' practice", "Patch 3; Patch 5"],
    ["FS3", "judges critically a range of approaches, strategies and resources for assessment, planning and teaching, including ICT, and uses them to personalise provision", "Patch 4; Patch 5"],
    ["FS4", "knows best practice and the outcomes of research in meeting special educational needs", "Patch 3; Patch 5"],
    ["FS5", "knows what outside agencies do and how to get specialist support and resources", "Patch 7"],
    ["FS6", "works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use of resources", "Patch 7; HR5"],
    ["FS7", "uses summative assessment, including national test results, to track progress and change programmes", "Patch 5; HR3"],
    ["FS8", "uses provision mapping to plan provision and find provision that is missing or not working", "Patch 5; HR1"],
    ["FS9", "supports colleagues' development by observing and giving feedback, modelling, coaching and training", "Patch 8; HR6"],
    ["FS10", "works in partnership with other services and agencies, including voluntary organisations, so that support for pupils is coherent", "Patch 7"],
], "BDD7EE")
elements("9C  EXHIBITION GALA (shown, not judged)", [
    ["G1", "reviews with colleagues how well the school's SEN provision is working and reports what they found to the head teacher", "Patch 8"],
    ["G2", "involves pupils with SEN in planning, agreeing and reviewing their own provision", "Patch 6; Patch 8"],
], "FFE599")

# ---------------------------------------------------------------- 10 RESOURCES
H("10.  PRACTICE ICE: ROOMS, BOOKS AND EQUIPMENT")
rule("10.1", "The Boards Room",
     "The Boards Room seats 24 and has a projector, a wireless network and six laptops loaded with the assistive "
     "software Entrants try at Patch 4 (text-to-speech, word prediction, Clicker 5 and a symbol-writing "
     "program). The local authority's sensory support team lends the Academy a box of switches, a communication "
     "aid and low-vision aids for each Flight.")
rule("10.2", "Books and journals",
     "Entrants have full University of Westmarch library membership, including its electronic journals, from the "
     "day they register. The Academy keeps a rinkside SEN library of some 400 titles, and the Educational "
     "Psychology Service lends a collection of assessment materials for Patch 4 and Patch 5.")

# ---------------------------------------------------------------- 11 REVIEW
H("11.  RESULTS, REVIEW AND IMPROVEMENT")
rule("11.1", "How the Academy reviews the Trophy",
     "Inside the Academy: Entrants fill in an evaluation card after every Patch Session; the Coaches review each "
     "Patch the following week; Entrants and Rinkside Mentors complete an end-of-season questionnaire; the "
     "Judges' Round Table records any element that many Entrants found hard. Outside it: the Referee's annual "
     "report, the University's annual monitoring report and its five-yearly review, and the written comments of "
     "the local authority's SEN Support Service. Recruitment, seeding, the Patch Sessions, the Home Rink Tasks, "
     "judging and this review each have a named owner among the officials, who reports on them. The Coaches meet "
     "each July to go through all of this and write the season plan for the following season, and the "
     "University's programme committee checks that every point in the Referee's report has been answered. The "
     "Academy's annual self-evaluation document records each change and the reason for it.")
rule("11.2", "What schools told us",
     "The Trophy was planned from what schools said they needed. In January 2008 the Academy surveyed the head "
     "teachers and SENCOs of the 52 schools in the Glenmoor cluster (38 replied), and the SEN Support Service "
     "gave us its analysis of SEN data across the district. Three needs stood out: SENCOs new to the role wanted "
     "help to track progress from data; head teachers wanted SENCOs who could lead colleagues as well as teach "
     "pupils; and both said that time out of school was hard to find. Patch 5, Patch 8 and the twilight Flight B "
     "were written to answer them.")
rule("11.3", "Who shaped the Trophy",
     "The Trophy was written by the three Coaches and the Academy Director and approved by the University. No "
     "school, parent or local authority officer sat on the group that wrote it. The Steering Group (below) was "
     "formed in May 2008, after validation, and will advise on changes from 2009-10.")
rule("11.4", "The Steering Group and other partners",
     "The Steering Group is two head teachers, the manager of the SEN Support Service, the chair of Westmarch "
     "Parent Partnership and a teacher who completed the Academy's inclusion course. It meets once a term, reads "
     "the evaluation cards, the Mentors' questionnaires and the Referee's report, and advises the Coaches on "
     "what to change. Schools also take part through the Rinkside Mentors; the local authority, health and "
     "parents through the Guest Coaches; and disabled young people through the Young Skaters' Council.")
rule("11.5", "Measuring what the Trophy does",
     "The Academy measures each Entrant's confidence on every Required Element at seeding and again at the Kiss "
     "and Cry, on the Seeding Sheet scale, and reports the change, with the Segment results, to the Steering "
     "Group. The Academy does not yet gather evidence of the Trophy's effect on pupils' achievement across the "
     "Entrants' schools; we would like to agree a common measure with the local authority for 2009-10.")

# ---------------------------------------------------------------- 12 AFTER
H("12.  AFTER THE SEASON")
para(doc, "At the Kiss and Cry each Entrant is given the Academy's Next Season leaflet, which lists the University's "
          "further Master's modules in inclusive education and the Academy's twilight courses for the coming "
          "year. What an Entrant does next is a matter for the Entrant and the school.")

# ---------------------------------------------------------------- 13 SPECTATORS
H("13.  SPECTATORS AND PUBLIC SKATING")
para(doc, "Public skating continues on the main pad during Patch Sessions. The Ice Centre has step-free access "
          "throughout, a ramp onto the ice and ice sledges for skaters who use wheelchairs, and carers of disabled "
          "skaters skate free. Parents may watch Skate Able sessions from the gallery. Photography of the ice is not "
          "allowed without the Welfare Officer's permission.")

# ---------------------------------------------------------------- ENTRY FORM
doc.add_page_break()
para(doc, [("ENTRY FORM: GLENMOOR TROPHY 2008-09", "b")], align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, [("Return to the Academy Office by Friday 27 June 2008. Complete every box; type in the grey spaces.", "i")],
     align=WD_ALIGN_PARAGRAPH.CENTER)
rows = [["Entrant's name", "[Type here]"],
        ["School and DfES number", "[Type here]"],
        ["Post held (SENCO / named to become SENCO)", "[Type here]"],
        ["Flight preferred", "Flight A (Saturday)  \u2610     Flight B (Wednesday twilight)  \u2610"],
        ["Do you have a disability or an access need you would like the Academy to know about? (This box is read "
         "only by the Academy Director.)", "[Type here]"],
        ["Earlier Master's-level study you wish the University to consider (Rule 3.4)", "[Type here]"],
        ["Rinkside Mentor's name and post", "[Type here]"],
        ["Head teacher's endorsement", "I endorse this entry, will release the Entrant for the Patch Sessions and "
         "will name a Rinkside Mentor.   Signed: ____________________   Date: ________"]]
t = table(doc, rows, widths_cm=[7, 9.5], header=False, size=9)
for i in range(len(rows)):
    shade(t.cell(i, 0), "F2F2F2")
    if rows[i][1] == "[Type here]":
        shade(t.cell(i, 1), "D9D9D9")
para(doc, "")
para(doc, [("Office use: ", "b"), ("Seeding Conversation date ________   Coach ________   Accepted  \u2610   "
                                   "Deferred to 2009-10  \u2610", "")])

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
