"""nb-01-hollinbeck-slalom-event-pack: build NAME.docx next to this script.

Provider (invented): Hollinbeck Coaching School, the coaching school of Hollinbeck Whitewater Centre (a canoe and
kayak centre with an artificial slalom site on the River Hollin), with the University of Calderbridge (Faculty of
Education and Social Inclusion), which validates the course as its Postgraduate Certificate in Special Educational
Needs Coordination. February 2009, Issue 3.

Document kind and layout: the course written as the Coaching School's slalom EVENT PACK, the pack a slalom
organiser sends competitors: "Course Plan, Gate Judges' Instructions and Course Rules". No heading styles: part
titles are bold capitals on shaded Normal paragraphs ("PART G. GATE JUDGES' INSTRUCTIONS"). House vocabulary:
the course is "the Long Course", participants are "paddlers", study days are "Runs" (Run 1 to Run 10) grouped as
"Upper River" and "Lower River" (merged, shaded group rows), school-based tasks between Runs are "Eddy Work",
the minimum outcomes are twenty-nine "gates" on a Course Plan, the marked assignments are "Sections" S1-S4, markers
are "Gate Judges", the external examiner is the "Chief Judge", the school mentor is "Bank Safety", the pre-course
needs check is the "Course Walk", the VLE is "the Results Board", the annual review is the "Post-Event Debrief".
An event-details table (a tracked change in a cell), a glossary table of slalom words, a Runs table with merged
group rows and a footnote in a cell, numbered Course Rules and Gate Judges' Instructions typed as "Rule 8." and
"7." paragraphs, a Sections table, a coaches table, a shaded NOTICE TO COMPETITORS text box (VML), Word comments,
a whole deleted paragraph and a deleted sentence-paragraph, a page header and a footer with PAGE fields.

The Course Plan (Part L) is keyed far above it, in Gate Judges' Instructions 6 to 10 (Part G): "S1".."S4" = judged
in that Section (assessed); "Training gate" = a Coach looks at a draft and gives the call, nothing marked
(formative only); "Open gate" = hung and paddled on its Run but nobody marks it (developed, not assessed);
"Not hung" = absent this season; a dash in "Hung on" = no Run teaches it (assessed, not developed).
The gate colour (green/red) is difficulty only (Instruction 12) and is not assessment.

Traps (requirement ids):
- E.2: the credits cell is a tracked change: "Level 6" deleted, "Level 7 (masters level)" inserted -> met.
- 1.1: the aim covers all five ECM outcomes and Instruction 11 makes judging ask about achievement and well-being
  -> met.
- 1.5, 6.S7: no gate for consulting pupils: gate 27 "Not hung", and a pupil-voice gate only wished for ("We would
  like to hang one next season") -> not_met; a comment suggesting Run 4 "touches on this" is not part of the text.
- 1.9: gates "Training gate", "Open gate" and "Not hung" are not judged, although the NOTICE TO COMPETITORS text
  box says every gate is judged (blanket claim) -> partially_met.
- 2.1: Seeded entry through the University's AP(E)L procedure, up to 20 credits -> met.
- 2.2: the Course Walk is done at Run 1 (not before the course) "for the paddler's own information"; "we do not
  write individual plans" -> partially_met.
- 2.3: the Time Trial (assessment-only) route belonged to the old Certificate at Harrowvale College, ended in 2007;
  "The Long Course has no Time Trial"; a 2011 possibility is conditional and vague -> not_met.
- 2.4: costed and good value, but "the Long Course is the same course for every paddler" -> partially_met.
- 2.5: only the MA leaflet and a list of short courses at Run 10; nothing on setting further targets
  -> partially_met (Run 10's "where to go next" is the Open gate 7).
- 3.1: disclosure invited on the Entry Form and at Run 1, level access, loop, formats, University Disability
  Service adjustments to Sections, publicity -> met.
- 3.2: two starts (September, Second Wave in January), Runs 2-9 in any order, Thursday or Saturday -> met.
- 3.3: the Results Board (Blackboard) carries papers and Coaches answer questions between Runs, but "There is no
  discussion space for paddlers" -> partially_met (no peer support).
- 4.1, 4.2: questionnaire to 112 schools, focus groups, LA data; Runs 6 and 8, Saturday Runs and the order of
  Run 4 changed by them -> met.
- 4.3: stakeholders help deliver (Run 4, Runs 3/4/8, a partner-school guest at Section 4) but their part in
  evaluation is only hoped for, and parents on the debrief panel were "At the 2008 trial event" (past)
  -> partially_met.
- 5.3: CRB checks are on the Centre's own coaches (wrong subject); paddlers' checks are assumed ("their schools will
  already have checked them"); the footer's claim that all paddlers hold disclosures is a footer -> not_met.
- 5.5: guests from specialist services, but "Paddlers are not placed in other schools"; the Fellgate shadowing day
  is a deleted paragraph -> partially_met.
- 5.7: Gate Judges are trained (shadowing, double-marking), but Bank Safety get only the Bank Safety Card; the
  Bank Safety briefing exists only as a deleted paragraph -> partially_met.
- 5.8: judges' meeting with exemplars, blind double-judging, sampling, Chief Judge -> met.
- 5.9: paired Course Walks measure competence and confidence, but "We do not ask paddlers to measure their
  pupils' progress" -> partially_met.
- 6.0: Rule 8 is an aggregate rule with compensation ("can carry the result with the others"), against the text
  box's blanket claim -> partially_met.
- 6.A3, 6.S2c: "Training gate" (formative only) -> partially_met.
- 6.A7, 6.K4, 6.K7: "Open gate" (developed, not assessed) -> partially_met.
- 6.A5: Hung on "-" but judged in S4 (assessed, not developed) -> partially_met.
- 6.S2d, 6.S7: "Not hung" -> not_met.
- 6.S5: the Judged-in cell is a tracked change: "Training gate" deleted, "S4" inserted -> met.
- A comment on gate 3 and a comment from the University on the hope sentence (4.3) are not part of the submission.
"""
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _nb_helpers import (new_document, typed_title, para, table, set_cell, shade_cell, ins_run, del_run,
                         deleted_paragraph, Footnotes, text_box, header_footer, typed_list)

