"""ij-02-pennine-common-ground: a Statement of Common Ground sent with an
application for approval.

Provider (invented): the Pennine Fellowship of Steiner Waldorf Schools (nine
schools), with Lunedale County Council and Craven Vale County Council (for
their maintained schools) and the University of Ribblesdale, which validates
the course and awards the credit. The Fellowship is the applicant.

Document kind and layout: a Statement of Common Ground, in the manner of the
statements parties agree before a planning inquiry, drawn up by the county
councils' officers: the parties, a description of the proposal, "Matters
agreed" (MA1-MA31, typed numbers in Normal paragraphs), "Matters not agreed"
(NA1-NA9, each a small table: the matter, the Fellowship's position, the
Counties' or University's position, and "Effect for 2008-09"), "Matters
outstanding" (MO1-MO4 with "[to be agreed]" placeholders), Schedule 1 (the
Circle days, a table with merged, shaded block rows), Schedule 2 (the
outcomes in the parties' own refs Q1-Q7, L1-L9, C1-C13 with "Where developed",
"How shown" and "Status"), and a signature table. The Fellowship's own names:
"Circle days", "Link SENCOs" (mentors), "the Portrait" (a child study),
"the School Survey", "the Design for Change", "the Colloquium" (an oral).
Heading styles, a header and footer, two footnotes, two Word comments, a
tracked deletion and a tracked insertion.

Traps (requirement ids):
- E.2: Level 7 agreed, but the credit is not agreed (the Fellowship proposes
  40, the University 60). partially_met.
- 2.3: the Counties' request for an assessment-only route is not agreed; "No
  assessment-only route will be offered in 2008-09"; a sentence in which the
  Fellowship would accept one is a tracked deletion. not_met.
- 2.1: prior certificated study agreed; credit for experience not agreed.
  partially_met.
- 1.3: research in the reading agreed; inspection evidence asked for by the
  Counties and declined (NA7). partially_met.
- 1.8: the Design for Change is a design "which the participant need not
  carry out within the course" (NA8, not agreed). partially_met.
- 1.9 / 6.A2, 6.K2, 6.K5: NA5 - taught "but not separately assessed" while
  the matter is unresolved. partially_met. 6.K7: row "[to be agreed]" in
  both columns. not_met. 6.S4: how shown "[to be agreed]". partially_met.
  6.S2b: Steiner-school participants "exempt", so not all assessed.
  partially_met. 6.S2d: "Not included in 2008-09 (NA6)". not_met. 6.S5's
  "Colloquium" is a tracked insertion, which counts. met.
- 2.5: the county SENCO networks' next-steps work is the Counties'
  arrangement; the course only lets participants "speak of what they want to
  do next". partially_met.
- 3.3: Block 2 online with tutor replies, but a peer forum is not agreed (NA9) and
  nothing on ICT for communication with schools. partially_met.
- 5.1: internal methods only; "The use to be made of evaluation evidence" is
  outstanding. partially_met.
- 5.6: library agreed; ICT and specialist technology "[to be agreed]".
  partially_met.
- 5.8: second marking agreed; moderation and the external examiner
  outstanding. partially_met.
- 5.9: NA4 - the Fellowship "does not agree that the course should measure
  pupils' progress", and the parties "have not agreed how the course's impact
  will be evaluated"; a comment proposes confidence ratings (not counted).
  not_met.
- 5.3: the Counties' own HR checks are another body's arrangement, but the
  Fellowship itself verifies each disclosure before confirming a place. met.
- The footer's "Agreed by all parties" and the header are not evidence.
"""
from pathlib import Path
from _ij_helpers import (new_doc, H, P, runs, bullets, table, band, shade, set_cell,
                         text_box, comment, header_footer, Footnotes, ins, dele, add_parts)

OUT = Path(__file__).with_name("ij-02-pennine-common-ground.docx")
ED = ("Judith Rawcliffe", "2008-10-20T09:15:00Z")
ED2 = ("Simon Whitlow", "2008-10-22T14:02:00Z")

