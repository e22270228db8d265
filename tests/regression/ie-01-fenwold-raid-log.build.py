"""ie-01-fenwold-raid-log: a project RAID log sent as the application.

Provider (invented): Fenwold County Council's Traveller Education Service
(FTES), which serves Gypsy, Roma and Traveller, Showground, Fairground and
other mobile children across the county, with Ousebridge University's School
of Education, which validates and awards the credit.

Document kind and layout: the council's project toolkit report of the RAID log
(Risks, Assumptions, Issues, Dependencies) for project CS-PRJ-0814, sent whole
to the TDA with a shaded note to the panel in a text box, because the project
team thinks it the fullest account of the course. A document-control table,
a key to statuses and response types (Treat / Tolerate / Transfer /
Terminate), four registers (R01-R12, A01-A08, I01-I12, D01-D07) as tables with
merged, shaded band rows for groups, a version history, then Appendix 1, the
project's Product Description PD-03 of the course: aim, entry, a structure
table with merged cells, the three assessed tasks (Casework Study CS,
Provision Audit and Plan PA, Leadership Portfolio and Professional
Conversation LP) and the unmarked Reflective Log (RL), quality, staff and
resources, and Annex C, an outcome record in the service's own words
("The SENCO can ... | Worked on in | Evidence for the award"). Header and
footer with a PAGE field. Word comments. Tracked changes both ways.

Traps (requirement ids):
- Assumption IDs A01-A08 clash with outcome ids 6.A1-6.A7 (numbering collision).
- CRB: only an unvalidated assumption that employers hold disclosures, "Not
  checked by the project"; a comment suggests the team sees certificates and
  the footer claims every participant is checked (comment and footer are not
  evidence) -> 5.3 not_met.
- Assessment-only route: Issue I07 is "Withdrawn"; the sentence offering it is
  a tracked deletion; the service's former certificate (2004-07) allowed it
  (past arrangement) -> 2.3 not_met.
- I01: the University first offered 30 credits at Level 6 (past); closed at 60
  credits at Level 7 -> E.2 met.
- I03: APEL exists only in a tracked insertion, which counts -> 2.1 met.
- I04: the Starting Point profile is used only to allocate tutors and group
  participants; individual learning plans are "planned for 2009-10" -> 2.2
  partially_met.
- I06: the agreed aim speaks of attainment only -> 1.1 partially_met.
- I05 and R01: one January start, fixed unit order, only twilight pairs as an
  alternative to Base Days; a September start is open -> 3.2 partially_met.
- R09: a Moodle peer forum is in place but tutor support between Base Days is
  "Proposed ... not yet resourced" -> 3.3 partially_met.
- R11 / D03: placements in special schools are not secured (open risk); the
  University's own PGCert placements are another course's arrangement (wrong
  context); specialist services do contribute -> 5.5 partially_met.
- R10: confidence self-rating in place, pupil-impact measure "to be agreed"
  -> 5.9 partially_met.
- R13: stakeholders other than participants only "may be invited" to the
  annual review -> 4.3 partially_met.
- I10 / D06: progression is only the University MA's acceptance of the
  credits -> 2.5 partially_met.
- Annex C: A3 and A7 evidenced only by the unmarked Reflective Log, K4 "Not
  separately assessed", S2b evidence "[to be confirmed]" placeholder, S7
  practised formatively only -> partially_met; the S4 row is a tracked
  deletion and no other text teaches deploying staff -> 6.S4 not_met; no row
  or text for examination access arrangements -> 6.S2d not_met.
- 1.9 partially_met because some outcomes are not assessed.
- A comment on Annex C claims "time management is marked in the LP" (comment,
  not evidence) -> 6.A3 stays partially_met.
"""
from pathlib import Path

from _ie_helpers import (band, comment, dele, delete_row, header_footer, ins, new_document, para,
                         set_cell, table, textbox, word_count)

HERE = Path(__file__).resolve().parent
NAME = "ie-01-fenwold-raid-log"
BL = "Bernadette Lovell"
GT = "Graham Tuckwell"
D1 = "2008-10-21T10:12:00Z"
D2 = "2008-11-03T14:40:00Z"

