"""ly-02-fellgate-collation-report

Provider (invented): the Fellgate Guild of Bookbinders and Book Conservators, Kettlebridge,
which runs the Old Ropery Conservation Studio and its workshop courses, applying with St
Anselm's University College, Kettlebridge, to run the National Award for SEN Coordination
in 2008-09.

Document kind and layout: the Guild's Keeper of the Study Collection has described the
course as a bibliographer describes a book, in a Collation and Examination Report
(CR/2008/14): a title block table, a quasi-facsimile transcription of the "title page",
a collation formula, then Heading 1 sections named as a descriptive bibliography names
them (Format and collation, Contents, Binding, Hands, Paper and type, Collation of the
outcomes, Provenance, Readers, Annotations, Loosely inserted, Condition). The course's
units are Gatherings A-F of Workshop Days; marked work is Proof 1-3 and the Colophon (a
viva). The outcomes table ("Collation of the outcomes", section 6) has merged group rows
and a "State" column whose values ("Signed", "Unsigned", "Inserted", "Cancel", "Wanting")
are defined only in 1.1 "Notes on the formula", far above the table; "Cancel" sounds
negative but means the outcome was moved and is taught and marked. Bibliographic
footnotes (a footnotes part); a tracked change inside a table cell (K1: "Unsigned"
deleted, "Signed (Proof 2)" inserted); a deleted sentence about schools confirming CRB
checks; two Word comments; header and footer. No e-learning (3.3 not_applicable).

Traps (requirement ids):
- 1.3: only a general claim to draw on "up-to-date research and inspection findings",
  no named research or inspection evidence -> partially_met.
- 1.7, 6.S8: parents appear as a talk to listen to ("Parents' perspectives") and the
  leaf is "Unsigned" -> partially_met both.
- 1.9: Unsigned and Wanting leaves -> partially_met.
- 2.2: "There is no pre-course assessment against the outcomes, and no individual plan";
  the County's September needs audit in the loosely inserted letter is the County's
  arrangement for its own SENCOs, not the Guild's -> not_met.
- 2.3: the Finishing Route is an assessment-only route for exceptional cases -> met.
- 3.1: a value statement and "let the Warden know", no adjustments -> partially_met.
- 3.2: one start in September, fixed order; only a Saturday/Wednesday choice -> partially_met.
- 3.3: "No part of the course is taught online"; the library's electronic journals are not
  e-learning -> not_applicable.
- 4.1: headteachers' general report of a shortage, the County's priority -> partially_met.
- 4.2: stakeholders reshaped the Guild's children's workshops (wrong thing); "The course
  itself has not yet been shaped by stakeholders" -> not_met.
- 4.3: the Steering Group from January 2009 is a concrete future arrangement -> met.
- 5.3: the Warden sees each candidate's enhanced CRB certificate (met); a deleted sentence
  about schools confirming does not count either way.
- 5.5: specialists teach; placements were in the 2006-07 pilot only, "Placements are not
  part of the 2008-09 course" -> partially_met.
- 5.7: tutors' roles set out; "a guide for mentors is in preparation" -> partially_met.
- 6.0: the Certificate rests on passing the Proofs and the Colophon, which do not mark
  every outcome -> partially_met.
- 6.A7, 6.K3, 6.S2b, 6.S6, 6.S8: "Unsigned" (taught, not marked) -> partially_met; a
  comment suggesting K3 is marked in Proof 2 does not count.
- 6.S2d: "Inserted" (marked in Proof 3, "no Workshop Day teaches it") -> partially_met.
- 6.A3, 6.S4: "Wanting" -> not_met.
- 6.K7: "Cancel" (moved from Proof 1 to Proof 3, taught in Gathering E) -> met.
- 6.K1: tracked change in a cell makes it "Signed (Proof 2)" -> met.
"""
from pathlib import Path
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
sys.path.insert(0, str(Path(__file__).parent))
from _ly_helpers import (add_ins, add_del, shade, cell_text, page_field, merge_row, Footnotes, word_count)

HERE = Path(__file__).parent
NAME = "ly-02-fellgate-collation-report"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Fellgate Guild of Bookbinders and Book Conservators  -  Study Collection  -  CR/2008/14"
fp = sec.footer.paragraphs[0]
fp.text = "Collation and Examination Report  -  not for sale  -  leaf "
page_field(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)