d = new_doc(font="Arial", size=10)
fn = Footnotes(d)
header_footer(d, "Statement of Common Ground  ·  The Threshold Course  ·  Final, 24 October 2008",
              "Agreed by all parties. Lunedale CC / Craven Vale CC / University of Ribblesdale / Pennine Fellowship of Steiner Waldorf Schools")


def ma(num, text, parts=None):
    p = d.add_paragraph()
    p.add_run(f"{num}\t").bold = True
    if parts:
        add_parts(p, parts)
    else:
        p.add_run(text)
    return p


P(d, "STATEMENT OF COMMON GROUND", bold=True, size=18, align="center")
P(d, "The Threshold Course: National Award for SEN Coordination", bold=True, size=13, align="center")
P(d, "Between the Pennine Fellowship of Steiner Waldorf Schools (the applicant), Lunedale County Council, "
     "Craven Vale County Council and the University of Ribblesdale", align="center")
P(d, "Submitted with the Fellowship's application to the Training and Development Agency for Schools", italic=True, align="center")

H(d, "1. Introduction", 1)
P(d, "1.1  This statement sets out the matters on which the four parties agree, the matters on which they do "
     "not, and the matters that are still outstanding, in the proposal of the Pennine Fellowship of Steiner "
     "Waldorf Schools to run the Threshold Course for the National Award for SEN Coordination from "
     "September 2008. It was drawn up by officers of the two county councils after four meetings of the "
     "parties between April and October 2008, and it is sent with the Fellowship's application so that the "
     "panel can see plainly what has been settled and what has not.")
P(d, "1.2  Where a matter is agreed, the arrangement described will be in place for the 2008-09 course. "
     "Where a matter is not agreed, the effect for 2008-09 is stated: in every case it is the position that "
     "will apply unless and until the parties agree otherwise. Matters outstanding are listed in section 6 "
     "with the date by which the parties expect to settle them.")

H(d, "2. The parties", 1)
table(d, [["Party", "Role in the Threshold Course", "Represented by"],
          ["Pennine Fellowship of Steiner Waldorf Schools", "Applicant; plans, teaches and runs the course", "Anna Holmroyd, Director of Teacher Education"],
          ["Lunedale County Council", "Nominates and funds maintained-school participants; provides Link SENCOs and speakers; hosts Circle days", "Judith Rawcliffe, Principal Officer, SEN"],
          ["Craven Vale County Council", "As Lunedale", "Simon Whitlow, Head of Inclusion Support"],
          ["University of Ribblesdale", "Validates the course, registers participants and awards the credit", "Dr Margaret Esk, Faculty of Education"]])

H(d, "3. The proposal", 1)
P(d, "3.1  The Threshold Course is a one-year, part-time course for teachers new to the role of SENCO in the "
     "nine schools of the Fellowship and in maintained schools of Lunedale and Craven Vale. It is taught in "
     "three Blocks (The Child, The School, The Change) through nine Circle days, with a Link SENCO for each "
     "participant and four assessed pieces: the Portrait, the School Survey, the Design for Change and the "
     "Colloquium. It is described fully in the Fellowship's Course Document (version 3, September 2008), "
     "and Schedule 1 gives the Circle days.")
P(d, "3.2  The Fellowship has trained class teachers and kindergarten teachers for thirty years and has run a "
     "learning-support diploma for its own schools since 1999. The Threshold Course is its first course "
     "for teachers in maintained schools and its first to carry university credit.")

H(d, "4. Matters agreed", 1)
P(d, "Accreditation and award", bold=True)
ma("MA1", "The course will be validated by the University of Ribblesdale under its regulations for "
          "collaborative provision, and participants will be registered as students of the University. The "
          "University's validation panel met on 2 July 2008 and approved the course subject to the matters "
          "outstanding in section 6.")
