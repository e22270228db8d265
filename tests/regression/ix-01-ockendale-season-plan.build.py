"""ix-01-ockendale-season-plan: build script.

Provider (invented): Ockendale County Sports Partnership, Inclusive PE and School Sport
Team, with the University of Lydbrook, Faculty of Education and Sport (validating).
Application for the 2008-09 National Award for SEN Coordination, February 2009.

Document kind and layout: the course written up as a coach's PERIODISED ANNUAL TRAINING
PLAN for a "squad" (the SENCOs): a plan-details table at the top, a shaded note to the
panel in a VML text box, Heading 1/2 styles numbered in the plan's own way ("Block 1 -
Goal setting"), a macrocycle table with the phase names in vertically merged cells, a
microcycle table of the ten "Squad Sessions" (SS1-SS10), a table of "Competitions"
graded A (summative, marked, count for the Award), B (formative, feedback only) and C
(practice), a "Coaching team" table, and an appendix "Performance Profile" (the outcome
map, in the partnership's own words, columns "Quality | Trained in | Tested at") in a
landscape section with a merged, shaded band row for each group. Header and footer.
One tracked deletion (a whole paragraph), one tracked insertion inside a sentence, and
three Word comments.

Traps (requirement ids):
- Header says "CRB: all squad members cleared"; headers are never evidence. The body's
  only CRB statement is about the partnership's own coaches and volunteers (5.3 not_met).
- The University's "straight-to-final" route belongs to its MA in Sport Coaching and
  "we have not adopted it" for the squad (2.3 not_met: other provider's arrangement
  plus negation).
- Credit for earlier certificated M-level study is given; a portfolio route for
  experience exists only in a tracked DELETED paragraph; experience "shapes the ITP" but
  "does not earn credit" (2.1 partially_met).
- The Clubhouse (Blackboard) gives peer forums and resources between sessions, but
  "Coaches do not answer questions on the Clubhouse"; a comment proposing a 48-hour
  reply is not part of the submission (3.3 partially_met).
- Stakeholders deliver (guest coaches, host schools) but their part in evaluation is only
  "We hope that heads and parents will join" the end-of-season review (4.3 partially_met).
- Placements ("away fixtures") at a special school were part of the 2007 pilot squad's
  season, in the past tense; this season has only guest specialists (5.5 partially_met).
- Impact: confidence and competence measured before and after; pupils' achievement only
  "we would like to" measure in later seasons (5.9 partially_met).
- Award rule: aggregate of 50 per cent across the three A-competitions, i.e.
  compensation between outcomes (6.0 partially_met; 1.9 partially_met with the B-only
  and untested rows).
- Parents: only a short part of SS7 on relationships; the Profile row "Working with
  families" is marked "Next season (2010-11)" (1.7 partially_met, 6.S8 not_met; 6.A1 met
  via SS7 and A1).
- Access arrangements for national tests are "the examinations officer's job" and "not
  part of the season" (6.S2d not_met, someone else's responsibility).
- Keeping up to date is "each squad member's own business once the season ends" (6.A7
  not_met: negation, no row).
- Outcomes tested only at B-competitions (formative, unmarked): 6.A3, 6.K9, 6.S2c
  (partially_met). Trained but "Not tested": 6.K4, 6.S7 (partially_met).
- A comment says the external examiner will moderate "all" scripts; the body's own
  moderation arrangement (second marking of a sample, external examiner) stands (5.8 met).
- The tracked insertion "and Level 7 (masters)" completes the credit statement (E.2 met).
"""
from pathlib import Path
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ix_helpers import (new_doc, para, runs, table, merge_row, vmerge, header_footer, tracked_para,
                         deleted_para, comment, text_box, landscape_section, shade)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "Ockendale CSP | SENCO Award Squad | Periodised Annual Plan v3 | CRB: all squad members cleared",
              "Inclusive PE and School Sport Team, Ockendale County Sports Partnership, with the University of "
              "Lydbrook Faculty of Education and Sport. Plan owner: Head Coach. Not for circulation.")

