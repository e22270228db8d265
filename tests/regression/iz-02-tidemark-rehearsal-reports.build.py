"""iz-02-tidemark-rehearsal-reports: build script.

Provider (invented): Tidemark Theatre, Saltburn Quay, a theatre-in-education company that tours
participatory drama to primary and secondary schools and runs the Tidemark Young Company, a weekly drama
company of disabled young people aged 12-21. Awarding partner: Castleburn University, School of Performing
Arts and Education. Application for the 2008-09 National Award for SEN Coordination, first cohort
September 2009.

Document kind and layout: the company sends its stage manager's bundle of Rehearsal Reports from the
Award's "pre-production" (the course team's design sessions, July 2008 to January 2009), the way a
stage manager reports each rehearsal day to the whole company, then the "Prompt Copy": the running order
as fixed and a "Blocking Chart" outcome table ("What the company must show | Blocked in | Performed in").
Theatre vocabulary throughout: the participants are "the Company", study days "Scenes", school-based tasks
"Line Runs", marked assignments "Performances", unmarked ones "Previews", the needs audit the
"Read-through", the assessment-only route the "Understudy route", the final review the "Curtain Call".
No heading styles: report titles are bold capitalised Normal paragraphs. Each report opens with a header
table (merged, shaded title row; date, venue, called, absent), then a two-column table of department notes
(DIRECTION, SCRIPT, CASTING, ACCESS, PROPS, FRONT OF HOUSE, YOUNG COMPANY, PRODUCTION), each note numbered
by hand and tagged [FIXED], [CUT], [TBC] or [NOTE] in shaded runs, ending "Thank you." as stage
management reports do. A covering letter; a header and footer; tracked changes (an inserted note, a
deleted note); two Word comments; "[TBC]" placeholders in the chart.

Traps (requirement ids):
- 40 credits at Level 7 and the 20-credit Portfolio at Level 6 (E.2 partially_met).
- The "Families" scene is [FIXED] in Report 2 and [CUT] in Report 5; a comment asks whether it is really
  cut (comment not evidence). Nothing else develops work with parents (1.7 not_met, past arrangement;
  6.S8 not_met; 6.A1 partially_met: relationships with pupils only).
- One September start is [FIXED] in Report 2 and replaced by two starts and Scenes in any order in Report
  6 (3.2 met: the later decision stands).
- The Young Company perform "Nobody Asked Me" about being consulted; the consultation workshop in which
  participants would practise is [TBC] (1.5 partially_met, 6.S7 "Preview only" partially_met).
- The Read-through audits each member against the outcomes but "We do not write individual plans" (2.2
  partially_met, negation).
- The Understudy route is [FIXED] (2.3 met).
- Venue access fixed and needs asked for on the form; adjustments to the Performances [TBC] with the
  University's disability office (3.1 partially_met).
- Line Runs online appear only in a deleted note; Report 6 says there is no online element (3.3
  not_applicable).
- Evaluation by heads and the Young Company only [TBC]; heads do act as school mentors (4.3 partially_met).
- CRB: Casting checks every candidate's enhanced disclosure (5.3 met); the Young Company's chaperones'
  checks are a separate, wrong-context note.
- Library and e-journal access [TBC]; props are the rehearsal room and kits (5.6 partially_met).
- External examiner and moderation only in an inserted note (tracked insertion counts: 5.8 met).
- Confidence scales before and after; pupils' progress measure [TBC] (5.9 partially_met).
- Award rule compensates a fourth Performance "within five marks of the pass" (6.0 partially_met).
- Outcomes: disability equality law "Not performed" (6.K3), time and delegation "Not performed" (6.A3),
  other professionals' assessments performed but "Not blocked" (6.S2a): partially_met. School
  self-evaluation row is "[TBC]" and the only self-evaluation in the reports is the company's own for the
  Arts Council (6.K7 not_met, wrong-context, placeholder).
- Assessment does not reach all outcomes (1.9 partially_met).
"""
from pathlib import Path
from docx.shared import RGBColor
from _iz_helpers import (new_doc, para, table, merge, shade, cell_text, tracked_para, comment, header_footer,
                         word_count, _style_run, ins_run, del_run)

