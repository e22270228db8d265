"""ju-02-easterby-course-ordo

Provider (invented): the Minster Learning Centre of Easterby Minster, with St
Wilfrid's Minster School (the Minster's choir school) and the University of the
Wolds, which validates the award. Application for 2008-09.

Document kind and layout: the course set out as an Ordo, the liturgical
directory a cathedral issues each year for the keeping of its services: a title
page, a "Key to the Ordo" table (liturgical colours W, V, G, R and ranks
Principal Feast, Festival, Lesser Festival, Commemoration standing for kinds of
course day; abbreviations MP, EP, Lect., Rdg, Sc., W1-W3, the dagger for
marked), "General Directions" numbered G.D. 1 to G.D. 20 with bold run-in titles
("Of Admission.") and no heading styles, the Ordo proper as month tables
(Date | Col. | Rank | Title | Propers and notes) with merged season rows and
shading, a Table of Outcomes in the Centre's own codes (H1-H7 Habits,
U1-U9 Understanding, P1-P11 Practice, numbered consecutively so that the
provider's P numbers do not match the specification's S numbers, and two
outcomes simply have no row), "Days No Longer Kept" (the old diocesan SENCO
Forum) and "The Proper of Other Places" (a partner cathedral's arrangements).
A safeguarding direction sits in a VML text box. Header and footer. Tracked
changes: credits "60" deleted and "45" inserted; "coaching, mentoring and
observation of colleagues" deleted from a Festival's propers. Two Word comments.
Course vocabulary: Candidates, Lectors (tutors), Sponsors (in-school mentors),
the Vigil and the Vigil Paper (needs assessment), the candidate's Proper
(personalised outcomes and plan), Festivals (study days), Sc. tasks, Witnesses
(the three marked assignments), the Scriptorium (the Moodle site), the Octave
(after-course review), the Chapter of the Course (course committee).

Traps (requirement ids):
- Credits: "60" deleted, "45" inserted, so the award is 45 credits at Level 7
  (E.2 partially_met).
- Prior learning is taken into account at the Vigil but "no credit is given for
  prior learning"; the 15 credits once given for the Forum certificate are in
  "Days No Longer Kept", a past arrangement (2.1 partially_met).
- Assessment-only: "The Minster does not offer the Award by assessment alone";
  Lindum's portfolio route is in "The Proper of Other Places" (another provider)
  (2.3 not_met).
- Equality: only a general compliance statement and a building "on one level",
  no arrangement for adjustments (3.1 partially_met).
- Scriptorium: tutor questions answered within seven days and missed Festivals
  kept online, but the peer forum "is planned for 2010" (3.3 partially_met).
  Lindum's "fully online route" is another provider's (not counted for 3.2, which
  is met by two start points, either order, Saturday or twilight, online catch-up).
- Stakeholders: the open evenings and the authority's survey are evidence
  (4.1 met), but their influence is stated only as "has shaped the Ordo
  throughout" (4.2 partially_met); the Chapter of the Course includes heads, the
  SEN adviser and a parent, and heads answer a Trinity questionnaire (4.3 met).
- Admission asks only for qualified teacher status; "No other test of readiness
  is made" (5.2 partially_met).
- CRB: the direction in the text box describes the Safeguarding Officer seeing the
  original disclosure and recording it (5.3 met).
- Sponsors "are sent a copy of this Ordo" and nothing more (5.7 partially_met).
- Impact: "The Ordo makes no attempt to measure..."; the Chapter "intends in due
  course to consider" it (5.9 not_met).
- Completion: attendance at four Festivals in five and an average of 50% across
  the Witnesses, with compensation (6.0 partially_met); a comment asks whether it
  should require every outcome (a comment, not evidence). 1.9 partially_met.
- Parents: only a Commemoration (optional, nothing marked) (1.7 partially_met;
  H1 and P7, "Commemoration only": 6.A1, 6.S8 partially_met).
- Table of Outcomes: U3 disability equality law "Not kept in this Ordo" because
  the University teaches it in its own optional module (6.K3 not_met, someone
  else's arrangement); supporting colleagues' development appears only in a
  tracked deletion and has no row (6.S5 not_met); access arrangements for tests
  have no row and no Festival (6.S2d not_met); summative tracking, reviewing
  provision with staff and external agencies are kept but "\u2014" in "Witnessed in"
  (6.S2b, 6.S6, 6.K9 partially_met); clear speech and writing is witnessed in W3
  but kept on no day (6.A5 partially_met).
"""
import os
from _ju_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ju-02-easterby-course-ordo"