para(d, "PERIODISED ANNUAL PLAN 2009-10", bold=True, size=18, color="1F5C3A")
para(d, "SENCO Award Squad (National Award for SEN Coordination)", bold=True, size=13)
t = table(d, [
    ["Plan details", ""],
    ["Squad", "SENCO Award Squad, Cohort 1 (two groups: Tuesday Squad and Saturday Squad), up to 36 squad members"],
    ["Head Coach", "Dr Helen Marwood, Inclusive PE and School Sport Manager, Ockendale CSP"],
    ["University lead", "Dr Sanjay Obi, Principal Lecturer, Faculty of Education and Sport, University of Lydbrook"],
    ["Macrocycle", "September 2009 to July 2010 (Saturday Squad may start in January 2010)"],
    ["Plan version", "Version 3, February 2009, for the TDA approval panel"],
    ["Award", "Postgraduate Certificate: National Award for SEN Coordination"],
], bold_first_col=True)
merge_row(t, 0, "PLAN DETAILS", fill="1F5C3A")
from docx.shared import RGBColor
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

text_box(d, [
    "A note to the panel",
    "Our team plans everything it does the way a coach plans a season, and our partner schools know this format",
    "from the Partnership's sport plans. We have kept it for the Award. A 'squad member' is a SENCO on the course,",
    "a 'coach' is a tutor, a 'club mentor' is the in-school mentor and a 'competition' is an assessment.",
], height_cm=3.2)

d.add_heading("Block 1 - Goal setting", level=1)
para(d, "Every season plan starts with the goals. We set them at three levels, as we teach young athletes to do.")
d.add_heading("1.1 Outcome goal", level=2)
para(d, "The outcome goal of the season is that children and young people with SEN and disabilities in our squad "
        "members' schools achieve more and are better supported in their well-being: that they are healthy, stay "
        "safe, enjoy and achieve, make a positive contribution and move towards economic well-being. Each squad "
        "member chooses three focus pupils at the start of the season and every A-competition is judged partly on "
        "what the squad member has done, and found out, about those pupils' progress and well-being across the "
        "five Every Child Matters outcomes, not on test scores alone.")
d.add_heading("1.2 Performance goals", level=2)
para(d, "By the end of the season each squad member will have shown, in competition, the qualities on the "
        "Performance Profile (Appendix A), which is our wording of the national minimum outcomes, and will lead "
        "coordination of SEN provision in their own school with the confidence of a senior colleague.")
d.add_heading("1.3 Process goals", level=2)
para(d, "Week by week, squad members put each Squad Session into practice in their own school during the home "
        "fixture that follows it (see Block 4): a task done in school, with the head's agreement, that is tied to "
        "named qualities on the Profile and is written up in the training diary. The change a squad member makes in "
        "school is the raw material for the A-competitions, so nobody can pass without having changed something in "
        "their school's practice for pupils with SEN.")

d.add_heading("Block 2 - The macrocycle", level=1)
para(d, "The season runs in five phases. Load is given in guided hours; each squad member also works about "
        "five hours a week in school and in private study.")
mt = table(d, [
    ["Phase", "Months", "Mesocycle", "Focus", "Guided hours"],
    ["General preparation", "Sept", "M1 Screening", "Pre-season screening, Performance Profile, Individual Training Programme", "6"],
    ["", "Oct", "M2 Foundations", "SS1 to SS3; first home fixture", "18"],
    ["Specific preparation", "Nov-Dec", "M3 Reading the game", "SS4 and SS5; B1 coaching log opens", "12"],
    ["", "Jan", "M4 Game plan", "SS6; A1 Case Study submitted", "6"],
    ["Competition", "Feb-Mar", "M5 Team talk", "SS7 and SS8; B-competitions", "12"],
    ["", "Apr-Jun", "M6 The wider squad", "SS9 and SS10; A2 and A3", "12"],
    ["Transition", "July", "M7 Off-season review", "Next Season Plan with the head; celebration", "4"],
], bold_first_col=True)
vmerge(mt, 0, 1, 2, "General preparation")
vmerge(mt, 0, 3, 4, "Specific preparation")
vmerge(mt, 0, 5, 6, "Competition")
para(d, "")
para(d, "The Award carries 60 credits at the University of Lydbrook. It is validated by the University as a "
        "Postgraduate Certificate and the University's Faculty of Education and Sport is the awarding body; "
        "squad members are registered students of the University from the first Squad Session.")