OUT = Path(__file__).with_name("iz-02-tidemark-rehearsal-reports.docx")
SM = "Kerry Dunstan (SM)"
TAGS = {"FIXED": "C6E0B4", "CUT": "F4B6B6", "TBC": "FFE699", "NOTE": "D9E1F2"}

d = new_doc("Arial", 10)
header_footer(d, "TIDEMARK THEATRE  -  REHEARSAL REPORTS  -  THE AWARD (pre-production)  -  bundle for the TDA panel",
              "Distribution: Director, Producer, Education Manager, Young Company Leader, Castleburn University "
              "(Dr H. Okafor). Stage Manager: Kerry Dunstan, 01947 660312.")


def note_cell(cell, notes):
    cell.text = ""
    first = True
    for n in notes:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        num, tag, text = n
        _style_run(p.add_run(f"{num}. "), {"size": 9.5})
        if tag:
            _style_run(p.add_run(f"[{tag}]"), {"b": True, "size": 9, "shade": TAGS[tag]})
            _style_run(p.add_run(" "), {"size": 9.5})
        _style_run(p.add_run(text), {"size": 9.5})
    return cell


def report(no, date, venue, called, absent, depts, general=None):
    para(d, f"REHEARSAL REPORT No. {no}", b=True, size=13, color="1F4E79")
    t = table(d, [["x", "", "", ""], ["Production", "THE AWARD", "Date", date],
                  ["Venue", venue, "Start / finish", "10.00 / 16.30"], ["Called", called, "Absent", absent]],
              widths=[2.6, 6.4, 2.6, 5.0])
    merge(t, 0, 0, 0, 3, f"TIDEMARK THEATRE  -  REHEARSAL REPORT {no}", fill="1F4E79", b=True, size=10,
          color="FFFFFF")
    for i in range(1, 4):
        shade(t.cell(i, 0), "DEEAF6")
        shade(t.cell(i, 2), "DEEAF6")
    para(d, "")
    if general:
        para(d, [("GENERAL: ", {"b": True}), general])
    rows = [["Department", "Notes"]] + [[k, ""] for k, _ in depts]
    nt = table(d, rows, widths=[3.2, 13.4], header_fill="BDD7EE")
    for i, (k, notes) in enumerate(depts, start=1):
        cell_text(nt.cell(i, 0), k, b=True, size=9.5)
        note_cell(nt.cell(i, 1), notes)
    para(d, "Thank you.", i=True)
    return nt


# ---------------------------------------------------------------- covering letter
para(d, "TIDEMARK THEATRE", b=True, size=18, color="1F4E79")
para(d, "The Net Loft, Saltburn Quay, Saltburn-on-Tees  |  Touring theatre in education since 1981", size=9,
     color="595959")
para(d, "To the TDA approval panel, National Award for SEN Coordination", b=True)
para(d, "16 January 2009")
para(d, "Dear Panel,")
para(d, "When we make a play, the stage manager writes a report at the end of every rehearsal day and sends it "
     "to everyone who works on the show. Each department reads its own notes and acts on them, and the bundle "
     "of reports becomes the record of how the show was made. We made the Award in the same way, with the same "
     "stage manager, and we think the bundle tells you more truthfully than a form could how we arrived at what "
     "we now offer. Notes marked [FIXED] are decisions that stand unless a later report changes them; [CUT] "
     "means removed; [TBC] means not yet settled; [NOTE] is for information. The Prompt Copy at the end sets "
     "out the running order as it now stands.")
para(d, "A word on our words. In the reports the teachers who take the Award are \"the Company\". The study "
     "days are \"Scenes\", the work each member does in their own school between Scenes is a \"Line Run\", "
     "marked assignments are \"Performances\" and unmarked practice pieces are \"Previews\". We have not "
     "translated these: they are what our tutors and the Company will call them.")
para(d, "Yours sincerely,")
para(d, "Jo Lattimer, Director of the Award, and Sam Irving, Producer", i=True)
para(d, "Dr Helen Okafor, Castleburn University", i=True)

