"""gp-02-holy-cross-participant-letters: build script.

Provider (invented): Holy Cross University College, Brantham, Department of
Education and Professional Studies, with the Marstow Catholic Schools Service
(Roman Catholic Diocese of Marstow).  Awards validated by the (invented)
University of Ashbury.

Document kind: the specimen bundle of the four letters every participant
receives during the year (offer of a place; before Part Two; before Part
Three; at the end), written to "you" by the Programme Leader and the
Diocesan SEN Adviser, sent as the application with a shaded note to the
panel, Annex 1 (the Outcome Record enclosed with Letter 1) and Annex 2
("Behind the letters", written for the panel in the third person).

Layout: no heading styles; each letter starts on a new page with a
letterhead typed as one paragraph with manual line breaks, a reference line,
"Dear [Participant name]" placeholders, bold run-in side headings, a
signature block, enclosures lists, a tear-off reply slip as a table, P.S.
lines; Annex 1 is a table with shaded merged group rows; header ("SPECIMEN")
and footer with a page field.

Traps (requirement ids):
- Letter 1: credit split across levels: "Part One at Level 6 ... Parts Two
  and Three at Level 7" -> E.2 partial.
- Letter 1: "We are not able to give credit for earlier courses" -> 2.1
  not_met (negation).
- Letter 1 P.S.: assessment-only route only being "explored" for 2010, with
  a comment that the university has not replied -> 2.3 not_met (aspiration).
- Letter 1 and 2: single January start, fixed order; the sentence allowing a
  transfer to a September group is a tracked DELETION; Annex 2 mentions a
  Saturday route that ended in 2007 (past arrangement) -> 3.2 partial.
- Letter 1: a tracked INSERTION inviting school mentors to a briefing (part of
  the submission) -> 5.7 met.
- Letter 2: pupils' views only as a reading -> 1.5 partial, 6.S7 partial.
- Letter 3: "work-experience placements" are the pupils', not participants'
  (wrong context; 5.5 is met through the visits in Letter 2).
- Letter 3: evaluation only by participants' day forms -> 5.1 partial;
  library only, no specialist technology -> 5.6 partial.
- Letter 4: progression only as an enclosed MA leaflet and a hope -> 2.5
  partial.
- Annex 2: stakeholders' needs only in general terms -> 4.1 partial (4.2 and
  4.3 met with concrete changes and roles).
- Annex 1: blanket claim "Between them, the three Parts cover all 28 national
  outcomes"; no line for expressing oneself clearly / listening (6.A5
  not_met); the agencies line reads "[to be added]" with a comment (6.K9
  not_met); lines formed but not assessed, optional or formative (6.A2,
  6.K3, 6.S1, 6.S5, 6.S6, 6.S7 partial) -> 1.9 partial.  6.0 met (Board of
  Examiners rule in Letter 3).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _gp_helpers import ins, dele, shade, boxed, page_field, lines_par, table

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = docx.Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "SPECIMEN - Letters to Participants, National Award for SEN Coordination, 2009 intake"
fp = sec.footer.paragraphs[0]; fp.text = "Holy Cross University College / Marstow Catholic Schools Service    "
page_field(fp)


def P(t):
    return doc.add_paragraph(t)


def RP(head, t):
    p = doc.add_paragraph(); p.add_run(head + " ").bold = True; p.add_run(t); return p


def letterhead(ref, date):
    p = lines_par(doc, ["HOLY CROSS UNIVERSITY COLLEGE", "Department of Education and Professional Studies",
                        "Abbey Lane, Brantham BN7 4HX   Tel 01532 880 410",
                        "in partnership with the Marstow Catholic Schools Service, Cathedral House, Marstow"], bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    P(f"Our ref: {ref}\t\t\t\t\t\t{date}")
    P("[Participant name]\n[School]\n[School address]")
    P("Dear [Participant name]")


def sign():
    P("With every good wish,")
    P("Bernadette Quinlan\nProgramme Leader, Holy Cross University College\n\nSister Anne Devlin\nSEN and Inclusion Adviser, Marstow Catholic Schools Service")


boxed(doc, [
    "For the approval panel",
    "Holy Cross University College and the Marstow Catholic Schools Service apply together to offer the National "
    "Award for SEN Coordination from January 2009. Rather than describe the course twice, we enclose the four letters "
    "that every participant will receive during the year, as they will be sent (names and addresses left blank). "
    "Annex 1 is the Outcome Record enclosed with the first letter. Annex 2, written for the panel, sets out what the "
    "letters do not: how we select, who teaches, and how the course was shaped and is reviewed.",
    "Bernadette Quinlan, Programme Leader - 30 October 2008",
])

# ---------------- LETTER 1
p = P(""); p.add_run("LETTER 1 - OFFER OF A PLACE (sent in November)").bold = True
letterhead("NASC/09/[number]", "[date] November 2008")
RP("National Award for SEN Coordination - your place for January 2009.", "")
P("We are delighted to offer you a place on the National Award for SEN Coordination, which Holy Cross University College "
  "teaches with the Marstow Catholic Schools Service. Your headteacher's nomination has been accepted, and this letter "
  "tells you what happens next and what to do before the Induction Day on Thursday 15 January.")
RP("The Award.", "The Award is a Postgraduate Certificate validated by the University of Ashbury, which validates all the "
  "College's degrees. It carries 60 credits: Part One at Level 6, Parts Two and Three at Level 7. Part One, \"Knowing the "
  "law and the learner\", runs from January to March; Part Two, \"Leading provision\", from April to July; Part Three, "
  "\"The Impact Record\", from September to December, with the Celebration Day in January 2010.")
RP("Before the Induction Day.", "Please complete the enclosed Starting Point profile. It lists the 28 lines of your "
  "Outcome Record (Annex 1) and asks you to say, for each, what you already do in your school and how sure you are of it, "
  "with an example. Send it to me by 9 January. At the Induction Day you will have a 30-minute tutorial with your tutor, "
  "who will have read it, and together you will write My Learning Plan: the lines on which you most need to grow, what "
  "you will read and try in school for each, and two or three personal outcomes of your own that matter for your school. "
  "Your tutor returns to the plan at each tutorial.")
RP("Earlier study.", "We are not able to give credit for earlier courses on this Award; everyone completes all three Parts. "
  "What you have done before will show in your Starting Point profile and will shape your Learning Plan.")
RP("Your CRB disclosure.", "Please bring to the Induction Day the reference number and date of your enhanced CRB "
  "disclosure. The Schools Service checks it against the record your school holds and confirms with your headteacher, "
  "on the nomination form, that your appointment checks (references, List 99 and any disciplinary matters) were made. If "
  "you have not worked in a school in the last three months, tell us now and the Service will apply for a new enhanced "
  "disclosure for you before January.")
RP("Dates and places.", "All nine days are Thursdays, 9.15 to 3.30, at the College or at Cathedral House (see the "
  "enclosed calendar). Everyone starts in January and takes the three Parts in the same order. Between days you will "
  "work on Holy Cross Learning Online, where each Part has a discussion board for your tutor group; your tutor posts a "
  "task after each day and replies on the board within three working days, and there is an e-tutorial by telephone or "
  "online chat midway between days. Your mentor and headteacher can be given a guest login to see the Part's tasks and "
  "the calendar. Your login is on the enclosed card.")
p = RP("Your school mentor.", "Your headteacher will name a mentor, usually a senior leader, who meets you twice each "
  "term to discuss your school-based tasks. ")
ins(p, "Your mentor will be invited to a twilight Mentor Briefing at Cathedral House on 22 January and will be sent the "
       "Mentor Guide, which sets out what a mentor does at each meeting and how to sign the task record.",
    author="Sr Anne Devlin", date="2008-10-27T11:05:00Z")
RP("Cost.", "The fee of £1,150 is invoiced to your school. Schools in the Diocese receive a bursary of £500 from the "
  "Schools Service for each participant, and the Service pays for supply cover on the Induction Day.")
RP("Access.", "If you have a disability or any need we should plan for, please tell us on the reply slip. We can "
  "provide handouts in large print or electronically in advance, both venues have a hearing loop and level access, "
  "and the College's Disability Adviser will agree with you any adjustment to how your work is assessed, such as extra "
  "time or a spoken instead of a written presentation. We check the access of the schools we visit before each visit.")
sign()
P("Enclosures: Starting Point profile; Outcome Record (Annex 1); calendar; Learning Online card; reply slip")
P("P.S. Some of you have asked whether an experienced SENCO could be assessed without attending. We are exploring "
  "with the University whether an assessment-only route could be offered from 2010.")
t = table(doc, ["Reply slip - please return by 5 December", ""], [
    ("Name", ""), ("School", ""), ("I accept my place", "Yes / No"),
    ("Any disability or need we should plan for", ""), ("CRB disclosure number and date", "")])

# ---------------- LETTER 2
doc.add_page_break()
p = P(""); p.add_run("LETTER 2 - BEFORE PART TWO (sent in April)").bold = True
letterhead("NASC/09/[number]", "[date] April 2009")
P("Congratulations on finishing Part One. Your essay on the SEN Code of Practice and "
  "your Child Profile will be returned, with comments, at Day 4; marks are confirmed after moderation, when a second "
  "tutor has read a sample of essays and every fail, and the University's external examiner has seen them.")
RP("What Part Two holds.", "Part Two is about leading provision in your own school. Day 4 (23 April) looks at identifying "
  "need with data and observation, setting targets and planning interventions; Day 5 (14 May) is on provision mapping "
  "and deploying teaching assistants; Day 6 (4 June) on leading colleagues - observing, giving feedback and coaching; "
  "Day 7 (2 July) on families and other services, with the Marstow Parent Partnership Service and parents from St "
  "Joseph's School running the morning.")
P("On the morning of Day 7 you will practise, with parents who have agreed to take part, the conversation at which a "
  "school first raises a concern about a child, and the annual review meeting; for your portfolio you write up one real "
  "meeting with a family, with the family's agreement, and what you changed afterwards.")
RP("Visits.", "In May each of you spends a morning at St Joseph's Special School, Marstow, or at the Brantham Pupil "
  "Referral Unit, shadowing the SENCO or a teacher there. Sr Anne arranges the visits with your headteacher and the host "
  "school. In June the educational psychology service, the speech and language therapy service and CAMHS each lead a "
  "workshop at Cathedral House.")
RP("Reading.", "The reading for Part Two is on Learning Online. It includes Ofsted's Inclusion: does it matter where "
  "pupils are taught? (2006), the Bercow Review's interim report (2008), the Rose Review's work on dyslexia now under way, "
  "and the questions the Lamb Inquiry is asking about parents' confidence. Please also think about how your pupils' "
  "views are heard in your school; a reading on pupil voice is on Learning Online.")
RP("Your portfolio.", "The Part Two portfolio has four tasks: a provision map for one year group, with a commentary on "
  "what it shows is missing or not working; an analysis of your school's end of key stage and P-scale data for pupils on "
  "the SEN register; an advice note to a colleague about a pupil, with the colleague's response; and the family meeting "
  "write-up. Task 2 (the data analysis) has two options: A, tracking a group through the year; B, a paper to the "
  "governors on the school's use of resources for SEN.")
p = P("Please keep to the dates in the calendar; missed days are made up by catching up the day's tasks with your "
      "tutor on Learning Online. ")
dele(p, "If you would rather join the September group, you may transfer at this point.", author="Bernadette Quinlan",
     date="2008-10-28T14:20:00Z")
sign()

# ---------------- LETTER 3
doc.add_page_break()
p = P(""); p.add_run("LETTER 3 - BEFORE PART THREE (sent in September)").bold = True
letterhead("NASC/09/[number]", "[date] September 2009")
P("Welcome back. Part Three is the Impact Record: a term-long piece of work in your own school that shows what changed "
  "for pupils because of something you led.")
RP("Starting with a baseline.", "Before you change anything, choose six pupils on the SEN register and record for each "
  "a baseline: attainment on a measure you and your tutor agree (a reading age, P-scale or sub-level), attendance, and "
  "the pupil's own view of school on the Well-being Scale used on Day 8. Record the same measures again in December. "
  "The Course Team puts every participant's anonymised results together each year and reports them, with your "
  "end-of-course confidence survey, to the Course Committee and the Schools Service.")
RP("Being healthy, staying safe...", "Your Impact Record should say how the change touched more than attainment. One "
  "participant last year looked at how pupils with SEN were supported on their Year 10 work-experience placements and "
  "what that did for their confidence; another at lunchtimes for pupils with autism.")
RP("Your headteacher's part.", "Your headteacher completes the Head's Review in December, saying what difference your "
  "work has made to the school; the Course Committee reads every Head's Review alongside the course evaluations, and "
  "two headteachers and a parent governor sit on the Committee.")
RP("Resources.", "Remember that the College library is open to you until the end of the course, with its collection of "
  "SEN books and journals, and the Learning Online reading lists.")
RP("Assessment and the Award.", "Part Three is assessed by the Impact Record (5,000 words) and a 15-minute presentation "
  "to your tutor group on Day 9. Each piece of work is marked by your tutor and a sample second-marked; the tutors hold a "
  "moderation meeting after each Part with the Schools Service advisers, and the external examiner, Dr Helen Marsh of the "
  "University of Hallbrook, samples every Part. The Board of Examiners in February recommends the Award only to "
  "participants who have passed all three Parts and whose Outcome Record has every line signed by the tutor as "
  "evidenced; a line without evidence is referred and can be resubmitted once.")
RP("Telling us how it went.", "Please fill in the evaluation form at the end of each day; we read every one, and at "
  "the start of the next day we tell you what we have changed because of them.")
sign()

# ---------------- LETTER 4
doc.add_page_break()
p = P(""); p.add_run("LETTER 4 - AT THE END (sent in January)").bold = True
letterhead("NASC/09/[number]", "[date] January 2010")
P("As the course ends, we want to thank you. You have given a great deal, and your schools and your pupils are already "
  "seeing the fruit of it. The Celebration Day on 21 January will begin with Mass in the College chapel, celebrated by "
  "Bishop Terence, and your headteachers are warmly invited.")
RP("What next?", "We hope you will keep learning. A leaflet on the College's MA in Inclusive Education, into which your "
  "60 credits can be carried, is enclosed.")
P("Please complete the final questionnaire on Learning Online by 12 February.")
sign()
P("Enclosure: MA in Inclusive Education leaflet")

# ---------------- ANNEX 1
doc.add_page_break()
p = P(""); p.add_run("ANNEX 1 - YOUR OUTCOME RECORD").bold = True
P("Between them, the three Parts cover all 28 national outcomes. Each line below is one of them in our words. Your tutor "
  "signs a line when the work that shows it has been marked.")
rows = [
    ("G", "Who you are as a SENCO"),
    ("Build fair, respectful and supportive relationships with pupils with SEN and their families", "Days 2 and 7", "Child Profile (Part One) and family meeting write-up (Part Two)"),
    ("Win the support of your headteacher and senior leaders for better outcomes", "Day 6", "-"),
    ("Prioritise, manage your time and delegate, checking tasks are done", "Day 5", "Provision map commentary (Part Two)"),
    ("Anticipate and solve problems and make sound judgements about provision", "Day 4", "Advice note to a colleague (Part Two)"),
    ("Use research and outside advice to improve your own and colleagues' practice", "Part Two reading; Day 8", "Impact Record, review of research"),
    ("Keep up to date and take charge of your own development", "Learning Plan tutorials", "My Learning Plan reviewed at each tutorial and signed off at the end"),
    ("G", "What you know"),
    ("SEN law and guidance, including the Code of Practice, and putting it into practice", "Induction Day, Day 1", "Part One essay"),
    ("Every Child Matters and the SENCO's part in it", "Day 1", "Part One essay"),
    ("Disability equality law and what it asks of the school", "Day 2", "Not assessed separately"),
    ("How children develop and what affects it, including SEN, disability and the learning environment", "Day 2", "Child Profile (Part One)"),
    ("The main types of SEN - BESD, SpLD and dyslexia, SLCN, autism, MLD - and how they affect learning", "Days 2 and 3", "Child Profile (Part One)"),
    ("Approaches, strategies and resources for assessment and teaching, including ICT", "Day 3", "Child Profile: plan of teaching approaches"),
    ("School self-evaluation and improvement for pupils with SEN", "Day 8", "Impact Record, evaluation section"),
    ("Best practice and research in meeting SEN", "Part Two reading", "Impact Record, review of research"),
    ("The scope and role of outside agencies and how to get specialist support", "[to be added]", "[to be added]"),
    ("G", "What you can do"),
    ("Work with senior colleagues and governors on an inclusive ethos, policies and resources", "Day 6", "Part Two Task 2, option B"),
    ("Identify pupils with SEN, set challenging targets, plan interventions and review progress", "Day 4", "Child Profile and provision map"),
    ("Use other professionals' assessments to shape teaching", "Day 7 workshops", "Advice note to a colleague"),
    ("Use summative data, including national tests, to track progress and change programmes", "Day 4", "Part Two Task 2"),
    ("Encourage colleagues to develop formative assessment, thinking about pupils with SEN", "Day 6", "Advice note to a colleague"),
    ("Identify access arrangements for tests and examinations in good time and put them in place", "Day 4", "Provision map commentary"),
    ("Use provision mapping to plan provision and find what is missing or not working", "Day 5", "Provision map (Part Two)"),
    ("Deploy and manage staff well", "Day 5", "Provision map commentary"),
    ("Support colleagues' development by observing, feeding back, modelling, coaching and training", "Day 6", "You might like to include it in your Impact Record"),
    ("Review and evaluate provision with colleagues to inform self-evaluation", "Day 8", "Discussed at your review tutorial"),
    ("Involve pupils in planning and reviewing their provision", "Learning Online reading", "Reflective log entry (not marked)"),
    ("Work with parents and carers to promote their children's learning", "Day 7", "Family meeting write-up (Part Two)"),
    ("Work in partnership with other services and voluntary organisations", "Day 7", "Impact Record: account of joint working"),
]
t = table(doc, ["You will be able to...", "Where you'll work on it", "How you'll show it"], [])
for r in rows:
    c = t.add_row().cells
    if r[0] == "G":
        m = c[0].merge(c[2]); m.text = ""; m.paragraphs[0].add_run(r[1]).bold = True; shade(m, "DDEBF7"); continue
    for i in range(3):
        c[i].text = r[i]
ps = [pp for pp in doc.paragraphs if pp.text.startswith("P.S. Some of you")][0]
doc.add_comment(ps.runs[0], text="Ashbury Registry have not replied yet - keep this vague until they do. BQ",
                author="Bernadette Quinlan", initials="BQ")
k9 = [pp for row in t.rows for pp in row.cells[1].paragraphs if pp.text == "[to be added]"][0]
doc.add_comment(k9.runs[0], text="Sr Anne to write this line from the Diocesan directory of services. BQ",
                author="Bernadette Quinlan", initials="BQ")

# ---------------- ANNEX 2
doc.add_paragraph()
p = P(""); p.add_run("ANNEX 2 - BEHIND THE LETTERS (for the panel)").bold = True
RP("Purpose.", "The course exists so that pupils with SEN and disabilities in the Diocese's 74 schools do better, in "
  "their learning and in all five Every Child Matters outcomes. Each Part's assessed work is anchored in a participant's "
  "own pupils, and the Impact Record (Letter 3) requires baseline and follow-up measures of attainment, attendance and "
  "well-being. Part One teaches the SEN and Disability Act 2001, the Code of Practice, the Disability Discrimination Act "
  "as amended in 2005, Every Child Matters, Removing Barriers to Achievement and the 2008 regulations on the SENCO's role. "
  "Every Part is built on school-based tasks agreed with the mentor and reported on Learning Online.")
RP("Selection.", "Candidates must hold QTS, teach in a school in the Diocese or a partner maintained school, and be "
  "nominated by their headteacher as SENCO or SENCO-designate. The nomination form asks the headteacher to describe the "
  "candidate's experience with pupils with SEN and to confirm release. The Programme Leader and Sr Anne read every "
  "nomination and telephone any candidate whose experience looks thin; where a candidate is not ready, Sr Anne visits the "
  "school to agree with the headteacher a term's preparation (shadowing the current SENCO and set reading) and a place in "
  "the next intake.")
RP("Who teaches.", "Bernadette Quinlan (MEd, NPQH) was SENCO of two Catholic primary schools and leads the College's "
  "inclusion courses for trainee teachers. Dr Paul Okafor, a former educational psychologist, teaches Days 3 and 4. Sr "
  "Anne Devlin, formerly head of St Joseph's Special School, teaches Days 6 and 7 and arranges visits. Simon Yates, the "
  "Service's assessment adviser, teaches the data sessions on Day 4. Tutors meet before each Part to agree marking with "
  "exemplars, and each new tutor second-marks a full set before first-marking.")
RP("Listening to schools.", "Headteachers told us at the Diocesan Heads' Conference that they want SENCOs who can lead, "
  "and SENCOs have long asked for a local course.")
RP("What changed because of them.", "In the spring of 2008 the draft outline was sent to every head and to the Marstow "
  "Parent Partnership Service. In response we moved all days to Thursdays (heads said Mondays and Fridays were hardest to "
  "cover), added the data sessions led by the Service's assessment adviser, and gave the morning of Day 7 to the Parent "
  "Partnership and parents, who had told us that schools too often first raise a concern badly.")
RP("Flexibility.", "Until 2007 the Diocese ran a Saturday route for its own SENCO Certificate; it is not being continued. "
  "The Award has one intake each January.")
RP("Cost.", "The fee covers nine days, four tutorials, Learning Online and marking; with the Service's bursary a school "
  "pays £650, well below the cost of the county's comparable course.")
sign()
doc.save(OUT)
print("wrote", OUT)