tracked_para(d, [("", "All 60 credits are at "), ("ins", "Level 7 (masters) "), ("", "level, in three modules of "
                 "20 credits, each ending in one A-competition.")], author="S. Obi")

d.add_heading("Block 3 - Pre-season screening", level=1)
para(d, "Before the first Squad Session every squad member meets a coach for a screening conversation of about an "
        "hour, in their own school where possible. Before it, the squad member rates themselves from 1 to 10 on each "
        "quality of the Performance Profile, and the head rates them too. At the screening the coach looks at the "
        "evidence behind the ratings (a provision map, an IEP, a note of a review meeting) and agrees with the "
        "squad member a target rating for each quality.")
para(d, "From the screening the coach writes the squad member's Individual Training Programme (ITP): which "
        "qualities need most work, which optional workshops to attend, which home-fixture tasks to choose and the "
        "personal targets for the season. The ITP is the squad member's own set of outcomes, on top of the national "
        "ones. It is reviewed at the end of each mesocycle and rated again in July, so the ratings also show the "
        "distance travelled.")
d.add_heading("3.1 Caps carried forward", level=2)
para(d, "A squad member who already holds masters-level credit in SEN or inclusion from a UK university, gained in "
        "the last five years, may carry up to 20 credits into the Award through the University's accreditation of "
        "prior learning procedure, in place of Module 1. The University's APL tutor matches the earlier learning "
        "outcomes against the Profile and the squad member still sits A2 and A3.")
deleted_para(d, "Squad members with long experience as a SENCO but no earlier credit may instead submit a portfolio "
                "of their practice to the APL tutor and be credited with up to 20 credits for experiential learning.",
             author="S. Obi")
para(d, "Experience shapes the ITP: a squad member who has run a school's SEN department for years will be set "
        "different tasks from one new to the role. Experience on its own does not earn credit towards the Award.")
d.add_heading("3.2 Straight to the final?", level=2)
para(d, "The University runs a straight-to-final route on its MA in Sport Coaching, where experienced coaches are "
        "assessed without attending the taught modules. We have looked at it for the SENCO Award Squad and we have "
        "not adopted it: every squad member trains with the squad.")

d.add_heading("Block 4 - Squad Sessions and home fixtures", level=1)
para(d, "There are ten Squad Sessions, each a full day at the University's Ockendale campus or at Riverside "
        "Special School, followed by a home fixture: a task in the squad member's own school, chosen from the menu "
        "in the ITP, which is done before the next session and recorded in the training diary.")
