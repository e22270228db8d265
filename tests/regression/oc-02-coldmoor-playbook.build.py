"""oc-02-coldmoor-playbook: builds oc-02-coldmoor-playbook.docx next to itself.

PROVIDER. The Coldmoor Netball Foundation, the coaching charity of the Coldmoor & District Netball League, with
three Partner Schools (Ravensbeck Community Primary School, Holm Lane High School and Greystone Bridge School, a
special school) and the University of Brantham, which validates the programme and confers the award.

DOCUMENT KIND AND LAYOUT. A coach's playbook: the Foundation's "Playbook" for the award, "Squad Edition 2009-10",
written to "you", the Player, in coaching vocabulary, and sent as the application. Heading 1 and 2 styles carry the
Playbook's own numbered titles ("5. The Plays", "Straight to the Circle"), never criterion numbers. A "Coach's
Corner" text box opens it and a "TIME-OUT" text box sits in section 3. "The Court" is a small table with merged,
shaded rows. Ten Play cards are two-column tables, each with a merged shaded title row and run-in rows (Call,
Set-up, Movement, Clubhouse Drill, Practice Shot, Scored in). The Shots table, a staff table and "The Shooting
Chart" (section 10, 27 of the 29 national outcomes in the Foundation's words as numbered Lines 1-27, grouped under
merged shaded rows ATTITUDE, KNOW THE GAME, ON COURT) follow. The chart's columns "Drilled in" and "Shot in" and
its values (a dash = no Play coaches it; "Off court" = not part of the Award) are keyed in section 1, nine parts
above it. Vocabulary: Players, Coaches, Head Coach, Bench Coaches (school mentors), Second Scorer, Scoring Panel,
Match Commissioner (external examiner), Plays, Court Sessions, Clubhouse (Moodle), Clubhouse Drills, Huddle forums,
Practice Shots (unmarked), Shots 1-3, Final Quarter, Fitness Test, Player Plan, Player Targets, Carried Points
(APL), Straight to the Circle (assessment only), Time-out, Away Games (placements), Dugout Panel, Season Review.
Header: edition line with "All Players CRB checked". Footer: charity number and a PAGE field. Footnotes carry
APL detail, the research sources and the external examiner's name.

TRAPS (requirement ids touched).
- Credits level undecided: "The University's validation panel meets in June 2009 and will decide whether they are
  awarded at Level 6 or at Level 7" (E.2 partially_met; E.1 met).
- Header claim "All Players CRB checked" is not evidence; the body has only self-declaration on the Team Sheet
  ("confirms that she holds ... and writes in its date"); a Word comment asking whether to see certificates is not
  part of the submission (5.3 partially_met).
- Selection open to "any qualified teacher ... who has her headteacher's backing" and "We do not turn keen
  teachers away"; the Fitness Test comes after selection (5.2 partially_met).
- Values plus venue access only: "We believe in a level playing field" and "we are happy to talk to you" with
  level access and toilets; nothing on disclosure, adjustments to assessment or promotional material (3.1
  partially_met).
- E-learning with a tracked deletion: "Coaches answer Huddle posts within two working days all year round" is
  deleted and replaced by an insertion saying between Play weeks the Clubhouse "is not staffed" (3.3
  partially_met: tutor and peer support in Play weeks and ICT links to schools, but no support between sessions).
- Conditional extra route: "A summer intensive will run if twelve Players ask for it" (not relied on; 3.2 met on
  two dated starts, a different order for the spring squad, swaps between squads, two-year spread, Time-out).
- Aspiration only: "We would love every Player to leave with a plan for next season, and we hope to build a Next
  Season session into Play 10" (2.5 not_met).
- Stakeholder needs only asserted: "know what new SENCOs need", plus a count of new SENCOs (4.1 partially_met);
  4.2 met on four concrete changes (one bullet a tracked insertion, part of the submission); 4.3 met on the
  Dugout Panel and roles in delivery.
- Bench Coaches get only "the Bench Coach sheet"; nothing on preparing or checking Coaches and hosts for their
  roles beyond shared scoring (5.7 partially_met; 5.8 met).
- Tracked deletion of a compensation clause (a Player "carried" if she falls short in one Shot); the remaining
  rule is universal and line by line (6.0 met, see notes_on_met).
- Shooting Chart dashes: lines taught in no Play but scored in a Shot (6.A4, 6.A5, 6.A7, 6.K4, 6.S2b, 6.S4
  partially_met: assessed, not developed); "Off court" line 20 on access arrangements, left to the Partner
  Schools' examinations officers (6.S2d not_met: someone else's job); no line and no text at all for
  prioritising, time and delegation (6.A3 not_met); strategy with governors appears only in a Word comment on the
  chart (6.S1 not_met). Because three outcomes are never assessed, 1.9 is partially_met.
- The Foundation's Line numbers (1-27) run on through the three groups and skip two national outcomes, so no
  line number matches a national id (Line 18 is 6.S2b, Line 22 is 6.S4): an engine must map by meaning.
- Footnotes: APL procedure detail (2.1 is met in the body), research citations (1.3 met in the body), external
  examiner's name (5.8).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _oc_helpers import (para, add_runs, table, merged_row, cell_text, shade, ins_run, del_run,
                         mark_paragraph_inserted, mark_paragraph_deleted, Footnotes, text_box, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HC = "Siobhan Garvey"
D1 = "2009-03-02T10:00:00Z"
D2 = "2009-03-09T16:20:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(6)
for name, size, colour in (("Heading 1", 15, "7F1734"), ("Heading 2", 12, "404040")):
    h = doc.styles[name]
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(colour)
fn = Footnotes(doc)

header_footer(doc, "THE PLAYBOOK - SENCO Award 2009-10 - All Players CRB checked",
              "Coldmoor Netball Foundation, registered charity no. 1119432")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def bullets(items, style="List Bullet"):
    out = []
    for it in items:
        out.append(para(doc, it, style=style, space_after=3))
    return out


# ------------------------------------------------------------------ cover
para(doc, [("COLDMOOR NETBALL FOUNDATION", "b")], align="center", size=12, space_after=2)
para(doc, [("THE PLAYBOOK", "b")], align="center", size=28, space_after=2)
para(doc, "National Award for SEN Coordination - Squad Edition 2009-10", align="center", size=13, space_after=2)
para(doc, "with the Coldmoor & District Netball League, our Partner Schools and the University of Brantham",
     align="center", size=10, space_after=2)
para(doc, [("Version 3, March 2009 - as sent to the TDA approval panel", "i")], align="center", size=9,
     space_after=14)

text_box(doc, [
    [("COACH'S CORNER", "b")],
    ["Welcome to the squad. Every coach keeps a playbook: the set plays a team practises until they are second nature, "
     "and the notes that tell each player where to be and when. This is ours for the SENCO Award. It is written to "
     "you, the Player, because that is how we coach, and it is also what we are asking the approval panel to "
     "approve. Read section 1 first; it tells you how the rest works."],
    [("Dr Siobhan Garvey, Head Coach", "i")],
], height_pt=100, fill="FBE9EE")

# ------------------------------------------------------------------ 1
h1("1. How to read this Playbook")
para(doc, "The Award is a season of ten Plays. Each Play has a Court Session (a face-to-face day), a Clubhouse Drill "
     "(study online, in the fortnight around the Court Session) and a Practice Shot (a short task you do in your "
     "school and post for feedback). Three Shots, the marked assignments, and the Final Quarter review decide the "
     "Award. Each Play card in section 5 shows:")
bullets([
    [("Call: ", "b"), "the Play's name and what it is for;"],
    [("Set-up: ", "b"), "when and where the Court Session is;"],
    [("Movement: ", "b"), "what happens, step by step;"],
    [("Clubhouse Drill: ", "b"), "what you do online;"],
    [("Practice Shot: ", "b"), "the short task you post, with feedback from your Coach (Practice Shots are not marked);"],
    [("Scored in: ", "b"), "which Shot marks the Play's work."],
])
para(doc, "The Shooting Chart in section 10 lists what you must be able to do by the end of the season, in our words. "
     "Its column \"Drilled in\" names the Play (P1 to P10) where we coach each line; a dash means no Play coaches it, "
     "and you bring it with you or pick it up along the way. Its column \"Shot in\" names the Shot or the Final "
     "Quarter where the line is scored against the University's criteria. \"Off court\" means the line is not part "
     "of the Award.")

court = doc.add_table(rows=4, cols=3)
court.style = "Table Grid"
merged_row(court, 0, "THE COURT", fill="7F1734", size=10)
court.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for j, v in enumerate(["Your school (goal third)", "Court Sessions (centre third)", "The Clubhouse (goal third)"]):
    cell_text(court.cell(1, j), v, size=9, bold=True)
    shade(court.cell(1, j), "F2D7DE")
for j, v in enumerate([
        "Your Bench Coach; your Practice Shots; the school-based part of every Shot.",
        "Ten Court Sessions at the Coldmoor Netball Centre, Holm Lane High School, Greystone Bridge School and the "
        "University.",
        "The University's Moodle site for the Award: Drills, Huddle forums, Practice Shots, library links."]):
    cell_text(court.cell(2, j), v, size=9)
merged_row(court, 3, "A Player's season: Fitness Test - Player Plan - ten Plays and two Away Games - three Shots - "
           "Final Quarter.", fill="F2F2F2", size=9, bold=False)

# ------------------------------------------------------------------ 2
h1("2. The Squad")
para(doc, "The Award is run by the Coldmoor Netball Foundation, the coaching charity of the Coldmoor & District Netball "
     "League, with three Partner Schools (Ravensbeck Community Primary School, Holm Lane High School and Greystone "
     "Bridge School, a special school for pupils with severe and complex needs) and the University of Brantham, which "
     "validates the programme and confers the Award as a Postgraduate Certificate in Special Educational Needs "
     "Coordination.")
para(doc, "The Award carries 60 credits. The University's validation panel meets in June 2009 and will decide whether "
     "they are awarded at Level 6 or at Level 7; we have asked for Level 7.")
table(doc, [
    ["Role", "Who", "Background"],
    ["Head Coach", "Dr Siobhan Garvey, University of Brantham",
     "Senior lecturer in special and inclusive education; SENCO for nine years and then Coldmoor's SEN adviser; "
     "doctorate on inclusion in secondary schools."],
    ["Coach", "Mark Ellison, the Foundation's Inclusion Lead",
     "Head of learning support at Holm Lane High School for eight years; MA in Special Educational Needs."],
    ["Coach", "Dr Farah Qureshi", "Educational psychologist in the Coldmoor Educational Psychology Service, seconded "
     "half a day a week."],
    ["Coach", "Jenny Lowther", "Deputy headteacher of Greystone Bridge School; specialist teacher for autism."],
    ["Bench Coach", "A senior teacher in your own school, named by your headteacher",
     "Usually the SENCO you are taking over from, a deputy or an assistant headteacher."],
    ["Match Commissioner", "The external examiner the University appoints", "A senior academic in SEN from another "
     "university."],
], widths=(3.0, 5.2, 8.8), size=9)
p = para(doc, "All four Coaches still work in or with schools. Each spends at least five days a year in schools outside "
         "the Award, and each attends the University's research seminars and the Coldmoor SENCO network.")
fn.add(p, "The Match Commissioner for 2009-10 is Professor Anne Whitlock of the University of Eastholme.")

# ------------------------------------------------------------------ 3
h1("3. Selection and the Fitness Test")
h2("Who can join the squad")
para(doc, "Selection is open to any qualified teacher working in a Coldmoor school who has her headteacher's backing. "
     "Your headteacher signs the Team Sheet, our application form, to release you for the Court Sessions and to name "
     "your Bench Coach. We do not turn keen teachers away: the Fitness Test comes after selection and shapes your "
     "Player Plan, not whether you play.")
p = para(doc, "On the Team Sheet every Player confirms that she holds a current enhanced CRB disclosure and writes in "
         "its date.")
comment(doc, p.runs, "Do we need to see the certificate? The Welfare Officer checks coaches' disclosures, not "
        "Players'.", "Mark Ellison", "ME")
para(doc, "The fee is £1,350 for the season, including University registration. The Foundation pays half the fee for "
     "Players from schools with fewer than 100 pupils, and because much of the study is in the Clubhouse you spend "
     "ten days out of school, not twenty.")

h2("The Fitness Test")
para(doc, "Before Play 1 you take the Fitness Test: an online self-assessment against every line of the Shooting Chart, "
     "followed by a 30-minute conversation with your Coach, who checks your ratings against your evidence, because "
     "what feels familiar may be out of date. Together you write your Player Plan: the lines you will work on hardest "
     "(your Player Targets), the Clubhouse Drills you will do in depth and those you may skim, and the Away Games "
     "that suit you. Your Bench Coach gets a copy, and you review the Plan with your Coach at Play 5 and Play 8.")

h2("Carried Points")
p = para(doc, "If you have passed masters-level study in special educational needs in the last five years, you may "
         "carry up to 20 credits into the Award through the University's accreditation of prior learning. Experience "
         "counts too: a Player with several years as a SENCO may carry credit for Shot 1 by a portfolio of her work, "
         "scored against the same lines of the Shooting Chart.")
fn.add(p, "Claims go on the University's APL form with transcripts or the portfolio. The Head Coach maps the earlier "
       "study or work against the Shooting Chart and the University's APL Board decides. The Foundation pays the "
       "University's £90 claim fee.")

h2("Straight to the Circle")
para(doc, "A few experienced SENCOs, or teachers from a support service, can already do everything on the Shooting "
     "Chart. They may go straight to the circle: after a Fitness Test with the Head Coach, they submit the three "
     "Shots, drawn from their own work, and take the Final Quarter review, without the Plays. They are scored against "
     "every line of the Shooting Chart like everyone else. The fee is £650, and we expect no more than two a year.")

h2("A level playing field")
para(doc, "We believe in a level playing field for every Player. The Netball Centre and Greystone Bridge School both "
     "have level access and accessible toilets, and Holm Lane High School has a lift. If you have a disability, we "
     "are happy to talk to you about what you need.")
text_box(doc, [
    [("TIME-OUT", "b")],
    ["Life happens. If illness, a new baby or a crisis at school stops you, call a Time-out: you may pause for up to a "
     "year and rejoin at the next Play with the following squad, keeping the Shots you have already passed."],
], height_pt=60, fill="F2F2F2")

# ------------------------------------------------------------------ 4
h1("4. The Court: how the season runs")
h2("Two squads")
para(doc, "There are two squads each year. The autumn squad starts on 19 September 2009; the spring squad starts on 6 "
     "February 2010 and picks up Plays 1 and 2 in the Clubhouse before its first Court Session. Because each Play "
     "stands on its own, the spring squad takes Plays 3 to 9 in a different order, and any Player may swap into the "
     "other squad for a Play she misses. Most Players take a year; a Player may spread the Award over two. A summer "
     "intensive will run if twelve Players ask for it.")
h2("The Clubhouse")
p = para(doc, "The Clubhouse is the University of Brantham's Moodle site for the Award. For each Play it holds the "
         "Clubhouse Drill (readings, short films of practice in Coldmoor schools, a quiz), a Huddle forum where the "
         "squad discusses the Play, and the place to post your Practice Shot. Your Bench Coach has a guest login so "
         "that she can see your Practice Shots and your Coach's feedback, and Coaches use the Clubhouse to send "
         "notices to Partner Schools. In Play weeks (the week before and the week after each Court Session) your "
         "Coach reads the Huddle every day and answers questions within one working day. ")
del_run(p, "Coaches answer Huddle posts within two working days all year round.", HC, D2)
ins_run(p, "Between Play weeks the Clubhouse stays open for reading, but it is not staffed: questions posted then wait "
        "for the next Play week.", HC, D2)
para(doc, "The Foundation lends a netbook to any Player without a computer at home.")
h2("Away Games")
para(doc, "Every Player spends two days on Away Games: one at Greystone Bridge School, and one at Kirkby Moor Pupil "
     "Referral Unit or with the Coldmoor Sensory Support Service, as her Player Plan decides. A named member of staff "
     "at each host plans the day with your Coach, and you bring back a Practice Shot. Guest coaches from the "
     "Educational Psychology Service, the Speech and Language Therapy Service, Coldmoor Parents Together and Coldmoor "
     "Mind, a voluntary organisation, lead parts of Plays 4, 5 and 7.")
h2("Kit")
para(doc, "Players are registered students of the University and use its library and electronic journals from home. "
     "The Foundation's kit room at the Netball Centre lends assessment materials, intervention programmes and "
     "assistive technology (text-to-speech and symbol software, Clicker 5, switch-accessible equipment and "
     "communication aids), and Greystone Bridge School opens its sensory and ICT suite for Play 4.")

# ------------------------------------------------------------------ 5
h1("5. The Plays")
para(doc, "The whole point of the Award is better lives for children and young people with SEN and disabilities in "
     "Coldmoor schools: better progress in their learning and in all five Every Child Matters outcomes (being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being). Every Play is aimed at that, and every Shot asks you to show what changed for pupils.")
para(doc, "Every Play ends in your school: the Practice Shot is something you do there, with your Bench Coach, and the "
     "Shots are built from it.")
p = para(doc, "The Coaches rewrite the Plays each summer from the latest Ofsted reports and research. For 2009-10 they "
         "draw on the Bercow Review of services for children with speech, language and communication needs (2008), "
         "the Inclusion Development Programme, the Lamb Inquiry's work on parental confidence, Ofsted's report "
         "Inclusion: does it matter where pupils are taught? (2006), and the Rose review of provision for dyslexia, "
         "now under way.")
fn.add(p, "Bercow, J. (2008) The Bercow Report, DCSF; Ofsted (2006) Inclusion: does it matter where pupils are "
       "taught?, HMI 2535; DCSF (2008) Inclusion Development Programme: dyslexia and speech, language and "
       "communication needs.")

plays = [
    ("PLAY 1 - CENTRE PASS", [
        ("Call", "Starting the season: the SENCO's job, and where you start from."),
        ("Set-up", "Court Session 1, Saturday 19 September 2009, Coldmoor Netball Centre (spring squad: in the "
                   "Clubhouse)."),
        ("Movement", "1. The SENCO's role under the SEN Code of Practice and the Education (Special Educational Needs "
                     "Co-ordinators) (England) Regulations 2008.\n2. Every Child Matters: the five outcomes and what a "
                     "SENCO does towards each.\n3. Your Fitness Test and your Player Plan."),
        ("Clubhouse Drill", "Finding your way round the Clubhouse; reading on Every Child Matters."),
        ("Practice Shot", "Your school's SEN provision in 500 words."),
        ("Scored in", "Shot 1")]),
    ("PLAY 2 - THE RULEBOOK", [
        ("Call", "Law, guidance and policy."),
        ("Set-up", "Court Session 2, Friday 9 October 2009, Holm Lane High School."),
        ("Movement", "1. SEN law: the Education Act 1996, the SEN Code of Practice 2001 and SENDA 2001; statutory "
                     "assessment and statements; what they require of the school, the SENCO and others, and how to "
                     "make them work.\n2. Disability equality law: the DDA 1995 and 2005, the disability equality "
                     "duty, accessibility plans and what schools must do for disabled pupils.\n3. Policy now: the "
                     "Inclusion Development Programme, the Bercow Review and the Lamb Inquiry."),
        ("Clubhouse Drill", "A quiz on the Code; a film of an annual review."),
        ("Practice Shot", "Check your school's SEN policy against the Code."),
        ("Scored in", "Shot 1")]),
    ("PLAY 3 - READING THE GAME", [
        ("Call", "Finding the pupils who need more, and planning for them."),
        ("Set-up", "Court Session 3, Friday 6 November 2009, University of Brantham."),
        ("Movement", "1. Identifying pupils who may have SEN: classroom observation, data, screening and teachers' "
                     "concerns.\n2. Using assessments from educational psychologists, speech and language therapists "
                     "and other professionals to shape teaching.\n3. Setting challenging targets, planning "
                     "interventions that remove barriers, and reviewing progress."),
        ("Clubhouse Drill", "Worked examples of targets; a film of a review meeting."),
        ("Practice Shot", "Targets and an intervention plan for two pupils."),
        ("Scored in", "Shot 2")]),
    ("PLAY 4 - FEEDING THE CIRCLE", [
        ("Call", "Teaching that removes barriers."),
        ("Set-up", "Court Session 4, Friday 4 December 2009, Greystone Bridge School (sensory and ICT suite), with "
                   "guest coaches from speech and language therapy and educational psychology."),
        ("Movement", "1. The common types of SEN: behavioural, emotional and social difficulties; specific learning "
                     "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
                     "disorders; moderate learning difficulties; and how each affects learning.\n2. A critical look "
                     "at approaches, strategies and resources for assessment, planning and teaching, including ICT "
                     "and assistive technology, and how to choose between them.\n3. Helping colleagues use "
                     "assessment for learning, with approaches that work for pupils with SEN."),
        ("Clubhouse Drill", "Inclusion Development Programme units on dyslexia and on speech, language and "
                            "communication."),
        ("Practice Shot", "Compare two interventions your school uses."),
        ("Scored in", "Shot 1 and Shot 2")]),
    ("PLAY 5 - TALKING ON COURT", [
        ("Call", "Pupils and parents."),
        ("Set-up", "Court Session 5, Friday 15 January 2010, Holm Lane High School, opened and partly led by parents "
                   "from Coldmoor Parents Together."),
        ("Movement", "1. Fair, respectful, supportive relationships with pupils with SEN and their families.\n2. "
                     "Consulting children and young people: pupil voice methods, person-centred reviews, Talking Mats, "
                     "and helping colleagues involve pupils in planning, agreeing and reviewing their provision.\n3. "
                     "Working in partnership with parents and carers: listening, explaining, keeping in touch and "
                     "handling disagreement; the Parent Partnership Service."),
        ("Clubhouse Drill", "Films of parents and pupils talking about reviews that worked and did not."),
        ("Practice Shot", "Run a pupil-led review and write it up."),
        ("Scored in", "Shot 1")]),
    ("PLAY 6 - TEAM SHAPE", [
        ("Call", "Mapping provision."),
        ("Set-up", "Court Session 6, Friday 5 March 2010, Coldmoor Netball Centre."),
        ("Movement", "1. Provision mapping and management: what the school provides, for whom, and at what cost.\n2. "
                     "Finding provision that is not working or is missing.\n3. Using the map to plan next year's "
                     "provision."),
        ("Clubhouse Drill", "Provision map templates and costing sheets."),
        ("Practice Shot", "A draft provision map for one year group."),
        ("Scored in", "Shot 2")]),
    ("PLAY 7 - THE SWITCH", [
        ("Call", "Working with other services."),
        ("Set-up", "Court Session 7, Friday 26 March 2010, University of Brantham, co-led with Coldmoor Children's "
                   "Services' Multi-Agency Support Team and Coldmoor Mind."),
        ("Movement", "1. What external agencies do (educational psychology, speech and language therapy, CAMHS, social "
                     "care, sensory and outreach services, voluntary organisations) and how to get specialist support "
                     "and resources.\n2. The Common Assessment Framework and the team around the child.\n3. Working "
                     "in partnership so that a pupil has one joined-up plan."),
        ("Clubhouse Drill", "The Coldmoor agency directory and a quiz on it."),
        ("Practice Shot", "Map the agencies that work with your school."),
        ("Scored in", "Shot 2")]),
    ("PLAY 8 - CAPTAINCY", [
        ("Call", "Leading colleagues."),
        ("Set-up", "Court Session 8, Friday 30 April 2010, Holm Lane High School."),
        ("Movement", "1. Winning the backing of your headteacher, senior leaders and colleagues for better outcomes "
                     "for pupils with SEN.\n2. Supporting colleagues' professional development: observing teaching "
                     "and giving feedback, modelling, coaching and mentoring, and running training.\n3. The principles "
                     "of school self-evaluation and improvement and how they bear on pupils with SEN."),
        ("Clubhouse Drill", "Films of coaching conversations."),
        ("Practice Shot", "Observe a colleague and plan the feedback."),
        ("Scored in", "Shot 3")]),
    ("PLAY 9 - WATCHING THE TAPE", [
        ("Call", "Evidence, research and review."),
        ("Set-up", "Court Session 9, Friday 4 June 2010, University library."),
        ("Movement", "1. Finding, reading and judging research on SEN; what research and inspection say works best.\n"
                     "2. Using research and outside advice to improve your own and colleagues' practice.\n3. "
                     "Reviewing and evaluating provision with colleagues, and feeding what you find into the school's "
                     "self-evaluation form and improvement plan."),
        ("Clubhouse Drill", "Electronic journals; a critical reading task."),
        ("Practice Shot", "The evidence for one intervention your school uses."),
        ("Scored in", "Shot 3")]),
    ("PLAY 10 - FINAL QUARTER", [
        ("Call", "Showing what you can do."),
        ("Set-up", "Court Session 10, Saturday 3 July 2010, Coldmoor Netball Centre."),
        ("Movement", "1. Shot 3 presentations to the squad, Coaches and Bench Coaches.\n2. Final Quarter reviews "
                     "(section 6).\n3. End-of-season presentation."),
        ("Clubhouse Drill", "None."),
        ("Practice Shot", "None."),
        ("Scored in", "Shot 3 and the Final Quarter")]),
]
for title, rows in plays:
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    merged_row(t, 0, title, fill="F2D7DE", size=10)
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), k, size=9, bold=True)
        cell_text(t.cell(i, 1), v, size=9)
    for row in t.rows:
        row.cells[0].width = Cm(3.2)
        row.cells[1].width = Cm(13.8)
    para(doc, "", space_after=2)

# ------------------------------------------------------------------ 6
h1("6. Shots")
para(doc, "Three Shots and the Final Quarter decide the Award. Your Coach scores each against the University's "
     "masters-level criteria for the lines of the Shooting Chart it covers.")
table(doc, [
    ["Shot", "What you do", "Size", "In by"],
    ["Shot 1 - The Player in Front of You", "A case study of one pupil: her or his needs and development, the law "
     "that applies, how the pupil and family take part in planning and reviewing provision, and what changed for the "
     "pupil.", "4,000 words", "29 Jan 2010"],
    ["Shot 2 - Team Shape", "A provision project for a year group: map the provision; use other professionals' "
     "assessments and the school's summative and national test data to judge progress; decide what to change, "
     "including how teaching assistants are deployed and managed; help colleagues use assessment for learning with "
     "the group; work with an outside agency; and evaluate.", "5,000 words with the map", "23 Apr 2010"],
    ["Shot 3 - Captain's Run", "Lead a change with colleagues: win your headteacher's backing, coach a colleague, "
     "review the change with staff and feed it into the school's self-evaluation, drawing on research. Take baseline "
     "measures for the pupils concerned before the change and measure again at least eight weeks after.",
     "5,000 words and a 15-minute presentation at Play 10", "25 Jun 2010"],
    ["Final Quarter", "A 45-minute professional conversation with your Coach and a Second Scorer about your Player's "
     "Log (your Practice Shots, your Bench Coach's notes and your Player Plan), recorded for the Scoring Panel.",
     "45 minutes", "3-9 Jul 2010"],
], widths=(3.4, 9.2, 2.5, 1.9), size=9)

h2("Scoring")
para(doc, "Your Coach scores each Shot and returns written feedback within four weeks. A Second Scorer from among the "
     "Coaches blind-marks every Shot scored below 50 or above 70, and one in four of the rest. Before each round the "
     "Coaches score three shared Shots together to agree the standard. The Scoring Panel (the Coaches and the "
     "University's Award leader) moderates the marks, and the Match Commissioner sees a sample of Shots and Final "
     "Quarter recordings each year and reports to the University.")
h2("Rebounds")
para(doc, "A Shot that falls short may be resubmitted once, within six weeks of the feedback.")
h2("The final whistle")
para(doc, "No Player receives the Award unless the Scoring Panel has confirmed, line by line, that she has shown every "
     "one of the national minimum outcomes for the Award through her Shots and her Final Quarter.")
p = para(doc, "")
del_run(p, "A Player who falls short in one Shot by no more than five marks may be carried by the Scoring Panel if "
        "her other two Shots average 60 or more.", HC, D1)
mark_paragraph_deleted(p, HC, D1)

# ------------------------------------------------------------------ 7
h1("7. After the final whistle")
para(doc, "A season is a stepping stone, not the end. We would love every Player to leave with a plan for next "
     "season, and we hope to build a Next Season session into Play 10 once the first squad has finished. Many "
     "Players, we expect, will want to go on to the University's MA.")

# ------------------------------------------------------------------ 8
h1("8. Talking to the Dugout")
para(doc, "Our Coaches have worked in Coldmoor schools for fifteen years and know what new SENCOs need. Coldmoor's SEN "
     "Team tells us that about thirty schools a year appoint a new SENCO.")
para(doc, "While we wrote the Plays, four groups changed them:")
bullets([
    "Headteachers of the Partner Schools asked that every Shot be a piece of work the school needs, so Shots 2 and 3 "
    "are projects in the Player's own school.",
    "Coldmoor Parents Together, the borough's parent carer forum, told us parents most want SENCOs who listen and "
    "explain; Play 5 now opens with parents and is partly led by them.",
    "The Multi-Agency Support Team asked for work on the Common Assessment Framework, which became part of Play 7, "
    "and now co-leads that Play.",
])
p = para(doc, "", style="List Bullet", space_after=3)
ins_run(p, "Eight SENCOs from the Foundation's 2008 pilot short course said they could not travel after school in "
        "winter, so every Play has a Clubhouse Drill and the spring squad takes Plays 1 and 2 online.", HC, D2)
mark_paragraph_inserted(p, HC, D2)
para(doc, "The Dugout Panel meets twice a year to evaluate the Award: a headteacher from each Partner School, a "
     "representative of Coldmoor Parents Together, the borough's Principal Educational Psychologist, two Players "
     "elected by each squad and, from 2010, two former Players. It reads the Season Review (section 9), hears from "
     "Players and agrees the changes. Partner Schools also host Away Games, Bench Coaches come from schools, parents "
     "and voluntary groups lead parts of Plays, and each Player's headteacher completes an end-of-season "
     "questionnaire on what has changed in the school.")

# ------------------------------------------------------------------ 9
h1("9. Keeping score on ourselves")
para(doc, "After every Court Session Players rate it in the Clubhouse, and the Coaches meet after each Play to go over "
     "the ratings and the Practice Shots. The Scoring Panel reports on the marks after each round. From outside, the "
     "Match Commissioner's report, the University's annual monitoring and the Dugout Panel give their view.")
para(doc, "Each August the Head Coach writes the Season Review, with an action plan. The Dugout Panel and the "
     "University's Partnerships Committee agree it, the changes are made to the Playbook before the next squad "
     "starts, and the first page of each new edition lists what changed and why.")
para(doc, "We measure three things. Players' confidence: each Player retakes the Fitness Test in the Final Quarter, and "
     "we compare her ratings line by line with where she started. Players' competence: the Shot scores and the "
     "Scoring Panel's line-by-line record. Pupils' achievement: in Shot 3 each Player takes baseline measures for the "
     "pupils concerned (reading or spelling ages, P scale or National Curriculum levels, attendance, and a well-being "
     "scale) before the change and again at least eight weeks after; the Season Review reports the share of those "
     "pupils who made better than expected progress, and the headteachers' questionnaire adds each school's view.")
para(doc, "Bench Coaches receive the Bench Coach sheet, which lists what a Bench Coach does, before Play 1.")

# ------------------------------------------------------------------ 10
h_chart = h1("10. The Shooting Chart")
comment(doc, h_chart.runs, "Nothing here on working with the head and governors on strategy and the inclusive ethos "
        "(national S1). Add to Play 8 and Shot 3?", "Siobhan Garvey", "SG")
para(doc, "By the end of the season a Player ...", size=10)
chart = [
    ["Line", "What a Player can do", "Drilled in", "Shot in"],
    ("ATTITUDE",),
    ["1", "builds fair, respectful, supportive relationships with pupils with SEN and disabilities and with their "
     "families", "P5", "Shot 1"],
    ["2", "wins the backing of colleagues, the headteacher and senior leaders for better outcomes for pupils with SEN",
     "P8", "Shot 3"],
    ["3", "sees problems coming, solves them, and makes sound, well-founded decisions about provision", "-", "Shot 2"],
    ["4", "speaks and writes clearly, and listens to and understands other people's views", "-",
     "Shots 1-3, Final Quarter"],
    ["5", "uses research and outside advice to improve her own and colleagues' practice", "P9", "Shot 3"],
    ["6", "keeps up to date and takes charge of her own professional development in SEN and disability", "-",
     "Final Quarter"],
    ("KNOW THE GAME",),
    ["7", "knows the law and guidance on SEN, including the Code of Practice, what they mean for the school, the SENCO "
     "and others, and how to make them work", "P2", "Shot 1"],
    ["8", "knows the principles and outcomes of Every Child Matters and how a SENCO helps children reach them", "P1",
     "Shot 1"],
    ["9", "knows the law on disability equality and what it requires schools to do", "P2", "Shot 1"],
    ["10", "understands how children develop and how SEN, disability and the learning environment affect development",
     "-", "Shot 1"],
    ["11", "knows the common types of SEN and disability and how they affect learning", "P4", "Shot 1"],
    ["12", "judges critically and uses approaches, strategies, resources and ICT for assessment, planning and "
     "teaching, to remove barriers and personalise provision", "P4", "Shot 2"],
    ["13", "understands the principles of school self-evaluation and improvement as they bear on pupils with SEN", "P8",
     "Shot 3"],
    ["14", "knows best practice and the findings of research on meeting SEN", "P9", "Shot 3"],
    ["15", "knows what external agencies do and how to get specialist support and resources", "P7", "Shot 2"],
    ("ON COURT",),
    ["16", "identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "P3", "Shot 2"],
    ["17", "uses assessments from other professionals to develop teaching", "P3", "Shot 2"],
    ["18", "uses summative assessments, including national tests, to track progress and change programmes", "-",
     "Shot 2"],
    ["19", "encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "P4",
     "Shot 2"],
    ["20", "identifies in good time the special arrangements pupils need for national tests and examinations, and puts "
     "them in place", "Off court", "Off court"],
    ["21", "uses provision mapping and management to plan provision and find what is ineffective or missing", "P6",
     "Shot 2"],
    ["22", "deploys and manages staff to support pupils with SEN", "-", "Shot 2"],
    ["23", "supports colleagues' professional development by observation and feedback, modelling, coaching and "
     "training", "P8", "Shot 3"],
    ["24", "reviews and evaluates provision with other staff to inform the school's self-evaluation", "P9", "Shot 3"],
    ["25", "makes sure pupils with SEN take part in planning, agreeing and reviewing their provision", "P5", "Shot 1"],
    ["26", "liaises with parents and carers to promote their children's learning and development", "P5", "Shot 1"],
    ["27", "works in partnership with other services and agencies, including voluntary organisations", "P7", "Shot 2"],
]
tc = doc.add_table(rows=len(chart), cols=4)
tc.style = "Table Grid"
for i, row in enumerate(chart):
    if len(row) == 1:
        merged_row(tc, i, row[0], fill="F2D7DE")
        continue
    for j, v in enumerate(row):
        cell_text(tc.cell(i, j), v, size=9, bold=(i == 0))
        if i == 0:
            shade(tc.cell(i, j), "D9D9D9")
for row in tc.rows:
    for j, w in enumerate((1.2, 10.6, 2.2, 3.0)):
        row.cells[j].width = Cm(w)
para(doc, "Line 20 is off court: in our Partner Schools the examinations officer makes the access arrangements for "
     "tests and examinations, so the Award leaves this to them.", size=9)

doc.save(str(OUT))
print("wrote", OUT)