doc = new_document()
header_footer(doc, "Fenwold County Council | Children's Services | Project Toolkit v3 | RAID log report | "
                   "CS-PRJ-0814 | OFFICIAL",
              "FTES, The Wharf Centre, Ousebridge. All participants are CRB-checked by Fenwold HR.")

para(doc, "Fenwold County Council", "Title")
para(doc, "Project Toolkit: RAID Log Report", "Subtitle")
para(doc, "**Project CS-PRJ-0814 — Fenwold SENCO Award (National Award for SEN Coordination)**")

t = table(doc, ["Field", "Entry"], [
    ["Project", "CS-PRJ-0814 Fenwold SENCO Award, delivered by the Fenwold Traveller Education Service (FTES) with Ousebridge University School of Education"],
    ["Project sponsor", "Graham Tuckwell, Head of Inclusion and Access, Children's Services"],
    ["Project manager / log owner", "Bernadette Lovell, Senior Teacher (SEN), FTES"],
    ["University lead", "Dr Anjali Rao, Senior Lecturer in Inclusive Education, Ousebridge University"],
    ["Log version", "1.9 (report generated 14 November 2008)"],
    ["Stage", "Stage 3 of 4: Preparation for first cohort (January 2009)"],
    ["Distribution", "Project Board; FTES team; University course team; TDA (as Annex B to the application)"],
], widths=[4.5, 12.5])

para(doc, "")
textbox(doc, [
    "**A note to the panel from the project team**",
    "We are sending our RAID log rather than re-writing the course for the application form. Every decision "
    "the Project Board has taken about the Award is recorded here, either as the response to a risk or as the "
    "resolution of an issue, and the log is what the Board and the University's validation panel have worked "
    "from. Entries marked Closed or In place describe what we now do. Entries marked Open or Proposed are not "
    "yet settled and we have left them in so that the panel can see where we are. Appendix 1 is the Product "
    "Description of the course itself, with its outcome record (Annex C).",
    "FTES is the county's service for Gypsy, Roma and Traveller, Showground, Fairground and other mobile children. "
    "We have trained school staff on inclusion since 1996; this is our first accredited course for SENCOs.",
])

para(doc, "How to read this log", "Heading 1")
table(doc, ["Term", "Meaning in this log"], [
    ["Status", "Open (not resolved); In place (the response is operating); Closed (resolved, resolution recorded); "
               "Withdrawn (the item will not be pursued); Realised (a risk that has happened and is now an issue)"],
    ["Response", "Treat (act to reduce); Tolerate (accept); Transfer (someone else carries it); Terminate (stop the activity)"],
    ["RAG", "R = needs Board decision; A = being managed; G = no concern"],
    ["Owner initials", "BL Bernadette Lovell; DB Delia Boswell; MD Michael Doe; AR Anjali Rao; GT Graham Tuckwell; "
                       "TF Dr Tom Farrant (Educational Psychology Service)"],
], widths=[3.5, 13.5])

para(doc, "Summary at 14 November 2008", "Heading 2")
table(doc, ["Register", "Total", "Open", "In place", "Closed", "Withdrawn"], [
    ["Risks (R)", "12", "3", "8", "1", "0"],
    ["Assumptions (A)", "8", "2", "—", "6", "0"],
    ["Issues (I)", "12", "3", "—", "8", "1"],
    ["Dependencies (D)", "7", "1", "—", "6", "0"],
], widths=[4, 2.5, 2.5, 2.5, 2.5, 3])

# ---------------- RISKS
para(doc, "1. Risks", "Heading 1")
para(doc, "Each risk is scored for likelihood and impact (1-5). The response column records what the project does "
          "about the risk; where the response is in place it describes how the course now runs.")
