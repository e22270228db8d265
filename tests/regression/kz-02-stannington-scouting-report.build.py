"""kz-02-stannington-scouting-report: build script (writes kz-02-stannington-scouting-report.docx next to it).

Provider (invented): Stannington Town Community Trust, the charity of Stannington Town FC (a regional
professional club), which also runs the Stannington Performance Lab, a sports science and data laboratory at
the club's Cromer Road stadium. Partner: Northmoor University, School of Education, which validates the course.
Application for 2008-09.

Document kind and layout: the course is presented on the club recruitment department's own scouting report
form ("Form SR-3"), filled in by the Head of Recruitment (the course leader), as if the course were a player
being recommended for signing. No heading styles: section titles are typed in bold capitals on shaded Normal
paragraphs ("PLAYER DETAILS", "GAMES WATCHED", "CHARACTER AND BACKGROUND", "PREVIOUS CLUBS", "MEDICAL",
"AVAILABILITY", "THE WATCHES", "ATTRIBUTE GRID", "AGENTS AND REFERENCES", "COMPARABLE PLAYERS", "MATCH
FITNESS", "SIGNING", "RECOMMENDATION"). A player-details table with shaded label cells and a merged "Profile"
cell; a "Games Watched" fixture table of eight Trial Games; the form's grey italic prompts left in under each
title; an Attribute Grid ("No. | Attribute (in our words) | Seen in | Graded in") with merged group rows, whose
values "Training only", "Scout's notes only" and "Not seen" are keyed in a paragraph *below* the grid; a
"Scout's verdict" text box with star ratings; tick boxes for the recommendation; a tracked deletion and a
tracked insertion; two Word comments; page header and footer. Vocabulary: participants are "Trialists",
tutors "Scouts", study days "Trial Games" TG1-TG8, school-based tasks "Watches", marked assessments "Graded
Watches" GW1-GW3, unmarked tasks "Training Ground tasks", the award rule the "Signing Standard", the needs
assessment "Pre-season Screening", the VLE "ScoutNet".

Traps (requirement ids):
- An assessment-only "Trialist route" ran only in the 2007-08 pilot and "has not been offered since"
  (past arrangement) (2.3 not_met).
- Work with parents is "the responsibility of each Trialist's school and is not covered on the course"
  (someone else's responsibility): 1.7 and 6.S8 not_met (S8's grid row reads "Not seen" twice); a comment
  suggesting a parents' Watch is not part of the submission. 6.A1 is "Training only" (partially_met).
- Further professional targets: only "We hope that our graduates ..."; the "Next Season Plan" belongs to
  another trust's course under COMPARABLE PLAYERS (other provider) (2.5 not_met).
- Disability equality law: no row, no Trial Game (6.K3 not_met). The provider's own equality duties and
  adjustments under MEDICAL are concrete (3.1 met), which is not teaching content; legislation taught is the
  Code of Practice and ECM only (1.4 partially_met).
- Placements: only Brinklow Rovers Foundation's course places participants in a special school (other
  provider); ours has specialist speakers (5.5 partially_met).
- Pre-season Screening against the outcomes is used only to group Trialists, no individual plan or
  personalised outcomes (2.2 partially_met).
- One start date and a fixed order; the only choice is Tuesday or Thursday group (3.2 partially_met).
- ScoutNet holds slides and takes uploads; no tutor or peer support between Trial Games (3.3 partially_met).
- Stakeholders' needs and influence only in general terms ("We know from our schools work ...") (4.1, 4.2
  partially_met); their part in evaluation is concrete (Review Panel with headteachers and the LA's Principal
  EP) (4.3 met).
- Moderation: double marking, but a tracked deletion removes the University moderator and what remains says
  external moderation "is being arranged" (5.8 partially_met).
- Outcomes: 6.A1 (pupils only, no parents), 6.A6, 6.S3 "Training only"; 6.S5, 6.S2c "Scout's notes only"
  (formative); 6.A3 seen "Not seen" but graded in GW3 (assessed, not taught) (all partially_met); 1.9 partially_met as a result.
- Met despite looking like traps: CRB certificates checked in person by the Trust's Safeguarding Officer under
  "CHARACTER AND BACKGROUND" (5.3 met; the inserted List 99 words are part of the submission); pupil
  consultation through the graded "Pupil Voice Watch" (1.5, 6.S7 met); the Performance Lab's analysts
  measuring target pupils' progress (5.9 met); the Signing Standard (6.0 met). The ticked "SIGN" box and the
  header are never evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _kz_helpers import *  # noqa
from docx.shared import Pt, RGBColor

HERE = Path(__file__).parent
NAME = "kz-02-stannington-scouting-report"
AU, DT = "D. Whitlow (Head of Recruitment)", "2008-11-10T16:05:00Z"

d = new_doc("Arial", 10)
header_footer(d, "STANNINGTON TOWN FC  \u2022  RECRUITMENT DEPARTMENT  \u2022  Form SR-3 (rev. 2008)",
              "Confidential: recruitment. Stannington Town Community Trust, Cromer Road, Stannington.")


def title(text):
    p = para(d, text, bold=True, size=11)
    shade_para(p, "C00000")
    p.runs[0].font.color.rgb = RGBColor(255, 255, 255)
    return p


def prompt(text):
    p = para(d, text, italic=True, size=8, color="808080")
    return p


para(d, "STANNINGTON TOWN FOOTBALL CLUB", bold=True, size=16, align="center")
para(d, "RECRUITMENT DEPARTMENT  \u2013  SCOUTING REPORT", bold=True, size=13, align="center")
para(d, "Completed by the Stannington Town Community Trust for the TDA's approval panel, National Award for SEN "
        "Coordination 2008-09", italic=True, align="center")

title("PLAYER DETAILS")
prompt("Full name, position, parent club, contract status, age group, scout, date of report.")
t = table(d, [
    ["Name", "The Stannington Award in SEN Coordination"],
    ["Position", "Masters level (Level 7), 60 credits"],
    ["Parent club", "Northmoor University, School of Education (validating partner)"],
    ["Contract", "Validated by Northmoor University in June 2008 as a 60-credit module of its MA Education "
                 "framework, for five years from January 2009"],
    ["Age group", "Teachers new to the SENCO role, and teachers about to take it up"],
    ["Scout", "Dave Whitlow, Head of Recruitment (course leader)"],
    ["Date of report", "10 November 2008"],
    ["Profile", ""],
], header_fill=None, bold_header=False)
for i in range(8):
    shade(t.cell(i, 0), "F2DCDB")
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
t.cell(7, 1).paragraphs[0].add_run(
    "A course that raises the achievement and well-being of children with special educational needs and "
    "disabilities by making their SENCOs better at the job. Eight Trial Games at the stadium, three Graded "
    "Watches in the Trialist's own school, and the Performance Lab's data team on hand to measure what changes.")

title("GAMES WATCHED")
prompt("List every fixture at which the player was watched: date, venue, competition.")
para(d, "The course meets for eight Trial Games, all in the Legends Lounge at Cromer Road, 4.30-8.30 pm, on "
        "Tuesdays (Group A) or Thursdays (Group B) of the same week.")
tg = [
    ["TG", "Dates (Group A / B)", "Fixture (what the Trial Game covers)"],
    ["TG1", "13 / 15 Jan 2009", "Kick-off: the SENCO's role; the SEN Code of Practice and statutory assessment; "
                                "Every Child Matters and the five outcomes"],
    ["TG2", "3 / 5 Feb 2009", "Knowing the squad: the common SEN - BESD, dyslexia and other SpLD, SLCN, ASD, MLD - "
                              "and how they affect learning; how children develop"],
    ["TG3", "3 / 5 Mar 2009", "Reading the game: identifying pupils, using data, setting targets, planning and "
                              "reviewing interventions; other professionals' assessments"],
    ["TG4", "31 Mar / 2 Apr 2009", "Tactics: approaches, strategies, resources and ICT; the research evidence"],
    ["TG5", "12 / 14 May 2009", "Listening to the players: consulting pupils and involving them in their plans "
                                "and reviews"],
    ["TG6", "16 / 18 June 2009", "The coaching staff: deploying teaching assistants; coaching, observing and "
                                 "developing colleagues; leading in-service training"],
    ["TG7", "22 / 24 Sept 2009", "The boardroom: working with the head and governors; self-evaluation and "
                                 "improvement planning; provision mapping and costing"],
    ["TG8", "10 / 12 Nov 2009", "Full time: presentations of GW3; review of the season"],
]
table(d, tg)

title("SCOUT'S SUMMARY")
prompt("Overall impression. What will this player bring to the first team?")
para(d, "Our main objective is that pupils with SEN and disabilities in Trialists' schools do better, in the "
        "broad Every Child Matters sense: healthier, safer, enjoying and achieving, contributing and ready for "
        "adult life, not only better test results. Every Graded Watch asks the Trialist to set out what changed "
        "for named pupils on at least two of the five outcomes, and the Watches are built around practice in the "
        "Trialist's own school: each one is a piece of work the school needs doing anyway, agreed with the "
        "headteacher, carried out with real pupils and colleagues, and written up with evidence of its effect. "
        "That is how the course makes an impact on practice: a Trialist cannot pass without having changed "
        "something in their school and shown what difference it made.")
para(d, "The content draws on current research and inspection evidence. TG4 is built around Ofsted's 2006 "
        "report Inclusion: does it matter where pupils are taught? and the 2008 Bercow review of services for "
        "children with speech, language and communication needs; TG2 uses the Inclusion Development Programme "
        "materials on dyslexia and SLCN; TG3 draws on Lewis and Norwich's work on pedagogy for SEN and on the "
        "National Strategies' guidance on personalised learning. Scouts update the reading list each summer.")
para(d, "The legal ground covered is the SEN Code of Practice (2001), statutory assessment and statements, and "
        "Every Child Matters and the Children Act 2004. Trialists study these in TG1 and apply them in GW1.")
para(d, "Working with colleagues runs through the course: advising class teachers on strategies (TG3, GW2), "
        "coaching and observing colleagues (TG6), working with SENCOs in neighbouring schools in the Stannington "
        "cluster (TG7), and with the Local Authority's advisory teachers and the educational psychologists (TG3).")

title("THE SQUAD")
prompt("Who has watched the player? Scouts' names, roles and qualifications.")
table(d, [
    ["Scout", "Role on the course", "Background"],
    ["Dave Whitlow", "Head of Recruitment (course leader)", "Former SENCO and deputy head; MEd (SEN); Trust "
     "education manager since 2005"],
    ["Dr Fiona Leckie", "Senior Scout; Northmoor link tutor", "Senior lecturer in inclusive education, Northmoor "
     "University; former advisory teacher for ASD"],
    ["Rashid Khan", "Scout", "Serving SENCO at Hallam Road Primary, seconded one day a week; NPQH"],
    ["Jo Pennock", "Scout", "Specialist teacher (SpLD), AMBDA; Local Authority learning support team"],
    ["Marc Ellery", "Data Scout", "Senior analyst, Stannington Performance Lab; MSc Sport and Exercise Science"],
])
para(d, "Every Scout who teaches or grades attends the Scouts' briefing in December and again in August. The "
        "briefing covers the Scouts' Handbook (the Attribute Grid, grade descriptors, how to run and record a "
        "Watch visit, safeguarding), and each Scout grades two sample Watches from the pilot before grading "
        "live. New Scouts shadow Dave Whitlow on two Watch visits. Scouts keep up to date through the Local "
        "Authority's SENCO network meetings, which they attend termly, and each logs at least 15 hours of SEN "
        "CPD a year.")
para(d, "Guest speakers bring specialist expertise: the Local Authority's Principal Educational Psychologist "
        "(TG3), a speech and language therapist from the Stannington Children's Centre (TG2), and the manager of "
        "Stannington Mencap's family service (TG5).")

title("CHARACTER AND BACKGROUND")
prompt("References, background checks, attitude.")
p = para(d, "Before a Trialist is accepted, the Trust's Safeguarding Officer sees the original of the Trialist's "
            "current enhanced CRB disclosure at Pre-season Screening, records its number and date on the "
            "Trust's single central record ")
ins_run(p, "together with the List 99 check carried out by the Trialist's employer ", AU, DT)
p.add_run("and returns it the same day. A Trialist whose disclosure is more than three years old, or who cannot "
          "produce one, is not accepted until a new one has been seen.")
para(d, "Entry requirements: qualified teacher status; at least two years' teaching; in post as SENCO or "
        "designated to become SENCO within the year; a reference from the headteacher agreeing to release the "
        "Trialist for the Trial Games and to support the Watches. Dave Whitlow reads every application and "
        "interviews each applicant at Pre-season Screening. An applicant who does not yet have the experience "
        "is given written advice on what to do first (usually a year on the Local Authority's SENCO induction "
        "programme) and, with their consent, Dave Whitlow discusses this with their headteacher.")

title("PRE-SEASON SCREENING")
prompt("Fitness testing results on arrival.")
para(d, "Every Trialist completes Pre-season Screening in December: a self-assessment against each attribute "
        "on the Attribute Grid, scored 1-4, with a short piece of evidence from their current practice for each, "
        "and an interview with a Scout. The Performance Lab turns the screening scores into a profile for each "
        "Trialist. The profiles are used to group Trialists for the Training Ground tasks at each Trial Game, so "
        "that each group works on the attributes its members scored lowest.")
para(d, "The course is tailored to the Trialist in its Watches: each Graded Watch is a piece of work the "
        "Trialist chooses with their headteacher to fit the school's improvement plan, and each Trialist has a "
        "Scout who visits the school twice and can be telephoned between Trial Games. The fee is \u00a3950, of "
        "which the Local Authority pays \u00a3400 for its schools; the Trust meets the cost of the stadium, the "
        "Performance Lab's analysis and the SEN Resource Room from its own funds.")

title("PREVIOUS CLUBS")
prompt("Previous clubs, transfers, loan spells.")
para(d, "Prior study and experience are accredited through Northmoor University's APEL procedure. A Trialist "
        "who holds relevant Level 7 credit (for example a certificate in SpLD or autism) may transfer up to 20 "
        "credits; a Trialist with substantial experience may claim up to 20 credits by a portfolio mapped to "
        "the Attribute Grid, assessed by Dr Leckie and a second Scout. The credit exempts the Trialist from GW1, "
        "and the Pre-season Screening records which attributes the credit covers.")
para(d, "Trialist route. In the pilot year (2007-08) two experienced advisory teachers were assessed against "
        "all the attributes without attending the Trial Games. The Trialist route was run as part of the pilot "
        "only and has not been offered since.")

title("MEDICAL")
prompt("Injuries, fitness concerns, medical history.")
para(d, "The Trust meets its duties under the Disability Discrimination Act as amended in 2005 and its other "
        "equality duties for every Trialist. The application form and the Pre-season Screening interview both "
        "invite applicants to tell us about a disability or other need, and we explain why: so that we can make "
        "reasonable adjustments. Adjustments already made include handouts in large print and on coloured "
        "paper, a BSL interpreter for a deaf Trialist at all Trial Games, extended deadlines and a viva in place "
        "of a written Watch. The Legends Lounge is on the ground floor with level access and an induction loop. "
        "Course leaflets are available in large print, audio and Easy Read, and state that disabled applicants "
        "are welcome. Graded Watches are assessed on the attribute, not on the form of presentation, and any "
        "adjustment to assessment is agreed with the University's disability office.")

title("AVAILABILITY")
prompt("Contract expiry, international commitments, availability for selection.")
para(d, "The course runs once a year, starting in January. Trial Games must be attended in order, as each "
        "Watch follows the Trial Games before it. The only choice is between the Tuesday group and the Thursday "
        "group, and a Trialist may swap group for any Trial Game.")
para(d, "ScoutNet, the Trust's online area, holds the slides and readings for each Trial Game, and Trialists "
        "upload their Graded Watches to it.")

title("THE WATCHES")
prompt("Describe the player's performance in each game watched.")
para(d, "A Watch is a piece of work in the Trialist's own school, done between Trial Games and recorded in a "
        "Watch file. The three Graded Watches are marked:")
for b in [
    "GW1 (due March 2009): a review of the school's SEN policy and practice against the Code of Practice and "
    "Every Child Matters, with an action plan, 3,000 words.",
    "GW2 (due June 2009): a case file on two pupils with different needs, showing identification, assessment "
    "(including reports from other professionals and outside agencies), targets, the intervention and the "
    "review, 4,000 words.",
    "GW3 (due November 2009): a change project led by the Trialist, with before-and-after evidence for the "
    "pupils involved, written up in 4,000 words and presented to two Scouts at TG8.",
]:
    para(d, b, style="List Bullet")
para(d, "The Pupil Voice Watch, done between TG5 and TG6, is part of GW3: the Trialist consults a group of pupils "
        "with SEN about an issue that affects them (for example, playground arrangements or homework), involves "
        "two pupils in planning, agreeing and later reviewing their own provision, and reports what was changed "
        "as a result. It is graded as part of GW3.")
para(d, "Training Ground tasks are short exercises at each Trial Game. Scouts give feedback on them but they "
        "are not graded. A Scout's notes on a Watch visit may also comment on attributes that are not graded.")

title("ATTRIBUTE GRID")
prompt("Rate the player on each attribute. Use the key below.")
groups = [
    ("PROFESSIONAL ATTRIBUTES", [
        ("1", "Fair, respectful and constructive with pupils with SEN", "TG5", "Training only"),
        ("2", "Gets the head, senior leaders and colleagues on board", "TG7", "GW3"),
        ("3", "Prioritises, manages time, delegates and follows up", "Not seen", "GW3"),
        ("4", "Sees problems coming, solves them, makes sound decisions on provision", "TG3", "GW2"),
        ("5", "Clear in speech and writing; listens to others", "TG5; TG8", "GW1; GW3"),
        ("6", "Uses research and outside advice to improve own and colleagues' practice", "TG4", "Training only"),
        ("7", "Keeps up to date; takes charge of own CPD on SEN and disability", "TG8", "GW3"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("8", "SEN law and guidance, the Code of Practice, and how to put them into practice", "TG1", "GW1"),
        ("9", "Every Child Matters and how the SENCO helps pupils reach the five outcomes", "TG1", "GW1"),
        ("10", "How children develop and what affects development", "TG2", "GW2"),
        ("11", "The common SEN and disabilities and their effect on learning", "TG2", "GW2"),
        ("12", "Approaches, strategies, resources and ICT, critically understood", "TG4", "GW2"),
        ("13", "School self-evaluation and improvement for pupils with SEN", "TG7", "GW1"),
        ("14", "Best practice and research on meeting SEN", "TG4", "GW2"),
        ("15", "External agencies and how to get specialist support", "TG3; TG5", "GW2"),
    ]),
    ("SKILLS", [
        ("16", "Influences ethos, policy, priorities and resources with senior staff and governors", "TG7", "GW1"),
        ("17", "Identifies pupils, sets targets, plans interventions, reviews progress", "TG3", "GW2"),
        ("17a", "Uses other professionals' assessments to shape teaching", "TG3", "GW2"),
        ("17b", "Uses summative data and national tests to track and adjust programmes", "TG3", "GW2"),
        ("17c", "Helps colleagues develop formative assessment for pupils with SEN", "TG3", "Scout's notes only"),
        ("17d", "Spots and sets up access arrangements for tests and exams in good time", "TG3", "GW2"),
        ("18", "Provision mapping; finds ineffective or missing provision", "TG7", "Training only"),
        ("19", "Deploys and manages support staff", "TG6", "GW3"),
        ("20", "Develops colleagues: observation, feedback, modelling, coaching, training", "TG6", "Scout's notes only"),
        ("21", "Reviews provision with staff to feed self-evaluation", "TG7", "GW3"),
        ("22", "Involves pupils in planning, agreeing and reviewing their provision", "TG5", "GW3"),
        ("23", "Liaises with parents and carers", "Not seen", "Not seen"),
        ("24", "Works with other services and voluntary organisations", "TG3; TG5", "GW2"),
    ]),
]
rows = [["No.", "Attribute (in our words)", "Seen in", "Graded in"]]
grp = []
for g, items in groups:
    grp.append(len(rows))
    rows.append([g, "", "", ""])
    rows += [list(x) for x in items]
t = table(d, rows, header_fill="C00000")
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
for gi in grp:
    merge_row(t, gi, rows[gi][0], fill="F2DCDB")
para(d, "Key. \"Seen in\" is the Trial Game where the attribute is coached. \"Graded in\" is the Graded Watch "
        "in which it is marked. \"Training only\" means it is worked on in Training Ground tasks but never "
        "graded. \"Scout's notes only\" means the Scout comments on it during a Watch visit, without a grade. "
        "\"Not seen\" means it is not part of the course.", size=9)
p = para(d, "Work with parents and carers is the responsibility of each Trialist's school and is not covered on "
            "the course.")
comment(d, p, "Could we add a parents' evening Watch in 2009-10? Mencap family service offered to help.", AU, "DW")

title("AGENTS AND REFERENCES")
prompt("Who has recommended the player? What do agents and previous managers say?")
para(d, "We know from our schools work that SENCOs want practical training close to home that fits around the "
        "school day, and the headteachers we spoke to liked the idea of a course run at the stadium. The course "
        "was designed with this in mind.")
para(d, "Stakeholders will be involved directly in evaluating and running the course. Two headteachers from the "
        "Stannington cluster and the Local Authority's Principal Educational Psychologist sit on the Review "
        "Panel, which meets each July to read the Scouts' evaluation report, the Trialists' survey and the "
        "Performance Lab's impact figures and to agree changes for the next intake. Each Trialist's headteacher "
        "agrees the Watches and completes a short questionnaire at the end of the course about the difference it "
        "has made to the school. Former Trialists from the pilot year act as Watch buddies for new Trialists.")

title("COMPARABLE PLAYERS")
prompt("Players of a similar profile at other clubs.")
para(d, "Brinklow Rovers Foundation runs a similar course with Kingsmere University. Its participants spend a "
        "week's placement in a special school, and each leaves with a \"Next Season Plan\" of professional "
        "targets agreed with their line manager at the final session.")
para(d, "We hope that our graduates will go on to set themselves new targets once they have finished.")

title("MATCH FITNESS")
prompt("Quality assurance: how do we know the player will perform consistently?")
para(d, "Evaluation. Each Trial Game ends with a five-minute feedback card; Trialists complete an end-of-course "
        "survey; the Scouts hold a review meeting after each Trial Game; the Review Panel reads the annual "
        "evaluation report (above); and Northmoor University's external examiner reads the report and the "
        "Graded Watch results each year and writes to the University. Changes agreed by the Review Panel are "
        "written into the next year's Scouts' Handbook and reported back to Trialists.")
p = para(d, "Grading. Every Graded Watch is graded by two Scouts independently against the grade descriptors, "
            "who agree a grade; where they cannot agree, Dr Leckie decides. ")
del_run(p, "The University's moderator samples every Graded Watch and attends the grading meeting. ", AU, DT)
p.add_run("External moderation by the University is being arranged for 2009-10.")
para(d, "Impact. The Performance Lab measures the course the way it measures players. Each Trialist records "
        "the Pre-season Screening scores again at TG8, and completes a confidence scale at TG1 and TG8. For each "
        "Graded Watch, the Trialist supplies the target pupils' baseline and end-point data (reading and maths "
        "levels, P scales where relevant, attendance, exclusions and a well-being scale completed by the pupil). "
        "Marc Ellery's team anonymises and analyses the data, and reports the changes in Trialists' confidence "
        "and competence and in the target pupils' progress to the Review Panel each July.")
para(d, "Resources. Trialists use the SEN Resource Room in the stadium's learning centre, which holds the "
        "Inclusion Development Programme materials, assessment kits for dyslexia and language, Widgit and Clicker "
        "software, a set of laptops with text-to-speech, and a lending library of 400 titles, as well as the "
        "Northmoor University library and online journals.")

title("SIGNING")
prompt("Terms of any offer.")
para(d, "The Signing Standard: a Trialist is signed (awarded the Stannington Award and 60 credits) only when "
        "every attribute graded in GW1, GW2 and GW3 has been graded at \"Signing standard\" in the Watch that "
        "grades it. Grades do not compensate for one another. A Trialist who falls short on an attribute may "
        "resubmit that part of the Watch once.")

title("STRENGTHS AND AREAS TO DEVELOP")
prompt("Two or three of each. Be honest: the manager will read this.")
para(d, "Strengths", bold=True)
for b in [
    "Rooted in the Trialist's own school. Every Graded Watch is real work for a real school, agreed with the "
    "headteacher, and it has to show what changed for named pupils.",
    "Data. The Performance Lab's analysts are used to turning messy match data into something a manager can act "
    "on, and they do the same for the Watches: each Trialist gets a one-page chart of their target pupils' "
    "progress to use with their head and governors.",
    "The venue. Teachers who would not give up an evening for a lecture theatre will come to a football "
    "stadium. Attendance in the pilot year was 94 per cent.",
]:
    para(d, b, style="List Bullet")
para(d, "Areas to develop", bold=True)
for b in [
    "The Trial Games are long after a teaching day. From January each Trial Game will have a 30-minute meal "
    "break in the Players' Lounge and a shorter first session.",
    "Reading load. The Scouts judged the pilot reading lists too long; each Trial Game now has three core "
    "readings and the rest are marked as optional.",
]:
    para(d, b, style="List Bullet")

title("HOW A TRIAL GAME RUNS")
prompt("Typical session structure.")
para(d, "A Trial Game has four parts, named after a match day. The warm-up (30 minutes) is a Training Ground "
        "task on the attribute the group is weakest on, drawn from the Pre-season Screening profiles. The first "
        "half (75 minutes) is input from a Scout or guest speaker. Half-time is the meal break. The second half "
        "(75 minutes) is workshop time on the next Watch, in which Trialists plan the piece of work they will do "
        "in school, with a Scout moving between tables. The warm-down (20 minutes) is the feedback card and a "
        "look ahead to the next Trial Game. Each Trialist keeps a Trial Game log in their Watch file.")

title("RECOMMENDATION")
prompt("Tick one.")
para(d, "\u2612 SIGN      \u2610 MONITOR      \u2610 REJECT")
text_box(d, ["SCOUT'S VERDICT",
             "Engine room: \u2605\u2605\u2605\u2605\u2606   Delivery: \u2605\u2605\u2605\u2605\u2606   "
             "Work rate: \u2605\u2605\u2605\u2605\u2605",
             "Ready for the first team from January 2009. Will improve with a season's experience."],
         height_in=1.1, fill="F2DCDB")
para(d, "Signed: D. Whitlow, Head of Recruitment                Countersigned: Dr F. Leckie, Northmoor University")

d.save(HERE / (NAME + ".docx"))
print("wrote", NAME + ".docx")
