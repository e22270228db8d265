"""op-01-brackmoor-algorithm-book: build op-01-brackmoor-algorithm-book.docx next to this script.

PROVIDER. Brackmoor Volunteer Aid Brigade, Youth and Schools Division (a volunteer first-aid brigade's youth and
schools division, which has taught first aid in the county's schools for years), with the University of Eastwold,
which validates the course as a 60-credit module at master's level.

DOCUMENT KIND AND LAYOUT. The Division's course written as its own "Algorithm Book", the laminated flip-book of
first-aid decision charts its Instructors carry, here in a "SENCO Edition" sent whole to the TDA. No heading
styles at all: chart titles are bold shaded paragraphs typed "ALG 1 - JOINING"; each chart is a column of boxes
(one-cell tables: START, QUESTION, DO, CAUTION, STOP) joined by arrow paragraphs, QUESTION boxes followed by a
two-cell YES / NO table. A "How to read the charts" page keys the box types and, far above it, the two columns of
the Response Chart at the end ("Drilled at", "Signed off at", with "Talk-through", "Own reading" and a dash).
Then numbered "Notes to the Charts", a Muster table with merged cells, Drill Cards, the four Scenarios each with
the outcomes it signs off, and the landscape Response Chart of the 29 outcomes in the Division's own words.
House words: Course Members, Award Instructors, Buddies (school-based mentors), Musters (study days), Drill Cards
(school tasks), Scenarios (the four marked assessments), the Hub (online area), the Award Board.

TRAPS (requirement ids touched):
- QUESTION boxes are questions, not statements; only the YES / NO lines and DO boxes say what happens
  (2.1, 5.2, 2.3, 6.0).
- ALG 4 "Straight to Scenario": an assessment-only route that "ran for the 2006-07 Instructor cohort only and
  has closed"; the chart ends in a STOP (past arrangement, negation) -> 2.3 not_met.
- ALG 1's CAUTION box: the Brigade's enhanced disclosure process covers its own volunteers and Instructors (right
  words, wrong people), and "The Division does not ask to see Course Members' disclosures" (negation; someone
  else's business); a Word comment asks whether it should; the footer claims all Course Members hold current
  CRB disclosures (footer, never evidence) -> 5.3 not_met.
- ALG 10: after the Award letter, Hub access to the end of term and a Christmas lecture, then "The course ends
  here. The Division does not follow up Course Members after the Award." Nothing on further professional targets
  (Muster 8's "Keeping up to date" is the outcome 6.A7, not target-setting) -> 2.5 not_met.
- ALG 3: the Skills Survey is completed at Muster 1, not before the course, and "Every Course Member works to the
  same list of outcomes" -> 2.2 partially_met. The Personal Plan, route choices, APL and a stated fee with a
  council subsidy are enough for 2.4 -> met.
- ALG 6: a deleted tracked sentence offered an online-only route from January 2009 (deleted, not part of the
  submission); what remains (two intakes, weekday and Saturday routes, any order, up to two years, Hub
  pre-work) is enough -> 3.2 met.
- ALG 7: the Hub gives Instructor and peer support between Musters, but "Buddies and schools are not given Hub
  accounts" and letters to schools go by post -> 3.3 partially_met.
- ALG 8: an inserted tracked sentence puts the external examiner on the Award Board (inserted: part of the
  submission) -> 5.8 met.
- "Our Instructors" page: the Brigade's Instructor Certificate and its re-qualification (right words about the
  wrong thing: first-aid teaching), two Instructors who have taught in special schools -> 5.4 partially_met.
- Specialist speakers but "Course Members are not placed in other settings" -> 5.5 partially_met; a book
  library but no specialist ICT -> 5.6 partially_met.
- Heads' Breakfast: eleven heads only, plus "We know from eighteen years..." (general claim) -> 4.1
  partially_met; its three changes -> 4.2 met.
- Confidence ratings measured, pupils' progress not: "We have not yet found a fair way to measure" -> 5.9
  partially_met.
- A text box "pocket card" claims every outcome is signed off; the Response Chart shows Talk-through rows ->
  1.9 partially_met (unsupported coverage claim).
- Response Chart: Talk-through (taught, not marked) rows 6.A7, 6.K4, 6.K7, 6.S2c, 6.S4, 6.S9 -> partially_met;
  6.K2 "Own reading" but signed off in Scenario 1 (assessed, not taught) -> partially_met; 6.A3's row had
  "Muster 6" and "Talk-through" deleted and dashes inserted by tracked change (and Muster 6's text no longer
  mentions time or delegation), with a Word comment saying it is "Still covered really" -> not_met; 6.S2d
  dashes -> not_met.
- Foreword of values and hopes (never evidence on its own); header and footer text (never evidence).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _op_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "op-01-brackmoor-algorithm-book"
AUTH = "M. Tennant (Schools Officer)"
UNI = "R. Oduya (Univ. of Eastwold)"

doc = base_doc("Arial", 10)
sec = doc.sections[0]
header_footer(sec, "BRACKMOOR VOLUNTEER AID BRIGADE  |  YOUTH AND SCHOOLS DIVISION  |  ALGORITHM BOOK - SENCO EDITION 1",
              "Issued by the Divisional Superintendent. All Course Members hold a current CRB enhanced disclosure. "
              "Not a clinical document.")

RED, AMB, GRN, GRY, BLU = "F4CCCC", "FCE5CD", "D9EAD3", "E7E6E6", "DDEBF7"


def title(text):
    p = para(doc, text, bold=True, size=12, keep=True, space_after=4)
    shade_para(p, "C00000")
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return p


def sub(text):
    return para(doc, text, bold=True, size=10, keep=True, space_after=2)


def box(kind, text, extra=None, fill=None):
    fills = {"START": GRN, "STOP": RED, "QUESTION": AMB, "DO": BLU, "CAUTION": "FFF2CC", "NOTE": GRY}
    t = doc.add_table(rows=1, cols=1)
    borders(t, sz=12)
    c = t.cell(0, 0)
    shade(c, fill or fills[kind])
    cell_text(c, kind, bold=True, size=8)
    cell_add(c, text, size=9.5)
    for e in (extra or []):
        cell_add(c, e, size=9)
    return t


def arrow():
    para(doc, "\u25bc", align="c", size=9, space_after=0)


def yesno(yes, no, labels=("YES", "NO")):
    t = doc.add_table(rows=1, cols=2)
    borders(t, sz=6, color="7F7F7F")
    cell_text(t.cell(0, 0), labels[0] + " \u25b8", bold=True, size=8)
    cell_add(t.cell(0, 0), yes, size=9)
    cell_text(t.cell(0, 1), labels[1] + " \u25b8", bold=True, size=8)
    cell_add(t.cell(0, 1), no, size=9)
    return t


# ------------------------------------------------------------------ cover
para(doc, "BRACKMOOR VOLUNTEER AID BRIGADE", bold=True, size=16, align="c", space_after=0)
para(doc, "Youth and Schools Division", size=12, align="c")
para(doc, "ALGORITHM BOOK", bold=True, size=22, align="c", space_after=0)
para(doc, "SENCO Edition 1 - National Award for SEN Coordination, 2008-09", bold=True, size=12, align="c")
para(doc, "Sent to the Training and Development Agency for Schools as our application for approval to run the "
          "National Award for SEN Coordination, with the University of Eastwold.", italic=True, align="c")
cov = table(doc, [["Edition", "SENCO Edition 1 (replaces the draft seen by heads in March 2008)"],
                  ["Issued by", "Divisional Superintendent, Youth and Schools Division, Brigade House, Tanner Street, Brackmoor"],
                  ["Validating university", "University of Eastwold, Faculty of Education"],
                  ["Course contact", "The Schools Officer (Award), Brigade House"],
                  ["Charts in this book", "ALG 1 to ALG 11, then the Notes, the Musters, the Drill Cards, the Scenarios "
                                          "and the Response Chart"]], header=False, widths=[4.5, 12])
for r in cov.rows:
    shade(r.cells[0], GRY)
    r.cells[0].paragraphs[0].runs[0].bold = True
para(doc, "")

# ------------------------------------------------------------------ foreword
title("FOREWORD FROM THE DIVISIONAL SUPERINTENDENT")
para(doc, "Every Instructor in this Division carries an Algorithm Book. When something goes wrong in a playground or "
          "on a games field, nobody has time to read a textbook: you follow the chart, one box at a time, and you "
          "do the next right thing. We have written our SENCO course the same way, because that is how our people "
          "think, and because the heads we work with told us they wanted to see at a glance what happens to a "
          "teacher who comes to us.")
para(doc, "We believe that every child has the right to be safe, to be heard and to do well. We would like every school "
          "in Brackmoor to have a SENCO who is confident, well trained and well supported, and we hope that in time "
          "this course will help to make that so. The Brigade has been in Brackmoor's schools for eighteen years; we "
          "know the buildings, the staff rooms and, above all, the children.")
para(doc, "The course itself is set out in the charts and the tables that follow them. Where the Foreword and a chart "
          "seem to differ, the chart is what we do.")

# ------------------------------------------------------------------ about / aims
title("WHO WE ARE AND WHAT THE COURSE IS FOR")
para(doc, "The Youth and Schools Division is the part of the Brigade that works with young people: our Cadet units in "
          "eleven towns, our Young Lifesavers scheme in 142 primary and secondary schools, and our first-aid courses "
          "for school staff, including staff in the county's nine special schools. Since 2005 we have also run the "
          "unaccredited \"Inclusion on the Front Line\" days for SENCOs with Brackmoor County Council's SEN Support "
          "Service. This edition turns that work into an accredited course.")
para(doc, "The course is validated by the University of Eastwold as the module \"Leading Provision for SEN and "
          "Disability\" (code EDM7104), worth 60 credits at master's level (M level). The University confers the Award "
          "and its Award Board, on which the Division's Schools Officer sits, confirms every result.")
para(doc, "The course aims, in this order, to:")
for a in ["raise the achievement of pupils with SEN and/or disabilities in the Course Member's own school, in "
          "learning and in all five Every Child Matters outcomes - being healthy, staying safe, enjoying and "
          "achieving, making a positive contribution and achieving economic well-being;",
          "improve those pupils' well-being, by making the SENCO better at seeing, hearing and planning for each "
          "child;",
          "give the Course Member the knowledge, understanding and skills to lead SEN provision, working with "
          "colleagues, parents and carers, pupils and other services;",
          "make a change in the Course Member's school that can be measured in pupils' progress during the course."]:
    para(doc, a, style="List Number")
para(doc, "The aims are carried into the assessment: every Scenario asks the Course Member to show what changed for "
          "named pupils, and Scenario 4 is passed only if the Course Member has taken a baseline measure of a group "
          "of pupils before an intervention and measured them again at least eight weeks later (Note 14).")

# ------------------------------------------------------------------ how to read
title("HOW TO READ THE CHARTS")
para(doc, "Each chart starts at a START box and runs downwards, one box at a time. The box types are:")
kt = table(doc, [["Box", "What it means"],
                 ["START", "Where the chart begins: the event that sends you to this chart."],
                 ["QUESTION", "A question to answer. It is only a question: it tells you nothing until you follow "
                              "the YES or the NO line under it."],
                 ["DO", "Something the Division does, or something the Course Member does, at that point."],
                 ["CAUTION", "Something that often goes wrong, or that people often ask about."],
                 ["STOP", "The end of the chart."]], widths=[3, 13.5])
for i, f in enumerate([None, GRN, AMB, BLU, "FFF2CC", RED]):
    if f:
        shade(kt.cell(i, 0), f)
para(doc, "")
para(doc, "The Response Chart at the back of the book lists the national minimum outcomes in our own words, one line "
          "each. Its column \"Drilled at\" gives the Muster where the outcome is taught. Its column \"Signed off at\" "
          "gives the Scenario in which an Instructor marks it; a Course Member cannot pass that Scenario without "
          "showing it. In either column, \"Talk-through\" means the outcome is practised at the Muster shown, with an "
          "Instructor's spoken feedback, but it is not marked in any Scenario. \"Own reading\" means no Muster "
          "teaches it; the Course Member reads it up from the Hub reading list. A dash means the outcome is not on "
          "the course in this edition.")

# text box: pocket card
text_box(doc, [("POCKET CARD - cut out and keep", True),
               ("Every outcome on the Response Chart is signed off by an Instructor before the Award is made.", False),
               ("Musters: 8.  Drill Cards: 8.  Scenarios: 4.  Buddy meetings: fortnightly.", False),
               ("Lost? Ring Brigade House and ask for the Schools Officer (Award).", False)],
         width_pt=300, height_pt=80, fill="FFF2CC", floating=False)

# ------------------------------------------------------------------ ALG 1
title("ALG 1 - JOINING")
box("START", "A teacher, or a headteacher on a teacher's behalf, asks about the course.")
arrow()
box("QUESTION", "Does the teacher hold QTS, and are they the school's SENCO, or named by the head to take up the "
                "role by Muster 1?")
yesno("Go on.", "We send the Starter Pack and the Schools Officer rings the teacher to talk through what would make "
                "them ready; with the teacher's agreement we write to the head to say what is needed. STOP for now.")
arrow()
box("QUESTION", "Has the headteacher signed the Nomination Form, agreeing release for eight Musters, a Buddy from "
                "the senior team and access to pupil data for the Scenarios?")
yesno("Go on.", "The place is held for four weeks while the Schools Officer contacts the head.")
arrow()
box("DO", "The teacher writes an Entry Statement (about 800 words: their school, their SEN register, one pupil they "
          "have planned for, and what they know of the SEN Code of Practice) and has a 30-minute telephone "
          "conversation with an Award Instructor, who checks it against the Entry Profile (Note 2).")
arrow()
box("QUESTION", "Does the Entry Statement show enough knowledge, understanding and skill for the teacher to be likely "
                "to meet all the outcomes by Muster 8?")
yesno("We offer a place in writing, copied to the head.",
      "We write with specific advice on what to do first (usually a term of working alongside an experienced "
      "SENCO and the Starter Session), copy the letter to the head with the teacher's agreement, and offer a "
      "place at the next intake.")
arrow()
box("CAUTION", "Vetting. The Brigade's enhanced disclosure process covers all uniformed volunteers and every Award "
               "Instructor, and is renewed every three years.",
    ["The Division does not ask to see Course Members' disclosures: checking teachers is the employing school's "
     "business."])
arrow()
box("STOP", "The teacher is now a Course Member. Go to ALG 2 if they have prior study to count, otherwise ALG 3.")

# ------------------------------------------------------------------ ALG 2
title("ALG 2 - COUNTING WHAT YOU HAVE ALREADY DONE")
box("START", "A Course Member has certificated study, or experience, that may already cover part of the course.")
arrow()
box("QUESTION", "Is it certificated study at M level, in SEN or inclusion, completed in the last five years?")
yesno("The University's Accreditation of Prior Learning process applies: up to 20 credits may be counted, which "
      "exempts the Course Member from Scenario 1 or Scenario 2 (whichever the earlier study matches). The "
      "Schools Officer sends the claim form at offer; the University decides within six weeks.",
      "Go on.")
arrow()
box("QUESTION", "Is it substantial experience of SEN work (for example as an acting SENCO or in a support service)?")
yesno("The Course Member may make an experiential claim (APEL): a portfolio mapped line by line to the outcomes of "
      "Scenario 1, assessed by an Instructor and second-marked by the University as if it were Scenario 1.",
      "Go to ALG 3.")
arrow()
box("STOP", "Whatever is counted is recorded on the Course Member's Response Card; the other Scenarios are taken in "
            "the usual way.")

# ------------------------------------------------------------------ ALG 3
title("ALG 3 - THE SKILLS SURVEY AND YOUR PERSONAL PLAN")
box("START", "Muster 1.")
arrow()
box("DO", "The Skills Survey is completed at Muster 1. Each Course Member rates themselves 1 to 4 against every line "
          "of the Response Chart and gives one piece of evidence for any line rated 3 or 4.")
arrow()
box("DO", "Before Muster 2 the Course Member's Instructor reads the Survey and writes a one-page Personal Plan: which "
          "two Drill Cards to do in depth, which Hub readings to start with, and what to ask the Buddy for.")
arrow()
box("CAUTION", "The Personal Plan changes the order and the emphasis of the work, not its destination. Every Course "
               "Member works to the same list of outcomes.")
arrow()
box("STOP", "The Survey is repeated at Muster 8 (see ALG 11).")

# ------------------------------------------------------------------ ALG 4
title("ALG 4 - STRAIGHT TO SCENARIO")
box("START", "An experienced person asks to be assessed without taking the Musters.")
arrow()
box("QUESTION", "Is Straight to Scenario open?")
yesno("-", "Straight to Scenario ran for the 2006-07 Instructor cohort only and has closed. There is no "
           "assessment-only route in this edition.")
arrow()
box("STOP", "Offer the person a place on the next intake and, if they have the experience, an APEL claim (ALG 2).")

# ------------------------------------------------------------------ ALG 5
title("ALG 5 - ACCESS AND ADJUSTMENTS")
box("START", "Every enquiry. The Starter Pack, the Nomination Form and the Hub page all say, in plain words and in a "
             "large-print version: \"Tell us what would help. We would rather know early.\"")
arrow()
box("DO", "The Nomination Form asks about disability and any other need we should plan for. The Instructor asks "
          "again, privately, in the telephone conversation, and the Schools Officer asks again at Muster 1. Nobody "
          "has to tell us, and telling us never affects an offer.")
arrow()
box("DO", "Within ten working days of a disclosure the Schools Officer agrees a written Access Plan with the Course "
          "Member and sends it to the Instructors and the University's disability adviser.")
arrow()
box("DO", "Adjustments we already make without being asked: the training hall is on the ground floor with level "
          "access, an accessible toilet and a hearing loop; handouts are on the Hub a week early in Word so they can "
          "be enlarged or read aloud by software; Musters have a break every hour. Adjustments we make on request "
          "include extra time for Scenarios, an oral account in place of the written reflection in Scenario 3, "
          "papers on coloured stock and a reserved parking bay.")
arrow()
box("CAUTION", "Equality. The Division follows the Brigade's Equality Scheme (2007), written to the Race Relations "
               "(Amendment) Act 2000, the Disability Discrimination Act 1995 as amended in 2005 and the Equality Act "
               "2006. Selection uses only the Entry Profile; Instructors mark Scenarios against the published criteria "
               "only. Muster 2 includes a session led by disabled members of the Brackmoor Access Group.")
arrow()
box("STOP", "The Access Plan is reviewed at Muster 4 and before each Scenario deadline.")

# ------------------------------------------------------------------ ALG 6
title("ALG 6 - CHOOSING YOUR ROUTE")
box("START", "A Course Member's offer letter arrives.")
arrow()
box("QUESTION", "September start or February start?")
yesno("September intake: Musters run September to June.", "February intake: Musters run February to December, "
                                                         "with no Musters in August.", ("SEPTEMBER", "FEBRUARY"))
arrow()
box("QUESTION", "Weekday or Saturday?")
yesno("Day route: Musters on Tuesdays, 9.30 to 3.30, at Brigade House.",
      "Weekend route: the same Musters on Saturdays, 9.30 to 3.30. A Course Member may move between the two routes "
      "Muster by Muster.", ("WEEKDAY", "SATURDAY"))
arrow()
p = box("DO", "Muster 1 comes first and Muster 8 last; Musters 2 to 7 may be taken in any order, so a Course Member "
              "who misses one takes it with the other route or the next intake. Each Muster has Hub pre-work of "
              "about three hours. A Course Member may spread the course over up to two years.")
c = p.cell(0, 0)
pp = c.add_paragraph()
del_run(pp, "A third, wholly online route will be offered from January 2009.", author=AUTH)
arrow()
box("STOP", "Go to ALG 7 for what happens between Musters.")

# ------------------------------------------------------------------ ALG 7
title("ALG 7 - BETWEEN MUSTERS")
box("START", "The day after each Muster.")
arrow()
box("DO", "The Course Member takes the Muster's Drill Card into school (Note 9) and meets the Buddy, for about an "
          "hour, once a fortnight.")
arrow()
box("DO", "The Hub (the Brigade Learning Hub, on Moodle) holds the recorded talks, the reading list, the Drill Cards "
          "and a forum for each route called the Muster Room. Instructors answer Hub messages within five working "
          "days, and one Instructor leads a live online Huddle for an hour on the second Thursday evening of each "
          "month.")
arrow()
box("CAUTION", "Buddies and schools are not given Hub accounts. Letters to schools and to Buddies go by post from "
               "Brigade House.")
arrow()
box("STOP", "Next Muster.")

# ------------------------------------------------------------------ ALG 8
title("ALG 8 - SCENARIOS")
box("START", "A Scenario deadline (see the Scenarios table).")
arrow()
box("DO", "The Course Member submits through the Hub. The Instructor marks it against the Scenario's pass list "
          "within four weeks, writing against each line.")
arrow()
box("DO", "A University lecturer second-marks every fail, every distinction and a further one in five of all "
          "Scenarios. Instructors and the University lecturer meet each term to mark three shared pieces blind and "
          "agree the standard before marking starts.")
arrow()
b = box("DO", "All marks go to the University's moderation meeting, which may change a mark.")
ip = b.cell(0, 0).add_paragraph()
ins_run(ip, "The University's external examiner reads a sample from every Scenario and attends the Award Board.",
        author=UNI)
arrow()
box("QUESTION", "Passed?")
yesno("Recorded on the Response Card.", "One resubmission within eight weeks, with a tutorial first.")
arrow()
box("STOP", "Go to ALG 9 after Scenario 4.")

# ------------------------------------------------------------------ ALG 9
title("ALG 9 - THE AWARD")
box("START", "The Award Board meets (July and January).")
arrow()
box("QUESTION", "Has the Course Member passed all four Scenarios, each on every line of its pass list, and has the "
                "Buddy signed the Drill Record?")
yesno("The Award Board recommends the Award and the University confers it.",
      "No Award. The Board says what is missing and by when it may be made good.")
arrow()
box("STOP", "Go to ALG 10.")

# ------------------------------------------------------------------ ALG 10
title("ALG 10 - AFTER THE AWARD")
box("START", "The Award letter is sent.")
arrow()
box("DO", "Course Members keep their Hub access until the end of the term and are invited to the Brigade's "
          "Christmas lecture.")
arrow()
box("STOP", "The course ends here. The Division does not follow up Course Members after the Award.")

# ------------------------------------------------------------------ ALG 11
title("ALG 11 - KEEPING THIS BOOK UP TO DATE")
box("START", "The end of every Muster, every Scenario round and every year.")
arrow()
box("DO", "Inside: every Course Member fills a feedback slip at each Muster; the Instructors hold a 30-minute debrief "
          "the same afternoon; Scenario results are reviewed line by line each term to see which outcomes Course "
          "Members find hardest; the Skills Survey is repeated at Muster 8 and set against Muster 1, outcome by "
          "outcome, to show the change in each Course Member's confidence and competence.")
arrow()
box("DO", "Outside: the University's annual monitoring report and the external examiner's report; the County "
          "Council's Senior Adviser for SEN, who sits on the Award Board; and a July review meeting with Buddies, "
          "two heads, a parent from Brackmoor Parent Partnership and two former Course Members.")
arrow()
box("DO", "Everything that is to change is written in the Changes Log with who will do it and by when; the "
          "Divisional Superintendent signs the Log off and the next edition of this book carries the changes.")
arrow()
box("CAUTION", "Pupils. We have not yet found a fair way to measure the difference the course makes to pupils across "
               "the whole cohort. The Division does not collect the pupil data from Scenario 4.")
arrow()
box("STOP", "Next edition.")

# ------------------------------------------------------------------ notes
title("NOTES TO THE CHARTS")
notes = [
    "The Schools Officer (Award) runs admissions, the Hub and the Changes Log. The Course Leader is Dr Helen Marr, "
    "Senior Lecturer in Education (Primary) at the University of Eastwold.",
    "The Entry Profile asks for: QTS; at least two years' teaching; a working knowledge of the stages of the SEN Code "
    "of Practice; experience of planning for at least one pupil on the school's SEN register; and the head's "
    "agreement to the Scenarios being set in the school. Applicants who do not meet it get the advice letter in ALG 1.",
    "The Starter Session is a free Saturday morning at Brigade House, twice a year, for teachers who are not yet "
    "ready for a place.",
    "Our Instructors. Every Award Instructor holds the Brigade's Instructor Certificate (Schools) and re-qualifies "
    "every three years at the Brigade's Instructor Conference. There are four Award Instructors; two of them have "
    "taught in special schools.",
    "Specialist speakers: an educational psychologist and a specialist teacher for hearing impairment from the County "
    "Council's SEN Support Service, a speech and language therapist from Brackmoor PCT, the Parent Partnership "
    "Service, and disabled members of the Brackmoor Access Group. Course Members are not placed in other settings; "
    "all Drill Cards are done in the Course Member's own school.",
    "Resources. The Resource Room at Brigade House lends about 300 books and the standardised tests the Division holds "
    "for Drill Card D4. We do not hold specialist software or assistive technology; Course Members use what their "
    "school has.",
    "Buddies. Each Buddy is a member of the school's senior team named by the head on the Nomination Form. Buddies "
    "come to a Buddy Evening before Muster 1 and receive the Buddy Handbook, which sets out what a Buddy does "
    "(a fortnightly meeting, signing the Drill Record, observing Scenario 3) and what a Buddy does not do (mark "
    "Scenarios). New Instructors shadow a full Muster and co-mark a Scenario round before marking alone, and all "
    "Instructors attend the University's marking day each September.",
    "Heads' Breakfast. In March 2008 we held a Heads' Breakfast at Brigade House. Eleven headteachers came and read "
    "the draft of this book. We know from eighteen years of first-aid work in Brackmoor's schools what schools need "
    "from a course like this.",
    "Drill Cards. Each Muster has one Drill Card: a task done in school before the next Muster, with the Buddy, "
    "written up in half a page for the Drill Record.",
    "Three things in this edition changed because of the Heads' Breakfast: the weekday route was added beside the "
    "Saturday route; Musters were moved so that none falls in the SATs or GCSE weeks; and the Buddy's time was "
    "limited to one hour a fortnight, which the heads said they could release.",
    "Cost. The fee is \u00a31,450 for the whole course, including the University's registration. The County Council "
    "pays half for its maintained schools in 2008-09.",
    "The Muster Room forum is moderated by the Instructor on duty that week.",
    "Research and inspection evidence in the Musters includes the Education and Skills Committee's report on SEN "
    "(2006), Ofsted's \"Inclusion: does it matter where pupils are taught?\" (2006), the Bercow Review of services "
    "for children with speech, language and communication needs (2008), the Inclusion Development Programme (2008) "
    "and Removing Barriers to Achievement (2004). The Instructors review the reading list every summer.",
    "Scenario 4 data. A Course Member chooses a group of at least four pupils, records a baseline (reading age, "
    "P scales or National Curriculum levels, attendance or a well-being scale), runs or leads an intervention and "
    "measures again at least eight weeks later.",
]
for i, n in enumerate(notes, 1):
    p = doc.add_paragraph()
    runs(p, (f"Note {i}.  ", {"bold": True}), n)

# ------------------------------------------------------------------ musters
title("THE MUSTERS")
para(doc, "Eight Musters, each a full day, with Hub pre-work before and a Drill Card after. The Musters of a term are "
          "grouped under the term's theme.")
mt = doc.add_table(rows=1, cols=4)
mt.style = "Table Grid"
for j, h in enumerate(["Theme", "Muster", "What we do", "Drill Card"]):
    cell_text(mt.cell(0, j), h, bold=True, size=9)
    shade(mt.cell(0, j), "C00000")
    mt.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
musters = [
    ("Reporting for duty", "Muster 1 - Reporting for Duty",
     "The SENCO's job in a school, and how this course works. The Skills Survey. Writing and speaking clearly for "
     "different audiences: a short report to governors, a telephone call to a parent, a briefing to staff.",
     "D1: shadow your head for half a day and list the SEN decisions made."),
    ("Reporting for duty", "Muster 2 - Rules of the Road",
     "The SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Education (SENCO) "
     "Regulations 2008, and what they mean for the school and the SENCO. The Disability Discrimination Act and the "
     "Disability Equality Duty: the school's Disability Equality Scheme and accessibility plan. Removing Barriers to "
     "Achievement and the Inclusion Development Programme. Session with the Brackmoor Access Group.",
     "D2: check your school's SEN policy and accessibility plan against the law."),
    ("Seeing the child", "Muster 3 - Primary Survey",
     "How children develop, and how SEN, disability and the classroom and playground affect development. Noticing "
     "need: observation, data and talking to staff. Behavioural, emotional and social difficulties, autistic spectrum "
     "disorders, and speech, language and communication needs. Setting targets that stretch; planning and reviewing "
     "interventions. Making a decision when the evidence is thin.",
     "D3: observe one pupil in three settings and write targets."),
    ("Seeing the child", "Muster 4 - Secondary Survey",
     "Specific learning difficulties including dyslexia, and moderate learning difficulties. Assessment for learning "
     "with pupils with SEN, and helping colleagues to use it. Using test data, P scales and national tests to track "
     "progress. Approaches, strategies and resources, including ICT, weighed against the evidence. Provision "
     "mapping: costing what you provide and finding what is missing or not working.",
     "D4: draft a provision map for one year group."),
    ("Hearing the child", "Muster 5 - The Casualty's Voice",
     "Consulting pupils: interviews, pupil-led reviews, symbols and photographs for pupils with little speech. "
     "Involving pupils in planning and reviewing their provision. Working with parents and carers (with Parent "
     "Partnership). Reading reports from educational psychologists, therapists and health staff and turning them "
     "into teaching. The agencies: who does what and how to get help, including voluntary organisations.",
     "D5: run a pupil-led review with one pupil and their parents."),
    ("Leading the post", "Muster 6 - Running the Post",
     "Winning the head's and senior team's backing; working with governors on ethos, policy and resources. "
     "Deploying and managing teaching assistants. Supporting colleagues: observing and "
     "giving feedback, modelling, coaching and mentoring, running training.",
     "D6: plan the staff briefing you will give for Scenario 3."),
    ("Leading the post", "Muster 7 - Evidence-based Care",
     "Reading research critically and using it, and advice from outside the school, to improve teaching. Best practice "
     "in meeting SEN. The principles of school self-evaluation and improvement. Reviewing provision with colleagues "
     "and feeding the findings to the school's self-evaluation.",
     "D7: review one intervention with the staff who run it."),
    ("Handing over", "Muster 8 - Handover",
     "Presenting the Scenario 4 enquiry to the group. Keeping up to date: networks, journals, the County SENCO "
     "Forum. The Skills Survey again.",
     "D8: close the Drill Record with your Buddy."),
]
for th, m, w, d in musters:
    r = mt.add_row()
    for j, v in enumerate([th, m, w, d]):
        cell_text(r.cells[j], v, size=8.5, bold=(j == 1))
# merge theme cells
starts = {}
for i, (th, *_rest) in enumerate(musters, 1):
    starts.setdefault(th, []).append(i)
for th, idx in starts.items():
    if len(idx) > 1:
        a, b = mt.cell(idx[0], 0), mt.cell(idx[-1], 0)
        m = a.merge(b)
        cell_text(m, th, size=8.5, italic=True)
    shade(mt.cell(idx[0], 0), GRY)
para(doc, "")

# ------------------------------------------------------------------ scenarios
title("THE SCENARIOS")
para(doc, "Four Scenarios are marked. Each has a pass list; an Instructor signs off a line only when the Course "
          "Member's work shows it. The lines are given here in short; the Response Chart gives them in full.")
scen = [
    ("Scenario 1 - Casebook", "3,000 words, after Muster 5",
     "The story of one pupil's provision over a term, with the pupil's and parents' own words. To pass, the Course "
     "Member shows that they: identified the pupil's needs from observation and data and set challenging targets; "
     "used the reports of other professionals to shape teaching; involved the pupil in planning and reviewing; "
     "worked with the parents fairly and respectfully; knew which outside agency to call and how; applied the Code "
     "of Practice correctly; understood the pupil's type of need and how it affects learning; and explained how the "
     "provision serves the five Every Child Matters outcomes."),
    ("Scenario 2 - Provision Map", "Map and 2,000 words, after Muster 4",
     "A provision map for the school or a key stage, with a commentary. To pass, the Course Member shows that they: "
     "used the map to find provision that is missing or not working; used summative data, including national tests, "
     "to track progress and change programmes; judged approaches and resources, including ICT, critically; made "
     "well-founded decisions about what to stop and start; and checked the map against the school's duties under "
     "disability equality law."),
    ("Scenario 3 - Observed Briefing", "A staff session and 1,500 words, after Muster 6",
     "The Course Member plans and runs a training session for colleagues, observed by the Buddy and an Instructor, "
     "and writes a reflection. To pass, the Course Member shows that they: supported colleagues' development "
     "by modelling, coaching or training; spoke and wrote clearly; and listened to and took account of colleagues' "
     "views."),
    ("Scenario 4 - Leadership Enquiry", "5,000 words, after Muster 8",
     "An improvement enquiry in the school, with baseline and follow-up measures for a group of pupils (Note 14). "
     "To pass, the Course Member shows that they: won the commitment of the head and senior team; worked with senior "
     "colleagues and governors on inclusive ethos, policy and resources; drew on research and outside advice to "
     "improve practice; showed knowledge of best practice and research; and reviewed provision with colleagues to "
     "inform the school's self-evaluation."),
]
st = table(doc, [["Scenario", "Form and when", "What the Course Member must show"]] +
           [list(s) for s in scen], widths=[3.5, 3.5, 9.5], size=8.5)
para(doc, "")

# ------------------------------------------------------------------ response chart (landscape)
sec2 = landscape_section(doc)
title("THE RESPONSE CHART")
para(doc, "One line for each national minimum outcome, in our words. Read the columns as set out under \"How to read "
          "the charts\".")
rows = [
    ("A", "Attributes", None, None, None),
    ("6.A1", "Treats pupils with SEN and/or disabilities and their families fairly and with respect, and builds steady, "
             "constructive working relationships with them", "Muster 5", "Scenario 1", None),
    ("6.A2", "Wins the backing of the head and senior team for better outcomes for pupils with SEN and/or "
             "disabilities", "Muster 6", "Scenario 4", None),
    ("6.A3", "Plans the week, keeps to time, hands jobs on to the right people and checks they are done", "KEY",
     "KEY", None),
    ("6.A4", "Sees trouble coming, sorts it out, and makes sound, well-founded decisions about provision", "Muster 3",
     "Scenario 2", None),
    ("6.A5", "Speaks and writes clearly; listens to others and understands their views", "Muster 1", "Scenario 3",
     None),
    ("6.A6", "Uses research and outside advice to improve their own and colleagues' teaching", "Muster 7",
     "Scenario 4", None),
    ("6.A7", "Keeps up to date and takes charge of their own professional development in SEN and disability",
     "Muster 8", "Talk-through", None),
    ("K", "Knowledge and understanding", None, None, None),
    ("6.K1", "The law and guidance on SEN, including the Code of Practice: what they mean for the school and the SENCO "
             "and how to carry them out", "Muster 2", "Scenario 1", None),
    ("6.K2", "Every Child Matters: its principles and five outcomes, and how the SENCO helps children reach them",
     "Own reading", "Scenario 1", None),
    ("6.K3", "Disability equality law and what it requires the school to do for disabled pupils", "Muster 2",
     "Scenario 2", None),
    ("6.K4", "How children develop, and how SEN, disability and the physical and social environment affect "
             "development", "Muster 3", "Talk-through", None),
    ("6.K5", "The common types of SEN and disability (BESD, specific learning difficulties including dyslexia, SLCN, "
             "ASD, MLD) and how each affects learning", "Muster 3", "Scenario 1", None),
    ("6.K6", "Approaches, strategies and resources for assessing, planning, teaching and learning, including ICT, "
             "judged critically and used to remove barriers", "Muster 4", "Scenario 2", None),
    ("6.K7", "School self-evaluation and improvement, and how it bears on outcomes for pupils with SEN", "Muster 7",
     "Talk-through", None),
    ("6.K8", "Best practice and research findings in meeting SEN", "Muster 7", "Scenario 4", None),
    ("6.K9", "What outside agencies do and how to get specialist help and resources", "Muster 5", "Scenario 1", None),
    ("S", "Skills", None, None, None),
    ("6.S1", "With senior colleagues and governors, shapes an inclusive ethos and the school's policies, priorities "
             "and use of resources", "Muster 6", "Scenario 4", None),
    ("6.S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "Muster 3", "Scenario 1", None),
    ("6.S2a", "Uses assessments by other professionals to shape teaching and learning", "Muster 5", "Scenario 1",
     None),
    ("6.S2b", "Uses summative assessment, including national tests, to track progress and change programmes",
     "Muster 4", "Scenario 2", None),
    ("6.S2c", "Encourages other teachers to develop formative assessment, thinking about pupils with SEN", "Muster 4",
     "Talk-through", None),
    ("6.S2d", "Identifies in good time the special arrangements pupils need for tests and examinations and puts them "
              "in place", "\u2014", "\u2014", None),
    ("6.S3", "Uses provision mapping to plan provision and find what is ineffective or missing", "Muster 4",
     "Scenario 2", None),
    ("6.S4", "Deploys and manages teaching assistants and other staff well", "Muster 6", "Talk-through", None),
    ("6.S5", "Supports colleagues' professional development: observation and feedback, modelling, coaching and "
             "mentoring, training", "Muster 6", "Scenario 3", None),
    ("6.S6", "Reviews and evaluates provision with other staff to inform the school's self-evaluation", "Muster 7",
     "Scenario 4", None),
    ("6.S7", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
     "Muster 5", "Scenario 1", None),
    ("6.S8", "Works with parents and carers to promote their child's learning and development", "Muster 5",
     "Scenario 1", None),
    ("6.S9", "Works in partnership with other services and agencies, including voluntary organisations", "Muster 5",
     "Talk-through", None),
]
rc = doc.add_table(rows=1, cols=4)
rc.style = "Table Grid"
for j, h in enumerate(["Line", "What the Course Member can do", "Drilled at", "Signed off at"]):
    cell_text(rc.cell(0, j), h, bold=True, size=9)
    shade(rc.cell(0, j), "C00000")
    rc.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
a3_row = None
for code, text, dr, so, _ in rows:
    r = rc.add_row()
    if dr is None:
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, text, bold=True, size=9)
        shade(m, GRY)
        continue
    cell_text(r.cells[0], code, size=8.5, bold=True)
    cell_text(r.cells[1], text, size=8.5)
    if dr == "KEY":
        a3_row = r
        for j, old in ((2, "Muster 6"), (3, "Talk-through")):
            pp = r.cells[j].paragraphs[0]
            del_run(pp, old, author=AUTH)
            ins_run(pp, "\u2014", author=AUTH)
    else:
        cell_text(r.cells[2], dr, size=8.5)
        cell_text(r.cells[3], so, size=8.5)
    if so == "Talk-through" or dr == "Own reading":
        shade(r.cells[3] if so == "Talk-through" else r.cells[2], AMB)
for row in rc.rows:
    for j, w in enumerate([1.6, 15, 3.5, 3.5]):
        row.cells[j].width = Cm(w)

# comments (not part of the submission)
doc.add_comment(a3_row.cells[1].paragraphs[0].runs, text="A3 was a ten-minute slot in Muster 6 and we cut it to make "
                "room. Still covered really - put it back for the 2009-10 edition?", author=AUTH, initials="MT")

para(doc, "")
para(doc, "The Response Card each Course Member keeps is a copy of this chart with a column for the Instructor's "
          "initials and the date on which each line is signed off.", italic=True)

# comment on the vetting box (ALG 1)
for t in doc.tables:
    txt = t.cell(0, 0).text
    if txt.startswith("CAUTION") and "Vetting" in txt:
        doc.add_comment(t.cell(0, 0).paragraphs[2].runs, text="Should we be asking to see the disclosures? The TDA "
                        "spec seems to say so. - HM", author="H. Marr", initials="HM")
        break

sec2.header.is_linked_to_previous = False
sec2.footer.is_linked_to_previous = False
header_footer(sec2, "BRACKMOOR VOLUNTEER AID BRIGADE  |  RESPONSE CHART",
              "Issued by the Divisional Superintendent. Not a clinical document.")

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