# ---------------------------------------------------------------- reports
report(1, "Mon 14 July 2008", "The Net Loft, rehearsal room", "JL, SI, KD, Ayo Mensah (Education Manager), "
       "Pat Greig (Young Company Leader), Dr H. Okafor (Castleburn)", "None", [
    ("DIRECTION", [
        (1, "NOTE", "JL set out the brief: a course that makes a new SENCO someone who raises the achievement "
                    "and the well-being of pupils with SEN and disabilities, meaning all five Every Child "
                    "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
                    "contribution, achieving economic well-being), not only their levels."),
        (2, "FIXED", "That aim is written into every Scene plan and every Performance brief, and each "
                     "Performance is marked on what changed for pupils, not only on what the member knows."),
        (3, "FIXED", "The Award is rooted in the member's own school. Between every pair of Scenes each member "
                     "does a Line Run in school: a practical task set against the outcomes of the Scene just "
                     "finished, done with real pupils and colleagues, and brought back to the next Scene."),
    ]),
    ("PRODUCTION", [
        (1, "FIXED", "Castleburn University, School of Performing Arts and Education, will validate the Award "
                     "as a Postgraduate Certificate; members register as students of the University, which "
                     "confers the award."),
        (2, "FIXED", "The Award carries 60 credits: two modules at Level 7 (Practice, 20 credits; Leading "
                     "Change, 20 credits) and the Portfolio module (20 credits) at Level 6."),
        (3, "NOTE", "HO to take the programme to the University's validation panel in November."),
    ]),
    ("FRONT OF HOUSE", [
        (1, "NOTE", "AM reported the survey of schools. We sent a questionnaire to the 64 schools on our "
                    "touring list and to the two local authorities; 47 schools and both authorities answered. "
                    "What schools most want: help with the law (39), with leading staff (35), with data and "
                    "tracking (31), and a course that can start more than once a year (28). Both authorities "
                    "asked for more on working with other agencies."),
        (2, "FIXED", "The survey goes to every Scene plan; AM to mark in each plan which survey finding it "
                     "answers."),
    ]),
    ("YOUNG COMPANY", [
        (1, "NOTE", "PG reported back from the Young Company's session on 5 July, where the young people "
                    "listed what they want SENCOs to know. Top of the list: ask us, and do it in a way we can "
                    "answer."),
    ]),
])

nt2 = report(2, "Mon 8 September 2008", "The Net Loft, rehearsal room", "JL, SI, KD, AM, PG",
             "Dr H. Okafor (notes sent)", [
    ("DIRECTION", [
        (1, "FIXED", "Running order of eight Scenes, one a month from September to May, each a full day at "
                     "the Net Loft."),
        (2, "FIXED", "Scene 4, \"Families\": working with parents and carers, with parents from the Young "
                     "Company's families."),
        (3, "FIXED", "One start a year, in September."),
    ]),
    ("SCRIPT", [
        (1, "FIXED", "Four Performances, all marked: the Monologue, the Two-hander, the Ensemble Piece and "
                     "the Run. Previews are practice pieces: tutors give written notes; nothing is marked."),
        (2, "NOTE", "Briefs and marking criteria to be drafted for Report 4."),
    ]),
    ("CASTING", [
        (1, "FIXED", "Who can join: a qualified teacher who is the school's SENCO or will be within a year, "
                     "nominated by the headteacher, who agrees to release them for every Scene and to meet "
                     "them each half term."),
        (2, "FIXED", "Every nominee comes to a Stage Door conversation with JL or AM: thirty minutes, on four "
                     "questions about what they already do for pupils with SEN, with one piece of their own "
                     "work. Anyone not ready to meet the outcomes within the year is told in writing what to "
                     "do first, JL rings the headteacher to agree it, and they are offered a place the year "
                     "after."),
        (3, "FIXED", "Company Management checks each candidate's enhanced CRB disclosure certificate, which "
                     "must be dated within the last three years, before a place is confirmed; anyone without "
                     "one is put through the CRB process by the school before the first Scene. The headteacher "
                     "also confirms on the nomination form that the school's own safer recruitment checks "
                     "have been made."),
    ]),
    ("YOUNG COMPANY", [
        (1, "NOTE", "All Young Company chaperones and workshop leaders have enhanced CRB disclosures renewed "
                    "every three years, as for all our work with young people."),
    ]),
])