HERE = Path(__file__).parent
NAME = "nb-01-hollinbeck-slalom-event-pack"
MH = "Maren Holt"
D1 = "2009-02-12T10:14:00Z"
D2 = "2009-02-14T16:40:00Z"
NAVY, PALE, GREEN, RED = "1F4E79", "DEEAF6", "E2EFDA", "FBE5D6"

doc = new_document("Arial", 10)
fn = Footnotes(doc)
header_footer(doc, "HOLLINBECK COACHING SCHOOL  \u00b7  EVENT PACK 2009-10  \u00b7  THE LONG COURSE  \u00b7  ISSUE 3",
              "Hollinbeck Whitewater Centre, Mill Lane, Hollinbeck HB4 2RW  \u00b7  Registered charity 1093317  \u00b7  "
              "All Centre staff and all paddlers on our courses hold enhanced CRB disclosures.")

# ------------------------------------------------------------------ cover
p = para(doc, "HOLLINBECK WHITEWATER CENTRE", size=20)
p.runs[0].bold = True
para(doc, "Hollinbeck Coaching School", size=13)
p = para(doc, "EVENT PACK 2009-10: THE LONG COURSE", size=16)
p.runs[0].bold = True
para(doc, "The National Award for SEN Coordination, run with the University of Calderbridge", size=12)
para(doc, "Course Plan  \u00b7  Gate Judges' Instructions  \u00b7  Course Rules", italic=True)
para(doc, "Issue 3, 16 February 2009. Sent to the TDA approval panel as our application.", italic=True, size=9)

t = table(doc, 10, 2, widths=[4.2, 12.8])
rows = [
    ("Event", "The Long Course 2009-10: the National Award for SEN Coordination"),
    ("Organiser", "Hollinbeck Coaching School, the coaching and training arm of Hollinbeck Whitewater Centre "
                  "(a charitable trust)"),
    ("Validated by", "The University of Calderbridge, Faculty of Education and Social Inclusion, which validates the "
                     "Long Course as its Postgraduate Certificate in Special Educational Needs Coordination and "
                     "awards the credit."),
    ("Credits", None),
    ("Course Designer", "Dr Maren Holt"),
    ("Chief Judge", "Professor Alun Gethin, appointed by the University as external examiner"),
    ("Venues", "The Eddy Room, Hollinbeck Whitewater Centre; Room 2.14, Calderbridge School of Education"),
    ("Starts", "Run 1: Thursday 24 September 2009. Second Wave: Thursday 14 January 2010."),
    ("Entry fee", "\u00a31,180 per paddler (Rule 11)"),
    ("Closing dates", "3 July 2009 for the September start; 30 October 2009 for the Second Wave"),
]
for i, (k, v) in enumerate(rows):
    set_cell(t.cell(i, 0), k, bold=True, fill=PALE)
    if v:
        set_cell(t.cell(i, 1), v)
cp = t.cell(3, 1).paragraphs[0]
cp.add_run("60 credits at ")
del_run(cp, "Level 6", MH, D1)
ins_run(cp, "Level 7 (masters level)", MH, D1)
cp.add_run(", the whole of the Postgraduate Certificate")

# ------------------------------------------------------------------ word from the designer
typed_title(doc, "A word from the Course Designer")
para(doc, "Every autumn for eleven years we have hung a slalom course on the Hollin below Mill Weir, and every "
          "autumn the same thing happens: the paddlers who do best are not the strongest but the ones who have "
          "walked the course, read the water and know which gates matter. When the Calderbridge and Harrowvale "
          "SENCO networks asked us in 2007 whether the Coaching School would build a course for new SENCOs, we "
          "built it the way we build everything else here: as a slalom.")
