"""mq-01-harrowgill-forge-wps: blind test application, written as a Welding Procedure Specification.

Provider (invented): Harrowgill Forge Ltd, artist blacksmiths at Low Harrowgill in (invented) Swaledon, whose
training arm, the Harrowgill Forge School, has run forge days for pupils with SEN since the 1990s and now offers the
National Award for SEN Coordination with the (invented) University of Stainmoor, which validates it as a 60-credit
Masters-level module. February 2009, for the 2009-10 cohort.

Document kind and layout: the forge writes every job on its own quality-system form QF-12, a Welding Procedure
Specification laid out after BS EN ISO 15609-1, and it has written the course the same way: "WPS HF/SENCO/01 Rev C".
No heading styles: the form's fields are bold capital Normal paragraphs, shaded grey, typed with the form's own
numbers 0-15 (they do not match the requirement ids). A title block table with merged, shaded cells; a glossary
table of the forge's words (Welder = participant, Run = taught Forge Day, Interpass, Site Work, Site Mentor, Coupon,
Bend Test, Final Macro, Quench Room = the online room, Joint = a national outcome in the forge's words); a Run
Details table with merged, shaded term rows; a Schedule of Joints (section 11) whose "Test" column values ("B1",
"B2", "B3", "FM", "Visual", "Tack") are keyed only in section 10, well above it, and whose "Run" column holds a dash
where a Joint is not taught; merged, shaded group rows in the Schedule; a staff table; an appendix, the Procedure
Qualification Record of the 2008 unaccredited trial; a sign-off table. Page header and footer (never evidence). One
footnote. Two Word comments. Tracked changes: an inserted paragraph, a deleted sentence and a change inside a
Schedule cell. A VML text box (the "Welder's stamp") with a blanket claim.

Traps (requirement ids):
- Aims name attainment only ("raise the attainment of pupils with SEN in reading, writing and mathematics"); the
  five ECM outcomes appear only as Run 1 content and Joint J9 (1.1 partially_met).
- The CRB verification exists only in a tracked INSERTED paragraph, so it is part of the submission (5.3 met).
- A second, January group is offered only in a DELETED sentence; what remains is one September start, a fixed
  order except Runs 8-10, and the University's own blended route, which "does not lead to the Award" (another
  provider's arrangement) (3.2 partially_met).
- The online Quench Room gives tutor and peer support between Runs and a shared area for Site Mentors (3.3 met).
- Prior learning is only "taken into account" when planning; the APEL credit route is only in a Word comment, and
  the reply in the next comment leaves it out (2.1 partially_met).
- "There is no test-only route" (negation); the 2008 trial's one test-only candidate in the appendix is a past
  arrangement (2.3 not_met).
- Further professional targets are declared someone else's business: "a matter for the Welder's headteacher ...
  the Forge School does not take part in it" (2.5 not_met).
- Placements: the University's PGCE students' special-school week is another programme's arrangement; Welders do
  not take placements; specialist expertise is real (5.5 partially_met).
- Resources: the forge's own small library is described; the ICT and library provision is a placeholder "[list
  ... to follow]" and assistive technology is only hoped for (5.6 partially_met).
- Impact on pupils only hoped for ("we hope that in time"), "we do not collect pupils' results"; competence and
  confidence are measured by re-rating the Joints (5.9 partially_met).
- Stakeholders evaluated only the 2008 trial (past); for 2009-10 they are invited to presentations and speak at a
  Run, with no part in evaluation; a comment about heads on a committee does not count (4.3 partially_met). 4.1 and
  4.2 are met in the appendix (survey of heads and the County team; changes made as a result).
- Award rule allows compensation: "an average mark of 50 per cent or more, with no Bend Test below 40 per cent";
  Visual and Tack Joints are outside the award decision; the text box's "has shown every Joint in the national
  range" is a blanket claim and changes nothing (6.0 partially_met). 1.9 partially_met for the same reason.
- Schedule of Joints: J3 (6.A3), J20 (6.S5) and J24 (6.S9) are "Visual" (formative, no mark); J20's Test cell is a
  tracked change, "B3" deleted and "Visual" inserted; J7 (6.A7) is "Tack" (touched on, not inspected); J13 (6.K7)
  has a dash in its Run column (assessed, not taught); J17b (6.S2b) says "B2" but a footnote makes it Visual only
  for 2009-10. All partially_met.
- No Joint and no Run covers child development (6.K4) or special arrangements for national tests and examinations
  (6.S2d): not_met. J17 has parts a-c only.
- Header ("Procedure qualified ... all Joints") and footer are never evidence.

Verdicts: 42 met, 15 partially_met, 4 not_met, 0 not_applicable.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from _mq_helpers import (Footnotes, dele, inserted_paragraph, ins, new_document, page_field, para,  # noqa: E402
                         set_cell, shade_cell, table, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY, DARK, PALE = "D9D9D9", "404040", "F2F2F2"
RA, CM = "Ruth Alderson", "Colin Metcalfe"
D1, D2 = "2009-02-09T10:12:00Z", "2009-02-11T16:40:00Z"

doc = new_document("Arial", 9.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin = sec.bottom_margin = Cm(1.8)
fn = Footnotes()

# header / footer (never evidence)
hp = sec.header.paragraphs[0]
hp.text = ("Harrowgill Forge Ltd  |  Quality System  |  Form QF-12 Welding Procedure Specification  |  "
           "Procedure qualified to the national standard: all Joints")
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fp.add_run("Uncontrolled when printed.  WPS HF/SENCO/01 Rev C  |  QF-12 issue 4  |  Page ").font.size = Pt(7.5)
page_field(fp)


def field(num, title):
    return para(doc, f"{num}   {title}", bold=True, shade=GREY, space_after=3, keep=True, size=10)


# ------------------------------------------------------------------ title block
t = table(doc, 7, 4)
a = t.cell(0, 0).merge(t.cell(0, 3))
set_cell(a, "HARROWGILL FORGE  ·  WELDING PROCEDURE SPECIFICATION (WPS)", bold=True, color="FFFFFF", size=12)
shade_cell(a, DARK)
rows = [
    ("Manufacturer", "Harrowgill Forge Ltd (Harrowgill Forge School, the training arm)", "WPS No.", "HF/SENCO/01"),
    ("Location", "The Forge Barn, Low Harrowgill, Swaledon", "Revision", "C (February 2009)"),
    ("Procedure", "National Award for SEN Coordination, 2009-10", "Reference WPQR", "HF/PQR/08 (Appendix)"),
    ("Examining body", "University of Stainmoor, School of Education", "Range of approval", "See section 12"),
    ("Welding Coordinator", "Ruth Alderson, Forge School Lead", "Form", "QF-12 after BS EN ISO 15609-1"),
]
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j % 2 == 0), fill=(PALE if j % 2 == 0 else None))
b = t.cell(6, 0).merge(t.cell(6, 3))
set_cell(b, "Status: issued for the TDA approval round, February 2009. Supersedes Rev B (the 2008 trial procedure).",
         italic=True, size=8.5)
shade_cell(b, PALE)

para(doc, "")
para(doc, "A note to the panel", bold=True, italic=True, space_after=2)
para(doc, ("Everything we make at Harrowgill, a gate, a balustrade or a course, is written up on Form QF-12 before "
           "it goes near the fire, and signed off by the person who will be answerable for it. We have not "
           "rewritten this procedure into the order of the TDA's criteria. Our forge words are explained in the "
           "glossary below, and the national minimum outcomes are written in our own words as the Joints in "
           "section 11. The University of Stainmoor has read and agreed every section."), italic=True)
para(doc, "Ruth Alderson, Welding Coordinator", italic=True, align="right")

# ------------------------------------------------------------------ glossary
para(doc, "GLOSSARY OF FORGE WORDS USED ON THIS FORM", bold=True, space_after=2)
gl = [
    ("Welder", "A participant: a qualified teacher new to, or about to take up, the role of SENCO."),
    ("Welding Coordinator", "The programme leader, who answers for the whole procedure."),
    ("Run", "One of the ten taught Forge Days, held in the Forge Barn teaching room from 9.15 to 3.45."),
    ("Interpass", "The time between two Runs, normally three to five weeks."),
    ("Site Work", "The work each Welder does in his or her own school between Runs, set at the end of each Run."),
    ("Site Mentor", "An experienced SENCO or senior leader in the Welder's school or a neighbouring school."),
    ("Coupon", "Any piece of written or practical work a Welder produces."),
    ("Bend Test", "One of the three marked Coupons, B1, B2 and B3 (section 10)."),
    ("Final Macro", "The closing professional discussion (section 10)."),
    ("Quench Room", "The Forge School's online room on the University of Stainmoor's Blackboard site."),
    ("Weld Map", "A Welder's individual training plan (section 3)."),
    ("Joint", "One of the national minimum outcomes, written in our words (section 11)."),
]
g = table(doc, len(gl) + 1, 2)
set_cell(g.cell(0, 0), "Term", bold=True, fill=GREY)
set_cell(g.cell(0, 1), "What it means in this procedure", bold=True, fill=GREY)
for i, (k, v) in enumerate(gl, 1):
    set_cell(g.cell(i, 0), k, bold=True)
    set_cell(g.cell(i, 1), v)
for row in g.rows:
    row.cells[0].width = Cm(3.8)
    row.cells[1].width = Cm(13.2)

# ------------------------------------------------------------------ 0 scope
para(doc, "")
field("0", "SCOPE AND PURPOSE OF THE PROCEDURE")
para(doc, ("This procedure prepares teachers to lead the coordination of provision for pupils with special "
           "educational needs in their schools. Its purpose, as agreed with our partner schools at the end of the "
           "2008 trial, is to produce SENCOs who raise the attainment of pupils with SEN in reading, writing and "
           "mathematics, measured in National Curriculum levels and P scales. Each Run, each Bend Test and the "
           "Final Macro is aimed at that end."))
para(doc, ("The procedure is validated by the University of Stainmoor as a 60-credit Masters-level module, "
           "EDM7412 Coordinating Provision for Special Educational Needs, within the University's Postgraduate "
           "Certificate in Professional Studies in Education. The University registers each Welder as a student, "
           "holds the Assessment Board and issues the transcript."))

# ------------------------------------------------------------------ 1 parent material
field("1", "PARENT MATERIAL (WHO THE PROCEDURE IS FOR) AND BATCH")
para(doc, ("Welders are qualified teachers who have taken up the SENCO role since 1 September 2008, or who will "
           "take it up during 2009-10, in primary, secondary and special schools in Swaledon and the neighbouring "
           "authorities. Batch size: sixteen Welders; the procedure runs with ten or more."))
para(doc, ("Entry check. Before a place is offered the Welding Coordinator holds a half-hour entry conversation "
           "with each applicant, working through the Entry Check sheet: qualified teacher status; a current or "
           "agreed SENCO role; the headteacher's signed nomination, which agrees release for all ten Runs and names "
           "a Site Mentor; and a one-page account, written by the applicant, of a pupil with SEN he or she has "
           "taught and what was done. The Coordinator checks the account against the Joints to judge whether the "
           "applicant can reach all of them within the year. An applicant who is not yet ready, for example a "
           "teacher in the first year of teaching, is told in writing what to do first (usually two terms as "
           "assistant to the school's present SENCO and the County's two-day SEN Foundation course) and the "
           "Coordinator telephones the headteacher to agree a later start."))
para(doc, ("Cost. The fee for 2009-10 is £1,450 a Welder, which covers the ten Runs with lunch, the University's "
           "registration and assessment, tutorials, the reading pack and the Quench Room. Swaledon County Council "
           "pays half the fee for Swaledon schools from its SEN training budget. We keep the cost down by teaching "
           "in our own barn, by sharing the University's Blackboard site and library rather than building our own, "
           "and by spending Run time only on the Joints the batch needs (section 3)."))

# ------------------------------------------------------------------ 2 material certificates
field("2", "MATERIAL CERTIFICATES (CHECKS BEFORE A PLACE IS CONFIRMED)")
para(doc, ("The headteacher's nomination form confirms that the applicant is employed at the school in a teaching "
           "post with regular contact with children, and that the school has no outstanding disciplinary matter "
           "or concern about the applicant's conduct."))
inserted_paragraph(doc, ("The Forge School Registrar checks the date and number of each applicant's enhanced CRB "
                         "disclosure against the nomination form before a place is confirmed, and checks the "
                         "applicant against List 99 through the University. An applicant who has not worked in a "
                         "school in a post with regular contact with children in the past three months applies for "
                         "a new enhanced disclosure through the University before Run 1, and no place is confirmed "
                         "until it is returned."), CM, D2)

# ------------------------------------------------------------------ 3 joint preparation
field("3", "JOINT PREPARATION (THE STARTING ASSESSMENT AND THE WELD MAP)")
para(doc, ("Six weeks before Run 1 each Welder completes the Starting Assessment: a self-rating of every Joint in "
           "section 11 (0 new to me, 1 some knowledge, 2 can do it, 3 can show it), with a short example for "
           "every 2 or 3. The Site Mentor adds a comment. At a one-hour preparation tutorial the Welding "
           "Coordinator checks the ratings against the examples (Welders often rate the law higher than it "
           "deserves, because what they learned was the 1994 Code) and agrees with the Welder a Weld Map: an "
           "individual training plan that names the Joints to be worked hardest, the Runs, readings and Site Work "
           "that will do it, and three personal outcomes of the Welder's own. The Weld Map is reviewed with the "
           "tutor at Run 5 and at Run 9, and tutors look for evidence against the Joints in every Coupon to check "
           "the Starting Assessment was right."))
para(doc, ("The Starting Assessments of the whole batch are put together before Run 1. Where every Welder shows a "
           "Joint at 3, the Run that teaches it is cut short and the time given to the Joints the batch rated "
           "lowest; where a few Welders need a Joint the rest already have, the tutor sets them extra Site Work "
           "and a Quench Room tutorial on it."))

# ------------------------------------------------------------------ 4 previously welded material
field("4", "PREVIOUSLY WELDED MATERIAL (EARLIER STUDY AND EXPERIENCE)")
p = para(doc, ("A Welder's earlier study and experience is taken into account when the Weld Map is agreed: a Welder "
               "who has already studied dyslexia at Masters level, for example, will be steered to other reading "
               "and to the Joints he or she rated lowest."))
c1 = doc.add_comment(p.runs, text=("Ruth, the University's APEL regulations allow up to 20 credits against EDM7412 "
                                   "by portfolio claim to the Faculty APL Panel. Shall we say so here?"),
                     author=CM, initials="CM")
p2 = para(doc, ("There is no test-only route. Every Welder runs the full procedure, however experienced: in our "
                "view a procedure is only qualified by welding it, and a Welder who already meets many of the "
                "Joints will find the Weld Map takes account of that."))
doc.add_comment(p2.runs, text="Colin, leave APEL out for this cohort please; we can look again for Rev D. RA",
                author=RA, initials="RA")

# ------------------------------------------------------------------ 5 positions
field("5", "WELDING POSITIONS (HOW THE PROCEDURE IS TAKEN)")
p = para(doc, ("Position qualified: PA (flat). All ten Runs are taught at the Forge Barn, in order, on Thursdays, "
               "starting in September each year, with Site Work in the Welder's own school between Runs. "))
dele(p, "A second batch starting in January 2010 will weld the same procedure on Tuesdays, for Welders who take up "
        "the role mid-year. ", RA, D1)
para(doc, ("A Welder who misses a Run through illness or a school emergency may take it with the following year's "
           "batch, and Runs 8, 9 and 10 may be taken in any order where Site Work makes that sensible. The "
           "University's own part-time blended route in Inclusive Education is a different procedure and does not "
           "lead to the Award."))

# ------------------------------------------------------------------ 6 shielding
field("6", "SHIELDING (ACCESS AND ADJUSTMENTS)")
para(doc, ("Every applicant receives with the Entry Check sheet an access questionnaire inviting them to tell us of "
           "any disability, medical condition or other need, with a note of why we ask, who sees the answer and "
           "what we can change. The Forge Barn teaching room is on the ground floor with level access from the car "
           "park, an accessible toilet and an induction loop; the forge floor itself is visited only in Run 1, and "
           "may be watched from the gallery instead. Readings are sent in Word so that they can be enlarged or read "
           "by a screen reader; Welders with dyslexia may submit a Coupon as a recorded presentation with a short "
           "written summary; extra time and rest breaks in the Final Macro are agreed with the University's "
           "Disability Service. The Welding Coordinator reviews each disabled Welder's adjustments with him or her "
           "at Run 1 and again at Run 5, and the same adjustments apply in selection and in every Bend Test."))

# ------------------------------------------------------------------ 7 run details
field("7", "WELDING SEQUENCE: RUN DETAILS")
para(doc, ("Each Run is one Forge Day. Content is listed as the tutors teach it; the Joints each Run develops are "
           "shown in section 11."), italic=True)
runs = [
    ("AUTUMN TERM 2009", None),
    (("1", "24 Sept", "Lighting the fire",
      "The SENCO's job and where it sits in the school. The law and guidance on SEN: the Education Act 1996, the SEN "
      "Code of Practice (2001), the SEN and Disability Act 2001 and the 2008 regulations on the SENCO role; what "
      "each means for the school, the head, the governors and the SENCO, and how to put the Code's graduated "
      "response into practice. Every Child Matters: the five outcomes and the SENCO's part in them. A morning on the "
      "forge floor.",
      "Interview your headteacher about how the school sees the SENCO role; begin your SEN file audit."), None),
    (("2", "15 Oct", "Reading the metal",
      "The commonest kinds of SEN and disability and how each gets in the way of learning: behavioural, emotional and "
      "social difficulties; dyslexia and other specific learning difficulties; speech, language and communication "
      "needs (with the Bercow Review, 2008); autism; moderate learning difficulties. A speech and language "
      "therapist from the PCT teaches the afternoon.",
      "Write a one-page profile of a pupil for your B1 case study."), None),
    (("3", "12 Nov", "Law and equality",
      "Disability equality law: the Disability Discrimination Act 1995 as amended in 2005, the disability equality "
      "duty, reasonable adjustments, the school's accessibility plan and Disability Equality Scheme, and what each "
      "requires of the school in practice.",
      "Read your school's accessibility plan against the duty and note three gaps."), None),
    (("4", "3 Dec", "Finding the flaw",
      "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets; "
      "planning interventions; reviewing progress. Using reports from educational psychologists, therapists and "
      "advisory teachers to shape teaching. Using end-of-key-stage and optional tests, P scales and RAISEonline to "
      "track progress and change programmes. Helping colleagues build assessment for learning that works for pupils "
      "with SEN. Weighing approaches, strategies and resources, including ICT (Clicker 5, text-to-speech, switch "
      "access), to remove barriers.",
      "Set targets and plan an intervention for your B1 pupil; take a baseline."), None),
    ("SPRING TERM 2010", None),
    (("5", "14 Jan", "Pupils and parents",
      "Consulting pupils: pupil interviews, person-centred reviews, Talking Mats; making sure pupils take part in "
      "planning, agreeing and reviewing their own provision. Building fair, respectful relationships with pupils and "
      "families; advising, supporting and working in partnership with parents and carers, with the Swaledon Parent "
      "Partnership Service.",
      "Interview your B1 pupil about the intervention; hold a review meeting with the parents."), None),
    (("6", "11 Feb", "Mapping the work",
      "Provision mapping and management: costing provision, finding what does not work and what is missing. "
      "Deploying and managing teaching assistants. Planning the SENCO's own year: priorities, time and what to "
      "hand on to others.",
      "Draw a provision map for one year group (B2)."), None),
    (("7", "11 Mar", "Working the team",
      "Winning the commitment of the head, the leadership team and colleagues. Working with governors on an "
      "inclusive ethos, SEN policy, priorities and resources. Developing colleagues: observing and giving feedback, "
      "modelling, coaching and mentoring, running training. Collaborating with colleagues beyond the school: the "
      "cluster SENCO group.",
      "Plan and lead a staff training session; present your B2 map to your head."), None),
    ("SUMMER TERM 2010", None),
    (("8", "29 Apr", "Outside help",
      "The scope and role of outside agencies: the educational psychology service, CAMHS, sensory and autism "
      "outreach, social care, health; voluntary organisations such as the Swaledon Autism Parents' Group. Referral "
      "routes and how to get specialist support and resources; working in partnership with them. An educational "
      "psychologist teaches the morning.",
      "Map the agencies your school uses; meet one you do not."), None),
    (("9", "27 May", "Evidence at the anvil",
      "Research and best practice in meeting SEN: reading research critically and bringing it and outside advice "
      "into your own and colleagues' teaching. Reviewing with colleagues whether provision works and feeding the "
      "findings into school improvement planning. Problem cases worked in threes: anticipating difficulties and "
      "making sound decisions on provision.",
      "Complete B3."), None),
    (("10", "24 Jun", "Finishing",
      "Welders present their B3 change to the batch and invited heads. Keeping up to date in SEN and disability. "
      "Preparing for the Final Macro.",
      "Final Macro in July."), None),
]
rt = table(doc, len(runs) + 1, 5)
for j, h in enumerate(["Run", "Date", "Title", "What is welded in the Run", "Site Work before the next Run"]):
    set_cell(rt.cell(0, j), h, bold=True, fill=GREY)
for i, (r, _) in enumerate(runs, 1):
    if isinstance(r, str):
        m = rt.cell(i, 0).merge(rt.cell(i, 4))
        set_cell(m, r, bold=True, size=8.5)
        shade_cell(m, PALE)
    else:
        for j, v in enumerate(r):
            set_cell(rt.cell(i, j), v, size=8.5, bold=(j == 0))
widths = [Cm(1.0), Cm(1.5), Cm(2.6), Cm(8.2), Cm(3.7)]
for row in rt.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = w

# ------------------------------------------------------------------ 8 interpass
para(doc, "")
field("8", "INTERPASS (BETWEEN RUNS)")
para(doc, ("Between Runs Welders use the Quench Room. Each Run's slides, readings and Site Work brief are posted "
           "there the day after the Run. Each Welder belongs to a tutor group of eight with its own discussion "
           "board, which the tutor reads and answers on Mondays and Thursdays; a question sent to the tutor through "
           "the Quench Room is answered within two working days; and each Welder books one thirty-minute telephone "
           "or Quench Room tutorial between each pair of Runs. Welders post their Site Work to the group board and "
           "comment on one another's. Site Mentors have their own area holding the Site Work briefs and the Site "
           "Mentor Notes, so that school, Welder and tutor work from the same page, and mentors can message the "
           "tutor there."))
para(doc, ("Site Mentors meet their Welder at least twice a term, sign the Site Work log, and may observe the "
           "Welder leading colleagues. Before Run 1 every Site Mentor attends a half-day mentor briefing at the "
           "Forge and receives the Site Mentor Notes, which set out the mentor's role, what to look for in Site "
           "Work, how to write a Visual note and when to call the tutor; the Welding Coordinator telephones each "
           "mentor once a term. Tutors work from the Tutor Book (roles, the Joints, the marking criteria, how to "
           "run a Quench Room group) and are inducted by the Coordinator and the University's module leader."))

# ------------------------------------------------------------------ 9 consumables
field("9", "CONSUMABLES AND FILLER (READING AND RESOURCES)")
para(doc, ("Every Run has a reading list, revised each summer at the Procedure Review. The core reading includes "
           "Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Education and Skills "
           "Committee's report Special Educational Needs (2006), Removing Barriers to Achievement (2004), the "
           "Bercow Review of services for children with speech, language and communication needs (2008), the "
           "Inclusion Development Programme materials on dyslexia and on speech, language and communication "
           "needs (2008), Lewis and Norwich's Special Teaching for Special Children? (2005) and the 2008 "
           "regulations on the SENCO role."))
para(doc, ("Resources. The Forge School library holds some 300 titles on SEN and a set of standardised "
           "assessments for Welders to borrow. Welders have full use of the University of Stainmoor's library and "
           "electronic journals. ICT and specialist technology: [list of University Library and ICT provision to "
           "follow from the University]. We hope to add a set of assistive technology for Welders to try out in "
           "the Forge Barn."))

# ------------------------------------------------------------------ 10 inspection and testing
field("10", "INSPECTION AND TESTING")
para(doc, "The Test column of the Schedule of Joints (section 11) shows how each Joint is inspected:", space_after=2)
key = [
    ("B1, B2, B3", " Bend Tests, the three marked Coupons, each carrying one third of the credit. B1 (after Run 4, "
                   "3,000 words): a case study of one pupil, from identification through assessment, targets and "
                   "intervention to review with the pupil and parents. B2 (after Run 7, 3,000 words): a provision "
                   "map for a year group with a report to the head and governors. B3 (after Run 9, 4,000 words): the "
                   "Site Weld, a change in provision the Welder leads with colleagues in his or her own school, with "
                   "its evaluation."),
    ("FM", " the Final Macro, a forty-minute recorded professional discussion with two tutors in July, marked pass "
           "or refer."),
    ("Visual", " looked at by the tutor and the Site Mentor in Site Work or in the Quench Room, with written "
               "feedback; no mark, and not part of the award decision."),
    ("Tack", " touched on in a Run; not inspected."),
]
for k, v in key:
    q = para(doc, [("•  " + k + ":", {"bold": True}), v], space_after=2)
    q.paragraph_format.left_indent = Cm(0.6)
para(doc, "A dash in the Run column means the Joint is not taught in any Run.", space_after=4)
para(doc, ("Every Bend Test is marked by the Welder's tutor against the University's Masters-level criteria. A "
           "sample of one in four, and every fail and every borderline script, is second-marked blind by a "
           "University tutor. Before each Bend Test is marked the tutors hold a half-day standardising meeting "
           "using marked coupons from the 2008 trial. The University's moderator samples all three Bend Tests "
           "across tutors, and the external examiner, appointed by the University, sees a sample of every Bend "
           "Test and the Final Macro recordings and attends the Assessment Board in July."))

# ------------------------------------------------------------------ 11 schedule of joints
field("11", "SCHEDULE OF JOINTS")
joints = [
    ("A.  THE WELDER AS A COLLEAGUE", None, None, None),
    ("J1", "Builds fair, respectful and constructive relationships with pupils who have SEN or disabilities and with "
           "their parents and carers.", "5", "B1"),
    ("J2", "Wins the commitment of the head, the leadership team and other colleagues to better outcomes for pupils "
           "with SEN.", "7", "B3"),
    ("J3", "Plans and prioritises the SENCO's own workload, keeps to time, and hands tasks to others with checks "
           "that they are done.", "6", "Visual"),
    ("J4", "Sees problems coming, resolves them, and makes sound, well-reasoned decisions about provision.", "9",
     "B3, FM"),
    ("J5", "Speaks and writes clearly; listens to others and shows that they have understood.", "10", "FM"),
    ("J6", "Uses research and outside advice to improve his or her own teaching and that of colleagues.", "9", "B3"),
    ("J7", "Keeps up to date and takes charge of his or her own professional development in SEN and disability.",
     "10", "Tack"),
    ("K.  WHAT THE WELDER KNOWS", None, None, None),
    ("J8", "The law and guidance on SEN, the Code of Practice above all: what it means for the school, the SENCO and "
           "others, and how to carry it out.", "1", "B1, FM"),
    ("J9", "Every Child Matters: its principles and five outcomes, and how a SENCO helps pupils reach them.", "1",
     "B2"),
    ("J10", "Disability equality law and the actions it requires of a school.", "3", "B2"),
    ("J11", "The commonest kinds of SEN and disability (BESD, dyslexia and other SpLD, SLCN, autism, MLD) and how "
            "each affects learning.", "2", "B1"),
    ("J12", "Weighs up approaches, strategies and resources for assessment, planning and teaching, ICT included, "
            "and uses them to remove barriers.", "4", "B1"),
    ("J13", "How a school evaluates itself and plans its improvement, and where outcomes for pupils with SEN fit.",
     "–", "B2"),
    ("J14", "Best practice and the findings of research in meeting SEN.", "9", "B3"),
    ("J15", "What outside agencies do and how to get specialist support and resources.", "8", "B1"),
    ("S.  WHAT THE WELDER CAN DO", None, None, None),
    ("J16", "Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use "
            "of resources.", "7", "B2"),
    ("J17", "Finds pupils who may have SEN or disabilities, sets challenging targets, plans interventions and "
            "reviews progress; in particular:", "4", "B1"),
    ("J17a", "uses the assessments of other professionals to shape teaching;", "4", "B1"),
    ("J17b", "uses summative results, national tests included, to track progress and change programmes;", "4", "B2"),
    ("J17c", "helps other teachers develop formative assessment, with thought for pupils with SEN.", "4", "B3"),
    ("J18", "Maps and manages provision; finds what is not working and what is missing.", "6", "B2"),
    ("J19", "Deploys and manages teaching assistants and other staff well.", "6", "B2"),
    ("J20", "Develops colleagues: observation and feedback, modelling, coaching and mentoring, training.", "7", None),
    ("J21", "Reviews with colleagues whether provision works and feeds the findings into school improvement "
            "planning.", "9", "B3"),
    ("J22", "Makes sure pupils take part in planning, agreeing and reviewing their own provision.", "5", "B1"),
    ("J23", "Works closely with parents and carers to help their children learn and develop.", "5", "B1"),
    ("J24", "Works in partnership with other services and agencies, voluntary organisations included.", "8",
     "Visual"),
]
st = table(doc, len(joints) + 1, 4)
for j, h in enumerate(["Joint", "What the Welder will be able to do (our words)", "Run", "Test"]):
    set_cell(st.cell(0, j), h, bold=True, fill=GREY)
for i, (code, text, run, test) in enumerate(joints, 1):
    if text is None:
        m = st.cell(i, 0).merge(st.cell(i, 3))
        set_cell(m, code, bold=True, size=8.5)
        shade_cell(m, PALE)
        continue
    set_cell(st.cell(i, 0), code, bold=True, size=8.5)
    set_cell(st.cell(i, 1), text, size=8.5)
    set_cell(st.cell(i, 2), run, size=8.5)
    if code == "J20":
        cp = st.cell(i, 3).paragraphs[0]
        dele(cp, "B3", RA, D1)
        ins(cp, "Visual", RA, D1)
    else:
        set_cell(st.cell(i, 3), test, size=8.5)
    if code == "J17b":
        fn.ref(st.cell(i, 3).paragraphs[0], (
            "J17b: B2 for 2009-10 does not ask for test data, because several partner schools' 2009 results will "
            "arrive late. This year J17b is inspected Visual only; it will be bend tested in B2 from 2010-11."))
for row in st.rows:
    for j, w in enumerate([Cm(1.3), Cm(12.2), Cm(1.2), Cm(2.3)]):
        row.cells[j].width = w

# ------------------------------------------------------------------ 12 range of approval
para(doc, "")
field("12", "RANGE OF APPROVAL AND CERTIFICATION")
para(doc, ("A Welder who passes the procedure is awarded 60 credits at Masters level by the University of "
           "Stainmoor and the National Award for SEN Coordination. The Assessment Board awards the credits when "
           "the three Bend Tests reach an average mark of 50 per cent or more, with no Bend Test below 40 per cent, "
           "and the Final Macro is passed. A Bend Test below 40 per cent may be resubmitted once, within eight "
           "weeks; a Final Macro referred may be held again once."))
tb = para(doc, "")
text_box(tb, [("THE WELDER'S STAMP", True, False),
              ("Every Welder who holds this certificate has shown every Joint in the national range. Harrowgill "
               "Forge puts its stamp on nothing it would not hang in its own gateway.", False, True)],
         width_pt=440, height_pt=62)

# ------------------------------------------------------------------ 13 PWHT
field("13", "POST-WELD HEAT TREATMENT (AFTER THE AWARD)")
para(doc, ("None. The Forge School's part ends at the Assessment Board. What a Welder does next, further study or "
           "targets for the following year, is a matter for the Welder's headteacher and performance management "
           "reviewer, and the Forge School does not take part in it."))

# ------------------------------------------------------------------ 14 qualifications
field("14", "WELDER AND COORDINATOR QUALIFICATIONS (WHO TEACHES AND ASSESSES)")
staff = [
    ("Ruth Alderson", "Welding Coordinator; tutor",
     "SENCO for twelve years at Harrowgill Community Primary; MA Special and Inclusive Education (Stainmoor, 2004); "
     "AMBDA. Now 0.4 SEN adviser to Swaledon County Council, visiting some thirty schools a year."),
    ("Dr Colin Metcalfe", "University module leader; tutor",
     "Senior Lecturer in Inclusive Education, University of Stainmoor; former head of a learning support service; "
     "doctorate on the SENCO role in secondary schools; publishes on provision mapping."),
    ("Jo Hebden", "Tutor",
     "SENCO and assistant head, Caldbeck High School (in post); NPQH; Masters in Education (SpLD)."),
    ("Peter Ridsdale", "Visiting tutor, Runs 4 and 8",
     "Senior educational psychologist, Swaledon Educational Psychology Service."),
    ("Anwen Price", "Visiting tutor, Run 2",
     "Specialist speech and language therapist, Swaledon PCT, working in mainstream schools."),
    ("Tom Harrowgill", "Master smith; hosts Run 1 on the forge floor",
     "Founder of the Forge School; teaches no Runs and marks no Coupons."),
]
s = table(doc, len(staff) + 1, 3)
for j, h in enumerate(["Name", "Role in this procedure", "Qualifications and current practice"]):
    set_cell(s.cell(0, j), h, bold=True, fill=GREY)
for i, r in enumerate(staff, 1):
    for j, v in enumerate(r):
        set_cell(s.cell(i, j), v, size=8.5, bold=(j == 0))
para(doc, "")
para(doc, ("Specialist expertise. Besides the visiting tutors, Welders meet the autism outreach teacher, the "
           "Parent Partnership officer and a sensory support teacher in Runs 5 and 8, and may book a Quench Room "
           "session with any of them. Placements: the University arranges a week's placement in a special school "
           "for its PGCE students. Welders do not take placements; their Site Work is done in their own schools."))

# ------------------------------------------------------------------ 15 procedure review
field("15", "PROCEDURE REVIEW (HOW WE CHECK AND IMPROVE THE PROCEDURE)")
para(doc, ("Internal sources: an evaluation sheet from every Welder at the end of every Run, reviewed by the tutors "
           "the same week; the Quench Room boards; Bend Test results analysed Joint by Joint; the Entry Check and "
           "Starting Assessment records, reviewed each year to ask whether the right Welders were admitted and the "
           "Weld Maps were right; Site Mentors' Visual notes. The Forge's quality manager audits the Forge School's "
           "records once a year, exactly as she audits the fabrication shop."))
para(doc, ("External sources: the University's module evaluation questionnaire and annual monitoring report, the "
           "moderator's report and the external examiner's report."))
para(doc, ("Use of the evidence: at the Procedure Review each July every finding is logged as a change request. "
           "The Welding Coordinator and the University's module leader accept or reject each one with a reason, "
           "accepted changes make the next revision of this WPS (Rev D for 2010-11), and the revision history at "
           "the foot of the form shows what was changed and why."))
para(doc, ("Competence and confidence. At Run 10 each Welder re-rates every Joint on the Starting Assessment scale "
           "and rates his or her confidence in the role on a ten-point scale, as at the start; we compare the "
           "change with the Bend Test marks and the Site Mentor's notes, and report the batch's change at the "
           "Procedure Review. Pupils' achievement: we hope that in time the schools will let us see whether the "
           "pupils of Welders make better progress, but we do not collect pupils' results."))
p = para(doc, ("Stakeholders. The heads, the County's SEN team and the trial Welders took part in evaluating the 2008 "
               "trial (Appendix). For 2009-10 heads are invited to the Run 10 presentations, and the Parent "
               "Partnership officer teaches in Run 5."))
doc.add_comment(p.runs, text=("University would like two heads on the Programme Committee from 2010 to look at the "
                              "evaluations. To confirm."), author=CM, initials="CM")

# ------------------------------------------------------------------ appendix: WPQR
para(doc, "")
field("APPENDIX", "PROCEDURE QUALIFICATION RECORD HF/PQR/08 (THE 2008 TRIAL COUPON)")
pq = table(doc, 5, 2)
for i, (k, v) in enumerate([
        ("Trial", "Six Runs, January to June 2008, unaccredited, nine teachers from Swaledon schools"),
        ("Examiner", "Dr Colin Metcalfe, University of Stainmoor, as critical friend"),
        ("Survey before the trial", "41 headteachers and SENCOs (31 replies); Swaledon SEN and Inclusion team"),
        ("Evaluation of the trial", "June 2008: the nine heads, the County SEN team and the trial Welders"),
        ("Result", "Procedure qualified with changes; Rev C is this form")]):
    set_cell(pq.cell(i, 0), k, bold=True, fill=PALE)
    set_cell(pq.cell(i, 1), v)
para(doc, "")
para(doc, ("What the stakeholders told us. Before the trial we asked the 41 headteachers and SENCOs of Swaledon "
           "schools who had a new SENCO, and the County's SEN and Inclusion team, what a new SENCO most needed. "
           "They put provision mapping, managing teaching assistants and working with parents highest; they asked "
           "for teaching in school time but no more than one day a month; and the County asked that the course "
           "teach its graduated response paperwork as schools actually use it."))
para(doc, ("What we changed. Their answers fixed the shape of the procedure: one Forge Day a month rather than the "
           "block week we had planned; Run 6 given wholly to provision mapping and teaching assistants; working "
           "with parents moved from a half-session to Run 5 with the Parent Partnership Service; the County's own "
           "forms used in Run 4. After the trial the heads' evaluation asked for less writing and more work in "
           "school, so the Bend Tests were cut from four to three and Site Work was added between every Run."))
para(doc, ("In the trial one experienced teacher from the County's Learning Support Service was tested on the "
           "trial coupons without attending the Runs."))

# ------------------------------------------------------------------ sign-off
para(doc, "")
so = table(doc, 2, 3)
for j, h in enumerate(["Prepared by", "Approved for the Forge", "Agreed for the University"]):
    set_cell(so.cell(0, j), h, bold=True, fill=GREY)
for j, v in enumerate(["Ruth Alderson, Welding Coordinator, 9 February 2009",
                       "Tom Harrowgill, Managing Director, 12 February 2009",
                       "Dr Colin Metcalfe, Module Leader, 12 February 2009"]):
    set_cell(so.cell(1, j), v)
para(doc, "Revision history: A (Oct 2007, trial draft); B (Jan 2008, trial); C (Feb 2009, this issue).",
     size=8, italic=True)

fn.install(doc)
doc.save(OUT)
print("wrote", OUT)