ss = table(d, [
    ["Session", "Title", "What we work on", "Home fixture (in school)"],
    ["SS1", "Kick-off: the SENCO's pitch", "The SENCO's role; Every Child Matters and the five outcomes; the "
     "school's offer for pupils with SEN", "Map your school's SEN team and the five ECM outcomes for one focus pupil"],
    ["SS2", "Know the rules", "Education Act 1996 Part IV; the SEN Code of Practice (2001); the Disability "
     "Discrimination Act 1995 and 2005 and the disability equality duty; the 2008 SENCO regulations; "
     "Removing Barriers to Achievement", "Audit your school's SEN policy and disability equality scheme against the law"],
    ["SS3", "Growing players", "How children develop; the effect of SEN, disability and the physical and social "
     "environment; BESD, SpLD including dyslexia, SLCN, ASD and MLD and how each affects learning", "Profile one focus pupil's development"],
    ["SS4", "Reading the game", "Identifying pupils who may have SEN from observation and data; using assessments "
     "from educational psychologists, speech and language therapists and others; tracking progress with national "
     "tests, P scales and RAISEonline; setting targets and planning interventions", "Run a pupil progress review with a class teacher"],
    ["SS5", "Adapting the game", "The Inclusion Spectrum and STEP (Space, Task, Equipment, People) taken from PE "
     "into every classroom; approaches and resources for teaching, including ICT and assistive technology; "
     "what research says works", "Adapt one unit of work with a colleague"],
    ["SS6", "Game plan", "Provision mapping and management; costing provision; finding what is missing or not "
     "working; deploying and managing teaching assistants; prioritising and delegating", "Build or revise a provision map"],
    ["SS7", "Team talk", "Consulting pupils with SEN and disabilities, including those with little or no speech; "
     "involving pupils in planning and reviewing their provision; building good relationships with pupils and "
     "families", "Hold a pupil voice activity with a group of pupils"],
    ["SS8", "Coaching the coaches", "Observing teaching and giving feedback; modelling; coaching and mentoring "
     "colleagues; formative assessment for pupils with SEN; leading staff training", "Coach a colleague through one lesson"],
    ["SS9", "The wider squad", "External agencies, health and social care, the voluntary sector and disability "
     "sport clubs; the CAF and Team Around the Child; getting specialist support and resources", "Meet one outside agency with a focus pupil's case"],
    ["SS10", "Club development", "Working with the head, senior leaders and governors on an inclusive ethos, "
     "policy and the use of resources; school self-evaluation and the SEF; reviewing provision with staff", "Present a provision review to your senior team"],
])
para(d, "")
para(d, "SS1 to SS3 form Module 1, SS4 to SS6 Module 2 and SS7 to SS10 Module 3. Squad Sessions draw on recent "
        "research and inspection evidence, and the reading list is refreshed each season. Current sessions use "
        "Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Ofsted survey Special educational "
        "needs and disability: towards inclusive schools (2004), the Bercow Review of services for children with "
        "speech, language and communication needs (2008), the Rose Review's interim findings on dyslexia, and the "
        "National Strategies' Inclusion Development Programme materials. SS2 is updated each year for changes in "
        "the law and government policy.")
para(d, "In SS7 the squad practises ways of consulting pupils: talking mats, photo diaries, pupil-led review "
        "meetings and the Partnership's own Young Ambassadors, disabled young people who train with us and run one "
        "activity with the squad. Each squad member then runs a pupil voice activity in school as the home fixture "
        "and writes it up in the training diary. Part of SS7 also looks at parents: the session includes a short "
        "talk from the Parent Partnership Service on how families experience annual reviews.")
para(d, "Squad members learn to work with colleagues inside and beyond the school throughout: SS8 is given over "
        "to advising and coaching colleagues, and in SS9 each squad member works with a colleague from another "
        "school and an outside agency on a shared case. Squad members in the same district form a cluster that "
        "meets between sessions to share advice and resources.")

d.add_heading("Block 5 - Competitions", level=1)
para(d, "We use three grades of competition. Only A-competitions are marked and count for the Award.")
ct = table(d, [
    ["Code", "Competition", "Grade", "What happens"],
    ["A1", "Case Study", "A: marked", "A 4,000-word study of one focus pupil: identification, professionals' "
     "assessments, targets, intervention, review and the pupil's progress and well-being. January."],
    ["A2", "Provision Audit and Game Plan", "A: marked", "An audit of the school's provision map against pupils' "
     "progress data, with a costed plan for change, the deployment of support staff and a review of what works, "
     "written for the school's SEF. April."],
    ["A3", "Panel Review", "A: marked", "A 20-minute presentation to a panel of a coach, a head and the external "
     "examiner on leading change with the senior team and governors, followed by questions. June."],
    ["B1", "Coaching Log", "B: feedback only", "Notes on three coaching conversations with colleagues, and one "
     "joint meeting with an outside agency. Coaches give written feedback; not marked."],
    ["B2", "Training Diary", "B: feedback only", "The diary of home fixtures, reviewed by the club mentor each half "
     "term; it includes a log of how the squad member planned and shared out their SEN work. Not marked."],
    ["C", "Practice drills", "C: practice", "Short tasks in Squad Sessions, discussed in pairs."],
])
para(d, "")
para(d, "Each A-competition is marked against the qualities of the Profile that it tests, using a grid with four "
        "bands (Not yet, Developing, Match ready, Elite). The Award is given to squad members who score an aggregate "
        "of 50 per cent across the three A-competitions, with no A-competition below 40 per cent. A squad member "
        "who falls short may resubmit once.")