d = new_doc(font="Times New Roman", size=10.5)
header_footer(d, "ORDO 2008\u20132009  \u00b7  The Minster Learning Centre",
              "Compiled by the Master of the Course. Corrections to the Minster Learning Centre, 2 Bedern, Easterby.")

# ---------------- title page
para(d, ("EASTERBY MINSTER", dict(b=True, size=12)), align="c", space_after=2)
para(d, ("THE MINSTER LEARNING CENTRE  \u00b7  ST WILFRID'S MINSTER SCHOOL", dict(size=9)), align="c", space_after=12)
para(d, ("ORDO", dict(b=True, size=28)), align="c", space_after=2)
para(d, ("for the keeping of the Course Year", dict(i=True, size=13)), align="c")
para(d, ("Advent 2008 to Trinity 2009", dict(size=13)), align="c", space_after=10)
para(d, ("THE NATIONAL AWARD FOR SPECIAL EDUCATIONAL NEEDS COORDINATION", dict(b=True)), align="c", space_after=2)
para(d, "Postgraduate Certificate (SEN Coordination) of the University of the Wolds", align="c", space_after=10)
para(d, ("together with the General Directions, the Table of Outcomes, the Days No Longer Kept and the Proper of "
         "Other Places", dict(i=True, size=10)), align="c", space_after=14)
para(d, "As the Minster's Ordo tells the Quire what is sung and said on each day of the year, this Ordo tells "
        "Candidates, Lectors and Sponsors what is kept on each day of the Course Year, and how. It is submitted "
        "to the Training and Development Agency for Schools as the Minster Learning Centre's application for "
        "approval, and it is the book each Candidate receives.", space_after=8)
para(d, ("The Revd Dr Simon Garside, Master of the Course", dict(i=True)), align="r")
page_break(d)

# ---------------- key
para(d, ("KEY TO THE ORDO", dict(b=True, size=12)), space_after=4)
key = [
    ["Mark", "Meaning in this Ordo"],
    ["Colours", ""],
    ["V", "Violet: a season of preparation (the Vigil, reading, placements)"],
    ["W", "White: a Festival kept at the Learning Centre or at St Wilfrid's Minster School"],
    ["G", "Green: Ordinary Time, weeks of work in the Candidate's own school"],
    ["R", "Red: a Day of Witness, when a marked Witness is due"],
    ["Ranks", ""],
    ["Principal Feast", "A Day of Witness; attendance required"],
    ["Festival", "A study day, 9.30 to 4.00; attendance required, and kept again as two twilight sessions (EP)"],
    ["Lesser Festival", "A twilight session, 4.15 to 7.00; attendance required"],
    ["Commemoration", "May be kept: a twilight session offered for those who wish to come; attendance is not "
                      "recorded and nothing in it is marked"],
    ["Abbreviations", ""],
    ["MP / EP", "Morning part of a Festival / evening (twilight) keeping of it"],
    ["Lect.", "Lector, the tutor who leads the session"],
    ["Rdg", "Set reading, on the Scriptorium"],
    ["Sc.", "A task done in the Candidate's own school between Festivals"],
    ["W1, W2, W3", "The three Witnesses (marked assignments)"],
    ["\u2020", "Marked"],
]
t = table(d, key, widths=[3.5, 13.5])
for i, r in enumerate(key):
    if r[0] in ("Colours", "Ranks", "Abbreviations"):
        merge_row(t, i, r[0], fill="E8E0F0")

