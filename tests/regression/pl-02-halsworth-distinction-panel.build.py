"""pl-02-halsworth-distinction-panel: builds pl-02-halsworth-distinction-panel.docx next to this script.

Provider: the Schools and Inclusion Group of the Halsworth & District Photographic Society (a camera club), with
Castlebridge University, which is to validate the course as its Postgraduate Certificate in SEN Coordination.

Document kind and layout: the course written as the society's photographic DISTINCTION SUBMISSION, the pack a
member sends for an Associateship: no heading styles at all (bold capital "SECTION A -" lines typed as Normal
paragraphs, address and cover lines on manual line breaks); a mount-label text box on the cover with a blanket
claim; Section A, the society's own distinctions application form, its grey printed prompts left in (one with a
"[xx] credits" placeholder, a "[Signature of Chair]" placeholder, a comment); Section B, a Statement of Intent in
prose; Section C, a Hanging Plan (a 3 x 5 grid with a merged title row, one cell shaded as a Reserve); Section D,
a Print List with technical notes, fifteen prints each a small table ("Taken", "In frame", "Judged at"), keyed in
the Print List's opening paragraph ("Reserve": made and shown but not judged), and a "Not in frame" paragraph;
Section E, notes from the society's Advisory Day of March 2008 (what advisers said and what was done);
Section F, the three Judgings (assessed pieces); Section G, "Mounting and presentation" (delivery, entry, checks,
access, fees, mentors, resources, evaluation); a staff table; header and footer with PAGE / NUMPAGES fields.
Course vocabulary: the panel (the course), members (participants), Sittings (Saturday study days), Field prints
(school-based tasks), Judgings (assessed pieces), the Hanging Committee (the board that moderates), Sponsors
(school mentors), the Advisory Evening (pre-course conversation), Judging only (assessment-only route), the
Next Exposure planner (targets after the award).

Traps (requirement ids touched):
- Mount-label text box claims "All twenty-nine minimum outcomes are in frame and every one is judged": a blanket
  claim; the Print List shows a Reserve print and gaps (1.9, 6.0, 6.*).
- Form prompts left in (grey): never answers. Placeholder "[xx] credits" with a comment ("60 on the phone"): the
  comment is not part of the submission (E.2 partially_met; E.1 met on the validation by a named university).
- Statement of Intent: ECM outcomes in aims, content (Print 2) and assessment (Judging I) (1.1 met); research only
  in general terms, "Our tutors keep up with the latest research" (1.3 partially_met; 6.K8 not_met, nowhere in
  the prints or Judgings); law and policy named are SEN law only.
- The Disability Discrimination Act appears only as the Society's own duty to its members (wrong context): no
  disability equality law in the course (1.4 partially_met, 6.K3 not_met; 3.1 met).
- Tracked change in a Print List cell: Print 13's "Judging III" deleted, "Reserve" inserted, with a comment
  (6.A6, 6.S9 partially_met: developed only in a Reserve print).
- Judged only: national test and summative data appear in Judging I's requirements but in no print (6.S2b
  partially_met).
- Provision mapping left to the local authority's SENCO Network meetings (6.S3 not_met: other provider).
- Advisory Day notes: other people's suggestions. Stakeholders' influence is detailed (4.2 met); the adviser's
  "January start and an online route" was not adopted (3.2 partially_met).
- Deleted tracked change removes a February intake (3.2 partially_met: Saturdays only, one intake, fixed order;
  only a missed Sitting and moved Judging dates are flexible).
- No e-learning; the Society's online photo gallery is the wrong thing (3.3 not_applicable).
- Inserted tracked change carries the List 99 / employer checks (5.3 met only with the insertion).
- Advisory Evening is a conversation about experience, not against the outcomes, with no individual plan
  (2.2 partially_met); prior experience only "taken into account" (2.1 partially_met).
- "Judging only" route in exceptional cases (2.3 met).
- Fees and Saturday Sittings are cost-effective and the credit leads to the MA, but every member takes the same
  Sittings in the same order; tailoring is only the choice of pupils and settings (2.4 partially_met).
- Evaluation forms after each Sitting only, no external evaluation or use of evidence (5.1 partially_met);
  confidence questionnaire plus a hope to measure pupils' progress (5.9 partially_met).
- Negation on stakeholder evidence, "We have not surveyed schools" (4.1 partially_met); involvement in
  evaluation only wished for (4.3 partially_met; guest teachers at Sittings count for delivery).
- Resources: a library ticket plus the clubroom's projector and darkrooms (wrong thing) (5.6 partially_met).
- Compensation rule: a member Referred at one Judging may still be recommended (6.0 not_met; 1.9 partially_met).
- Footnotes: the Hanging Committee (5.8 met) and the partner special schools (5.5 met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Cm, RGBColor  # noqa: E402
from _pl_helpers import (Footnotes, cell_text, comment, dele, field, ins, new_document, para, run,  # noqa: E402
                         shade, table, text_box)

HERE = Path(__file__).parent
NAME = "pl-02-halsworth-distinction-panel"
PH = "Philippa Hale"
GREY = "808080"

doc = new_document("Georgia", 10.5)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)

hp = sec.header.paragraphs[0]
run(hp, "HALSWORTH & DISTRICT PHOTOGRAPHIC SOCIETY \u00b7 ASSOCIATESHIP SUBMISSION \u00b7 EVERY CHILD IN FOCUS",
    size=7.5, color="7F7F7F")
fp = sec.footer.paragraphs[0]
run(fp, "Submission 2009/04   \u00b7   Page ", size=8, color="7F7F7F")
field(fp, "PAGE", size=8)
run(fp, " of ", size=8, color="7F7F7F")
field(fp, "NUMPAGES", "9", size=8)


def caps(text, size=11.5, space_before=14):
    p = para(doc, text, bold=True, size=size)
    p.paragraph_format.space_before = __import__("docx").shared.Pt(space_before)
    return p


def lines(texts, bold=False, size=10.5, align=None, italic=False):
    """One paragraph whose lines are separated by manual line breaks."""
    p = para(doc, "", align=align)
    for i, t in enumerate(texts):
        r = run(p, t, bold=bold, size=size, italic=italic)
        if i < len(texts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def bodyrun(p, label, text):
    run(p, label, bold=True)
    run(p, text)
    return p


# ---------------------------------------------------------------- cover
lines(["HALSWORTH & DISTRICT PHOTOGRAPHIC SOCIETY", "Schools and Inclusion Group"], bold=True, size=14,
      align="center")
lines(["Corn Street Rooms", "14 Corn Street", "Halsworth HW3 2JQ"], size=9.5, align="center")
lines(["ASSOCIATESHIP SUBMISSION", "\u201cEVERY CHILD IN FOCUS\u201d"], bold=True, size=18, align="center")
para(doc, "A panel of fifteen prints, presented to the Training and Development Agency for Schools as our application "
          "for approval to run the National Award for Special Educational Needs Coordination, with Castlebridge "
          "University. March 2009.", italic=True, align="center")
text_box(doc, [
    ("MOUNT LABEL", True, False, 9),
    ("Panel: Every Child in Focus.   Prints: 15.   Applicant: Halsworth & District PS.", False, False, 9.5),
    ("All twenty-nine minimum outcomes are in frame and every one is judged.", False, True, 9.5),
], width_pt=340, height_pt=62, fill="FFFFFF", stroke="000000")

# ---------------------------------------------------------------- section A: form
caps("SECTION A \u2013 APPLICATION FORM")
para(doc, "This is the Society's usual distinctions application form, completed for the Award. The printed questions "
          "and notes (in grey) are left as they are.")
form = table(doc, 9, 2, widths=[Cm(6.0), Cm(10.4)])
rows = [
    ("1. Applicant (society or individual member)", None,
     "Halsworth & District Photographic Society, Schools and Inclusion Group (registered charity 1043387)"),
    ("2. Distinction applied for", "Licentiate / Associateship / Fellowship: delete as appropriate.",
     "Associateship"),
    ("3. Category", None, "National Award for Special Educational Needs Coordination"),
    ("4. Awarding body for the credit", "Name the university or college that will award any credit.",
     "Castlebridge University, Faculty of Education and Social Care, which will validate the panel as its "
     "Postgraduate Certificate in Special Educational Needs Coordination at its validation event on 11 June 2009 "
     "and which awards the Certificate and its credit. The panel is written to the University's framework for "
     "Masters-level study, and the University's link tutor sits on the Hanging Committee."),
    ("5. Level and credit", None, "Masters (M) level. [xx] credits."),
    ("6. Number of prints", "Associateship panels: 15 prints.",
     "15: ten Sittings (Prints 1 to 10) and five Field prints (Prints 11 to 15)"),
    ("7. Statement of Intent", "Maximum 150 words. Say what your panel sets out to show and how the prints work "
                               "together.", "See Section B."),
    ("8. Have you attended an Advisory Day?", "If yes, give the date and the advisers' names.",
     "Yes: 14 March 2008. See Section E."),
    ("9. Declaration", "I confirm that every image in this panel is my own work and that I hold the consent of any "
                       "person shown.", "[Signature of Chair]"),
]
for i, (q, note, a) in enumerate(rows):
    c0 = form.cell(i, 0)
    cell_text(c0, q, bold=True, size=9.5, color="595959")
    if note:
        p = c0.add_paragraph()
        run(p, note, italic=True, size=8.5, color=GREY)
    shade(c0, "F2F2F2")
    cell_text(form.cell(i, 1), a, size=9.5)
credit_run = form.cell(4, 1).paragraphs[0].runs[0]
comment(doc, credit_run, "Castlebridge have said 60 on the phone; nothing in writing until the validation event.",
        PH, "PH", "2009-03-02T11:15:00Z")

# ---------------------------------------------------------------- section B: statement
caps("SECTION B \u2013 STATEMENT OF INTENT")
p = para(doc, "Every Child in Focus sets out to show a SENCO learning to see every pupil in the school clearly: what "
              "each child needs, what is getting in the way, and what the adults around them can change. Read from "
              "the top left, the panel follows a member through one school year, from the first Sitting in October "
              "to the Exhibition in July.")
comment(doc, p.runs[0], "The form says 150 words at most. Do we care? GW", "Graham Wilde", "GW",
        "2009-02-26T19:02:00Z")
para(doc, "The panel's subject is the achievement of pupils with SEN and/or disabilities, and achievement here means "
          "all five Every Child Matters outcomes, not only test results. Its aims are that each member should lead "
          "provision that helps their pupils to be healthy, stay safe, enjoy and achieve, make a positive "
          "contribution and achieve economic well-being. Its content gives a whole Sitting (Print 2) to those "
          "outcomes, and its assessment asks for them: Judging I must show the pupil's progress in learning and in "
          "well-being, with at least one measure of each.")
para(doc, "The panel is made in schools. Five of the fifteen prints are Field prints, taken in the member's own "
          "school or a neighbouring one between Sittings, and every Sitting ends with a task to try in school before "
          "the next. Each Judging is built on work the member has done in their own school, so that by July every "
          "member has changed something in their school's practice and can show the difference it made to the "
          "pupils concerned.")
para(doc, "The law and government policy on SEN run through the panel: the SEN Code of Practice (2001) and Part IV of "
          "the Education Act 1996 in Print 1, Every Child Matters and Removing Barriers to Achievement in Print 2. "
          "Our tutors keep up with the latest research and with what Ofsted says about SEN, and bring it into the "
          "Sittings.")
para(doc, "A SENCO works through other adults. Print 8 develops the skills of advising, coaching and supporting "
          "colleagues and teaching assistants, and in Print 11 members spend a day alongside a SENCO in another "
          "school and a day in a special school or resource base, and bring back advice for their own staff. Print 9 "
          "teaches members how to find out what pupils think, using talking mats, questionnaires designed with the "
          "pupils themselves and pupil-led reviews, and how to work with parents and carers as partners; in Print 12 "
          "each member plans and chairs a review meeting in which a pupil and their parents take a full part.")
para(doc, "We believe in photography's power to help people see, and we believe that every child deserves to be seen. "
          "Our statement is longer than the form allows, because the Agency's guidance asks for more than 150 words.")

# ---------------------------------------------------------------- section C: hanging plan
caps("SECTION C \u2013 THE HANGING PLAN")
para(doc, "The panel is hung in three rows of five and is read left to right, top row first, as the Hanging Committee "
          "sees it.")
hang = table(doc, 4, 5)
top = hang.cell(0, 0).merge(hang.cell(0, 4))
cell_text(top, "EVERY CHILD IN FOCUS \u00b7 hanging plan as revised after the Advisory Day", bold=True, size=9.5)
shade(top, "262626")
top.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
grid = [
    ["1\nFirst Light\nSitting 1", "2\nEvery Child\nSitting 2", "3\nGrowing Up\nSitting 3", "4\nMany Kinds\nSitting 4",
     "5\nSeeing Clearly\nSitting 5"],
    ["6\nThe Tools\nSitting 6", "7\nThe Whole School\nSitting 7", "8\nLeading Others\nSitting 8",
     "9\nVoices\nSitting 9", "10\nBeyond the Gate\nSitting 10"],
    ["11\nShadow\nField 1", "12\nThe Review\nField 2", "13\nBorrowed Light\nField 3 \u00b7 R",
     "14\nAccess for Tests\nField 4", "15\nNext Exposure\nField 5"],
]
for i, row in enumerate(grid, start=1):
    for j, v in enumerate(row):
        cell_text(hang.cell(i, j), v, size=9)
        hang.cell(i, j).paragraphs[0].runs[0].bold = True
hang_r = hang.cell(3, 2)
shade(hang_r, "BFBFBF")
para(doc, "Row C is the row of Field prints. The print shaded grey and marked R hangs in the plan but is a Reserve "
          "(see Section D).", size=9.5, italic=True)

# ---------------------------------------------------------------- section D: print list
caps("SECTION D \u2013 PRINT LIST AND TECHNICAL NOTES")
para(doc, "Each print is listed below with its technical notes, set out as the Society's distinctions secretary asks "
          "for them. Taken says when and where the Sitting or Field print happens. In frame says what the member "
          "learns or does, in our words. Judged at names the Judging (Section F) at which the assessors look for it "
          "in the member's work. A print marked Reserve travels in the box with the others: it is made, shown and "
          "talked through at a Sitting, but it is not hung at any Judging and nobody judges it.")

prints = [
    ("PRINT 1 \u00b7 FIRST LIGHT", "Sitting 1. Saturday 3 October 2009, 9.30 to 3.30, Corn Street Rooms.",
     "The SENCO's job as the SEN Code of Practice (2001) describes it, and as members actually do it. The Code's "
     "graduated response (School Action, School Action Plus, statutory assessment, statements and annual reviews) "
     "and Part IV of the Education Act 1996: what they require of the school, the SENCO, class teachers and "
     "governors, and how to put them into practice in the member's own school. Gaining the commitment of the "
     "headteacher and senior leaders: each member prepares the case for pupils with SEN that they will put to their "
     "own head, and rehearses it with a partner.",
     "Judging I (the Code in practice); Judging II (the head's commitment)"),
    ("PRINT 2 \u00b7 EVERY CHILD", "Sitting 2. Saturday 17 October, Corn Street Rooms.",
     "The principles and five outcomes of Every Child Matters and what the SENCO can do towards each for pupils "
     "with SEN; Removing Barriers to Achievement; the Children's Trust and the Common Assessment Framework.",
     "Judging I"),
    ("PRINT 3 \u00b7 GROWING UP", "Sitting 3. Saturday 7 November, University Halsworth Centre.",
     "How children develop, physically, in language and thinking, socially and emotionally, and how a special "
     "educational need or disability, the family and the classroom can help or hinder that development; with a "
     "specialist from the Castlebridge Child Development Centre.",
     "Judging I"),
    ("PRINT 4 \u00b7 MANY KINDS", "Sitting 4. Saturday 21 November, Corn Street Rooms.",
     "The most common types of need (behavioural, emotional and social difficulties; specific learning "
     "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
     "moderate learning difficulties) and how each can affect a child's learning; with a speech and language "
     "therapist and the county Autism Outreach Team.",
     "Judging I"),
    ("PRINT 5 \u00b7 SEEING CLEARLY", "Sitting 5. Saturday 5 December, University Halsworth Centre.",
     "Identifying pupils who may have SEN or disabilities through classroom observation, the school's data and "
     "assessment; setting targets that stretch; planning interventions that remove barriers; reviewing progress. "
     "Reading the reports of educational psychologists, therapists and advisory teachers and turning them into "
     "teaching approaches, with an educational psychologist. Helping colleagues use assessment for learning with "
     "all pupils, and with pupils with SEN in particular.",
     "Judging I (identification, targets, reports); Judging II (assessment for learning with colleagues)"),
    ("PRINT 6 \u00b7 THE TOOLS", "Sitting 6. Saturday 16 January 2010, University Halsworth Centre.",
     "A critical look at approaches, strategies and resources for assessing, planning, teaching and learning, "
     "including ICT: members try out and compare interventions, software and equipment, and judge which remove "
     "barriers for which pupils and how to personalise provision.",
     "Judging III"),
    ("PRINT 7 \u00b7 THE WHOLE SCHOOL", "Sitting 7. Saturday 30 January, Corn Street Rooms.",
     "The principles of school self-evaluation and improvement and what they mean for pupils with SEN; reviewing "
     "with colleagues how well the school's provision is working and feeding that into the self-evaluation form; "
     "working with senior leaders and governors on an inclusive ethos, the SEN policy, priorities and the use of "
     "resources. A governor and a headteacher join the afternoon.",
     "Judging II"),
    ("PRINT 8 \u00b7 LEADING OTHERS", "Sitting 8. Saturday 27 February, Corn Street Rooms.",
     "Deploying and managing teaching assistants and other staff; supporting colleagues' professional development "
     "by observing and giving feedback, modelling, coaching and mentoring, and running training; planning the "
     "SENCO's own week: prioritising, managing time, delegating tasks and checking that delegated work gets done.",
     "Judging II"),
    ("PRINT 9 \u00b7 VOICES", "Sitting 9. Saturday 13 March, Corn Street Rooms.",
     "Building fair, respectful and constructive relationships with pupils with SEN and with their parents or "
     "carers. Finding out what pupils think and involving them in planning, agreeing and reviewing their provision. "
     "Working with parents and carers as partners, with two parents from the Halsworth Parent Partnership group. "
     "Speaking and writing clearly, and listening: each member writes a report for parents in plain English, "
     "presents it, and hears how the parents understood it.",
     "Judging III"),
    ("PRINT 10 \u00b7 BEYOND THE GATE", "Sitting 10. Saturday 24 April, University Halsworth Centre.",
     "The scope and role of the services a SENCO draws on (educational psychology, speech and language therapy, "
     "CAMHS, sensory support, social care and the voluntary sector) and how to get specialist support and "
     "resources for pupils. The Next Exposure planner is introduced (see Print 15).",
     "Judging III"),
    ("PRINT 11 \u00b7 SHADOW", "Field 1. Two days in the autumn term, arranged by the Course Tutor: a day shadowing "
                               "an experienced SENCO in another school, and a day in one of the special schools or "
                               "resource bases with which the Society has an agreement.",
     "Members record three decisions about provision that they saw made and how each problem was foreseen, write "
     "what they would have decided and why, and bring back one piece of advice for their own school's staff.",
     "Judging II"),
    ("PRINT 12 \u00b7 THE REVIEW", "Field 2. Spring term, the member's own school.",
     "The member plans and chairs a review meeting in which a pupil with SEN and their parents or carers take a "
     "full part, with the pupil's views gathered beforehand by a method from Print 9. The member's Sponsor "
     "observes.",
     "Judging III"),
    ("PRINT 13 \u00b7 BORROWED LIGHT", "Field 3. Spring term, the member's own school.",
     "The member invites a professional from another service or a voluntary organisation (an educational "
     "psychologist, an advisory teacher, a Dyslexia Association tutor) to work alongside them with a pupil or group, "
     "plans the next steps with them, and uses the advice to change their own and their colleagues' practice.",
     "CHANGED"),
    ("PRINT 14 \u00b7 ACCESS FOR TESTS", "Field 4. Autumn and spring terms, the member's own school.",
     "The member finds out in good time which pupils need special arrangements for the Key Stage tests or GCSE "
     "examinations (extra time, a reader, a scribe, rest breaks), gathers the evidence, applies by the deadlines, "
     "and works with class teachers so that the same arrangements are normal practice in lessons.",
     "Judging II"),
    ("PRINT 15 \u00b7 NEXT EXPOSURE", "Field 5. All year.",
     "The member keeps a record of how they keep up to date (reading, network meetings, courses) and, at the end "
     "of the year, completes the Society's Next Exposure planner: three professional targets for the year after "
     "the Award, to take to their performance management review, followed by a conversation with a tutor about "
     "further study, including the University's MA in Inclusive Education.",
     "Judging III"),
]
for title, taken, frame, judged in prints:
    para(doc, title, bold=True, size=10.5).paragraph_format.space_before = __import__("docx").shared.Pt(8)
    pt = table(doc, 3, 2, widths=[Cm(2.6), Cm(13.8)])
    for i, (lab, val) in enumerate([("Taken", taken), ("In frame", frame), ("Judged at", judged)]):
        cell_text(pt.cell(i, 0), lab, bold=True, size=9)
        shade(pt.cell(i, 0), "EDEDED")
        if val == "CHANGED":
            cp = pt.cell(i, 1).paragraphs[0]
            dele(cp, "Judging III", PH, "2009-03-04T08:50:00Z", size=9)
            ins(cp, "Reserve", PH, "2009-03-04T08:50:00Z", size=9, bold=True)
            cr = run(cp, " (shown at Sitting 10)", size=9)
            comment(doc, cr, "No room in Judging III this year, so moved to Reserve for 2009-10.", PH, "PH",
                    "2009-03-04T08:51:00Z")
        else:
            cell_text(pt.cell(i, 1), val, size=9)
    if title.startswith("PRINT 11"):
        fn.add(pt.cell(0, 1).paragraphs[0], "Brook Lane School, Castle Hill School, St Aidan's School and Weavers "
                                            "Park School; resource bases at Marsh Road Primary and Halsworth "
                                            "Academy.")

p = para(doc, "")
p.paragraph_format.space_before = __import__("docx").shared.Pt(8)
bodyrun(p, "Not in frame. ", "Provision mapping is not in the panel. Members learn it at the county's termly SENCO "
                             "Network meetings, which the local authority runs and which most members already "
                             "attend.")

# ---------------------------------------------------------------- section E: advisory day
caps("SECTION E \u2013 NOTES FROM OUR ADVISORY DAY, 14 MARCH 2008")
para(doc, "An Advisory Day is where a draft panel is laid out on the floor and advisers say what they see. Ours "
          "looked at a draft of eleven prints. The advisers were Dr Owen Price of Castlebridge University, Mrs Rhian "
          "Talbot, the county's Principal SEN Officer, and Mr Kevin Dowd of the Halsworth Parent Partnership Service. "
          "We record what they said and what we did about it.")
for t in [
    "\u2022  Mrs Talbot said the draft had nothing on working with parents, and that the county's SENCOs found the "
    "annual review the hardest meeting of the year. We added the afternoon with parents to Print 9, and Print 12, "
    "the review meeting.",
    "\u2022  Mr Dowd asked that parents be there in person rather than described. Two parents from the Parent "
    "Partnership group now teach in Print 9.",
    "\u2022  Mrs Talbot asked for the Common Assessment Framework; it was added to Print 2.",
    "\u2022  Dr Price said the draft showed no work on tests and examinations, and Print 14 was added. He also "
    "suggested a January start and an online route for members in the north of the county. We have not been able to "
    "do either for 2009\u201310.",
    "\u2022  Dr Price asked where members would meet recent research. Our tutors now bring research into the Sittings.",
]:
    p = para(doc, t)
    p.paragraph_format.left_indent = Cm(0.5)

# ---------------------------------------------------------------- section F: judgings
caps("SECTION F \u2013 THE JUDGINGS")
para(doc, "There are three Judgings. At each, the member's work is hung before two assessors, who judge it against "
          "the prints named under Judged at in Section D and against the University's criteria for Masters-level "
          "work.")
p = para(doc, "")
bodyrun(p, "Judging I \u2013 Portrait (due 29 January 2010). ",
        "A 5,000-word case study of one pupil with SEN and/or disabilities in the member's school. It must show the "
        "pupil's needs, and how their development and the type of need affect their learning; how the Code of "
        "Practice's procedures have been applied; the pupil's progress towards the five Every Child Matters "
        "outcomes, with at least one measure of learning and one of well-being; how the pupil was identified, the "
        "targets set, the interventions planned and the review of progress; how reports from other professionals "
        "shaped the teaching; and how the pupil's National Curriculum levels, teacher assessments and national test "
        "results were used to track progress and change the programme.")
p = para(doc, "")
bodyrun(p, "Judging II \u2013 Landscape (due 14 May 2010). ",
        "A report on SEN provision in the member's school, written for the headteacher and governors, with an "
        "appendix of evidence. It must show a review, carried out with colleagues, of how well the school's "
        "provision works and how it fed into the school's self-evaluation; proposals for the SEN policy, priorities "
        "and resources, and the response of senior leaders and governors; how the member has gained the commitment of "
        "the headteacher and senior leaders to pupils with SEN; how teaching assistants are deployed and "
        "managed; how the member has supported colleagues' development, including their use of assessment for "
        "learning with pupils with SEN; how the member plans, prioritises and delegates their own work; the special "
        "arrangements for tests and examinations made in Print 14; and the decisions about provision recorded in "
        "Print 11. The headteacher's written response is included.")
p = para(doc, "")
bodyrun(p, "Judging III \u2013 Exhibition (3 July 2010). ",
        "The member hangs a small exhibition of the year's work in school and talks the assessors through it for "
        "twenty minutes, with questions, and then writes a 2,500-word commentary. It must show the approaches, "
        "strategies and resources, including ICT, the member has used and why; the review meeting from Print 12, "
        "with the pupil's and parents' part in it; how the member found out and used pupils' views; how the member "
        "has worked with parents and carers and the relationships built with pupils and families; what the member "
        "knows about the outside services a SENCO can call on and how to get their help; clear speech and writing "
        "and evidence of listening to others; and the member's record of keeping up to date, with their Next "
        "Exposure targets.")
p = para(doc, "")
bodyrun(p, "How work is judged. ",
        "Each Judging is judged by two assessors independently, who then agree a result: Accepted, Referred (the "
        "member may resubmit once within eight weeks) or Not accepted. Assessors meet before each Judging to judge "
        "three pieces of work together and agree the standard. The Hanging Committee")
fn.add(p, "The Hanging Committee is the University's Board of Examiners for the Award: the Course Tutor, the "
          "University link tutor, the two other assessors and the external examiner. It meets in February, June and "
          "July.")
run(p, " moderates every Judging: it sees all Referred and Not accepted work and a sample of a third of the rest, "
       "chosen by the external examiner, Dr Helen Marwood of the University of Northfield, who reports to the "
       "University each year.")
p = para(doc, "")
bodyrun(p, "The Award. ",
        "A member whose panel is Accepted at all three Judgings is recommended to the University for the Award. A "
        "member Accepted at two Judgings and Referred at the third may still be recommended if the Hanging Committee "
        "judges the panel as a whole to be of Associateship standard.")

# ---------------------------------------------------------------- section G: mounting and presentation
caps("SECTION G \u2013 MOUNTING AND PRESENTATION")
para(doc, "How the panel is put in front of members: who may submit, the checks we make, when and where the Sittings "
          "are, and how we look after members and the panel itself.")


def g(label, text):
    p = para(doc, "")
    bodyrun(p, label, text)
    return p


g("WHO MAY SUBMIT. ", "Members must be qualified teachers who are SENCOs, or who will take on the role within the "
                      "year, in a school in the county or a neighbouring authority. Each applicant sends a letter from "
                      "their headteacher supporting the application and agreeing to the Field prints, and is "
                      "interviewed by the Course Tutor, who asks about their experience of SEN and looks at a piece of "
                      "their work, such as an IEP or a report to governors. An applicant who does not yet have enough "
                      "experience to reach the Award's standard in a year is told what to do first (usually a year "
                      "attending the county's SENCO Network and the county's induction course for new SENCOs), the "
                      "Course Tutor speaks to their headteacher to agree it, and the applicant is offered a place in "
                      "the next intake.")
p = g("CHECKS. ", "The Society's Safeguarding Officer, Mrs Dilys Oakes, sees the original of each accepted member's "
                  "enhanced CRB disclosure, records its number and date, and writes to the headteacher to confirm "
                  "that the member is on the school's single central record. ")
ins(p, "She also asks the employing authority to confirm that the member has been checked against List 99 and that "
       "there are no outstanding disciplinary matters, and a member whose disclosure is more than three years old "
       "applies for a new one through the Society before the first Sitting.", PH, "2009-03-05T10:20:00Z")
g("ADVISORY EVENING. ", "Every accepted member comes to an Advisory Evening in September and talks for twenty "
                        "minutes with a tutor about their school, their experience and the pupils they work with, "
                        "and agrees which setting and which pupils their Field prints will use. Members also fill in "
                        "a short form saying how confident they feel in each Sitting's subject. Members who have "
                        "studied SEN before, or who have long experience, should say so at the Advisory Evening, and "
                        "we will take it into account when we talk about their Field prints.")
g("JUDGING ONLY. ", "In exceptional cases an experienced SENCO, or a teacher from an SEN support service, who already "
                    "works at the standard of the Award may enter all three Judgings without attending the Sittings "
                    "or making the Field prints. The Course Tutor and the University link tutor interview the "
                    "candidate and look at their evidence before agreeing; the candidate is then judged at each "
                    "Judging against everything that Judging requires, exactly as other members are.")
p = g("SITTINGS. ", "All ten Sittings are on Saturdays, 9.30 to 3.30, at the Corn Street Rooms or the University's "
                    "Halsworth Centre, so that no member needs supply cover. There is one intake a year, in October. ")
dele(p, "A second intake will start in February for members in the north of the county. ", PH,
     "2009-03-05T10:31:00Z")
run(p, "Sittings are taken in the order hung, because each print builds on the one before. A member who misses a "
       "Sitting may attend it with the next intake, and a Judging date may be moved by up to four weeks for a member "
       "who is ill or on leave.")
g("ONLINE. ", "There is no online part to the panel: all teaching is face to face at the Sittings and in schools. "
              "Members do post photographs in the Society's online gallery, but the gallery has nothing to do with "
              "the Award.")
g("ACCESS. ", "The Society meets its duties under the Disability Discrimination Act 1995, as amended in 2005, to "
              "every member. Our application form and joining pack invite applicants to tell us about any disability, "
              "in confidence, and say what we will do with what they tell us. The Course Tutor then agrees reasonable "
              "adjustments with the member before the first Sitting: for example a BSL interpreter or a hearing loop, "
              "papers in advance, in large print or in Braille, rest breaks, a ground-floor room, or extra time or a "
              "different format for a Judging. Interviews are adjusted in the same way, and the days in Print 11 are "
              "arranged only in places the member can reach and use. The joining pack is available in large print, "
              "on audio CD and in an easy-read version.")
g("FEES. ", "The fee is \u00a31,150 per member, including University registration and all Sittings, placement days "
            "and materials; Judging only costs \u00a3450. Because Sittings are on Saturdays, schools pay no supply "
            "cover. Members choose the pupils, the need and the setting for every Field print and Judging, so that "
            "the year's work is their own school's work; Sponsors' visits are arranged around the member's "
            "timetable; and the credit counts towards the University's MA in Inclusive Education.")
g("SPONSORS. ", "Each member has a Sponsor: an experienced SENCO, usually from the Society's SENCO taster group of "
                "2007\u201308, who visits them in school three times and observes the review meeting in Print 12. "
                "Sponsors come to a half-day briefing each September on their role, the prints and the Judgings, and "
                "are given the Sponsor's Notes, which set out what a Sponsor does and does not do (Sponsors do not "
                "judge). Tutors new to the panel judge their first Judging alongside an experienced assessor and "
                "attend the University's training for associate tutors.")
g("PLACEMENTS AND SPECIALISTS. ", "Every member's Print 11 includes a day in one of the partner special schools or "
                                  "resource bases, arranged by the Course Tutor. Specialists teach at the Sittings: a "
                                  "child development specialist (Sitting 3), a speech and language therapist and the "
                                  "Autism Outreach Team (Sitting 4), an educational psychologist (Sitting 5) and the "
                                  "Parent Partnership group (Sitting 9).")
g("RESOURCES. ", "Members have a reader's ticket for the University library. The Society's clubroom has a digital "
                 "projector, a print-viewing booth lit to daylight standard and three darkrooms, and members may book "
                 "them free of charge.")
g("LOOKING AFTER THE PANEL. ", "Members complete an evaluation form at the end of every Sitting, and the tutors read "
                               "them before the next Sitting. At the end of the year members complete the confidence "
                               "form again and we compare it with the one they filled in at the Advisory Evening. We "
                               "hope, in time, to ask members to measure their pupils' progress before and after "
                               "their Field prints.")
g("WHAT SCHOOLS NEED. ", "We have not surveyed schools or the local authority about what SENCOs need. We know from "
                         "our members, from the taster group and from local headteachers what SENCOs need, and the "
                         "Advisory Day confirmed it. The Autism Outreach Team, the Parent Partnership group, a "
                         "governor and a headteacher teach at Sittings 4, 9 and 7. We would like headteachers and "
                         "parents to have a say in how the panel is evaluated, and we will look at ways of doing "
                         "this.")

caps("THE HANGING COMMITTEE AND ASSESSORS", size=10.5)
stt = table(doc, 5, 3, widths=[Cm(3.2), Cm(4.2), Cm(9.0)])
for i, row in enumerate([
    ("Name", "On the panel", "Experience"),
    ("Philippa Hale", "Course Tutor; Sittings 1, 7 and 8",
     "SENCO for twelve years at two Halsworth primary schools; MA in Special Educational Needs (Castlebridge); "
     "county inclusion consultant since 2005"),
    ("Dr Owen Price", "University link tutor; Sittings 5 and 6",
     "Senior Lecturer in SEN and Inclusion, Castlebridge University; formerly a secondary SENCO"),
    ("Joan Ferris", "Assessor; Sittings 4 and 9",
     "Team leader, county Autism Outreach Team; formerly deputy head of a special school"),
    ("Graham Wilde", "Assessor; Sittings 2, 3 and 10",
     "Advisory teacher for SEN, Halsworth; formerly a SENCO; chair of the Society's Schools and Inclusion Group"),
]):
    for j, v in enumerate(row):
        cell_text(stt.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(stt.cell(i, j), "D9D9D9")
para(doc, "Every assessor has been a SENCO or has worked in an SEN support service, and each spends at least ten days "
          "a year working with schools on SEN.")

caps("DECLARATION", size=10.5)
lines(["Signed for the Society: [Signature of Chair]", "Chair, Schools and Inclusion Group",
       "Date: March 2009"], size=10)

fn.finish()
doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
