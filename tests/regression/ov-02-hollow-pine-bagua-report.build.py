"""ov-02-hollow-pine-bagua-report: builds ov-02-hollow-pine-bagua-report.docx next to itself.

Provider: the Hollow Pine School of Tai Chi and Qigong (Brackendale), whose principal was a SENCO until 2003 and
whose "Quiet Strength" programme teaches tai chi to children with SEN in Brackendale schools, with Marlhaven
University's School of Education (which will validate the Award) and Brackendale Borough Council's Inclusion Support
Service.

Document kind and layout: a feng shui consultation report on the Award, written by the school's own feng shui
consultant for its Award Council, sent whole as the application under the principal's covering letter. The
consultant "walks" the Award as he would walk a house: the landscape of the four celestial animals (the partners),
the Mouth of Qi (entry), then a Lo Shu grid table (3 x 3, merged title row, shaded centre) and the Nine Palaces
read one by one, each with "What I found" and numbered cures; a Schedule of Cures table recording the Council's
decision on each cure (Applied, Adopted, Recommended, Declined); "The year's stars" (risks); and Appendix A, the
standards as "The Twenty-Eight Mansions and the Pole Star" (four palaces of seven in shaded, merged group rows,
plus the Pole Star), each with "Where it rises" (taught) and "Where it is read" (assessed); Appendix B, the three
Readings (assessments) and the Pine Journal. No heading styles: section titles are bold capitalised Normal
paragraphs with typed numbers; typed "•" bullets; a title block with manual line breaks; a text box; header and
footer; two comments; tracked changes in the Schedule of Cures.

Traps (requirement ids in brackets):
- The cover letter defines the statuses: a cure "Recommended" is still only advice, "Declined" will not be done.
  Cures that carry arrangements only when their status says so (cross-references between palace text and the
  schedule).
- Credit value not settled: Master's level, but "30 credits" proposed, 60 asked for (E.2 partially_met; E.1 met).
- An assessment-only route: cure C1.2 "Declined: the University will not offer one" (2.3 not_met).
- Programme-level evaluation of impact explicitly absent ("does not at present measure"), the cures that would do it
  (confidence ratings, pupils' measures across the cohort) only Recommended; quality and standards are evaluated
  (end-of-day evaluations, questionnaire, examiner, second marking) (5.9 partially_met; 5.1 met).
- Second tutor: a tracked change in the schedule turns C6.1 from Adopted (deleted) to "Recommended: held over to
  June" (inserted); the principal's SENCO experience ended in 2003 (5.4 partially_met).
- Disability disclosure on the application form: a tracked change turns CM1 from Recommended (deleted) to
  "Applied: on the 2009 form" (inserted), which counts; with adjustments in assessment and a step-free hall
  (3.1 met).
- Prior learning only under "the University's general regulations"; recognising experience only a Recommended cure
  (2.1 partially_met). Needs assessment ("Pine Compass") in the first month, used to form triads, no individual plan
  or personalised outcomes (2.2 partially_met).
- One September start in fixed order; a January start only Recommended; day or twilight choice (3.2
  partially_met). No online part at all, stated in a text box (3.3 not_applicable).
- Stakeholders: needs evidence from the Borough's 2007 survey is reflected (4.1 met), but no stakeholder sat on the
  design group, the network "welcomed" a complete outline, and nothing has been changed because of what anyone said
  (4.2 partially_met: influence only indirect, through a survey gathered for another purpose); the Award Council and
  stakeholders' parts in delivery (4.3 met). Cure C2.1 (changes put to the network) is Adopted, for the future.
- Resources: the school's library of tai chi books (wrong thing) and the University library; assessment materials
  and assistive technology only Recommended (5.6 partially_met).
- Pupils' voice: a pupil interview in the Pupil's Path only; a Circle Day on consulting children only Recommended
  (1.5 partially_met, 6.S7 partially_met: assessed but not taught).
- Outcomes: 6.A3 left to the headteacher's performance management (not_met, someone else's responsibility); 6.S1
  "Not in this year's Award", its cure held over (not_met); 6.S2d a blank row "[ ]" (not_met); 6.A6 and 6.K8
  taught but "not assessed" (partially_met); 6.A7 and 6.S2c discussed at tutorials only, formative
  (partially_met); so 1.9 and 6.0 partially_met although no compensation is allowed between Readings.
- Comments (not evidence): one softening the South palace, one on the blank row.
"""
from pathlib import Path
from docx.shared import Pt, Cm, RGBColor
from _ov_helpers import (new_document, para, add_text, lines_para, cell_text, shade, table, header_footer,
                         text_box, comment, tracked_insert, tracked_delete, typed_bullet)