report(3, "Mon 6 October 2008", "Castleburn University, Studio 2", "JL, SI, KD, AM, PG, HO", "None", [
    ("SCRIPT", [
        (1, "FIXED", "The Read-through. Before Scene 1 every member scores themselves against every line of "
                     "the Blocking Chart (1 to 4) and brings evidence for anything scored 3 or 4; the tutor "
                     "reads it with them at Scene 1. We do not write individual plans: the whole Company "
                     "follows the same running order, and the Read-through is there so that tutors know the "
                     "Company."),
        (2, "FIXED", "Line Runs are chosen by the member from a menu of three for each Scene, so that each "
                     "member can pick the one that fits their school and where the Read-through showed they "
                     "are weakest. One-to-one notes sessions with the tutor at every Scene."),
        (3, "FIXED", "The Understudy route. An experienced teacher or a teacher from a support service who "
                     "already seems to meet the outcomes can ask to go straight to assessment without the "
                     "Scenes: a Stage Door conversation, then all four Performances, marked as for everyone "
                     "else, with one tutor as guide. Fee \u00a3650."),
    ]),
    ("PRODUCTION", [
        (1, "FIXED", "Prior learning. Castleburn's accreditation of prior learning rules apply: up to 20 "
                     "credits for earlier masters study in SEN taken within five years, and members with long "
                     "SEN experience may use it as the evidence for the Monologue, judged by the Award "
                     "tutors."),
        (2, "NOTE", "Fee for the Award \u00a31,200, of which schools in the two authorities pay \u00a3600 "
                    "after the authorities' contribution. Scenes are held at the Net Loft, which costs us "
                    "nothing to use, so the fee goes on tutors."),
    ]),
    ("ACCESS", [
        (1, "FIXED", "All Scenes in step-free rooms with a hearing loop and an accessible toilet; the Net Loft "
                     "lift was finished in August."),
        (2, "FIXED", "The nomination form asks every nominee about any access need, disability or health "
                     "condition, and says why we ask."),
        (3, "TBC", "Adjustments to the Performances (extra time, other formats) to be agreed with the "
                   "University's disability office."),
    ]),
])

nt4 = report(4, "Mon 3 November 2008", "The Net Loft, rehearsal room", "JL, SI, KD, AM, PG",
             "HO (at validation briefing)", [
    ("DIRECTION", [
        (1, "FIXED", "Tutors. JL (Director of the Award): MA in Inclusive Education, Castleburn, 2004; twelve "
                     "years teaching, six as SENCO of Eskside High School; leads Tidemark's schools "
                     "programme. AM (tutor): Advanced Diploma in Specific Learning Difficulties; former "
                     "specialist teacher with the Sensory and Communication Service; Tidemark's Education "
                     "Manager. Both keep a day a month in schools on our tours and sit on the authority's "
                     "SEN practitioners' network."),
        (2, "FIXED", "Specialists: the authority's educational psychologist, a speech and language therapist "
                     "and a CAMHS worker each teach in Scene 6, and members spend two days on placement in "
                     "one of the two special schools we tour to (Brookside or The Mount), set up by AM, "
                     "with a Line Run set for the visit."),
    ]),
    ("SCRIPT", [
        (1, "FIXED", "Briefs and criteria for the four Performances agreed (see the Prompt Copy)."),
        (2, "FIXED", "Every Performance is marked by the member's tutor and second-marked by the other tutor "
                     "against the criteria; a sample of each is marked by a Castleburn tutor."),
    ]),
    ("PROPS", [
        (1, "FIXED", "The rehearsal room, a set of assessment kits (reading, language, sensory), the Young "
                     "Company's communication aids and symbol software for Scenes 2 and 5."),
        (2, "TBC", "Library and e-journal access for members through Castleburn."),
    ]),
    ("FRONT OF HOUSE", [
        (1, "FIXED", "Every member's headteacher names a school mentor, usually a deputy, who meets the "
                     "member each half term and signs off the Line Runs. Mentors come to a mentors' "
                     "evening in September, where JL goes through the Mentor Notes (what a mentor does, how "
                     "Line Runs are signed off, what to do if a member is struggling) with marked examples "
                     "of Line Runs. Tutors have a half-day with HO on the marking criteria before each "
                     "Performance."),
        (2, "TBC", "A group of heads and Young Company members to look at the evaluations each year and "
                   "tell us what to change."),
    ]),
])
comment(d, nt4.cell(4, 1).paragraphs[1], "Two heads have said yes in principle. Need dates before we can "
        "call it fixed.", SM, "KD")

