"""jg-02-kpb-compliance-form: build the .docx next to this script.

Provider (invented): KPB Learning, the schools unit of Kingsmoor Public Broadcasting (a public service
broadcaster), with the University of Saltfleet's Faculty of Education, which validates the course and awards the
National Award for SEN Coordination. The course is run as a "multi-platform learning commission" called
"The SENCO Masterclass", 2008-09.

Document kind and layout: the broadcaster's own pre-transmission EDITORIAL COMPLIANCE FORM (Form EC1), which
every KPB production completes before transmission, completed for the Masterclass and sent to the panel as the
application. No heading styles: each Part is a table with a merged, shaded title row; the form's grey italic
prompts are left in (never answers); tick boxes typed as ballot-box glyphs with "Details" cells; a
production-details table with merged cells; a "Content log" of the segments (studio days); an "Outcome Log"
table in the unit's own words with "Segment only - not assessed", "Rough Cut only" and "(no segment)" cells;
an "Upward referral note" in a text box; a sign-off declaration. Vocabulary: participants "Members", tutors
"Presenters", school mentors "Location Mentors", study days "Studio Days", school placements "Location Days",
assessed tasks "Outputs", formative drafts "Rough Cuts" (feedback only), online platform "the Learning Lab",
needs assessment the "Pre-Production Questionnaire", moderation "second viewing". Header and footer; three
tracked changes; two comments; [TBC] placeholders.

Traps (requirement ids):
- Credit level is a placeholder: "60 credits [level TBC at validation event]" -> E.2 partially_met (E.1 met).
- Editorial aim is pupils' attainment in reading, writing and mathematics only; well-being absent from aims
  and assessment -> 1.1 partially_met.
- Form prompts quote the spec's words (e.g. children consulted about issues that affect them); the answer is
  about broadcast contributors ("No children or young people appear") (wrong context) and Segment 5 covers
  pupils' views in general terms only -> 1.5 partially_met, 6.S7 partially_met (not assessed).
- Assessment-only: the tick box says No; the Borough's Inclusion Academy route is another provider's; KPB's
  own route exists only in a tracked deletion -> 2.3 not_met.
- Needs assessment only forms workshop groups: "We do not write individual training plans" -> 2.2 partially_met; with no individual tailoring beyond groups and modes, 2.4 partially_met.
- APL and APEL up to 30 credits through the University (2.1 met).
- Further targets explicitly not part of the course -> 2.5 not_met.
- Stakeholder involvement in evaluation is "[TBC]"; host schools and the Borough take part in delivery
  -> 4.3 partially_met (4.1 and 4.2 met from the headteachers' survey and the changes it made).
- Resources in general terms only; "Specialist technology" ticked N/A -> 5.6 partially_met.
- Marking: second viewing only when a Presenter asks; external moderation only in a comment -> 5.8 partially_met.
- Impact: confidence scale before and after, but pupils' progress only "asked to report any change"
  -> 5.9 partially_met.
- CRB: members' disclosures verified by the Compliance Unit before Location Days (5.3 met), beside the crew's
  and Presenters' checks.
- Placements: the special school/resource base Location Day is a tracked insertion (counts) -> 5.5 met.
- April start is a tracked deletion; September and January starts and studio/online modes remain -> 3.2 met.
- Location Mentors' training sits only in the upward-referral text box (counts: it is the provider's statement)
  -> 5.7 met.
- "Self-assessment" in Part 11 is KPB's own compliance self-assessment against the broadcasting code (right
  word, wrong thing); school self-evaluation appears nowhere -> 6.K7 not_met; reviewing provision with staff
  appears nowhere -> 6.S6 not_met.
- Outcome Log: "Segment only - not assessed" (6.K3, 6.S2c, 6.S4, 6.S7), "Rough Cut only" (6.S2b), assessed in an
  Output with no segment (6.K6) -> partially_met.
- Award rule requires every outcome signed off on the Outcome Log -> 6.0 met.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jg_helpers import *  # noqa
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
set_header_footer(doc, "KPB EDITORIAL STANDARDS  ·  FORM EC1  ·  PRE-TRANSMISSION COMPLIANCE  ·  CONFIDENTIAL WHEN COMPLETE",
                  "Form EC1 v4 (2007). If in doubt, refer upwards. Members' CRB checks: see Part 4.")
GREY = "808080"
AUTH = "J Penhaligon (KPB Compliance)"
YES, NO = "\u2612", "\u2610"


def part(title, rows):
    """rows: list of (prompt, answer) where answer is str or list of str; prompt may be None."""
    n = 1 + sum((1 if pr else 0) + 1 for pr, _ in rows)
    t = doc.add_table(rows=n, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, title, bold=True, size=10, color="FFFFFF")
    shade(top, "1F3864")
    i = 1
    cells = []
    for pr, ans in rows:
        if pr:
            c = t.cell(i, 0).merge(t.cell(i, 1))
            cell_text(c, pr, italic=True, size=8.5, color=GREY)
            shade(c, "F2F2F2")
            i += 1
        if isinstance(ans, tuple):
            cell_text(t.cell(i, 0), ans[0], bold=True, size=9)
            cell_text(t.cell(i, 1), ans[1], size=9)
            cells.append(t.cell(i, 1))
        else:
            c = t.cell(i, 0).merge(t.cell(i, 1))
            cell_text(c, ans, size=9.5)
            cells.append(c)
        i += 1
    doc.add_paragraph()
    return t, cells


# ------------------------------------------------------------------ title block
para(doc, "KINGSMOOR PUBLIC BROADCASTING", bold=True, size=12, color="1F3864")
para(doc, "Editorial Standards: Pre-Transmission Compliance Form (EC1)", bold=True, size=16)
para(doc, "To be completed by the Executive Producer for every production, series or multi-platform commission "
          "before first transmission. Keep answers factual. Where a question does not apply, say so.",
     italic=True, size=9, color=GREY)
para(doc, "Completed for KPB Learning's multi-platform learning commission The SENCO Masterclass, and submitted "
          "to the TDA as KPB Learning's application for approval to run the National Award for SEN "
          "Coordination from September 2008.", size=10)

# ------------------------------------------------------------------ Part 1
pd = doc.add_table(rows=11, cols=4)
pd.style = "Table Grid"
top = pd.cell(0, 0).merge(pd.cell(0, 3))
cell_text(top, "PART 1   PRODUCTION DETAILS", bold=True, color="FFFFFF")
shade(top, "1F3864")
vals = [
    ("Title", "The SENCO Masterclass", "Commission no.", "KPBL/08/117"),
    ("Production unit", "KPB Learning (Schools)", "Genre", "Multi-platform learning"),
    ("Executive Producer", "Dr Helen Marchetti", "Series Producer", "Owen Price"),
    ("Co-producer / validating body", "University of Saltfleet, Faculty of Education", None, None),
    ("Award", "National Award for SEN Coordination, awarded by the University of Saltfleet as a Postgraduate "
              "Certificate in Special Educational Needs Coordination", None, None),
    ("Credit", "60 credits [level TBC at validation event]", "Validation event", "11 March 2009"),
    ("Platforms", "Studio Days at KPB Learning, Kingsmoor; Location Days in schools; the Learning Lab (online)",
     None, None),
    ("First transmission", "Studio Day 1, Saturday 27 September 2008", "Last transmission", "Studio Day 8, "
     "Saturday 4 July 2009"),
    ("Number of Members", "48 per intake (two intakes)", "Fee", "£1,200 per Member"),
    ("Other partners", "Saltfleet Borough Council (Inclusion Service); Kingsmoor County Council SEN Team",
     None, None),
]
for i, (a, b, c, d) in enumerate(vals, start=1):
    cell_text(pd.cell(i, 0), a, bold=True, size=9)
    shade(pd.cell(i, 0), "DCE6F1")
    if c is None:
        m = pd.cell(i, 1).merge(pd.cell(i, 3))
        cell_text(m, b, size=9)
    else:
        cell_text(pd.cell(i, 1), b, size=9)
        cell_text(pd.cell(i, 2), c, bold=True, size=9)
        shade(pd.cell(i, 2), "DCE6F1")
        cell_text(pd.cell(i, 3), d, size=9)
doc.add_paragraph()

# ------------------------------------------------------------------ Part 2
part("PART 2   EDITORIAL SUMMARY", [
    ("Give a short synopsis of the production and its editorial purpose. Who is it for? What is it meant to "
     "achieve?",
     "The SENCO Masterclass is a one-year, part-time course for teachers who are new to the role of special "
     "educational needs coordinator. It is made by KPB Learning, the schools unit of Kingsmoor Public "
     "Broadcasting, and validated and awarded by the University of Saltfleet, which holds the award and its "
     "regulations; KPB Learning designs and delivers the course under the University's quality "
     "procedures.\n"
     "The Masterclass has one editorial aim: that pupils with special educational needs and disabilities in "
     "Members' schools make faster progress in reading, writing and mathematics. Every Output asks the Member "
     "to show the effect of their work on pupils' attainment.\n"
     "Members come to eight Studio Days at our Learning Centre in Kingsmoor, spend two Location Days in "
     "other schools, work in the Learning Lab between Studio Days and complete four Outputs in their own "
     "school. The course is rooted in Members' own schools: every Output is a piece of work the Member "
     "carries out there, with a Location Mentor from the school's senior team, and Members bring what "
     "they have tried back to the next Studio Day to examine what worked and what did not."),
    ("Is the production a repeat or re-version of earlier material? " + NO + " Yes  " + YES + " No",
     "The Masterclass is a new commission. It replaces KPB Learning's short SEN Update broadcasts, which "
     "ended in 2007."),
])

# ------------------------------------------------------------------ Part 3
t, cells = part("PART 3   CONTRIBUTORS AND CONSENT", [
    ("List contributors other than presenters. Has informed consent been obtained from each?",
     "Guest contributors on Studio Days: an educational psychologist from Kingsmoor County Council; a "
     "specialist teacher for visual impairment; a speech and language therapist from Kingsmoor Community "
     "Health; the Borough's autism outreach teacher; a parent partnership officer; two SENCOs from outstanding "
     "schools; and the University's reader in inclusive education. All have signed KPB's standard "
     "contributor agreement."),
    ("Will any child or young person be consulted about issues that affect them? If so, describe the "
     "arrangements.",
     "No children or young people appear on Studio Days or in Learning Lab material, and no pupil is filmed. "
     "Where a Member's Output 2 uses video of a pupil, the school holds the consent and the film is not "
     "shown outside the marking team."),
])

# ------------------------------------------------------------------ Part 4
part("PART 4   CHILD PROTECTION AND SUITABILITY", [
    ("Will any adult working on the production have unsupervised contact with children? List the checks made.",
     "Presenters: all five Presenters hold a current enhanced CRB disclosure obtained by KPB's Human "
     "Resources department, renewed every three years.\n"
     "Crew: there is no filming in schools, so no crew checks are needed for this commission."),
    ("Members (where the production places adults in schools):",
     "Members work with pupils on Location Days in schools other than their own. Before a Member's first "
     "Location Day, KPB's Compliance Unit verifies that the Member holds a current enhanced CRB disclosure, "
     "recording its number and date from the employing school or local authority. A Member without a "
     "verified disclosure cannot begin Location Days. The Compliance Unit also confirms with the headteacher "
     "that the Member is not subject to any restriction on working with children."),
])

# ------------------------------------------------------------------ Part 5
part("PART 5   ACCURACY AND DUE IMPARTIALITY", [
    ("What are the main sources for the production's factual content? How has accuracy been checked?",
     "Content is built on current law and guidance and on recent research and inspection: the SEN Code of "
     "Practice (2001) and the SEN Toolkit; the Disability Discrimination Act 2005; Every Child Matters and "
     "the Children Act 2004; the 2008 regulations on the SENCO role; Ofsted's report Inclusion: does it "
     "matter where pupils are taught? (2006); the Bercow Review (2008); the National Strategies' work on "
     "Quality First Teaching and the Inclusion Development Programme (2008); and the University's own "
     "research on provision mapping. The University's reader in inclusive education checks every Studio Day "
     "script."),
    ("How will the production make sure that any judgements it makes about individuals (including Members' "
     "work) are fair and accurate?",
     "Each Member's Presenter marks their Outputs against the University's Level 7 marking criteria and the "
     "Outcome Log. A Presenter who is unsure of a mark may ask a colleague for a second viewing of the "
     "Output."),
])
c = cells = None

# ------------------------------------------------------------------ Part 6
t6, c6 = part("PART 6   FAIRNESS, EQUALITY AND ACCESS", [
    ("Describe how the production meets KPB's equality duties and its access services commitments.",
     "All Studio Days are subtitled live and BSL-interpreted on request; every Learning Lab video is "
     "subtitled and has a transcript. The application pack is available in large print, Braille and audio, "
     "and the application form invites every applicant to tell us about a disability or other need in "
     "confidence, with a named contact. Before Studio Day 1 the Series Producer agrees reasonable adjustments "
     "with each Member who asks, for example extra time for Outputs, an Output recorded rather than written, "
     "or a Location Day in a school close to home. The Learning Centre is fully accessible. Recruitment, "
     "selection, Location Days and marking follow KPB's disability, race and gender equality schemes and "
     "the University's equal opportunities policy, and our promotional material shows disabled teachers and "
     "SENCOs."),
    ("Is the production available in more than one format or at more than one time?",
     "There are two intakes a year, starting in September and in January. Each Studio Day is run twice, on "
     "a Saturday at the Learning Centre and as an online version in the Learning Lab the following week, and "
     "Members may take any Studio Day in either mode. Outputs 1 and 2 may be taken in either order."),
])
p = c6[1].paragraphs[-1]
tracked_del(p, " Members may also start in April, joining the second intake's Studio Day 3.", author=AUTH,
            date="2008-06-30T11:02:00Z")

# ------------------------------------------------------------------ Part 7
part("PART 7   ONLINE AND INTERACTIVE", [
    ("Does the production have an online or interactive element? " + YES + " Yes  " + NO + " No. If yes, "
     "describe moderation, support and how users are protected.",
     "The Learning Lab is the Masterclass's online platform, built on KPB's schools website. It holds the "
     "online version of each Studio Day, readings, the Outcome Log and each Member's Rough Cuts.\n"
     "Between Studio Days Members are supported in three ways. Each Presenter holds a weekly online surgery "
     "(Tuesday, 4.00–5.30pm) for their Members and answers messages within two working days. Each Member "
     "belongs to a Learning Lab crew of six, with its own forum and a task set for every fortnight between "
     "Studio Days, so that Members work with their peers on real cases from their schools. And the Learning "
     "Lab sends Location Mentors in schools a summary of each Studio Day with the gap task their Member has "
     "to do, so that the school, the Member and the Presenter are working from the same page.\n"
     "Forums are moderated by KPB's online team against KPB's community guidelines, and Members agree not to "
     "post anything that could identify a pupil."),
])

# ------------------------------------------------------------------ Part 8
t8, c8 = part("PART 8   THIRD PARTIES, CO-PRODUCERS AND STAKEHOLDERS", [
    ("Describe the role of each co-producer and partner. What has been agreed in writing?",
     "The University of Saltfleet validates the Masterclass, registers Members as its students, appoints "
     "the external examiner and runs the examination board. Saltfleet Borough Council and Kingsmoor County "
     "Council release their SEN advisers to present on Studio Days 2 and 6 and find host schools for "
     "Location Days. The agreements are held by KPB Learning."),
    ("How has the audience's view been taken into account in developing the production?",
     "Before we commissioned the Masterclass, in February and March 2008 KPB Learning surveyed the "
     "headteachers and SENCOs of 212 schools in the two authorities (131 replied), held two focus groups "
     "with new SENCOs, and met both councils' SEN teams and the Kingsmoor Parent Partnership Service. Schools "
     "said new SENCOs needed most help with data, with leading colleagues and with parents; the councils "
     "asked for Location Days in specialist settings. As a result Segment 4 was doubled to a full day on "
     "data and provision mapping, Segment 7 on parents and carers was added, and the Location Days were "
     "built into the course. The SEN teams read the draft Content Log in May 2008 and asked for the law "
     "segment to come earlier, which it now does."),
    ("Assessment-only route: will experienced candidates be able to be assessed without training? "
     + NO + " Yes  " + YES + " No",
     "KPB Learning does not offer an assessment-only route. Saltfleet Borough Council runs its own "
     "assessment-only route for the Borough's advisory teachers through the Borough's Inclusion Academy."),
    ("How will stakeholders be involved in evaluating the production?",
     "[TBC – to be agreed with the University before first transmission]"),
])
p = c8[2].paragraphs[-1]
tracked_del(p, " KPB Learning will assess experienced SENCOs against the outcomes without training where their "
               "headteacher asks.", author=AUTH, date="2008-07-02T09:30:00Z")
r = c8[3].paragraphs[-1].runs
doc.add_comment(r, text="Headteacher panel for the end-of-year review? HM to raise with the Borough.",
                author="Helen Marchetti", initials="HM")

# ------------------------------------------------------------------ Part 9 content log
para(doc, "PART 9   CONTENT LOG", bold=True, color="1F3864")
para(doc, "List each programme, episode or segment in transmission order with a one-line description. Attach "
          "running orders if available.", italic=True, size=8.5, color=GREY)
cl_rows = [
    ["Segment", "When", "Content"],
    ["1  Pre-production", "Before Studio Day 1", "Members complete the Pre-Production Questionnaire: a rating of "
     "their confidence and experience against each line of the Outcome Log, with their headteacher's comments. "
     "Results are used to set up the workshop groups for each Studio Day. We do not write individual training "
     "plans."],
    ["2  The law and the Code", "Studio Day 1, 27 Sep", "SEN law and guidance, the Code of Practice in a school's "
     "week, the SENCO's statutory place; the disability equality duty and accessibility planning (not assessed); "
     "Every Child Matters and the children's trust."],
    ["3  Knowing the pupils", "Studio Day 2, 8 Nov", "How children develop and what gets in the way: language, "
     "motor, social and emotional development, and how SEN, disability and the physical and social "
     "environment affect it. The most common needs: BESD, specific learning difficulties including dyslexia, "
     "SLCN, ASD and MLD. With the LA's advisers."],
    ["4  Data and provision", "Studio Day 3, 6 Dec", "Identifying pupils with SEN from observation and data; "
     "setting targets, planning interventions, reviewing progress; provision mapping to find gaps and "
     "ineffective provision; using assessments by other professionals; special arrangements for national "
     "tests and examinations and how to plan them in good time with colleagues; summative data and tracking."],
    ["5  Voices", "Studio Day 4, 31 Jan", "Working with pupils: fair and respectful relationships; how pupils' "
     "views can be gathered and taken into account; a culture where pupils with SEN are engaged in their own "
     "learning."],
    ["Location Day A", "February", "A day in a special school or resource base: observing, and working with "
     "pupils alongside staff."],
    ["6  The team", "Studio Day 5, 7 Mar", "Leading colleagues: gaining the commitment of the headteacher and "
     "senior leaders; advising and collaborating with class teachers and colleagues in other schools; "
     "observation, feedback, coaching and training; formative assessment for pupils with SEN; deploying and "
     "managing teaching assistants."],
    ["7  Families and services", "Studio Day 6, 25 Apr", "Working in partnership with parents and carers; the "
     "scope and role of external agencies and voluntary organisations and how to get their help; the "
     "multi-agency meeting. With the Parent Partnership Service and the Borough's advisers."],
    ["Location Day B", "May", "A day with an external agency or voluntary organisation chosen by the Member."],
    ["8  Strategy and evidence", "Studio Day 7, 6 Jun", "Working with senior leaders and governors on an "
     "inclusive ethos, policy and resources; using research and best practice; managing the SENCO's time and "
     "workload; keeping up to date."],
    ["9  Showcase", "Studio Day 8, 4 Jul", "Members present Output 3 to a panel; end-of-course review."],
]
cl = table(doc, cl_rows, header_fill="DCE6F1", size=8.5)
p = cl.cell(6, 2).paragraphs[0]
for r in list(p.runs):
    r._r.getparent().remove(r._r)
runs(p, ("A day ", {"size": 8.5}))
tracked_ins(p, "in a special school or resource base", author=AUTH, date="2008-07-02T09:41:00Z")
runs(p, (": observing, and working with pupils alongside staff. Host schools are found by the two councils.",
         {"size": 8.5}))
doc.add_paragraph()

# ------------------------------------------------------------------ Part 10 outputs
part("PART 10   OUTPUTS AND HOW THEY ARE JUDGED", [
    ("Describe any assessment, competition or vote, how it is judged and by whom.",
     "Members complete four Outputs, each carried out in their own school and marked against the University's "
     "Level 7 criteria and the lines of the Outcome Log it covers. Before each Output a Member may submit a "
     "Rough Cut, a draft or part-draft on which their Presenter gives written feedback within ten days; "
     "Rough Cuts are not marked.\n"
     "Output 1, The School Profile (3,000 words, due January): the school's SEN provision against the Code of "
     "Practice, with a provision map and an analysis of identification data and of the planning and ICT "
     "approaches in use.\n"
     "Output 2, The Case Film (3,000 words or a 15-minute recorded case, due March): one pupil, their "
     "development and needs, the assessments of other professionals, the targets and interventions set and "
     "reviewed, and the Member's work with the pupil, their parents or carers and at least one external "
     "agency or voluntary organisation.\n"
     "Output 3, The Pitch (a 20-minute presentation to a panel of a Presenter, a headteacher and a governor, "
     "on Studio Day 8): a proposal to the Member's senior team and governors for a change in the school's SEN "
     "policy or use of resources, showing how it serves the Every Child Matters outcomes, the decisions "
     "behind it and the problems it anticipates.\n"
     "Output 4, The Documentary (5,000 words, due July): an enquiry into a change the Member led, drawing on "
     "research and best practice, including how they coached or trained a colleague, how they "
     "planned special arrangements for pupils in national "
     "tests or examinations, how they managed their own time and delegated tasks, and a record of how they "
     "kept up to date during the year."),
    ("Who may win or be awarded? State the rules.",
     "Only Members who pass all four Outputs and whose Outcome Log shows every national outcome signed off "
     "by their Presenter as shown in a marked Output are put forward to the University's examination board "
     "for the award. A Member who does not meet an outcome is given one further opportunity to show it in a "
     "resubmitted Output."),
    ("Recognition of earlier material: can participants bring in work made elsewhere?",
     "Yes. Through the University's accreditation of prior learning procedure a Member may bring in up to 30 "
     "credits, either from earlier Master's-level study in SEN or from experience, shown in a portfolio "
     "mapped to the Outcome Log and assessed by a Presenter and the University's APL adviser. Accredited "
     "credit replaces Output 1 or Output 2, and the Outcome Log records the lines it covers."),
    ("After transmission: is any follow-up planned for participants?",
     "The Masterclass ends with Output 4. Planning the next steps in a Member's career is a matter for the "
     "Member and their line manager and is not part of the course."),
])

# ------------------------------------------------------------------ Outcome Log
para(doc, "ATTACHMENT TO PART 10: THE OUTCOME LOG", bold=True, color="1F3864")
para(doc, "Each line is our shorthand for one of the national minimum outcomes. \"Segment only – not "
          "assessed\" means the line is covered on a Studio Day but no Output marks it.", size=9)
ol = [["Outcome line", "Segment", "Output"]]
ol += [
    ["Fair, respectful relationships with pupils and their families", "5", "Output 2"],
    ["Winning the commitment of the head and senior leaders", "6", "Output 3"],
    ["Managing time, prioritising and delegating", "8", "Output 4"],
    ["Solving problems and making sound decisions on provision", "4, 8", "Output 3"],
    ["Clear speaking and writing; listening to others", "all", "Outputs 1–4"],
    ["Using research and outside advice to improve practice", "8", "Output 4"],
    ["Keeping up to date; owning your CPD", "8", "Output 4"],
    ["SEN law, the Code of Practice and putting them into practice", "2", "Output 1"],
    ["Every Child Matters and the SENCO's part", "2", "Output 3"],
    ["Disability equality law and duties", "2", "Segment only – not assessed"],
    ["Child development and what affects it", "3", "Output 2"],
    ["The common types of SEN and their effect on learning", "3", "Output 2"],
    ["Approaches, strategies and resources, including ICT", "(no segment)", "Output 1"],
    ["Best practice and research in meeting SEN", "8", "Output 4"],
    ["External agencies and getting specialist help", "7", "Output 2"],
    ["Strategic work with senior leaders and governors", "8", "Output 3"],
    ["Identifying pupils, targets, interventions, reviews", "4", "Output 2"],
    ["Using other professionals' assessments", "4", "Output 2"],
    ["Tracking with summative data and national tests", "4", "Rough Cut only"],
    ["Helping colleagues with formative assessment", "6", "Segment only – not assessed"],
    ["Special arrangements for tests and examinations", "4", "Output 4"],
    ["Provision mapping and finding gaps", "4", "Output 1"],
    ["Deploying and managing staff", "6", "Segment only – not assessed"],
    ["Supporting colleagues' professional development", "6", "Output 4"],
    ["Pupils involved in planning and reviewing their provision", "5", "Segment only – not assessed"],
    ["Working with parents and carers", "7", "Output 2"],
    ["Partnership with other services and voluntary organisations", "7", "Output 2"],
]
olt = table(doc, ol, header_fill="DCE6F1", size=8.5)
for row in olt.rows[1:]:
    v = row.cells[2].text
    if "not assessed" in v or "Rough Cut" in v:
        shade(row.cells[2], "FCE4D6")
doc.add_paragraph()

# ------------------------------------------------------------------ Part 11
t11, c11 = part("PART 11   QUALITY, EVALUATION AND RESOURCES", [
    ("Who delivers the production? Summarise relevant experience.",
     "Five Presenters: Owen Price (Series Producer; SENCO for eleven years in two Kingsmoor comprehensives, "
     "MA in Special and Inclusive Education); Dr Nadia Ferris (reader in inclusive education, University of "
     "Saltfleet); Carol Tremayne (head of the Borough's learning support service, specialist teacher of "
     "dyslexia); Rajesh Kohli (former SENCO and assistant head, primary, now an LA inclusion consultant); "
     "and Gwen Pascoe (educational psychologist, Kingsmoor County Council). Each Presenter spends at least "
     "five days a year in schools and attends the University's inclusive education research seminars."),
    ("What resources (studio, equipment, specialist technology) does the production use? Specialist "
     "technology: " + NO + " Yes  " + YES + " N/A",
     "Members have access to the KPB archive and the Learning Lab, and to the University's library."),
    ("Self-assessment: has the production been self-assessed against the KPB Editorial Code and the "
     "broadcasting code? " + YES + " Yes  " + NO + " No",
     "Self-assessment completed by the Executive Producer, 30 June 2008: no issues requiring referral."),
    ("How will the production's quality and impact be evaluated?",
     "Every Studio Day and every Learning Lab segment is evaluated by Members online, and the Series Producer "
     "reports the results to the KPB Learning board each term. The University's annual monitoring, the "
     "external examiner's report and the Members' end-of-course questionnaire are reviewed at an annual "
     "course review with the University in July, which agrees the changes for the next intake and records "
     "them in the Content Log. Members complete a confidence scale against the Outcome Log at the "
     "Pre-Production Questionnaire and again at Studio Day 8, and we compare the two with their Output "
     "marks. Members are asked to report any change in their pupils' progress."),
])
r = c11[3].paragraphs[-1].runs
doc.add_comment(r, text="External moderation: the University will sample Outputs – confirm with Nadia before this goes.",
                author="Owen Price", initials="OP")

# ------------------------------------------------------------------ Part 12
para(doc, "PART 12   UPWARD REFERRAL AND SIGN-OFF", bold=True, color="1F3864")
para(doc, "Record any matter referred upwards and the advice received.", italic=True, size=8.5, color=GREY)
p = para(doc)
textbox(p, [
    ("UPWARD REFERRAL NOTE – Location Mentors", True),
    ("Referred to the Head of KPB Learning, 24 June 2008: the Masterclass relies on school staff we do not "
     "employ. Advice received and acted on: each Member's headteacher names a Location Mentor from the "
     "school's senior team. Every Location Mentor attends a half-day briefing at the Learning Centre in "
     "September or January, led by the Series Producer, on the Outputs, the Outcome Log and what a Location "
     "Mentor does and does not do, and receives the Location Mentor Handbook. Presenters have a day's "
     "training from the University on its Level 7 criteria and marking before the first intake, and a "
     "briefing before each Studio Day.", False),
], height_pt=140, fill="FFF2CC")
para(doc, "Entry. Members must hold qualified teacher status and be in post as SENCO, or be about to take up "
          "the post, with a headteacher's nomination. The Series Producer reads each Pre-Production "
          "Questionnaire before a place is confirmed; an applicant whose answers show they are not yet likely "
          "to meet the outcomes within the year is advised on what to do first and offered the January "
          "intake, and the Series Producer talks to their headteacher.", size=9.5)
para(doc, "Declaration. I confirm that this production has been made in accordance with the KPB Editorial "
          "Code and that the information above is accurate.", italic=True, size=9, color=GREY)
para(doc, "Signed: Dr Helen Marchetti, Executive Producer, KPB Learning.   Date: 14 July 2008", size=9.5)

doc.save(OUT)
print(OUT.name, word_count(doc), "words")