HERE = Path(__file__).parent
NAME = "ov-02-hollow-pine-bagua-report"
MLH, AT = "Mei Lin Hartley", "Aidan Thwaite"
D1 = "2009-03-13T09:05:00Z"

doc = new_document(font="Calibri", size=10.5, margins_cm=2.3)
header_footer(doc.sections[0], "Hollow Pine School of Tai Chi and Qigong  ·  Feng shui consultation: the Award",
              "Report ref. HP/FS/09/03  ·  Prepared for the Award Council of Hollow Pine")


def title(text):
    p = para(doc, text, bold=True, size=11.5, keep=True)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(text):
    p = para(doc, text, bold=True, italic=True, keep=True)
    p.paragraph_format.space_before = Pt(4)
    return p


def cures(items):
    for code, txt in items:
        typed_bullet(doc, f"**{code}**  {txt}")


# ---------------------------------------------------------------- covering letter
lines_para(doc, ["Hollow Pine School of Tai Chi and Qigong", "The Pavilion, 4 Tanners Row, Brackendale",
                 "16 March 2009"], bold_first=True)
lines_para(doc, ["The Approvals Team", "Training and Development Agency for Schools"])
para(doc, "Dear colleagues,")
para(doc, "We enclose, as our application to provide the National Award for SEN Coordination, the consultation report "
          "that our feng shui consultant, Aidan Thwaite, wrote on the Award this winter. We asked him to walk the Award "
          "as he would walk a house, room by room, and to tell our Award Council where its energy was strong and where "
          "it was blocked. It is the most honest account of the Award we have, and we have not rewritten it.")
para(doc, "At its meeting on 12 March 2009 the Award Council decided on each of his cures. The Schedule of Cures in Part 6 "
          "records those decisions, and it is the Schedule that tells you what the Award does. A cure marked Applied is "
          "already part of the Award; Adopted means the Council has agreed it and it is in place from September 2009; "
          "Recommended means it is still the consultant's advice and has not been agreed; Declined means it will not be "
          "made.")
lines_para(doc, ["With best wishes,", "Mei Lin Hartley", "Principal, Hollow Pine School of Tai Chi and Qigong"])

# ---------------------------------------------------------------- title block
para(doc, "")
para(doc, "CONSULTATION REPORT", bold=True, size=16, align="center", space_after=2)
para(doc, "The Award at Hollow Pine: a reading of its qi", italic=True, size=12, align="center")
tb = table(doc, rows=6, cols=2, widths_cm=[4.0, 12.4])
for i, (k, v) in enumerate([
    ("Client", "The Award Council of Hollow Pine School of Tai Chi and Qigong"),
    ("Subject", "The National Award for SEN Coordination as Hollow Pine, Marlhaven University and Brackendale "
                "Borough Council propose to run it from September 2009"),
    ("Consultant", "Aidan Thwaite, feng shui consultant to Hollow Pine since 2002; deputy headteacher of a Brackendale "
                   "primary school until 1999"),
    ("Visits", "Four: 8 and 22 January, 5 and 19 February 2009 (the programme documents, the Pavilion, the Borough's "
               "Professional Centre, and conversations with the people named)"),
    ("Facing", "South: the Award faces the children in participants' schools"),
    ("Method", "Form School (the landscape) and Compass School (the Lo Shu grid and the eight trigrams)"),
]):
    cell_text(tb.cell(i, 0), k, bold=True, size=9.5, fill="E4E9DF")
    cell_text(tb.cell(i, 1), v, size=9.5)

# ---------------------------------------------------------------- 1 method
title("1.  HOW I READ THE AWARD")
para(doc, "A house is read twice. First by its landscape: what stands behind it, what guards its left and right, and what "
          "it looks out on. Then by its rooms: the grid of nine palaces laid over the plan, each with its trigram, its "
          "element and its part of life. I have read the Award the same way. Where I found something already done, I say "
          "so under What I found. Where I think something should change, I give a cure with a number; the Council's "
          "decision on each cure is in Part 6.")
text_box(doc, [
    "**A note on what I did not find**",
    "Some houses have rooms their owners never use. The Award has no online part: the University's virtual learning "
    "environment is not used, and everything is taught face to face at the Pavilion or the Borough's Professional "
    "Centre. Papers go to participants on paper and by post. I make no cure here; it is simply how this house is "
    "built.",
], width_pt=440, fill="#EEF2EA", stroke="#5C6B4E")

