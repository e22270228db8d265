"""Build cw-01-aldersey-examiner-briefing.docx: University of Aldersey with Skelmere Borough Council, briefing pack
for the programme's new external examiner, sent as the application (invented provider).

Provider
--------
The University of Aldersey, School of Education and Lifelong Learning, awards its own
degrees. Its Postgraduate Certificate in Special Educational Needs Coordination (two
30-credit Level 7 modules, EDM7101 and EDM7102) replaces a 20-credit Level 6
"Certificate in Special Needs Coordination" run with Skelmere Borough Council's
Learning Support Service. Dated 20 April 2009, 2008-era vocabulary (CRB, DDA 2005,
Disability Equality Scheme, SEN Code of Practice 2001, ECM, Removing Barriers).

Layout (a kind of document not in the earlier sets: an external examiner's briefing pack)
--------------------------------------------------------------------------------------
The university keeps a briefing pack for each newly appointed external examiner. The
programme team sends the pack for the new examiner (Dr Rosalind Penhaligon, University
of Fairhaven) as its application, under a short compliments-slip note to the TDA.
- Compliments slip (a small bordered table) with the covering note.
- "Parts" A-J as Heading 1, each written to the examiner in the second person
  ("you"), each ending with a shaded one-cell box "What we ask of you".
- Part B "The programme at a glance" field table; Part C a staff table; Part F an
  outcome table with merged group rows and a "What to sample" column; Part I a
  calendar table of the examiner's year.
- Annex: the headings and prompts of the university's External Examiner Report Form,
  with empty tick boxes (form prompts, never evidence).
- Running header "RESTRICTED - EXTERNAL EXAMINER"; the footer carries a claim.

Traps and the requirement ids they affect
-----------------------------------------
- 1.3 partially_met: only "informed throughout by current research" and a reading
  list "refreshed each summer"; no research or inspection evidence named.
- 1.5 not_met: consulting pupils appears only as a prompt in the Annex report form
  ("Does the programme develop participants' skills in consulting pupils?") and as
  an intention in Part J ("we intend to look at how pupil voice might be added").
- 6.S7 not_met: the outcome is not in the Part F table at all (a note admits the
  table lists "the outcomes we assess or teach" and the row is absent).
- 2.3 not_met: negation plus another provider's arrangement: "We do not offer an
  assessment-only route"; one enquirer was referred to Northbury.
- 2.5 not_met: only the footer ("Every participant leaves with a personal
  development plan") and "We are considering a closing session on next steps".
- 3.2 partially_met: one September intake, modules in fixed order; only suspension
  and resumption with the next cohort.
- 3.3 partially_met: Blackboard site with materials, recorded lectures and tutor
  email support; the discussion board "was switched off" (no peer support).
- 4.3 partially_met: stakeholders teach and host, but their part in evaluation is
  only "Headteachers will be invited to give their views at some point".
- 5.3 partially_met: CRB sight only for participants visiting Fernhill School.
- 5.5 partially_met: guest specialists, but the exchange placements of the old
  certificate "did not run in 2008-09" and "are being reviewed" (past + plan).
- 5.7 partially_met: tutors standardised, mentor briefing only "by telephone where
  the programme leader is able to arrange it".
- 5.9 partially_met: confidence questionnaire and grades; pupil impact only "we
  would like to find a way of measuring".
- 1.9 and 6.0 partially_met: the Board's rule and the claim "every national minimum
  outcome is assessed" against Part F rows that are not assessed.
- Outcomes, Part F:
  met: A1, A2, A4, A5, A6, K1, K2, K3, K5, K6, K8, S1, S2, S2a, S2b, S3, S5, S6, S8;
  A3 partially_met (learning log, "not marked");
  A7 and K4 partially_met (assessed, but "not taught": "assumed from initial
  training", "participants' own responsibility");
  S2c partially_met (optional focus of Task 2);
  S2d and K9 partially_met (taught, "not assessed");
  S9 partially_met (assessed only "where the enquiry involves another agency");
  K7 not_met ("to be added for 2010-11");
  S4 not_met (Skelmere's separate "Leading Support Staff" course, not this programme).
- Met despite looking like traps: 2.1 (APL and APEL concretely described, the
  examiner samples claims); 5.2 (entry and readiness conversation with the head);
  3.1 (disclosure, Disability Advisory Service, adjustments); 1.8 (enquiry must
  implement and evaluate a change).
- Numbering collisions: Tasks are T1-T3, sessions "Day 1.1" ... "Day 2.6", which
  look like requirement ids but change nothing.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cw-01-aldersey-examiner-briefing.docx")

doc = Document()
doc.core_properties.author = "Dr Helen Marchbank"
doc.core_properties.title = "External Examiner Briefing Pack - PGCert SEN Coordination"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for hname, size in (("Heading 1", 13), ("Heading 2", 11)):
    h = doc.styles[hname]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

BLUE = "DCE6F1"
GREY = "EDEDED"


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def p(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def cell_write(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(rows, header=True, widths=None, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_write(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, BLUE)
            if widths:
                c.width = Cm(widths[j])
    return t


def ask(lines):
    """The shaded 'What we ask of you' box that closes each Part."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, GREY)
    c.text = ""
    r = c.paragraphs[0].add_run("What we ask of you")
    r.bold = True
    r.font.size = Pt(9)
    for line in lines:
        para = c.add_paragraph()
        rr = para.add_run("\u25aa  " + line)
        rr.font.size = Pt(9)
    doc.add_paragraph()


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hr = sec.header.paragraphs[0].add_run(
    "UNIVERSITY OF ALDERSEY \u00b7 School of Education and Lifelong Learning \u00b7 RESTRICTED - EXTERNAL EXAMINER")