rrows = [
    ["", "", "", "", "", ""],
    ["R01", "Too few SENCOs from small rural primary schools (many of which have Traveller pupils on roll) can attend daytime sessions.",
     "3 x 4", "Treat. In place: the Standards Fund subsidy pays 50% of the fee for schools under 150 pupils. Base Days 2, 4 and 6 "
     "can each be taken instead as a pair of twilight sessions (4.00-7.00 pm) at Marram St Giles Teachers' Centre. Base Days are "
     "otherwise held on Thursdays at the Wharf Centre.", "BL", "In place / A"],
    ["R02", "Headteachers do not release participants for Base Days or for the school-based tasks.",
     "3 x 4", "Treat. In place: the headteacher signs a release and support agreement with the application, naming the time the "
     "school will give and the colleague who will act as in-school mentor.", "BL", "In place / G"],
    ["R03", "Participants are accepted who do not have enough knowledge, understanding or experience to reach the outcomes in one year.",
     "2 x 5", "Treat. In place: entry requires QTS, at least two years' teaching and a current SENCO post or a written designation by "
     "the governing body. Every applicant has a 40-minute entry interview with two tutors, working through the Starting Point "
     "profile (a self-rating against each national outcome with an example from practice). An applicant the tutors judge not ready is "
     "given written guidance on what to do first (usually the FTES twilight series on the Code of Practice and a term of shadowing the "
     "school's current SENCO) and the project manager telephones the headteacher to agree it.", "BL / DB", "In place / G"],
    ["R04", "University validation delayed beyond the first cohort's start.",
     "2 x 5", "Closed 2 October 2008: validated by Ousebridge University (see I01).", "AR", "Closed / G"],
    ["R05", "Course content falls behind national developments and research.",
     "3 x 3", "Treat. In place: the course team reviews every session each summer against new Ofsted survey reports, DCSF guidance "
     "and research. For 2009 the content draws on the Bercow Review of services for children with speech, language and "
     "communication needs (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the DCSF guidance The "
     "Inclusion of Gypsy, Roma and Traveller Children and Young People (2008), the Lamb Inquiry's terms of reference, and the "
     "findings of the University's own research on interrupted schooling.", "MD", "In place / G"],
    ["R06", "Marking differs between FTES tutors and University tutors.",
     "3 x 4", "Treat. In place: every task is first-marked against the University's Level 7 criteria; 25% of CS and PA scripts, "
     "all fails and all distinctions are second-marked by a University tutor; every Professional Conversation is conducted by two "
     "tutors. A moderation meeting follows each submission date and the external examiner samples every task (D02).", "AR", "In place / G"],
    ["R07", "Tutors and in-school mentors are unclear about their roles, or are inexperienced in Level 7 assessment.",
     "3 x 4", "Treat. In place: a tutor induction day with the University (assessment criteria, marking exercise, regulations); the "
     "Tutor Handbook (roles, marking, feedback and deadlines) issued to every tutor; a twilight briefing and a Mentor Guide for "
     "in-school mentors, who observe the participant leading a staff session and sign the LP observation record.", "BL", "In place / G"],
    ["R08", "A disabled participant cannot take full part in sessions or assessment.",
     "2 x 4", "Treat. In place: the Wharf Centre and Marram St Giles have had access audits (hearing loop, level access, accessible "
     "toilet); the entry interview asks every applicant what adjustments they need; handouts are available in large print and "
     "electronically; extra time or other assessment adjustments are agreed with the University's Disability Service and recorded "
     "on the participant's file before the first submission.", "BL", "In place / G"],
    ["R09", "Participants in isolated rural schools lose momentum between Base Days.",
     "4 x 3", "Treat. In place: a course area on the Fenwold Learning Platform (Moodle) with session materials, a participants' "
     "discussion forum and each unit's reading. Proposed: a tutor-moderated weekly online surgery between Base Days — not yet "
     "resourced; to be costed for the Board in March 2009.", "DB", "In place (part) / A"],
    ["R10", "The course cannot show its effect on pupils.",
     "3 x 4", "Tolerate for 2009. In place: participants rate their confidence against each national outcome on the Starting Point "
     "profile at entry, at the end of each unit and at the end of the course, and the tutors compare the ratings with the marked "
     "tasks. A measure of pupils' progress is to be agreed with the Performance and Information team (D05).", "BL / GT", "Open / A"],
    ["R11", "Placement hosts for visits to specialist settings are not secured.",
     "3 x 3", "Treat. Open: we are approaching Fenmoor Special School and Riverside Primary's Resource Base in the spring term. "
     "Until hosts are agreed, participants will not have a placement.", "DB", "Open / R"],
    ["R12", "A key tutor leaves or is absent during the year.",
     "2 x 4", "Treat. In place: each unit has two named tutors (Appendix 1, section 6) and the University can supply a third.", "BL", "In place / G"],
    ["R13", "Evaluation hears only from participants.",
     "3 x 2", "Tolerate. In place: end-of-unit evaluation forms completed by participants. Headteachers and the Traveller Parents' "
     "Group may be invited to the annual review; we hope to do this from 2010.", "GT", "Open / A"],
]
t = table(doc, ["Ref", "Risk", "L x I", "Response", "Owner", "Status / RAG"], rrows,
          widths=[1.2, 4.3, 1.3, 7.2, 1.3, 1.7], size=8)
