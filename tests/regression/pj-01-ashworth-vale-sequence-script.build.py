"""pj-01-ashworth-vale-sequence-script: a ballroom dancing association's SENCO course written as a
new SEQUENCE DANCE SCRIPT, in the form its Script Service prints every new sequence dance.

Provider (invented): the Ashworth Vale Ballroom Dancing Association (AVBDA), through its Dance in
Schools Trust, with the University of Kelderby (validation) and Morrowby Borough Council's Learning
Support Service. Course: "The Kelderby Award Waltz", the National Award for SEN Coordination as the
University's Postgraduate Certificate, 60 credits at Master's level, first floor January 2009.

Layout: no Word heading styles. A title block table with merged cells (Rhythm, Tempo, Inventors,
Accreditation, Floors, Music). Bold capitalised titles typed as Normal paragraphs. "Notes on reading
this script" 1-10 define the house words: Leader (tutor), Follower (participant), Partner (the
in-school senior colleague), Floor (intake), Bar (study day), Counts 1/2/3 (morning, afternoon
workshop, task in the follower's own school), Tempo (standard 12 months or slow 24 months),
"Demonstrated" (marked in D1-D4), "Walked through" (practised with spoken feedback, never marked),
"Sat out" (not in this dance). These keys are used, far below, by the Figure List (the 29 national
outcomes in the Association's own words, with "Taught at" Bars and "Demonstrated in" columns, shaded
group rows). The script proper is four Sections (A Opening, B Natural Turn, C Whisk, D Chassé), each
a four-column table (Bar | Leader | Follower | Count 3), followed by its Demonstration. "Further
notes" 11-20. A VML text box holds the inventors' note to the adjudicators. Page header (Script
Service number) and footer (copyright line, a CRB claim, PAGE field). Two footnotes. Three Word
comments. One tracked deletion and one tracked insertion in "The Practice Floor".

Traps (requirement ids):
- 5.3: the only enhanced CRB disclosures in the body are for the Association's junior-class dance
  teachers and medal-test volunteers ("Safe floors"): right words, wrong people. The footer claims
  "All followers hold a current enhanced CRB disclosure checked by the Association": a footer is
  never evidence. not_met.
- 2.3: "Showcase entry" (assessment only) is something "We would like to offer" and "hope to agree
  with the University for the 2010 floor"; a comment says the University's Quality Office will not
  allow it before 2010. not_met.
- 2.2: the Starting Position Sheet is a self-rating against the Figures that the leader "reads";
  no individual training plan or personalised outcomes. The individual plan agreed at the Partner
  meeting exists only in a Word comment. partially_met.
- 3.3: the Practice Floor (Blackboard) gives materials and peer discussion boards; the sentence
  promising leaders' answers within two working days is a tracked DELETION, replaced by an INSERTED
  sentence saying leaders do not answer questions there: no direct tutor support between Bars.
  partially_met (e-learning exists, so not n/a).
- 3.1: only the premises' physical access and a welcome ("Everyone is welcome on our floor"); no
  adjustments in assessment, no disclosure. partially_met.
- 1.3: research only in general terms ("kept in step with the latest research and thinking"); no
  inspection evidence; national developments are named only as law/policy in Bar 1. partially_met.
- 4.3: stakeholders in evaluation only hoped for ("We hope that heads, parents and the Council will
  want to help us judge how well the dance works") plus a general invitation to comment.
  partially_met. 4.1 and 4.2 are met (the 2008 survey and the changes it made: Bar 11, the parent
  tutor at Bar 7).
- 5.5: specialist expertise is provided (EP, SALT, parent tutor, agency panel) but placements are
  only what followers "arrange themselves". partially_met.
- 5.9: confidence measured by repeating the Starting Position Sheet; pupil achievement explicitly
  not measured ("we have not tried to measure it"). partially_met.
- 1.9 / 6.0: the text box claims every Figure is Demonstrated before the Award; the Figure List
  shows Walk-through only and Sat out Figures; the award rule (Note 14) is passing the four
  Demonstrations. Both partially_met.
- Criterion 6: Walk-through only (taught, not assessed): 6.A3 (Bar 4 diary), 6.A7 (Bar 15 practice
  diary), 6.K3 (Bar 2 disability equality), 6.S2c (Bar 10 staff meeting), 6.S8 (Bar 7 parent
  role-play). Assessed but not taught: 6.S2b (national test data in D2, no Bar; "-" in Taught at).
  Sat out: 6.K4 (child development), 6.S2d (access arrangements). The rest are taught at a Bar and
  Demonstrated.
- Decorative dance detail (music, hold, tempo in bars per minute, inventors' Fellowships) is not
  evidence of anything; the inventors' Association Fellowships are not the 5.4 evidence (their
  SEN posts and qualifications in Note 11 are).
"""
from pathlib import Path
from docx.shared import Pt, Cm
from _pj_helpers import (new_document, para, runs, cell_text, shade, table, fill_row, tracked_insert,
                         tracked_delete, footnote, text_box, header_footer, comment, finish)