report(5, "Mon 1 December 2008", "The Net Loft, rehearsal room", "JL, SI, KD, AM, PG, HO", "None", [
    ("DIRECTION", [
        (1, "CUT", "Scene 4, \"Families\", is cut. The running order is too full for one year and the Young "
                   "Company parents could not commit to the dates. Scene numbers stay as they are so that we "
                   "do not reprint the scripts: there is no Scene 4."),
        (2, "FIXED", "Scene 2, \"Nobody Asked Me\": the Young Company perform their forum piece about a "
                     "review meeting in which nobody asks the young person anything, and the Company discuss "
                     "why pupils' views matter. The Young Company made the piece in answer to their own list "
                     "(Report 1), and the authorities' call for more on other agencies is why Scene 6 is now "
                     "taught by the authority's own specialists."),
    ]),
    ("YOUNG COMPANY", [
        (1, "TBC", "A follow-up workshop in which members practise consulting young people with the Young "
                   "Company: the young people will decide in January whether they want to do it."),
    ]),
    ("PRODUCTION", [
        (1, "NOTE", "The Award was approved at Castleburn's validation panel on 20 November with no "
                    "conditions."),
        (2, "NOTE", "Our own self-evaluation for the Arts Council this year will include the Award as a new "
                    "strand."),
    ]),
])
comment(d, d.tables[-1].cell(1, 1).paragraphs[0], "Are we sure about cutting Families? Heads will ask about "
        "parents.", SM, "KD")

nt6 = report(6, "Mon 12 January 2009", "The Net Loft, rehearsal room", "JL, SI, KD, AM, PG, HO", "None", [
    ("DIRECTION", [
        (1, "FIXED", "Change to Report 2, note 3: there are now two starts a year, in September and February. "
                     "After Scene 1, members may take the Scenes in any order, joining either group's Scene, "
                     "and each Scene is offered as a day or as two twilights. A member may take the Award "
                     "over one year or two. This answers the 28 schools in the survey (Report 1) who asked for "
                     "more than one start a year."),
        (2, "FIXED", "The Curtain Call. At the end of the Award each member meets their tutor and their "
                     "headteacher together: they look back at the Read-through scores and agree two or three "
                     "professional targets for the year after, written on the Next Season sheet, which the "
                     "head takes into the member's performance management."),
    ]),
    ("SCRIPT", [
        (1, "FIXED", "Award rule: a member is awarded the Certificate when all four Performances are passed. "
                     "A member who passes three and whose fourth is within five marks of the pass may be "
                     "awarded on the Director's note, without resubmitting."),
    ]),
    ("PRODUCTION", [
        (1, "FIXED", "Evaluation: members' written notes after every Scene; tutors' review after every Scene "
                     "in the Scene book; mentors' comments at the mentors' evening and in June; the "
                     "University's annual monitoring and its external examiner's report. KD keeps one list "
                     "of every change these suggest, and the course team agrees the changes at the June "
                     "review, covering recruitment, the Read-through, the Scenes and Line Runs, the "
                     "Performances and the evaluation itself."),
        (2, "FIXED", "Members score their confidence and competence on every Blocking Chart line at the "
                     "Read-through and again at the Curtain Call, and mentors score the same lines."),
        (3, "TBC", "A measure of what changes for the pupils: JL to draft with HO."),
        (4, "NOTE", "There is no online element: everything happens in the room or in school. Notices go by "
                    "email."),
    ]),
])
# tracked changes inside Report 6's PRODUCTION cell
cell = nt6.cell(3, 1)
p = cell.add_paragraph()
_style_run(p.add_run("5. "), {"size": 9.5})
ins_run(p, "[FIXED] Castleburn has appointed Prof. Ruth Alder (University of Tynemouth) as external examiner; "
        "she moderates a sample of every Performance, and all fails and borderlines, each year, and the "
        "Castleburn and Tidemark tutors meet each January to mark three Performances together and agree "
        "standards.", SM, "2009-01-13T09:20:00Z")
