"""gw-01-lanercost-annual-monitoring-report

Provider (invented): Clearspeak, a national charity for children's speech,
language and communication, which runs a collaborative postgraduate
certificate with Lanercost University (Faculty of Education). The 2007-08
Postgraduate Certificate in Communication, Language and Inclusion is being
reconfigured as the Postgraduate Certificate in Special Educational Needs
Coordination (National Award for SENCOs), first cohort January 2009.

Document kind: the University's Annual Monitoring Report (form AMR1) for
2007-08, sent whole to the TDA as the application with a shaded note for the
panel. The AMR looks back at a year that has ended and forward to the award.

Layout: a cover details table; a shaded note; ten form sections, each opened
by a one-column form box (shaded title row, italic "Guidance:" prompt row
left in from the University's template) with the answer as ordinary
paragraphs below; statistical tables; a staff table; a study-day table; an
action-plan table (Ref / Issue / Action / Owner / By / Status); Appendix A,
an outcome map with shaded merged group rows ("Developed" / "Assessed");
a sign-off table. Header and footer with a page field. Tracked changes by
the programme leader and the Faculty quality officer; three Word comments.

Traps (requirement ids):
- Form guidance prompts ask about experiential learning, CRB checks on
  students, placements: the prompts are never answers (2.1, 5.3, 5.5).
- The portfolio-only (assessment-only) route ran in 2007-08 (Table 2.1 shows
  one candidate) but was withdrawn in June 2008 and is not offered (2.3
  not_met: past arrangement ended).
- RPL: certificated prior study up to 30 credits, but experiential learning
  is explicitly not accepted (2.1 partially_met).
- CRB: only tutors' enhanced disclosures are described (wrong context); a
  comment asks whether participants are checked (5.3 not_met).
- Parents and carers: only "a thread" through the course; the parents'
  workshop did not run in 2007-08 and reinstating it is only to be
  "considered" (1.7 partially_met; 6.S8 developed but not assessed).
- Flexibility: one January cohort, fixed order, one mode; catch-up with the
  next cohort and up to two years to complete; a second, September cohort
  exists only in a deleted tracked change (3.2 partially_met).
- VLE: materials and tutor email support between study days, but the
  discussion board was closed, no peer support online (3.3 partially_met).
- Stakeholders deliver sessions, but their part in evaluation is only an
  intention (4.3 partially_met).
- Visits to specialist provision are left to participants and not organised
  (5.5 partially_met).
- Impact: confidence measured pre/post, pupil impact only anecdotal, with a
  wish to collect data "in future" (5.9 partially_met).
- Award rule: pass each task at 50%, with a blanket claim that the tasks
  "cover all of the national minimum outcomes" which Appendix A contradicts
  (6.0 partially_met, 1.9 partially_met).
- Appendix A: no row for time management and delegation (6.A3 not_met) or
  for test and examination arrangements (6.S2d not_met; student feedback
  says it is only being "looked at", and a comment asks about it);
  6.S2c "Not separately assessed", 6.A7 formative log "not marked",
  6.K7 formative feedback only, 6.S8 assessed "-" (all partially_met).
- Header and footer carry only form and page details.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _gw_helpers import *
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HE = "Hannah Ellwood"
QO = "Jane Holt (Faculty QO)"

d = base_doc("Arial", 10)
header_footer(d.sections[0],
              "Lanercost University  |  Faculty of Education  |  Annual Monitoring Report 2007-08",
              "Form AMR1 (rev. 2006)  |  Collaborative provision: Clearspeak")

t = d.add_paragraph()
r = t.add_run("LANERCOST UNIVERSITY\nFACULTY OF EDUCATION")
r.bold = True; r.font.size = Pt(12)
t = d.add_paragraph()
r = t.add_run("ANNUAL MONITORING REPORT (TAUGHT PROGRAMMES) 2007-08")
r.bold = True; r.font.size = Pt(14)

table(d, [
    ["Item", "Details"],
    ["Programme", "Postgraduate Certificate in Communication, Language and Inclusion (PGCert CLI), reconfigured from January 2009 as the Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs)"],
    ["Collaborative partner", "Clearspeak (registered charity), Professional Learning team, Ashby"],
    ["Award and credit", "Postgraduate Certificate, 60 credits at level M (FHEQ level 7)"],
    ["Programme leader", "Dr Hannah Ellwood (Clearspeak)"],
    ["University link tutor", "Mr Owen Marr, Senior Lecturer in Inclusive Education"],
    ["Year reported on", "2007-08 (cohort 4, January to December 2007, assessment board June 2008)"],
    ["Considered by", "Programme Committee 9 October 2008; Faculty Quality Committee 22 October 2008"],
], widths=[4.5, 12])

p = d.add_paragraph()
p.add_run("Note for the TDA panel. ").bold = True
p.add_run("Clearspeak and Lanercost University send this report, as it went to the Faculty Quality Committee, "
          "as our application for approval to run the National Award for SENCOs. We have chosen to send the "
          "monitoring report rather than write a fresh document because it shows both how the certificate ran "
          "in 2007-08 and how the award will run from January 2009. Sections 1, 3, 4, 8 and 9 and Appendix A "
          "describe the award; the rest describes the year just ended. Where the two differ, the award is as "
          "described in Section 4 and Appendix A.")
border_par(p); shade_par(p)


def form_box(title, guidance):
    d.add_paragraph()
    tb = d.add_table(rows=2, cols=1)
    tb.style = "Table Grid"
    cell_text(tb.cell(0, 0), title, bold=True, size=10)
    shade(tb.cell(0, 0), "BFBFBF")
    cell_text(tb.cell(1, 0), "Guidance: " + guidance, italic=True, size=8, color="595959")
    return tb


def para(text, bold_lead=None):
    p = d.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


# SECTION 1
form_box("SECTION 1: PROGRAMME OVERVIEW AND CONTEXT",
         "Summarise the aims of the programme, any changes made during the year and any planned for next year. "
         "Confirm the award, level and credit and the date of the most recent validation or review.")
para("The PGCert CLI has run since January 2005 as collaborative provision: Clearspeak designs the programme "
     "and provides most of the teaching from its Professional Learning team, and Lanercost University validates "
     "the programme, registers the students, runs the Board of Examiners and confers the award. Four cohorts "
     "(118 teachers in all) have now been through it.")
p = para("In the light of the Education (Special Educational Needs Coordinators) (England) Regulations 2008 and the "
     "TDA's invitation to providers, the Programme Committee agreed in May 2008 to reconfigure the certificate "
     "as the Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs). "
     "The reconfigured programme keeps 60 credits at level M. It was approved at the University's validation "
     "event on 14 October 2008 with two conditions")
ins_run(p, ", both met on 3 November 2008", QO, "2008-11-04T09:12:00Z")
p.add_run(". Successful participants will receive the University's Postgraduate Certificate, and their credit "
          "counts in full towards the University's MA in Inclusive Education.")
para("The aim of the award, as validated, is to raise the achievement and improve the well-being of pupils with "
     "special educational needs and/or disabilities by developing the knowledge, understanding and skills of the "
     "teacher who leads SEN coordination in their school. We use 'achievement' in the sense of all five Every "
     "Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution "
     "and achieving economic well-being), and each of the three assessed tasks asks the participant to show how "
     "their work has affected pupils' learning and well-being, not only their test results. Clearspeak brings "
     "a particular strength in speech, language and communication needs (SLCN), which are the most common "
     "need in primary schools, but the award covers the full range of SEN and disability.")

# SECTION 2
form_box("SECTION 2: STATISTICAL DATA",
         "Insert the tables supplied by Student Records and comment on recruitment, progression, completion and "
         "the profile of students, including equality monitoring data.")
para("Table 2.1 Recruitment, progression and completion, cohorts 3 and 4", None).runs[0].bold = True
table(d, [
    ["", "2006-07 (cohort 3)", "2007-08 (cohort 4)"],
    ["Enquiries", "63", "77"],
    ["Applications", "36", "41"],
    ["Enrolled (taught route)", "30", "33"],
    ["Enrolled (portfolio-only route)", "0", "1"],
    ["Withdrawn", "2", "3"],
    ["Deferred to following year", "1", "2"],
    ["Completed and awarded", "27", "29"],
    ["Awarded with merit", "9", "11"],
], widths=[7, 4.5, 4.5])
para("Table 2.2 Equality monitoring, cohort 4 (n = 34)").runs[0].bold = True
table(d, [
    ["Characteristic", "Number", "Comment"],
    ["Disclosed a disability or specific learning difficulty", "3", "All three had a Learning Support Agreement (see Section 5)"],
    ["Black and minority ethnic", "4", "Below the regional teacher workforce figure; see action 10.6"],
    ["Male", "5", ""],
    ["Working in special schools", "6", "Others in mainstream primary (19) and secondary (9)"],
], widths=[6, 2, 8])
para("Recruitment rose again and completion held at 85 per cent. The three withdrawals were all for reasons of "
     "workload after a change of school. The single portfolio-only candidate in 2007-08, an experienced teacher "
     "from a county language support service, completed successfully. Because the route drew one candidate in "
     "four years and cost as much to administer as a taught place, the Programme Committee withdrew it in June "
     "2008. It will not be offered on the National Award: every participant takes the taught route.")

# SECTION 3
form_box("SECTION 3: ADMISSIONS, ENTRY AND INDUCTION",
         "Describe entry requirements and selection, arrangements for recognising prior learning (including "
         "experiential learning), and checks made on students who will work with children (e.g. CRB).")
para("Entry. Applicants must hold Qualified Teacher Status, be employed in a school in England, and be in the "
     "SENCO role or named by their headteacher to take it up within the year. The application form has a "
     "headteacher's section in which the head confirms release for the eight study days, access to school data "
     "and a senior colleague to support the participant in school (the Supporting Colleague). The programme "
     "leader reads every application against a short checklist (role, experience of teaching pupils with SEN, "
     "the school's support) and telephones any applicant where the form leaves doubt. An applicant who is not "
     "yet ready is given a telephone advice conversation about what to do first, usually Clearspeak's one-day "
     "Communication in the Classroom course and a term shadowing the current SENCO, and the programme leader "
     "writes to the headteacher setting out the same advice, with an invitation to apply to the next cohort.")
para("Recognition of prior learning. Under section 9 of the University's Academic Regulations a participant may "
     "claim up to 30 credits for certificated study at level M completed in the previous five years, for "
     "example Clearspeak's 20-credit module Supporting Language in the Classroom or a level M module in SEN "
     "from another university. Claims are mapped by the programme leader against the units and their outcomes "
     "and decided by the Faculty RPL panel in December, before the cohort starts. The University does not "
     "accept claims for uncertificated experiential learning on this award, and none will be considered.")
p = para("Safeguarding. Every Clearspeak tutor and associate who visits schools holds an enhanced CRB disclosure, "
     "renewed every three years and recorded by Clearspeak's HR team; Lanercost staff are checked under the "
     "University's own staff procedures. Tutors visiting a participant's school sign in under the school's "
     "visitor policy.")
comment(d, p, "The TDA form asks about checks on the participants themselves. Do we check their CRB at all? "
        "We need a line on this before it goes.", QO, "JH")
para("Induction and needs assessment. Before the first study day every participant completes the Starting Point "
     "Profile, a self-rating on a five-point scale against each of the 28 national outcomes, with a prompt for "
     "the evidence behind each rating. The personal tutor reads it and holds a 45-minute induction tutorial "
     "with the participant (in person at the Ashby centre or by telephone), in which they test the ratings "
     "against the evidence, agree an Individual Learning Plan naming the outcomes the participant most needs "
     "to develop, and choose the two elective workshops and a provisional focus for Task 3. The plan is "
     "reviewed at the mid-point tutorial in May and again before Task 3 is submitted.")

# SECTION 4
form_box("SECTION 4: CURRICULUM, LEARNING, TEACHING AND ASSESSMENT",
         "Comment on the curriculum, teaching methods and assessment, and on any changes for next year. "
         "Refer to subject benchmarks, professional standards or external frameworks where relevant.")
para("The award has three 20-credit units, taught over eight study days between January and November with "
     "directed school-based tasks between days, and two elective workshops of half a day each, chosen through "
     "the Individual Learning Plan from a menu of six (for example dyslexia-friendly classrooms, augmentative "
     "and alternative communication, behaviour and language, working with teaching assistants). The fee for "
     "2009 is held at the 2008 level of \u00a31,200; the partners keep it down by sharing venues, by "
     "Clearspeak contributing its resource library at no charge, and by teaching electives to mixed groups "
     "from both this and Clearspeak's other courses. Three of the four network LAs pay half the fee for their "
     "schools.")
para("Table 4.1 Study days, cohort 5 (January to November 2009)").runs[0].bold = True
sd = table(d, [
    ["Day", "Date", "Venue", "Unit", "Focus"],
    ["1", "16 Jan 2009", "Lanercost campus", "Unit 1", "The SENCO's role; the SEN Code of Practice 2001 and the new SENCO Regulations"],
    ["2", "13 Feb 2009", "Lanercost campus", "Unit 1", "Disability equality duties; Every Child Matters and the SENCO; inclusive ethos and policy"],
    ["3", "13 Mar 2009", "Clearspeak, Ashby", "Unit 2", "How children develop; language development and SLCN; the common types of SEN"],
    ["4", "24 Apr 2009", "Lanercost campus", "Unit 2", "Identifying need; hearing pupils (Talking Mats, pupil-led reviews); using other professionals' assessments"],
    ["5", "22 May 2009", "Lanercost campus", "Unit 2", "Tracking progress; national tests and P scales; formative assessment; provision mapping"],
    ["6", "3 Jul 2009", "Lanercost campus", "Unit 3", "Leading colleagues: coaching, observation and feedback, training staff; deploying teaching assistants"],
    ["7", "9 Oct 2009", "Clearspeak, Ashby", "Unit 3", "Working with other services and voluntary organisations; school self-evaluation and SEN"],
    ["8", "13 Nov 2009", "Lanercost campus", "Unit 3", "Task 3 presentations; keeping up to date; next steps"],
], widths=[1, 2.4, 3, 1.5, 9])
para("Teaching draws on recent research and inspection evidence, which tutors update each year: the Bercow "
     "Review of services for children and young people with speech, language and communication needs (2008) "
     "and its interim report, Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Education "
     "and Skills Committee's report on SEN (2006), the Rose Review's work on early reading, and Clearspeak's own "
     "study with Lanercost of language screening in Year 1 (Ellwood and Marr, 2007). Unit 1 covers the law and "
     "policy a SENCO works within: Part 4 of the Education Act 1996, the Special Educational Needs and "
     "Disability Act 2001, the Code of Practice, the Disability Discrimination Act 1995 as amended in 2005 and "
     "the disability equality duty, the Children Act 2004 and Every Child Matters, and the 2008 Regulations.")
para("Practice in school is built in throughout. Each study day ends with a directed task to carry out in the "
     "participant's own school before the next day (for example auditing the SEN register against the Code's "
     "graduated response, or observing a pupil with SLCN across three lessons), and the assessed tasks are all "
     "carried out in the participant's school with the Supporting Colleague's knowledge.")
para("Hearing pupils. Day 4 teaches participants to consult pupils with SEN, including pupils with limited "
     "speech, using Talking Mats, pupil-led review meetings and simple questionnaires with symbols; in Task 2 "
     "each participant records how they consulted the case-study pupil and how the pupil's views changed the "
     "plan.")
para("Colleagues. Days 6 and 7 develop the participant's work with colleagues inside and beyond the school: "
     "coaching and observation with feedback, planning and leading a staff training session, deploying and "
     "managing teaching assistants, and agreeing shared plans with speech and language therapists, "
     "educational psychologists, the LA's support services and voluntary organisations. Task 3 requires the "
     "participant to lead a change with colleagues and evaluate it.")
para("Partnership with parents and carers runs as a thread through all three units rather than being taught "
     "as a separate day.")
para("Assessment. The award is assessed by three tasks, each set and marked to the University's level M "
     "criteria:")
for t_ in [
    "Task 1 (Unit 1): Policy and practice review, 3,000 words. The participant reviews their school's SEN and "
    "disability policies against the Code of Practice, the disability equality duty and the ECM outcomes, "
    "interviews the headteacher or a senior leader and the SEN governor, and recommends priorities.",
    "Task 2 (Unit 2): Provision map and case study, 3,000 words plus the map. The participant maps provision "
    "for one year group, identifies provision that is ineffective or missing, and writes a case study of one "
    "pupil showing how they identified need, used reports from other professionals and the pupil's test and "
    "teacher assessment data, consulted the pupil, set targets and reviewed progress.",
    "Task 3 (Unit 3): School-based enquiry, 4,000 words and a 15-minute presentation on Day 8. The participant "
    "plans, leads and evaluates a change in provision with colleagues (for example a new way of deploying "
    "teaching assistants), shows the evidence of its effect on colleagues' practice, and reflects on their "
    "own leadership. The headteacher signs to confirm the change took place.",
]:
    d.add_paragraph(t_, style="List Bullet")
para("To be awarded the Certificate a participant must pass each of the three tasks; the pass mark is 50 per "
     "cent and there is no compensation between tasks. The Board of Examiners confirms the award each "
     "December. Taken together, the three tasks cover all of the national minimum outcomes; Appendix A shows "
     "where each outcome is developed and assessed.")

# SECTION 5
form_box("SECTION 5: STUDENT FEEDBACK, GUIDANCE AND SUPPORT",
         "Summarise student feedback (module evaluations, staff-student meetings) and the support given to "
         "students, including disabled students. State what action has been taken.")
para("Twenty-five of the 29 completing participants returned the end-of-programme questionnaire. Ninety-two per "
     "cent rated the programme good or very good overall; the study days on provision mapping and on SLCN were "
     "rated most highly. Three concerns recurred:")
for t_ in [
    "The parents' and carers' workshop, which had been Day 5 in earlier years, did not run in 2007-08 because "
    "the tutor left Clearspeak in March; several participants said they missed it.",
    "The discussion board on the VLE was little used. It was set up in 2006 and was closed in 2007-08; "
    "participants now keep in touch through their study-day groups.",
    "Several participants asked for guidance on access arrangements for Key Stage tests and GCSE; we are "
    "looking at whether this can be included in future.",
]:
    d.add_paragraph(t_, style="List Bullet")
p = para("Action on the first concern is in the action plan (10.2).")
comment(d, p, "Is 'a thread' enough on parents for the TDA? They list it as a requirement in its own right.", QO, "JH")
para("Support between study days. Course materials, readings and the slides and audio of each study day are put "
     "on the University's VLE (Blackboard) within two days. Each participant has a personal tutor and two "
     "tutorials between study days (by telephone or email), and tutors reply to email within five working "
     "days.")
para("Disabled participants. The application form, and the induction tutorial, invite applicants to tell us "
     "about any disability, specific learning difficulty or health condition, with a note explaining that this "
     "is used only to put support in place. Where a participant discloses, the programme leader and the "
     "University's Disability Advisory Service agree a Learning Support Agreement before Day 1 (in 2007-08 these "
     "included handouts in large print and in advance, extended submission dates and a note-taker). Both "
     "venues have level access, accessible toilets and induction loops, and Clearspeak's accessible "
     "information standard (plain English, clear layout, visual support) applies to every handout and to the "
     "programme leaflet, which states how to request materials in other formats. Interviews and marking are "
     "carried out without reference to disclosure, and the programme's equality monitoring (Table 2.2) is "
     "reviewed each year under the University's race, disability and gender equality schemes.")
p = d.add_paragraph()
p.add_run("Flexibility. ")
p.add_run("The award runs as one cohort a year starting in January, with study days on Fridays, most at the "
          "Lanercost campus and two at Clearspeak's Ashby centre. A participant who misses a study day can "
          "attend the same day with the following cohort, and participants may take up to two years to "
          "complete. ")
del_run(p, "From September 2009 a second cohort will start at the Ashby centre, taking the units in the order "
           "Unit 2, Unit 1, Unit 3 for teachers who join a school part way through the year.", HE,
        "2008-10-15T16:40:00Z")

# SECTION 6
form_box("SECTION 6: EXTERNAL EXAMINER'S REPORT AND PROGRAMME TEAM RESPONSE",
         "Summarise the external examiner's main comments and the programme team's response. Attach the "
         "report.")
para("The external examiner, Dr Ruth Penhaligon (University of Carrick), reported that standards were "
     "appropriate to level M and comparable with similar programmes, that feedback to students was full and "
     "helpful, and that second marking was thorough. She recommended that the programme should show more "
     "clearly how its assessment relates to the national outcomes, and noted that the tasks did not yet test "
     "some of them.")
para("Response. Appendix A is the team's response: it maps each outcome to the study days and tasks. "
     "Moderation continues as now: all tasks are first-marked by the personal tutor; a sample of 25 per cent "
     "across the grade range, together with every fail and every borderline script, is second-marked by a "
     "tutor from the other partner (Clearspeak scripts by Lanercost and the reverse); a standardisation "
     "meeting using marked exemplars is held before each marking period; and the external examiner receives "
     "the moderated sample and attends the Board of Examiners.")

# SECTION 7
form_box("SECTION 7: EMPLOYERS, PARTNERS AND OTHER STAKEHOLDERS",
         "Comment on engagement with employers and other stakeholders and how their views have informed the "
         "programme.")
para("In March and April 2008 Clearspeak surveyed the SENCOs in its Communication Schools network (112 "
     "replies from 240 schools) and held a half-day meeting with the SEN leads of four local authorities "
     "(Northfield, Westham, Calder Vale and Ashby and District) to ask what new SENCOs most need. Both groups "
     "put provision mapping, influencing senior leaders, managing teaching assistants and using data first, "
     "and the LA leads asked for more on working with health services. These views shaped the reconfigured "
     "award: provision mapping moved into Unit 2 and Task 2, deploying teaching assistants was added to Day 6, "
     "Day 7 now includes a joint session with a community speech and language therapy team, and Task 3 must "
     "now be agreed with a senior leader.")
para("Stakeholders also take part in the teaching: LA SEN advisers co-teach Days 5 and 7, a headteacher from "
     "the network and a parent from Clearspeak's Parent Panel speak on Day 4, and two network schools host the "
     "Day 3 observation visits to their language resource bases. We intend to invite the LA leads to join the "
     "Programme Committee once the new award is established, so that they can contribute to its evaluation.")

# SECTION 8
form_box("SECTION 8: STAFFING AND LEARNING RESOURCES",
         "Comment on staffing, staff development and the adequacy of learning resources, including library, "
         "ICT and specialist resources, and any placements.")
para("Table 8.1 Programme team 2008-09").runs[0].bold = True
table(d, [
    ["Name", "Role on the award", "Background and current practice"],
    ["Dr Hannah Ellwood", "Programme leader; personal tutor", "Former primary SENCO and LA SEN adviser; EdD (inclusion and SLCN); leads Clearspeak's professional learning; member of the Bercow Review's practitioner reference group"],
    ["Mr Owen Marr", "University link tutor; Unit 1 lead", "Senior Lecturer in Inclusive Education; MEd; former secondary SENCO; external examiner for two SEN programmes"],
    ["Ms Priya Chandra", "Tutor, Unit 2", "Speech and language therapist (HPC registered), Clearspeak advisory team; works in schools three days a week"],
    ["Dr Neil Foxton", "Associate tutor, Days 4 and 7", "Educational psychologist, Calder Vale; practising"],
    ["Mrs Alison Tarrant", "Tutor, Unit 3", "Serving SENCO and assistant head (Ashby Fields Primary); NPQH"],
], widths=[3.5, 4, 9])
para("All tutors take at least five days' CPD a year, record it with the programme leader, and keep their own "
     "practice current through their continuing work in schools and services. Participants have access through "
     "the team and its associates to speech and language therapy, educational psychology, hearing impairment "
     "and autism specialists. Visits to specialist provision, such as a language resource base or a special "
     "school, are encouraged beyond the two Day 3 visits; participants arrange any further visit themselves "
     "and the programme does not organise these.")
para("Resources. Participants use the Lanercost library and its electronic journals and databases from home, "
     "and Clearspeak's Resource Library at Ashby, which lends assessment materials, communication aids and "
     "software (for example Communicate: In Print and Clicker 5) by post. A session on ICT to remove barriers "
     "to learning is part of Day 5, using the library's loan equipment.")
para("Roles. The Tutor Handbook sets out the duties of the programme leader, personal tutors, markers and the "
     "link tutor. All tutors attend an August team day, which includes marking standardisation, and a new "
     "tutor is paired with an experienced tutor for their first marking round. The Supporting Colleague in "
     "each school receives the Supporting Colleague's Guide and a telephone briefing from the personal tutor "
     "before the participant's first directed task.")

# SECTION 9
form_box("SECTION 9: QUALITY ASSURANCE AND ENHANCEMENT",
         "Describe how the programme is evaluated and how the results are used. Identify good practice.")
para("The programme is evaluated by short evaluations at the end of each study day, an end-of-unit "
     "questionnaire, a mid-point focus group run by the link tutor without Clearspeak staff present, the "
     "termly Programme Committee (with two elected participant representatives), the external examiner's "
     "report, this annual report to the Faculty Quality Committee, Clearspeak's Trustee Education Committee, "
     "and the University's six-yearly periodic review. Each source feeds the action plan in Section 10, which "
     "the Programme Committee reviews every term; changes to teaching or assessment go through the "
     "University's modification procedures.")
para("Impact. Participants repeat the Starting Point Profile at the end of the programme, so that we can see "
     "the change in their confidence and their own view of their competence against the outcomes; in 2007-08 "
     "the mean rating rose from 2.1 to 3.4. Impact on pupils is harder to show within a year. Participants' "
     "enquiries report effects on pupils, but so far anecdotally, and we would like in future to find a way "
     "of collecting pupil outcome data across the cohort.")
para("Good practice noted by the Faculty: the second-marking exchange between partners, and the Starting Point "
     "Profile.")
para("Next steps for participants. At the final tutorial each participant writes a Next Steps plan of two or "
     "three professional targets for the following year, using the template in the handbook, and is asked to "
     "take it to their performance management review with the headteacher. The tutor discusses routes to "
     "further study, including the MA in Inclusive Education.")

# SECTION 10
form_box("SECTION 10: ACTION PLAN 2008-09",
         "List actions arising from this report, with the person responsible and the date. Report progress on "
         "last year's actions.")
table(d, [
    ["Ref", "Issue", "Action", "Owner", "By", "Status"],
    ["10.1", "External examiner: link assessment to outcomes", "Outcome map (Appendix A) drawn up and agreed", "HE / OM", "Oct 2008", "Done"],
    ["10.2", "Parents' and carers' workshop did not run", "Programme Committee to consider reinstating a parents and carers session", "HE", "Spring 2009", "Open"],
    ["10.3", "Test and examination access arrangements", "Explore with LA assessment teams", "PC", "tbc", "Open"],
    ["10.4", "Second start date", "Deferred: demand to be reviewed in 2009-10", "HE", "-", "Deferred"],
    ["10.5", "LA involvement in evaluation", "Invite LA leads to Programme Committee", "OM", "2009-10", "Not started"],
    ["10.6", "BME recruitment", "Leaflets to LA minority ethnic achievement services", "HE", "Dec 2008", "In hand"],
    ["10.7", "VLE discussion board", "Board closed", "OM", "Jul 2008", "Complete"],
    ["10.8", "Evidence of impact on pupils", "Consider a common pupil measure for Task 3", "HE", "tbc", "Open"],
], widths=[1.1, 3.5, 5.5, 1.4, 1.8, 1.8])

# APPENDIX A
d.add_page_break()
p = d.add_paragraph()
r = p.add_run("APPENDIX A: WHERE THE NATIONAL OUTCOMES ARE DEVELOPED AND ASSESSED")
r.bold = True; r.font.size = Pt(11)
para("Outcomes are given in the programme team's short form. 'Developed' names the study day or element; "
     "'Assessed' names the task in which the outcome is marked.")

rows = [["Ref", "Outcome (short form)", "Developed", "Assessed"]]
groups = [
    ("Professional attributes", [
        ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "Days 4 and 6", "Task 2 (case study: consultation with pupil and family)"),
        ("A2", "Wins the commitment of colleagues, including the head and senior leaders", "Days 2 and 6", "Task 1 (senior leader interview); Task 3"),
        ("A4", "Anticipates and solves problems; sound judgement about provision", "Days 5 and 6", "Task 2 (provision map); Task 3"),
        ("A5", "Communicates clearly in speech and writing; listens to others' views", "All days", "Task 3 presentation; all written tasks"),
        ("A6", "Uses research and outside advice to improve own and colleagues' practice", "Days 3 and 7", "Task 3 (literature and evidence base)"),
        ("A7", "Keeps up to date; takes charge of own CPD", "Day 8; reflective log", "Reflective log (formative; not marked)"),
    ]),
    ("Knowledge and understanding", [
        ("K1", "SEN law and guidance, including the Code of Practice, and putting them into practice", "Day 1", "Task 1"),
        ("K2", "Every Child Matters and the SENCO's part", "Day 2", "Task 1"),
        ("K3", "Disability equality law and what it requires", "Day 2", "Task 1"),
        ("K4", "Child development and the factors that affect it", "Day 3", "Task 2"),
        ("K5", "Common types of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning", "Day 3; electives", "Task 2"),
        ("K6", "Critical grasp of approaches and resources for assessment, planning and teaching, including ICT", "Days 4 and 5", "Task 2"),
        ("K7", "School self-evaluation and improvement in relation to SEN", "Day 7", "Formative feedback on draft Task 3 plan only"),
        ("K8", "Best practice and research in meeting SEN", "Days 3 and 7", "Task 3"),
        ("K9", "Role of external agencies; obtaining specialist support", "Day 7", "Task 2 (use of other professionals' reports); Task 3"),
    ]),
    ("Skills", [
        ("S1", "Influences strategic development of inclusive ethos, policy and resources with senior leaders and governors", "Days 2 and 6", "Task 1 (recommendations to senior leaders and governors)"),
        ("S2", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "Days 4 and 5", "Task 2"),
        ("S2a", "Uses other professionals' assessments to shape teaching", "Day 4", "Task 2"),
        ("S2b", "Uses summative assessment and national tests to track progress", "Day 5", "Task 2"),
        ("S2c", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "Day 5", "Not separately assessed"),
        ("S3", "Provision mapping; identifies ineffective or missing provision", "Day 5", "Task 2 (provision map)"),
        ("S4", "Deploys and manages staff", "Day 6", "Task 3"),
        ("S5", "Supports colleagues' professional development (observation, modelling, coaching, training)", "Day 6", "Task 3"),
        ("S6", "Reviews provision with staff to inform self-evaluation", "Day 7", "Task 3 (evaluation section)"),
        ("S7", "Involves pupils in planning and reviewing their provision", "Day 4", "Task 2"),
        ("S8", "Liaises with parents and carers", "Thread through Days 2, 4 and 7", "-"),
        ("S9", "Works with other services and voluntary organisations", "Day 7", "Task 3"),
    ]),
]
merge_rows = []
for g, items in groups:
    merge_rows.append(len(rows))
    rows.append([g, None, None, None])
    for it in items:
        rows.append(list(it))
tb = table(d, rows, widths=[1.2, 7, 3.5, 5])
for i in merge_rows:
    a = tb.cell(i, 0).merge(tb.cell(i, 3))
    cell_text(a, rows[i][0], bold=True, size=9)
    shade(a, "E7E6E6")
p = para("Outcomes are checked against this map when tasks are marked.")
comment(d, p, "Do we cover access arrangements for tests anywhere? I can't see it in the map.", QO, "JH")

d.add_paragraph()
table(d, [
    ["Signed", "Name", "Date"],
    ["Programme leader", "Dr Hannah Ellwood", "9 October 2008"],
    ["Head of School (Professional Education)", "Professor Martin Quayle", "22 October 2008"],
], widths=[6, 6, 4])

d.save(str(Path(__file__).with_suffix("").with_suffix(".docx")))