para(doc, "The Long Course has one aim: to raise the achievement and well-being of children and young people with "
          "special educational needs and disabilities in our paddlers' schools. By achievement we mean all five "
          "Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being), not test scores alone. Each Run is planned back from "
          "that aim, the Eddy Work between Runs is done with real pupils and real colleagues in the paddler's own "
          "school, and the Gate Judges are told to ask of every piece of work what difference it would make to "
          "the pupils it is about (Instruction 11). Section 3 is a change the paddler actually makes in their "
          "school, with their head, and reviews with the staff who carry it out.")
para(doc, "This is the pack our competitors get. We have not rewritten it for the panel. The slalom words are "
          "explained in Part B; the rest should speak for itself.")
para(doc, "Maren Holt, Course Designer", italic=True)

text_box(doc, [("NOTICE TO COMPETITORS", True),
               ("Every gate on the Long Course is judged, and nobody finishes without going through all twenty-nine. "
                "Read the Course Plan in Part L before Run 1.", False),
               ("Late entries cannot be accepted after the closing date. Parking at the Centre is free for paddlers on "
                "Run days; please leave the slipway clear for the evening club.", False)],
         width_pt=460, height_pt=96, fill="FFF2CC", stroke="C00000", shape_id=1)

# ------------------------------------------------------------------ Part B glossary
typed_title(doc, "Part B. Slalom words used in this pack")
words = [
    ("Paddler", "A teacher on the Long Course: a SENCO, or a teacher who will take on the role within the year."),
    ("Run", "A study day, 9.30 to 4.00. There are ten, Run 1 to Run 10."),
    ("Eddy Work", "The task a paddler does in their own school between one Run and the next. An eddy is the quiet "
                  "water behind a rock where a paddler stops, looks and plans the next move."),
    ("Gate", "One of the twenty-nine things a paddler must know or be able to do by the finish. The gates are the "
             "national minimum outcomes for the Award, put in our words. They are listed on the Course Plan in "
             "Part L."),
    ("Hung on", "The Run on which a gate is taught and practised."),
    ("Section", "One of the four judged pieces of work, S1 to S4 (Part H)."),
    ("Gate Judge", "A Coach who marks a Section."),
    ("Chief Judge", "The University's external examiner for the Long Course."),
    ("Bank Safety", "The colleague in the paddler's own school who backs them up between Runs (Part I)."),
    ("Course Walk", "The self-check against all twenty-nine gates (Part E)."),
    ("Coach", "A member of the teaching team (Part J)."),
    ("Results Board", "The Long Course's area on the University's Blackboard site (Part J)."),
    ("Post-Event Debrief", "The review meeting held every June (Part K)."),
]
t = table(doc, len(words) + 1, 2, widths=[3.6, 13.4])
set_cell(t.cell(0, 0), "Our word", bold=True, fill=NAVY, color="FFFFFF")
set_cell(t.cell(0, 1), "What it means on the Long Course", bold=True, fill=NAVY, color="FFFFFF")
for i, (k, v) in enumerate(words, 1):
    set_cell(t.cell(i, 0), k, bold=True)
    set_cell(t.cell(i, 1), v)

# ------------------------------------------------------------------ Part C runs
typed_title(doc, "Part C. The Runs")
para(doc, "Each Run is a full day. Runs marked EDDY are at the Centre; Runs marked UNI are at the School of "
          "Education in Calderbridge. The Eddy Work set at each Run is brought back to the next one and used there.")
