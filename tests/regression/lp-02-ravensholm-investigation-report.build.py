"""lp-02-ravensholm-investigation-report

Provider (invented): Ravensholm Coastguard and Sea Safety Training Centre, a coastguard and
maritime safety training centre on the north-east coast, with St Cuthwin's University College
(validating HEI) and Tynemere Borough Council. It ran an unaccredited pilot SENCO course (the
"Watchkeeper" pilot) in 2007-08 and applies for approval to run the National Award for SEN
Coordination from September 2008.

Document kind and layout: the application is written as a marine accident investigation
report in the house style of a national accident investigation branch, turned on the
Centre's own pilot: report number, a text box "Purpose of this report" ("does not apportion
blame"), a typed "-" glossary of abbreviations, SYNOPSIS, SECTION 1 FACTUAL INFORMATION
(1.1 Particulars table with merged, shaded header rows; 1.2 Narrative of the pilot in
the past tense with times and dates; 1.3 to 1.10), SECTION 2 ANALYSIS, SECTION 3
CONCLUSIONS, SECTION 4 ACTION TAKEN, SECTION 5 RECOMMENDATIONS (each with the Centre's
response: "Accepted; implemented", "Accepted in principle", "Not accepted"), and ANNEX A,
a Competence Matrix of the outcomes ("Instructed at | Certificated by") whose values are
defined in prose in 1.9, far above it. Section numbers 1.1 to 5.x collide with requirement
ids (e.g. "1.5 Staff", "2.3 Research and policy", "5.3" is a recommendation). Footnotes,
one tracked deletion in the award rule, one Word comment, placeholders ("[TBC]"), header and
footer.

Traps (requirement ids):
- Past arrangements of the pilot that have ended: special-school placements "were not
  continued" (5.5 partially_met: visiting specialists only); the online forum was withdrawn
  and "the 2008-09 programme has no e-learning element" (3.3 not_applicable); moderation by
  an external examiner ended with the pilot (5.8 partially_met, internal second marking only;
  an external moderator is only "Accepted in principle; timescale to be agreed").
- Recommendation responses that are intentions, not arrangements: stakeholders in
  evaluation only "We intend to invite headteachers to comment on the programme when time
  allows" (4.3, with the next trap); a comment on it is not evidence.
- Negation / someone else's responsibility: further targets "are a matter for each
  participant and their line manager and are not part of the programme" (2.5 not_met).
- Credits: 60, but only 40 at Level 7 and 20 at Level 6 (E.2 partially_met).
- Aim is attainment only ("reading, writing and mathematics") (1.1 partially_met) even though
  ECM is taught and assessed (6.K2 met).
- Stakeholders take part in delivery (School Watch Officers as mentors, the Borough's
  educational psychologist teaching Watch 4) but their part in evaluation is only intended
  (4.3 partially_met). The survey's findings shaped Watches 3 and 5 (4.1 and 4.2 met);
  a closing general sentence ("were taken into account") adds nothing.
- Needs assessment is a self-audit in the first Watch, not before the course and with no
  individual plan (2.2 partially_met).
- One September start, fixed order, part time only (3.2 partially_met).
- Mentors are only sent the handbook; "there is no briefing or training for School Watch
  Officers" (5.7 partially_met).
- Award rule: every outcome must be shown; the loosening "or at least three quarters of
  them" is a tracked deletion (6.0 met). 1.9 partially_met because the matrix leaves some
  outcomes unassessed.
- Disability equality law is not taught anywhere in the programme (Watch 1 lists SEN
  law only); CM10 is "Not carried" and sent to SCUC's own module (6.K3 not_met), so the
  programme's legislation covers SEN but not disability (1.4 partially_met).
- Competence Matrix: "Familiarisation only" (6.A3, 6.K4 partially_met), "Drill only (not
  recorded)" (6.A6, 6.K8 partially_met), a dash in "Instructed at" (assessed, not taught:
  6.S6 partially_met), "Not carried" with the other institution's module named (6.K3
  not_met), no row for summative tracking (6.S2b not_met), provision mapping only in prose
  in 2.6 and "not separately assessed" (6.S3 partially_met).
- Met despite looking like traps: CRB checks on candidates are in SECTION 4 ACTION TAKEN,
  done since July 2008 (5.3 met); the Challenge Assessment route (2.3 met); pupil
  baseline and follow-up measures in Assessment 2 (5.9 met); 1.5 and 6.S7 met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lp_helpers import (Document, para, runs, del_run, shade, table, text_box, Footnotes,
                         header_footer, word_count)
from docx.shared import Pt

HERE = Path(__file__).parent
NAME = "lp-02-ravensholm-investigation-report"

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)
fn = Footnotes(doc)
header_footer(doc, "Report No 3/2008   Ravensholm Coastguard and Sea Safety Training Centre",
              "This report is issued to improve training. It does not apportion blame.")

para(doc, "RAVENSHOLM COASTGUARD AND SEA SAFETY TRAINING CENTRE", bold=True, size=12)
para(doc, "Report on the review of the 2007-08 Watchkeeper pilot and the programme proposed for the "
          "National Award for SEN Coordination, 2008-09", style="Title")
para(doc, "Report No 3/2008, July 2008. Submitted to the Training and Development Agency for Schools as the "
          "Centre's application for approval to run the National Award for SEN Coordination.", italic=True)
text_box(doc, [
    ("Purpose of this report", True),
    ("The Centre reviews every course it runs in the way that accidents at sea are investigated. The sole "
     "purpose of a review is to improve the training. It does not apportion blame, and it records what "
     "happened, what has been done since, and what is still to do.", False),
], height="90pt", fill="E2EFDA")

doc.add_heading("Glossary of abbreviations and terms", level=1)
for g in ["- Watch: a taught study day. The programme has six Watches.",
          "- Assessment 1, 2, 3: the three marked assessments, named Chart Work, Case Log and Watch Handover.",
          "- SWO: School Watch Officer, the participant's school-based mentor.",
          "- Competence Record: each participant's record of the national minimum outcomes, signed off by tutors.",
          "- Board: the joint Assessment Board of the Centre and St Cuthwin's University College.",
          "- SCUC: St Cuthwin's University College.",
          "- TBC: Tynemere Borough Council."]:
    para(doc, g)

doc.add_heading("SYNOPSIS", level=1)
para(doc, "Between September 2007 and June 2008 the Centre ran an unaccredited pilot course for fourteen newly "
          "appointed special educational needs coordinators from Tynemere schools, known as the Watchkeeper "
          "pilot. It was built on the Centre's experience of training coastguard watch officers, and on the "
          "Borough's request for a course its new SENCOs could reach. The pilot was completed by twelve of the "
          "fourteen. This report sets out what happened on the pilot, analyses what worked and what did not, "
          "and describes the programme the Centre now proposes, with St Cuthwin's University College, for the "
          "National Award for SEN Coordination from September 2008. Actions already taken are in Section 4; "
          "recommendations still open are in Section 5.")

doc.add_heading("SECTION 1 - FACTUAL INFORMATION", level=1)
doc.add_heading("1.1 Particulars of the programme and the pilot", level=2)
t = table(doc, [
    ["PROGRAMME PARTICULARS", ""],
    ["Award", "National Award for SEN Coordination (Postgraduate Certificate, SCUC)"],
    ["Validating institution", "St Cuthwin's University College, validated 2 July 2008"],
    ["Credits", "60 credits: 40 at Level 7 and 20 at Level 6"],
    ["Mode", "Part time, three terms, six Watches and school-based work"],
    ["Start", "September each year"],
    ["Partners", "Tynemere Borough Council (SEN and Inclusion Service)"],
    ["PILOT PARTICULARS", ""],
    ["Dates", "13 September 2007 to 26 June 2008"],
    ["Participants", "14 started, 12 completed"],
    ["Accreditation", "None (Centre certificate of attendance)"],
], header=False)
for r in (0, 7):
    c = t.cell(r, 0).merge(t.cell(r, 1))
    c.text = "PROGRAMME PARTICULARS" if r == 0 else "PILOT PARTICULARS"
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1F3864")
p = para(doc, "The Level 6 credits are carried by the Reflective Practice unit that SCUC requires in every "
              "postgraduate certificate.")
fn.ref(p, "SCUC's Academic Board confirmed on 2 July 2008 that the award title will be Postgraduate Certificate "
          "(National Award for SEN Coordination).")

doc.add_heading("1.2 Narrative of the pilot", level=2)
para(doc, "At 0930 on 13 September 2007 the first Watch of the pilot opened at the Centre with fourteen "
          "participants and two tutors. The pilot ran as eight Watches, one a month, with a reading log and an "
          "end-of-course presentation; nothing was marked.")
para(doc, "At the second Watch, on 11 October 2007, participants were asked what they most needed from the "
          "rest of the pilot. Eleven of the fourteen named time to do the job, and the tutors brought forward "
          "the session on paperwork and reviews that had been planned for March.")
para(doc, "In October 2007 each participant spent two days on placement at Hartside Special School. The "
          "placements were well regarded by participants, but each cost the Centre two days of supply cover.")
para(doc, "From November 2007 the pilot used an online forum on the Centre's learning platform. Use fell away "
          "after January 2008, when fewer than four posts a month were made.")
para(doc, "In December 2007 a participant reported that her headteacher had not released her for the January "
          "Watch. The programme leader wrote to the headteacher and the participant attended. Two further "
          "problems with release in February 2008 were settled in the same way.")
para(doc, "In March 2008 the end-of-course presentations were second-marked by an external examiner from "
          "Wearside University, who also reviewed the reading logs. That arrangement ended with the pilot.")
para(doc, "In May 2008 the tutors and the Borough's Principal Officer for SEN compared the pilot's content "
          "with the draft national specification. They found that the pilot covered most of the knowledge "
          "outcomes but few of the skills, that nothing had been assessed, and that the course carried no "
          "credit towards a higher award.")
para(doc, "At the final Watch on 26 June 2008 twelve participants presented their work to an audience that "
          "included four headteachers and the Borough's Principal Officer for SEN. Two participants had left "
          "in the spring, one on maternity leave and one on promotion to a post outside Tynemere.")

doc.add_heading("1.3 The programme for 2008-09", level=2)
para(doc, "The programme is taught in six Watches at the Centre over three terms, with work in the "
          "participant's own school between them.")
table(doc, [
    ["Watch", "Term", "Content"],
    ["1", "Autumn", "Law, policy and Every Child Matters: the SEN Code of Practice, the Education Act 1996 as amended, "
                    "the SENCO regulations of 2008, the Children's Plan, and the principles and five outcomes of "
                    "Every Child Matters and the SENCO's part in them"],
    ["2", "Autumn", "Identifying pupils, setting targets, planning and reviewing interventions; provision mapping; "
                    "access arrangements for national tests and examinations"],
    ["3", "Spring", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD); "
                    "approaches, strategies and resources including ICT"],
    ["4", "Spring", "External agencies and voluntary organisations; using other professionals' assessments"],
    ["5", "Summer", "Pupils, parents and colleagues: consulting pupils, working with parents and carers, "
                    "deploying teaching assistants, coaching and training colleagues, formative assessment"],
    ["6", "Summer", "Leading SEN in the school: working with senior leaders and governors, school self-evaluation"],
])
para(doc, "")
para(doc, "Three assessments are marked. Assessment 1, Chart Work, is a 3,000-word critical review of how the "
          "participant's school meets the law and guidance on SEN and the Every Child Matters outcomes, "
          "including an audit of the school's arrangements for access arrangements in national tests and "
          "examinations and the participant's decisions on what to change. It ends with a record of the "
          "participant's own reading and professional development during the course.")
para(doc, "Assessment 2, Case Log, is a 4,000-word study of a group of three to six pupils over two terms. "
          "Participants identify the pupils' needs, use assessments from other professionals, set targets, "
          "plan an intervention with the pupils, their parents and at least one outside agency, and review "
          "it. They must gather the pupils' own views at the start and at the review, and record baseline and "
          "follow-up measures of each pupil's progress, attendance or well-being.")
para(doc, "Assessment 3, Watch Handover, is a school development project: the participant leads a change in "
          "SEN provision with colleagues, including training and coaching teaching assistants and teachers, "
          "presents it to the senior leadership team and governors, and writes a 3,000-word account of how "
          "the change was reviewed with staff and fed into the school's self-evaluation.")

doc.add_heading("1.4 Participants", level=2)
para(doc, "Applicants must hold QTS, be in post as SENCO or named to take up the post, and have the written "
          "support of their headteacher. Each applicant is interviewed by the programme leader, who checks "
          "their experience of teaching pupils with SEN against the entry profile. An applicant who does not "
          "meet it is given written advice on the experience to gain first, the programme leader discusses "
          "this with the headteacher, and the applicant is offered a place the following year.")
para(doc, "The application form asks about disability and any adjustments needed, in confidence. Adjustments "
          "are agreed with each participant before the first Watch; in the pilot they included a "
          "reader for a participant with a visual impairment, a hearing loop, and handouts in advance. All "
          "Watch rooms are on the ground floor. The Centre's Single Equality Scheme covers the programme, and "
          "applications and results are monitored by disability, ethnicity and gender each year.")

doc.add_heading("1.5 Staff", level=2)
p = para(doc, "The programme leader is Mrs Kathryn Bell, formerly SENCO of Ravensholm High School for eleven "
              "years and an Advanced Skills Teacher for inclusion, who holds an MEd in Special Educational "
              "Needs. Dr Alun Marsden, senior lecturer in education at SCUC, teaches Watches 3 and 6 and is "
              "SCUC's link tutor. Ms Ruth Tindall, Tynemere's senior educational psychologist, teaches Watch 4. "
              "A further tutor [name TBC] will join for Watch 5. All tutors attend the Borough's termly SEN "
              "update meetings.")
fn.ref(p, "Mrs Bell also chairs the Tynemere SENCO network, and Dr Marsden's current research is on teaching "
          "assistants in secondary schools.")

doc.add_heading("1.6 School Watch Officers", level=2)
para(doc, "Each participant has a School Watch Officer, a senior leader in their school, who meets them twice "
          "a term and confirms the school-based work for Assessment 3. SWOs are sent the Mentor Handbook by "
          "post when the participant is accepted. There is no briefing or training for School Watch Officers.")

doc.add_heading("1.7 Delivery", level=2)
para(doc, "The programme starts once a year, in September, and the Watches are taken in order. It is taught "
          "part time only. The pilot's online forum was withdrawn in June 2008 and the 2008-09 programme has no "
          "e-learning element. Handouts and readings are posted to participants before each Watch.")

doc.add_heading("1.8 Resources", level=2)
para(doc, "The Centre keeps an SEN resource library at the Watch room, with standardised assessment "
          "materials for reading, spelling and language, intervention programmes, and the current "
          "professional texts. The ICT suite has text-to-speech and mind-mapping software, a visualiser and "
          "switch-access equipment on loan from the Borough's ICT support team, and participants may borrow "
          "from the library between Watches. SCUC library and electronic journals are open to all participants.")

doc.add_heading("1.9 Assessment and award", level=2)
para(doc, "Each assessment is marked by the programme leader against published criteria, and a sample of one "
          "in four, and every fail, is second-marked by Dr Marsden. Tutors sign off the outcomes on the "
          "Competence Record as they are met. In Annex A, the Competence Matrix, \"Watch n\" under Instructed "
          "at means the outcome is taught at that Watch, and \"Assessment n\" under Certificated by means it "
          "is marked in that assessment and signed off on the Competence Record. \"Familiarisation only\" means "
          "it is introduced but neither practised nor marked. \"Drill only (not recorded)\" means it is "
          "practised in a Watch exercise with spoken feedback, but not marked or recorded. \"Not carried\" means "
          "it is not part of this programme. A dash means not instructed at any Watch.")
p = para(doc, "The award is made only when the Board has confirmed that the participant has shown every one of "
              "the national minimum outcomes on the Competence Record")
del_run(p, ", or at least three quarters of them at the Board's discretion", "K. Bell", "2008-07-08T14:30:00Z")
p.add_run(". The Board meets in July [date TBC]; a participant who has not shown an outcome by then is given "
          "a further term to do so.")

doc.add_heading("1.10 Stakeholders", level=2)
para(doc, "In January 2008 the Centre and the Borough surveyed the headteachers and SENCOs of all 94 Tynemere "
          "schools; 61 replied. They asked above all for help with leading teaching assistants, with the new "
          "requirement that SENCOs be qualified teachers, and with pupils with autistic spectrum disorders, and "
          "the Borough's data showed low attendance among pupils at School Action Plus. The 2008-09 programme "
          "reflects those needs in Watches 3 and 5 and in the attendance measure in Assessment 2. The views of "
          "local schools were taken into account in developing the programme.")

doc.add_heading("SECTION 2 - ANALYSIS", level=1)
doc.add_heading("2.1 Aim", level=2)
para(doc, "The programme's aim is to raise the attainment of pupils with SEN in reading, writing and "
          "mathematics by improving the knowledge and skills of their SENCOs. Its objectives and the marking "
          "criteria for each assessment follow from that aim.")
doc.add_heading("2.2 Links to practice", level=2)
para(doc, "The pilot showed that participants learned most where they used a Watch in school the following "
          "week. In the 2008-09 programme every assessment is carried out in the participant's own school, "
          "with pupils and colleagues they work with, and is marked on the change it made there. Participants "
          "therefore make an impact on practice as they meet the outcomes.")
doc.add_heading("2.3 Research and policy", level=2)
para(doc, "Watch readings include Ofsted's Inclusion: does it matter where pupils are taught? (2006), Removing "
          "Barriers to Achievement (2004), the Bercow Review (2008), the Inclusion Development Programme and "
          "the DCSF's guidance on the SENCO regulations. Watch 1 develops participants' understanding of the "
          "SEN Code of Practice, the Children Act 2004 and current government initiatives, "
          "and tutors revise the readings each summer.")
doc.add_heading("2.4 Pupils, colleagues and parents", level=2)
para(doc, "Watch 5 teaches participants to consult pupils, including those with communication difficulties, "
          "about their provision and other matters that affect them, using interviews, symbols and pupil "
          "review forms, and Assessment 2 requires them to do so. The same Watch covers advising and "
          "supporting parents and carers and working in partnership with them, and advising, supporting and "
          "coaching colleagues in the school; Watch 4 covers collaboration with other schools and services.")
doc.add_heading("2.5 Needs and prior learning", level=2)
para(doc, "In the first Watch each participant completes a self-audit against the national outcomes, which "
          "the tutor reads. Participants choose the focus of Assessment 2 and Assessment 3 to suit their "
          "school and experience, and each has two individual tutorials a term.")
para(doc, "Participants may claim up to 20 credits for prior certificated learning, and up to 20 credits for "
          "prior experiential learning through a portfolio, under SCUC's accreditation of prior learning "
          "regulations; the programme leader advises each participant on a claim at interview.")
para(doc, "In exceptional cases an experienced applicant, such as a teacher from the Borough's SEN support "
          "service, may take the Challenge Assessment: they submit all three assessments without attending "
          "the Watches, are assessed against every national outcome on the Competence Record, and pay a "
          "reduced fee of £600.")
para(doc, "The fee for the full programme is £1,500, met from the TDA grant. Watches at the Centre cost less "
          "than the pilot's monthly pattern, and the individual tutorials keep the programme matched to each "
          "participant's needs as the course goes on.")
doc.add_heading("2.6 Provision mapping", level=2)
para(doc, "Provision mapping is taught at Watch 2; it is not separately assessed, since most participants' "
          "schools already use the Borough's provision map.")
doc.add_heading("2.7 Quality", level=2)
para(doc, "Participants evaluate each Watch on a form and at the end of the programme in a focus group. Tutors "
          "review the forms after each Watch, the programme leader writes an annual report for SCUC's "
          "programme committee, and SCUC's annual monitoring and the programme leader's report are used to set the "
          "changes for the following year. The Case Log's baseline and follow-up measures give the programme "
          "a direct measure of its effect on pupils' progress, attendance and well-being, and participants' "
          "competence and confidence are measured by a self-rating against the outcomes at the start and the "
          "end, compared with the marked assessments.")

doc.add_heading("2.8 School-based work", level=2)
para(doc, "In the pilot, the participants whose School Watch Officers met them regularly gave the strongest "
          "presentations, and the two who had least contact with a senior colleague found it hardest to change "
          "anything in their schools. The Mentor Handbook therefore sets out what an SWO does at each stage of "
          "the programme, what to look for in the school-based work, and when to contact the programme leader.")
doc.add_heading("2.9 Workload", level=2)
para(doc, "Pilot participants reported spending about five hours a week on the course between Watches, and "
          "several said that deadlines had bunched at the end. In the 2008-09 programme the assessments are "
          "spaced so that no two fall in the same half term: Assessment 1 is due at the February half term, "
          "Assessment 2 at the end of May and Assessment 3 in the first week of July.")
doc.add_heading("SECTION 3 - CONCLUSIONS", level=1)
for c in ["3.1 The pilot met the Borough's need for local SENCO training, but without accreditation, marked "
          "assessment or a link to the national outcomes.",
          "3.2 The placements were valued but costly, and the online forum was little used.",
          "3.3 External scrutiny of assessment was lost when the pilot ended.",
          "3.4 Headteachers were closely involved at the end of the pilot but not during it.",
          "3.5 The award needs a rule that ties it to every national outcome. That rule is now in paragraph 1.9.",
          "3.6 Participants needed more time between Watches and fewer deadlines at the end of the year."]:
    para(doc, c)

doc.add_heading("SECTION 4 - ACTION TAKEN", level=1)
para(doc, "4.1 Since July 2008 the Centre has asked every accepted participant's employing school or local "
          "authority to confirm in writing the number and date of the participant's enhanced CRB disclosure "
          "and that List 99 has been checked, and it takes up a reference from the previous employer. No "
          "place is confirmed until these are received.")
para(doc, "4.2 The programme has been validated by SCUC and rebuilt around the national minimum outcomes, with "
          "three marked assessments and the Competence Record.")
para(doc, "4.3 The placements at Hartside Special School were not continued for 2008-09 because of their cost. "
          "Participants instead hear from visiting specialists at Watches 3 and 4.")
para(doc, "4.4 The online forum has been withdrawn.")
para(doc, "4.5 Further professional targets are a matter for each participant and their line manager and are "
          "not part of the programme.")

doc.add_heading("SECTION 5 - RECOMMENDATIONS", level=1)
table(doc, [
    ["No", "Recommendation", "Centre's response"],
    ["2008/01", "Keep the Challenge Assessment under review to see whether demand justifies it.", "Accepted; implemented"],
    ["2008/02", "Offer a January start.", "Not accepted"],
    ["2008/03", "Appoint an external moderator for all three assessments.", "Accepted in principle; timescale to be agreed"],
    ["2008/04", "Involve headteachers and the Borough in evaluating the programme.", "We intend to invite headteachers to comment on the programme when time allows."],
])
doc.add_comment(doc.tables[-1].cell(4, 2).paragraphs[0].runs[0],
                text="Could we commit to a termly headteacher panel from January? - AM", author="Alun Marsden",
                initials="AM")
para(doc, "")

doc.add_heading("ANNEX A - Competence Matrix", level=1)
para(doc, "The national minimum outcomes in the Centre's words. The terms used are explained in paragraph 1.9.")
rows = [["Ref", "Competence (our words)", "Instructed at", "Certificated by"],
        ["CM1", "Fair, respectful relationships with pupils with SEN and their parents or carers", "Watch 5", "Assessment 2"],
        ["CM2", "Gain the commitment of colleagues, the headteacher and senior leaders", "Watch 6", "Assessment 3"],
        ["CM3", "Prioritise work, manage time, delegate", "Watch 6", "Familiarisation only"],
        ["CM4", "Anticipate problems, make sound decisions on provision", "Watch 2", "Assessment 1"],
        ["CM5", "Clear speech and writing; listening to others", "Watch 1", "Assessment 3"],
        ["CM6", "Use research and external advice to improve practice", "Watch 3", "Drill only (not recorded)"],
        ["CM7", "Keep up to date; own CPD in SEN and disability", "Watch 1", "Assessment 1"],
        ["CM8", "SEN law, the Code of Practice and putting them into practice", "Watch 1", "Assessment 1"],
        ["CM9", "Every Child Matters and the SENCO's part", "Watch 1", "Assessment 1"],
        ["CM10", "Disability equality law and what it requires", "Not carried", "Not carried"],
        ["CM11", "How children develop and what affects development", "Watch 3", "Familiarisation only"],
        ["CM12", "Common types of SEN and disability and their effect on learning", "Watch 3", "Assessment 2"],
        ["CM13", "Approaches, strategies and resources including ICT", "Watch 3", "Assessment 2"],
        ["CM14", "School self-evaluation and improvement for pupils with SEN", "Watch 6", "Assessment 3"],
        ["CM15", "Best practice and research in meeting SEN", "Watch 3", "Drill only (not recorded)"],
        ["CM16", "External agencies and getting specialist support", "Watch 4", "Assessment 2"],
        ["CM17", "With senior colleagues and governors, influence inclusive ethos, policy and resources", "Watch 6", "Assessment 3"],
        ["CM18", "Identify pupils, set targets, plan interventions, review progress", "Watch 2", "Assessment 2"],
        ["CM19", "Use assessments from a range of professionals", "Watch 4", "Assessment 2"],
        ["CM20", "Encourage colleagues' formative assessment for pupils with SEN", "Watch 5", "Assessment 3"],
        ["CM21", "Access arrangements for national tests and examinations", "Watch 2", "Assessment 1"],
        ["CM22", "Deploy and manage staff", "Watch 5", "Assessment 3"],
        ["CM23", "Support colleagues' development: observation, coaching, training", "Watch 5", "Assessment 3"],
        ["CM24", "Review provision with staff to inform self-evaluation", "-", "Assessment 3"],
        ["CM25", "Involve pupils in planning and reviewing their provision", "Watch 5", "Assessment 2"],
        ["CM26", "Liaise with parents and carers", "Watch 5", "Assessment 2"],
        ["CM27", "Work with other services and voluntary organisations", "Watch 4", "Assessment 2"],
        ]
t = table(doc, rows)
shade(t.cell(10, 2), "F2F2F2")
shade(t.cell(10, 3), "F2F2F2")
p = para(doc, "")
fn.ref(p, "CM10: disability equality law is taught in SCUC's own Equality and Diversity module, which is not "
          "part of this award.")
para(doc, "CM10 is covered by St Cuthwin's own Equality and Diversity module, which is not part of this award.")

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(doc), "words (body and tables)")