# ---------------------------------------------------------------- 2 landscape
title("2.  THE LANDSCAPE: THE FOUR CELESTIAL ANIMALS")
sub("2.1  The Black Tortoise behind: Marlhaven University")
para(doc, "A house needs a hill at its back. The Award's is Marlhaven University's School of Education, which will "
          "validate the Award as its Postgraduate Certificate in Inclusive Leadership (SEN Coordination). The validation "
          "event is fixed for 17 June 2009, and the University's Academic Board approved the partnership with Hollow "
          "Pine in November 2008. The University will validate the Award at Master's level. Its credit value is not yet "
          "settled: the University's draft proposes 30 credits, and we have asked for 60; the panel at the validation "
          "event will decide.")
sub("2.2  The Green Dragon on the left: Brackendale Borough Council")
para(doc, "The Dragon brings vigour. The Borough's Inclusion Support Service lends the Award its Principal Educational "
          "Psychologist, Dr Tom Ashby, who teaches on two Circle Days, finds the placement schools, and pays half the fee "
          "for each participant from a Borough maintained school.")
sub("2.3  The White Tiger on the right: the schools")
para(doc, "The Tiger guards, and it can bite. Headteachers release their SENCOs for twelve Circle Days, and they told me "
          "plainly that they will not release them for more.")
sub("2.4  The Red Phoenix in front: the children")
para(doc, "The Phoenix is the open view before the house. The Award faces the children and young people with SEN and/or "
          "disabilities in participants' schools. Everything below is read from that direction.")

# ---------------------------------------------------------------- 3 mouth of qi
title("3.  THE MOUTH OF QI: HOW PARTICIPANTS COME IN")
para(doc, "Qi enters a house by its door, and a door that is too narrow or too wide troubles the whole house.")
sub("What I found")
typed_bullet(doc, "Applicants must hold Qualified Teacher Status, have at least two years' teaching, and be their school's "
                  "SENCO or be named to become it within the year. The headteacher signs the application and commits "
                  "to the release and to a mentor.")
typed_bullet(doc, "Every applicant is interviewed by a Hollow Pine tutor and a University tutor, who look at the "
                  "applicant's experience against the national standards. Where they judge an applicant unlikely to "
                  "reach every standard by July, they write to the applicant and the headteacher saying what experience "
                  "would help (often a term working alongside the Borough's Area SENCO), and offer an interview the "
                  "following year.")
typed_bullet(doc, "Each applicant gives the number and date of their enhanced CRB disclosure. The Pavilion's administrator "
                  "writes to the headteacher to confirm that it is current, that the school knows of no concern about the "
                  "applicant's conduct and that no disciplinary matter is outstanding. An applicant who has not worked in "
                  "a school in the past three months applies through the Pavilion for a new enhanced disclosure before the "
                  "first Circle Day. Placement schools are told that the checks are done.")
typed_bullet(doc, "In the first month each participant completes the Pine Compass, a self-assessment against the national "
                  "standards, and talks it through with their tutor. Tutors use the Compasses to arrange the cluster "
                  "triads so that each mixes strengths.")
typed_bullet(doc, "Prior credit is considered under the University's general regulations, and applicants may ask.")
typed_bullet(doc, "The Pavilion's hall and studio are step-free, with an accessible toilet and a hearing loop. Circle Day "
                  "papers come in large print or on audio on request, and the Award's leaflet is published in both. "
                  "Adjustments in the Readings are agreed with each disabled participant in advance: extra time or a "
                  "break in the Open Door, a reader, a recorded Pupil's Path in place of a written one. Placement schools "
                  "are chosen with the participant's access in mind. Marlhaven's disability adviser reviews each "
                  "adjustment, and the Award's arrangements are written to meet the Disability Discrimination Act 1995 as "
                  "amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006.")
typed_bullet(doc, "There is one entry a year, in September, and the twelve Circle Days run in a fixed order to July. Each "
                  "Circle Day is given twice, as a Saturday at the Pavilion or as two twilight sessions at the Borough's "
                  "Professional Centre, and a participant may choose either each time.")
sub("Cures")
cures([
    ("CM1", "Ask every applicant, on the application form itself, whether they have a disability or need for which "
            "adjustments should be made, and say why we ask and who will see the answer."),
    ("CM2", "Open a second door: a January start, with the first six Circle Days repeated from January to June."),
    ("CM3", "Recognise experience as well as credit: let an experienced SENCO's portfolio excuse them from up to three "
            "Circle Days."),
])

# ---------------------------------------------------------------- 4 grid
title("4.  THE LO SHU GRID")
para(doc, "The nine palaces as I laid them over the Award. The number in each palace is its Lo Shu number; the cures in "
          "Part 5 carry the same number.", size=9.5, italic=True)