# ---------------- general directions
para(d, ("GENERAL DIRECTIONS", dict(b=True, size=12)), space_after=4)


def gd(n, title_, text, runs_after=None):
    p = para(d, ("G.D. %d  " % n, dict(b=True)), (title_ + "  ", dict(b=True, i=True)), text, space_after=5)
    if runs_after:
        tracked(p, runs_after)
    return p


p = gd(1, "Of the Award.", "The course is validated by the University of the Wolds, Faculty of Education, as its "
       "Postgraduate Certificate (SEN Coordination); validation was confirmed by the University's Academic Board on "
       "18 June 2008. Candidates are registered students of the University. The Award carries")
tracked(p, [" ", ("del", "60"), ("ins", "45"), " credits at Level 7 (Masters level). Those who complete receive the "
            "University's certificate and the National Award."])
comment(d, p, "Registrar: the University will not validate 60 without the practice module. Keep 45 for this year. "
        "\u2014 SG", author="S. Garside", initials="SG")
gd(2, "Of the Purpose.", "The course exists to raise the achievement of children and young people with special "
   "educational needs and disabilities, both in their learning and in all five outcomes of Every Child Matters: "
   "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
   "well-being. Each Witness asks the Candidate to show, with evidence, the difference their work made to pupils' "
   "learning and to their well-being, and the marking criteria of every Witness say so.")
gd(3, "Of Admission.", "Candidates must be qualified teachers working in a school in the Easterby diocese or in "
   "the East Wolds local authority, and must be the school's SENCO or about to become so. No other test of "
   "readiness is made; the Vigil comes after admission.")
gd(4, "Of Safeguarding.", "See the Direction set in the box below.")
text_box(d, [
    ("A DIRECTION ON SAFEGUARDING", True),
    ("No Candidate may keep the first Festival until the Minster's Safeguarding Officer has seen the original of "
     "the Candidate's enhanced Criminal Records Bureau disclosure, issued within the last three years, and has "
     "recorded its number and date in the Register of Candidates. Where a disclosure is older, or was issued for "
     "another employer, the Minster applies for a new one through the diocesan registry before the Candidate "
     "begins. Every Candidate also signs the Minster's declaration that they are not barred from work with "
     "children, and the Safeguarding Officer checks List 99 through the local authority.", False),
], height_pt=120, fill="#F5F0E1")
gd(5, "Of Prior Learning.", "Prior study and experience are taken into account at the Vigil, and a Candidate may be "
   "excused reading already done or a Festival whose matter they already know, with the Lector's agreement. No "
   "credit is given for prior learning, and the full credits must be earned in the course.")
gd(6, "Of the Vigil.", "In the season of Advent every Candidate completes the Vigil Paper, which sets each national "
   "outcome beside four statements of practice, from \"not yet met in my work\" to \"secure and shown to others\". "
   "The Candidate marks where they stand and gives evidence; their Sponsor adds a view from the school; and the "
   "Lector meets each Candidate on the second Saturday of Advent to go through it. From the Vigil the Lector writes "
   "the Candidate's Proper: their own set of outcomes to be given most weight, the Commemorations they should keep "
   "and the focus of each Sc. task. The Proper is the Candidate's individual plan for the year; the Sponsor signs it "
   "and it is reviewed at the Principal Feast of Witness I.")
gd(7, "Of Other Routes.", "The Minster does not offer the Award by assessment alone. Every Candidate keeps the "
   "Ordo. (See the Proper of Other Places.)")
gd(8, "Of Two Beginnings.", "The Ordo may be begun at Advent or at Easter. A Candidate who begins at Easter keeps "
   "the Easter and Trinity Festivals first and the Advent and Epiphany Festivals in the following year, with the "
   "Witnesses in the same order as their Festivals. Every Festival is kept on a Saturday at the Learning Centre and "
   "again as two twilight sessions (EP) at St Wilfrid's Minster School in the following week, so that a Candidate "
   "may choose either. A Candidate who cannot keep a Festival on either may keep it on the Scriptorium, from the "
   "recorded lectures and readings, and send the Lector a short note of what was learned.")