hr.font.size = Pt(7)
fr = sec.footer.paragraphs[0].add_run(
    "EE Briefing Pack EDM71 v2 (April 2009) \u00b7 Every participant leaves with a personal development plan "
    "\u00b7 Quality Handbook Section E4 applies")
fr.font.size = Pt(7)

# ------------------------------------------------------------------ compliments slip
slip = doc.add_table(rows=1, cols=1)
slip.style = "Table Grid"
c = slip.cell(0, 0)
cell_write(c, "UNIVERSITY OF ALDERSEY\nSchool of Education and Lifelong Learning\nHolbrook Building, "
              "Castle Rise, Aldersey AL4 2JW", bold=True, size=9)
c.add_paragraph().add_run("With compliments").italic = True
for line in (
    "To: SENCO Training Approval Team, TDA, 151 Buckingham Palace Road, London SW1W 9SZ. 20 April 2009.",
    "Our application for approval to offer the national SENCO award is the enclosed pack. It is the "
    "briefing we have just sent to Dr Rosalind Penhaligon, who joins us as external examiner for the new "
    "Postgraduate Certificate from September 2009. We chose to send it unaltered: it is the document in "
    "which we have had to set out, for someone outside the University, exactly how the programme will run, "
    "who does what, and how we will know that the award is deserved. Where the pack refers to the "
    "University's Quality Handbook, the relevant sections are available on request.",
    "Dr Helen Marchbank, Programme Leader (h.marchbank@aldersey.ac.uk, 01632 960 418)",
):
    rr = c.add_paragraph().add_run(line)
    rr.font.size = Pt(9)
doc.add_paragraph()

p("PGCert Special Educational Needs Coordination", bold=True, size=18, align="c", after=2)
p("(the National Award for SEN Coordination)", italic=True, size=11, align="c", after=2)
p("Briefing Pack for the External Examiner, 2009-10 to 2012-13", size=12, align="c", after=14)
p("Parts: A Welcome and your appointment \u00b7 B The programme at a glance \u00b7 C The team \u00b7 "
  "D Who joins the programme \u00b7 E How the programme is taught \u00b7 F Assessment and the national "
  "outcomes \u00b7 G Marking, moderation and the Board \u00b7 H Evaluation, partners and equality \u00b7 "
  "I Your year \u00b7 J Open questions \u00b7 Annex: the report form", size=8, align="c", italic=True)
page_break()

# ------------------------------------------------------------------ Part A
doc.add_heading("Part A  Welcome and your appointment", level=1)
p("Dear Rosalind,")
p("Thank you for agreeing to act as external examiner for our new Postgraduate Certificate. Your "
  "appointment was confirmed by the University's Academic Standards Committee on 11 March 2009 and runs "
  "for four years, from 1 September 2009 to 31 August 2013. You follow Professor Alan Treece, who examined "
  "the old Certificate in Special Needs Coordination from 2005 and whose last report (2007-08) is "
  "enclosed separately. Much of what Alan saw has changed; where something from the old Certificate "
  "carries over, we say so.")
