"""Build bt-03-lodestar-blended.docx: a strong, concise blended-route application (invented).

Provider: the (invented) Lodestar Professional Learning, an independent
training provider, delivering a blended route under a validation agreement
with the (invented) University of Calder Bridge, which confirms the award.
Designed with four (invented) local authorities: Calder Bridge, Hollinsworth,
Ryeford and East Marsham. Dated January 2011: CRB and barred-list checks,
the Equality Act 2010, SEN Code of Practice 2001, Every Child Matters still
in use.

Layout: short and plain. Question headings ("What is the award?", "Who is
it for?", "How is it assessed?" ...) in Heading 2 style, not in the order of
the specification; short concrete sentences; bullet lists with bold
lead-ins; an "At a glance" box (a one-cell shaded table); a unit timetable
table; an outcome map in the provider's own short wording, grouped by a
merged row, with an "Assessed" column whose starred entries are explained by
a note under the table. National outcomes are never numbered.

Traps (well hidden) and the requirement each affects:
- 2.3 not_met (negation far from its noun): "The assessment-only route that
  the TDA guidance describes ..., which two of the local authorities on our
  design panel asked us to consider and which we discussed at length with
  the University's validation team, is not something this award can offer."
- 6.S2d partially_met (outcome only in a title): "Unit 9 Access arrangements
  for tests and examinations" appears only in the timetable; there is no row
  in the outcome map and no assessment.
- 6.S2c not_met: no unit, task or row on encouraging colleagues' formative
  assessment (the S2, S2a, S2b rows are present; S2c is silently missing).
- 6.A7 and 6.K4 partially_met (starred entries): "A3*" and "A2*"; the note
  says the evidence for starred outcomes is the learning journal, "submitted
  as an unmarked appendix to the assignment named".
- 6.S4 and 6.S5 partially_met (optional assessment): assessed only in
  "A3 (Option B)" and "A3 (Option A)"; a participant takes one option, so
  each outcome goes unassessed for some participants.
- 1.9 and 6.0 partially_met: the award needs A1-A3 passed, but the map
  leaves the outcomes above unassessed for some or all participants.
- 5.8 partially_met (internal only): each assignment is marked by the
  participant's own tutor; only "Fails are blind second-marked"; "Moderation
  is internal"; no external examiner; the University confirms marks "on our
  recommendation".
- 5.1 partially_met (internal only): every listed evaluation method is
  Lodestar's own (unit surveys, focus group, Moodle analytics, tutor reviews,
  Quality Committee); no external evaluation.
- 4.3 partially_met: stakeholders were consulted about design (4.1, 4.2
  met) and help deliver (webinars, placements, mentors), but "Evaluation is
  carried out by participants and the Lodestar team".
- Met despite brevity: E.1, E.2, 2.1 (APCL and APEL), 2.2 (diagnostic ->
  ILP with personalised targets before Unit 1), 3.1, 3.2, 3.3 (forums with a
  two-day reply, fortnightly live tutorials, peer trios between units, termly
  progress note and guest access for headteachers), 5.3 (CRB number and date
  obtained from the school, barred-list and prohibition confirmation, new
  disclosure through Lodestar where needed), 5.5 (two days' placement), 5.7
  (mentor briefing and guide), 5.9 (diagnostic repeated; pupil baseline and
  follow-up data in A2 collated each cohort).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("bt-03-lodestar-blended.docx")

doc = Document()
doc.core_properties.author = "Nadia Okafor"
doc.core_properties.title = "Lodestar - National Award for SEN Coordination - blended route"
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(9.5)

doc.sections[0].footer.paragraphs[0].text = "Lodestar Professional Learning \u00b7 Application to the TDA \u00b7 January 2011"


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def h(text):
    doc.add_heading(text, level=2)


def p(text):
    return doc.add_paragraph(text)


def bullets(items):
    for item in items:
        para = doc.add_paragraph(style="List Bullet")
        if isinstance(item, tuple):
            para.add_run(item[0] + " ").bold = True
            para.add_run(item[1])
        else:
            para.add_run(item)


def grid(header, rows, widths, fill="DEEAF6"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, x in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(x).bold = True
        shade(t.rows[0].cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row).bold = True
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            cells[i].text = v
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    return t


# ------------------------------------------------------------------ title
title = doc.add_paragraph()
r = title.add_run("Lodestar Professional Learning")
r.bold = True
r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
sub = doc.add_paragraph()
sub.add_run("National Award for SEN Coordination \u2013 blended route\n"
            "Application for approval as a provider of nationally accredited SENCO training").bold = True

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.rows[0].cells[0]
shade(c, "FFF2CC")
c.text = ""
c.paragraphs[0].add_run("At a glance").bold = True
for line in ("60 credits at Level 7. Validated by the University of Calder Bridge.",
             "12 online units, 3 face-to-face days, 2 days\u2019 placement.",
             "Starts in September, January and April.",
             "Groups of 12 per tutor. Fee \u00a31,380."):
    c.add_paragraph(line)
p("")

# ------------------------------------------------------------------ award
h("What is the award?")
bullets([
    "Postgraduate Certificate: National Award for SEN Coordination.",
    "60 credits at Level 7 (masters level).",
    "Validated by the University of Calder Bridge on 9 November 2010, with no conditions. The University "
    "confirms the award. Lodestar delivers the programme under the University\u2019s validation agreement.",
    "Three modules of 20 credits: M1 The SENCO, the law and the school; M2 Assessment, teaching and "
    "intervention; M3 Leading provision.",
])
p("Our aim is simple: better achievement and well-being for pupils with SEN and/or disabilities, across all "
  "five Every Child Matters outcomes. Every unit task and every assignment asks what changed for pupils.")

# ------------------------------------------------------------------ who
h("Who is it for, and how do we select?")
bullets([
    ("Entry.", "Qualified teacher status. In post as SENCO, or designated to become SENCO this year. Written "
               "support from the headteacher."),
    ("Diagnostic.", "Before interview every applicant completes our online diagnostic: 58 statements drawn "
                    "from the national outcomes, each rated and backed by an example from their work."),
    ("Interview.", "By phone or video, with a tutor."),
    ("Not yet ready?", "If the diagnostic and interview show an applicant is unlikely to reach the outcomes "
                       "in the time, we tell them what to do first, agree it with their headteacher and hold a "
                       "place on a later intake."),
    ("Criminal records.", "Before we confirm a place we obtain from the employing school the number and date "
                          "of the applicant\u2019s enhanced CRB disclosure, and the school\u2019s written "
                          "confirmation that its barred-list, prohibition-from-teaching and reference checks "
                          "are complete. An applicant who has not worked with children in the last three "
                          "months applies for a new enhanced disclosure through us."),
])

# ------------------------------------------------------------------ fit
h("How does it fit each participant?")
bullets([
    ("Individual Learning Plan.", "The diagnostic becomes an Individual Learning Plan (ILP), agreed at a "
                                  "one-to-one video tutorial before Unit 1. It lists the participant\u2019s "
                                  "priority outcomes, outcomes already secure, and personal targets. It is "
                                  "reviewed at every tutorial."),
    ("Prior learning.", "Up to 30 credits can be accredited. Certificated learning (APCL) is matched against "
                        "module outcomes. Experiential learning (APEL) is claimed through a portfolio and a "
                        "professional discussion with two tutors."),
    ("Tailoring.", "Tutorial time follows the ILP. Unit tasks are chosen from a menu to fit each school."),
    ("Cost.", "\u00a31,380, less than our face-to-face route because there is no venue cost. Time out of "
              "school is three days, so supply cover is low."),
    ("Next steps.", "Unit 12 ends the course. Each participant writes a two-year development plan, discusses "
                    "it with their tutor and takes it to their performance management review. We send the "
                    "headteacher a summary."),
])
p("The assessment-only route that the TDA guidance describes for exceptionally experienced candidates, which "
  "two of the local authorities on our design panel asked us to consider and which we discussed at length with "
  "the University\u2019s validation team, is not something this award can offer.")

# ------------------------------------------------------------------ how taught
h("How is it taught?")
p("Blended. Twelve online units on Moodle, two weeks each. Three face-to-face days in Calder Bridge. A "
  "school-based task in every unit, tied to named outcomes.")
grid(["Unit", "Title", "Module", "Mode"], [
    ["\u2013", "Day 1: Starting out (face to face)", "M1", "Calder Bridge"],
    ["1", "The SENCO role and the Code of Practice", "M1", "Online"],
    ["2", "Disability, equality and the law", "M1", "Online"],
    ["3", "Every Child Matters and well-being", "M1", "Online"],
    ["4", "How children develop", "M2", "Online"],
    ["5", "Areas of need: BESD, SpLD, SLCN, ASD, MLD", "M2", "Online"],
    ["6", "Listening to pupils", "M2", "Online"],
    ["\u2013", "Day 2: Assessment workshop (face to face)", "M2", "Calder Bridge"],
    ["7", "Assessment, targets and intervention", "M2", "Online"],
    ["8", "Teaching approaches and ICT", "M2", "Online"],
    ["9", "Access arrangements for tests and examinations", "M2", "Online"],
    ["10", "Provision mapping and deploying staff", "M3", "Online"],
    ["11", "Parents, agencies and the voluntary sector", "M3", "Online"],
    ["12", "Leading colleagues; next steps", "M3", "Online"],
    ["\u2013", "Day 3: Presentations (face to face)", "M3", "Calder Bridge"],
], (Cm(1.2), Cm(9.0), Cm(1.8), Cm(3.2)))
p("")
p("Examples of school-based tasks:")
bullets([
    "Unit 6: consult three pupils about their support, using a method that suits each one, and change one "
    "plan as a result.",
    "Unit 10: build a provision map for one year group and mark the provision that is not working.",
    "Unit 11: plan and hold a review meeting with a family and one outside agency.",
    "Unit 12: coach a colleague through one change in their teaching.",
])
p("Evidence used in the units is current: Ofsted\u2019s review A statement is not enough (2010), the Lamb "
  "Inquiry (2009), the Bercow Report (2008) and early findings from the Achievement for All pilot. Units 1 and 2 "
  "cover the SEN Code of Practice (2001), the SEN and Disability Act 2001, the Equality Act 2010 and the "
  "forthcoming Green Paper.")
p("Units 11 and 12 build skills in working with colleagues in school, with SENCOs in the local cluster and "
  "with outside professionals, and with parents and carers.")

h("Support online and between days")
bullets([
    ("Tutors.", "Every unit has a tutor-led forum. Tutors reply within two working days."),
    ("Live tutorials.", "Fortnightly, one hour, on Elluminate, for each group of 12."),
    ("Peers.", "Participants work in trios that meet online between units."),
    ("Schools.", "Tutors email each headteacher a progress note every term. Headteachers have guest access to "
                 "their SENCO\u2019s Moodle page."),
])

h("Flexible routes")
bullets([
    "Three start points: September, January and April.",
    "Units 1\u20136 in order; Units 7\u201312 in any order.",
    "A participant may pause for one term and rejoin the next group.",
])

# ------------------------------------------------------------------ assessment
h("How is it assessed?")
bullets([
    ("A1 (M1) Policy review.", "4,000 words."),
    ("A2 (M2) Case study.", "A group of pupils: baseline, intervention, review. 4,000 words, with pupil data."),
    ("A3 (M3) Leadership project.", "3,000-word report and a 15-minute presentation on Day 3. Option A: coach "
                                    "a colleague through a change in practice. Option B: review and redeploy "
                                    "teaching assistants. Either option must show a change in practice, "
                                    "evidenced by colleagues\u2019 feedback and pupil data."),
])
p("Each assignment is marked by the participant\u2019s own tutor against the outcomes listed for it in the map "
  "below. Fails are blind second-marked by another Lodestar tutor. Moderation is internal. Marks are confirmed "
  "by the University\u2019s Assessment Board on our recommendation.")
p("To gain the award a participant must pass A1, A2 and A3. The map shows where each outcome is taught and "
  "assessed.")

h("What participants learn")
grid(["Outcome (our wording)", "Units", "Assessed"], [
    "Attributes",
    ["Build fair, respectful relationships with pupils with SEN and their parents", "6, 11", "A2"],
    ["Win the commitment of colleagues, the head and senior leaders", "12", "A3"],
    ["Prioritise, manage time, delegate", "1, 10", "A3"],
    ["Anticipate problems; make sound decisions on provision", "10", "A3"],
    ["Communicate clearly in speech and writing; listen", "all", "A3 (presentation)"],
    ["Use research and outside advice to improve practice", "5, 8", "A1"],
    ["Keep up to date; own CPD", "12", "A3*"],
    "Knowledge",
    ["SEN law and the Code of Practice: what they require and how to apply them", "1", "A1"],
    ["Every Child Matters and the SENCO\u2019s part", "3", "A1"],
    ["Disability equality law and the duties it creates", "2", "A1"],
    ["Child development and what affects it", "4", "A2*"],
    ["Common SEN: BESD, SpLD (incl. dyslexia), SLCN, ASD, MLD", "5", "A2"],
    ["Approaches and resources for assessment and teaching, incl. ICT", "7, 8", "A2"],
    ["School self-evaluation and SEN", "10", "A3"],
    ["Best practice and research in meeting SEN", "5, 8", "A1"],
    ["External agencies: role, scope, access", "11", "A2"],
    "Skills",
    ["Shape inclusive policy and priorities with leaders and governors", "1, 12", "A1"],
    ["Identify needs, set targets, plan and review interventions", "7", "A2"],
    ["Use other professionals\u2019 assessments", "7", "A2"],
    ["Track progress with summative data, incl. national tests", "7", "A2"],
    ["Provision mapping; spot ineffective or missing provision", "10", "A3"],
    ["Deploy and manage support staff", "10", "A3 (Option B)"],
    ["Develop colleagues: observe, feed back, model, coach, train", "12", "A3 (Option A)"],
    ["Review provision with staff to inform school self-evaluation", "10", "A3"],
    ["Involve pupils in planning and reviewing their provision", "6", "A2"],
    ["Work with parents and carers", "11", "A2"],
    ["Work with other services and voluntary organisations", "11", "A2"],
], (Cm(10.5), Cm(1.8), Cm(3.2)))
note = p("* For starred outcomes the evidence is the learning journal, submitted as an unmarked appendix to the "
         "assignment named.")
note.runs[0].font.size = Pt(8)

# ------------------------------------------------------------------ stakeholders
h("Who shaped it, and who is involved?")
bullets([
    ("Design panel, 2009\u201310.", "SENCOs from 14 schools; SEN advisers from Calder Bridge, Hollinsworth, "
                                    "Ryeford and East Marsham; two headteachers; a parent partnership "
                                    "officer; two former participants of our earlier certificate."),
    ("Survey, spring 2010.", "140 SENCOs replied. Top needs: time to study (71%), provision mapping (64%), "
                             "working with outside agencies (52%)."),
    ("What changed.", "We built the online route to cut time out of school. Provision mapping got its own "
                      "unit (Unit 10). Unit 11 was co-written with the four authorities\u2019 multi-agency "
                      "teams."),
    ("Delivery.", "Local authority specialists run the webinars in Units 5 and 11. Partner special schools "
                  "host placements. Headteachers act as workplace mentors."),
    ("Evaluation.", "Evaluation is carried out by participants and the Lodestar team (next section)."),
])

# ------------------------------------------------------------------ quality
h("How do we know it works?")
bullets([
    "A short survey at the end of every unit.",
    "An end-of-course survey and a focus group on Day 3.",
    "Moodle analytics: log-ins, forum posts, task completion.",
    "A tutor review meeting each term.",
    "An annual report to Lodestar\u2019s Quality Committee, with an action plan. Actions are checked at the "
    "next meeting.",
])
p("Impact. The diagnostic is repeated at the end of the course, and we report the change in competence and "
  "confidence for each outcome. A2 requires baseline and follow-up data for the pupils in the case study; we "
  "collate these across each cohort and report the results every year.")

# ------------------------------------------------------------------ people
h("People and resources")
bullets([
    ("Programme leader.", "Dr Nadia Okafor: PhD (inclusion), AMBDA, SENCO for twelve years in two "
                          "comprehensive schools."),
    ("Tutors.", "Five associate tutors. Each is a current SENCO or was one within the last three years, and "
                "holds an MA in SEN or equivalent. Each completes five days\u2019 SEN updating a year."),
    ("Tutor preparation.", "Two-day induction, tutor handbook, and an observation of their online teaching by "
                           "the programme leader each term."),
    ("Mentors.", "Usually the headteacher. A 90-minute online briefing and a mentor guide setting out what "
                 "they do each term."),
    ("Specialists.", "Educational psychologists, speech and language therapists, and autism and sensory "
                     "support teachers lead webinars."),
    ("Placements.", "Two days in one of nine partner special schools or resource bases, arranged by us, with "
                    "a focus set in the ILP."),
    ("Resources.", "All materials on Moodle. E-library through the University. A loan kit of assistive "
                   "technology (text-to-speech, Clicker 5, portable word processors) posted to participants. "
                   "Licensed assessment tools demonstrated on Day 2."),
])

# ------------------------------------------------------------------ equality
h("Access and equality")
bullets([
    "We meet our duties under the Equality Act 2010.",
    "The application form asks about disability and says why we ask.",
    "Reasonable adjustments are agreed before the start: screen-reader-ready materials, captioned recordings "
    "and transcripts, extra time, another format for the presentation.",
    "Our Calder Bridge venue has level access and a hearing loop.",
])

doc.save(OUT)
print(f"wrote {OUT.name}")