p = ma("MA2", "The course will be at Level 7 of the national qualifications framework (masters level).")
fn.add(p, "Framework for Higher Education Qualifications in England, Wales and Northern Ireland (QAA, 2001).")
ma("MA3", "The Award will be made only to participants who have shown all the national minimum outcomes, "
          "judged through the four assessed pieces and confirmed by the University's Board of Examiners.")
P(d, "Purpose and content", bold=True)
ma("MA4", "The course's purpose is to raise the achievement and well-being of children and young people with "
          "special educational needs and disabilities, across all five Every Child Matters outcomes, by "
          "developing the knowledge, understanding and skills of their SENCOs. Each Block's aims and each "
          "assessed piece's criteria require participants to show the effect of their work on particular "
          "children's learning and well-being.")
ma("MA5", "Every assessed piece is carried out in the participant's own school, and every Circle day includes "
          "work brought from participants' schools. Half the Circle days are held in maintained schools and "
          "half in Fellowship schools.")
ma("MA6", "The reading for each Block will be drawn largely from research published in the last five years, "
          "and the Block tutors will revise it each year.")
ma("MA7", "Block 1 will give a full day to the law and national policy on SEN and disability: the Education "
          "Act 1996, the SEN Code of Practice, the Special Educational Needs and Disability Act 2001, the "
          "Disability Discrimination Act as amended in 2005, Every Child Matters and Removing Barriers to "
          "Achievement, and what each requires of schools and SENCOs.")
ma("MA8", "The Portrait will require each participant to hold at least two structured conversations with the "
          "child about their learning and what helps them, using the methods taught at Circle 2 (talking "
          "mats, drawing, the child's own learning record), and to show how the child's views changed the "
          "plan.")
ma("MA9", "Circle 5 will develop participants' skills in advising and supporting colleagues in their own "
          "school, and in working with colleagues in other schools and services, through consultation "
          "role-plays and a joint problem-solving exercise with a Link SENCO from the other sector.")
ma("MA10", "Circle 3 will develop participants' skills in advising, supporting and working with parents and "
           "carers, led jointly by a tutor and the Lunedale parent partnership service. The Portrait requires "
           "evidence of a plan agreed with the child's parents.")
P(d, "Entry, prior learning and individual plans", bold=True)
ma("MA11", "Participants must hold QTS (or, for Fellowship teachers, the Fellowship's recognised teacher "
           "qualification and two years' teaching) and hold or be about to take up the SENCO role. Each "
           "applicant is interviewed by a tutor and a county officer, who judge from the interview and a "
           "written task whether the applicant is likely to meet the outcomes by the end of the course. "
           "An applicant who is not ready is given written guidance on what to do first, and the tutor "
           "discusses it with the headteacher.")
ma("MA12", "Credit from the University's own postgraduate modules in special or inclusive education, and "
           "from equivalent modules at other universities taken in the last five years, may count towards "
           "the Award under the University's credit transfer rules.")
ma("MA13", "Before Circle 1 each participant completes the Threshold Profile, a self-assessment against every "
           "outcome in Schedule 2, which the tutor discusses with the participant and the Link SENCO. From it "
           "they agree an Individual Course Plan that sets out the participant's own priority outcomes, the "
           "Circle days and reading to concentrate on, and the focus of each assessed piece. The plan is "
           "reviewed at the end of each Block.")
ma("MA14", "Tutors will tailor each participant's reading, the focus of the assessed pieces and the Link "
           "SENCO's visits to the Individual Course Plan. The fee of £1,200 is met by the Counties for "
           "maintained-school participants; the cost per participant is below the Counties' current spend on "
           "SENCO induction, which the course replaces.")
p = ma("MA15", "At the ninth Circle day participants present their work to one another and speak of what they "
               "want to do next. Lunedale and Craven Vale will invite all completing participants from their "
               "schools to the county SENCO networks, where next steps in professional development are "
               "discussed with the county advisers.")