gd(9, "Of the Scriptorium.", "The Scriptorium is the course's Moodle site, hosted by the University. It holds the "
   "readings, the slides and sound recording of each Festival, the Vigil Paper, and the submission box for the "
   "Witnesses. Between Festivals a Candidate may send a question to their Lector through the Scriptorium's message "
   "page, and the Lector answers within seven days. A forum where Candidates can talk with one another is planned "
   "for 2010.")
gd(10, "Of Equality.", "The Minster Learning Centre welcomes Candidates of every background and complies with the "
   "Disability Discrimination Act and the Race Relations (Amendment) Act. The Learning Centre is on one level.")
gd(11, "Of the Schools and the Authority.", "Before this Ordo was compiled the Learning Centre held three open "
   "evenings for headteachers and SENCOs in May and June 2008, at which fifty-seven schools were represented, and "
   "read the East Wolds SEN Strategy 2007\u20132010 and the authority's 2007 survey of SENCOs' training needs. The "
   "survey found that two SENCOs in five had had no training on the Code of Practice, and most asked for help with "
   "using data and with parents. What was heard at the open evenings has shaped the Ordo throughout.")
gd(12, "Of the Chapter of the Course.", "The Chapter of the Course is the Master, the Lectors, the University's link "
   "tutor, two headteachers chosen by the East Wolds headteachers' forum, the authority's SEN adviser and a parent "
   "from the East Wolds Parent Partnership. It meets after each season to read the Candidates' evaluations of each "
   "Festival, which are made on the Scriptorium, the marks and the moderator's comments, and it decides what is to "
   "change in the next Ordo. At Trinity the headteachers of Candidates' schools are sent a questionnaire on what the "
   "course has done for their school, and the Chapter reads the replies. The University's annual monitoring report "
   "and the external examiner's report are read at the autumn meeting, and each Lector is observed teaching once a "
   "year by a colleague from the University.")
gd(13, "Of Impact.", "The Ordo makes no attempt to measure the course's effect on Candidates' confidence or on the "
   "achievement of their pupils. The Chapter intends in due course to consider how this might be done.")
gd(14, "Of Lectors.", "The Lectors are named in the table below. Specialist teachers from the authority's support "
   "services and the educational psychology service keep the Festivals of Epiphany with them.")
lect = [
    ["Lector", "Post", "Qualifications and recent practice"],
    ["Minster Learning Centre", "", ""],
    ["The Revd Dr Simon Garside", "Master of the Course; Director of Education, Easterby Minster",
     "PhD (education); SENCO in two comprehensive schools, 1989\u20132001"],
    ["Mrs Anne Kettlewell", "SENCO, St Wilfrid's Minster School",
     "MEd (special needs); AMBDA; teaches dyslexic choristers daily"],
    ["University of the Wolds", "", ""],
    ["Dr Rajesh Mistry", "Senior Lecturer in SEN; link tutor",
     "Former specialist teacher for autism, East Wolds; published on inclusion in 2007"],
    ["Ms Carol Dent", "Associate Lector", "Headteacher, Northgate Special School; Ofsted additional inspector"],
]
t = table(d, lect, widths=[4.2, 5.8, 7.0])
merge_row(t, 1, "Minster Learning Centre", fill="F2F2F2")
merge_row(t, 4, "University of the Wolds", fill="F2F2F2")
gd(15, "Of Sponsors.", "Each Candidate names a Sponsor in their own school, normally the headteacher or a deputy, "
   "who supports the Sc. tasks and signs the Proper. Sponsors are sent a copy of this Ordo.")