p58 = para(d, "Every A-competition script is first marked by the squad member's coach. A second coach from the "
              "University blind-marks a sample of one in four scripts, including every fail and every script near a "
              "boundary, and the two agree a mark. The external examiner, appointed by the University, sees a "
              "sample from each A-competition and attends the Panel Reviews, and the University's assessment board "
              "confirms all marks. Coaches hold a standardisation meeting with marked exemplars before each "
              "A-competition is marked.")
comment(d, p58, "Can we say the external examiner moderates all scripts? Sounds stronger.", "H. Marwood", "HM")
para(d, "Access arrangements for national tests and examinations are the examinations officer's job in most of "
        "our schools and are not part of the season.")

d.add_heading("Block 6 - Squad selection, welfare and access", level=1)
d.add_heading("6.1 Squad selection", level=2)
para(d, "To join the squad a candidate must be a qualified teacher who holds, or is about to take up, the post of "
        "SENCO, and must be nominated by the head on the nomination form. The head confirms that the school will "
        "release the candidate for the ten Squad Sessions and provide a club mentor. At the screening conversation "
        "the coach checks that the candidate has enough knowledge, experience and skill to reach the Profile by "
        "July. A candidate who is not ready is given written guidance on what to do first (usually a term of "
        "shadowing an experienced SENCO and the Partnership's short course on inclusive teaching), the coach "
        "talks it through with the head, and a place is held for the next squad.")
d.add_heading("6.2 Welfare", level=2)
para(d, "All Partnership coaches, and the volunteers who help at Squad Sessions held with the Young Ambassadors, "
        "hold an enhanced CRB disclosure, which the Partnership renews every three years under its safeguarding "
        "policy.")
d.add_heading("6.3 Access for every squad member", level=2)
para(d, "The Partnership and the University both carry the disability equality duty and the duties under the Race "
        "Relations (Amendment) Act 2000, and we plan for them from the start. The nomination form and the course "
        "leaflet invite candidates to tell us about a disability or other need, in confidence, and say what we can "
        "do; every candidate who does is offered a conversation with the University's Disability Adviser before "
        "the screening. Both venues are fully accessible; materials are available in large print, on coloured "
        "paper and electronically; a BSL interpreter is booked when needed; and the University's procedure for "
        "reasonable adjustments in assessment (extra time, alternative formats, a viva instead of a written piece) "
        "applies to every A-competition. Home-fixture tasks are agreed to suit each school, and no squad member is "
        "asked to do a task their disability makes unreasonable.")
d.add_heading("6.4 Two squads, two start points", level=2)
para(d, "The Tuesday Squad meets on weekdays from September; the Saturday Squad meets on Saturday mornings and two "
        "evening twilights a month, and may start in January, taking Module 1 after Module 2. A squad member may move "
        "between squads for any session, take the modules in a different order with the coach's agreement, or "
        "spread the Award over two seasons.")
d.add_heading("6.5 The Clubhouse", level=2)
p33 = para(d, "The Clubhouse is the squad's area on the University's Blackboard site. It holds the session "
              "materials, the reading, the ITP and a forum for each squad, where squad members share home-fixture "
              "tasks and help each other between Squad Sessions. Clubs of four squad members are set up on the "
              "forum in September and are asked to post on it every fortnight. Coaches do not answer questions on "
              "the Clubhouse; questions are kept for the next Squad Session.")
comment(d, p33, "Proposal: coaches reply to Clubhouse questions within 48 hours? Needs agreement from Sanjay.",
        "H. Marwood", "HM")