p("The University asks its external examiners to do three things: to confirm that standards are "
  "appropriate for the award and comparable with those elsewhere; to confirm that assessment is fair, "
  "rigorous and properly conducted; and to tell us what could be better. The new award adds a fourth "
  "for this programme: because the Certificate carries the national SENCO award, we ask you to confirm "
  "each year that no one has been recommended for it without evidence against every national minimum "
  "outcome. This pack is meant to let you do all four without having to ask us for basic information. "
  "It is long; please forgive us.")
ask(["Read Parts B to G before the Programme Team meeting on 23 September 2009.",
     "Tell us if anything in this pack contradicts what you see later: the pack is a working document "
     "and we would rather correct it than defend it."])

# ------------------------------------------------------------------ Part B
doc.add_heading("Part B  The programme at a glance", level=1)
table([
    ("Item", "Detail"),
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCo), an award "
              "of the University of Aldersey, which awards its own degrees"),
    ("Credit and level", "60 credits at Level 7 (Masters level) of the Framework for Higher Education "
                         "Qualifications: EDM7101 Leading SEN Provision (30 credits) and EDM7102 The SENCO "
                         "as Enquirer and Leader (30 credits)"),
    ("Partner", "Skelmere Borough Council Learning Support Service (co-delivery of named sessions; "
                "representation on the Steering Group)"),
    ("Intake", "One cohort each September; 24 places in 2009-10"),
    ("Duration and mode", "Part time over one academic year: twelve study days (six per module) at the "
                          "Holbrook Building, with a school-based enquiry in the participant's own school "
                          "between study days"),
    ("Online element", "Blackboard module sites (see Part E)"),
    ("Assessment", "Three tasks, T1 to T3 (see Part F), all at Level 7"),
    ("Progression", "Credit counts toward the University's MA Education (Inclusion)"),
], widths=[4, 12])
doc.add_paragraph()
p("The programme's stated aim, as validated, is to enable teachers new to the SENCO role to raise the "
  "achievement and improve the well-being of pupils with special educational needs and disabilities in "
  "their schools, measured against all five Every Child Matters outcomes and not against attainment alone. "
  "This is not only a statement in the validation document. Every marking grid for T1 to T3 carries a "
  "criterion headed \"Outcomes for pupils\" that asks the marker whether the participant has shown the "
  "effect of their work on pupils' progress and well-being, and a script cannot pass that criterion by "
  "reporting test scores alone.")
ask(["Check, when you sample scripts, that the \"Outcomes for pupils\" criterion is being applied in the "
     "way described above."])

# ------------------------------------------------------------------ Part C
doc.add_heading("Part C  The team", level=1)
p("Everyone listed below teaches on the programme; those marked * mark and second-mark assessed work. "
  "All University staff are Fellows of the Higher Education Academy or working toward it. The team meets "
  "each term, and every member takes part in the marking standardisation session described in Part G.")
table([
    ("Name", "Role", "Background relevant to the programme"),
    ("Dr Helen Marchbank*", "Programme Leader; EDM7102 leader",
     "Former SENCO and deputy head (secondary, 11 years); PhD on SENCOs and whole-school change (2006); "
     "current research on provision mapping in Skelmere schools"),
    ("Gareth Oduya*", "EDM7101 leader",
     "Former primary SENCO and LA advisory teacher for SpLD; MA Special and Inclusive Education; "
     "member of the Dyslexia-SpLD Trust regional group"),
    ("Dr Priya Sandhu*", "Tutor; research methods",
     "Senior Lecturer in Educational Psychology; HCPC-registered educational psychologist, still "
     "practising one day a week for Skelmere"),
    ("Maureen Kellett*", "Tutor (fractional, 0.4)",
     "Headteacher of Fernhill Special School until 2007; Ofsted additional inspector"),
    ("Liam Royce", "Session tutor (Skelmere)",
     "Principal Officer, Skelmere Learning Support Service; leads the authority's SENCO network"),
    ("Sarah Abbot", "Session tutor (Skelmere)",
     "Skelmere Parent Partnership Service coordinator"),
], widths=[3.5, 3.5, 9])
doc.add_paragraph()
p("University staff have two days a year of funded research and scholarship time tied to the programme, "
  "and each attends at least one national SEN event (in 2008-09: the nasen Live conference and the TDA's "
  "regional SENCO briefings). We would be glad of your view on whether the team's balance of school and "
  "academic experience is right.")