P(d, "Access and flexibility", bold=True)
ma("MA16", "Applicants are invited on the application form, and again at interview, to tell the Fellowship of "
           "any disability or other need. The Fellowship agrees reasonable adjustments with each disabled "
           "participant, with advice from the University's disability service: materials in large print or "
           "electronic form, a note-taker, extra time or alternative forms for assessed pieces, and rest "
           "breaks. Circle days are held only in venues with step-free access and a hearing loop. The "
           "Fellowship's equality policy, covering race, disability and gender, applies to the course, and "
           "the course's recruitment is monitored each year by the Course Board.")
ma("MA17", "The course has two starts, in September and in January. Participants who start in January take "
           "Block 2 first and Block 1 in the following autumn. A participant may interrupt for up to one year "
           "between Blocks. Block 2 may be studied either through its three Circle days or online (see "
           "MA18).")
ma("MA18", "Participants who study Block 2 online will use the University's RibbleSpace environment, where "
           "the Block's materials and tasks are posted week by week, and the Block tutor will reply to each "
           "participant's questions within three working days.")
P(d, "Stakeholders", bold=True)
ma("MA19", "The course was shaped by the two Counties' survey of headteachers and SENCOs in the spring of 2008 "
           "(311 replies), which found that new SENCOs most needed help with the Code of Practice, with "
           "leading colleagues and with provision mapping, and that heads could not release teachers for "
           "more than nine days. The Fellowship's own schools asked for more on working with the county "
           "services.")
ma("MA20", "As a result the course was cut from fourteen days to nine Circle days, a day on provision mapping "
           "and a day on leading colleagues were added, and the Link SENCO role was created at the Counties' "
           "request.")
ma("MA21", "A Course Board, with two members from each County, one from the University, two headteachers "
           "(one from each sector), a parent nominated by the Lunedale parent partnership and a former "
           "participant, will meet each term. It receives the summaries of the course's evaluations; "
           "County officers and headteachers also speak at Circle days and the Counties' SENCOs "
           "serve as Link SENCOs.")
P(d, "Quality", bold=True)
ma("MA22", "Participants will complete an evaluation at the end of each Circle day, and tutors will keep a "
           "record of each Block. The Course Board will receive a summary each term.")
ma("MA23", "Before a place is confirmed the Fellowship verifies that each participant holds a current "
           "enhanced CRB disclosure: the headteacher or College chair certifies the disclosure number and "
           "date on the nomination form, and the Fellowship's office checks the form and confirms with the "
           "school that the participant is not barred from working with children. The Counties' own HR "
           "services continue to check their employees in the usual way.")
ma("MA24", "The course will be taught by five tutors: Anna Holmroyd (MEd in Special Educational Needs; SENCO "
           "of a Steiner school for eight years); Peter Lindqvist (educational psychologist, Craven Vale, until "
           "2006); Ruth Calloway (advisory teacher for autism, Lunedale); Dr Emil Varga (senior lecturer in "
           "inclusive education, University of Ribblesdale); and Fiona Dent (SENCO of a Lunedale secondary "
           "school). Each tutor has at least one day of specialist professional development each term.")
ma("MA25", "Each participant will spend two placement days in a school of the other sector and one in a special "
           "school or specialist unit in Lunedale or Craven Vale, arranged by the Counties, with a task set for "
           "each day. Speakers from the educational psychology, speech and language therapy, sensory support "
           "and behaviour support services contribute to Circles 4 and 6.")
ma("MA26", "Participants may use the University's library, including its electronic journals, and the "
           "Fellowship's learning-support resource collection at Skelby.")
ma("MA27", "Tutors and Link SENCOs will work from the Threshold Handbook, which sets out each role. Link SENCOs "
           "attend a half-day briefing before the course and a review meeting at the end of each Block, and "
           "tutors new to the course are paired with an experienced tutor for their first Block.")
ma("MA28", "Every assessed piece will be marked by the Block tutor against published criteria and "
           "second-marked by another tutor.")
ma("MA29", "Participants whose schools do not enter pupils for national tests (the Fellowship's schools) will "
           "be exempt from the assessment of outcome C4 in Schedule 2.")
