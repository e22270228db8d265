"""lq-01-kingsminster-method-sheet: a bell-ringers' guild writes its SENCO course as a Method Sheet.

Provider (invented): the Southmoor Diocesan Guild of Church Bell Ringers (its Education
Committee) with Kingsminster Cathedral School (the choir school and its Learning Support
department), validated by the University of Calderbridge as a PGCert, 60 credits at Level 7.
November 2008, for the 2008-09 National Award for SEN Coordination.

Document kind and layout: the Guild's printed "Method Sheet" (the leaflet a ringing guild issues
to learners for a new method), used as the whole application. No heading styles: titles are bold
CAPITALISED Normal paragraphs, some shaded ("THE BAND", "THE LEAD", "PLACE NOTATION", "THE WORK",
"CALLS", "RINGING UP", "TOWER RULES", "THE COMPOSITION", "THE TOUCHES", "STEEPLE KEEPING").
The course's own vocabulary: Learners (participants), Ringing Master (course leader), Conductors
(tutors), Steeple Keepers (school mentors), Practice Nights PN1-PN10, Outings 1-3 (full days
on visits), the Belfry Board (four online units B1-B4 on Moodle), Test Touches TT1-TT3 (the
summative assignments), "Rounds" (formative feedback), "Stood" (not rung this year), a "Next
Method" card (targets). A rows-of-changes table (the plain course) typed as bell rows. "THE BAND"
table with a merged "Conductors" band row. "THE TOUCHES" is the outcome map: "No. | The learner
can ... (our words) | Learnt on | Rung in", its values ("TT1".."TT3", "Rounds", "Rung only",
"Stood") defined ONLY in a text box ("HOW TO READ THIS SHEET") near the top, far above the table.
Header and footer; the footer carries a blanket claim. Tracked changes: a whole deleted paragraph,
a whole inserted paragraph, a tracked change inside a table cell. Two Word comments.

Traps (requirement ids):
- Footer "Every national outcome is rung to a Test Touch." is a blanket claim in a footer, never
  evidence; the table shows otherwise (1.9 partial, 6.0 partial).
- Assessment-only route ("A Single") exists only in a whole deleted tracked paragraph; a comment
  says the University refused it (2.3 not_met).
- Enhanced CRB check on learners exists only in a whole inserted tracked paragraph (5.3 met).
  The Guild's own safeguarding checks on those who teach young ringers are the wrong context.
- "We do not set entry conditions" beyond the head's signature (5.2 not_met, negation).
- Belfry Board: peer forums, but "The Conductors do not read or answer the forums" and no tutor
  contact between Practice Nights (3.3 partial); one start, fixed order (3.2 partial).
- "Ringing Up" self-audit kept on file, no individual plan (2.2 partial).
- Steeple Keepers "receive no briefing or handbook from the Guild" (5.7 partial; Conductors are
  briefed).
- Placements were the pilot year's (2007-08) arrangement, now ended: past arrangement; Outings
  give access to specialist expertise (5.5 partial).
- Heads' group only "kept informed" (4.2 partial; 4.1 met from the 2008 survey). Stakeholders
  in evaluation only hoped for: "We hope that, in time" (4.3 not_met).
- Pupils' achievement "we trust", not measured; learners' confidence scale is measured (5.9
  partial).
- Readings "the Conductors have used on the Guild's earlier short courses"; only the Bercow
  Review named (1.3 partial).
- Award rule: all three Test Touches at 50% plus attendance, while several outcomes are not in
  any Test Touch (6.0 partial).
- THE TOUCHES: "Rung only" (worked on, not assessed) for 6.A3, 6.S2c, 6.S4, 6.S7 (partial);
  "Rounds" (formative only) for 6.A7 (partial); 6.K4's cell changed by tracked change from "TT2"
  (deleted) to "Rung only" (inserted) (partial); 6.K7 "Stood" in both columns, and the Guild's own
  "Tower Self-Evaluation" is the wrong thing (not_met); 6.S2d has no row and The Work says access
  arrangements for national tests are left to schools' examinations officers (not_met).
- A comment claims "K7 is covered in PN9 really" - a comment, never evidence.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lq_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lq-01-kingsminster-method-sheet.docx")

d = new_doc("Georgia", 10.5)
header_footer(d, "Southmoor Diocesan Guild of Church Bell Ringers  ·  Education Committee  ·  Method Sheet No. 19 (SENCo)",
              "Printed for the Guild by the Cathedral School Press, November 2008. Every national outcome is rung to a Test Touch.")

T = lambda s: para(d, s, bold=True, shade="DDD9C3", space_after=4)

para(d, "METHOD SHEET No. 19", bold=True, size=16, align="center")
para(d, "KINGSMINSTER AWARD MAJOR", bold=True, size=14, align="center")
para(d, "A method for eight: the National Award for Special Educational Needs Coordination, 2008-09", italic=True, align="center")
para(d, "Rung by the Southmoor Diocesan Guild of Church Bell Ringers with Kingsminster Cathedral School", align="center")

para(d, [("To the TDA approval panel. ", {"bold": True}),
         "For forty years the Guild's Education Committee has taught new methods with a single folded sheet: "
         "what the method is for, who rings it, how it goes, where the calls come, and how you will know you have "
         "got it right. We have set out our SENCo course in the same way, because it is how our Conductors think and "
         "how our Learners have come to know it in the pilot year. Everything on this sheet is what we do in 2008-09 "
         "unless it says otherwise. The Cathedral School's Learning Support department supplies most of the teaching; "
         "the Guild supplies the organisation, the rooms in the Song School and the Ringing Master."], italic=False)

textbox(d, [
    ("HOW TO READ THIS SHEET", True),
    ("Learners are the teachers on the course. The Ringing Master leads it. Conductors are its tutors. "
     "Steeple Keepers are the mentors in each Learner's own school. Practice Nights (PN1 to PN10) are the taught "
     "sessions; Outings 1 to 3 are full days out; the Belfry Board is our online part. Test Touches (TT1, TT2, TT3) "
     "are the three marked assignments.", False),
    ("In THE TOUCHES, the column 'Rung in' says how each outcome is assessed. TT1, TT2 or TT3 means the outcome is "
     "marked in that Test Touch. 'Rounds' means the Learner rings it at a Practice Night and the Conductor comments "
     "on it, but it is not marked and counts for nothing towards the award. 'Rung only' means it is worked on at "
     "Practice Nights or on Outings but appears in no Test Touch. 'Stood' means the bell is stood this year: it is "
     "neither taught nor assessed in 2008-09.", False),
], height_pt=190)

T("THE LEAD: WHAT THE METHOD IS FOR")
para(d, "The method exists for one purpose: that children and young people with special educational needs and "
        "disabilities in Southmoor's schools make better progress and are happier, healthier and safer at school. "
        "Every Practice Night is planned backwards from the pupils. Our aims name all five Every Child Matters "
        "outcomes (be healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic "
        "well-being), and each Test Touch asks the Learner to show, with evidence from their own school, what "
        "difference their work has made to the achievement and well-being of named pupils.")
p = para(d, "The method is validated by the University of Calderbridge, School of Education, as the Postgraduate "
            "Certificate in Special Educational Needs Coordination: 60 credits at Level 7, masters level. Learners "
            "are registered students of the University for the year and have its library and student services. The "
            "validation event was held on 14 October 2008 and the programme was approved without conditions.")
footnote(d, p, "The University's approval letter is held by the Guild Secretary and can be sent on request.")

T("THE BAND")
para(d, "A method is only as good as the band. Ours is eight strong. The treble leads, the tenor covers, and the "
        "Conductors in between do most of the work.")
rows = [["Bell", "Ringer", "Who they are and what they bring"],
        ["Treble", "Mrs Ruth Halloran, Ringing Master", "SENCo of Kingsminster Cathedral School for twelve years; MA in Special and Inclusive Education (Calderbridge, 2004); leads the course, chairs the marking meetings."],
        ["", "", ""],
        ["2", "Dr Peter Aske", "Senior Lecturer in Inclusive Education, University of Calderbridge; link tutor; PhD on reading difficulties (2006); a member of the BDA's accreditation board."],
        ["3", "Mr Gideon Thwaite", "Senior Educational Psychologist, Southmoor County Council, seconded for one day a week; leads the Outings."],
        ["4", "Ms Anjali Rao", "Specialist speech and language therapist, Southmoor PCT; trained in the Bercow Review's recommendations in 2008."],
        ["5", "Mr Laurence Pike", "Head of the Southmoor Sensory Service (teacher of the deaf, qualified teacher of the visually impaired)."],
        ["6", "Mrs Delia Strand", "Deputy Head of Hollins Special School; Specialist Leader for autism in the county."],
        ["7", "Canon Michael Fenwick", "Master of the Guild and Chaplain of the Cathedral School; chairs the steering group; does no teaching or marking."],
        ["Tenor", "Professor Janet Orme", "External examiner appointed by the University (Professor of Education, University of Wexbridge)."]]
t = table(d, rows, widths=[1.5, 4.5, 10])
merge_row(t, 2, "Conductors (bells 2 to 6): every Conductor has worked in SEN in the last three years and attends the county SENCo network each term.", fill="EEECE1", italic=True)
para(d, "")
para(d, "All Conductors keep their specialist knowledge current: each attends at least two days of the county's "
        "SEN training each year, and Dr Aske and Mr Thwaite publish and review research in the field.")

T("PLACE NOTATION")
para(d, "PN1 . PN2 . PN3 . Outing 1 . TT1 . PN4 . PN5 . PN6 . Outing 2 . TT2 . PN7 . PN8 . PN9 . PN10 . Outing 3 . TT3", bold=True, align="center")
para(d, "Read from left to right, as you would a place notation. There are ten Practice Nights, on Thursdays from "
        "4.30 to 8.00 in the Song School, and three Outings, each a full day in term time. One band starts each "
        "September and rings the work in the order written; there is no second start date and no full-time "
        "version. The one change of mode we offer is that PN3, PN5, PN7 and PN9 may each be followed on the Belfry "
        "Board instead of in the Song School, for a Learner who cannot be released.")
para(d, "The Belfry Board is four online units (B1 to B4) on the Cathedral School's Moodle site, one for each of "
        "those Practice Nights, with readings, short films from the Practice Night and a forum for each unit where "
        "Learners post their tasks and reply to one another. The Conductors do not read or answer the forums, and "
        "there is no tutor contact between Practice Nights: Learners help one another, and bring any question to "
        "the next Practice Night.")

para(d, "The plain course, as the Learners ring it:", italic=True)
rows = [["Row", "Changes", "What happens"],
        ["Rounds", "12345678", "Ringing Up (the self-audit) and PN1"],
        ["1", "21436587", "PN2 to PN3 and Outing 1"],
        ["2", "24163857", "TT1 handed in (January)"],
        ["3", "42618375", "PN4 to PN6, Outing 2, TT2 (April)"],
        ["4", "46281735", "PN7 to PN10, Outing 3, TT3 (July)"],
        ["Back in rounds", "12345678", "The Next Method card; the award"]]
table(d, rows, widths=[3, 3.5, 9.5])
para(d, "")

T("RINGING UP: BEFORE THE FIRST PRACTICE NIGHT")
para(d, "Before PN1 each Learner completes the Guild's 'Ringing Up' self-audit, which lists every outcome in THE "
        "TOUCHES and asks the Learner to rate themselves from 1 to 4 on each. The Ringing Master reads it, and it "
        "is kept on the Learner's file. We do not set entry conditions beyond the head's signature: any teacher "
        "whose headteacher signs the application form is given a place, in the order forms arrive, up to twenty "
        "places.")

T("THE WORK")
para(d, "Each piece of work below is a Practice Night or an Outing. The Conductor named rings it.", italic=True)
work = [
    ("PN1 The ropes (Ringing Master).", " The law and the guidance: the Education Act 1996, the SEN Code of Practice "
     "(2001) and its graduated response of School Action and School Action Plus, statutory assessment and "
     "statements, the SENCo regulations of 2008 and Every Child Matters and the five outcomes, with the SENCo's "
     "part in each. Learners bring their school's SEN policy and test it against the Code."),
    ("PN2 Everyone in the tower (Dr Aske).", " Disability equality: the Disability Discrimination Act 1995 and 2005, "
     "the SEN and Disability Act 2001, the disability equality duty and the school's disability equality scheme "
     "and accessibility plan, and what reasonable adjustments look like in a classroom."),
    ("PN3 Hearing the bells (Ms Rao and Mr Thwaite).", " How children develop, in language, thinking, movement and "
     "feeling, and how special educational needs, disabilities and the home and school environment affect "
     "development. The most common needs met in mainstream schools: behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties, and what each means for learning."),
    ("PN4 Reading the research (Dr Aske).", " What research says works: reading interventions, the evidence on "
     "teaching assistants, and the Bercow Review (2008). Learners practise finding and judging research and "
     "external advice and using it to change their own and colleagues' practice. The readings are those the "
     "Conductors have used on the Guild's earlier short courses."),
    ("PN5 Keeping the ropes in order (Ringing Master).", " Identifying pupils who may have SEN, setting challenging "
     "targets, planning interventions and reviewing progress; using national test results, optional tests and "
     "teacher assessment to track progress and adjust programmes; provision mapping to cost provision and find "
     "provision that is missing or not working; and a critical look at approaches, strategies and resources for "
     "assessment, planning and teaching, including ICT."),
    ("PN6 Listening to the congregation (Mrs Strand).", " Consulting children and young people about matters that "
     "affect them: pupil interviews, symbols and talking mats for pupils with little speech, and how to involve "
     "pupils in planning and reviewing their own provision. Working with parents and carers: fair, respectful "
     "relationships, difficult conversations, advising and supporting parents, and the Parent Partnership "
     "Service. Learners role-play an annual review and are observed listening and explaining."),
    ("PN7 Teaching the band (Mr Pike).", " Supporting colleagues' professional development: observing and giving "
     "feedback, modelling, coaching and leading staff training. Encouraging class teachers to use assessment for "
     "learning with pupils with SEN. The work of outside agencies and how to get specialist advice and resources."),
    ("PN8 The Tower Captains (Canon Fenwick and the Ringing Master).", " Working with the headteacher, senior leaders "
     "and governors to shape an inclusive ethos, policy, priorities and the use of resources; gaining the "
     "commitment of colleagues, including senior leaders."),
    ("PN9 Ringing the changes (Ringing Master).", " Deploying and managing teaching assistants; prioritising, "
     "managing time and delegating; anticipating problems and making sound judgements about provision; "
     "reviewing the effectiveness of provision with other staff."),
    ("PN10 The next method (Dr Aske).", " Keeping up to date and taking charge of one's own professional "
     "development in SEN and disability; planning TT3's presentation."),
    ("Outing 1: Hollins Special School and the Child Development Centre (Mr Thwaite).", " A day with the "
     "educational psychology service, the Child Development Centre's paediatric team, a school nurse and "
     "Southmoor Parents' Voice, a voluntary organisation; how to read and use assessments from a range of "
     "professionals."),
    ("Outing 2: the Southmoor ICT Access Centre (Mr Pike).", " Assistive and specialist technology: Clicker, "
     "Read&Write, communication aids, switch access; Learners borrow equipment for their own schools."),
    ("Outing 3: the Cathedral School and two partner primaries (Ringing Master).", " Learners present TT3 to one "
     "another and to the Steeple Keepers; the day ends with each Learner's Next Method conversation."),
]
for i, (a, b) in enumerate(work, 1):
    para(d, [(f"{i}.  ", {}), (a, {"bold": True}), (b, {})])
para(d, "Access arrangements for national tests and examinations are not part of the method: they are left to "
        "each school's examinations officer. School self-evaluation is stood this year; the Guild's own Tower "
        "Self-Evaluation, which every affiliated tower completes each Easter, is how we look after our ringing and "
        "is described under STEEPLE KEEPING.")

T("CALLS")
para(d, [("A Bob. ", {"bold": True}),
         "A Bob lets a Learner miss a lead. A Learner who already holds credits at Level 7 in special educational "
         "needs from another university may, through the University of Calderbridge's accreditation of prior "
         "learning procedure, have up to 20 of them counted towards the award, and is then excused TT1. Experience "
         "is credited too: a Learner may bring a portfolio of evidence from their own work mapped against THE "
         "TOUCHES, which Dr Aske judges and the University's APL board confirms (APEL)."])
tracked_para(d, [("del", "A Single. An experienced SENCo who has led SEN in a school for at least five years may, in "
                  "exceptional circumstances, ring the three Test Touches without the Practice Nights, as an "
                  "assessment-only route, with one tutorial before each Touch.")],
             author="Canon M. Fenwick", date="2008-11-10T09:12:00Z", whole="del")
p = para(d, "Calls are made by the Ringing Master, never by the Learner.", italic=True)
d.add_comment(p.runs[0], text="The University says no to the Single for 2008-09 - I have taken it out. MF", author="Canon M. Fenwick", initials="MF")

T("TOWER RULES")
para(d, "The Song School is step-free, has a hearing loop and an accessible toilet, and the Belfry Board meets "
        "the Cathedral School's accessibility standard. The application form asks every Learner about any "
        "disability or need; before PN1 the Ringing Master agrees adjustments with each Learner who asks, such as "
        "papers in large print or on coloured paper, a BSL interpreter, a reader, or extra time for a Test Touch "
        "under the University's regulations, and records them. The Guild's equal opportunities policy applies to "
        "every stage of recruitment, teaching and assessment, and we check each year who applied and who was "
        "given a place.")
tracked_para(d, [("ins", "Before a Learner is given a place, the Cathedral School's bursar sees the Learner's enhanced CRB "
                  "disclosure certificate, checks that it is dated within the last three years and records its "
                  "number and date on the register; a Learner without a current enhanced disclosure does not start "
                  "until one is in place.")],
             author="R. Halloran", date="2008-11-12T16:40:00Z", whole="ins")
para(d, "The Guild's Safeguarding Officer checks everyone who teaches young ringers in our towers, as the Central "
        "Council's guidance asks.")

T("THE COMPOSITION: THE THREE TEST TOUCHES")
comp = [["Touch", "What the Learner rings", "When", "Length", "Marked by"],
        ["TT1 The Tower Audit", "A written audit of SEN provision in the Learner's own school: law, policy, the Code, ECM, disability equality, use of data and provision mapping, and the research behind the Learner's judgements.", "January", "4,000 words", "Conductor; second marked"],
        ["TT2 The Plain Course", "A case study of one pupil over a term: development and needs, assessments from other professionals, targets, the intervention, work with the parents and with outside agencies.", "April", "5,000 words", "Conductor; second marked"],
        ["TT3 The Quarter Peal", "A change the Learner leads in school with colleagues and senior leaders, with its effect on pupils, written up and presented at Outing 3.", "July", "4,000 words and a 15-minute presentation", "Two Conductors; the Steeple Keeper's statement"]]
table(d, comp, widths=[3, 7, 1.8, 2.2, 3])
para(d, "")
para(d, "Every Test Touch is marked against the University's Level 7 criteria. One script in three, and every "
        "fail and every distinction, is second marked by another Conductor, and the Conductors meet after each "
        "Touch to agree marks against sample scripts. Professor Orme sees a sample of every Touch and the marks "
        "for all Learners, and reports to the University's examination board, which confirms the marks.")
para(d, "A Learner is stood as having rung the method, and the University awards the Postgraduate Certificate, "
        "when all three Test Touches pass at 50 per cent or more and the Learner has been present at eight of the "
        "ten Practice Nights.")
para(d, "At Practice Nights the Conductors also ring 'Rounds' with the Learners: short tasks, discussed on the night, "
        "with spoken or written comments. Rounds are never marked.")

T("THE STEEPLE KEEPERS")
para(d, "Each Learner's school names a Steeple Keeper, usually a deputy head, who meets the Learner twice a term, "
        "agrees the TT3 project and signs a statement about it. Steeple Keepers are chosen by the Learner's school "
        "and receive no briefing or handbook from the Guild. The Conductors, by contrast, each have the Conductors' "
        "Notes, a handbook setting out their duties in teaching, tutoring and marking, and a briefing day in "
        "September with the Ringing Master and the external examiner.")
para(d, "The whole method is rung in the Learner's school as well as in the Song School. Each Practice Night ends "
        "with a task to carry out in school before the next, linked to the outcomes of that night, and TT3 is a real "
        "change in the Learner's school, with evidence of its effect on practice and on pupils.")
para(d, "Tutorials are booked with a Conductor before each Test Touch, and each Learner chooses the pupil for TT2 "
        "and the change for TT3 from their own school's priorities, so that the method fits the Learner. The fee of "
        "£1,350 is paid by the Learner's local authority from its standards fund, which costs the school less than "
        "the county's former SENCo course, and Learners who complete may go on to the University's MA with their 60 "
        "credits.")

T("AFTER THE TOUCH: THE NEXT METHOD")
para(d, "At Outing 3 each Learner sits with a Conductor and writes a Next Method card: two or three professional "
        "targets for the following year, the support they will need, and the further study open to them. The card "
        "goes to the Learner's headteacher for the school's performance management.")

T("THE TOUCHES")
para(d, "The outcomes below are the national outcomes as our Conductors put them to Learners. 'Learnt on' says "
        "where each is worked on; 'Rung in' says how it is assessed.", italic=True)
touches = [
    ("T1", "build fair, respectful and supportive relationships with pupils with SEN and their parents or carers", "PN6, Outing 1", "TT2"),
    ("T2", "win the commitment of colleagues, the headteacher and senior leaders", "PN8", "TT3"),
    ("T3", "set priorities, manage their own time and delegate well", "PN9", "Rung only"),
    ("T4", "see problems coming, resolve them and make sound decisions about provision", "PN5, PN9", "TT3"),
    ("T5", "speak and write clearly, and listen to and understand others' views", "PN6", "TT2, TT3"),
    ("T6", "use research and outside advice to improve their own and colleagues' practice", "PN4", "TT1"),
    ("T7", "keep up to date and take charge of their own development in SEN and disability", "PN10", "Rounds"),
    ("T8", "know the law and guidance on SEN, the Code of Practice included, and put them into practice", "PN1", "TT1"),
    ("T9", "know Every Child Matters and the SENCo's part in it", "PN1", "TT1"),
    ("T10", "know the disability equality law and what it requires of a school", "PN2", "TT1"),
    ("T11", "understand how children develop and how SEN, disability and surroundings affect it", "PN3", None),
    ("T12", "know the common kinds of SEN and disability and how each affects learning", "PN3, Outing 1", "TT2"),
    ("T13", "judge approaches, strategies and resources for assessment, planning and teaching, ICT included", "PN5, Outing 2", "TT2"),
    ("T14", "understand school self-evaluation and improvement for SEN", "Stood", "Stood"),
    ("T15", "know best practice and research on meeting SEN", "PN4", "TT1"),
    ("T16", "know what outside agencies do and how to get specialist help and resources", "PN7, Outing 1", "TT2"),
    ("T17", "work with senior colleagues and governors on an inclusive ethos, policy, priorities and resources", "PN8", "TT3"),
    ("T18", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "PN5", "TT2"),
    ("T19", "use assessments from other professionals to shape teaching", "Outing 1", "TT2"),
    ("T20", "use national tests and other summative results to track progress and adjust programmes", "PN5", "TT1"),
    ("T21", "help other teachers develop assessment for learning for pupils with SEN", "PN7", "Rung only"),
    ("T22", "use provision mapping and find provision that is missing or not working", "PN5", "TT1"),
    ("T23", "deploy and manage support staff", "PN9", "Rung only"),
    ("T24", "support colleagues' development by observation, feedback, modelling, coaching and training", "PN7", "TT3"),
    ("T25", "review with other staff how well provision works", "PN9", "TT3"),
    ("T26", "make sure pupils take part in planning, agreeing and reviewing their provision", "PN6", "Rung only"),
    ("T27", "liaise well with parents and carers", "PN6", "TT2"),
    ("T28", "work in partnership with other services and agencies, voluntary ones included", "Outing 1, PN7", "TT2"),
]
rows = [["No.", "The Learner can ... (our words)", "Learnt on", "Rung in"]] + [[a, b, c, e or ""] for a, b, c, e in touches]
t = table(d, rows, widths=[1.2, 9.5, 3, 2.5])
k4 = [i for i, r in enumerate(rows) if r[0] == "T11"][0]
cell_tracked(t.cell(k4, 3), [("del", "TT2"), ("ins", "Rung only")], author="R. Halloran", date="2008-11-12T16:45:00Z")
c = t.cell([i for i, r in enumerate(rows) if r[0] == "T14"][0], 3)
d.add_comment(c.paragraphs[0].runs[0], text="K7 is covered in PN9 really - could we say TT3? PA", author="P. Aske", initials="PA")
para(d, "")

T("STEEPLE KEEPING: LOOKING AFTER THE METHOD")
para(d, "Every Practice Night and Outing ends with a short Learner evaluation, which the Ringing Master reads the "
        "same week; the steering group, chaired by Canon Fenwick, meets each term to look at the evaluations, the "
        "marks and the external examiner's report and to decide changes. The University reviews the course each "
        "year through its annual monitoring, and Professor Orme's report goes to the steering group. In the pilot "
        "year this is how we moved the Practice Nights from 6.30 to 4.30 and brought in Outing 2.")
para(d, "The method was shaped by the schools it serves. In spring 2008 the Guild and the Cathedral School surveyed "
        "the 46 schools in the Kingsminster and Southmoor deaneries and the county's SEN team; 31 replied. Schools "
        "asked for more on speech and language and on managing teaching assistants, and for sessions that did not "
        "take teachers out of class, so PN3 and PN9 were written for them and the Practice Nights are in twilight "
        "time. The heads' Tower Captains group was kept informed of the plans and received the draft of this sheet.")
para(d, "Learners complete a confidence scale against THE TOUCHES at Ringing Up and again at Outing 3, and the "
        "steering group compares the two. We trust that the Learners' pupils will do better as a result, though we "
        "do not measure it. We hope that, in time, the Tower Captains and Southmoor Parents' Voice may wish to take "
        "part in reviewing the method.")
para(d, "In the pilot year (2007-08) Learners spent a week's placement at Hollins Special School. That arrangement "
        "ended in July 2008 and is not part of the 2008-09 method; Learners meet specialists instead on the three "
        "Outings, with the educational psychology service, the Child Development Centre, the Sensory Service and "
        "the ICT Access Centre.")
para(d, "Resources: the Cathedral School's SEN library of some 600 titles, the University of Calderbridge library "
        "and its online journals, the Southmoor ICT Access Centre's loan equipment, and a laptop for any Learner "
        "who needs one for the Belfry Board.")

para(d, "")
para(d, "Ruth Halloran, Ringing Master, and Michael Fenwick, Master of the Guild.  Kingsminster, St Cecilia's Day 2008.", italic=True)
finish(d, OUT)
print("wrote", OUT)