gd(16, "Of Placements.", "In Lent every Candidate spends two days in a setting unlike their own, arranged by the "
   "Learning Centre with a named host SENCO: Northgate Special School, the authority's Language Unit at Holme Lane "
   "Primary School, or the Learning Support Centre of St Wilfrid's Minster School. The host SENCO writes a short "
   "report, which the Candidate uses in Witness II. On the Festivals of Epiphany Candidates hear from and question "
   "an educational psychologist, a speech and language therapist, a CAMHS nurse and the authority's sensory "
   "support team.")
gd(17, "Of Books and Machines.", "The Minster Library's education collection (some 2,000 volumes, with the "
   "assessment materials of the Learning Centre) lends to Candidates, and Candidates use the University library and "
   "its electronic journals. St Wilfrid's ICT suite, where the EP keeping of each Festival is held, has assistive "
   "software (Clicker 5, Write Out Loud, Inspiration) and a laptop for each Candidate during sessions.")
gd(18, "Of Marking.", "Every Witness is marked by two Lectors against criteria drawn from the outcomes it witnesses. "
   "The University moderates a sample of a third of each Witness, and all fails; the external examiner, Professor "
   "Helen Yarrow, sees a sample of all three and reports to the Board of Examiners. Lectors mark three scripts "
   "together before the marking of each Witness begins.")
p = gd(19, "Of Completion.", "The Award is given to a Candidate who has kept at least four Festivals in five and "
       "whose three Witnesses together average 50% or more, no Witness falling below 35%.")
comment(d, p, "Should this not say every outcome must be witnessed? \u2014 RM", author="R. Mistry", initials="RM")
gd(20, "Of the Octave.", "A week after Trinity each Candidate meets their Sponsor and headteacher to set three "
   "targets for their professional development in the following year, which are written into the school's "
   "performance management review. The Lector gives each Candidate a note of the outcomes where their Witnesses "
   "were strongest and weakest, and of further study: the credits carry into the University's MA in Inclusive "
   "Education.")
para(d, "The fee is \u00a31,050. The East Wolds Standards Fund pays \u00a3600 of it for every Candidate from the "
        "authority's schools. Because each Candidate keeps the Commemorations their Proper names, and chooses the "
        "focus of their Sc. tasks, no two Candidates keep the Ordo in quite the same way.")
page_break(d)

