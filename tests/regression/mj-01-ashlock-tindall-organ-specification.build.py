"""mj-01-ashlock-tindall-organ-specification

Provider (invented): Ashlock & Tindall Ltd, Organ Builders, of Kelsford, through its
Workshop School (which trains the firm's voicers, pipe-makers and tuners and, since 1994,
has run "The Organ in the Classroom" with special schools). It applies to run the
National Award for SEN Coordination, validated by the (invented) University of
Castlemarsh, with Kelsfordshire County Council.

Document kind and layout: the course sent as the firm's own "Specification" for a new
organ (Opus 412), in the house style of an organ builder's tender specification: a
title page of centred capitals, a covering letter, no heading styles (titles are bold
small-capital Normal paragraphs), a "How to read the stop list" key in a shaded text
box far above the stop list, a Tonal Scheme of four divisions (Pedal, Great, Swell,
Choir), each a table whose first row is a merged, shaded division header, one row per
stop: No. / Stop / Pitch / "What the participant will be able to do" / "Voiced on" /
"Finished in". Then Couplers and Accessories, a Mechanical Specification (Action, Wind,
Console, Case, Pipework), Tonal Finishing, Admission to the Workshop, Tuning and
Maintenance, Access, Terms. Header and footer (page field), two footnotes, three Word
comments, tracked changes (a deleted table row and an inserted one, a whole inserted
paragraph, a whole deleted paragraph).

The firm's vocabulary: Voicing Days (the eight study days), the Enclosed Work (the
in-school enquiry), the Choir Bench (the Moodle site), Tonal Finishing tasks TF1-TF3
(the marked assessments), Regulation (formative feedback), the Finishing Record, the
Pre-voicing Audit, the Tuning Round (evaluation).

Key (in the text box, far above the tables): a TF code in "Finished in" = marked in that
task; "Regulated only" = practised with feedback, never marked; "Prepared for" = drawstop
fitted, no pipes this year (not taught, not assessed); a dash in "Voiced on" = no Voicing
Day carries it.

Traps (requirement ids):
- Aims speak of pupils' attainment only ("raise the attainment of pupils"); well-being
  appears nowhere in aims or assessment (1.1 partially_met).
- "Regulated only" outcomes: 6.A3 (Trumpet), 6.K7 (Mixture), 6.S2c (Oboe), 6.S9
  (Cromorne): taught, never marked (partially_met).
- 6.A6 (Nazard) voiced on Day 7, "Finished in" a dash: taught not assessed (partial).
- 6.K4 (Violone) has a dash in "Voiced on" but is finished in TF1: assessed, not taught
  (partial).
- 6.S2d (Clarinet) is "Prepared for": not met. 6.A4 has no stop anywhere (not met).
- 6.K3: the original row is a deleted tracked row; an inserted tracked row puts
  disability equality law on Day 2 and in TF1 (met: an insertion counts).
- Award rule allows compensation: an overall 50 per cent, "a weaker task may be carried
  by the stronger two" (6.0 partially_met; with the unassessed outcomes, 1.9
  partially_met). Footer claims "Every stop fully finished" (blanket claim, not evidence).
- APL negated: "credit for prior study or experience is not given" (2.1 not_met); a
  comment saying otherwise is not evidence.
- Pre-voicing Audit only used to place participants in bench groups; no individual plan
  (2.2 partially_met).
- Assessment-only route belongs to the University's own PGCert, not this Award (2.3
  not_met: another provider's arrangement).
- "We would encourage" further targets is general only, but Day 8's CPD plan for the year
  ahead, agreed with a tutor and taken to the headteacher, meets 2.5 (met).
- Choir Bench forum: peers only, tutors do not answer; the paragraph giving live tutor
  sessions is a deleted tracked change (3.3 partially_met).
- January start exists only in an inserted paragraph (3.2 met, counts).
- Stakeholders shape the course (survey of 41 schools changed Day 5: 4.1, 4.2 met); their
  part in evaluation is only that they "will be invited to comment in due course" (4.3
  partially_met).
- CRB checks are on the firm's tuners, who visit churches and schools, not candidates
  (5.3 not_met: wrong people).
- Specialist speakers but "We do not arrange placements" (5.5 partially_met).
- Resources: a reading shelf only; the "specialist technology" described is the
  workshop's pipe-metal casting bench (5.6 partially_met: right words, wrong thing).
- Pupil impact only "we would like in time" (5.9 partially_met; participants' confidence
  is measured).
- Comments (Head Voicer, Clerk of Works) are not evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _mj_helpers import *  # noqa
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("mj-01-ashlock-tindall-organ-specification.docx")
AU1, DT1 = "R. Tindall", "2008-10-14T09:12:00Z"
AU2, DT2 = "M. Fairlie", "2008-10-20T16:40:00Z"

d = new_doc("Garamond", 11)
header_footer(d, "ASHLOCK & TINDALL LTD  ·  ORGAN BUILDERS  ·  KELSFORD  ·  Opus 412  ·  Specification, third issue",
              "Every stop fully finished to the national standard.  Ashlock & Tindall Ltd, The Organ Works, Quarry Lane, Kelsford KL4 2RT.")
fn = Footnotes(d)


def title(t):
    p = para(d, t, bold=True, caps=True, size=12.5)
    p.paragraph_format.space_before = Pt(12)
    return p


def body(t):
    return para(d, t)


# ---------------- title page ----------------
para(d, "ASHLOCK & TINDALL LTD", bold=True, size=20, align="c")
para(d, "ORGAN BUILDERS  ·  VOICERS  ·  TUNERS", size=11, align="c")
para(d, "Established 1871", italic=True, align="c")
para(d, "")
para(d, "SPECIFICATION", bold=True, size=18, align="c")
para(d, "of a new instrument to be built in our Workshop School", align="c")
para(d, "OPUS 412", bold=True, size=14, align="c")
para(d, "THE KELSFORD AWARD FOR SEN COORDINATION", bold=True, size=13, align="c")
para(d, "(National Award for SEN Coordination, 2008-09)", italic=True, align="c")
para(d, "submitted for the consideration of the TDA Approval Panel", align="c")
para(d, "with the University of Castlemarsh and Kelsfordshire County Council", align="c")
para(d, "October 2008", align="c")
d.add_page_break()

# ---------------- covering letter ----------------
para(d, "The Organ Works, Quarry Lane, Kelsford KL4 2RT", align="r", size=10)
para(d, "20th October 2008", align="r", size=10)
body("Dear Members of the Panel,")
body("We have pleasure in submitting our specification for Opus 412. As with every instrument that leaves "
     "the Organ Works, we set out below the tonal scheme stop by stop, then the mechanism, the finishing, the "
     "terms and the arrangements for tuning and maintenance. We have kept to the form in which we have specified "
     "organs for a hundred and thirty-seven years, because it is the form our staff know, and because we think "
     "it says plainly what is built and what is not.")
body("The Workshop School has trained the firm's own voicers, pipe-makers and tuners since 1952. Since 1994 its "
     "education staff have also run The Organ in the Classroom, a programme of sound and making workshops in the "
     "special schools and resourced provision of Kelsfordshire, and since 2003 a twelve-day course for teaching "
     "assistants that the County Council commissions from us. Opus 412 is the first instrument we have built for "
     "teachers who lead provision for pupils with special educational needs.")
body("Yours faithfully,")
body("Rosamund Tindall, Director of the Workshop School")
body("Malcolm Fairlie, Head Voicer and Course Leader")

# ---------------- general description ----------------
title("1.  General Description")
body("The instrument is a course of 60 credits at Masters level (M), validated by the University of Castlemarsh "
     "School of Education as its Postgraduate Certificate in SEN Coordination (Kelsford), and awarded by the "
     "University. The University validated the course at its event of 2nd July 2008 and the Award is listed in the "
     "University's Register of Validated Programmes; the University's Academic Board receives our annual report "
     "on it. Successful participants receive the University's Postgraduate Certificate and the National Award "
     "for SEN Coordination.")
body("The course is built in four divisions, as an organ is. The Pedal Organ is the foundation of law, policy and "
     "knowledge on which everything else stands. The Great Organ is the leading of provision in a school. The Swell "
     "Organ, which is enclosed, is the participant's own enquiry in his or her own school, which we call the "
     "Enclosed Work. The Choir Organ is the work with pupils, parents, colleagues and agencies. The divisions are "
     "voiced on eight Voicing Days at the Workshop School's Long Room, spread over three terms, and on the Choir "
     "Bench, our course site on the University's Moodle.")
p = body("Participants are finished in three Tonal Finishing tasks, each marked by two tutors: TF1, a written "
         "case analysis of 3,500 words on the law, policy and the needs of one pupil; TF2, the report of the Enclosed "
         "Work, 6,000 words with its provision map and data; and TF3, a recorded professional conversation of forty "
         "minutes with a tutor and a headteacher assessor, followed by a fifteen-minute presentation to colleagues "
         "in the participant's own school.")
fn.note(p, "The three tasks together carry 60 credits: TF1 15 credits, TF2 30 credits, TF3 15 credits.")

title("2.  Design Aims")
body("Opus 412 is designed to raise the attainment of pupils with special educational needs and disabilities in "
     "Kelsfordshire schools by equipping the teachers who lead provision for them. Its objectives are that each "
     "participant should lead the identification of pupils' needs, plan and map provision that closes gaps in "
     "attainment, track pupils' progress in reading, writing and mathematics, and account for the results to the "
     "headteacher and governors. Every assessed task asks the participant to plan how his or her leadership "
     "will raise the attainment of a group of pupils.")
body("The course is strongly rooted in the participant's own school. The Enclosed Work is carried out there across "
     "two terms, on a question agreed with the headteacher and the tutor, and every stop of the Swell Organ is "
     "voiced through it. Participants apply what they learn on a Voicing Day in school before the next, and bring "
     "the evidence back to the Long Room; the course is built so that the outcomes are met through changed practice "
     "and the TF2 report must show what changed in the school as a result.")

# ---------------- key ----------------
title("3.  How to Read the Stop List")
body("Stops are listed by division. Each stop is given the firm's name for it and its pitch; then, in our own words, "
     "what the participant will be able to do when it speaks. The last two columns say where the stop is voiced and "
     "where it is finished. Please read the stop list with the builder's terms in the box below.")
text_box(d, [
    ("THE BUILDER'S TERMS", True),
    ("Voiced on: the Voicing Day (D1 to D8) on which the stop is taught. A dash means that no Voicing Day carries it.", False),
    ("Finished in: TF1, TF2 or TF3 means that the stop is marked in that Tonal Finishing task against our published "
     "criteria.", False),
    ("Regulated only: the stop is practised in a Regulation exercise and the exercise is returned with a tutor's "
     "written comments at the next Voicing Day, but the stop is never marked in any Tonal Finishing task.", False),
    ("Prepared for: the drawstop is fitted in the console but no pipes are provided in this year's build; the stop is "
     "neither voiced nor finished.", False),
], width_cm=16, height_cm=5.2)
body("Pitch is given in the organ builder's manner. An 8' stop speaks at unison pitch and carries the weight of the "
     "division; the 4' and 2' stops and the mixtures add brightness to what the 8' stops establish; the 16' stops of "
     "the Pedal underpin everything. We have given the weightiest pitches to the outcomes that bear most on pupils.")

# ---------------- tonal scheme ----------------
title("4.  Tonal Scheme")
HDR = ["No.", "Stop", "Pitch", "What the participant will be able to do", "Voiced on", "Finished in"]
WID = [1.0, 2.6, 1.2, 7.6, 1.6, 2.0]


def division(name, note, rows):
    t = d.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 5))
    cell_text(a, name + "  " + note, bold=True, size=10)
    shade(a, "C9B99A")
    for j, h in enumerate(HDR):
        cell_text(t.cell(1, j), h, bold=True, size=9)
        shade(t.cell(1, j), "EDE6D6")
    for i, r in enumerate(rows, 2):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, size=9)
    for row in t.rows:
        for j, w in enumerate(WID):
            row.cells[j].width = Cm(w)
    return t


pedal = division("PEDAL ORGAN", "(the foundation: law, policy and knowledge; 30 notes)", [
    ["1", "Open Wood", "16'", "Know the Special Educational Needs Code of Practice (2001), the SEN and Disability Act 2001 and "
     "the Education Act 1996 Part IV, what they require of the school, the SENCO and others, and put the school's "
     "procedures into practice", "D1", "TF1"],
    ["2", "Bourdon", "16'", "Know the five Every Child Matters outcomes and the SENCO's part in helping pupils achieve them, "
     "and use them in planning for a named pupil", "D1", "TF1"],
    ["3", "Sub Bass", "16'", "Know the disability equality law that applies to schools and the accessibility plan",
     "D2", "TF1"],
    ["3", "Sub Bass", "16'", "Know the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty "
     "and the accessibility plan, the actions the law requires of the school, and how the SENCO sees they are carried out",
     "D2", "TF1"],
    ["4", "Violone", "16'", "Understand how children develop and how their development is affected by SEN and disabilities "
     "and by the physical and social environment of the classroom", "—", "TF1"],
    ["5", "Octave", "8'", "Know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) "
     "and how each can affect a child's learning", "D2", "TF1"],
    ["6", "Principal", "8'", "Know best practice and the outcomes of recent research in meeting special educational needs, "
     "and weigh it critically", "D3", "TF1"],
])
mark_row(pedal.rows[4], "del", AU2, DT2)
mark_row(pedal.rows[5], "ins", AU2, DT2)
para(d, "")

great = division("GREAT ORGAN", "(leading provision in the school; 58 notes)", [
    ["7", "Open Diapason", "8'", "Working with the headteacher and governors, advise on and influence the school's inclusive "
     "ethos, its SEN policy, its priorities and the use of its resources", "D4", "TF3"],
    ["8", "Stopped Diapason", "8'", "Gain the commitment of colleagues, including the headteacher and senior leaders, to "
     "improving outcomes for pupils with SEN", "D4", "TF3"],
    ["9", "Principal", "4'", "Use provision mapping and management to plan provision and to find provision that is "
     "ineffective or missing", "D5", "TF2"],
    ["10", "Twelfth", "2⅔'", "Deploy and manage teaching assistants and other staff effectively to support pupils with SEN",
     "D5", "TF2"],
    ["11", "Fifteenth", "2'", "Review and evaluate with other staff how effective the school's provision is, so as to inform "
     "the school's self-evaluation and improvement plan", "D6", "TF2"],
    ["12", "Mixture", "IV", "Know the principles of school self-evaluation and improvement and how they bear on outcomes for "
     "pupils with SEN", "D6", "Regulated only"],
    ["13", "Trumpet", "8'", "Prioritise the SENCO's work, manage time and delegate tasks, seeing they are done", "D4",
     "Regulated only"],
])
para(d, "")

swell = division("SWELL ORGAN", "(enclosed: the Enclosed Work in the participant's school; 58 notes)", [
    ["14", "Geigen Diapason", "8'", "Identify pupils who may have SEN or disabilities from observation, data and assessment, "
     "set challenging targets, plan interventions that remove barriers and review pupils' progress", "D3", "TF2"],
    ["15", "Salicional", "8'", "Use the assessments of educational psychologists, speech and language therapists and other "
     "professionals to shape teaching approaches", "D3", "TF2"],
    ["16", "Gemshorn", "4'", "Use summative assessments, including the end of key stage tests, to track pupils' progress and "
     "change their programmes", "D5", "TF2"],
    ["17", "Oboe", "8'", "Encourage other teachers to develop formative assessment, with approaches suited to pupils with SEN",
     "D6", "Regulated only"],
    ["18", "Clarinet", "8'", "Identify in good time the access arrangements pupils need for national tests and examinations "
     "and put them in place with colleagues", "—", "Prepared for"],
    ["19", "Voix Humaine", "8'", "Make sure pupils with SEN take part in planning, agreeing, reviewing and evaluating their "
     "own provision, and help colleagues to work with them in this way", "D5", "TF2"],
    ["20", "Flageolet", "2'", "Weigh critically approaches, strategies and resources, including ICT, for assessment, "
     "planning, teaching and learning, and use them to remove barriers and personalise provision", "D3", "TF2"],
])
para(d, "")

choir = division("CHOIR ORGAN", "(pupils, parents, colleagues and agencies; 58 notes)", [
    ["21", "Lieblich Gedact", "8'", "Build fair, respectful and constructive relationships with pupils with SEN and with their "
     "parents and carers", "D7", "TF3"],
    ["22", "Dulciana", "8'", "Liaise with parents and carers to promote their children's learning and development, including "
     "at reviews", "D7", "TF3"],
    ["23", "Open Flute", "4'", "Support colleagues' professional development by observing and giving feedback, modelling, "
     "coaching and mentoring and leading training", "D6", "TF3"],
    ["24", "Cromorne", "8'", "Work in partnership with other services and agencies, including voluntary organisations, so "
     "that support for pupils is coherent", "D7", "Regulated only"],
    ["25", "Gamba", "8'", "Know the scope and role of the external agencies in Kelsfordshire and how to get specialist "
     "support and resources for pupils", "D7", "TF1"],
    ["26", "Suabe Flute", "4'", "Express ideas clearly in speech and in writing, and listen to and understand the views of "
     "others", "D8", "TF3"],
    ["27", "Nazard", "2⅔'", "Draw on research evidence and external advice to improve one's own and colleagues' practice",
     "D7", "—"],
    ["28", "Tierce", "1⅗'", "Keep up to date and take responsibility for one's own continuing professional development in SEN "
     "and disability, through a personal CPD plan", "D8", "TF3"],
])
c = d.add_comment(choir.cell(9, 5).paragraphs[0].runs, text="Nazard is assessed in practice whenever they cite reading in TF1. Leave as is? MF",
                  author="M. Fairlie", initials="MF")
para(d, "")

# ---------------- couplers ----------------
title("5.  Couplers and Accessories")
body("Swell to Great. Findings from the Enclosed Work are brought to the Long Room at the start of Voicing Days 4, 5 and "
     "6 and tested against the leadership stops of the Great Organ.")
body("Choir to Pedal. Each case studied on the Choir Organ is read against the law and policy of the Pedal Organ, so that "
     "TF1's case analysis draws on both.")
body("Great to Pedal. The Open Diapason and the Open Wood are drawn together on Day 4, when each participant takes the "
     "school's SEN policy to a governors' meeting and reports back.")
body("Balanced Swell pedal. The participant's headteacher opens and closes the box: the question of the Enclosed Work is "
     "agreed with the headteacher, who signs the Enclosed Work Agreement before Day 3.")


# ---------------- voicing schedule ----------------
title("5a.  Voicing Schedule")
body("The eight Voicing Days, with the stops each voices. Each runs from 9.30 to 4.00 in the Long Room.")
vt = table(d, [
    ["Day", "Term", "Title", "What is voiced"],
    ["D1", "Autumn", "Laying out the soundboard", "The Code of Practice, SENDA 2001 and the Education Act 1996; Every Child Matters and "
     "the SENCO's part; a morning in the Organ Works; Pre-voicing Audit returned and bench groups formed."],
    ["D2", "Autumn", "The wind and the pipe", "The DDA and the disability equality duty; the common types of SEN and disability, "
     "with the speech and language therapy team and the autism outreach teacher; Ofsted's 2006 report Inclusion: does it "
     "matter where pupils are taught? read in bench groups."],
    ["D3", "Autumn", "Scaling", "Identifying needs from observation and data; using the assessments of other professionals; "
     "approaches, strategies and ICT; research and the Bercow Review's findings on speech, language and communication; "
     "the Enclosed Work question agreed."],
    ["D4", "Spring", "The console", "Leading with the headteacher and governors; gaining colleagues' commitment; prioritising and "
     "delegating the SENCO's work; Swell to Great findings."],
    ["D5", "Spring", "The pipe rack", "Provision mapping; deploying and managing teaching assistants (with a Kelsfordshire SENCO); "
     "tracking progress with end of key stage data; pupils' part in planning and reviewing their provision, with "
     "pupils' own recorded views from a Kelsford special school."],
    ["D6", "Spring", "Regulation", "Reviewing provision with colleagues and school self-evaluation; formative assessment in the "
     "classroom; coaching, mentoring and leading training for colleagues."],
    ["D7", "Summer", "The Choir Organ", "Relationships with pupils and parents, with the Kelsford Parent Partnership Service; "
     "annual reviews; the external agencies of Kelsfordshire and working with them, with the Behaviour Support Service; "
     "drawing on research and advice to change practice."],
    ["D8", "Summer", "Finishing", "Presenting to colleagues; the TF3 conversation rehearsed; each participant's CPD plan for "
     "the year ahead agreed with a tutor and taken to the headteacher."],
], widths=[1.2, 1.6, 3.4, 10.0], size=9)

# ---------------- mechanical ----------------
title("6.  Mechanical Specification")
para(d, "Action", bold=True, italic=True)
body("The course is part time. Voicing Days run on Saturdays in the Long Room, roughly one every five weeks from "
     "September to June. The Swell Organ's stops may be voiced in any order that suits the participant's school "
     "calendar, and the Enclosed Work may start in the autumn or the spring term. Participants who miss a Voicing Day "
     "take the same day with the next group or work through its recorded sessions and reading on the Choir Bench.")
ins_para(d, "A second start is offered each January, with Voicing Days 1 to 4 in the spring and summer terms and Days 5 "
         "to 8 in the following autumn, so that a teacher appointed SENCO mid-year need not wait.", AU1, DT1)
para(d, "Console", bold=True, italic=True)
body("The Choir Bench is the course's site on the University's Moodle. Each Voicing Day's reading, slides and recordings are "
     "posted on it, with the Regulation exercises, which participants download, complete and bring to the next Voicing Day, "
     "where a tutor returns them with written comments. The Bench's forum is for participants: tutors do not "
     "answer questions on the forum, which is kept for peers to help one another between Voicing Days.")
del_para(d, "A tutor keeps a Voicer's Afternoon on the Choir Bench every other Wednesday from 3.30 to 5.30, answering "
         "participants' questions live in the chat room and by telephone.", AU2, DT2)
p = para(d, "Wind", bold=True, italic=True)
body("Participants may borrow from the Workshop School's reading shelf, about two hundred books and journals on SEN kept in "
     "the Long Room, and use the University library by post. The Workshop School's specialist technology is the "
     "pipe-metal casting bench and the voicing machines of the Organ Works, which participants see in use on Day 1, when "
     "we show how a pipe is made to speak as an image of the course.")
para(d, "Case", bold=True, italic=True)
body("The design of the case was settled with those who will live with the instrument. In spring 2008 the County Council's "
     "SEN Team surveyed the headteachers and SENCOs of 41 Kelsfordshire schools for us about what newly appointed SENCOs "
     "most needed. The survey put provision mapping and the deployment of teaching assistants first, and said that the "
     "twelve-day teaching assistant course had left SENCOs unsure how to lead the assistants it trained. Because of it we "
     "moved the Principal 4' and the Twelfth onto a Voicing Day of their own (Day 5) and added a session there on "
     "managing teaching assistants, led by a Kelsfordshire SENCO; and we changed TF2 so that every Enclosed Work includes a "
     "provision map.")
body("Two SENCOs from the survey schools and the County Council's Principal Officer for SEN sat on our design group from "
     "March to June 2008. Stakeholders will be invited to comment on the instrument in due course.")
para(d, "Pipework", bold=True, italic=True)
body("The pipework is made and voiced by the education staff of the Workshop School, with visiting specialists. Malcolm "
     "Fairlie, Course Leader, was SENCO of a Kelsford secondary school for nine years and holds an MA in Special and "
     "Inclusive Education (Castlemarsh, 2004). Dr Helen Quarrie, the University's link tutor, is a Senior Lecturer in "
     "Inclusive Education who teaches on the University's MA. Ann Pellow, an advisory teacher for SpLD with the County "
     "Council, and Dr Ravi Sandhu, a Kelsfordshire educational psychologist, each voice one day. All tutors work in "
     "Kelsfordshire schools or services each week, and each attends the County's SENCO Forum.")
body("Specialist expertise comes to the Long Room: the County's speech and language therapy team, the Kelsford Parent "
     "Partnership Service, the autism outreach teacher and the Behaviour Support Service each lead a session on Days 2 "
     "and 7. We do not arrange placements; participants' practical work is carried out in their own schools.")
body("Every tutor and headteacher assessor receives the Voicer's Handbook, which sets out what each Voicing Day covers, "
     "the marking criteria for TF1 to TF3, the Regulation procedure and the assessor's part in TF3, and attends a "
     "half-day induction in September at which the criteria are worked through on specimen scripts. Each participant's "
     "headteacher receives a two-page Guide for Headteachers on the Enclosed Work Agreement and the headteacher's part "
     "in TF3.")
c2 = d.add_comment(d.paragraphs[-1].runs, text="Mentors in schools? We still haven't decided whether the heads mentor. RT",
                   author="R. Tindall", initials="RT")

# ---------------- finishing ----------------
title("7.  Tonal Finishing")
body("Every TF1, TF2 and TF3 is marked by two tutors independently against the published criteria, who then agree a mark. "
     "Ten per cent of scripts, and all fails and all scripts near a boundary, go to a second internal moderator, and the "
     "University's external examiner, Professor Joan Merriott, sees a sample of each task and every fail before the "
     "University's Board of Examiners meets in July. TF3 conversations are recorded, and the external examiner hears "
     "three each year. Tutors meet for a standardising afternoon before each task is marked.")
body("The Award. Each Tonal Finishing task is marked out of 100. A participant who gains an overall mark of 50 per cent "
     "across the three finishing tasks is awarded the Postgraduate Certificate and the National Award; a weaker task may "
     "be carried by the stronger two, provided no task falls below 40. The Finishing Record, a sheet kept by the Course "
     "Leader for each participant, lists the twenty-eight stops and is signed as each task is passed.")

# ---------------- admission ----------------
title("8.  Admission to the Workshop")
body("Candidates must hold QTS, be working in a school in the role of SENCO or be designated to it within the year, and "
     "have the written support of the headteacher, who agrees to release the participant for the Voicing Days and to "
     "support the Enclosed Work. Every candidate is interviewed by the Course Leader and a second tutor, who look at the "
     "candidate's experience of teaching pupils with SEN and a 500-word statement on provision in the candidate's school. "
     "A candidate who is not yet ready is told what experience to gain first, and we write to the headteacher with the "
     "same advice; such candidates are offered a place in the following year.")
body("The Workshop School is careful in safeguarding. All our tuners, who visit churches and schools to tune and maintain "
     "instruments in the presence of children, hold enhanced CRB disclosures renewed every three years, and the firm "
     "keeps a register of them.")
body("Accreditation of prior learning. The University's general APL regulations do not apply to this Award, and credit "
     "for prior study or experience is not given: every participant takes all three Tonal Finishing tasks.")
c3 = d.add_comment(d.paragraphs[-1].runs, text="We did let two of last year's TA course tutors skip Day 2 informally. Worth saying? HQ",
                   author="H. Quarrie", initials="HQ")
body("The Pre-voicing Audit. Before Day 1 each participant rates himself or herself against the twenty-eight stops on a "
     "four-point scale. The Course Leader uses the Audit to place participants in bench groups of five for the Voicing "
     "Days, mixing those who are new to the role with those who are more experienced.")
body("Assessment-only. The University of Castlemarsh offers experienced practitioners an assessment-only route to its own "
     "Postgraduate Certificate in Inclusive Practice, in which candidates present a portfolio against that programme's "
     "outcomes without attending.")

# ---------------- tuning ----------------
title("9.  Tuning and Maintenance")
body("The instrument is tuned each year. Every Voicing Day ends with a written evaluation by participants, which the "
     "tutors read that week; the Course Leader brings the results, the Regulation feedback and the TF marks to a Tuning "
     "Round each July with the tutors and the University's link tutor. The external examiner's report and the "
     "University's annual monitoring report are considered there too, and the Tuning Round's decisions are written "
     "into the next year's Voicer's Handbook. In 2008 the teaching assistant course's Tuning Round moved the session on "
     "reading difficulties earlier in the year after participants' evaluations asked for it.")
body("Each participant completes a confidence questionnaire against the twenty-eight stops on Day 1 and again on Day 8, "
     "and the change is reported to the Tuning Round and the University. We would like in time to follow the attainment "
     "of the pupils in participants' Enclosed Work over the year after the course.")
body("After finishing. We would encourage every finisher to keep learning and to think about the next step, perhaps the "
     "University's MA.")

# ---------------- access ----------------
title("10.  Access")
body("The Long Room is on the ground floor of the Organ Works, with level access from the car park, an accessible toilet "
     "and an induction loop. The application form asks every candidate whether he or she has a disability or a need that "
     "we should plan for, and says why we ask; those who disclose are offered a conversation with the Course Leader before "
     "Day 1. Papers are sent in advance in large print or electronically on request, extra time and a scribe are arranged "
     "for TF3, and the deadlines for TF1 and TF2 are extended where a participant's disability requires it. The firm's "
     "Equality Policy applies to all participants, and the University's Disability Service advises on adjustments for "
     "assessment.")

# ---------------- terms ----------------
title("11.  Terms")
body("The fee is £1,650 a participant, which the County Council meets in full for Kelsfordshire maintained schools from "
     "its SEN training budget. Because a bench group is five and the Long Room seats thirty, the Voicing Days cost the "
     "Council less than the half-termly central courses they replace. Participants' needs are met within the bench group "
     "and through individual Regulation: every participant has a tutorial on each Voicing Day with an allocated tutor, who agrees "
     "with him or her which Regulation exercises to take and follows progress towards the outcomes through the Finishing "
     "Record.")
p = body("This specification is submitted subject to the Panel's approval, and the first group will begin on Saturday 27th "
         "September 2009.")
fn.note(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? and the Bercow Review (2008) are read on Days 2 "
           "and 3.")
body("For Ashlock & Tindall Ltd,  R. Tindall, Director.")

fn.finish()
d.save(OUT)
print("wrote", OUT)