HERE = Path(__file__).parent
OUT = HERE / "pj-01-ashworth-vale-sequence-script.docx"
GL, HL, ED = "Glenys Parfitt", "Howard Lyle", "Script Service Editor"
DATE = "2008-11-24T10:15:00Z"

doc = new_document("Georgia", 10)
header_footer(doc.sections[0],
              "AVBDA Script Service  |  Script No. 2009/14  |  The Kelderby Award Waltz (sequence)",
              "Scripts are the copyright of the inventors; member clubs may copy them for club use. "
              "All followers hold a current enhanced CRB disclosure checked by the Association.")


def title(text, size=11):
    p = para(doc, text, bold=True, size=size, space_after=4)
    p.paragraph_format.space_before = Pt(10)
    return p


# ---------------------------------------------------------------- title block
para(doc, "ASHWORTH VALE BALLROOM DANCING ASSOCIATION", bold=True, size=9, align="center", space_after=0)
para(doc, "SCRIPT SERVICE: NEW SEQUENCE DANCES", size=8, align="center", space_after=6)
tb = table(doc, 7, 4, widths=[3.0, 6.0, 2.6, 5.0])
a = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(a, "THE KELDERBY AWARD WALTZ", bold=True, size=16, align="center", fill="E8DCC8")
fill_row(tb.rows[1], ["Rhythm", "Modern Waltz, 3/4", "Tempo", "Standard: twelve months. Slow: twenty-four months (Note 5)"])
fill_row(tb.rows[2], ["Inventors", "Glenys Parfitt and Howard Lyle", "Script No.", "2009/14"])
cell_text(tb.cell(3, 0), "Accreditation", bold=True)
acc = tb.cell(3, 1).merge(tb.cell(3, 3))
cell_text(acc, "The National Award for SEN Coordination, awarded as the Postgraduate Certificate in "
               "Special Educational Needs Coordination of the University of Kelderby: 60 credits at "
               "Master's level (M level).")
footnote(doc, acc.paragraphs[0], "Validated by the University of Kelderby Faculty of Education at its "
         "validation event of 14 October 2008; the Faculty's approval letter is ref. FE/VAL/08/112.")
fill_row(tb.rows[4], ["Floors", "First floor: Bar 1 on Saturday 17 January 2009. Second floor: Bar 1 on "
                      "Saturday 19 September 2009.", "Ballroom", "The Assembly Rooms, Market Street, Ashworth"])
fill_row(tb.rows[5], ["Music", "Any strict-tempo waltz at 30 bars a minute. The inventors dance it to "
                      "'Carousel Waltz'.", "Hold", "Closed hold throughout; see Starting Position"])
cell_text(tb.cell(6, 0), "Published by", bold=True)
pb = tb.cell(6, 1).merge(tb.cell(6, 3))
cell_text(pb, "Ashworth Vale Ballroom Dancing Association, Dance in Schools Trust, with the University "
              "of Kelderby and Morrowby Borough Council Learning Support Service")
for r in range(1, 7):
    for c in (0, 2):
        if r in (3, 6) and c == 2:
            continue
        tb.cell(r, c).paragraphs[0].runs[0].bold = True

para(doc, "")
para(doc, "This script is printed in the Script Service's usual form so that members can read it as they "
          "read any new sequence dance: the notes on reading it, the starting position, the script bar by "
          "bar, the further notes and the figure list. It is also the application that the Association, "
          "the University of Kelderby and Morrowby Borough Council are sending to the Training and "
          "Development Agency for Schools for approval to run the National Award for SEN Coordination. "
          "Members who dance sequence will know the shape; the adjudicators from the TDA will find "
          "everything they need in the same places.", italic=True)

