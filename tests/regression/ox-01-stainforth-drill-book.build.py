"""ox-01-stainforth-drill-book: build the .docx next to this script.

Provider (invented): Dunholm County Fire Brigade, Brigade Training College, Stainforth (its Schools Education
Wing, which employs qualified teachers), with the University of Arlesey, which validates the Award as its
Postgraduate Certificate in Special Educational Needs Coordination (60 credits at Master's level), and Dunholm
County Council. Application for the 2009 intake, Issue 3, November 2008.

Kind of document: the College's DRILL BOOK, "Part 7: SENCO Award Drills", sent as it stands as the application.
A fire-service drill book: an authority paragraph, an Amendment Record, a Preface by the Principal, numbered
General Instructions ("Para 1." to "Para 16."), ten numbered drills ("DRILL 7/1 - FALL IN" ... "DRILL 7/10 -
STAND DOWN"), each laid out as Object / Gear / Crew / Words of command (bold capitals) / Duties (a table of
positions No. 1 to No. 4, with Nos. 3 and 4 merged where they share duties) / Make-up and Turnout / Notes /
Alternative evolution, CAUTION boxes (one-cell shaded tables), a Pass-Out part ("Para 17." to "Para 22.") and
the Drill Register (the outcome table) at the end.

Layout: no Heading styles at all; the College's own paragraph styles ("DB Part", "DB Drill", "DB Para" ...).
The College's vocabulary: Crew (learning set), Crew Commander (tutor), Station (the participant's school),
Station Officer (headteacher), Station Mentor, Evolution (20-credit module), Drill (taught day), Turnout
(school-based task), Make-up (unmarked write-up), Pass-Out (Tasks A, B, C), "dry" (practised, not marked) and
"wet" (marked). The Register's key (W = wet, marked in the task named; D = dry, drilled only; a dash = not
drilled in this issue) is given only in the terms table of Para 1, far above the Register. Header and footer
(the footer carries a blanket claim); a PAGE field; footnotes (word/footnotes.xml); one Word comment;
a cancelled paragraph printed in strikethrough with an amendment note.

Traps (requirement ids):
- Preface: "Every national outcome is drilled and passed out before the Award is made" and the footer's
  "All national outcomes drilled and passed out" are blanket claims; the Register shows D rows and dashes
  and Para 20 requires only the W lines (6.0 partially_met, 1.9 partially_met).
- Para 14, an assessment-only route ("Pass-Out without drills"), is printed struck through and cancelled by
  Amendment 2; candidates are referred to the University's MA, another programme's arrangement; Para 5 adds
  "Experience, however long, is not credited" (2.3 not_met; 2.1 partially_met: certificated study only).
- Para 10: the Drill Yard Net gives peer exchange between drills but "Crew Commanders do not post on the
  Drill Yard Net" and questions are taken by telephone on drill days only (3.3 partially_met).
- Para 11: a Disability Equality Scheme, a disclosure question and level access only (3.1 partially_met).
- Para 9: Station Mentors get only a copy of the book and a letter (5.7 partially_met).
- Para 13: specialist visiting instructors, but "Participants are not placed in other schools" (5.5 partially_met).
- Para 16(c): stakeholders host Turnouts, but evaluation is only "will be asked for their views on the Award from
  time to time" (4.3 partially_met). Para 16(a)-(b) evidence and changes (4.1, 4.2 met).
- Para 16(d): the College's Youth Council of young firefighters named the drills: the College consulting
  young people, not developing participants' skills in consulting pupils (1.5 not_met, wrong context);
  Register S7 is a dash and S2(d) is a dash; the note under the Register says both "will be drilled from
  Issue 4" (a plan: 6.S7, 6.S2d not_met). Access arrangements appear elsewhere only as an instructor's
  qualification (Para 12) (6.S2d).
- Para 21: confidence measured before and after, but for pupils "We expect the effect on children to show, in
  time" and "the College does not itself collect information on pupils' progress" (5.9 partially_met).
- Research: only "in line with current thinking on SEN" in the Preface and Crew-chosen research summaries;
  no research or inspection evidence named (1.3 partially_met), while use of research is taught and marked
  (6.A6, 6.K8 met).
- Register D rows (drilled, not marked): A1, A3, K4, S2(b), S5 (partially_met). A5 is marked in Task C but
  not drilled ("Drilled at" a dash) (partially_met). Drill notes repeat "drilled dry" for A1, A3, K4, S2(b), S5.
- 5.3 met in the body (Para 4: the Station Officer certifies the disclosure, the Vetting Clerk checks the
  original, fresh disclosure where needed); the comment (not evidence) is about Para 21 only.
- Met but far from any criterion heading: E.1/E.2 (Para 2), 2.2 (Para 6), 2.4 (Para 7), 3.2 (Para 8),
  5.2 (Para 3), 5.4 (Para 12), 5.6 (Para 15), 5.8 (Para 19), 5.1 (Para 22), 2.5 (Drill 7/10), 1.6, 1.7
  (Drills 7/8, 7/3, 7/6), 1.2 and 1.8 (Turnouts and Tasks), 1.1 (Preface and criterion P1).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ox_helpers import (Footnotes, cell_text, page_field, run, shade, style, words)

HERE = Path(__file__).parent
NAME = "ox-01-stainforth-drill-book"

doc = docx.Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

style(doc, "DB Cover", size=20, bold=True, caps=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
style(doc, "DB Cover Small", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
style(doc, "DB Part", size=13, bold=True, caps=True, space_before=18, space_after=8, keep_next=True,
      color="8B0000")
style(doc, "DB Drill", size=12, bold=True, caps=True, space_before=16, space_after=2, keep_next=True)
style(doc, "DB Drill Sub", size=9.5, italic=True, space_after=8, keep_next=True)
style(doc, "DB Para", size=10.5, space_after=6)
style(doc, "DB Command", size=10.5, bold=True, caps=True, indent=Cm(1.5), space_after=1)
style(doc, "DB Note", size=9.5, italic=True, space_after=6)

fn = Footnotes(doc)

# ---------------- header / footer ----------------
hp = sec.header.paragraphs[0]
run(hp, "DUNHOLM COUNTY FIRE BRIGADE \u00b7 DRILL BOOK \u00b7 PART 7 \u00b7 SENCO AWARD DRILLS", size=8)
hp2 = sec.header.add_paragraph()
run(hp2, "RESTRICTED \u2014 TRAINING", bold=True, size=8)
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
run(fp, "Brigade Training College, Stainforth \u00b7 Issue 3 \u00b7 All national outcomes drilled and passed out "
        "\u00b7 ", size=8)
page_field(fp, prefix="")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text, lead=None, style_name="DB Para"):
    p = doc.add_paragraph(style=style_name)
    if lead:
        run(p, lead + " ", bold=True)
    run(p, text)
    return p


def side(label, text):
    p = doc.add_paragraph(style="DB Para")
    run(p, label + ". ", bold=True)
    run(p, text)
    return p


def caution(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    pp = c.paragraphs[0]
    run(pp, "CAUTION. ", bold=True)
    run(pp, text)
    shade(c, "FCE4D6")
    doc.add_paragraph(style="DB Note")


def commands(cmds):
    p = doc.add_paragraph(style="DB Para")
    run(p, "Words of command.", bold=True)
    for c in cmds:
        doc.add_paragraph(c, style="DB Command")


def duties(d1, d2, d3, d4=None):
    """A duties table, Nos. 1-4; if d4 is None, Nos. 3 and 4 share one merged cell."""
    p = doc.add_paragraph(style="DB Para")
    run(p, "Duties.", bold=True)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    hdr = ["No. 1", "No. 2", "No. 3", "No. 4"]
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, bold=True, size=9.5, fill="D9D9D9")
    cell_text(t.cell(1, 0), d1, size=9.5)
    cell_text(t.cell(1, 1), d2, size=9.5)
    if d4 is None:
        m0 = t.cell(0, 2).merge(t.cell(0, 3))
        cell_text(m0, "No. 3 and No. 4", bold=True, size=9.5, fill="D9D9D9")
        m1 = t.cell(1, 2).merge(t.cell(1, 3))
        cell_text(m1, d3, size=9.5)
    else:
        cell_text(t.cell(1, 2), d3, size=9.5)
        cell_text(t.cell(1, 3), d4, size=9.5)
    doc.add_paragraph(style="DB Note")


def drill(num, name, sub, obj, gear, cmds, dts, makeup, notes=None, alt=None, cautions=None,
          footnote=None):
    p = doc.add_paragraph(style="DB Drill")
    run(p, "Drill %s \u2014 %s" % (num, name))
    doc.add_paragraph(sub, style="DB Drill Sub")
    side("Object", obj)
    g = side("Gear", gear)
    if footnote:
        fn.add(g, footnote)
    commands(cmds)
    duties(*dts)
    side("Make-up and Turnout", makeup)
    if notes:
        side("Notes", notes)
    if cautions:
        caution(cautions)
    if alt:
        side("Alternative evolution", alt)


# ---------------- cover ----------------
for t in ["Dunholm County Fire Brigade", "Brigade Training College \u00b7 Stainforth"]:
    doc.add_paragraph(t, style="DB Cover Small")
doc.add_paragraph("Drill Book", style="DB Cover")
doc.add_paragraph("Part 7", style="DB Cover")
doc.add_paragraph("SENCO Award Drills", style="DB Cover")
doc.add_paragraph("National Award for SEN Coordination \u00b7 Schools Education Wing", style="DB Cover Small")
doc.add_paragraph("Issue 3 \u00b7 November 2008", style="DB Cover Small")

para("Issued by authority of the Principal. This Part of the Drill Book is sent, as it stands, as the College's "
     "application to the Training and Development Agency for Schools for approval to deliver the National Award "
     "for SEN Coordination from January 2009. It is also the book issued to each member of a Crew on the first "
     "drill day. Drills are to be carried out as laid down here.")

p = doc.add_paragraph(style="DB Part")
run(p, "Amendment Record")
t = doc.add_table(rows=4, cols=4)
t.style = "Table Grid"
rows = [("Amdt", "Date", "Paragraphs and drills affected", "Incorporated by"),
        ("1", "14 July 2008", "Drill 7/9 (Incident Command) added; Drill 7/3 (Next of Kin) moved from Evolution 2 "
                              "to Evolution 1; Drill Register re-issued", "Instr. R. Haldane"),
        ("2", "3 November 2008", "Para 14 cancelled; Para 5 amended", "Sen. Instr. M. Oduya"),
        ("3", "", "", "")]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5, fill="D9D9D9" if i == 0 else None)
doc.add_paragraph(style="DB Note")

# ---------------- preface ----------------
p = doc.add_paragraph(style="DB Part")
run(p, "Preface")
para("The Schools Education Wing of the Brigade Training College has employed qualified teachers since 1996. They "
     "run the Juvenile Firesetter Intervention Scheme, in which most of the children referred to us have a "
     "statement or are at School Action Plus, and three of them were SENCOs before they joined the Brigade. In "
     "2007 the County's Children's Services asked the College to train the county's new SENCOs with the "
     "University of Arlesey. The College agreed, on condition that the course would be run as the College runs "
     "everything else: by drill.")
para("A drill exists so that, at three in the morning, the crew does the right thing for the people inside. The "
     "SENCO Award drills exist for the same reason. Their object is that children and young people with special educational needs and disabilities in "
     "the Crew's schools do better: that they make more progress in their learning, and that they are healthy, "
     "stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Every drill "
     "serves that object, and the first marking criterion of every Pass-Out task (P1, "
     "Para 18) asks for evidence of the difference the participant's work has made to named pupils under those "
     "five headings.")
para("Drills are revised each year in line with current thinking on SEN. Every national outcome is "
     "drilled and passed out before the Award is made.")
p = para("Area Manager J. D. Pell, Principal")
p.runs[0].italic = True

# ---------------- Part 7.1 ----------------
p = doc.add_paragraph(style="DB Part")
run(p, "Part 7.1 \u2014 General Instructions")

para("The following words have these meanings throughout this Part.", lead="Para 1. Terms.")
terms = [
    ("Crew", "Up to eight participants who train together for the whole Award, made up by phase (primary, "
             "secondary, special)."),
    ("Crew Commander", "The College Instructor who leads a Crew's drills, marks its Pass-Out tasks and is each "
                       "participant's personal tutor."),
    ("No. 1 to No. 4", "Positions in a drill. No. 1 is the Crew Commander; participants take Nos. 2, 3 and 4 in "
                       "turn."),
    ("Station", "The participant's own school. The Station Officer is its headteacher."),
    ("Station Mentor", "A senior colleague at the Station who supports the participant (Para 9)."),
    ("Evolution", "One of the three modules of the Award, each of 20 credits."),
    ("Drill", "One taught day (09.15 to 16.00) at the College."),
    ("Turnout", "A task carried out at the Station between drills. Each drill ends with one."),
    ("Make-up", "The participant's written record of a drill and its Turnout. Make-ups are commented on by the "
                "Crew Commander but not marked."),
    ("Dry", "Practised and talked through, with feedback, but not marked."),
    ("Wet", "Marked at Pass-Out against the Award's marking criteria."),
    ("Pass-Out", "The marked assessment: Tasks A, B and C (Para 17)."),
    ("Drill Register", "The table in Part 7.4. W in the Register means wet: the line is marked in the task "
                       "named. D means dry: drilled only and not marked. A dash means the line is not drilled in "
                       "this issue."),
]
t = doc.add_table(rows=len(terms) + 1, cols=2)
t.style = "Table Grid"
cell_text(t.cell(0, 0), "Word", bold=True, size=9.5, fill="D9D9D9")
cell_text(t.cell(0, 1), "Meaning in this Part", bold=True, size=9.5, fill="D9D9D9")
for i, (a, b) in enumerate(terms, 1):
    cell_text(t.cell(i, 0), a, bold=True, size=9.5)
    cell_text(t.cell(i, 1), b, size=9.5)
for r in t.rows:
    r.cells[0].width = Cm(3.5)
    r.cells[1].width = Cm(13.0)
doc.add_paragraph(style="DB Note")

p = para("The Award is the University of Arlesey's Postgraduate Certificate in Special Educational Needs "
         "Coordination. The University's Faculty of Education validated it as collaborative provision with the "
         "College on 19 June 2008, for five years from January 2009. The Award carries 60 "
         "credits at Master's level (level M of the Framework for Higher Education Qualifications), in three "
         "Evolutions of 20 credits each. The University confers the Award on the recommendation of its Board of "
         "Examiners.", lead="Para 2. The Award.")
fn.add(p, "Validation report ARL/FE/CP/08/117; the two conditions of validation were discharged on 30 September 2008.")

para("A candidate must hold Qualified Teacher Status, teach in a maintained school or academy in Dunholm or a "
     "neighbouring authority, and have been appointed SENCO since September 2007 or be named by the headteacher "
     "as SENCO-designate. The Station Officer signs the nomination (Form SEW/1), agreeing to release the "
     "candidate for ten drill days. Every candidate has an entry interview with a Crew Commander and brings the "
     "pre-course task, 'Know your station ground', a two-page account of SEN provision at the school. These are "
     "used to judge whether the candidate knows enough of SEN to reach every line of the Drill Register within "
     "the Award. Where a candidate is not yet ready, the College writes to the candidate and the Station Officer "
     "setting out what to do first and offers a later intake.",
     lead="Para 3. Falling in.")

para("No candidate falls in until vetting is complete. On Form SEW/1 the Station Officer certifies the date and "
     "number of the candidate's current enhanced CRB disclosure, that List 99 has been checked, and that no "
     "disciplinary proceedings are outstanding. The College's Vetting Clerk checks the form against the original "
     "disclosure at the entry interview and records the check. "
     "Where a candidate has not worked in a school in a post with regular contact with children or young people "
     "in the last three months, the College obtains a new enhanced disclosure through the Brigade's registered "
     "body before the first drill and asks the last employer for a reference on conduct and discipline.", lead="Para 4. Vetting.")

para("A candidate who has passed a Master's-level module in special educational needs at another university "
     "within the last five years may ask the University to count it towards Evolution 1, up to 20 credits, under "
     "the University's regulations for accreditation of prior certificated learning. The Crew Commander then "
     "checks the module's outcomes against the Evolution 1 lines of the Drill Register and agrees which drills "
     "the candidate need not attend. Experience, however long, is not credited.",
     lead="Para 5. Prior learning (as amended by Amdt 2).")

para("Before Drill 7/1 each candidate completes the Fall-In Self-Audit, rating themself from 1 (new to me) to 4 "
     "(I do this now and can show it) on every line of the Drill Register, and brings evidence for any line "
     "rated 4. At Drill 7/1 the Crew Commander and the candidate use it to agree an Individual Drill Plan: the "
     "lines the candidate most needs to work on, the Turnouts chosen for them, and three 'personal lines' of the "
     "candidate's own beyond the national outcomes. The Plan is reviewed at Drills 7/4 and 7/8 against the "
     "Make-ups.", lead="Para 6. The Individual Drill Plan.")

para("The fee is \u00a31,450 a candidate. Dunholm County Council meets \u00a3950 of it for its own schools, and "
     "the College charges nothing for rooms, equipment or catering on drill "
     "days. Where a participant's Drill Plan shows the drill's lines are already met, the Crew "
     "Commander runs the alternative evolution printed under the drill, or stands the participant down to carry "
     "out a Turnout instead.", lead="Para 7. Fitting the drills to the Crew, and cost.")

para("There are two intakes each year: September (Blue Watch) and January (Red Watch). Evolution 1 is always "
     "taken first; Evolutions 2 and 3 may be taken in either order. The Award may be completed in one year, one "
     "Evolution a term, or over two years. Every drill day is run twice, on a Thursday and on the following "
     "Saturday.", lead="Para 8. Intakes and routes.")

para("Each Station Officer names a Station Mentor, normally a deputy or assistant headteacher. The Station Mentor "
     "is sent a copy of this Part and a letter from the Crew Commander, and signs the participant's Turnout "
     "records. The Crew Commander telephones the Station Mentor once in each Evolution. Crew Commanders hold the "
     "College's Instructor Certificate.", lead="Para 9. Station Mentors.")

para("Each Crew has its own room on the Drill Yard Net, the College's online learning system. Participants post "
     "their Make-ups there and comment on one another's between drills, and the reading for each drill is posted "
     "a fortnight before it. Crew Commanders do not post on the Drill Yard Net, and questions for a Crew Commander "
     "are taken by telephone on drill days.", lead="Para 10. The Drill Yard Net.")

para("The College is covered by the Brigade's Disability Equality Scheme. Form SEW/1 asks candidates to tell us "
     "of any disability. The lecture block at Stainforth has level access and a lift.",
     lead="Para 11. Equality.")

para("The Crew Commanders and visiting instructors are:", lead="Para 12. Instructors.")
staff = [
    ("Name and post", "Qualifications and SEN experience"),
    ("Mariam Oduya, Senior Instructor, Head of the Schools Education Wing",
     "MA Special Educational Needs; NPQH; SENCO in two Stainforth primary schools, 1994 to 2005"),
    ("Robert Haldane, Instructor",
     "MEd Inclusive Education (Arlesey); Head of Learning Support, Stainforth High School, 1998 to 2006; trained "
     "assessor for examination access arrangements"),
    ("Caitlin Frew, Instructor",
     "MA Special and Inclusive Education (Arlesey); qualified teacher of the deaf; leads the Firesetter "
     "Intervention Scheme's work with children with autism"),
    ("Dr Peter Lund, University of Arlesey", "Senior Lecturer in Inclusive Education; former SENCO; University "
                                             "link tutor; teaches Drill 7/9"),
]
t = doc.add_table(rows=len(staff), cols=2)
t.style = "Table Grid"
for i, r in enumerate(staff):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5, fill="D9D9D9" if i == 0 else None)
doc.add_paragraph(style="DB Note")
para("Each Crew Commander spends at least ten days a year on SEN updating, including a day working in a school "
     "and the County's SENCO network meetings, recorded in the Wing's CPD log.")

para("Visiting instructors from the County's Educational Psychology Service, Autism Outreach Team and Behaviour "
     "Support Service and a speech and language therapist from Dunholm Primary Care Trust take part in Drills 7/5 "
     "and 7/6. Participants are not placed in other schools: every Turnout is carried out at the participant's own "
     "Station.", lead="Para 13. Specialist expertise and placements.")

p = doc.add_paragraph(style="DB Para")
run(p, "Para 14. Pass-Out without drills. ", bold=True, strike=True)
run(p, "A candidate who already has long experience as a SENCO, or as a teacher in a specialist SEN support "
       "service, may apply to the Senior Instructor to present Tasks A, B and C for marking without attending "
       "drills, after an entry interview and a Fall-In Self-Audit showing 4 on every line.", strike=True)
para("Para 14 is cancelled by Amendment 2 (3 November 2008): the University does not permit Pass-Out without "
     "drills under this validation. Candidates who ask for an assessment-only route are referred to the University "
     "of Arlesey's MA in Inclusive Education, which has its own arrangements for this.", style_name="DB Note")

para("The Wing's Resource Room at Stainforth is open to participants on drill days and by arrangement on any "
     "weekday until 19.00. It holds some 900 books and journals on SEN, assessment kits that participants may "
     "borrow for Turnouts, and an ICT bay of sixteen computers with Clicker 5, Widgit Communicate: In Print, "
     "text-to-speech software and a switch-access station. Participants also use the University library and its "
     "electronic journals.", lead="Para 15. Gear.")

para("", lead="Para 16. Schools, the County and families.")
para("(a) In March 2008 the Wing sent a questionnaire to the headteacher and SENCO of every school in Dunholm "
     "(121 returns from 214 schools) and met the County's SEN team and the Parent Partnership Service. Headteachers asked most for help with provision mapping and managing teaching assistants; new "
     "SENCOs for help with difficult meetings with parents; the County for better use of its outreach teams.")
p = para("(b) The Award was changed as a result. Drill 7/7 (Provision Map) was written in answer to the "
         "headteachers; Drill 7/6 (Mutual Aid) was rebuilt around the County's outreach teams, who now teach part "
         "of it; and Drill 7/3 (Next of Kin) was moved into Evolution 1, with role-play briefs written by the Parent "
         "Partnership Service.")
fn.add(p, "Amendment 1 was made at the request of the Station Officers who answered the March 2008 questionnaire.")
para("(c) Station Officers host and sign off Turnouts at their schools. Schools and the County will be asked for "
     "their views on the Award from time to time.")
para("(d) The College's Youth Council, elected from the Young Firefighters' course, was shown this Part in "
     "October 2008 and chose the names of the drills.")

# ---------------- Part 7.2 ----------------
p = doc.add_paragraph(style="DB Part")
run(p, "Part 7.2 \u2014 The Drills")
para("Evolution 1: Drills 7/1 to 7/4. Evolution 2: Drills 7/5 to 7/7. Evolution 3: Drills 7/8 to 7/10.")

drill("7/1", "Fall In", "Evolution 1 \u00b7 drill day 1 \u00b7 Room 4 \u00b7 the whole Crew",
      "To start each participant from where they are, agree the Individual Drill Plan, and fix the Crew's "
      "attention from the first morning on the children the SENCO is for.",
      "Fall-In Self-Audits; Confidence Scales; an anonymised pupil case from each Station.",
      ["\u201cCrew \u2014 fall in.\u201d", "\u201cState your station ground.\u201d", "\u201cStand easy.\u201d"],
      ("Takes each participant through the Self-Audit; agrees and signs the Drill Plan.",
       "States the station ground: how the school provides for pupils with SEN now.",
       "Question No. 2 on the five Every Child Matters outcomes for one pupil in the case."),
      "At the Station the participant agrees time and support for the Award with the Station Officer and Station "
      "Mentor: the first entry in the Station Log (Task A).")

drill("7/2", "The Book", "Evolution 1 \u00b7 drill day 2 \u00b7 Room 4 \u00b7 the Crew in pairs",
      "To know the law and guidance on SEN and disability and put it into practice, so that no child's "
      "entitlement is lost through the school not knowing it.",
      "The SEN Code of Practice (2001); Part IV of the Education Act 1996 as amended by the Special Educational "
      "Needs and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005 and the "
      "Disability Equality Duty; Every Child Matters: Change for Children (2004); Removing Barriers to Achievement "
      "(2004).",
      ["\u201cOpen the Book.\u201d", "\u201cFind the duty.\u201d", "\u201cWho acts?\u201d",
       "\u201cCheck the Station.\u201d"],
      ("Reads out a scenario (a parent asks for statutory assessment; a pupil with cerebral palsy is refused a "
       "residential trip).",
       "Finds the duty: what the law or the Code requires, and of whom.",
       "Says who in the school must act and the SENCO's part, including under the Disability Equality Duty.",
       "Checks the Station: does our practice meet the duty?"),
      "At the Station the participant checks the school's SEN policy and accessibility plan against the Code and "
      "the Disability Equality Duty and records the changes needed (Task A).",
      notes="Every Child Matters is taught here as the test for each duty: what difference does it make to the "
            "child being healthy, safe, enjoying and achieving, contributing, and ready for economic well-being?",
      alt="For participants whose Drill Plans show 4 on the law lines, a moot on a published tribunal case.")

drill("7/3", "Next of Kin", "Evolution 1 \u00b7 drill day 3 (moved by Amdt 1) \u00b7 Room 2 \u00b7 the Crew in threes",
      "To practise the meetings a SENCO holds with parents and carers, and to build relationships with pupils and "
      "families that are fair, respectful and constructive.",
      "Role-play briefs written by the Dunholm Parent Partnership Service; two recorded review meetings.",
      ["\u201cTake up positions.\u201d", "\u201cNo. 2 \u2014 open the meeting.\u201d",
       "\u201cNo. 4 \u2014 report.\u201d", "\u201cChange round.\u201d"],
      ("Sets the scene; stops the run where the meeting goes wrong.",
       "Leads the meeting as SENCO: explains, listens, agrees what happens next.",
       "Plays the parent or carer from the brief.",
       "Observes against the Parent Partnership checklist and reports."),
      "At the Station the participant plans, holds and records a meeting with the parents or carers of a pupil "
      "with SEN, and writes an account of how the school's liaison with that family will change (Task A).",
      notes="The attributes practised here, being fair, respectful and constructive with pupils and families, are "
            "drilled dry: No. 4's report is feedback, not a mark.",
      cautions="Recorded meetings are shown only with the family's written consent and are never copied.")

drill("7/4", "Size-Up", "Evolution 1 \u00b7 drill day 4 \u00b7 ICT bay \u00b7 the Crew in pairs",
      "To find the children who need more, set them targets worth having, and check that what is done for them "
      "works.",
      "Anonymised class data; reports from an educational psychologist, a speech and language therapist and a "
      "paediatrician on one pupil; three years' key stage test results for one cohort.",
      ["\u201cSize up.\u201d", "\u201cSet the target.\u201d", "\u201cReview.\u201d"],
      ("Gives out the data and reports; questions the targets.",
       "Picks out the pupils who may have SEN and says what the professionals' assessments mean for teaching them.",
       "Sets targets for one pupil and plans the intervention and its review.",
       "Uses the three years' results to track the cohort and says which programmes should change."),
      "At the Station the participant (a) identifies a pupil or small group, sets targets from observation, data "
      "and other professionals' assessments, and plans and reviews a six-week intervention; and (b) works with one "
      "class teacher to develop formative assessment in that teacher's lessons, with particular attention to the "
      "pupils with SEN (Task A).",
      notes="Using summative results to track progress (No. 4) is drilled dry in this issue.")

drill("7/5", "Hazards", "Evolution 2 \u00b7 drill day 5 \u00b7 Resource Room \u00b7 the Crew in fours round four bays",
      "To know the commonest kinds of SEN and disability and how they affect learning, and to judge the "
      "approaches, strategies and resources, including ICT, that remove the barriers.",
      "Visiting instructors. Bay 1: speech, language and communication needs. Bay 2: dyslexia and other specific "
      "learning difficulties. Bay 3: autistic spectrum disorders. Bay 4: behavioural, emotional and social "
      "difficulties and moderate learning difficulties.",
      ["\u201cTo your bays.\u201d", "\u201cIdentify the hazard.\u201d", "\u201cControl measures.\u201d"],
      ("Runs the rotation with the visiting instructor at each bay.",
       "Identifies the hazard: how the need affects the learning of the pupil in the case.",
       "Propose the control measures: approaches, strategies and resources (including ICT), and why."),
      "At the Station the participant chooses the group of pupils for the Incident Review (Task B) and tries one "
      "approach from the drill.",
      notes="How children develop, and how SEN, disability and the physical and social environment affect that "
            "development, is introduced at the start of this drill. It is drilled dry.",
      alt="For special school Crews, the bays cover profound and multiple learning difficulties and sensory "
          "impairment.",
      footnote="The visiting instructors are released by the County under the partnership agreement at no charge "
               "to the College.")

drill("7/6", "Mutual Aid", "Evolution 2 \u00b7 drill day 6 \u00b7 Room 4 \u00b7 No. 1 as Incident Commander",
      "To know what each outside service and voluntary organisation can do for a child, how to get it, and how "
      "to work with it so that help is joined up.",
      "Visiting instructors from the County's services and a voluntary organisation (Dunholm Dyslexia Association "
      "or Dunholm Parents of Autistic Children, in turn); Common Assessment Framework forms.",
      ["\u201cRequest assistance.\u201d", "\u201cState your capability.\u201d", "\u201cLiaison \u2014 report.\u201d"],
      ("Reads the case (a Year 7 boy with autism at risk of exclusion).",
       "As SENCO, states what the school needs and completes the referral.",
       "Takes the part of a service: what it can and cannot do.",
       "Draws up the joint plan and how the school will use the professionals' advice."),
      "At the Station the participant maps the services and voluntary organisations working with the school and "
      "meets one of them about the Task B group.",
      cautions="Case details are anonymised. Participants must not bring identifiable pupil records.")

drill("7/7", "Provision Map", "Evolution 2 \u00b7 drill day 7 \u00b7 ICT bay \u00b7 the Crew in pairs",
      "To plan, cost and check the school's provision for pupils with SEN, so that money and staff time go where "
      "they make most difference.",
      "Provision maps from five schools; a teaching assistant timetable; the SEN section of a school's "
      "self-evaluation form.",
      ["\u201cMap the ground.\u201d", "\u201cWhere are the gaps?\u201d", "\u201cRedeploy.\u201d",
       "\u201cReview with the Watch.\u201d"],
      ("Sets the task and questions each map.",
       "Maps the provision for one year group: interventions, staff, time, cost.",
       "Finds ineffective or missing provision and redeploys the teaching assistants to match.",
       "Reviews the provision with 'the Watch' (the Crew as staff) and writes the school self-evaluation "
       "paragraph that follows."),
      "At the Station the participant revises the provision map for the Task B group, reviews it with the staff "
      "who deliver it, and records the changes proposed to the deployment of support staff and to the school's "
      "self-evaluation.",
      notes="The principles of school self-evaluation and improvement are taught from each Station's own "
            "self-evaluation form.")

drill("7/8", "The Watch", "Evolution 3 \u00b7 drill day 8 \u00b7 Room 2 \u00b7 the Crew in threes",
      "To win the headteacher, senior leaders, governors and colleagues to the work, so that the whole school "
      "improves what it does for pupils with SEN.",
      "Each Station's improvement plan; a governors' committee paper; filmed lessons.",
      ["\u201cBrief the officer in charge.\u201d", "\u201cObserve.\u201d", "\u201cFeedback.\u201d"],
      ("Plays the headteacher, then the chair of governors.",
       "Proposes a change to policy, priorities or resources for pupils with SEN and asks for commitment.",
       "Observes a filmed lesson, gives the teacher feedback and coaches one change.",
       "Plays the teacher."),
      "At the Station the participant presents a proposal on SEN to the senior leadership team or governors and "
      "records the response: the start of the Command Plan (Task C).",
      notes="Observation, feedback and coaching (No. 3) are drilled dry.")

drill("7/9", "Incident Command", "Evolution 3 \u00b7 drill day 9 (added by Amdt 1) \u00b7 Command Training Suite",
      "To make sound decisions under pressure about provision for pupils with SEN: to weigh the evidence, "
      "including research, to see problems coming, and to put first things first.",
      "Three incidents; research summaries chosen by the Crew from the University library; an in-tray of twenty "
      "items.",
      ["\u201cSize up.\u201d", "\u201cDecide.\u201d", "\u201cDelegate.\u201d"],
      ("Releases incidents against the clock; asks what the evidence says.",
       "As Incident Commander, decides what to do and why, drawing on research and outside advice, and names "
       "the next problem.",
       "Takes delegated tasks.",
       "Logs decisions and reasons."),
      "The participant keeps a two-week log of SEN work, marking what was delegated, and reads two research "
      "papers on an intervention the Station uses.",
      notes="Prioritising, managing time and delegating (the in-tray) are drilled dry. Judgement and the use of "
            "research are passed out in Task C.")

drill("7/10", "Stand Down", "Evolution 3 \u00b7 drill day 10 \u00b7 Room 4 \u00b7 the whole Crew",
      "To close the Award by looking forward: to set the participant's next professional targets and plan how "
      "they will keep up to date on SEN and disability.",
      "Drill Plans; the Confidence Scale; details of the University's MA in Inclusive Education.",
      ["\u201cMake up.\u201d", "\u201cNext shout.\u201d", "\u201cStand down.\u201d"],
      ("Reviews each Drill Plan; repeats the Confidence Scale.",
       "Presents the 'Next Shout' plan: two professional targets for the coming year and how they will keep up "
       "to date.",
       "Question No. 2 as an Oral Board would."),
      "The participant agrees the two targets with the Station Officer at the school's performance management "
      "review. The agreed plan forms part of Task C.",
      notes="The 60 credits count towards the University's MA in Inclusive Education.")

# ---------------- Part 7.3 ----------------
p = doc.add_paragraph(style="DB Part")
run(p, "Part 7.3 \u2014 Pass-Out")
para("There are three Pass-Out tasks, one for each Evolution.", lead="Para 17. The tasks.")
tasks = [
    ("Task", "Evolution", "What the participant hands in", "Lines marked"),
    ("A \u2014 The Station Log", "1 (20 credits)",
     "Turnout records 1 to 4 with a 4,000-word commentary on what the participant did and what difference it "
     "made.", "K1, K2, K3, S2, S2(a), S2(c), S8"),
    ("B \u2014 The Incident Review", "2 (20 credits)",
     "A 5,000-word review of provision for one group of pupils sharing a type of need, built from Turnouts 5 to "
     "7: their needs, approaches tried, outside services, provision map, deployment of support staff, review "
     "with staff.",
     "K5, K6, K7, K9, S3, S4, S6, S9"),
    ("C \u2014 The Command Plan and Oral Board", "3 (20 credits)",
     "A 3,000-word plan for developing SEN provision at the Station, drawing on research, with the agreed Next "
     "Shout plan; then a thirty-minute Oral Board on it before two examiners.", "A2, A4, A5, A6, A7, K8, S1"),
]
t = doc.add_table(rows=len(tasks), cols=4)
t.style = "Table Grid"
for i, r in enumerate(tasks):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5, fill="D9D9D9" if i == 0 else None)
doc.add_paragraph(style="DB Note")

para("Each task is marked pass or refer against the Award's five marking criteria: P1, the difference made to named "
     "pupils' achievement and well-being under the five Every Child Matters outcomes; P2, knowledge and "
     "understanding of the lines marked; P3, the quality of practice at the Station; P4, critical use of evidence; "
     "P5, clarity of writing or speaking. Clear speaking and writing are not taught on the Award: the College "
     "expects participants to bring them, and marks them under P5. A task passes only when every line named against it is shown. A referred "
     "task may be resubmitted once, within eight weeks.", lead="Para 18. Marking.")

p = para("Every task is marked by the Crew Commander. A second Crew Commander marks blind every referred task and "
         "one in four of the rest. Before each Pass-Out the Crew Commanders mark the same two scripts to agree the "
         "standard. The Oral Board is taken by two examiners, one from the University. The University's moderator "
         "samples each Crew's marking, and the external examiner, Dr Helen Marsh of the University of Wexborough, "
         "sees every referred task and a sample of the rest.",
         lead="Para 19. Second marking and moderation.")
fn.add(p, "Dr Marsh was approved as external examiner by the University's Academic Board on 9 October 2008.")

para("A participant passes out when every line of the Drill Register marked W has been shown in the task named "
     "against it. The Senior Instructor then recommends the participant to the University's Board of Examiners for "
     "the Award.", lead="Para 20. Award.")

p = para("Each participant completes the Confidence Scale (twenty statements, each rated from 1 to 5) at Drill "
         "7/1 and again at Drill 7/10, and the Award Board compares the two for each Crew. We expect the effect on "
         "children to show, in time, in the schools' own results; the College does not itself collect information "
         "on pupils' progress.", lead="Para 21. Measuring the effect.")
doc.add_comment(p.runs[1], text="Could Task B carry a baseline and a follow-up for the pupils in the group? The "
                                "panel may ask how we know the children are better off. \u2014 PL",
                author="Peter Lund", initials="PL")

para("After every drill the Crew completes a debrief form on what worked and what did not, and the Crew "
     "Commander adds an instructor's debrief. Crew Commanders meet monthly to review the debriefs and the "
     "Make-ups. The Award Board (the Principal, the Senior Instructor, the Crew Commanders and the University link "
     "tutor) meets each term, receives the debrief summaries, Pass-Out results, Confidence Scale returns and the "
     "external examiner's report, and decides the amendments to this Part. "
     "Externally, the University reviews the Award each year through annual monitoring and every five years at "
     "periodic review, and the link tutor observes one drill in each Evolution and reports to the Award Board.", lead="Para 22. Debrief and the Award Board.")

# ---------------- Part 7.4 register ----------------
p = doc.add_paragraph(style="DB Part")
run(p, "Part 7.4 \u2014 The Drill Register")
para("The Register is read with Para 1. Lines are in the College's own words.")
reg = [
    ("ATTRIBUTES", None),
    ("A1", "Is fair, respectful and constructive with pupils with SEN and their families", "7/3", "D"),
    ("A2", "Wins the commitment of the headteacher, senior leaders and colleagues", "7/8", "W \u2014 Task C"),
    ("A3", "Puts first things first, manages own time, delegates", "7/9", "D"),
    ("A4", "Sees problems coming and makes sound decisions on provision", "7/9", "W \u2014 Task C"),
    ("A5", "Speaks and writes clearly; listens to others' views", "\u2014", "W \u2014 Task C"),
    ("A6", "Uses research and outside advice to improve practice", "7/9", "W \u2014 Task C"),
    ("A7", "Keeps up to date; takes charge of own CPD on SEN", "7/10", "W \u2014 Task C"),
    ("KNOWLEDGE", None),
    ("K1", "The law and guidance on SEN, including the Code of Practice, and how to carry it out", "7/2", "W \u2014 Task A"),
    ("K2", "Every Child Matters and the SENCO's part in it", "7/1, 7/2", "W \u2014 Task A"),
    ("K3", "Disability equality law and the action it requires", "7/2", "W \u2014 Task A"),
    ("K4", "How children develop, and what affects development", "7/5", "D"),
    ("K5", "The commonest SEN and disabilities and their effect on learning", "7/5", "W \u2014 Task B"),
    ("K6", "Approaches, strategies and resources, including ICT", "7/4, 7/5", "W \u2014 Task B"),
    ("K7", "School self-evaluation and improvement for pupils with SEN", "7/7", "W \u2014 Task B"),
    ("K8", "Best practice and research on meeting SEN", "7/9", "W \u2014 Task C"),
    ("K9", "What outside agencies do and how to get their help", "7/6", "W \u2014 Task B"),
    ("SKILLS", None),
    ("S1", "Shapes an inclusive ethos, policies and resources with leaders and governors", "7/8", "W \u2014 Task C"),
    ("S2", "Identifies pupils, sets targets, plans interventions, reviews progress", "7/4", "W \u2014 Task A"),
    ("S2(a)", "Uses other professionals' assessments in teaching", "7/4, 7/6", "W \u2014 Task A"),
    ("S2(b)", "Uses summative assessment and national tests to track progress", "7/4", "D"),
    ("S2(c)", "Encourages colleagues' formative assessment for pupils with SEN", "7/4", "W \u2014 Task A"),
    ("S2(d)", "Arranges special arrangements for national tests in good time", "\u2014", "\u2014"),
    ("S3", "Uses provision mapping; finds ineffective or missing provision", "7/7", "W \u2014 Task B"),
    ("S4", "Deploys and manages staff for pupils with SEN", "7/7", "W \u2014 Task B"),
    ("S5", "Develops colleagues: observation, feedback, coaching, training", "7/8", "D"),
    ("S6", "Reviews provision with staff to inform self-evaluation", "7/7", "W \u2014 Task B"),
    ("S7", "Involves pupils in planning and reviewing their provision", "\u2014", "\u2014"),
    ("S8", "Liaises with parents and carers", "7/3", "W \u2014 Task A"),
    ("S9", "Works with other services and voluntary organisations", "7/6", "W \u2014 Task B"),
]
t = doc.add_table(rows=len(reg) + 1, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["Line", "The participant\u2026", "Drilled at", "Passed out"]):
    cell_text(t.cell(0, j), h, bold=True, size=9.5, fill="BFBFBF")
for i, r in enumerate(reg, 1):
    if r[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, r[0], bold=True, size=9.5, fill="F2F2F2")
        continue
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9.5, bold=(j == 0))
for r in t.rows:
    for j, w in enumerate([Cm(1.5), Cm(10.5), Cm(2.2), Cm(2.6)]):
        r.cells[j].width = w
doc.add_paragraph(style="DB Note")
para("Lines S2(d) and S7 will be drilled from Issue 4, subject to the Award Board.", style_name="DB Note")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words~", words(out))
