"""hs-01-kais-specimen-reports: build script (writes hs-01-kais-specimen-reports.docx beside itself).

Provider (invented): KAIS Professional Studies, the professional development arm of the
Kingsway Association of Independent Schools (212 fee-paying day and boarding member schools),
with Radleigh University validating the "KAIS Certificate in Leading Learning Support" as a
60-credit Level 7 module of its PGCert. House vocabulary: Colloquia (whole days at member
schools, Saturdays in Michaelmas and Lent), Prep (directed tasks, formative comment only),
Set Tasks 1-4 (the assessed work), Sponsor (a senior colleague in the participant's school),
Strands, Visiting Day, Entry Review, Next Steps plan, Course Board.

Document kind and layout: the association sends its application as a set of SPECIMEN termly
"Reports to the Head" on an invented participant, in the style of an independent school's
report to parents (attainment A-E / effort 1-4 per strand, tutor's comment, Director of
Studies' remarks, a detachable head's acknowledgement slip), after a covering letter whose
letterhead is typed with manual line breaks and the "How to read this report" notes printed on
the reverse of every form (the grade key in a floating text box), and followed by Part C,
notes for the panel in bold typed paragraph titles C1-C12 (no heading styles). Tables: report
forms with a merged, shaded title row; a Colloquia table with vertically merged term cells; a
Set Tasks table; the "Strand Map" (the minimum outcomes in the association's own words, with
"Where it is assessed"). Header "SPECIMEN" and a footer that claims approval (never evidence).
Tracked changes, comments, footnotes, placeholders ("[Sponsor's comment]").

Traps (requirement ids):
- Footer "Course approved for the National Award" is a page footer: no evidence (none).
- 2.3 not_met: "There is no assessment-only route"; a tracked-DELETED paragraph offered one and
  a reviewer's comment asks about it: neither is part of the submission.
- 2.1 partially_met: credit transfer from earlier Radleigh modules only; "We do not award
  credit for experience."
- 2.2 partially_met: an Entry Review exists but "is for the tutor's information: all
  participants follow the same programme" (no individual plan, no personalised outcomes).
- 3.1 partially_met: a value statement and "venues are chosen with access in mind"; no
  disclosure or adjustment arrangements.
- 3.2 partially_met: one September start, fixed sequence; only a choice of circuit and deferral.
- 3.3 not_applicable: "There is no online element"; Prep returned by email is not e-learning.
- 5.3 partially_met: someone else's responsibility: the association "relies on" member
  schools' CRB checks and makes none of its own.
- 5.5 met via a tracked INSERTION (the Visiting Day arranged by KAIS): insertions count.
- 5.7 partially_met: tutors' handbook and induction, but Sponsors get only a letter: "We hope
  in future to offer Sponsors a briefing of their own" (hope).
- 5.9 partially_met: confidence self-ratings only; pupils' progress measures in the Study in
  School are "not collated by the course team".
- 6.0 partially_met / 1.9 partially_met: the award rule is passing four Set Tasks plus
  attendance, and the Strand Map shows outcomes "Discussed; not separately assessed" or assessed
  by Prep with "formative comment only".
- 6.A3 not_met: absent from the Strand Map; a tutor's comment in the Lent report says the
  course "does not set out to" help with time and workload (negation in a specimen comment).
- 6.S2c not_met: right words about the wrong thing: "formative" appears only for the tutors'
  formative comment on participants' Prep.
- 6.S2d not_met: the Strand Map says exam access arrangements are "Not part of the
  Certificate" (the Examinations Officer's job); the earlier mapping is a tracked deletion.
- 6.A1, 6.K2 partially_met: Colloquium 1 only, "Discussed; not separately assessed".
- 6.K7, 6.S7, 6.S8 partially_met: Prep only, "formative comment only".
- 1.5, 1.7 met (skills developed at Colloquium 4 and in Prep 4) though 6.S7/6.S8 are not assessed.
- Tutor comments about one invented participant are colour; the arrangements are in the printed
  notes and Part C.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK
import _hs_helpers as h

HERE = Path(__file__).resolve().parent
OUT = HERE / "hs-01-kais-specimen-reports.docx"
doc = Document()
doc.styles["Normal"].font.name = "Garamond"
doc.styles["Normal"].font.size = Pt(11)
h.header_footer(doc, "KAIS Professional Studies  |  Reports to the Head  |  SPECIMEN",
                "Kingsway Association of Independent Schools, 14 Mortlake Place, London SW14. "
                "Course approved for the National Award for SEN Coordination.")

def title(text):
    return h.para(doc, text, bold=True, size=12)

# ---------------- Covering letter ----------------
p = doc.add_paragraph()
r = p.add_run("KINGSWAY ASSOCIATION OF INDEPENDENT SCHOOLS")
r.bold = True
r.add_break(WD_BREAK.LINE)
p.add_run("KAIS Professional Studies").add_break(WD_BREAK.LINE)
p.add_run("14 Mortlake Place, London SW14 8QT").add_break(WD_BREAK.LINE)
p.add_run("Telephone 020 8876 0412")
h.para(doc, "10 October 2008")
h.para(doc, "The Approval Panel\nNational Award for SEN Coordination\nTraining and Development Agency for Schools")
h.para(doc, "Dear Panel members,")
h.para(doc, "Our application: the KAIS Certificate in Leading Learning Support", bold=True)
h.para(doc, "Every term, the head of each school that sends a teacher on a KAIS Professional Studies "
       "course receives a written report on that teacher, set out the way our member schools report "
       "to parents: a grade for attainment and a grade for effort in each strand, a tutor's comment, "
       "and remarks from the Director of Studies. Heads tell us it is the one document from us that "
       "they always read. We have therefore chosen to show you our course for the National Award "
       "through the three reports a head would receive over the year, written about an invented "
       "participant, Mrs Imogen Carrow, Head of Learning Support at an invented school, Pelling Hall. "
       "The reports are preceded by the notes printed on the back of every report form, and followed "
       "by Part C, written for you, which sets out the arrangements that a report cannot show.")
h.para(doc, "The Certificate in Leading Learning Support is a 60-credit module at Level 7 (masters "
       "level) of Radleigh University's Postgraduate Certificate in Professional Studies in "
       "Education. Radleigh University validated the Certificate at its event of 2 July 2008 and will "
       "award the credits; KAIS Professional Studies teaches, assesses and administers it under the "
       "partnership agreement between the University and the Association.")
h.para(doc, "We have run an unaccredited Learning Support Leaders' course for member schools since 2004, "
       "and it has trained 148 heads of learning support. The Certificate grows out of that course and "
       "out of what member heads told us in 2007 (see C7).")
h.para(doc, "Yours faithfully,")
h.para(doc, "Dr Harriet Voss\nDirector of Studies, KAIS Professional Studies")
h.page_break(doc)

# ---------------- How to read ----------------
title("PART A   HOW TO READ THIS REPORT")
h.para(doc, "(printed on the reverse of every report form)", italic=True)
p = h.para(doc, "The Certificate runs over one school year of three terms. In each term participants "
           "attend two Colloquia, complete the directed tasks between Colloquia which we call Prep, and "
           "work towards the Set Tasks, which are the assessed work of the course. Each participant has "
           "a KAIS tutor, who teaches their tutor group, marks their Set Tasks and holds four individual "
           "tutorials in the year, and a Sponsor, a senior colleague in their own school (usually the "
           "Deputy Head (Academic)), who meets them twice a term.")
h.text_box(p, ["GRADE KEY", "Attainment: A outstanding; B good; C secure (the standard for the Certificate); "
               "D not yet secure; E unsatisfactory.", "Effort: 1 excellent; 2 good; 3 inconsistent; 4 poor.",
               "IP: in progress (no Set Task yet submitted in this strand)."], width_pt=200, height_pt=130)
h.para(doc, "Strands. The report is arranged in six strands, which together cover what the Certificate "
       "holder must know and be able to do: Law and Guidance; Knowing the Learner; Assessment and "
       "Provision; Leading and Developing Colleagues; Working with Families and Agencies; and The Study in "
       "School. The Strand Map in Part C shows which Set Task assesses each part of a strand.")
h.para(doc, "Grades. Attainment is graded A to E against the Set Task criteria for the strand. Effort is "
       "graded 1 to 4 from attendance, contribution at Colloquia and the completion of Prep. A strand "
       "in which no Set Task has yet been submitted is marked IP. Prep is not graded: it receives "
       "written formative comment from the tutor only, and it does not count towards the Certificate.")
h.para(doc, "The Sponsor's comment. The Sponsor is asked to add a short comment before the report goes to "
       "the head. Sponsors are not assessors, and their comments do not affect grades.")
h.para(doc, "What a report is not. A report is not a certificate. The Certificate is awarded by Radleigh "
       "University at its Examination Board in July, on the recommendation of the KAIS Board of "
       "Examiners (see C5). Please detach the acknowledgement slip at the foot of each report and return "
       "it to the Director of Studies; your comments on it are read by the Course Board.")

# ---------------- Reports ----------------
def report(term, rows, tutor_comment, dos_remarks, sponsor="[Sponsor's comment]"):
    t = doc.add_table(rows=3 + len(rows) + 3, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    h.cell_text(top, "KAIS PROFESSIONAL STUDIES - REPORT TO THE HEAD - " + term.upper(), bold=True)
    h.shade(top, "1F3864")
    for r_ in top.paragraphs[0].runs:
        r_.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    h.cell_text(t.cell(1, 0).merge(t.cell(1, 1)), "Participant: Mrs Imogen Carrow (specimen)")
    h.cell_text(t.cell(1, 2).merge(t.cell(1, 3)), "School: Pelling Hall (specimen)")
    for j, v in enumerate(["Strand", "Attainment", "Effort", "Tutor's comment"]):
        h.cell_text(t.cell(2, j), v, bold=True)
        h.shade(t.cell(2, j), "D9E2F3")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            h.cell_text(t.cell(3 + i, j), v, size=10)
    n = 3 + len(rows)
    c = t.cell(n, 0).merge(t.cell(n, 3))
    h.cell_text(c, "Tutor (Mr Owen Tarrant): " + tutor_comment, size=10)
    c = t.cell(n + 1, 0).merge(t.cell(n + 1, 3))
    h.cell_text(c, "Sponsor: " + sponsor, size=10, italic=True)
    c = t.cell(n + 2, 0).merge(t.cell(n + 2, 3))
    h.cell_text(c, "Director of Studies: " + dos_remarks, size=10)
    h.shade(c, "F2F2F2")
    return t


def slip():
    h.para(doc, "- - - - - - - - - - - - - - - - please detach and return - - - - - - - - - - - - - - - -", size=9)
    h.table(doc, [["HEAD'S ACKNOWLEDGEMENT", ""], ["I have read this report.  Signed:", "[Head]"],
                  ["Any comment for the Director of Studies:", ""]], header=True, size=9)


title("PART B   SPECIMEN REPORTS")
h.para(doc, "Specimen report 1: Michaelmas Term", bold=True)
report("Michaelmas Term", [
    ["Law and Guidance", "B", "1",
     "Imogen's Legal Commentary (Set Task 1) examined Pelling Hall's learning support policy against the "
     "SEN Code of Practice (2001) and the school's duties under Part 4 of the Disability Discrimination "
     "Act 1995 as amended, and proposed a clear plan for bringing the policy and the school's access plan "
     "into line with both. She writes crisply; she should be less sparing with evidence from the school's "
     "own records."],
    ["Knowing the Learner", "IP", "1",
     "Her three case pupils for the Case Portfolio are chosen: a Year 4 boy with a speech and language "
     "difficulty, a Year 7 girl with a diagnosis of Asperger syndrome, and a Year 9 boy whose behaviour "
     "has put his place at the school at risk. Her Prep on child development was thoughtful."],
    ["Assessment and Provision", "IP", "2",
     "Colloquium 2 on standardised assessment unsettled some of her assumptions about the school's "
     "entrance tests, which is exactly what it is meant to do."],
    ["Leading and Developing Colleagues", "IP", "2", "Not yet begun."],
    ["Working with Families and Agencies", "-", "-", "Not reported this term."],
    ["The Study in School", "IP", "1",
     "Her proposal is agreed by her Sponsor and by me: a paired-reading intervention for eight Year 7 "
     "pupils, with baseline reading and self-esteem measures taken in October."],
], "A purposeful first term. Imogen contributes generously in the tutor group and has already put the "
   "Legal Commentary to use: the revised policy goes to the governors' education committee in January.",
   "A strong start. I look forward to the Case Portfolio.")
slip()
h.page_break(doc)

h.para(doc, "Specimen report 2: Lent Term", bold=True)
report("Lent Term", [
    ["Law and Guidance", "B", "-", "Completed in Michaelmas."],
    ["Knowing the Learner", "B", "1",
     "The Case Portfolio (Set Task 2), which I marked and Mrs Amesbury second-marked, shows a secure grasp "
     "of how each pupil's difficulty affects his or her learning. The speech and language therapist's "
     "report and the educational psychologist's assessment were used well to set targets for the Year 4 "
     "pupil, and the decisions taken about the Year 9 pupil were carefully weighed."],
    ["Assessment and Provision", "C", "2",
     "The Portfolio tracks the three pupils' progress through the school's MidYIS and end-of-year test "
     "data and explains how their programmes were changed as a result. The Year 7 plan would have been "
     "stronger with a clearer account of the ICT she uses."],
    ["Leading and Developing Colleagues", "IP", "2",
     "Imogen has begun the observation and coaching cycle with two colleagues that she will report on in "
     "Set Task 4."],
    ["Working with Families and Agencies", "B", "1",
     "Her Prep on meetings with parents and on a planning conversation with a case pupil was sensitive "
     "and honest. Each case in the Portfolio involved an outside agency, as the Set Task requires; her "
     "work with the local dyslexia association was a good example."],
    ["The Study in School", "IP", "1", "Intervention under way; mid-point measures taken in February."],
], "A demanding term, well managed. Imogen asked at Colloquium 3 whether the course would help her manage "
   "her own time and workload; it does not set out to, and I have suggested she raise it with her Sponsor.",
   "Good progress. Imogen should keep the Study in School within its word limit.",
   sponsor="Imogen is now the person colleagues go to. (D. Hebden, Deputy Head (Academic))")
slip()
h.page_break(doc)

h.para(doc, "Specimen report 3: Summer Term (final)", bold=True)
report("Summer Term", [
    ["Law and Guidance", "B", "-", "Completed in Michaelmas."],
    ["Knowing the Learner", "B", "-", "Completed in Lent."],
    ["Assessment and Provision", "B", "1",
     "The Study in School's provision map showed the department, for the first time, which of its "
     "interventions were costly and which had no effect, and Imogen has stopped two of them."],
    ["Leading and Developing Colleagues", "A", "1",
     "Her presentation of a three-year plan for learning support (Set Task 4), agreed in draft with the "
     "Headmaster and discussed with a governor, was the best of the year. In the professional "
     "conversation she spoke clearly about the coaching cycle and listened well to the examiners' "
     "challenges."],
    ["Working with Families and Agencies", "B", "-", "Completed in Lent; Prep completed."],
    ["The Study in School", "B", "1",
     "Seven of the eight pupils made more than a year's progress in reading age over the two terms, "
     "and their self-esteem scores rose; Imogen reviewed the results with the learning support "
     "assistants who ran the sessions and with the heads of Year 7 and English."],
], "Imogen has completed every Set Task at grade C or above and attended all six Colloquia. I recommend her "
   "to the Board of Examiners for the award of the Certificate.",
   "Congratulations. Imogen's Next Steps plan, agreed with her Sponsor, is enclosed with this report.")
slip()
h.page_break(doc)

# ---------------- Part C ----------------
title("PART C   NOTES FOR THE APPROVAL PANEL")
h.para(doc, "These notes set out the arrangements behind the reports. They are in the order in which "
       "heads usually ask about them rather than in the order of the specification.", italic=True)

title("C1  What the Certificate is for")
h.para(doc, "The Certificate exists to improve the progress and the well-being of pupils with special "
       "educational needs and disabilities in our member schools, in the terms of all five Every Child "
       "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
       "contribution and achieving economic well-being. Its assessment keeps that purpose in view: the "
       "Study in School must report the effect of the participant's intervention on pupils' attainment "
       "and on at least one other of those outcomes, measured against a baseline taken before the "
       "intervention began.")
p = h.para(doc, "The course is practical throughout. Every Set Task is carried out in the participant's "
           "own school with the Sponsor's agreement, and participants are expected to change their "
           "school's practice as they go, as Mrs Carrow's reports show.")
h.ins_run(p, " In addition, every participant spends one Visiting Day in a maintained special school or a "
          "local authority specialist service, arranged by KAIS through the three authorities with which "
          "we hold visiting agreements (Surrey, Kent and the London Borough of Richmond upon Thames).")

title("C2  Admission, the Entry Review and prior learning")
h.para(doc, "Applicants must hold QTS or a teaching qualification recognised by the Association, have at "
       "least two years' teaching experience, and either hold or be designated for the post of SENCO or "
       "head of learning support in a member school. The head nominates the applicant on the Nomination "
       "Form, which records the applicant's experience of SEN and any relevant training. Every applicant "
       "then has an admission conversation with the Director of Studies, who judges from the form and the "
       "conversation whether the applicant has the knowledge and experience to complete the Certificate "
       "within the year. Applicants who do not are advised on preparatory reading and a term shadowing an "
       "experienced head of learning support, and we write to their head to agree it.")
h.para(doc, "In the first fortnight each participant completes an Entry Review with their tutor: a "
       "self-rating against the six strands followed by a half-hour telephone conversation. The Entry "
       "Review is for the tutor's information: all participants follow the same programme of Colloquia, "
       "Prep and Set Tasks, in the same order.")
h.para(doc, "Participants who have already gained credit from Radleigh University's modules in inclusive "
       "education may transfer up to 20 credits under the University's credit-transfer regulations, which "
       "reduces the Case Portfolio to a single case. We do not award credit for experience.")
p = h.para(doc, "There is no assessment-only route: in our view the Colloquia are where the learning happens.")
h.comment(doc, p.runs[0], "Governors' sub-committee asked in September whether very experienced heads of "
          "learning support could be assessed without attending. Do we want to offer this?",
          author="R. Ingham", initials="RI")
h.deleted_paragraph(doc, "Exceptionally, an experienced SENCO may be assessed without attending the "
                    "Colloquia, by submitting the four Set Tasks and attending the professional conversation.")

title("C3  The Colloquia")
h.para(doc, "Colloquia are whole days, 9.30 to 4.00, hosted by member schools. They are held on Saturdays "
       "in the Michaelmas and Lent terms, when heads told us weekday release was hardest, and on weekdays "
       "in the Summer term. Each Colloquium opens with What's New, a half-hour briefing by the Director of "
       "Studies on recent research, inspection findings and policy; in 2008-09 it draws on Ofsted's report "
       "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for "
       "children and young people with speech, language and communication needs (2008), and the Lamb "
       "Inquiry into parental confidence in the SEN system, announced in 2008.")
col = [["Colloquium", "Term", "Host (southern circuit)", "What it covers"],
       ["1", "Michaelmas", "Ashdown House School",
        "The SENCO in an independent school; Every Child Matters and the independent sector; the SEN Code "
        "of Practice and SEN law; the Disability Discrimination Act, the school's access plan and its "
        "disability equality duties; building relationships with pupils and parents."],
       ["2", "", "St Bride's, Sevenoaks",
        "Knowing the learner: how children develop and what affects development, at home and in school; "
        "the most common types of SEN - dyslexia and other specific learning difficulties, speech, language "
        "and communication needs, autistic spectrum disorders, behavioural, emotional and social "
        "difficulties and moderate learning difficulties; standardised assessment and what it can and "
        "cannot tell you."],
       ["3", "Lent", "Pelham Court",
        "Assessment, planning and provision: identifying needs from observation and data; targets; "
        "provision mapping and costing; teaching approaches, ICT and assistive technology; reviewing the "
        "effect of provision and stopping what does not work."],
       ["4", "", "Farleigh Grange",
        "Families and agencies: meetings with parents; pupils' voices in planning and review; working "
        "with educational psychologists, speech and language therapists, CAMHS, social care and voluntary "
        "organisations such as the British Dyslexia Association and the National Autistic Society."],
       ["5", "Summer", "Kingsway House",
        "Leading colleagues: observation, feedback and coaching; leading INSET; deploying and managing "
        "learning support assistants; working with the senior team and governors on policy and "
        "priorities; school self-evaluation and the learning support department."],
       ["6", "", "Kingsway House", "Presentations and professional conversations (Set Task 4); Next Steps planning."]]
t = h.table(doc, col, size=9)
for a, b in ((1, 2), (3, 4), (5, 6)):
    top = t.cell(a, 1)
    txt = top.text
    m = top.merge(t.cell(b, 1))
    h.cell_text(m, txt, size=9)
h.para(doc, "Prep. Between Colloquia participants complete Prep: six short tasks carried out in school, "
       "such as a planning conversation with a case pupil and a meeting with the pupil's parents (Prep 4), "
       "or a review of the department against the school's own self-evaluation (Prep 5). Each Prep offers "
       "a choice of three versions, one written for preparatory schools, one for senior schools and one "
       "for all-through schools, and the tutor returns each with a written formative comment.")
h.para(doc, "Tutor groups have no more than eight participants and are formed by phase (preparatory or "
       "senior), so that discussion starts from the schools participants actually work in. The fee for "
       "the year is 1,450 pounds, including Radleigh University registration; because Colloquia in the two "
       "busiest terms are on Saturdays, schools pay for no supply cover for them.")

title("C4  The Set Tasks and the Strand Map")
st = [["Set Task", "Due", "What the participant does"],
      ["1  Legal Commentary", "1 December",
       "A 3,000-word commentary on the school's learning support policy and practice against SEN law, the "
       "SEN Code of Practice and disability equality law, with a plan for change."],
      ["2  Case Portfolio", "20 March",
       "Three case studies (5,000 words in all) of pupils with different needs: how each was identified; "
       "the assessments of other professionals used; targets; the intervention and the decisions behind "
       "it; tracking with summative and standardised data; review. Each case must involve work with at "
       "least one outside agency or voluntary organisation."],
      ["3  The Study in School", "22 May",
       "A 5,000-word enquiry into an intervention the participant leads: the research behind it, a "
       "provision map, how support staff are deployed and managed, baseline and outcome measures for "
       "pupils, and a review of effectiveness with colleagues feeding the school's self-evaluation."],
      ["4  Presentation and Professional Conversation", "Colloquium 6",
       "A 15-minute presentation of a three-year plan for learning support, agreed in draft with the head "
       "and discussed with a governor where possible, then a 30-minute conversation with two examiners "
       "about the plan, a Coaching Record of an observation and coaching cycle with two colleagues, and "
       "the participant's Next Steps plan."]]
h.table(doc, st, size=9)
h.para(doc, "The Strand Map. The table below sets out, in our own words, what the Certificate holder can "
       "do, and where it is assessed.")
sm = [["The Certificate holder can...", "Strand", "Where it is assessed"],
      ["build fair, respectful and constructive relationships with pupils with SEN and their parents", "Families", "Colloquium 1. Discussed; not separately assessed"],
      ["win the support of the head, the senior team and colleagues for better provision", "Leading", "Set Task 4"],
      ["anticipate difficulties, weigh evidence and make sound decisions about provision", "Assessment", "Set Task 2"],
      ["write and speak clearly, and listen to and understand others' views", "All", "Set Task 1 (written); Set Task 4 (spoken)"],
      ["use research and outside advice to improve their own and colleagues' practice", "Study", "Set Task 3"],
      ["keep up to date and take charge of their own professional development", "Leading", "Set Task 4 (Next Steps plan)"],
      ["apply SEN law and the Code of Practice in school", "Law", "Set Task 1"],
      ["explain Every Child Matters and the SENCO's part in it", "Law", "Colloquium 1. Discussed; not separately assessed"],
      ["apply disability equality law and plan what it requires", "Law", "Set Task 1"],
      ["explain how children develop and what affects development", "Learner", "Set Task 2"],
      ["explain the common types of SEN and how they affect learning", "Learner", "Set Task 2"],
      ["judge critically approaches and resources for assessment, planning and teaching, including ICT", "Assessment", "Set Tasks 2 and 3"],
      ["relate school self-evaluation to pupils with SEN", "Leading", "Prep 5 (formative comment only)"],
      ["know best practice and research in meeting SEN", "Study", "Set Task 3"],
      ["know what outside agencies do and how to obtain their help", "Families", "Set Task 2"],
      ["shape policy, priorities and resources with senior colleagues and governors", "Leading", "Set Task 4"],
      ["identify pupils with SEN, set targets, plan interventions and review progress", "Assessment", "Set Task 2"],
      ["use other professionals' assessments in planning teaching", "Assessment", "Set Task 2"],
      ["track progress with summative data, national and standardised tests, and adjust programmes", "Assessment", "Set Task 2"],
      ["plan for access arrangements in public examinations", "Assessment", "Not part of the Certificate: handled in member schools by the Examinations Officer"],
      ["map provision and find what is ineffective or missing", "Assessment", "Set Task 3"],
      ["deploy and manage learning support staff", "Leading", "Set Task 3"],
      ["coach, observe, model and train colleagues", "Leading", "Set Task 4 (Coaching Record)"],
      ["review provision with colleagues to inform self-evaluation", "Study", "Set Task 3"],
      ["involve pupils in planning and reviewing their provision", "Families", "Prep 4 (formative comment only)"],
      ["work with parents and carers", "Families", "Prep 4 (formative comment only)"],
      ["work with other services and voluntary organisations", "Families", "Set Task 2"]]
t = h.table(doc, sm, size=9)
row = t.rows[20]
c = row.cells[2]
c.text = ""
h.del_run(c.paragraphs[0], "Colloquium 3; Set Task 2")
h.ins_run(c.paragraphs[0], "Not part of the Certificate: handled in member schools by the Examinations Officer")
h.comment(doc, t.cell(1, 0).paragraphs[0].runs[0], "Should relationships with parents be assessed somewhere? "
          "Radleigh's panel may ask.", author="O. Tarrant", initials="OT")

title("C5  Marking, moderation and the award")
h.para(doc, "Every Set Task is marked by the participant's tutor against Radleigh University's Level 7 "
       "criteria and the criteria for that Set Task, and second-marked blind by another tutor. A sample "
       "of at least a third of each Set Task, with every fail and every grade A, goes to the external "
       "examiner appointed by the University, and every Set Task 4 presentation is video-recorded so that "
       "it can be moderated. Before each marking round the tutors meet to standardise their marking on "
       "exemplars from the unaccredited course. The KAIS Board of Examiners, chaired by the Director of "
       "Studies with the external examiner present, confirms grades and makes recommendations to the "
       "University's Examination Board.")
h.para(doc, "The Certificate is awarded to participants who pass all four Set Tasks at grade C or above "
       "and attend at least five of the six Colloquia.")

title("C6  Who teaches the Certificate")
h.para(doc, "Dr Harriet Voss, Director of Studies, was head of learning support at two member schools and "
       "then an educational psychologist in Surrey for nine years; her doctorate is on provision for "
       "dyslexic pupils in selective schools. The three tutors are Mr Owen Tarrant, formerly head of "
       "learning support at a senior school, who holds the OCR Diploma in Specific Learning Difficulties; "
       "Mrs Rachel Amesbury, formerly an advisory teacher for autism in Kent; and Mr Nicholas Fenn, "
       "SENCO of a large preparatory school. All hold a masters degree in special or inclusive education, "
       "all have led SEN provision in a school within the last three years, and each spends two days a "
       "year on specialist updating. Guest contributors include two educational psychologists, a speech "
       "and language therapist, an outreach teacher from the National Autistic Society and a chair of "
       "governors.")
h.para(doc, "Tutors work to the KAIS Tutors' Handbook, which sets out their duties in teaching, tutorials, "
       "marking and moderation, and attend a tutor induction day and the standardisation meetings. "
       "Sponsors receive a letter explaining the Certificate and the Sponsor's part in it. We hope in "
       "future to offer Sponsors a briefing of their own.")

title("C7  Listening to schools")
p = h.para(doc, "In spring 2007 we surveyed the heads and heads of learning support of all 212 member "
           "schools, and 131 replied. They told us that most learning support departments were led by a "
           "teacher with no SEN qualification; that heads wanted a course that did not take staff out on "
           "weekdays in the two busiest terms; and that the greatest gaps were in provision mapping and in "
           "working with outside agencies, which many independent schools rarely use. The Saturday "
           "Colloquia, Colloquium 3's work on provision mapping and the rule that every case in the Case "
           "Portfolio involve an outside agency come directly from those replies.")
h.para(doc, "A Heads' Reference Group of six heads met three times in 2007-08 to shape the Certificate; at "
       "its suggestion the Study in School replaced the written examination of the unaccredited course. "
       "Member schools host the Colloquia and their staff contribute to them. A head and a former "
       "participant sit on the Course Board, and heads' comments on the acknowledgement slips are read by "
       "the Course Board each term.")

title("C8  How we judge the course")
h.para(doc, "Participants complete an evaluation at the end of each Colloquium and at the end of the year; "
       "tutors write a cohort report each term; and the external examiner reports on standards each year. "
       "Each July the Course Board (the Director of Studies, the tutors, a head, a former participant and "
       "Radleigh University's link tutor) reviews all of this and agrees an action plan for the following "
       "year, which goes to the University's Partnership Committee as part of its annual monitoring of "
       "the Certificate. The move of the Lent Colloquia to Saturdays in the unaccredited course was one "
       "result of that cycle.")
p = h.para(doc, "To judge the course's impact we ask participants to rate their confidence against each "
           "strand at the Entry Review and again at Colloquium 6, and compare the two. Participants' Study "
           "in School reports include measures of their pupils' progress; these are marked but are not "
           "collated by the course team.")

title("C9  Resources")
h.para(doc, "Participants may use the KAIS library at Mortlake Place (some 3,000 titles and twelve journals "
       "on SEN and inclusion, with a postal loan service), Radleigh University's online library through "
       "their student registration, and a loan collection of standardised assessment materials. The "
       "assistive technology room at Mortlake Place holds Clicker 5, Kurzweil 3000, Dragon "
       "NaturallySpeaking, Inspiration and a range of switches and alternative keyboards, which "
       "participants try at Colloquium 3 and may borrow for their schools for half a term.")

title("C10  Equality of opportunity")
h.para(doc, "KAIS is committed to equality of opportunity for all its members' staff. All Colloquium "
       "venues are chosen with access in mind.")

title("C11  Flexibility")
h.para(doc, "The Certificate starts once a year, in September, and its Colloquia and Set Tasks follow a "
       "fixed sequence. Participants choose either the southern circuit (Colloquia in Surrey and Kent) or "
       "the northern circuit (Colloquia in Harrogate and York), and a participant whose circumstances "
       "change may defer the Study in School and Set Task 4 to the following year. There is no online "
       "element: all teaching is face to face, and Prep is returned to the tutor on paper or by email.")

title("C12  Safer recruitment")
p = h.para(doc, "All participants are employed as teachers in member schools, which as employers must "
           "obtain enhanced CRB disclosures for their staff under the Independent School Standards.")
h.footnote(doc, p, "The Education (Independent School Standards) (England) Regulations 2003, as amended, "
           "and DCSF, Safeguarding Children and Safer Recruitment in Education (2006).")
p.add_run(" The Association relies on those checks; it does not see disclosure information and makes no "
          "further background checks of its own.")

title("C13  After the Certificate")
p = h.para(doc, "At Colloquium 6 each participant drafts a Next Steps plan of professional targets for the "
           "following two years, which the tutor comments on and which the participant then agrees with "
           "the Sponsor and head. We send every new Certificate holder details of Radleigh University's "
           "MA pathway and invite them to the Association's termly Learning Support Forum.")
h.comment(doc, p.runs[0], "Add the MA fee?", author="H. Voss", initials="HV")

h.finish(doc, OUT)
print("wrote", OUT)