def para(text, note=None):
    p = doc.add_paragraph(text)
    if note:
        fn.add(p, note)
    return p


tb = doc.add_table(rows=4, cols=4)
tb.style = "Table Grid"
merge_row(tb, 0, "COLLATION AND EXAMINATION REPORT", fill="D9D9D9")
for i, (a, b, c, d) in enumerate([("Report no.", "CR/2008/14", "Shelfmark", "FG Award 2008/1"),
                                  ("Examined by", "J. Threlkeld, Keeper of the Study Collection", "Date", "3 November 2008"),
                                  ("Submitted to", "TDA panel for the National Award for SEN Coordination", "With", "St Anselm's University College")], 1):
    for cell, txt, bold in zip(tb.rows[i].cells, (a, b, c, d), (True, False, True, False)):
        cell_text(cell, txt, bold=bold)
        if bold:
            shade(cell, "F2F2F2")

para("The Guild describes every book that comes into its Study Collection in a report of this kind, and the Court "
     "asked that the course we propose should be described the same way, as the thing we know how to describe best. "
     "What follows is the course set out as a book: its gatherings are its units, its leaves are the outcomes it "
     "teaches, and its signatures show where each is marked.")

H("Transcription of the title page")
tp = doc.add_paragraph()
tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
tp.add_run("THE | FELLGATE COURSE | FOR THE | NATIONAL AWARD | FOR | SEN COORDINATION | [rule] | Six Gatherings, "
           "Three Proofs | and a Colophon | [rule] | KETTLEBRIDGE: | Printed for the Fellgate Guild at the Old Ropery, "
           "| in association with St Anselm's University College | MMVIII").italic = True

H("1. Format and collation")
p = para("Formula: 4°: π² A⁴ B⁶ C⁶ D⁴ E⁴ F⁴ χ1; 28 leaves of outcomes, with the prelims (π) for admission and the "
         "single leaf χ1 inserted after F.",
         "The formula follows the conventions of Bowers, Principles of Bibliographical Description (1949), adapted: a "
         "leaf here is an outcome, not a piece of paper.")
H("1.1 Notes on the formula", 2)
para("The sixth section of this report collates the outcomes leaf by leaf. Its last column, State, uses five words in "
     "the following senses and no others.")
for term, d in [
    ("Signed", "the leaf is present in the Gathering named, where it is taught, and it is marked, pass or fail, in "
               "the Proof named."),
    ("Unsigned", "the leaf is present in the Gathering named and is taught there, but no Proof marks it."),
    ("Inserted", "the leaf is marked in the Proof named, but no Gathering teaches it: it stands alone, conjugate "
                 "with nothing."),
    ("Cancel", "the leaf has been replaced since the pilot; the replacement is taught in the Gathering named and "
               "marked in the Proof named."),
    ("Wanting", "the leaf is not in the course."),
]:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(term + ": ").bold = True
    p.add_run(d)
fn.add(doc.paragraphs[-2], "On cancels, see Gaskell, A New Introduction to Bibliography (1972), pp. 134-5.")

H("2. Contents")
para("The aim of the course is to raise the achievement and improve the well-being of children and young people "
     "with special educational needs and disabilities, in all five Every Child Matters outcomes: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Its "
     "objectives are that each SENCO can find which pupils are not thriving, lead colleagues in changing what the "
     "school provides for them, and show the difference it makes; each Gathering is planned from these objectives, "
     "and Proof 3, the largest piece of marked work, asks for that difference in the pupils' own results and "
     "well-being.")
para("A Workshop Day runs from 9.30 to 4.00. It opens with a reading taken up from the last day, has two taught "
     "sessions, one of them led by a visiting specialist where the subject calls for it, and ends with an hour in "
     "which candidates plan the school task they will carry out before the next day and share the last one in groups "
     "of four. Between Workshop Days the candidate's tutor visits or telephones at least once a term, and every Proof "
     "is discussed in a tutorial before it is written.")
para("The course runs from September to July. Each Gathering is made of Workshop Days at the Old Ropery, on Saturdays, "
     "with work in the candidate's own school between them; each Workshop Day is repeated on the following Wednesday "
     "evening for candidates who cannot come on a Saturday.")