ma("MA30", "The Colloquium is a thirty-minute oral examination at the end of the course, in which the "
           "participant presents the Design for Change to two tutors and answers their questions; it is "
           "marked against published criteria for clarity, listening and reasoning.")
ma("MA31", "The outcomes, where each is developed, and how each is shown, are as set out in Schedule 2, "
           "subject to the matters not agreed and outstanding.")

H(d, "5. Matters not agreed", 1)


def na(num, matter, fellowship, other, effect, other_label="The Counties"):
    t = table(d, [[f"{num}  {matter}", ""],
                  ["The Fellowship", fellowship],
                  [other_label, other],
                  ["Effect for 2008-09", effect]], header_fill=None)
    band(t, 0, f"{num}  {matter}", fill="DDE3EA")
    for r in range(1, 4):
        t.cell(r, 0).paragraphs[0].runs[0].bold = True
    P(d, "")
    return t


t1 = na("NA1", "An assessment-only route",
        "The Fellowship considers that the Award should mark a year of shared study, and that an experienced "
        "SENCO will gain from it as much as a new one.",
        "The Counties ask for a route by which experienced SENCOs, particularly those from the Counties' SEN "
        "support services, are assessed against the outcomes without taking the course.",
        "No assessment-only route will be offered in 2008-09.")
c = t1.cell(1, 1).paragraphs[0]
dele(c, " The Fellowship would accept such a route for SENCOs with five years' experience in the role.", *ED)
na("NA2", "Credit for experience",
   "The Fellowship is willing to credit experience through a portfolio.",
   "The University's regulations allow credit only for certificated study in collaborative courses at present.",
   "Credit will be given for certificated study only (MA12); experience will not be credited.",
   other_label="The University")
na("NA3", "The number of credits",
   "The Fellowship proposes 40 credits, matching the nine Circle days and the four pieces.",
   "The University proposes 60 credits, with a fuller Design for Change.",
   "The credit value will be settled at the University's Faculty Board on 12 November 2008.",
   other_label="The University")
t4 = na("NA4", "Measuring the course's impact",
        "The Fellowship does not agree that the course should measure pupils' progress: it considers that the "
        "children's growth cannot fairly be reduced to test data gathered within one year.",
        "The Counties ask that participants take baseline and follow-up measures of pupils' progress, and that "
        "the course report the change in participants' confidence and competence.",
        "The parties have not agreed how the course's impact will be evaluated.")
comment(d, t4.cell(3, 1).paragraphs[0], "Could we at least agree the Threshold Profile repeated at the end as a "
        "measure of confidence? - SW", "Simon Whitlow", "SW")
p5 = na("NA5", "Outcomes taught but not separately assessed",
        "The Fellowship considers that Q2, L2 and L5 are best grown through the whole course rather than "
        "examined: L5 in particular, because the course teaches the child and not the label.",
        "The Counties ask that every outcome be assessed in one of the four pieces.",
        "Until the matter is resolved these outcomes will be taught but not separately assessed.")
na("NA6", "Access arrangements for tests and examinations",
   "The Fellowship's schools do not enter pupils for national tests, and the Fellowship does not propose to "
   "teach access arrangements.",
   "The Counties ask for a session on access arrangements for maintained-school participants.",
   "Access arrangements are not included in the course for 2008-09.")
na("NA7", "Inspection evidence in the reading",
   "The Fellowship prefers research to inspection reports, which it considers are written for a different "
   "purpose.",
   "The Counties ask that Ofsted's reports on SEN and inclusion be set reading in Block 2.",
   "Ofsted reports will not be set reading.")
na("NA8", "Carrying out the Design for Change",
   "The Design for Change is a written design for a change in the participant's school, which the participant "
   "need not carry out within the course; the Fellowship considers one year too short to lead and evaluate a "
   "change well.",
   "The Counties ask that participants carry out at least the first stage of the change and report its effect.",
   "The Design for Change will remain a design.")
na("NA9", "A peer forum online",
   "The Fellowship prefers participants to meet one another at Circle days and does not propose a discussion "
   "forum.",
   "The University asks for a peer forum in RibbleSpace for participants studying Block 2 online.",
   "There will be no online peer forum in 2008-09.",
   other_label="The University")