band(t, 1, "Group 1: Recruitment, entry and validation", size=8)
# insert a second band before R05 row (row index 6) is complex; use a band row already in place for group 2 by adding a row
row = t.add_row()
t._tbl.remove(row._tr)
t.rows[5]._tr.addnext(row._tr)
band(t, 6, "Group 2: Quality, delivery and impact", size=8)

# ---------------- ASSUMPTIONS
para(doc, "2. Assumptions", "Heading 1")
para(doc, "Assumptions are things the plan relies on but the project does not control. \"Validated\" records whether the "
          "project has checked the assumption.")
t = table(doc, ["Ref", "Assumption", "Validated?", "Owner", "Status"], [
    ["A01", "Schools will meet supply cover for Base Days from their own budgets.", "Yes — Schools Forum, 12 June 2008", "GT", "Closed"],
    ["A02", "Participants are SENCOs in post or designated by their governing body.", "Yes — checked at entry (R03)", "BL", "Closed"],
    ["A03", "Ousebridge University library and electronic journals (Athens) are open to Award participants.", "Yes — D01", "AR", "Closed"],
    ["A04", "All participants hold a current enhanced CRB disclosure obtained by their employing school or authority.",
     "No — not checked by the project", "BL", "Open"],
    ["A05", "Each headteacher will act as in-school mentor or nominate a senior colleague.", "Yes — release agreement (R02)", "BL", "Closed"],
    ["A06", "Schools will give participants access to their pupil-level attainment data for the CS and PA.", "Yes — release agreement", "BL", "Closed"],
    ["A07", "The Traveller Parents' Group and the SENCO Forum will continue to meet termly.", "Yes", "DB", "Closed"],
    ["A08", "Cohorts of 16-20 participants.", "No — depends on recruitment", "GT", "Open"],
], widths=[1.2, 8.3, 4, 1.3, 2.2], size=8)
c = t.cell(4, 2)
comment(doc, c.paragraphs[0].runs, "We do look at the CRB certificate at the entry interview, don't we? Can we say so here?",
        "Delia Boswell", "DB")

# ---------------- ISSUES
para(doc, "3. Issues", "Heading 1")
para(doc, "Issues are matters that needed, or still need, a decision. Closed issues record the decision taken and now "
          "describe how the course runs.")