# ---------------------------------------------------------------- notes 1-10
title("NOTES ON READING THIS SCRIPT")
notes = [
    ("Note 1. Leader and Follower. ", "The Leader's part is danced by the tutors, whom we call leaders. "
     "The Follower's part is danced by the teachers taking the Award, whom we call followers. Every "
     "follower is a teacher who coordinates, or is about to coordinate, provision for pupils with special "
     "educational needs in a school."),
    ("Note 2. Partner. ", "Every follower dances with a Partner in their own school: a senior colleague, "
     "usually the head or a deputy, named on the entry form. The Partner meets the follower at least once "
     "each half term, agrees the count 3 tasks and the School Project, and signs the head's statement for "
     "Demonstration 3."),
    ("Note 3. Floor and Bar. ", "A Floor is one intake of followers, never more than twenty-four. A Bar is "
     "one full study day at the Assembly Rooms, 9.30 to 3.30. There are sixteen Bars, in four Sections of "
     "four Bars."),
    ("Note 4. Counts. ", "Each Bar has three counts. Count 1 is the morning's teaching, count 2 is the "
     "afternoon workshop, and count 3 is the task the follower dances in their own school before the next "
     "Bar. Count 3 is never skipped: it is how every Bar is tied to the follower's own practice with "
     "pupils and colleagues, and each count 3 task is written up in the follower's practice file."),
    ("Note 5. Tempo. ", "Standard tempo dances the sixteen Bars in twelve months; slow tempo dances the same "
     "Bars over two academic years, with the Demonstrations spread to match (see Tempo, Order and the "
     "Practice Floor)."),
    ("Note 6. Demonstrated. ", "In the Figure List, a Figure is Demonstrated when it is marked in one of the "
     "four Demonstrations (D1 to D4). Demonstrations are marked against the University's Master's level "
     "criteria and count towards the Award."),
    ("Note 7. Walked through. ", "A Figure is Walked through when it is practised in a workshop or a count 3 "
     "task and the follower is given a leader's spoken feedback on it. Walk-throughs are not marked and do "
     "not count towards the Award."),
    ("Note 8. Sat out. ", "A Figure marked Sat out is not danced in the Kelderby Award Waltz."),
    ("Note 9. Taught at. ", "The Figure List gives the Bar or Bars at which each Figure is taught. A dash "
     "means that no Bar teaches it."),
    ("Note 10. Figures. ", "The Figures are the national minimum outcomes for the Award, put into the "
     "Association's own words. The Figure List at the back of the script gives all of them in the national "
     "order."),
]
for lead, body in notes:
    p = doc.add_paragraph()
    runs(p, (lead, "b"), body)

text_box(doc, "A NOTE FROM THE INVENTORS TO THE ADJUDICATORS", [
    "Every one of the national Figures is danced in the Kelderby Award Waltz, and every one is Demonstrated "
    "before the Award is given. The Figure List at the back of the script shows where each is taught and "
    "where it is Demonstrated.",
    "Glenys Parfitt and Howard Lyle, inventors",
], height_pt=92)

# ---------------------------------------------------------------- starting position
title("STARTING POSITION")
p = doc.add_paragraph()
runs(p, ("Who may take the floor. ", "b"),
     "A follower must hold Qualified Teacher Status and either be the designated SENCO of a school or have been "
     "told in writing by the head that they will take up the post within the year. The head signs the Partner's "
     "Consent on the entry form, which also names the follower's Partner.")
p = doc.add_paragraph()
runs(p, ("The Pre-Dance Conversation. ", "b"),
     "Every applicant has a forty-minute conversation with a leader, at the Assembly Rooms or in their own "
     "school, before a place is offered. The leader uses the Starting Position Sheet to check that the applicant "
     "knows enough of SEN practice, and has enough experience of teaching pupils with SEN, to reach every Figure "
     "in the time. Where an applicant is not yet ready, the leader writes to the applicant and to the head "
     "saying what to do first, usually the Council's ten-session course SEN in the Classroom, and keeps a place "
     "for them on the next floor.")
p = doc.add_paragraph()
rs = runs(p, ("The Starting Position Sheet. ", "b"),
          "Before Bar 1 each follower rates themself from 1 (new to it) to 4 (confident and practised) on each "
          "Figure in the Figure List, with a line of evidence for any rating of 3 or 4. The leader reads the sheet "
          "before Bar 1 so that they know the floor.")
comment(doc, rs[1], "Glenys, we do agree an individual plan with each follower at the Partner meeting after "
        "Bar 1, and pick the Figures they most need. Worth saying here?", HL, "HL")
p = doc.add_paragraph()
runs(p, ("Dancing with credit already. ", "b"),
     "Followers who already hold Master's level credit in SEN (for example the University's Certificate in "
     "Specific Learning Difficulties) may have up to 20 credits accredited against Section B through the "
     "University of Kelderby's procedure for the Accreditation of Prior Learning. Experience is accredited "
     "through a claim portfolio that maps the follower's past work to the Figures; two leaders assess the "
     "portfolio and the University's APL Board confirms the credit. A follower with credit from either route "
     "dances only the Bars and Demonstrations that remain.")
p = doc.add_paragraph()
rs = runs(p, ("Showcase entry. ", "b"),
          "Several heads have asked whether a very experienced teacher could be entered straight for the "
          "Demonstrations without dancing the Bars. We would like to offer this Showcase entry, and we hope to "
          "agree it with the University for the 2010 floor.")
comment(doc, rs[1], "The University's Quality Office say not before 2010 at the earliest. Leave as it is.", GL, "GP")
p = doc.add_paragraph()
runs(p, ("Safe floors. ", "b"),
     "The Association takes the safety of young dancers seriously. Every licensed teacher who teaches the "
     "Association's junior classes, and every volunteer who helps at our children's medal tests, must hold an "
     "enhanced CRB disclosure, which the Association's Welfare Officer renews every three years.")
