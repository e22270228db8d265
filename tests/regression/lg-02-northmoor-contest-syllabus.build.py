"""lg-02-northmoor-contest-syllabus: build script.

Provider (invented): the Northmoor Coalfield Brass Band Federation, a county federation of
colliery and village bands that runs an annual solo, quartet and ensemble contest for young
players and training for music and SEN teachers. It applies (February 2009) to run the
National Award for SEN Coordination, validated by the University of Kirkharrow.

Document kind and layout: the Federation's printed contest syllabus for 2009-10, sent
whole as the application, with the Award added as "the SENCo Classes" (Part C). No
heading styles: titles are bold capitals in shaded Normal paragraphs. A note to the panel
in a VML text box. Part B is the ordinary junior contest syllabus (a table of Classes 1-12).
Part C: six Classes (21-26), each with its Workshops, Coach and Set Test; the Federation's
own terms (Entrants = participants, Coaches = tutors, Accompanists = school mentors,
Adjudicators = markers, Workshops = sessions, Set Tests ST1-ST4 = marked assessments, "Own
Choice" = heard with spoken remarks, not marked, "Straight to the Platform" = the
assessment-only route). Rules of the SENCo Classes are hand-numbered by Part (1.1 ...
7.4), so "5.3 Checks on entrants." collides with requirement 5.3. The outcomes are the
"Set Test Pieces" table (No. | What the Entrant must show (in our words) | Class | Heard
in), with merged cells for "Withdrawn" rows and its key BELOW the table. An entry form at
the end with grey prompts and "[ ]" placeholders. A tracked deletion in the award rule, two
Word comments, a header and a footer (the footer claims every Entrant is CRB checked).

Traps (requirement ids):
- Rule "5.3 Checks on entrants." is about Federation membership, not criminal records;
  the enhanced disclosures the document describes are for stewards and accompanists at the
  junior contests (Part B); a comment asks whether schools check Entrants; the footer's
  claim is a page footer (5.3 not_met: numbering collision, wrong context, comment, footer).
- "No credit is given for earlier study or experience" (2.1 not_met: negation), while
  "Straight to the Platform" is a real assessment-only route (2.3 met).
- 40 credits at Master's level, not 60 (E.2 partially_met).
- Aims speak of attainment in English, mathematics and music only (1.1 partially_met;
  the ECM outcomes are taught as an outcome, K2, but are not the course's aim).
- Award rule: an average of 50 per cent across the Set Tests; the words "and has been
  marked sound on every piece on the Set Test Pieces list" are a deleted tracked change
  (6.0 partially_met), and with the Own Choice rows, 1.9 partially_met.
- Access: level access and a hearing loop only; the entry form's prompt "Access
  requirements" is a prompt, not an arrangement (3.1 partially_met).
- No e-learning ("There is no online part") (3.3 not_applicable).
- Stakeholders in evaluation only intended ("We shall ask heads for their views ...");
  Accompanists and guest adjudicators involve stakeholders in delivery (4.3 partially_met).
- The sister federation's placements ("Our sister federation in Cartmel Vale") are not
  this course's; the SENCo Classes "do not include placements"; guest specialists remain
  (5.5 partially_met: other provider, negation).
- Resources: band rooms with a piano and projector; "no ICT or specialist equipment of its
  own" (5.6 partially_met).
- Impact on pupils only intended; Entrants' self-ratings are compared (5.9 partially_met).
- Set Test Pieces: "Own Choice" (heard, not marked): 6.A3, 6.A6, 6.K3, 6.K7, 6.S2c
  partially_met. A dash in the Class column (assessed, not taught): 6.S6 partially_met.
  "Withdrawn": 6.A7, 6.S4 not_met.
- A comment on Class 23 suggests adding support staff deployment; comments are not
  evidence (6.S4 stays not_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lg_helpers import (new_doc, para, runin, title, table, shade, cell_text, ins_run, del_run,
                         text_box, header_footer, comment)
from docx.shared import RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH, DATE = "Gwen Armitage", "2009-02-09T16:40:00Z"

d = new_doc("Arial", 10)
header_footer(d, "NORTHMOOR COALFIELD BRASS BAND FEDERATION  \u2022  SYLLABUS 2009-10",
              "Safeguarding: every Entrant is CRB checked. Registered charity no. 1010447. Page numbers are in the printed copy.")

title(d, "NORTHMOOR COALFIELD BRASS BAND FEDERATION", size=16, shade="C00000")
d.paragraphs[-1].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
para(d, "SYLLABUS 2009-10", bold=True, size=14)
para(d, "Solo, Quartet and Ensemble Contests for young players", italic=True)
para(d, "and, new this season, THE SENCO CLASSES: the National Award for SEN Coordination, validated by the University of Kirkharrow", bold=True)
para(d, "Federation Secretary: Mrs Gwen Armitage, The Band Room, Station Road, Easington Lane. Education Officer: Mr Peter Lisle.")

text_box(d, [
    ("A NOTE TO THE TDA PANEL", True),
    ("We send our Syllabus as it goes to our bands and schools, with the SENCo Classes in Part C. Parts A and B are our "
     "ordinary contests for young players; we leave them in so that the panel can see how the Federation works. Part C, its "
     "Rules and the Set Test Pieces are the Award.", False),
], height="95pt", fill="#FCE4D6")

title(d, "PART A  THE FEDERATION", shade="F2F2F2")
para(d, "The Northmoor Coalfield Brass Band Federation was founded in 1921 by the lodge bands of the Northmoor pits. Today it "
     "has twenty-six member bands, from the Easington Colliery Band to the village bands of the upper dale, and nineteen "
     "youth and training bands. Many of the children in our youth bands have special educational needs; some of our best "
     "young players learned to read music before they could read words. Since 2001 the Federation has run Saturday training "
     "for music teachers and for SEN teachers in our band rooms, and in 2007-08 we ran a pilot of six Workshops for new "
     "SENCos with the Durham and Northmoor local authorities.")
para(d, "The contest season opens in October and closes with the Prize-giving and Gala Concert in June at the Miners' Hall, "
     "Ashburn.")

title(d, "PART B  JUNIOR CONTESTS 2009-10", shade="F2F2F2")
table(d, [
    ["Class", "Title", "Test piece or condition", "Time limit"],
    ["1", "Under 10 Air Varié", "Own Choice from the Federation list", "4 minutes"],
    ["2", "Under 12 Slow Melody", "Set: \"The Miner's Dream of Home\" (arr. Fenwick)", "5 minutes"],
    ["3", "Under 14 Slow Melody", "Own Choice", "5 minutes"],
    ["4", "Under 16 Air Varié", "Set: \"Rule Britannia\" (Hartmann), variation 1 only", "7 minutes"],
    ["5", "Under 18 Open Solo", "Own Choice", "8 minutes"],
    ["6", "Junior Percussion", "Own Choice, tuned or untuned", "6 minutes"],
    ["7", "Junior Duet", "Own Choice", "6 minutes"],
    ["8", "Junior Quartet", "Set: \"Prelude and Fugue\" (Sparke)", "8 minutes"],
    ["9", "Open Quartet", "Own Choice", "10 minutes"],
    ["10", "Ensemble (5-10 players)", "Own Choice", "10 minutes"],
    ["11", "Hymn Tune (any age)", "Set: \"Deep Harmony\"", "3 minutes"],
    ["12", "Learners' Class (first year of playing)", "Any piece; remarks only, no placings", "3 minutes"],
])
para(d, "")
para(d, "All stewards and accompanists at the junior contests hold enhanced CRB disclosures, checked by the Federation "
     "Secretary, and a parent or carer must sign the entry form of every player under 18. Class 12 is heard by the "
     "adjudicator, who gives spoken remarks; no marks or placings are given.")

title(d, "PART C  THE SENCO CLASSES", shade="FFD966")
para(d, "The SENCo Classes are the Federation's course for teachers new to the role of SENCo, leading to the National Award for "
     "SEN Coordination. They are validated by the School of Education of the University of Kirkharrow as a module of its "
     "MA in Education and carry 40 credits at Master's level. Entrants are registered students of the University and the "
     "Award is conferred by the University's Board of Examiners.")

runin(d, "Why we run them.", "The purpose of the SENCo Classes is to raise the attainment of pupils with SEN and "
      "disabilities in English, mathematics and music, by giving the SENCo the knowledge and skills to lead teaching and "
      "learning for them in school.")

runin(d, "Who is who.", "An Entrant is a teacher taking the SENCo Classes. A Coach is one of the Federation's tutors and "
      "leads the Workshops of a Class. An Accompanist is an experienced SENCo who works alongside an Entrant in the "
      "Entrant's own school, meeting the Entrant at least twice a term and observing the Entrant lead a meeting once a "
      "term. An Adjudicator marks a Set Test; Set Tests are adjudicated by a Coach who did not coach that Entrant and by a "
      "University tutor. A Workshop is a taught session. A Set Test (ST1 to ST4) is a marked piece of work. An Own Choice is "
      "a piece of work the Entrant brings to a Workshop for the Coach's spoken remarks.")

runin(d, "Our Coaches.", "Mrs Gwen Armitage was SENCo of Ashburn Comprehensive for fourteen years, holds the MA in Special and "
      "Inclusive Education and is a trustee of the county's dyslexia association. Mr Peter Lisle is the Federation's Education "
      "Officer, a former head of the Northmoor specialist teaching service for SLCN and autism. Dr Ruth Okafor is senior "
      "lecturer in inclusive education at Kirkharrow and leads its research group on SEN policy. Miss Carol Tweddle is an "
      "advanced skills teacher for BESD. All four attend the University's annual SEN research day and the county SENCo "
      "conference, and the Federation pays for two further days of specialist training a year for each.")

title(d, "THE CLASSES", shade="F2F2F2")
classes = [
    ("Class 21  The Rules of the Contest (Workshops 1 and 2)",
     "The law and guidance on SEN and disability: the Education Act 1996, the SEN and Disability Act 2001, the SEN Code of "
     "Practice 2001 and its graduated response, the Disability Discrimination Act and the disability equality duty, Every "
     "Child Matters and the Children Act 2004, and what each asks of the school and the SENCo. Entrants write and present a "
     "short briefing on the school's SEN policy to their Accompanist. Set Test ST1 (the Case File): the law, guidance and "
     "ECM outcomes as they bear on one pupil known to the Entrant, 3,000 words."),
    ("Class 22  Reading the Score (Workshops 3, 4 and 5)",
     "How children develop and what shapes development; the common SEN (BESD, SpLD including dyslexia, speech, language "
     "and communication needs, autistic spectrum disorders, moderate learning difficulties) and their effect on learning; "
     "identifying needs through observation, data and assessment; using the reports of educational psychologists, "
     "therapists and advisory teachers; setting targets, planning and reviewing interventions; tracking progress with "
     "summative and national test data; access arrangements for national tests and examinations. The Workshops draw on "
     "the Bercow Review (2008), Ofsted's \"Inclusion: does it matter where pupils are taught?\" (2006) and current research "
     "on dyslexia and on interventions for literacy. Set Test ST2 (the Intervention Study): an assessment, plan and review "
     "of an intervention for a group of pupils, 4,000 words."),
    ("Class 23  Ensemble (Workshops 6 and 7)",
     "Working with colleagues: advising and supporting teachers inside the school and in partner schools, coaching, "
     "modelling and giving feedback after lesson observation, running training for staff, helping colleagues use formative "
     "assessment with pupils with SEN, and managing the SENCo's own time. Set Test ST3 (the Ensemble Project): the Entrant "
     "observes and coaches a colleague and works with pupils and parents on a plan for one pupil, with an account of each, "
     "3,500 words."),
    ("Class 24  Duet (Workshops 8 and 9)",
     "Relationships with pupils with SEN and their parents and carers: consulting children and young people about issues "
     "that affect them, pupil-centred reviews, helping pupils take part in setting and reviewing their targets, working in "
     "partnership with parents, and advising parents. Two parents from the Northmoor Parent Partnership Service co-lead "
     "Workshop 9. Assessed in ST3."),
    ("Class 25  Full Band (Workshops 10 and 11)",
     "External agencies, health and social care, voluntary organisations and how to get specialist support; provision "
     "mapping and managing provision; working with the head and governors on an inclusive ethos, SEN policy and the use of "
     "resources; school self-evaluation. An educational psychologist and the county's voluntary sector SEN forum lead part "
     "of Workshop 10."),
    ("Class 26  The Platform (Workshop 12)",
     "Each Entrant presents, to Adjudicators and an invited head, the change the Entrant has led in school during the year. "
     "Set Test ST4 (the Platform): a 20-minute presentation and a written account of the change and what it did for "
     "pupils, 3,000 words. At Workshop 12 each Entrant also writes a Next Season plan with the Coach, setting professional "
     "targets for the following year; the head receives a copy."),
]
for head, body in classes:
    para(d, head, bold=True)
    p = para(d, body)
    if head.startswith("Class 23"):
        comment(d, p.runs[0], "Peter: should we put deploying TAs in here? It is not in any Class at present. GA",
                author="Gwen Armitage", initials="GA")

title(d, "WORKSHOP CALENDAR 2009-10 (SEPTEMBER START)", shade="F2F2F2")
cal = [
    ["Workshop", "Tuesday evening", "Saturday morning", "Class", "Band room"],
    ["AUTUMN", None, None, None, None],
    ["1", "22 September", "26 September", "21", "Easington Colliery Band"],
    ["2", "13 October", "17 October", "21", "Easington Colliery Band"],
    ["3", "10 November", "14 November", "22", "Ashburn Band"],
    ["4", "1 December", "5 December", "22", "Ashburn Band"],
    ["SPRING", None, None, None, None],
    ["5", "12 January", "16 January", "22", "Ashburn Band"],
    ["6", "9 February", "13 February", "23", "Upper Dale Silver Band"],
    ["7", "9 March", "13 March", "23", "Upper Dale Silver Band"],
    ["8", "23 March", "27 March", "24", "Easington Colliery Band"],
    ["SUMMER", None, None, None, None],
    ["9", "27 April", "1 May", "24", "Easington Colliery Band"],
    ["10", "18 May", "22 May", "25", "Ashburn Band"],
    ["11", "8 June", "12 June", "25", "Ashburn Band"],
    ["12", "29 June", "3 July", "26", "Miners' Hall, Ashburn"],
]
ct = d.add_table(rows=len(cal), cols=5)
ct.style = "Table Grid"
for i, r in enumerate(cal):
    if r[1] is None:
        m = ct.cell(i, 0).merge(ct.cell(i, 4))
        cell_text(m, r[0] + " TERM", bold=True, size=9)
        shade(m, "FFF2CC")
        continue
    for j, v in enumerate(r):
        cell_text(ct.cell(i, j), v, bold=(i == 0), size=9)
para(d, "")
para(d, "Entrants starting in January take Workshops 8 to 12 first (Classes 24 to 26, with ST3 and ST4 held over to the "
     "following season), then Workshops 1 to 7 in the autumn and spring of the following season. Set Test deadlines are "
     "fixed with each Entrant's Coach when the Practice Plan is agreed, and are never set in the fortnight of the national "
     "tests in May. Each Workshop runs from the same notes on the Tuesday and the Saturday, and the same Coach leads both, "
     "so an Entrant who must miss one may come to the other in the same week without loss.")
para(d, "The Prize-giving and Gala Concert in June is the one evening of the season when the junior contest winners and the "
     "SENCo Entrants share the platform: the Entrants who have completed the Classes are presented to the audience with "
     "the junior prize-winners, and the massed youth bands play. Heads, Accompanists and families are welcome.")

title(d, "RULES OF THE SENCO CLASSES", shade="F2F2F2")
rules = [
    ("1.1 Season.", "Each Workshop runs twice, on a Tuesday evening from 4.30 to 7.30 and on the following Saturday morning, "
     "and an Entrant may come to either. Entrants may start in September or in January, and may take Classes 21 to 23 and "
     "Classes 24 to 26 in either order. An Entrant may spread the Classes over two seasons."),
    ("1.2 Halls.", "Workshops are held in the band rooms of Easington Colliery Band, Ashburn Band and Upper Dale Silver Band. "
     "There is no online part of the SENCo Classes; all Workshops are held in person."),
    ("1.3 Access.", "All our contest halls have level access and a hearing loop."),
    ("2.1 Entry.", "Entrants must hold qualified teacher status, be SENCo or SENCo-designate in a school in the county, and send "
     "the entry form signed by the head. The Education Officer reads every entry and meets each applicant; an applicant "
     "who has not yet taught pupils with SEN for two years, or who has no support from the head, is advised to take the "
     "Federation's Saturday training first and to enter the following season."),
    ("2.2 Earlier study.", "No credit is given for earlier study or experience: every Entrant enters all six Classes."),
    ("2.3 Straight to the Platform.", "In exceptional cases an experienced SENCo, for example a teacher from the specialist "
     "teaching service, may go Straight to the Platform: the Entrant attends no Workshops but sits all four Set Tests, which "
     "are adjudicated in the same way as everyone else's. The Education Officer and the University agree each case."),
    ("3.1 Tuning up.", "Before Workshop 1 each Entrant completes the Tuning Sheet, scoring themselves against every piece on the "
     "Set Test Pieces list, and the Accompanist adds comments. At a meeting with the Coach the Entrant then agrees a Practice "
     "Plan, which names the pieces the Entrant will work on hardest, the Own Choice pieces the Entrant will bring, the "
     "Accompanist's part and any extra reading, and sets the Entrant's own targets for the season. The Practice Plan is "
     "reviewed at Workshops 5 and 9."),
    ("3.2 Practice in school.", "Between Workshops each Entrant carries out the practice task for the Class in the Entrant's own "
     "school, with the Accompanist: auditing the SEN register, a pupil-centred review, observing and coaching a colleague, "
     "drawing up a provision map. Every Set Test is built from this work in school, so the Entrant's practice and the "
     "school's provision change as the Entrant meets the pieces."),
    ("3.3 Cost.", "The fee is £975, paid by the local authority from its SENCo training budget; band rooms are given free by "
     "member bands, which keeps the fee low."),
    ("4.1 Hearing from schools.", "In 2008 we asked all 212 schools in the county what their new SENCos most needed; 118 "
     "replied. They asked for more on working with colleagues and with parents, and for evening sessions. We added Class 23 "
     "and Class 24 and began running every Workshop on a Tuesday evening as well as a Saturday. The pilot Entrants told us "
     "the 2007-08 Workshops were too full, and we cut the content of Class 22 and spread it over three Workshops."),
    ("4.2 Stakeholders in the Classes.", "Accompanists are SENCos from county schools; parents from the Parent Partnership "
     "Service co-lead Workshop 9; heads are invited to the Platform and to the Prize-giving. We shall ask heads for their "
     "views on the SENCo Classes at some stage."),
    ("5.1 Reviewing the season.", "Entrants complete a review sheet after every Workshop; Coaches meet after each Class to act "
     "on them; the University's annual programme review and the external examiner's report go to the Federation's "
     "Education Committee, which sets the changes for the next season's Syllabus and publishes them in its annual report."),
    ("5.2 Guest adjudicators.", "Specialists give sessions and remarks: an educational psychologist, a speech and language "
     "therapist, the county's autism outreach team and the sensory support service. Our sister federation in Cartmel Vale "
     "arranges placements in special schools for its entrants. The SENCo Classes do not include placements."),
    ("5.3 Checks on entrants.", "The Registry Secretary checks that every Entrant teaches in a school in the county and that "
     "the head has signed the entry form."),
    ("5.4 Equipment.", "Band rooms have a piano, a projector and a screen. Entrants should bring a laptop if they have one; the "
     "Federation has no ICT or specialist equipment of its own for the SENCo Classes."),
    ("5.5 Accompanists.", "Every Accompanist attends the Accompanists' afternoon in September and receives the Accompanists' "
     "Notes, which set out their role, what they observe and how they sign the practice log. Coaches new to the Classes "
     "co-teach their first Class with an experienced Coach. The Education Officer meets Accompanists each term."),
    ("6.1 Adjudication.", "Each Set Test is marked against the pieces it hears by two Adjudicators independently, who agree a "
     "mark. Adjudicators meet before each Set Test to mark sample work together. The University moderates a sample of "
     "every Set Test and all fails, and the external examiner sees the moderated sample and every ST4."),
    ("6.2 Confidence.", "At Workshop 1 and Workshop 12 each Entrant rates their confidence on every piece on the Set Test "
     "Pieces list; the Coaches compare the ratings and report them to the Education Committee. The Federation intends to "
     "look at pupils' progress once the first Entrants have finished."),
]
for lead, text in rules:
    runin(d, lead, text)

p = d.add_paragraph()
r = p.add_run("7.1 The Award. ")
r.bold = True
p.add_run("An Entrant who gains an average of 50 per cent across the four Set Tests wins the Award")
del_run(p, " and has been marked sound on every piece on the Set Test Pieces list", AUTH, DATE)
p.add_run(".")
comment(d, p.runs[1], "CRB: do the schools check Entrants, or do we? Should we say so somewhere? PL",
        author="Peter Lisle", initials="PL")
runin(d, "7.2 Resits.", "An Entrant who fails a Set Test may resubmit it once within ten weeks.")

title(d, "THE SET TEST PIECES", shade="F2F2F2")
para(d, "The pieces every Entrant must show by the end of the season, and where each is heard.")
pieces = [
    ("P1", "Works with pupils with SEN or disabilities, and with their parents or carers, fairly, respectfully and constructively", "24", "ST3"),
    ("P2", "Brings the head, senior leaders and colleagues on board for improving these pupils' outcomes", "26", "ST4"),
    ("P3", "Orders own work, manages time, and delegates tasks sensibly, checking they are done", "23", "Own Choice"),
    ("P4", "Foresees and sorts out problems and makes sound judgements about provision", "22", "ST2"),
    ("P5", "Explains clearly in speech and writing and listens to others' views", "21", "ST1"),
    ("P6", "Uses research and advice from outside the school to improve own and colleagues' practice", "25", "Own Choice"),
    ("P7", "Keeps up to date and manages own CPD in SEN and disability", "W", None),
    ("P8", "The SEN law and guidance, the Code of Practice especially, and what they mean in school", "21", "ST1"),
    ("P9", "Every Child Matters: its five outcomes and the SENCo's part in them", "21", "ST1"),
    ("P10", "Disability equality law and the disability equality duty, and what they require of schools", "21", "Own Choice"),
    ("P11", "How children develop, and how SEN, disability and the learning environment affect development", "22", "ST1"),
    ("P12", "The common SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how they affect learning", "22", "ST2"),
    ("P13", "Approaches and resources for assessing, planning and teaching, ICT included, judged critically", "22", "ST2"),
    ("P14", "School self-evaluation and improvement as they bear on pupils with SEN", "25", "Own Choice"),
    ("P15", "Best practice and research findings on meeting SEN", "22", "ST2"),
    ("P16", "What external agencies do and how to obtain specialist help", "25", "ST4"),
    ("P17", "With senior staff and governors, shapes an inclusive ethos, policies, priorities and use of resources", "25", "ST4"),
    ("P18", "Identifies pupils with possible SEN, sets challenging targets, plans interventions and reviews them", "22", "ST2"),
    ("P19", "Draws on other professionals' assessments when planning teaching", "22", "ST2"),
    ("P20", "Uses summative data and national test results to track pupils and adjust programmes", "22", "ST2"),
    ("P21", "Helps colleagues use formative assessment with pupils with SEN", "23", "Own Choice"),
    ("P22", "Plans access arrangements for national tests and examinations in time", "22", "ST2"),
    ("P23", "Uses provision mapping to manage provision and find gaps and weak spots", "25", "ST4"),
    ("P24", "Deploys and manages support staff", "W", None),
    ("P25", "Supports colleagues' development through observation, feedback, modelling, coaching and training", "23", "ST3"),
    ("P26", "Reviews with colleagues how well provision works, feeding school self-evaluation", "\u2014", "ST4"),
    ("P27", "Involves pupils in planning and reviewing their own provision", "24", "ST3"),
    ("P28", "Works closely with parents and carers", "24", "ST3"),
    ("P29", "Works with other services and agencies, including voluntary bodies", "25", "ST4"),
]
st = d.add_table(rows=len(pieces) + 1, cols=4)
st.style = "Table Grid"
for j, h in enumerate(["No.", "What the Entrant must show (in our words)", "Class", "Heard in"]):
    cell_text(st.cell(0, j), h, bold=True, size=9)
    shade(st.cell(0, j), "C00000")
    st.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (n, text, cls, heard) in enumerate(pieces, start=1):
    cell_text(st.cell(i, 0), n, size=9)
    cell_text(st.cell(i, 1), text, size=9)
    if cls == "W":
        m = st.cell(i, 2).merge(st.cell(i, 3))
        cell_text(m, "Withdrawn", size=9)
        shade(m, "E7E6E6")
    else:
        cell_text(st.cell(i, 2), cls, size=9)
        cell_text(st.cell(i, 3), heard, size=9)
para(d, "")
para(d, "Key. The Class column gives the Class whose Workshops teach the piece. ST1 to ST4 under \"Heard in\" name the Set Test "
     "in which the piece is adjudicated and marked. Own Choice means the Entrant brings work on the piece to a Workshop of the "
     "Class shown and the Coach gives spoken remarks; Own Choice pieces carry no marks and are not adjudicated. A dash in the "
     "Class column means the piece is not taught in any Class and is heard only in the Set Test. Withdrawn means the piece is "
     "not offered in 2009-10.", size=9)

title(d, "ENTRY FORM: THE SENCO CLASSES 2009-10", shade="F2F2F2")
ef = table(d, [
    ["Entrant's name", "[                    ]"],
    ["School", "[Name of school]"],
    ["Local authority", "[Durham / Northmoor]"],
    ["Start", "[September / January]   Workshops: [Tuesday / Saturday]"],
    ["Access requirements (please give details)", ""],
    ["Head's signature", "[signature]      Date: [date]"],
    ["Accompanist (if known)", "[name]"],
], header_fill=None)
for row in ef.rows:
    for r in row.cells[0].paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
para(d, "")
para(d, "Entries close on 31 July for a September start and on 30 November for a January start. Send the form to the "
     "Federation Secretary at the address above.", italic=True, size=9)

d.save(OUT)
print("wrote", OUT)