# ---------------- the Ordo proper
para(d, ("THE ORDO", dict(b=True, size=14)), align="c", space_after=4)
rows = [
    ["Date", "Col.", "Rank", "Title", "Propers and notes"],
    ["ADVENT 2008", "", "", "", ""],
    ["Sat 29 Nov", "V", "Festival", "The Office of the SENCO",
     "MP: the SENCO's role and place in the school; the SEN Code of Practice (2001) and the SEN and Disability Act "
     "2001; Every Child Matters and its five outcomes. Lect. Garside. Rdg: Code of Practice chs 1\u20135; Removing "
     "Barriers to Achievement (2004). EP: the Vigil Paper begun."],
    ["Sat 13 Dec", "V", "Lesser Festival", "The Vigil",
     "Vigil meetings, one Candidate at a time, with the Lector. The Proper written."],
    ["EPIPHANY 2009", "", "", "", ""],
    ["Sat 10 Jan", "W", "Festival", "The Epiphany of Needs",
     "MP: behavioural, emotional and social difficulties; specific learning difficulties and dyslexia; speech, "
     "language and communication needs (Rdg: the Bercow Review, 2008). EP: autistic spectrum disorders; moderate "
     "learning difficulties; how each affects learning. Lect. Kettlewell, Mistry and the authority's specialist "
     "teachers. Approaches, resources and ICT for each, tried in the ICT suite."],
    ["Sat 24 Jan", "W", "Festival", "How Children Grow",
     "MP: how children develop, physically, socially and in language and thought; how SEN, disability and the "
     "physical and social setting of learning affect development. Lect. Mistry. Sc. 1 set: a pupil study."],
    ["Tue 27 Jan", "W", "Lesser Festival", "The Other Services",
     "The educational psychologist, the speech and language therapist, a CAMHS nurse and the sensory support team "
     "describe what they do and how a school asks for them; voluntary organisations in East Wolds (Rdg: the "
     "authority's directory of services)."],
    ["Tue 3 Feb", "W", "Commemoration", "Of Parents and Carers",
     "Twilight, may be kept: working with parents and carers as partners; the Parent Partnership service; "
     "relationships with families. Lect. Dent."],
    ["ORDINARY TIME", "", "", "", ""],
    ["Sat 7 Feb", "W", "Festival", "Hearing the Children",
     "MP: consulting children and young people; involving pupils in setting and reviewing their own targets and "
     "in their annual reviews; Rdg: Working Together: Listening to the Voices of Children and Young People (DCSF, 2008). Sc. 2 set: interview three pupils about "
     "their provision and involve one in the review of their plan."],
    ["Sat 28 Feb", "R", "Principal Feast", "Witness I \u2020",
     "W1 due: a study of one pupil from Sc. 1 and Sc. 2 (4,000 words): identifying the need, using the assessments "
     "of other professionals, setting targets, planning and reviewing an intervention, with the pupil's own views; "
     "the approaches and resources chosen and why."],
    ["LENT", "", "", "", ""],
    ["Sat 14 Mar", "W", "Festival", "Data and the Provision Map",
     "MP: using summative assessment, P scales and national tests to track progress and change programmes; "
     "provision mapping and finding provision that is missing or not working. EP: helping colleagues to use "
     "assessment for learning with pupils with SEN. Sc. 3 set: the school's provision map."],
    ["Mar\u2013Apr", "V", "\u2014", "Placements",
     "Two days in a host setting (G.D. 16)."],
    ["EASTER", "", "", "", ""],
    ["Sat 25 Apr", "W", "Festival", "Leading the Many", ""],
    ["Sat 16 May", "R", "Principal Feast", "Witness II \u2020",
     "W2 due: the school's provision map (Sc. 3) with a plan, agreed with the headteacher and presented to the "
     "governors, for the school's SEN policy and the deployment of teaching assistants, and a note of the outside "
     "services and voluntary bodies the plan draws on; 4,000 words, with the host SENCO's report."],
    ["TRINITY", "", "", "", ""],
    ["Sat 6 Jun", "W", "Festival", "Evidence and Self-Evaluation",
     "MP: research and inspection evidence and best practice in meeting SEN (Rdg: Ofsted, Inclusion: does it "
     "matter where pupils are taught?, 2006); using outside advice. EP: school self-evaluation and the SEF for "
     "SEN; reviewing with colleagues how well provision works; keeping up to date after the course."],
    ["Sat 11 Jul", "R", "Principal Feast", "Witness III \u2020",
     "W3 due: an enquiry in the Candidate's own school, set within its self-evaluation, drawing on research and "
     "outside advice to improve practice, with the Candidate's plan for keeping up to date (5,000 words), and a "
     "fifteen-minute presentation to the Lectors and the Chapter of the Course."],
    ["Sat 18 Jul", "W", "Lesser Festival", "The Octave", "Targets set with Sponsor and headteacher (G.D. 20)."],
]
t = table(d, rows, widths=[2.2, 1.0, 2.4, 3.3, 8.3], size=9)
for i, r in enumerate(rows):
    if r[1] == "" and r[0].isupper():
        merge_row(t, i, r[0], fill="E8E0F0")
    if r[1] == "R":
        for j in range(5):
            shade(t.cell(i, j), "F6DADA")
# Leading the Many: propers with a tracked deletion
idx = [i for i, r in enumerate(rows) if r[3] == "Leading the Many"][0]
cp = t.cell(idx, 4).paragraphs[0]
tracked(cp, ["MP: gaining the commitment of the headteacher, senior leaders and colleagues; working with governors "
             "on an inclusive ethos, policy and the use of resources; deploying and managing teaching assistants "
             "and other staff. EP: managing time, setting priorities and delegating",
             ("del", "; coaching, mentoring and observation of colleagues"), ". Lect. Dent. Sc. 3 continues."])