p = doc.add_paragraph()
runs(p, ("Fees. ", "b"),
     "The fee for the whole dance is £1,150. It covers all sixteen Bars, lunch, the reading pack and "
     "registration with the University. Morrowby Borough Council pays half the fee for followers in Morrowby "
     "schools. The fee is below the University's usual charge for 60 credits because the Association lends the "
     "Assembly Rooms without charge and the Council lends its officers' time; the follower pays once and the "
     "Award counts in full towards the University's MA in Inclusive Education.")
p = doc.add_paragraph()
runs(p, ("Fitting the dance to the follower. ", "b"),
     "No two followers dance the Waltz alike. The follower chooses the pupil for the Pupil Study and the focus "
     "of the School Project from their own school's development plan, with their Partner; the count 3 tasks are "
     "set in the follower's own school; and a follower who is strong on a Section may spend its workshops on "
     "the extension readings while others practise. Each follower has a half-hour tutorial with a leader in "
     "every Section.")

# ---------------------------------------------------------------- floor and tempo
title("THE FLOOR")
para(doc, "The Assembly Rooms ballroom is on the ground floor with level access from the car park, an "
          "accessible toilet and an induction loop, and the sprung floor takes wheelchairs without difficulty. "
          "Everyone is welcome on our floor, whatever their ability.")

title("TEMPO, ORDER AND THE PRACTICE FLOOR")
para(doc, "Each floor dances at standard tempo (the sixteen Bars over twelve months, about one Bar every three "
          "weeks in term time) or at slow tempo (the same Bars over two academic years). A follower may change "
          "tempo at the end of any Section, with the agreement of their leader.")
para(doc, "Sections C and D may be danced in either order. On the January floor Section D comes before Section "
          "C; on the September floor Section C comes first; and a follower may join the other floor for either "
          "Section. A follower who misses a Bar dances it with the next floor without charge.")
p = para(doc, "The Practice Floor is the University's Blackboard site for the dance. Each Bar's handouts, slides and "
              "readings are put on it the day before the Bar, and each Section has a discussion board on which "
              "followers post their count 3 tasks and comment on one another's. ")
tracked_delete(p, "Leaders answer questions posted on the Practice Floor within two working days. ", HL, DATE)
tracked_insert(p, "Leaders do not answer questions on the Practice Floor; questions posted there are gathered up "
                  "and answered at the start of the next Bar.", HL, DATE)

# ---------------------------------------------------------------- why this dance
title("WHY THIS DANCE")
para(doc, "The dance exists for the pupils. Its aim is that pupils with special educational needs and "
          "disabilities in the followers' schools achieve more and are happier, healthier and safer: all five "
          "Every Child Matters outcomes, not only their test results. The script keeps that aim in every "
          "Section, and every Demonstration asks the follower to show the difference their work has made to "
          "pupils on at least one of the five outcomes.")
p = doc.add_paragraph()
runs(p, ("What schools and parents told us. ", "b"),
     "In the spring of 2008 the Council's Learning Support Service and the Association's Dance in Schools Trust "
     "sent a questionnaire to the SENCOs and heads of all 58 Morrowby schools (41 replied) and held two evening "
     "groups with parents through the Parent Partnership Service. New SENCOs said they had been given the "
     "title without the time or the tools: they wanted help with provision mapping, with managing teaching "
     "assistants, and with leading colleagues who were senior to them. Heads wanted SENCOs who could show the "
     "governors what provision cost and what it achieved. Parents wanted to be listened to at reviews and to "
     "be told plainly what was being done for their child. The Bars were set to answer those needs.")
p = doc.add_paragraph()
runs(p, ("What changed because of it. ", "b"),
     "The first draft of the script had no Bar on teaching assistants; Bar 11 was added because nineteen heads "
     "asked for it. The afternoon of Bar 7 is led by a parent tutor from the Parent Partnership Service because "
     "the parents' groups asked that SENCOs should hear from parents directly. After the 2008 taster day the "
     "Section on leading colleagues was moved forward so that followers start their School Project earlier.")
p = doc.add_paragraph()
runs(p, ("Keeping in touch. ", "b"),
     "We hope that heads, parents and the Council will want to help us judge how well the dance works. "
     "Stakeholders will be kept informed through the Association's Bulletin and may send comments at any time.")

# ---------------------------------------------------------------- the script
title("THE SCRIPT", size=12)
para(doc, "Start in closed hold, follower facing the wall. Each row is one Bar. Count 3 is danced in the "
          "follower's own school before the next Bar.", italic=True)