H(d, "6. Matters outstanding", 1)
table(d, [["Ref", "Matter", "Position", "To be settled by"],
          ["MO1", "Appointment of the external examiner", "[to be agreed]", "Faculty Board, 12 November 2008"],
          ["MO2", "The use to be made of evaluation evidence in planning the next course", "[to be agreed]", "Course Board, December 2008"],
          ["MO3", "ICT and specialist technology for participants", "[to be agreed]", "Counties and Fellowship, December 2008"],
          ["MO4", "Moderation of marking across tutors and with the Counties", "[to be agreed]", "Course Board, December 2008"]])

H(d, "Schedule 1: Circle days", 1)
s1 = table(d, [["Circle", "Date", "Venue", "Content"],
               ["Block 1", None, None, None],
               ["1", "20 September 2008", "Skelby Steiner School", "The child: development and the environment for learning; Every Child Matters"],
               ["2", "11 October 2008", "Garside Primary School, Lunedale", "Listening to children; building relationships with children and families"],
               ["3", "8 November 2008", "Skelby Steiner School", "The law and policy; working with parents and carers"],
               ["Block 2", None, None, None],
               ["4", "17 January 2009", "Craven Vale Professional Centre", "The common needs; the services and how to work with them"],
               ["5", "7 February 2009", "Hebble Bridge Steiner School", "Advising and supporting colleagues; assessment, planning and teaching; summative data"],
               ["6", "14 March 2009", "Thornber High School, Craven Vale", "Provision mapping and management; deploying staff; the specialist services"],
               ["Block 3", None, None, None],
               ["7", "2 May 2009", "Skelby Steiner School", "Leading: the head, senior leaders and governors; inclusive policy"],
               ["8", "6 June 2009", "Garside Primary School, Lunedale", "Coaching, observation and training colleagues; formative assessment; research"],
               ["9", "4 July 2009", "Hebble Bridge Steiner School", "Sharing the Designs for Change"]])
band(s1, 1, "Block 1: The Child (autumn)", fill="E4DCCB")
band(s1, 5, "Block 2: The School (spring; may be studied online)", fill="E4DCCB")
band(s1, 9, "Block 3: The Change (summer)", fill="E4DCCB")

H(d, "Schedule 2: The outcomes", 1)
P(d, "Refs are the parties' own. Portrait: a study of one child, 5,000 words (end of Block 1). Survey: the "
     "School Survey of provision, 4,000 words (end of Block 2). Design: the Design for Change, 5,000 words. "
     "Colloquium: see MA30.")
