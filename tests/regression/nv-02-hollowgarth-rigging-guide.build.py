"""nv-02-hollowgarth-rigging-guide: builds nv-02-hollowgarth-rigging-guide.docx beside itself.

Provider: Cragdale Speleological Society, which runs the Langthorne Field Centre (an outdoor-education
centre), with the 18 schools of the Cragdale Schools SEN Forum and Aysgill University School of Education
(awarding university). The course is called "Hollowgarth Pot".

Document kind and layout: the course written as one of the Society's RIGGING GUIDES (the pitch-by-pitch
rigging topo a caving club publishes for a pothole): "CSS Rigging Guide No. 14", with a Cave Data block
(two-column field table, merged and shaded title row), a "Changes since last revision" list, a "How to use
this guide" glossary that keys the Tackle Table far above it, then Access and Permits, The Approach,
Description (Pitch 1 to Pitch 8 as paragraphs with "Pitch head" notes, plus a Rebelay), shaded bordered
"FLOOD WARNING" paragraphs, The Descents (marked assessments D1-D4, a small table), The Rigging Team,
Tackle Store, Derigging (evaluation), The Exit, and the Tackle Table at the very end (the outcome table).
No heading styles: titles are bold capitalised Normal paragraphs; lists are typed with en dashes; some
paragraphs are broken with manual line breaks as if pasted from a PDF. A page header, a footer with a
PAGE field, two footnotes, two margin comments, a VML text box ("Neighbouring systems"), and three tracked
changes.

House vocabulary: Cavers (participants); the Party (cohort); Riggers and the Lead Rigger (tutors);
Lifeliners (school-based mentors); Pitches 1-8 (taught days); Lifeline Tasks (in-school practical work);
Descents D1-D4 (assessments); the Kit Check (pre-course needs assessment) and Rigging Plan (individual
plan); the Rebelay (mid-year review); Direct Descent (assessment-only route); Derigging and the Derigging
Report (evaluation); the Exit (completion).

The Tackle Table is keyed in "How to use this guide", far above it: "Checked at" D1-D4 = marked (met);
"Handline only" = taught and used in Lifeline Tasks, not marked (partially met); "Free climb" = practised
with feedback from the Party only, no Rigger marks it (formative only: partially met); "Not rigged" = not
on the course (not met); "Bolts removed" = withdrawn after the 2007 trial (not met); a dash in "Rigged on"
= not taught on any Pitch (so "D2" with a dash is assessed but not covered: partially met). Its rows are
hand-numbered 1.1-1.7, 2.1-2.9 and 3.1-3.13, numbers that clash with requirement ids.

Traps (requirement ids touched):
- Tackle Table row numbers 1.1-3.13 clash with requirement ids (row 2.3 is disability equality law, not
  APL; row 3.3 is other professionals' assessments, not e-learning).
- "Free climb" rows: 1.1 (6.A1), 3.1 (6.S1), 3.12 (6.S8) - partially met; a comment on 3.12 suggesting
  parents are marked in D3 is a comment, not evidence.
- "Handline only" rows: 1.5 (6.A5), 2.6 (6.K6), 3.10 (6.S6) - partially met.
- Dash in "Rigged on" with "D2": 3.4 (6.S2b) - assessed but not taught, partially met.
- "Not rigged": 1.7 (6.A7) - not met. "Bolts removed": 3.6 (6.S2d) - not met.
- Tracked change in a cell: 3.9 (6.S5) "Handline only" deleted, "D3" inserted - met.
- Tracked insertion of the whole CRB paragraph - part of the submission: 5.3 met.
- Tracked deletion of the moderation paragraph (second marking, University moderator, external examiner);
  a comment explains it - 5.8 partially met (marking sheets only).
- The footer claims every Caver is checked on every line of the Tackle Table: a footer - 1.9, 6.0, 6.*.
- Compensation in the award rule: "a strong Descent can carry a weaker one" - 6.0 not met.
- Negation / someone else's responsibility: "What Cavers do after the Exit is a matter for them and their
  headteachers" - 2.5 not met.
- Negation: "Hollowgarth Pot has no specialist teaching resources of its own" (the Tackle Store holds
  caving gear) - 5.6 not met.
- Credits: "40 credits at Masters level"; a footnote hopes for a 60-credit version - E.2 partially met.
- No e-learning: "There is no e-learning in Hollowgarth Pot" - 3.3 not applicable; the text box describes a
  neighbouring club's online route and January start "with which we have no formal arrangement" (another
  provider) - 3.2 stays partially met (single September start, fixed order, Tuesday or Saturday only).
- Hope: schools and the local authority "are not yet involved in evaluating the course"; "we hope to
  invite" - 4.3 partially met (they are involved in delivery: Lifeliners, placements).
- General terms: Riggers "keep abreast of new research and Ofsted reports" - 1.3 partially met.
- Parents: "an optional reading" and a role-play only - 1.7 partially met.
- "Changes since last revision" mentions a past online Descent in the 2007 trial, since withdrawn (past
  arrangement; 3.3 stays not applicable).
- Placeholder "[date to be inserted]" for the validation event (E.1 met: the University will validate and
  award).
"""
from pathlib import Path
import sys

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _nv_helpers import (Footnotes, cell_text, comment, dele, ins, page_field, para, run, shade, shade_par,
                         set_col_widths, textbox, typed_title)