grid = [
    [("4  Southeast · Xun ☴ · Wind", "Wealth: resources and cost"), ("9  South · Li ☲ · Fire", "Fame: evaluation and quality"),
     ("2  Southwest · Kun ☷ · Earth", "Relationships: partners and stakeholders")],
    [("3  East · Zhen ☳ · Thunder", "Family: parents and carers"), ("5  Centre · Tai Chi", "Health: the Award's purpose and shape"),
     ("7  West · Dui ☱ · Lake", "Children: the pupils' own voice")],
    [("8  Northeast · Gen ☶ · Mountain", "Knowledge: what is taught"), ("1  North · Kan ☵ · Water", "Career: the participant's path"),
     ("6  Northwest · Qian ☰ · Heaven", "Helpful People: tutors, mentors, placements")],
]
gt = table(doc, rows=4, cols=3, widths_cm=[5.4, 5.4, 5.4])
tc = gt.cell(0, 0).merge(gt.cell(0, 2))
cell_text(tc, "THE AWARD ON THE LO SHU GRID (SOUTH AT THE TOP)", bold=True, size=9.5, fill="5C6B4E", align="center")
tc.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(grid):
    for j, (a, b) in enumerate(row):
        c = gt.cell(i + 1, j)
        cell_text(c, f"**{a}**\n{b}", size=9, align="center", fill="F2E6C4" if (i, j) == (1, 1) else None)

# ---------------------------------------------------------------- 5 the palaces (numbered 4.x in text as typed)
title("5.  THE NINE PALACES")

sub("5.1  The Centre (5): Health, the Award's purpose and its shape")
para(doc, "**What I found.** The centre of a house is its health, and the centre must be kept clear. The Award's centre is "
          "the achievement and well-being of children and young people with SEN and/or disabilities in participants' "
          "schools, in all five Every Child Matters outcomes. The aims in the programme document begin there; every "
          "Circle Day ends by asking what it means for a pupil; and both written Readings are marked on what the "
          "participant's work did for pupils' learning and well-being.")
para(doc, "The Award runs from September to July: twelve Circle Days, three one-hour tutorials with the participant's "
          "tutor, two placement days, and three Readings (Appendix B). Each participant's own school is the ground of "
          "the Award: the Ground Plan and the Pupil's Path are carried out there, with the headteacher's agreement, and "
          "each Reading must show a change the participant has made in the school's practice and its effect.")
cures([("C5.1", "Keep the centre clear: end every Circle Day with the same question, What will this change for a pupil?")])

sub("5.2  The North (1): Career, the participant's path")
para(doc, "**What I found.** Water in the North is the path of a life. At the last tutorial each participant drafts an "
          "Onward Plan, setting professional targets for the next two years on the Pavilion's planning sheet, and takes "
          "it to a meeting with their headteacher. The University writes to each completing participant about its MA "
          "modules. The Award is given only to those who pass all three Readings; there is no compensation between them.")
cures([("C1.1", "Keep the Onward Plan, and give the headteacher a copy of the planning sheet beforehand."),
       ("C1.2", "An assessment-only route for SENCOs who already meet the standards.")])

sub("5.3  The Northeast (8): Knowledge, what is taught")
para(doc, "**What I found.** The Mountain stores knowledge. The Circle Days are: Opening the Gate (the year ahead and the Pine Compass); The Law and the Code "
          "(the SEN Code of Practice 2001, Part 4 of the Education Act 1996, the Education (Special Educational Needs "
          "Coordinators) (England) Regulations 2008, the Disability Discrimination Act and the Disability Equality "
          "Duty, accessibility planning); Every Child (Every Child Matters, the Common Assessment Framework, the "
          "Children's Trust); How Children Grow (how children develop, and how SEN, disability and the setting shape "
          "development); Knowing the Needs (behavioural, emotional and social difficulties, "
          "dyslexia and other specific learning difficulties, speech, language and communication needs, autism, "
          "moderate learning difficulties, and the approaches, resources and ICT for each, weighed critically); The Map "
          "and the Money (provision mapping, deploying teaching assistants, using RAISEonline, P scales and national "
          "test results); Family Table; Helping Hands (the scope and role of outside services and agencies, including "
          "voluntary organisations, and how to get specialist help and resources); Leading from the Middle (winning "
          "colleagues' commitment, advising and coaching colleagues, observing teaching and giving feedback, leading "
          "training, and helping class teachers build formative assessment with thought for pupils with SEN); Looking "
          "Back (school self-evaluation, and reviewing provision with colleagues); Knowing What Works; and The Open "
          "Door.")