runs = [
    ("UPPER RIVER: AUTUMN TERM 2009", None),
    ("Run 1", "Thu 24 Sep", "EDDY", "Put-in. The SENCO's job in 2009: the new regulations on SENCOs, the SENCO as a "
     "leader in the school, and how the Long Course works. Paddlers meet their Coach, walk the course and are given "
     "the Section briefs.", "Find out from your head how SEN is organised in your school and who does what. Bring "
     "a one-page picture to Run 2."),
    ("Run 2", "Thu 15 Oct", "EDDY", "The rules of the river. The SEN Code of Practice (2001) and the law behind it; "
     "the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and what they require "
     "a school to do for disabled pupils; Every Child Matters, its five outcomes and the SENCO's part in them; "
     "Removing Barriers to Achievement and the National Strategies.", "Read your school's SEN policy and its "
     "disability equality scheme against the Code and the Act. Note three gaps."),
    ("Run 3", "Thu 12 Nov", "UNI", "Reading the water. How children develop, and how development is shaped by SEN, "
     "by disability and by the places children learn in; what research says works for pupils with SEN (we read the "
     "Bercow Review together, and Ofsted's report Inclusion: does it matter where pupils are taught?); using "
     "research and outside advice to change practice; the common types of SEN begin, with speech, language and "
     "communication needs and autistic spectrum disorders.", "Choose one piece of research and try one idea from it "
     "with one class. Write 500 words on what happened."),
    ("Run 4", "Thu 3 Dec", "EDDY", "The paddler and the pupil. Identifying pupils who may have SEN from observation, "
     "data and assessment; setting targets, planning interventions and reviewing them; using the reports of "
     "educational psychologists, speech and language therapists and others to shape teaching; the common types of "
     "SEN continued (behavioural, emotional and social difficulties, dyslexia and other specific learning "
     "difficulties, moderate learning difficulties); working with parents and carers, led with the Calderbridge "
     "Parent Partnership Service; fair and respectful relationships with pupils and their families.",
     "Choose the pupil for your Section 2 case study, with consent. Meet the parents or carers."),
    ("LOWER RIVER: SPRING AND SUMMER TERMS 2010", None),
    ("Run 5", "Thu 21 Jan", "EDDY", "Teaching and assessment. Approaches, strategies and resources for teaching "
     "pupils with SEN, ICT included, weighed critically; using summative assessment, P scales, national test "
     "results and RAISEonline to track progress and change programmes; helping colleagues build formative "
     "assessment (assessment for learning) with pupils with SEN in mind.", "Track one group's data for a half "
     "term. Run a short assessment for learning session with one colleague."),
    ("Run 6", "Thu 25 Feb", "UNI", "Provision mapping. Building and costing a provision map; finding provision that "
     "is not working or not there; seeing problems coming and making sound decisions on provision.",
     "Draft your school's provision map."),
    ("Run 7", "Thu 25 Mar", "EDDY", "Leading people. Deploying and managing teaching assistants and other staff; "
     "supporting colleagues' development by observation and feedback, modelling, coaching and mentoring, and "
     "running training; priorities, time and delegation.", "Observe a colleague and give feedback. Keep a time "
     "log for one fortnight."),
    ("Run 8", "Thu 29 Apr", "UNI", "Working the bank. Working with the head, senior leaders and governors on an "
     "inclusive ethos, policy, priorities and resources, and winning colleagues' commitment; the scope and role of "
     "outside agencies (educational psychology, speech and language therapy, CAMHS, sensory and behaviour support, "
     "social care) and how to get their help; multi-agency working, the Common Assessment Framework and the "
     "voluntary sector.", "Present your provision map to your head or to a governors' committee."),
    ("Run 9", "Thu 27 May", "EDDY", "Review. Evaluating provision with the staff who deliver it; school "
     "self-evaluation, the SEF and improvement planning for pupils with SEN.", "Review one intervention with the "
     "staff who run it."),
    ("Run 10", "Thu 24 Jun", "EDDY", "Finish Pool. Section 4 presentations; the second Course Walk; keeping up to "
     "date after the Long Course and where to go next for CPD.", "\u2014"),
]
t = table(doc, len(runs) + 1, 5, widths=[1.5, 2.0, 1.3, 8.2, 4.0])
for j, h in enumerate(["Run", "When", "Where", "On the water", "Eddy Work"]):
    set_cell(t.cell(0, j), h, bold=True, fill=NAVY, color="FFFFFF", size=9)
for i, r in enumerate(runs, 1):
    if r[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 4))
        set_cell(c, r[0], bold=True, fill=PALE, size=9)
        continue
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j == 0), size=9)
fn.add(t.cell(4, 3).paragraphs[0], "The Bercow Report: A Review of Services for Children and Young People (0-19) with "
       "Speech, Language and Communication Needs, DCSF, July 2008. Ofsted, Inclusion: does it matter where pupils "
       "are taught?, July 2006.")
para(doc, "Runs 1 and 10 are fixed. Runs 2 to 9 are run twice, on the Thursday shown and again on the Saturday "
          "nine days later, at the same venue (Rule 2).", italic=True, size=9)

# ------------------------------------------------------------------ Part D entries
typed_title(doc, "Part D. Entries and the Start List")
para(doc, "The Long Course is open to qualified teachers who are SENCOs, or whom their headteacher has named to "
          "become the SENCO within the year, in any maintained school or academy. Each entry is made on the Entry "
          "Form, with the headteacher's nomination on the back.", lead="Who can enter. ")
para(doc, "The Course Designer reads every entry against the entry conditions and telephones every paddler "
          "before the Start List is closed, to talk about their school, what they have done in SEN so far and "
          "whether this is the right year for them. A teacher who is not ready yet is told what to do first, "
          "usually a term on the Centre's short Flat Water course for teachers new to SEN or a term alongside the "
          "school's present SENCO, and the Course Designer writes to the headteacher to agree it. Nobody is turned "
          "away without that conversation and that letter.", lead="Checking the Start List. ")
para(doc, "Paddlers who have already studied SEN at postgraduate level, or who can show long experience of the "
          "work in a portfolio, may apply for Seeded entry. The University's procedure for the Accreditation of "
          "Prior Learning and of Prior Experiential Learning is used: up to 20 of the 60 credits may be awarded "
          "for earlier certificated study or for experience shown in the portfolio, and the paddler is excused "
          "the Section that carries those credits.", lead="Seeded entry. ")
para(doc, "Some paddlers ask whether they can simply be judged without paddling the Runs. The Time Trial entry they "
          "have heard of belonged to the old Certificate at Harrowvale College, which offered it until 2007. The "
          "Long Course has no Time Trial: every paddler paddles the Runs. If the University agrees a fee, we may "
          "look at the idea again for 2011.", lead="Time Trial. ")