d.add_heading("Block 7 - The coaching team and the wider squad", level=1)
table(d, [
    ["Coach", "Role", "Qualifications and current practice"],
    ["Dr Helen Marwood", "Head Coach; Module 3 lead", "PhD (inclusive PE); NPQH; former SENCO and deputy head; "
     "leads the county's inclusive PE programme in 140 schools"],
    ["Dr Sanjay Obi", "University lead; Module 2 lead", "Principal Lecturer in SEN and inclusion; MA SEN; "
     "external examiner for two SENCO programmes; research on provision mapping"],
    ["Ruth Ellingham", "Coach; Module 1 lead", "Specialist teacher (ASD), county Inclusion Support Service; "
     "MA Autism; serving SENCO until 2008"],
    ["Marcus Pryce", "Coach", "Advanced skills teacher (PE and SEN), Riverside Special School; OCR certificate in "
     "specific learning difficulties"],
    ["Guest coaches", "Specialist input", "Educational psychologist, speech and language therapist, CAMHS "
     "primary mental health worker, Parent Partnership officer, Disability Sport Development Officer"],
])
para(d, "")
para(d, "Every coach spends at least five days a year in schools working on SEN, and each keeps an up-to-date "
        "record of professional development, reviewed by the Head Coach.")
para(d, "Each squad member has a club mentor in school, normally a senior leader, who reviews the training diary "
        "each half term. Coaches and club mentors are trained for their roles: coaches attend the University's "
        "marker briefing before each A-competition, and every club mentor attends a half-day Mentor Briefing in "
        "September and receives the Club Mentor Handbook, which sets out what they do each half term, what good "
        "feedback looks like and whom to contact when things go wrong. The Head Coach visits each mentor once "
        "during the season.")
para(d, "Specialist expertise comes from the guest coaches above, who teach in SS3, SS4, SS7 and SS9. In our 2007 "
        "pilot season, each member of the pilot squad spent two placement days at Riverside Special School and a "
        "day with the county's Sensory Support Service.")
para(d, "Squad members use the University library and its e-journals, the Faculty's assistive technology suite "
        "(switch access, communication aids, text-to-speech and mind-mapping software, with a technician), the "
        "Partnership's inclusive PE equipment store, and a loan collection of assessment materials held by the "
        "Inclusion Support Service. Every squad member has a University login and off-campus access.")

d.add_heading("Block 8 - Scouting, match analysis and results", level=1)
d.add_heading("8.1 Scouting report", level=2)
para(d, "In spring 2008 we surveyed the heads and SENCOs of all 212 schools in the county (131 replied), ran focus "
        "groups with the local authority's SEN team, the Parent Partnership Service and the Young Ambassadors, "
        "and asked the 14 teachers in our 2007 pilot squad what they would change. Heads asked for fewer days out "
        "of school and more on managing support staff; SENCOs wanted more on the law and on data; parents wanted "
        "SENCOs to be better at explaining decisions to families. As a result the season has ten days instead of "
        "the pilot's fifteen, SS6 was added on deploying teaching assistants, SS2 and SS4 were lengthened, and the "
        "Saturday Squad was created after primary heads told us that weekday release was the greatest barrier.")
d.add_heading("8.2 Match analysis", level=2)
para(d, "Each Squad Session ends with a short evaluation, and each module with an online questionnaire. The Head "
        "Coach reads both and reports to the Steering Group, made up of the Partnership, the University, two heads "
        "and the local authority's Principal Officer for SEN, which meets each term and agrees changes to the next "
        "sessions. The external examiner's annual report and the University's annual monitoring review the season "
        "as a whole, and the Steering Group's action plan is published to the squad. Guest coaches and the host "
        "school, Riverside, give their views at the Steering Group each term.")
para(d, "We hope that heads and parents will join the end-of-season review in July.")
d.add_heading("8.3 Results", level=2)
para(d, "The Profile ratings at the screening and in July give a measure of each squad member's competence as "
        "they and their head see it, and a confidence scale (ten statements) is completed at both points. Coaches "
        "compare the July ratings with the marks in the A-competitions. We would like to measure the progress of "
        "squad members' focus pupils as well, in later seasons, once we have found a fair way to do it.")