p("Mentors. Each participant's headteacher nominates a school-based mentor, usually a senior leader, who "
  "meets the participant at least twice a term and countersigns the enquiry plan. Mentors receive the "
  "four-page Mentor Notes. Mentor briefing is by telephone where the programme leader is able to arrange "
  "it.")
ask(["Meet the team at the September meeting; you are welcome to observe any study day."])

# ------------------------------------------------------------------ Part D
doc.add_heading("Part D  Who joins the programme", level=1)
doc.add_heading("Entry", level=2)
p("To be admitted, a teacher must hold Qualified Teacher Status, be in post as SENCO or designated to "
  "become SENCO within the year, and be released by the school for the twelve study days. The "
  "application form includes a supporting statement from the headteacher, who confirms release and "
  "names the mentor. Every applicant completes the Starting Point Audit described in Part E before "
  "an offer is made, and the Programme Leader reads it alongside the application. Where the audit or "
  "the application suggests that an applicant is unlikely to reach the national outcomes within the "
  "year (most often a teacher who is newly qualified, or who has no responsibility for SEN yet), the "
  "Programme Leader telephones the applicant and the headteacher, explains what experience would be "
  "needed, and offers a place in the following year's cohort. Three applicants were deferred in this way "
  "from the 2009 intake.")
doc.add_heading("Criminal records checks", level=2)
p("Participants are employed teachers. Participants who take up the optional visit to Fernhill Special "
  "School (Part E) are asked to show their enhanced CRB disclosure to the school office on arrival, as "
  "Fernhill requires of all visitors who work with pupils.")
doc.add_heading("Prior learning", level=2)
p("Participants may claim up to 30 credits (one module) through the University's Accreditation of Prior "
  "Learning regulations. A claim for certificated learning (for example 30 Level 7 credits from a "
  "recognised SEN course taken within the last five years) is judged against the module's learning "
  "outcomes by the module leader. A claim for experiential learning is made by a portfolio of evidence "
  "mapped to the module outcomes, followed by a 30-minute professional discussion with two tutors; "
  "Gareth Oduya advises claimants before they submit. Either way, the credit awarded must cover the "
  "national outcomes that the module assesses: a claimant whose evidence leaves an outcome uncovered is "
  "asked to complete the relevant part of the module's task. APL decisions go to the Examination Board "
  "with the module results.")
doc.add_heading("Assessment without training", level=2)
p("We do not offer an assessment-only route. The single enquiry we received in 2008, from a teacher in the "
  "authority's sensory support service, was referred to Northbury University, which told us that it "
  "expected to offer such a route.")
ask(["Sample at least two APL decisions each year, including any experiential claim.",
     "Tell us whether our entry decisions, including deferrals, look right to you."])

# ------------------------------------------------------------------ Part E
doc.add_heading("Part E  How the programme is taught", level=1)
doc.add_heading("Starting Point Audit and Individual Learning Plan", level=2)
p("Before the first study day each participant rates themselves against every national minimum outcome "
  "on the Starting Point Audit (a four-point scale with a short prompt for each outcome, written by the "
  "team so that, for example, knowledge of the Code of Practice is tested by a scenario rather than "
  "simply claimed). At the first tutorial, in October, the personal tutor reviews the audit with the "
  "participant, challenges ratings that look over-generous, and agrees an Individual Learning Plan that "
  "names the outcomes the participant will concentrate on, the optional workshops they will attend and "
  "the focus of their enquiry. The plan is reviewed at the February tutorial and again in June.")
p("The ILP is how the programme is tailored. Alongside the twelve core days, the team runs six optional "
  "twilight workshops (for example on dyscalculia, on writing provision maps, on secondary timetabling), "
  "and participants attend the ones their plan names rather than sitting through everything. Tutorial "
  "time is weighted toward the outcomes each participant rated lowest. Because the core days are shared "
  "with Skelmere's SENCO network meetings where topics overlap, the authority's schools do not pay twice "
  "for the same input, and the fee (\u00a3950 for the year in 2009-10) is held at the level of the old "
  "Certificate.")
doc.add_heading("Study days", level=2)
p("Participants take EDM7101 in the autumn and spring and EDM7102 in the spring and summer, in that "
  "order; a participant who has to break off may suspend and rejoin the next September cohort at the "
  "point they left.")
p("The twelve study days are numbered by module and day, so Day 1.4 is the fourth day of EDM7101. "
  "In summary:")