para(doc, "The Entry Form asks every paddler whether they have a disability or a health condition we should plan "
          "for, and says why we ask; the same question is asked again, privately, at the Run 1 Course Walk. The "
          "Eddy Room and the University rooms have level access and accessible toilets, and the Eddy Room has a "
          "hearing loop. Papers come in large print, on coloured paper or electronically on request. The "
          "University's Disability Service agrees adjustments to the Sections (extra time, another form of "
          "presentation for Section 4) with the paddler and the Course Designer before the first Section is due. "
          "Our publicity says all of this and names the person to talk to before entering.",
     lead="Disabled paddlers. ")

# ------------------------------------------------------------------ Part E course walk
typed_title(doc, "Part E. The Course Walk")
para(doc, "Before a slalom every paddler walks the bank and looks at every gate. On the Long Course the Course Walk "
          "is done at Run 1: each paddler rates themselves against each of the twenty-nine gates (green: I do "
          "this now; amber: I have done some of this; red: new to me) and talks it through with their Coach. The "
          "Course Walk is for the paddler's own information. It does not change which Runs a paddler paddles or "
          "what they are judged on: the Long Course is the same course for every paddler, with the same ten Runs "
          "and the same four Sections, and we do not write individual plans.")
para(doc, "The Course Walk is done again at Run 10 and the two walks are put side by side. This is how we measure "
          "what the Long Course has done for a paddler's competence and confidence: the Coaches count the gates "
          "that moved from red or amber to green for each paddler and for the whole field, and the Post-Event "
          "Debrief looks hardest at the gates that moved least. We do not ask paddlers to measure their pupils' "
          "progress; the Long Course judges the paddler, not the pupils.")

# ------------------------------------------------------------------ Part F rules
typed_title(doc, "Part F. Course Rules")
rules = [
    "The Long Course is paddled over ten Runs between September and June. A paddler has up to two years from "
    "their first Run to finish.",
    "Runs 2 to 9 are each run on a Thursday and again on a Saturday. A paddler may take them on either day and in "
    "any order, except that Runs 2 and 3 come before Section 1 is handed in. Paddlers who start with the Second "
    "Wave in January paddle Run 1 on 14 January 2010, Runs 5 to 9 in the spring and summer, Runs 2 to 4 in the "
    "autumn, and finish at the December Run 10.",
    "Eddy Work is not marked, but it must be done: the paddler brings it to the next Run, where it is used.",
    "A paddler must attend at least eight of the ten Runs, Run 1 and Run 10 among them.",
    "Each Section is handed in through the Results Board by noon on its due date (Part H). The Course Designer may "
    "allow up to ten working days more.",
    "Case studies are anonymised. No pupil's name or photograph is brought into the Eddy Room.",
    "Each Section is marked out of 100 by the Gate Judges (Part G).",
    "The Long Course is finished, and the Award recommended to the University, when the paddler's aggregate mark "
    "across the four Sections, weighted as in Part H, is 50 or more and no Section is below 30. A paddler who "
    "falls short in one Section can carry the result with the others.",
    "A Section below 30 may be resubmitted once, within six weeks of the result.",
    "Results are confirmed by the University's Board of Examiners in July and in February.",
    "The entry fee is \u00a31,180. At 60 credits this is under \u00a320 a credit, against the University's own rate "
    "of \u00a327; the Centre charges nothing for the Eddy Room, which paddling clubs use in the evenings.",
    "Appeals and complaints go to the University under its regulations.",
]
for i, r in enumerate(rules, 1):
    p = para(doc, r, lead=f"Rule {i}. ")
    if i == 8:
        fn.add(p, "The aggregate rule is the University's standard rule for postgraduate certificates.")

# ------------------------------------------------------------------ Part G judges
typed_title(doc, "Part G. Gate Judges' Instructions")
instr = [
    "Gate Judges are Coaches of the Long Course. A new Gate Judge shadows one judges' meeting and double-marks one "
    "Section with the Course Designer before judging alone, and every Gate Judge attends the University's "
    "assessment day each September.",
    "Before each Section is marked there is a judges' meeting. The Course Designer brings three scripts from the "
    "previous year's Section (in the first year, from the 2008 trial event); the judges mark them separately, and "
    "the marks are compared and argued over until the judges agree what a pass, a merit and a fail look like for "
    "that Section.",
    "Every Section 3 is judged twice, blind, by two Gate Judges. For Sections 1, 2 and 4 a second judge marks one "
    "script in five, every fail and every mark within three of a boundary.",
    "Differences of more than ten marks go to the Course Designer, who settles them with a third judge.",
    "The Chief Judge receives a sample of every Section, sees every fail, may sit in on Section 4, and reports each "
    "year to the University and to us.",
    "How to read the Course Plan. The Course Plan in Part L lists the twenty-nine gates. The column Hung on gives "
    "the Run on which the gate is taught; a dash in that column means that no Run hangs the gate and the paddler "
    "brings it from their own school. The column Judged in holds one of four entries, and Gate Judges read them "
    "as in Instructions 7 to 10.",
    "S1, S2, S3 or S4: the gate is judged in that Section. The judge must find the gate in the paddler's work and "
    "mark it; a paddler who misses the gate loses the marks for it.",
    "Training gate: the gate is judged on a training run only. The Coach looks at a draft or a short practice task "
    "at the Run and gives the paddler the call, but nothing is marked and nothing counts towards the result.",
    "Open gate: the gate is hung and paddled on its Run, but it has no judge. Nobody marks it.",
    "Not hung: there is no such gate on the Long Course this season.",
    "In every Section, judges ask what difference the paddler's work would make to the achievement and well-being "
    "of the pupils it is about.",
    "The colour of a gate (green for downstream, red for upstream) shows how hard we expect it to be for a new "
    "SENCO. It has nothing to do with judging.",
    "Judges use the University's postgraduate marking criteria and the Long Course's own descriptors for each "
    "Section, and write their comments on the Results Board within fifteen working days.",
]
for i, r in enumerate(instr, 1):
    para(doc, r, lead=f"{i}. ")