rows = [["Ref", "Outcome, as the parties word it", "Where developed", "How shown", "Status"],
        ["Q", None, None, None, None],
        ["Q1", "Fair, respectful and supportive relationships with children and their parents or carers", "Circles 2, 3", "Portrait", "Agreed"],
        ["Q2", "Bringing colleagues, the head and senior leaders with you", "Circle 7", "Not separately assessed (NA5)", "Not agreed"],
        ["Q3", "Prioritising, managing time and delegating well", "Circle 6", "Survey", "Agreed"],
        ["Q4", "Anticipating and solving problems; sound decisions about provision", "Circles 5, 6", "Survey, Design", "Agreed"],
        ["Q5", "Clear speech and writing; listening to others", "All Circles", "Colloquium; all pieces", "Agreed"],
        ["Q6", "Using research and outside advice to improve practice", "Circle 8", "Design", "Agreed"],
        ["Q7", "Keeping up to date; owning one's professional development", "Circle 9", "Design (professional development section)", "Agreed"],
        ["L", None, None, None, None],
        ["L1", "The law, the Code of Practice and guidance on SEN, and putting them into practice", "Circle 3", "Portrait, Survey", "Agreed"],
        ["L2", "Every Child Matters and the SENCO's part in it", "Circle 1", "Not separately assessed (NA5)", "Not agreed"],
        ["L3", "Disability equality law and the actions it requires", "Circle 3", "Survey", "Agreed"],
        ["L4", "How children develop and what affects development", "Circle 1", "Portrait", "Agreed"],
        ["L5", "The common types of SEN and disability and their effect on learning", "Circle 4", "Not separately assessed (NA5)", "Not agreed"],
        ["L6", "Approaches to assessment, planning, teaching and learning, including ICT, critically understood", "Circle 5", "Portrait", "Agreed"],
        ["L7", "School self-evaluation and improvement for pupils with SEN", "[to be agreed]", "[to be agreed]", "Outstanding"],
        ["L8", "Best practice and research in meeting SEN", "Circle 8", "Design", "Agreed"],
        ["L9", "External agencies and how to get specialist support", "Circles 4, 6", "Survey", "Agreed"],
        ["C", None, None, None, None],
        ["C1", "With senior colleagues and governors, shaping an inclusive ethos, policy and priorities", "Circle 7", "Design", "Agreed"],
        ["C2", "Identifying pupils, setting targets, planning interventions and reviewing progress", "Circles 1, 5", "Portrait", "Agreed"],
        ["C3", "Using other professionals' assessments in teaching", "Circle 4", "Portrait", "Agreed"],
        ["C4", "Using summative assessment and national tests to track progress", "Circle 5", "Survey (see MA29)", "Agreed"],
        ["C5", "Encouraging colleagues' formative assessment", "Circle 8", "Design", "Agreed"],
        ["C6", "Access arrangements for tests and examinations", "Not included in 2008-09 (NA6)", "-", "Not agreed"],
        ["C7", "Provision mapping and management; finding ineffective or missing provision", "Circle 6", "Survey", "Agreed"],
        ["C8", "Deploying and managing staff", "Circle 6", "[to be agreed]", "Outstanding"],
        ["C9", "Supporting colleagues' development: observation, feedback, modelling, coaching, training", "Circle 8", "Design", "Agreed"],
        ["C10", "Reviewing provision with other staff to inform self-evaluation", "Circle 6", "Survey", "Agreed"],
        ["C11", "Involving pupils in planning, agreeing and reviewing their provision", "Circle 2", "Portrait", "Agreed"],
        ["C12", "Liaising with parents and carers", "Circle 3", "Portrait", "Agreed"],
        ["C13", "Partnership with other services and voluntary organisations", "Circles 4, 6", "Survey", "Agreed"]]
s2 = table(d, rows)
band(s2, 1, "Q  ·  Qualities (professional attributes)", fill="E4DCCB")
band(s2, 9, "L  ·  Learning (knowledge and understanding)", fill="E4DCCB")
band(s2, 19, "C  ·  Capabilities (professional skills)", fill="E4DCCB")
# C9 row (index 28): the Colloquium added as a tracked insertion
cp = s2.cell(28, 3).paragraphs[0]
ins(cp, "; Colloquium", *ED2)
p = P(d, "The Survey's criteria for C10 require evidence that the review was carried out with at least two "
         "colleagues and that its findings were reported to the headteacher.", italic=True)
fn.add(p, "The criteria for each piece are in the Course Document, Appendix C.")

H(d, "7. Signatures", 1)
sig = table(d, [["For", "Name", "Signature", "Date"],
                ["Pennine Fellowship of Steiner Waldorf Schools", "Anna Holmroyd", "A. Holmroyd", "24.10.08"],
                ["Lunedale County Council", "Judith Rawcliffe", "J. Rawcliffe", "24.10.08"],
                ["Craven Vale County Council", "Simon Whitlow", "S. Whitlow", "24.10.08"],
                ["University of Ribblesdale", "Dr Margaret Esk", "[signature to follow]", ""]])
comment(d, sig.cell(4, 2).paragraphs[0], "Dr Esk is abroad until 3 November; the University has confirmed by email that it agrees the statement.", "Judith Rawcliffe", "JR")

fn.finish()
d.save(OUT)
print("wrote", OUT)
