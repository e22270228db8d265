"""jd-02-sanskriti-class-cards: build script.

Provider (invented): the Sanskriti Schools Foundation, a foundation of
voluntary-aided Hindu faith schools (two primaries and a high school in
Medbury, a primary and a high school in Ashwick). Its professional
development arm, the Sanskriti Academy for Teachers ("the Academy"), which
also trains the yoga teachers who lead the schools' daily yoga, applies with
the University of Wealdhampton School of Education. February 2009.

Document kind and layout: the course written as a yoga teacher's set of
class cards, in the house format the Academy uses for its yoga teacher
training: "The Practice: Class Cards for the SENCO Award". A short "How to
read a card" (the panel is told that Flow poses are practised and not
marked, Hold poses are marked); a VML text box ("Namaste") with a welcome;
"Before the Mat" (entry, checks, Posture Check, prior learning, Mirror Class,
fees); twelve Class Cards in three Series, each one table with a merged,
shaded title row, label rows (Sankalpa, Level and length, Props) merged
across, a three-column Sequence (Pose | What we do | Flow or Hold), and merged
rows for Modifications, Contraindications ("This card is not for / we do
not") and Savasana (closing reflection); then prose parts on the Holds,
teachers and Spotters, where the Practice happens, who shaped it, keeping it
true, passing; and the "Practice Chart" outcome table ("Practised in (Flow)"
| "Held in (marked)") with merged, shaded group bands. No numbered headings
(Heading 2 for parts). Header and footer. Tracked changes: the credit level
("Level 7" deleted, "Level 6 for 2009-10" inserted), a deleted sentence on an
external examiner. Word comments. One footnote. No e-learning.

Traps (requirement ids):
- Tracked change: Level 7 deleted, Level 6 inserted with Level 7 only
  "subject to the University's approval" from 2010 (E.2 partially_met).
- Aim stated as attainment only: "higher attainment in reading, writing and
  mathematics" (1.1 partially_met), though a Class practises Every Child
  Matters as a Flow (6.K2 partially_met: practised, not held).
- Negation: the University's APL regulations exist but "The Academy does not
  use them for the Practice" (2.1 not_met).
- Posture Check done before the course but "We do not write individual
  plans" and "every Practitioner follows the same sequence of cards" (2.2,
  2.4 partially_met).
- Mirror Class is a real assessment-only route in exceptional cases (2.3 met).
- Contraindication: "There are no online classes and no e-learning in the
  Practice" (3.3 not_applicable); one September start, fixed order, a
  catch-up Class (3.2 partially_met).
- Contraindication on Class 1: disability equality law "is not taught in the
  Practice" (6.K3 not_met; 1.4 partially_met, SEN law is taught and held).
- Other provider's arrangement: the University's own PGCert students' week at
  Oakfield Special School; "Practitioners do not take part in it" (5.5
  partially_met, guest specialists real).
- Stakeholders in evaluation only wished for ("We would like heads and
  parents to join") though heads host projects (4.3 partially_met).
- Internal evaluation only, "We do not at present use any external
  evaluation" (5.1 partially_met); second marking of fails only, the external
  examiner sentence deleted (5.8 partially_met).
- Award on the average: "no single Hold need be passed on its own" (6.0
  not_met; 1.9 partially_met with the Flow-only outcomes).
- Strategic work with governors absent; only a comment asks about it (6.S1
  not_met).
- Flow only (practised, not marked): 6.A2, 6.K2, 6.S2c, 6.S6. Held but not
  practised ("no Class teaches it"): 6.A6. All partially_met.
- CRB checks verified by the Academy itself (5.3 met); impact on pupils
  measured in Hold 2 and Hold 3 (5.9 met); exam access arrangements held in
  Hold 3 (6.S2d met); school self-evaluation held in Hold 3 (6.K7 met).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _jd_helpers import (new_doc, para, runs, table, band, shade, cell_text, ins, dele,
                         Footnotes, textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Verdana", 10)
fn = Footnotes(doc)
header_footer(doc, "Sanskriti Academy for Teachers  ·  The Practice  ·  Class Cards for the SENCO Award 2009-10",
              "Printed on recycled card. Issue 2, February 2009.")
A = "P. Shah"
D = "2009-02-03T11:20:00Z"

para(doc, "**THE PRACTICE**", size=24, color="2E5E4E", align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Class Cards for the National Award for SEN Coordination", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "_Sanskriti Academy for Teachers, for the Sanskriti Schools Foundation, Medbury and Ashwick, "
     "with the University of Wealdhampton School of Education_", align=WD_ALIGN_PARAGRAPH.CENTER)

textbox(doc, [
    "**Namaste.**",
    "Every morning in our five schools begins with ten minutes of yoga, and for twenty years the Academy has trained "
    "the teachers who lead it with a set of class cards. When our SENCOs asked us for a course of their own, we "
    "wrote it the way we know: as a practice, one card for each Class. We send the cards to the panel as our "
    "Practitioners will receive them.",
    "Priya Shah, Director, Sanskriti Academy for Teachers",
], height="120pt", fill="#EEF5F0")

doc.add_heading("How to read a card", level=2)
para(doc, "Each card is one Class, a full study day. The **Sankalpa** is the intention of the Class. The **Sequence** "
     "lists the poses of the day: the activities. A pose marked **Flow** is practised on the day and in school but is "
     "not marked. A pose marked **Hold** is part of one of the three marked assessments, which we call Holds. "
     "**Modifications** say how the Class is adapted. **Contraindications** say what the card is not for, or what we "
     "do not do. **Savasana** is the closing reflection of the day.")
para(doc, "We call each participant a Practitioner, each module a Series, each tutor a Teacher, and the school-based "
     "mentor a Spotter.")

doc.add_heading("The Award in brief", level=2)
p = para(doc, "The Practice is the Academy's course for the National Award for SEN Coordination. The University of "
         "Wealdhampton School of Education validates it as a Postgraduate Certificate in SEN Coordination and confers "
         "the award; the Academy teaches it. There are three Series of 20 credits each, 60 credits at ")
dele(p, "Level 7.", author=A, date=D)
ins(p, "Level 6 for 2009-10; the University will consider it for Level 7 from September 2010, subject to the "
       "University's approval.", author=A, date=D)
para(doc, "The aim of the Practice is simple: higher attainment in reading, writing and mathematics for pupils with "
     "SEN in our schools and in the schools around them. Every Class and every Hold is judged by that aim.")

doc.add_heading("Before the Mat", level=2)
para(doc, "**Who may join.** A Practitioner must hold Qualified Teacher Status, have at least two years' teaching "
     "experience and hold, or be about to take up, the SENCO role. The headteacher nominates the Practitioner on the "
     "Academy's form. The course leader meets each nominee, looks at a sample of their SEN paperwork and sets a short "
     "written task on one pupil; nominees who are not ready are told in writing what to do first, and the course "
     "leader agrees the next step with their head.")
para(doc, "**Checks.** The Academy asks for the number and date of each nominee's enhanced CRB disclosure on the "
     "nomination form and the school business manager confirms it. The course leader sees the disclosure at the "
     "first Class and records it on the Practice register; a disclosure more than three years old is renewed through "
     "the Foundation before the nominee starts.")
para(doc, "**The Posture Check.** In the summer before the Practice, each Practitioner rates themselves against the "
     "Practice Chart, from \"new to me\" to \"steady\", and sends it to the Academy and to their Spotter, who uses it "
     "to guide their support. We do not write individual plans: every Practitioner follows the same sequence of cards, "
     "because the Practice is built so that each Class prepares for the next.")
para(doc, "**Earlier learning.** The University has regulations for the accreditation of prior learning. The Academy "
     "does not use them for the Practice: every Practitioner takes all three Series.")
para(doc, "**The Mirror Class.** In exceptional cases an experienced SENCO, or a teacher from a support service, who "
     "already meets the outcomes may ask to go straight to the Holds. The course leader and a University tutor look "
     "at their evidence and interview them; if they agree, the candidate completes all three Holds without the "
     "Classes, with one Spotter meeting, and is marked exactly as other Practitioners are. The Mirror Class costs £600.")
para(doc, "**Fees.** The fee is £1,200 for the year. Foundation schools pay half and the Foundation the other half from "
     "its training budget; other schools pay the full fee. Classes are held in our own schools, so there is no room "
     "hire, and Practitioners from one school travel together.")

# --------------------------- Class Cards ---------------------------
doc.add_heading("The Class Cards", level=2)


def card(title, fill, sankalpa, level, props, poses, mods, contra, sav):
    rows = [[title, None, None],
            ["Sankalpa", sankalpa, None],
            ["Level and length", level, None],
            ["Props", props, None],
            ["Pose", "What we do", "Flow or Hold"]] + poses + [
            ["Modifications", mods, None],
            ["Contraindications", contra, None],
            ["Savasana", sav, None]]
    t = table(doc, rows, size=9)
    band(t, 0, title, fill=fill, size=10)
    for i, r in enumerate(rows):
        if i and r[2] is None:
            c = t.cell(i, 1).merge(t.cell(i, 2))
            cell_text(c, r[1], size=9)
        if i:
            cell_text(t.cell(i, 0), r[0], size=9, bold=True)
    for j in range(3):
        shade(t.cell(4, j), "E8E8E8")
    para(doc, "")
    return t


S1, S2, S3 = "CFE8DC", "F6E3C6", "DCE3F2"
para(doc, "**Grounding Series** (20 credits): Classes 1 to 4. Marked by Hold 1.", color="2E5E4E")

card("CLASS 1 · Grounding · Arriving on the Mat: the law beneath us", S1,
     "To stand firmly on the law and guidance that shape the SENCO's work.",
     "All Practitioners. 9.15 to 3.30, Sri Hanuman Primary, Medbury.",
     "The SEN Code of Practice (2001); the Education (SENCO) Regulations 2008; the school's SEN policy.",
     [["Mountain", "The Code of Practice, the graduated approach and statutory assessment, Part 4 of the Education Act 1996: "
       "what each duty asks of the school, the SENCO and the governors, and how to put it into practice.", "Hold 1"],
      ["Tree", "The 2008 regulations on the SENCO: testing our own school's arrangements against them.", "Hold 1"],
      ["Warrior", "Auditing the Practitioner's school SEN policy in pairs; a gap list taken back to school.", "Flow"]],
     "Papers in large print or electronically on request; a hearing loop in the hall.",
     "Disability equality law is not taught in the Practice: the Foundation's schools cover it in their own INSET.",
     "Each Practitioner names one duty their school does not yet meet and one step towards it.")

card("CLASS 2 · Grounding · Breathing Together: every child matters", S1,
     "To breathe in the wider view of the child's achievement and the evidence behind our work.",
     "All Practitioners. 9.15 to 3.30, Ashwick High School.",
     "Every Child Matters: Change for Children; Ofsted, Inclusion: does it matter where pupils are taught? (2006); the Bercow Review (2008).",
     [["Lotus", "The five Every Child Matters outcomes and the SENCO's part in each.", "Flow"],
      ["Sun Salutation", "Reading the inspection and research evidence of the last five years on what works for pupils "
       "with SEN, and what it means for our schools; each Practitioner presents one study to a small group.", "Flow"],
      ["Cat and Cow", "How to read a research report critically: what was done, with whom, and what it shows.", "Flow"]],
     "Readings sent two weeks ahead; audio versions on request.",
     "This card is not a lecture: no pose lasts longer than forty minutes.",
     "Practitioners choose the study they will use in Hold 1.")

card("CLASS 3 · Grounding · Seeing the Child", S1,
     "To notice the child who may have SEN and to know what to do next.",
     "All Practitioners. 9.15 to 3.30, Sri Hanuman Primary, Medbury.",
     "Observation schedules; the school's tracking data; target-setting frames.",
     [["Eagle", "Identifying pupils who may have SEN through classroom observation, data and assessment; setting "
       "challenging targets; planning interventions; reviewing progress.", "Hold 2"],
      ["Child's Pose", "The common kinds of SEN: behavioural, emotional and social difficulties, dyslexia and other "
       "specific learning difficulties, speech, language and communication needs, autism, moderate learning "
       "difficulties, and how each can affect learning.", "Hold 2"],
      ["Bridge", "Choosing the child for the Hold 2 case study with the Spotter.", "Flow"]],
     "A quiet room is available all day.",
     "This card does not teach diagnosis: that is for other professionals.",
     "Each Practitioner writes down the first three things they will look for in their case-study child.")

card("CLASS 4 · Grounding · Many Teachers", S1,
     "To learn from, and work with, the other professionals around the child.",
     "All Practitioners. 9.15 to 3.30, Ashwick High School.",
     "Reports from an educational psychologist, a speech and language therapist and a CAMHS worker (anonymised).",
     [["Triangle", "Using the assessments of other professionals to shape teaching for a pupil.", "Hold 2"],
      ["Half Moon", "Who the outside agencies are, what each does, and how to get their help: the educational "
       "psychology, sensory support, speech and language, CAMHS and social care services of both cities.", "Hold 3"],
      ["Partner Pose", "Working in partnership with other services and with voluntary groups: the Medbury Autism "
       "Parents Group and the Ashwick Dyslexia Association take part in this pose.", "Hold 3"]],
     "Speakers give their slides in advance.",
     "We do not ask visiting professionals to discuss named children.",
     "Each Practitioner maps the services their school used last year and the ones it did not.")

para(doc, "**Strengthening Series** (20 credits): Classes 5 to 8. Marked by Hold 2.", color="8A5A00")

card("CLASS 5 · Strengthening · How Children Grow", S2,
     "To understand how children develop and what helps or hinders them.",
     "All Practitioners. 9.15 to 3.30, Sri Lakshmi Primary, Ashwick.",
     "Development charts; case material; the Academy's ICT trolley.",
     [["Seedling", "How children develop, and how SEN, disability and the physical and social environment for "
       "learning affect their development.", "Hold 2"],
      ["Warrior Two", "A critical look at approaches, strategies and resources for assessment, planning and teaching, "
       "including ICT (Clicker 5, Wordshark, communication aids), and how to use them to remove barriers.", "Hold 2"]],
     "Practitioners who use a wheelchair: all Class 5 rooms are on the ground floor.",
     "This card is not for comparing individual children's diagnoses.",
     "Each Practitioner chooses one resource to trial with their case-study child.")

card("CLASS 6 · Strengthening · The Listening Circle", S2,
     "To hear children and to bring them into decisions about their own provision.",
     "All Practitioners. 9.15 to 3.30, Sanskriti High School, Medbury.",
     "Talking mats; a pupil review booklet; recordings of pupil-led reviews.",
     [["Circle", "Consulting children and young people: methods for pupils of different ages and needs, practised "
       "with pupils of Sanskriti High School's student council, who join the morning.", "Hold 2"],
      ["Seated Twist", "Involving pupils in planning, agreeing, reviewing and evaluating their provision: each "
       "Practitioner plans a pupil-led review for the case-study child.", "Hold 2"]],
     "Pupils' session kept short (ninety minutes) with their own break.",
     "We do not record pupils without their and their parents' consent.",
     "Each Practitioner writes one question they will ask their case-study child.")

card("CLASS 7 · Strengthening · Families", S2,
     "To build fair, respectful and steady relationships with children and their families.",
     "All Practitioners. 9.15 to 3.30, Sri Lakshmi Primary, Ashwick.",
     "Parents' stories; the Medbury Parent Partnership Service's leaflets in five languages.",
     [["Open Arms", "Relationships with pupils with SEN and their parents and carers; parents from our schools speak.", "Hold 2"],
      ["Shoulder Stand", "Advising and working with parents and carers: planning and holding a meeting with the "
       "parents of the case-study child, with an interpreter where needed.", "Hold 2"]],
     "Interpreters booked for parents who speak at the Class.",
     "We do not ask parents to speak about their child's needs in front of the group unless they wish to.",
     "Each Practitioner plans the parents' meeting for their case study.")

card("CLASS 8 · Strengthening · Tests and Arrangements", S2,
     "To use summative and formative assessment well for pupils with SEN.",
     "All Practitioners. 9.15 to 3.30, Sanskriti High School, Medbury.",
     "Key Stage test data; the JCQ access arrangements regulations; formative assessment materials.",
     [["Plank", "Using summative assessments, including national tests, to track progress and change programmes.", "Hold 2"],
      ["Balance", "Identifying in good time the special arrangements pupils need for national tests and "
       "examinations, and putting them in place with colleagues.", "Hold 3"],
      ["Plough", "Encouraging colleagues to develop formative assessment for pupils with SEN.", "Flow"]],
     "Data sheets in large print on request.",
     "This card is not a course in the assessor's role for access arrangements.",
     "Each Practitioner checks their school's arrangements for the coming summer's tests.")

para(doc, "**Balance Series** (20 credits): Classes 9 to 12. Marked by Hold 3.", color="2E3E7A")

card("CLASS 9 · Balance · The Whole Room", S3,
     "To see all the provision in a school at once and to use the people in it well.",
     "All Practitioners. 9.15 to 3.30, Ashwick High School.",
     "Provision maps from three schools; staff timetables; the school's costings.",
     [["Wide-legged Fold", "Provision mapping and management: costing provision and finding what is missing or not working.", "Hold 3"],
      ["Chair", "Deploying and managing teaching assistants and other staff to support pupils with SEN.", "Hold 3"]],
     "Spreadsheets provided on paper for Practitioners who prefer them.",
     "We do not compare schools' budgets by name.",
     "Each Practitioner marks one gap on their school's provision map.")

card("CLASS 10 · Balance · Assisting Others", S3,
     "To help colleagues grow and to win their commitment.",
     "All Practitioners. 9.15 to 3.30, Sri Hanuman Primary, Medbury.",
     "Coaching frames; observation notes; a headteacher's letter.",
     [["Assisted Stretch", "Supporting colleagues' development: observing and giving feedback, modelling, coaching and "
       "mentoring, and leading training. The Spotter later observes each Practitioner coaching a colleague.", "Hold 3"],
      ["Reaching Out", "Advising, supporting and collaborating with colleagues in and beyond the school: class "
       "teachers, other SENCOs in the Foundation and in the cities' clusters.", "Hold 3"],
      ["Anchor", "Gaining the commitment of the headteacher and senior leaders to better outcomes for pupils with SEN.", "Flow"]],
     "Role-play optional: Practitioners may observe instead.",
     "This card is not a performance management course.",
     "Each Practitioner names the colleague they will coach.")

card("CLASS 11 · Balance · Holding Steady", S3,
     "To keep steady under pressure: time, judgement and review.",
     "All Practitioners. 9.15 to 3.30, Sanskriti High School, Medbury.",
     "Problem cards; the school's self-evaluation form; a week of a SENCO's diary.",
     [["Steady Breath", "Prioritising work, managing time and delegating well.", "Hold 3"],
      ["Crow", "Anticipating and resolving problems and making sound judgements on provision, with problem cards.", "Hold 3"],
      ["Mirror", "Principles of school self-evaluation and improvement and how they apply to outcomes for pupils with SEN.", "Hold 3"],
      ["Circle of Review", "Reviewing the effectiveness of provision with other staff in a mock review meeting.", "Flow"]],
     "Extra time on problem cards for Practitioners who need it.",
     "This card is not about the Academy's own self-evaluation.",
     "Each Practitioner writes one change for their school's improvement plan.")

card("CLASS 12 · Balance · Savasana: the Next Practice", S3,
     "To rest, look back, and set the next practice.",
     "All Practitioners. 9.15 to 1.00, Sri Lakshmi Primary, Ashwick, then a shared meal.",
     "The Posture Check from the summer; the Next Practice card.",
     [["Savasana", "Looking back at the Posture Check and forward: keeping up to date and taking responsibility for "
       "one's own development on SEN and disability.", "Hold 3"],
      ["Namaskar", "Each Practitioner completes the Next Practice card: professional targets for the next two years, "
       "which they discuss with their head at their next performance management meeting.", "Hold 3"]],
     "Afternoon optional for Practitioners with caring duties.",
     "This card is not a farewell: Practitioners are invited to the Academy's termly SENCO circle.",
     "The Practice closes with thanks to the Spotters and the families.")
comment(doc, [q for q in doc.paragraphs if q.text.startswith("Balance Series")][0], "Nothing anywhere on governors and whole-school strategy? Add a pose to Class 9? VM",
        author="Vikram Mehta", initials="VM")

# --------------------------- prose parts ---------------------------
doc.add_heading("The Holds", level=2)
para(doc, "**Hold 1** (Grounding Series): the Ground Report, 4,000 words. The Practitioner sets the law and guidance "
     "against their school's practice and uses research evidence and outside advice to propose improvements to their "
     "own and their colleagues' practice. No Class teaches this use of research for improvement; the Hold asks "
     "Practitioners to show it.")
para(doc, "**Hold 2** (Strengthening Series): the Case Study, 5,000 words, of one child in the Practitioner's school: "
     "identification, the reports of other professionals, development, targets, the pupil-led review, the parents' "
     "meeting, test data and the child's progress in reading, writing or mathematics over two terms.")
para(doc, "**Hold 3** (Balance Series): the Whole Room Project, a change in the school's provision with a provision "
     "map, a staff deployment plan, an audit of access arrangements for tests and examinations, the SEN section of "
     "the school's self-evaluation form, the Spotter's observation of the Practitioner coaching a colleague, the "
     "Next Practice card, and a twenty-minute viva with two Teachers in which the Practitioner works through two "
     "problem cards. The project report gives the attainment of the pupils it reached before and after.")
para(doc, "All three Holds are written and spoken in the Practitioner's own voice and are marked for clarity of speech "
     "and writing and for how the Practitioner listens and responds to questions in the viva.")

doc.add_heading("Teachers and Spotters", level=2)
para(doc, "Mrs Priya Shah, Director of the Academy and course leader, was SENCO of Sanskriti High School for eight "
     "years and holds the MEd in Inclusive Education and the OCR Certificate in Specific Learning Difficulties. Dr "
     "Arvind Kulkarni, senior lecturer in special education at the University, teaches Classes 1, 2 and 11 and "
     "publishes on provision mapping. Mrs Sunita Rao, an advisory teacher for autism in Ashwick, teaches Classes 3 "
     "and 6. Mr Vikram Mehta, the Foundation's educational psychologist, teaches Classes 4 and 5. Every Teacher "
     "spends at least three days a year on their own development in SEN, and all four are members of NASEN.")
para(doc, "Each Practitioner has a Spotter: an experienced SENCO from another Foundation school, trained by the Academy "
     "on a Spotters' day each September using the Spotter's card, which sets out what a Spotter does at each of "
     "four school visits, how to observe coaching for Hold 3 and what they must not do (mark a Hold). Teachers and "
     "Spotters meet after each Series to go through their roles for the next.")
fn.add(doc.paragraphs[-1], "Spotters' schools are paid £150 for each day of release.")

doc.add_heading("Where the Practice happens", level=2)
para(doc, "Classes are held in our own schools, on Fridays, alternating between Medbury and Ashwick. There is one start "
     "each year, in September, and the Classes are taken in order. A Practitioner who misses a Class joins the "
     "catch-up Class held on the last Friday of each term, or takes the Class with the next year's group.")
para(doc, "There are no online classes and no e-learning in the Practice. Readings are sent on paper and by e-mail.")
para(doc, "The Academy asks every nominee on the nomination form, and again at the first Class, whether they have a "
     "disability or need the Practice should plan for. The Modifications on each card are the standard ones; "
     "others are agreed with the Practitioner, and the University's disability adviser agrees extra time or other "
     "adjustments in the Holds. All our Class venues have step-free access, and our leaflet for nominees is "
     "available in large print and on audio CD.")

doc.add_heading("Beyond the studio", level=2)
para(doc, "Specialists teach on Classes 4, 6 and 7: the cities' educational psychology, speech and language and "
     "sensory support services, the Parent Partnership Service and two voluntary groups. The University's own PGCert "
     "students spend a week at Oakfield Special School; Practitioners do not take part in it.")
para(doc, "Practitioners use the University library and its online journals, the Academy's resource library in "
     "Medbury (assessment materials, ICT programs, communication aids and a set of laptops for loan) and the "
     "Foundation's SEN resource bases in both high schools.")

doc.add_heading("Who shaped the Practice", level=2)
para(doc, "In 2008 the Academy surveyed the SENCOs and heads of all five Foundation schools and twelve neighbouring "
     "schools (29 replies) and held a meeting with the two cities' SEN services. They told us three things: new "
     "SENCOs struggled with the reports of other professionals; they could not be released on consecutive days; "
     "and parents of pupils with SEN in our schools often spoke little English.")
para(doc, "So Class 4 was added for other professionals' reports, Classes were set on Fridays a fortnight or more "
     "apart, and Class 7 was built with interpreters and leaflets in five languages.")
para(doc, "Heads host the Whole Room Projects and two heads sit on the Holds viva panel each year. We would like "
     "heads and parents to join our annual review of the Practice in future.")

doc.add_heading("Keeping the practice true", level=2)
para(doc, "At the end of each Class every Practitioner fills in a Class card review; at the end of each Series the "
     "Teachers meet to read the reviews, the Spotters' notes and the marks, and change the next year's cards. We do "
     "not at present use any external evaluation.")
p = para(doc, "Each Teacher marks the Holds of their own Classes. A second Teacher marks any Hold that fails.")
dele(p, " An external examiner appointed by the University moderates every Hold.", author=A, date=D)
para(doc, "The Posture Check is repeated at Class 12, so each Practitioner's competence and confidence can be compared "
     "with the summer before. Hold 2 and Hold 3 record the attainment and attendance of the pupils each "
     "Practitioner worked with, before and after, and the Academy reports these figures each year for every group.")

doc.add_heading("Passing the Award", level=2)
para(doc, "Each Hold is marked out of 100. The Award is passed on the average: a Practitioner whose three Holds "
     "average 50 or more passes, and no single Hold need be passed on its own.")

# --------------------------- Practice Chart ---------------------------
doc.add_heading("The Practice Chart", level=2)
para(doc, "The chart sets each outcome of the Award, in our words, against the Class where it is practised and the "
     "Hold in which it is marked.")
R = [["Outcome", "Practised in (Flow)", "Held in (marked)"],
     ["STEADINESS", None, None],
     ["Fair, respectful, steady relationships with pupils with SEN and their families", "Class 7", "Hold 2"],
     ["Winning the commitment of the head and senior leaders", "Class 10", "Flow only"],
     ["Prioritising, managing time, delegating", "Class 11", "Hold 3"],
     ["Anticipating and resolving problems; sound judgement", "Class 11", "Hold 3"],
     ["Speaking and writing clearly; listening to others", "Every Class", "Holds 1, 2 and 3"],
     ["Using research and outside advice to improve practice", "—", "Hold 1"],
     ["Keeping up to date; owning one's development", "Class 12", "Hold 3"],
     ["UNDERSTANDING", None, None],
     ["SEN law, the Code of Practice and putting them into practice", "Class 1", "Hold 1"],
     ["Every Child Matters and the SENCO's part", "Class 2", "Flow only"],
     ["Disability equality law", "Not in the Practice (school INSET)", "—"],
     ["How children develop and what affects development", "Class 5", "Hold 2"],
     ["The common kinds of SEN and their effect on learning", "Class 3", "Hold 2"],
     ["Approaches, strategies and resources, including ICT", "Class 5", "Hold 2"],
     ["School self-evaluation and improvement for pupils with SEN", "Class 11", "Hold 3"],
     ["Best practice and research in meeting SEN", "Class 2", "Hold 1"],
     ["Outside agencies and how to get their help", "Class 4", "Hold 3"],
     ["STRENGTH", None, None],
     ["Identifying pupils, setting targets, planning and reviewing", "Class 3", "Hold 2"],
     ["Using other professionals' assessments", "Class 4", "Hold 2"],
     ["Using summative assessments to track progress", "Class 8", "Hold 2"],
     ["Helping colleagues with formative assessment", "Class 8", "Flow only"],
     ["Special arrangements for tests and examinations", "Class 8", "Hold 3"],
     ["Provision mapping; finding missing provision", "Class 9", "Hold 3"],
     ["Deploying and managing staff", "Class 9", "Hold 3"],
     ["Coaching, mentoring and training colleagues", "Class 10", "Hold 3"],
     ["Reviewing provision with other staff", "Class 11", "Flow only"],
     ["Involving pupils in planning and reviewing their provision", "Class 6", "Hold 2"],
     ["Working with parents and carers", "Class 7", "Hold 2"],
     ["Working with other services and voluntary groups", "Class 4", "Hold 3"]]
t = table(doc, R, size=9, header_fill="CFE8DC")
for i, f in ((1, S1), (9, S2), (19, S3)):
    band(t, i, R[i][0], fill=f, size=9)

fn.attach()
doc.save(OUT)
print("wrote", OUT)