# ------------------------------------------------------------------ Part H sections
typed_title(doc, "Part H. The Sections")
secs = [
    ("S1", "The Guidebook Entry", "A 3,000-word critical account of the law, policy and research that bear on SEN "
     "in the paddler's own school, ending with an action list for the school.", "20%", "10 Dec 2009"),
    ("S2", "The Line", "A 4,000-word case study of one pupil: how the pupil's needs were identified, what the paddler "
     "and colleagues did with the family and with other professionals, and what changed.", "30%", "18 Mar 2010"),
    ("S3", "The Run Plan", "A 4,000-word school development project built round the paddler's provision map: the "
     "plan, the people deployed, what was agreed with the head and governors, and the review of it with staff.",
     "30%", "10 Jun 2010"),
    ("S4", "The Finish Pool", "A 20-minute presentation at Run 10 to two Gate Judges and a guest from a partner "
     "school, followed by a 20-minute professional conversation about the paddler's year.", "20%", "Run 10"),
]
t = table(doc, len(secs) + 1, 5, widths=[1.1, 2.9, 9.0, 1.6, 2.4])
for j, h in enumerate(["", "Name", "What the paddler hands in", "Weight", "Due"]):
    set_cell(t.cell(0, j), h, bold=True, fill=NAVY, color="FFFFFF", size=9)
for i, r in enumerate(secs, 1):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j < 2), size=9)

# ------------------------------------------------------------------ Part I bank safety
typed_title(doc, "Part I. Bank Safety")
para(doc, "Every paddler names a Bank Safety on the Entry Form: a colleague in their own school, usually a deputy "
          "head or an experienced teacher, who agrees to meet them after each Run and to see that the Eddy Work "
          "gets done. The headteacher signs to release the time. The Bank Safety receives the Bank Safety Card, "
          "two sides of A4 that say what the role is and what it is not. Bank Safety do not judge.")
deleted_paragraph(doc, "Bank Safety are invited to a two-hour briefing at the Centre before Run 1 and to a second "
                  "one in January, where a Coach goes through the Eddy Work and how to give feedback on it.", MH, D2)

# ------------------------------------------------------------------ Part J coaches etc
typed_title(doc, "Part J. Coaches, kit and the Results Board")
coaches = [
    ("Dr Maren Holt", "Course Designer; Coach; Gate Judge", "SENCO in two Calderbridge primary schools for nine "
     "years; Calderbridge SEN adviser 2002-2007; MA in Special and Inclusive Education; EdD (2006) on SENCOs as "
     "leaders. Still spends one day a week in schools as a consultant SENCO. Level 4 canoe coach."),
    ("Owen Pryce", "Coach; Gate Judge", "Chartered educational psychologist, Harrowvale Educational Psychology "
     "Service, seconded two days a week to the Long Course. Leads Runs 4 and 8."),
    ("Lydia Stancliffe", "Coach; Gate Judge", "Specialist teacher for specific learning difficulties (AMBDA), "
     "Calderbridge Learning Support Service; formerly a secondary SENCO. Leads Run 5."),
    ("Dr Ravi Anand", "University link tutor; Gate Judge", "Senior Lecturer in Inclusive Education, University of "
     "Calderbridge; researches provision mapping in primary schools. Leads Runs 3 and 6."),
    ("Bryony Kell", "Coach", "Deputy head and SENCO, Fellgate Special School. Leads Runs 7 and 9."),
]
t = table(doc, len(coaches) + 1, 3, widths=[3.2, 3.8, 10.0])
for j, h in enumerate(["Coach", "Role", "Background"]):
    set_cell(t.cell(0, j), h, bold=True, fill=NAVY, color="FFFFFF", size=9)
for i, r in enumerate(coaches, 1):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j == 0), size=9)
para(doc, "")
para(doc, "The Calderbridge Parent Partnership Service co-leads Run 4; a speech and language therapist from "
          "Calderbridge PCT joins Run 3; the CAMHS primary mental health team and the county's sensory support "
          "service join Run 8. Paddlers are not placed in other schools: all Eddy Work is done in the paddler's "
          "own school.", lead="Guests on the water. ")
