"""ph-02-harnsey-vale-notice-of-ballot

Provider (invented): the Teaching Section of the Harnsey Vale Folk Dance Society, with the
University of Aldbourne (validating), applying to run the National Award for SEN Coordination
as "the Greenway Course" (named after its hall) from January 2009.

Document kind and layout: the Section's ELECTION PACK for the committee that will run the
course, sent to the panel as it went to members, with the Secretary's later corrections as
tracked changes. No heading styles: titles are bold capitals typed as Normal paragraphs
("PART 3: THE OFFICES"). A covering note to the panel, an important-dates table, Part 1 Notice
of Ballot, Part 2 the Course (with the key to Schedule B, "How to read Schedule B", four parts
above the schedule), Part 3 the offices and what each does (present-tense arrangements agreed
by the General Meeting), a tutors table, Part 4 Statement of Persons Nominated (vertically
merged office cells), Part 5 candidates' addresses in shaded one-cell boxes with "[photograph]"
placeholders (past records, promises "If elected I will ..."), one address struck through
(withdrawn candidate), Schedule A (Dance Days with merged term rows), Schedule B (the Steps:
"Set at", "Judged in", "Own time", "Practice figure", "Next year"), a ballot paper with its
instructions. Real footnotes (four). Tracked changes (w:ins/w:del): a credit figure replaced by
a placeholder, a whole inserted paragraph, a deleted sentence. Header; an imprint footer.

Traps (requirement ids):
- Candidates' promises are not arrangements: an assessment-only route only in Whitlock's "If
  re-elected I will ask the University to let us offer an assessment-only route", against
  Part 2's "no assessment-only route": 2.3 not met. Whitlock's "leaving interview" promise and
  Part 2's negation ("the Committee does not advise on it"): 2.5 not met. Pell's September
  start and any-order promise: 3.2 stays partially met (only the Saturday repeat). Rao's credit
  for experience promise: 2.1 partially met ("The Course does not give credit for experience").
  Dray's hope that heads will judge Figures, and the vacant co-opted seats ("The Committee
  intends to co-opt"): 4.3 partially met (parents and County speakers help deliver, nobody
  outside evaluates). Burnett's hope to know whether pupils do better: 5.9.
- Withdrawn candidate: Orme's address (struck through, "nothing in it has been adopted") holds
  the only pupil-achievement baseline and confidence ratings: 5.9 not met (with the explicit
  "does not at present measure").
- Wrong context: Marr "moderate[s] the Society's annual dance festival competition"; the
  external examiner "has been asked to look at the Figures" (a request): 5.8 partially met
  (single marker with criteria, Steward reads fails, no moderation).
- Tracked changes: "60 credits" deleted and "[credits to be confirmed by Aldbourne]" inserted:
  E.2 partially met. The CRB verification exists only as an inserted paragraph (counts): 5.3 met.
  The placement sentence at Hollins Special School is deleted; what remains is conditional
  ("if the County renews its grant") and the trial year's placements are past: 5.5 partially met.
- Aims on attainment only ("in reading, writing and number"): 1.1 partially met.
- "the latest thinking in the field" with no inspection evidence: 1.3 partially met.
- The award rule is passing three Figures while Schedule B has "Practice figure" and "Next year"
  Steps; Marr's promise "nobody gets the Award without every Step judged" is a promise:
  6.0 partially met; 1.9 partially met.
- Schedule B: "Own time" (judged, not taught): 6.A2, 6.K3, 6.S4 partially met; "Practice
  figure" (taught with feedback, not judged): 6.A6, 6.S2a, 6.S6 partially met; "Next year":
  6.S2c not met.
- No e-learning: "The Course has no online part": 3.3 not applicable.
- Ballot paper instructions and placeholders are prompts, never answers.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from _ph_helpers import (shade, set_cell_text, table_borders, Revisions, Footnotes, strike_run,
                         page_margins)

HERE = Path(__file__).parent
NAME = "ph-02-harnsey-vale-notice-of-ballot"
AUTH, DATE = "Eileen Castle", "2008-11-28T10:15:00Z"

doc = Document()
sec = doc.sections[0]
page_margins(sec, left=2.4, right=2.4)
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
rev = Revisions()
fn = Footnotes(doc)

hp = sec.header.paragraphs[0]
hp.text = "Harnsey Vale Folk Dance Society \u00b7 Teaching Section \u00b7 Election of the Greenway Course Committee 2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Printed and published by the Returning Officer, Greenway Hall, Station Road, Harnsey HV3 2QP. "
           "Members' personal details are used only for this ballot.")
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False, size=None, align=None, after=None, before=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def title(text):
    p = para(text, bold=True, size=12, before=12, after=4)
    return p


def sub(text):
    return para(text, bold=True, size=10, before=6, after=2)


def box(lines, fill="EEF2E6"):
    """A shaded one-cell table holding a candidate's address; lines: list of (text, kind)."""
    t = doc.add_table(rows=1, cols=1)
    table_borders(t, sz=6, color="556B2F")
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    first = True
    for text, kind in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(3)
        if kind == "strike":
            strike_run(p, text)
        elif kind == "strike-bold":
            r = strike_run(p, text); r.bold = True
        else:
            r = p.add_run(text)
            r.bold = kind == "bold"
            r.italic = kind == "italic"
    para("", after=2)
    return t


