"""nc-01-sallowfield-documentation-record: build NAME.docx next to this script.

Provider (invented): the Loomhall Yard Studio, the teaching studio of the Sallowfield Guild of Embroiderers and
Quilters, with the University of Kenbury (which validates and confers the Award) and Kenbury Borough Council's SEN
Support Service (which lends staff and surveyed the schools). Application of 12 January 2009 for the 2009-10
National Award for SEN Coordination.

Document kind: the Guild's own Heritage Documentation Record (form DR-3), the form its recorders fill in for every
quilt, coverlet or sampler brought to a Guild Documentation Day, filled in for the course as "the object". The
course is "the SENCO Quilt"; participants are "makers"; the eight Saturday study days are "Blocks" B1-B8; the
school-based task after each is a "Home Block"; mentors are "Sewing partners"; the four marked assignments are
"quilting lines" Q1-Q4; feedback on a draft is "tacking"; APL is "the scrap bag"; an assessment-only route would
be a "finished top"; the award rule is "Binding"; the next-steps plan is "the Label"; evaluation cards are
"Condition Cards". The outcomes are the 29 rows of the "Block Record" (Part I), each a traditional block pattern
name with the outcome in the Studio's own words, keyed far above in Part A ("How to read the Block Record":
Q1-Q4 marked, "Tacked only", "Pieced only", a dash).

Layout: a shaded title block; a covering note; Parts A to I as Heading 1 (restyled brown), sub-parts as Heading 2
or bold run-in labels; the form's printed prompts left in as grey italic bracketed paragraphs and one unfilled table
row ("[Recorder: ...]"); tables for record details (merged title row), recorders' terms, measurements, the Blocks,
and the Block Record (merged and shaded group rows); a VML text box ("Recorder's observations"); a header; a footer
with a PAGE field; four Word comments; tracked changes: a cell change, a deleted table row, a deleted sentence and
an inserted paragraph.

Traps, with the requirement ids they touch:
- Footer claims the Studio Secretary logs every maker's CRB disclosure; a Word comment says "Margaret" checks them;
  the body says only that makers are serving teachers and that the University checks its own PGCE and social work
  students (wrong context). Nothing in the submission itself -> 5.3 not_met.
- "The Studio does not accept finished tops. The Award is not offered by assessment alone" -> 2.3 not_met.
- Block Record row 26 (the S6 outcome, "Kaleidoscope") is a tracked deleted row -> 6.S6 not_met; Block 4's text
  avoids reviewing provision with staff for self-evaluation.
- Block Record row 11 (child development) has dashes in both columns, "not in this quilt" -> 6.K4 not_met.
- Cell change on row 6 (A6): "Pieced only" deleted, "Q3" inserted -> 6.A6 met (the insertion counts).
- Rows marked "Pieced only": A3 (the B7 time-management hour is "a discussion"), S7 (B5 "introduces the idea of pupil
  voice; makers are not asked to carry it into their schools") -> 6.A3, 6.S7 partially_met; 1.5 partially_met.
- Rows marked "Tacked only" (formative): K7 and S2d -> partially_met.
- S4 row: "Pieced in" is a dash but Q2 marks a TA deployment plan (assessed, not taught); a comment admits no Block
  teaches it -> 6.S4 partially_met.
- S9 row: "Pieced only*", the asterisk saying partnership is marked in another University module "which makers do
  not take" (another programme's assessment) -> 6.S9 partially_met.
- The award rule is passing the four quilting lines, which do not mark every outcome -> 6.0 partially_met; 1.9
  partially_met.
- Text box blanket claim ("Every pattern in the national list is pieced into it and quilted through") is
  contradicted by the Block Record and proves nothing (6.0, 1.9, 6.*).
- Foundation Audit at interview, used only for the group's timing: "there is no individual plan" -> 2.2
  partially_met; same Blocks for all -> 2.4 partially_met.
- Blackboard "Workbasket": peer discussion board between Blocks, tutors "do not answer on the board"; the sentence
  saying Alun reads the board weekly is a tracked deletion -> 3.3 partially_met. One order, Saturdays, one start
  a year, a missed Block carried to next year -> 3.2 partially_met.
- Access: ground floor and hearing loop plus a welcome (value) -> 3.1 partially_met.
- Stakeholders teach and sit on the Impact Panel, but evaluation by them is only hoped for ("We hope, once the first
  makers have finished ...") -> 4.3 partially_met. The pilot's parent comment and the Principal EP's reading of
  pilot pieces are past arrangements "not carried into the Award" (4.3, 5.8).
- Pupils' progress data only wished for ("We would like, in later years ..."; a comment declines to promise it);
  confidence is compared before and after -> 5.9 partially_met.
- 4.1 and 4.2 met (the 2008 survey of 61 schools and what it changed); 5.1 met (Condition Cards, Monday review,
  annual review, University monitoring by another faculty); 5.8 met (blind second marking, third marker, external
  examiner; an inserted paragraph adds live agreement of Q4 marks).
- 5.5 met: Brook Lane Special School placement day (Home Block 2) plus LA specialists; the Stitch for Calm pupils'
  visits are the Studio's own work with pupils, not placements.
- Placeholders: Academic Board minute "[ref. to follow]" (E.1 stays met: validated on 4 December 2008), signature
  placeholders.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nc_helpers import (new_doc, para, runs, shade_para, shade_cell, set_cell, table, ins_para, del_run, del_row,
                         cell_change, text_box, page_field, comment, word_count)
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).parent
NAME = Path(__file__).name[: -len(".build.py")]
GREY = "808080"
BROWN = "5B3A29"
HQ, AP, RT = "Hester Quayle", "Alun Petrie", "Rosamund Tate"
D1, D2 = "2009-01-08T17:20:00Z", "2009-01-09T09:45:00Z"

doc = new_doc(font="Gill Sans MT", size=10.5)
for lvl, size in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[lvl]
    st.font.name = "Gill Sans MT"
    st.font.size = Pt(size)
    st.font.bold = True
    st.font.color.rgb = RGBColor.from_string(BROWN)
    st.paragraph_format.space_before = Pt(12 if lvl == "Heading 1" else 8)
    st.paragraph_format.space_after = Pt(4)


def prompt(text):
    return para(doc, text, italic=True, color=GREY, size=9.5)


def h1(text):
    return para(doc, text, style="Heading 1")


def h2(text):
    return para(doc, text, style="Heading 2")


def runin(label, text):
    return runs(doc, [(label + " ", {"bold": True}), text])


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.add_run("Sallowfield Guild of Embroiderers and Quilters \u00b7 Loomhall Yard Studio").font.size = Pt(8.5)
hp.add_run("\tForm DR-3 (2006 revision)").font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Record DR/2009/031 \u00b7 Every maker's enhanced CRB disclosure is seen and logged by the Studio "
               "Secretary at interview. \u00b7 ")
r.font.size = Pt(8)
page_field(fp, prefix="")

# ---------------------------------------------------------------- title block
t = doc.add_table(rows=2, cols=1)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "HERITAGE DOCUMENTATION RECORD", bold=True, size=16, color=BROWN, shade="EFE6D8",
         align="center")
set_cell(t.cell(1, 0), "Form DR-3 \u00b7 for quilts, coverlets, samplers and other stitched textiles recorded at a "
         "Guild Documentation Day", italic=True, size=9.5, shade="EFE6D8", align="center")
para(doc, "")

# ---------------------------------------------------------------- covering note
para(doc, "A NOTE BEFORE THE RECORD", bold=True, color=BROWN)
para(doc, "To the approval panel, Training and Development Agency for Schools", italic=True)
para(doc, "The Loomhall Yard Studio, the teaching studio of the Sallowfield Guild of Embroiderers and Quilters, "
     "asks with the University of Kenbury to be approved to run the National Award for SEN Coordination from "
     "September 2009. We have written the application on the Guild's own Documentation Record, the form our "
     "recorders have filled in for every quilt brought to a Documentation Day since 1991; here the course is the "
     "object. The form's printed prompts are left in grey. Please read the Recorders' terms in Part A first.")
para(doc, "Hester Quayle, Studio Director, Loomhall Yard Studio", space_after=0)
para(doc, "Dr Alun Petrie, Programme Leader, School of Education, University of Kenbury", space_after=0)
para(doc, "12 January 2009")

# ---------------------------------------------------------------- Part A
h1("PART A \u2014 RECORD DETAILS")
prompt("[Recorder: complete every line; write N/A where a line does not apply.]")
rows = [
    ["RECORD DETAILS", None],
    ["Record number", "DR/2009/031"],
    ["Documentation day", "Saturday 10 January 2009, the Long Room, Loomhall Yard Studio"],
    ["Recorders", "Hester Quayle (Studio Director); Dr Alun Petrie (University of Kenbury); Rosamund Tate (Guild "
                  "Documentation Officer)"],
    ["Name of object", "The Loomhall Yard National Award for SEN Coordination (in the Studio, the SENCO Quilt)"],
    ["Owner's name for the object", "[Recorder: give the name by which the owner knows the object, if any]"],
    ["Owner / custodian", "Held jointly. The Studio designs and teaches the course. The University of Kenbury "
                          "validates it, registers the makers as its students and confers the Award."],
    ["Validation", "Validated by the University of Kenbury's Faculty of Education at a validation event on "
                   "4 December 2008 (Academic Board minute [ref. to follow])."],
]
ta = doc.add_table(rows=len(rows), cols=2)
ta.style = "Table Grid"
m = ta.cell(0, 0).merge(ta.cell(0, 1))
set_cell(m, "RECORD DETAILS", bold=True, shade="D9C8B0")
for i, (k, v) in enumerate(rows[1:], start=1):
    set_cell(ta.cell(i, 0), k, bold=True, shade="F5EFE6")
    grey = v.startswith("[Recorder")
    set_cell(ta.cell(i, 1), v, italic=grey or None, color=GREY if grey else None)
for row in ta.rows:
    row.cells[0].width = Cm(4.5)
    row.cells[1].width = Cm(12.0)

h2("Recorders' terms")
terms = [
    ["Term", "What it means in this record"],
    ["Maker", "A participant: a qualified teacher who is, or is about to become, the SENCO of a school."],
    ["Block", "One of the eight Saturday study days at the Studio, B1 to B8."],
    ["Home Block", "The practical task a maker carries out in her or his own school after a Block day."],
    ["Sewing partner", "The senior colleague in the maker's own school who acts as the maker's mentor."],
    ["Tacking", "Feedback written on a draft or a trial piece. Tacking is never marked and no pass depends on it."],
    ["Quilting line", "One of the four marked assignments, Q1 to Q4, set out in Part F."],
    ["Block Record", "The table in Part I, with one row for each pattern (outcome) in the national list."],
    ["Condition Card", "The short evaluation card a maker fills in at the end of each Block."],
]
table(doc, terms, widths_cm=[3.5, 13.0], header_shade="D9C8B0", size=9.5)
para(doc, "")
para(doc, "How to read the Block Record", bold=True, color=BROWN, keep=True)
para(doc, "In the Pieced in column, B1 to B8 name the Block days on which the pattern is taught; a dash means that "
     "no Block day teaches it.")
para(doc, "In the Quilted at column, Q1, Q2, Q3 or Q4 names the quilting line in which the pattern is marked. "
     "'Tacked only' means the pattern is tried in a draft and given feedback, but not marked. 'Pieced only' means "
     "the pattern is taught on a Block day but neither marked nor tacked. A dash means the pattern is not marked.")
para(doc, "A row with a dash in both columns is a pattern that is not in this quilt.")

# ---------------------------------------------------------------- Part B
h1("PART B \u2014 MAKERS AND PROVENANCE")
prompt("[Recorder: record what the owner knows of who made the object, where and when, and how it came to the "
       "present owner.]")
runin("Who made it.", "The course was designed in 2008 by the Studio's teaching team and the University of "
      "Kenbury's School of Education, with the Special Educational Needs Support Service of Kenbury Borough "
      "Council. The Studio teaches the Blocks and first-marks the quilting lines. The University validates the course, "
      "enrols the makers, second-marks and moderates, appoints the external examiner and confers the Award. "
      "The Council's SEN Support Service lends two of its specialist staff to teach on Blocks 2 and 3, and its "
      "Parent Partnership Service leads part of Block 6.")
runin("What it was made for.", "The SENCO Quilt is made for one purpose: that pupils with special educational "
      "needs and disabilities in the makers' schools achieve more and are happier, healthier and safer. We mean "
      "achievement in the wide sense of Every Child Matters, across all five outcomes, and not only test results. "
      "Every quilting line asks the maker to say what difference her or his work made to pupils' learning and well-being.")
runin("Earlier versions.", "Between January and July 2008 the Studio and the SEN Support Service ran an "
      "unaccredited course of six Saturdays for fourteen new SENCOs, known in the Guild as the Friendship Quilt. In "
      "the Friendship Quilt a parent from each maker's school came to the last Saturday to comment on the course, "
      "and the Council's Principal Educational Psychologist read every maker's final piece. Neither arrangement has "
      "been carried into the Award. What the Friendship Quilt makers told us did shape the Award, and is recorded in "
      "Part H.")

# ---------------------------------------------------------------- Part C
h1("PART C \u2014 MEASUREMENTS AND FORMAT")
prompt("[Recorder: measure along the centre line in both directions; note any distortion.]")
meas = [
    ["Measurement", "Record"],
    ["Credit", "60 credits at Master's level (M level), within the University of Kenbury's Postgraduate "
               "Certificate framework"],
    ["Length", "One academic year, part-time: eight Block days between September 2009 and June 2010, with a Home "
               "Block in school after each"],
    ["Group size", "12 to 18 makers"],
    ["Fee", "\u00a31,150 per maker, of which Kenbury Borough Council pays \u00a3500 for makers in its schools"],
    ["Starting points", "One start each year, in September"],
]
tc = table(doc, meas, widths_cm=[3.5, 13.0], header_shade="D9C8B0", size=9.5)
comment(doc, tc.cell(5, 1).paragraphs[0].runs[0], "Check the \u00a31,150 with Kenbury Finance before this goes. RT",
        RT, "RT")

# ---------------------------------------------------------------- Part D
h1("PART D \u2014 FOUNDATION, BACKING AND WADDING")
prompt("[Recorder: describe the backing fabric and the wadding (cotton, wool, polyester, blanket); note any "
       "foundation papers left in.]")
h2("D1 Backing: who may be a maker")
para(doc, "A maker must hold Qualified Teacher Status, teach in a maintained school or academy in or near Kenbury, "
     "and either have been made the school's SENCO in the last two years or be named by the headteacher to take the "
     "role in the coming year. The headteacher signs the Backing Form, which commits the school to release the "
     "maker for the Home Blocks (two afternoons each half-term), to name a Sewing partner and to let the maker lead "
     "at least one piece of staff training during the year.")
para(doc, "Every candidate has a forty-minute interview with Hester Quayle or Alun Petrie and brings the "
     "Foundation Audit (D3) to it. We use the audit and the candidate's experience to judge "
     "whether she or he is likely to reach every pattern in the Block Record by June. Where we think not, we say "
     "what to do first, usually two terms alongside the school's current SENCO and the SEN Support Service's "
     "Starting Out twilights, and we write to the headteacher to agree the plan and to offer a place in the next "
     "year's group.")
h2("D2 Background checks")
p = para(doc, "Our makers are serving teachers, employed by their schools. The University's Admissions Office checks "
         "the enhanced CRB disclosures of its own PGCE and social work students before they go out on placement.")
comment(doc, p.runs[0], "Should we say Margaret checks makers' CRBs at interview? She does it for the Stitch for "
        "Calm volunteers. HQ", HQ, "HQ")
h2("D3 Foundation papers: the Foundation Audit")
para(doc, "At interview each candidate completes the Foundation Audit, a two-sided sheet listing the patterns of "
     "the Block Record, against which she or he marks each one 'new to me', 'some experience' or 'confident', with "
     "a line of evidence for any marked 'confident'. The tutors put the group's audits together before Block 1 and "
     "use them to decide how long to give each part of a Block day: in the Friendship Quilt, for example, the group "
     "was confident on the Code of Practice and we shortened that session.")
para(doc, "The audit does not change which Blocks, Home Blocks or quilting lines an individual maker takes. Every "
     "maker pieces the same eight Blocks in the same order and quilts the same four lines, and there is no "
     "individual plan.")
h2("D4 The scrap bag: prior study and experience")
para(doc, "A maker who already holds Master's-level credit in special educational needs or inclusion, gained in the "
     "last five years, may bring it in the scrap bag. Under the University of Kenbury's regulations for the "
     "Accreditation of Prior Learning up to 20 of the 60 credits may be accredited, which excuses the maker from "
     "Q3. A maker with substantial experience but no credit may instead make an APEL claim: a short portfolio mapped to the Block Record, assessed by the University's APL "
     "Officer with Alun Petrie, for the same 20 credits.")
h2("D5 Finished tops")
para(doc, "The Studio does not accept finished tops. The Award is not offered by assessment alone: every maker, "
     "however experienced, pieces all eight Blocks before her or his quilting lines are marked.")
h2("D6 Wadding: between the Blocks")
p = para(doc, "The University's Blackboard site for the course, the Workbasket, holds the reading for every Block, "
         "the Block handouts and the quilting-line briefs, and each maker has a University login from enrolment. "
         "The Workbasket's discussion board is the makers' own: between Blocks they post questions, share Home "
         "Block ideas and keep each other going. ")
del_run(p, "Alun reads the board every Wednesday evening and answers any question that needs a tutor. ", AP, D1)
p.add_run("Tutors are in the Long Room on Block days and give each maker a twenty-minute tutorial there; they do "
          "not answer on the board.")
para(doc, "The course runs in one order, on Saturdays, at the Studio. A maker who misses a Block through illness or "
     "a school emergency may piece it with the following year's group and carry her or his quilting lines over.")

# ---------------------------------------------------------------- Part E
h1("PART E \u2014 PIECING: THE BLOCKS")
para(doc, "The course is pieced from eight Block days. Each is followed by a Home Block, a practical task the maker carries out in her or his own school before "
     "the next Block and brings back to it. The Home Blocks are where the course meets the school: every one is "
     "tied to patterns in the Block Record, and the Sewing partner signs the Home Block sheet to say it was done.")
blocks = [
    ["Block", "Date", "Our name", "Tutors"],
    ["B1", "19 Sept 2009", "Foundation", "Alun Petrie, Hester Quayle"],
    ["B2", "17 Oct 2009", "Reading the Cloth", "Maureen Oyelaran (SEN Support Service), Hester Quayle"],
    ["B3", "21 Nov 2009", "Pattern and Tools", "Dr Sunil Marwaha (SEN Support Service), Alun Petrie"],
    ["B4", "16 Jan 2010", "Mapping the Quilt", "Hester Quayle"],
    ["B5", "6 Mar 2010", "Voices", "Hester Quayle, with young people from Stitch for Calm"],
    ["B6", "24 Apr 2010", "Families and Partners", "Alun Petrie, Jenny Fairbrother (Parent Partnership Service)"],
    ["B7", "22 May 2010", "Leading the Workroom", "Alun Petrie, Hester Quayle, a visiting headteacher"],
    ["B8", "19 Jun 2010", "Binding", "All tutors"],
]
table(doc, blocks, widths_cm=[1.4, 2.6, 4.0, 8.5], header_shade="D9C8B0", size=9.5)
para(doc, "")

runin("B1 Foundation.", "The SENCO's place in the school and the law that frames it. Makers work through the "
      "Special Educational Needs Code of Practice (2001) and the SEN and Disability Act 2001 (the graduated "
      "response, statutory assessment, statements and annual reviews) and what each means for the school, the SENCO, the governors and class teachers and how "
      "to put it into practice. The afternoon turns to Every Child Matters: Change for Children and its five "
      "outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
      "economic well-being), to Removing Barriers to Achievement (2004), and to the SENCO's part in each. The last "
      "hour covers the Disability Discrimination Act 1995 as amended in 2005: the duty not to treat disabled pupils "
      "less favourably, reasonable adjustments, the accessibility plan and the school's Disability Equality Scheme.")
runin("Home Block 1:", "read the school's SEN policy, accessibility plan and Disability Equality Scheme against the "
      "Code and the Act, and write a one-page note for the headteacher on any gaps.")
runin("B2 Reading the Cloth.", "The most common kinds of special educational need and disability and how each can "
      "affect a pupil's learning: behavioural, emotional and social difficulties; specific learning difficulties, "
      "including dyslexia; speech, language and communication needs; autistic spectrum disorders; and moderate "
      "learning difficulties. For each, makers look at what research and inspection have found works. We read "
      "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
      "matter where pupils are taught? (2006), and the Bercow Review of services for children and young people with "
      "speech, language and communication needs (2008). Makers learn to find and weigh research and outside advice for themselves: each brings one study to the "
      "afternoon's reading circle and says what it would change in her or his school.")
runin("Home Block 2:", "a placement day at Brook Lane Special School, the Studio's partner school, with time in two "
      "classes and an hour with its SENCO, followed by a short written reflection.")
runin("B3 Pattern and Tools.", "Identifying pupils who may have special educational needs from classroom "
      "observation, teacher assessment, data and other monitoring; setting targets that stretch; planning "
      "interventions that remove barriers; and reviewing progress. Makers learn to read the reports of educational "
      "psychologists, speech and language therapists and advisory teachers and to turn them into classroom "
      "approaches. They use summative data, including the P scales and national tests, to track a pupil's progress and to decide when a programme should change. Working through three anonymised cases, they practise seeing problems "
      "coming and deciding what provision a pupil should have. A session on the Notions Box (Part H8) looks critically at approaches, strategies and resources for assessment, planning and teaching, "
      "including ICT. The last hour is on access arrangements for national tests and examinations: makers draft a "
      "timetable for identifying the pupils who need them and putting them in place, and the tutor tacks it.")
runin("Home Block 3:", "choose the pupil for the Q1 case study, gather the assessments already made by other "
      "professionals and the school's data, and agree targets with the class teacher.")
runin("B4 Mapping the Quilt.", "Provision mapping and management. Makers learn to map the school's provision for "
      "pupils with special educational needs, to cost it, and to use the map to find provision that is missing or "
      "is not working. The afternoon looks at the principles of school self-evaluation and improvement, the Ofsted "
      "self-evaluation form and the school improvement plan, and where pupils with special educational needs sit in "
      "both; makers write a one-page note on how their own school's self-evaluation treats pupils with SEN, and the "
      "tutor tacks it.")
runin("Home Block 4:", "draw the school's provision map for one year group and mark any provision that is missing or "
      "not working.")
runin("B5 Voices.", "Relationships with pupils and their families: what makes a relationship fair, respectful and "
      "supportive, and how a SENCO builds one with a pupil who finds school hard and with her or his parents or "
      "carers. In the afternoon three young people from Stitch for Calm talk about being asked, and not asked, "
      "about their own support. The Block introduces the idea of pupil "
      "voice; makers are not asked to carry it into their schools.")
runin("Home Block 5:", "none; makers use the time to write Q1.")
runin("B6 Families and Partners.", "Working in partnership with parents and carers. Makers practise a structured "
      "conversation with a parent in threes, one observing, concentrating on listening to and understanding the "
      "parent's view; plan a review meeting in which parents are heard; and learn how to advise and support parents "
      "through statutory assessment. The afternoon is on the scope and role of the services beyond the school, "
      "including voluntary organisations such as the Kenbury Autism Family Group, how to get specialist advice and "
      "resources from them, and how to work with them through the Common Assessment Framework and multi-agency "
      "meetings.")
runin("Home Block 6:", "hold a structured conversation with a parent of a pupil with SEN and write it up; list the "
      "services the school has used in the last year and what each provided.")
runin("B7 Leading the Workroom.", "The SENCO as a leader among colleagues. Makers learn how to gain the commitment "
      "of the headteacher, senior leaders and colleagues to better outcomes for pupils with SEN; how to advise on and "
      "influence, with senior colleagues and governors, the school's inclusive ethos, policies, priorities and use "
      "of resources; and how to support colleagues' professional development through observation and feedback, "
      "modelling, coaching and mentoring and leading training. A session shows makers how to encourage other teachers to use formative assessment, adapted for "
      "pupils with SEN. Makers also practise advising and collaborating with colleagues beyond their own school through the "
      "Kenbury cluster SENCO networks. The last hour, on prioritising work, managing time and delegating, is a "
      "discussion, with a planning sheet to take away.")
runin("Home Block 7:", "observe a colleague teaching and give feedback; plan and lead one staff training session; "
      "write a one-page note to the headteacher and the SEN governor on one priority for next year.")
runin("B8 Binding.", "The Impact Panel (Q4) in the morning. In the afternoon makers look at how SENCOs keep up to "
      "date (journals, networks, the SENCO Forum, Teachernet and nasen) and how to take charge of their own "
      "professional development on SEN and disability, and each writes her or his Label (Part G).")

# ---------------------------------------------------------------- Part F
h1("PART F \u2014 QUILTING: HOW THE WORK IS MARKED")
prompt("[Recorder: describe the quilting: by hand or machine, pattern of lines, stitches to the inch.]")
para(doc, "Four quilting lines hold the course together. Each is set against named patterns in the Block Record, is "
     "marked against the University of Kenbury's Master's-level assessment criteria and the Studio's pass "
     "descriptors for those patterns, and must be passed.")
runin("Q1 The Case Cloth.", "A 3,000-word case study of one pupil, anonymised, due 8 January 2010. It shows "
      "how the pupil's needs were identified, which assessments by other professionals were used and how, how "
      "targets were set and the intervention planned, how summative data tracked progress and when the programme "
      "was changed, and how the maker built a fair and supportive relationship with the pupil and the family.")
runin("Q2 The Workroom Portfolio.", "Evidence from Home Blocks 4, 6 and 7 with a 2,500-word commentary, due 4 June "
      "2010: the provision map with the missing and ineffective provision marked; the write-up of the structured "
      "conversation with a parent; the observation and the feedback given to a colleague; the plan, materials and "
      "evaluations of the staff training the maker led, which helps colleagues develop formative assessment for "
      "pupils with SEN; the note to the headteacher and SEN governor; and a plan for "
      "deploying and managing the school's teaching assistants for pupils with SEN, with the maker's reasons. ")
runin("Q3 The Sampler.", "A 4,000-word critical review, due 12 March 2010, of law, guidance and research on one "
      "question the maker chooses with the tutor. It must take in the SEN Code of Practice and SEN law, the "
      "Disability Discrimination Act and the disability equality duty, Every Child Matters, the work of the "
      "services beyond the school, and at least eight pieces of published research, and show how the maker has used "
      "them to improve her or his own and colleagues' practice.")
runin("Q4 The Impact Panel.", "A twenty-minute presentation on 19 June 2010 to a panel of a Studio tutor, a "
      "University tutor and a headteacher from the Kenbury SENCO Forum, followed by questions, and a 2,000-word "
      "impact report. The maker shows one change she or he has led, with senior colleagues and governors, in the "
      "school's inclusive policy, priorities or use of resources, what difference it made to practice in the "
      "school, and how she or he keeps up to date and will go on learning.")
runin("Tacking.", "Two pieces are tacked, not quilted: the access-arrangements timetable drafted on Block 3 and the "
      "note on school self-evaluation written on Block 4. The tutor writes feedback on each and returns it within "
      "two weeks; neither is marked and no maker can fail on them.")
runin("Marking and moderation.", "Every quilting line is first-marked by the Block tutor and second-marked blind by "
      "a tutor from the other partner. A third tutor marks any piece where the two disagree. The University's Moderation Board meets in July with the external examiner, Dr Frances "
      "Ilsley of the University of Tarrowby, who sees a sample of at least one piece in three from each quilting "
      "line and every fail.")
ins_para(doc, "From 2009-10 the two tutors on the Impact Panel agree the Q4 mark before the maker leaves the room, "
         "and the headteacher's view is recorded on the mark sheet.", AP, D2)

# ---------------------------------------------------------------- Part G
h1("PART G \u2014 BINDING AND LABEL")
prompt("[Recorder: describe the binding (separate, self-bound, piped) and any label, inscription or signature, "
       "transcribing it exactly.]")
runin("Binding.", "A maker who passes all four quilting lines, confirmed by the Moderation Board, is awarded the "
      "National Award for SEN Coordination and 60 credits by the University of Kenbury. A maker who fails a quilting "
      "line may resubmit it once, within ten weeks.")
runin("The Label.", "At Block 8 each maker writes her or his Label, a one-page plan of professional targets for the "
      "next two years, in a twenty-minute tutorial with a tutor. The tutor brings the Studio's list of routes "
      "onward, including the University's MA in Inclusive Education, into which the Award's 60 credits carry, and "
      "the maker takes "
      "the Label to her or his headteacher for the next performance management review.")

# ---------------------------------------------------------------- Part H
h1("PART H \u2014 CONDITION AND CARE")
prompt("[Recorder: note condition as good, fair or poor; describe fading, staining, tears, losses and any "
       "repairs.]")
h2("H1 Condition checks")
para(doc, "At the end of every Block each maker fills in a Condition Card: what held, what frayed and what should "
     "change. The tutors read the cards together on the Monday after each Block and decide what to change in the "
     "next one. At the end of the year the tutors review the cards, the marks and the external examiner's report and write "
     "an action list for the following year. The course is also part of the "
     "University of Kenbury's annual programme monitoring, in which a reviewer from another faculty reads the "
     "action list and the marks and reports to the Faculty's Quality Committee.")
h2("H2 Measuring what changed")
p = para(doc, "Makers rate their confidence against every Block Record pattern on the Foundation Audit and again, on "
         "the same sheet, at Block 8, and the Studio compares the two for each maker and for the group. We would "
         "like, in later years, to ask makers to bring their pupils' progress data to the Impact Panel, so that we "
         "can see what difference the course makes to pupils.")
comment(doc, p.runs[0], "Alun, can we promise pupil data from the first cohort? I'd rather not. HQ", HQ, "HQ")
h2("H3 The owners' wishes: stakeholders")
para(doc, "In June 2008 the SEN Support Service asked all 61 Kenbury schools what their new SENCOs most needed. Forty-four replied. Provision mapping came first, managing teaching assistants second and "
     "working with parents third, and headteachers asked that SENCOs be able to lead staff training. The Friendship "
     "Quilt makers' Condition Cards said the same about parents, and asked for practical tasks in their own schools "
     "rather than at the Studio.")
para(doc, "These findings changed the course. Block 4 on provision mapping was added; the parents' half-day of the "
     "Friendship Quilt became the whole of Block 6; Home Blocks in the makers' own schools replaced the "
     "Studio-based tasks of the pilot; and leading a staff training session became part of Q2 and of the "
     "headteacher's Backing Form.")
para(doc, "The SEN Support Service's specialist teacher and educational psychologist teach on Blocks 2 and 3, the "
     "Parent Partnership Service on Block 6, and a headteacher from the Kenbury SENCO Forum sits on the Impact "
     "Panel. We hope, once the first makers have finished, to ask the SENCO Forum and the Parent Partnership "
     "Service to look over the Condition Cards with us and tell us what they see.")
h2("H4 Care of the makers")
para(doc, "The Long Room is on the ground floor, with level access from Loomhall Yard, an accessible toilet and a "
     "hearing loop. The Guild has always welcomed makers of every background and ability.")
h2("H5 Who handles it")
staff = [
    ["Tutor", "Qualifications and current practice"],
    ["Hester Quayle, Studio Director", "MA in Special and Inclusive Education (2003); SENCO at Ashby Road Primary "
     "School 1994-2005; now two days a week an advisory SENCO for the SEN Support Service."],
    ["Dr Alun Petrie, University of Kenbury", "PhD on inclusion in secondary schools; former head of learning "
     "support; leads the University's MA in Inclusive Education."],
    ["Maureen Oyelaran, SEN Support Service", "Specialist Teacher (SpLD and SLCN); AMBDA."],
    ["Dr Sunil Marwaha, SEN Support Service", "Chartered Educational Psychologist."],
    ["Jenny Fairbrother, Parent Partnership Service", "Parent Partnership Officer since 2002."],
]
table(doc, staff, widths_cm=[5.0, 11.5], header_shade="D9C8B0", size=9.5)
para(doc, "")
para(doc, "Every tutor spends at least five days a year in schools working alongside SENCOs and attends the SEN "
     "Support Service's termly briefings on law and policy.")
h2("H6 Handling instructions")
para(doc, "All tutors attend the Studio's Tutor Day each July on the Block plans, the quilting-line briefs and the "
     "marking criteria, with a marking exercise; a new tutor is paired with an experienced tutor for her or his first Block and first "
     "marking, and every tutor has the Tutor Book. Sewing partners come to a twilight briefing at the Studio in "
     "September and receive the Sewing Partner's Card, which sets out their four tasks: agree each Home Block with "
     "the maker, make sure the release time happens, observe the maker leading the staff training, and sign the "
     "Home Block sheet.")
h2("H7 Specialist hands and placements")
para(doc, "Makers meet specialist expertise throughout the course: the SEN Support Service's educational "
     "psychologist and specialist teacher, the Parent Partnership Service, and the staff of Brook Lane Special "
     "School, where each maker spends the placement day of Home Block 2 in two classes chosen by the school's SENCO "
     "to match the maker's phase. ")
h2("H8 Tools in the workbasket")
para(doc, "The Studio's Pattern Library holds some 400 books, reports and journals on special "
     "educational needs and disability. Makers have full use of the University of Kenbury's library and electronic journals. The Notions Box is the Studio's "
     "loan collection of specialist technology for makers to try in school: Clicker 5, Write Online, two copies of "
     "Dragon NaturallySpeaking, Talking Tins, communication fans and symbol software, and two laptops. The Long "
     "Room has a projector, an interactive whiteboard and wireless access.")

# ---------------------------------------------------------------- Part I: Block Record
h1("PART I \u2014 BLOCK RECORD")
rec = [
    ("G", "THE CENTRE \u2014 professional attributes"),
    ("1", "Friendship Star", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN "
     "or disabilities and with their parents or carers.", "B5, B6", "Q1"),
    ("2", "Churn Dash", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes "
     "for pupils with SEN.", "B7", "Q2"),
    ("3", "Card Trick", "Sets priorities, manages her or his time and delegates tasks, making sure they are done.",
     "B7", "Pieced only"),
    ("4", "Bear's Paw", "Sees problems coming and solves them; makes sound, well-founded decisions about provision.",
     "B3, B7", "Q1"),
    ("5", "Ohio Star", "Speaks and writes clearly; listens to others and understands their views.", "B6, B7", "Q4"),
    ("6", "Jacob's Ladder", "Uses research and outside advice to improve her or his own practice and colleagues'.",
     "B2", "CHANGE"),
    ("7", "Pineapple", "Keeps up to date and takes charge of her or his own professional development on SEN and "
     "disability.", "B8", "Q4"),
    ("G", "THE INNER BORDER \u2014 knowledge and understanding"),
    ("8", "Courthouse Steps", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for "
     "the school, the SENCO and others, and how to put them into practice.", "B1", "Q3"),
    ("9", "Schoolhouse", "Knows the principles and five outcomes of Every Child Matters and how the SENCO helps "
     "pupils reach them.", "B1", "Q3"),
    ("10", "Attic Windows", "Knows the law on disability equality and what it requires a school to do for disabled "
     "pupils.", "B1", "Q3"),
    ("11", "Grandmother's Flower Garden", "How children develop, and how SEN, disability and the physical and social "
     "setting for learning affect their development.", "\u2014", "\u2014"),
    ("12", "Drunkard's Path", "Knows the commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, "
     "ASD, MLD) and how each affects learning.", "B2", "Q1"),
    ("13", "Log Cabin", "Weighs critically approaches, strategies and resources, including ICT, for assessment, "
     "planning and teaching, and uses them to remove barriers and personalise provision.", "B3", "Q1"),
    ("14", "Irish Chain", "Understands the principles of school self-evaluation and improvement and how they bear on "
     "outcomes for pupils with SEN.", "B4", "Tacked only"),
    ("15", "Storm at Sea", "Knows good practice and what research has found about meeting special educational "
     "needs.", "B2", "Q3"),
    ("16", "Rail Fence", "Knows what the services beyond the school do and how to get specialist support and "
     "resources from them.", "B6", "Q3"),
    ("G", "THE OUTER BORDER \u2014 professional skills"),
    ("17", "Lone Star", "With senior colleagues and governors, advises on and shapes the school's inclusive ethos, "
     "policies, priorities and use of resources.", "B7", "Q4"),
    ("18", "Shoo Fly", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
     "progress.", "B3", "Q1"),
    ("19", "Nine Patch", "Uses other professionals' assessments to shape teaching and learning.", "B3", "Q1"),
    ("20", "Flying Geese", "Uses summative assessment, including national tests, to track progress and change "
     "programmes.", "B3", "Q1"),
    ("21", "Pinwheel", "Encourages other teachers to develop formative assessment, with approaches for pupils with "
     "SEN.", "B7", "Q2"),
    ("22", "Hourglass", "Identifies in good time the special arrangements pupils need for national tests and "
     "examinations and puts them in place with colleagues.", "B3", "Tacked only"),
    ("23", "Trip Around the World", "Uses provision mapping to plan provision and to find provision that is missing "
     "or not working.", "B4", "Q2"),
    ("24", "Bow Tie", "Deploys and manages staff, including teaching assistants, to support pupils with SEN.",
     "\u2014", "Q2"),
    ("25", "Dresden Plate", "Supports colleagues' professional development by observation and feedback, modelling, "
     "coaching and mentoring, and training.", "B7", "Q2"),
    ("26", "Kaleidoscope", "Reviews with other staff how well provision works, to inform the school's "
     "self-evaluation and improvement planning.", "B4", "Q2"),
    ("27", "Sawtooth Star", "Makes sure pupils with SEN take part in planning, agreeing, reviewing and evaluating "
     "their provision.", "B5", "Pieced only"),
    ("28", "Basket", "Works with parents and carers to support their child's learning and development.", "B6", "Q2"),
    ("29", "Tumbling Blocks", "Works in partnership with other services and agencies, including voluntary "
     "organisations.", "B6", "Pieced only*"),
]
tb = doc.add_table(rows=len(rec) + 1, cols=5)
tb.style = "Table Grid"
for j, h in enumerate(["No.", "Pattern", "What the maker can do (our words)", "Pieced in", "Quilted at"]):
    set_cell(tb.cell(0, j), h, bold=True, shade="D9C8B0", size=9)
for i, row in enumerate(rec, start=1):
    if row[0] == "G":
        mcell = tb.cell(i, 0).merge(tb.cell(i, 4))
        set_cell(mcell, row[1], bold=True, shade="EFE6D8", size=9)
        continue
    no, pat, what, pieced, quilted = row
    set_cell(tb.cell(i, 0), no, size=9)
    set_cell(tb.cell(i, 1), pat, size=9, bold=True)
    set_cell(tb.cell(i, 2), what, size=9)
    set_cell(tb.cell(i, 3), pieced, size=9)
    if quilted == "CHANGE":
        cell_change(tb.cell(i, 4), "Pieced only", "Q3", HQ, D1)
    else:
        set_cell(tb.cell(i, 4), quilted, size=9)
    if no == "24":
        comment(doc, tb.cell(i, 1).paragraphs[0].runs[0], "No Block teaches deployment yet: B7 was too full. For "
                "2010-11? AP", AP, "AP")
    if no == "26":
        del_row(tb.rows[i], HQ, D1)
for r_ in tb.rows:
    for j, w in enumerate([1.0, 3.4, 8.0, 1.9, 2.2]):
        r_.cells[j].width = Cm(w)
para(doc, "* Working in partnership with other services is marked in the University of Kenbury's PGCert module "
     "EDU7214 Working Together, which is not part of the Award and which makers do not take.", size=9, italic=True)

text_box(doc, ["Taken as a whole this is a well-made quilt. Every pattern in the national list is pieced into it and "
               "quilted through, and the makers come away able to do all of it.",
               "R. Tate, Guild Documentation Officer"], title="RECORDER'S OBSERVATIONS", height_pt=95)

sig = [
    ["Recorder", "Owner's representative", "Date"],
    ["[signature]", "[signature]", "[date]"],
]
table(doc, sig, widths_cm=[5.5, 5.5, 5.5], header_shade="D9C8B0", size=9.5)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words~", word_count(out))