table([
    ("Day", "EDM7101 Leading SEN Provision", "Day", "EDM7102 The SENCO as Enquirer and Leader"),
    ("1.1", "The law and the Code: SEN Code of Practice 2001, SENDA 2001, DDA 2005 and the Disability "
            "Equality Duty; Removing Barriers to Achievement", "2.1",
     "Enquiry in your own school: designing a small change and how to evaluate it"),
    ("1.2", "Every Child Matters and the SENCO; the five outcomes in practice; multi-agency working and "
            "the CAF (Liam Royce)", "2.2", "Research and evidence: reading research critically; "
                                           "what works for pupils with SEN"),
    ("1.3", "Common needs I: BESD, speech, language and communication needs, ASD (Dr Sandhu)", "2.3",
     "Leading colleagues: observation, feedback, coaching; planning and delivering INSET"),
    ("1.4", "Common needs II: SpLD including dyslexia, MLD; assessment approaches and ICT", "2.4",
     "Strategic leadership: working with the head and governors; the SEN policy and budget"),
    ("1.5", "Identification, targets and review; using data, including national tests; provision "
            "mapping", "2.5", "Working with parents and carers (Sarah Abbot); the annual review"),
    ("1.6", "Teaching and learning approaches; formative assessment for pupils with SEN; access "
            "arrangements (the Skelmere exams officer)", "2.6", "Presenting your enquiry to tutors and mentors"),
], widths=[1.2, 6.8, 1.2, 6.8])
doc.add_paragraph()
p("Guest specialists contribute to the days shown: an educational psychologist, a speech and language "
  "therapist from the Skelmere NHS team, and the authority's autism outreach teacher. Under the old "
  "Certificate, participants spent two days on an exchange placement in another school, usually Fernhill "
  "Special School or the Skelmere pupil referral unit; Alan Treece commended this in 2006. The exchange "
  "placements did not run in 2008-09 and are being reviewed. An optional half-day visit to Fernhill "
  "remains on offer in the spring.")
p("The programme is informed throughout by current research, and module reading lists are refreshed "
  "each summer.")
doc.add_heading("The school-based enquiry", level=2)
p("The heart of EDM7102 is an enquiry in the participant's own school. Each participant identifies, with "
  "the mentor, a weakness in the school's provision for pupils with SEN that bears on the national "
  "outcomes, plans and puts into practice a change over at least one term, and evaluates its effect on "
  "pupils and on colleagues' practice. The plan must be agreed by the tutor and countersigned by the "
  "mentor; the enquiry is written up as T3 (Part F). An enquiry that does not implement a change "
  "cannot pass: a literature review or a proposal is not enough.")
doc.add_heading("Blackboard", level=2)
p("Each module has a Blackboard site holding the study-day materials, recordings of the two lecture "
  "sessions on each day, the reading list with links to e-journals, and the assessment briefs. "
  "Participants email their personal tutor between study days, and tutors undertake to reply within "
  "three working days. The module discussion board was switched off after 2007-08 because it was "
  "little used.")
doc.add_heading("Resources", level=2)
p("Participants have full access to the Holbrook Library's SEN collection and e-journals (including the "
  "British Journal of Special Education, Support for Learning and the European Journal of Special Needs "
  "Education), and to the Inclusive Technology Room on the ground floor of the Holbrook Building, which "
  "has Clicker 5, Kurzweil 3000, Dragon NaturallySpeaking, Widgit symbol software and switch-access "
  "equipment, with a technician on hand on study days. Skelmere lends standardised assessment materials "
  "(including the WIAT-II and the CELF-4 screening test) through its Learning Support Service library.")
ask(["Look at the ILPs of the scripts you sample, so that you can see whether the tailoring is real.",
     "Tell us whether the Blackboard sites do enough for participants between study days."])

# ------------------------------------------------------------------ Part F
doc.add_heading("Part F  Assessment and the national outcomes", level=1)
p("There are three assessed tasks. Each is marked against a grid of Level 7 criteria and against the "
  "national outcomes it names. All three must be passed.")