irows = [
    ["I01", "Level and credit of the award", "The University's first offer (March 2008) was a 30-credit Level 6 certificate.",
     "Closed 2 Oct 2008. The Board and the University agreed the Award as a 60-credit Postgraduate Certificate at Level 7 "
     "(masters level), validated by Ousebridge University, which registers participants as its students and confers the award.", "AR"],
    ["I02", "Name of the award", "Schools asked for a name that says what it is.",
     "Closed. Postgraduate Certificate: National Award for SEN Coordination (Fenwold).", "GT"],
    ["I03", "Credit for prior learning", "Several applicants hold the University's Certificate in Inclusion or the FTES certificate.",
     "Closed. Up to 20 credits of certificated prior learning at Level 7 may be accredited through the University's APL procedure, "
     "against the outcomes of the unit concerned.", "AR"],
    ["I04", "Use of the Starting Point profile", "Should the profile shape what each participant does?",
     "Part closed. The profile completed at interview is used to allocate each participant's tutor and to group participants for "
     "Base Day workshops. Individual learning plans are planned for 2009-10.", "BL"],
    ["I05", "Start dates", "Heads' forum asked for a September start as well as January.",
     "Open. The 2009 course has one start (January) and the units are taken in order. A September start will be considered for 2009-10.", "GT"],
    ["I06", "Wording of the course aim", "Board asked for an aim the University could validate.",
     "Closed. Agreed aim: see Appendix 1, section 1.", "BL"],
    ["I07", "Assessment-only route", "Experienced specialist teachers asked to be assessed without the taught course.",
     "Withdrawn 9 Sept 2008. The Board decided not to offer an assessment-only route in 2009. ", "GT"],
    ["I08", "How stakeholder views have shaped the design", "University validation panel asked for evidence.",
     "Closed. See the note under this table.", "DB"],
    ["I09", "Online course area", "Participants in the north of the county are 40 miles from the Wharf Centre.",
     "Closed. Moodle course area opened on the Fenwold Learning Platform (see R09, D07).", "DB"],
    ["I10", "What comes after the Award", "Participants at taster event asked about progression.",
     "Closed. The University's MA in Inclusive Education accepts the Award's 60 credits (D06).", "AR"],
    ["I11", "Rule for the award", "External examiner asked how the award decision is made.",
     "Closed. See Appendix 1, section 4.", "AR"],
    ["I12", "Moderation between FTES and University", "Marking of LA-taught units by LA tutors.",
     "Closed. Second marking, joint moderation meetings and external examiner sampling (R06).", "AR"],
]
t = table(doc, ["Ref", "Issue", "Background", "Resolution / current position", "Owner"], irows,
          widths=[1.2, 3.2, 4.2, 7.4, 1.3], size=8)
# tracked insertion in I03 (counts): APEL
p = t.cell(3, 3).paragraphs[0]
ins(p, " Experience may also be claimed through an APEL portfolio, assessed by two tutors against the same outcomes, for up to "
       "the same 20 credits.", BL, D1, size=8)
# tracked deletion in I07 (does not count): the offer of an assessment-only route
p = t.cell(7, 3).paragraphs[0]
dele(p, "An assessment-only route will be offered from January 2009 for experienced specialist teachers, who submit the LP and "
        "sit the Professional Conversation.", GT, D2, size=8)

para(doc, "Note to I07. The service's former Certificate in Supporting Mobile Learners (2004-2007) allowed experienced "
          "teachers to be assessed without attending; that certificate closed in July 2007.")
para(doc, "Note to I08. The design rests on three sources of evidence about what our stakeholders need. First, the FTES survey "
          "of SENCOs in 2007 (112 schools, 71 replies): 64% had held the role under two years and most wanted help with the Code "
          "of Practice, provision mapping and working with other agencies. Secondly, the heads' forum of February 2008, where "
          "headteachers asked for a course that is school-based and does not take SENCOs out of school for whole weeks. Thirdly, "
          "the Traveller Parents' Group, whose members told FTES outreach staff that schools rarely explain SEN procedures to them "
          "face to face. These views changed the course: the twilight alternative to Base Days (R01) came from the heads' forum; "
          "the Casework Study's requirement to meet the family at home or at a place of their choosing came from the Parents' "
          "Group; the weight given to provision mapping and to multi-agency work came from the survey. Two former FTES "
          "certificate students and two SENCOs from the SENCO Forum sat on the design group from January to June 2008.")

# ---------------- DEPENDENCIES
para(doc, "4. Dependencies", "Heading 1")
t = table(doc, ["Ref", "We depend on", "For", "Position"], [
    ["D01", "Ousebridge University", "Validation, registration and conferment of the award; library access",
     "Agreed in the Collaborative Provision Agreement signed 2 October 2008."],
    ["D02", "External examiner (appointed by the University)", "External scrutiny of standards",
     "Dr Ruth Annersley, Reader in Special Education at another university, appointed for 2009-2012. She samples every task "
     "and reports each summer to the University and the Board."],
    ["D03", "University PGCert in Special Educational Needs", "—",
     "Participants on the University's own PGCert in Special Educational Needs spend five days on placement in a special school. "
     "That placement scheme belongs to the PGCert and is not part of the Award."],
    ["D04", "Fenwold Educational Psychology Service, Speech and Language Therapy (PCT), Autism Outreach Team, Sensory Support Service",
     "Specialist sessions and advice",
     "Agreed. Each service leads one workshop on Base Days 3-5, and named officers answer participants' casework questions by "
     "telephone or e-mail through the year."],
    ["D05", "Performance and Information team", "Pupil progress measure (R10)", "Open."],
    ["D06", "University MA in Inclusive Education", "Progression", "Agreed: the Award counts as the first 60 credits."],
    ["D07", "Fenwold Learning Platform (Moodle)", "Course area and forum", "Agreed with ICT Services."],
], widths=[1.2, 4.5, 4, 7.3], size=8)