SECTIONS = [
    ("SECTION A (Bars 1-4): THE OPENING. The SENCO's place on the floor", [
        ("1", "Law and the Code",
         "Takes the floor through the law and guidance on SEN: Part IV of the Education Act 1996, the SEN Code of "
         "Practice (2001) and its graduated response, the SEN and Disability Act 2001, the 2008 regulations on "
         "the SENCO role, Removing Barriers to Achievement (2004) and the Inclusion Development Programme (2008).",
         "Compares the school's SEN policy and procedures with the Code, section by section, in a trio with "
         "followers from other phases.",
         "Audits the school's register and procedures against the Code and notes three changes to propose."),
        ("2", "Disability equality",
         "The Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, reasonable "
         "adjustments for pupils and accessibility planning, with a speaker from the Council's Disabled "
         "Children's Team.",
         "Walks through the school's Disability Equality Scheme and accessibility plan with a follower from "
         "another school.",
         "Talks the scheme through with the head (walked through, Note 7)."),
        ("3", "Every Child Matters",
         "The five outcomes of Every Child Matters and the Children Act 2004, and what the SENCO does so that "
         "pupils with SEN are healthy, safe, enjoy and achieve, contribute and do well economically.",
         "Maps what the school offers pupils with SEN against the five outcomes and finds the gaps.",
         "Shares the map with the school's pastoral lead."),
        ("4", "Taking the lead",
         "The SENCO as a leader: winning the commitment of the head and senior team, working with governors on "
         "SEN policy, priorities and budget, and writing and speaking to persuade.",
         "Prepares a five-minute case to the senior team for one change from Bar 1. In the afternoon followers "
         "bring a week of their own diary and walk through with a partner how they set priorities, manage their "
         "time and hand tasks on (Note 7).",
         "Presents the case to the senior team; the case and the response go into Demonstration 1."),
    ], "Demonstration 1: the Policy Commentary.",
        "A critical commentary of 4,000 words on the school's SEN policy and practice, set against the law and "
        "guidance on SEN and against Every Child Matters, with the case the follower put to the senior team and "
        "the governors' response as an appendix. It is marked for the follower's knowledge of the law and "
        "guidance on SEN and how to put it into practice, their understanding of Every Child Matters and the "
        "SENCO's part in it, the way they win the commitment of the head and senior team, their influence on the "
        "school's strategic direction for inclusion, and the clarity of their writing."),
    ("SECTION B (Bars 5-8): THE NATURAL TURN. Knowing the pupils", [
        ("5", "Common needs",
         "With Dr Anita Sobers (educational psychologist) and Mrs Carys Wenn (speech and language therapist): "
         "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
         "speech, language and communication needs, autistic spectrum disorders and moderate learning "
         "difficulties, and how each can affect learning.",
         "Works through anonymised pupil profiles from Morrowby schools.",
         "Observes one pupil in two lessons."),
        ("6", "Finding and planning",
         "Identifying pupils who may have SEN from classroom observation, data and other monitoring; setting "
         "challenging targets; planning interventions that remove barriers; reviewing progress; and using the "
         "reports of psychologists, therapists and advisory teachers to shape teaching. Making sound, well-founded "
         "decisions about provision when the evidence points two ways.",
         "Chooses the pupil for Demonstration 2 and reads the pupil's professional reports with a partner.",
         "Gathers the pupil's information from colleagues."),
        ("7", "Pupils and parents",
         "Consulting pupils about what affects them: pupil interviews, person-centred reviews, and ways of "
         "helping pupils with communication difficulties to give their views; bringing pupils into setting and "
         "reviewing their own targets. In the afternoon, with a parent tutor from the Parent Partnership "
         "Service: fair and respectful relationships with pupils and families, and working in partnership with "
         "parents and carers.",
         "Practises a pupil interview with picture and symbol materials. In threes, role-plays a difficult first "
         "conversation with a parent, walked through with the parent tutor (Note 7).",
         "Interviews the Demonstration 2 pupil about their targets."),
        ("8", "What works",
         "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT; "
         "what the evidence says about them; how to read a published evaluation of an intervention, and how to "
         "use advice from outside the school to improve one's own and colleagues' practice.",
         "Critiques a published evaluation of an intervention the school already uses.",
         "Chooses the intervention for the Demonstration 2 pupil and explains the choice to the class teacher."),
    ], "Demonstration 2: the Pupil Study.",
        "A study of 5,000 words of one pupil with SEN over a term: identifying the pupil's needs from "
        "observation, data and the assessments of other professionals; setting targets with the pupil, from the "
        "pupil's own views; planning and running an intervention; tracking the pupil's progress against their "
        "end-of-key-stage and optional national test results and changing the programme in the light of them; "
        "and judging the outcome. It is marked for the follower's knowledge of the pupil's type of need, their "
        "critical choice of approaches and resources including ICT, their use of research and outside advice, "
        "the soundness of their judgements about provision, the fairness and respect of their relationship with "
        "the pupil and the family, and the part the pupil plays in planning and reviewing the provision."),
    ("SECTION C (Bars 9-12): THE WHISK. Leading colleagues", [
        ("9", "Provision mapping",
         "Provision mapping and management: costing provision, mapping it against need, and finding provision "
         "that is not working or is missing.",
         "Builds a provision map for one year group from the school's own data.",
         "Completes the map for the whole school with the Partner."),
        ("10", "Assessment for learning",
         "How the SENCO encourages colleagues to use formative assessment with all pupils, and the adaptations "
         "pupils with SEN need.",
         "Plans a twilight staff meeting on assessment for learning and walks it through with a partner (Note 7).",
         "Runs the staff meeting if the head agrees (not marked)."),
        ("11", "Teaching assistants and colleagues",
         "Deploying and managing teaching assistants and other staff; supporting colleagues' development by "
         "observing and giving feedback, modelling, coaching and mentoring, and running training; advising and "
         "working with colleagues in the school and beyond it, including the SENCOs of the follower's cluster.",
         "Observes a filmed lesson and gives feedback in role; plans a new deployment of the school's teaching "
         "assistants.",
         "Observes a colleague teaching and gives feedback."),
        ("12", "Evaluating provision",
         "The principles of school self-evaluation and improvement, the self-evaluation form and the school "
         "improvement plan, and how the SENCO reviews provision with colleagues so that the findings feed into "
         "them.",
         "Evaluates one intervention's data with a partner.",
         "Reviews provision with a year group team."),
    ], "Demonstration 3: the School Project.",
        "A project lasting a term in the follower's school, agreed with the head and the Partner, that changes "
        "provision for pupils with SEN. The follower maps provision, reviews its effectiveness with colleagues and "
        "feeds the findings into the school's self-evaluation, deploys teaching assistants differently, and "
        "supports colleagues' development through observation, feedback and coaching. It is written up in 5,000 "
        "words with the provision map and a statement from the head on what has changed in practice, and marked "
        "for the follower's use of provision mapping, their management and deployment of staff, their support "
        "for colleagues' development, their review of provision with colleagues, their grasp of the principles "
        "of school self-evaluation and improvement, the way they anticipate and resolve problems, and the "
        "change the project has made to practice in the school."),
    ("SECTION D (Bars 13-16): THE CHASSÉ. Beyond the school", [
        ("13", "Other services",
         "The scope and role of external agencies (health, social care, the educational psychology service, the "
         "Council's advisory teachers, child and adolescent mental health services) and of voluntary "
         "organisations; the Common Assessment Framework and the team around the child; how to get specialist "
         "support and resources. A panel of professionals joins the morning.",
         "Maps the services around two pupils and the gaps between them.",
         "Invites one agency to a pupil's review."),
        ("14", "Technology for learning",
         "At the Council's Communication Aids Centre: assistive technology, communication aids and software for "
         "pupils with SEN, and using ICT to plan and record provision.",
         "Tries out the Centre's equipment with a leader.",
         "Borrows a loan kit for a pupil for half a term."),
        ("15", "Keeping in step",
         "Keeping up to date on SEN and disability: journals, local and national networks, and taking "
         "responsibility for one's own professional development.",
         "Begins a practice diary of reading and networks, talked through with a partner at Bar 16 (Note 7).",
         "Joins the cluster SENCO network."),
        ("16", "The Last Waltz",
         "Looks back over the dance with the floor, and introduces the Next Figures plan.",
         "Completes the Starting Position Sheet again. Drafts a Next Figures plan of further professional targets "
         "for the next two years, which the follower discusses and agrees with the head at a meeting within four "
         "weeks of the Bar. Hears from the University about its MA in Inclusive Education, into which the "
         "Award's 60 credits count.",
         "Meets the head to agree the Next Figures plan."),
    ], "Demonstration 4: the Floor Presentation.",
        "A presentation of twenty minutes to two leaders and an invited professional from another service on how "
        "the follower has worked with other services and voluntary organisations for the pupils of the Pupil Study "
        "and the School Project, followed by twenty minutes of professional discussion. It is marked for the "
        "follower's knowledge of external agencies and how to get specialist support, their partnership working "
        "with other professionals, and how clearly they speak and how well they listen to and understand the "
        "views of others."),
]