gathers = [
    ("Gathering A: the Law and the Code (two Workshop Days, September)",
     "The law, guidance and policy on SEN and disability: the SEN Code of Practice (2001) and what it requires of "
     "schools and of the SENCO, the Special Educational Needs and Disability Act 2001, the Disability Discrimination "
     "Act 2005 and the schools' disability equality duty, Every Child Matters, the Children Act 2004 and the five "
     "outcomes, and Removing Barriers to Achievement. Candidates work out with a tutor what each means in their own "
     "school and bring back an account of how the school puts the Code into practice."),
    ("Gathering B: Knowing the Pupil (three Workshop Days, October to December)",
     "How children develop and how a need, a disability or the pupil's surroundings affect development; the common "
     "needs, BESD, SpLD including dyslexia, SLCN, ASD and MLD, and their effect on learning; identifying pupils who "
     "may have SEN, setting challenging targets, planning interventions and reviewing progress; using the assessments "
     "of educational psychologists, speech and language therapists and the visual impairment service, each of whom "
     "teaches one session; what the external agencies and the voluntary organisations (among them the Kettlebridge "
     "Dyslexia Association and the County's autism outreach team) do, how to get their help and how to work in "
     "partnership with them; building fair and respectful relationships with pupils and their families; national tests, P scales and tracking data; and how pupils can be helped to take part in "
     "planning and reviewing their own provision, with candidates trying out a pupil interview in school."),
    ("Gathering C: Working with Colleagues (three Workshop Days, January to March)",
     "Advising, supporting and working with colleagues in the school and in other schools; observation and feedback, "
     "modelling and coaching; running staff training; helping teachers use formative assessment with pupils with SEN; "
     "winning the commitment of the headteacher and senior leaders; working with governors on the inclusive ethos, "
     "policy and resources of the school. Candidates plan and lead a twilight training session for their own staff."),
    ("Gathering D: Families (two Workshop Days, March)",
     "Parents' perspectives: a talk by a parent and by the County's Parent Partnership Service on what families of "
     "children with SEN meet in schools, followed by discussion."),
    ("Gathering E: Provision and Improvement (two Workshop Days, April and May)",
     "Provision mapping and management; finding provision that is ineffective or missing; approaches, strategies and "
     "resources for assessment, planning and teaching, including ICT; school self-evaluation and improvement as they "
     "bear on SEN; reviewing provision with other staff; what research says works for pupils with SEN; using research and outside advice."),
    ("Gathering F: the Professional Reader (two Workshop Days, June)",
     "Speaking and writing for different audiences, listening and meetings; solving problems and making sound "
     "judgements about provision; keeping up to date and planning one's own development as a SENCO; preparing for "
     "the Colophon."),
]
for t_, body in gathers:
    H(t_, 2)
    para(body)
H("The Proofs and the Colophon", 2)
para("Proof 1 (December) is a study of one pupil, of 3,000 words: the pupil's needs, how they were identified, the "
     "assessments of other professionals and how the candidate used them, the targets and intervention, how the pupil "
     "took part in reviewing them, how the candidate built a fair and respectful relationship with the pupil and the "
     "family, what the pupil's development and needs showed, and how the candidate worked with the agencies involved.")
para("Proof 2 (March) is an account of the candidate's leadership with colleagues: the training session led in "
     "Gathering C, on formative assessment with pupils with SEN, the coaching of one colleague, how the candidate won "
     "the commitment of the headteacher and senior leaders to a change, and how the candidate worked with senior "
     "leaders and governors on the school's SEN policy and how it meets the Code of Practice.",
     "The marking grid for Proof 2 is Appendix 3 of the Compositor's Notes (see section 4).")
para("Proof 3 (June) is a change in provision the candidate has made in school during the year, written up at 5,000 "
     "words: the provision map, the evidence that the provision was not working, the change, the research and advice "
     "used, the arrangements made for pupils in national tests and examinations, and the effect on the pupils' "
     "attainment, attendance and well-being across the five Every Child Matters outcomes, and how the change sits "
     "within the school's self-evaluation. It is marked with the candidate's evidence of the change in school.")