d.add_heading("8.4 Off-season", level=2)
para(d, "In the Transition phase each squad member takes the July Profile to a meeting with the head and agrees a "
        "Next Season Plan: two or three professional targets for the following year, with the support the school "
        "will give. The coach gives each squad member a written note of possible next steps (the University's MA "
        "modules, the county's SENCO network, specialist qualifications) to discuss at that meeting. Keeping up to "
        "date is each squad member's own business once the season ends.")
para(d, "Squad places are funded by the TDA and by the Partnership, so schools pay only for supply cover, and the "
        "cost per squad member is below that of the pilot. Because the ITP sends each squad member only to the "
        "optional workshops they need, and the screening shows where a whole squad is already strong, coaches' "
        "time goes where it makes most difference to progress towards the Profile.")

# Appendix A: landscape Performance Profile
landscape_section(d)
d.add_heading("Appendix A - Performance Profile", level=1)
para(d, "The Profile is the national minimum outcomes in our own words. Squad members rate themselves on it at the "
        "screening and in July. 'Trained in' shows the Squad Session; 'Tested at' shows the competition.")
rows = [["Ref", "Quality", "Trained in", "Tested at"],
        ["", "ATTRIBUTES", "", ""],
        ["P1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "SS7", "A1"],
        ["P2", "Wins the commitment of colleagues, the head and senior leaders", "SS10", "A3"],
        ["P3", "Plans their time, sets priorities and shares out SEN tasks well", "SS6", "B2"],
        ["P4", "Sees problems coming, solves them and makes sound decisions about provision", "SS6", "A2"],
        ["P5", "Speaks and writes clearly; listens to others and understands their views", "All sessions", "A3"],
        ["P6", "Uses research and outside advice to improve their own and colleagues' teaching", "SS5", "A1"],
        ["", "KNOWLEDGE", "", ""],
        ["K1", "Knows SEN law, the Code of Practice and how to put them into practice in school", "SS2", "A1"],
        ["K2", "Knows Every Child Matters and the SENCO's part in the five outcomes", "SS1", "A1"],
        ["K3", "Knows disability equality law and what it requires the school to do", "SS2", "A2"],
        ["K4", "Understands how children develop and what affects development", "SS3", "Not tested"],
        ["K5", "Knows the main types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "SS3", "A1"],
        ["K6", "Uses approaches, strategies and resources, including ICT, critically to remove barriers", "SS5", "A1"],
        ["K7", "Understands school self-evaluation and improvement for pupils with SEN", "SS10", "A2"],
        ["K8", "Knows best practice and what research says about meeting SEN", "SS5", "A1"],
        ["K9", "Knows what outside agencies do and how to get specialist help", "SS9", "B1"],
        ["", "SKILLS", "", ""],
        ["T1", "With senior colleagues and governors, shapes an inclusive ethos, policy and use of resources", "SS10", "A3"],
        ["T2", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "SS4", "A1"],
        ["T2a", "Uses other professionals' assessments to shape teaching", "SS4", "A1"],
        ["T2b", "Uses summative data and national tests to track progress and change programmes", "SS4", "A2"],
        ["T2c", "Helps other teachers develop formative assessment for pupils with SEN", "SS8", "B1"],
        ["T3", "Uses provision mapping to plan provision and spot what is missing or not working", "SS6", "A2"],
        ["T4", "Deploys and manages support staff well", "SS6", "A2"],
        ["T5", "Develops colleagues by observation, feedback, modelling, coaching and training", "SS8", "A3"],
        ["T6", "Reviews provision with other staff to feed the school's self-evaluation", "SS10", "A2"],
        ["T7", "Involves pupils in planning, agreeing and reviewing their own provision", "SS7", "Not tested"],
        ["T8", "Working with families", "Next season (2010-11)", ""],
        ["T9", "Works with other services and voluntary organisations on a joined-up approach", "SS9", "A1"],
        ]
pt = table(d, rows)
for i, r in enumerate(rows):
    if r[0] == "" and i > 0:
        merge_row(pt, i, r[1], fill="D9EAD3")
para(d, "")
para(d, "Coaches: Marwood, Obi, Ellingham, Pryce. Plan agreed by the Steering Group, 3 February 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