# ------------------------------------------------------------------ cover
para("HARNSEY VALE FOLK DANCE SOCIETY", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para("Teaching Section", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
para("ELECTION OF THE GREENWAY COURSE COMMITTEE 2009", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("Notice of Ballot \u00b7 The Course \u00b7 The Offices \u00b7 Statement of Persons Nominated \u00b7 "
     "Candidates' Addresses \u00b7 Schedules \u00b7 Ballot Paper", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("Returning Officer: Mrs Eileen Castle, Honorary Secretary", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

p = para("To the panel of the Training and Development Agency for Schools. ", italic=True)
p.add_run("You asked us to describe the Greenway Course, our application to provide the National Award for Special "
          "Educational Needs Coordination, and who answers for each part of it. All of that is in the pack we posted "
          "to the members of our Teaching Section on 14 November 2008 for the election of the Committee that will run "
          "the Course from January 2009, so we send you the pack as it went out, with my corrections since shown as "
          "changes. Eileen Castle, Honorary Secretary, 1 December 2008.").italic = True

dates = [("Nominations closed", "Monday 3 November 2008"), ("Pack posted to members", "Friday 14 November 2008"),
         ("Close of poll", "noon, Friday 12 December 2008"), ("Count", "Greenway Hall, 7.30 pm, Friday 12 December 2008"),
         ("New Committee takes office", "Thursday 1 January 2009")]
t = doc.add_table(rows=len(dates), cols=2)
table_borders(t)
for i, (a, b) in enumerate(dates):
    set_cell_text(t.cell(i, 0), a, bold=True, size=9.5)
    set_cell_text(t.cell(i, 1), b, size=9.5)
    shade(t.cell(i, 0), "DDE5CC")

# ------------------------------------------------------------------ Part 1
title("PART 1: NOTICE OF BALLOT")
p = para("Notice is given that a ballot will be held for two of the six offices on the Greenway Course Committee: "
         "Course Leader and Entry Steward. Every member of the Teaching Section whose subscription was paid by "
         "31 October 2008 has one vote for each contested office. The candidates for the other four offices are "
         "elected unopposed.")
fn.add(p, "Candidates elected unopposed take office on 1 January 2009 with those elected by ballot. The Committee "
          "may also co-opt up to three further members; see Part 3.")
para("Mr Michael Orme, nominated for Quality Steward, withdrew his nomination on 10 November 2008, after this pack "
     "had gone to the printer. His address is printed below struck through, as it was received; he is no longer a "
     "candidate, and nothing in it has been adopted by the Committee. Mrs Kathy Burnett is therefore elected "
     "unopposed as Quality Steward.")
para("Please read Part 2 and Part 3 before the candidates' addresses: they say what the Course is and what each "
     "office does, whoever holds it. The addresses are the candidates' own words and have not been edited.")

# ------------------------------------------------------------------ Part 2
title("PART 2: THE GREENWAY COURSE")
para("The Greenway Course is the Society's course for teachers who coordinate the provision for pupils with special "
     "educational needs in their schools (SENCOs). The Teaching Section ran a trial year with twelve teachers in "
     "2007\u201308. The Committee elected now will run the Course's first full year, January to December 2009.")
p = para("The University of Aldbourne validated the Course on 2 July 2008 as its Postgraduate Certificate in Special "
         "Educational Needs Coordination (Greenway), and awards the Certificate; Aldbourne's School of Education is "
         "our partner for assessment, and its regulations govern the Figures.")
fn.add(p, "The University's validation panel set two conditions, on the marking guide and the reading list; both "
          "were met by 30 September 2008.")
p = para("The Certificate is at Master's level (Level 7) and carries ")
rev.dele(p, "60 credits", AUTH, DATE)
rev.ins(p, "[credits to be confirmed by Aldbourne]", AUTH, DATE)
p.add_run(".")

sub("What the Course is for")
para("The Course is for one thing: that the pupils with special educational needs in our participants' schools make "
     "better progress in their learning, in reading, writing and number and across the subjects of the curriculum. "
     "Every Dance Day is planned, and every Figure judged, with that in mind. Tutors keep the Course up to date with "
     "the latest thinking in the field.")

sub("How the Course runs")
para("The Course has eight Dance Days at Greenway Hall, three School Weeks in the participant's own school and three "
     "Figures, the pieces of work the University judges. Schedule A gives the dates and what each Dance Day sets. "
     "Dance Days are Thursdays, 9.30 to 4.00. Each Dance Day is run twice, on the Thursday and again on the "
     "Saturday after, so that a participant whose school cannot release them can come on the Saturday. Everyone "
     "starts in January and takes the Dance Days in the same order. The Course has no online part: there is no "
     "e-learning, and between Dance Days participants keep in touch with their tutors by telephone and post.")
para("A School Week is five days' work, spread over half a term, in the participant's own school, on tasks tied to "
     "the Steps they have chosen for that term on their Dance Card (see the Entry Steward, Part 3). School Week 1 "
     "(February and March) is the school's provision map; School Week 2 (May to July) is the Second Figure; School "
     "Week 3 (September and October) builds the portfolio for the Call. The participant's headteacher, or a senior "
     "colleague the head names, mentors each School Week and signs the log.")
para("The First Figure, the Pupil Study (due 30 April, 4,000 words), is a study of one pupil with special "
     "educational needs in the participant's school: the pupil's development and needs, how they were identified, "
     "the targets set and the intervention planned, how progress was tracked using the school's tests and national "
     "results, and how the participant worked with the pupil and the family.")
para("The Second Figure, the School Week Project (due 10 July, 5,000 words), is a change the participant leads in "
     "their school's provision for pupils with special educational needs, agreed with the headteacher: for example "
     "a whole-school provision map, a new way of bringing in outside services, or a programme of coaching for class "
     "teachers. The participant sets targets for the change and evaluates it against them, and the headteacher "
     "writes a short statement of what changed in the school.")
para("The Last Figure, the Call (19 to 21 November), is the participant's portfolio of School Week logs, their Dance "
     "Card and a reflective account, with a forty-minute viva before two tutors which begins with a ten-minute "
     "presentation. The University awards the Certificate to participants who pass all three Figures.")
para("There is no assessment-only route: every participant takes the Dance Days and all three Figures. What "
     "participants go on to do after the Course is a matter for them and their headteachers, and the Committee "
     "does not advise on it.")
para("The fee is \u00a31,200, and Harnsey County Council pays half of it for teachers in its schools. Because each "
     "participant's School Weeks and Figures are set in their own school, on the Steps their Dance Card names, the "
     "Course fits the work each participant is already doing, and the Dance Card is reviewed at each School Week "
     "so that each participant moves on through the Steps they most need.")
para("Participants have a University of Aldbourne library card with its online journals, and the resource room at "
     "Greenway Hall holds the Course's collection of books on special educational needs, assessment materials and "
     "software (Clicker 5 and Communicate: In Print), a laptop with switch access and a set of communication aids, "
     "all of which participants may borrow for School Weeks.")

sub("How to read Schedule B")
para("Schedule B lists every Step (our name for each of the national outcomes) in the Society's words. \u201cSet at\u201d "
     "names the Dance Day where the Step is taught. \u201cJudged in\u201d names the Figure in which it is marked. "
     "\u201cOwn time\u201d in the Set at column means the Step is not taught on any Dance Day: participants meet it in "
     "the Course reader and are judged on it. \u201cPractice figure\u201d in the Judged in column means the Step is "
     "practised on the Dance Day and tutors give feedback, but it is not marked in any Figure. \u201cNext year\u201d "
     "means the Step is not yet in the Course.")

# ------------------------------------------------------------------ Part 3
title("PART 3: THE OFFICES")
para("The Committee has six elected officers and up to three co-opted members. What follows is what each office "
     "does on the Course from January 2009, as the Section's General Meeting agreed on 20 September 2008. It is the "
     "same whoever is elected.")

sub("Course Leader")
para("The Course Leader chairs the Committee, leads the Course and teaches Dance Days 1, 7 and 8. The Course Leader "
     "appoints the tutors for each Dance Day from those listed below, visits each participant's school once during "
     "School Week 2, and sees every participant's Dance Card.")
para("The Course Leader holds a Tutors' Day each December for every Dance Day tutor and School Week mentor. Each "
     "tutor is given the Tutor's Notes, with the Steps their Day sets and the University's marking criteria for the "
     "Figures they mark; each mentor is given the Mentor's Notes, which say what a mentor does in each School Week and "
     "what they sign for, and a mentor who cannot come is visited at school before School Week 1.")
para("Participants hear from specialists on Dance Day 5 and can consult the County's advisory teachers for SEN by "
     "arrangement through the Schools Steward.")
p = doc.add_paragraph()
rev.dele(p, "Each participant spends School Week 3 on placement at Hollins Special School, with a mentor from its "
            "staff. ", AUTH, DATE)
p.add_run("Placements at Hollins Special School will be offered again if the County renews its grant in April 2009.")

sub("Entry Steward")
para("The Entry Steward handles applications. Applicants must hold Qualified Teacher Status, be in post as SENCO or "
     "be named to become one, and have their headteacher's written support, including release for the School Weeks. "
     "Each applicant has a half-hour interview with the Entry Steward and a tutor, with a short written task on a "
     "pupil's record, to judge whether they are likely to reach every Step by the end of the Course. An applicant who "
     "is not yet ready is told in writing what to do first; the Entry Steward talks to their headteacher about it and "
     "offers a place the following year.")
rev.inserted_paragraph(doc, "The Entry Steward sees each accepted participant's enhanced CRB disclosure before the "
                            "first Dance Day, records its number and date, and asks for a new disclosure where a "
                            "participant has not worked in a school in the last three months; the headteacher's "
                            "letter must also confirm that there are no concerns about the participant's conduct and "
                            "no disciplinary matter outstanding.", AUTH, DATE)
para("Before the first Dance Day each participant fills in Starting Steps, rating themselves against every Step in "
     "Schedule B with an example from school. The Entry Steward and the Course Leader then meet each participant to "
     "turn it into their Dance Card: the participant's own plan for the year, naming the Steps they will work at "
     "hardest, the School Week tasks they will choose and any Steps of their own they add.")
p = para("A participant who already holds Master's credit from a module on special educational needs may have up to "
         "20 credits of it counted towards the Certificate under the University of Aldbourne's rules for prior "
         "certificated learning. The Course does not give credit for experience.")
fn.add(p, "University of Aldbourne, Regulations for Taught Postgraduate Awards, regulation 7.4.")

sub("Assessment Steward")
para("The Assessment Steward organises the Figures: sets the dates, sends each Figure to its marker with the "
     "University's marking criteria and the marking guide, and keeps each participant's record of the Steps judged. "
     "Each Figure is marked by one tutor, where possible the participant's own tutor for the Dance Day that set the "
     "Step. The Assessment Steward reads every fail. No participant is put forward to the University's examination "
     "board until they have passed all three Figures.")

sub("Schools Steward")
p = para("The Schools Steward keeps the Course in touch with schools and the County. In spring 2008 the Schools "
         "Steward asked the 41 schools in the Harnsey Vale SENCO cluster what their SENCOs most needed, and 27 "
         "replied. They asked for help with provision mapping, with parents and with time; the County's SEN Review "
         "(2007) had found that few SENCOs in the Vale had worked with the educational psychology or speech and "
         "language therapy services. Dance Day 5, the provision map in School Week 1 and the whole Families Day were "
         "written in answer, and the Saturday repeat of every Dance Day was added because eleven heads said they "
         "could not release staff on Thursdays.")
fn.add(p, "Of the 27 replies, 19 were from primary schools, 6 from secondary schools and 2 from special schools.")
para("The Schools Steward arranges the County's speakers for Dance Day 5 and the parents from Harnsey Parent "
     "Partnership who help lead Dance Day 4. The co-opted seats are vacant: the Committee intends to co-opt a "
     "headteacher and a parent during 2009.")

sub("Access Steward")
para("The Access Steward makes sure every teacher who wants the Course can take part in it. The application pack, in "
     "standard print, large print and on audio tape, asks every applicant whether they have a disability or need any "
     "arrangement, says why we ask and who will see the answer, and the Access Steward telephones every applicant "
     "who says yes before the interview. Adjustments are agreed in writing with the participant and sent to every "
     "tutor: for example materials in large print or electronically, a note-taker or BSL interpreter on Dance Days, "
     "rest breaks, and extra time or another format for a Figure, agreed with the University of Aldbourne's "
     "Disability Service. Greenway Hall has level access throughout, an accessible toilet and a hearing loop. The "
     "interview and the School Week visits are arranged in the same way. Each year the Access Steward reports to the "
     "Committee on what was asked for and whether it worked, and the Committee checks its leaflets and its selection "
     "for anything that puts disabled teachers off.")

sub("Quality Steward")
para("The Quality Steward collects participants' evaluation forms after every Dance Day and at the end of the year "
     "and the mentors' end-of-year reports, and each July brings them to the Committee with the University of "
     "Aldbourne's annual monitoring report on the Certificate and the County SEN team's comments from its yearly "
     "review of training for SENCOs. The Committee decides what to change; the Quality Steward writes the changes "
     "into the next year's handbook and tells participants what was changed because of what they said. After the "
     "trial year, for example, the First Figure was moved from March to April and Families was given a whole day "
     "instead of an afternoon. The Committee does not at present measure what difference the Course makes to "
     "participants' competence or to the pupils in their schools.")

sub("Tutors for 2009")
tutors = [
    ("Tutor", "Dance Days", "Background"),
    ("Ann Whitlock", "1, 7, 8", "SENCO at Brackley Lane Primary for fourteen years; advisory teacher, County inclusion team; MA in Special Educational Needs (Aldbourne)"),
    ("Dr Lesley Marr", "2, 6", "Senior lecturer in inclusive education, University of Aldbourne; researches assessment of pupils with moderate learning difficulties"),
    ("Joan Tilley", "3", "Teacher of the deaf, County sensory support service; chairs the Vale deaf children's society"),
    ("Rachel Ormerod", "4", "Coordinator, Harnsey Parent Partnership; parent of a young man with autism"),
    ("Dr Simon Kaye", "5", "Senior educational psychologist, Harnsey County Council"),
    ("Priya Shah", "2, 5", "Speech and language therapist, Harnsey Primary Care Trust"),
]
t = doc.add_table(rows=len(tutors), cols=3)
table_borders(t)
for i, row in enumerate(tutors):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "DDE5CC")
para("Every tutor works in schools or services during the year and attends the University's inclusive education "
     "research seminars each term.", before=4)

# ------------------------------------------------------------------ Part 4
title("PART 4: STATEMENT OF PERSONS NOMINATED")
spn = [
    ("Office", "Candidate", "Proposer", "Seconder", "Status"),
    ("Course Leader", "PELL, Graham", "J. Arkwright", "S. Moss", "Contested"),
    ("", "WHITLOCK, Ann", "E. Hollis", "R. Ormerod", ""),
    ("Entry Steward", "HASK, Peter", "M. Tranter", "L. Ward", "Contested"),
    ("", "RAO, Sunita", "A. Whitlock", "P. Shah", ""),
    ("Assessment Steward", "MARR, Lesley", "S. Kaye", "J. Tilley", "Elected unopposed"),
    ("Schools Steward", "DRAY, Colin", "E. Castle", "G. Pell", "Elected unopposed"),
    ("Access Steward", "TILLEY, Joan", "R. Ormerod", "C. Dray", "Elected unopposed"),
    ("Quality Steward", "BURNETT, Kathy", "L. Marr", "P. Hask", "Elected unopposed"),
    ("", "ORME, Michael", "D. Fell", "H. Fell", "Withdrawn 10 November 2008"),
]
t = doc.add_table(rows=len(spn), cols=5)
table_borders(t)
for i, row in enumerate(spn):
    for j, v in enumerate(row):
        set_cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "DDE5CC")
for r0, r1, label, status in ((1, 2, "Course Leader", "Contested"), (3, 4, "Entry Steward", "Contested"),
                              (8, 9, "Quality Steward", None)):
    c = t.cell(r0, 0).merge(t.cell(r1, 0))
    set_cell_text(c, label, size=9)
    if status:
        c = t.cell(r0, 4).merge(t.cell(r1, 4))
        set_cell_text(c, status, size=9)

# ------------------------------------------------------------------ Part 5
title("PART 5: CANDIDATES' ADDRESSES")
para("Addresses are printed in the order of the offices, and candidates in alphabetical order. Each candidate was "
     "allowed 250 words.", italic=True)

sub("COURSE LEADER")
box([
    ("Graham PELL", "bold"), ("[photograph]", "italic"),
    ("I am SENCO at Harnsey Community College and have called for the Society's dances for twenty years. The Course "
     "is good, but it is hard to get to. If elected I will offer a September start as well as January, and let "
     "participants take the Dance Days in any order that suits their school. I do not agree with letting anyone "
     "skip the Course: there should be no back door into the Award. I will also make sure the Saturday repeat days "
     "keep going, because they are the only reason two of my colleagues could come last year.", None),
])
box([
    ("Ann WHITLOCK", "bold"), ("[photograph]", "italic"),
    ("I have led the Greenway Course since the trial year, when twelve teachers from the Vale took it with us, and "
     "eleven passed. I was SENCO at Brackley Lane Primary for fourteen years and am now an advisory teacher in the "
     "County's inclusion team.", None),
    ("The trial year taught us a great deal. In the trial year our participants spent a School Week on placement at "
     "Hollins Special School, and every one of them said it was the best week of the year. Families now have a whole "
     "Dance Day, because participants told us an afternoon was not enough.", None),
    ("If re-elected I will ask the University to let us offer an assessment-only route, so that the County's "
     "advisory teachers, who know the Steps already, can be judged on the three Figures without taking the Dance "
     "Days. I will also start a leaving interview with each participant to plan what they do next.", None),
])

sub("ENTRY STEWARD")
box([
    ("Peter HASK", "bold"), ("[photograph]", "italic"),
    ("I have been Entry Steward since the trial year. Last year I interviewed nineteen applicants and offered twelve "
     "places; two of those I turned down came in this year after a year of leading their schools' annual reviews, "
     "and both did well at interview. I would keep the interview just as it is: it is the best way we have of being "
     "fair to applicants and to the schools who release them.", None),
])
box([
    ("Sunita RAO", "bold"), ("[photograph]", "italic"),
    ("I am deputy head and SENCO at St Ebba's C of E Primary, and took the trial year myself. If elected I will press "
     "the University to give credit for experience, so that a SENCO with ten years behind them does not sit through "
     "what they already know. I would also bring Starting Steps forward so that it is done at the interview, and I "
     "would like every participant to have a mentor from another school as well as their own head.", None),
])

sub("ASSESSMENT STEWARD")
box([
    ("Dr Lesley MARR", "bold"), ("[photograph]", "italic"),
    ("I lecture in inclusive education at the University of Aldbourne and have marked Master's work for nine years. I "
     "also moderate the Society's annual dance festival competition and trained its adjudicators, so I know what "
     "fair judging looks like. The University's external examiner for the Certificate has been asked to look at the "
     "Figures in 2009. I will make sure nobody gets the Award without every Step judged.", None),
])

sub("SCHOOLS STEWARD")
box([
    ("Colin DRAY", "bold"), ("[photograph]", "italic"),
    ("I have been the Society's schools organiser since 1999, arranging dance in thirty Vale schools, and I ran the "
     "survey of the cluster in 2008. It told us what schools want, and the Course changed because of it. Next year I "
     "will survey parents as well, and I hope heads will come and judge the Figures with us.", None),
])

sub("ACCESS STEWARD")
box([
    ("Joan TILLEY", "bold"), ("[photograph]", "italic"),
    ("I have been deaf since childhood and have danced with the Society for thirty years. I teach deaf children for "
     "the County's sensory support service. Everyone who wants to dance should be able to; everyone who wants to "
     "take this Course should be able to as well.", None),
])

sub("QUALITY STEWARD")
box([
    ("Kathy BURNETT", "bold"), ("[photograph]", "italic"),
    ("I was the trial year's participants' representative and am SENCO at Vale Park Primary. The Committee reads "
     "every form, and changes things because of them. I want us to find a way of knowing whether pupils in our "
     "participants' schools do better because of the Course.", None),
])
box([
    ("Michael ORME (withdrawn)", "strike-bold"),
    ("If elected I will ask every participant to take a baseline of the reading and spelling ages of the pupils in "
     "their School Week project and measure them again in July, and the Committee will report the results each "
     "year, with participants' own ratings of their confidence at the start and end of the Course.", "strike"),
], fill="F2F2F2")

# ------------------------------------------------------------------ Schedule A
title("SCHEDULE A: DANCE DAYS 2009")
SA = [
    ("Dance Day", "Thursday / Saturday", "What the day sets"),
    ("SPRING TERM", None, None),
    ("1 Setting Out", "15 / 17 January", "The SEN Code of Practice (2001) and the law behind it (Education Act 1996, Special "
     "Educational Needs and Disability Act 2001) and what it asks of the school and the SENCO; Every Child Matters, "
     "its five outcomes and the SENCO's part in each; government policy: Removing Barriers to Achievement, the 2008 "
     "SENCO regulations and the Inclusion Development Programme."),
    ("2 The Steps of Learning", "5 / 7 February", "How children develop, and how special needs, disability and the "
     "setting can affect development; the common kinds of SEN (behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
     "spectrum disorders, moderate learning difficulties) and how they affect learning; approaches, strategies and "
     "resources for assessment and teaching, ICT included, weighed critically."),
    ("3 Hearing the Dancers", "12 / 14 March", "Consulting pupils about what affects them, including pupils with "
     "little or no speech; pupils taking part in setting, agreeing and reviewing their own targets and provision; "
     "fair and respectful relationships with pupils."),
    ("4 Families", "23 / 25 April", "Working in partnership with parents and carers, led with parents from Harnsey "
     "Parent Partnership: listening, sharing information, annual reviews and difficult conversations; speaking and "
     "writing clearly to families and colleagues, and listening to their views."),
    ("SUMMER TERM", None, None),
    ("5 Other Bands", "21 / 23 May", "Educational psychology, speech and language therapy, CAMHS, social care and "
     "voluntary services: what each does and how to get their help; using their assessments to plan teaching (a "
     "practice exercise on real reports, with tutors' feedback)."),
    ("6 Counting the Beat", "18 / 20 June", "Identifying pupils who may have SEN from observation, data and "
     "assessment; setting targets, planning interventions and reviewing progress; using national tests and other "
     "summative assessment to track progress and change programmes; access arrangements for tests and examinations; "
     "provision mapping and finding provision that is not working or missing."),
    ("AUTUMN TERM", None, None),
    ("7 Calling the Set", "17 / 19 September", "Advising senior staff and governors on inclusive policy, priorities "
     "and resources; school self-evaluation and improvement planning for pupils with SEN; reviewing provision with "
     "colleagues (practised on case papers, with feedback); supporting colleagues by observation, feedback, "
     "modelling, coaching and training; working with SENCOs in other schools; priorities, time and delegation; "
     "anticipating problems and making decisions on provision."),
    ("8 The Last Waltz", "15 / 17 October", "Best practice and what research shows works for pupils with SEN; using "
     "research and outside advice in school (a group task, with feedback); keeping up to date and planning one's "
     "own professional development."),
]
t = doc.add_table(rows=len(SA), cols=3)
table_borders(t)
for i, (a, b, c) in enumerate(SA):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        set_cell_text(m, a, bold=True, size=9)
        shade(m, "DDE5CC")
        continue
    set_cell_text(t.cell(i, 0), a, bold=(i == 0), size=9)
    set_cell_text(t.cell(i, 1), b, bold=(i == 0), size=9)
    set_cell_text(t.cell(i, 2), c, bold=(i == 0), size=9)
    if i == 0:
        for j in range(3):
            shade(t.cell(i, j), "B8C79A")
for row in t.rows:
    for j, w in enumerate((3.2, 2.8, 10.2)):
        row.cells[j].width = Cm(w)

# ------------------------------------------------------------------ Schedule B
title("SCHEDULE B: THE STEPS")
SB = [
    ("WHAT A SENCO IS LIKE", [
        ("A1", "Fair, respectful and supportive with pupils and their families", "3, 4", "First Figure"),
        ("A2", "Wins over colleagues, the head and senior staff", "Own time", "Last Figure"),
        ("A3", "Sets priorities, manages time, delegates well", "7", "Last Figure"),
        ("A4", "Sees problems coming and makes sound decisions on provision", "7", "Second Figure"),
        ("A5", "Clear in speech and writing; listens to others", "4", "Last Figure"),
        ("A6", "Uses research and outside advice to improve practice", "8", "Practice figure"),
        ("A7", "Keeps up to date; owns their professional development", "8", "Last Figure"),
    ]),
    ("WHAT A SENCO KNOWS", [
        ("K1", "SEN law, the Code of Practice and putting them into practice", "1", "First Figure"),
        ("K2", "Every Child Matters and the SENCO's part", "1", "Last Figure"),
        ("K3", "Disability equality law and what it requires", "Own time", "Last Figure"),
        ("K4", "How children develop and what affects development", "2", "First Figure"),
        ("K5", "The common kinds of SEN and disability", "2", "First Figure"),
        ("K6", "Approaches, strategies and resources, ICT included", "2", "First Figure"),
        ("K7", "School self-evaluation and improvement for SEN", "7", "Second Figure"),
        ("K8", "Best practice and research", "8", "Last Figure"),
        ("K9", "External agencies and getting specialist help", "5", "Second Figure"),
    ]),
    ("WHAT A SENCO DOES", [
        ("S1", "With senior staff and governors, shapes inclusive policy and resources", "7", "Second Figure"),
        ("S2", "Identifies pupils, sets targets, plans interventions, reviews progress", "6", "First Figure"),
        ("S2a", "Uses other professionals' assessments in teaching", "5", "Practice figure"),
        ("S2b", "Uses summative and national tests to track progress", "6", "First Figure"),
        ("S2c", "Helps other teachers develop formative assessment", "Next year", "Next year"),
        ("S2d", "Puts test and examination arrangements in place in good time", "6", "Last Figure"),
        ("S3", "Provision mapping; finds ineffective or missing provision", "6", "Second Figure"),
        ("S4", "Deploys and manages staff", "Own time", "Second Figure"),
        ("S5", "Develops colleagues: observation, feedback, modelling, coaching, training", "7", "Second Figure"),
        ("S6", "Reviews provision with colleagues for self-evaluation", "7", "Practice figure"),
        ("S7", "Involves pupils in planning and reviewing their provision", "3", "Last Figure"),
        ("S8", "Liaises with parents and carers", "4", "Last Figure"),
        ("S9", "Works with other services and voluntary organisations", "5", "Second Figure"),
    ]),
]
n = 1 + sum(1 + len(r) for _, r in SB)
t = doc.add_table(rows=n, cols=4)
table_borders(t)
for j, v in enumerate(("Step", "In our words", "Set at (Dance Day)", "Judged in")):
    set_cell_text(t.cell(0, j), v, bold=True, size=9)
    shade(t.cell(0, j), "B8C79A")
i = 1
for head, rows in SB:
    m = t.cell(i, 0).merge(t.cell(i, 3))
    set_cell_text(m, head, bold=True, size=9)
    shade(m, "DDE5CC")
    i += 1
    for code, words, setat, judged in rows:
        for j, v in enumerate((code, words, setat, judged)):
            set_cell_text(t.cell(i, j), v, size=9)
        i += 1
for row in t.rows:
    for j, w in enumerate((1.3, 9.0, 2.8, 3.1)):
        row.cells[j].width = Cm(w)

# ------------------------------------------------------------------ Ballot paper
title("BALLOT PAPER")
para("Greenway Course Committee 2009. Teaching Section members only.", italic=True)
para("Vote for ONE candidate for each office by putting a cross (X) in the box next to the name. Do not sign this "
     "paper. Put it in the envelope marked BALLOT, seal it, and return it to the Returning Officer, Greenway Hall, "
     "Station Road, Harnsey HV3 2QP, by noon on Friday 12 December 2008.")
bp = [("COURSE LEADER", None), ("PELL, Graham", "\u2610"), ("WHITLOCK, Ann", "\u2610"),
      ("ENTRY STEWARD", None), ("HASK, Peter", "\u2610"), ("RAO, Sunita", "\u2610")]
t = doc.add_table(rows=len(bp), cols=2)
table_borders(t, sz=8)
for i, (a, b) in enumerate(bp):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 1))
        set_cell_text(m, a, bold=True, size=10)
        shade(m, "DDE5CC")
    else:
        set_cell_text(t.cell(i, 0), a, size=10)
        set_cell_text(t.cell(i, 1), b, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Membership number: [__________]    Envelope number: [office use]", before=6)
para("No ballot is needed for Quality Steward (see Part 1).", italic=True)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print("wrote", out)
