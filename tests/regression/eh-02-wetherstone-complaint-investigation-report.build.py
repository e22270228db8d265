"""Build eh-02-wetherstone-complaint-investigation-report.docx (blind test application).

KIND OF DOCUMENT
  A council's Stage 2 complaint investigation report, with the service's
  response added. An independent investigating officer looked into a new
  SENCO's complaint about how her application for a place on the programme
  was handled. To do so she examined every part of the programme, from
  admission to award. The partnership sends the redacted report, with a
  covering letter, as its application. It is the kind of document a council
  service really produces under its complaints procedure: a cover sheet, the
  points of complaint, the method, the background, a chronology, findings
  point by point ("What Ms K said", "What I found", "Conclusion: Upheld /
  Partly upheld / Not upheld"), recommendations, and the service's response
  to each ("Accepted", "Accepted in part", "Accepted in principle", "Not
  accepted").

PROVIDER (invented)
  Wetherstone Metropolitan Borough Council, Children's Services, Behaviour,
  Attendance and Reintegration Service (BARS). It runs the Beckside Centre
  (the borough's pupil referral unit, KS3 and KS4) and an Inclusion Outreach
  Team. It works with Marrington University, School of Education and Social
  Inclusion. The award is a Postgraduate Certificate in Inclusive Practice
  (SEN Coordination), 60 credits at Level 7, with modules MIP701 and MIP702.
  The first cohort started in January 2009. People: Dr Rachel Anand (Head of
  BARS), Neil Cattermole (programme leader, University), Sunita Baines (senior
  outreach teacher), Gillian Thwaite (independent investigating officer),
  "Ms K" (the complainant, redacted).

LAYOUT
  A covering letter; a cover-sheet table; numbered paragraphs typed by hand
  (1.1 ... 5.10) that collide with requirement ids, under bold typed headings
  with no heading styles; a chronology table; nine findings with bold run-in
  labels; a recommendations table (R1-R10); a response table; Appendix 1 (the
  session list, version 3); Appendix 2 (the assignments, the outcome map
  VERSION 2 "as examined", and a table of the changes made in version 3);
  Appendix 3 (documents examined). Redactions ("[redacted]", block
  characters). Real Word footnotes (a footnotes part): one carries the
  moderation arrangements (5.8), one the APL regulation. Real tracked changes
  (w:ins / w:del). Three Word comments. A page header ("RESTRICTED") and a
  footer.

TRAPS (requirement ids affected)
  - 3.3 not_applicable. The only online element is a deleted tracked change
    ("An online version of the session materials..."). The kept text says
    "The programme has no online or distance element".
  - 5.3 met. Ms K complains about the checks (the complaint is not upheld). The
    renewal rule for old disclosures, or for applicants who have not recently
    worked with children, is an inserted tracked change, which is part of the
    submission.
  - 5.7 not_met. Para 5.10 finds no written description of tutors' or mentors'
    roles. The response to R7 once said "Accepted. Role descriptions and a
    mentor guide will be issued...", but that text is a deleted tracked
    change. The inserted text is "Accepted in principle. The Steering Group
    will consider how best to take this forward."
  - 3.1 partially_met. Point 2 is upheld (no procedure existed). The R2
    response is "Accepted in part": a disclosure question and adjustments at
    interview and in sessions, but assessment is left "a matter for the
    University's own procedures". The assessment arrangements appear only in
    a Word comment (not part of the submission).
  - 2.3 not_met. Another authority's route (Kirkbride) is the wrong context.
    The investigator quotes the specification's expectation, and the R4
    response is "Not accepted for 2009-10".
  - 3.2 partially_met. There is one intake, Thursday daytimes, in a fixed
    order (only MIP702 may be deferred). The twilight route in R5 is
    conditional ("Subject to at least 12 applicants").
  - 2.1 partially_met. APCL up to 30 credits within five years, but "The
    programme does not accredit experiential learning".
  - 2.4 partially_met. Para 5.8.3: apart from the tutorials, the placement and
    the case-study focus, everyone follows the same sessions in the same
    order.
  - 4.3 partially_met. Stakeholders deliver (Beckside Voice, Parent
    Partnership, EPs, heads as mentors), but the Steering Group is the
    partners only, and R8 is "Accepted in principle" (a discussion "at its
    June meeting").
  - 5.1 partially_met. Evaluation of the pilot is internal. University
    monitoring "will apply from 2009-10", and the external examiner "will" be
    appointed.
  - 5.9 partially_met. The Starting Audit is repeated (confidence) and the
    case study describes the pupil's progress. Tracking pupils' attendance and
    exclusions is only wished for ("we have no data-sharing agreement").
  - 1.7, 6.S8, 6.A1 partially_met. The parents' session is an optional
    twilight, and Assignment 2 meets parents only "where possible".
  - 1.9, 6.0 partially_met. The Head of Service's closing statement claims
    "every one of the national minimum outcomes" is assessed. The award rule
    is three assignments plus attendance at 8 of 10 sessions, and the outcome
    map shows gaps.
  - Criterion 6 must be read as version 2 plus the version 3 changes:
      6.K3 met (v2 "-", v3 adds the accessibility plan to Assignment 1);
      6.S2c not_met (v2 assessed it in Assignment 2, but v3 removes Session
      7b and deletes the row); 6.S6 partially_met (v3 moves it from
      Assignment 3 to the unassessed journal);
      6.K7 not_met (no row in either version, no session; noted in 5.10).
    Taught but not assessed: 6.A3, 6.A7 (journal), 6.K2, 6.K4, 6.S2b ("-"),
    6.S2d ("secondary participants only").
  - Met though placed oddly: 5.8 (the moderation detail is in a footnote),
    5.2 (in the finding on point 1), 2.2 (in the finding on point 8), 4.1 and
    4.2 (in 3.10, cross-referenced from point 9), 1.3 (in the finding on
    point 6), 2.5 (Appendix 1, Session 10).
"""
import os

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eh-02-wetherstone-complaint-investigation-report.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(2.5)
    s.header.paragraphs[0].text = (
        "RESTRICTED - Stage 2 complaint CS2/09/0147 - redacted copy for external circulation")
    s.footer.paragraphs[0].text = (
        "Wetherstone MBC Customer Relations Team | Stage 2 Investigation Report | "
        "This report is confidential to the parties named on the cover sheet")

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_rev = [1]
_footnotes = []


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def heading(text):
    """Typed bold capitalised heading in a Normal paragraph (no heading style)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    return p


def np(num, text):
    """Hand-numbered paragraph: '5.3<TAB>text'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(f"{num}\t")
    p.add_run(text)
    return p


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def ins(p, text, author="Rachel Anand", date="2009-04-16T09:40:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author="Rachel Anand", date="2009-04-16T09:42:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="{_rev[0]}" w:author="{author}" w:date="{date}">'
        f'<w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>'))