para(doc, "5. Version history", "Heading 1")
table(doc, ["Version", "Date", "By", "Change"], [
    ["1.0", "14 Jan 2008", "BL", "Log opened at project start."],
    ["1.5", "16 Jun 2008", "BL", "Design group outcomes entered; I08 closed."],
    ["1.8", "2 Oct 2008", "AR", "Validation: R04, I01, I12 closed; D01 agreed."],
    ["1.9", "14 Nov 2008", "BL", "Appendix 1 attached for the TDA application."],
], widths=[2, 3, 2, 10], size=8)

# ---------------- APPENDIX 1
doc.add_page_break()
para(doc, "Appendix 1. Product Description PD-03: the Course", "Heading 1")
para(doc, "1. Aim", "Heading 2")
para(doc, "The Award aims to raise the attainment of pupils with special educational needs and/or disabilities, including "
          "Gypsy, Roma and Traveller pupils and other pupils whose schooling is interrupted, by developing SENCOs who lead "
          "provision for them with knowledge, skill and confidence.")
para(doc, "2. Who it is for", "Heading 2")
para(doc, "Teachers new to the SENCO role in Fenwold schools and in neighbouring authorities' schools (entry: R03 and A02). "
          "A cohort of up to 20 starts each January and completes within twelve months. The fee is £1,250 for the "
          "year, of which the Standards Fund pays half for small schools (R01); the course can be offered at this fee "
          "because FTES tutors' time is shared with the county's existing SENCO training programme.")

para(doc, "3. Structure", "Heading 2")
t = table(doc, ["Unit", "Base Days (Wharf Centre, Thursdays)", "Between Base Days", "Assessed by"], [
    ["Unit 1: The SENCO, the Law and the Code (20 credits)",
     "Day 1: the SENCO role; the SEN Code of Practice and the SEN and Disability Act 2001\n"
     "Day 2: Every Child Matters, the five outcomes and the Children's Trust; the Disability Discrimination Act duties and "
     "the school's disability equality scheme", "Outreach visit 1 from the tutor in school", "LP (part A)"],
    ["Unit 2: Every Child, Wherever They Are (20 credits)",
     "Day 3: how children develop; mobility, interrupted schooling and development\n"
     "Day 4: the common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) with the EP Service and Autism Outreach\n"
     "Day 5: assessment, planning and target setting; working with families and agencies; hearing the pupil's voice",
     "Liaison day with an FTES outreach teacher; Outreach visit 2", "CS"],
    ["Unit 3: Leading Provision (20 credits)",
     "Day 6: provision mapping and self-evaluation\n"
     "Day 7: leading colleagues; coaching, observation and feedback; time and workload\n"
     "Day 8: strategy with senior leaders and governors; presentations of PA findings", "Outreach visit 3", "PA and LP (part B)"],
    ["", "", "", ""],
], widths=[4, 7, 3.5, 2.5], size=8)
c = t.rows[4].cells[0].merge(t.rows[4].cells[-1])
set_cell(c, "Each Outreach visit (half a day) is planned by the tutor around the participant's own school, "
            "casework and RL, so the work between Base Days is individual to each participant. Reflective Log (RL): kept throughout and discussed at each Outreach visit. Formative only: not marked and does "
            "not count towards the award.", fill="EDEDED", size=8)

para(doc, "4. Assessed tasks and the award", "Heading 2")
para(doc, "**Casework Study (CS), 6,000 words.** The participant follows two pupils with SEN and/or disabilities in their own "
          "school for a term (one may be a mobile or Traveller pupil). They identify the pupils' needs from classroom "
          "observation, data and the assessments of other professionals, set challenging targets, plan and run an "
          "intervention and review progress. They consult each pupil, using one of the methods practised on Day 5, about how "
          "they feel about school and what helps them learn, and report what the pupil said. They meet the family, at home or at a "
          "place of the family's choosing, and agree with the parents or carers how school and home will work together. They "
          "work with at least one outside agency or voluntary organisation and analyse the agency's role. The study must draw "
          "on published research and on advice from outside the school, and it is marked for the quality of the participant's "
          "judgements about provision and for the relationships built with the pupils and family.")