para(doc, "Knowing What Works is given to research and inspection evidence: the Bercow Review (2008), Ofsted's "
          "Inclusion: does it matter where pupils are taught? (2006), the Inclusion Development Programme (2008) and "
          "the University's own research group's studies of provision mapping in Brackendale schools. It is updated "
          "each summer by the University's programme leader.")
para(doc, "Each participant also chooses, with their tutor, two of five elective afternoons (autism, dyslexia, sensory "
          "needs, behaviour, the early years) to suit their school, and the three tutorials are given over to the "
          "participant's own school's questions.")
cures([("C8.1", "Keep Knowing What Works in the spring, before the Pupil's Path is written.")])

sub("5.4  The East (3): Family, parents and carers")
para(doc, "**What I found.** Thunder in the East is the family and the elders. The Family Table Circle Day is led with "
          "Brackendale Parent Partnership Service: listening to parents and carers, explaining provision plainly, "
          "working in partnership, and settling disagreements before they harden. The Pupil's Path requires the "
          "participant to plan and review the pupil's targets with the parents or carers, and is marked on it.")
cures([("C3.1", "Ask two parents from the Parent Partnership's parents' group to co-lead the Family Table.")])

sub("5.5  The Southeast (4): Wealth, resources and cost")
para(doc, "**What I found.** Wind in the Southeast brings abundance, or blows it away. The fee is £950; the Borough pays "
          "half for its maintained schools, and the twilight sessions save schools the cost of supply cover. "
          "Participants may use the University's library with a reader's card, and the Pavilion's own library, which "
          "holds some four hundred books on tai chi, qigong and Chinese medicine. There is no collection of assessment "
          "materials or specialist technology for participants to handle and try.")
cures([("C4.1", "Keep the fee below £1,000 while the Borough's contribution lasts."),
       ("C4.2", "Buy a teaching collection of assessment materials and assistive technology (symbol software, "
                "text-to-speech, a communication aid) and keep it at the Pavilion for participants to borrow.")])

p = sub("5.6  The South (9): Fame, evaluation and quality")
p2 = para(doc, "**What I found.** Fire in the South is reputation: how a house is seen, and how it sees itself. Every "
               "Circle Day ends with a written evaluation; the tutors meet after each to read them and change the next. "
               "Participants complete an end-of-year questionnaire about the Circle Days and the arrangements. The "
               "University's annual monitoring and its external examiner report on the Award each year, and the "
               "Borough's Inclusion Support Service reviews it with the Award Council each July. The Council's July "
               "meeting reads all of these and agrees the changes for the next year, which are recorded as cures in "
               "this same form.")
para(doc, "Every Reading is marked by the participant's tutor against the published criteria and second-marked by a "
          "University tutor; the markers meet to agree marks before the Readings go to the University's Board of "
          "Examiners, where the external examiner sees a sample of every Reading and all fails.")
p3 = para(doc, "")
r = add_text(p3, "The Award does not at present measure what difference it makes to participants' confidence or to their "
                 "pupils' progress.")
comment(doc, r, "Aidan, the Council would rather say this more gently. Can we say 'will measure'? MLH", MLH, "MLH")
cures([("C9.1", "Keep the end-of-day evaluations and the tutors' meeting."),
       ("C9.2", "Ask each participant to rate their confidence against every standard at the start and at the end."),
       ("C9.3", "Gather each Pupil's Path's baseline and final measures across the cohort, and follow a sample of "
                "pupils for a further year.")])

sub("5.7  The Southwest (2): Relationships, partners and stakeholders")
para(doc, "**What I found.** The Southwest is the palace of partnership. The Award rests on evidence of need that the "
          "Borough gathered in its 2007 survey of SENCOs (51 of 74 schools replied) and at its SENCO network: new SENCOs "
          "wanted most help with provision mapping, with parents, and with leading colleagues; headteachers wanted "
          "release kept to twelve days. The Award answers each: The Map and the Money, the Family Table, Leading from "
          "the Middle, and twelve Circle Days.")
para(doc, "The Award was designed by the Pavilion's and the University's staff; no headteacher, SENCO or parent sat on "
          "the design group. The Borough's SENCO network saw the outline in January 2009 and welcomed it. I asked what "
          "had been changed because of anything a school, a parent or the network had said: nothing yet, since the "
          "outline went to the network complete.")
