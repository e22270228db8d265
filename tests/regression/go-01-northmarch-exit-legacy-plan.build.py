"""go-01-northmarch-exit-legacy-plan

Provider (invented): the North March SEN Regional Partnership, a DCSF-funded
regional SEN partnership of eight local authorities (Ashworth City, Brantham
County, Carrowby MBC, Dunholme BC, Elsdon County, Fellbridge MBC, Garside BC,
Hetherley City), applying with two universities: the University of Wrexley
(validates and confers the award) and Tennant Hill University (teaches the
northern hub under a collaborative provision agreement).

Document kind: the Partnership's Exit Strategy and Legacy Plan (v1.2, January
2009), written for the DCSF as the Partnership's regional funding ends on
31 March 2009, and sent whole to the TDA as the application with a shaded note
saying that Part 5 and Annex C are the answer to the specification. Third
person ("the Partnership"), officers' voice.

Layout: a document-control table; a shaded note to the panel; Heading 1/2
styles carrying the plan's own numbers (Parts 1-8, sub-sections 5A-5J);
a table of the Partnership's seven workstreams; a landscape Legacy Register
L1-L15 with a Status column (Ended / Ends / Transfers / Continues / Under
discussion); a risk table; a timeline; Annex C, a landscape outcome map with
shaded merged group rows ("Where it is developed" / "How it is assessed");
Annex D, the team. Header with the plan's title, footer with a page field.
Tracked changes and three Word comments.

Traps (requirement ids):
- No e-learning in the award; the Partnership's own online autism modules
  (workstream W4, licence lapsing) are another programme (3.3 not_applicable,
  wrong-context).
- Enhanced CRB checks are described only for the Partnership's own staff and
  associates (Part 4, L12); for participants the plan says plainly "We have
  not added a separate check" (5.3 not_met; negation, wrong-context).
- Assessment-only route is "Under discussion" in the Legacy Register with no
  decision before 2010; a comment asks whether to say it "will be offered"
  (2.3 not_met; aspiration, comments).
- A February intake is a deleted tracked change; flexibility still rests on
  two hubs, day or twilight groups, units 2 and 3 in either order and up to
  three years to finish (3.2 met with a trap).
- An inserted tracked sentence adds the MA progression to the final tutorial
  (2.5 met; inserted text counts).
- The Regional Quality Group that moderated the old induction portfolios ends
  in March 2009; the award's moderation is Wrexley's (5.8 met with a
  past-arrangement distractor).
- The Regional Steering Group that reviewed evaluations ends; afterwards the
  universities "will consider" how authorities take part in review; local
  officers still teach and mentor (4.3 partially_met; past arrangement,
  aspiration).
- The "Our Voice" pupil panel has ended, but its toolkit is used on study day
  4 and in Task 2 (1.5 met, notes_on_met).
- Aims are written only in terms of attainment and progress in English and
  mathematics (1.1 partially_met).
- "Current research" claimed only in general terms (1.3 partially_met).
- Entry self-rating used to plan the group's days, not individual plans
  (2.2 partially_met); tailoring only by choice of pupils and project topic
  (2.4 partially_met).
- Equality: venues and a general statement, no disclosure or adjustments
  (3.1 partially_met).
- Specialist teams teach, but the visits coordinator post ends and visits are
  left to participants (5.5 partially_met).
- Impact: confidence ratings at start and end; pupils' progress only "hope in
  time" (5.9 partially_met).
- Certificate on passing four tasks at 50 per cent, not on each outcome
  (6.0 partially_met, 1.9 partially_met with the outcome-map gaps).
- Annex C: 6.A2 row is a tracked deletion (not_met); 6.K4 has no row
  (not_met); 6.A3 "Not separately assessed" and 6.A7 log "not marked"
  (partially_met); 6.K3 only a formative quiz (partially_met); 6.S2d has "-"
  in the assessed column (partially_met).
- Part 4 sub-headings 4.1-4.6 clash with requirement ids (its "4.3" is the
  autism e-learning workstream, its "4.6" the staff CRB paragraph).
- Part 3 principles are values without arrangements; header/footer text is
  not evidence.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION
import _go_helpers as H

HERE = Path(__file__).parent
OUT = HERE / "go-01-northmarch-exit-legacy-plan.docx"
AUTH1, DATE1 = "Jo Pickering", "2009-01-16T10:12:00Z"
AUTH2, DATE2 = "Martin Aske (Wrexley)", "2009-01-17T15:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "North March SEN Regional Partnership  |  Exit Strategy and Legacy Plan  |  v1.2"
fp = sec.footer.paragraphs[0]
fp.add_run("Approved by the Regional Steering Group, 14 January 2009. Page ")
H.field(fp, "PAGE", "1")


def P(text, style=None, bold=False):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    return p


def B(text):
    return doc.add_paragraph(text, style="List Bullet")


t = doc.add_paragraph()
r = t.add_run("NORTH MARCH SEN REGIONAL PARTNERSHIP")
r.bold = True
r.font.size = Pt(16)
t = doc.add_paragraph()
r = t.add_run("Exit Strategy and Legacy Plan: April 2009 onwards")
r.font.size = Pt(14)

H.table(doc, [
    ["Document", "Exit Strategy and Legacy Plan"],
    ["Version", "1.2 (supersedes 1.1 of 3 December 2008)"],
    ["Date", "19 January 2009"],
    ["Owner", "Ruth Bellingham, Regional Partnership Manager"],
    ["Approved", "Regional Steering Group, 14 January 2009 (minute 09/04)"],
    ["Circulation", "DCSF Regional Partnerships Team; Directors of Children's Services (8); "
                    "University of Wrexley; Tennant Hill University; TDA (whole plan, see note)"],
], header=False)
doc.add_paragraph()

note = doc.add_paragraph()
H.shade_par(note, "FFF2CC")
note.add_run("Note for the TDA approval panel. ").bold = True
note.add_run(
    "We are sending the whole of our exit plan rather than writing a separate document, because the "
    "SENCO award is the largest thing the Partnership leaves behind and the plan explains where it has "
    "come from. Part 5 and Annex C describe the award for which the University of Wrexley and Tennant "
    "Hill University, with the eight authorities, seek approval. Parts 1 to 4 and 6 to 8 describe the "
    "Partnership's other work and how it closes; they are included for context.")

# ---------------- Part 1
doc.add_heading("1. Purpose of this plan", level=1)
P("The DCSF grant that has funded the North March SEN Regional Partnership since 2002 ends on 31 March "
  "2009. The eight authorities agreed in September 2008 that the Partnership as a funded body will close "
  "on that date, and that the work which schools and families value most should carry on in other hands. "
  "This plan records, workstream by workstream, what ends, what continues and who holds it from April 2009. "
  "It also sets out the one new piece of work the closure has made possible: a postgraduate award for "
  "SENCOs, taught by the two universities with the authorities, which replaces the Partnership's unaccredited "
  "induction programme and meets the new requirement that SENCOs new to the role gain the national award.")
P("The plan was drafted by the Partnership Manager with the eight authorities' principal officers for SEN, "
  "discussed at the Steering Group on 3 December 2008 and 14 January 2009, and shared with the "
  "Partnership's parent and voluntary sector reference group in December.")

# ---------------- Part 2
doc.add_heading("2. What the Partnership has done, 2002 to 2009", level=1)
P("The Partnership began with three projects and grew to seven workstreams. The table shows each one as "
  "it stands in January 2009.")
H.table(doc, [
    ["Ref", "Workstream", "Years", "Reach", "Position at January 2009"],
    ["W1", "Regional SENCO Induction Programme (six days, unaccredited)", "2004-2008",
     "312 SENCOs completed; 186 took the optional portfolio certificate", "Ended July 2008 (last cohort)"],
    ["W2", "SEN data benchmarking across the eight authorities", "2003-2009",
     "Annual regional profile", "Transfers to the authorities' data group"],
    ["W3", "Parent partnership officers' network", "2002-2009", "23 officers, 8 services",
     "Transfers to Elsdon County Council as lead"],
    ["W4", "Autism awareness e-learning modules for support staff", "2006-2009",
     "2,140 registrations", "Licence lapses 31 March 2009"],
    ["W5", "\"Our Voice\" regional pupil panel", "2005-2008", "41 young people, aged 11-19",
     "Ended December 2008; toolkit retained"],
    ["W6", "Regional Quality Group (moderation of W1 portfolios)", "2005-2009", "Met termly",
     "Ends 31 March 2009"],
    ["W7", "Cross-border placements protocol for pupils with low-incidence needs", "2004-2009",
     "57 pupils placed", "Continues under the authorities' own agreement"],
])
doc.add_paragraph()
P("The induction programme (W1) is the workstream most closely tied to this plan. Over four years it gave "
  "312 new SENCOs six days of training and a visit to a special school or resource base. It was never "
  "accredited, and its own evaluation (final report, January 2009) found that SENCOs valued the local "
  "network more than the days themselves and that too few participants changed anything in their schools "
  "as a result. Those two findings shaped the award described in Part 5.")

# ---------------- Part 3
doc.add_heading("3. Principles for closing well", level=1)
P("The Steering Group agreed five principles for the closure. They are how the Partnership wishes to "
  "behave as it ends; the arrangements themselves are in Parts 4 to 6.")
for b in [
    "Children and young people first: nothing that families rely on should stop without notice.",
    "Equality runs through everything we do, and no group should lose out because the Partnership closes.",
    "What works should be kept, and what has not worked should be allowed to end.",
    "Knowledge should stay in the region, with people rather than in filing cabinets.",
    "Every authority should be able to see what it is taking on, and at what cost.",
]:
    B(b)

# ---------------- Part 4
doc.add_heading("4. Workstream by workstream", level=1)
doc.add_heading("4.1 Data benchmarking (W2)", level=2)
P("The regional SEN profile, which compares statements, School Action Plus numbers, exclusions and "
  "Key Stage results across the eight authorities, passes to the authorities' existing data group, which "
  "will publish it each autumn. The 2008 profile is the last the Partnership will produce.")
doc.add_heading("4.2 Parent partnership officers' network (W3)", level=2)
P("Elsdon County Council will host the network's termly meetings from April 2009 and keep its shared "
  "training calendar. The network has agreed to go on contributing a study day to the SENCO award "
  "(see 5G).")
doc.add_heading("4.3 Autism e-learning modules (W4)", level=2)
P("The four online modules for teaching assistants ran on a hosted platform with tutor-marked quizzes and "
  "a discussion board. The licence lapses on 31 March 2009 and will not be renewed; authorities have been "
  "offered the content files for their own platforms. The modules are for support staff and are not part of "
  "the SENCO award.")
doc.add_heading("4.4 \"Our Voice\" pupil panel (W5)", level=2)
P("The panel of 41 young people met for the last time in December 2008. In its three years it reviewed "
  "the authorities' leaflets, interviewed candidates for two principal officer posts and produced the "
  "\"Our Voice\" toolkit for adults who want to consult children and young people. The toolkit passes to "
  "the SENCO award team, who use it in Unit 2. No funding has been found to keep the panel itself.")
doc.add_heading("4.5 Regional Quality Group (W6)", level=2)
P("The Quality Group moderated the induction programme's portfolios and advised the Steering Group. "
  "It ends with the Partnership. Moderation of the SENCO award is a matter for the University of Wrexley "
  "and is described in 5I.")
doc.add_heading("4.6 Partnership staff and records", level=2)
P("The Partnership employs three officers on secondment and eleven associates. All Partnership staff and "
  "associates have held a current enhanced CRB disclosure, checked by the host authority (Ashworth) on "
  "appointment and renewed every three years. Secondments end on 31 March 2009. Personnel records, "
  "including CRB references, will be returned to Ashworth's HR service and held under its retention "
  "schedule.")

# ---------------- Part 5
doc.add_heading("5. The legacy award: PGCert Special Educational Needs Coordination", level=1)
P("This Part describes the award as it will run from September 2009. It was designed between March and "
  "November 2008 by a group of the two universities' tutors, four authority SEN advisers, two serving "
  "SENCOs and a parent partnership officer.")

doc.add_heading("5A Award, credit and who confers it", level=2)
P("The award is the Postgraduate Certificate in Special Educational Needs Coordination, validated by the "
  "University of Wrexley's Faculty of Education and Society at an event on 4 December 2008. It carries 60 "
  "credits at masters level (M level), in three units of 20 credits, and can count towards Wrexley's MA "
  "Education (Inclusion). Tennant Hill University teaches the award in the northern hub under a "
  "collaborative provision agreement signed in November 2008. Wrexley's regulations, Board of Examiners "
  "and external examiner cover both hubs, and Wrexley confers the award.")

doc.add_heading("5B Aims", level=2)
P("The award aims to:")
for b in [
    "raise the attainment of pupils with SEN in the region's schools, measured by their progress in English "
    "and mathematics;",
    "give new SENCOs the knowledge of law, policy and practice they need to lead provision;",
    "turn the induction programme's local networks into lasting professional support;",
    "lead participants to make and evaluate a real change in their own school.",
]:
    B(b)

doc.add_heading("5C Who it is for and how people join", level=2)
P("The award is for qualified teachers who have been, or are about to be, designated as their school's "
  "SENCO. Applicants must hold QTS, be employed in a school in one of the eight authorities and have the "
  "written support of their headteacher, who agrees to release them for the study days and to meet the "
  "mentor once a term. The application form asks for an account of the applicant's SEN experience and a "
  "self-rating against each of the 29 outcome statements in Annex C, on a four-point scale.")
P("Every applicant has a half-hour conversation with a tutor, by telephone or at the school. The tutor "
  "checks the applicant has the time, the school role and enough experience of teaching pupils with SEN to "
  "meet the outcomes within the year. Where the tutor thinks an applicant is not ready, the tutor writes "
  "to the applicant and headteacher saying what experience would help (often a term shadowing the "
  "current SENCO or a place on the authority's SEN foundation days) and invites a fresh application for "
  "the next intake.")
P("The tutors put the self-ratings together for each hub and use them to plan the group's study days: "
  "where a whole group rates itself strongly on an outcome, less time is given to it.")

doc.add_heading("5D Recognising what people already know", level=2)
P("Holders of the induction programme's portfolio certificate (W1) may claim Unit 1 through Wrexley's "
  "accreditation of prior experiential learning procedure. They submit a 2,000-word commentary mapping their "
  "portfolio to the Unit 1 outcomes, which two tutors assess and the APL panel confirms. Teachers with "
  "earlier M-level credit in SEN may claim up to 20 credits under Wrexley's credit transfer regulations. "
  "Legacy Register items L2 and L9 set out what has been agreed and what has not.")

doc.add_heading("5E Units and study days", level=2)
P("Unit 1, The SENCO, the law and the school. The SEN Code of Practice (2001) and its implications for "
  "governors, headteachers, teachers and the SENCO; the SEN and Disability Act 2001 and the Disability "
  "Discrimination Act 2005, including the disability equality duty and accessibility planning; Every Child "
  "Matters and the five outcomes, and the SENCO's part in the school's work towards them; Removing Barriers "
  "to Achievement (2004); the 2008 regulations on the SENCO role; the Lamb Inquiry; school self-evaluation "
  "and the place of SEN in the SEF and the school improvement plan.")
P("Unit 2, Knowing and teaching the learners. Behavioural, emotional and social difficulties; specific "
  "learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
  "disorders; moderate learning difficulties; how each can affect learning. Identifying pupils through "
  "observation, data and assessment; setting targets and planning interventions; using reports from "
  "educational psychologists, therapists and specialist teachers; tracking progress with P scales, "
  "national test results and RAISEonline; assessment for learning and how to adapt it for pupils with SEN; "
  "ICT and assistive technology; access arrangements for national tests and examinations; listening to "
  "pupils and involving them in their own plans.")
P("Unit 3, Leading provision. Provision mapping and costing; deploying and managing teaching assistants; "
  "coaching, observing and giving feedback; leading training for colleagues; working with parents and carers; "
  "working with other services, the Common Assessment Framework and voluntary organisations; working with "
  "the headteacher and governors on policy and resources; managing the SENCO's own time; evaluating "
  "provision.")
P("The units were rewritten in summer 2008 to bring the induction programme's materials up to date with "
  "current research and inspection findings.")
P("The award is taught through ten study days and three tutorials. Each hub runs a day group and a twilight "
  "group (the twilight group meets for two evenings, 4.30 to 7.30, in place of each day).")
H.table(doc, [
    ["Day", "Unit", "Focus", "Led by"],
    ["1", "1", "The Code, the law and the SENCO's role", "Wrexley / Tennant Hill tutor"],
    ["2", "1", "Every Child Matters, disability equality and the SEF", "Tutor with an authority adviser"],
    ["3", "2", "The five common areas of need", "Authority specialist teams"],
    ["4", "2", "Listening to pupils: using the \"Our Voice\" toolkit", "Tutor with two former panel members"],
    ["5", "2", "Assessment, tracking and access arrangements", "Tutor with an exams officer"],
    ["6", "2", "Teaching approaches and ICT", "Tutor; Tennant Hill assistive technology centre"],
    ["7", "3", "Working with parents and carers", "Parent partnership officers (W3 network)"],
    ["8", "3", "Provision mapping; managing the role and your time", "Tutor with a serving SENCO"],
    ["9", "3", "Coaching colleagues and leading training", "Tutor; Area SENCO mentors"],
    ["10", "3", "Other services and the voluntary sector; presenting your project", "Tutor; agency speakers"],
])
doc.add_paragraph()

doc.add_heading("5F Work in the participant's own school", level=2)
P("Most of the award's learning happens in the participant's school. Each participant has a workplace "
  "mentor, an experienced Area SENCO from their own authority (see L3), who visits once a term. On study "
  "day 4 participants practise consultation methods from the \"Our Voice\" toolkit in pairs, and before "
  "day 5 each uses one of them with two pupils from their Task 2 case study; the pupils' views and what "
  "changed as a result are part of the Task 2 write-up. Task 2 also includes a meeting with each pupil's "
  "parents or carers to agree the next targets, recorded on the Partnership's \"Shared Plan\" form, and "
  "the participant's reflection on how the meeting went.")
P("For Task 3 each participant plans, leads and evaluates one change to SEN provision in their school, "
  "agreed with the headteacher in the autumn term. Recent examples from the pilot group include a new "
  "timetable for teaching assistants, a provision map for Key Stage 2 and a programme of coaching for "
  "two newly qualified teachers. The mentor observes the participant leading at least one staff training "
  "session or coaching conversation and records feedback for the Task 4 portfolio.")
P("The induction programme arranged a day's visit for each SENCO to a special school or resource base "
  "through the Steering Group's visits coordinator. That post ends on 31 March 2009. Participants who "
  "wish to visit another setting may arrange this themselves through their mentor. Specialist input comes "
  "from the eight authorities' educational psychology, sensory, autism outreach and speech and language "
  "therapy teams, who teach on day 3 and on day 10.")
P("Study materials are given out on paper at each study day and on a CD at the start of each unit. The "
  "award has no online element; participants use the universities' libraries, including their electronic "
  "journals, with a university card issued at enrolment.")

doc.add_heading("5G Flexibility and access", level=2)
p = P("Participants choose a hub (Wrexley in the south, Tennant Hill in the north, and outreach rooms in "
      "Carrowby and Garside) and a day or twilight group. The main intake starts in September. ")
H.dele(p, "A second intake will start each February at the southern hub. ", AUTH2, DATE2)
p.add_run("Units 2 and 3 may be taken in either order after Unit 1, and a participant may take up to three "
          "years to finish, joining a later group for a unit missed through illness or a change of job.")
P("Both universities are subject to the disability equality duty and their equality policies apply to "
  "participants. All teaching rooms in the four venues are on the ground floor or served by a lift, and "
  "the Wrexley and Tennant Hill rooms have induction loops.")
c1 = P("The parent partnership officers' network (W3) teaches day 7, and Area SENCO mentors from each "
       "authority support participants in school and co-lead day 9. Headteachers are asked for written "
       "comments on the Task 3 project.")
doc.add_comment(c1.runs[0], text="Do we need to say more about adjustments for disabled participants? "
                "The induction programme never had a request. JP", author=AUTH1, initials="JP")

doc.add_heading("5H Stakeholders and the design of the award", level=2)
P("In April and May 2008 the Partnership surveyed every SENCO in the eight authorities (412 of 890 "
  "replied) and held a focus group in each authority with headteachers and SEN officers. The main messages "
  "were:")
for b in [
    "day release is hard for small primary schools: 38 per cent of primary SENCOs said they could not be "
    "released for ten full days;",
    "SENCOs wanted help with provision mapping and managing teaching assistants more than with areas of need;",
    "authorities wanted SENCOs to leave the course with a piece of school improvement done, not only a file;",
    "the parent and voluntary sector reference group asked that parents lead teaching about working with "
    "parents.",
]:
    B(b)
P("The design group changed the award in response: twilight groups were added; provision mapping and "
  "deployment of teaching assistants became a whole study day and part of Task 3; the change project "
  "(Task 3) replaced the induction programme's file of evidence; and day 7 is taught by the parent "
  "partnership officers with two parent volunteers.")
P("Until 31 March 2009 the Regional Steering Group receives the evaluation of every Partnership "
  "programme. After that the universities will consider how the authorities and other partners might "
  "take part in reviewing the award.")

doc.add_heading("5I Assessment", level=2)
P("There are four assessed tasks.")
H.table(doc, [
    ["Task", "Unit", "What the participant does", "Weighting"],
    ["Task 1: Policy audit", "1", "Audits the school's SEN policy and practice against the Code of Practice, "
     "the five outcomes of Every Child Matters and the school's self-evaluation; 4,000 words with "
     "recommendations given to the headteacher", "Pass / refer, marked to Wrexley M-level criteria"],
    ["Task 2: Case study", "2", "Two pupils: how their needs were identified, the assessments by other "
     "professionals used, targets, interventions, test and tracking data, the pupils' views, the meeting "
     "with parents or carers, the review; 5,000 words", "Marked"],
    ["Task 3: Change project", "3", "Plans, leads and evaluates a change to provision, including a review of "
     "published research on the change, a provision map, the part of other agencies, and a 15-minute "
     "presentation to the headteacher and a governor; 5,000 words and presentation", "Marked"],
    ["Task 4: Professional portfolio", "All", "Mentor's observation record; evidence of leading an assessment "
     "for learning session for colleagues; the participant's development log", "Pass / refer"],
])
doc.add_paragraph()
P("Marking. Every script is marked by the participant's tutor against Wrexley's M-level criteria. A 20 per "
  "cent sample from each hub, and every fail and distinction, is second-marked by a tutor from the other "
  "university. The tutors of both hubs meet before each Board of Examiners to moderate marks against the "
  "sample, and the external examiner (appointed by Wrexley) sees the sample and all fails and attends "
  "the Board. Mentors are trained to complete the Task 4 observation record on a half-day in September.")
P("Award. The certificate is awarded to participants who pass all four tasks, with a mark of at least 50 "
  "per cent in each marked task. Annex C shows where each of the 29 outcome statements is developed and "
  "how it is assessed.")

doc.add_heading("5J Staff, resources and quality", level=2)
P("The programme leaders are Dr Alison Grieve (Wrexley) and Dr Tom Okafor (Tennant Hill), both former "
  "SENCOs; the team is listed in Annex D. Tutors meet each half-term to plan and review the study days. "
  "Each mentor receives the mentor handbook and attends the September training half-day, which covers "
  "the mentor's role, the termly visit, the observation record and what to do if a participant is falling "
  "behind. Tutors new to the award are paired with an experienced tutor for their first unit.")
P("Participants can borrow from the authorities' shared loan library of standardised assessments and "
  "specialist resources (L10), which moves to Tennant Hill, and can use the assistive technology centre "
  "there, which holds screen readers, switch access equipment, communication aids and symbol software.")
P("Evaluation. Participants complete an evaluation at the end of each study day and of each unit. The "
  "programme leaders write an annual monitoring report for Wrexley's Faculty Quality Committee, drawing on "
  "these evaluations, results, the external examiner's report and headteachers' comments on Task 3, with an "
  "action plan that the Committee follows up the next year. Participants rate their confidence against the "
  "29 outcome statements at the start and again at the end, and the change is reported to the Faculty "
  "Quality Committee. Whether the award improves pupils' progress is harder to show; the authorities hope "
  "in time to compare the progress of pupils with SEN in schools whose SENCO has the award with others.")

doc.add_heading("5K After the award", level=2)
p = P("The last tutorial is given to a \"next steps\" plan, which the participant takes to their performance "
      "management review with the headteacher. ")
H.ins(p, "Participants are also told about the MA Education (Inclusion) at Wrexley, to which the 60 credits "
      "transfer, and about the authorities' SENCO networks, which continue after the Partnership closes.",
      AUTH2, DATE2)

doc.add_heading("5L Checks on participants", level=2)
P("We have not added a separate check of criminal records for participants. Every participant is a "
  "serving teacher, and the disclosure held by their employing authority or governing body covers their "
  "work on the award.")

# ---------------- Part 6: Legacy register (landscape)
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
H.landscape(s2)
doc.add_heading("6. Legacy Register", level=1)
P("Each item the Partnership holds, with its position on 31 March 2009.")
reg = H.table(doc, [
    ["Ref", "Item", "Status", "After 31 March 2009", "Receiving body", "Lead"],
    ["L1", "Induction programme materials (W1)", "Transfers", "Rewritten as the award's units", "Wrexley; Tennant Hill", "A Grieve"],
    ["L2", "186 holders of the induction portfolio certificate", "Transfers", "May claim Unit 1 by APEL (5D)", "Wrexley APL panel", "A Grieve"],
    ["L3", "Area SENCO mentor network (34 mentors)", "Continues", "Mentors for award participants; employed by their authority", "Each authority", "Principal officers"],
    ["L4", "Regional Quality Group", "Ends", "Closes 31 March 2009; award moderation by Wrexley (5I)", "-", "R Bellingham"],
    ["L5", "2008 SENCO survey data", "Transfers", "Held for the award's review", "Tennant Hill", "T Okafor"],
    ["L6", "Regional Steering Group", "Ends", "Closes 31 March 2009", "-", "Chair"],
    ["L7", "Autism e-learning modules (W4)", "Ends", "Content files offered to authorities", "Each authority", "R Bellingham"],
    ["L8", "\"Our Voice\" toolkit (W5)", "Transfers", "Used on study day 4", "Award team", "A Grieve"],
    ["L9", "Assessment-only route for experienced SENCOs", "Under discussion", "Raised with Wrexley registry; no decision before 2010", "Wrexley", "A Grieve"],
    ["L10", "Loan library of assessments and resources", "Transfers", "Housed at Tennant Hill; open to participants", "Tennant Hill", "T Okafor"],
    ["L11", "Venue agreements (Carrowby, Garside)", "Continues", "Extended to July 2010", "Wrexley", "Finance"],
    ["L12", "Partnership staff records incl. CRB references", "Transfers", "Held by Ashworth HR", "Ashworth", "HR"],
    ["L13", "Parent partnership officers' network (W3)", "Transfers", "Hosted by Elsdon; teaches day 7", "Elsdon", "Network chair"],
    ["L14", "Regional SEN profile (W2)", "Transfers", "Published each autumn", "Data group", "Data group chair"],
    ["L15", "Induction programme evaluation report", "Ends", "Published January 2009", "-", "R Bellingham"],
], size=8)
doc.add_comment(reg.cell(9, 3).paragraphs[0].runs[0],
                text="Wrexley registry say their APL regulations would allow it in principle and Tennant Hill "
                     "are keen. Can we say 'will be offered from 2010'? JP", author=AUTH1, initials="JP")
doc.add_paragraph()

doc.add_heading("7. Risks", level=1)
H.table(doc, [
    ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
    ["Authorities do not fund award places after 2009-10", "Medium", "High",
     "Places costed at GBP 1,350; each authority has agreed to fund at least six places in 2009-10", "DCSs"],
    ["Recruitment below 40 across both hubs", "Low", "Medium", "Briefings for headteachers in March", "Programme leaders"],
    ["Mentors lost as authorities restructure", "Medium", "Medium", "Mentor role written into Area SENCO job descriptions in five authorities", "Principal officers"],
    ["Loss of the Partnership's knowledge", "Medium", "Low", "This plan; handover meetings in March", "R Bellingham"],
], size=8)
doc.add_paragraph()

doc.add_heading("8. Timeline", level=1)
H.table(doc, [
    ["When", "What"],
    ["January 2009", "Plan approved; application to TDA"],
    ["February-March 2009", "Handover meetings for each workstream; headteacher briefings in each authority"],
    ["31 March 2009", "Partnership closes; Steering Group and Quality Group close"],
    ["May-June 2009", "Award applications and entry conversations"],
    ["September 2009", "First award groups begin at both hubs"],
], size=9)

# ---------------- Annex C (landscape)
doc.add_page_break()
doc.add_heading("Annex C. The 29 outcome statements: where developed and how assessed", level=1)
rows = [["Outcome", "Where it is developed", "How it is assessed"]]
groups = {}
data = [
    ("G", "Professional attributes"),
    ("6.A1", "Relationships with pupils with SEN and their parents or carers", "Unit 2 (day 4); Unit 3 (day 7)", "Task 2: pupils' views and meeting with parents"),
    ("6.A2", "Gaining the commitment of colleagues and senior leaders", "Unit 3 (day 9)", "Task 3: presentation to headteacher and governor"),
    ("6.A3", "Prioritising, managing time and delegating", "Unit 3 (day 8)", "Not separately assessed"),
    ("6.A4", "Solving problems and making sound decisions on provision", "Unit 3", "Task 3: justification of the change"),
    ("6.A5", "Clear speech and writing; listening to others", "All units", "All written tasks; Task 3 presentation"),
    ("6.A6", "Using research and outside advice", "Units 2 and 3", "Task 3: review of published research"),
    ("6.A7", "Keeping up to date; own CPD", "Unit 3; tutorials", "Development log, reviewed at tutorials (not marked)"),
    ("G", "Knowledge and understanding"),
    ("6.K1", "The law and the SEN Code of Practice", "Unit 1 (day 1)", "Task 1"),
    ("6.K2", "Every Child Matters and the SENCO's part", "Unit 1 (day 2)", "Task 1"),
    ("6.K3", "Disability equality law and duties", "Unit 1 (day 2)", "Unit 1 quiz (formative)"),
    ("6.K5", "Common types of SEN and their effect on learning", "Unit 2 (day 3)", "Task 2"),
    ("6.K6", "Approaches to assessment, planning and teaching, incl. ICT", "Unit 2 (days 5, 6)", "Task 2"),
    ("6.K7", "School self-evaluation and SEN", "Unit 1 (day 2)", "Task 1"),
    ("6.K8", "Best practice and research", "Units 2 and 3", "Tasks 2 and 3"),
    ("6.K9", "External agencies and specialist support", "Unit 3 (day 10)", "Task 3: part of other agencies"),
    ("G", "Skills"),
    ("6.S1", "Influencing strategy with senior staff and governors", "Unit 3", "Task 3 presentation"),
    ("6.S2", "Identifying pupils, setting targets, planning, reviewing", "Unit 2", "Task 2"),
    ("6.S2a", "Using other professionals' assessments", "Unit 2 (day 3)", "Task 2"),
    ("6.S2b", "Using summative data and national tests", "Unit 2 (day 5)", "Task 2: tracking data"),
    ("6.S2c", "Encouraging formative assessment", "Unit 2 (day 5)", "Task 4: assessment for learning session"),
    ("6.S2d", "Arrangements for national tests and examinations", "Unit 2 (day 5)", "-"),
    ("6.S3", "Provision mapping; finding gaps", "Unit 3 (day 8)", "Task 3: provision map"),
    ("6.S4", "Deploying and managing staff", "Unit 3 (day 8)", "Task 3"),
    ("6.S5", "Supporting colleagues' development", "Unit 3 (day 9)", "Task 4: mentor's observation"),
    ("6.S6", "Reviewing provision with staff for self-evaluation", "Unit 3", "Task 3 evaluation"),
    ("6.S7", "Involving pupils in their provision", "Unit 2 (day 4)", "Task 2"),
    ("6.S8", "Liaising with parents and carers", "Unit 3 (day 7)", "Task 2: Shared Plan meeting"),
    ("6.S9", "Partnership with other services and voluntary bodies", "Unit 3 (day 10)", "Task 3"),
]
for d in data:
    rows.append([d[1], "", ""] if d[0] == "G" else [f"{d[0][2:]}  {d[1]}", d[2], d[3]])
ann = H.table(doc, rows, size=8)
for i, d in enumerate(data, start=1):
    if d[0] == "G":
        H.group_row(ann, i, d[1], size=8)
    if d[0] == "6.A2":
        H.delete_row(ann.rows[i], AUTH2, DATE2)
doc.add_comment(ann.cell(4, 2).paragraphs[0].runs[0], text="Could the mentor's termly visit look at this? "
                "Would need a line on the observation record. MA", author=AUTH2, initials="MA")

s3 = doc.add_section(WD_SECTION.NEW_PAGE)
H.portrait(s3)
doc.add_heading("Annex D. The award team", level=1)
H.table(doc, [
    ["Name", "Role", "Background"],
    ["Dr Alison Grieve", "Programme leader, Wrexley", "SENCO in two primary schools for nine years; EdD on SENCOs' leadership; led W1 2006-08"],
    ["Dr Tom Okafor", "Programme leader, Tennant Hill", "Secondary SENCO and head of learning support; PhD on provision mapping"],
    ["Helen Marsh", "Tutor, Wrexley", "Specialist teacher (SpLD), AMBDA; former authority advisory teacher"],
    ["Sunil Varma", "Tutor, Tennant Hill", "Senior educational psychologist, Fellbridge; chartered psychologist (BPS)"],
    ["Kath Dunstan", "Tutor, outreach rooms", "Head of a special school (ASD); National Autistic Society accredited trainer"],
    ["34 Area SENCOs", "Workplace mentors", "Serving or recently serving SENCOs employed by the eight authorities"],
], size=9)
doc.add_paragraph()
P("All tutors teach on the universities' other SEN and inclusion courses and attend the authorities' "
  "SEN conferences; each has at least five years' recent work in schools.")

doc.save(OUT)
print("wrote", OUT)