para(doc, "**Provision Audit and Plan (PA), 5,000 words.** The participant maps the school's provision for pupils with SEN, "
          "evaluates its effectiveness with colleagues, identifies ineffective or missing provision and relates the findings "
          "to the school's self-evaluation form (SEF) and improvement plan. They then lead one change over a term and evaluate "
          "how colleagues took it up. The plan is presented to the headteacher and a governor, and the PA "
          "is marked on the evidence that the participant influenced the school's priorities and use of resources.")
para(doc, "**Leadership Portfolio and Professional Conversation (LP).** Part A is a commentary of 2,000 words on how SEN and "
          "disability equality law, the Code of Practice and Every Child Matters apply in the participant's school. Part B is "
          "evidence of leading colleagues: a record of coaching a teacher or teaching assistant over at least three sessions; "
          "a staff session the participant leads on formative assessment for pupils with SEN, observed by the in-school mentor; "
          "and evidence of gaining the support of the headteacher and senior team for a priority. The portfolio ends with a "
          "30-minute Professional Conversation with two tutors, which is assessed for how clearly the participant explains "
          "and justifies their practice and how they respond to questions.")
para(doc, "The Award is made only when all three tasks (CS, PA, LP) are passed and the tutor's outcome record (Annex C) shows "
          "evidence of every national minimum outcome. There is no compensation between tasks: a participant who fails one "
          "task may resubmit it once.")

para(doc, "5. Quality", "Heading 2")
para(doc, "The course is evaluated from inside and out. Inside: participants' end-of-unit evaluations (R13), tutors' notes from "
          "Outreach visits, and the moderation meetings after each submission (R06). Outside: the external examiner's annual "
          "report (D02) and the University's annual monitoring of collaborative provision. The course team brings these "
          "together each July into a Course Action Plan, which the Project Board approves and which records what will change "
          "for the next cohort; the 2009 plan will be reported to the University's Collaborative Provision Committee.")

para(doc, "6. Staff", "Heading 2")
table(doc, ["Tutor", "Role", "Qualifications and experience"], [
    ["Bernadette Lovell", "Course leader; Units 1 and 3",
     "MA Special and Inclusive Education; SENCO in two primary schools for nine years; FTES Senior Teacher since 2003; trains SENCOs for the county"],
    ["Delia Boswell", "Unit 2; Liaison days",
     "MEd; FTES Advisory Teacher; 14 years' outreach with Gypsy, Roma and Traveller families; member of the national Traveller education network"],
    ["Michael Doe", "Units 2 and 3",
     "Secondary SENCO 1998-2006; AMBDA; specialist teacher assessor for dyslexia; current county SEN adviser"],
    ["Dr Anjali Rao", "University tutor; second marker",
     "PhD on interrupted schooling; teaches the University's MA in Inclusive Education; Level 7 assessment lead"],
    ["Dr Tom Farrant", "Workshop lead, Day 4", "Senior Educational Psychologist, Fenwold"],
], widths=[3.5, 4, 9.5], size=8)

para(doc, "7. Resources", "Heading 2")
para(doc, "Participants use the FTES Resource Base at the Wharf Centre (a library of 2,400 books and assessment materials, "
          "dual-language and culturally relevant resources, and a loan collection of assistive technology including "
          "text-to-speech software, portable word processors and communication aids), the University library and its "
          "electronic journals (A03), and the Moodle course area (D07). Each participant borrows a laptop with the course's "
          "software for the year if their school cannot provide one.")

# ---------------- ANNEX C
para(doc, "Annex C. Outcome record", "Heading 2")
para(doc, "Tutors complete this record for each participant. \"Worked on in\" shows where the course develops the outcome; "
          "\"Evidence for the award\" shows the marked task in which the participant must show it.")
