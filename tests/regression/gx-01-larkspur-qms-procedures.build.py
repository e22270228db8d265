"""gx-01-larkspur-qms-procedures: build script.

Provider (invented): Larkspur Care and Education Ltd, a private company running
seven independent special schools (autism, BESD, SLCN, complex needs) in the
north Midlands, through its in-house training arm the Larkspur Academy of
Practice, with the University of Carnbrook (School of Education) validating a
60-credit, level 7 Postgraduate Certificate in SEN Coordination. October 2008.

Document kind: Part 7 of the company's ISO 9001:2000 quality management system
(QMS), the controlled procedures for the PGCert, sent as the application with a
shaded covering note ("Section 0") added for the panel.

Layout: title block and a document-control table; a revision history table;
a shaded covering note; then procedures QP7.01-QP7.11, each opening with a
small control table (ref, owner, approver, issue) and written in the house
format "1 Purpose / 2 Scope / 3 Responsibilities / 4 Inputs / 5 Procedure /
6 Records / 7 Exclusions". Procedure steps are hand-numbered "5.1", "5.2" ...
and so clash with requirement ids (e.g. a step "5.3" about entry interviews,
a step "3.3" doesn't exist but "3 Responsibilities" does). Forms are referred
to by number (F7.02a etc.). A RACI-style responsibilities table. Form F7.07a
(Outcome Evidence Matrix) as a landscape table with merged, shaded group rows.
Header with the QMS reference; footer "UNCONTROLLED WHEN PRINTED" with a page
field. Tracked changes by the Quality Manager; Word comments.

Traps (requirement ids):
- QP7.02 step on confirming candidates' enhanced CRB disclosure is a tracked
  deletion; a comment says it is "covered in QP7.08", but QP7.08 checks
  tutors and mentors only (5.3 not_met; wrong-context).
- QP7.03 describes credit for certificated prior study only; experiential
  learning is "not accepted"; a comment proposes adding it (2.1 partial).
- The assessment-only route is excluded in QP7.03's "7 Exclusions" clause,
  far from the APL steps, in procedure language (2.3 not_met; negation).
- Participants' visits to other settings happen "where timetables allow"
  (aspiration); QP7.06 also describes pupils' LA placement reviews, which are
  not participants' placements (5.5 partial; wrong-context).
- Programme Review Group has internal members; LAs and parents "will be
  invited in future" (4.3 partial; aspiration).
- QP7.07 says the Outcome Evidence Matrix is completed "for information" and
  the award rests on the three Task marks (6.0 partial; 1.9 partial).
- Tailoring described in general terms, nothing about cost (2.4 partial).
- Form F7.07a: K3 row is a tracked deleted row (6.K3 not_met); no row for
  child development (6.K4 not_met); A3 "tutorial discussion (not graded)"
  (partial); K2 "reading log (not marked)" (partial); S2d "no separate
  evidence" (partial); S4 "not separately assessed" (partial); S7 Task 2
  "may include" pupil views (partial).
- Met items that look like traps: ISO audit by the certification body is real
  external evaluation (5.1); the e-learning (Larkspur Learn) has forum,
  e-tutorials between study days and e-mail to schools (3.3 met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gx_helpers import (shade, shade_para, box_para, ins_run, del_run, deleted_paragraph,
                         inserted_paragraph, delete_row, add_field, set_cell, table, landscape_section)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
QM = "Gareth Pryce"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Larkspur Care and Education Ltd  |  QMS Part 7  |  Ref LCE-QMS-07  |  Issue 2"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("UNCONTROLLED WHEN PRINTED. Check the QMS index for the current issue.   Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")

def H(text, lvl=1):
    return doc.add_heading(text, level=lvl)

def P(text, bold_lead=None):
    p = doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p

def step(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t").bold = True
    p.add_run(text)
    return p

def control(ref, title, owner, approver="H. Marchbank, Academy Director", issue="2", date="October 2008"):
    H(f"{ref}  {title}", 1)
    t = table(doc, [["Procedure", ref, "Issue", issue],
                    ["Owner", owner, "Date of issue", date],
                    ["Approved by", approver, "Next review", "July 2009"]], header=False, size=8)
    for row in t.rows:
        shade(row.cells[0], "EDEDED"); shade(row.cells[2], "EDEDED")
    doc.add_paragraph()

# ---------- title block ----------
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("LARKSPUR CARE AND EDUCATION LTD"); r.bold = True; r.font.size = Pt(14)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Quality Management System\nPart 7: Larkspur Academy of Practice\nProcedures for the Postgraduate Certificate in Special Educational Needs Coordination")
r.font.size = Pt(12)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Validated by the University of Carnbrook, School of Education").italic = True

table(doc, [["Document reference", "LCE-QMS-07"],
            ["Status", "Issue 2 (supersedes Issue 1, March 2008)"],
            ["Owner", "Ruth Okonedo, Programme Leader, Larkspur Academy of Practice"],
            ["Quality Manager", "Gareth Pryce"],
            ["Approved", "Dr Helen Marchbank, Academy Director, for the Group Education Board"],
            ["Certification", "Larkspur's QMS is certified to ISO 9001:2000 by Northline Assessment Services (certificate NAS 41187). Part 7 was added to the scope at the surveillance audit of June 2008."]],
      header=False, size=9)
doc.add_paragraph()
H("Revision history", 2)
table(doc, [["Issue", "Date", "Change", "By"],
            ["1", "March 2008", "First issue for the pilot cohort (Group teachers only, 11 participants). Single September intake.", "R. Okonedo"],
            ["1.1", "June 2008", "QP7.09 amended after the pilot review; new Form F7.09b (pupil impact summary).", "G. Pryce"],
            ["2", "October 2008", "Rewritten for the national award: all procedures re-based on the TDA draft specification; second (February) intake; external places for teachers from commissioning authorities' schools; QP7.11 added.", "R. Okonedo / G. Pryce"]], size=8)
doc.add_paragraph()

p = doc.add_paragraph(); shade_para(p, "E6EEF7"); box_para(p)
p.add_run("Section 0. Note for the TDA approval panel. ").bold = True
p.add_run("We have chosen to send our quality procedures as they stand rather than write a separate narrative, because they are what our staff actually work to. "
          "Each procedure is followed by the records it produces. Our course is the Postgraduate Certificate in Special Educational Needs Coordination (the PGCert SENC), "
          "worth 60 credits at level 7 (masters level) of the University of Carnbrook's postgraduate framework. The University validated it on 17 September 2008 for five years, and it "
          "leads to a University award. The programme is taught by the Academy, which is part of Larkspur Care and Education Ltd; the company runs seven independent special schools "
          "for about 420 pupils aged 5 to 19 placed by eleven local authorities. Where the procedures say 'the Group' they mean the company and its schools.")
p = doc.add_paragraph(); shade_para(p, "E6EEF7"); box_para(p)
p.add_run("The programme in brief. ").bold = True
p.add_run("The aim of the programme is that pupils with SEN and disabilities in participants' schools achieve more and are safer, healthier and happier, in all five Every Child Matters outcomes, because their SENCO leads provision for them better. Each Task asks participants to show what difference their work made for pupils. "
          "Three modules of 20 credits each: M1 The SENCO, the Law and the School; M2 Learners, Assessment and Provision; M3 Leading and Partnering for Inclusion. "
          "Each module has four study days at the Academy's centre at Larkspur Hall, near Ashbury, plus directed study on Larkspur Learn (our Moodle site) and work in the participant's own school. "
          "Assessment is by three Tasks (Task 1: a 4,000-word policy analysis; Task 2: a case study of provision for a group of pupils, with baseline and follow-up measures; "
          "Task 3: a school change project, reported in writing and presented at a professional dialogue) and a Practice Portfolio kept throughout.")

# ---------- QP7.01 ----------
control("QP7.01", "Programme design and review", "R. Okonedo, Programme Leader")
H("1 Purpose", 2); P("To make sure the content of the PGCert SENC is based on what schools, commissioning authorities and the young people we teach need of a SENCO, and is kept up to date with law, research and inspection findings.")
H("2 Scope", 2); P("The design of all modules, study days, Tasks and the Portfolio, and any change to them.")
H("3 Responsibilities", 2)
table(doc, [["Role", "Responsible for"],
            ["Programme Leader", "Design inputs record; annual update of module content and reading lists; proposing changes to the Programme Review Group"],
            ["Programme Review Group (PRG)", "Approving changes; receiving evaluation reports (QP7.09). Members: Academy Director (chair), Programme Leader, two Group headteachers, the University link tutor, a former participant"],
            ["University link tutor (Dr Simon Feld)", "Checking changes against the University's validation conditions; referring major changes to the University's Academic Standards Committee"]], size=8)
H("4 Inputs", 2)
P("The design inputs record for Issue 2 (file DI-07-2) lists the evidence used. In summary:")
for b in ["a questionnaire to the 146 headteachers and SENCOs of mainstream schools that send pupils to Group schools, in the three authorities with most placements (Westshire, Daleborough and Caxton), returned by 61 in May 2008, asking which parts of the SENCO role new post-holders found hardest;",
          "two meetings with the SEN and inclusion officers of those three authorities (April and June 2008), whose chief concern was that SENCOs did not know how to use reports from educational psychologists and therapists, and that statutory annual reviews were poorly run;",
          "the evaluation of the pilot cohort (11 Group teachers, 2007-08) and interviews with their headteachers;",
          "the views of the Group's pupil councils, gathered by our speech and language therapists using symbols and Talking Mats, about what makes a good lesson and a good review meeting;",
          "Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Lamb Inquiry's terms of reference and the Bercow Review's interim report (2008)."]:
    doc.add_paragraph(b, style="List Bullet")
H("5 Procedure", 2)
step("5.1", "Each spring the Programme Leader updates the design inputs record with new evidence (evaluation returns, PRG minutes, new legislation, guidance and inspection reports) and lists the changes it suggests.")
step("5.2", "The PRG considers the list at its April meeting and records for each suggestion whether it is adopted, and why. The 'You asked / we changed' table at the front of the participant handbook is produced from this record.")
step("5.3", "Examples from the Issue 2 redesign: at the authorities' request, a whole study day in M2 on using professionals' reports and running annual reviews; at the headteachers' request, the change project (Task 3) must be agreed with the participant's head before it starts; following the pupil councils' views, M2 includes a study day on consulting young people who use little or no speech.")
step("5.4", "Reading lists and session materials are revised each summer so that every module reflects current legislation, DCSF and Ofsted publications and research. The University library checks that every item is available online or in print.")
step("5.5", "Major changes (to learning outcomes, credit or assessment) go to the University under its modification procedure before they take effect.")
H("6 Records", 2); P("Design inputs record DI-07; PRG minutes; the University's modification forms.")

# ---------- QP7.02 ----------
control("QP7.02", "Enquiry, application and selection", "R. Okonedo, Programme Leader")
H("1 Purpose", 2); P("To make sure that everyone we accept can benefit from the programme and is likely to reach all the outcomes by the end of it, and that selection is fair.")
H("2 Scope", 2); P("Applicants from Group schools and external applicants from maintained and independent schools in the commissioning authorities (up to 10 external places per intake).")
H("3 Responsibilities", 2); P("Programme Leader (selection decisions); Academy administrator (records, correspondence); nominating headteacher (nomination and confirmation of role).")
H("5 Procedure", 2)
step("5.1", "Applicants complete Form F7.02a (application) and their headteacher completes F7.02b (nomination), which confirms that the applicant holds or will take up the SENCO role, or a deputy role in SEN coordination, and that the school will release them for study days and support the Task 3 project.")
step("5.2", "Entry requirements: qualified teacher status; at least two years' teaching; current responsibility for, or a commitment from the head to, SEN coordination; a first degree or equivalent for level 7 study.")
step("5.3", "Every applicant has a 30-minute interview with a tutor (by telephone for external applicants if they prefer). The tutor uses the interview schedule F7.02c to explore the applicant's current role and, with the short written task below, judges whether they can work at masters level.")
step("5.4", "Applicants write 500 words on a recent decision about provision for a pupil in their school. The tutor scores it against the University's level 7 descriptors. Applicants who are not yet ready are told in writing what they need to do (usually the Academy's free short course 'Getting started in SEN coordination' and a recommended reading list), and the Programme Leader phones their headteacher to agree a plan so that they can apply to the next intake.")
p = deleted_paragraph(doc, "5.5\tThe administrator asks the nominating headteacher to confirm on F7.02b the date of the applicant's current enhanced CRB disclosure and that the school's pre-employment checks (identity, references, List 99) were completed. Applicants who have not worked with children in the last three months are asked to obtain a new enhanced disclosure through the Group's HR department before the first study day.", QM)
_p = doc.add_paragraph(); _r = _p.add_run("5.5\tOffers are made in writing with the first module's dates and the Larkspur Learn log-in details.")
doc.add_comment(_r, text="Old 5.5 removed: HR say CRB checking is covered in QP7.08, so no need to repeat it here.", author=QM, initials="GP")
step("5.6", "Selection decisions and reasons are logged on the admissions spreadsheet; the Quality Manager samples ten per cent each intake for consistency.")
H("6 Records", 2); P("F7.02a, F7.02b, F7.02c; admissions spreadsheet; letters of offer and refusal.")

# ---------- QP7.03 ----------
control("QP7.03", "Credit for prior learning", "R. Okonedo, Programme Leader")
H("1 Purpose", 2); P("To give credit for study that a participant has already completed, so that they do not repeat it.")
H("2 Scope", 2); P("Requests for credit against one module of the PGCert SENC.")
H("5 Procedure", 2)
step("5.1", "At interview the tutor asks about previous postgraduate study. Participants who hold credit at level 7 from a course in special educational needs completed in the last five years may request credit against M1 or M2 (maximum 20 credits).")
p = step("5.2", "The request is made on F7.03a with the certificate and the module outline. The University link tutor checks the match of outcomes and recommends to the University's Credit Committee, which decides.")
step("5.3", "Where credit is given, the participant still completes the Practice Portfolio for that module, so that the Outcome Evidence Matrix (F7.07a) is complete.")
p = step("5.4", "Credit is given for certificated study only. Experience in post, however long, is not accepted as grounds for credit; it is taken into account in the Learning Plan (QP7.04) instead.")
doc.add_comment(p.runs[-1], text="Carnbrook will accept a reflective portfolio for experiential learning (their APEL route). Do we want to add this for Issue 3?", author="Ruth Okonedo", initials="RO")
H("6 Records", 2); P("F7.03a; Credit Committee decision letters.")
H("7 Exclusions", 2)
P("This procedure does not cover the award of the PGCert SENC on the strength of evidence alone. All participants attend the taught modules, apart from any module for which credit is given under 5.1; an application to be assessed without attending the course cannot be accepted.")

# ---------- QP7.04 ----------
control("QP7.04", "Entry profile and Learning Plan", "R. Okonedo, Programme Leader")
H("1 Purpose", 2); P("To find out, before teaching starts, what each participant already knows and can do against the programme outcomes, and to plan their year from it.")
H("5 Procedure", 2)
step("5.1", "Three weeks before the first study day each participant completes the Entry Profile (F7.04a) on Larkspur Learn. It sets out the 28 outcomes of Form F7.07a with examples of what each looks like in practice, and asks them to rate themselves (new to me / some experience / confident) and give an example for any outcome rated 'confident'.")
step("5.2", "Their headteacher or line manager comments on the profile in a short section of the same form, so that the self-rating is checked against what the school sees.")
step("5.3", "At the induction tutorial (first study day) the personal tutor and participant agree the Learning Plan (F7.04b): the outcomes to prioritise, which optional workshops to attend, the focus of Task 2 and Task 3, and the reading route (foundation or extension).")
step("5.4", "The tutor reviews the Learning Plan at each of the three module tutorials. Evidence gathered in Tasks and the Portfolio is compared with the entry self-rating, and the plan is changed where the self-rating proves wrong.")
step("5.5", "We aim to make the programme fit each participant's school and experience, so that everyone gets the most from it.")
H("6 Records", 2); P("F7.04a, F7.04b, tutorial notes.")

# ---------- QP7.05 ----------
control("QP7.05", "Delivery and participant support", "R. Okonedo, Programme Leader")
H("5 Procedure", 2)
step("5.1", "There are two intakes a year, in September and February. After M1, which everyone takes first, participants can take M2 and M3 in either order, joining whichever cohort suits their school's calendar. The programme can be completed in twelve months or spread over up to 24 months.")
step("5.2", "Study days are held at Larkspur Hall; two days of each module are repeated on Saturdays for participants whose schools cannot release them on weekdays.")
step("5.3", "Between study days participants use Larkspur Learn, which holds session materials, recorded input from the study days and readings, and a discussion forum for each cohort. Each module has two live online tutorials (evenings, 45 minutes, using the Elluminate classroom licensed by the University) between study days. Tutors answer forum questions and e-mail within three working days.")
step("5.4", "Resources: the University of Carnbrook's library and e-journals (participants register as University students); the Academy's resource room at Larkspur Hall, with assessment materials and an assistive technology suite (communication aids, Clicker, Boardmaker, switch and eye-gaze access) used on M2 day 3 and open to participants by appointment; laptops on loan for participants without home access.")
step("5.4a", "Each participant belongs to a study group of four or five, who review each other's Task drafts on the forum before submission.")
step("5.5", "Tutors keep the participant's headteacher informed by e-mail after each module tutorial (with the participant's agreement), and heads can log in to a 'school view' of the module pages.")
H("6 Records", 2); P("Attendance registers; Larkspur Learn activity reports; tutorial notes.")

# ---------- QP7.06 ----------
control("QP7.06", "School-based work, visits and specialist input", "R. Okonedo, Programme Leader")
H("1 Purpose", 2); P("To tie the course to the participant's practice in school and give them access to specialists.")
H("5 Procedure", 2)
step("5.1", "All three Tasks are carried out in the participant's own school and must be agreed with the headteacher (F7.06a). Task 2 involves gathering baseline data on a group of pupils, planning and running an intervention with colleagues, and measuring its effect after at least eight weeks. Task 3 is a change project in the school's SEN provision, with a report of what changed in practice.")
step("5.2", "Each participant has a school mentor (normally a senior leader, or for Group staff an experienced SENCO from another Group school) who observes them twice: leading a review or meeting with parents, and coaching or training a colleague. The mentor records the observations on F7.06b for the Portfolio.")
step("5.3", "Specialist input: the Group's clinical team (three educational psychologists, eleven speech and language therapists, occupational therapists and a consultant child psychiatrist) lead sessions on M2 and answer participants' questions through a forum thread on Larkspur Learn. A parent partnership officer from Westshire and a manager from the local Autism Society branch contribute to M3.")
step("5.4", "Where school timetables allow, we hope participants will spend a day in another setting, for example a Group school for mainstream participants or a mainstream school for Group participants.")
step("5.5", "Placements are reviewed termly with the placing authority, the school and parents, using the Group's Placement Review procedure (QMS Part 4, QP4.06). Reviews record progress against each pupil's statement and the targets set at the annual review.")
H("6 Records", 2); P("F7.06a, F7.06b.")

# ---------- QP7.07 ----------
control("QP7.07", "Assessment, marking, moderation and award", "R. Okonedo, Programme Leader")
H("5 Procedure", 2)
step("5.1", "Each Task has published criteria based on the module's learning outcomes and the University's level 7 descriptors. Submissions are made through Larkspur Learn and checked with plagiarism software.")
step("5.2", "First marking by the personal tutor within four weeks; written feedback on the University's feedback form.")
step("5.3", "Second marking: all fails and borderline scripts and a 20% sample of the rest, by a second Academy tutor. Disagreements are resolved by the Programme Leader.")
step("5.4", "Moderation: the University moderates a sample of every Task each intake; the external examiner appointed by the University (currently Professor Anne Whitlow) sees all fails and a sample, attends the professional dialogues for Task 3 once a year, and reports annually. Tutors hold a standardising meeting with marked exemplars before each marking period.")
step("5.5", "The personal tutor completes the Outcome Evidence Matrix (F7.07a) for each participant, for information, from the Tasks and the Portfolio.")
step("5.6", "The University Assessment Board confers the PGCert SENC on participants who have passed all three Tasks (pass mark 50%) and whose Portfolio has been signed off by the tutor.")
step("5.7", "Referral: one resubmission per Task, capped at 50%. Appeals go to the University under its regulations.")
H("6 Records", 2); P("Mark sheets; second-marking and moderation records; external examiner's report; F7.07a; Assessment Board minutes.")

# ---------- QP7.08 ----------
control("QP7.08", "Tutors, mentors and checks", "Dr H. Marchbank, Academy Director")
H("5 Procedure", 2)
step("5.1", "Academy tutors hold QTS, a masters degree in SEN or inclusion, and have led SEN provision as a SENCO or senior leader in the last five years. Current tutors: Ruth Okonedo (former SENCO and deputy head, MA Inclusive Education); Dr Peter Lyle (educational psychologist, Group Principal Psychologist); Sandra Keegan (former LA SEN adviser, MEd Autism); Jaswinder Bains (SENCO at Fenwick House, MA SLCN). Each tutor has ten days a year of their own CPD, including at least two days in mainstream schools.")
step("5.2", "New tutors shadow an experienced tutor for one module, attend the University's associate tutor induction and second-mark before first-marking.")
step("5.3", "Mentors receive the Mentor Guide (F7.08a) and attend a half-day briefing at the start of each intake, which covers the observation forms, what the Tasks require and how to raise a concern. The Programme Leader phones each mentor once a term.")
step("5.4", "Tutors and mentors must hold an enhanced CRB disclosure obtained through the Group's HR department or their own employer, renewed every three years, and be cleared against List 99. The Academy administrator records the disclosure number and date on the staff register before their first session.")
H("6 Records", 2); P("Staff register; induction and briefing attendance; CPD log.")

# ---------- QP7.09 ----------
control("QP7.09", "Evaluation and impact", "G. Pryce, Quality Manager")
H("5 Procedure", 2)
step("5.1", "Participants complete an evaluation after every study day (on Larkspur Learn) and at the end of each module. The Quality Manager summarises them for the PRG.")
step("5.2", "Participants repeat the Entry Profile self-rating at the end of the programme; the change in confidence on each outcome is reported by cohort.")
step("5.3", "Impact on pupils: each Task 2 report includes the baseline and follow-up data for the pupil group (reading or number ages, attendance, behaviour incidents or P-level/NC progress as appropriate). The Quality Manager collates these on Form F7.09b into an annual Pupil Impact Summary, and participants are asked to send follow-up data six months after completing.")
step("5.4", "Headteachers are sent a short questionnaire six months after the participant completes, asking what has changed in the school's SEN provision.")
step("5.5", "External: the University's annual monitoring report and the external examiner's report; the certification body's surveillance audits of the QMS (twice a year); an internal audit of Part 7 by a trained auditor from outside the Academy each spring.")
step("5.6", "The Quality Manager writes an annual Programme Evaluation Report, which goes to the PRG and the Group Education Board. Actions are logged in the Corrective and Preventive Action register and followed up at the next PRG.")
step("5.7", "The Group will invite representatives of commissioning authorities and parents to take part in evaluating the programme in future years.")
H("6 Records", 2); P("Evaluation returns; F7.09b; Programme Evaluation Report; CAPA register.")

# ---------- QP7.10 ----------
control("QP7.10", "Completion and next steps", "R. Okonedo, Programme Leader")
H("5 Procedure", 2)
step("5.1", "At the final tutorial the tutor and participant review the Learning Plan and the end-of-programme self-rating, and the participant drafts a Next Steps plan (F7.10a) listing two or three professional targets for the following year.")
step("5.2", "Participants are asked to take the Next Steps plan to their performance management review, and the tutor sends a copy to the headteacher with the participant's agreement.")
step("5.3", "The Academy's final study day includes a session on routes beyond the PGCert: the University's MA in Inclusive Education (into which the 60 credits transfer), specialist qualifications in autism and SLCN, and leadership programmes.")
H("6 Records", 2); P("F7.10a.")

# ---------- QP7.11 ----------
control("QP7.11", "Equality and reasonable adjustments", "Dr H. Marchbank, Academy Director")
H("5 Procedure", 2)
step("5.1", "The application form (F7.02a) and the programme leaflet invite applicants to tell us about any disability or health condition, explain why we ask and how the information will be used, and give a named contact. The leaflet and handbook are available in large print and electronic formats and the leaflet states that study days are fully accessible.")
step("5.2", "Where a need is disclosed, the Programme Leader meets the participant before the course to agree adjustments (F7.11a), for example materials in advance, a note-taker, rest breaks, extra time or an alternative format for the professional dialogue, or an accessible venue for visits. Adjustments to assessment are agreed with the University's disability service.")
step("5.3", "Participants may disclose at any point; the tutor reviews adjustments at each module tutorial.")
step("5.4", "The Academy monitors applications, offers, progress and results by gender, ethnicity and disability each year and reports any differences to the PRG under the Group's Single Equality Scheme, which covers race, disability and gender duties.")
H("6 Records", 2); P("F7.11a; equality monitoring report.")

# ---------- F7.07a ----------
landscape_section(doc, True)
H("Form F7.07a  Outcome Evidence Matrix", 1)
P("One matrix per participant. The outcomes are those of the national specification in the Academy's wording. 'Developed in' names the module and study day; 'Evidence' names what is assessed.")
rows = [["Ref", "Outcome (Larkspur wording)", "Developed in", "Evidence"]]
groups = [
 ("Professional attributes", [
  ("O1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their families", "M3 day 2", "Portfolio: mentor observation of a review meeting (F7.06b)"),
  ("O2", "Wins the support of colleagues, including the head and senior team, for SEN priorities", "M3 days 1 and 3", "Task 3 report; headteacher's statement"),
  ("O3", "Manages time and priorities; delegates sensibly", "M3 day 1", "Tutorial discussion (not graded)"),
  ("O4", "Anticipates and solves problems; makes sound decisions about provision", "M2 day 4", "Task 2"),
  ("O5", "Communicates clearly in speech and writing; listens to others' views", "All modules", "Task 3 presentation and professional dialogue"),
  ("O6", "Uses research and outside advice to improve own and colleagues' practice", "M1 day 3; M2 day 2", "Task 1 literature review"),
  ("O7", "Takes charge of own professional development in SEN and disability", "M3 day 4", "Portfolio reflective log; Next Steps plan (F7.10a)")]),
 ("Knowledge and understanding", [
  ("O8", "SEN law and guidance, including the SEN Code of Practice (2001), and putting it into practice", "M1 days 1-2", "Task 1"),
  ("O9", "Every Child Matters: its principles and outcomes and the SENCO's part", "M1 day 2", "Reading log (not marked)"),
  ("O10", "Disability equality law and the duties it places on schools", "M1 day 2", "Task 1"),
  ("O11", "The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "M2 days 1-2", "Task 2"),
  ("O12", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "M2 day 3", "Task 2"),
  ("O13", "School self-evaluation and improvement as they relate to pupils with SEN", "M3 day 3", "Task 3"),
  ("O14", "Best practice and research on meeting SEN", "M1 day 3", "Task 1"),
  ("O15", "External agencies and how to secure specialist support", "M2 day 2", "Task 2 (multi-agency section)")]),
 ("Skills", [
  ("O16", "Works with senior leaders and governors to shape an inclusive ethos, policy and use of resources", "M3 days 1 and 3", "Task 3"),
  ("O17", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "M2 days 3-4", "Task 2"),
  ("O18", "Uses assessments by other professionals to plan teaching", "M2 day 2", "Task 2"),
  ("O19", "Uses summative data, including national tests, to track progress and adjust provision", "M2 day 3", "Task 2 (tracking analysis)"),
  ("O20", "Helps teachers develop assessment for learning for pupils with SEN", "M3 day 2", "Portfolio: coaching record and mentor observation"),
  ("O21", "Arranges access arrangements for tests and examinations in good time", "M2 day 3 (Group Exams Officer)", "No separate evidence"),
  ("O22", "Uses provision mapping to manage provision and find gaps", "M2 day 4", "Task 2 (provision map)"),
  ("O23", "Deploys and manages teaching assistants and other staff", "M3 day 2", "Not separately assessed"),
  ("O24", "Supports colleagues' development by observation, coaching, modelling and training", "M3 day 2", "Portfolio: coaching record and mentor observation"),
  ("O25", "Reviews provision with colleagues to feed school self-evaluation", "M3 day 3", "Task 3"),
  ("O26", "Involves pupils in planning and reviewing their own provision", "M2 day 4", "Task 2 may include pupils' views"),
  ("O27", "Works with parents and carers", "M3 day 2", "Portfolio: mentor observation of a review meeting"),
  ("O28", "Works with other services and agencies, including voluntary organisations", "M2 day 2; M3 day 4", "Task 2 (multi-agency section)")])]
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for j, v in enumerate(rows[0]):
    set_cell(t.cell(0, j), v, bold=True, size=8); shade(t.cell(0, j), "D9D9D9")
k3_row = None
for gname, items in groups:
    r_ = t.add_row(); c = r_.cells[0].merge(r_.cells[3]); set_cell(c, gname, bold=True, size=8); shade(c, "F2F2F2")
    for ref, o, dev, ev in items:
        r_ = t.add_row()
        for j, v in enumerate((ref, o, dev, ev)):
            set_cell(r_.cells[j], v, size=8)
        if ref == "O10":
            k3_row = r_
delete_row(k3_row, QM)
doc.add_paragraph()
P("Tutor's signature: ____________________   Date: __________")
sec2 = landscape_section(doc, False)
P("End of QMS Part 7.")

doc.save(OUT)
print("wrote", OUT)