para("The Colophon (July) is a viva of thirty minutes on Proof 3 before two tutors and the external examiner, in which "
     "the candidate must explain the change clearly and answer questions.")

H("3. Binding")
para("The course is bound into St Anselm's University College's Postgraduate Certificate in Professional Studies as a "
     "module of 60 credits at M level, approved by the College's Academic Board on 19 June 2008. Candidates are "
     "registered students of the College. The Certificate is awarded to candidates who pass all three Proofs and the "
     "Colophon.")
para("Every Proof is marked by the candidate's tutor and second-marked blind by another tutor; the tutors meet to "
     "agree marks, and disagreements go to a third marker. The College's external examiner reads a sample of each "
     "Proof, all fails and all distinctions, attends the Colophon and the examination board, and reports to the "
     "Academic Board. The tutors mark three common scripts together at the start of each marking round.")

H("4. Hands")
para("Four hands are distinguished. Dr Anna Mossop, Warden of the course, is a former SENCO and local authority SEN "
     "adviser with a doctorate on provision mapping (2005). Geoffrey Lund is an educational psychologist with the "
     "County. Priya Dewhurst was SENCO of Kettlebridge High School for nine years and leads the County's SENCO "
     "network. Tom Haverigg holds the OCR Diploma in SpLD and teaches autistic pupils at the Fell Academy. Each keeps "
     "current by practising in schools and services, and by the College's research seminars.")
para("Each tutor has the Compositor's Notes, which set out the tutor's part on every Workshop Day, in tutorials and "
     "in marking, with the marking grids. Each candidate names a mentor in school; a guide for mentors is in "
     "preparation.")

H("5. Paper and type")
para("The Old Ropery has a seminar room for twenty, a reference collection of 450 books on special educational needs "
     "and six computers with assistive software (Clicker 5, Kurzweil 3000, Inspiration) and switch access. Candidates "
     "have the College library and its electronic journals, and the County's SEN resource base at Castle Street lends "
     "tests and teaching materials to candidates on the same terms as to its own schools.")