for head, bars, dtitle, dtext in SECTIONS:
    title(head)
    t = table(doc, 1 + len(bars), 4, widths=[1.4, 6.4, 5.0, 3.8])
    fill_row(t.rows[0], ["Bar", "Leader", "Follower", "Count 3 (own school)"], bold=True, size=8.5, fill="D9CBB0")
    for i, (num, name, lead, fol, c3) in enumerate(bars, start=1):
        row = t.rows[i]
        cell_text(row.cells[0], num, bold=True, size=8.5, align="center")
        c = row.cells[1]
        c.text = ""
        rr = c.paragraphs[0].add_run(name + ". ")
        rr.bold = True
        rr.font.size = Pt(8.5)
        rr2 = c.paragraphs[0].add_run(lead)
        rr2.font.size = Pt(8.5)
        cell_text(row.cells[2], fol, size=8.5)
        cell_text(row.cells[3], c3, size=8.5)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    runs(p, (dtitle + " ", "b"), dtext)

# ---------------------------------------------------------------- further notes
title("FURTHER NOTES")
p = doc.add_paragraph()
runs(p, ("Note 11. The leaders. ", "b"),
     "Both inventors are Fellows of the Association in Modern Ballroom, but it is their work in schools that "
     "qualifies them to lead this dance. The leaders are:")