HERE = Path(__file__).parent
NAME = "nv-02-hollowgarth-rigging-guide"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)
fn = Footnotes(doc)

sec = doc.sections[0]
run(sec.header.paragraphs[0], "CSS Rigging Guide No. 14  |  Hollowgarth Pot  |  Rev. C (draft for the TDA panel)",
    size=8, italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Rigging information is given in good faith. Every Caver is checked at D1\u2013D4 on every line of the "
        "Tackle Table.   ", size=8)
page_field(fp)


def P(text="", **kw):
    return para(doc, text, **kw)


def T(text):
    return typed_title(doc, text, size=11)


def D(text):
    """A list item typed with an en dash."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    run(p, "\u2013 " + text)
    return p


def PB(lines):
    """One paragraph whose lines are broken with manual line breaks (pasted text)."""
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def FLOOD(title, text):
    p = doc.add_paragraph()
    run(p, title + " ", bold=True)
    run(p, text)
    shade_par(p, "E7E6E6")
    return p


# ---- title -----------------------------------------------------------------------------------------
P("CRAGDALE SPELEOLOGICAL SOCIETY", bold=True, size=15)
P("Langthorne Field Centre  \u00b7  Rigging Guide No. 14", size=11)
P("HOLLOWGARTH POT", bold=True, size=20)
P("The National Award for SEN Coordination, as the Society runs it with the Cragdale Schools SEN Forum and "
  "Aysgill University. Sent to the Training and Development Agency for Schools as our application for "
  "approval, May 2008.", italic=True)

data = [
    ("Pot", "Hollowgarth Pot: the Society's course for the National Award for SEN Coordination"),
    ("Society", "Cragdale Speleological Society, Langthorne Field Centre, Cragdale"),
    ("With", "The Cragdale Schools SEN Forum (18 schools) and Aysgill University School of Education"),
    ("Depth", "40 credits at Masters level (Level 7)"),
    ("Length", "One school year, September to July"),
    ("Pitches", "Eight taught days at Langthorne Field Centre"),
    ("Descents", "Four marked assessments, D1 to D4"),
    ("Party", "Up to 16 Cavers"),
    ("Entrance", "By permit from the Course Secretary (see ACCESS AND PERMITS)"),
    ("Survey", "Approved in principle by Aysgill University; validation event June 2008 [date to be inserted]"),
    ("Lead Rigger", "Graham Blenkinsop"),
]
t = doc.add_table(rows=len(data) + 1, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(top, "CAVE DATA", bold=True)
shade(top, "404040")
top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (k, v) in enumerate(data, start=1):
    cell_text(t.cell(i, 0), k.upper(), bold=True, size=9)
    shade(t.cell(i, 0), "D0CECE")
    p = cell_text(t.cell(i, 1), v)
    if k == "Depth":
        fn.add(p, "Aysgill's Senate may approve a 60-credit version of the course from 2009\u201310.")
set_col_widths(t, [3.0, 14.0])
P()

T("Changes since last revision")
D("Rev. C (this guide): the Rift moved from Pitch 6 to Pitch 4; Pitch 8 added on other services; each Pitch "
  "now runs on a Tuesday and again on the following Saturday.")
D("Rev. B (2007 trial): eleven Cavers from Forum schools, not accredited. The trial's online Descent, "
  "submitted and marked through a web form, was withdrawn at the end of the trial.")

# ---- how to use -------------------------------------------------------------------------------------
T("How to use this guide")
P("This guide is set out like every other rigging guide the Society publishes, so that Society members can "
  "follow it without thinking. Others may need these terms:")
D("Caver: a teacher taking the course.")
D("Party: the Cavers who start together each September, up to 16.")
D("Pitch: a taught day at Langthorne Field Centre. There are eight, Pitch 1 to Pitch 8.")
D("Lifeline Task: the practical task a Caver carries out in their own school after each Pitch.")
D("Descent: one of the four marked assessments, D1 to D4.")
D("Rigger: a tutor. The Lead Rigger leads the course.")
D("Lifeliner: the senior colleague in the Caver's own school who supports the Caver through the year.")
D("Rigging Plan: each Caver's own plan for the year (see THE APPROACH).")
P("The Tackle Table at the end of this guide lists everything a Caver must be able to do by the Exit. The "
  "column \u2018Rigged on\u2019 gives the Pitch on which it is taught; a dash in that column means it is "
  "not taught on any Pitch. The column \u2018Checked at\u2019 gives the Descent in which a Rigger marks it "
  "(D1, D2, D3 or D4). Four other entries are used in that column, and they mean only this:")
D("Handline only: met on the Pitch named and used in Lifeline Tasks, but not marked in any Descent.")
D("Free climb: practised on the Pitch, and the Party gives the Caver feedback on it, but no Rigger marks "
  "it.")
D("Not rigged: not on this year's course.")
D("Bolts removed: on the course during the 2007 trial, taken out for 2008\u201309.")

# ---- purpose ----------------------------------------------------------------------------------------
T("Why Hollowgarth Pot")
P("The purpose of Hollowgarth Pot is better achievement and well-being for pupils with SEN and/or "
  "disabilities in the Cavers' schools: progress in their learning, and progress towards being healthy, "
  "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
  "Every Pitch begins with the question the Society asks at the head of every pitch in a real cave, \u2018who "
  "are we doing this for?\u2019, and answers it with a pupil. The course ends with D3 and D4, in which the "
  "Cavers show what their work has changed for pupils in their own schools.")
P("The Society has run Langthorne Field Centre since 1968, and for twenty years a third of its visiting "
  "groups have come from special schools and learning support bases. In spring 2007 the Cragdale Schools SEN "
  "Forum, the network of SENCOs and heads from 18 local schools, surveyed its members about training for new "
  "SENCOs; 16 schools replied. They asked for three things above all: help with provision mapping and "
  "managing interventions, earlier in the year than the local authority's courses offered it; confidence in "
  "leading teaching assistants and colleagues; and a course that did not take SENCOs out of school on the "
  "same weekday every time. The local authority's Inclusion Strategy 2007\u201310 asks every school for a "
  "provision map and a named SENCO on the senior team. Hollowgarth Pot is built on those findings.")
P("The Forum shaped the course directly. After the 2007 trial the Forum's heads asked for provision mapping "
  "before Christmas, so the Rift moved from Pitch 6 to Pitch 4; the local authority's Inclusion Manager "
  "asked for a whole day on other services, which became Pitch 8; and the trial Cavers asked for each Pitch "
  "to run on a Saturday as well as a Tuesday. All three changes are in this revision.")
P("The Riggers keep abreast of new research and Ofsted reports and bring them into the Pitches as they "
  "appear.")

# ---- access and permits -----------------------------------------------------------------------------
T("Access and permits")
P("Who may enter. ", bold=True).add_run(
    "Hollowgarth Pot is for qualified teachers in post in a maintained or special school who are, or will be "
    "within the year, their school's SENCO.")
P("Each applicant sends the Permit Form with a reference from the headteacher, who also names the "
  "Lifeliner. The Lead Rigger and one other Rigger interview every applicant, at Langthorne or in school, "
  "using a short set of entry questions drawn from the Tackle Table, to decide whether the applicant has "
  "the knowledge, understanding and experience to reach every line of the Table by the Exit. Where an "
  "applicant is not ready, the Lead Rigger writes to the applicant and the headteacher with the steps to "
  "take first, usually a year's work alongside an experienced SENCO and the Forum's Ladder course, and "
  "agrees with the headteacher how the school will support them. The applicant may apply again the "
  "following year.")
p = P()
ins(p, "Before a permit is issued, the Course Secretary checks that each Caver holds a current enhanced CRB "
       "disclosure. The headteacher gives the disclosure number and date on the Permit Form and confirms "
       "that there are no concerns about the Caver's conduct and no disciplinary matters outstanding, and "
       "the Course Secretary checks with the local authority that the Caver has not been barred from work "
       "with children. A Caver who has not worked with children in the last three months applies for a new "
       "enhanced disclosure through the Society before Pitch 1.",
    author="Graham Blenkinsop", date="2008-05-12T14:02:00Z")
P("Earlier study and experience. ", bold=True).add_run(
    "A Caver who holds Masters-level credit from an earlier SEN module, gained within five years, may have up "
    "to 20 credits recognised under Aysgill University's regulations for the recognition of prior learning, "
    "which exempts them from D1 or D2. Experience without credit can be recognised through a portfolio "
    "mapped to the lines of the Tackle Table, which two Riggers assess and the University's recognition "
    "panel confirms.")
P("Direct Descent. ", bold=True).add_run(
    "A very experienced applicant, for example a teacher from a specialist support service who has "
    "coordinated SEN provision for some years, may ask for a Direct Descent: assessment without attending "
    "the Pitches. The applicant completes all four Descents to the same standard and under the same "
    "conditions as other Cavers, with one tutorial before each. The Lead Rigger decides with the "
    "University whether a Direct Descent is right for the applicant, and the fee is \u00a3450.")
P("Equal access. ", bold=True).add_run(
    "The Society's Equal Opportunities Policy was revised in 2007 to meet the Disability Discrimination Act "
    "2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and it applies to the course. "
    "The Permit Form invites applicants to tell us of any disability and says why we ask. Before Pitch 1 the "
    "Lead Rigger meets each Caver who has done so to agree reasonable adjustments, such as papers in large "
    "print or electronic form, a hearing loop, rest breaks, extra time or another format for a Descent, and "
    "reviews them at the Rebelay. Langthorne has step-free access to the teaching room, an accessible "
    "toilet and a ground-floor bedroom. Selection is on the entry questions alone, and no Caver is asked to "
    "go underground.")

# ---- the approach -----------------------------------------------------------------------------------
T("The approach")
PB(["The Kit Check. Every Caver's year starts with a Kit Check in the fortnight before Pitch 1. The Caver",
    "rates themselves against every line of the Tackle Table and the Lifeliner adds their own view; then",
    "the Caver spends an hour with their Rigger going through both ratings, looking especially for lines",
    "where the Caver's knowledge may be out of date."])
P("From the Kit Check the Rigger and the Caver write the Caver's Rigging Plan: the Caver's own targets for "
  "the year, drawn from the Tackle Table, the Lifeline Tasks that will best meet them, and any Pitch at which "
  "the Caver will take on extra reading or a visit. Where the Kit Checks show that the whole Party is "
  "already secure on a line, the Riggers shorten that part of the Pitch and spend the time elsewhere. The "
  "Rigging Plan is reviewed at the Rebelay and again before D4.")
P("Because Lifeline Tasks are chosen for each Caver's school and Rigging Plan, a SENCO in a small primary "
  "school and one in a large secondary school do different work towards the same Table. The fee is "
  "\u00a31,050. The Forum's schools told us in 2007 that this was the most they could pay, and the Society "
  "keeps to it by using its own Field Centre at off-peak rates and by paying Riggers, who are serving "
  "practitioners, by the day.")

# ---- description ------------------------------------------------------------------------------------
T("Description")
P("The Pitches are described in order. Each is followed by a Lifeline Task in the Caver's own school, "
  "agreed with the Lifeliner.")

p1 = P("Pitch 1: The Entrance Shaft (September). ", bold=True)
p1.add_run(
    "The law and the SENCO's place in it: the SEN Code of Practice and the duties behind it, the Special "
    "Educational Needs and Disability Act 2001, the Disability Discrimination Act and the disability equality "
    "duty, accessibility planning, Every Child Matters and the Children Act 2004, and the new regulations on "
    "SENCOs.")
fn.add(p1, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.")
p1.add_run(" Lifeline Task 1: with the Lifeliner, the Caver reads the school's SEN policy and accessibility "
           "plan against the law. This becomes D1.")
P("Pitch 2: The Shakehole (October). ", bold=True).add_run(
    "How children develop and what affects their development, from language and attachment to the physical "
    "and social setting of the classroom; the common types of SEN and disability (behavioural, emotional and "
    "social difficulties, specific learning difficulties including dyslexia, speech, language and "
    "communication needs, autistic spectrum disorders and moderate learning difficulties) and how each "
    "affects learning; identifying needs from observation and data. Lifeline Task 2: the Caver observes two "
    "pupils in lessons.")
P("Pitch 3: The Traverse (November). ", bold=True).add_run(
    "Research and what works: Cavers learn to find, read and judge research on interventions, using studies "
    "the Riggers choose each year, and to use outside advice. Approaches, strategies and resources for "
    "assessment, planning and teaching, including ICT, and reading the reports of educational psychologists, "
    "speech and language therapists and other professionals so that they shape teaching. Lifeline Task 3: "
    "the Caver tries one new approach with a class teacher.")
P("Pitch 4: The Rift (December). ", bold=True).add_run(
    "Provision mapping and management: planning provision, costing it, and finding provision that is missing "
    "or not working; setting challenging targets, planning interventions and reviewing progress; making and "
    "defending sound decisions about provision when resources are short. Lifeline Task 4: the Caver builds "
    "or revises the school's provision map. Lifeline Tasks 2 to 4 become D2.")
FLOOD("Rebelay.", "In January each Caver meets their Rigger and Lifeliner for the Rebelay, a half-term "
      "review of the Rigging Plan: targets met, targets changed, and the plan for the second half.")
P("Pitch 5: Windy Chamber (February). ", bold=True).add_run(
    "Pupils' voices. Ways of consulting pupils with SEN about what affects them (Talking Mats, pupil "
    "interviews, adapted questionnaires, person-centred reviews), and ways of involving pupils in planning, "
    "agreeing and reviewing their own provision. Relationships with pupils and families are practised in a "
    "role-played annual review meeting with a parent, with feedback from the Party. Working with parents is "
    "otherwise the subject of an optional reading in the Pitch 5 pack; there is no session on it this year. "
    "Lifeline Task 5: the Caver consults a group of pupils about their provision and involves them in "
    "reviewing it.")
P("Pitch 6: The Duck (March). ", bold=True).add_run(
    "Leading colleagues: coaching and mentoring, observing teaching and giving feedback, modelling, and "
    "planning training for staff; deploying and managing teaching assistants; helping colleagues develop "
    "formative assessment with pupils with SEN in mind; setting priorities, managing time and delegating. "
    "Lifeline Task 6: the Caver coaches a colleague through one cycle of observation and feedback. Cavers "
    "also work in Rope Teams of three from different schools, visiting one another's schools once a term "
    "to advise on one another's Lifeline Tasks. Lifeline Tasks 5 and 6 become D3.")
P("Pitch 7: The Great Aven (April). ", bold=True).add_run(
    "Leadership and strategy: winning the commitment of the head, senior leaders and colleagues; school "
    "self-evaluation and improvement and what they mean for pupils with SEN; reviewing provision with other "
    "staff. Cavers practise advising governors in a mock governors' meeting, with feedback from the Party. "
    "Lifeline Task 7: the Caver leads a review of one intervention with the staff who run it.")
P("Pitch 8: Sump Pool (June). ", bold=True).add_run(
    "Other services: the scope and role of health, social care, the educational psychology service, the "
    "Connexions service and voluntary organisations, and how to obtain specialist support and resources; "
    "working in partnership with them. Speakers from the Cragdale Dyslexia Association and the county "
    "sensory support service. Lifeline Task 8 and the Caver's leadership portfolio become D4.")
FLOOD("FLOOD WARNING.", "Hollowgarth Pot has one way in and one way out. There is a single September start; "
      "the Pitches follow in order, Pitch 1 to Pitch 8, and the Descents fall on fixed dates. Each Pitch "
      "runs twice, on a Tuesday and on the following Saturday, and a Caver may come to either. There is no "
      "e-learning in Hollowgarth Pot: every Pitch is a face-to-face day at Langthorne.")

# ---- descents ---------------------------------------------------------------------------------------
T("The Descents")
P("Each Descent is set after the Pitches it draws on, and the Tackle Table shows which lines each one "
  "checks.")
des = [
    ("Descent", "What the Caver submits", "Due", "Credits"),
    ("D1 Entrance Essay", "A 3,000-word analysis of the school's SEN policy and accessibility plan against "
     "the law", "November", "10"),
    ("D2 Rift Case Study", "A 4,000-word case study of three pupils: identification, other professionals' "
     "assessments, test and tracking data, targets, interventions and the provision map", "February", "10"),
    ("D3 Mid-pot Enquiry", "A 4,000-word enquiry into an intervention, with a baseline and a measure of "
     "pupils' progress and well-being afterwards, the pupils' own part in it, a research review and the "
     "coaching cycle", "May", "10"),
    ("D4 Exit Viva", "A leadership portfolio and a 30-minute professional discussion with two Riggers",
     "July", "10"),
]
t = doc.add_table(rows=len(des), cols=4)
t.style = "Table Grid"
for i, row in enumerate(des):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0 or j == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "D0CECE")
set_col_widths(t, [3.4, 10.2, 2.0, 1.4])
P()
mp = P("Each Descent is marked by the Rigger who led the Party's Pitches, against a marking sheet whose "
       "criteria are the lines of the Tackle Table checked at that Descent, and is given a percentage mark.")
comment(doc, mp.runs[0], "I have taken the moderation sentence out until Aysgill confirm who their moderator "
        "and external examiner will be. GB", "Graham Blenkinsop", "GB")
p = P()
dele(p, "A second Rigger blind-marks every fail and one script in five from each Descent, and the "
        "University's moderator and the external examiner review a sample of every Descent before the Board "
        "of Examiners meets.", author="Graham Blenkinsop", date="2008-05-12T14:10:00Z")
cp = P("Tutorials. ", bold=True)
cp.add_run("Each Caver has a tutorial with their Rigger before every Descent, on a plan or an outline.")

# ---- rigging team -----------------------------------------------------------------------------------
T("The rigging team")
D("Graham Blenkinsop, Lead Rigger. Headteacher of Becksett Special School until 2007 and SENCO in two "
  "mainstream schools before that; MA in Special Educational Needs; Ofsted additional inspector for SEN, "
  "2003\u201307.")
D("Alison Thwaites, Rigger. SENCO, Cragdale Community College; MEd in SEN; chair of the Forum.")
D("Dr Neil Oduya, Rigger. Educational psychologist, Cragdale Educational Psychology Service.")
D("Catriona Barr, Rigger. Specialist teacher, the local authority's Language Support Team; a speech and "
  "language therapist by first training.")
D("Mark Heseltine, Rigger. Assistant headteacher and SENCO, Skirbeck Primary School (with its language "
  "unit).")
D("Dr Frances Lowther, University link tutor. Senior lecturer in special and inclusive education, Aysgill "
  "University.")
P("Every Rigger works in a school or service now and has led SEN provision or advised SENCOs within the last "
  "three years. The Society pays for each Rigger to spend two days a year on SEN updating, and Riggers hold "
  "associate tutor status with the University.")
P("Riggers' Day and Lifeliners' Briefing. ", bold=True).add_run(
    "Every July the Riggers spend a Riggers' Day with the University link tutor on the Tackle Table, the "
    "marking sheets and their duties, and mark sample Descents together. Every September the Lifeliners "
    "come to a half-day Lifeliners' Briefing at Langthorne, where they are given the Lifeliner's Card setting "
    "out what they do: meet the Caver monthly, agree each Lifeline Task, observe one coaching cycle and sign "
    "each Lifeline record. The Caver's Rigger telephones each Lifeliner once a half-term.")
P("Specialist expertise and placements. ", bold=True).add_run(
    "Besides the Riggers' own specialisms, the Pitches bring in the county autism outreach teacher, the "
    "sensory support service, a consultant community paediatrician and the Cragdale Dyslexia Association. "
    "Every Caver spends a placement day, arranged by the Society, at Becksett Special School or in the "
    "language unit at Skirbeck Primary; both schools have agreed to host each Party, with a named member of "
    "staff who plans the day with the Caver's Rigger.")

# ---- tackle store -----------------------------------------------------------------------------------
T("Tackle store")
P("The Society's Tackle Store at Langthorne holds ropes, ladders, helmets and lights for the Field Centre's "
  "own caving courses. Hollowgarth Pot has no specialist teaching resources of its own: Cavers use the "
  "assessment materials, books and ICT of their own schools.")

# ---- derigging --------------------------------------------------------------------------------------
T("Derigging")
P("Derigging is taking the rope out, and checking it, after every trip. The course is derigged the same way.")
D("After each Pitch every Caver fills in a Pitch Card, and the Riggers meet for a Derig that evening to read "
  "the Pitch Cards and agree what to change before the Saturday running and the next year.")
D("At the Exit every Caver completes an Exit Questionnaire rating their competence and confidence on each "
  "line of the Tackle Table, which is set beside their Kit Check from September.")
D("The Lead Rigger collates the baseline and follow-up measures of pupils' progress and well-being from "
  "every D3, so that the Society can say what the course has changed for pupils.")
D("Descent marks and completion rates are compared year on year.")
D("Outside the Society, Aysgill University reviews the course each year through its Annual Programme "
  "Review, and the training team of the Fellbeck Outdoor Centre observes one Pitch a year as a peer "
  "reviewer and writes to the Lead Rigger.")
P("All of this goes into the Derigging Report, which the Lead Rigger writes each August with an action plan. "
  "The Report goes to the Society's Education Sub-committee and to the University's programme committee, "
  "and the changes it leads to are listed under \u2018Changes since last revision\u2019 at the front of the "
  "next year's guide.")
P("Schools and the local authority are not yet involved in evaluating the course. Once the first Party has "
  "exited, we hope to invite the Forum's headteachers and parents to help us judge its impact. Meanwhile the "
  "Forum's schools take part through the Lifeliners and the placement schools, and Forum SENCOs come to "
  "Pitch 7 to talk about leading change.")

# ---- exit -------------------------------------------------------------------------------------------
T("The exit")
P("A Caver passes Hollowgarth Pot when the average of the four Descent marks is 50% or more and no Descent "
  "is below 35%; a strong Descent can carry a weaker one. Aysgill University's Board of Examiners confirms "
  "the marks and awards the Postgraduate Certificate in SEN Coordination.")
P("What Cavers do after the Exit is a matter for them and their headteachers; the course ends at the Exit.")

p = P()
textbox(p, [
    ("NEIGHBOURING SYSTEMS", True),
    ("Our neighbours the Brackenber Caving Group run a SENCO course with the University of Lunesdale, with a "
     "January start, an online route with weekly tutor chats, and an assessment-only route. Cavers who need "
     "those should look there. It is Brackenber's course, with which we have no formal arrangement.", False),
], width_pt=460, height_pt=95)

# ---- tackle table -----------------------------------------------------------------------------------
T("Tackle table")
TT = [
    ("1. THE CAVER", None),
    ("1.1", "Builds fair, respectful and supportive relationships with pupils with SEN and/or disabilities and "
            "with their parents and carers", "Pitch 5", "Free climb"),
    ("1.2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils "
            "with SEN", "Pitch 7", "D4"),
    ("1.3", "Sets priorities, manages time and delegates, checking that tasks are done", "Pitch 6", "D4"),
    ("1.4", "Foresees and resolves problems and makes sound, well-founded decisions on provision", "Pitch 4",
     "D2"),
    ("1.5", "Speaks and writes clearly; listens to and understands the views of others", "Pitches 1\u20138",
     "Handline only"),
    ("1.6", "Draws on research and outside advice to improve their own and colleagues' practice", "Pitch 3",
     "D3"),
    ("1.7", "Keeps up to date and takes charge of their own professional development in SEN and disability",
     "\u2014", "Not rigged"),
    ("2. KNOWING THE SYSTEM", None),
    ("2.1", "SEN law and guidance, including the Code of Practice, what they mean for the school and how to "
            "apply them", "Pitch 1", "D1"),
    ("2.2", "Every Child Matters: its principles, its five outcomes and the SENCO's part in them", "Pitch 1",
     "D1"),
    ("2.3", "Disability equality law and the duties it places on schools for disabled pupils", "Pitch 1",
     "D1"),
    ("2.4", "How children develop and how SEN, disability and the environment for learning affect "
            "development", "Pitch 2", "D2"),
    ("2.5", "The common SEN and disabilities (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect "
            "on learning", "Pitch 2", "D2"),
    ("2.6", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, "
            "including ICT", "Pitch 3", "Handline only"),
    ("2.7", "School self-evaluation and improvement, and what they mean for pupils with SEN", "Pitch 7", "D4"),
    ("2.8", "Best practice and research in meeting special educational needs", "Pitch 3", "D3"),
    ("2.9", "What outside agencies do and how to obtain specialist support and resources", "Pitch 8", "D4"),
    ("3. RIGGING AND LEADING", None),
    ("3.1", "Advises the head, senior colleagues and governors on an inclusive ethos, policies, priorities "
            "and resources", "Pitch 7", "Free climb"),
    ("3.2", "Identifies pupils who may have SEN from observation, data and assessment, sets challenging "
            "targets, plans interventions and reviews progress", "Pitches 2, 4", "D2"),
    ("3.3", "Uses the assessments of other professionals to shape teaching and learning", "Pitch 3", "D2"),
    ("3.4", "Uses summative assessment and national test results to track progress and adjust programmes",
     "\u2014", "D2"),
    ("3.5", "Helps colleagues develop formative assessment, with approaches for pupils with SEN", "Pitch 6",
     "D3"),
    ("3.6", "Identifies in good time the special arrangements pupils need for national tests and "
            "examinations, and puts them in place", "\u2014", "Bolts removed"),
    ("3.7", "Uses provision mapping and management to plan provision and find what is missing or not working",
     "Pitch 4", "D2"),
    ("3.8", "Deploys and manages teaching assistants and other staff", "Pitch 6", "D4"),
    ("3.9", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and "
            "training", "Pitch 6", ("Handline only", "D3")),
    ("3.10", "Reviews provision with other staff to inform the school's self-evaluation", "Pitch 7",
     "Handline only"),
    ("3.11", "Involves pupils in planning, agreeing and reviewing their own provision", "Pitch 5", "D3"),
    ("3.12", "Liaises with parents and carers to promote their children's learning and development",
     "Pitch 5", "Free climb"),
    ("3.13", "Works in partnership with other services and voluntary organisations for coordinated support",
     "Pitch 8", "D4"),
]
t = doc.add_table(rows=len(TT) + 1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(("No.", "The Caver can", "Rigged on", "Checked at")):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "404040")
    t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
r312 = None
for i, row in enumerate(TT, start=1):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, size=9)
        shade(m, "D0CECE")
        continue
    no, what, rig, chk = row
    cell_text(t.cell(i, 0), no, bold=True, size=9)
    cell_text(t.cell(i, 1), what, size=9)
    cell_text(t.cell(i, 2), rig, size=9)
    if isinstance(chk, tuple):
        cp = cell_text(t.cell(i, 3), "")
        dele(cp, chk[0], author="Alison Thwaites", date="2008-05-13T11:20:00Z")
        ins(cp, chk[1], author="Alison Thwaites", date="2008-05-13T11:20:00Z")
    else:
        cp = cell_text(t.cell(i, 3), chk, size=9)
        if no == "3.12":
            r312 = cp.runs[0]
set_col_widths(t, [1.2, 11.0, 2.4, 2.4])
comment(doc, r312, "Parents come up in D3 as well, don't they? Could this say D3?", "Alison Thwaites", "AT")
P()
P("Graham Blenkinsop, Lead Rigger, for the Cragdale Speleological Society. May 2008.", italic=True)

fn.write()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