p = cell.add_paragraph()
del_run(p, "6. [FIXED] Line Runs can also be done online through a Castleburn Blackboard site, with tutors "
        "replying in the discussion boards.", SM, "2009-01-13T09:22:00Z")
para(d, "")

# ---------------------------------------------------------------- prompt copy
para(d, "PROMPT COPY: THE RUNNING ORDER AS FIXED, JANUARY 2009", b=True, size=13, color="1F4E79")
para(d, "This is the running order as it stands after Report 6. Each Scene is a day (or two twilights) at the "
     "Net Loft; each is followed by a Line Run in the member's school.")
rows = [
    ["Scene", "What happens", "Line Run (one of three)"],
    ["1. Read-through", "The Read-through discussed; the SENCO's role; Every Child Matters and what the SENCO "
     "does for each outcome; research and inspection evidence that shapes the Award (Ofsted's 2006 report "
     "Inclusion: does it matter where pupils are taught?, the 2008 Bercow Review of services for children "
     "with speech, language and communication needs).", "Shadow a review; map who does what for SEN in your "
     "school."],
    ["2. Nobody Asked Me", "The Young Company's forum piece and discussion; how children develop and what "
     "affects their development; the common kinds of SEN and disability and how each affects learning; "
     "relationships with pupils.", "Spend a morning with one pupil with SEN and record what you see."],
    ["3. The Law", "The SEN Code of Practice and what it asks of schools and SENCOs; the SEN and Disability "
     "Act 2001 and the Disability Discrimination Act as amended in 2005, with the disability equality duty; "
     "current government policy on SEN.", "Check your school's SEN policy against the Code."],
    ["5. The Staffroom", "Winning colleagues and the headteacher; advising governors and senior leaders on "
     "inclusive policy and resources; deploying and managing teaching assistants; coaching, mentoring, "
     "observation and feedback; leading training; managing your time.", "Coach a colleague; observe a "
     "lesson and give feedback."],
    ["6. The Network", "External agencies and voluntary organisations and how to get their help, taught by "
     "the authority's specialists; research and best practice on meeting SEN and how to use it with "
     "colleagues; working with colleagues beyond the school.", "Bring in one outside agency on a case."],
    ["7. The Data", "Identifying pupils; challenging targets; interventions; reviewing progress; tracking "
     "with summative and national test data; formative assessment with colleagues; access arrangements "
     "for tests and examinations, planned in good time; provision mapping and finding gaps; approaches, "
     "strategies and resources including ICT.", "Build a provision map for one year group."],
    ["8. The Review", "Reviewing the effectiveness of provision with other staff; solving problems and "
     "making decisions about provision; the Curtain Call.", "Review one intervention with the staff "
     "who run it."],
]
table(d, rows, widths=[2.8, 10.0, 3.8], header_fill="BDD7EE")
para(d, "")
para(d, "The four Performances:", b=True)
rows = [
    ["Performance", "What the member does", "Module"],
    ["The Monologue", "A 3,000-word study of one pupil with SEN in the member's school: the pupil's needs "
     "and development, what the law and the Code of Practice require, what the school does for the pupil "
     "on each Every Child Matters outcome, and how the assessments of the educational psychologist, "
     "therapist or other professionals have been used to shape the pupil's teaching.", "Practice"],
    ["The Two-hander", "A recorded coaching conversation with a colleague about a pupil with SEN, with a "
     "1,500-word commentary on how the member won the colleague's commitment, listened and explained.",
     "Practice"],
    ["The Ensemble Piece", "The member's provision map and intervention plan for a year group: "
     "identification, targets, interventions, tracking data, formative assessment work with teachers, "
     "access arrangements for tests, deployment of support staff, and the approaches and resources chosen.",
     "Portfolio"],
    ["The Run", "A change the member leads in their school over two terms with the head and governors, "
     "working with an outside agency or voluntary organisation, drawing on research, reviewed with other "
     "staff, with a 4,500-word report and the Next Season sheet.", "Leading Change"],
]
table(d, rows, widths=[3.0, 11.4, 2.2], header_fill="BDD7EE")
para(d, "")