for r_ in cp.runs:
    r_.font.size = Pt(9)

# ---------------- notes on ordinary time
para(d, ("NOTES ON ORDINARY TIME", dict(b=True, size=12)), space_after=2)
para(d, ("Sc. 1, the pupil study.", dict(b=True)), " The Candidate chooses, with the Sponsor, one pupil whose needs "
        "the school does not yet understand well. The Candidate gathers what is already known (the teachers' "
        "assessments, any reports from the educational psychologist or the speech and language therapist, the "
        "pupil's tracking data and the views of the family), observes the pupil in two lessons, and sets and reviews "
        "a six-week intervention with the class teacher. The Sponsor signs the record of the intervention.")
para(d, ("Sc. 2, hearing the children.", dict(b=True)), " The Candidate interviews three pupils on the SEN register "
        "about what helps them and what does not, using one of the methods shown on 7 February (talking mats, a "
        "\"my day\" drawing, or a structured interview), and then helps one of them to take part in the review of "
        "their own plan, preparing the pupil beforehand and recording what the pupil asked for and what changed.")
para(d, ("Sc. 3, the provision map.", dict(b=True)), " The Candidate maps every intervention the school runs for "
        "pupils with SEN, with its cost, the staff who run it and the pupils who receive it, marks which have been "
        "shown to work, and proposes what should stop, start or change. The map becomes the core of Witness II.")
para(d, ("Of the keeping of a Festival.", dict(b=True)), " Saturday Festivals begin with coffee in the Learning "
        "Centre at 9.15 and end at 4.00; lunch is provided. Candidates bring their Proper and the latest Sc. task. "
        "The twilight keeping of the same Festival at St Wilfrid's covers the same matter in two sessions of two and "
        "three-quarter hours, on the Tuesday and Thursday after. Lectors post the slides and recording on the "
        "Scriptorium by the Monday following. Candidates who keep a Festival on the Scriptorium instead send their "
        "note to the Lector within a fortnight.")
para(d, ("Of the Minster's own days.", dict(b=True)), " Candidates are welcome at Choral Evensong on any Festival day "
        "(5.30 pm), but nothing in the course depends on it, and the Minster's Ordo for the Quire is a separate book.")

# ---------------- Table of Outcomes
para(d, ("THE TABLE OF OUTCOMES", dict(b=True, size=12)), space_after=2)
para(d, "The national outcomes in the Centre's own codes. \"Kept on\" gives the day in the Ordo where each is "
        "taught; \"Witnessed in\" gives the Witness that marks it.")
