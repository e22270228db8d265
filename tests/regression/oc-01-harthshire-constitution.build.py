"""oc-01-harthshire-constitution: builds oc-01-harthshire-constitution.docx next to itself.

PROVIDER. The Harthshire County Netball League (an unincorporated association of clubs, founded 1952) and its
coaching arm, the Harthshire Netball Foundation (a registered charity that coaches in schools and runs inclusive
netball), with four "Member Schools" (Copsey Hill School, Millbeck Primary School, St Oswin's Catholic High School
and Fernacre School, a special school) and the University of Stourminster, which validates and confers the award.

DOCUMENT KIND AND LAYOUT. The League's whole Constitution and Bye-laws, as amended at a Special General Meeting
on 14 October 2008, sent as the application because its new Part Five ("The Award Section") and Schedules 1-4 are
how the League has bound itself to run the award. A shaded text box at the top is the Secretary's note to the
panel. No heading styles at all: PART titles are bold centred capitals typed in Normal paragraphs; Rules are
hand-numbered with bold run-in titles ("19. Entry."), sub-rules typed "19.3". Parts One to Four are the League's
ordinary rules (objects, membership, officers, meetings, finance); several hand numbers collide with requirement
ids (Rule 5.3 is the class of Member Schools, 5.1 Member Clubs, 8.2 CRB checks for junior netball only), and
Schedule 3 numbers its Standards P1-P7, K1-K9 and S1-S13 in the League's own order, so that its S-numbers do not
match the national ones (its S4 is 6.S2b, S5 is 6.S2c, S8 is 6.S4, S9 is 6.S5, S12 is 6.S8). The League's own
vocabulary: Court Days CD1-CD8, Training Nights TN1-TN6, Home Court Tasks, Match Papers MP1-MP3, the Whistle Review
(WR), Team Coaches (mentors), Umpires (tutor-markers), the Bench (moderation meeting), Previous Caps (APL),
Pre-season Self-Rating, Next Season sheet, Standards. Schedule 1 is the season table with merged, shaded term
rows; Schedule 2 the Match Papers; Schedule 3 "The Standards" is the outcome table with merged, shaded group rows,
keyed in Rule 16 far above it ("Coached at", "Umpired in", "Warm-up" = practised with spoken feedback but not
marked, "Rest" = not part of the course in 2009-10, a dash in "Coached at" = no session of its own); Schedule 4
records the stakeholder consultation. A Register of Amendments and a blank signing block close it. Header: the
edition line. Footer: a PAGE field and a claim that every participant is CRB checked by the League.

TRAPS (requirement ids touched).
- Footer claim "Every participant in the Award Section is CRB checked by the League" (5.3): a footer is never
  evidence, and Rule 19.5 says the Award Section does not ask to see the schools' checks; Rule 8.2 verifies
  CRB disclosures only for coaches, umpires and volunteers in junior netball (wrong context); a Word comment
  on 19.5 asking whether to ask for disclosure numbers is not part of the submission. 5.3 not_met.
- Tracked deletion of Rule 22.2, a "Direct Entry" assessment-only route, struck out at the SGM (2.3 not_met);
  what remains says no one is presented for the Whistle Review without the Court Days.
- Tracked deletion of "A second start, in February, will be offered from 2010." in Rule 23.1 (3.2 stays
  partially_met: one start, fixed order; only a choice of Training Night venue).
- Tracked deletion of the Schedule 3 row for the Standard on gaining the commitment of colleagues and the head
  (6.A2 not_met).
- Tracked insertion in Rule 25.2 adding sampled moderation by the Bench (5.8 met: an insertion is part of the
  submission). Tracked insertion of object 2(d) and of Rule 5.3 (part of the submission, no verdict hangs on them).
- Rule 16 keys Schedule 3 far above it: "Warm-up" Standards are practised but not marked (6.A3, 6.K4, 6.S4, 6.S8
  partially_met); a dash in "Coached at" means no session of its own (6.K2 partially_met: umpired in MP1, never
  taught); "Rest" means not part of the course (6.K7, 6.S2c not_met).
- Condition: 6.S5 is umpired only in "MP3 (Option B only)", and Rule 24.2 lets each participant choose Option A
  or B (partially_met).
- Restricted completion rule: Rule 30.1 recommends the award for every Standard "that Schedule 3 shows as
  umpired", so Warm-up and Rest Standards are never required (6.0 partially_met; 1.9 partially_met).
- Aims about attainment only (Rule 18: "attainment and progress ... in the core subjects"; Match Papers ask what
  the participant changed in provision) with no well-being or Every Child Matters aim; ECM appears only as an
  untaught Standard (1.1 partially_met). Rule 4 "What we believe" is value statements, no arrangement.
- Vague currency: "Tutors bring current thinking into the Court Days as it arises" and a reading list in use
  since 2004 (1.3 partially_met).
- Needs assessment used only to group people: Pre-season Self-Rating places participants in Training Night
  groups, no individual training plan or personalised outcomes (2.2 partially_met; 2.4 met on Home Court Task
  options, Team Coaches, fee and bursaries).
- "No part of the Course is taught online" (3.3 not_applicable; email with Umpires is not e-learning).
- Stakeholders involved in delivery (Team Coaches, guest contributors, a parent co-presenter) but whether they
  will take part in reviewing the course is left for a future meeting (4.3 partially_met); 4.1 and 4.2 met on
  Schedule 4's survey figures and its "What we changed" column.
- Specialist contributors but "The Course has no placements" (5.5 partially_met).
- Evaluation of confidence is concrete but pupils' progress is only "would like, in later seasons" (5.9
  partially_met); 5.1 met on evaluation sheets, Team Talk, Umpires' review, external examiner, the Annual Award
  Report and who approves changes. A comment on 29.5 is not part of the submission.
- Footnotes on 17.1 (validation minute) and 20.2 (APL fee) carry detail; E.1 and E.2 are met in the body.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _oc_helpers import (para, add_runs, shade_paragraph, table, merged_row, cell_text, shade, ins_run, del_run,
                         mark_paragraph_inserted, mark_paragraph_deleted, delete_row, Footnotes, text_box,
                         header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
SGM = "2008-10-14T19:30:00Z"
SEC = "Janet Pryor"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(5)
fn = Footnotes(doc)

header_footer(doc, "Harthshire County Netball League - Constitution and Bye-laws - SGM edition, October 2008",
              "Every participant in the Award Section is CRB checked by the League.")


def part(title):
    p = para(doc, [(title, "b")], align="center", size=11, keep=True)
    p.paragraph_format.space_before = Pt(12)
    return p


def rule(num, title, text=""):
    segs = [(f"{num}. {title}", "b")]
    if text:
        segs.append(" " + text)
    return para(doc, segs)


def sub(num, text):
    return para(doc, [f"{num} {text}"], indent=18)


# ------------------------------------------------------------------ note to the panel
text_box(doc, [
    [("NOTE FOR THE APPROVAL PANEL", "b")],
    ["This is the League's Constitution as the Special General Meeting of 14 October 2008 amended it. Part Five "
     "and Schedules 1 to 4 set up the Award Section, through which the League, the Harthshire Netball Foundation, "
     "our four Member Schools and the University of Stourminster will run the National Award for SEN Coordination "
     "from September 2009. We send the Constitution whole, with the changes made at the meeting still shown as "
     "Council minute 08/77 requires, because Part Five is how the League has bound itself to run the Award. "
     "Parts One to Four are the League's ordinary rules."],
    [("Janet Pryor, Honorary Secretary, The Netball Centre, Wharf Road, Harthbridge", "i")],
], height_pt=110)

para(doc, [("HARTHSHIRE COUNTY NETBALL LEAGUE", "b")], align="center", size=16, space_after=2)
para(doc, "affiliated to England Netball", align="center", size=9, space_after=2)
para(doc, [("CONSTITUTION AND BYE-LAWS", "b")], align="center", size=13, space_after=2)
para(doc, "Adopted 1952 - revised 1987 and 2003 - amended at the Special General Meeting of 14 October 2008",
     align="center", size=9, space_after=12)

# ------------------------------------------------------------------ PART ONE
part("PART ONE - NAME, OBJECTS AND POWERS")
rule(1, "Name.", "The association shall be called the Harthshire County Netball League (\"the League\"). The League "
     "is an unincorporated association of the clubs, schools and individual members affiliated to it under Part Two.")
rule(2, "Objects.", "The objects of the League are:")
sub("(a)", "to promote, organise and control the game of netball in the County of Harthshire for players of every "
    "age and ability;")
sub("(b)", "to run league and cup competitions for its Member Clubs and to appoint umpires to them;")
sub("(c)", "through the Harthshire Netball Foundation (registered charity no. 1103486, \"the Foundation\"), to "
    "provide coaching in schools and in the community, including inclusive netball for children and young people "
    "with disabilities; and")
p = para(doc, "", indent=18)
ins_run(p, "(d) to advance the education of teachers who lead provision for children and young people with special "
        "educational needs and disabilities, through the Award Section set up under Part Five.", SEC, SGM)
mark_paragraph_inserted(p, SEC, SGM)
rule(3, "Powers.", "The League may do anything lawful that furthers its objects, including making agreements with "
     "schools and universities.")
rule(4, "What we believe.", "The League believes that every child can play and that netball belongs to everyone. "
     "We are proud of the difference our coaches make on court and off it, and we value the inclusion of young "
     "people with disabilities in everything we do.")

# ------------------------------------------------------------------ PART TWO
part("PART TWO - MEMBERSHIP")
rule(5, "Classes of member.")
sub("5.1", "Member Clubs: clubs affiliated to the League for the season, each of which enters at least one team in a "
    "League competition.")
sub("5.2", "Individual members: umpires, coaches, team managers and officials registered with the League.")
p = para(doc, "", indent=18)
ins_run(p, "5.3 Member Schools: schools that have signed the Award Section Agreement with the League, the Foundation "
        "and the University of Stourminster. The first Member Schools are Copsey Hill School, Millbeck Primary "
        "School, St Oswin's Catholic High School and Fernacre School, a community special school for pupils aged 3 "
        "to 19.", SEC, SGM)
mark_paragraph_inserted(p, SEC, SGM)
rule(6, "Affiliation fees.", "Fees for Member Clubs and individual members are set at each Annual General Meeting. "
     "Member Schools pay no affiliation fee.")
rule(7, "Discipline.", "The Council may suspend or expel a member whose conduct brings the game into disrepute.")
rule(8, "Safeguarding and welfare.")
sub("8.1", "The League has a Welfare Officer, appointed by the Council, who keeps the League's safeguarding policy in "
    "line with England Netball's.")
sub("8.2", "The Welfare Officer verifies that every coach, umpire, team manager and volunteer who works with junior "
    "members holds an enhanced Criminal Records Bureau disclosure, and keeps a register of disclosure numbers and "
    "dates. No one may coach or manage a junior team until the Welfare Officer has seen the disclosure.")
sub("8.3", "This Rule applies to the League's junior competitions and to the Foundation's coaching. The Award "
    "Section's arrangements are in Rule 19.")

# ------------------------------------------------------------------ PART THREE
part("PART THREE - OFFICERS, COUNCIL AND COMMITTEES")
rule(9, "Officers.", "The officers of the League are the Chair, the Vice-Chair, the Honorary Secretary, the Honorary "
     "Treasurer, the Welfare Officer and the Fixtures Secretary, elected at the Annual General Meeting.")
rule(10, "Council.", "The League is managed by a Council of the officers and one delegate from each Member Club.")
rule(11, "Committees.", "The Council appoints a Competitions Committee, an Umpiring Committee and the Award Committee, "
     "and may appoint others.")
rule(12, "The Award Committee.")
sub("12.1", "The Award Committee has as its members the Chair of the League; the Director of the Foundation; the "
    "headteacher of each Member School, or a senior leader the headteacher names; the University's Programme "
    "Leader for the Award; and the Principal Officer (SEN and Inclusion) of Harthshire County Council.")
sub("12.2", "The Award Committee approves the Award fee and the bursaries, appoints Team Coaches and Umpires on the "
    "Programme Leader's recommendation, and hears appeals about admission. It meets once a term.")

# ------------------------------------------------------------------ PART FOUR
part("PART FOUR - MEETINGS AND FINANCE")
rule(13, "General Meetings.", "The Annual General Meeting is held in June. A Special General Meeting is called on the "
     "request of the Council or of ten Member Clubs.")
rule(14, "Finance.")
sub("14.1", "The League's year ends on 31 May. The accounts are examined by an independent examiner and presented to "
    "the Annual General Meeting.")
sub("14.2", "The Award Section's money is kept in a separate account and used only for the Award. The Award fee for "
    "2009-10 is £1,450 for each participant, which includes the University's registration and award fees. The "
    "Foundation meets the cost of the Court Day venues and offers bursaries of up to £500 to participants from "
    "schools with fewer than 150 pupils.")
rule(15, "Dissolution.", "The League may be dissolved by two-thirds of those voting at a Special General Meeting. "
     "Money in the Award Section's account is first used to let current participants finish the Course.")

# ------------------------------------------------------------------ PART FIVE
part("PART FIVE - THE AWARD SECTION")
para(doc, [("(Part Five was added by resolution 3 of the Special General Meeting of 14 October 2008.)", "i")],
     align="center", size=9)

rule(16, "Interpretation.", "In this Part and in Schedules 1 to 4, words in the feminine include the masculine, as in "
     "the rest of this Constitution, and:")
defs = [
    ("\"the Award\"", " means the National Award for Special Educational Needs Coordination as the University "
     "confers it under Rule 17;"),
    ("\"the Course\"", " means the programme of study and assessment set out in this Part that leads to the Award;"),
    ("\"participant\"", " means a teacher admitted to the Course under Rule 19;"),
    ("\"Court Day\"", " means one of the eight full taught days listed in Schedule 1 (CD1 to CD8);"),
    ("\"Training Night\"", " means one of the six twilight sessions, 4.30 to 7.00 pm, listed in Schedule 1 (TN1 to TN6);"),
    ("\"Home Court Task\"", " means a task a participant carries out in her own school between Court Days, agreed "
     "with her Team Coach;"),
    ("\"Match Paper\"", " means one of the three marked assignments described in Schedule 2 (MP1 to MP3);"),
    ("\"Whistle Review\"", " (WR) means the recorded professional review at the end of the Course, in which a "
     "participant presents her evidence to two Umpires;"),
    ("\"Team Coach\"", " means the experienced SENCO or senior leader in a Member School who mentors a participant;"),
    ("\"Umpire\"", " means a tutor appointed to mark Match Papers and conduct Whistle Reviews;"),
    ("\"the Bench\"", " means the meeting of Umpires and the external examiner that moderates marks and recommends "
     "results to the University;"),
    ("\"Standard\"", " means one of the Standards in Schedule 3, which set out in the League's words the national "
     "minimum outcomes for the Award."),
]
for term, rest in defs:
    para(doc, [(term, "b"), rest], indent=18, space_after=2)
para(doc, "In Schedule 3, \"Coached at\" names the Court Days or Training Nights where a Standard is taught, and a dash "
     "in that column means the Standard has no Court Day or Training Night of its own. \"Umpired in\" names the Match "
     "Paper or the Whistle Review in which Umpires mark it. \"Warm-up\" in that column means the Standard is practised "
     "on a Court Day or Training Night and the participant receives spoken feedback on it, but it is not marked. \"Rest\" means the "
     "Standard is not part of the Course in the 2009-10 season.", indent=18)

rule(17, "The Award and its accreditation.")
p = sub("17.1", "The Award is a Postgraduate Certificate in Special Educational Needs Coordination of the University "
        "of Stourminster. It carries 60 credits at Level 7 (masters level) and was validated by the University's "
        "School of Education at a validation event on 3 December 2008.")
fn.add(p, "Validation minute VE/08/114. The panel set one condition, since met, on the wording of the Whistle Review "
       "criteria.")
sub("17.2", "The University is the awarding body. It registers participants as its students, keeps their records, "
    "appoints the external examiner and confers the Award on the Bench's recommendation. The League and the "
    "Foundation run the Course under the Award Section Agreement.")

rule(18, "Purpose of the Award Section.")
sub("18.1", "The Award Section exists to raise the attainment and progress of pupils with special educational needs "
    "and disabilities in the core subjects, by making the teachers who coordinate their provision better at the job.")
sub("18.2", "Every Match Paper asks the participant to show what she has changed in her school's provision as a "
    "result of the Course.")

rule(19, "Entry.")
sub("19.1", "A teacher may apply for the Course if she holds qualified teacher status, is employed in a school in or "
    "near Harthshire, and is her school's SENCO or has been named by her headteacher to take up the role within the "
    "year.")
sub("19.2", "Each application comes with a Letter of Support from the headteacher, agreeing to release the "
    "participant for the Court Days, to find her a Team Coach and to give her access to the school's data for the "
    "Match Papers.")
sub("19.3", "The Registrar interviews every applicant by telephone, using the Entry Questions drawn from the "
    "Standards, to judge whether she has enough knowledge, understanding and experience to meet all the Standards by "
    "the end of the season. An applicant who is not yet ready is given a Pre-season Plan setting out what she should "
    "do first (for example, a term shadowing an experienced SENCO, or the County's Introduction to SEN course), and "
    "the Registrar writes to her headteacher to explain.")
sub("19.4", "The application form asks every applicant whether she has a disability or other need the Award Section "
    "should know about, and explains why we ask (see Rule 28).")
p = sub("19.5", "Participants are teachers employed by their schools, and their schools carry out and keep the checks "
        "required for their posts. The Award Section does not ask to see them.")
comment(doc, p.runs, "Should we ask for disclosure numbers, as Rule 8.2 does for coaches? Council to decide.",
        "Janet Pryor", "JP")

rule(20, "Previous Caps.")
sub("20.1", "A participant who has already passed masters-level study in special educational needs may claim up to "
    "20 of the Award's 60 credits, through the University's procedure for the accreditation of prior learning, for "
    "study that matches the Standards umpired in MP1.")
p = sub("20.2", "A participant with long experience of coordinating provision may instead claim exemption from MP1 by "
        "presenting a portfolio of evidence from her work (accreditation of prior experiential learning), which two "
        "Umpires assess against the Standards umpired in MP1.")
fn.add(p, "The University's fee for assessing a claim (£120) is met by the Foundation.")
sub("20.3", "Previous Caps never excuse a participant from the Whistle Review.")

rule(21, "Pre-season Self-Rating.", "Before CD1 each participant rates herself against every Standard on the "
     "Self-Rating Sheet, from 1 (new to me) to 4 (confident and up to date). The Programme Leader uses the ratings "
     "to place participants in Training Night groups of similar experience.")

rule(22, "Taking part.")
sub("22.1", "No person may be presented for the Whistle Review unless she has taken part in the Court Days.")
p = para(doc, "", indent=18)
del_run(p, "22.2 The Award Committee may, in exceptional cases, allow an experienced teacher, or a teacher from a "
        "support service, to be assessed against all the Standards through the Match Papers and the Whistle Review "
        "without attending the Course (\"Direct Entry\").", SEC, SGM)
mark_paragraph_deleted(p, SEC, SGM)

rule(23, "The Season.")
p = sub("23.1", "The Course runs once a year, from September to July. All participants start together in September "
        "and take the Court Days in the order set in Schedule 1. ")
del_run(p, "A second start, in February, will be offered from 2010.", SEC, SGM)
sub("23.2", "Court Days are held at the Harthshire Netball Centre, Copsey Hill School, St Oswin's Catholic High "
    "School, Fernacre School and the University. Training Nights are held in two places, Millbeck Primary School in "
    "the north of the county and the Netball Centre in the south, and each participant may go to whichever suits her "
    "on each occasion.")
sub("23.3", "Between Court Days each participant carries out Home Court Tasks in her own school: one for each Court "
    "Day, chosen with her Team Coach from the options in the Course Book so that it fits her school (primary, "
    "secondary or special) and her Self-Rating. Team Coaches meet each participant at least twice a term, in her "
    "school. Every Match Paper is built from Home Court Tasks, so that what a participant learns is put to work in "
    "her own school.")
sub("23.4", "No part of the Course is taught online. The League's website carries the Award Section's dates, forms "
    "and Course Book, and participants reach their Umpires by email and telephone.")
sub("23.5", "Tutors bring current thinking into the Court Days as it arises. The Course reading list is the one the "
    "University has used for its Certificate in Inclusive Practice since 2004.")

rule(24, "Match Papers and the Whistle Review.")
sub("24.1", "Each participant submits three Match Papers (Schedule 2) and takes the Whistle Review. Each Match Paper "
    "is marked against the Standards that Schedule 3 shows as umpired in it, using the University's masters-level "
    "criteria.")
sub("24.2", "MP3 has two options. In Option A the participant reviews her school's SEN policy and accessibility plan "
    "with the headteacher and governors; in Option B she plans, leads and evaluates a term's coaching of a "
    "colleague. Each participant takes one option.")
sub("24.3", "A Match Paper that does not pass may be resubmitted once, within six weeks.")
sub("24.4", "At the Whistle Review the participant presents, for 30 minutes, her portfolio of Home Court Tasks, and "
    "answers the Umpires' questions for 20 minutes. The review is recorded for the Bench.")

rule(25, "Umpires and the Bench.")
sub("25.1", "Umpires mark each Match Paper against the published criteria and return written feedback within four "
    "weeks.")
p = sub("25.2", "A second Umpire marks every Match Paper that the first Umpire fails or marks at distinction. ")
ins_run(p, "A sample of at least one in five of the other Match Papers from each Umpire also goes to the Bench, "
        "which moderates the marks before they are confirmed.", SEC, SGM)
sub("25.3", "The Bench meets after each hand-in date. The external examiner appointed by the University attends the "
    "summer Bench, sees a sample of Match Papers and Whistle Review recordings, and reports to the University each "
    "year.")
sub("25.4", "Before each marking round the Umpires meet to mark two shared scripts and agree the standard.")

rule(26, "Staff, Team Coaches and contributors.")
sub("26.1", "The Course is led by the Programme Leader, Dr Ruth Okonedo, senior lecturer in inclusive education at "
    "the University, who was SENCO of two Harthshire secondary schools for eleven years. She is joined by Mrs "
    "Alison Brereton, the Foundation's Head of Inclusion, formerly deputy headteacher of Fernacre School (MEd in "
    "Special and Inclusive Education), and by two associate Umpires: Mr Tom Haig, a senior educational psychologist "
    "in the County's Educational Psychology Service, and Mrs Priya Kaur, an advisory teacher for specific learning "
    "difficulties who holds AMBDA. Every Umpire attends the University's annual update day and the County SENCO "
    "Forum.")
sub("26.2", "Team Coaches are experienced SENCOs or senior leaders from the Member Schools. Each receives the Team "
    "Coach Handbook, which sets out what a Team Coach does and does not do, attends a half-day Team Coach Training "
    "before the season and a review meeting in the spring, and is visited once a year by the Programme Leader.")
sub("26.3", "New Umpires are inducted by the Programme Leader, receive the Umpires' Guide to the criteria, and in "
    "their first round mark alongside an experienced Umpire.")
sub("26.4", "Guest contributors from the County's Educational Psychology Service, the Speech and Language Therapy "
    "Service, the Sensory Support Service and the Harthshire Autism Outreach Team teach parts of CD3, CD4 and CD5.")
sub("26.5", "The Course has no placements: each participant's own school is her home court.")

rule(27, "Resources.")
sub("27.1", "Participants are registered students of the University and use its library, including its electronic "
    "journals through Athens, from home.")
sub("27.2", "The Foundation's Resource Room at the Netball Centre holds the Course's collection of assessment "
    "materials and intervention programmes, and a set of assistive technology for participants to try and borrow: "
    "text-to-speech and word-prediction software, Clicker 5, recordable talking tins and a range of communication "
    "aids. Laptops are provided on Court Days.")
sub("27.3", "CD4 is held at Fernacre School so that participants can use its sensory and communication resources "
    "with the school's specialist staff.")

rule(28, "Equality and access.")
sub("28.1", "The League and the Foundation have duties under the Disability Discrimination Act 1995 as amended in "
    "2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and the Award Section carries them out "
    "as this Rule sets out.")
sub("28.2", "Course leaflets and the application form are available in large print, on audio CD and in Easy Read, and "
    "say plainly that disabled teachers are welcome and how adjustments are made. The application form invites "
    "applicants to tell us of any disability and explains that the answer is used only to plan adjustments; the "
    "invitation is repeated at CD1 and before each Match Paper.")
sub("28.3", "Every venue has level access, an accessible toilet and a hearing loop. Handouts are sent a week ahead, "
    "on request, in the format the participant needs.")
sub("28.4", "Reasonable adjustments (extra time, another format for a Match Paper, rest breaks or a support worker at "
    "the Whistle Review) are agreed with the University's Disability Service, and are made in the same way at "
    "selection, on Court Days, for Home Court Tasks and at assessment.")
sub("28.5", "Selection is made only against Rule 19. The Award Committee looks each year at who applied, who was "
    "admitted and who completed, by disability, ethnicity and sex.")
sub("28.6", "Young disabled players from the Foundation's inclusive squads open CD1 by talking about what helps them "
    "and what gets in the way, at school and on court.")

rule(29, "Review of the Course.")
sub("29.1", "Participants complete an evaluation sheet after every Court Day and Training Night, and a season "
    "questionnaire at the Whistle Review. At the mid-season Team Talk in February a group of participants meets the "
    "Programme Leader, without Umpires present, to say what is and is not working.")
sub("29.2", "The Umpires hold a season review meeting each July, using the marks, the Bench's reports and the "
    "evaluations. The external examiner's report and the University's annual monitoring give an outside view.")
sub("29.3", "The Programme Leader writes an Annual Award Report each August, with an action plan. The League Council "
    "and the University's Education Quality Committee approve any changes before Schedule 1 is fixed for the next "
    "season, and the changes are reported to the new participants at CD1.")
sub("29.4", "Each participant rates her confidence against the Standards at CD1 and again at the Whistle Review, and "
    "the Annual Award Report compares the two.")
p = sub("29.5", "The Award Committee would like, in later seasons, to collect information on the progress of pupils "
        "in participants' schools.")
comment(doc, p.runs, "Can we say we will ask for pupil data from 2010? The heads were not keen.", "Ruth Okonedo", "RO")
sub("29.6", "Whether Member Schools, the County Council or parents should have a part in reviewing the Course is a "
    "matter the Award Committee will consider at its first meeting after the 2009-10 season.")

rule(30, "Completion and Next Season.")
sub("30.1", "The Bench recommends the Award to the University for a participant who has passed all three Match "
    "Papers and the Whistle Review and has shown, across them, every Standard that Schedule 3 shows as umpired.")
sub("30.2", "A participant who has not shown a Standard by the summer Bench may carry it into the autumn and show it "
    "through a further Home Court Task marked by two Umpires.")
sub("30.3", "At the Whistle Review each participant brings a Next Season sheet, drafted with her headteacher or line "
    "manager, setting out her professional targets for the following two years. CD8 sets aside an hour for this, "
    "using the Foundation's Next Season planner, which lists the routes on: the University's MA in Inclusive "
    "Education (into which the Award's 60 credits transfer), the County's specialist courses and the SENCO Forum.")
sub("30.4", "Awards are presented at the League's Finals Day in July.")

# ------------------------------------------------------------------ SCHEDULE 1
part("SCHEDULE 1 - THE SEASON 2009-10")
s1 = [
    ["Date", "Session", "Where", "What it covers"],
    ("AUTUMN TERM",),
    ["Sat 19 Sep 2009", "CD1 The Centre Pass", "Netball Centre",
     "The SENCO's role under the SEN Code of Practice and the 2008 SENCO Regulations; the Self-Rating; speaking and "
     "listening as a SENCO; young disabled players on what helps."],
    ["Thu 8 Oct", "TN1 Finding your voice", "Millbeck / Netball Centre",
     "Writing for heads, governors and parents; putting a case clearly; listening to a different view."],
    ["Fri 23 Oct", "CD2 The Rules of the Game", "Copsey Hill",
     "SEN law and guidance: the Education Act 1996, the SEN Code of Practice 2001, SENDA 2001, the DDA 1995 and 2005, "
     "the disability equality duty and accessibility plans; what they require of the school, the SENCO and others, "
     "and how to put them into practice."],
    ["Thu 19 Nov", "TN2 Managing the load", "Millbeck / Netball Centre",
     "Prioritising, managing time, delegating tasks to teaching assistants and colleagues and checking they are done."],
    ["Fri 4 Dec", "CD3 Reading the Game", "Netball Centre",
     "Identifying pupils with SEN from observation, data and assessment; using assessments by educational "
     "psychologists, therapists and others to shape teaching; setting challenging targets; planning and reviewing "
     "interventions."],
    ("SPRING TERM",),
    ["Thu 14 Jan 2010", "TN3 Growing up", "Millbeck / Netball Centre",
     "How children develop, and how SEN, disability and the physical and social environment affect development."],
    ["Fri 29 Jan", "CD4 Removing Barriers", "Fernacre School",
     "The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and how they affect learning; a "
     "critical look at approaches, strategies, resources and ICT for assessment, planning and teaching."],
    ["Thu 25 Feb", "TN4 Reading the Scores", "Millbeck / Netball Centre",
     "Using summative assessment, national tests and P scales to track progress and change programmes."],
    ["Fri 12 Mar", "CD5 The Whole Team", "Copsey Hill",
     "Relationships with pupils and families; consulting pupils and involving them in planning and reviewing their "
     "provision; working in partnership with parents and carers (with a parent co-presenter from the Parent "
     "Partnership Service); the scope of external agencies and voluntary organisations and how to work with them."],
    ["Thu 25 Mar", "TN5 Access Arrangements", "Millbeck / Netball Centre",
     "Identifying in good time the special arrangements pupils need for national tests and examinations, and working "
     "with colleagues and exams officers to put them in place in class and in the tests."],
    ("SUMMER TERM",),
    ["Fri 23 Apr", "CD6 Team Shape", "Netball Centre",
     "Provision mapping and management; finding ineffective or missing provision; deploying and managing teaching "
     "assistants; anticipating problems and making sound decisions on provision; reviewing provision with colleagues "
     "to feed the school's self-evaluation form."],
    ["Fri 14 May", "CD7 Captaincy", "St Oswin's",
     "Advising governors and senior colleagues on an inclusive ethos, policy, priorities and the use of resources; "
     "supporting colleagues' professional development by observation and feedback, modelling, coaching and training."],
    ["Thu 10 Jun", "TN6 Whistle practice", "Millbeck / Netball Centre", "Rehearsal for the Whistle Review."],
    ["Fri 25 Jun", "CD8 Reading the Research", "University",
     "Finding, judging and using research and outside advice on SEN; best practice; keeping up to date and taking "
     "charge of one's own professional development; Next Season planning."],
    ["5-8 Jul", "Whistle Reviews", "University", "See Rule 24.4."],
    ["Sat 17 Jul", "Finals Day", "Netball Centre", "Presentation of Awards."],
]
t = doc.add_table(rows=len(s1), cols=4)
t.style = "Table Grid"
for i, row in enumerate(s1):
    if len(row) == 1:
        merged_row(t, i, row[0], fill="BFBFBF")
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=8.5, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j))
for row in t.rows:
    for j, w in enumerate((2.4, 3.3, 2.8, 8.5)):
        row.cells[j].width = Cm(w)

# ------------------------------------------------------------------ SCHEDULE 2
part("SCHEDULE 2 - MATCH PAPERS")
table(doc, [
    ["Match Paper", "What the participant does", "Length", "Hand in"],
    ["MP1 The Player", "A case study of one pupil with SEN or a disability in her school: the law and guidance that "
     "apply, the pupil's needs and how they affect learning, how the pupil and family take part in planning and "
     "reviewing provision, and what the school does and should do.", "4,000 words", "15 Jan 2010"],
    ["MP2 Team Shape", "A provision-mapping project for a year group or key stage: the participant maps provision, finds "
     "what is ineffective or missing, draws on other professionals' assessments and national test data, plans access "
     "arrangements, and works with an outside agency or voluntary organisation to change one intervention.",
     "5,000 words or equivalent, with the provision map", "30 Apr 2010"],
    ["MP3 Captaincy", "Option A or Option B (Rule 24.2), in either case with a paper to the headteacher and governors "
     "on the school's SEN priorities and use of resources for the next year, a review, carried out with colleagues, "
     "of how well the change worked, and a critical use of research.", "4,000 words", "11 Jun 2010"],
    ["WR Whistle Review", "Rule 24.4.", "50 minutes", "5-8 Jul 2010"],
], widths=(2.8, 9.5, 2.6, 2.1), size=8.5)

# ------------------------------------------------------------------ SCHEDULE 3
part("SCHEDULE 3 - THE STANDARDS")
para(doc, "The Standards are the national minimum outcomes for the Award in the League's words. Rule 16 explains the "
     "columns.", size=9)
s3 = [
    ["No.", "Standard: by the end of the Course a participant can ...", "Coached at", "Umpired in"],
    ("THE PLAYER",),
    ["P1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and disabilities and "
     "with their parents and carers", "CD5", "MP1"],
    ["P2", "gain the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for "
     "pupils with SEN and disabilities", "CD7", "MP3"],
    ["P3", "prioritise, manage her time and delegate tasks appropriately, making sure they are done", "TN2", "Warm-up"],
    ["P4", "anticipate and resolve problems, make well-founded decisions and use sound judgement about provision",
     "CD6", "MP2"],
    ["P5", "express herself clearly in speech and writing, and listen to and understand others' views", "CD1, TN1",
     "WR"],
    ["P6", "draw on research and outside advice to improve her own and colleagues' practice", "CD8", "MP3"],
    ["P7", "keep up to date and take charge of her own professional development in SEN and disability", "CD8", "WR"],
    ("KNOWING THE GAME",),
    ["K1", "know the law and guidance on SEN, including the SEN Code of Practice, what they mean for the school, the "
     "SENCO and others, and how to put them into practice", "CD2", "MP1"],
    ["K2", "know the principles and outcomes of Every Child Matters and how a SENCO helps children achieve them", "-",
     "MP1"],
    ["K3", "know the law on disability equality and what it requires schools to do for disabled pupils", "CD2", "MP1"],
    ["K4", "understand how children develop and how SEN, disability and the learning environment affect development",
     "TN3", "Warm-up"],
    ["K5", "know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
     "affect learning", "CD4", "MP1"],
    ["K6", "judge critically and use approaches, strategies, resources and ICT for assessment, planning and teaching, "
     "to remove barriers and personalise provision", "CD4", "MP2"],
    ["K7", "understand the principles of school self-evaluation and improvement as they bear on pupils with SEN",
     "Rest", "Rest"],
    ["K8", "know best practice and the findings of research on meeting special educational needs", "CD8", "MP3"],
    ["K9", "know what external agencies do and how to get specialist support and resources", "CD5", "MP2"],
    ("PLAYING THE GAME",),
    ["S1", "with senior colleagues and governors, influence the school's inclusive ethos, policies, priorities and use "
     "of resources", "CD7", "MP3"],
    ["S2", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "CD3",
     "MP2"],
    ["S3", "use other professionals' assessments to develop teaching approaches", "CD3", "MP2"],
    ["S4", "use summative assessments, including national tests, to track progress and change programmes", "TN4",
     "MP2"],
    ["S5", "encourage colleagues to develop formative assessment, with approaches for pupils with SEN", "Rest", "Rest"],
    ["S6", "identify in good time special arrangements for tests and examinations and put them in place with "
     "colleagues", "TN5", "MP2"],
    ["S7", "use provision mapping and management to plan provision and find what is ineffective or missing", "CD6",
     "MP2"],
    ["S8", "deploy and manage staff to support pupils with SEN", "CD6", "Warm-up"],
    ["S9", "support colleagues' professional development through observation and feedback, modelling, coaching and "
     "training", "CD7", "MP3 (Option B only)"],
    ["S10", "review and evaluate provision with other staff, to feed the school's self-evaluation and improvement "
     "planning", "CD6", "MP3"],
    ["S11", "make sure pupils with SEN take part in planning, agreeing, reviewing and evaluating their provision",
     "CD5", "MP1"],
    ["S12", "liaise with parents and carers to promote their children's learning and development", "CD5", "Warm-up"],
    ["S13", "work in partnership with other services and agencies, including voluntary organisations", "CD5", "MP2"],
]
t3 = doc.add_table(rows=len(s3), cols=4)
t3.style = "Table Grid"
for i, row in enumerate(s3):
    if len(row) == 1:
        merged_row(t3, i, row[0], fill="BFBFBF")
        continue
    for j, v in enumerate(row):
        cell_text(t3.cell(i, j), v, size=8.5, bold=(i == 0))
        if i == 0:
            shade(t3.cell(i, j))
for row in t3.rows:
    for j, w in enumerate((1.1, 10.3, 2.4, 3.2)):
        row.cells[j].width = Cm(w)
# the SGM struck out P2
delete_row(t3.rows[3], SEC, SGM)

# ------------------------------------------------------------------ SCHEDULE 4
part("SCHEDULE 4 - HOW THE AWARD SECTION WAS FORMED")
para(doc, "In March 2008 the Foundation sent a questionnaire to the headteachers and SENCOs of the 62 schools where "
     "its coaches work; 41 schools replied. Harthshire County Council's SEN and Inclusion Service gave us its figures: "
     "38 Harthshire schools appointed a new SENCO in 2007-08, and 23 of those SENCOs had no qualification in SEN. In "
     "April 2008 the Harthshire Parent Partnership Service held a discussion for us with eleven parents of children "
     "with SEN. The Award Committee, meeting in shadow form, then made the changes below to the first draft of Part "
     "Five.")
table(doc, [
    ["What we heard", "Who told us", "What we changed"],
    ["New SENCOs find workload and time the hardest part of the job.", "29 of the 41 SENCOs who replied",
     "TN2 Managing the load added."],
    ["Twilight sessions on Tuesdays clash with school meetings, and the Netball Centre is far from the north of the "
     "county.", "Heads of the Member Schools", "Training Nights moved to Thursdays and held in two places."],
    ["Schools get access arrangements for tests and examinations wrong or late.",
     "Secondary heads; the County's assessment adviser", "TN5 added, and access arrangements made part of MP2."],
    ["Parents want SENCOs who listen, explain and keep in touch.", "Parent Partnership discussion",
     "CD5 rewritten, with a parent co-presenter from the Parent Partnership Service."],
    ["Assignments should be useful to the school.", "Heads; SENCOs", "Match Papers built on Home Court Tasks."],
    ["New SENCOs do not know which agencies do what.", "County SEN and Inclusion Service",
     "Educational psychologists and therapists teach parts of CD3, CD4 and CD5."],
], widths=(6.5, 4.5, 6.0), size=8.5)

# ------------------------------------------------------------------ REGISTER OF AMENDMENTS, ADOPTION
part("REGISTER OF AMENDMENTS")
table(doc, [
    ["Date", "Rules", "Change", "Minute"],
    ["12 Jun 1987", "5, 9-11", "Individual members; Fixtures Secretary added", "AGM 87/6"],
    ["10 Jun 2003", "8", "Safeguarding and welfare rule; Welfare Officer", "AGM 03/9"],
    ["14 Oct 2008", "2(d), 5.3, 12, 14.2, Part Five, Schedules 1-4",
     "Award Section established. Rule 22.2 struck out on an amendment moved by Millbeck Primary School; Rule 25.2 "
     "amended; Schedule 3 amended.", "SGM 08/3"],
], widths=(2.4, 4.2, 8.0, 2.4), size=8.5)

para(doc, "")
para(doc, "Adopted as amended at the Special General Meeting held on 14 October 2008.")
para(doc, "Signed on behalf of the League:  ______________________ Chair      ______________________ Honorary Secretary")
para(doc, "Date:  ____ / ____ / ________")

doc.save(str(OUT))
print("wrote", OUT)