orows = [
    ["", "", "", ""],
    ["AT-1", "The SENCO builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "Unit 2, Day 5", "CS"],
    ["AT-2", "The SENCO wins the commitment of colleagues, the headteacher and senior leaders", "Unit 3, Day 8", "LP part B"],
    ["AT-3", "The SENCO prioritises, manages time and delegates", "Unit 3, Day 7", "RL"],
    ["AT-4", "The SENCO anticipates and solves problems and makes sound decisions about provision", "Units 2 and 3", "CS"],
    ["AT-5", "The SENCO speaks and writes clearly and listens to others' views", "All units", "LP Professional Conversation"],
    ["AT-6", "The SENCO draws on research and outside advice to improve practice", "Unit 2", "CS"],
    ["AT-7", "The SENCO keeps up to date and takes charge of their own CPD", "All units", "RL"],
    ["", "", "", ""],
    ["KU-1", "SEN law and the Code of Practice and how to put them into practice", "Unit 1, Day 1", "LP part A"],
    ["KU-2", "Every Child Matters: the five outcomes and the SENCO's part", "Unit 1, Day 2", "LP part A"],
    ["KU-3", "Disability equality law and the actions it requires", "Unit 1, Day 2", "LP part A"],
    ["KU-4", "How children develop; the effects of SEN, disability, mobility and environment", "Unit 2, Day 3", "Not separately assessed"],
    ["KU-5", "The common types of SEN and their effect on learning", "Unit 2, Day 4", "CS"],
    ["KU-6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Unit 2, Day 5; Resource Base", "CS"],
    ["KU-7", "School self-evaluation and improvement for pupils with SEN", "Unit 3, Day 6", "PA"],
    ["KU-8", "Best practice and research on meeting SEN", "Units 2 and 3", "CS and PA"],
    ["KU-9", "The role of outside agencies; getting specialist support", "Unit 2, Day 5", "CS"],
    ["", "", "", ""],
    ["SK-1", "Influencing strategy, ethos, policy and resources with senior leaders and governors", "Unit 3, Day 8", "PA"],
    ["SK-2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Unit 2, Day 5", "CS"],
    ["SK-2a", "Using other professionals' assessments to shape teaching", "Unit 2, Days 4-5", "CS"],
    ["SK-2b", "Using summative assessment and national tests to track progress", "Unit 3, Day 6", "[to be confirmed]"],
    ["SK-2c", "Helping colleagues develop formative assessment for pupils with SEN", "Unit 3, Day 7", "LP part B"],
    ["SK-3", "Provision mapping; finding ineffective or missing provision", "Unit 3, Day 6", "PA"],
    ["SK-4", "Deploying and managing support staff", "Unit 3, Day 7", "PA"],
    ["SK-5", "Supporting colleagues' development: observation, feedback, modelling, coaching, training", "Unit 3, Day 7", "LP part B"],
    ["SK-6", "Reviewing provision with colleagues to inform self-evaluation", "Unit 3, Day 6", "PA"],
    ["SK-7", "Involving pupils in planning and reviewing their provision", "Unit 2, Day 5", "Practised on Day 5 (peer feedback)"],
    ["SK-8", "Working with parents and carers", "Unit 2, Day 5", "CS"],
    ["SK-9", "Working with other services and voluntary organisations", "Unit 2, Days 4-5", "CS"],
]
t = table(doc, ["Ref", "The SENCO can ...", "Worked on in", "Evidence for the award"], orows,
          widths=[1.5, 8.5, 3.5, 3.5], size=8)
band(t, 1, "Professional attributes", fill="DDEBF7", size=8)
band(t, 9, "Knowledge and understanding", fill="DDEBF7", size=8)
band(t, 19, "Skills", fill="DDEBF7", size=8)
# SK-4 row (index 26) is a tracked deletion
delete_row(t, 26, ["SK-4", "Deploying and managing support staff", "Unit 3, Day 7", "PA"], GT, D2, size=8)
comment(doc, t.cell(4, 3).paragraphs[0].runs, "Time management is marked in the LP really - change to LP?", "Michael Doe", "MD")

para(doc, "Signed for the Project Board: Graham Tuckwell, Sponsor. 14 November 2008.")

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(doc), "words")