lt = table(doc, 5, 3, widths=[4.0, 6.5, 6.0])
fill_row(lt.rows[0], ["Leader", "Qualifications", "Present post and experience"], bold=True, size=8.5, fill="D9CBB0")
leaders = [
    ("Glenys Parfitt (course leader)", "BEd; MA in Special and Inclusive Education (Kelderby, 2005); "
     "Postgraduate Certificate in Teaching in Higher Education", "Area SENCO, Morrowby Learning Support "
     "Service, supporting 22 primary SENCOs; SENCO of a large primary school for twelve years"),
    ("Howard Lyle", "PhD (inclusive education); NPQH", "Senior Lecturer in Inclusive Education, University of "
     "Kelderby; formerly deputy head of a special school; University link tutor and first marker"),
    ("Dr Anita Sobers", "DEdPsy; chartered educational psychologist", "Senior Educational Psychologist, "
     "Morrowby; leads the borough's training on autism and on consultation"),
    ("Mrs Carys Wenn", "BSc Speech Sciences; registered speech and language therapist",
     "Specialist therapist for schools, Morrowby Primary Care Trust; leads Bar 5 with Dr Sobers"),
]
for i, row in enumerate(leaders, start=1):
    fill_row(lt.rows[i], list(row), size=8.5)
para(doc, "All four leaders still work with pupils and schools each week, and each of them attends the "
          "University's research seminars in inclusive education.")

p = doc.add_paragraph()
runs(p, ("Note 12. Who does what. ", "b"),
     "Before each floor every leader attends the University's assessor day, which covers the Master's level "
     "criteria, the Figure List and a standardising exercise on two specimen Demonstrations written by the leaders. "
     "Every Partner receives the Partner's Handbook, which sets out what the Partner does at each Bar and "
     "each Demonstration, and attends a two-hour briefing at the Assembly Rooms before Bar 1; a Partner who "
     "cannot attend is visited in school by Glenys Parfitt. The course leader checks at the end of each "
     "Section that every follower has met their Partner.")
p = doc.add_paragraph()
runs(p, ("Note 13. Marking and moderation. ", "b"),
     "Every Demonstration is marked by a first leader and second-marked by another leader, blind. Where the two "
     "marks differ by more than ten, a third leader marks. The University's internal moderator sees a third of "
     "each Demonstration and every fail. The external examiner, appointed by the University, sees a sample of "
     "every Demonstration, attends the Floor Presentations of one floor a year and reports to the examination "
     "board.")
footnote(doc, p, "The external examiner for 2009-2012 is Dr Rosalind Amery, Senior Lecturer in Inclusive "
         "Education at the University of Penhurst.")
p = doc.add_paragraph()
runs(p, ("Note 14. The Award. ", "b"),
     "The Award is given to a follower who has passed all four Demonstrations. Each Demonstration is marked "
     "against the University's Master's level criteria with a pass mark of 50 per cent; a Demonstration that "
     "is not passed may be danced again once.")
p = doc.add_paragraph()
runs(p, ("Note 15. Specialists and visits. ", "b"),
     "Followers hear from an educational psychologist and a speech and language therapist at Bar 5, from a "
     "parent tutor at Bar 7, from the panel of professionals at Bar 13 and from the staff of the Communication "
     "Aids Centre at Bar 14. Followers who wish to see practice in a special school or a resource base may "
     "arrange a visit themselves; the Dance in Schools Trust can suggest the schools where it runs its "
     "inclusive dance classes.")
p = doc.add_paragraph()
runs(p, ("Note 16. Resources. ", "b"),
     "Followers are registered students of the University of Kelderby, with full use of its library, its "
     "electronic journals and the Practice Floor. The Council's SEN Resource Centre lends assessment materials "
     "and intervention programmes, and the Communication Aids Centre lends assistive technology kits for "
     "half a term. Laptops with text-to-speech and mind-mapping software are available at every Bar.")