deleted_paragraph(doc, "Each paddler also spends one day in the spring term at Fellgate Special School, shadowing "
                  "its SENCO, arranged by Bryony Kell.", MH, D2)
para(doc, "The Eddy Room has twenty laptops with the software used at Run 5 (Clicker 5, Write:OutLoud, "
          "Numbershark, Wordshark and Communicate: In Print), a lending library of some four hundred books on SEN, "
          "and a collection of assessment materials that paddlers may borrow for their Section 2 pupil. Paddlers "
          "are members of the University library, with Athens access to its electronic journals.", lead="Kit. ")
para(doc, "The Results Board is the Long Course's area on the University's Blackboard site. It holds every Run's "
          "papers and slides, the Section briefs and the reading, and Sections are handed in and returned through "
          "it. Coaches answer questions posted on the Results Board between Runs within three working days. There "
          "is no discussion space for paddlers on the Results Board; paddlers who want to talk to one another do "
          "so at the Runs.", lead="The Results Board. ")
para(doc, "Every Centre coach who works with young people on the water holds an enhanced CRB disclosure, renewed "
          "every three years, and the Centre keeps the register. Paddlers on the Long Course are serving teachers, "
          "and their schools will already have checked them.", lead="Safety cover. ")

# ------------------------------------------------------------------ Part K stakeholders / QA
typed_title(doc, "Part K. Listening to the river")
para(doc, "In the spring of 2008 we sent a questionnaire to all 112 schools in Calderbridge and Harrowvale; 64 "
          "replied. We held two focus groups with twenty-two SENCOs from the two networks, and the two authorities' "
          "SEN teams gave us their figures on SENCO turnover and on pupils at School Action Plus and with "
          "statements. The replies said three things above all: new SENCOs could not get time with their heads; "
          "provision mapping was the tool they most wanted and least understood; and they were losing teaching "
          "days to courses held in school hours.", lead="Where the Long Course came from. ")
para(doc, "Provision mapping got a whole Run (Run 6) and sits at the heart of Section 3. Working with heads and "
          "governors got a Run of its own (Run 8) at the request of the Harrowvale SEN team. Runs 2 to 9 are now "
          "also held on Saturdays. In November 2008 the two SENCO networks read the draft Course Plan and asked "
          "for the parents' Run to come before Christmas, which it now does (Run 4).",
     lead="What that changed. ")
p = para(doc, "The Parent Partnership Service co-leads Run 4; the two authorities' educational psychologists and "
              "specialist teachers coach on Runs 3, 4 and 8; a guest from a partner school sits with the Gate "
              "Judges at every Section 4. ", lead="Who helps now. ")
r = p.add_run("We hope that headteachers, the two authorities and parents' groups will take part in the Post-Event "
              "Debrief in time.")
p.add_run(" At the 2008 trial event, three parents from the Harrowvale Parents' Forum sat on the debrief panel.")
doc.add_comment([r], text="We can put two heads on the Debrief from 2010 if you want them; let's talk. RA",
                author="Ravi Anand", initials="RA")
para(doc, "After every Run each paddler fills in a Run Card: what helped, what did not, what to change. The "
          "Coaches read the Run Cards the following week and the Course Designer writes the changes into the "
          "Course Log. Section results are analysed gate by gate to see which gates paddlers miss. The Chief Judge "
          "reports each year. The University reviews the Long Course in its annual programme monitoring, and its "
          "School of Education quality committee receives our report. In June the Post-Event Debrief (the "
          "Coaches and the University link tutor) reads all of this, with the paired Course Walks, and decides "
          "what to change for the next season; the changes are listed at the front of the next Event Pack.",
     lead="How we know how we are doing. ")
para(doc, "We have not hung a gate for consulting pupils this season. We would like to hang one next season, once "
          "the Post-Event Debrief has looked at how it could be judged.", lead="Pupil voice. ")

# ------------------------------------------------------------------ Part L course plan
typed_title(doc, "Part L. The Course Plan")
para(doc, "Twenty-nine gates, the national minimum outcomes in our words. Read with Instructions 6 to 12.",
     italic=True, size=9)