table([
    ("Task", "Module", "What it is", "Weight"),
    ("T1", "EDM7101", "A 3,000-word critical case study of one pupil's provision in the participant's "
                      "school, including how the pupil's needs were identified, the targets set, the "
                      "assessments used (including those of other professionals) and the review", "50% of EDM7101"),
    ("T2", "EDM7101", "A provision map for a year group or key stage, with a 2,000-word commentary on "
                      "how resources are deployed and what is missing; one optional focus "
                      "(see note 3)", "50% of EDM7101"),
    ("T3", "EDM7102", "A 5,000-word report of the school-based enquiry, with an appendix of evidence, "
                      "and a 20-minute presentation to tutors and the mentor, followed by questions",
     "100% of EDM7102"),
], widths=[1.2, 2, 10, 2.8])
doc.add_paragraph()
p("Every national minimum outcome is assessed in at least one task. Table F2 shows where each outcome is "
  "taught and where it is assessed, in our own shortened wording, with the pieces of work we suggest you "
  "sample if you want to see that outcome. It lists the outcomes we assess or teach.")
p("Table F2  Where the national outcomes are taught and assessed", bold=True, size=9)

F2 = [
    ("G", "Professional attributes"),
    ("Fair, respectful relationships with pupils with SEN and their parents", "1.5, 2.5", "T1 (review "
     "section); T3", "T1 review section"),
    ("Winning the commitment of colleagues, the head and senior leaders", "2.3, 2.4", "T3 presentation "
     "and report", "T3 presentation records"),
    ("Prioritising, managing time, delegating", "2.3", "Learning log (formative, not marked)", "-"),
    ("Anticipating problems; sound, well-founded judgements on provision", "1.5, 2.1", "T1; T3", "T1"),
    ("Clear speech and writing; listening to others' views", "all days", "T1, T2 (writing); T3 "
     "presentation and questions", "T3 presentation"),
    ("Drawing on research and outside advice to improve practice", "2.2", "T3 (literature and method "
     "sections)", "T3"),
    ("Keeping up to date; own CPD", "Not taught: participants' own responsibility", "T3 reflective "
     "commentary", "T3 commentary"),
    ("G", "Professional knowledge and understanding"),
    ("SEN law and guidance, the Code of Practice and how to apply it", "1.1", "T1 (marking criterion 2)",
     "T1"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "1.2", "T1; T3 (\"Outcomes for "
     "pupils\" criterion)", "T1"),
    ("Disability equality law and what it requires", "1.1", "T2 (accessibility section)", "T2"),
    ("How children develop; effects of SEN and the environment", "Not taught: assumed from initial "
     "training", "T1 (background section)", "T1"),
    ("Common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "1.3, 1.4", "T1; T2", "T1"),
    ("Approaches and resources for assessment, planning and teaching, including ICT", "1.4, 1.6",
     "T1; T2", "T2"),
    ("School self-evaluation and improvement", "To be added for 2010-11", "-", "-"),
    ("Best practice and research on meeting SEN", "2.2", "T3", "T3"),
    ("External agencies and getting specialist support", "1.2 (guest speakers)", "Not assessed", "-"),
    ("G", "Professional skills"),
    ("Influencing strategy with senior colleagues and governors", "2.4", "T3", "T3"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "1.5", "T1", "T1"),
    ("Using other professionals' assessments", "1.3, 1.5", "T1", "T1"),
    ("Using summative data, including national tests, to track progress", "1.5", "T2", "T2"),
    ("Encouraging colleagues' formative assessment", "1.6", "T2 optional focus (note 3)", "T2 where chosen"),
    ("Access arrangements for tests and examinations", "1.6", "Not assessed", "-"),
    ("Provision mapping; finding ineffective or missing provision", "1.5", "T2", "T2"),
    ("Deploying and managing staff", "See note 4", "-", "-"),
    ("Supporting colleagues' development: observation, coaching, training", "2.3", "T3 (the enquiry "
     "must include work with colleagues)", "T3"),
    ("Reviewing provision with staff to inform self-evaluation", "2.1", "T3 evaluation section", "T3"),
    ("Liaising with parents and carers", "2.5", "T1 (parents' view section)", "T1"),
    ("Partnership with other services and voluntary organisations", "1.2", "T3, where the enquiry "
     "involves another agency", "T3 where relevant"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(("National outcome (our wording)", "Taught on day", "Assessed in", "What to sample")):
    cell_write(t.cell(0, j), h, bold=True, size=8)
    shade(t.cell(0, j), BLUE)
for row in F2:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[3])
        cell_write(m, row[1], bold=True, size=8)
        shade(m, GREY)
    else:
        for j, v in enumerate(row):
            cell_write(cells[j], v, size=8)
doc.add_paragraph()
for note in (
    "Note 1. The learning log is kept by every participant from Day 1.1 and is read at tutorials. It is "
    "formative only and is not marked.",
    "Note 2. Outcomes marked \"Not taught\" are assessed because we expect participants to bring this "
    "knowledge or habit with them; the Starting Point Audit checks it.",
    "Note 3. T2's optional focus is chosen from three: formative assessment across a department or key "
    "stage; the deployment of one resource; or the transition of pupils between phases.",
    "Note 4. Deployment and management of teaching assistants is the subject of Skelmere's separate "
    "\"Leading Support Staff\" course, which participants may attend at no cost.",
):
    p(note, size=8, after=2)
doc.add_paragraph()
ask(["Use the \"What to sample\" column to check, each year, a spread of outcomes across the tasks.",
     "Tell us if any row of Table F2 looks to you to be taught or assessed too lightly for Level 7."])

# ------------------------------------------------------------------ Part G
doc.add_heading("Part G  Marking, moderation and the Examination Board", level=1)
p("Before each marking period the markers meet for a standardisation session at which they mark two "
  "anonymised scripts from the previous year (or, in the first year, from the old Certificate) and agree "
  "how the grid applies. Every T1, T2 and T3 is first-marked by the participant's tutor. A second marker "
  "blind-marks all fails, all marks of 70 or above and a further 20% sample across the range, and the "
  "two agree a mark or go to a third marker. T3 presentations are heard by two tutors and the mentor, "
  "the mentor commenting but not marking. A moderation meeting after each marking period reviews the "
  "spread of marks by tutor and by task.")
p("You will receive, three weeks before each Board, a sample of at least eight scripts (or all scripts "
  "if fewer than eight) chosen to include every fail, the highest and lowest passes, and work from every "
  "marker, together with the marking grids, second markers' comments and the APL decisions.")
p("The Examination Board meets in July (with a resit Board in November). The Board will not recommend a "
  "participant for the Postgraduate Certificate and the national award unless all three tasks have been "
  "passed. You are a full member of the Board and your agreement to the results is required.")
ask(["Attend the July Board (dates in Part I); a telephone link is possible for the November Board.",
     "Comment in your report on whether marking is consistent across markers."])

# ------------------------------------------------------------------ Part H
doc.add_heading("Part H  Evaluation, partners and equality", level=1)
doc.add_heading("How we evaluate the programme", level=2)
p("The programme is evaluated in several ways. Participants complete an evaluation after every study day "
  "and a module evaluation at the end of each module; their representatives sit on the termly "
  "Programme Committee. Participants also complete a confidence questionnaire against the national "
  "outcomes at the start and the end of the year, and we compare this with their marks. Your report, "
  "the module evaluations and the pass and grade data go into the Annual Programme Monitoring report, "
  "which the Programme Leader writes each October for the School Quality Committee; the report must end "
  "with an action plan, and the first item on the following year's report is what happened to each "
  "action. The Skelmere Steering Group (below) receives the report. The programme is also reviewed "
  "every five years by the University's Periodic Review panel, which includes an external member.")
p("We have not yet settled how to measure the effect of the programme on the pupils our participants "
  "teach. We would like to find a way of measuring this that does not add to schools' workload.")
doc.add_heading("Partners and stakeholders", level=2)
p("The programme was designed with the people who will use it. In the spring term of 2008 we surveyed "
  "every Skelmere school (62 replied, a 71% response) and held two focus groups of serving SENCOs and "
  "one of headteachers. Three findings changed the programme: schools asked for study days on Tuesdays "
  "or Wednesdays, not Fridays, when supply cover is hardest to find, and the days have moved; "
  "headteachers said new SENCOs struggle most with planning and costing provision, so provision mapping "
  "became the subject of T2 rather than a single session; and SENCOs asked for more on parents, so "
  "Day 2.5 was added and is taught by the Parent Partnership Service. The Skelmere Steering Group "
  "(the Principal Officer, two headteachers, a special school head and the Programme Leader) "
  "approved these changes in June 2008.")
p("Partners take part in the programme itself: Skelmere officers and the Parent Partnership "
  "coordinator teach named days, Fernhill hosts the spring visit, and mentors in participants' schools "
  "support the enquiry. Headteachers will be invited to give their views at some point in the "
  "programme's first year.")
doc.add_heading("Equality and disability", level=2)
p("The programme follows the University's Disability Equality Scheme and Race Equality Policy. The "
  "application form asks every applicant whether they have a disability or a medical condition that "
  "might affect their study, and explains why we ask and who will see the answer; the question is "
  "repeated privately at the first tutorial, since many teachers do not disclose at application. "
  "Anyone who discloses is offered an appointment with the University's Disability Advisory Service, "
  "whose assessment leads to a written Learning Support Agreement (for example extra time, materials in "
  "large print or electronic form in advance, a note-taker, or an alternative to the T3 presentation). "
  "The Agreement is sent to every marker and to Fernhill for the spring visit. All study days are in "
  "the Holbrook Building, which has level access, a hearing loop in every teaching room and accessible "
  "parking; selection decisions are made on the stated entry criteria only. Our publicity leaflet carries "
  "the disclosure invitation and is available in large print and on audio CD.")
ask(["Look at the latest Annual Programme Monitoring report and action plan each autumn.",
     "Tell us if you see evidence that any participant has been disadvantaged by a disability."])

# ------------------------------------------------------------------ Part I
doc.add_heading("Part I  Your year", level=1)
table([
    ("When", "What", "Your part"),
    ("23 September 2009", "Programme Team meeting; standardisation", "Attend (expenses paid)"),
    ("January 2010", "T1 and T2 marked and moderated", "Receive sample of EDM7101 scripts"),
    ("February 2010", "Optional study-day visit", "Observe Day 2.3 if convenient"),
    ("June 2010", "T3 presentations", "Hear up to four presentations if you wish"),
    ("7 July 2010", "Examination Board", "Attend; sign the results"),
    ("by 31 July 2010", "Your annual report (Annex)", "Send to the Quality Office"),
    ("October 2010", "Annual Programme Monitoring report", "Receive a copy with our response to you"),
    ("November 2010", "Resit Board", "Telephone link"),
], widths=[3.5, 7, 5.5])
doc.add_paragraph()
p("Fees are \u00a3450 a year plus \u00a3120 for each Board attended in person, with travel and "
  "subsistence at the University's rates.", size=9)

# ------------------------------------------------------------------ Part J
doc.add_heading("Part J  Open questions", level=1)
p("We would value your advice on three things we have not resolved.")
p("First, pupils' views. The old Certificate did not ask participants to work directly with pupils' "
  "views, and the new programme does not yet either; we intend to look at how pupil voice might be "
  "added to EDM7102 for the second cohort.")
p("Second, the end of the course. We are considering a closing session on next steps after the "
  "presentations in June, but we have not yet decided what it would contain or whether headteachers "
  "should be there.")
p("Third, the measurement of impact on pupils, as Part H explains.")
p("With thanks and best wishes,", after=14)
p("Helen Marchbank", bold=True, after=0)
p("Programme Leader, PGCert SEN Coordination")
page_break()

# ------------------------------------------------------------------ Annex
doc.add_heading("Annex  External Examiner Report Form (programme-specific questions)", level=1)
p("The University's standard form asks the questions in Section 1. For this programme the "
  "Academic Standards Committee has added the questions in Section 2. Please tick and comment.",
  italic=True, size=9)
annex = [
    ("Section 1 (all programmes)", ""),
    ("1a Are the standards set appropriate for the award and its level?", "\u2610 Yes  \u2610 No"),
    ("1b Are standards comparable with similar programmes elsewhere?", "\u2610 Yes  \u2610 No"),
    ("1c Was the assessment process fair, rigorous and properly conducted?", "\u2610 Yes  \u2610 No"),
    ("1d Please note any good practice and any recommendations.", ""),
    ("Section 2 (PGCert SENCo)", ""),
    ("2a Has every participant recommended for the award shown evidence against all the national "
     "minimum outcomes?", "\u2610 Yes  \u2610 No"),
    ("2b Does the programme develop participants' skills in consulting pupils?", "\u2610 Yes  \u2610 No"),
    ("2c Are participants helped to set further professional targets at the end of the programme?",
     "\u2610 Yes  \u2610 No"),
    ("2d Is there evidence of the programme's impact on pupils' achievement and well-being?",
     "\u2610 Yes  \u2610 No"),
    ("Comments", ""),
]
t = doc.add_table(rows=len(annex), cols=2)
t.style = "Table Grid"
for i, (q, a) in enumerate(annex):
    if a == "" and q.startswith("Section"):
        m = t.cell(i, 0).merge(t.cell(i, 1))
        cell_write(m, q, bold=True, size=9)
        shade(m, BLUE)
    else:
        cell_write(t.cell(i, 0), q, size=9)
        cell_write(t.cell(i, 1), a, size=9)

doc.save(OUT)
print("wrote", OUT)