p = doc.add_paragraph()
runs(p, ("Note 17. How we judge the dance. ", "b"),
     "Followers complete a Bar Card at the end of every Bar and a Section review at the end of every Section. "
     "The external examiner's report, the examination board's results and the University's annual monitoring "
     "report go to the Association's Dance Committee and the University's programme leader, who meet each "
     "term, agree what to change and publish an action plan in the Bulletin. At Bar 16 followers complete "
     "the Starting Position Sheet again, and the two sheets are compared to show the gain in each follower's "
     "confidence and competence Figure by Figure. Whether pupils achieve more because their SENCO danced with "
     "us is harder to know, and we have not tried to measure it.")
p = doc.add_paragraph()
runs(p, ("Note 18. Keeping the steps fresh. ", "b"),
     "Everything the leaders teach is kept in step with the latest research and thinking on SEN; the leaders "
     "read widely and bring what they read to the floor.")
p = doc.add_paragraph()
runs(p, ("Note 19. Dress. ", "b"),
     "Followers come to the Bars in ordinary working clothes. Ballroom shoes are not needed.")
p = doc.add_paragraph()
rs = runs(p, ("Note 20. After the dance. ", "b"),
          "Followers who have received the Award are invited to the Association's Dance in Schools evenings, "
          "where they can share what they have done with the next floor.")
comment(doc, rs[0], "Editor: we usually print the counts for the last bar here. Not needed for this one?", ED, "SE")

# ---------------------------------------------------------------- figure list
title("THE FIGURE LIST", size=12)
para(doc, "The Figures in the national order, in our words. Read the last two columns with Notes 6 to 9.", italic=True)
FIG = [
    ("G", "FIGURES OF BEARING"),
    ("1", "Fair, respectful and constructive dealings with pupils with SEN and their families", "7", "D2"),
    ("2", "Winning the commitment of the head, senior team and colleagues", "4", "D1"),
    ("3", "Setting priorities, managing time and handing on tasks", "4", "Walk-through only"),
    ("4", "Seeing problems coming, solving them and judging provision soundly", "6, 9", "D2, D3"),
    ("5", "Speaking and writing clearly; listening to others", "4", "D1, D4"),
    ("6", "Using research and outside advice to improve practice", "8", "D2"),
    ("7", "Keeping up to date and owning one's professional development", "15", "Walk-through only"),
    ("G", "FIGURES OF KNOWING"),
    ("8", "The law and guidance on SEN and the Code of Practice, and putting them into practice", "1", "D1"),
    ("9", "Every Child Matters and the SENCO's part in it", "3", "D1"),
    ("10", "Disability equality law and what it requires", "2", "Walk-through only"),
    ("11", "How children develop and what affects development", "-", "Sat out"),
    ("12", "The common types of SEN and their effect on learning", "5", "D2"),
    ("13", "Approaches, strategies and resources, including ICT", "8, 14", "D2"),
    ("14", "School self-evaluation and improvement", "12", "D3"),
    ("15", "Best practice and research in meeting SEN", "8", "D2"),
    ("16", "External agencies and getting specialist support", "13", "D4"),
    ("G", "FIGURES OF LEADING"),
    ("17", "Influencing the school's strategy for inclusion with senior colleagues and governors", "4", "D1"),
    ("18", "Identifying pupils, setting targets, planning interventions and reviewing progress", "6", "D2"),
    ("18a", "Using other professionals' assessments to shape teaching", "6", "D2"),
    ("18b", "Using summative assessments, including national tests, to track progress", "-", "D2"),
    ("18c", "Encouraging colleagues' formative assessment", "10", "Walk-through only"),
    ("18d", "Access arrangements for national tests and examinations", "-", "Sat out"),
    ("19", "Provision mapping and finding what is missing or not working", "9", "D3"),
    ("20", "Deploying and managing staff", "11", "D3"),
    ("21", "Developing colleagues: observing, feedback, coaching, training", "11", "D3"),
    ("22", "Reviewing provision with colleagues for self-evaluation", "12", "D3"),
    ("23", "Pupils taking part in planning and reviewing their provision", "7", "D2"),
    ("24", "Working with parents and carers", "7", "Walk-through only"),
    ("25", "Partnership with other services and voluntary organisations", "13", "D4"),
]
ft = table(doc, 1 + len(FIG), 4, widths=[1.3, 9.5, 2.2, 3.6])
fill_row(ft.rows[0], ["No.", "Figure", "Taught at (Bar)", "Demonstrated in"], bold=True, size=8.5, fill="D9CBB0")
for i, f in enumerate(FIG, start=1):
    row = ft.rows[i]
    if f[0] == "G":
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, f[1], bold=True, size=8.5, fill="EFE6D6")
    else:
        fill_row(row, list(f), size=8.5)
para(doc, "")
para(doc, "Script checked by the Script Service, November 2008. Counts and timings are the inventors'.", italic=True, size=8)

finish(doc, OUT)
print("wrote", OUT)
