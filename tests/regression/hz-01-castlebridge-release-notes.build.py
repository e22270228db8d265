"""hz-01-castlebridge-release-notes

Provider (invented): Castlebridge City Learning Centre (CCLC), the city council's
ICT and assistive-technology centre for Castlebridge schools, with the University
of Wexcombe School of Education, applying to run the SENCO Award from 2008-09.

Document kind and layout: the Centre's RELEASE NOTES for its course "product",
Release 2.0 of "The Castlebridge SENCO Award" (Release 1.x was the unaccredited
Castlebridge SENCO Induction Programme, 2006-08), sent as the application with a
note to the panel in a VML text box. Software-style release notes: a release
information table; "About this release"; "What's in the box"; a change log per
area whose lines are tagged in square brackets [NEW] [CHANGED] [FIXED] [RETIRED]
[KNOWN ISSUE] [DEFERRED]; a known-issues table (ID, issue, workaround, target
release); a "Deferred to Release 2.1" list; a component inventory with merged
header cells; a "Coverage manifest" of the Centre's own outcome codes P1-P7,
U1-U9, D1-D13 (merged shaded group rows; "Built in" and "Checked at" columns);
a sign-off table. Header and footer (footer carries a CRB claim). Tracked
changes both ways, two comments, one footnote. No heading styles in the change
log: area titles are bold Normal paragraphs with typed numbering.

Traps (requirement ids):
- Release goal speaks of "attainment" only; the words about well-being and the
  five ECM outcomes are a tracked DELETION (1.1 partially_met; ECM remains as
  B1 content, so U2 = 6.K2 met).
- [RETIRED] "Listening to Learners" session; only the person-centred review
  session remains, on review meetings (1.5 partially_met; D11 = 6.S7 built but
  "not checked" -> partially_met).
- Several outcomes "not checked" or CP1-only (formative, not marked), so
  assessment does not cover all outcomes (1.9 partially_met) and the award
  rule is passing CP2-CP4, not showing every outcome (6.0 partially_met).
- [RETIRED] Fast Track assessment-only route, explicitly withdrawn (2.3 not_met).
- [RETIRED] "Next Steps" exit interview (past arrangement) and a 'What next?'
  page only DEFERRED to 2.1 (plan) (2.5 not_met).
- Block order flexibility appears only in a tracked INSERTION, which counts
  (3.2 met, notes_on_met).
- Learning Space: tutor and peer forums and live sessions, but KI-2: forums are
  not staffed between Block days (3.3 partially_met).
- Stakeholders influence design (survey, heads' forum changes) but evaluation by
  stakeholders is deferred; a comment claims a parent panel exists (comment not
  evidence) (4.3 partially_met).
- CRB: body says the Centre no longer asks and it is the employing school's
  responsibility; only the footer says checks are confirmed; a comment asks to
  reinstate (5.3 not_met; someone else's responsibility, header-footer, comment).
- Specialist speakers yes; special-school placement [RETIRED], visits left to
  participants (5.5 partially_met).
- Participant confidence measured at Start/End Check; pupil-level impact only
  hoped for ("We would like to...") and Sprint reports explicitly need no pupil
  data (5.9 partially_met).
- Coverage manifest: P3 CP1 only (6.A3 partially_met); P7 learning log "not
  checked" (6.A7 partially_met); U3 built, not checked (6.K3 partially_met);
  U4 no taught session but checked in CP2 (6.K4 partially_met, assessed not
  covered); D5 formative assessment row is a tracked whole-row DELETION and
  "formative" appears only about CP1 (6.S2c not_met, wrong context); D6 built,
  "not checked" (6.S2d partially_met); D11 (6.S7 partially_met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hz_helpers import (new_doc, para, table, merge_row, shade, ins, dele, delete_row,
                         comment, footnote, textbox, header_footer, cell_text, save)

OUT = Path(__file__).with_name("hz-01-castlebridge-release-notes.docx")
doc = new_doc("Calibri", 10)
header_footer(doc, "Castlebridge City Learning Centre  |  Course Products  |  RELEASE NOTES",
              "CCLC-REL-SENCO-2.0  |  Issued 22/09/2008  |  CRB checks for all participants are confirmed at enrolment.")


def area(title):
    return para(doc, title, bold=True, size=11, colour="1F4E79")


def log(tag, text):
    return para(doc, [("[" + tag + "] ", "b"), (text, "")])


para(doc, "RELEASE NOTES", bold=True, size=20, colour="1F4E79")
para(doc, "The Castlebridge SENCO Award  -  Release 2.0 (academic year 2008-09)", bold=True, size=13)

textbox(doc, [
    "Note for the TDA approval panel",
    "The Centre issues release notes whenever one of its courses changes, in the same format we use for the software "
    "and learning platform we look after for the city's schools. Release 2.0 is the version of our SENCO course that we "
    "are asking you to approve as nationally accredited training. Release 1.x was the unaccredited Castlebridge SENCO "
    "Induction Programme (2006 to 2008). The notes below say what 2.0 contains, what has changed since 1.x and why, what "
    "is not yet working, and how the course maps to the national minimum outcomes (Part 7). Contact: Rosa Okafor, Course "
    "Products Lead, Castlebridge CLC, Marlow Street, Castlebridge.",
], height_pt=110)

table(doc, [
    ["Field", "Value"],
    ["Product", "The Castlebridge SENCO Award (validated title: PG Certificate in Special Educational Needs Coordination)"],
    ["Release", "2.0, first accredited release"],
    ["Status", "Released to schools 22 September 2008; first intake 7 October 2008"],
    ["Partner", "University of Wexcombe, School of Education (validating and awarding body)"],
    ["Release owner", "Rosa Okafor, Course Products Lead, CCLC"],
    ["Academic lead", "Dr Malcolm Tierney, Senior Lecturer in Inclusive Education, University of Wexcombe"],
    ["Previous release", "1.4 (Castlebridge SENCO Induction Programme, unaccredited, last run 2007-08)"],
    ["Distribution", "Headteachers and SENCOs of Castlebridge schools; Children's Services; TDA"],
])

para(doc, "")
para(doc, "1. About this release", style="Heading 1")
p = para(doc, "Release 2.0 turns our two-year-old induction programme into an accredited award. The University of Wexcombe "
              "validated the programme at its validation event on 21 May 2008 as a Postgraduate Certificate worth 60 credits "
              "at masters level (level 7 of the Framework for Higher Education Qualifications); successful participants "
              "receive the University's award and the national SENCO qualification together.")
p = para(doc, "Release goal: to raise the attainment of pupils with special educational needs and disabilities in the schools "
              "our participants lead")
dele(p, ", and to improve their well-being in all five Every Child Matters outcomes")
p.add_run(", by giving new SENCOs the knowledge, skills and confidence to lead provision in their schools.")
para(doc, "The course runs over three terms. Each participant keeps a Route Card that shows which sessions and tasks they must "
          "take and which they may skip, and every participant completes a School Sprint: a term-long change project in their "
          "own school, agreed with the headteacher, which they plan, carry out and evaluate. The Sprint is where the course "
          "meets practice, and most of the changes in this release are about making the Sprint and the Checkpoints sharper.")
para(doc, "Cost: the fee is 1,250 pounds per participant, of which Castlebridge Children's Services pays half for city "
          "schools. Because the Route Card lets a participant replace sessions they do not need with directed study, schools "
          "release staff only for the sessions that will make a difference, and the Centre runs Hub sessions in pairs so "
          "that one tutor visit serves two groups.")
para(doc, "Who this release is for: teachers with qualified teacher status who are the SENCO in a Castlebridge school or "
          "academy, or who have been designated to take up the role within twelve months. Places are also open to SENCOs "
          "from the neighbouring authorities of Dunmore and Halsey Vale by agreement with their SEN services.")

para(doc, "2. What's in the box", style="Heading 1")
for line in [
    "Launch Days: two whole days at the Centre in the first half term (law, policy and the SENCO role; using the Learning Space).",
    "Build Blocks B1 to B4: twenty-one sessions of three hours (six in B3, five in each of the other Blocks), run as day sessions at the Centre or as twilight "
    "pairs in the three Area Hubs (North Castlebridge, Riverside and St Helen's).",
    "The School Sprint: a change project in the participant's own school, supported by a School Coach.",
    "The Castlebridge Learning Space: our online course area on the city learning platform, with forums, a resource bank, "
    "recorded inputs and live online sessions.",
    "Four Checkpoints, CP1 to CP4, described in area 3.4.",
    "The AT Lab: the Centre's assistive-technology suite and loan bank, open to participants on Block days and by booking.",
]:
    para(doc, line, style="List Bullet")

para(doc, "3. Change log", style="Heading 1")
para(doc, "Every line below is tagged. NEW: not in 1.x. CHANGED: in 1.x, now different. FIXED: a problem reported in 1.x and "
          "now resolved. RETIRED: in 1.x, removed from 2.0. KNOWN ISSUE: see Part 4. DEFERRED: see Part 5. Where a change came "
          "from a school, a partner or our own evaluation, the source is given in brackets.", italic=True)

area("3.1  Getting on the course")
log("NEW", "Start Check. Before Launch Day 1 every participant completes the Start Check, an online self-review against all "
           "28 outcomes in the Coverage Manifest, with a short example of evidence for each rating. A Block tutor then "
           "holds a forty-minute conversation with the participant (in person or by telephone), tests the ratings against the "
           "examples, and agrees the Route Card: the participant's personal targets, the sessions they must attend and the "
           "ones they may replace with directed study. The Route Card is reviewed at the end of each Block. (Source: 1.x "
           "evaluations, where experienced SENCOs said too much of the course repeated what they knew.)")
log("NEW", "Accreditation of prior learning. Under the University's APL regulations a participant may claim up to 20 credits "
           "(exemption from CP2) for successfully completed masters-level study of SEN within the last five years, or may "
           "submit an experiential claim (APEL) in the form of a reflective portfolio mapped to outcomes U1, U2, U5 and U8, "
           "assessed by two tutors. Claims are made at the Start Check and decided before the end of Block 1.")
log("CHANGED", "Entry requirements. Candidates must hold QTS, be in post as SENCO or designated to the role, and be nominated "
               "by their headteacher, who signs the nomination form to commit release time (five Block days, two Launch Days) "
               "and to meet the participant once each term. Where the Start Check shows that a candidate is unlikely to meet "
               "the outcomes within the year (typically a teacher with no experience of SEN support), the Block tutor tells "
               "the candidate and the headteacher what they need to do first, offers a place on the Centre's six-session SEN "
               "Foundations twilight series, and holds the candidate's place for the January intake.")
p = log("CHANGED", "The Centre no longer asks for CRB disclosure numbers at enrolment. Employment checks on participants are the "
                   "responsibility of the employing school and the local authority's HR service, and the nomination form "
                   "does not ask for them.")
comment(doc, p, "Panel will want this. Should we reinstate the 1.x question on the nomination form before this goes out?",
        author="M. Tierney", initials="MT")
log("RETIRED", "Fast Track. The 1.x option for experienced SENCOs to be assessed on a portfolio alone, without attending, has "
               "been withdrawn. The University's regulations require every candidate to attend both Launch Days and at least "
               "75% of the Block sessions on their Route Card.")
log("NEW", "Access and adjustments. The nomination form and the Start Check both invite participants to tell us about a "
           "disability, a specific learning difficulty or a health condition, and explain why we ask. Anyone who does is offered "
           "a meeting with the Centre's assistive-technology adviser, who agrees written adjustments with them (for example "
           "materials in large print, Braille or electronic text, a laptop with text-to-speech or voice-recognition software "
           "from the AT Lab loan bank, a note-taker, rest breaks, extra time or an alternative format for a Checkpoint). The "
           "adjustments are copied, with consent, to tutors, the School Coach and the University's disability service, which "
           "applies the same adjustments to assessment. All Centre and Hub rooms are step-free with hearing loops. Our "
           "publicity is published in accessible electronic formats and says all this before anyone applies.")

area("3.2  Learning")
p = log("CHANGED", "Two intakes. Participants can start in October or in January; each intake completes in twelve months. ")
ins(p, "Participants may take Blocks B2, B3 and B4 in any order after B1, and may mix Centre day sessions with Hub twilight "
       "sessions from Block to Block. (Source: Primary Heads' Forum, February 2008.)")
log("CHANGED", "Block days moved from Fridays to Tuesdays and Wednesdays, because the Primary Heads' Forum told us Friday "
               "release was the hardest to cover.")
log("NEW", "B1 Frameworks: the SEN Code of Practice (2001) and its graduated response; the SEN and Disability Act 2001 and "
           "the Disability Discrimination Act duties; Every Child Matters: Change for Children and the SENCO's part in the "
           "five outcomes; Removing Barriers to Achievement; the Bercow Review of speech, language and communication services "
           "(interim report, March 2008).")
p = log("NEW", "B2 Learners: five sessions on behavioural, emotional and social difficulties; specific learning difficulties "
               "including dyslexia; speech, language and communication needs; autistic spectrum disorders; and moderate "
               "learning difficulties, each co-taught with a practitioner from the relevant city service. Each session includes a "
               "reading circle on a recent study or inspection report, for example Ofsted's Inclusion: does it matter where "
               "pupils are taught? (2006).")
footnote(doc, p, "Reading lists are on the Learning Space and are refreshed each July by the Block tutors.")
log("CHANGED", "B3 Provision: identifying needs from observation, data and assessment; setting targets and planning "
               "interventions; using reports from educational psychologists, therapists and advisory teachers; tracking "
               "progress with RAISEonline, P scales and optional tests; special arrangements for national tests; provision "
               "mapping with the Centre's provision-map template; case clinics; SEN in the school's self-evaluation form; and "
               "person-centred reviews.")
log("CHANGED", "B4 People: winning the support of the headteacher, senior leaders and governors; time, tasks and "
               "teaching assistants (the SENCO week, delegation, deploying and managing TAs); working with families (co-taught with the Castlebridge Parent "
               "Partnership Service); who's who in the agencies and voluntary sector; and coaching colleagues.")
log("RETIRED", "\"Listening to Learners\", the 1.x session on gathering pupils' views, was removed when B4 was shortened from six "
               "sessions to five. The only session on pupils in 2.0 is the person-centred reviews session in B3, which is about "
               "running review meetings.")
log("NEW", "The School Sprint. In the second term each participant chooses a change that their school needs (agreed with the "
           "headteacher and written into a one-page Sprint Plan), carries it out over at least ten weeks, and evaluates it. "
           "Typical Sprints in the 2008 pilot were a new provision map for Key Stage 2, a redesigned annual review for pupils "
           "with statements, and a training programme for teaching assistants. Each participant has a School Coach, an "
           "experienced SENCO from another Castlebridge school, who visits twice and observes one piece of the participant's "
           "practice.")
log("NEW", "Cluster SENCO networks. Participants join the termly SENCO network meeting for their Area Hub, where they present "
           "their Sprint and advise each other; Hub meetings are also open to SENCOs who are not on the course.")

area("3.3  Online")
log("CHANGED", "The Learning Space moved to the city learning platform. Each Block has a forum moderated by its tutor, a "
               "resource bank, recorded inputs with captions and transcripts, and one live online session (web conferencing "
               "from school or home). Participants have a peer forum for their intake, and study pairs are set up at Launch "
               "Day 2.")
log("FIXED", "Participants using screen readers could not open the 1.x quizzes. All quizzes were rebuilt and tested by the "
             "Centre's AT team with JAWS and SuperNova.")
log("KNOWN ISSUE", "Tutors answer forum questions on Block days only. See KI-2.")
log("NEW", "Email and the Learning Space's messaging are used for all communication between the Centre, the University, "
           "tutors, coaches and schools; headteachers receive a termly progress note by email.")

area("3.4  Assessment")
log("CHANGED", "The Checkpoints. CP1, the Start Check and Route Card, is formative and is not marked. CP2, Policy to Practice, "
               "is a 4,000-word assignment analysing the participant's school's SEN policy and provision against law, "
               "guidance and research. CP3 is the Sprint Report (4,000 words) and a ten-minute Sprint Showcase presentation "
               "to the Hub network. CP4 is the Practice Portfolio: evidence from the participant's work, witness statements "
               "from the School Coach and a commentary, signed off outcome by outcome against the D outcomes and the P "
               "outcomes that the Coverage Manifest marks for CP4.")
log("NEW", "Award rule. Participants who pass CP2, CP3 and CP4 are recommended to the University's Award Board.")
log("CHANGED", "Marking and moderation. Before each marking round the tutors meet to standardise using marked scripts from the "
               "pilot. CP2 and CP3 are first-marked by the Block tutor; a second tutor blind-marks a 25% sample and every "
               "script at the pass/fail borderline or above 70%. The University's moderator samples across both markers, the "
               "External Examiner (Professor Anne Lowther, Marwood University) sees a sample of every Checkpoint and all "
               "fails, and the Award Board confirms results.")
log("FIXED", "1.x portfolios were signed off by coaches with no guidance. Coaches now use the CP4 evidence descriptors and "
             "a sample of portfolios is moderated by the University.")

area("3.5  People")
log("NEW", "Tutor Handbook and Coach Handbook. Both set out roles, responsibilities, the Checkpoint criteria and what to do "
           "when a participant is at risk of not passing. Every School Coach attends a compulsory half-day induction at the "
           "Centre and a termly coaches' meeting; tutors new to the course are paired with an experienced tutor for their "
           "first Block and their first marking round.")
log("NEW", "Specialist contributors from the Educational Psychology Service, the Speech and Language Therapy service, the "
           "Autism Outreach Team, the Sensory Support Service and the Behaviour Support Team co-teach B2 and B4 sessions.")
log("RETIRED", "The two-day placement in a special school or resource base has been withdrawn; participants may arrange visits "
               "themselves if they wish.")

table(doc, [
    ["Person", "Role in 2.0", "Background"],
    ["Rosa Okafor", "Course Products Lead; B1 tutor", "MA Inclusive Education; former SENCO (11 years); CCLC SEN and ICT adviser since 2003"],
    ["Dr Malcolm Tierney", "Academic lead; CP2 marker", "PhD on SEN policy; leads the University's MA SEN; published on provision mapping"],
    ["Gareth Pryce", "B3 tutor; AT Lab lead", "Specialist teacher (SpLD), Diploma in assistive technology; CALL-accredited AT assessor"],
    ["Nadia Qureshi", "B2 tutor", "Advisory teacher, Autism Outreach Team; NPQH; trainer for the National Autistic Society"],
    ["Helen Brindley", "B4 tutor; Coach lead", "SENCO and assistant head, Riverside Primary; national SENCO network convenor"],
])
para(doc, "All tutors take part in the Centre's annual SEN update days and the University's research seminars.", italic=True)

area("3.6  Partners and schools")
log("NEW", "Needs evidence. Release 2.0 was designed from the Castlebridge SENCO Survey (March 2008), to which 71 of the "
           "city's 96 schools replied, and from Children's Services data on SEN in the city. SENCOs asked above all for help "
           "with data and tracking, provision mapping, managing teaching assistants and the law; headteachers asked for a "
           "course that changed something in the school. These four topics are now B3 and B4 sessions, and the Sprint answers "
           "the headteachers.")
log("CHANGED", "Who's who in the agencies was added to B4 at the request of the city's multi-agency locality teams, who told us "
               "that new SENCOs did not know how to refer to them.")
p = log("NEW", "Partners in delivery: School Coaches are serving SENCOs; the Parent Partnership Service, the city services "
               "listed in 3.5 and two voluntary organisations (Castlebridge Dyslexia Association and the Riverside Carers' "
               "Network) co-teach sessions. Release 2.0 is evaluated by participants and the University only; the heads' "
               "forum, the Parent Partnership Service and former participants are not involved in evaluating it until the "
               "Stakeholder Review Group starts (see Part 5).")
comment(doc, p, "Isn't the Riverside parents' group already looking at the B4 materials? Worth saying.",
        author="H. Brindley", initials="HB")

area("3.7  Quality")
log("CHANGED", "Evaluation. Participants complete an evaluation card after every session and an online Block review at the "
               "end of each Block; tutors review the cards at a Block debrief. The University's annual monitoring report, the "
               "External Examiner's report and the moderator's notes are external evidence. Every July the course team "
               "holds a release review that decides what goes into the next release; these notes are its output, and each "
               "change above gives its source.")
log("NEW", "End Check. Participants repeat the Start Check at the end of the course; the change in their ratings and in their "
           "confidence score is reported to the release review and to headteachers.")
log("CHANGED", "Sprint reports describe the change made to the school's systems or practice; pupil outcome data are not "
               "required, since a term is too short to show them. We would like to track the attainment of pupils in "
               "participants' schools over the following two years, if Children's Services can supply the data.")
log("NEW", "Resources. The AT Lab holds twelve networked workstations with Clicker 5, Kurzweil 3000, Read&Write 8 Gold, "
           "Dragon NaturallySpeaking, Boardmaker and Inclusive Writer, switch and alternative-keyboard kits, and a loan bank "
           "of thirty laptops and ten talking-tin and recordable-button kits that participants can borrow for their Sprint. "
           "The Centre's SEN library and the University library (with online journals) are open to all participants.")

area("3.8  After the course")
log("RETIRED", "The 1.x Next Steps exit interview with the Centre's CPD adviser has been discontinued.")
log("DEFERRED", "A 'What next?' page on the Learning Space. See Part 5.")

para(doc, "4. Known issues and workarounds", style="Heading 1")
table(doc, [
    ["ID", "Issue", "Workaround in 2.0", "Target"],
    ["KI-1", "Captioned versions of two B2 recorded inputs are not ready.", "Transcripts are posted; tutors give the input live on request.", "2.0.1 (Dec 2008)"],
    ["KI-2", "The Learning Space forums are not staffed between Block days: until the new Online Tutor post is filled, tutors answer questions only on Block days.", "Participants use the peer forum and study pairs.", "2.1"],
    ["KI-3", "The Hub twilight sessions at St Helen's have no hearing loop until the building works finish.", "Sessions moved to the Centre for anyone who needs the loop.", "Jan 2009"],
    ["KI-4", "Child development: there is no taught session on how children develop in 2.0; the topic is examined in CP2.", "Directed reading on the Learning Space.", "2.1"],
])

para(doc, "5. Deferred to Release 2.1", style="Heading 1")
for line in [
    "A Stakeholder Review Group of headteachers, parents, former participants and Children's Services officers to review "
    "each release before it goes out.",
    "A 'What next?' page on the Learning Space listing progression routes to the University's MA modules.",
    "Restoring a session on gathering pupils' views.",
    "An Online Tutor post to staff the forums between Block days.",
]:
    para(doc, "- " + line)

para(doc, "6. Component inventory", style="Heading 1")
inv = table(doc, [
    ["Component", "Code", "Contact hours", None, "Assessed by", "Delivered by"],
    [None, None, "Centre", "Online", None, None],
    ["Launch Days", "LD1-2", "12", "0", "-", "CCLC and University"],
    ["Frameworks", "B1", "15", "3", "CP2", "CCLC, University"],
    ["Learners", "B2", "15", "3", "CP2, CP4", "CCLC, city services"],
    ["Provision", "B3", "18", "3", "CP3, CP4", "CCLC, University"],
    ["People", "B4", "15", "3", "CP3, CP4", "CCLC, Parent Partnership, coaches"],
    ["School Sprint", "SS", "-", "-", "CP3", "Participant, School Coach"],
    ["Start Check and Route Card", "CP1", "1", "1", "not marked", "Block tutor"],
])
for j in (0, 1, 4, 5):
    inv.cell(0, j).merge(inv.cell(1, j))
m = inv.cell(0, 2).merge(inv.cell(0, 3))
for p in m.paragraphs[1:]:
    p._p.getparent().remove(p._p)
for j in range(6):
    shade(inv.cell(1, j))

para(doc, "")
para(doc, "7. Coverage manifest", style="Heading 1")
para(doc, "The Centre's outcome codes: P (personal qualities), U (understanding) and D (doing). Each covers one national "
          "minimum outcome, in the order the national outcomes are listed. 'Built in' names the session where the outcome is "
          "taught; 'Checked at' names the Checkpoint that assesses it.")
rows = [["Code", "Outcome (our wording)", "Built in", "Checked at"],
        ["P  Personal qualities", None, None, None],
        ["P1", "Builds fair, respectful and supportive relationships with pupils with SEN and their families", "B4.3 Working with families", "CP4 (coach witness statement of a parent meeting)"],
        ["P2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "B4.1 Winning support", "CP3 (Sprint Plan agreed with head; Showcase)"],
        ["P3", "Prioritises, manages time and delegates tasks, making sure they are done", "B4.2 Time, tasks and teaching assistants", "CP1 self-review only (not marked)"],
        ["P4", "Anticipates and resolves problems and makes sound decisions on provision", "B3.4 Case clinics", "CP4 (case commentary)"],
        ["P5", "Speaks and writes clearly; listens to and understands others' views", "All Blocks", "CP2 and CP3 (written); Showcase (spoken); coach observation of a meeting (listening)"],
        ["P6", "Uses research and external advice to improve own and colleagues' practice", "B2 reading circles", "CP2 (literature review section)"],
        ["P7", "Keeps up to date and takes charge of own CPD in SEN", "Learning log on the Learning Space", "not checked: the log is private to the participant"],
        ["U  Understanding", None, None, None],
        ["U1", "SEN law, the Code of Practice and how to apply them in school", "B1.1, B1.2", "CP2"],
        ["U2", "Every Child Matters and the SENCO's part in the five outcomes", "B1.3", "CP2"],
        ["U3", "Disability equality law and the actions it requires", "B1.4 DDA and the Disability Equality Scheme", "not checked (the CP2 brief is on the Code of Practice)"],
        ["U4", "How children develop and what affects development", "-", "CP2"],
        ["U5", "The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "B2.1 to B2.5", "CP2, CP4"],
        ["U6", "Approaches, strategies and resources, including ICT and assistive technology, and their critical use", "B3 and AT Lab sessions", "CP4 (AT plan for a named pupil)"],
        ["U7", "School self-evaluation and improvement as they bear on SEN", "B3.5 SEN in the SEF", "CP3"],
        ["U8", "Best practice and research on meeting SEN", "B2 reading circles", "CP2"],
        ["U9", "The role of external agencies and how to obtain their support", "B4.4 Who's who", "CP4 (referral record)"],
        ["D  Doing", None, None, None],
        ["D1", "With senior leaders and governors, shapes an inclusive ethos, policy, priorities and use of resources", "B4.1 Winning support", "CP3 (Sprint paper to a governors' committee)"],
        ["D2", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "B3.1", "CP4"],
        ["D3", "Uses assessments by other professionals to shape teaching", "B3.2", "CP4"],
        ["D4", "Uses summative data, including national tests, to track progress and adjust programmes", "B3.3", "CP4 (data review task)"],
        ["D5", "Helps teachers develop assessment for learning, with approaches for pupils with SEN", "B3.3", "CP4"],
        ["D6", "Identifies special arrangements for national tests and exams in good time and puts them in place", "B3.3", "not checked"],
        ["D7", "Uses provision mapping to plan provision and find what is missing or not working", "B3.4 Provision mapping in practice", "CP4 (annotated provision map)"],
        ["D8", "Deploys and manages staff, including teaching assistants", "B4.2", "CP4"],
        ["D9", "Supports colleagues' development by observation and feedback, modelling, coaching and training", "B4.5 Coaching colleagues", "CP3 (staff session observed by coach)"],
        ["D10", "Reviews provision with colleagues to inform self-evaluation and planning", "B3.5", "CP3"],
        ["D11", "Involves pupils in planning and reviewing their own provision", "B3.6 Person-centred reviews", "not checked in 2.0"],
        ["D12", "Liaises with parents and carers to support pupils' learning", "B4.3", "CP4"],
        ["D13", "Works with other services and voluntary organisations for coordinated support", "B4.4", "CP4"],
        ]
man = table(doc, rows)
for i, r in enumerate(rows):
    if r[1] is None and i > 0:
        merge_row(man, i, r[0])
delete_row(man.rows[24])

para(doc, "")
para(doc, "8. Release sign-off", style="Heading 1")
table(doc, [
    ["Role", "Name", "Date"],
    ["Course Products Lead, CCLC", "Rosa Okafor", "19/09/2008"],
    ["Head of Centre, CCLC", "Philip Ansah", "19/09/2008"],
    ["Academic lead, University of Wexcombe", "Dr Malcolm Tierney", "20/09/2008"],
    ["Head of SEN and Inclusion, Castlebridge Children's Services", "[name to be added]", ""],
])

save(doc, OUT)
print("wrote", OUT)