outs = [
    ["Code", "Outcome", "Kept on", "Witnessed in"],
    ["HABITS", "", "", ""],
    ["H1", "Fair, respectful and supportive relationships with pupils with SEN and their parents or carers",
     "3 Feb", "Commemoration only"],
    ["H2", "Gaining the commitment of colleagues, the headteacher and senior leaders", "25 Apr", "W2"],
    ["H3", "Prioritising, managing time and delegating", "25 Apr", "W2"],
    ["H4", "Anticipating and resolving problems; sound judgement on provision", "28 Feb", "W1"],
    ["H5", "Clear speech and writing; listening to others", "\u2014", "W3 (presentation)"],
    ["H6", "Drawing on research and outside advice to improve practice", "6 Jun", "W3"],
    ["H7", "Keeping up to date; owning one's professional development", "6 Jun", "W3"],
    ["UNDERSTANDING", "", "", ""],
    ["U1", "The law and guidance on SEN, including the Code of Practice, and putting them into practice",
     "29 Nov", "W2"],
    ["U2", "Every Child Matters and the SENCO's part in its outcomes", "29 Nov", "W1"],
    ["U3", "Disability equality law", "Not kept in this Ordo: disability equality law is taught by the University "
     "in its own module, EDU7012, for those who take it.", ""],
    ["U4", "How children develop, and what affects their development", "24 Jan", "W1"],
    ["U5", "The common kinds of SEN and disability and how they affect learning", "10 Jan", "W1"],
    ["U6", "Approaches, strategies and resources, including ICT", "10 Jan", "W1"],
    ["U7", "School self-evaluation and improvement for pupils with SEN", "6 Jun", "W3"],
    ["U8", "Best practice and research in meeting SEN", "6 Jun", "W3"],
    ["U9", "External agencies and how to get specialist support", "27 Jan", "\u2014"],
    ["PRACTICE", "", "", ""],
    ["P1", "With senior colleagues and governors, shaping an inclusive ethos, policy and resources", "25 Apr", "W2"],
    ["P2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "28 Feb", "W1"],
    ["P2a", "Using other professionals' assessments", "27 Jan", "W1"],
    ["P2b", "Tracking progress with summative assessment and national tests", "14 Mar", "\u2014"],
    ["P2c", "Helping colleagues with formative assessment for pupils with SEN", "14 Mar", "W2"],
    ["P3", "Provision mapping; finding missing or ineffective provision", "14 Mar", "W2"],
    ["P4", "Deploying and managing staff", "25 Apr", "W2"],
    ["P5", "Reviewing provision with colleagues to inform self-evaluation", "6 Jun", "\u2014"],
    ["P6", "Involving pupils in planning and reviewing their provision", "7 Feb", "W1"],
    ["P7", "Working with parents and carers", "3 Feb", "Commemoration only"],
    ["P8", "Working with other services and agencies, including voluntary organisations", "27 Jan", "W2"],
]
t = table(d, outs, widths=[1.4, 9.6, 3.0, 3.0], size=9)
for i, r in enumerate(outs):
    if r[0] in ("HABITS", "UNDERSTANDING", "PRACTICE"):
        merge_row(t, i, r[0], fill="E8E0F0")
    if r[0] == "U3":
        c = t.cell(i, 2).merge(t.cell(i, 3))
        for pp in c.paragraphs[1:]:
            pp._p.getparent().remove(pp._p)
para(d, "Every outcome in this table is either kept on a day of the Ordo or witnessed in a Witness, and most are "
        "both.")

# ---------------- Days no longer kept
para(d, ("DAYS NO LONGER KEPT", dict(b=True, size=12)), space_after=2)
para(d, "From 2001 until July 2008 the Learning Centre kept the diocesan SENCO Forum: five twilight meetings a year "
        "at which SENCOs heard a speaker and shared practice, with a certificate of attendance. Under an agreement "
        "with the University that ended in 2008, SENCOs who held the Forum certificate were given 15 credits towards "
        "the University's MA in Inclusive Education. The Forum also ran a yearly exchange, in which SENCOs spent a "
        "week in a special school in another authority. None of these is kept now: the Forum's members were among "
        "those at the open evenings of 2008, and the Ordo replaces it.")

# ---------------- proper of other places
para(d, ("THE PROPER OF OTHER PLACES", dict(b=True, size=12)), space_after=2)
para(d, "The Minster Learning Centre belongs to the Northern Cathedrals' SEN Group, whose members compare their "
        "courses each year. Their arrangements are printed here for Candidates' information; they are not part "
        "of this Ordo.")
para(d, ("Lindum Cathedral Centre for Education.", dict(b=True)), " A Candidate who already meets the national "
        "outcomes may present a portfolio and be examined on it by assessment only, without attending. Lindum also "
        "offers the whole Award as a fully online route, with weekly tutor chat sessions and a Candidates' forum.")
para(d, ("Saltburgh Priory Learning.", dict(b=True)), " Lindum's assessment-only portfolio is open to Saltburgh's "
        "teachers by agreement between the two centres.")
para(d, ("Given at the Minster Learning Centre on the Feast of Saint Michael and All Angels, 2008.", dict(i=True)),
     align="c")

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