def footnote(p, text):
    _footnotes.append(text)
    fid = len(_footnotes)
    p._p.append(parse_xml(
        f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(header, rows, widths=None, fill="D9E2F3"):
    t = doc.add_table(rows=1 if header else 0, cols=len(widths) if widths else len(header))
    t.style = doc.styles["Table Grid"]
    if header:
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ covering letter
para("Wetherstone Metropolitan Borough Council", bold=True, size=12)
para("Children's Services - Behaviour, Attendance and Reintegration Service (BARS)")
para("Beckside Centre, Mill Lane, Wetherstone")
para("20 April 2009")
para("SENCO Training Approvals, Training and Development Agency for Schools")
para("Dear Colleagues,")
para("Application for approval: Postgraduate Certificate in Inclusive Practice (SEN Coordination)",
     bold=True)
p = para("Wetherstone's Behaviour, Attendance and Reintegration Service and Marrington University "
         "apply jointly for approval to offer nationally accredited training for SENCOs. As our "
         "application we enclose the report of the independent Stage 2 investigation into a "
         "complaint about our programme, completed on 27 March 2009, with the Service's response "
         "(section 7).")
c_consent = p.add_run(" The complainant has agreed to the report being shared in this redacted form.")
para("We have done this for two reasons. The investigating officer examined every part of the "
     "programme, from admission to award, against our own documents. Her account is more "
     "complete, and more candid, than anything we would have written about ourselves. And the "
     "response shows what we have changed as a result. We have not altered the report. Our "
     "response was updated on 16 April.")
para("Yours faithfully,")
para("Dr Rachel Anand, Head of Behaviour, Attendance and Reintegration Service")
para("Neil Cattermole, Programme Leader, School of Education and Social Inclusion, Marrington University")
doc.add_page_break()

# ------------------------------------------------------------------ cover sheet
para("STAGE 2 COMPLAINT INVESTIGATION REPORT", bold=True, size=16)
table(None, [
    ["Reference", "CS2/09/0147"],
    ["Complainant", "Ms K (name withheld)"],
    ["Service complained about", "Behaviour, Attendance and Reintegration Service (BARS), Children's Services"],
    ["Matter", "Application for a place on the Postgraduate Certificate in Inclusive Practice (SEN "
               "Coordination), January 2009 cohort"],
    ["Investigating Officer", "Gillian Thwaite, independent investigator commissioned by the Customer "
                              "Relations Team"],
    ["Adjudicating Officer", "Director of Children's Services"],
    ["Date of report", "27 March 2009"],
    ["Service response added", "6 April 2009 (updated 16 April 2009)"],
], widths=[5.0, 11.0])

# ------------------------------------------------------------------ 1 summary
heading("1. Summary")
np("1.1", "Ms K is the SENCO at [redacted] Primary School, a post she took up in September 2008. In "
          "October 2008 she applied for a place on the first cohort of the Postgraduate Certificate "
          "in Inclusive Practice (SEN Coordination), which BARS runs with Marrington University. She "
          "was offered a place on the September 2009 cohort instead. She complained on 9 January "
          "2009, was not satisfied with the Stage 1 response of 23 January, and asked for a Stage 2 "
          "investigation on 2 February.")
np("1.2", "Ms K made nine points of complaint. I have upheld one (point 2), partly upheld three "
          "(points 1, 5 and 8) and not upheld five (points 3, 4, 6, 7 and 9). I make ten "
          "recommendations (section 6).")
np("1.3", "Everyone I interviewed co-operated fully. Ms K told me she complained \"so that the next "
          "SENCO doesn't have the same experience\", and I have written this report with that in mind.")

# ------------------------------------------------------------------ 2 investigation
heading("2. The investigation")
np("2.1", "I was appointed on 5 February 2009 under Stage 2 of the Council's Comments, Compliments "
          "and Complaints Procedure. I am not employed by Children's Services and had no previous "
          "involvement with BARS.")
np("2.2", "I interviewed Ms K (twice); her headteacher; Dr Rachel Anand, Head of BARS; Mr Neil "
          "Cattermole, Programme Leader at Marrington University; Mrs Sunita Baines, Senior Outreach "
          "Teacher, who sat on the interview panel; and the Programme Administrator, "
          "\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588. I spoke by telephone to the University's "
          "Academic Registrar.")
np("2.3", "I examined the documents listed in Appendix 3. Where this report describes how the "
          "programme works, it describes what I found in those documents and confirmed at interview, "
          "as the programme stood on the date of this report. Where the Service has since changed "
          "something, its response in section 7 says so.")
np("2.4", "Ms K referred in several points to the TDA's draft specification for nationally "
          "accredited SENCO training (2008), so I read it. It is not my role to decide whether the "
          "programme meets it.")

# ------------------------------------------------------------------ 3 background
heading("3. Background: the Service and the programme")
np("3.1", "BARS is part of Wetherstone's Children's Services. It runs the Beckside Centre, the "
          "borough's pupil referral unit, with 64 places at Key Stages 3 and 4. It also has an "
          "Inclusion Outreach Team of eleven behaviour support teachers and six attendance and "
          "welfare officers, which works with every school in the borough. The Service has run "
          "SENCO induction twilights since 2003. They are not accredited and are not the subject "
          "of this complaint.")
np("3.2", "In 2008 BARS and Marrington University's School of Education and Social Inclusion "
          "developed the Postgraduate Certificate in Inclusive Practice (SEN Coordination). The "
          "University validated it in November 2008 as a 60-credit award at Level 7 (Master's "
          "level), made up of two 30-credit modules: MIP701 Knowing the Learner and MIP702 Leading "
          "Inclusive Provision. The University confers the award. The January 2009 cohort of 14 "
          "participants is the first. The partners intend it to be the borough's route to the "
          "national award for new SENCOs, subject to the TDA's approval.")
p = np("3.3", "The programme's stated aim is \"to improve the achievement and well-being of children "
              "and young people with SEN and/or disabilities in Wetherstone's schools, across all "
              "five Every Child Matters outcomes, by developing SENCOs who can lead provision for "
              "them\".")
footnote(p, "Programme Handbook, version 2 (January 2009), section 1.")
p.add_run(" Dr Anand told me that the Service judges the programme by what happens for pupils: \"We "
          "see the pupils who fall through. We want fewer of them.\" Each assignment is set in the "
          "participant's own school. It asks for a change in practice there and for an account of "
          "its effect.")
p = np("3.4", "The taught programme is ten Thursday sessions (9.15 to 3.30) in the training suite at "
              "the Beckside Centre, from January to December, in a fixed order. There are also two "
              "placement days and three individual tutorials. Appendix 1 lists the sessions. There "
              "is one optional twilight session on working with parents and carers, run by the "
              "Parent Partnership Service. ")
dele(p, "An online version of the session materials will be available on the University's VLE from "
        "September 2009, so that participants can catch up on a missed session. ")
anchor_online = p.add_run("The programme has no online or distance element; handouts are e-mailed "
                          "after each session.")
np("3.5", "Placements. Every participant spends two days on placement, arranged by the Service. One "
          "day is at the Beckside Centre, shadowing the reintegration team and attending the "
          "borough's Inclusion Panel. The other is chosen from Ashlar Street School (severe and "
          "profound learning difficulties), the Fieldgate Primary ASD base and the Sensory Support "
          "Service. Specialists teach in the sessions: educational psychologists, the speech and "
          "language therapy service, a CAMHS primary mental health worker, the Youth Offending Team "
          "and the Sensory Support Service.")
np("3.6", "Resources. Participants use the resource library in the Beckside training suite. It "
          "holds SEN, behaviour and attendance texts and assessment materials, including the Boxall "
          "Profile, the British Picture Vocabulary Scale, the Strengths and Difficulties "
          "Questionnaire and standardised reading tests. They also use its ICT suite, which has "
          "Clicker 5, Dragon NaturallySpeaking and Widgit symbol software. They may borrow "
          "equipment from the Council's assistive technology loan bank, and they have University "
          "library and e-journal access from enrolment.")
p = np("3.7", "Assessment. There are three assignments and a professional learning journal, described "
              "in Appendix 2. Assignments are first marked by the participant's tutor and moderated "
              "by the University.")
footnote(p, "Assessment Regulations for the programme, section 4: blind second marking by a University "
            "tutor of one in three scripts for every assignment, and of all fails and all marks of "
            "70% or above; a standardisation meeting of all markers before each marking round, "
            "using exemplar scripts from the Master's programme; agreed marks confirmed by the "
            "University's Board of Examiners.")
p.add_run(" The University's Board of Examiners confers the award on participants who have passed "
          "all three assignments at 50% or more and attended at least eight of the ten sessions. "
          "The journal is not assessed.")
np("3.8", "Staff. The programme is taught by:")
table(["Name", "Role", "Background"], [
    ["Neil Cattermole", "Programme Leader; tutor",
     "Senior Lecturer in SEN, Marrington University; SENCO in two primary schools for ten years; MA "
     "in Special and Inclusive Education; external examiner for another university's SEN "
     "certificate."],
    ["Dr Rachel Anand", "Head of BARS; Sessions 1 and 4",
     "Former headteacher of a PRU; EdD (2006) on the reintegration of excluded pupils; member of "
     "the borough's Behaviour and Attendance Partnership."],
    ["Sunita Baines", "Tutor; Sessions 5 and 7",
     "Senior Outreach Teacher, BARS; former secondary SENCO; specialist teacher of pupils with "
     "dyslexia (AMBDA); trains JCQ access arrangements assessors in the borough."],
    ["Dr Owen Phelps", "Sessions 5 and 8",
     "Principal Educational Psychologist, Wetherstone; research on language difficulties and "
     "exclusion."],
    ["Helen Rudd", "Parents' twilight session",
     "Parent Partnership Officer, Wetherstone; twelve years' work with families of children with SEN."],
], widths=[3.3, 4.0, 8.7])
np("3.9", "Governance and evaluation. A Steering Group of Dr Anand, Mr Cattermole and the Council's "
          "SEN Manager oversees the programme and meets termly. For the pilot cohort it evaluates "
          "the programme using session evaluation forms, an end-of-module questionnaire and the "
          "tutors' review of the journals. The University's annual programme monitoring will apply "
          "from 2009-10, and the University will appoint an external examiner before the first "
          "Board of Examiners in December 2009. Participants repeat the Starting Audit at the end of "
          "the programme, so that the change in their confidence can be seen. Dr Anand told me the "
          "Service would like to track attendance and exclusions for pupils with SEN in participants' "
          "schools, \"but we have no data-sharing agreement with schools yet to let us do it\".")
np("3.10", "How the programme was designed. In May and June 2008 BARS surveyed all 94 SENCOs in the "
           "borough (67 replied) and held two focus groups. In July 2008 the Headteachers' Inclusion "
           "Forum discussed the draft. The Service showed me the survey report and the Forum's "
           "notes. The needs most often named were dyslexia and literacy difficulties (71%), pupils "
           "at risk of exclusion (66%), working with parents (49%) and finding time for the role "
           "(47%). The programme changed as a result. The session on specific learning "
           "difficulties was added and given a full day. The special school placement was added at "
           "the heads' request. Thursdays were chosen to avoid the SENCO cluster meetings. The "
           "optional parents' twilight was added after the Parent Partnership Service asked for it.")

# ------------------------------------------------------------------ 4 chronology
heading("4. Chronology")
table(["Date", "Event"], [
    ["17 Sep 2008", "Programme leaflet sent to all schools."],
    ["10 Oct 2008", "Ms K applies, with her head's nomination form."],
    ["28 Oct 2008", "Ms K e-mails the Programme Administrator: she is dyslexic and asks for the "
                    "interview questions in advance and extra time for the Starting Audit. No reply."],
    ["4 Nov 2008", "Interview with Mr Cattermole and Mrs Baines. Ms K shows her CRB disclosure."],
    ["12 Nov 2008", "Letter offering a place on the September 2009 cohort, with guidance."],
    ["20 Nov 2008", "Ms K asks for her 2001 Master's credits to count. Refused in writing, 1 Dec 2008."],
    ["9 Jan 2009", "Stage 1 complaint."],
    ["23 Jan 2009", "Stage 1 response from the Head of BARS."],
    ["2 Feb 2009", "Stage 2 requested. Investigating Officer appointed 5 Feb 2009."],
    ["19 Mar 2009", "Steering Group approves version 3 of the outcome map."],
    ["27 Mar 2009", "This report."],
], widths=[3.0, 13.0])

# ------------------------------------------------------------------ 5 findings
heading("5. Findings")
para("Point 1: entry requirements", bold=True)
runin("What Ms K said.", "She was told she could not join the January cohort because she had been a "
      "SENCO for only one term. The leaflet said nothing about this, and she believes the rule was "
      "made up for her.")
p = np("5.1.1", "The Admissions Procedure predates her application.")
footnote(p, "BARS, Admissions Procedure for the Postgraduate Certificate in Inclusive Practice, v1.2, "
            "September 2008.")
p.add_run(" It sets out the entry requirements: qualified teacher status; appointment as SENCO in a "
          "Wetherstone school, or designation by the head to take up the role within the year; a "
          "nomination form from the head that confirms release and names a mentor from the senior "
          "leadership team; and normally two terms' experience in the role, or substantial previous "
          "SEN experience. Every applicant completes the Starting Audit and has a 30-minute "
          "interview with the Programme Leader and a senior outreach teacher. The panel decides "
          "whether the applicant is likely to meet all the outcomes by the end of the programme. "
          "Applicants who are not yet ready are offered a place on a later cohort. They receive a "
          "letter explaining what to do first (usually the Service's SENCO Foundation twilights and "
          "a term in the SENCO Network), and the Programme Leader telephones the head.")
np("5.1.2", "That is what happened to Ms K. Her letter of 12 November and a note of Mr Cattermole's "
            "call to her head are on file. But the leaflet mentioned only qualified teacher status "
            "and the head's nomination.")
runin("Conclusion.", "Partly upheld. The decision followed the procedure, but the requirements had not "
      "been published.")

para("Point 2: adjustments for dyslexia", bold=True)
runin("What Ms K said.", "She told the Service she is dyslexic and asked for the interview questions "
      "in advance and for extra time on the Starting Audit. Nobody replied, and at the interview she "
      "was asked to complete part of the audit in the room.")
p = np("5.2.1", "Her e-mail of 28 October was received but not answered: the Programme Administrator "
                "was on leave and the inbox was not covered. The application form had no question "
                "about disability or adjustments, and there was no procedure for handling a request. "
                "Mr Cattermole said he would have agreed at once had he known.")
runin("Conclusion.", "Upheld.")

para("Point 3: prior learning", bold=True)
runin("What Ms K said.", "She has 30 Master's-level credits from a module on dyslexia that she "
      "completed in 2001, and she asked for them to count. She was refused.")
p = np("5.3.1", "The University allows accreditation of prior certificated learning of up to 30 "
                "credits (the whole of MIP701) for Level 7 credit gained in the last five years and "
                "mapped against the module outcomes.")
footnote(p, "Marrington University, Regulations for Taught Postgraduate Awards, regulation 11.")
p.add_run(" Ms K's credits were gained more than five years ago. The programme does not accredit "
          "experiential learning, so her experience since then could not be counted either. The "
          "refusal applied the rule correctly and was explained in writing.")
runin("Conclusion.", "Not upheld.")

para("Point 4: assessment without the course", bold=True)
runin("What Ms K said.", "A colleague in Kirkbride was told she could be assessed for the national "
      "award without taking a course. Ms K asked for the same and was told no.")
np("5.4.1", "I cannot comment on what happens in another authority. Mr Cattermole told Ms K, "
            "accurately, that the Wetherstone programme has no route by which a candidate is "
            "assessed without taking the programme. The TDA's specification says that \"in "
            "exceptional circumstances, suitably experienced candidates will be able to present "
            "themselves for assessment against the programme outcomes through an 'assessment-only' "
            "route\". I recommend that the Service consider one (R4).")
runin("Conclusion.", "Not upheld.")

para("Point 5: days, times and place", bold=True)
runin("What Ms K said.", "She works three days a week. All the sessions are on Thursdays, in the "
      "daytime, at the Beckside Centre, with no evening or online option, so she would have to "
      "change her working days.")
np("5.5.1", "Her description is accurate. There is one intake a year, in January. All ten sessions "
            "are on Thursday daytimes, in a fixed order. The only flexibility is that a participant "
            "may take MIP702 with the following cohort.")
runin("Conclusion.", "Partly upheld. The arrangement was made for good reasons (paragraph 3.10), but "
      "it takes no account of part-time SENCOs.")

para("Point 6: \"all about behaviour\"", bold=True)
runin("What Ms K said.", "Because the programme is run by a behaviour service, it will be \"all about "
      "behaviour\" and will not help her with pupils who have dyslexia, language difficulties or autism.")
np("5.6.1", "The programme is wider than Ms K was led to believe. Sessions 4 and 5 cover the main "
            "areas of need: behavioural, emotional and social difficulties; specific learning "
            "difficulties including dyslexia; speech, language and communication needs; autistic "
            "spectrum disorders; and moderate learning difficulties. Session 5 is led with the "
            "Educational Psychology Service and the speech and language therapy service. Assignment "
            "2 assesses the participant's knowledge of the main types of need (Appendix 2).")
np("5.6.2", "The session materials I examined draw on current research and inspection evidence. "
            "They include the Bercow Review of services for children with speech, language and "
            "communication needs (2008); Ofsted's Inclusion: does it matter where pupils are taught? "
            "(2006); the Steer Report, Learning Behaviour (2005); Back on Track (DCSF, 2008); and the "
            "Inclusion Development Programme materials on dyslexia and on speech, language and "
            "communication needs (2008). The leaflet, however, said almost nothing about content.")
runin("Conclusion.", "Not upheld.")

para("Point 7: checks at interview", bold=True)
runin("What Ms K said.", "She was asked to bring her CRB disclosure to the interview, and her head "
      "was asked for a reference about her conduct. She felt she was being treated as a suspect.")
p = np("5.7.1", "The Admissions Procedure requires these checks for every applicant. They follow "
                "chapter 4 of Safeguarding Children and Safer Recruitment in Education (DfES, 2006). "
                "The panel sees the original enhanced CRB disclosure and records its number and date. ")
ins(p, "Where the disclosure is more than three years old, or the applicant has not worked in a "
       "school or other post with regular contact with children in the last three months, a new "
       "enhanced disclosure through the Council's HR service is required before the programme "
       "starts. ")
p.add_run("The head's nomination form includes a reference. It confirms that there are no concerns "
          "about the applicant's conduct and no outstanding disciplinary matters, and that the school "
          "has checked that the applicant is not barred from working with children. Every applicant "
          "is treated the same way.")
runin("Conclusion.", "Not upheld.")

para("Point 8: the Starting Audit", bold=True)
runin("What Ms K said.", "She was told the Starting Audit was \"to help plan your course\", but it was "
      "used at the interview to decide that she was not ready.")
np("5.8.1", "The Starting Audit asks applicants to rate themselves against each of the national "
            "minimum outcomes and to give an example for each. It has two purposes. At interview it "
            "helps the panel to judge readiness. After admission it is the basis of the "
            "participant's Individual Learning Plan (ILP). At the first tutorial, within four weeks "
            "of the start, the tutor and the participant agree up to five personal outcomes from the "
            "audit. For each one they record what the participant will do: reading, the choice of "
            "second placement, the focus of the case study, and the mentor's support. The ILP is "
            "reviewed at the second and third tutorials. I saw the ILPs of the January cohort.")
np("5.8.2", "The guidance sent to Ms K mentioned only the second purpose.")
np("5.8.3", "I also note that the audit changes less than participants may expect. Apart from the "
            "tutorials, the second placement and the focus of the case study, every participant "
            "follows the same ten sessions in the same order, whatever their experience.")
runin("Conclusion.", "Partly upheld.")

para("Point 9: consultation", bold=True)
runin("What Ms K said.", "Nobody asked SENCOs what they needed from the programme.")
np("5.9.1", "The Service did consult SENCOs and heads (paragraph 3.10). Ms K was not in post at the "
            "time.")
runin("Conclusion.", "Not upheld.")

para("Other matters arising", bold=True)
np("5.10", "Three other matters came to light during the investigation. First, there is no written "
           "description of what tutors or school mentors are to do. Ms K's head, who has agreed to "
           "mentor another participant, told me she did not know what was expected of her, and the "
           "tutors have had no briefing beyond their own teaching plans. Second, the programme's "
           "partners are the only members of the Steering Group. Schools, parents and young people "
           "take part in teaching: Beckside Voice, the Centre's school council, co-leads Session 6, "
           "the Parent Partnership runs the parents' twilight, and heads nominate mentors. But they "
           "have no part in evaluating the programme. Third, because point 6 turned on what the "
           "programme covers, I read the outcome map. Version 2, which was current when Ms K "
           "applied, showed disability equality law as taught but not assessed, and had no row at "
           "all for school self-evaluation. I raised this with the Steering Group.")

# ------------------------------------------------------------------ 6 recommendations
heading("6. Recommendations")
table(["No.", "Recommendation"], [
    ["R1", "Publish the entry requirements, including the experience requirement, in the leaflet and "
           "on the Council's website."],
    ["R2", "Ask every applicant whether they need adjustments, and set out how adjustments will be "
           "made at interview, in sessions, on placements and in assessment."],
    ["R3", "Apologise to Ms K for the failure to answer her e-mail of 28 October."],
    ["R4", "Consider offering an assessment-only route for suitably experienced candidates."],
    ["R5", "Offer a route that part-time SENCOs can attend, and describe the programme's content "
           "fully in the leaflet."],
    ["R6", "Explain both purposes of the Starting Audit to applicants."],
    ["R7", "Write role descriptions for tutors and school mentors, and brief mentors before each cohort."],
    ["R8", "Involve SENCOs, headteachers and parents in evaluating the programme."],
    ["R9", "Offer Ms K a place on the September 2009 cohort, with the adjustments she needs."],
    ["R10", "Check the outcome map against the national outcomes before the application to the TDA."],
], widths=[1.5, 14.5])

# ------------------------------------------------------------------ 7 response
heading("7. Response of the Service")
np("7.1", "The Service's response to each recommendation is set out below.")
t = doc.add_table(rows=1, cols=3)
t.style = doc.styles["Table Grid"]
for i, h in enumerate(["No.", "Response", "Action"]):
    c = t.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "D9E2F3")
RESP = [
    ["R1", "Accepted.", "Done: leaflet version 2 (1 April 2009) and the Council's website list the "
                        "entry requirements."],
    ["R2", "Accepted in part.", "From 1 April 2009 the application form asks every applicant whether "
                                "they need adjustments at interview or in sessions. The Programme "
                                "Administrator replies within five working days, and a colleague "
                                "covers the inbox during leave. Handouts are available in large print "
                                "or electronic formats. Adjustments to assignments are a matter for "
                                "the University's own procedures."],
    ["R3", "Accepted.", "Dr Anand wrote to Ms K on 8 April 2009."],
    ["R4", "Not accepted for 2009-10.", "The Service and the University do not intend to offer an "
                                        "assessment-only route while the programme is new. We will "
                                        "look at this again when the first cohort has completed."],
    ["R5", "Accepted.", "Subject to at least 12 applicants, a twilight route (Tuesdays, 4.15 to 7.15, "
                        "at the Civic Centre) will run alongside the day route from September 2009, "
                        "with the same sessions. Leaflet version 2 describes each session."],
    ["R6", "Accepted.", "Done: the audit guidance has been rewritten."],
    ["R7", None, None],
    ["R8", "Accepted in principle.", "The Steering Group will discuss at its June meeting how schools "
                                     "and parents might be involved."],
    ["R9", "Accepted.", "Ms K has accepted a place on the September 2009 cohort."],
    ["R10", "Accepted.", "Done: version 3 of the outcome map was approved on 19 March 2009 (Appendix 2)."],
]
for row in RESP:
    cells = t.add_row().cells
    cells[0].text = row[0]
    if row[1] is None:
        # R7: the original response deleted, a weaker one inserted (tracked changes)
        p1 = cells[1].paragraphs[0]
        dele(p1, "Accepted.", date="2009-04-16T10:05:00Z")
        ins(p1, "Accepted in principle.", date="2009-04-16T10:05:00Z")
        p2 = cells[2].paragraphs[0]
        dele(p2, "Role descriptions for tutors and mentors and a Mentor Guide will be issued, and "
                 "mentors briefed, before the September 2009 cohort.", date="2009-04-16T10:06:00Z")
        ins(p2, "The Steering Group will consider how best to take this forward.",
            date="2009-04-16T10:06:00Z")
    else:
        cells[1].text = row[1]
        cells[2].text = row[2]
        if row[0] == "R2":
            anchor_r2 = cells[2].paragraphs[0].runs[0]
for r in t.rows:
    for i, w in enumerate([1.5, 4.0, 10.5]):
        r.cells[i].width = Cm(w)
doc.add_paragraph()
np("7.2", "Statement by the Head of Service. We are grateful to Ms K, and sorry that her first "
          "contact with the programme went as it did. The programme assesses every one of the "
          "national minimum outcomes, and no one will receive the award without meeting them all. "
          "The changes we have made since this report will make it fairer and more open to the "
          "SENCOs it is for. Dr Rachel Anand, 6 April 2009, updated 16 April 2009.")

# ------------------------------------------------------------------ Appendix 1
heading("Appendix 1: Sessions (version 3, March 2009)")
table(["Session", "Content", "Module"], [
    ["1", "The SENCO role; Every Child Matters and the five outcomes; Removing Barriers to Achievement "
          "(2004); the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.",
     "MIP701"],
    ["2", "SEN law and the SEN Code of Practice (2001): the Education Act 1996, SENDA 2001, the "
          "graduated response, statutory assessment and annual reviews. Disability equality: the DDA "
          "1995 and 2005, the disability equality duty, accessibility plans, reasonable adjustments.",
     "MIP701"],
    ["3", "How children develop: language, social and emotional development, attachment, and how "
          "SEN, disability, home and the learning environment affect development.", "MIP701"],
    ["4", "Behavioural, emotional and social difficulties and attendance: Learning Behaviour (2005), "
          "SEAL, Back on Track (2008), the 2008 guidance on exclusion.", "MIP701"],
    ["5", "Specific learning difficulties including dyslexia; speech, language and communication "
          "needs; autistic spectrum disorders; moderate learning difficulties. Using the reports of "
          "educational psychologists and therapists. (EP Service and speech and language therapy.)",
     "MIP701"],
    ["6", "Hearing the pupil: consulting children and young people about their needs, their targets "
          "and their support; person-centred reviews. Co-led by Beckside Voice.", "MIP701"],
    ["7a", "Identifying need, setting targets, planning and reviewing interventions; approaches, "
           "strategies and resources, including ICT; P scales, RAISEonline and tracking progress "
           "with summative data; access arrangements for Key Stage tests and GCSE.", "MIP701"],
    ["7b", "Attendance and the SENCO (replaces \"Assessment for learning for pupils with SEN\" from "
           "version 3).", "MIP701"],
    ["8", "Working with other services: educational psychology, CAMHS, speech and language therapy, "
          "social care, the Youth Offending Team, and voluntary organisations such as the Wetherstone "
          "Dyslexia Association; the CAF and the Team Around the Child.", "MIP702"],
    ["9", "Leading provision: provision mapping and costing; deploying and managing teaching "
          "assistants; coaching and supporting colleagues; working with senior leaders and "
          "governors; reviewing provision with colleagues; managing the SENCO's time.", "MIP702"],
    ["10", "Assignment 3 presentations (morning). Next steps (afternoon): each participant writes a "
           "Next Steps plan with two or three professional targets for the following year. It is "
           "discussed at the final tutorial and, with the participant's consent, sent to the head for "
           "the performance management review. Graduates are invited to the termly SENCO Forum.",
     "MIP702"],
    ["Twilight", "Working with parents and carers (optional; Parent Partnership Service).", "-"],
], widths=[1.7, 12.3, 2.0])

# ------------------------------------------------------------------ Appendix 2
heading("Appendix 2: Assessment and the outcome map")
para("A. The assignments", bold=True)
runin("Assignment 1 (MIP701, 40%): Policy into practice, 4,000 words.",
      "A critical review of the school's SEN policy and practice against SEN law and the Code of "
      "Practice, drawing on research, inspection evidence and advice from outside the school, with "
      "recommendations for colleagues. From version 3 it includes a review of the school's "
      "accessibility plan against the DDA. Marked for accuracy, critical use of evidence and clear "
      "writing.")
runin("Assignment 2 (MIP701, 60%): Learner case study, 5,000 words.",
      "For one pupil, the participant: identifies needs using the school's data and the reports of "
      "other professionals; sets targets; plans, runs and reviews an intervention; consults the "
      "pupil about the targets and the review; involves at least one other service or voluntary "
      "organisation; and, where possible, meets the parents or carers. The write-up sets the "
      "pupil's needs within an account of the main types of SEN, critically evaluates the "
      "approaches and resources used (including ICT), explains the judgements made when problems "
      "arose, and describes the pupil's progress.")
runin("Assignment 3 (MIP702, 100%): Leading change, 3,000 words and a 20-minute presentation.",
      "A costed provision map showing gaps and provision that is not working; a plan for "
      "deploying and managing teaching assistants; a record of one coaching cycle with a colleague "
      "(observation, feedback and follow-up); and a strategic proposal for inclusion, presented to "
      "the head and a governor, with their written comments. Participants in secondary schools "
      "also plan the access arrangements for the next examination series.")
runin("Professional learning journal (not assessed).",
      "Kept throughout and discussed at tutorials.")

para("B. Outcome map, version 2 (January 2009), as examined", bold=True)
table(["Outcome (programme's wording)", "Session(s)", "Assessed in"], [
    ["Fair, respectful relationships with pupils and their parents or carers", "6; twilight",
     "Assignment 2 (pupil consultation; parents where possible)"],
    ["Winning the commitment of colleagues and senior leaders", "9", "Assignment 3 (presentation)"],
    ["Managing time, priorities and delegation", "9", "Journal"],
    ["Solving problems and making sound judgements about provision", "7a, 8", "Assignment 2"],
    ["Clear speaking and writing; listening to others' views", "All",
     "Assignments 1 and 3; Assignment 2 (pupil interview)"],
    ["Using research and outside advice to improve practice", "2, 4, 5", "Assignment 1"],
    ["Keeping up to date; own CPD", "10", "Journal"],
    ["SEN law and the Code of Practice", "2", "Assignment 1"],
    ["Every Child Matters and the SENCO", "1", "-"],
    ["Disability equality law", "2", "-"],
    ["How children develop", "3", "-"],
    ["Main types of SEN and their effect on learning", "4, 5", "Assignment 2"],
    ["Approaches, strategies and resources, including ICT", "7a", "Assignment 2"],
    ["Best practice and research", "4, 5, 7a", "Assignment 1"],
    ["What other services do; getting specialist support", "8", "Assignment 2"],
    ["Strategic development with senior leaders and governors", "9", "Assignment 3"],
    ["Identifying needs, targets, interventions, review", "7a", "Assignment 2"],
    ["Using other professionals' assessments", "5, 8", "Assignment 2"],
    ["Summative data and national tests to track progress", "7a", "-"],
    ["Helping colleagues develop formative assessment", "7b", "Assignment 2"],
    ["Access arrangements for tests and examinations", "7a", "Assignment 3 (secondary participants only)"],
    ["Provision mapping", "9", "Assignment 3"],
    ["Deploying and managing staff", "9", "Assignment 3"],
    ["Supporting colleagues' professional development", "9", "Assignment 3 (coaching cycle)"],
    ["Reviewing provision with colleagues", "9", "Assignment 3"],
    ["Involving pupils in planning and reviewing their provision", "6", "Assignment 2"],
    ["Liaising with parents and carers", "Twilight (optional)", "Assignment 2 (where possible)"],
    ["Working with other services, including voluntary organisations", "8", "Assignment 2"],
], widths=[7.5, 2.8, 5.7])

para("C. Changes made in version 3 (approved by the Steering Group, 19 March 2009)", bold=True)
table(["Row", "Change"], [
    ["Disability equality law", "Assignment 1 now includes a review of the school's accessibility plan "
                                "against the DDA. Assessed in: Assignment 1."],
    ["Helping colleagues develop formative assessment", "Session 7b replaced by \"Attendance and the "
                                                         "SENCO\". Row deleted."],
    ["Reviewing provision with colleagues", "Assignment 3 shortened to 3,000 words; the review of "
                                            "provision with colleagues moves to the journal."],
    ["All other rows", "Unchanged."],
], widths=[6.0, 10.0])

# ------------------------------------------------------------------ Appendix 3
heading("Appendix 3: Documents examined")
for d in [
    "Programme leaflet (September 2008) and leaflet version 2 (April 2009)",
    "Programme Handbook, version 2 (January 2009)",
    "BARS Admissions Procedure v1.2 (September 2008)",
    "Starting Audit and guidance notes; Individual Learning Plans of the January 2009 cohort (anonymised)",
    "Assessment Regulations for the programme; Marrington University Regulations for Taught "
    "Postgraduate Awards",
    "Outcome map, versions 2 and 3",
    "SENCO survey report (BARS, July 2008) and notes of the Headteachers' Inclusion Forum, 9 July 2008",
    "Session materials for Sessions 1 to 9",
    "Ms K's application, correspondence and Stage 1 response",
]:
    para("- " + d)

# ------------------------------------------------------------------ comments
doc.add_comment([c_consent], text="Consent to disclose to the TDA in redacted form received from Ms K "
                "17/04/09. OK to send. (Customer Relations)", author="Customer Relations Team",
                initials="CRT")
doc.add_comment([anchor_online], text="Deleted the VLE sentence - the online catch-up plan was "
                "dropped at the Steering Group on 2 April. RA", author="Rachel Anand", initials="RA")
doc.add_comment([anchor_r2], text="University confirmed 15/4 that its Disability Service will agree "
                "a learning support plan for any of our participants who asks, covering assignments "
                "too. Can we add this to R2? NC", author="Neil Cattermole", initials="NC")

# ------------------------------------------------------------------ footnotes part
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
fn_xml = [f'<w:footnotes xmlns:w="{W}">',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
          '</w:r></w:p></w:footnote>']
for i, text in enumerate(_footnotes, start=1):
    fn_xml.append(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r></w:p></w:footnote>')
fn_xml.append("</w:footnotes>")
fn_part = Part(PackURI("/word/footnotes.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
               "".join(fn_xml).encode("utf-8"), doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)

doc.save(OUT)
print("wrote", OUT)