H("6. Collation of the outcomes")
para("Leaf by leaf. The State column uses the words defined in 1.1.")
rows = [
    ("Leaves of the Hand (professional attributes)", None),
    ("A1", "Fair, respectful relationships with pupils with SEN and their families", "B", "Signed (Proof 1)"),
    ("A2", "Winning the commitment of colleagues, headteacher and senior leaders", "C", "Signed (Proof 2)"),
    ("A3", "Priorities, time and delegation", "-", "Wanting"),
    ("A4", "Solving problems and judging provision soundly", "F", "Signed (Proof 3)"),
    ("A5", "Speaking and writing clearly; listening to others", "F", "Signed (Colophon)"),
    ("A6", "Using research and outside advice to improve practice", "E", "Signed (Proof 3)"),
    ("A7", "Keeping up to date; own development", "F", "Unsigned"),
    ("Leaves of the Text (knowledge and understanding)", None),
    ("K1", "SEN law and the Code of Practice, and putting them into practice", "A", "CELL"),
    ("K2", "Every Child Matters and the SENCO's part", "A", "Signed (Proof 3)"),
    ("K3", "Disability equality law and the duties it brings", "A", "Unsigned"),
    ("K4", "How children develop; effect of needs and surroundings", "B", "Signed (Proof 1)"),
    ("K5", "The common needs and their effect on learning", "B", "Signed (Proof 1)"),
    ("K6", "Approaches, strategies and resources, including ICT", "E", "Signed (Proof 3)"),
    ("K7", "School self-evaluation and improvement for SEN", "E", "Cancel (Proof 3)"),
    ("K8", "Best practice and research in meeting SEN", "E", "Signed (Proof 3)"),
    ("K9", "External agencies and getting specialist help", "B", "Signed (Proof 1)"),
    ("Leaves of the Press (professional skills)", None),
    ("S1", "Influencing inclusive ethos, policy and resources with senior leaders and governors", "C", "Signed (Proof 2)"),
    ("S2", "Identifying pupils, setting targets, planning and reviewing interventions", "B", "Signed (Proof 1)"),
    ("S2a", "Using other professionals' assessments in teaching", "B", "Signed (Proof 1)"),
    ("S2b", "Using summative assessment and national tests to track and adjust", "B", "Unsigned"),
    ("S2c", "Helping teachers use formative assessment", "C", "Signed (Proof 2)"),
    ("S2d", "Special arrangements for tests and examinations in good time", "-", "Inserted (Proof 3)"),
    ("S3", "Provision mapping; finding ineffective or missing provision", "E", "Signed (Proof 3)"),
    ("S4", "Deploying and managing staff", "-", "Wanting"),
    ("S5", "Colleagues' professional development", "C", "Signed (Proof 2)"),
    ("S6", "Reviewing provision with staff for self-evaluation", "E", "Unsigned"),
    ("S7", "Pupils involved in planning and reviewing their provision", "B", "Signed (Proof 1)"),
    ("S8", "Liaising with parents and carers", "D", "Unsigned"),
    ("S9", "Partnership with other services and voluntary organisations", "B", "Signed (Proof 1)"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Leaf", "Outcome", "Gathering", "State")):
    cell_text(c, h, bold=True)
    shade(c, "BFBFBF")
k3_cell = None
for r in rows:
    if r[1] is None:
        t.add_row()
        merge_row(t, len(t.rows) - 1, r[0], fill="EDEDED", italic=True)
        continue
    cells = t.add_row().cells
    cell_text(cells[0], r[0], bold=True)
    cell_text(cells[1], r[1])
    cell_text(cells[2], r[2])
    if r[3] == "CELL":
        pc = cells[3].paragraphs[0]
        add_del(pc, "Unsigned", author="J. Threlkeld")
        add_ins(pc, "Signed (Proof 2)", author="J. Threlkeld")
    else:
        pc = cell_text(cells[3], r[3])
    if r[0] == "K3":
        k3_cell = pc
doc.add_comment(k3_cell.runs, text="Surely Proof 2 covers the DDA duties? AM", author="Anna Mossop", initials="AM")
para("K7 was signed in Proof 1 in the pilot; the cancel moves it to Proof 3, where the candidate sets the change in "
     "provision within the school's self-evaluation. S2d is marked in Proof 3, but no Workshop Day teaches it; "
     "candidates are expected to learn it from their school's examinations officer. A3 and S4 were not found.")

H("7. Provenance")
para("The Guild was founded in 1879 by the journeymen binders of Kettlebridge's three printing houses, and it "
     "has kept a study collection of bindings since 1902. The Old Ropery, a long brick building by the canal, became "
     "its studio in 1974; the conservators who work there today repair books and records for the cathedral library, "
     "the county record office and parish churches, and teach the Guild's evening and weekend courses in binding and "
     "repair to some 300 people a year.")
para("The course descends from the Guild's Book Arts for All workshops, which since 1996 have brought pupils with "
     "special educational needs to the Old Ropery to make books. Our workshops were redesigned in 2006 after comments "
     "from teachers and parents, who asked for smaller groups and more time for pupils with physical disabilities.")
para("Headteachers have told us there is a shortage of trained SENCOs in the county, and the County's SEN strategy "
     "for 2007-10 names SENCO training as a priority, which is why the Guild is offering the course.")
p = para("The course itself has not yet been shaped by stakeholders outside the Guild: the Steering Group will first "
         "meet in January 2009.")
doc.add_comment(p.runs, text="Do we want to say this so baldly? JT", author="J. Threlkeld", initials="JT")
para("In the 2006-07 pilot each candidate spent a day at Kettlebridge Special School (now closed). Placements are not "
     "part of the 2008-09 course; the specialist services teach in Gathering B instead.")

H("8. Readers")
para("Admission. Candidates must hold QTS, work in a maintained school or academy in the region, and be the school's "
     "SENCO or be named by the headteacher to take up the role; the headteacher signs the application. The Warden "
     "interviews each applicant about their experience of SEN work, and an applicant who has not yet worked with "
     "pupils with SEN for at least a year is not admitted, since the Proofs depend on that experience.")
p = para("Criminal records. The Warden sees each candidate's enhanced CRB disclosure certificate before the first "
         "Workshop Day and records its number and date in the Register of Readers; a candidate without one cannot "
         "start. ")
add_del(p, "Schools are asked to confirm the check in writing.", author="J. Threlkeld")
para("Needs. There is no pre-course assessment against the outcomes, and no individual plan: all candidates follow the "
     "same Gatherings in the same order.")
para("Prior learning. Candidates with masters-level credit in SEN may have up to 30 credits accredited by the College's "
     "APCL procedure. Experience can be accredited too: a candidate submits a Prior Learning Folio mapped to the "
     "outcomes, and two tutors assess it against them; credit is given Proof by Proof.")
para("The Finishing Route. In exceptional cases an experienced SENCO, with at least five years in the role, may take "
     "the Award by assessment only: the candidate submits a portfolio of evidence against every leaf, is examined on "
     "it at the Colophon, and must have the Academic Board's approval before starting. We expect no more than two a "
     "year.")
para("Equality. The Guild is committed to equality of opportunity and welcomes applications from all teachers. "
     "Candidates with a disability are asked to let the Warden know.")
para("Pattern. The course starts in September only, and the Gatherings are taken in order, A to F.")
para("Online. No part of the course is taught online; candidates use the College library's electronic journals.")
para("Cost and progress. The fee is 1,200 pounds; the County pays half for its own schools. Tutorials each term "
     "follow each candidate's Proof feedback, and the tutor sets reading and school tasks to take each candidate "
     "beyond what they already do, so that the course builds on each reader's starting point. At the last tutorial "
     "each candidate agrees three professional targets for the following year with the tutor, for the school's "
     "performance management, and is advised on progression to the College's MA.")

H("9. Annotations")
para("We read what readers write in the margins. Every Workshop Day ends with an evaluation sheet; the tutors review "
     "them monthly and change the next Gathering where needed. The external examiner's report and the College's "
     "annual monitoring go to the Court each autumn with an action plan.",
     "St Anselm's University College, Annual Monitoring Procedures (2007), section 4.")
para("Each candidate rates their confidence and competence against the 28 leaves at entry and at the Colophon, and "
     "Proof 3 records the attainment, attendance and well-being of the pupils the change was for, before and after. "
     "The Warden gathers these into an annual Impact Note, and a year after the Colophon we survey former candidates "
     "and their headteachers on what has lasted.")
para("From January 2009 the Course Steering Group, of the County's SEN manager, two headteachers, a parent from the "
     "Kettlebridge Parents' Forum and a SENCO from each cohort, will meet each term to read the evaluation sheets, "
     "the Impact Note and the external examiner's report and agree changes with the Warden; two of its members will "
     "sit on the Colophon panel each year.")

para("The tutors also keep a Readers' Book of each Workshop Day, noting what worked and what did not, and the "
     "Warden reads it with the evaluation sheets before each Gathering is taught again.")

H("10. Loosely inserted")
para("A letter from the County's SEN manager, dated 2 October 2008, is loosely inserted. It supports the course and "
     "notes that the County's SENCOs complete a needs audit with their link adviser each September.")

H("11. Condition")
para("Sound. The course draws throughout on up-to-date research and inspection findings. Two leaves are wanting and "
     "five are unsigned; the Keeper records them as found.",
     "A leaf's absence is recorded, not repaired, in a collation report: see section 6.")

H("12. Keeper's summary")
para("A complete copy in most respects, and a course the Guild can stand behind. Its strengths, as the Keeper reads "
     "it, are the Proofs, each made in the candidate's own school with real pupils and colleagues; the visiting "
     "specialists of Gathering B; the double marking and the external examiner; and the measures of section 9, which "
     "follow the change a candidate makes to the pupils it was made for. Its weaknesses are recorded above as found: "
     "the wanting and unsigned leaves, the single September start, and the mentors' guide not yet written.")
para("Referral and appeal. A candidate who fails a Proof may resubmit it once, within eight weeks, after a tutorial; "
     "a candidate who fails the Colophon may retake it at the next sitting. Appeals go to the College under its "
     "academic appeals procedure. Marks are confirmed only by the College's examination board.")
para("This report was read and agreed by the Court of the Fellgate Guild on 6 November 2008 and by the Dean of "
     "Education of St Anselm's University College on 10 November 2008.")

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words", word_count(doc))