para(doc, "The Award Council now includes two headteachers, a SENCO from the network, the Borough's Principal "
          "Educational Psychologist and a parent from the Parent Partnership's parents' group. It reviews the Award "
          "each term, reads the evaluations and the examiner's report, and takes the July decisions. Its members take "
          "part in the Award itself: the headteachers host placements and sit on the Open Door panels, the "
          "psychologist teaches, and the parent co-leads the Family Table. Participants work in cluster triads of three "
          "SENCOs from different schools, who visit one another's schools and advise one another between Circle Days.")
cures([("C2.1", "Put each year's proposed changes to the SENCO network before the Council decides them."),
       ("C2.2", "A session with a governor and a headteacher on the SEN policy, the school's priorities and the SEN "
                "budget.")])

sub("5.8  The West (7): Children, the pupils' own voice")
para(doc, "**What I found.** The Lake in the West is joy, and the children. For the Pupil's Path each participant "
          "interviews the pupil about their experience of school and records the pupil's views. Beyond that, no Circle "
          "Day teaches how to consult children and young people.")
cures([("C7.1", "Add a Circle Day on consulting children and young people, including those with little or no speech "
                "(talking mats, symbols, pupil conferences), and make the pupil's part in planning and reviewing their "
                "provision a criterion of the Pupil's Path.")])

sub("5.9  The Northwest (6): Helpful People, tutors, mentors and placements")
para(doc, "**What I found.** Heaven in the Northwest sends helpers. The programme leader is Dr Priya Raman, senior "
          "lecturer in inclusive education at Marlhaven and a special school teacher until 2004. Mei Lin Hartley, "
          "Hollow Pine's principal, was SENCO at St Aidan's Primary School from 1992 to 2003 and now teaches tai chi to "
          "children with SEN in eleven Brackendale schools. Dr Tom Ashby teaches on Helping Hands and Knowing the Needs. "
          "Speakers from the speech and language therapy service, CAMHS and the Brackendale Autism Support Group come to "
          "Helping Hands. A second tutor is needed: two tutors cannot carry thirty participants.")
para(doc, "Each participant has a mentor in school, a senior colleague chosen with the headteacher, who receives the "
          "Mentor Guide and comes to a briefing evening in September; tutors have a day's induction with the University "
          "each August, with a written account of their part and of the marking criteria. Each participant spends two "
          "placement days in a Brackendale special school or resourced provision, found and agreed by the Borough.")
cures([("C6.1", "Appoint a second tutor with current SENCO experience by July 2009."),
       ("C6.2", "Keep the Mentor Guide and the September briefing."),
       ("C6.3", "Keep the two placement days.")])

# ---------------------------------------------------------------- schedule of cures
title("6.  SCHEDULE OF CURES: THE AWARD COUNCIL'S DECISIONS OF 12 MARCH 2009")
SC = [
    ("CM1", "Disability question on the application form", "Mouth of Qi", None),
    ("CM2", "A January start", "Mouth of Qi", "Recommended"),
    ("CM3", "Recognise experience by portfolio", "Mouth of Qi", "Recommended"),
    ("C5.1", "End every Circle Day with the pupil question", "Centre", "Applied"),
    ("C1.1", "Onward Plan, with the planning sheet sent to the head", "North", "Applied"),
    ("C1.2", "Assessment-only route", "North", "Declined: the University will not offer one"),
    ("C8.1", "Knowing What Works in the spring", "Northeast", "Applied"),
    ("C3.1", "Parents co-lead the Family Table", "East", "Applied"),
    ("C4.1", "Fee below £1,000", "Southeast", "Adopted"),
    ("C4.2", "Collection of assessment materials and assistive technology", "Southeast", "Recommended"),
    ("C9.1", "End-of-day evaluations and tutors' meeting", "South", "Applied"),
    ("C9.2", "Confidence ratings at start and end", "South", "Recommended"),
    ("C9.3", "Pupils' measures gathered across the cohort", "South", "Recommended"),
    ("C2.1", "Changes put to the SENCO network", "Southwest", "Adopted"),
    ("C2.2", "Session on SEN policy, priorities and budget", "Southwest", "Recommended: held over to June"),
    ("C7.1", "Circle Day on consulting children; pupil's part as a criterion", "West", "Recommended: held over to June"),
    ("C6.1", "A second tutor with current SENCO experience", "Northwest", None),
    ("C6.2", "Mentor Guide and September briefing", "Northwest", "Applied"),
    ("C6.3", "Two placement days", "Northwest", "Applied"),
]
st = table(doc, rows=1, cols=4, widths_cm=[1.5, 7.6, 2.6, 4.7])
for j, h in enumerate(["Cure", "In brief", "Palace", "Council's decision"]):
    cell_text(st.cell(0, j), h, bold=True, size=9, fill="D9E2D0")
