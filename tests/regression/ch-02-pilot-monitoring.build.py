"""Build ch-02-pilot-monitoring.docx: University of Coldharbour with Mereworth MBC.

Provider (invented): University of Coldharbour, Centre for Professional
Learning in Education, with Mereworth Metropolitan Borough Council. The
document is the annual monitoring report on the pilot cohort of 2007-08,
which ran under the Council's older local scheme (the Mereworth SENCO
Development Scheme, 30 credits at Level 6, free to participants), submitted
in February 2009 with an added Section 7, "Changes for the accredited
programme from September 2009": the Postgraduate Certificate in Special
Educational Needs Coordination, 60 credits at Level 7, Module A (sessions
A-1 to A-7, tasks A1 Policy and Provision Audit and A2 Pupil Case File) and
Module B (sessions B-1 to B-7, tasks B1 Enquiry Report and B2 Presentation).
2008-era vocabulary (CRB, DDA, Code of Practice 2001, ECM, IDP, Bercow 2008).

Layout: a report with Word headings (Heading 1 / 2 with typed decimal
numbers 1 to 8 and 2.1-2.5, 7.1-7.11, some colliding with requirement ids:
"2.3 The assessment-only candidate" is past and does not carry forward,
"2.4 Needs analysis, selection and checks" is the pilot's, "7.3 Content" is
not e-learning), a document-control table, data tables (Table 1 completion by
phase, Table 2 by intake, Table 3 session evaluation scores, Table 4
confidence self-ratings, Table 5 headteacher survey), a decisions table
(Table 6: pilot feature / decision for 2009: Continued, Revised, Replaced,
Dropped, Under review), a 2009 session table (Table 7), an assessment table
(Table 8), a staff table (Table 9), the action plan (owner, date, status),
and Appendix A, an outcome map with columns "Developed from Sept 2009",
"Assessed from Sept 2009" and a trap column "Pilot 2007-08 (for reference
only)". Header and footer carry only report references. Much of the text is
past tense about the pilot, quotations of the external examiner and of
participants, and commitments for 2009. Section 1 states that a pilot
arrangement carries forward only where Section 7 says so.

Traps and the requirement ids they affect:
- 3.3 not_applicable: the pilot's four MereLearn online units (Sections 2,
  4, Table 3) are withdrawn; "there is no e-learning component" from 2009.
- 3.2 partially_met: the pilot's January intake is dropped; one September
  intake, fixed order, only pace (two years) is flexible.
- 2.3 not_met: the pilot's assessment-only candidate (Section 2.3) is past;
  the route "will not be offered from September 2009".
- 2.1 partially_met: APCL up to 20 credits; the pilot's exemption from
  sessions is dropped and APEL is "under review" (Action 4).
- 2.4 partially_met: tailoring via the individual learning plan, but the
  2009-10 fee "has not yet been set" and the subsidy is "under discussion".
- 1.1 partially_met: the revised aim names progress and attainment only; the
  pilot's Every Child Matters aim "no longer appears as a separate aim".
- 1.5 not_met, 6.S7 not_met: the pupil-voice workshop and the Pupil Voice
  Project are dropped; only the pilot column of Appendix A mentions them.
- 6.K4 not_met: the child development session is "not repeated"; Appendix A
  shows dashes for 2009.
- 6.S2d not_met: the access arrangements session and audit are replaced by
  the Council's optional annual briefing, "not part of the programme".
- 6.S2c not_met: no row in Appendix A and nothing in the text.
- 6.A3, 6.S4 partially_met: taught from 2009 (B-5, B-4) but their pilot
  assessment (Portfolio P1) is withdrawn; the pilot column still shows P1.
- 6.S5 partially_met: taught in B-4; whether the observed staff session
  returns as an assessed task is "under review (Action 6)".
- 6.A4, 6.A7 partially_met: casework-seminar feedback and the reflective log
  are formative only, "not marked".
- 4.3 partially_met: Council services keep teaching and a headteacher sits
  on the B2 panel, but the pilot steering group that reviewed evaluations
  "will not continue" and stakeholders' part in evaluation is "under review".
- 5.3 partially_met: the pilot's check by Schools HR is replaced by a
  candidate's self-declaration of the disclosure date and number.
- 5.6 partially_met: library access only; continued access to the assistive
  technology loan collection is "under review" (Action 7).
- 5.9 partially_met: confidence self-ratings continue (Table 4), but pupil
  impact is only a wish ("We would like ... will consider", Action 12).
- 1.9 and 6.0 partially_met: pass all four tasks, plus the blanket note
  under Appendix A that every national outcome "is covered".
- Genuine 2009 arrangements (met): validation at 60 credits Level 7 (E.1,
  E.2; the pilot's Level 6 is past), the enquiry and gap tasks (1.2), the
  rebuilt reading list and evidence session (1.3), the revised law session
  (1.4), coaching, triads and SENCO clinics (1.6), the families session and
  its assessment (1.7, 6.A1, 6.S8), the enquiry leading a change (1.8),
  individual learning plans replacing the group profile (2.2), the exit
  review (2.5), disability disclosure and adjustments (3.1), the survey and
  the evaluation data (4.1) and the changes they caused (4.2), evaluation
  and the annual report (5.1), entry and interview (5.2), staff (5.4), the
  extended Brookfield visit and the St Hilda's half-day (5.5), compulsory
  mentor training (5.7), double marking and the external examiner (5.8),
  and outcomes developed in a named 2009 session and assessed in A1, A2,
  B1 or B2.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

NAME = "ch-02-pilot-monitoring"
OUT = Path(__file__).with_name(NAME + ".docx")

doc = Document()
doc.core_properties.author = "Callum Whitlow"
doc.core_properties.title = "SENCO Pilot 2007-08 Annual Monitoring Report"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def p(text="", bold=False, italic=False, align=None, size=None, style=None):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def quote(text, who):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(1)
    para.paragraph_format.right_indent = Cm(1)
    r = para.add_run("\u201c" + text + "\u201d")
    r.italic = True
    para.add_run(" (" + who + ")")
    return para


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def caption(text):
    para = p(text, bold=True, size=10)
    para.paragraph_format.space_before = Pt(8)
    para.paragraph_format.keep_with_next = True
    return para


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def table(rows, widths=None, size=9.5, header_fill="D9E2F3", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.rows[i].cells[j]
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(cell, header_fill)
            elif bold_first_col and j == 0:
                r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    doc.add_paragraph()
    return t


# --------------------------------------------------------------- header / footer
s0 = doc.sections[0]
s0.header.paragraphs[0].text = ("University of Coldharbour  \u00b7  Centre for Professional Learning in Education  "
                                "\u00b7  SENCO pilot: Annual Monitoring Report 2007-08")
s0.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]
fr = fp.add_run("CPLE/AMR/SENCO/0708  \u00b7  Programme Committee, 3 February 2009  \u00b7  Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                       "<w:t>1</w:t></w:r></w:fldSimple>"))

# --------------------------------------------------------------- title
p("UNIVERSITY OF COLDHARBOUR", bold=True, align="c", size=15)
p("Centre for Professional Learning in Education, in partnership with Mereworth Metropolitan Borough "
  "Council", align="c")
p("SENCO PILOT PROGRAMME 2007-08: ANNUAL MONITORING REPORT", bold=True, align="c", size=13)
p("including Section 7: Changes for the accredited programme from September 2009", italic=True, align="c")
table([
    ["Document", "Detail"],
    ["Programme monitored", "SENCO Pilot Programme, cohort 2007-08 (Mereworth SENCO Development Scheme)"],
    ["Programme from September 2009", "Postgraduate Certificate in Special Educational Needs Coordination "
     "(National Award for SENCOs)"],
    ["Prepared by", "Dr Callum Whitlow, Programme Leader; Mrs Bernadette Szabo, Senior Adviser for SEN, "
     "Mereworth MBC"],
    ["Considered by", "CPLE Programme Committee, 3 February 2009"],
    ["Purpose of this copy", "Submitted to the TDA with the University's application for approval to provide "
     "nationally accredited SENCO training"],
], widths=[5, 11], bold_first_col=True)

# --------------------------------------------------------------- 1
h1("1. Purpose of this report")
p("This is the annual monitoring report on the pilot cohort of the SENCO programme, which ran from September "
  "2007 to July 2008 under the Mereworth SENCO Development Scheme, the certificated course the Council has "
  "run for its new SENCOs since 2003. The pilot was planned as a bridge between that scheme and a nationally "
  "accredited programme: it tried out content, assessment and ways of delivering the course which we hoped "
  "to carry into an award at Master's level, and it was monitored more closely than any earlier Mereworth "
  "cohort so that we would know which of them to keep. Sections 2 to 6 report on the pilot as it ran and on "
  "what participants, headteachers and the external examiner made of it. Section 7, added for submission to "
  "the TDA, sets out what will change and what will stay the same when the University delivers the "
  "accredited programme from September 2009, and Section 8 is the action plan that follows from it.")
p("A note for readers outside the University. The description of the pilot in Sections 2 to 6 describes "
  "2007-08 only. Where a pilot arrangement carries forward into the accredited programme, Section 7 says so; "
  "where Section 7 is silent, or says that an arrangement is dropped or under review, the reader should not "
  "assume that it will be part of the programme from September 2009.")

# --------------------------------------------------------------- 2
h1("2. The pilot programme 2007-08")
h2("2.1 Structure and delivery")
p("The pilot carried 30 credits at Level 6 within the University's CPD framework and was free to "
  "participants, the Council meeting the whole cost from its Standards Fund allocation. It consisted of "
  "twelve taught sessions at the Mereworth Teachers' Centre on Wednesday afternoons and evenings, four "
  "online units on MereLearn, the Council's learning platform, a half-day visit to Brookfield Special "
  "School, and a school-based enquiry carried out over the spring and summer terms. There were two intakes: "
  "sixteen participants started in September 2007 and six in January 2008, the January group joining the "
  "taught sessions at session 6 and catching up the first five through the online units and a Saturday "
  "catch-up day. Each participant had a mentor in school, usually a deputy headteacher, and was placed in "
  "a peer support triad with two SENCOs from other schools.")
h2("2.2 Assessment in the pilot")
p("Participants were assessed on four components: a Reflective Portfolio (P1), assessed pass/fail, which "
  "held a plan for the deployment of the school's teaching assistants, the mentor's observation of a staff "
  "meeting or training session led by the participant, a two-week log of how the participant had used "
  "SENCO time, and a closing reflection on CPD; an Enquiry Report of 5,000 words (P2); an Access "
  "Arrangements Audit of 1,500 words (P3), in which the participant reviewed how the school identified and "
  "put in place arrangements for national tests; and a Pupil Voice Project (P4), a short report on "
  "consulting a group of pupils with SEN about the provision made for them. To gain the Mereworth "
  "Certificate participants also had to attend at least 80% of the taught sessions.")
h2("2.3 The assessment-only candidate")
p("One candidate, an advisory teacher with the Council's Specialist Teaching Team who had coordinated SEN "
  "provision in two schools, followed an assessment-only route: she submitted P2 and P3 without attending "
  "the taught sessions, and both were passed at the Board in July 2008.")
h2("2.4 Needs analysis, selection and checks")
p("Before the pilot began, candidates completed a questionnaire about their experience and the areas they "
  "felt least confident in. The replies were collated into a single profile of the group, which the tutors "
  "used to adjust the balance of the sessions. SENCOs with more than three years in post were allowed to "
  "miss up to three sessions of their choice on the strength of their experience. Every candidate was "
  "interviewed by the programme leader, and the Council's Schools HR team confirmed directly to the "
  "programme leader that each candidate held a current enhanced CRB disclosure.")
h2("2.5 Governance")
p("A steering group of two headteachers, a parent governor from a Mereworth primary school, the Senior "
  "Adviser for SEN and the programme leader met each term to review the session evaluations and the "
  "tutors' reports, and it agreed two changes during the year (moving the January group's catch-up day, "
  "and adding a tutorial before the enquiry proposal was due).")

# --------------------------------------------------------------- 3
h1("3. Recruitment, retention and completion")
p("Twenty-three candidates were accepted, twenty-two on the taught route and one through assessment only. "
  "Twenty completed and were awarded the Mereworth Certificate; two withdrew (one on maternity leave, one "
  "because she gave up the SENCO role on moving school) and one deferred her enquiry to 2008-09.")
caption("Table 1: Enrolment and completion by phase, 2007-08")
table([
    ["Phase", "Enrolled", "Withdrew", "Deferred", "Completed", "Completion rate"],
    ["Primary", "14", "1", "1", "12", "86%"],
    ["Secondary", "6", "1", "0", "5", "83%"],
    ["Special school / PRU", "2", "0", "0", "2", "100%"],
    ["Assessment only", "1", "0", "0", "1", "100%"],
    ["Total", "23", "2", "1", "20", "87%"],
])
caption("Table 2: Completion by intake (taught route only)")
table([
    ["Intake", "Enrolled", "Completed", "Completion rate", "Mean P2 mark"],
    ["September 2007", "16", "14", "88%", "61"],
    ["January 2008", "6", "5", "83%", "54"],
])
p("The January group's lower enquiry marks were discussed at the Board. Tutors' view, which the external "
  "examiner shared, was that five months was too short a time to plan, carry out and write up an enquiry "
  "that needed a full term in school.")

# --------------------------------------------------------------- 4
h1("4. Participants' evaluation")
p("Every session was evaluated on a five-point scale (1 = of little use, 5 = extremely useful), and the "
  "online units were evaluated at the end of the year. Response rates were high for the taught sessions "
  "(between 17 and 21 returns) and lower for the online units.")
caption("Table 3: Mean evaluation scores, pilot sessions and units, 2007-08")
table([
    ["Session or unit", "Mean score", "Returns"],
    ["1 Law, policy and the SENCO", "4.2", "21"],
    ["2 Every Child Matters and the SENCO", "3.9", "20"],
    ["3 Child development and SEN", "2.7", "20"],
    ["4 Areas of need: SpLD, SLCN, MLD (Specialist Teaching Team)", "4.5", "21"],
    ["5 Areas of need: ASD and BESD (Educational Psychology Service)", "4.4", "19"],
    ["6 Pupil voice workshop", "2.4", "18"],
    ["7 Pupils and families; annual reviews", "4.1", "19"],
    ["8 Access arrangements for national tests", "3.6", "18"],
    ["9 Leading adults: teaching assistants and coaching", "4.3", "19"],
    ["10 Managing the SENCO role", "3.8", "17"],
    ["11 Self-evaluation and the SEF", "3.7", "17"],
    ["12 Exit review and next steps", "4.0", "20"],
    ["Visit to Brookfield Special School", "4.7", "20"],
    ["Enquiry supervision (tutorials)", "4.6", "19"],
    ["Online units 1-4 on MereLearn (mean of the four)", "2.5", "11"],
])
p("Only 41% of participants completed all four online units, and the comments on them were the most "
  "critical of the year. The two sessions rated lowest were the child development session, which most "
  "participants thought repeated their initial teacher training, and the pupil voice workshop, which they "
  "found too general to use. The Brookfield visit and the enquiry tutorials were the most valued parts of "
  "the course.")
quote("The online units felt like homework that nobody was ever going to look at.", "primary SENCO, September "
      "intake")
quote("Going round Brookfield with their SENCO changed the way I think about our own resourced provision.",
      "secondary SENCO")
quote("Child development was exactly what I did on my PGCE ten years ago.", "primary SENCO, January intake")
p("Participants also rated their confidence against the three groups of national outcomes on entry and "
  "again at the exit review, on a scale of 1 (not at all confident) to 5 (very confident).")
caption("Table 4: Participants' mean self-rated confidence on entry and at exit (n = 20)")
table([
    ["Outcome group", "On entry", "At exit", "Change"],
    ["Professional attributes", "2.6", "3.9", "+1.3"],
    ["Professional knowledge and understanding", "2.2", "3.8", "+1.6"],
    ["Professional skills", "2.1", "3.6", "+1.5"],
])

# --------------------------------------------------------------- 5
h1("5. The external examiner's report")
p("Dr Eluned Harcourt, Reader in Inclusive Education at Ashgrove University, was appointed external "
  "examiner for the pilot and for the first three years of the accredited programme. Her report for "
  "2007-08, received in September 2008, was positive about the enquiry reports and critical of the "
  "portfolio and of the consistency of marking. The main points were these.")
quote("The enquiry reports are the strength of the programme: most are genuinely rooted in the "
      "participant's school and several led to changes that the schools have kept.", "external examiner")
quote("Marking was not consistent between tutors. Two enquiry reports moved from a fail to a pass at "
      "moderation, and the comments on scripts varied widely in length and usefulness.", "external examiner")
quote("The pass/fail portfolio does not discriminate. Every portfolio passed, yet several contained little "
      "more than a deployment timetable and a one-line observation note.", "external examiner")
quote("Mentors' understanding of their role varied a great deal; in at least four schools the mentor had not "
      "observed the participant at all.", "external examiner")
p("She also recommended that the programme move to Level 7 and 60 credits to meet the national "
  "specification, and that more attention be given to partnership with parents. The programme team's "
  "response, agreed at the Programme Committee in October 2008, is built into Section 7.")

# --------------------------------------------------------------- 6
h1("6. The view of headteachers and the Council")
p("In October 2008 we sent a short questionnaire to the headteachers of all 58 Mereworth schools asking "
  "what they most needed their SENCO to be able to do; 37 replied. The survey was carried out once, to "
  "inform this report. The Council's 2008 review of SEN provision, which visited every school, was also "
  "taken into account: it found that only 9 of the 58 schools had a provision map that costed their SEN "
  "provision, and that teaching assistants were the main form of support for pupils at School Action Plus "
  "in almost every primary school.")
caption("Table 5: Headteachers' priorities for SENCO training (37 replies; more than one answer allowed)")
table([
    ["Priority", "Headteachers naming it"],
    ["Planning and costing provision (provision mapping)", "24"],
    ["Deploying and managing teaching assistants", "21"],
    ["Using data to track the progress of pupils with SEN", "18"],
    ["Working with parents, particularly at times of disagreement", "12"],
    ["Access arrangements for national tests", "9"],
])

# --------------------------------------------------------------- 7
h1("7. Changes for the accredited programme from September 2009")
p("This section sets out the programme that the University will run from September 2009. Table 6 "
  "summarises what happens to each feature of the pilot; the paragraphs that follow give the detail. "
  "Where a decision has still to be taken, the matter is marked 'under review' and carried into the action "
  "plan in Section 8.")
caption("Table 6: Features of the pilot and the decision for September 2009")
table([
    ["Pilot feature (2007-08)", "Decision for September 2009", "See"],
    ["30 credits at Level 6 (Mereworth Certificate)", "Replaced: PGCert, 60 credits at Level 7", "7.1"],
    ["Two intakes (September and January)", "Dropped: one September intake", "7.7"],
    ["Four online units on MereLearn", "Dropped: all teaching face to face", "7.7"],
    ["Group needs profile", "Replaced: individual learning plan for each participant", "7.5"],
    ["Experienced SENCOs excused up to three sessions", "Dropped; APEL under review", "7.5"],
    ["Assessment-only route", "Dropped", "7.5"],
    ["Reflective Portfolio (P1), pass/fail", "Dropped; return of parts as assessed tasks under review", "7.4"],
    ["Enquiry Report (P2)", "Continued, as task B1 (6,000 words)", "7.4"],
    ["Access arrangements session and audit (P3)", "Dropped; the Council's annual briefing instead", "7.3"],
    ["Pupil voice workshop and project (P4)", "Dropped", "7.3"],
    ["Child development session", "Dropped", "7.3"],
    ["Visit to Brookfield Special School", "Continued and extended to a full day", "7.8"],
    ["Peer support triads", "Continued", "7.3"],
    ["Steering group", "Dropped; stakeholders' part in evaluation under review", "7.9"],
    ["CRB confirmation by Schools HR", "Replaced: candidate's declaration", "7.6"],
    ["80% attendance requirement", "Dropped", "7.11"],
    ["Exit review and CPD targets", "Continued", "7.5"],
], widths=[6.5, 8, 1.5])

h2("7.1 Accreditation, level and structure")
p("The accredited programme was validated by the University of Coldharbour on 21 January 2009 as the "
  "Postgraduate Certificate in Special Educational Needs Coordination, a 60-credit award at Level 7 "
  "(Master's level) of the Framework for Higher Education Qualifications, subject to two conditions that "
  "have since been met. It has two 30-credit modules: Module A, The SENCO, Policy and the Learner "
  "(September to January), and Module B, Leading Provision (February to July). Teaching moves from the "
  "Teachers' Centre to the University's Lindley Building in Mereworth town centre. The 60 credits count in "
  "full towards the University's MA in Education (Inclusion).")
h2("7.2 Aims")
p("The aim of the accredited programme, as validated, is \u201cto develop the knowledge, skills and "
  "leadership of SENCOs so that pupils with special educational needs and/or disabilities in their "
  "schools make better progress in their learning and attainment\u201d. The pilot's second aim, which "
  "concerned the five Every Child Matters outcomes, has been absorbed into the content of session A-2 and "
  "no longer appears as a separate aim; the programme's learning outcomes and assessment criteria are "
  "written in terms of pupils' progress and attainment.")
h2("7.3 Content")
p("Table 7 lists the sessions from September 2009. Most of the pilot's content continues, reorganised "
  "into two modules; provision mapping is new, at the request of headteachers (Table 5).")
caption("Table 7: Taught sessions from September 2009")
table([
    ["Session", "Content", "Compared with the pilot"],
    ["A-1", "Law, policy and the SENCO: the Education (Special Educational Needs Coordinators) (England) "
     "Regulations 2008, the SEN Code of Practice (2001), the Education Act 1996 and SENDA 2001, statutory "
     "assessment and annual reviews", "Revised (2008 Regulations added)"],
    ["A-2", "Every Child Matters: the five outcomes, the CAF and the SENCO's part in them", "Continued"],
    ["A-3", "Disability equality and the school's SEN policy: the DDA as amended in 2005, the Disability "
     "Equality Duty and accessibility planning; working with the headteacher and governors on policy and "
     "resources; presenting to the governing body", "Revised"],
    ["A-4", "Areas of need I: specific learning difficulties including dyslexia, speech, language and "
     "communication needs, moderate learning difficulties (Specialist Teaching Team)", "Continued"],
    ["A-5", "Areas of need II: autistic spectrum disorders and behavioural, emotional and social "
     "difficulties (Educational Psychology Service)", "Continued"],
    ["A-6", "Identifying need: observation, data and assessment; using reports from psychologists, "
     "therapists and other professionals; setting targets and planning interventions; tracking progress "
     "with national curriculum tests, P scales and teacher assessment", "Revised"],
    ["A-7", "Pupils and families: building fair and constructive relationships with pupils and their parents "
     "or carers; advising parents; working in partnership with parents at annual reviews and in setting "
     "targets", "Continued"],
    ["B-1", "Self-evaluation and improvement: the SEF, evaluating provision with colleagues, the SENCO's "
     "contribution to improvement planning", "Continued"],
    ["B-2", "Provision mapping and management: planning and costing provision; finding provision that is "
     "missing or not working", "New"],
    ["B-3", "What the evidence says: research and inspection evidence on SEN; approaches, strategies and "
     "resources for teaching and learning, including ICT", "Revised"],
    ["B-4", "Leading adults: deploying and managing teaching assistants; observing colleagues and giving "
     "feedback; coaching; planning and leading staff training", "Continued"],
    ["B-5", "Managing the SENCO role: priorities, time and delegation; casework seminar on difficult "
     "decisions", "Continued"],
    ["B-6", "Working with other agencies: health, social care, the Connexions service and voluntary "
     "organisations; getting specialist support", "Continued"],
    ["B-7", "Exit review and CPD planning", "Continued"],
], widths=[1.5, 11, 3.5])
p("Three pilot sessions will not be repeated. The child development session (session 3 of the pilot) is "
  "dropped on the strength of the evaluation. The pupil voice workshop (session 6), the lowest-rated "
  "session of the year, will not run in 2009, and the Pupil Voice Project goes with it. The access "
  "arrangements session (session 8) is replaced by the Council's annual access arrangements briefing, run "
  "each March by the Assessment Team for all SENCOs in the borough; participants may attend it if they wish, "
  "but it is not part of the programme.")
p("The reading list has been rebuilt for 2009. It now includes the Bercow Review of services for children "
  "and young people with speech, language and communication needs (2008), Ofsted's report Inclusion: does "
  "it matter where pupils are taught? (2006), the Inclusion Development Programme materials on dyslexia and "
  "on speech, language and communication needs (2008), and the first report of the Deployment and Impact of "
  "Support Staff project (2008). Session B-3 is led by a researcher from the University's Autism Research "
  "Unit and works through recent research and inspection findings, including what they mean for the "
  "participants' own schools.")
p("The school-based enquiry, which participants valued most, continues as the core of Module B: each "
  "participant plans, leads and evaluates a change in the school's SEN provision over two terms, agreed "
  "beforehand with the headteacher, and the mentor confirms in writing that the change has taken place. "
  "Gap tasks in school between sessions continue as in the pilot. The peer support triads also continue, "
  "and from 2009 each triad runs a termly SENCO clinic in which two of its members visit the third "
  "member's school to advise on a problem that school has chosen.")
h2("7.4 Assessment")
caption("Table 8: Assessed tasks from September 2009")
table([
    ["Task", "Module", "Form", "Weighting", "What it assesses"],
    ["A1 Policy and Provision Audit", "A", "4,000 words", "50% of A",
     "The school's SEN policy and practice against the Code of Practice, the disability equality duties "
     "and the five ECM outcomes; an action plan agreed with the headteacher and presented to governors"],
    ["A2 Pupil Case File", "A", "3,000 words", "50% of A",
     "Identification and assessment of one pupil's needs, use of other professionals' reports, targets, "
     "interventions, tracking with national test and P scale data, the relationship with the pupil and "
     "family and liaison with the parents or carers"],
    ["B1 Enquiry Report", "B", "6,000 words", "80% of B",
     "The change led in school: provision map, research and specialist advice drawn on, critical "
     "evaluation of the approach and resources (including ICT), evaluation of provision with colleagues and "
     "its place in the school's self-evaluation, external agencies involved and how partnership with them "
     "was built"],
    ["B2 Presentation", "B", "20 minutes to a panel of the tutor and a headteacher", "20% of B",
     "Clarity of spoken presentation, response to questions, and how the participant secured the commitment "
     "of the headteacher and senior colleagues"],
], widths=[3, 1.3, 2.7, 1.8, 7.2], size=9)
p("The Reflective Portfolio is withdrawn. The external examiner's criticism was fair: a pass/fail "
  "collection that every participant passed told us little. Participants will still keep a reflective log, "
  "which they bring to tutorials and to the exit review, but it is formative and is not marked. Whether the "
  "staff deployment plan and the observed staff training session should return as assessed tasks in their "
  "own right, with marking criteria, is under review (Action 6). The casework seminar in B-5 continues to "
  "give participants feedback on their decisions, but it is not assessed. The pass mark for every task is "
  "50%.")
h2("7.5 Meeting individual needs")
p("The pilot's group profile is replaced by an individual learning plan for every participant. Before the "
  "course each participant rates his or her current practice against each national minimum outcome on the "
  "programme's self-assessment form, and the headteacher adds a short statement. At the induction tutorial "
  "in September the tutor and the participant agree a learning plan that names the outcomes the participant "
  "must give most attention to, the focus for gap tasks and the case file, and any optional workshops to "
  "attend; the plan is reviewed at the January tutorial and again before the enquiry proposal is approved.")
p("Participants may claim up to 20 credits of prior certificated learning at Level 7 against Module A under "
  "the University's APL regulations. The pilot's practice of excusing experienced SENCOs from sessions will "
  "not continue, since it gave no credit and no check on what was missed; whether the programme should offer "
  "accreditation of prior experiential learning is under review with the University's Registry (Action 4). "
  "The assessment-only route used by one candidate in the pilot will not be offered from September 2009, "
  "because the University's regulations for the PGCert do not allow credit to be awarded without "
  "registration on the modules.")
p("Three optional twilight workshops a year will be offered to any participant whose learning plan points "
  "to them. The fee for 2009-10 has not yet been set, and the Council's subsidy for SENCOs in its schools "
  "is under discussion (Action 5).")
p("The exit review continues unchanged: at the last session (B-7) each participant agrees two or three "
  "professional targets for the following year with the tutor, records them on the CPD planning sheet and "
  "takes them to the headteacher for the next performance management review. In the pilot 19 of the 20 "
  "completers did so.")
h2("7.6 Entry and checks")
p("Candidates must hold QTS, be in post as SENCO or have been designated to take up the role within the "
  "year, and send a statement of support from their headteacher. The pilot's interview continues and now "
  "uses the self-assessment form: the programme leader judges from it, and from examples of the candidate's "
  "practice, whether the candidate has enough knowledge and experience to meet every outcome by the end of "
  "the course. A candidate who is not yet ready is told in writing what to do first, usually the Council's "
  "introductory course for SENCOs, and with the candidate's agreement the programme leader discusses this "
  "with the headteacher.")
p("In the pilot the Council's Schools HR team confirmed each candidate's enhanced CRB disclosure. As the "
  "University will be the admitting body from 2009, this is replaced by a declaration on the application "
  "form in which the candidate gives the date and number of his or her current enhanced disclosure.")
h2("7.7 Access, equality and flexibility")
p("The pilot had no procedure for disability disclosure, and one participant with a hearing impairment told "
  "us of it only at the second session, after which the induction loop at the Teachers' Centre proved not to "
  "work. From 2009 the application form invites candidates to tell us about any disability and explains how "
  "the information will be used and who will see it. Every candidate who discloses a disability is offered a "
  "meeting with the University's Disability Advisory Service before the course starts, which agrees a "
  "learning support plan covering teaching and assessment (for example materials in an alternative format, "
  "extra time, a note-taker, or an alternative to the B2 presentation), and the programme leader makes sure "
  "that tutors and mentors know what has been agreed. The Lindley Building has step-free access, a working "
  "induction loop in every teaching room and accessible parking; the Brookfield visit is planned with each "
  "participant who needs adjustments.")
p("The January intake will not continue. From September 2009 there is one intake a year and Module A is "
  "taken before Module B. Participants who need more time may, with the programme leader's agreement, take "
  "up to two years to complete. The four online units on MereLearn are withdrawn: completion was low (Table "
  "3) and participants asked for the time to be spent face to face. All teaching from September 2009 will be "
  "face to face; there is no e-learning component.")
h2("7.8 Staff, mentors, placements and resources")
caption("Table 9: Programme team from September 2009")
table([
    ["Name", "Role", "Qualifications and experience"],
    ["Dr Callum Whitlow", "Programme leader; Module B leader", "PhD (inclusive education); SENCO in two "
     "Mereworth secondary schools 1996-2006; senior lecturer since 2006"],
    ["Mrs Bernadette Szabo", "Module A leader", "MA SEN; headteacher of Brookfield Special School 1999-2005; "
     "Senior Adviser for SEN, Mereworth MBC (current post)"],
    ["Dr Priya Lakhani-Moss", "Tutor (A-5, B-3)", "Chartered educational psychologist; lecturer in the "
     "University's Autism Research Unit, with continuing casework in Mereworth schools"],
    ["Mr Owen Treharne", "Tutor (A-4)", "AMBDA; leader of the Council's Specialist Teaching Team (current post)"],
], widths=[3.5, 4, 8.5])
p("Each tutor spends at least four days a year in Mereworth schools and attends at least one national SEN "
  "conference a year. All tutors receive the Programme Handbook and attend a standardisation day each July. "
  "Because the external examiner found mentors' understanding of their role so uneven, every mentor must "
  "from 2009 attend a half-day mentor training session in September, before the course starts, at which "
  "the Mentor Handbook is issued; it sets out what the mentor does at each stage (agreeing the enquiry with "
  "the participant and headteacher, observing the participant at work at least twice, and confirming that "
  "the change has taken place). Mentors who cannot attend are trained individually in school by the "
  "programme leader.")
p("Participants continue to meet a wide range of specialists: the Educational Psychology Service and the "
  "Specialist Teaching Team teach A-4 and A-5, and the Autism Research Unit leads B-3. The Brookfield visit "
  "is extended from a half-day to a full day with a structured observation schedule and a debrief with the "
  "school's leadership team, and a second placement, a half-day at the Language Resource Base at St Hilda's "
  "Primary School, is added for all participants in the spring term.")
p("Participants will have full access to the University library and its electronic journals. In the pilot "
  "they also used the Council's SEN Resource Centre at the Teachers' Centre, including its loan collection "
  "of assistive technology; whether that access can continue once teaching moves to the University is under "
  "review (Action 7).")
h2("7.9 Stakeholders")
p("The changes in this section owe a good deal to stakeholders. Provision mapping (B-2) was added because it "
  "was the headteachers' first priority (Table 5) and because the Council's review found so few schools with "
  "a costed provision map; the data and deployment content of A-6 and B-4 was strengthened for the same "
  "reason. The online units were withdrawn, and the January intake ended, because of what participants told "
  "us. The extended Brookfield visit and the St Hilda's half-day were agreed with the two schools' "
  "headteachers.")
p("The Educational Psychology Service and the Specialist Teaching Team will continue to teach on the "
  "programme, Brookfield and St Hilda's host the visits, and a Mereworth headteacher sits on each B2 "
  "presentation panel. The pilot steering group, which reviewed the evaluations each term, will not "
  "continue once the programme comes under the University's Programme Committee in 2009. How headteachers, "
  "parents and the Council will take part in evaluating the accredited programme is under review (Action "
  "11).")
h2("7.10 Quality assurance and evaluation")
p("The evaluation methods used in the pilot continue: an evaluation of every session, an end-of-module "
  "questionnaire, the confidence self-ratings on entry and at exit (Table 4), tutors' module reports, and "
  "the external examiner's annual report. All of these feed an annual monitoring report like this one, "
  "which goes to the Programme Committee and then to the Faculty's Quality Committee; its action plan is "
  "checked at the next year's report, and each new cohort is told at induction what has changed as a result "
  "of the last one's comments.")
p("In response to the external examiner, every assessed task will be double-marked in 2009-10. From "
  "2010-11 a quarter of the scripts for each task, and every fail and borderline script, will be "
  "second-marked. The module team meets to moderate the marks before each Examination Board, and the "
  "external examiner samples the work for every task and attends the Board.")
p("We would like to find a way of gathering evidence of the programme's effect on the progress of pupils "
  "in participants' schools, and will consider how this might be done during 2009-10 (Action 12).")
h2("7.11 Completion and the award")
p("To be awarded the PGCert a participant must pass all four assessed tasks (A1, A2, B1 and B2). The "
  "pilot's requirement of 80% attendance is dropped, since attendance is not evidence of what a "
  "participant can do. Appendix A shows how the programme from September 2009 relates to the national "
  "minimum outcomes.")

# --------------------------------------------------------------- 8
h1("8. Action plan")
table([
    ["No.", "Action", "Owner", "By", "Status"],
    ["1", "Submit the application for TDA approval", "CW", "Feb 2009", "Done"],
    ["2", "Complete the rebuilt reading list and place orders with the library", "CW", "Jun 2009",
     "In progress"],
    ["3", "Write the Mentor Handbook; book the September mentor training", "BS", "Jul 2009", "In progress"],
    ["4", "Decide with Registry whether to offer APEL", "CW / Registry", "Jun 2009", "Under review"],
    ["5", "Set the 2009-10 fee; agree the Council subsidy", "Head of CPLE / MBC", "Apr 2009", "Open"],
    ["6", "Decide whether the deployment plan and observed staff training return as assessed tasks",
     "Programme team", "Jun 2009", "Under review"],
    ["7", "Agree continued access to the SEN Resource Centre's assistive technology loan collection", "BS",
     "May 2009", "Under review"],
    ["8", "Confirm the Brookfield full day and the St Hilda's half-day", "BS", "Jul 2009", "Agreed"],
    ["9", "Explore a further session with the Parent Partnership Service", "BS", "Jun 2009", "Open"],
    ["10", "Add the disability disclosure wording to the application form", "Registry", "Apr 2009", "Done"],
    ["11", "Agree how headteachers, parents and the Council take part in evaluation", "CW / BS", "Sep 2009",
     "Under review"],
    ["12", "Consider how to gather evidence of pupils' progress across the cohort", "CW", "2009-10",
     "Not started"],
], widths=[1, 8, 3, 2, 2])

# --------------------------------------------------------------- Appendix A (landscape)
sec = doc.add_section()
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
h1("Appendix A: The national minimum outcomes and the programme from September 2009")
p("Session codes are those of Table 7 and task codes those of Table 8. The last column records where the "
  "pilot addressed each outcome and is kept for reference only.", italic=True)
D = "\u2014"
rows = [
    ["National minimum outcome (summary)", "Developed from Sept 2009", "Assessed from Sept 2009",
     "Pilot 2007-08 (for reference only)"],
    ["Professional attributes", "", "", ""],
    ["Relationships with pupils and their parents or carers", "A-7", "A2", "Session 7"],
    ["Gaining the commitment of colleagues, headteacher and senior leaders", "A-3, B-4", "B2", "Session 9"],
    ["Prioritising, managing time, delegating", "B-5", D, "Session 10; P1 time log"],
    ["Anticipating and resolving problems; sound judgement on provision", "B-5 (casework seminar)",
     D + " (seminar feedback is formative)", "Session 10"],
    ["Clear expression in speech and writing; listening to others", "A-3 (presenting to governors); triads",
     "B2; all written tasks", "P2"],
    ["Drawing on research and external advice", "B-3", "B1", "P2"],
    ["Keeping up to date; own CPD", "B-7", "Reflective log (formative, not marked)", "Session 12; P1 reflection"],
    ["Professional knowledge and understanding", "", "", ""],
    ["SEN law and the Code of Practice", "A-1", "A1", "Session 1"],
    ["Every Child Matters and the SENCO", "A-2", "A1", "Session 2"],
    ["Disability equality law", "A-3", "A1", "Session 1"],
    ["Child development", D, D, "Session 3 (not repeated)"],
    ["Common types of SEN and disability", "A-4, A-5", "A2", "Sessions 4, 5"],
    ["Approaches, strategies and resources, including ICT", "B-3", "B1", "Online unit 3"],
    ["School self-evaluation and improvement", "B-1", "B1", "Session 11"],
    ["Best practice and research", "B-3", "B1", "P2"],
    ["External agencies and specialist support", "B-6", "B1", "Online unit 4"],
    ["Professional skills", "", "", ""],
    ["Strategic development with senior colleagues and governors", "A-3", "A1", "Session 11"],
    ["Identifying needs, targets, interventions, reviewing progress", "A-6", "A2", "P2"],
    ["Using assessments from other professionals", "A-6", "A2", "Sessions 4, 5"],
    ["Summative assessment and national tests to track progress", "A-6", "A2", "Online unit 2"],
    ["Special arrangements for national tests and examinations",
     "Council briefing (optional; not part of the programme)", D, "Session 8; P3 (pilot only)"],
    ["Provision mapping and management", "B-2", "B1", D],
    ["Deploying and managing staff", "B-4", D + " (under review, Action 6)", "Session 9; P1 deployment plan"],
    ["Supporting colleagues' professional development", "B-4", D + " (under review, Action 6)",
     "Session 9; P1 observation"],
    ["Reviewing and evaluating provision with other staff", "B-1", "B1", "Session 11"],
    ["Involving pupils in planning and reviewing their provision", D, D,
     "Session 6; P4 Pupil Voice Project (pilot only)"],
    ["Liaising with parents and carers", "A-7", "A2", "Session 7"],
    ["Partnership with other services and voluntary organisations", "B-6", "B1", "Online unit 4"],
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
widths = [9, 5.5, 5.5, 5.5]
for i, row in enumerate(rows):
    group = row[1] == "" and i > 0
    if group:
        c = t.rows[i].cells[0].merge(t.rows[i].cells[3])
        c.text = ""
        r = c.paragraphs[0].add_run(row[0])
        r.bold = True
        r.font.size = Pt(9.5)
        shade(c, "EDEDED")
        continue
    for j, val in enumerate(row):
        cell = t.rows[i].cells[j]
        cell.text = ""
        r = cell.paragraphs[0].add_run(val)
        r.font.size = Pt(9.5)
        if i == 0:
            r.bold = True
            shade(cell, "D9E2F3")
        if j == 3 and i > 0:
            r.italic = True
        cell.width = Cm(widths[j])
p("")
p("Every national minimum outcome is covered by the programme from September 2009.")

doc.save(OUT)
print("wrote", OUT)