plan = [
    ("ATTRIBUTES: GATES 1 TO 7",),
    ("1", "G", "Build fair, respectful and supportive relationships with pupils with SEN and disabilities and "
     "with their families.", "Run 4", "S2"),
    ("2", "R", "Win the commitment of colleagues, the head and senior leaders included, to better outcomes for "
     "pupils with SEN.", "Run 8", "S3"),
    ("3", "G", "Set priorities, manage time, and hand tasks on to others and check they are done.", "Run 7",
     "Training gate"),
    ("4", "R", "See problems coming, solve them, and make sound decisions about provision.", "Run 6", "S3"),
    ("5", "G", "Speak and write clearly; listen to others and understand their views.", "\u2014", "S4"),
    ("6", "R", "Use research and outside advice to improve their own and colleagues' practice.", "Run 3", "S1"),
    ("7", "G", "Keep up to date and take charge of their own CPD in SEN and disability.", "Run 10", "Open gate"),
    ("KNOWLEDGE: GATES 8 TO 16",),
    ("8", "G", "Know SEN law and guidance, the SEN Code of Practice first, and how to put them into practice in "
     "school.", "Run 2", "S1"),
    ("9", "G", "Know the principles and five outcomes of Every Child Matters and what the SENCO can do towards "
     "them.", "Run 2", "S1"),
    ("10", "R", "Know disability equality law and what it requires a school to do for disabled pupils.", "Run 2",
     "S1"),
    ("11", "R", "Know how children develop and how SEN, disability and the learning environment affect "
     "development.", "Run 3", "Open gate"),
    ("12", "G", "Know the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
     "learning.", "Runs 3 and 4", "S2"),
    ("13", "R", "Weigh up approaches, strategies and resources, ICT included, for assessing, planning and "
     "teaching, and use them to remove barriers.", "Run 5", "S2"),
    ("14", "R", "Know how school self-evaluation and improvement work for pupils with SEN.", "Run 9", "Open gate"),
    ("15", "G", "Know best practice and what research shows in meeting SEN.", "Run 3", "S1"),
    ("16", "G", "Know what outside agencies do and how to get specialist help and resources.", "Run 8", "S2"),
    ("SKILLS: GATES 17 TO 29",),
    ("17", "R", "With senior colleagues and governors, shape an inclusive ethos, policy, priorities and the use of "
     "resources.", "Run 8", "S3"),
    ("18", "R", "Identify pupils who may have SEN, set challenging targets, plan interventions and review "
     "progress.", "Run 4", "S2"),
    ("19", "G", "Use other professionals' assessments to shape teaching.", "Run 4", "S2"),
    ("20", "R", "Use summative assessment, national tests included, to track progress and change programmes.",
     "Run 5", "S3"),
    ("21", "R", "Help other teachers develop formative assessment, with pupils with SEN in mind.", "Run 5",
     "Training gate"),
    ("22", "R", "Put access arrangements for national tests and examinations in place in good time.", "Not hung",
     "Not hung"),
    ("23", "R", "Use provision mapping to plan provision and find what is missing or not working.", "Run 6", "S3"),
    ("24", "R", "Deploy and manage teaching assistants and other staff.", "Run 7", "S3"),
    ("25", "R", "Support colleagues' development by observation and feedback, modelling, coaching and training.",
     "Run 7", None),
    ("26", "R", "Review provision with other staff to feed the school's self-evaluation.", "Run 9", "S3"),
    ("27", "R", "Make sure pupils with SEN take part in planning and reviewing their own provision.", "Not hung",
     "Not hung"),
    ("28", "G", "Work with parents and carers to promote their children's learning.", "Run 4", "S2"),
    ("29", "R", "Work with other services and agencies, voluntary organisations included.", "Run 8", "S4"),
]
t = table(doc, len(plan) + 1, 5, widths=[1.2, 1.3, 9.8, 2.3, 2.4])
for j, h in enumerate(["Gate", "Colour", "What the paddler must show (our words)", "Hung on", "Judged in"]):
    set_cell(t.cell(0, j), h, bold=True, fill=NAVY, color="FFFFFF", size=9)
comment_cells = {}
for i, r in enumerate(plan, 1):
    if len(r) == 1:
        c = t.cell(i, 0).merge(t.cell(i, 4))
        set_cell(c, r[0], bold=True, fill=PALE, size=9)
        continue
    for j, v in enumerate(r):
        if v is None:
            continue
        fill = (GREEN if v == "G" else RED) if j == 1 else None
        set_cell(t.cell(i, j), v, bold=(j == 0), size=9, fill=fill,
                 align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 1) else None)
    comment_cells[r[0]] = i
cp = t.cell(comment_cells["25"], 4).paragraphs[0]
cp.paragraph_format.space_after = Pt(1)
del_run(cp, "Training gate", MH, D2)
ins_run(cp, "S4", MH, D2)
c3 = t.cell(comment_cells["3"], 4).paragraphs[0].runs[0]
doc.add_comment([c3], text="Can gate 3 go into S3 next year? Not for this issue. MH", author=MH, initials="MH")
c27 = t.cell(comment_cells["27"], 2).paragraphs[0].runs[0]
doc.add_comment([c27], text="Run 4 touches on this, surely? Pupils' views come up in the case study. OP",
                author="Owen Pryce", initials="OP")

# ------------------------------------------------------------------ Part M finish
typed_title(doc, "Part M. After the finish")
para(doc, "At Run 10, after the second Course Walk, each paddler is given the University's leaflet on its MA in "
          "Inclusive Education, into which the Long Course's 60 credits carry, and the Coaching School's list of "
          "short courses for the following year. Results go to paddlers and to their headteachers after the Board "
          "of Examiners.")
para(doc, "The Chief Judge's report, the Course Log and the list of changes for 2010-11 will be sent to the "
          "TDA with our annual return.")
para(doc, "See you at the put-in.", italic=True)

fn.save_part()
out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