para(d, "THE BLOCKING CHART", b=True, size=13, color="1F4E79")
para(d, "In the rehearsal room the blocking is where each move is first set. Here \"Blocked in\" is the Scene "
     "where the Company first works on something, and \"Performed in\" is the marked Performance where it is "
     "judged. \"Preview only\" means practised with notes, not marked.")
B = [
    ["What the Company must show", "Blocked in", "Performed in"],
    ["HOW THEY WORK", None, None],
    ["Fair, respectful and supportive relationships with pupils with SEN and disabilities (parents and "
     "carers: see Report 5)", "Scene 2", "The Monologue"],
    ["Winning the commitment of colleagues, the head and senior leaders", "Scene 5", "The Two-hander"],
    ["Prioritising, managing time and delegating", "Scene 5", "Not performed"],
    ["Seeing problems coming, solving them, deciding well on provision", "Scene 8", "The Run"],
    ["Speaking and writing clearly; listening to others' views", "Every Scene", "The Two-hander"],
    ["Using research and outside advice to improve practice", "Scene 6", "The Run"],
    ["Keeping up to date and owning their professional development", "Scene 8 (Curtain Call)",
     "The Run (Next Season sheet)"],
    ["WHAT THEY KNOW", None, None],
    ["SEN law, guidance and the Code of Practice, and putting them into practice", "Scene 3", "The Monologue"],
    ["Every Child Matters and the SENCO's part in it", "Scene 1", "The Monologue"],
    ["Disability equality law and the actions it requires", "Scene 3", "Not performed"],
    ["How children develop and what affects development", "Scene 2", "The Monologue"],
    ["The common kinds of SEN and disability and their effect on learning", "Scene 2", "The Monologue"],
    ["Approaches, strategies and resources, including ICT", "Scene 7", "The Ensemble Piece"],
    ["School self-evaluation and improvement", "[TBC]", "[TBC]"],
    ["Research and best practice in meeting SEN", "Scene 6", "The Run"],
    ["External agencies and getting specialist help", "Scene 6", "The Run"],
    ["WHAT THEY DO", None, None],
    ["Influencing inclusive ethos, policy and resources with senior leaders and governors", "Scene 5",
     "The Run"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Scene 7",
     "The Ensemble Piece"],
    ["Using other professionals' assessments to shape teaching", "Not blocked", "The Monologue"],
    ["Tracking progress with summative and national test data", "Scene 7", "The Ensemble Piece"],
    ["Helping teachers develop formative assessment", "Scene 7", "The Ensemble Piece"],
    ["Access arrangements for tests and examinations, in good time", "Scene 7", "The Ensemble Piece"],
    ["Provision mapping and finding missing or weak provision", "Scene 7", "The Ensemble Piece"],
    ["Deploying and managing staff", "Scene 5", "The Ensemble Piece"],
    ["Coaching, mentoring, modelling and training colleagues", "Scene 5", "The Two-hander"],
    ["Reviewing provision with other staff for the school's self-evaluation", "Scene 8", "The Run"],
    ["Involving pupils in planning and reviewing their own provision", "Scene 2", "Preview only"],
    ["Working with parents and carers", "Scene 4 (cut)", "-"],
    ["Working with other services and voluntary organisations", "Scene 6", "The Run"],
]
bt = table(d, B, widths=[10.0, 3.3, 3.3], header_fill="1F4E79")
for j in range(3):
    for r in bt.cell(0, j).paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(B):
    if row[1] is None:
        merge(bt, i, 0, i, 2, row[0], fill="DEEAF6", b=True, size=9.5)
para(d, "")
para(d, "End of bundle. Reports 1 to 6 and the Prompt Copy are complete; there are no other reports.", i=True)

d.save(OUT)
print(OUT.name, word_count(d), "words")