for code, brief, pal, dec in SC:
    rr = st.add_row()
    cell_text(rr.cells[0], code, size=9)
    cell_text(rr.cells[1], brief, size=9)
    cell_text(rr.cells[2], pal, size=9)
    p = rr.cells[3].paragraphs[0]
    if code == "CM1":
        tracked_delete(p, "Recommended", MLH, D1, size=9)
        tracked_insert(p, "Applied: on the 2009 form", MLH, D1, size=9)
    elif code == "C6.1":
        tracked_delete(p, "Adopted", MLH, D1, size=9)
        tracked_insert(p, "Recommended: held over to June", MLH, D1, size=9)
    else:
        add_text(p, dec, size=9)
    p.paragraph_format.space_after = Pt(2)

# ---------------------------------------------------------------- year's stars
title("7.  THE YEAR'S STARS, 2009-10")
para(doc, "Each year the flying stars move, and a good house prepares for the difficult ones. For the Award's first year "
          "I see three. The Five Yellow sits in the Southwest: the Borough is reorganising its Inclusion Support Service, "
          "and the psychologist's time may be cut. The Three Killings sit in the South: if the credit value is fixed at "
          "30, the Award will be smaller than the national one. And the Two Black sit in the Northwest: if no second "
          "tutor is found, the tutorials will suffer before anything else.")

# ---------------------------------------------------------------- appendix A mansions
title("APPENDIX A.  THE TWENTY-EIGHT MANSIONS AND THE POLE STAR")
para(doc, "The night sky is read in four palaces of seven mansions, with the Pole Star at the centre. I have put the "
          "national standards on it, in the Award's own words. Where it rises: where the Award teaches it. Where it is "
          "read: where it is assessed (Appendix B).", size=9.5, italic=True)
MANS = [
    ("THE AZURE DRAGON OF THE EAST: THE PRACTITIONER'S VIRTUES", [
        ("Horn", "Fair, respectful and constructive relationships with pupils and their parents or carers", "Family Table", "Pupil's Path"),
        ("Neck", "Winning the commitment of colleagues, the headteacher and senior leaders", "Leading from the Middle", "Ground Plan"),
        ("Root", "Priorities, time and delegation", "This the Award leaves to the headteacher: time, priorities and delegation belong to the participant's performance management, not to us.", "—"),
        ("Room", "Anticipating and resolving problems; sound decisions on provision", "Cluster triads; The Open Door", "Open Door (scenarios)"),
        ("Heart", "Clear speech and writing; listening to and understanding others", "All Circle Days", "All three Readings"),
        ("Tail", "Drawing on research and outside advice to improve one's own and colleagues' practice", "Knowing What Works", "Not assessed"),
        ("Winnowing Basket", "Keeping up to date; owning one's own CPD", "The Onward Plan", "Talked over at the last tutorial; not assessed"),
    ]),
    ("THE BLACK TORTOISE OF THE NORTH: KNOWING", [
        ("Dipper", "The law on SEN and the Code of Practice, and putting them into practice", "The Law and the Code", "Ground Plan"),
        ("Ox", "Every Child Matters and the SENCO's part in it", "Every Child", "Ground Plan"),
        ("Girl", "Disability equality law and the actions it requires", "The Law and the Code", "Ground Plan"),
        ("Emptiness", "How children develop and what shapes development", "How Children Grow", "Pupil's Path"),
        ("Rooftop", "The common kinds of SEN and disability and their effect on learning", "Knowing the Needs; electives", "Pupil's Path"),
        ("Encampment", "Approaches, strategies and resources, including ICT, weighed critically", "Knowing the Needs", "Pupil's Path"),
        ("Wall", "School self-evaluation and improvement for pupils with SEN", "Looking Back", "Ground Plan"),
    ]),
    ("THE WHITE TIGER OF THE WEST: KNOWING AND DOING", [
        ("Legs", "Best practice and the outcomes of research", "Knowing What Works", "Not assessed"),
        ("Bond", "The scope and role of outside services and agencies; getting specialist help", "Helping Hands", "Pupil's Path"),
        ("Stomach", "Identifying needs, setting targets, planning interventions, reviewing progress", "Knowing the Needs", "Pupil's Path"),
        ("Hairy Head", "Using other professionals' assessments", "Helping Hands", "Pupil's Path"),
        ("Net", "Summative data and national tests to track progress and change programmes", "The Map and the Money", "Ground Plan"),
        ("Turtle Beak", "Encouraging colleagues' formative assessment, with thought for pupils with SEN", "Leading from the Middle", "Discussed at tutorial (formative feedback only)"),
        ("Three Stars", "[ ]", "[ ]", "[ ]"),
    ]),
    ("THE VERMILION BIRD OF THE SOUTH: DOING", [
        ("Well", "Provision mapping; finding missing or ineffective provision", "The Map and the Money", "Ground Plan"),
        ("Ghost", "Deploying and managing staff", "The Map and the Money", "Ground Plan"),
        ("Willow", "Developing colleagues: observation and feedback, modelling, coaching, training", "Leading from the Middle", "Open Door"),
        ("Star", "Reviewing provision with colleagues to inform self-evaluation", "Looking Back", "Ground Plan"),
        ("Extended Net", "Pupils involved in planning and reviewing their provision", "— (see cure C7.1)", "Pupil's Path: the pupil's views are recorded"),
        ("Wings", "Working with parents and carers", "Family Table", "Pupil's Path"),
        ("Chariot", "Partnership with other services and agencies, including voluntary organisations", "Helping Hands", "Pupil's Path"),
    ]),
]
mt = table(doc, rows=1, cols=4, widths_cm=[2.3, 6.4, 3.9, 3.8])
for j, h in enumerate(["Mansion", "The standard, in our words", "Where it rises", "Where it is read"]):
    cell_text(mt.cell(0, j), h, bold=True, size=9, fill="D9E2D0")
blank_row = None
for group, rows_ in MANS:
    gr = mt.add_row()
    g = gr.cells[0].merge(gr.cells[3])
    cell_text(g, group, bold=True, size=8.5, fill="EDE4CC")
    for m in rows_:
        rr = mt.add_row()
        for j, v in enumerate(m):
            cell_text(rr.cells[j], v, size=8.5)
        if m[0] == "Three Stars":
            blank_row = rr
pr = mt.add_row()
pc = pr.cells[0].merge(pr.cells[3])
cell_text(pc, "THE POLE STAR: Shaping, with senior colleagues and governors, the school's inclusive ethos, its policy, "
              "its priorities and its resources. Not in this year's Award: cure C2.2 is held over.", bold=True, size=8.5,
          fill="F2E6C4")
comment(doc, blank_row.cells[0].paragraphs[0].runs, "Three Stars is the exam arrangements one. Priya to send wording. AT",
        AT, "AT")

# ---------------------------------------------------------------- appendix B readings
title("APPENDIX B.  THE THREE READINGS AND THE PINE JOURNAL")
para(doc, "**First Reading: the Ground Plan** (3,500 words, January). An audit of the participant's school's provision "
          "for pupils with SEN and/or disabilities against the Code of Practice, the school's duties under the SEN and "
          "disability laws (including its disability equality scheme and accessibility plan) and the five Every Child "
          "Matters outcomes; a provision map for one key stage, with the deployment of teaching assistants; a review of "
          "one area of provision carried out with colleagues, using the school's summative data and national test "
          "results, and its place in the school's self-evaluation; and an account of how the participant gained the "
          "support of the headteacher and senior team for the audit. Marked against published criteria for each of "
          "these.")
para(doc, "**Second Reading: the Pupil's Path** (4,500 words, May). A case study of one pupil through a cycle of "
          "identification, assessment, target-setting, intervention and review, over at least a term. It must show the "
          "participant's understanding of the pupil's development and needs; the use of other professionals' "
          "assessments; how the participant worked with other services and agencies, including voluntary "
          "organisations, and how specialist help was obtained; how targets were planned and reviewed with the parents "
          "or carers, and the relationship built with pupil and family; a critical weighing of the approaches and "
          "resources used, including ICT; the pupil's views, as recorded at interview; and the effect on the pupil's "
          "learning and well-being. Marked against published criteria for each of these.")
para(doc, "**Third Reading: the Open Door** (40 minutes, July). The participant presents a piece of work supporting a "
          "colleague's development, an observation with feedback or a sequence of coaching, with the colleague's own "
          "written account of it, and then answers two scenarios set by the panel (a University tutor, a Hollow Pine "
          "tutor and a headteacher from the Award Council). The panel judges the support given to the colleague, the "
          "soundness of the decisions in the scenarios, and how clearly the participant speaks and how well they "
          "listen.")
para(doc, "**The Pine Journal.** Each participant keeps a journal through the year and brings it to the three "
          "tutorials, where the tutor talks it over and gives formative feedback. The Journal is not assessed.")
para(doc, "The Award is given only to participants who pass all three Readings.", space_after=8)
para(doc, "Aidan Thwaite, for the Award Council of Hollow Pine, February 2009. Schedule of Cures completed after the "
          "Council's meeting of 12 March 2009.", italic=True, size=9.5)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
